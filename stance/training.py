"""Cross-validate, fit and save a model.

``train.py`` and ``stance train`` share :func:`build_parser` and :func:`main`. Quality is
measured with cross-validation grouped by source (no article or writing batch on both sides
of a split), then the model is fitted on all rows and saved with its metrics.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import tempfile
import warnings
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

import numpy as np
from sklearn.metrics import confusion_matrix, f1_score, precision_recall_fscore_support
from sklearn.model_selection import StratifiedGroupKFold, StratifiedKFold

from .data import (GROUP_COLUMN, KIND_COLUMN, REAL_KINDS, WRITTEN_KINDS, LabelledData, data_sha256, files_sha256,
                   read_corpus, read_labelled, read_table)
from .exceptions import DataError
from .io import uninterrupted
from .persistence import META_FILE, MODEL_FILE, save_model
from .pipeline import build_pipeline, canonicalise, resolve_params, single_threaded

MAX_SPLITS = 5


@dataclass
class CVResult:
    """Out-of-fold predictions and the metrics computed from them."""

    labels: list[str]
    y_true: np.ndarray
    proba: np.ndarray  # out-of-fold probabilities, columns in ``labels`` order
    folds: np.ndarray  # fold number of each row
    scheme: str
    models: list | None = None  # the fitted model of each fold, when asked for

    def subset(self, rows: np.ndarray) -> "CVResult":
        """The same out-of-fold predictions, restricted to ``rows`` (a boolean mask)."""
        return CVResult(labels=self.labels, y_true=self.y_true[rows], proba=self.proba[rows],
                        folds=self.folds[rows], scheme=self.scheme, models=self.models)

    @property
    def y_pred(self) -> np.ndarray:
        return np.asarray(self.labels, dtype=object)[self.proba.argmax(axis=1)]

    def metrics(self) -> dict[str, Any]:
        """Pooled out-of-fold metrics: per class, macro-F1, accuracy, confusion matrix."""
        y_pred = self.y_pred
        p, r, f, s = precision_recall_fscore_support(
            self.y_true, y_pred, labels=self.labels, zero_division=0
        )
        fold_f1 = [
            f1_score(self.y_true[self.folds == k], y_pred[self.folds == k],
                     labels=self.labels, average="macro", zero_division=0)
            for k in np.unique(self.folds)
        ]
        return {
            "scheme": self.scheme,
            "n_splits": int(len(np.unique(self.folds))),
            "macro_f1": _round(f1_score(self.y_true, y_pred, labels=self.labels, average="macro", zero_division=0)),
            "accuracy": _round(float(np.mean(self.y_true == y_pred))),
            "fold_macro_f1": [_round(v) for v in fold_f1],
            "per_class": {
                label: {"precision": _round(p[i]), "recall": _round(r[i]), "f1": _round(f[i]), "support": int(s[i])}
                for i, label in enumerate(self.labels)
            },
            "confusion_matrix": {
                "labels": self.labels,
                "rows_true_columns_predicted": confusion_matrix(self.y_true, y_pred, labels=self.labels).tolist(),
            },
        }


def _round(value: float) -> float:
    return round(float(value), 4)


def make_splits(labels: Sequence[str], groups: Sequence[str] | None, seed: int, group_column: str = "source"):
    """Fold indices: stratified and grouped when groups are given, else stratified.

    ``group_column`` names the groups in the scheme's description (``--group-column``).

    Returns
    -------
    (list of (train_idx, test_idx), str)
        The splits and a description of the scheme.
    """
    y = np.asarray(labels, dtype=object)
    counts = Counter(labels)
    if len(counts) < 2:  # else scikit-learn's traceback once the first fold is fitted
        raise DataError(f"the data holds one label only, {next(iter(counts), '')!r}; a classifier needs "
                        "rows of at least two labels (check --label-column)")
    smallest = min(counts.values())
    if groups is not None:
        n_groups = len(set(groups))
        if n_groups < 2:
            raise DataError(
                f"grouped cross-validation needs at least 2 distinct groups, found {n_groups}; "
                "add rows from other sources or pass --group-column none"
            )
    if max(counts.values()) < 2:  # else a traceback (grouped) or every label listed (stratified)
        shown = ", ".join(map(repr, list(counts)[:3])) + (", ..." if len(counts) > 3 else "")
        raise DataError(f"every label has one row ({len(counts):,} labels: {shown}), too few to learn and "
                        "test; if that is a column of ids or texts, name the label column with "
                        "--label-column, else add rows")
    if groups is not None:
        # No more folds than the largest label has rows: else scikit-learn's traceback.
        k = min(MAX_SPLITS, n_groups, max(counts.values()))
        splitter = StratifiedGroupKFold(n_splits=k, shuffle=True, random_state=seed)
        with warnings.catch_warnings():  # scikit-learn's multi-line warning; said below instead
            warnings.filterwarnings("ignore", "The least populated class", UserWarning)
            splits = list(splitter.split(np.zeros(len(y)), y, np.asarray(groups, dtype=object)))
        for fold, (train_idx, _) in enumerate(splits, 1):
            trained = set(y[train_idx])
            if len(trained) < 2:  # else scikit-learn's traceback when the fold is fitted
                missing = sorted(set(counts) - trained)
                raise DataError(f"cross-validation fold {fold} of {k} trains on one label only, "
                                f"{next(iter(trained))!r}: label {missing[0]!r} is in the held-out "
                                "group(s) alone; add rows of each label to more groups, or pass "
                                "--group-column none")
        scheme = (f"StratifiedGroupKFold(n_splits={k}) grouped by "
                  + ("source (outlet for real pages)" if group_column in ("source", GROUP_COLUMN)
                     else repr(group_column)))
        if smallest < k:
            rare = min(counts, key=lambda label: (counts[label], str(label)))
            scheme += (f", with label {rare!r} in only {smallest} row{'s' * (smallest != 1)}, fewer than "
                       f"the {k} folds (some folds test none of it)")
        return splits, scheme
    if smallest < 2:
        raise DataError(
            "stratified cross-validation needs at least 2 rows of every label; "
            f"label counts are {_counts_text(counts)}"
        )
    k = min(MAX_SPLITS, smallest)
    splitter = StratifiedKFold(n_splits=k, shuffle=True, random_state=seed)
    return list(splitter.split(np.zeros(len(y)), y)), f"StratifiedKFold(n_splits={k}), no groups"


def _counts_text(counts: Counter, limit: int = 10) -> str:
    """Label counts for a message, the rarest first, at most ``limit`` of them."""
    rarest = sorted(counts.items(), key=lambda item: (item[1], str(item[0])))
    text = ", ".join(f"{label!r}: {n}" for label, n in rarest[:limit])
    return "{" + text + (f", ... and {len(rarest) - limit:,} more" if len(rarest) > limit else "") + "}"


@contextmanager
def _words_needed():
    """scikit-learn's error for texts with no n-gram to count as one line (a DataError)."""
    try:
        yield
    except ValueError as exc:
        if "empty vocabulary" in str(exc):
            raise DataError("the texts hold no word the model can count (only punctuation, numbers of "
                            "one digit or the like); check --text-column") from None
        if "no terms remain" in str(exc) or "max_df corresponds to" in str(exc):
            raise DataError("no n-gram is in as many rows as min_df asks (or min_df is more rows than a "
                            "fold trains on); lower it, e.g. --param min_df=1") from None
        raise


