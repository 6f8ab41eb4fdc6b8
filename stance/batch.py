"""Score files of sentences of any size: streaming in chunks, in parallel, safely.

The rules every engine keeps:

* every input column and the row order come out again, with ``stance``, ``confidence`` and
  ``p_<label>`` added; several inputs are concatenated in the order given;
* nothing is written before every input has been checked for the text column, and the
  output appears only when complete (temporary file beside it, then rename), so a failed or
  interrupted run leaves no partial output; an input is only ever read, never written over;
* memory stays flat: at most ``2 * jobs`` chunks are in flight at any time.

With worker processes, the workers also parse CSV/TSV blocks and format their scored chunk
(CSV or JSONL bytes), so the parent only cuts files into blocks and appends the results in
order: that is what lets ``jobs=2`` use both cores.
"""

from __future__ import annotations

import codecs
import gc
import io
import multiprocessing
import os
import re
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from .exceptions import DataError
from .io import (
    STDIO,
    AtomicWriter,
    detect_format,
    expand_inputs,
    read_chunks,
    read_columns,
    same_file,
)
from .predictor import CONFIDENCE_COLUMN, STANCE_COLUMN, StancePredictor, load_predictor

ENGINES = ("local", "dask")
# Rows per chunk: large enough that per-chunk costs vanish next to scoring (~0.6 s of work
# per chunk on one core), small enough to keep memory low and two workers evenly loaded to
# the last chunk.
CHUNK_SIZE = 20_000
# Chunks queued or being scored per worker process: two keep each worker busy while the
# parent reads the next chunk and writes the previous one, and bound memory.
IN_FLIGHT_PER_JOB = 2


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

    def add(self, counts: dict[str, int], blank: int, rows: int) -> None:
        for label, n in counts.items():
            self.labels[label] = self.labels.get(label, 0) + n
        self.blank += blank
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
    if engine not in ENGINES:
        raise DataError(f"unknown engine {engine!r}; expected one of {', '.join(ENGINES)}")
    if scheduler and engine != "dask":
        raise DataError(f"a scheduler ({scheduler}) is for the Dask engine; add --engine dask (engine='dask')")
    if jobs is None:
        jobs = 2 if engine == "dask" else 1
    if not isinstance(jobs, int) or jobs < 0:
        raise DataError(f"jobs must be 0 (one per core) or a positive number of processes, got {jobs!r}")
    jobs = jobs or os.cpu_count() or 1
    if not isinstance(chunk_size, int) or chunk_size < 1:
        raise DataError(f"chunk size must be a positive number of rows, got {chunk_size!r}")

    patterns = [inputs] if isinstance(inputs, (str, os.PathLike)) else list(inputs)
    if not patterns:
        raise DataError("no input given; name one or more files, a glob, or - for stdin")
    paths = expand_inputs([os.fspath(p) for p in patterns])
    output = os.fspath(output)
    if paths.count(STDIO) > 1:
        raise DataError("stdin (-) is given more than once; it can be read only once")
    predictor = model if isinstance(model, StancePredictor) else load_predictor(model)

    if engine == "dask":
        from .dask_engine import score_dask

        summary = score_dask(paths, output, predictor, text_column=text_column, workers=jobs,
                             scheduler=scheduler, encoding=encoding, progress=progress)
    else:
        fmt = detect_format(output)
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
        _score_local(paths, output, fmt, predictor, summary, text_column=text_column,
                     chunk_size=chunk_size, jobs=jobs, encoding=encoding, progress=progress)
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
        raise DataError(
            f"{where}: no column {text_column!r}; the columns are {', '.join(map(repr, columns)) or 'none'}; "
            "name the text column with --text-column (text_column=)"
        )
    taken = [c for c in score_columns(predictor) if c in columns]
    if taken:
        raise DataError(
            f"{where}: already has column(s) {', '.join(map(repr, taken))}, which scoring adds; "
            "rename them in the input (e.g. stance -> gold_stance) so nothing is overwritten"
        )


def score_columns(predictor: StancePredictor) -> list[str]:
    """The columns scoring adds, in order."""
    return [STANCE_COLUMN, CONFIDENCE_COLUMN, *predictor.proba_columns]


