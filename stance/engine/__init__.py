"""The engine layer shared by ``stance score`` and ``stance extract``: chunks, workers, Dask.

A command describes its work as a :class:`Task` (turn one chunk of input rows into output
rows, and count what it made) and hands the engine its chunks; the engine runs the task in
this process, in an ordered pool of worker processes (:mod:`stance.engine.local`) or on a
Dask cluster (:mod:`stance.engine.on_dask`), and writes the output atomically. The engine
imports nothing from the commands, so the dependencies run one way:
``batch`` / ``article.extract`` -> ``engine`` -> ``io``.
"""

from __future__ import annotations

import os
from collections import Counter

import pandas as pd

from ..exceptions import ArgumentError, DataError

ENGINES = ("local", "dask")
# Chunks queued or being worked on per worker process: two keep each worker busy while the
# parent reads the next chunk and writes the previous one, and bound memory.
IN_FLIGHT_PER_JOB = 2


class Task:
    """One command's work on a chunk; picklable, so it travels to worker processes once.

    Subclasses set :attr:`unit` (what an input row is, for the progress bar) and
    :attr:`count_keys`, and implement :meth:`transform` and :meth:`count`.
    """

    unit = "rows"
    count_keys: tuple[str, ...] = ()

    def transform(self, frame: pd.DataFrame) -> pd.DataFrame:
        """The output rows of one chunk of input rows."""
        raise NotImplementedError

    def count(self, out: pd.DataFrame) -> dict[str, int]:
        """Counts of one output chunk, with exactly the keys :attr:`count_keys`."""
        raise NotImplementedError


MAX_JOBS_PER_CORE = 4


def resolve_jobs(jobs: int | None, engine: str) -> int:
    """Check ``engine`` and ``jobs``; ``None`` means 1 locally and 2 Dask workers, 0 one per core."""
    if engine not in ENGINES:
        raise ArgumentError(f"unknown engine {engine!r}; expected one of {', '.join(ENGINES)}")
    if jobs is None:
        jobs = 2 if engine == "dask" else 1
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 0:
        raise ArgumentError(f"jobs must be 0 (one per core) or a positive number of processes, got {jobs!r}")
    cores = os.cpu_count() or 1
    # Each worker process loads its own model: hundreds of them only cost start-up time and memory
    limit = MAX_JOBS_PER_CORE * cores
    if jobs > limit:
        raise ArgumentError(f"jobs must be 0 (one per core) or a number of processes up to {limit}, got {jobs}; "
                        f"at most {MAX_JOBS_PER_CORE} per core ({limit} on this machine of {cores} cores), "
                        f"since each process loads the model; pass --jobs 0 for one per core")
    return jobs or cores


def check_engine_options(engine: str, scheduler: str | None) -> None:
    """A scheduler only goes with the Dask engine."""
    if scheduler and engine != "dask":
        raise DataError(f"a scheduler ({scheduler}) is for the Dask engine; add --engine dask (engine='dask')")


def add_counts(total: Counter, counts: dict[str, int]) -> Counter:
    """Add one chunk's counts into ``total`` (keys kept in first-seen order)."""
    for key, value in counts.items():
        total[key] = total.get(key, 0) + int(value)
    return total


__all__ = ["ENGINES", "IN_FLIGHT_PER_JOB", "Task", "add_counts", "check_engine_options", "resolve_jobs"]
