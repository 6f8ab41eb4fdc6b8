"""Read and write tables of sentences in chunks: CSV, TSV, JSONL and Parquet.

Two rules hold for every format. Reading is lossless: CSV/TSV cells come back as the exact
strings of the file (no type guessing that would turn "007" into 7 or "NA" into a missing
value), so every input row and value comes out again. Writing is atomic: output goes to a
temporary file beside the target and is renamed over it only when complete, so a failed or
interrupted run leaves no partial output. ``-`` means stdin / stdout, as CSV.
"""

from __future__ import annotations

import csv
import datetime
import glob
import io
import json
import math
import os
import re
import signal
import sys
import tempfile
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Iterator

import pandas as pd

from .exceptions import ArgumentError, DataError

FORMATS = {".csv": "csv", ".tsv": "tsv", ".jsonl": "jsonl", ".parquet": "parquet"}
STDIO = "-"


def shown(path) -> str:
    """A path as an error message names it: ``-`` is "stdin"."""
    return "stdin" if str(path) == STDIO else str(path)
BOM = "\ufeff"  # the byte order mark some editors put at the start of a UTF-8 file
DEFAULT_CHUNK_SIZE = 50_000


def detect_format(path: str | os.PathLike) -> str:
    """The format of a path from its extension (``-`` is CSV)."""
    if str(path) == STDIO:
        return "csv"
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise DataError(
            f"{path}: unknown file type '{suffix or 'no extension'}'; expected one of "
            f"{', '.join(FORMATS)} (or - for stdin/stdout as CSV)"
        )
    return FORMATS[suffix]


def not_paths(value) -> str | None:
    """None when ``value`` is a path or a list (or tuple) of paths; else what it is, for an
    error message: its type's name, or "a list holding int, NoneType"."""
    items = [value] if isinstance(value, (str, os.PathLike)) else value
    if not isinstance(items, (list, tuple)):
        return type(value).__name__
    odd = sorted({type(p).__name__ for p in items if not isinstance(p, (str, os.PathLike))})
    return f"a {type(items).__name__} holding {', '.join(odd)}" if odd else None


def input_patterns(inputs, function: str, frame_hint: str) -> list[str]:
    """The ``inputs`` argument of ``function`` (a path, a glob or a list of them) as strings;
    anything else (a DataFrame, None, a number) is an :class:`ArgumentError` ending in
    ``frame_hint`` for a DataFrame."""
    kind = not_paths(inputs)
    if kind is None:
        items = [inputs] if isinstance(inputs, (str, os.PathLike)) else inputs
        if any(os.fspath(p) == "" for p in items):  # else the current folder
            raise ArgumentError(f"{function}: an input is an empty path; give a file name")
        return [os.fspath(p) for p in items]
    raise ArgumentError(f"{function} reads files: inputs must be a path, a glob or a list of them, "
                        f"got {kind}" + (f"; for a DataFrame use {frame_hint}"
                                         if isinstance(inputs, pd.DataFrame) else ""))


def output_path(output, function: str) -> str:
    """The ``output`` argument of ``function`` as a string; not a path: :class:`ArgumentError`."""
    if not isinstance(output, (str, os.PathLike)):
        raise ArgumentError(f"{function}: output must be a path, got {type(output).__name__}")
    if os.fspath(output) == "":
        raise ArgumentError(f"{function}: output is an empty path; give a file name")
    return os.fspath(output)


def expand_inputs(patterns: list[str]) -> list[str]:
    """Expand globs; a pattern matching nothing, or a missing file, is an error."""
    paths: list[str] = []
    for pattern in patterns:
        if pattern == STDIO:
            paths.append(STDIO)
            continue
        if glob.has_magic(pattern):
            matched = sorted(glob.glob(pattern, recursive=True))
            if not matched:
                raise DataError(f"{pattern}: no file matches this pattern; check the path")
            paths.extend(matched)
        elif not Path(pattern).exists():
            raise DataError(f"{pattern}: no such file; check the path")
        elif Path(pattern).is_dir() and _dataset_parts(pattern):
            paths.extend(_dataset_parts(pattern))  # a Parquet dataset, as --engine dask writes
        elif Path(pattern).is_dir():
            raise DataError(f"{pattern}: is a folder; give files or a glob such as '{pattern}/*.csv'")
        else:
            paths.append(pattern)
    for path in paths:
        detect_format(path)
    check_distinct(paths)
    return paths


