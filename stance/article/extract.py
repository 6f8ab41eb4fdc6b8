"""From raw articles to scored statements: split, attribute, label.

One article gives one row per sentence with the columns ``sentence_no``, ``text``,
``actor``, ``stance``, ``confidence`` and ``p_<label>``; ``stance extract`` adds ``article``
in front, naming the article each sentence comes from, followed by the article's other
columns when it comes from a table (date, outlet, url, ...: ``keep_columns``).

:func:`extract_file` runs over whole archives through the engine layer
(:mod:`stance.engine`): chunks of articles, in order, in this process, in worker processes or
on Dask, written atomically, exactly as ``stance score`` runs.
"""

from __future__ import annotations

import codecs
import gc
import os
import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

import numpy as np
import pandas as pd

from ..engine import Task, check_engine_options, resolve_jobs
from ..exceptions import ArgumentError, DataError
from ..io import (FORMATS, STDIO, TextCells, check_distinct, detect_format, expand_inputs, input_patterns,
                  no_column, output_path, read_chunks, read_columns, same_file)
from .attribution import Attributor
from .sentences import split_sentences
from .summary import NEUTRAL

ARTICLE_COLUMN = "article"
SENTENCE_COLUMNS = ["sentence_no", "text", "actor"]
# Articles per chunk: some 4 s of work on one core (about 50 news articles a second, ten
# sentences each), so per-chunk costs vanish, yet small enough that memory stays low and two
# workers stay evenly loaded to the last chunk.
ARTICLE_CHUNK = 200
# Bytes of an article table per Dask partition: some 700 news articles, seconds of work, whose
# sentence rows stay small in a worker's memory (the engine's 16 MB blocks suit sentences, not
# articles that each give ten rows).
DASK_BLOCKSIZE = "1MB"
# Files read as one plain-text article each; tables (FORMATS) hold one article per row.
TEXT_SUFFIXES = (".txt", ".text")
# What a sentence with no actor (the journalist's narration) is labelled: the codebook's label
# ("narration has no holder of a position, so it is neutral") unless the model reads a side in it
# with some confidence ("confident", the default), the codebook's label always ("neutral"), or
# the model's own reading ("model").
NARRATION_CHOICES = ("confident", NEUTRAL, "model")
# A sentence with no actor that the model reads as taking a side with at least this confidence
# keeps the model's label under "confident": most such sentences hold a position whose holder
# the extractor missed ("Several European countries have been preparing to deploy troops").
# Chosen on the dev articles with out-of-fold predictions (threshold none / 0.9 / 0.8 / 0.7:
# stance macro-F1 0.718 / 0.731 / 0.739 / 0.746, actor and stance right 66.9% / 66.7% / 66.5% /
# 66.5%): 0.8 gains most of the first and loses little of the second (benchmarks/RESULTS.md).
NARRATION_CONFIDENCE = 0.8
# How much of a sentence's stance comes from the same actor's other sentences in the article:
# its probabilities become (1 - w) x its own + w x the mean over all that actor's sentences.
# A speaker's position rarely changes within one article, and a quotation's later sentences
# ("Nor will we pay for it.") carry little of it in their own words. Chosen on the dev articles
# of labeled/articles/ (w = 0 / 0.2 / 0.35 / 0.4 / 0.5: actor and stance right for 602 / 610 /
# 623 / 624 / 623 of 871 sentences), then measured once on the test articles (439 -> 444 of
# 698; benchmarks/RESULTS.md).
ACTOR_CONTEXT = 0.4


