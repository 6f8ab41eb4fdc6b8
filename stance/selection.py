"""Model selection: a grouped-CV grid search over the TF-IDF + logistic-regression family.

The search uses successive halving (as scikit-learn's ``HalvingGridSearchCV``, factor 3):
every setting is scored on the first fold, the best third also on the second, and the best
third of those on all folds; only settings that reached all folds are ranked by their full
grouped-CV macro-F1. Pruned settings keep the score of the folds they reached (column
``folds``). Each (feature setting, fold) is vectorised once and shared by every
classifier setting. Together this keeps ~200 settings on ~3,000 rows within a few minutes on
two cores.
"""

from __future__ import annotations

import itertools
import math
import time
from typing import Any, Sequence

import numpy as np
import pandas as pd
from joblib import Parallel, delayed
from sklearn.metrics import f1_score

from .pipeline import build_pipeline, classifier, resolve_params, single_threaded

FEATURE_GRID = {
    "word_ngram_range": [(1, 2), (1, 3)],
    "char_ngram_range": [None, (2, 5)],
    "sublinear_tf": [True],
    "min_df": [1],
    "mask_mentions": [False, True],
    "scope": ["off", "negation", "negation+hedge"],
    "quote_marking": [False, True],
    "off_target": ["off", "augment"],
    # Only for texts with hashtags: on others both values give the same text (run_search).
    "tweets": ["off", "hashtags"],
}
CLASSIFIER_GRID = {
    "C": [3.0, 10.0, 30.0],
    "class_weight": [None, "balanced"],
    # None: the plain multinomial model; a number: naive-Bayes-weighted (NBLogisticRegression).
    "nb_power": [None, 0.25],
    "nb_alpha": [0.03],
}
THROUGHPUT_ROWS = 2_000
RUNGS = (1, 2)  # folds scored before each halving; the last rung is all folds
KEEP = 1 / 3  # share of settings that go on to the next rung


def _evaluate(features: dict[str, Any], combos: list[dict[str, Any]], texts: np.ndarray, y: np.ndarray,
              splits, seed: int, speed: bool,
              weights: np.ndarray | None = None) -> tuple[dict[int, dict[int, np.ndarray]], float | None]:
    """Out-of-fold predictions of each classifier setting for one feature setting.

    Returns ``({combo index: {fold index: predictions}}, sentences per second or None)``.
    """
    preds: dict[int, dict[int, np.ndarray]] = {i: {} for i in range(len(combos))}
    rate = None
    max_iter = resolve_params(features)["max_iter"]
    with single_threaded():
        # Marking is per sentence and stateless: done once for all folds of this setting.
        marker = build_pipeline(features, seed=seed).named_steps["mark"]
        marked = np.asarray(marker.transform(list(texts)), dtype=object)
        for fold, (train_idx, test_idx) in splits:
            union = build_pipeline(features, seed=seed).named_steps["features"]
            x_train = union.fit_transform(list(marked[train_idx]))
            x_test = union.transform(list(marked[test_idx]))
            for i, combo in enumerate(combos):
                clf = classifier({**combo, "max_iter": max_iter}, seed=seed).fit(
                    x_train, y[train_idx], sample_weight=None if weights is None else weights[train_idx])
                preds[i][fold] = clf.predict(x_test)
            if speed and rate is None:
                # One-core scoring speed of this feature setting (transform + predict_proba),
                # best of three: the other runs of a busy machine only ever slow a run down.
                sample = list(np.resize(texts, THROUGHPUT_ROWS))
                best = np.inf
                for _ in range(3):
                    start = time.perf_counter()
                    clf.predict_proba(union.transform(marker.transform(sample)))
                    best = min(best, time.perf_counter() - start)
                rate = THROUGHPUT_ROWS / best
    return preds, rate


def _speed(features: dict[str, Any], texts: np.ndarray, y: np.ndarray, seed: int) -> float:
    """One-core scoring speed of a feature setting, fitted on a sample: a quick gate before CV."""
    sample = list(np.resize(texts, THROUGHPUT_ROWS))
    labels = np.resize(y, THROUGHPUT_ROWS)
    with single_threaded():
        model = build_pipeline({**features, "max_iter": 200}, seed=seed).fit(sample, labels)
        best = np.inf
        for _ in range(3):
            start = time.perf_counter()
            model.predict_proba(sample)
            best = min(best, time.perf_counter() - start)
    return THROUGHPUT_ROWS / best


