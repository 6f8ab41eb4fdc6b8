"""From raw articles to scored statements: split, attribute, label.

One article gives one row per sentence with the columns ``sentence_no``, ``text``,
``actor``, ``stance``, ``confidence`` and ``p_<label>``; ``stance extract`` adds ``article``
in front, naming the article each sentence comes from.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Iterator

import pandas as pd

from .attribution import Attributor
from ..exceptions import DataError
from ..io import FORMATS, STDIO, expand_inputs, read_chunks
from .sentences import split_sentences

ARTICLE_COLUMN = "article"
SENTENCE_COLUMNS = ["sentence_no", "text", "actor"]
# Files read as one plain-text article each; tables (FORMATS) hold one article per row.
TEXT_SUFFIXES = (".txt", ".text")


def extract_statements(text: str, predictor=None, actors=None) -> pd.DataFrame:
    """Split an article into sentences, attribute each to its actor and label its stance.

    Parameters
    ----------
    text : str
        One article (headline, byline and paragraphs on their own lines).
    predictor : StancePredictor, optional
        Default: the shipped model (:func:`stance.load_predictor`).
    actors : ActorRegistry, path, list of paths, or None
        The actor registry; paths to CSV files extend the shipped one
        (see :func:`stance.article.actors.load_registry`).

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
        raise TypeError("extract_statements expects the article as a str, "
                        f"got {type(text).__name__}")
    extractor = Extractor(predictor, actors)
    return extractor.article(text)


class Extractor:
    """Reusable extraction: the model and the registry are loaded once.

    Parameters
    ----------
    predictor : StancePredictor, optional
        Default: the shipped model.
    actors : ActorRegistry, path, list of paths, or None
        The actor registry (default: the shipped one).
    """

    def __init__(self, predictor=None, actors=None):
        if predictor is None:
            from ..predictor import load_predictor

            predictor = load_predictor()
        self.predictor = predictor
        self.attributor = actors if isinstance(actors, Attributor) else Attributor(actors)

    @property
    def columns(self) -> list[str]:
        """The columns of :meth:`article`'s frame."""
        return SENTENCE_COLUMNS + ["stance", "confidence", *self.predictor.proba_columns]

    def article(self, text: str | None) -> pd.DataFrame:
        """The scored sentences of one article (no rows for a blank or missing text)."""
        sentences = split_sentences(text) if isinstance(text, str) else []
        # Fixed dtypes, even with no rows, so every chunk of an output file has one schema.
        frame = pd.DataFrame({
            "sentence_no": pd.Series(range(1, len(sentences) + 1), dtype="int64"),
            "text": pd.Series(sentences, dtype="str"),
            "actor": pd.Series(self.attributor.attribute(sentences), dtype="str"),
        })
        scored = self.predictor.score_frame(frame, text_column="text")
        types = {"stance": "str", "confidence": "float64"}
        types.update({column: "float64" for column in self.predictor.proba_columns})
        return scored[self.columns].astype(types)

    def articles(self, items: Iterable[tuple[str, str | None]]) -> Iterator[pd.DataFrame]:
        """Frames with an ``article`` column first, one per (article id, text) pair."""
        for article_id, text in items:
            frame = self.article(text)
            frame.insert(0, ARTICLE_COLUMN, pd.Series([str(article_id)] * len(frame), dtype="str"))
            yield frame


def expand_articles(patterns: list[str]) -> list[str]:
    """Expand globs over plain-text articles and tables; unknown types are an error."""
    paths: list[str] = []
    for pattern in patterns:
        suffix = Path(pattern).suffix.lower()
        if pattern != STDIO and suffix not in TEXT_SUFFIXES and suffix not in FORMATS:
            raise DataError(
                f"{pattern}: unknown file type '{suffix or 'no extension'}'; expected plain-text "
                f"articles ({', '.join(TEXT_SUFFIXES)}) or a table ({', '.join(FORMATS)})"
            )
        if suffix in TEXT_SUFFIXES:
            paths.extend(_expand_text(pattern))
        else:
            paths.extend(expand_inputs([pattern]))
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


def read_text_article(path: str, encoding: str = "utf-8") -> str:
    """The text of a plain-text article, with an error naming the file on bad bytes."""
    try:
        with open(path, encoding=encoding, newline="") as fh:
            return fh.read()
    except LookupError:
        raise DataError(f"unknown encoding {encoding!r}; "
                        "use a name such as utf-8, latin-1 or cp1252") from None
    except UnicodeDecodeError as exc:
        data = Path(path).read_bytes()
        line = data[: exc.start].count(b"\n") + 1
        raise DataError(f"{path}, line {line}: bytes that are not valid {encoding} ({exc.reason}); "
                        "pass the file's encoding with --encoding "
                        "(e.g. --encoding latin-1 or cp1252)") from None


def iter_articles(paths: list[str], *, text_column: str = "text", id_column: str | None = None,
                  encoding: str = "utf-8") -> Iterator[tuple[str, str | None]]:
    """(article id, text) for every article of the inputs, in order.

    A plain-text file is one article named by its file name (its path when two inputs share a
    name); a table gives one article per row, named by ``id_column`` or, without one, by its
    row number (from 1), prefixed with the file name when several files are read.
    """
    several = len(paths) > 1
    names = [Path(path).name for path in paths]
    for path in paths:
        if Path(path).suffix.lower() in TEXT_SUFFIXES:
            # The file name, or the path as given when two inputs share a name.
            name = Path(path).name if names.count(Path(path).name) == 1 else str(path)
            yield name, read_text_article(path, encoding)
            continue
        row = 0
        for chunk in read_chunks(path, encoding=encoding):
            if text_column not in chunk.columns:
                raise DataError(
                    f"{path}: no column {text_column!r}; the columns are "
                    f"{', '.join(map(repr, map(str, chunk.columns)))}; "
                    "name the article text column with --text-column"
                )
            if id_column is not None and id_column not in chunk.columns:
                raise DataError(
                    f"{path}: no column {id_column!r} for --id-column; the columns are "
                    f"{', '.join(map(repr, map(str, chunk.columns)))}"
                )
            ids = chunk[id_column].tolist() if id_column else [None] * len(chunk)
            for article_id, text in zip(ids, chunk[text_column].tolist()):
                row += 1
                if article_id is None or (isinstance(article_id, float) and pd.isna(article_id)):
                    article_id = f"{Path(path).name}:{row}" if several else str(row)
                yield str(article_id), text if isinstance(text, str) else None