def cross_validate(data: LabelledData, params: dict[str, Any] | None = None, *, seed: int = 0,
                   splits=None, keep_models: bool = False) -> CVResult:
    """Out-of-fold probabilities for every row.

    Parameters
    ----------
    data : LabelledData
    params : dict, optional
        Model parameters (see :data:`stance.pipeline.DEFAULT_PARAMS`).
    seed : int
    splits : list, optional
        Precomputed folds, so several models can be compared on the same ones.
    keep_models : bool
        Keep each fold's fitted model in ``CVResult.models`` (to score variants of its
        held-out rows, as the name-swap test does).
    """
    texts = np.asarray(data.texts, dtype=object)
    y = np.asarray(data.labels, dtype=object)
    weights = sample_weights(data, params)
    labels = sorted(set(data.labels))
    scheme = "given folds"
    if splits is None:
        splits, scheme = make_splits(data.labels, data.groups, seed, data.group_column or "source")
    proba = np.zeros((len(y), len(labels)))
    folds = np.zeros(len(y), dtype=int)
    models = []
    for k, (train_idx, test_idx) in enumerate(splits):
        with single_threaded(), _words_needed():
            model = build_pipeline(params, seed=seed).fit(list(texts[train_idx]), y[train_idx],
                                                          **_weighted(weights, train_idx))
            fold_proba = model.predict_proba(list(texts[test_idx]))
        if keep_models:
            models.append(model)
        # A fold's training part may lack a label; its column stays zero.
        for j, label in enumerate(model.classes_):
            proba[test_idx, labels.index(label)] = fold_proba[:, j]
        folds[test_idx] = k
    return CVResult(labels=labels, y_true=y, proba=proba, folds=folds, scheme=scheme,
                    models=models if keep_models else None)