def parse_metric(spec: str, labels: Sequence[str] | None = None) -> tuple[str, ...] | None:
    """What the search optimises: ``macro_f1`` (None: the mean F1 of every label) or
    ``f_avg:A,B`` (the mean F1 of labels A and B, SemEval-2016's F_avg for FAVOR,AGAINST).

    Raises ValueError, naming the labels the data has, for anything else.
    """
    name, _, rest = spec.strip().partition(":")
    if name == "macro_f1" and not rest:
        return None
    chosen = tuple(x.strip() for x in rest.split(",") if x.strip())
    if name != "f_avg" or not chosen:
        raise ValueError(f"unknown metric {spec!r}; use macro_f1 or f_avg:LABEL,LABEL "
                         "(e.g. f_avg:FAVOR,AGAINST)")
    unknown = [x for x in chosen if labels is not None and x not in labels]
    if unknown:
        raise ValueError(f"metric {spec!r} names label(s) {', '.join(unknown)} that the data does not "
                         f"have; its labels are {', '.join(labels)}")
    return chosen


def _score(y: np.ndarray, splits, fold_preds: dict[int, np.ndarray], labels, metric_labels=None,
           scored: np.ndarray | None = None) -> tuple[float, float, list[float]]:
    """(metric, macro-F1, per-label F1) over the held-out rows of the folds reached, counting
    only the ``scored`` rows when a mask is given."""
    idx = np.concatenate([test for fold, (_, test) in splits if fold in fold_preds])
    pred = np.concatenate([fold_preds[fold] for fold, _ in splits if fold in fold_preds])
    if scored is not None:
        keep = scored[idx]
        idx, pred = idx[keep], pred[keep]
    per_class = f1_score(y[idx], pred, labels=labels, average=None, zero_division=0)
    macro = float(np.mean(per_class))
    if metric_labels is None:
        return macro, macro, [float(v) for v in per_class]
    chosen = [per_class[labels.index(lab)] for lab in metric_labels]
    return float(np.mean(chosen)), macro, [float(v) for v in per_class]


def search(texts: Sequence[str], labels_: Sequence[str], splits, *, seed: int = 0, n_jobs: int = -1,
           feature_grid: dict[str, list] | None = None,
           classifier_grid: dict[str, list] | None = None,
           metric_labels: Sequence[str] | None = None,
           scored: Sequence[bool] | None = None,
           min_speed: float = 0.0,
           sample_weight: Sequence[float] | None = None) -> pd.DataFrame:
    """Grouped-CV grid search with successive halving; one row per setting, best first.

    Parameters
    ----------
    texts, labels_ : sequence of str
    splits : list of (train_idx, test_idx)
        The folds (from :func:`stance.training.make_splits`), shared by every setting.
    n_jobs : int
        Processes (-1: all cores).
    metric_labels : sequence of str, optional
        Rank by the mean F1 of these labels (see :func:`parse_metric`); default: all labels.
    scored : sequence of bool, optional
        Score only the held-out rows marked True (e.g. the real-news rows), while every
        row still trains.
    min_speed : float
        Leave out, before any cross-validation, the feature settings that score fewer
        sentences per second on one core (they could not be chosen anyway).
    sample_weight : sequence of float, optional
        Each row's weight in training (see :func:`stance.training.sample_weights`).

    Returns
    -------
    pandas.DataFrame
        Parameters, ``score`` (the metric), ``macro_f1`` and per-label F1 (over all folds for completed settings,
        over the folds they reached for pruned ones), ``folds`` (how many folds the score uses) and
        ``sentences_per_s`` (one-core scoring speed of the feature setting).
    """
    texts = np.asarray(texts, dtype=object)
    y = np.asarray(labels_, dtype=object)
    labels = sorted(set(labels_))
    mask = None if scored is None else np.asarray(scored, dtype=bool)
    weights = None if sample_weight is None else np.asarray(sample_weight, dtype=float)
    feature_grid = feature_grid or FEATURE_GRID
    classifier_grid = classifier_grid or CLASSIFIER_GRID
    feature_sets = [dict(zip(feature_grid, v)) for v in itertools.product(*feature_grid.values())]
    combos = [dict(zip(classifier_grid, v)) for v in itertools.product(*classifier_grid.values())]
    if min_speed > 0:
        rates = Parallel(n_jobs=n_jobs)(delayed(_speed)(f, texts, y, seed) for f in feature_sets)
        feature_sets = [f for f, rate in zip(feature_sets, rates) if rate >= min_speed] or feature_sets
    folds = list(enumerate(splits))
    schedule = [r for r in RUNGS if r < len(folds)] + [len(folds)]
    parallel = Parallel(n_jobs=n_jobs)
    results: dict[tuple[int, int], dict[int, np.ndarray]] = {
        (fi, ci): {} for fi in range(len(feature_sets)) for ci in range(len(combos))}
    speeds: dict[int, float] = {}
    candidates = sorted(results)
    done = 0
    for rung, upto in enumerate(schedule):
        new_folds = folds[done:upto]
        todo = sorted({fi for fi, _ in candidates})
        chosen = {fi: [ci for f2, ci in candidates if f2 == fi] for fi in todo}
        outputs = parallel(
            delayed(_evaluate)(feature_sets[fi], [combos[ci] for ci in chosen[fi]], texts, y, new_folds,
                               seed, rung == 0, weights)
            for fi in todo
        )
        for fi, (preds, rate) in zip(todo, outputs):
            if rate is not None:
                speeds[fi] = rate
            for j, ci in enumerate(chosen[fi]):
                results[(fi, ci)].update(preds[j])
        done = upto
        if rung < len(schedule) - 1:
            seen = folds[:upto]
            candidates = sorted(candidates,
                                key=lambda k: -_score(y, seen, results[k], labels, metric_labels, mask)[0])
            candidates = sorted(candidates[: max(1, math.ceil(KEEP * len(candidates)))])
    rows = []
    for (fi, ci), fold_preds in results.items():
        score, macro, per_class = _score(y, folds, fold_preds, labels, metric_labels, mask)
        rows.append({**feature_sets[fi], **combos[ci], "score": score, "macro_f1": macro,
                     **{f"f1_{lab}": v for lab, v in zip(labels, per_class)},
                     "folds": len(fold_preds), "sentences_per_s": speeds[fi]})
    table = pd.DataFrame(rows)
    # Completed settings first, by the metric; ties (to 4 decimals) go to the faster setting.
    table["_key"] = table["score"].round(4)
    table = table.sort_values(["folds", "_key", "sentences_per_s"], ascending=[False, False, False],
                              kind="stable")
    return table.drop(columns="_key").reset_index(drop=True)


