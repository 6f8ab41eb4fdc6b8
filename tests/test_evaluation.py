import numpy as np
import pytest

from stance.evaluation import (
    apply_temperature,
    bootstrap_interval,
    brier,
    expected_calibration_error,
    fit_temperature,
    keyword_rule,
)

LABELS = ["neutral", "oppose", "support"]


@pytest.mark.parametrize("text, label", [
    ("Italy will not send troops to Ukraine.", "oppose"),
    ("Macron said sending troops could not be ruled out.", "support"),
    ("Britain is ready to send troops.", "support"),
    ("Moscow called the plan unacceptable.", "oppose"),
    ("Ukraine received new air defence systems.", "neutral"),
])
def test_keyword_rule(text, label):
    assert keyword_rule([text], LABELS)[0] == label


def test_bootstrap_interval_contains_the_point_estimate_and_widens_by_group():
    rng = np.random.default_rng(0)
    y = rng.choice(LABELS, 600)
    pred = np.where(rng.random(600) < 0.8, y, rng.choice(LABELS, 600))
    low, high = bootstrap_interval(y, pred, LABELS, n=300)
    from stance.evaluation import macro_f1

    assert low < macro_f1(y, pred, LABELS) < high
    groups = np.repeat(np.arange(6), 100)
    glow, ghigh = bootstrap_interval(y, pred, LABELS, groups, n=300)
    assert ghigh - glow > 0


def test_brier_and_ece_are_zero_for_perfect_confident_predictions():
    y = np.array(["neutral", "oppose", "support"])
    proba = np.eye(3)
    assert brier(proba, y, LABELS) == 0.0
    assert expected_calibration_error(proba, y, LABELS) == 0.0
    assert brier(np.full((3, 3), 1 / 3), y, LABELS) == pytest.approx(2 / 3)


def test_temperature_scaling_keeps_labels_and_softens_overconfidence():
    rng = np.random.default_rng(1)
    y = rng.choice(LABELS, 500)
    logits = rng.normal(size=(500, 3)) + 2 * (np.array(LABELS)[None, :] == y[:, None])
    overconfident = apply_temperature(np.exp(logits) / np.exp(logits).sum(1, keepdims=True), 0.3)
    t = fit_temperature(overconfident, y, LABELS)
    assert t > 1.5  # the fit undoes the sharpening
    calibrated = apply_temperature(overconfident, t)
    assert (calibrated.argmax(1) == overconfident.argmax(1)).all()
    assert brier(calibrated, y, LABELS) < brier(overconfident, y, LABELS)


def test_training_writes_the_report_and_figures(model_dir):
    report = (model_dir / "report.md").read_text()
    for needle in ("Macro-F1", "95% bootstrap interval", "majority class", "keyword rule", "Brier",
                   "confusion_matrix.png", "reliability.png"):
        assert needle in report
    for name in ("confusion_matrix.png", "reliability.png"):
        assert (model_dir / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_no_keyword_rule_baseline_for_other_labels(tmp_path, capsys):
    # With FAVOR / AGAINST / NONE the keyword rule's labels were all mapped to the first label,
    # AGAINST, and reported as "baselines: ... keyword rule 0.071", a baseline of nothing
    from stance.training import main

    rows = [(f"We back sending troops {i}.", "FAVOR") for i in range(6)]
    rows += [(f"We will never send troops {i}.", "AGAINST") for i in range(6)]
    rows += [(f"The summit took place in city {i}.", "NONE") for i in range(6)]
    path = tmp_path / "mine.csv"
    path.write_text("text,label\n" + "\n".join(f"{t},{y}" for t, y in rows) + "\n", encoding="utf-8")
    assert main(["--data", str(path), "--label-column", "label", "--out", str(tmp_path / "m")]) == 0
    out = capsys.readouterr().out
    assert "keyword rule" not in out and "baselines: majority class" in out
    report = (tmp_path / "m" / "report.md").read_text()
    assert "| keyword rule |" not in report
    assert ("The keyword rule baseline labels support, oppose and neutral; these labels are AGAINST, "
            "FAVOR, NONE, so it is left out.") in report


def test_the_report_of_a_users_model_does_not_call_it_the_shipped_model(model_dir):
    # report.md of any model trained with --out said "the shipped model's weights are divided by T"
    report = (model_dir / "report.md").read_text()
    assert "shipped" not in report
    assert "the saved model's" in report
