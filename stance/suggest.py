"""What to label next: the sentences the model is least sure about, diverse, ready to fill in.

Uncertainty is one minus the margin between the two most probable labels. The most uncertain
sentences are then taken greedily, skipping any that is a near-duplicate (cosine similarity of
the model's own TF-IDF features at or above ``similarity``) of one already taken; skipped ones
fill up the list only when too few diverse ones remain, so the output has exactly ``n`` rows
whenever the input holds ``n`` distinct sentences.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable

import numpy as np
import pandas as pd

from .data import CORPUS_COLUMNS
from .exceptions import ArgumentError, DataError
from .io import no_column
from .predictor import StancePredictor, cell_text

POOL_FACTOR = 20  # candidates kept per requested row while streaming: bounds memory
MIN_POOL = 2_000


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower())


def check_text_column(chunk: pd.DataFrame, text_column: str, where: str = "") -> None:
    """Refuse a table without the text column; ``where`` (a file name) leads the message."""
    if text_column not in chunk.columns:
        raise no_column(text_column, chunk.columns, "name it with --text-column", where=where)


def uncertainty(proba: np.ndarray) -> np.ndarray:
    """1 - (p_top1 - p_top2): 1 when the two best labels tie, 0 when the model is certain."""
    top = np.sort(proba, axis=1)
    return 1.0 - (top[:, -1] - top[:, -2])


def suggest(chunks: Iterable[pd.DataFrame], predictor: StancePredictor, *, n: int = 50,
            text_column: str = "text", similarity: float = 0.8, source: str = "suggested",
            where: str = "") -> pd.DataFrame:
    """Pick ``n`` sentences to label next.

    Parameters
    ----------
    chunks : iterable of DataFrame
        The unlabelled rows, e.g. from :func:`stance.io.read_chunks`.
    predictor : StancePredictor
    n : int
        How many sentences to return.
    text_column : str
    similarity : float
        Cosine similarity at or above which two sentences count as near-duplicates.
    source : str
        Written into the ``source`` column, so a filled file can join ``labeled/``.
    where : str
        The inputs' names, which lead the error message when no row has a sentence.

    Returns
    -------
    pandas.DataFrame
        Columns ``id, text, actor, stance, source, note, uncertainty``, most uncertain first
        among the diverse picks; ``stance`` and ``note`` are empty, ready to fill. A model
        trained with other ``--text-column`` / ``--label-column`` names (its sidecar's
        ``text_column``, ``label_column``) gets those names instead of ``text`` and ``stance``,
        so the filled file trains beside the model's data.
    """
    if n < 1:
        raise ArgumentError(f"-n must be at least 1, got {n}")
    keep = max(MIN_POOL, POOL_FACTOR * n)
    pool = pd.DataFrame(columns=["id", "text", "actor", "_key", "uncertainty"])
    for chunk in chunks:
        check_text_column(chunk, text_column)
        texts = chunk[text_column].map(lambda v: cell_text(v) or "")
        present = texts.str.strip() != ""
        if not present.any():
            continue
        part = chunk[present]
        proba = predictor.predict_proba(texts[present].tolist()).to_numpy()
        frame = pd.DataFrame({
            "id": part["id"].astype(str).to_numpy() if "id" in part.columns else "",
            "text": texts[present].str.strip().to_numpy(),
            "actor": part["actor"].fillna("").astype(str).to_numpy() if "actor" in part.columns else "",
            "uncertainty": uncertainty(proba),
        })
        frame["_key"] = frame["text"].map(_normalise)
        pool = pd.concat([pool, frame], ignore_index=True) if len(pool) else frame
        # Most uncertain first; a repeated sentence keeps its first occurrence.
        pool = (pool.sort_values("uncertainty", ascending=False, kind="stable")
                .drop_duplicates("_key").head(keep).reset_index(drop=True))
    if pool.empty:
        raise DataError(f"{where + ': ' if where else ''}no sentences to suggest: no row has a non-blank "
                        f"{text_column!r}; give rows with sentences, or name their column with --text-column")
    chosen = _diverse(pool, predictor, n, similarity)
    out = pool.loc[chosen].reset_index(drop=True)
    missing_ids = out["id"] == ""
    out.loc[missing_ids, "id"] = [f"{source}-{i:04d}" for i in range(1, int(missing_ids.sum()) + 1)]
    out["stance"] = ""
    out["source"] = source
    out["note"] = ""
    out["uncertainty"] = out["uncertainty"].round(4)
    return out[[*CORPUS_COLUMNS, "uncertainty"]].rename(columns=training_columns(predictor))


def training_columns(predictor) -> dict[str, str]:
    """``text`` and ``stance`` renamed to the model's training columns, where they differ
    (and clash with no other column of the output)."""
    meta = getattr(predictor, "metadata", None) or {}
    names = {"text": meta.get("text_column"), "stance": meta.get("label_column")}
    taken = {*CORPUS_COLUMNS, "uncertainty"}
    renamed = {old: new for old, new in names.items() if isinstance(new, str) and new and new != old}
    if set(renamed.values()) & taken or len(set(renamed.values())) < len(renamed):
        return {}
    return renamed


def _diverse(pool: pd.DataFrame, predictor: StancePredictor, n: int, similarity: float) -> list[int]:
    """Indices of ``n`` rows: greedy by uncertainty, near-duplicates skipped unless needed."""
    features = predictor.features(pool["text"].tolist())
    norms = np.sqrt(features.multiply(features).sum(axis=1)).A.ravel()
    norms[norms == 0] = 1.0
    features = features.multiply(1 / norms[:, None]).tocsr()
    chosen: list[int] = []
    skipped: list[int] = []
    for i in range(len(pool)):
        if len(chosen) == n:
            break
        if chosen and (features[chosen] @ features[i].T).max() >= similarity:
            skipped.append(i)
        else:
            chosen.append(i)
    chosen += skipped[: n - len(chosen)]
    return chosen


def default_source(paths: list[str]) -> str:
    """``suggest-<stem of the first input>``: a group name for grouped cross-validation."""
    stem = Path(paths[0]).stem if paths and paths[0] != "-" else "stdin"
    return f"suggest-{stem}"
