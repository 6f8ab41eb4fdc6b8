"""Apply a trained model to new text."""

from __future__ import annotations

import math
import os
import threading
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from scipy import sparse

from .exceptions import ArgumentError, DataError
from .io import no_column
from .marking import readable_feature
from .persistence import default_model_path, load_model
from .pipeline import fast_transform

STANCE_COLUMN = "stance"
CONFIDENCE_COLUMN = "confidence"
PROBA_PREFIX = "p_"
# Guards the lazily built feature names of every predictor: a module-level lock, because a
# lock held by the instance would stop it from being pickled to worker processes.
_NAMES_LOCK = threading.Lock()


class StancePredictor:
    """Label sentences with a fitted TF-IDF + logistic-regression pipeline.

    Build one with :func:`load_predictor`. A predictor is read-only after loading, so one
    instance may be shared between threads.

    Parameters
    ----------
    pipeline : sklearn.pipeline.Pipeline
        A fitted pipeline with ``predict_proba`` and ``classes_``.
    metadata : dict, optional
        The model's sidecar (labels, metrics, versions).
    path : Path, optional
        Where the model was loaded from.
    """

    def __init__(self, pipeline, metadata: dict[str, Any] | None = None, path: Path | None = None):
        if not (hasattr(pipeline, "predict_proba") and hasattr(pipeline, "classes_")):
            given = type(pipeline).__name__
            given = f"an unfitted {given}" if hasattr(pipeline, "fit") else given
            raise ArgumentError(f"StancePredictor expects a fitted scikit-learn pipeline (with predict_proba "
                                f"and classes_), got {given}; load a model file with load_predictor(path)")
        self.pipeline = pipeline
        self.metadata = metadata or {}
        self.path = path
        self.labels: tuple[str, ...] = tuple(str(c) for c in pipeline.classes_)
        # A saved model has no `_stop_words_id` (stance.pipeline.canonicalise drops it), and a
        # vectorizer sets it on its first transform: threads sharing a fresh predictor then
        # wrote to it while others read it ("dictionary changed size during iteration").
        # Building each analyzer once here sets it before any thread can.
        union = pipeline.named_steps.get("features") if hasattr(pipeline, "named_steps") else None
        for _, vectorizer in getattr(union, "transformer_list", ()):
            if hasattr(vectorizer, "build_analyzer"):
                vectorizer.build_analyzer()

    def __repr__(self) -> str:
        return f"StancePredictor(labels={list(self.labels)}, path={str(self.path)!r})"

    @property
    def proba_columns(self) -> list[str]:
        """Names of the probability columns that :meth:`score_frame` adds."""
        return [f"{PROBA_PREFIX}{label}" for label in self.labels]

    def predict(self, texts: str | Iterable[str | None]) -> str | list[str]:
        """Label texts.

        Parameters
        ----------
        texts : str or iterable of str
            One text, or many. Missing (None, NaN) or blank entries get the label ``""``.

        Returns
        -------
        str or list of str
            A single label for a single ``str``, else one label per text, in order.
        """
        single, items = _as_texts(texts)
        out = self._labels(*self._proba(items)).tolist()
        return out[0] if single else out

    def predict_proba(self, texts: str | Iterable[str | None]) -> pd.DataFrame:
        """Probabilities of each label.

        Returns
        -------
        pandas.DataFrame
            One row per text (NaN for missing or blank text) and one column per label; the
            rows of a pandas Series keep its index, so the result joins to the Series' frame.
        """
        _, items = _as_texts(texts)
        proba, _ = self._proba(items)
        index = texts.index if isinstance(texts, pd.Series) else None
        return pd.DataFrame(proba, columns=list(self.labels), index=index)

    def score_frame(self, df: pd.DataFrame, text_column: str = "text") -> pd.DataFrame:
        """Add ``stance``, ``confidence`` and ``p_<label>`` columns to a copy of ``df``.

        A frame that already has one of them is refused (a DataError), as ``stance score``
        refuses such a file. Every row is kept, in order; a row with missing or blank text gets an empty
        ``stance`` and NaN probabilities. Non-string cells (numbers read from a file) are
        scored as their text.
        """
        if not isinstance(df, pd.DataFrame):
            raise ArgumentError(f"score_frame expects a pandas DataFrame, got {type(df).__name__}")
        if text_column not in df.columns:
            raise no_column(text_column, df.columns,
                            "name the text column with text_column= (or --text-column)")
        taken = [c for c in (STANCE_COLUMN, CONFIDENCE_COLUMN, *self.proba_columns) if c in df.columns]
        if taken:  # a corpus file's gold `stance` would be replaced by the prediction
            raise DataError(f"the DataFrame already has column(s) {', '.join(map(repr, taken))}, which "
                            f"score_frame adds; rename them first, e.g. df.rename(columns={{{taken[0]!r}: "
                            f"'gold_{taken[0]}'}}), so nothing is overwritten")
        if (df.columns == text_column).sum() > 1:  # df[text_column] would be a DataFrame
            raise DataError(f"the DataFrame has {(df.columns == text_column).sum()} columns named "
                            f"{text_column!r}; rename all but one")
        stance, confidence, proba = self.score_arrays([cell_text(v) for v in df[text_column].tolist()])
        out = df.copy()
        out[STANCE_COLUMN] = stance
        out[CONFIDENCE_COLUMN] = confidence
        for j, column in enumerate(self.proba_columns):
            out[column] = proba[:, j]
        return out

    def score_arrays(self, texts: list[str | None]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The label, confidence and probabilities of each text, as arrays.

        What :meth:`score_frame` adds as columns, for a caller that builds its own table (the
        article extractor makes one frame per call instead of copying one and adding columns).
        A missing or blank text gets "" and NaN.

        Returns
        -------
        (numpy.ndarray, numpy.ndarray, numpy.ndarray)
            Labels (object), confidences (float) and one probability column per label, in
            ``labels`` order.
        """
        proba, present = self._proba(list(texts))
        confidence = np.full(len(present), np.nan)
        confidence[present] = proba[present].max(axis=1)
        return self._labels(proba, present), confidence, proba

    def explain(self, text: str, top: int = 5) -> dict[str, Any]:
        """Which n-grams pushed the prediction toward and away from each label.

        The model scores each label as ``intercept + sum(tfidf(ngram) * weight(label, ngram))``
        and turns the scores into probabilities with a softmax. Each n-gram's contribution is
        its term in that sum, exactly as the model computes it, so for every label
        ``intercept + sum(all contributions) == score``.

        Parameters
        ----------
        text : str
            One sentence.
        top : int
            How many n-grams to list toward and away from each label.

        Returns
        -------
        dict
            ``label``, ``probabilities`` ({label: p}), and ``labels``: for each label its
            ``score``, ``intercept``, ``toward`` and ``away`` (lists of
            ``(feature, tfidf value, weight, contribution)``, largest effect first).
        """
        if not isinstance(text, str):
            raise ArgumentError(f"explain expects one str, got {type(text).__name__}")
        if isinstance(top, bool) or not isinstance(top, (int, np.integer)) or top < 1:
            raise ArgumentError(f"top must be a whole number of at least 1, got {top!r}")
        clf = self.pipeline.named_steps["clf"]
        x = self.features([text])
        names = self._feature_names()
        idx, values = x.indices, x.data.astype(float)
        coef, intercept = _class_weights(clf)
        scores = intercept + (x @ coef.T).ravel() if idx.size else intercept.copy()
        proba = clf.predict_proba(x)[0] if text.strip() else None
        marker = self.pipeline.named_steps.get("mark")
        explanation: dict[str, Any] = {
            "text": text,
            # What the n-grams were taken from, after mention masking and marking (if any).
            "marked": marker.transform([text])[0] if marker is not None and marker.active else text,
            "label": self.labels[int(np.argmax(proba))] if proba is not None else "",
            "probabilities": {lab: float(p) for lab, p in zip(self.labels, proba)} if proba is not None else {},
            "labels": {},
        }
        for k, label in enumerate(self.labels):
            contrib = values * coef[k, idx]
            order = np.argsort(-contrib, kind="stable")
            rows = [(str(names[idx[i]]), float(values[i]), float(coef[k, idx[i]]), float(contrib[i])) for i in order]
            explanation["labels"][label] = {
                "score": float(scores[k]),
                "intercept": float(intercept[k]),
                "toward": [r for r in rows if r[3] > 0][:top],
                "away": [r for r in reversed(rows) if r[3] < 0][:top],
            }
        return explanation

    def _feature_names(self) -> np.ndarray:
        # Computed once, on first use (an array of every vocabulary entry), under a lock so
        # that threads sharing the predictor build it once and never see it half set.
        names = getattr(self, "_names", None)
        if names is None:
            with _NAMES_LOCK:
                names = getattr(self, "_names", None)
                if names is None:
                    names = self.pipeline.named_steps["features"].get_feature_names_out()
                    # "word__not_send" -> "word__not:send": placeholders and marks as a person reads them.
                    names = np.array([readable_feature(n) for n in names], dtype=object)
                    self._names = names
        return names

    def features(self, texts: list[str]) -> sparse.csr_matrix:
        """The pipeline's feature matrix (TF-IDF n-grams): each vectorizer's output side by side.

        The same matrix as ``FeatureUnion.transform``, which, even with one job, goes through
        joblib and enters ``warnings.catch_warnings()`` per call: that swaps the process-wide
        warning filters and, from several threads at once, floods them with UserWarnings and
        lets them bypass the user's filters. The vectorizers only read their fitted state.
        """
        marker = self.pipeline.named_steps.get("mark")
        if marker is not None:
            texts = marker.transform(texts)
        union = self.pipeline.named_steps["features"]
        if getattr(union, "transformer_weights", None) or not hasattr(union, "transformer_list"):
            return union.transform(texts).tocsr()
        parts = [fast_transform(t, texts) for _, t in union.transformer_list if t not in ("drop", None)]
        return sparse.hstack(parts, format="csr") if len(parts) > 1 else parts[0].tocsr()

    def _labels(self, proba: np.ndarray, present: np.ndarray) -> np.ndarray:
        """The most probable label of each present row; "" for blank rows."""
        labels = np.full(len(present), "", dtype=object)
        if present.any():
            labels[present] = np.asarray(self.labels, dtype=object)[proba[present].argmax(axis=1)]
        return labels

    def _proba(self, items: list[str | None]) -> tuple[np.ndarray, np.ndarray]:
        """Probabilities for the non-blank items (NaN rows elsewhere) and the mask of those."""
        present = np.fromiter((bool(t and t.strip()) for t in items), dtype=bool, count=len(items))
        proba = np.full((len(items), len(self.labels)), np.nan)
        if present.any():
            batch = [t for t, keep in zip(items, present) if keep]
            proba[present] = self.pipeline.named_steps["clf"].predict_proba(self.features(batch))
        return proba, present


def _class_weights(clf) -> tuple[np.ndarray, np.ndarray]:
    """Per-label weight rows and intercepts, also for a two-label model.

    With two labels scikit-learn keeps one weight row ``w`` (for ``classes_[1]``) and
    computes probabilities as softmax([0, w.x + b]) == sigmoid(w.x + b). The equivalent
    per-label form used here is ``[-w/2, w/2]``: it gives the same probabilities and lets
    every label be explained the same way.
    """
    coef, intercept = clf.coef_, clf.intercept_
    if coef.shape[0] == 1:
        coef = np.vstack([-coef[0] / 2, coef[0] / 2])
        intercept = np.array([-intercept[0] / 2, intercept[0] / 2])
    return np.asarray(coef, dtype=float), np.asarray(intercept, dtype=float)


def load_predictor(path: str | Path | None = None, *, allow_version_mismatch: bool = False) -> StancePredictor:
    """Load a predictor.

    Parameters
    ----------
    path : str or Path, optional
        A model file; default: the shipped model (or ``$STANCE_MODEL``).
    allow_version_mismatch : bool
        Load with a warning a model trained with another scikit-learn version.

    Returns
    -------
    StancePredictor
    """
    if path is not None and not isinstance(path, (str, os.PathLike)):
        raise ArgumentError(f"load_predictor expects the path of a model file (.joblib or .skops), "
                            f"got {type(path).__name__}")
    if path is not None and os.fspath(path) == "":  # else the current folder
        raise ArgumentError("load_predictor: an empty path; give the model file's name, or None for the "
                            "shipped model")
    path = Path(path) if path is not None else default_model_path()
    pipeline, meta = load_model(path, allow_version_mismatch=allow_version_mismatch)
    return StancePredictor(pipeline, meta, path)


def _is_missing(value) -> bool:
    """None, pandas' NA and NaT, and a NaN of any float type (numpy's float32 too)."""
    return value is None or value is pd.NA or value is pd.NaT \
        or (isinstance(value, (float, np.floating)) and math.isnan(value))


def cell_text(value) -> str | None:
    """A table cell as text: None when missing, numbers and other values as their str."""
    if _is_missing(value):
        return None
    return value if isinstance(value, str) else str(value)


def _as_texts(texts) -> tuple[bool, list[str | None]]:
    """Normalise the ``texts`` argument; reject what is not text with an ArgumentError (a TypeError)."""
    if isinstance(texts, str):
        return True, [texts]
    if texts is None or isinstance(texts, (bytes, int, float, bool)) or not isinstance(texts, Iterable):
        raise ArgumentError(
            f"expected a str or an iterable of str, got {type(texts).__name__}; "
            "pass a sentence or a list of sentences"
        )
    if isinstance(texts, pd.DataFrame):
        raise ArgumentError("expected a str or an iterable of str, got a DataFrame; use score_frame(df, text_column=...)")
    if isinstance(texts, Mapping):  # iterating it gives its keys, not its texts
        raise ArgumentError(f"expected a str or an iterable of str, got {type(texts).__name__}; "
                            "pass list(texts.values()) to label its values")
    if isinstance(texts, (set, frozenset)):
        raise ArgumentError(f"expected a str or an iterable of str, got {type(texts).__name__}, which has "
                            "no order to give the labels in; pass a list")
    items = list(texts)
    for i, value in enumerate(items):
        if not (isinstance(value, str) or _is_missing(value)):
            raise ArgumentError(
                f"texts[{i}] is {type(value).__name__}, expected str (or None for a missing text)"
            )
    return False, [None if _is_missing(v) else v for v in items]