def sample_weights(data: LabelledData, params: dict[str, Any] | None = None) -> np.ndarray | None:
    """Each row's weight in training, or None when every row counts the same.

    ``written_weight`` for the rows we wrote, 1 for the rest: only the project's corpus says
    which rows are written (its ``_kind`` column: ``written``, ``contrast``); for other data,
    and when the weight is 1, that factor is 1. With ``domain_column`` (see
    :func:`domain_rows`) the other domains' rows count ``other_domain_weight``, and with
    ``class_weight="balanced"`` each row also counts ``n_d / (k_d * n_d,label)``, the balanced
    class weight within its own domain ``d``.
    """
    p = resolve_params(params)
    weights = None
    weight = p["written_weight"]
    if KIND_COLUMN in data.frame.columns and weight != 1.0:
        written = data.frame[KIND_COLUMN].isin(WRITTEN_KINDS).to_numpy()
        if written.any():
            weights = np.where(written, weight, 1.0)
    if p["domain_column"] is not None:
        domains = _domain_values(data, p)
        w = np.where(_own_domain(domains, p), 1.0, p["other_domain_weight"])
        if p["class_weight"] == "balanced":
            y = np.asarray(data.labels, dtype=object)
            for d in np.unique(domains):
                rows = domains == d
                labels, counts = np.unique(y[rows], return_counts=True)
                share = dict(zip(labels, rows.sum() / (len(labels) * counts)))
                w[rows] *= np.array([share[v] for v in y[rows]])
        weights = w if weights is None else weights * w
    return weights


def _domain_values(data: LabelledData, p: dict[str, Any]) -> np.ndarray:
    column = p["domain_column"]
    if column not in data.frame.columns:
        raise DataError(f"--param domain_column={column}: the data has no column {column!r}; "
                        f"found {', '.join(map(repr, (c for c in data.frame.columns if not c.startswith('_'))))}")
    return data.frame[column].astype(str).str.strip().to_numpy(dtype=object)


def domain_rows(data: LabelledData, params: dict[str, Any] | None = None) -> np.ndarray | None:
    """The rows of the model's own domain (a boolean mask), or None without ``domain_column``."""
    p = resolve_params(params)
    if p["domain_column"] is None:
        return None
    return _own_domain(_domain_values(data, p), p)


def _own_domain(domains: np.ndarray, p: dict[str, Any]) -> np.ndarray:
    own = domains == p["domain"]
    if not own.any():
        raise DataError(f"--param domain={p['domain']}: no row has that {p['domain_column']!r}; "
                        f"the data's values are {', '.join(map(repr, sorted(set(domains))))}")
    return own


def _weighted(weights: np.ndarray | None, rows=slice(None)) -> dict[str, Any]:
    """The ``fit`` keyword that passes row weights to the classifier, if there are any."""
    return {} if weights is None else {"clf__sample_weight": weights[rows]}


def subset(data: LabelledData, rows) -> LabelledData:
    """The rows of ``data`` where the boolean mask ``rows`` is True."""
    frame = data.frame[np.asarray(rows, dtype=bool)].reset_index(drop=True)
    return LabelledData(frame=frame, text_column=data.text_column, label_column=data.label_column,
                        group_column=data.group_column, files=data.files)


def fit(data: LabelledData, params: dict[str, Any] | None = None, *, seed: int = 0):
    """Fit the pipeline on all rows and canonicalise it for reproducible bytes."""
    with single_threaded(), _words_needed():
        return canonicalise(build_pipeline(params, seed=seed).fit(data.texts, data.labels,
                                                                  **_weighted(sample_weights(data, params))))


def format_report(metrics: dict[str, Any]) -> str:
    """The CV metrics as a plain-text table, as ``train.py`` prints them."""
    labels = metrics["confusion_matrix"]["labels"]
    width = max(12, *(len(label) + 2 for label in labels))
    lines = [
        f"Cross-validation: {metrics['scheme']}",
        f"{'':{width}}{'precision':>10}{'recall':>10}{'f1':>10}{'support':>10}",
    ]
    for label in labels:
        c = metrics["per_class"][label]
        lines.append(f"{label:{width}}{c['precision']:>10.3f}{c['recall']:>10.3f}{c['f1']:>10.3f}{c['support']:>10}")
    folds = ", ".join(f"{v:.3f}" for v in metrics["fold_macro_f1"])
    lines += [
        f"{'macro-F1':{width}}{metrics['macro_f1']:>30.3f}   (folds: {folds})",
        f"{'accuracy':{width}}{metrics['accuracy']:>30.3f}",
    ]
    if "metric" in metrics:
        m = metrics["metric"]
        lines.append(f"{m['name']:{width}}{m['value']:>{max(30 + width - max(len(m['name']), width), 6)}.3f}   "
                     f"(mean F1 of {', '.join(m['labels'])}; the searched metric)")
    lines += [
        "",
        "Confusion matrix (rows: true, columns: predicted)",
        f"{'':{width}}" + "".join(f"{label:>10}" for label in labels),
    ]
    for label, row in zip(labels, metrics["confusion_matrix"]["rows_true_columns_predicted"]):
        lines.append(f"{label:{width}}" + "".join(f"{v:>10}" for v in row))
    return "\n".join(lines)