def check_distinct(paths: list[str]) -> None:
    """Refuse a file that comes twice (named twice, or named and matched by a glob): its rows
    would be read twice, and a summary of them count each one double."""
    seen: dict[tuple[int, int], str] = {}
    for path in paths:
        if path == STDIO:
            continue
        try:
            stat = os.stat(path)
        except OSError:
            continue
        key = (stat.st_dev, stat.st_ino)
        if key in seen:
            also = "" if seen[key] == path else f" (also as {seen[key]})"
            raise DataError(f"{path}: given twice{also}; name each input once, or its rows are read twice")
        seen[key] = path


def _dataset_parts(folder: str) -> list[str]:
    """The part files of a folder named ``*.parquet`` (a Parquet dataset), in name order."""
    if Path(folder).suffix.lower() != ".parquet":
        return []
    return sorted(str(p) for p in Path(folder).glob("*.parquet") if p.is_file())


def read_columns(path: str, *, encoding: str = "utf-8") -> list[str]:
    """Column names of a file, reading only its start."""
    for chunk in read_chunks(path, chunk_size=1, encoding=encoding):
        return [str(c) for c in chunk.columns]
    return []


def read_chunks(path: str, *, chunk_size: int = DEFAULT_CHUNK_SIZE,
                encoding: str = "utf-8") -> Iterator[pd.DataFrame]:
    """Yield the rows of a file as DataFrames of at most ``chunk_size`` rows.

    CSV/TSV values are strings, exactly as in the file; JSONL and Parquet keep their types.
    A header-only file yields one empty frame with the columns, so they can still be checked.

    Raises
    ------
    DataError
        Naming the file and line of malformed CSV/JSONL, or the position of bytes that do
        not decode with ``encoding``.
    """
    if chunk_size < 1:
        raise ArgumentError(f"chunk size must be at least 1, got {chunk_size}")
    fmt = detect_format(path)
    if fmt in ("csv", "tsv"):
        yield from _read_delimited(path, fmt, chunk_size, encoding)
    elif fmt == "jsonl":
        yield from _read_jsonl(path, chunk_size, encoding)
    else:
        yield from _read_parquet(path, chunk_size)


def _open_text(path: str, encoding: str) -> IO[str]:
    if path == STDIO:
        return io.TextIOWrapper(sys.stdin.buffer, encoding=encoding, newline="")
    try:
        return open(path, encoding=encoding, newline="")
    except LookupError:
        raise DataError(f"unknown encoding {encoding!r}; use a name such as utf-8, latin-1 or cp1252") from None


def _decode_error(path: str, exc: UnicodeDecodeError, encoding: str) -> DataError:
    where = ""
    if path != STDIO:
        # Find the first undecodable byte in the file itself: the exception's offset is
        # relative to a read buffer, not to the file.
        data = Path(path).read_bytes()
        try:
            data.decode(encoding)
        except UnicodeDecodeError as full:
            line = data[: full.start].count(b"\n") + 1
            where = f", line {line} (byte {full.start})"
    return DataError(
        f"{shown(path)}{where}: bytes that are not valid {encoding} ({exc.reason}); "
        "pass the file's encoding with --encoding (e.g. --encoding latin-1 or cp1252)"
    )


def no_column(column: str, columns, fix: str = "", *, where: str = "", purpose: str = "") -> DataError:
    """The error for a table without a column it needs: ``where`` (a file) leads, ``purpose``
    says what the column is for, the table's columns are listed and ``fix`` ends the line."""
    listed = ", ".join(map(repr, map(str, columns))) or "none"
    return DataError(f"{where + ': ' if where else ''}no column {column!r}"
                     f"{' ' + purpose if purpose else ''}; the columns are {listed}"
                     f"{'; ' + fix if fix else ''}")


