"""Read and validate labelled data.

Two levels of strictness: the project's corpus (``labeled/``) must have every column of
:data:`CORPUS_COLUMNS` and exactly the labels of :data:`CORPUS_LABELS`; a user's own file
needs only its text and label columns, and its labels are whatever it holds unless an
allowed set is given. Errors name the file and the line, so a labeller can go straight there.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence
from urllib.parse import urlsplit

import pandas as pd

from .exceptions import DataError

CORPUS_COLUMNS = ("id", "text", "actor", "stance", "source", "note")
CORPUS_LABELS = ("support", "oppose", "neutral")
DATA_SUFFIXES = (".csv", ".tsv")

# Columns added to every loaded frame, so each row can be traced back to its file and line.
FILE_COLUMN = "_file"
LINE_COLUMN = "_line"
# Columns read_corpus derives: which part of the corpus a row is from, and its CV group.
KIND_COLUMN = "_kind"
GROUP_COLUMN = "_group"
# The parts of the corpus paraphrased from real news pages.
REAL_KINDS = ("articles", "news")
# The rows we wrote ourselves, to illustrate the labels and to break the shortcuts.
WRITTEN_KINDS = ("written", "contrast")

csv.field_size_limit(2**31 - 1)  # a huge cell is data, not a reason to fail


@dataclass(frozen=True)
class LabelledData:
    """Validated labelled rows.

    Attributes
    ----------
    frame : pandas.DataFrame
        Every input column plus ``_file`` and ``_line`` (1-based line where the row starts).
    text_column, label_column : str
        Names of the text and label columns in ``frame``.
    group_column : str or None
        Name of the grouping column for cross-validation, or None when the data has none.
    files : list of pathlib.Path
        The files read, in reading order.
    duplicates_dropped : int
        Rows dropped because the same text with the same label came earlier.
    """

    frame: pd.DataFrame
    text_column: str
    label_column: str
    group_column: str | None
    files: list[Path]
    duplicates_dropped: int = 0

    @property
    def texts(self) -> list[str]:
        return self.frame[self.text_column].tolist()

    @property
    def labels(self) -> list[str]:
        return self.frame[self.label_column].tolist()

    @property
    def groups(self) -> list[str] | None:
        if self.group_column is None:
            return None
        return self.frame[self.group_column].tolist()


def find_data_files(paths: Iterable[str | Path]) -> list[Path]:
    """Expand files and folders into a sorted list of ``.csv`` / ``.tsv`` files.

    Folders are searched recursively and their files ordered by path relative to the
    folder, the same order that :func:`data_sha256` hashes them in.
    """
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                (p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in DATA_SUFFIXES),
                key=lambda p: p.relative_to(path).as_posix(),
            )
            if not found:
                raise DataError(
                    f"{path}: no .csv or .tsv files in this folder; "
                    "give a folder of labelled CSV/TSV files or the files themselves"
                )
            files.extend(found)
        elif path.is_file():
            if path.suffix.lower() not in DATA_SUFFIXES:
                raise DataError(
                    f"{path}: expected a .csv or .tsv file, got '{path.suffix or 'no extension'}'; "
                    "save the labelled data as CSV or TSV"
                )
            files.append(path)
        else:
            raise DataError(f"{path}: no such file or folder; check the path given with --data")
    return files


def files_sha256(files) -> str:
    """sha256 of the bytes of ``files``, concatenated in the order given."""
    digest = hashlib.sha256()
    for path in files:
        digest.update(Path(path).read_bytes())
    return digest.hexdigest()


def data_sha256(root: str | Path) -> str:
    """sha256 of the bytes of every ``.csv`` under ``root``, concatenated in relative-path order."""
    root = Path(root)
    if root.is_file():
        return files_sha256([root])
    return files_sha256(sorted(root.rglob("*.csv"), key=lambda p: p.relative_to(root).as_posix()))


def read_table(path: Path) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """Read a CSV/TSV file as text: the header and ``(start line, cells)`` for each row.

    The ``csv`` module is used rather than pandas because it reports where each record
    starts, which a quoted cell spanning several lines would otherwise hide.
    """
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DataError(f"{path}: cannot read the file ({exc.strerror}); check the path and permissions")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DataError(
            f"{path}, line {line}: bytes that are not UTF-8 (byte {exc.start}); "
            "save the file as UTF-8"
        ) from None
    # A StringIO with newline="" splits records only at \n, \r\n and \r, as CSV does;
    # str.splitlines would also break at U+2028, \x0c and others that a cell may hold.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[tuple[int, list[str]]] = []
    header: list[str] | None = None
    start = 1
    try:
        for cells in reader:
            if header is None:
                header = [c.strip() for c in cells]
            elif any(c.strip() for c in cells):  # blank lines carry no row
                rows.append((start, cells))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise DataError(
            f"{path}, line {start}: malformed {'TSV' if delimiter == chr(9) else 'CSV'} ({exc}); "
            "check the quoting on that line"
        ) from None
    if header is None or not any(header):
        raise DataError(f"{path}: the file is empty; expected a header line with column names")
    return header, rows


def read_labelled(
    paths: Iterable[str | Path],
    *,
    text_column: str = "text",
    label_column: str = "stance",
    group_column: str | None = "source",
    required_columns: Sequence[str] = (),
    labels: Sequence[str] | None = None,
) -> LabelledData:
    """Read and validate labelled CSV/TSV files.

    Parameters
    ----------
    paths : iterable of str or Path
        Files or folders (searched recursively for ``.csv`` and ``.tsv``).
    text_column, label_column : str
        Columns holding the text and its label; both are always required.
    group_column : str or None
        Column that groups rows for cross-validation; used when every file has it.
    required_columns : sequence of str
        Further columns every file must have.
    labels : sequence of str, optional
        The allowed labels; by default any non-empty label is accepted.

    Returns
    -------
    LabelledData

    Raises
    ------
    DataError
        Naming the file and line of an empty text, an empty or unknown label, a missing
        column, or the same text with two different labels (naming both lines).
    """
    files = find_data_files(paths)
    required = list(dict.fromkeys([*required_columns, text_column, label_column]))
    frames = []
    has_groups = group_column is not None
    for path in files:
        header, rows = read_table(path)
        missing = [c for c in required if c not in header]
        if missing:
            raise DataError(
                f"{path}: missing column(s) {', '.join(map(repr, missing))}; "
                f"found {', '.join(map(repr, header))}; add the column(s) to the header line"
                + (" or name the right ones with --text-column / --label-column" if not required_columns else "")
            )
        width = len(header)
        records = []
        for line, cells in rows:
            if len(cells) != width:
                raise DataError(
                    f"{path}, line {line}: expected {width} fields as in the header, found "
                    f"{len(cells)}; quote cells that contain the delimiter"
                )
            records.append([*cells, str(path), line])
        frame = pd.DataFrame(records, columns=[*header, FILE_COLUMN, LINE_COLUMN], dtype=object)
        frame[LINE_COLUMN] = frame[LINE_COLUMN].astype(int)
        has_groups = has_groups and group_column in header
        frames.append(frame)
    frame = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    if frame.empty:
        raise DataError(
            f"{', '.join(map(str, files))}: no data rows, only a header; add labelled rows"
        )
    frame[text_column] = frame[text_column].astype(object).map(_clean)
    frame[label_column] = frame[label_column].astype(object).map(_clean)
    allowed = list(labels) if labels is not None else None
    _validate_rows(frame, text_column, label_column, allowed)
    frame, dropped = _check_duplicates(frame, text_column, label_column)
    if has_groups:
        frame[group_column] = frame[group_column].astype(object).map(_clean)
        blank = frame[frame[group_column] == ""]
        if not blank.empty:
            first = blank.iloc[0]
            raise DataError(
                f"{first[FILE_COLUMN]}, line {first[LINE_COLUMN]}: empty {group_column!r}; "
                f"every row needs a {group_column!r} so cross-validation can keep groups apart"
            )
    return LabelledData(
        frame=frame.reset_index(drop=True),
        text_column=text_column,
        label_column=label_column,
        group_column=group_column if has_groups else None,
        files=files,
        duplicates_dropped=dropped,
    )


def read_corpus(root: str | Path = "labeled") -> LabelledData:
    """Read the project's corpus: every column of the codebook, labels exactly support/oppose/neutral.

    Two columns are derived for evaluation: ``_kind``, the part of the corpus a row comes from
    (the first folder under ``root``: ``articles``, ``news``, ``written``, ``contrast``, or
    ``seed`` for files at the top), and ``_group``, what cross-validation keeps on one side of
    a split: the outlet for rows from real pages (their ``outlet`` column, else the address's
    host), so that no page and no outlet is on both sides, and the ``source`` otherwise
    (a seed article, a writing batch).
    """
    data = read_labelled(
        [root],
        text_column="text",
        label_column="stance",
        group_column="source",
        required_columns=CORPUS_COLUMNS,
        labels=CORPUS_LABELS,
    )
    frame = data.frame
    root = Path(root)
    frame[KIND_COLUMN] = [_kind(Path(f), root) for f in frame[FILE_COLUMN]]
    outlets = frame["outlet"] if "outlet" in frame.columns else pd.Series("", index=frame.index)
    frame[GROUP_COLUMN] = [_group(src, out) for src, out in zip(frame["source"], outlets)]
    return LabelledData(frame=frame, text_column=data.text_column, label_column=data.label_column,
                        group_column=GROUP_COLUMN, files=data.files,
                        duplicates_dropped=data.duplicates_dropped)


def _kind(path: Path, root: Path) -> str:
    try:
        parts = path.resolve().relative_to(root.resolve()).parts
    except ValueError:
        parts = path.parts
    return parts[0] if len(parts) > 1 else "seed"


def is_url(source: str) -> bool:
    """Whether a ``source`` cell is a page address rather than a file or batch name."""
    return bool(re.match(r"^(https?://)?[\w-]+(\.[\w-]+)+/", source.strip()))


def outlet_of(source: str) -> str:
    """The host of a page address, without ``www.``: ``https://www.bbc.com/news/x`` -> ``bbc.com``."""
    host = urlsplit(source if "://" in source else "http://" + source).netloc.lower()
    return host.removeprefix("www.")