def check_out_folder(out: str | Path) -> Path:
    """``out`` as a Path; refused when it, or a folder above it, is a file."""
    out = Path(out)
    for folder in (out, *out.parents):
        if folder.exists() and not folder.is_dir():
            raise DataError(f"{folder}: Not a directory (it is a file); choose another --out folder")
    if out.suffix.lower() in (".joblib", ".skops", ".json", ".pkl", ".pickle") and not out.is_dir():
        # else a folder named model.joblib, holding model.joblib/stance.joblib
        parent = f"{out.parent}/" if str(out.parent) != "." else "e.g. my_model/"
        raise DataError(f"--out {out}: names a model file, but --out is the folder that gets "
                        f"{MODEL_FILE} and {META_FILE}; give the folder, {parent}")
    return out


def train(
    data: LabelledData,
    out: str | Path,
    *,
    params: dict[str, Any] | None = None,
    seed: int = 0,
    data_hash: str | None = None,
    data_paths: Sequence[str] = (),
    relative_to: Path | None = None,
    report: bool = True,
    probes: str | Path | None = None,
    metric: str = "macro_f1",
    echo=print,
) -> dict[str, Any]:
    """Cross-validate, fit on all rows and write the model, its sidecar and its report.

    Writes ``out/stance.joblib``, ``out/stance.json`` and, with ``report``, ``out/report.md``
    with its figures (see :mod:`stance.evaluation`). When the data is the project's corpus,
    the report adds the real-news figures of :func:`real_news_figures`; ``probes`` is a probe
    file (see :mod:`stance.robustness`) the final model is measured on. A ``metric`` other than
    macro-F1 (``f_avg:A,B``, as ``--search`` optimised it) is reported beside it.

    Returns
    -------
    dict
        The metadata written to the sidecar.
    """
    from .evaluation import evaluate, write_report

    params = resolve_params(params)
    check_out_folder(out)  # before the cross-validation, not after it
    cv = cross_validate(data, params, seed=seed, keep_models=True)
    # With domains, every row trains but only the model's own domain is scored.
    own = domain_rows(data, params)
    scored = cv if own is None else cv.subset(own)
    metrics = scored.metrics()
    from .selection import parse_metric

    metric_labels = parse_metric(metric, scored.labels)
    if metric_labels is not None:  # what the search chose by, shown with the rest
        metrics["metric"] = {"name": metric, "labels": list(metric_labels), "value": _round(f1_score(
            scored.y_true, scored.y_pred, labels=list(metric_labels), average="macro", zero_division=0))}
    if own is not None:
        metrics["scored_rows"] = f"{params['domain_column']} = {params['domain']}: {int(own.sum())} of {len(own)} rows"
        echo(f"Scored on the {int(own.sum())} rows of {params['domain_column']} = {params['domain']!r} "
             f"(all {len(own)} rows train; the others at weight {params['other_domain_weight']:g})")
    echo(format_report(metrics))
    texts, groups = data.texts, data.groups
    if own is not None:
        texts = [t for t, keep in zip(texts, own) if keep]
        groups = None if groups is None else [g for g, keep in zip(groups, own) if keep]
    evaluation = evaluate(scored, texts, groups, seed=seed)
    real = real_news_figures(data, cv, params, seed=seed)
    if real:
        evaluation["real_news"] = real
        echo(format_real(real))
    calibration = evaluation["calibration"]
    pipeline = fit(data, params, seed=seed)
    if calibration["adopted"]:
        # Temperature scaling: dividing every score by T changes the probabilities, never
        # the label, and the model stays a plain LogisticRegression.
        clf = pipeline.named_steps["clf"]
        clf.coef_ = clf.coef_ / calibration["temperature"]
        clf.intercept_ = clf.intercept_ / calibration["temperature"]
    if probes is not None and Path(probes).is_file():
        from .robustness import probe_pass_rate, read_probes

        # The final model, as shipped: the probes are never trained on.
        evaluation["probes"] = probe_pass_rate(pipeline, read_probes(probes))
        echo(f"probes: {evaluation['probes']['passed']}/{evaluation['probes']['probes']} labelled as "
             f"expected ({100 * evaluation['probes']['rate']:.1f}%)")
    frame = data.frame
    metadata = {
        "labels": [str(c) for c in pipeline.classes_],
        "text_column": data.text_column,
        "label_column": data.label_column,
        "group_column": data.group_column,
        "params": {k: list(v) if isinstance(v, tuple) else v for k, v in params.items()},
        "seed": seed,
        "temperature": calibration["temperature"],
        "cv": metrics,
        "evaluation": {k: v for k, v in evaluation.items() if k != "calibration"}
        | {"calibration": {k: v for k, v in calibration.items() if not k.startswith("_")}},
        "rows": {
            "total": int(len(frame)),
            "per_label": {k: int(v) for k, v in sorted(Counter(data.labels).items())},
            "per_file": {_rel(f, relative_to): int(n) for f, n in Counter(frame["_file"]).items()},
            "duplicates_dropped": data.duplicates_dropped,
            "groups": int(len(set(data.groups))) if data.groups is not None else None,
        },
        "data_paths": list(data_paths),
        "data_sha256": data_hash or files_sha256(data.files),
    }
    # Every output is written into a temporary folder beside `out` and moved into place only
    # when all are complete: a failure or Ctrl-C leaves the previous model and report intact.
    out = check_out_folder(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.training-", dir=out.parent))
    try:
        save_model(pipeline, staging, metadata)
        if report:
            write_report(staging, metrics, evaluation, scored, metadata)
        out.mkdir(exist_ok=True)
        written = []
        with uninterrupted():  # the model, its sidecar and its report: all of them or none
            for path in sorted(staging.iterdir()):
                os.replace(path, out / path.name)
                written.append(out / path.name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    ci = evaluation["macro_f1_ci95_rows"]
    echo(f"macro-F1 95% bootstrap interval: {ci[0]:.3f}-{ci[1]:.3f}; baselines: "
         + ", ".join(f"{k} {v['macro_f1']:.3f}" for k, v in evaluation["baselines"].items())
         + f"; Brier {calibration['brier_before']:.4f}"
         + (f" -> {calibration['brier_after']:.4f} with temperature {calibration['temperature']:.3f}"
            if calibration["adopted"] else " (temperature scaling not adopted)"))
    repeats = data.duplicates_dropped
    echo(f"\nTrained on {len(frame)} rows from {len(data.files)} file(s)"
         + (f" ({repeats} repeated row{'s' * (repeats != 1)} dropped: the same text with the same "
            "label, counted once)" if repeats else "") + "; wrote "
         + ", ".join(str(p) for p in written))
    return metadata


def real_news_figures(data: LabelledData, cv: CVResult, params: dict[str, Any], *,
                      seed: int = 0) -> dict[str, Any] | None:
    """How the model does on the rows paraphrased from real news (``labeled/articles``, ``news``).

    - ``held_out``: the real rows' out-of-fold predictions of the all-rows cross-validation
      (every other row trains), overall and for whole articles and single news sentences, with a
      bootstrap interval that resamples whole outlets;
    - ``real_only``: grouped cross-validation on the real rows alone;
    - ``transfer``: trained on the written and contrast rows, tested on every real row;
    - ``name_swap``: the share of held-out real labels that change when the actor's name is
      swapped for one of the other camp (:mod:`stance.robustness`);
    - ``demonym_swap``: the same when a state's adjective ("Russian") is swapped for that of a
      state of the other camp.

    None when the data has no real rows (a user's own file).
    """
    from .evaluation import bootstrap_interval
    from .robustness import camps, flip_rate

    frame = data.frame
    if KIND_COLUMN not in frame.columns:
        return None
    kinds = frame[KIND_COLUMN].to_numpy()
    real = np.isin(kinds, REAL_KINDS)
    if real.sum() == 0:
        return None
    labels = cv.labels
    groups = np.asarray(data.groups, dtype=object)

    def summary(part: CVResult, part_groups) -> dict[str, Any]:
        m = part.metrics()
        out = {"rows": int(len(part.y_true)), "macro_f1": m["macro_f1"],
               "f1": {lab: m["per_class"][lab]["f1"] for lab in labels}}
        if len(set(part_groups)) >= 5:
            low, high = bootstrap_interval(part.y_true, part.y_pred, labels, part_groups, seed=seed)
            out["ci95_outlets"] = [round(low, 4), round(high, 4)]
        return out

    held_out = {"all real": summary(cv.subset(real), groups[real])}
    for kind in REAL_KINDS:
        rows = kinds == kind
        if rows.sum():
            held_out[kind] = summary(cv.subset(rows), groups[rows])
    result: dict[str, Any] = {"held_out": held_out}
    real_data = subset(data, real)
    if len(set(real_data.groups)) >= 2 and min(Counter(real_data.labels).values()) >= 2:
        result["real_only"] = summary(cross_validate(real_data, params, seed=seed),
                                      np.asarray(real_data.groups, dtype=object))
    written = np.isin(kinds, WRITTEN_KINDS)
    if written.sum() and len(set(frame.loc[written, data.label_column])) == len(labels):
        train_part = subset(data, written)
        model = fit(train_part, params, seed=seed)
        with single_threaded():
            proba = model.predict_proba(list(real_data.texts))
        order = [list(model.classes_).index(lab) for lab in labels]
        transfer = CVResult(labels=labels, y_true=np.asarray(real_data.labels, dtype=object),
                            proba=proba[:, order], folds=np.zeros(len(real_data.texts), dtype=int),
                            scheme="trained on written + contrast rows")
        result["transfer"] = summary(transfer, np.asarray(real_data.groups, dtype=object))
    if cv.models is not None:
        side = camps(frame["actor"].tolist(), data.labels)
        result["name_swap"] = flip_rate(cv, data.texts, frame["actor"].tolist(), real, side)
        result["demonym_swap"] = flip_rate(cv, data.texts, frame["actor"].tolist(), real, side,
                                           swap="demonym")
    return result


def format_real(real: dict[str, Any]) -> str:
    """The real-news figures as printed by ``train.py``."""
    def line(name, part):
        ci = part.get("ci95_outlets")
        return (f"  {name:<34} {part['rows']:>6} rows  macro-F1 {part['macro_f1']:.3f}"
                + (f"  (95% CI over outlets {ci[0]:.3f}-{ci[1]:.3f})" if ci else ""))

    lines = ["", "Real news (rows paraphrased from real pages):"]
    for name, part in real["held_out"].items():
        lines.append(line(f"held out, {name}", part))
    if "real_only" in real:
        lines.append(line("CV on the real rows alone", real["real_only"]))
    if "transfer" in real:
        lines.append(line("transfer (written+contrast -> real)", real["transfer"]))
    for key, what in (("name_swap", "of held-out real labels change when the actor's name is swapped "
                                    "for the other camp's"),
                      ("demonym_swap", "change when a state's adjective is swapped for one of the other camp")):
        swap = real.get(key)
        if swap and swap["rows"]:
            lines.append(f"  {key.replace('_', '-')} flip rate: {swap['flipped']}/{swap['rows']} = "
                         f"{100 * swap['rate']:.1f}% {what}")
    return "\n".join(lines)


def _rel(path: str, base: Path | None) -> str:
    p = Path(path)
    try:
        return p.resolve().relative_to((base or Path.cwd()).resolve()).as_posix()
    except ValueError:
        return p.as_posix()


MAX_SEED = 2**32 - 1  # numpy's random generators take seeds from 0 to this


def build_parser(prog: str = "train.py") -> argparse.ArgumentParser:
    """The options of ``train.py`` and ``stance train``."""
    from .cli import OneLineParser

    parser = OneLineParser(
        prog=prog,
        description="Train the stance model: grouped cross-validation report, then fit on all "
        "data and write DIR/stance.joblib and DIR/stance.json.",
    )
    add_arguments(parser)
    return parser


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from .cli import path_arg

    parser.add_argument("--data", type=path_arg, nargs="+", metavar="PATH",
                        help="CSV/TSV files or folders (default: labeled/, validated strictly)")
    parser.add_argument("--text-column", default="text", help="column with the text (default: text)")
    parser.add_argument("--label-column", default="stance", help="column with the label (default: stance)")
    parser.add_argument("--group-column", default=None,
                        help="column grouping rows for CV, which every file must have (default: source, "
                        "when every file has it; 'none': stratified CV)")
    parser.add_argument("--labels", help="comma-separated allowed labels for --data (default: any)")
    parser.add_argument("--out", type=path_arg, metavar="DIR", help="output folder (default: models/)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default: 0)")
    parser.add_argument("--param", action="append", default=[], metavar="NAME=VALUE",
                        help="set a model parameter, e.g. --param C=3 --param char_ngram_range=2,5 "
                        "(names: see stance.pipeline.DEFAULT_PARAMS); may be repeated; with --search it "
                        "stays fixed and the search explores the others")
    parser.add_argument("--search", action="store_true",
                        help="choose the parameters by a grouped-CV grid search (macro-F1), print the "
                        "table, write DIR/search.md, then train with the best setting")
    parser.add_argument("--metric", default=None, metavar="NAME",
                        help="what --search optimises: macro_f1 (default) or f_avg:LABEL,LABEL, the mean F1 of "
                        "the named labels (SemEval-2016's F_avg: f_avg:FAVOR,AGAINST); on labeled/ the search "
                        "scores the held-out real-news rows")
    parser.add_argument("--min-speed", type=float, default=None, metavar="N",
                        help="with --search: choose the best setting that scores at least N sentences/s "
                        "on one core (default: 0, best macro-F1 whatever its speed)")
    parser.add_argument("--jobs", type=int, default=None, help="processes for --search (default: all cores)")


def parse_params(items: Sequence[str]) -> dict[str, Any]:
    """``NAME=VALUE`` strings to model parameters: numbers, ``none``, booleans, ``a,b`` ranges."""
    params: dict[str, Any] = {}
    for item in items:
        name, sep, raw = item.partition("=")
        if not sep:
            raise DataError(f"--param expects NAME=VALUE, got {item!r}; e.g. --param C=3")
        raw = raw.strip()
        if raw.lower() in ("none", "null", ""):
            value: Any = None
        elif raw.lower() in ("true", "false"):
            value = raw.lower() == "true"
        elif re.fullmatch(r"\d+,\d+", raw.replace(" ", "")):
            value = tuple(int(v) for v in raw.split(","))
        elif "," in raw or name.strip().endswith("_range"):
            value = raw  # not a LOW,HIGH range: refused as it was written
        else:
            try:
                value = int(raw)
            except ValueError:
                try:
                    value = float(raw)
                except ValueError:
                    value = raw
        params[name.strip()] = value
    try:
        pipeline = build_pipeline(params)
        # scikit-learn's own checks (types, ranges) now, not as a traceback mid-training.
        for step in (*(t for _, t in pipeline.named_steps["features"].transformer_list),
                     pipeline.named_steps["clf"]):
            step._validate_params()
    except (ValueError, TypeError) as exc:
        message = " ".join(str(exc).split())
        raise DataError(f"--param: {message}") from None
    return params


def run_search(data: LabelledData, out: Path, *, seed: int, n_jobs: int, min_speed: float = 0.0,
               metric: str = "macro_f1", fixed: dict[str, Any] | None = None, echo=print) -> dict[str, Any]:
    """Grid-search the parameters with grouped CV; write ``out/search.md``; return the chosen ones.

    On the project's corpus every row trains but only the held-out real-news rows are scored:
    the model is for real news, and the written rows would flatter it. Parameters in ``fixed``
    (``--param``) keep their value: the search explores the others.
    """
    import time

    from .marking import HASHTAG
    from .selection import CLASSIFIER_GRID, FEATURE_GRID, best_params, format_table, parse_metric, search

    given = set(fixed or {})
    fixed = {k: v for k, v in resolve_params(fixed).items() if k in given}
    feature_grid = {k: [fixed[k]] if k in fixed else v for k, v in FEATURE_GRID.items()}
    classifier_grid = {k: [fixed[k]] if k in fixed else v for k, v in CLASSIFIER_GRID.items()}
    if "tweets" in feature_grid and "tweets" not in fixed and not any(HASHTAG.search(t) for t in data.texts):
        # Without hashtags, tweet preprocessing leaves the text as it is: nothing to search
        # (@handles alone are not worth masking; see benchmarks/RESULTS.md, issue 11).
        feature_grid["tweets"] = ["off"]

    try:
        metric_labels = parse_metric(metric, sorted(set(data.labels)))
    except ValueError as exc:
        raise DataError(f"--metric: {exc}") from None
    scored = None
    if KIND_COLUMN in data.frame.columns and data.frame[KIND_COLUMN].isin(REAL_KINDS).any():
        scored = data.frame[KIND_COLUMN].isin(REAL_KINDS).to_numpy()
    if resolve_params(fixed)["domain_column"] is not None:
        # The search builds its settings from the grid, without the domain's class balancing.
        raise DataError("--search does not handle domain_column yet; choose the setting with "
                        "benchmarks/semeval2016_pool_cv.py-style CV and pass it with --param")
    splits, scheme = make_splits(data.labels, data.groups, seed, data.group_column or "source")
    start = time.perf_counter()
    # The rows weigh in the search as they will in training (`written_weight`, fixed or default).
    table = search(data.texts, data.labels, splits, seed=seed, n_jobs=n_jobs, metric_labels=metric_labels,
                   scored=scored, feature_grid=feature_grid, classifier_grid=classifier_grid,
                   sample_weight=sample_weights(data, fixed))
    seconds = time.perf_counter() - start
    full = int((table["folds"] == table["folds"].max()).sum())
    what = metric if metric_labels is None else f"{metric} (mean F1 of {', '.join(metric_labels)})"
    head = (f"Grid search over {len(table)} settings, {scheme}, {len(data.texts)} rows"
            + (f", scored on the {int(scored.sum())} held-out real-news rows" if scored is not None else "")
            + f", {seconds:.0f} s. Metric: {what}. Successive halving: every setting scored on the first "
            f"fold, the best third on two, the best {full} completed on all {int(table['folds'].max())} folds "
            "and ranked by their full grouped-CV score (the column `folds` says which score a row has). Best first.")
    out.mkdir(parents=True, exist_ok=True)
    # Written before the choice, so a --min-speed that nothing meets does not lose the search.
    (out / "search.md").write_text(f"{head}\n\n{format_table(table, top=len(table))}\n", encoding="utf-8")
    try:
        best = best_params(table, min_speed)
    except ValueError as exc:
        raise DataError(f"--min-speed: {exc} (the table is in {out / 'search.md'})") from None
    chosen = ("Chosen" + (f" (best at >= {min_speed:,.0f} sentences/s)" if min_speed else "") + ": "
              + ", ".join(f"{k}={v}" for k, v in best.items()))
    echo(f"{head} Top 15:\n\n{format_table(table)}\n\n{chosen}\n")
    (out / "search.md").write_text(f"{head}\n\n{chosen}\n\n{format_table(table, top=len(table))}\n",
                                   encoding="utf-8")
    return best


def run(args: argparse.Namespace, root: Path | None = None) -> dict[str, Any]:
    """Train from parsed arguments; ``root`` holds the default ``labeled/`` and ``models/``."""
    root = Path(root) if root is not None else Path.cwd()
    out = Path(args.out) if args.out else root / "models"
    if not 0 <= args.seed <= MAX_SEED:  # numpy's range, checked before any reading
        raise DataError(f"--seed must be from 0 to {MAX_SEED}, got {args.seed}")
    check_out_folder(out)
    search_only = [f"--{name.replace('_', '-')}" for name in ("metric", "min_speed", "jobs")
                   if getattr(args, name, None) is not None]
    if search_only and not getattr(args, "search", False):  # else silently ignored
        raise DataError(f"{', '.join(search_only)}: for --search only; add --search, or leave out "
                        f"{'these options' if len(search_only) > 1 else 'the option'}")
    named = args.group_column not in (None, "", "none")  # a column the user named must be there
    group = None if args.group_column in ("", "none") else args.group_column or "source"
    params = parse_params(getattr(args, "param", []))
    corpus = root / "labeled"
    as_corpus = (not args.labels and args.text_column == "text" and args.label_column == "stance"
                 and args.group_column in (None, "source"))
    if as_corpus and args.data and len(args.data) == 1 and Path(args.data[0]).resolve() == corpus.resolve():
        args.data = None  # the default named: read as the corpus, not as a user's file
    if args.data is None:
        if args.labels or args.text_column != "text" or args.label_column != "stance" \
                or args.group_column not in (None, "source"):
            raise DataError("--labels, --text-column, --label-column and --group-column apply to --data; "
                            "the corpus in labeled/ always uses the columns text, stance and source")
        if not corpus.exists():  # else "check the path given with --data", with no --data given
            raise DataError(f"{corpus}: no such folder, and no --data given (the default is the corpus "
                            "in labeled/); give your data with --data FILE, or run from the repository")
        data = read_corpus(corpus)
        kwargs = dict(data_hash=data_sha256(corpus), data_paths=["labeled"], relative_to=root,
                      probes=root / "benchmarks" / "probes.csv")
    else:
        labels = [x.strip() for x in args.labels.split(",") if x.strip()] if args.labels else None
        data = read_labelled(args.data, text_column=args.text_column, label_column=args.label_column,
                             group_column=group, labels=labels)
        absent = [x for x in labels or () if x not in set(data.labels)]
        if absent:  # else a model that can never give it, without a word
            raise DataError(f"--labels: no row of {', '.join(map(str, data.files))} is labelled "
                            f"{' or '.join(map(repr, absent))} in column {args.label_column!r}, so the model "
                            f"could never give it; add such rows, or leave it out of --labels")
        if named and data.group_column is None:  # else stratified CV, groups split without a word
            for path in data.files:
                header, _ = read_table(path)
                if group not in header:
                    raise DataError(f"{path}: no column {group!r} for --group-column; found "
                                    f"{', '.join(map(repr, header))}; name the column that groups the "
                                    "rows, or --group-column none for stratified CV")
        kwargs = dict(data_paths=[str(p) for p in args.data])
    searched = getattr(args, "search", False)
    if searched:
        params = {**run_search(data, out, seed=args.seed, n_jobs=-1 if args.jobs is None else args.jobs,
                               min_speed=args.min_speed or 0.0, metric=args.metric or "macro_f1",
                               fixed=params), **params}
    metadata = train(data, out, params=params, seed=args.seed,
                     metric=args.metric or "macro_f1" if searched else "macro_f1", **kwargs)
    if not searched and (out / "search.md").is_file():  # its "Chosen:" is not this model's
        print(f"Note: {out / 'search.md'} is from an earlier --search, not about this model (its "
              f"parameters are in {out / 'stance.json'}); delete it, or train with --search to renew it")
    return metadata


def main(argv: Sequence[str] | None = None, root: Path | None = None) -> int:
    """Entry point of ``train.py``: on bad input one clear line and exit status 2."""
    from .cli import report_errors, sigterm_as_interrupt

    args = build_parser().parse_args(argv)
    with report_errors("train.py"), sigterm_as_interrupt():
        run(args, root)
    return 0
