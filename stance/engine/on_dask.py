"""The Dask engine: a task over the partitions of dask.dataframe, on a local or remote cluster.

The inputs are read with ``dask.dataframe`` (CSV/TSV as exact strings, like the local engine;
JSONL cut at line breaks, Parquet as stored), each partition goes through the same
:class:`~stance.engine.Task` as a local chunk (the task, model included, is shipped to the
workers once, as one task of the graph, so they need no model file), and the result is
written as a Parquet dataset (a folder) or one CSV/TSV file, to a temporary folder or file
beside the target that is renamed only when complete.

On a remote cluster (``scheduler=``), the workers read the inputs and write the output
themselves: the paths must be on storage they share with this machine.
"""

from __future__ import annotations

import io
import json
import logging
import os
import shutil
import tempfile
import warnings
from collections import Counter
from contextlib import contextmanager, nullcontext
from pathlib import Path

import numpy as np
import pandas as pd

from ..exceptions import DataError
from ..io import (BOM, STDIO, ExtraFields, TextCells, detect_format, first_long_line, header_columns,
                  make_public, quoting_error, quoting_slip_in, records_frame, uninterrupted)
from . import Task

READ_FORMATS = ("csv", "tsv", "jsonl", "parquet")
WRITE_FORMATS = ("parquet", "csv", "tsv")
# Bytes of CSV or JSONL per partition: small enough that two workers share even a modest file
# evenly and a partition's work stays well under a worker's memory.
BLOCKSIZE = "16MB"


def import_dask():
    """``dask``, ``dask.dataframe`` and ``distributed``, or one line saying how to get them."""
    try:
        import dask
        import dask.dataframe as dd
        import distributed
    except ImportError:
        raise DataError("the Dask engine needs dask and distributed: pip install 'stance[dask]'") from None
    return dask, dd, distributed


def check_formats(paths: list[str], output: str) -> str:
    """Inputs and output the Dask engine handles; returns the output format."""
    if STDIO in (output, *paths):
        raise DataError("the Dask engine reads and writes files, not stdin/stdout (-); "
                        "use the local engine for pipes")
    for path in paths:
        if detect_format(path) not in READ_FORMATS:
            raise DataError(f"{path}: the Dask engine reads CSV, TSV, JSONL or Parquet, not "
                            f"{detect_format(path).upper()}; use the local engine (--engine local) for this file")
    out_fmt = detect_format(output)
    if not Path(output).parent.exists():
        raise DataError(f"{output}: the output folder {Path(output).parent} does not exist; create it first")
    if out_fmt not in WRITE_FORMATS:
        raise DataError(f"{output}: the Dask engine writes a Parquet dataset (.parquet) or one CSV/TSV file, "
                        f"not {out_fmt.upper()}; use the local engine for {out_fmt.upper()} output")
    return out_fmt


LOCAL_HTTP = "127.0.0.1:0"  # the local cluster's scheduler HTTP server: this machine only, any free port


@contextmanager
def cluster_client(scheduler: str | None, workers: int):
    """A client of the scheduler at ``scheduler``, or of a local cluster of ``workers`` processes."""
    _, _, distributed = import_dask()
    client = cluster = None
    done = False
    try:
        if scheduler:
            try:
                client = distributed.Client(scheduler, timeout="10s")
            except (OSError, TimeoutError, ValueError) as exc:
                raise DataError(f"cannot reach the Dask scheduler at {scheduler} ({exc}); check the "
                                "address, or leave out --scheduler to start a local cluster") from None
        else:
            # No dashboard; the scheduler's HTTP server (which starts even so, on 8787 by default,
            # and warns in three lines when another cluster holds that port) takes a free port.
            cluster = distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                               dashboard_address=None,
                                               scheduler_kwargs={"dashboard_address": LOCAL_HTTP},
                                               # Ctrl-C at a terminal reaches the workers too
                                               preload=["stance.engine.quiet_worker"],
                                               # a failed task is re-raised here as one line;
                                               # the worker's own ERROR log would add a traceback
                                               silence_logs=logging.CRITICAL)
            client = distributed.Client(cluster.scheduler_address)
        yield client
        done = True
    except KeyboardInterrupt:
        # Ctrl-C leaves the client's pending gathers to asyncio, which logs a traceback for
        # each ("Task exception was never retrieved"): the command's one line says it all.
        logging.getLogger("asyncio").setLevel(logging.CRITICAL)
        raise
    finally:
        # After a finished run (its output in place), Ctrl-C in the seconds a local cluster
        # takes to close would only cut that short and report the run as one that wrote nothing.
        with uninterrupted(deliver=False) if done else nullcontext():
            if client is not None:
                client.close()
            if cluster is not None:
                cluster.close()


