"""Score files of sentences of any size: streaming in chunks, in parallel, safely.

The rules every engine keeps:

* every input column and the row order come out again, with ``stance``, ``confidence`` and
  ``p_<label>`` added; several inputs are concatenated in the order given;
* nothing is written before every input has been checked for the text column, and the
  output appears only when complete (temporary file beside it, then rename), so a failed or
  interrupted run leaves no partial output; an input is only ever read, never written over;
* memory stays flat: at most ``2 * jobs`` chunks are in flight at any time.

Scoring is a :class:`~stance.engine.Task`; the engine layer (:mod:`stance.engine`) runs it over
chunks in this process, in worker processes (which also parse CSV/TSV blocks and format their
scored chunk, so the parent only cuts files into blocks and appends the results in order:
that is what lets ``jobs=2`` use both cores) or on Dask.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .engine import Task, check_engine_options, resolve_jobs
from .engine.local import Block, align, csv_blocks, run_local, splittable
from .exceptions import ArgumentError, DataError
from .io import (STDIO, TextCells, detect_format, expand_inputs, input_patterns, no_column,
                 output_path, read_chunks, read_columns, same_file)
from .predictor import CONFIDENCE_COLUMN, STANCE_COLUMN, StancePredictor, load_predictor

# Rows per chunk: large enough that per-chunk costs vanish next to scoring (~0.6 s of work
# per chunk on one core), small enough to keep memory low and two workers evenly loaded to
# the last chunk.
CHUNK_SIZE = 20_000


@dataclass
class ScoreSummary:
    """What a scoring run did.

    Attributes
    ----------
    output : str
        The output path (``-`` for stdout).
    rows : int
        Rows written.
    labels : dict
        Rows per label, in the model's label order.
    blank : int
        Rows with missing or blank text (empty ``stance``).
    seconds : float
        Wall time of the run.
    engine : str
        ``local`` or ``dask``.
    jobs : int
        Worker processes used (1: in-process).
    """

    output: str
    rows: int = 0
    labels: dict[str, int] = field(default_factory=dict)
    blank: int = 0
    seconds: float = 0.0
    engine: str = "local"
    jobs: int = 1

    def add(self, counts: dict[str, int], rows: int) -> None:
        """Add an engine's counts (per label, ``""`` for blank texts) and rows."""
        for label, n in counts.items():
            if label == "":
                self.blank += n
            elif label != "input_rows":
                self.labels[label] = self.labels.get(label, 0) + n
        self.rows += rows

    def line(self) -> str:
        """The one-line summary the CLI prints."""
        counts = ", ".join(f"{label} {n:,}" for label, n in self.labels.items())
        rate = self.rows / self.seconds if self.seconds > 0 else 0.0
        where = "stdout" if self.output == STDIO else self.output
        return (f"{self.rows:,} rows -> {where}: {counts}; {self.blank:,} blank texts; "
                f"{self.seconds:.1f} s ({rate:,.0f} rows/s, {self.engine} engine, jobs {self.jobs})")