def extract_statements(text: str, predictor=None, actors=None, narration: str = "confident",
                       actor_context: float = ACTOR_CONTEXT) -> pd.DataFrame:
    """Split an article into sentences, attribute each to its actor and label its stance.

    Parameters
    ----------
    text : str
        One article (headline, byline and paragraphs on their own lines).
    predictor : StancePredictor or path, optional
        Default: the shipped model (:func:`stance.load_predictor`).
    actors : ActorRegistry, path, list of paths, or None
        The actor registry; paths to CSV files extend the shipped one
        (see :func:`stance.article.actors.load_registry`).
    narration : {"confident", "neutral", "model"}
        The stance of sentences with no actor; see :class:`Extractor`.
    actor_context : float
        The weight of the same actor's other sentences; see :class:`Extractor`.

    Returns
    -------
    pandas.DataFrame
        One row per sentence: ``sentence_no`` (from 1), ``text``, ``actor`` ("" for the
        journalist's narration), ``stance``, ``confidence`` and one ``p_<label>`` per label.

    Notes
    -----
    Each call loads the model and the registry; for many articles, make one
    :class:`Extractor` and call its :meth:`~Extractor.article`.
    """
    if not isinstance(text, str):
        raise ArgumentError("extract_statements expects the article as a str, "
                        f"got {type(text).__name__}")
    extractor = Extractor(predictor, actors, narration=narration, actor_context=actor_context)
    return extractor.article(text)


