"""The local engine: a task over chunks, in this process or an ordered pool of workers.

The rules it keeps for every command:

* output chunks are written in the order of the input chunks;
* memory stays flat: at most ``IN_FLIGHT_PER_JOB * jobs`` chunks are in flight at any time;
* the output goes through :class:`~stance.io.AtomicWriter`: it appears only when complete, and
  a failed or interrupted run (Ctrl-C included) stops the workers and leaves nothing behind.

With worker processes, the workers also format their output chunk (CSV or JSONL bytes) and
may parse CSV/TSV blocks the parent only cut at line breaks (:class:`Block`), so the parent
only cuts and appends: that is what lets ``jobs=2`` use both cores.
"""

from __future__ import annotations

import codecs
import gc
import io
import multiprocessing
import re
import signal
import sys
import threading
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..exceptions import DataError
from ..io import STDIO, AtomicWriter, detect_format, header_columns, jsonl_text, quoting_slip_in, read_chunks
from . import IN_FLIGHT_PER_JOB, Task, add_counts

INPUT_ROWS = "input_rows"  # the count every run adds: rows (articles, sentences) read


def run_local(items: Iterable[pd.DataFrame | Block], task: Task, output: str, *, jobs: int = 1,
              progress: bool = False, encoding: str = "utf-8",
              empty: pd.DataFrame | None = None) -> Counter:
    """Run ``task`` over ``items`` and write the output rows to ``output``, in order.

    Parameters
    ----------
    items : iterable of DataFrame or Block
        The input chunks (a generator: it is read lazily, as workers free up).
    task : Task
    output : str
        Output file, format by extension (``-``: CSV on stdout).
    jobs : int
        Worker processes; 1 runs the task in this process.
    progress : bool
        A progress bar on stderr (when it is a terminal), counting input rows in ``task.unit``.
    encoding : str
        Encoding of CSV blocks, to name the line of a malformed one.
    empty : DataFrame, optional
        An input chunk with no rows, run when ``items`` yields nothing, so the output still
        has its columns.

    Returns
    -------
    collections.Counter
        The task's counts summed over the chunks, plus ``input_rows``.
    """
    fmt = detect_format(output)
    totals: Counter = Counter(dict.fromkeys(task.count_keys, 0))
    totals[INPUT_ROWS] = 0

    def chunks():
        seen = False
        for item in items:
            seen = True
            yield item
        if not seen and empty is not None:
            yield empty

    # The workers start before the progress bar, whose thread would make forking them unsafe.
    pool = _pool(jobs, task, fmt) if jobs > 1 else None
    bar = None
    try:
        with _OutputWriter(output, fmt) as writer:
            bar = _progress_bar(progress, task.unit)
            for payload, columns, n_in, n_out, counts in _reading_errors(
                    _ordered_map(chunks(), task, fmt, pool, jobs), encoding):
                if fmt in ("csv", "tsv") and not writer._header_written:
                    header = header_line(columns, "\t" if fmt == "tsv" else ",")
                    writer.write_bytes(header.encode("utf-8"), 0)
                if isinstance(payload, bytes):
                    writer.write_bytes(payload, n_out)
                else:
                    _write_frame(writer, payload, output)
                add_counts(totals, counts)
                totals[INPUT_ROWS] += n_in
                if bar is not None:
                    bar.update(n_in)
        if pool is not None:
            pool.close()  # every chunk is done: let the workers exit
            pool.join()
            pool = None
    finally:
        if bar is not None:
            bar.close()
        if pool is not None:  # an error or Ctrl-C: stop the workers at once
            pool.terminate()
            pool.join()
    return totals


def run_chunk(chunk: pd.DataFrame, task: Task, fmt: str | None = None):
    """Run the task on one chunk: ``(payload, columns, input rows, output rows, counts)``.

    ``payload`` is the output as text in format ``fmt`` (CSV, TSV, JSONL, without a header)
    or, for Parquet or ``fmt=None``, the output DataFrame.
    """
    out = task.transform(chunk)
    counts = task.count(out)
    return format_frame(out, fmt), [str(c) for c in out.columns], len(chunk), len(out), counts