def score_chunk(chunk: pd.DataFrame, predictor: StancePredictor, text_column: str,
                fmt: str | None = None):
    """Score one chunk; returns ``(payload, rows, counts per label, blank)``.

    ``payload`` is the scored chunk as text in format ``fmt`` (CSV, TSV, JSONL, without a
    header) or, for Parquet or ``fmt=None``, the scored DataFrame.
    """
    # Score a one-column view: score_frame copies its input, and the other columns are
    # attached below without a copy.
    scored = predictor.score_frame(chunk[[text_column]], text_column=text_column)
    out = chunk.copy(deep=False)
    for column in score_columns(predictor):
        out[column] = scored[column].to_numpy()
    # A string column even when the chunk is empty, so every chunk (and Dask's meta) agrees.
    out[STANCE_COLUMN] = out[STANCE_COLUMN].astype(str)
    counts = scored[STANCE_COLUMN].value_counts(sort=False)
    blank = int(counts.get("", 0))
    counts = {str(k): int(v) for k, v in counts.items() if k != ""}
    if fmt in ("csv", "tsv"):
        payload = delimited_bytes(out, "\t" if fmt == "tsv" else ",")
    elif fmt == "jsonl":
        text = out.to_json(orient="records", lines=True, force_ascii=False, date_format="iso") if len(out) else ""
        payload = (text if not text or text.endswith("\n") else text + "\n").encode("utf-8")
    else:
        payload = out
    return payload, len(out), counts, blank


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


# --- the local engine -------------------------------------------------------------------------

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
            getattr(fh, "buffer", fh).flush()  # downstream of a pipe sees rows as they are scored
        self._header_written = True
        self.rows += rows


def _score_local(paths, output, fmt, predictor, summary, *, text_column, chunk_size, jobs,
                 encoding, progress) -> None:
    columns: list[str] = []  # output columns, fixed by the first chunk

    def chunks() -> Iterator[pd.DataFrame | _Block]:
        for path in paths:
            if jobs > 1 and _splittable(path, encoding):
                # The workers parse the blocks: the parent only cuts the file at line breaks.
                file_columns = read_columns(path, encoding=encoding)
                columns.extend([] if columns else file_columns)
                for data, first in _csv_blocks(path, chunk_size):
                    yield _Block(path, data, first, file_columns, columns, encoding)
                continue
            first = True
            for chunk in read_chunks(path, chunk_size=chunk_size, encoding=encoding):
                if first and path == STDIO:
                    check_columns(path, [str(c) for c in chunk.columns], text_column, predictor)
                first = False
                if not columns:
                    columns.extend(chunk.columns)
                elif list(chunk.columns) != columns:
                    chunk = _align(chunk, columns, path)
                yield chunk

    # The workers start before the progress bar, whose thread would make forking them unsafe.
    pool = _pool(jobs, predictor, text_column, fmt) if jobs > 1 else None
    bar = None
    try:
        with _OutputWriter(output, fmt) as writer:
            bar = _progress_bar(progress)
            results = _ordered_map(chunks(), predictor, text_column, fmt, pool, jobs)
            for payload, rows, counts, blank in _reading_errors(results, encoding):
                if fmt in ("csv", "tsv") and not writer._header_written:
                    header = header_line([*columns, *score_columns(predictor)], "\t" if fmt == "tsv" else ",")
                    writer.write_bytes(header.encode("utf-8"), 0)
                if isinstance(payload, bytes):
                    writer.write_bytes(payload, rows)
                else:
                    _write_frame(writer, payload, output)
                summary.add(counts, blank, rows)
                if bar is not None:
                    bar.update(rows)
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


def _align(chunk: pd.DataFrame, columns: list[str], path: str) -> pd.DataFrame:
    """Put a chunk's columns in the output's order; absent ones (a JSONL key) are empty."""
    extra = [c for c in chunk.columns if c not in columns]
    if extra:
        raise DataError(
            f"{'stdin' if path == STDIO else path}: column(s) {', '.join(map(repr, map(str, extra)))} "
            f"are not in the first input's columns ({', '.join(map(repr, map(str, columns)))}); "
            "one output needs the same columns in every input: score the files separately"
        )
    return chunk.reindex(columns=columns)


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


def _progress_bar(progress: bool):
    if not progress or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(unit=" rows", unit_scale=True, file=sys.stderr, smoothing=0.1, mininterval=0.5)