class Extractor:
    """Reusable extraction: the model and the registry are loaded once.

    Parameters
    ----------
    predictor : StancePredictor or path, optional
        Default: the shipped model.
    actors : ActorRegistry, path, list of paths, or None
        The actor registry (default: the shipped one).
    narration : {"confident", "neutral", "model"}
        The stance of a sentence with no actor. "neutral" follows the codebook: the
        journalist's narration has no holder of a position, so it is neutral (when the model
        has a ``neutral`` label); its ``confidence`` is then the model's probability of neutral,
        and the ``p_<label>`` columns stay the model's. "confident" (default) does the same
        unless the model reads support or oppose with a confidence of at least
        ``NARRATION_CONFIDENCE`` (0.8): such a sentence most often holds a position whose holder
        the extractor missed, and keeps the model's label. "model" keeps the model's label.
    actor_context : float
        From 0 to 1, how much a sentence's stance leans on the same actor's other sentences in
        the article: its ``p_<label>`` are ``(1 - actor_context)`` x the model's reading of the
        sentence alone + ``actor_context`` x the mean reading of all the actor's sentences, and
        ``stance`` and ``confidence`` follow them. 0 reads every sentence alone. Default 0.4.
    """

    def __init__(self, predictor=None, actors=None, narration: str = "confident",
                 actor_context: float = ACTOR_CONTEXT):
        if narration not in NARRATION_CHOICES:
            raise ArgumentError(f"narration must be one of {', '.join(NARRATION_CHOICES)}, "
                            f"got {narration!r}")
        if isinstance(actor_context, bool) or not isinstance(actor_context, (int, float)) \
                or not 0 <= actor_context <= 1:
            raise ArgumentError(f"actor context must be a weight from 0 to 1, got {actor_context!r}; "
                            f"give e.g. {ACTOR_CONTEXT}, or 0 to read each sentence alone")
        self.actor_context = float(actor_context)
        from ..predictor import StancePredictor, load_predictor

        if predictor is None or isinstance(predictor, (str, os.PathLike)):
            predictor = load_predictor(predictor)
        elif not isinstance(predictor, StancePredictor):
            raise ArgumentError(f"predictor must be a StancePredictor (load_predictor(path)) or a model "
                                f"path, got {type(predictor).__name__}")
        self.predictor = predictor
        self.attributor = actors if isinstance(actors, Attributor) else Attributor(actors)
        # Only a model with a neutral label can give narration the codebook's label.
        self.narration = narration if NEUTRAL in predictor.labels else "model"

    @property
    def columns(self) -> list[str]:
        """The columns of :meth:`article`'s frame."""
        return SENTENCE_COLUMNS + ["stance", "confidence", *self.predictor.proba_columns]

    def article(self, text: str | None) -> pd.DataFrame:
        """The scored sentences of one article (no rows for a blank or missing text)."""
        sentences, actors = self._read(text)
        return self._score(range(1, len(sentences) + 1), sentences, actors,
                           np.zeros(len(sentences), dtype=np.int64))

    def _read(self, text: str | None, which: str = "the article") -> tuple[list[str], list[str]]:
        if isinstance(text, str):
            sentences = split_sentences(text)
        elif text is None or text is pd.NA or (isinstance(text, float) and np.isnan(text)):
            sentences = []  # a missing text: no sentence
        else:  # else taken for a missing text without a word
            raise ArgumentError(f"{which} is {type(text).__name__}, expected a str (or None for a "
                                "missing text)")
        return sentences, self.attributor.attribute(sentences)

    def _score(self, numbers, sentences: list[str], actors: list[str],
               articles: np.ndarray) -> pd.DataFrame:
        """The scored frame, built in one step from plain arrays: copying a frame and adding
        its columns one by one cost more than scoring a short article.

        ``articles`` numbers the article of each sentence, so that an actor's sentences are
        pooled within their own article only.
        """
        stance, confidence, proba = self.predictor.score_arrays(sentences)
        if self.actor_context and len(sentences):
            pooled = self._pool_by_actor(proba, actors, articles)
            if pooled.any():
                best = proba[pooled].argmax(axis=1)
                stance[pooled] = np.asarray(self.predictor.labels, dtype=object)[best]
                confidence[pooled] = proba[pooled].max(axis=1)
        if self.narration != "model":
            narration = np.fromiter((not a for a in actors), dtype=bool, count=len(actors))
            if self.narration == "confident":
                # (a model with a neutral label only: see __init__)
                narration &= (stance == NEUTRAL) | (confidence < NARRATION_CONFIDENCE)
            if narration.any():
                stance[narration] = NEUTRAL
                confidence[narration] = proba[narration, self.predictor.labels.index(NEUTRAL)]
        # Fixed dtypes, even with no rows, so every chunk of an output file has one schema.
        columns = {
            "sentence_no": pd.Series(numbers, dtype="int64"),
            "text": pd.Series(sentences, dtype="str"),
            "actor": pd.Series(actors, dtype="str"),
            "stance": pd.Series(stance, dtype="str"),
            "confidence": pd.Series(confidence, dtype="float64"),
        }
        for j, column in enumerate(self.predictor.proba_columns):
            columns[column] = pd.Series(proba[:, j], dtype="float64")
        return pd.DataFrame(columns)

    def _pool_by_actor(self, proba: np.ndarray, actors: list[str], articles: np.ndarray) -> np.ndarray:
        """Mix, in place, each attributed sentence's probabilities with its actor's mean in its
        article; return which rows changed."""
        codes, names = pd.factorize(pd.Series(actors, dtype="str"))
        no_actor = names.get_loc("") if "" in names else -1
        _, group, size = np.unique(articles * len(names) + codes, return_inverse=True,
                                   return_counts=True)
        # Narration (no actor) and an actor's only sentence keep their own reading.
        pooled = (codes != no_actor) & (size[group] > 1) & ~np.isnan(proba).any(axis=1)
        if pooled.any():
            sums = np.zeros((len(size), proba.shape[1]))
            np.add.at(sums, group[pooled], proba[pooled])
            mean = sums[group[pooled]] / size[group[pooled], None]
            proba[pooled] = (1 - self.actor_context) * proba[pooled] + self.actor_context * mean
        return pooled

    def many(self, texts: list[str | None]) -> tuple[pd.DataFrame, np.ndarray]:
        """The scored sentences of several articles, scored in one call (faster than one by one).

        Returns the rows and, for each article, its number of rows.
        """
        # Plain lists, one frame at the end: a frame per article cost more than attributing it.
        numbers: list[int] = []
        sentences: list[str] = []
        actors: list[str] = []
        lengths = np.zeros(len(texts), dtype=np.int64)
        for i, text in enumerate(texts):
            said, who = self._read(text, f"texts[{i}]")
            numbers.extend(range(1, len(said) + 1))
            sentences.extend(said)
            actors.extend(who)
            lengths[i] = len(said)
        articles = np.repeat(np.arange(len(texts), dtype=np.int64), lengths)
        return self._score(numbers, sentences, actors, articles), lengths