def format_frame(out: pd.DataFrame, fmt: str | None):
    """A chunk as CSV/TSV/JSONL bytes (no header), or the frame itself for Parquet or None."""
    if fmt in ("csv", "tsv"):
        return delimited_bytes(out, "\t" if fmt == "tsv" else ",")
    if fmt == "jsonl":
        return jsonl_text(out).encode("utf-8")
    return out


def align(chunk: pd.DataFrame, columns: list[str], path: str) -> pd.DataFrame:
    """Put a chunk's columns in the output's order; absent ones (a JSONL key) are empty."""
    extra = [c for c in chunk.columns if c not in columns]
    if extra:
        raise DataError(
            f"{'stdin' if path == STDIO else path}: column(s) {', '.join(map(repr, map(str, extra)))} "
            f"are not in the first input's columns ({', '.join(map(repr, map(str, columns)))}); "
            "one output needs the same columns in every input: process the files separately"
        )
    return chunk.reindex(columns=columns)


# --- CSV formatting -------------------------------------------------------------------------

def header_line(columns: list[str], sep: str) -> str:
    """A CSV/TSV header line, quoting names as the rows are quoted."""
    return sep.join(_quote(str(c), sep) for c in columns) + "\n"


def _quote(value: str, sep: str) -> str:
    if any(ch in value for ch in (sep, '"', "\n", "\r")):
        return '"' + value.replace('"', '""') + '"'
    return value


def delimited_bytes(frame: pd.DataFrame, sep: str) -> bytes:
    """Rows of ``frame`` as UTF-8 CSV/TSV, no header, quoting only where needed.

    Uses pyarrow's vectorised string kernels when pyarrow is installed (pandas ``to_csv``
    formats cell by cell in Python and was a quarter of the whole run time); falls back to
    ``to_csv`` for column types the fast path does not handle. Floats are written in their
    shortest round-trip form either way.
    """
    if len(frame) == 0:
        return b""
    data = _arrow_delimited(frame, sep)
    if data is None:
        data = frame.to_csv(sep=sep, index=False, header=False, lineterminator="\n").encode("utf-8")
    return data


def _arrow_delimited(frame: pd.DataFrame, sep: str) -> bytes | None:
    try:
        import pyarrow as pa
        import pyarrow.compute as pc
    except ImportError:
        return None
    try:
        table = pa.Table.from_pandas(frame, preserve_index=False)
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError):
        return None  # e.g. a JSONL column mixing numbers and strings
    special = "[" + re.escape(sep) + '"\r\n]'
    text = pa.large_string()
    quote, empty = pa.scalar('"', text), pa.scalar("", text)
    cells = []
    try:
        for column in table.columns:
            kind = column.type
            if pa.types.is_string(kind) or pa.types.is_large_string(kind):
                column = pc.cast(column, text)
                needs = pc.match_substring_regex(column, special)
                if pc.any(needs).as_py():  # most columns (ids, dates, labels) never need quotes
                    quoted = pc.binary_join_element_wise(quote, pc.replace_substring(column, '"', '""'),
                                                         quote, empty)
                    column = pc.if_else(needs, quoted, column)
            elif pa.types.is_integer(kind) or pa.types.is_floating(kind):
                column = pc.cast(column, text)
            elif pa.types.is_boolean(kind):
                column = pc.if_else(column, pa.scalar("True", text), pa.scalar("False", text))  # as pandas
            elif pa.types.is_null(kind):
                column = pa.nulls(len(table), text)
            else:
                return None
            cells.append(pc.fill_null(column, empty))
        # The line break goes onto the last cell (short) rather than onto the whole line.
        cells[-1] = pc.binary_join_element_wise(cells[-1], empty, pa.scalar("\n", text))
        lines = pc.binary_join_element_wise(*cells, pa.scalar(sep, text))
        lines = lines.combine_chunks() if isinstance(lines, pa.ChunkedArray) else lines
    except pa.ArrowException:  # a type the kernels do not cover: let pandas format it
        return None
    # The rows lie back to back in the array's data buffer: slice it out in one copy.
    offsets = np.frombuffer(lines.buffers()[1], dtype=np.int64)
    start, end = offsets[lines.offset], offsets[lines.offset + len(lines)]
    return lines.buffers()[2][start:end].to_pybytes()