class ExtraFields(ValueError):
    """Rows with a value in a field beyond the header's columns (``args``: the first one's
    position in the frame, its number of fields, the number of columns the header names)."""


def header_columns(frame: pd.DataFrame) -> pd.DataFrame:
    """A parsed CSV/TSV frame with the header's columns, whatever its rows' widths.

    When the first data row has more fields than the header, pandas takes the extra leading
    fields for a row index and shifts every cell one column to the right, silently. Rows
    with empty extra fields (a separator at the end of each line, as some spreadsheets
    write) lose nothing: their cells are put back under their own columns. A value in an
    extra field would be lost: :class:`ExtraFields` says which row holds the first.

    A header that ends in a separator too gives pandas empty-named last columns
    ("Unnamed: 3"): they are no columns either, and go, as long as they hold no value.
    """
    columns = list(frame.columns)
    named = len(columns)
    while named > 1 and str(columns[named - 1]) == f"Unnamed: {named - 1}":
        named -= 1
    if named < len(columns) and isinstance(frame.index, pd.RangeIndex):
        extra = frame.iloc[:, named:].to_numpy(dtype=object)
        filled = next((i for i, row in enumerate(extra) if any(cell != "" for cell in row)), None)
        if filled is not None:
            raise ExtraFields(filled, len(columns), named)
        return frame.iloc[:, :named]
    if isinstance(frame.index, pd.RangeIndex):
        return frame
    cells = frame.reset_index().to_numpy(dtype=object)
    width = len(columns)
    extra = cells[:, width:]
    filled = next((i for i, row in enumerate(extra) if any(cell != "" for cell in row)), None)
    if filled is not None:
        raise ExtraFields(filled, width + extra.shape[1], width)
    return pd.DataFrame(cells[:, :width], columns=columns, dtype=str)


def _record_starts(path: str, encoding: str, sep: str) -> Iterator[tuple[int, list[str]]]:
    """Each record of a CSV/TSV file (the header first) with the line (1-based) it starts on."""
    with open(path, encoding=encoding, newline="") as fh:
        reader = csv.reader(fh, delimiter=sep)
        start = 1
        for row in reader:
            yield start, row
            start = reader.line_num + 1


def first_long_line(path: str, encoding: str, sep: str, width: int) -> int | None:
    """The line of ``path`` where the first record with a value beyond ``width`` fields starts."""
    return next((start for start, row in _record_starts(path, encoding, sep)
                 if len(row) > width and any(row[width:])), None)


def _extra_fields_error(path: str, sep: str, encoding: str, width: int, fields: int,
                        row: int) -> DataError:
    line = first_long_line(path, encoding, sep, width) if path != STDIO else None
    where = f"line {line}" if line else f"data row {row}"
    return DataError(f"{shown(path)}, {where}: {fields} fields but the header names {width} columns; "
                     "a value beyond the header's columns would be lost: add a name for it to "
                     "the header, or quote a cell that holds the separator")


class QuotingSlips:
    """Reads the records of a CSV/TSV text alongside pandas to find a cell that goes on after
    the quotation mark closing it (``"Yes," he said``).

    pandas reads such a cell without complaint, dropping its two marks and joining the rest
    (``Yes, he said``): the text that comes out is not the text that went in. Python's csv
    reader in strict mode stops there instead; it is run over the same lines as pandas reads
    them, a chunk at a time, so that a first chunk costs no pass over the whole file.

    Parameters
    ----------
    lines : iterable of str
        The text's lines, with their line breaks.
    sep : str
        The field separator.
    """

    def __init__(self, lines, sep: str):
        self._reader = csv.reader(lines, delimiter=sep, strict=True)
        self._records = 0

    def read(self, records: int | None = None) -> int | None:
        """Read on until ``records`` non-blank records (the header included) have been read,
        or to the end; return the line (1-based, counted from where ``lines`` starts) of the
        first slip, or None."""
        reader = self._reader
        try:
            while records is None or self._records < records:
                row = next(reader, None)
                if row is None:
                    return None
                self._records += bool(row)  # pandas skips blank lines
        except csv.Error as exc:
            # an unclosed quotation mark at the end is pandas' to report, with its own message
            return None if "end of data" in str(exc) else reader.line_num
        return None


