"""Score with dask.dataframe on a Dask cluster: many files, or more machines than one.

The inputs are read with ``dask.dataframe`` (CSV/TSV as exact strings, like the local
engine), each partition is scored by the same :class:`~stance.predictor.StancePredictor`
(shipped to the workers once, as one task of the graph, so they need no model file), and
the result is written as a Parquet dataset (a folder) or one CSV/TSV file. As with the local
engine, every input is checked before anything is written, and the output is written to a
temporary folder or file beside the target and renamed only when complete.

On a remote cluster (``scheduler=``), the workers read the inputs and write the output
themselves: the paths must be on storage they share with this machine.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import time
import warnings
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import pandas as pd

from .batch import ScoreSummary, check_columns, check_output, score_chunk
from .exceptions import DataError
from .io import STDIO, detect_format, make_public, read_columns
from .predictor import STANCE_COLUMN, StancePredictor

READ_FORMATS = ("csv", "tsv", "parquet")
WRITE_FORMATS = ("parquet", "csv", "tsv")
# Bytes of CSV per partition: small enough that two workers share even a modest file
# evenly and a partition's scoring stays well under a worker's memory.
BLOCKSIZE = "16MB"


def score_dask(paths: list[str], output: str, predictor: StancePredictor, *, text_column: str = "text",
               workers: int = 2, scheduler: str | None = None, encoding: str = "utf-8",
               progress: bool = False) -> ScoreSummary:
    """Score ``paths`` into ``output`` on a Dask cluster.

    Parameters
    ----------
    paths : list of str
        CSV, TSV or Parquet files (globs already expanded), concatenated in this order.
    output : str
        A ``.parquet`` folder (Parquet dataset, one file per partition, in order) or a
        ``.csv`` / ``.tsv`` file.
    predictor : StancePredictor
    text_column : str
    workers : int
        Worker processes of the local cluster (ignored with ``scheduler``).
    scheduler : str, optional
        Address of a running scheduler; default: start a :class:`distributed.LocalCluster`.
    encoding : str
        Encoding of CSV/TSV inputs.
    progress : bool
        Unused: the Dask dashboard shows progress.

    Returns
    -------
    ScoreSummary
    """
    try:
        import dask
        import dask.dataframe as dd
        from distributed import Client, LocalCluster
    except ImportError:
        raise DataError("the Dask engine needs dask and distributed: pip install 'stance[dask]'") from None
    start = time.perf_counter()
    out_fmt = _check_formats(paths, output)
    check_output(paths, output)
    ddf = _read(dd, paths, text_column, predictor, encoding)

    # One graph task holds the predictor: it is sent to each worker once, not once per partition.
    model = dask.delayed(predictor, pure=True, traverse=False)
    meta = _score_partition(ddf._meta, predictor, text_column)
    scored = ddf.map_partitions(_score_partition, model, text_column, meta=meta)

    client = cluster = None
    try:
        if scheduler:
            try:
                client = Client(scheduler, timeout="10s")
            except (OSError, TimeoutError) as exc:
                raise DataError(f"cannot reach the Dask scheduler at {scheduler} ({exc}); check the "
                                "address, or leave out --scheduler to start a local cluster") from None
        else:
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None, silence_logs=logging.ERROR)
            client = Client(cluster.scheduler_address)
        summary = ScoreSummary(output, labels=dict.fromkeys(predictor.labels, 0), engine="dask",
                               jobs=len(client.scheduler_info().get("workers", {})) or workers)
        counts = _write(scored, output, out_fmt, client)
    finally:
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()
    blank = int(counts.pop("", 0))
    summary.add({str(k): int(v) for k, v in counts.items()}, blank, blank + int(sum(counts.values())))
    summary.seconds = time.perf_counter() - start
    return summary


def _score_partition(frame: pd.DataFrame, predictor: StancePredictor, text_column: str) -> pd.DataFrame:
    """One partition with the score columns added (the same code as a local-engine chunk)."""
    return score_chunk(frame, predictor, text_column)[0]


def _check_formats(paths: list[str], output: str) -> str:
    if STDIO in (output, *paths):
        raise DataError("the Dask engine reads and writes files, not stdin/stdout (-); "
                        "use the local engine for pipes")
    for path in paths:
        if detect_format(path) not in READ_FORMATS:
            raise DataError(f"{path}: the Dask engine reads CSV, TSV or Parquet, not {detect_format(path).upper()}; "
                            "use the local engine (--engine local) for this file")
    out_fmt = detect_format(output)
    if not Path(output).parent.exists():
        raise DataError(f"{output}: the output folder {Path(output).parent} does not exist; create it first")
    if out_fmt not in WRITE_FORMATS:
        raise DataError(f"{output}: the Dask engine writes a Parquet dataset (.parquet) or one CSV/TSV file, "
                        f"not {out_fmt.upper()}; use the local engine for {out_fmt.upper()} output")
    return out_fmt


def _read(dd, paths: list[str], text_column: str, predictor: StancePredictor, encoding: str):
    """Check every input, then read them as one dask DataFrame in the order given."""
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
    # Consecutive files read the same way are read in one call; a CSV with a line break
    # inside a quoted cell is read whole, as one partition, since dask cuts CSV into blocks
    # at line breaks and a cut inside a cell would break or silently shift rows.
    kinds = [(detect_format(p), detect_format(p) != "parquet" and _quoted_line_break(p)) for p in paths]
    frames = []
    run: list[str] = []
    for i, path in enumerate(paths):
        run.append(path)
        if i + 1 == len(paths) or kinds[i + 1] != kinds[i]:
            fmt, whole = kinds[i]
            with _read_errors():  # dask reads the start of the files here already
                frames.append(_read_run(dd, run, fmt, encoding, whole)[columns])
            run = []
    return frames[0] if len(frames) == 1 else dd.concat(frames, interleave_partitions=False)


def _read_run(dd, paths: list[str], fmt: str, encoding: str, whole: bool):
    if fmt == "parquet":
        return dd.read_parquet(paths)
    # Exact strings, as the local engine reads them: no "007" -> 7, no "NA" -> missing.
    return dd.read_csv(paths, sep="\t" if fmt == "tsv" else ",", dtype=str, keep_default_na=False,
                       na_filter=False, encoding=encoding, blocksize=None if whole else BLOCKSIZE)


def _quoted_line_break(path: str, block: int = 1 << 24) -> bool:
    """True when a line break of the file lies inside a quoted cell (an odd number of quotes before it)."""
    odd = np.uint8(0)
    with open(path, "rb") as fh:
        while data := fh.read(block):
            if b'"' not in data:
                if odd and b"\n" in data:
                    return True
                continue
            raw = np.frombuffer(data, dtype=np.uint8)
            parity = np.bitwise_xor.accumulate((raw == ord('"')).view(np.uint8)) ^ odd
            if parity[raw == ord("\n")].any():
                return True
            odd = parity[-1]
    return False


def _write(scored, output: str, fmt: str, client) -> dict:
    """Write ``scored`` atomically and return the count of each ``stance`` value."""
    target = Path(output)
    counts = scored[STANCE_COLUMN].value_counts()
    sep = "\t" if fmt == "tsv" else ","
    if fmt == "parquet":
        tmp = tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    else:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
        os.close(fd)
    try:
        if fmt == "parquet":
            # Zero-padded names keep the partitions in row order when listed alphabetically.
            write = scored.to_parquet(tmp, write_index=False, compute=False,
                                      name_function=lambda i: f"part.{i:06d}.parquet")
        else:
            write = scored.to_csv(tmp, single_file=True, index=False, sep=sep, compute=False,
                                  lineterminator="\n")
        with warnings.catch_warnings():
            # to_csv gives a Delayed and value_counts an expression; computing them together is
            # what we want (each partition scored once, feeding both), not a problem.
            warnings.filterwarnings("ignore", message="Computing mixed collections")
            with _read_errors():
                _, counted = client.compute([write, counts], sync=True)
        _replace(tmp, target)
    except BaseException:
        if os.path.isdir(tmp):
            shutil.rmtree(tmp, ignore_errors=True)
        else:
            Path(tmp).unlink(missing_ok=True)
        raise
    return {str(k): int(v) for k, v in counted.items()}


@contextmanager
def _read_errors():
    """Parse and decode errors from dask's readers as one-line DataErrors."""
    try:
        yield
    except pd.errors.ParserError as exc:
        detail = str(exc.__cause__ or exc).strip().splitlines()[-1].replace("Error tokenizing data. C error: ", "")
        raise DataError(f"malformed CSV in the inputs ({detail}); run with --engine local to have "
                        "the file named") from None
    except UnicodeDecodeError as exc:
        raise DataError(f"bytes in the inputs that are not valid text in this encoding ({exc.reason}); "
                        "pass the files' encoding with --encoding (e.g. latin-1 or cp1252)") from None


def _replace(tmp: str, target: Path) -> None:
    """Move a finished file or folder over ``target``; an old folder is removed only after."""
    # mkstemp / mkdtemp create private files and folders; give them the usual modes.
    if os.path.isdir(tmp):
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(tmp, 0o777 & ~mask)
        for part in Path(tmp).iterdir():
            make_public(part)
    else:
        make_public(tmp)
    if target.exists() and (target.is_dir() or os.path.isdir(tmp)):
        old = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".old", dir=target.parent))
        os.replace(target, old / target.name)
        os.replace(tmp, target)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.replace(tmp, target)