# --- writing, progress, the pool --------------------------------------------------------------

class _OutputWriter(AtomicWriter):
    """:class:`~stance.io.AtomicWriter` that also appends rows already formatted by a worker."""

    def write_bytes(self, data: bytes, rows: int) -> None:
        fh = self._text_handle()
        fh.flush()  # what the text layer holds (the header) goes first
        if hasattr(fh, "buffer"):
            fh.buffer.write(data)  # UTF-8 already: no decoding and encoding again
        else:  # pragma: no cover - a stdout replaced by a text-only stream
            fh.write(data.decode("utf-8"))
        if self.path == STDIO:
            fh.flush()
            getattr(fh, "buffer", fh).flush()  # downstream of a pipe sees rows as they come
        self._header_written = True
        self.rows += rows


def _write_frame(writer: AtomicWriter, frame: pd.DataFrame, output: str) -> None:
    try:
        writer.write(frame)
    except DataError:
        raise
    except Exception as exc:
        import pyarrow as pa

        if isinstance(exc, pa.ArrowException):
            raise DataError(
                f"{output}: rows {writer.rows + 1:,} to {writer.rows + len(frame):,} have column types "
                f"that differ from the earlier rows ({exc}); write CSV or JSONL instead, or make the "
                "input's types consistent"
            ) from None
        raise


def _progress_bar(progress: bool, unit: str):
    if not progress or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(unit=f" {unit}", unit_scale=True, file=sys.stderr, smoothing=0.1, mininterval=0.5)


def _ordered_map(chunks: Iterator[pd.DataFrame | Block], task: Task, fmt: str, pool=None,
                 jobs: int = 1) -> Iterator[tuple]:
    """Run the task on chunks in order, here or, given a pool, at most 2 per worker in flight."""
    if pool is None:
        for chunk in chunks:
            yield run_chunk(_parse_block(chunk) if isinstance(chunk, Block) else chunk, task, fmt)
        return
    pending: deque = deque()
    for chunk in chunks:
        if len(pending) >= IN_FLIGHT_PER_JOB * jobs:
            yield pending.popleft().get()
        pending.append(pool.apply_async(_worker_run, (chunk,)))
    while pending:
        yield pending.popleft().get()


def _pool(jobs: int, task: Task, fmt: str):
    """A pool of ``jobs`` worker processes, each holding the task (and so the model)."""
    methods = multiprocessing.get_all_start_methods()
    # fork starts workers at once with everything imported (forkserver and spawn would import
    # pandas and scikit-learn again: seconds); it is safe only while this process has no other
    # thread (a Dask client, a progress bar), so otherwise forkserver, or spawn where neither exists.
    if "fork" in methods and threading.active_count() == 1:
        # Objects inherited from the parent go to the permanent generation: the workers' garbage
        # collections then neither walk them nor copy their memory pages (copy-on-write).
        gc.freeze()
        try:
            return multiprocessing.get_context("fork").Pool(
                jobs, initializer=_init_worker, initargs=(task, fmt))
        finally:
            gc.unfreeze()
    if "forkserver" in methods:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([__name__])  # workers start with pandas and sklearn imported
    else:
        context = multiprocessing.get_context("spawn")
    return context.Pool(jobs, initializer=_init_worker, initargs=(task, fmt))


_WORKER: dict = {}  # per worker process: the task and output format, set once by _init_worker


def _init_worker(task: Task, fmt: str | None) -> None:
    # The parent handles Ctrl-C (and terminates the pool); a worker printing its own
    # KeyboardInterrupt traceback would only add noise. A forked worker inherits the parent's
    # SIGTERM handler, which raises: the SIGTERM of pool.terminate() must end it at once.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:  # one BLAS/OpenMP thread per process: the processes already fill the cores
        from threadpoolctl import threadpool_limits

        _WORKER["limits"] = threadpool_limits(1)
    except ImportError:  # pragma: no cover - threadpoolctl comes with scikit-learn
        pass
    _WORKER.update(task=task, fmt=fmt)