class _Tee:
    """Standard input read by two readers at their own pace: pandas through :meth:`read`, and
    the quoting check through :meth:`lines`. What one has taken from the stream and the other
    not yet is kept for the other, so stdin is read once and memory holds only the gap between
    them (a chunk of rows)."""

    _LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)")

    def __init__(self, source: IO[str]):
        self._source = source
        self._for_read: list[str] = []
        self._for_lines: list[str] = []

    def read(self, size: int = -1) -> str:
        if self._for_read:
            data = "".join(self._for_read)
            self._for_read.clear()
            if 0 <= size < len(data):
                data, rest = data[:size], data[size:]
                self._for_read.append(rest)
            return data
        data = self._source.read(size)
        if data:
            self._for_lines.append(data)
        return data

    def lines(self) -> Iterator[str]:
        """The text's lines with their line breaks, split as ``open(newline="")`` splits them."""
        buffer = ""
        while True:
            if self._for_lines:
                data = "".join(self._for_lines)
                self._for_lines.clear()
            else:
                data = self._source.read(1 << 16)
                if data:
                    self._for_read.append(data)
            if not data:
                if buffer:
                    yield buffer
                return
            buffer += data
            end = 0
            for match in self._LINE.finditer(buffer):
                if match.end() == len(buffer) and buffer.endswith("\r"):
                    break  # a "\r\n" may be cut between two reads
                yield match.group()
                end = match.end()
            buffer = buffer[end:]


def quoting_slip_in(data: bytes, encoding: str, sep: str) -> int | None:
    """The line (1-based, within ``data``) of the first quoting slip in a block of CSV/TSV
    records read whole, or None (a block with no quotation mark has none)."""
    if b'"' not in data:
        return None
    return QuotingSlips(io.StringIO(data.decode(encoding), newline=""), sep).read()


def quoting_error(where: str, fmt: str) -> str:
    """The message for a cell that goes on after its closing quotation mark, at ``where``."""
    return (f"{where}: malformed {fmt.upper()}: a cell starts with a quotation mark and goes on after "
            'the mark that closes it (as in "Yes," he said), so both marks would be lost; put the '
            'whole cell in quotation marks and write each mark inside it as two ("""Yes,"" he said")')


def _read_delimited(path: str, fmt: str, chunk_size: int, encoding: str) -> Iterator[pd.DataFrame]:
    sep = "\t" if fmt == "tsv" else ","
    fh = _open_text(path, encoding)
    if path == STDIO:  # read once: the check takes its lines from what pandas reads
        check = None
        source = tee = _Tee(fh)
        slips = QuotingSlips(tee.lines(), sep)
    else:  # a file is read a second time alongside
        source = fh
        check = open(path, encoding=encoding, newline="")
        slips = QuotingSlips(check, sep)
    rows = 0
    try:
        try:
            reader = pd.read_csv(source, sep=sep, dtype=str, keep_default_na=False, na_filter=False,
                                 chunksize=chunk_size, engine="c")
            for chunk in reader:
                if line := slips.read(rows + len(chunk) + 1):
                    raise DataError(quoting_error(f"{shown(path)}, line {line}", fmt))
                if rows == 0:
                    _check_header_names(path, [str(c) for c in chunk.columns], sep, encoding)
                try:
                    read = header_columns(chunk)
                except ExtraFields as extra:
                    at, fields, width = extra.args
                    raise _extra_fields_error(path, sep, encoding, width, fields,
                                              rows + at + 1) from None
                if read is not chunk:  # rebuilt: number its rows on, as pandas does
                    chunk = read.set_axis(pd.RangeIndex(rows, rows + len(read)))
                rows += len(chunk)
                yield chunk
            if line := slips.read():
                raise DataError(quoting_error(f"{shown(path)}, line {line}", fmt))
        except pd.errors.EmptyDataError:
            raise DataError(f"{shown(path)}: the file is empty; expected a header line with column names") from None
        except pd.errors.ParserError as exc:
            raise _malformed(path, fmt, sep, encoding, exc) from None
        except UnicodeDecodeError as exc:
            raise _decode_error(path, exc, encoding) from None
    finally:
        if check:
            fh.close()
            check.close()
        else:
            fh.detach()