def worker_count(client, default: int) -> int:
    return len(client.scheduler_info().get("workers", {})) or default


def read_files(paths: list[str], columns: list[str], encoding: str, *, blocksize: str | None = None,
               text: TextCells | None = None):
    """Read ``paths`` as one dask DataFrame with ``columns``, in the order given.

    Consecutive files of one format are read in one call. CSV, TSV and JSONL files are cut into
    partitions of about ``blocksize`` bytes (default :data:`BLOCKSIZE`) at record ends, so
    that even an article table whose cells hold line breaks is worked on in parallel.
    ``text`` names the text column and what it must hold: a JSON list or number there, or a
    Parquet column of another type, is refused here, since dask would turn it into a string.
    """
    _, dd, _ = import_dask()
    kinds = [detect_format(p) for p in paths]
    frames = []
    run: list[str] = []
    for i, path in enumerate(paths):
        run.append(path)
        if i + 1 == len(paths) or kinds[i + 1] != kinds[i]:
            with read_errors():  # the readers look at the start of the files here already
                frames.append(_read_run(dd, run, kinds[i], encoding, blocksize or BLOCKSIZE, columns,
                                        text)[columns])
            run = []
    return frames[0] if len(frames) == 1 else dd.concat(frames, interleave_partitions=False)


def _read_run(dd, paths: list[str], fmt: str, encoding: str, blocksize: str, columns: list[str],
              text: TextCells | None = None):
    if fmt == "parquet":  # integers with a null as Python ints, as the local engine reads them
        if text is not None:
            for path in paths:
                _check_parquet_text(path, text)
        return dd.read_parquet(paths, arrow_to_pandas={"integer_object_nulls": True})
    if fmt == "jsonl":
        ranges = [(path, start, end) for path in paths for start, end in _line_ranges(path, blocksize)]
        meta = _read_jsonl_range(ranges[0], encoding, columns).iloc[:0] if ranges else None
        return dd.from_map(_read_jsonl_range, ranges, encoding=encoding, columns=columns, meta=meta,
                           enforce_metadata=False, cells=text)
    sep = "\t" if fmt == "tsv" else ","
    items = []
    for path in paths:
        header_end, ranges = record_ranges(path, blocksize)
        names = tuple(_read_csv_bytes(_head(path, header_end), sep, encoding, None).columns)
        items += [(path, start, end, names) for start, end in ranges]
    meta = _empty(items[0][3])
    return dd.from_map(_read_csv_range, items, sep=sep, encoding=encoding, meta=meta, enforce_metadata=False)