def _worker_run(chunk: pd.DataFrame | Block):
    if isinstance(chunk, Block):
        chunk = _parse_block(chunk)
    return run_chunk(chunk, _WORKER["task"], _WORKER["fmt"])


# --- CSV blocks parsed by the workers -----------------------------------------------------------
#
# With worker processes, reading a CSV in the parent (parsing every cell into a Python string)
# would take a core's worth of time the workers need. So the parent cuts the file's bytes into
# blocks at line breaks that lie outside quoted cells, and each worker parses its block with
# the same pandas options as stance.io.read_chunks. When a block does not parse, the file is
# read again with read_chunks, whose error names the line.


@dataclass
class Block:
    """Raw lines of a CSV/TSV file, parsed where the task runs."""

    path: str
    data: bytes
    first: bool  # holds the header line
    file_columns: list[str]
    columns: list[str]  # the output's input columns
    encoding: str


class _BlockFailed(Exception):
    """A worker could not parse a block; the parent finds out why with stance.io."""


def splittable(path: str, encoding: str) -> bool:
    """A CSV/TSV file whose encoding writes line breaks and quotes as the single ASCII bytes."""
    if path == STDIO or detect_format(path) not in ("csv", "tsv"):
        return False
    try:
        return '\n"'.encode(encoding) == b'\n"' and codecs.lookup(encoding).name != "utf-7"
    except (LookupError, UnicodeError):
        return False


def csv_blocks(path: str, rows: int) -> Iterator[tuple[bytes, bool]]:
    """Blocks of about ``rows`` lines, cut after a line break outside quoted cells."""
    with open(path, "rb") as fh:
        sample = fh.read(1 << 16)
        size = max(1 << 10, rows * max(1, len(sample) // max(1, sample.count(b"\n"))))
        fh.seek(0)
        buf, first = b"", True
        while True:
            more = fh.read(size)
            buf += more
            cut = _safe_cut(buf, size) if more else len(buf)
            if cut is None:
                continue  # a quoted cell runs on: read further
            if buf[:cut] or first:
                yield buf[:cut], first
            buf, first = buf[cut:], False
            if not more:
                return


def _safe_cut(buf: bytes, size: int) -> int | None:
    """Position just after the first line break at or after ``size`` with an even number of quotes before it."""
    pos = buf.find(b"\n", max(0, size - 1))
    if pos < 0:
        return None
    quotes = buf.count(b'"', 0, pos)
    while quotes % 2:  # inside a quoted cell: try the next line break
        nxt = buf.find(b"\n", pos + 1)
        if nxt < 0:
            return None
        quotes += buf.count(b'"', pos, nxt)
        pos = nxt
    return pos + 1


def _parse_block(block: Block) -> pd.DataFrame:
    """A block's rows, read exactly as stance.io.read_chunks reads them."""
    sep = "\t" if detect_format(block.path) == "tsv" else ","
    try:
        frame = pd.read_csv(io.BytesIO(block.data), sep=sep, dtype=str, keep_default_na=False,
                            na_filter=False, engine="c", encoding=block.encoding,
                            header=0 if block.first else None,
                            names=None if block.first else block.file_columns)
        frame = header_columns(frame)
        if quoting_slip_in(block.data, block.encoding, sep):
            raise ValueError("a cell goes on after its closing quotation mark")
    except Exception as exc:  # ParserError, UnicodeDecodeError, EmptyDataError, ExtraFields, ...
        raise _BlockFailed(block.path, f"{type(exc).__name__}: {exc}") from None
    if list(frame.columns) != block.columns:
        frame = align(frame, block.columns, block.path)
    return frame


def _reading_errors(results: Iterator[tuple], encoding: str) -> Iterator[tuple]:
    """Pass results on; a block that did not parse becomes stance.io's error for its file."""
    try:
        yield from results
    except _BlockFailed as failed:
        path, detail = failed.args
        for _ in read_chunks(path, encoding=encoding):  # raises the DataError naming the line
            pass
        raise DataError(f"{path}: could not be read in parallel ({detail.splitlines()[0]}); "
                        "try --jobs 1") from None