def expand_articles(patterns: list[str]) -> list[str]:
    """Expand globs over plain-text articles and tables; unknown types are an error."""
    paths: list[str] = []
    for pattern in patterns:
        suffix = Path(pattern).suffix.lower()
        if suffix not in FORMATS and Path(pattern).is_dir():
            folder = pattern.rstrip("/\\") or pattern
            raise DataError(f"{pattern}: is a folder; give files or a glob such as '{folder}/*.txt' (in quotes, "
                            "so that stance expands it, however many files the folder holds)")
        if pattern != STDIO and suffix not in TEXT_SUFFIXES and suffix not in FORMATS:
            raise DataError(
                f"{pattern}: unknown file type '{suffix or 'no extension'}'; expected plain-text "
                f"articles ({', '.join(TEXT_SUFFIXES)}) or a table ({', '.join(FORMATS)})"
            )
        if suffix in TEXT_SUFFIXES:
            paths.extend(_expand_text(pattern))
        else:
            paths.extend(expand_inputs([pattern]))
    check_distinct(paths)
    return paths


def _expand_text(pattern: str) -> list[str]:
    import glob

    if glob.has_magic(pattern):
        matched = sorted(p for p in glob.glob(pattern, recursive=True) if os.path.isfile(p))
        if not matched:
            raise DataError(f"{pattern}: no file matches this pattern; check the path")
        return matched
    if not Path(pattern).is_file():
        raise DataError(f"{pattern}: no such file; check the path")
    return [pattern]


