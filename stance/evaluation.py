"""The evaluation report: how good the model is, with what uncertainty, against what.

Everything here works on the out-of-fold predictions of grouped cross-validation, so the
model, its baselines and its calibration are compared on exactly the same folds. The report
is deterministic (seeded bootstrap, no timings or dates): retraining on the same data gives
the same ``report.md`` and figures.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Sequence

import numpy as np
from scipy.optimize import minimize_scalar
from sklearn.metrics import f1_score, precision_recall_fscore_support

N_BOOTSTRAP = 1000
RELIABILITY_BINS = 10
# Temperature scaling is adopted only when it lowers the cross-fitted Brier score by more
# than this: a smaller gain is within the noise of a few thousand rows.
MIN_BRIER_GAIN = 0.002

# A transparent keyword rule, the baseline a researcher would write in ten minutes. Openness
# phrases are checked before refusal phrases because "not rule out" contains "rule out".
_OPENNESS = r"(not|never|n't) (be )?rul(e|ed|ing) out|nothing (should|can) be excluded|not exclud"
_OPPOSE = (r"(will|would|do|does|did|shall) not send|won't send|no plans? to (send|deploy)|never send|"
           r"rul(e|es|ed|ing) out|reject|unacceptable|oppos|legitimate targets?|under the guise|"
           r"occupation|no (foreign |western |european )?troops")
_SUPPORT = (r"ready to (send|deploy|contribute)|willing to (send|deploy|contribute)|pledg|"
            r"(will|would|could) (send|deploy)|reassurance force|boots on the ground|backstop|"
            r"contribute (troops|soldiers|forces)|peacekeep")


# The labels the keyword rule gives: a baseline only for a model of these labels.
RULE_LABELS = ("support", "oppose", "neutral")


def keyword_rule(texts: Sequence[str], labels: Sequence[str]) -> np.ndarray:
    """Label texts with the keyword rule (support / oppose / neutral; others map to the first label)."""
    out = []
    for text in texts:
        t = text.lower().replace("’", "'")
        if re.search(_OPENNESS, t):
            out.append("support")
        elif re.search(_OPPOSE, t):
            out.append("oppose")
        elif re.search(_SUPPORT, t):
            out.append("support")
        else:
            out.append("neutral")
    known = set(labels)
    return np.array([x if x in known else labels[0] for x in out], dtype=object)


def macro_f1(y_true, y_pred, labels) -> float:
    return float(f1_score(y_true, y_pred, labels=labels, average="macro", zero_division=0))


def bootstrap_interval(y_true, y_pred, labels, groups=None, *, seed: int = 0,
                       n: int = N_BOOTSTRAP) -> tuple[float, float]:
    """95% percentile interval of macro-F1 by resampling rows, or whole groups when given.

    Resampling whole sources is the honest choice when rows within a source are alike:
    it gives a wider interval than resampling rows, as it should.
    """
    rng = np.random.default_rng(seed)
    y_true, y_pred = np.asarray(y_true, dtype=object), np.asarray(y_pred, dtype=object)
    if groups is None:
        units = [np.array([i]) for i in range(len(y_true))]
    else:
        groups = np.asarray(groups, dtype=object)
        units = [np.flatnonzero(groups == g) for g in sorted(set(groups))]
    values = []
    for _ in range(n):
        pick = rng.integers(0, len(units), len(units))
        idx = np.concatenate([units[i] for i in pick])
        values.append(macro_f1(y_true[idx], y_pred[idx], labels))
    low, high = np.percentile(values, [2.5, 97.5])
    return float(low), float(high)


def brier(proba: np.ndarray, y_true, labels) -> float:
    """Multi-class Brier score: mean over rows of the squared error summed over labels."""
    onehot = (np.asarray(y_true, dtype=object)[:, None] == np.asarray(labels, dtype=object)[None, :])
    return float(np.mean(np.sum((proba - onehot) ** 2, axis=1)))


def expected_calibration_error(proba: np.ndarray, y_true, labels, bins: int = RELIABILITY_BINS) -> float:
    """Gap between confidence and accuracy, averaged over equal-width confidence bins."""
    conf, correct = _confidence(proba, y_true, labels)
    edges = np.linspace(0, 1, bins + 1)
    which = np.clip(np.digitize(conf, edges[1:-1]), 0, bins - 1)
    return float(sum(abs(conf[which == b].mean() - correct[which == b].mean()) * np.mean(which == b)
                     for b in range(bins) if np.any(which == b)))


def _confidence(proba, y_true, labels):
    pred = np.asarray(labels, dtype=object)[proba.argmax(axis=1)]
    return proba.max(axis=1), (pred == np.asarray(y_true, dtype=object)).astype(float)


def apply_temperature(proba: np.ndarray, temperature: float) -> np.ndarray:
    """softmax(log p / T): the same as dividing the model's scores by T."""
    logp = np.log(np.clip(proba, 1e-12, 1.0)) / temperature
    logp -= logp.max(axis=1, keepdims=True)
    p = np.exp(logp)
    return p / p.sum(axis=1, keepdims=True)