def best_params(table: pd.DataFrame, min_speed: float = 0.0) -> dict[str, Any]:
    """The parameters of the best completed row that scores at least ``min_speed`` sentences/s."""
    complete = table[table["folds"] == table["folds"].max()]
    fast = complete[complete["sentences_per_s"] >= min_speed]
    if fast.empty:
        raise ValueError(f"no completed setting scores {min_speed:,.0f} sentences/s; the fastest scores "
                         f"{complete['sentences_per_s'].max():,.0f}: lower --min-speed")
    row = fast.iloc[0]
    params = {k: row[k] for k in [*FEATURE_GRID, *CLASSIFIER_GRID] if k in table.columns}
    for k in ("word_ngram_range", "char_ngram_range"):
        value = params.get(k)
        params[k] = tuple(int(v) for v in value) if isinstance(value, tuple) else None
    params["min_df"] = int(params["min_df"])
    params["C"] = float(params["C"])
    params["sublinear_tf"] = bool(params["sublinear_tf"])
    for k in ("mask_mentions", "quote_marking"):
        if k in params:
            params[k] = bool(params[k])
    for k in ("scope", "tweets", "off_target"):
        if k in params:
            params[k] = str(params[k])
    if not isinstance(params["class_weight"], str):
        params["class_weight"] = None
    for k in ("nb_power", "nb_alpha"):
        # pandas keeps a None beside numbers as NaN
        if k in params:
            params[k] = None if params[k] is None or pd.isna(params[k]) else float(params[k])
    return params


def format_table(table: pd.DataFrame, top: int = 15) -> str:
    """The search table as Markdown."""
    label_cols = [c for c in table.columns if c.startswith("f1_")]
    head = ["word n-grams", "char n-grams", "sublinear tf", "min_df", "masking", "scope", "quotes", "off target", "tweets", "C",
            "class weight", "NB power", "score", "macro-F1", *[c.replace("f1_", "F1 ") for c in label_cols], "folds",
            "sentences/s (1 core)"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for _, r in table.head(top).iterrows():
        char = r["char_ngram_range"]
        cells = [f"{r['word_ngram_range'][0]}-{r['word_ngram_range'][1]}",
                 f"{char[0]}-{char[1]}" if isinstance(char, tuple) else "off",
                 "yes" if r["sublinear_tf"] else "no", str(int(r["min_df"])),
                 "yes" if r.get("mask_mentions", False) else "no", str(r.get("scope", "off")),
                 "yes" if r.get("quote_marking", False) else "no", str(r.get("off_target", "off")),
                 str(r.get("tweets", "off")), f"{r['C']:g}",
                 r["class_weight"] if isinstance(r["class_weight"], str) else "none",
                 "off" if r.get("nb_power") is None or pd.isna(r.get("nb_power")) else f"{r['nb_power']:g}",
                 f"{r['score']:.3f}", f"{r['macro_f1']:.3f}", *[f"{r[c]:.3f}" for c in label_cols], str(int(r["folds"])),
                 f"{r['sentences_per_s']:,.0f}"]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)