def record_ranges(path: str, blocksize: str, *, block: int = 1 << 24) -> tuple[int, list[tuple[int, int]]]:
    """Where a CSV/TSV file's header ends, and byte ranges of its records of about ``blocksize``.

    A line break ends a record when an even number of quote characters precede it (RFC 4180
    doubles a quote inside a quoted cell), so a range never ends inside a quoted cell that
    holds a line break; the scan reads the file once, ``block`` bytes at a time.
    """
    from dask.utils import parse_bytes

    size, step = os.path.getsize(path), parse_bytes(blocksize)
    header_end: int | None = None
    cuts: list[int] = []
    target = 0
    odd, offset = np.uint8(0), 0
    with open(path, "rb") as fh:
        while data := fh.read(block):
            raw = np.frombuffer(data, dtype=np.uint8)
            parity = np.bitwise_xor.accumulate((raw == ord('"')).view(np.uint8)) ^ odd
            ends = np.flatnonzero((raw == ord("\n")) & (parity == 0)) + (offset + 1)
            if header_end is None and ends.size:
                header_end, target = int(ends[0]), int(ends[0]) + step
            while header_end is not None and (i := int(np.searchsorted(ends, target))) < ends.size:
                cuts.append(int(ends[i]))
                target = cuts[-1] + step
            odd, offset = parity[-1], offset + len(data)
    header_end = size if header_end is None else header_end
    bounds = [header_end, *(c for c in cuts if c < size), size]
    ranges = [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]
    return header_end, ranges or [(header_end, header_end)]


def _head(path: str, end: int) -> bytes:
    with open(path, "rb") as fh:
        return fh.read(end)


def _read_csv_bytes(data: bytes, sep: str, encoding: str, names) -> pd.DataFrame:
    # Exact strings, as the local engine reads them: no "007" -> 7, no "NA" -> missing.
    return header_columns(pd.read_csv(io.BytesIO(data), sep=sep, dtype=str, keep_default_na=False,
                                      na_filter=False, encoding=encoding,
                                      header=None if names else "infer", names=names))


def _read_csv_range(item: tuple[str, int, int, tuple[str, ...]], sep: str, encoding: str) -> pd.DataFrame:
    """The records of one byte range of a CSV/TSV file (``item``: path, start, end, column names)."""
    path, start, end, names = item
    with open(path, "rb") as fh:
        fh.seek(start)
        data = fh.read(end - start)
    if not data.strip():
        return _empty(names)
    if line := quoting_slip_in(data, encoding, sep):
        with open(path, "rb") as fh:  # the range's line in the file, counted only to report it
            before = fh.read(start).count(b"\n")
        raise DataError(quoting_error(f"{path}, line {before + line}", "tsv" if sep == "\t" else "csv"))
    try:
        return _read_csv_bytes(data, sep, encoding, list(names))
    except pd.errors.ParserError as exc:
        # pandas counts lines from the start of the range: say where the range starts.
        detail = str(exc).strip().splitlines()[-1]
        raise pd.errors.ParserError(f"{detail}, counting lines from byte {start} of {Path(path).name}") from None
    except ExtraFields as extra:
        line = first_long_line(path, encoding, sep, len(names))
        raise pd.errors.ParserError(f"{Path(path).name}, line {line}: {extra.args[1]} fields but the "
                                    f"header names {len(names)} columns") from None


def _empty(names) -> pd.DataFrame:
    return pd.DataFrame({name: pd.Series([], dtype=str) for name in names})


def _line_ranges(path: str, blocksize: str | None) -> list[tuple[int, int]]:
    """Byte ranges of about ``blocksize``, each ending after a line break (JSON escapes those in strings)."""
    from dask.utils import parse_bytes

    size = os.path.getsize(path)
    block = parse_bytes(blocksize) if blocksize else size + 1
    ranges, start = [], 0
    with open(path, "rb") as fh:
        while start < size:
            fh.seek(min(size, start + block))
            fh.readline()
            end = min(size, fh.tell()) if start + block < size else size
            ranges.append((start, end))
            start = end
    return ranges or [(0, 0)]