def _check_header_names(path: str, columns: list[str], sep: str, encoding: str) -> None:
    """Refuse a header that names a column twice: pandas renames the second one ("id" ->
    "id.1"), so the output would hold a column the input does not have."""
    mangled = [c for c in columns if (m := re.fullmatch(r"(.+)\.[1-9]\d*", c)) and m.group(1) in columns]
    if not mangled:
        return
    if path == STDIO:
        names = [re.fullmatch(r"(.+)\.[1-9]\d*", c).group(1) for c in mangled]
    else:
        with open(path, encoding=encoding, newline="") as fh:
            header = next(csv.reader(fh, delimiter=sep), [])
        header = [header[0].removeprefix(BOM), *header[1:]] if header else header
        names = [name for name in dict.fromkeys(header) if name and header.count(name) > 1]
    if names:
        raise DataError(f"{shown(path)}, line 1: the header names the column "
                        f"{names[0]!r} more than once; give each column its own name")


def _parser_detail(exc: Exception) -> str:
    message = str(exc).strip().splitlines()[0]
    return message.replace("Error tokenizing data. C error: ", "")


_EOF_IN_QUOTES = re.compile(r"EOF inside string starting at row (\d+)")


def _malformed(path: str, fmt: str, sep: str, encoding: str, exc: Exception) -> DataError:
    """The one-line error for a CSV/TSV that pandas could not tokenize.

    pandas names an unclosed quote by its record ("row 1" is the first data row, whatever the
    lines before it hold); the message names the physical line of the file instead (the header
    being line 1), found by reading the records before it again.
    """
    detail = _parser_detail(exc)
    eof = _EOF_IN_QUOTES.search(detail)
    if not eof:
        return DataError(f"{shown(path)}: malformed {fmt.upper()}: {detail}; "
                         "check the quoting and the number of fields on that line")
    row = int(eof.group(1))
    line = _record_line(path, encoding, sep, row) if path != STDIO else None
    where = f"line {line}" if line else f"data row {row}"
    return DataError(f"{shown(path)}, {where}: malformed {fmt.upper()}: a quotation mark opened in the row "
                     "starting here is never closed (the file ends inside it); close it, or write a "
                     'quotation mark inside a cell as two ("")')


def _record_line(path: str, encoding: str, sep: str, record: int) -> int | None:
    """The line (1-based) on which record ``record`` of a CSV/TSV file starts, the header being
    record 0; None when the records before it cannot be read."""
    try:
        for number, (start, _) in enumerate(_record_starts(path, encoding, sep)):
            if number == record:
                return start
    except (OSError, UnicodeDecodeError, LookupError, csv.Error):
        return None
    return None


def _read_jsonl(path: str, chunk_size: int, encoding: str) -> Iterator[pd.DataFrame]:
    fh = _open_text(path, encoding)
    rows: list[dict] = []
    columns: dict[str, None] = {}
    read = 0  # rows in the chunks before: each chunk's index numbers its rows on, as for CSV
    try:
        try:
            for number, line in enumerate(fh, 1):
                if number == 1 and line.startswith(BOM):
                    line = line[1:]  # a byte order mark, as Windows tools write: not part of the data
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise DataError(f"{shown(path)}, line {number}: malformed JSON ({exc.msg}, column {exc.colno}); "
                                    "each line must be one JSON object") from None
                if not isinstance(record, dict):
                    raise DataError(f"{shown(path)}, line {number}: expected a JSON object per line, "
                                    f"got {type(record).__name__}")
                columns.update(dict.fromkeys(record))
                rows.append(record)
                if len(rows) >= chunk_size:
                    yield records_frame(rows).set_axis(pd.RangeIndex(read, read + len(rows)))
                    read += len(rows)
                    rows = []
        except UnicodeDecodeError as exc:
            raise _decode_error(path, exc, encoding) from None
        if rows:
            yield records_frame(rows).set_axis(pd.RangeIndex(read, read + len(rows)))
        elif not columns:
            raise DataError(f"{shown(path)}: the file is empty; expected one JSON object per line")
    finally:
        if path != STDIO:
            fh.close()
        else:
            fh.detach()