# The first bytes of files that are often renamed .txt but hold no plain text
_BINARY_SIGNATURES = (
    (b"%PDF-", "a PDF"),
    (b"PK\x03\x04", "a zip archive, such as a Word .docx or an .odt"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word .doc or Excel .xls"),
    (b"{\\rtf", "an RTF document"),
)


def _binary_kind(data: bytes, encoding: str) -> str | None:
    """What binary file ``data`` is, or None when it may be text in ``encoding``."""
    for signature, kind in _BINARY_SIGNATURES:
        if data.startswith(signature):
            return kind
    wide = encoding.lower().replace("_", "-").startswith(("utf-16", "utf16", "utf-32", "utf32"))
    if not wide and b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        return f"NUL bytes from line {line}"
    return None


def read_text_article(path: str, encoding: str = "utf-8") -> str:
    """The text of a plain-text article, with an error naming the file on bad bytes or a binary file."""
    data = Path(path).read_bytes()
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise DataError(f"unknown encoding {encoding!r}; "
                        "use a name such as utf-8, latin-1 or cp1252") from None
    kind = _binary_kind(data, encoding)
    if kind is not None:
        raise DataError(f"{path}: a binary file ({kind}), not plain text; save the article as plain "
                        "text first (e.g. pdftotext for a PDF, 'Save as plain text' in a word processor)")
    try:
        # (a byte order mark, Notepad's "UTF-8 with BOM", is stripped with the sentences; line
        # ends are kept as they are, as open(..., newline="") would)
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise DataError(f"{path}, line {line}: bytes that are not valid {encoding} ({exc.reason}); "
                        "pass the file's encoding with --encoding "
                        "(e.g. --encoding latin-1 or cp1252)") from None


# --- whole archives: through the engine layer -----------------------------------------------

# The article text inside the engine's chunks, under a name no kept column can take.
_TEXT = "\x00article_text"


@dataclass
class ExtractSummary:
    """What an extraction run did.

    Attributes
    ----------
    output : str
    articles : int
        Articles read (blank ones included).
    sentences : int
        Statement rows written.
    attributed : int
        Rows with an actor.
    labels : dict
        Rows per label.
    seconds : float
    engine : str
    jobs : int
    """

    output: str
    articles: int = 0
    sentences: int = 0
    attributed: int = 0
    labels: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    engine: str = "local"
    jobs: int = 1

    def line(self) -> str:
        """The one-line summary the CLI prints."""
        where = "stdout" if self.output == STDIO else self.output
        counts = ", ".join(f"{label} {n:,}" for label, n in self.labels.items())
        rate = self.articles / self.seconds if self.seconds > 0 else 0.0
        return (f"{self.sentences:,} sentences from {self.articles:,} article{'s' * (self.articles != 1)} "
                f"({self.attributed:,} with an actor) -> {where}: {counts}; {self.seconds:.1f} s "
                f"({rate:,.0f} articles/s, {self.engine} engine, jobs {self.jobs})")


class ExtractTask(Task):
    """Extraction as an engine task: a chunk of articles in, their scored sentences out.

    The input chunk has the columns ``article``, the kept metadata and the text; each
    statement row carries its article's ``article`` and metadata in front.
    """

    unit = "articles"

    def __init__(self, extractor: Extractor):
        self.extractor = extractor
        self.count_keys = ("sentences", "attributed", *extractor.predictor.labels)

    def transform(self, chunk: pd.DataFrame) -> pd.DataFrame:
        texts = [t if isinstance(t, str) else None for t in chunk[_TEXT].tolist()]
        rows, lengths = self.extractor.many(texts)
        meta = chunk.drop(columns=[_TEXT])
        meta = meta.iloc[np.repeat(np.arange(len(meta)), lengths)].reset_index(drop=True)
        return pd.concat([meta, rows], axis=1)

    def count(self, out: pd.DataFrame) -> dict[str, int]:
        labels = out["stance"].value_counts(sort=False)
        counts = {"sentences": len(out), "attributed": int((out["actor"] != "").sum())}
        counts.update({label: int(labels.get(label, 0)) for label in self.count_keys[2:]})
        return counts


def extract_file(
    inputs: str | os.PathLike | Iterable[str | os.PathLike],
    output: str | os.PathLike,
    *,
    text_column: str = "text",
    id_column: str | None = None,
    keep_columns: list[str] | None = None,
    model=None,
    actors=None,
    chunk_size: int = ARTICLE_CHUNK,
    jobs: int | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    encoding: str = "utf-8",
    progress: bool = False,
    narration: str = "confident",
    actor_context: float = ACTOR_CONTEXT,
) -> ExtractSummary:
    """Extract the scored, attributed sentences of many articles into one output file.

    Parameters
    ----------
    inputs : str, path or list of them
        Plain-text files (one article each) or tables with one article per row (``.csv``,
        ``.tsv``, ``.jsonl``, ``.parquet``); globs are expanded.
    output : str or path
        Output file, format by extension (``-``: CSV on stdout); with the Dask engine a
        ``.parquet`` output is a folder (a Parquet dataset).
    text_column, id_column : str
        The article text and (optional) article name columns of tables; without an id
        column, articles are numbered by row.
    keep_columns : list of str, optional
        Table columns carried onto every statement row; default: every column but the text
        and id columns. ``[]`` keeps none.
    model : path or StancePredictor, optional
    actors : path, list of paths or ActorRegistry, optional
        Registries extending the shipped one.
    chunk_size : int
        Articles per chunk.
    jobs : int, optional
        Worker processes (0: one per core); default 1 locally, 2 Dask workers.
    engine : {"local", "dask"}
    scheduler : str, optional
        A running Dask scheduler (default: a local cluster).
    encoding : str
    progress : bool
        A progress bar with articles/s on stderr when it is a terminal.
    narration : {"confident", "neutral", "model"}
        The stance of sentences with no actor (see :class:`Extractor`).
    actor_context : float
        The weight of the same actor's other sentences in the article (see :class:`Extractor`).

    Returns
    -------
    ExtractSummary
    """
    start = time.perf_counter()
    jobs = resolve_jobs(jobs, engine)
    check_engine_options(engine, scheduler)
    if not isinstance(chunk_size, int) or chunk_size < 1:
        raise ArgumentError(f"chunk size must be a positive number of articles, got {chunk_size!r}")
    patterns = input_patterns(inputs, "extract_file", "Extractor().article(text) on each row")
    if not patterns:
        raise DataError("no input given; name article files, tables or globs")
    output = output_path(output, "extract_file")
    paths = expand_articles(patterns)
    detect_format(output)  # an unknown output type fails before any work
    for path in paths:
        if same_file(path, output):
            raise DataError(f"{output}: is also an input; write the output to another file")
    keep = resolve_keep_columns(paths, text_column=text_column, id_column=id_column,
                                keep_columns=keep_columns, encoding=encoding)
    from ..predictor import StancePredictor, load_predictor

    predictor = model if isinstance(model, StancePredictor) else load_predictor(model)
    task = ExtractTask(Extractor(predictor, actors, narration=narration, actor_context=actor_context))
    _check_collisions(keep, task.extractor.columns)
    summary = ExtractSummary(output, engine=engine, jobs=jobs)
    if engine == "dask":
        counts, summary.jobs = _extract_dask(paths, output, task, text_column=text_column,
                                             id_column=id_column, keep=keep, workers=jobs,
                                             scheduler=scheduler, encoding=encoding)
    else:
        from ..engine.local import run_local

        items = article_chunks(paths, text_column=text_column, id_column=id_column, keep=keep,
                               encoding=encoding, chunk_size=chunk_size,
                               keep_stdin=keep_columns is None, taken=task.extractor.columns)
        empty = pd.DataFrame({ARTICLE_COLUMN: pd.Series(dtype="str"),
                              **{c: pd.Series(dtype="str") for c in keep}, _TEXT: pd.Series(dtype="str")})
        with _heap_frozen():
            counts = run_local(items, task, output, jobs=jobs, progress=progress,
                               encoding=encoding, empty=empty)
    summary.articles = counts["input_rows"]
    summary.sentences, summary.attributed = counts["sentences"], counts["attributed"]
    summary.labels = {label: counts[label] for label in predictor.labels}
    summary.seconds = time.perf_counter() - start
    return summary


@contextmanager
def _heap_frozen():
    """Leave the objects alive before the run (the imports, the model, the registry) out of the
    cyclic garbage collector's scans while it runs, and give them back after.

    The run's sentences allocate enough for the collector to scan the whole heap now and then,
    and one full scan of scikit-learn's and pandas' objects costs 0.05-0.2 s; what the run
    leaves as garbage is still collected. Nothing is frozen when the caller froze objects
    already (unfreezing would give theirs back too).
    """
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _is_table(path: str) -> bool:
    return path == STDIO or Path(path).suffix.lower() not in TEXT_SUFFIXES


def resolve_keep_columns(paths: list[str], *, text_column: str, id_column: str | None,
                         keep_columns: list[str] | None, encoding: str = "utf-8") -> list[str]:
    """The table columns to carry onto statement rows; checks the text and id columns too."""
    if keep_columns is not None and (not isinstance(keep_columns, (list, tuple))
                                     or not all(isinstance(c, str) for c in keep_columns)):
        example = [keep_columns] if isinstance(keep_columns, str) else ["date", "outlet"]
        raise ArgumentError(f"keep_columns must be a list of column names, e.g. {example!r}, got "
                            f"{type(keep_columns).__name__}")
    if id_column is not None and id_column == text_column:
        raise DataError(f"--id-column {id_column!r} is the article text column; name a column that "
                        "names each article (e.g. id or url), or leave --id-column out to number the rows")
    if not any(_is_table(p) or p == STDIO for p in paths):
        given = ["--text-column"] * (text_column != "text") + ["--id-column"] * (id_column is not None)
        if given:  # else silently ignored
            raise DataError(f"{' and '.join(given)} {'are' if len(given) > 1 else 'is'} for article tables "
                            "(.csv, .tsv, .jsonl, .parquet); plain-text articles are named by their file name")
    available: dict[str, None] = {}
    for path in paths:
        if not _is_table(path) or path == STDIO:
            continue
        columns = read_columns(path, encoding=encoding)
        _check_table_columns(path, columns, text_column, id_column)
        available.update(dict.fromkeys(c for c in columns if c != text_column))
    if keep_columns is None:  # the id is already the article column
        return [c for c in available if c != id_column]
    if text_column in keep_columns:
        raise DataError(f"--keep-columns: {text_column!r} is the article text, which becomes the "
                        "sentences; keep the other columns")
    tables = [p for p in paths if _is_table(p) and p != STDIO]
    unknown = [c for c in keep_columns if c not in available]
    if unknown and tables:
        raise DataError(f"--keep-columns: no column {', '.join(map(repr, unknown))} in the article "
                        f"tables; the other columns are {', '.join(map(repr, available)) or 'none'}")
    if keep_columns and not tables and STDIO not in paths:
        raise DataError("--keep-columns is for article tables (.csv, .tsv, .jsonl, .parquet); "
                        "plain-text articles have no other columns")
    if len(set(keep_columns)) != len(keep_columns):
        raise DataError(f"--keep-columns: a column is named twice ({', '.join(keep_columns)})")
    return list(keep_columns)


def _check_table_columns(path: str, columns: list[str], text_column: str, id_column: str | None) -> None:
    where = "stdin" if path == STDIO else path
    if text_column not in columns:
        raise no_column(text_column, columns, "name the article text column with --text-column",
                        where=where)
    if id_column is not None and id_column not in columns:
        raise no_column(id_column, columns, where=where, purpose="for --id-column")


def _check_collisions(keep: list[str], columns: list[str]) -> None:
    taken = [c for c in keep if c in (ARTICLE_COLUMN, *columns)]
    if taken:
        raise DataError(f"the article column(s) {', '.join(map(repr, taken))} would collide with the "
                        f"statement column(s) of the same name; leave them out with --keep-columns "
                        "(naming the columns to keep) or rename them in the input")


def article_chunks(paths: list[str], *, text_column: str = "text", id_column: str | None = None,
                   keep: list[str] | None = None, encoding: str = "utf-8",
                   chunk_size: int = ARTICLE_CHUNK, keep_stdin: bool = False,
                   taken: list[str] = ()) -> Iterator[pd.DataFrame]:
    """Chunks of articles, in order: ``article``, the kept columns, then the text.

    A plain-text file is one article named by its file name (its path when two inputs share
    a name); a table gives one article per row, named by ``id_column`` or, without one, by
    its row number (from 1), prefixed with the file name when several files are read. With
    ``keep_stdin``, the other columns of a table on stdin (known only as it is read) are
    added to ``keep``, checked against the ``taken`` output columns.
    """
    keep = [] if keep is None else keep
    names = [Path(path).name for path in paths]
    shared = {name for name, count in Counter(names).items() if count > 1}
    several = len(paths) > 1
    texts: list[dict] = []
    for path, name in zip(paths, names):
        if not _is_table(path):
            name = str(path) if name in shared else name
            texts.append({ARTICLE_COLUMN: name, **dict.fromkeys(keep), _TEXT: read_text_article(path, encoding)})
            if len(texts) >= chunk_size:
                yield pd.DataFrame(texts)
                texts = []
            continue
        if texts:
            yield pd.DataFrame(texts)
            texts = []
        offset = 0
        prefix = f"{Path(path).name}:" if several else ""
        for chunk in _stdin_hint(read_chunks(path, chunk_size=chunk_size, encoding=encoding), path):
            if offset == 0:
                with _stdin_hint((), path):
                    _check_table_columns(path, [str(c) for c in chunk.columns], text_column, id_column)
                if path == STDIO and keep_stdin:
                    keep.extend(c for c in chunk.columns if c not in (text_column, id_column, *keep))
                    _check_collisions(keep, list(taken))
            yield article_frame(chunk, offset, prefix, text_column=text_column, id_column=id_column,
                                keep=keep, source="stdin" if path == STDIO else path)
            offset += len(chunk)
    if texts:
        yield pd.DataFrame(texts)


class _stdin_hint:
    """Iterate ``chunks`` (or, as a context manager, run a block); a DataError about stdin says
    how stdin is read, since a plain-text article piped in fails as a malformed table."""

    HINT = ("(stdin is read as a CSV table of articles with a text column; save a plain-text "
            "article as a .txt file and name that)")

    def __init__(self, chunks, path: str):
        self.chunks, self.path = chunks, path

    def __iter__(self):
        with self:
            yield from self.chunks

    def __enter__(self):
        return self

    def __exit__(self, kind, exc, tb):
        if self.path == STDIO and isinstance(exc, DataError):
            raise DataError(f"{exc} {self.HINT}") from None
        return False


def article_cells(text_column: str) -> TextCells:
    """What the text column of an article table must hold: an article's text."""
    return TextCells(text_column, False, "an article's text; store the texts as strings")


def article_frame(chunk: pd.DataFrame, offset: int, prefix: str, *, text_column: str,
                  id_column: str | None, keep: list[str], source: str = "") -> pd.DataFrame:
    """A chunk of a table as the engine's article chunk (rows ``offset + 1`` on).

    A text cell that is neither a string nor missing (a JSON number or list, Parquet bytes)
    is refused, naming ``source`` (the file) and the row: read as no text, its article would
    give no sentences, silently.
    """
    article_cells(text_column).check(chunk[text_column], offset, source)
    numbers = pd.Series([f"{prefix}{offset + i + 1}" for i in range(len(chunk))], index=chunk.index,
                        dtype="str")
    if id_column is None:
        ids = numbers
    else:
        raw = chunk[id_column]
        ids = raw.astype("str").where(raw.notna(), numbers)
    frame = chunk.reindex(columns=keep)
    frame.insert(0, ARTICLE_COLUMN, ids.to_numpy())
    frame[_TEXT] = chunk[text_column].where(chunk[text_column].map(lambda t: isinstance(t, str)), None)
    return frame.reset_index(drop=True)


def _extract_dask(paths: list[str], output: str, task: ExtractTask, *, text_column: str,
                  id_column: str | None, keep: list[str], workers: int, scheduler: str | None,
                  encoding: str) -> tuple[Counter, int]:
    """Extract on a Dask cluster: the article tables' partitions, numbered as the local engine does."""
    from ..engine import on_dask

    dask, dd, _ = on_dask.import_dask()
    for path in paths:
        if not _is_table(path):
            raise DataError(f"{path}: the Dask engine reads article tables (.csv, .tsv, .jsonl, "
                            ".parquet), not plain-text files; use the local engine (--jobs N) for those")
    fmt = on_dask.check_formats(paths, output)
    prefixes = [f"{Path(p).name}:" if len(paths) > 1 else "" for p in paths]
    with on_dask.cluster_client(scheduler, workers) as client:
        pieces = []
        meta = None
        for path, prefix in zip(paths, prefixes):
            frame = on_dask.read_files([path], read_columns(path, encoding=encoding), encoding,
                                       blocksize=DASK_BLOCKSIZE, text=article_cells(text_column))
            parts = frame.to_delayed()
            # Row numbers name articles without an id: each partition needs the rows before it.
            with on_dask.read_errors():
                lengths = dask.compute(*[dask.delayed(len)(part) for part in parts]) if id_column is None \
                    else [0] * len(parts)
            offsets = np.concatenate([[0], np.cumsum(lengths)[:-1]]).astype(int) if parts else []
            build = dask.delayed(article_frame, pure=True)
            pieces += [build(part, int(offset), prefix, text_column=text_column, id_column=id_column,
                             keep=keep, source=path) for part, offset in zip(parts, offsets)]
            if meta is None:
                meta = article_frame(frame._meta, 0, prefix, text_column=text_column,
                                     id_column=id_column, keep=keep)
        articles = dd.from_delayed(pieces, meta=meta, verify_meta=False)
        counts = on_dask.run_dask(articles, task, output, fmt, client)
        return counts, on_dask.worker_count(client, workers)