def _read_jsonl_range(item: tuple[str, int, int], encoding: str, columns: list[str],
                      cells: TextCells | None = None) -> pd.DataFrame:
    """The records of one byte range of a JSONL file, as stance.io reads them (``cells``: the
    text column, whose cells are checked while they are still JSON values)."""
    path, start, end = item
    with open(path, "rb") as fh:
        fh.seek(start)
        data = fh.read(end - start)
    text = data.decode(encoding)
    if start == 0 and text.startswith(BOM):
        text = text[1:]
    records = []
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise DataError(f"{path}: malformed JSON ({exc.msg}); run with --engine local to have "
                                "the line named") from None
    frame = records_frame(records).reindex(columns=columns)
    if cells is not None and cells.column in frame:
        try:
            cells.check(frame[cells.column], 0, "")
        except DataError:  # name the row in the file: count the records before the range
            with open(path, "rb") as fh:
                before = sum(1 for line in fh.read(start).splitlines() if line.strip())
            cells.check(frame[cells.column], before, path)
    return frame


def _check_parquet_text(path: str, text: TextCells) -> None:
    """Refuse a Parquet file whose text column is not of a string type (numbers pass when
    ``text.numbers``), by its schema, before any partition is read."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        field = pq.read_schema(path).field(text.column)
    except (KeyError, OSError, pa.ArrowException):
        return  # no such column, or unreadable: the read itself says so
    kind = field.type
    if pa.types.is_string(kind) or pa.types.is_large_string(kind) or pa.types.is_null(kind) \
            or (text.numbers and (pa.types.is_integer(kind) or pa.types.is_floating(kind))):
        return
    raise DataError(f"{path}: column {text.column!r} holds Parquet {kind} values, not {text.unit}, or "
                    "name the text column with --text-column")


def run_dask(frame, task: Task, output: str, fmt: str, client) -> Counter:
    """Run ``task`` over the partitions of ``frame`` and write the result atomically.

    Returns
    -------
    collections.Counter
        The task's counts summed over the partitions, plus ``input_rows``.
    """
    import dask

    # One graph task holds the task (and its model): sent to each worker once, not per partition.
    shipped = dask.delayed(task, pure=True, traverse=False)
    out = frame.map_partitions(_transform, shipped, meta=task.transform(frame._meta))
    keys = list(task.count_keys)
    counts = out.map_partitions(_count, shipped, keys,
                                meta=pd.DataFrame({k: pd.Series(dtype="int64") for k in keys})).sum()
    rows_in = frame.map_partitions(_rows, meta=pd.DataFrame({"rows": pd.Series(dtype="int64")})).sum()
    target = Path(output)
    if fmt == "parquet":
        tmp = tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    else:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
        os.close(fd)
    try:
        if fmt == "parquet":
            # Zero-padded names keep the partitions in row order when listed alphabetically.
            write = out.to_parquet(tmp, write_index=False, compute=False,
                                   name_function=lambda i: f"part.{i:06d}.parquet")
        else:
            write = out.to_csv(tmp, single_file=True, index=False, sep="\t" if fmt == "tsv" else ",",
                               compute=False, lineterminator="\n")
        with warnings.catch_warnings():
            # to_csv gives a Delayed and the counts an expression; computing them together is
            # what we want (each partition worked on once, feeding all three), not a problem.
            warnings.filterwarnings("ignore", message="Computing mixed collections")
            with read_errors():
                _, counted, n_in = client.compute([write, counts, rows_in], sync=True)
        _replace(tmp, target)
    except BaseException:
        if os.path.isdir(tmp):
            shutil.rmtree(tmp, ignore_errors=True)
        else:
            Path(tmp).unlink(missing_ok=True)
        raise
    totals = Counter({k: int(counted.get(k, 0)) for k in keys})
    totals["input_rows"] = int(n_in["rows"])
    return totals


def _transform(frame: pd.DataFrame, task: Task) -> pd.DataFrame:
    return task.transform(frame)


def _rows(frame: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame({"rows": [len(frame)]}, dtype="int64")


def _count(frame: pd.DataFrame, task: Task, keys: list[str]) -> pd.DataFrame:
    counts = task.count(frame)
    return pd.DataFrame({k: [int(counts.get(k, 0))] for k in keys}, dtype="int64")


@contextmanager
def read_errors():
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