def records_frame(rows: list[dict]) -> pd.DataFrame:
    """JSON records as a frame, every value as parsed: pandas makes a column of integers with a
    missing key or a null float (7 -> 7.0, 9007199254740993 -> 9007199254740992.0); such a
    column is kept as integers with missing values instead."""
    frame = pd.DataFrame(rows)
    for column in frame.columns:
        values = frame[column]
        if values.dtype.kind == "f" and values.isna().any():
            raw = [row.get(column) for row in rows]
            if all(v is None or (isinstance(v, int) and not isinstance(v, bool)) for v in raw):
                try:
                    frame[column] = pd.array(raw, dtype="Int64")
                except (OverflowError, TypeError, ValueError):  # beyond 64 bits
                    frame[column] = pd.Series(raw, dtype=object)
    return frame


def _read_parquet(path: str, chunk_size: int) -> Iterator[pd.DataFrame]:
    pq = _pyarrow_parquet()
    try:
        handle = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises its own error types for a broken file
        raise DataError(f"{shown(path)}: not a readable Parquet file ({exc}); check the file") from None
    empty = True
    read = 0  # rows in the chunks before: each chunk's index numbers its rows on, as for CSV
    for batch in handle.iter_batches(batch_size=chunk_size):
        empty = False
        # Integers with a null stay integers (as Python ints), not float: 7 -> 7.0 would change
        # the value written, and 9007199254740993 -> 9007199254740992.0 the number itself.
        frame = batch.to_pandas(integer_object_nulls=True)
        yield frame.set_axis(pd.RangeIndex(read, read + len(frame)))
        read += len(frame)
    if empty:
        yield handle.schema_arrow.empty_table().to_pandas()


def _pyarrow_parquet():
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise DataError("Parquet needs pyarrow; install it with: pip install 'stance[parquet]'") from None
    return pq


def same_file(a: str, b: str) -> bool:
    """True when two paths name the same existing file."""
    if STDIO in (a, b):
        return False
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


