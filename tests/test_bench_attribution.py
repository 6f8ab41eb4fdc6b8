"""The scoring helpers of benchmarks/bench_attribution.py (the --news section and the article metrics)."""

import pandas as pd
import pytest

from stance.article.attribution import Attributor

from .conftest import load_script


@pytest.fixture(scope="module")
def bench():
    return load_script("benchmarks/bench_attribution.py", "bench_attribution")


def test_score_news_reads_each_page_as_one_article(bench):
    rows = [  # id, text, gold actor, page
        ("a-1", "Emmanuel Macron said on Monday that sending troops could not be ruled out.",
         "Emmanuel Macron", "https://a.example/1"),
        ("a-2", "He added that Europe had to be ready.", "Emmanuel Macron", "https://a.example/1"),
        ("b-1", "She said the plan was reckless.", "Maria Zakharova", "https://b.example/2"),
        ("b-2", "Fighting went on near the front overnight.", "", "https://b.example/2"),
        ("b-3", "Shelling was reported in the south.", "", "https://b.example/2"),
        ("b-4", "Power cuts hit the capital.", "", "https://b.example/2"),
        ("b-5", "Italy will not send soldiers, Giorgia Meloni said.", "", "https://b.example/2"),
    ]
    frame = pd.DataFrame(rows, columns=["id", "text", "actor", "source"])
    scored = bench.score_news(frame, Attributor())
    # the pronoun resolves within its page only: page b starts afresh (and names no one in the
    # three sentences after the pronoun, who would be the person it stands for)
    assert list(scored["got_actor"]) == ["Emmanuel Macron", "Emmanuel Macron", "", "", "", "",
                                         "Giorgia Meloni"]
    assert all(scored["rule"].iloc[[0, 1, 6]] != "")
    metrics = bench.news_metrics(scored)
    assert metrics["pages"] == 2 and metrics["rows"] == 7
    assert metrics["actor"] == (5, 7)  # b-1 missed, b-5 named where the label is empty
    assert metrics["precision"] == (2, 3)
    assert metrics["recall"] == (2, 3)


def test_score_news_row_of_several_sentences_takes_its_middle_sentence(bench):
    text = "“Nothing is excluded. We will see,” Emmanuel Macron said after the summit in Paris."
    frame = pd.DataFrame([("c-1", text, "Emmanuel Macron", "https://c.example/3")],
                         columns=["id", "text", "actor", "source"])
    scored = bench.score_news(frame, Attributor())
    assert scored["got_actor"].iat[0] == "Emmanuel Macron"


def test_article_metrics_score_stance_alone_and_end_to_end(bench):
    """Stance macro-F1 of the model on the labelled sentences and of stance extract's output;
    a sentence the splitter lost ("") is a miss, not a fourth label."""
    scored = pd.DataFrame({
        "article": ["a"] * 4, "sentence_no": [1, 2, 3, 4], "text": list("wxyz"),
        "actor": ["X", "X", "", "Y"], "stance": ["support", "oppose", "neutral", "support"],
        "split_ok": [True] * 4, "got_actor": ["X", "X", "", "Y"],
        "got_stance": ["support", "oppose", "neutral", ""],
        "model_stance": ["support", "oppose", "neutral", "support"],
    })
    metrics = bench.article_metrics(scored)
    assert metrics["stance_model"] == 1.0
    # support: precision 1, recall 1/2 -> F1 2/3; oppose and neutral 1
    assert abs(metrics["stance_extract"] - (2 / 3 + 1 + 1) / 3) < 1e-9