def fit_temperature(proba: np.ndarray, y_true, labels) -> float:
    """The temperature that minimises the log loss of ``proba``."""
    index = {label: j for j, label in enumerate(labels)}
    y = np.array([index[v] for v in y_true])

    def nll(log_t):
        p = apply_temperature(proba, float(np.exp(log_t)))
        return -np.mean(np.log(np.clip(p[np.arange(len(y)), y], 1e-12, None)))

    return float(np.exp(minimize_scalar(nll, bounds=(-3, 3), method="bounded").x))


def calibrate(cv) -> dict[str, Any]:
    """Decide on temperature scaling from out-of-fold predictions.

    The temperature for each fold is fitted on the other folds' predictions (cross-fitting),
    so the "after" figures are honest; the final temperature is fitted on all of them.
    """
    labels, y = cv.labels, cv.y_true
    crossfit = np.empty_like(cv.proba)
    for k in np.unique(cv.folds):
        test, rest = cv.folds == k, cv.folds != k
        crossfit[test] = apply_temperature(cv.proba[test], fit_temperature(cv.proba[rest], y[rest], labels))
    before, after = brier(cv.proba, y, labels), brier(crossfit, y, labels)
    temperature = fit_temperature(cv.proba, y, labels)
    adopted = before - after > MIN_BRIER_GAIN
    return {
        "temperature": round(temperature, 4) if adopted else 1.0,
        "fitted_temperature": round(temperature, 4),
        "adopted": bool(adopted),
        "brier_before": round(before, 4),
        "brier_after": round(after, 4),
        "ece_before": round(expected_calibration_error(cv.proba, y, labels), 4),
        "ece_after": round(expected_calibration_error(crossfit, y, labels), 4),
        "_crossfit_proba": crossfit,
    }


def evaluate(cv, texts: Sequence[str], groups: Sequence[str] | None, *, seed: int = 0) -> dict[str, Any]:
    """Everything the report shows, computed on the out-of-fold predictions ``cv``."""
    labels, y = cv.labels, cv.y_true
    y_pred = cv.y_pred
    texts = np.asarray(texts, dtype=object)
    majority = np.empty(len(y), dtype=object)
    for k in np.unique(cv.folds):
        train = cv.folds != k
        values, counts = np.unique(y[train], return_counts=True)
        majority[cv.folds == k] = values[np.argmax(counts)]
    compared = [("majority class", majority)]
    if set(labels) == set(RULE_LABELS):  # else the rule's labels would be mapped at random
        compared.append(("keyword rule", keyword_rule(list(texts), labels)))
    baselines = {}
    for name, pred in compared:
        p, r, f, _ = precision_recall_fscore_support(y, pred, labels=labels, zero_division=0)
        baselines[name] = {"macro_f1": round(macro_f1(y, pred, labels), 4),
                           "f1": {lab: round(float(f[i]), 4) for i, lab in enumerate(labels)}}
    low, high = bootstrap_interval(y, y_pred, labels, seed=seed)
    result = {
        "macro_f1_ci95_rows": [round(low, 4), round(high, 4)],
        "baselines": baselines,
        "calibration": calibrate(cv),
    }
    if groups is not None and len(set(groups)) >= 5:
        glow, ghigh = bootstrap_interval(y, y_pred, labels, groups, seed=seed)
        result["macro_f1_ci95_sources"] = [round(glow, 4), round(ghigh, 4)]
    return result