class AtomicWriter:
    """Write DataFrame chunks to a file that appears only when :meth:`commit` is called.

    Use as a context manager: leaving the block with an exception (Ctrl-C included) removes
    the temporary file and leaves any existing target untouched.

    Parameters
    ----------
    path : str
        Target file (``-`` writes CSV to stdout, unbuffered by chunk).
    fmt : str, optional
        Format; default from the extension.
    """

    def __init__(self, path: str, fmt: str | None = None):
        self.path = path
        self.fmt = fmt or detect_format(path)
        self._tmp: str | None = None
        self._fh: IO | None = None
        self._parquet = None
        self._header_written = False
        self.rows = 0

    def __enter__(self) -> "AtomicWriter":
        if self.path != STDIO:
            target = Path(self.path)
            if not target.parent.is_dir():
                raise DataError(f"{self.path}: the output folder {target.parent} does not exist; create it first")
            if target.is_dir():
                raise DataError(f"{self.path}: is a folder; give an output file name")
            fd, self._tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
            os.close(fd)
        return self

    def write(self, frame: pd.DataFrame) -> None:
        """Append a chunk (every chunk must have the same columns)."""
        if self.fmt == "parquet":
            self._write_parquet(frame)
        else:
            fh = self._text_handle()
            if self.fmt in ("csv", "tsv"):
                # pandas quotes a cell holding \n but not one holding a bare \r, which readers
                # then take for a line break: such chunks are written with every cell quoted.
                bare_cr = any(frame[c].astype(str).str.contains("\r", regex=False).any()
                              for c in frame.columns if frame[c].dtype == object or str(frame[c].dtype) == "str")
                frame.to_csv(fh, sep="\t" if self.fmt == "tsv" else ",", index=False,
                             header=not self._header_written, lineterminator="\n",
                             quoting=csv.QUOTE_ALL if bare_cr else csv.QUOTE_MINIMAL)
            else:
                fh.write(jsonl_text(frame))
            self._header_written = True
            fh.flush()
        self.rows += len(frame)

    def _text_handle(self) -> IO[str]:
        if self._fh is None:
            if self.path == STDIO:
                self._fh = sys.stdout
            else:
                self._fh = open(self._tmp, "w", encoding="utf-8", newline="")
        return self._fh

    def _write_parquet(self, frame: pd.DataFrame) -> None:
        pq = _pyarrow_parquet()
        import pyarrow as pa

        table = pa.Table.from_pandas(frame, preserve_index=False)
        if self._parquet is None:
            self._parquet = pq.ParquetWriter(self._tmp, table.schema)
        elif not table.schema.equals(self._parquet.schema):
            table = _cast_losslessly(table, self._parquet.schema)
        self._parquet.write_table(table)

    def commit(self) -> None:
        """Close and move the finished file into place."""
        if self._parquet is not None:
            self._parquet.close()
            self._parquet = None
        if self._fh is not None and self._fh is not sys.stdout:
            self._fh.close()
        self._fh = None
        if self._tmp is not None:
            make_public(self._tmp)
            os.replace(self._tmp, self.path)
            self._tmp = None

    def abort(self) -> None:
        """Discard the temporary file."""
        try:
            if self._parquet is not None:
                self._parquet.close()
            if self._fh is not None and self._fh is not sys.stdout:
                self._fh.close()
        finally:
            self._parquet = self._fh = None
            if self._tmp is not None:
                Path(self._tmp).unlink(missing_ok=True)
                self._tmp = None

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.abort()
            if self.path == STDIO and self._header_written and isinstance(exc, KeyboardInterrupt):
                exc.stdout_sent = True  # the command's message must not say nothing was written


def _cast_losslessly(table, schema):
    """``table`` cast to the file's ``schema``, refusing a cast that changes a value.

    A chunk whose column has another type than the first chunk's (a CSV file's strings after a
    JSONL file's numbers) is cast to the first chunk's type; "4" -> 4 keeps the value, but
    "007" -> 7 or "7.50" -> 7.5 would not: pyarrow.ArrowInvalid names the first such value.
    """
    import pyarrow as pa

    cast = table.cast(schema)
    for name in table.column_names:
        before, after = table.column(name), cast.column(name)
        if before.type == after.type:
            continue
        try:
            back = after.cast(before.type)
        except pa.ArrowException:
            back = None
        if back is None or not back.equals(before):
            olds, news = before.to_pylist(), after.to_pylist()
            backs = back.to_pylist() if back is not None else [object()] * len(olds)
            i = next((i for i, (x, y) in enumerate(zip(olds, backs)) if x != y), 0)
            raise pa.ArrowInvalid(f"column {name!r}: {olds[i]!r} would be written as {news[i]!r}, "
                                  f"{before.type} -> {after.type}")
    return cast


def jsonl_text(frame: pd.DataFrame) -> str:
    """The rows of ``frame`` as JSON lines, each number in its shortest exact form.

    pandas' ``to_json`` rounds floats to 10 decimals (0.12345678901234 -> 0.123456789,
    3.0308687200886197e-05 -> 0.0000303087, 1e-12 -> 0.0), which would change the values of
    the input columns and of the probabilities. Missing values are ``null``; dates and times
    are written in ISO 8601.
    """
    if not len(frame):
        return ""
    names = [str(c) for c in frame.columns]
    columns = [[None if _missing(v) else v for v in frame[c].tolist()] for c in frame.columns]
    encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=_json_default).encode
    return "".join(encode(dict(zip(names, row))) + "\n" for row in zip(*columns))