def score_file(
    inputs: str | os.PathLike | Iterable[str | os.PathLike],
    output: str | os.PathLike,
    *,
    text_column: str = "text",
    model: str | os.PathLike | StancePredictor | None = None,
    chunk_size: int = CHUNK_SIZE,
    jobs: int | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    encoding: str = "utf-8",
    progress: bool = False,
) -> ScoreSummary:
    """Score one or more files of sentences into one output file.

    Parameters
    ----------
    inputs : str, path or list of them
        ``.csv``, ``.tsv``, ``.jsonl`` or ``.parquet`` files or globs, read in the order given
        (a glob's matches sorted); ``-`` reads CSV from stdin.
    output : str or path
        Output file, format by extension; ``-`` writes CSV to stdout. With the Dask engine a
        ``.parquet`` output is a folder (a Parquet dataset).
    text_column : str
        Column holding the sentence.
    model : str, path or StancePredictor, optional
        A model file or a loaded predictor; default: the shipped model.
    chunk_size : int
        Rows per chunk (local engine).
    jobs : int, optional
        Worker processes: 1 scores in this process, 0 means one per core. Default 1 with
        the local engine and 2 (workers of the local cluster) with Dask.
    engine : {"local", "dask"}
        ``dask`` reads with dask.dataframe and scores the partitions on a Dask cluster.
    scheduler : str, optional
        Address of a running Dask scheduler; default: start a local cluster.
    encoding : str
        Text encoding of CSV/TSV/JSONL inputs.
    progress : bool
        Show a progress bar on stderr when it is a terminal.

    Returns
    -------
    ScoreSummary

    Raises
    ------
    DataError
        Bad inputs or output (nothing is written then); ModelError for the model.
    """
    start = time.perf_counter()
    jobs = resolve_jobs(jobs, engine)
    check_engine_options(engine, scheduler)
    if not isinstance(chunk_size, int) or chunk_size < 1:
        raise ArgumentError(f"chunk size must be a positive number of rows, got {chunk_size!r}")

    patterns = input_patterns(inputs, "score_file", "load_predictor().score_frame(df)")
    if not patterns:
        raise DataError("no input given; name one or more files, a glob, or - for stdin")
    output = output_path(output, "score_file")
    paths = expand_inputs(patterns)
    if paths.count(STDIO) > 1:
        raise DataError("stdin (-) is given more than once; it can be read only once")
    predictor = model if isinstance(model, StancePredictor) else load_predictor(model)

    if engine == "dask":
        summary = _score_dask(paths, output, predictor, text_column=text_column, workers=jobs,
                              scheduler=scheduler, encoding=encoding)
    else:
        detect_format(output)  # an unknown output type fails before any reading
        check_output(paths, output)
        first: tuple[str, list[str]] | None = None
        for path in paths:
            if path == STDIO:  # stdin can be read only once: its header is checked as it comes
                continue
            columns = read_columns(path, encoding=encoding)
            check_columns(path, columns, text_column, predictor)
            if detect_format(path) == "jsonl":
                continue  # a JSONL file's keys are known only as its records are read
            if first is None:
                first = (path, columns)
            elif set(columns) - set(first[1]):
                raise DataError(
                    f"{path}: column(s) {', '.join(map(repr, sorted(set(columns) - set(first[1]))))} "
                    f"are not in {first[0]}; one output needs the same columns in every input: "
                    "score the files separately"
                )
        summary = ScoreSummary(output, labels=dict.fromkeys(predictor.labels, 0), jobs=jobs)
        items = _chunks(paths, predictor, text_column=text_column, chunk_size=chunk_size,
                        jobs=jobs, encoding=encoding)
        counts = run_local(items, ScoreTask(predictor, text_column), output, jobs=jobs,
                           progress=progress, encoding=encoding)
        summary.add(counts, counts["input_rows"])
    summary.seconds = time.perf_counter() - start
    return summary


def check_output(paths: list[str], output: str) -> None:
    """Refuse an output that is one of the inputs (or, for a folder output, holds one)."""
    for path in paths:
        if same_file(path, output):
            raise DataError(f"{output}: is also an input; write the scores to a new file, "
                            "the input is never written over")
        if path != STDIO and output != STDIO and Path(output).is_dir():
            if Path(output).resolve() in Path(path).resolve().parents:
                raise DataError(f"{output}: holds the input {path}; write the scores to another folder")


def check_columns(path: str, columns: list[str], text_column: str, predictor: StancePredictor) -> None:
    """The text column is there and no column would be overwritten by a score column."""
    where = "stdin" if path == STDIO else path
    if text_column not in columns:
        raise no_column(text_column, columns, "name the text column with --text-column (text_column=)",
                        where=where)
    taken = [c for c in score_columns(predictor) if c in columns]
    if taken:
        raise DataError(
            f"{where}: already has column(s) {', '.join(map(repr, taken))}, which scoring adds; "
            "rename them in the input (e.g. stance -> gold_stance) so nothing is overwritten"
        )


def score_columns(predictor: StancePredictor) -> list[str]:
    """The columns scoring adds, in order."""
    return [STANCE_COLUMN, CONFIDENCE_COLUMN, *predictor.proba_columns]


