"""scripts/agreement.py: the agreement table quoted in labeled/README.md."""

import json

import pytest

from .conftest import load_script


@pytest.fixture(scope="module")
def agreement():
    return load_script("scripts/agreement.py", "agreement_script")


def test_report_counts_agreement_kappa_and_adjudication(agreement, tmp_path):
    rows = [
        {"id": "a1", "kind": "articles", "first": "support", "second": "support", "final": "support"},
        {"id": "a2", "kind": "articles", "first": "neutral", "second": "oppose", "final": "oppose"},
        {"id": "n1", "kind": "news", "first": "oppose", "second": "oppose", "final": "oppose"},
        {"id": "n2", "kind": "news", "first": "support", "second": "oppose", "final": "support"},
    ]
    path = tmp_path / "pass.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert agreement.figures(rows) == (4, "50.0%", "0.273", 2)  # kappa (0.5 - 0.3125) / (1 - 0.3125)
    text = agreement.report(path, {"a1": "support", "a2": "neutral", "n1": "oppose"})
    assert "| whole articles (`articles/`) | 2 | 50.0% |" in text
    assert "Disagreements: 2, 1 of them support against oppose." in text
    assert "first label kept 1, second label taken 1, another label 0" in text
    # a2 was relabelled by adjudication but the corpus still has the first label.
    assert "3 of 4" in text and "differs from the adjudicated one: a2" in text