def plot_confusion(matrix, labels, path: Path) -> None:
    plt = _pyplot()
    matrix = np.asarray(matrix)
    fig, ax = plt.subplots(figsize=(4.6, 4), dpi=110)
    ax.imshow(matrix, cmap="Blues")
    for i in range(len(labels)):
        for j in range(len(labels)):
            ax.text(j, i, str(matrix[i, j]), ha="center", va="center",
                    color="white" if matrix[i, j] > matrix.max() / 2 else "black")
    ax.set_xticks(range(len(labels)), labels)
    ax.set_yticks(range(len(labels)), labels)
    ax.set_xlabel("predicted")
    ax.set_ylabel("true")
    ax.set_title("Grouped-CV confusion matrix")
    _save(fig, path)


def plot_reliability(curves: dict[str, tuple[np.ndarray, Any]], labels, path: Path) -> None:
    """Reliability diagram: accuracy against confidence, one line per probability set."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(4.6, 4.2), dpi=110)
    ax.plot([0, 1], [0, 1], ls="--", color="grey", lw=1, label="perfect calibration")
    edges = np.linspace(0, 1, RELIABILITY_BINS + 1)
    for name, (proba, y_true) in curves.items():
        conf, correct = _confidence(proba, y_true, labels)
        which = np.clip(np.digitize(conf, edges[1:-1]), 0, RELIABILITY_BINS - 1)
        xs = [conf[which == b].mean() for b in range(RELIABILITY_BINS) if np.any(which == b)]
        ys = [correct[which == b].mean() for b in range(RELIABILITY_BINS) if np.any(which == b)]
        ax.plot(xs, ys, marker="o", label=name)
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.set_xlabel("confidence (highest probability)")
    ax.set_ylabel("accuracy")
    ax.set_title("Reliability (grouped-CV predictions)")
    ax.legend(loc="upper left", fontsize=8)
    _save(fig, path)


def _pyplot():
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:  # pragma: no cover - make installs the plot extra
        return None
    return plt


def _save(fig, path: Path) -> None:
    import matplotlib.pyplot as plt

    fig.tight_layout()
    # No "Software" entry: the PNG bytes then depend only on the figure, so retraining
    # on the same data leaves the committed figures unchanged.
    fig.savefig(path, metadata={"Software": None})
    plt.close(fig)


def write_report(out_dir: Path, metrics: dict[str, Any], evaluation: dict[str, Any], cv,
                 meta: dict[str, Any]) -> list[Path]:
    """Write ``report.md`` and its figures into ``out_dir``; returns the files written."""
    labels = metrics["confusion_matrix"]["labels"]
    written = []
    figures = _pyplot() is not None
    if figures:
        plot_confusion(metrics["confusion_matrix"]["rows_true_columns_predicted"], labels,
                       out_dir / "confusion_matrix.png")
        cal = evaluation["calibration"]
        curves = {f"model (Brier {cal['brier_before']:.3f})": (cv.proba, cv.y_true)}
        curves[f"temperature-scaled, cross-fitted (Brier {cal['brier_after']:.3f})"] = (
            cal["_crossfit_proba"], cv.y_true)
        plot_reliability(curves, labels, out_dir / "reliability.png")
        written += [out_dir / "confusion_matrix.png", out_dir / "reliability.png"]
    path = out_dir / "report.md"
    path.write_text(_report_text(metrics, evaluation, meta, figures), encoding="utf-8")
    return [path, *written]


def _report_text(m, ev, meta, figures: bool) -> str:
    labels = m["confusion_matrix"]["labels"]
    rows = meta["rows"]
    cal = ev["calibration"]
    lines = [
        "# Model evaluation report",
        "",
        f"Written by `train.py` with the model (`{meta.get('model_file', 'stance.joblib')}`). "
        f"Data: {rows['total']} rows ({', '.join(f'{k} {v}' for k, v in rows['per_label'].items())}), "
        f"data_sha256 `{meta['data_sha256'][:16]}...`. Every figure below comes from out-of-fold "
        f"predictions of {m['scheme']}"
        + (": rows split at random, stratified by label." if "no groups" in m["scheme"] else
           ": no group is on both sides of a split."),
        "",
        "## Quality",
        "",
        f"**Macro-F1 {m['macro_f1']:.3f}**, 95% bootstrap interval "
        f"{ev['macro_f1_ci95_rows'][0]:.3f}-{ev['macro_f1_ci95_rows'][1]:.3f} (1,000 resamples of rows)"
        + (f"; {ev['macro_f1_ci95_sources'][0]:.3f}-{ev['macro_f1_ci95_sources'][1]:.3f} resampling whole "
           "sources, the more honest figure when sentences of one source resemble each other."
           if "macro_f1_ci95_sources" in ev else "."),
        f"Per fold: {', '.join(f'{v:.3f}' for v in m['fold_macro_f1'])}. Accuracy {m['accuracy']:.3f}."
        + (f" The searched metric {m['metric']['name']} (mean F1 of {', '.join(m['metric']['labels'])}): "
           f"**{m['metric']['value']:.3f}**." if "metric" in m else ""),
        "",
        "| label | precision | recall | F1 | support |",
        "|---|---|---|---|---|",
    ]
    for label in labels:
        c = m["per_class"][label]
        lines.append(f"| {label} | {c['precision']:.3f} | {c['recall']:.3f} | {c['f1']:.3f} | {c['support']} |")
    lines += _real_news_lines(ev.get("real_news"), labels)
    lines += _probe_lines(ev.get("probes"))
    lines += ["", "## Baselines on the same folds", "",
              "| model | macro-F1 | " + " | ".join(f"F1 {lab}" for lab in labels) + " |",
              "|---|---|" + "---|" * len(labels),
              f"| **this model** | **{m['macro_f1']:.3f}** | "
              + " | ".join(f"{m['per_class'][lab]['f1']:.3f}" for lab in labels) + " |"]
    for name, b in ev["baselines"].items():
        lines.append(f"| {name} | {b['macro_f1']:.3f} | " + " | ".join(f"{b['f1'][lab]:.3f}" for lab in labels) + " |")
    if "keyword rule" in ev["baselines"]:
        lines += ["",
                  "The keyword rule is `stance.evaluation.keyword_rule`: openness phrases (\"not rule out\") "
                  "-> support, refusal and threat phrases -> oppose, pledge and force phrases -> support, "
                  "else neutral."]
    else:
        lines += ["", "The keyword rule baseline labels support, oppose and neutral; these labels are "
                      f"{', '.join(labels)}, so it is left out."]
    lines += ["", "## Confusion matrix", "",
              "| true \\ predicted | " + " | ".join(labels) + " |", "|---|" + "---|" * len(labels)]
    for label, row in zip(labels, m["confusion_matrix"]["rows_true_columns_predicted"]):
        lines.append(f"| {label} | " + " | ".join(str(v) for v in row) + " |")
    if figures:
        lines += ["", "![confusion matrix](confusion_matrix.png)"]
    lines += [
        "", "## Calibration", "",
        f"Brier score {cal['brier_before']:.4f} (0 is perfect; always answering the label shares would "
        f"score about {1 - sum((v / rows['total']) ** 2 for v in rows['per_label'].values()):.3f}), expected "
        f"calibration error {cal['ece_before']:.4f}.",
        f"Temperature scaling (dividing the model's scores by one number fitted on held-out folds) gives "
        f"T = {cal['fitted_temperature']:.3f}, Brier {cal['brier_after']:.4f} and ECE {cal['ece_after']:.4f} "
        "when each fold's temperature is fitted on the other folds.",
        ("It is **adopted**: the saved model's weights are divided by T, which changes its probabilities "
         "but never its labels." if cal["adopted"] else
         f"It is **not adopted**: the gain is below {MIN_BRIER_GAIN} in Brier score, so the saved "
         "model's probabilities are the logistic regression's own."),
    ]
    if figures:
        lines += ["", "![reliability diagram](reliability.png)"]
    lines += ["", "## Model", "",
              "TF-IDF n-grams + logistic regression, parameters: "
              + ", ".join(f"`{k}={v}`" for k, v in meta["params"].items()) + f", seed {meta['seed']}.", ""]
    return "\n".join(lines)


def _real_news_lines(real: dict[str, Any] | None, labels) -> list[str]:
    """The report's section on the rows paraphrased from real news pages."""
    if not real:
        return []
    head = "| rows | n | macro-F1 | 95% CI (outlets resampled) | " + " | ".join(f"F1 {lab}" for lab in labels) + " |"
    lines = ["", "## Real news", "",
             "Rows paraphrased sentence by sentence from real 2024-2025 news pages (`labeled/articles/`: whole "
             "articles; `labeled/news/`: single sentences). Cross-validation groups them by outlet, so no page "
             "and no outlet is on both sides of a split. These are the figures that say how the model does on "
             "news it has not seen; the written rows above flatter it.", "",
             head, "|---|---|---|---|" + "---|" * len(labels)]

    def row(name, part):
        ci = part.get("ci95_outlets")
        return (f"| {name} | {part['rows']} | **{part['macro_f1']:.3f}** | "
                + (f"{ci[0]:.3f}-{ci[1]:.3f}" if ci else "-") + " | "
                + " | ".join(f"{part['f1'][lab]:.3f}" for lab in labels) + " |")

    names = {"all real": "held out: all real rows", "articles": "held out: whole articles",
             "news": "held out: single news sentences"}
    for key, part in real["held_out"].items():
        lines.append(row(names.get(key, f"held out: {key}"), part))
    if "real_only" in real:
        lines.append(row("CV on the real rows alone", real["real_only"]))
    if "transfer" in real:
        lines.append(row("transfer: trained on written + contrast, tested on real", real["transfer"]))
    lines += ["", "\"Held out\" rows come from the cross-validation above (all other folds, written rows "
              "included, train); \"CV on the real rows alone\" trains on real rows only; \"transfer\" trains "
              "on no real row at all."]
    swap = real.get("name_swap")
    if swap and swap["rows"]:
        changes = ", ".join(f"{k}: {v}" for k, v in swap["changes"].items()) or "none"
        lines += ["", "### Name-swap flip rate", "",
                  f"**{100 * swap['rate']:.1f}%** ({swap['flipped']} of {swap['rows']} held-out real rows whose "
                  "actor is named in the sentence change label when that name is replaced by the name of an "
                  "actor of the other camp and of the same kind, scored by the model of the row's fold; target "
                  f"<= 5%). Changes: {changes}. Camps come from the corpus (`stance.robustness.camps`)."]
    swap = real.get("demonym_swap")
    if swap and swap["rows"]:
        changes = ", ".join(f"{k}: {v}" for k, v in swap["changes"].items()) or "none"
        lines += ["", f"Demonym swap: **{100 * swap['rate']:.1f}%** ({swap['flipped']} of {swap['rows']} "
                  "held-out real rows with a state's adjective, such as \"Russian\" or \"French\", change label "
                  "when the first one is replaced by the adjective of a state of the other camp). Demonym "
                  "masking keeps an adjective that says whose troops are meant (\"Russian troops\"), so some "
                  f"change is expected. Changes: {changes}."]
    return lines


def _probe_lines(probes: dict[str, Any] | None) -> list[str]:
    if not probes or not probes["probes"]:
        return []
    lines = ["", "### Probe sentences", "",
             f"The shipped model labels **{probes['passed']} of {probes['probes']}** "
             f"({100 * probes['rate']:.1f}%) of the hand-written probes in `benchmarks/probes.csv` as expected "
             "(never trained on).", "", "| kind | passed | probes |", "|---|---|---|"]
    for kind, v in probes["per_kind"].items():
        lines.append(f"| {kind} | {v['passed']} | {v['probes']} |")
    return lines
