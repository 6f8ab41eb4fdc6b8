"""Model selection: a grouped-CV grid search over the TF-IDF + logistic-regression family.

The features of each (feature settings, fold) pair are computed once and shared by every
classifier setting, which is what keeps a search of ~200 models on ~3,000 rows within a
few minutes on two cores.
"""

from __future__ import annotations

import itertools
import time
from typing import Any, Sequence

import numpy as np
import pandas as pd
from joblib import Parallel, delayed
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score

from .pipeline import build_pipeline, resolve_params, single_threaded

FEATURE_GRID = {
    "word_ngram_range": [(1, 1), (1, 2), (1, 3)],
    "char_ngram_range": [None, (2, 5)],
    "sublinear_tf": [True, False],
    "min_df": [1, 2],
}
CLASSIFIER_GRID = {
    "C": [1.0, 3.0, 10.0, 30.0],
    "class_weight": [None, "balanced"],
}
THROUGHPUT_ROWS = 5_000


def _feature_task(features: dict[str, Any], texts: np.ndarray, y: np.ndarray, splits, labels,
                  classifier_grid: dict[str, list], seed: int) -> list[dict[str, Any]]:
    """Score every classifier setting for one feature setting on every fold."""
    with single_threaded():
        return _feature_rows(features, texts, y, splits, labels, classifier_grid, seed)


def _feature_rows(features, texts, y, splits, labels, classifier_grid, seed):
    weights, cs = classifier_grid["class_weight"], sorted(classifier_grid["C"])
    oof = {(w, c): np.empty(len(y), dtype=object) for w in weights for c in cs}
    max_iter = resolve_params(features)["max_iter"]
    for train_idx, test_idx in splits:
        union = build_pipeline(features, seed=seed).named_steps["features"]
        x_train = union.fit_transform(list(texts[train_idx]))
        x_test = union.transform(list(texts[test_idx]))
        for w in weights:
            # Warm start along increasing C: each fit starts from the previous solution, which
            # cuts the search time roughly in half and reaches the same optimum (the problem
            # is convex).
            clf = LogisticRegression(class_weight=w, max_iter=max_iter, random_state=seed, warm_start=True)
            for c in cs:
                clf.set_params(C=c).fit(x_train, y[train_idx])
                oof[(w, c)][test_idx] = clf.predict(x_test)
    rows = []
    for (w, c), pred in oof.items():
        per_class = f1_score(y, pred, labels=labels, average=None, zero_division=0)
        rows.append({**features, "C": c, "class_weight": w, "macro_f1": float(np.mean(per_class)),
                     **{f"f1_{lab}": float(v) for lab, v in zip(labels, per_class)}})
    return rows


def scoring_speed(features: dict[str, Any], texts: np.ndarray, y: np.ndarray, seed: int,
                  rows: int = THROUGHPUT_ROWS) -> float:
    """Sentences per second of transform + predict_proba on one core for a feature setting."""
    with single_threaded():
        model = build_pipeline(features, seed=seed).fit(list(texts), y)
        sample = list(np.resize(texts, rows))
        start = time.perf_counter()
        model.predict_proba(sample)
        return rows / (time.perf_counter() - start)


def search(texts: Sequence[str], labels_: Sequence[str], splits, *, seed: int = 0, n_jobs: int = -1,
           feature_grid: dict[str, list] | None = None,
           classifier_grid: dict[str, list] | None = None) -> pd.DataFrame:
    """Grouped-CV grid search; returns one row per setting, best macro-F1 first.

    Parameters
    ----------
    texts, labels_ : sequence of str
    splits : list of (train_idx, test_idx)
        The folds (from :func:`stance.training.make_splits`), shared by every setting.
    n_jobs : int
        Processes for the feature settings (-1: all cores).

    Returns
    -------
    pandas.DataFrame
        Parameters, ``macro_f1``, per-label F1 and ``sentences_per_s`` (one-core scoring
        speed of that feature setting, transform + predict_proba on an in-memory list).
    """
    texts = np.asarray(texts, dtype=object)
    y = np.asarray(labels_, dtype=object)
    labels = sorted(set(labels_))
    feature_grid = feature_grid or FEATURE_GRID
    classifier_grid = classifier_grid or CLASSIFIER_GRID
    feature_sets = [dict(zip(feature_grid, v)) for v in itertools.product(*feature_grid.values())]
    results = Parallel(n_jobs=n_jobs)(
        delayed(_feature_task)(f, texts, y, splits, labels, classifier_grid, seed) for f in feature_sets
    )
    table = pd.DataFrame([row for rows in results for row in rows])
    # Measured one setting at a time after the search, so no other work skews the figures.
    speeds = [scoring_speed(f, texts, y, seed) for f in feature_sets]
    key = [tuple(str(f[k]) for k in feature_grid) for f in feature_sets]
    lookup = dict(zip(key, speeds))
    table["sentences_per_s"] = [lookup[tuple(str(r[k]) for k in feature_grid)] for _, r in table.iterrows()]
    # Ties (to 4 decimals) go to the faster setting.
    table["_key"] = table["macro_f1"].round(4)
    table = table.sort_values(["_key", "sentences_per_s"], ascending=[False, False], kind="stable")
    return table.drop(columns="_key").reset_index(drop=True)


def best_params(table: pd.DataFrame, min_speed: float = 0.0) -> dict[str, Any]:
    """The parameters of the best row that scores at least ``min_speed`` sentences/s."""
    fast = table[table["sentences_per_s"] >= min_speed]
    if fast.empty:
        raise ValueError(f"no setting scores {min_speed:,.0f} sentences/s; the fastest scores "
                         f"{table['sentences_per_s'].max():,.0f}: lower --min-speed")
    row = fast.iloc[0]
    keys = [*FEATURE_GRID, *CLASSIFIER_GRID]
    params = {k: row[k] for k in keys if k in table.columns}
    for k in ("word_ngram_range", "char_ngram_range"):
        value = params.get(k)
        params[k] = tuple(int(v) for v in value) if isinstance(value, tuple) else None
    params["min_df"] = int(params["min_df"])
    params["C"] = float(params["C"])
    params["sublinear_tf"] = bool(params["sublinear_tf"])
    if not isinstance(params["class_weight"], str):
        params["class_weight"] = None
    return params


def format_table(table: pd.DataFrame, top: int = 15) -> str:
    """The search table as Markdown."""
    label_cols = [c for c in table.columns if c.startswith("f1_")]
    head = ["word n-grams", "char n-grams", "sublinear tf", "min_df", "C", "class weight", "macro-F1",
            *[c.replace("f1_", "F1 ") for c in label_cols], "sentences/s (1 core)"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for _, r in table.head(top).iterrows():
        char = r["char_ngram_range"]
        cells = [f"{r['word_ngram_range'][0]}-{r['word_ngram_range'][1]}",
                 "off" if char is None or char != char else f"{char[0]}-{char[1]}",
                 "yes" if r["sublinear_tf"] else "no", str(int(r["min_df"])), f"{r['C']:g}",
                 r["class_weight"] if isinstance(r["class_weight"], str) else "none",
                 f"{r['macro_f1']:.3f}", *[f"{r[c]:.3f}" for c in label_cols],
                 f"{r['sentences_per_s']:,.0f}"]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)