def _missing(value) -> bool:
    if isinstance(value, float):
        return not math.isfinite(value)  # NaN (and inf, which JSON cannot hold) as null
    return value is None or value is pd.NA or value is pd.NaT


def _json_default(value):
    if isinstance(value, (datetime.date, datetime.time)):  # pandas Timestamp included
        return value.isoformat()
    if hasattr(value, "tolist"):  # numpy scalars and arrays (a Parquet list column)
        return value.tolist()
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="backslashreplace")
    return str(value)


def make_public(path: str | os.PathLike) -> None:
    """Give a temporary file the mode a plain ``open()`` would have (mkstemp makes it 0600)."""
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(path, 0o666 & ~mask)


def write_bytes_atomic(path: str | os.PathLike, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all (temporary file beside it + rename)."""
    target = Path(path)
    if not target.parent.is_dir():
        raise DataError(f"{path}: the output folder {target.parent} does not exist; create it first")
    if target.is_dir():
        raise DataError(f"{path}: is a folder; give an output file name")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        make_public(tmp)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_frame(frame: pd.DataFrame, path: str) -> None:
    """Write a whole DataFrame atomically in the format of ``path``."""
    with AtomicWriter(path) as writer:
        writer.write(frame)


def check_text_cells(texts: pd.Series, offset: int, source: str, text_column: str, *,
                     numbers: bool, unit: str) -> None:
    """Refuse a text cell that is not text (a JSON list or object, Parquet bytes, a boolean),
    naming ``source`` (the file, if known) and its row (``offset`` rows come before ``texts``).

    Such a value would be read as its Python repr, or as no text, silently. Missing cells
    pass; ``numbers`` lets numbers pass too (scored as their text). ``unit`` ends the message:
    what the cell should have held and how to store it.
    """
    values = texts.tolist()
    for i, value in enumerate(values):
        if value is None or value is pd.NA or isinstance(value, str):
            continue
        if isinstance(value, float) and value != value:  # NaN: a missing cell
            continue
        if numbers and isinstance(value, (int, float)) and not isinstance(value, bool):
            continue
        shown = repr(value) if len(repr(value)) <= 60 else repr(value)[:57] + "..."
        raise DataError(f"{source + ', ' if source else ''}row {offset + i + 1}: column "
                        f"{text_column!r} holds {type(value).__name__} {shown}, not {unit}, or "
                        "name the text column with --text-column")


@dataclass(frozen=True)
class TextCells:
    """What a text column must hold, for :func:`check_text_cells`.

    Parameters
    ----------
    column : str
        The text column's name.
    numbers : bool
        Numbers pass (scored as their text).
    unit : str
        What a cell should have held and how to store it (the end of the message).
    """

    column: str
    numbers: bool
    unit: str

    def check(self, texts: pd.Series, offset: int, source: str) -> None:
        check_text_cells(texts, offset, source, self.column, numbers=self.numbers, unit=self.unit)


@contextmanager
def uninterrupted(*, deliver: bool = True) -> Iterator[None]:
    """Hold Ctrl-C (SIGINT) and a SIGTERM the command line turns into an interrupt until the
    block ends, then deliver the first of them (``deliver=False``: drop them).

    For the few renames that put several finished files in place: stopped between two of them,
    a model would sit beside the sidecar of another. Dropped, for the clean-up after an output
    is in place, which an interrupt would only report as a run that wrote nothing. Outside the
    main thread (where no signal handler can be set) the block runs as it is; so it does for a
    signal with no Python handler (a default SIGTERM ends the process wherever it is).
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    held = {signum: handler for signum in (signal.SIGINT, signal.SIGTERM)
            if callable(handler := signal.getsignal(signum))}
    caught: list[int] = []
    for signum in held:
        signal.signal(signum, lambda signum, frame: caught.append(signum))
    try:
        yield
    finally:
        for signum, handler in held.items():
            signal.signal(signum, handler)
    if caught and deliver:
        signal.raise_signal(caught[0])  # its own handler raises: KeyboardInterrupt, or Terminated