def _group(source: str, outlet) -> str:
    if not is_url(source):
        return source
    outlet = _clean(outlet) if isinstance(outlet, str) else ""
    return "outlet:" + (outlet.lower() if outlet else outlet_of(source))


def _clean(value) -> str:
    return "" if value is None else str(value).strip()


# A cell of digits and the signs that go with numbers (1,234.5  -3  12/05/2025  50%): no sentence.
# One such row is a dateline; every row such is a column of ids or counts.
_NUMBER = re.compile(r"[\d\s.,:;+\-/%()]*\d[\d\s.,:;+\-/%()]*")


def _validate_rows(frame: pd.DataFrame, text_column: str, label_column: str, allowed) -> None:
    if len(frame) and frame[text_column].map(lambda t: bool(_NUMBER.fullmatch(t))).all():
        first = frame.iloc[0]  # ids, counts or dates: the wrong column (a dateline alone is fine)
        raise DataError(f"{first[FILE_COLUMN]}, line {first[LINE_COLUMN]}: every text in column "
                        f"{text_column!r} is a number (this one {first[text_column]!r}), not a sentence; "
                        "name the sentence column with --text-column")
    first_of: dict[str, tuple[str, str, int]] = {}  # a label's case-folded form -> its first use
    for file, line, text, label in zip(
        frame[FILE_COLUMN], frame[LINE_COLUMN], frame[text_column], frame[label_column]
    ):
        if not text:
            raise DataError(f"{file}, line {line}: empty text in column {text_column!r}; write the sentence or delete the row")
        if not label:
            raise DataError(f"{file}, line {line}: empty label in column {label_column!r}; label the row or delete it")
        if allowed is not None and label not in allowed:
            raise DataError(
                f"{file}, line {line}: label {label!r} is not one of {', '.join(allowed)}; correct the label"
            )
        seen = first_of.setdefault(label.casefold(), (label, file, line))
        if seen[0] != label:  # "FAVOR" beside "favor" would train as two labels
            raise DataError(f"{file}, line {line}: label {label!r} differs only in case from {seen[0]!r} "
                            f"({seen[1]}, line {seen[2]}), which would train as another label; write "
                            "each label one way")


def _check_duplicates(frame: pd.DataFrame, text_column: str, label_column: str):
    """Reject a text labelled two ways; drop exact repeats (same text, same label)."""
    first_seen: dict[str, tuple[str, int, str]] = {}
    keep = []
    for file, line, text, label in zip(
        frame[FILE_COLUMN], frame[LINE_COLUMN], frame[text_column], frame[label_column]
    ):
        seen = first_seen.get(text)
        if seen is None:
            first_seen[text] = (file, line, label)
            keep.append(True)
        elif seen[2] != label:
            raise DataError(
                f"the same text has two labels: {seen[0]}, line {seen[1]} says {seen[2]!r} and "
                f"{file}, line {line} says {label!r}; keep one label for it"
            )
        else:
            keep.append(False)
    return frame[keep], keep.count(False)