def _ordered_map(chunks: Iterator[pd.DataFrame | _Block], predictor: StancePredictor, text_column: str,
                 fmt: str, pool=None, jobs: int = 1) -> Iterator[tuple]:
    """Score chunks in order, in this process or, given a pool, at most 2 per worker in flight."""
    if pool is None:
        for chunk in chunks:
            yield score_chunk(chunk, predictor, text_column, fmt)
        return
    pending: deque = deque()
    for chunk in chunks:
        if len(pending) >= IN_FLIGHT_PER_JOB * jobs:
            yield pending.popleft().get()
        task = _worker_block if isinstance(chunk, _Block) else _worker_score
        pending.append(pool.apply_async(task, (chunk,)))
    while pending:
        yield pending.popleft().get()


def _pool(jobs: int, predictor: StancePredictor, text_column: str, fmt: str):
    """A pool of ``jobs`` worker processes, each holding the predictor."""
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
                jobs, initializer=_init_worker, initargs=(predictor, text_column, fmt))
        finally:
            gc.unfreeze()
    if "forkserver" in methods:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([__name__])  # workers start with pandas and sklearn imported
    else:
        context = multiprocessing.get_context("spawn")
    return context.Pool(jobs, initializer=_init_worker, initargs=(predictor, text_column, fmt))


_WORKER: dict = {}  # per worker process: the predictor and settings, set once by _init_worker


def _init_worker(predictor: StancePredictor, text_column: str, fmt: str | None) -> None:
    # The parent handles Ctrl-C (and terminates the pool); a worker printing its own
    # KeyboardInterrupt traceback would only add noise.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:  # one BLAS/OpenMP thread per process: the processes already fill the cores
        from threadpoolctl import threadpool_limits

        _WORKER["limits"] = threadpool_limits(1)
    except ImportError:  # pragma: no cover - threadpoolctl comes with scikit-learn
        pass
    _WORKER.update(predictor=predictor, text_column=text_column, fmt=fmt)


def _worker_score(chunk: pd.DataFrame):
    return score_chunk(chunk, _WORKER["predictor"], _WORKER["text_column"], _WORKER["fmt"])


# --- CSV blocks parsed by the workers -----------------------------------------------------------
#
# With worker processes, reading a CSV in the parent (parsing every cell into a Python string)
# would take a core's worth of time the workers need. So the parent cuts the file's bytes into
# blocks at line breaks that lie outside quoted cells, and each worker parses its block with
# the same pandas options as stance.io.read_chunks. When a block does not parse, the file is
# read again with read_chunks, whose error names the line.


@dataclass
class _Block:
    path: str
    data: bytes
    first: bool  # holds the header line
    file_columns: list[str]
    columns: list[str]  # the output's input columns
    encoding: str


class _BlockFailed(Exception):
    """A worker could not parse a block; the parent finds out why with stance.io."""


def _splittable(path: str, encoding: str) -> bool:
    """A CSV/TSV file whose encoding writes line breaks and quotes as the single ASCII bytes."""
    if path == STDIO or detect_format(path) not in ("csv", "tsv"):
        return False
    try:
        return '\n"'.encode(encoding) == b'\n"' and codecs.lookup(encoding).name != "utf-7"
    except (LookupError, UnicodeError):
        return False


def _csv_blocks(path: str, rows: int) -> Iterator[tuple[bytes, bool]]:
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


def _parse_block(block: _Block) -> pd.DataFrame:
    """A block's rows, read exactly as stance.io.read_chunks reads them."""
    sep = "\t" if detect_format(block.path) == "tsv" else ","
    try:
        frame = pd.read_csv(io.BytesIO(block.data), sep=sep, dtype=str, keep_default_na=False,
                            na_filter=False, engine="c", encoding=block.encoding,
                            header=0 if block.first else None,
                            names=None if block.first else block.file_columns)
    except Exception as exc:  # ParserError, UnicodeDecodeError, EmptyDataError, ...
        raise _BlockFailed(block.path, f"{type(exc).__name__}: {exc}") from None
    if list(frame.columns) != block.columns:
        frame = _align(frame, block.columns, block.path)
    return frame


def _worker_block(block: _Block):
    return _worker_score(_parse_block(block))


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