class ScoreTask(Task):
    """Scoring as an engine task: each row gets ``stance``, ``confidence`` and ``p_<label>``.

    Counts are per label, with ``""`` for rows of blank text.
    """

    unit = "rows"

    def __init__(self, predictor: StancePredictor, text_column: str):
        self.predictor = predictor
        self.text_column = text_column
        self.count_keys = (*predictor.labels, "")

    def transform(self, chunk: pd.DataFrame) -> pd.DataFrame:
        # Score a one-column view: score_frame copies its input, and the other columns are
        # attached below without a copy.
        scored = self.predictor.score_frame(chunk[[self.text_column]], text_column=self.text_column)
        out = chunk.copy(deep=False)
        for column in score_columns(self.predictor):
            out[column] = scored[column].to_numpy()
        # A string column even when the chunk is empty, so every chunk (and Dask's meta) agrees.
        out[STANCE_COLUMN] = out[STANCE_COLUMN].astype(str)
        return out

    def count(self, out: pd.DataFrame) -> dict[str, int]:
        counts = out[STANCE_COLUMN].value_counts(sort=False)
        return {key: int(counts.get(key, 0)) for key in self.count_keys}


def sentence_cells(text_column: str) -> TextCells:
    """What the text column of a table to score must hold: a sentence (or a number)."""
    return TextCells(text_column, True, "a sentence; store the texts as strings (one sentence per row)")


def _chunks(paths: list[str], predictor: StancePredictor, *, text_column: str, chunk_size: int,
            jobs: int, encoding: str) -> Iterator[pd.DataFrame | Block]:
    """The input chunks in order; with workers, CSV/TSV files as raw blocks they parse."""
    columns: list[str] = []  # output columns, fixed by the first chunk
    for path in paths:
        if jobs > 1 and splittable(path, encoding):
            # The workers parse the blocks: the parent only cuts the file at line breaks.
            file_columns = read_columns(path, encoding=encoding)
            columns.extend([] if columns else file_columns)
            for data, first in csv_blocks(path, chunk_size):
                yield Block(path, data, first, file_columns, columns, encoding)
            continue
        first = True
        row = 0  # rows of this file before the chunk
        for chunk in read_chunks(path, chunk_size=chunk_size, encoding=encoding):
            if first and path == STDIO:
                check_columns(path, [str(c) for c in chunk.columns], text_column, predictor)
            first = False
            if detect_format(path) in ("jsonl", "parquet"):  # CSV/TSV cells are always strings
                sentence_cells(text_column).check(chunk[text_column], row, path)
            row += len(chunk)
            if not columns:
                columns.extend(chunk.columns)
            elif list(chunk.columns) != columns:
                chunk = align(chunk, columns, path)
            yield chunk


def _score_dask(paths: list[str], output: str, predictor: StancePredictor, *, text_column: str,
                workers: int, scheduler: str | None, encoding: str) -> ScoreSummary:
    """Score on a Dask cluster (:mod:`stance.engine.on_dask`)."""
    from .engine import on_dask

    on_dask.import_dask()
    fmt = on_dask.check_formats(paths, output)
    check_output(paths, output)
    columns: list[str] | None = None
    for path in paths:
        found = read_columns(path, encoding=encoding)
        check_columns(path, found, text_column, predictor)
        if columns is None:
            columns = found
        elif set(found) != set(columns):
            raise DataError(f"{path}: columns {', '.join(map(repr, found))} differ from those of {paths[0]} "
                            f"({', '.join(map(repr, columns))}); one output needs the same columns in every "
                            "input: score the files separately")
    frame = on_dask.read_files(paths, columns, encoding, text=sentence_cells(text_column))
    with on_dask.cluster_client(scheduler, workers) as client:
        summary = ScoreSummary(output, labels=dict.fromkeys(predictor.labels, 0), engine="dask",
                               jobs=on_dask.worker_count(client, workers))
        counts = on_dask.run_dask(frame, ScoreTask(predictor, text_column), output, fmt, client)
    summary.add(counts, counts["input_rows"])
    return summary
