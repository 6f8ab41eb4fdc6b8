import pytest

from stance.exceptions import DataError
from stance.selection import best_params, format_table, search
from stance.training import make_splits, parse_params

from .conftest import TINY_CORPUS

TEXTS = [r[0] for r in TINY_CORPUS]
LABELS = [r[2] for r in TINY_CORPUS]
GROUPS = [r[3] for r in TINY_CORPUS]


@pytest.fixture(scope="module")
def table():
    splits, _ = make_splits(LABELS, GROUPS, seed=0)
    return search(TEXTS, LABELS, splits, n_jobs=1,
                  feature_grid={"word_ngram_range": [(1, 1), (1, 2)], "char_ngram_range": [None, (2, 4)],
                                "sublinear_tf": [True], "min_df": [1]},
                  classifier_grid={"C": [1.0, 10.0], "class_weight": [None, "balanced"]})


def test_search_scores_every_setting_best_first(table):
    assert len(table) == 16
    complete = table[table["folds"] == 3]
    assert len(complete) == 2  # successive halving: 16 settings -> 6 on two folds -> 2 on all three
    assert (table["folds"].iloc[: len(complete)] == 3).all()  # completed settings come first
    assert complete["macro_f1"].round(4).is_monotonic_decreasing
    assert sorted(table["folds"].value_counts().items()) == [(1, 10), (2, 4), (3, 2)] and (table["sentences_per_s"] > 0).all()
    assert "| word n-grams |" in format_table(table)


def test_completed_scores_equal_plain_cross_validation(table):
    """A completed row's macro-F1 is the pooled grouped-CV macro-F1 of that setting, cold-fitted."""
    from stance.data import LabelledData
    from stance.training import cross_validate

    import pandas as pd

    row = table.iloc[0]
    params = {"word_ngram_range": row["word_ngram_range"], "sublinear_tf": True, "min_df": 1,
              "char_ngram_range": row["char_ngram_range"] if isinstance(row["char_ngram_range"], tuple) else None,
              "C": row["C"], "class_weight": row["class_weight"] if isinstance(row["class_weight"], str) else None}
    frame = pd.DataFrame({"text": TEXTS, "stance": LABELS, "source": GROUPS, "_file": "x", "_line": 0})
    data = LabelledData(frame=frame, text_column="text", label_column="stance", group_column="source", files=[])
    splits, _ = make_splits(LABELS, GROUPS, seed=0)
    assert cross_validate(data, params, splits=splits).metrics()["macro_f1"] == pytest.approx(row["macro_f1"], abs=1e-4)


def test_best_params_respects_min_speed(table):
    best = best_params(table)
    assert set(best) == {"word_ngram_range", "char_ngram_range", "sublinear_tf", "min_df", "C", "class_weight"}
    complete = table[table["folds"] == 3]
    fastest = complete["sentences_per_s"].max()
    chosen = best_params(table, min_speed=fastest)
    row = complete[complete["sentences_per_s"] >= fastest].iloc[0]
    assert chosen["C"] == row["C"] and chosen["word_ngram_range"] == tuple(row["word_ngram_range"])
    with pytest.raises(ValueError, match="no completed setting scores"):
        best_params(table, min_speed=fastest * 10)


def test_parse_params():
    assert parse_params(["C=3", "char_ngram_range=2,5", "class_weight=none", "sublinear_tf=false"]) == {
        "C": 3, "char_ngram_range": (2, 5), "class_weight": None, "sublinear_tf": False}
    with pytest.raises(DataError, match="--param expects NAME=VALUE"):
        parse_params(["C"])
    with pytest.raises(DataError, match="unknown model parameter"):
        parse_params(["gamma=2"])


def test_train_py_search_end_to_end(tmp_path, monkeypatch, capsys):
    import stance.selection as selection
    from stance.training import main

    from .conftest import write_corpus

    monkeypatch.setattr(selection, "FEATURE_GRID", {"word_ngram_range": [(1, 1), (1, 2)],
                                                    "char_ngram_range": [None], "sublinear_tf": [True],
                                                    "min_df": [1]})
    monkeypatch.setattr(selection, "CLASSIFIER_GRID", {"C": [1.0, 10.0], "class_weight": ["balanced"]})
    write_corpus(tmp_path / "labeled" / "tiny.csv")
    assert main(["--search", "--jobs", "1"], root=tmp_path) == 0
    out = capsys.readouterr().out
    assert "Grid search over 4 settings" in out and "Successive halving" in out and "Chosen: " in out
    assert (tmp_path / "models" / "search.md").is_file() and (tmp_path / "models" / "report.md").is_file()


def test_parse_metric():
    from stance.selection import parse_metric

    assert parse_metric("macro_f1") is None
    assert parse_metric("f_avg:FAVOR,AGAINST", ["AGAINST", "FAVOR", "NONE"]) == ("FAVOR", "AGAINST")
    with pytest.raises(ValueError, match="unknown metric"):
        parse_metric("accuracy")
    with pytest.raises(ValueError, match="does not have; its labels are"):
        parse_metric("f_avg:FAVOUR", ["AGAINST", "FAVOR", "NONE"])


def test_search_ranks_by_the_chosen_metric_on_the_scored_rows():
    import numpy as np

    splits, _ = make_splits(LABELS, GROUPS, seed=0)
    grid = dict(feature_grid={"word_ngram_range": [(1, 1), (1, 2)], "char_ngram_range": [None],
                              "sublinear_tf": [True], "min_df": [1]},
                classifier_grid={"C": [1.0, 10.0], "class_weight": [None]})
    scored = np.array([g != "a" for g in GROUPS])
    table = search(TEXTS, LABELS, splits, n_jobs=1, metric_labels=("support", "oppose"), scored=scored, **grid)
    complete = table[table["folds"] == table["folds"].max()]
    assert complete["score"].round(4).is_monotonic_decreasing
    row = complete.iloc[0]
    # the score is the mean F1 of the two named labels, over the scored rows only
    assert row["score"] == pytest.approx((row["f1_support"] + row["f1_oppose"]) / 2)


def test_train_py_rejects_an_unknown_metric(tmp_path, capsys):
    from stance.training import main

    from .conftest import write_corpus

    write_corpus(tmp_path / "labeled" / "tiny.csv")
    with pytest.raises(SystemExit) as exit_:
        main(["--search", "--metric", "f_avg:FAVOR", "--jobs", "1"], root=tmp_path)
    assert exit_.value.code == 2
    assert "--metric: metric 'f_avg:FAVOR' names label(s) FAVOR" in capsys.readouterr().err


@pytest.mark.parametrize("hashtags, settings", [(False, 2), (True, 4)])
def test_search_explores_tweet_preprocessing_only_for_texts_with_hashtags(tmp_path, monkeypatch, capsys,
                                                                           hashtags, settings):
    import stance.selection as selection
    from stance.training import main

    from .conftest import TINY_CORPUS, write_corpus

    monkeypatch.setattr(selection, "FEATURE_GRID", {"word_ngram_range": [(1, 2)], "char_ngram_range": [None],
                                                    "sublinear_tf": [True], "min_df": [1],
                                                    "tweets": ["off", "hashtags"]})
    monkeypatch.setattr(selection, "CLASSIFIER_GRID", {"C": [1.0, 10.0], "class_weight": ["balanced"]})
    rows = [(f"#{text.title().replace(' ', '')} {text}" if hashtags else text, *rest)
            for text, *rest in TINY_CORPUS]
    write_corpus(tmp_path / "labeled" / "tiny.csv", rows=rows)
    assert main(["--search", "--jobs", "1"], root=tmp_path) == 0
    out = capsys.readouterr().out
    assert f"Grid search over {settings} settings" in out
    chosen = out.split("Chosen: ", 1)[1].splitlines()[0]
    assert "tweets=off" in chosen or hashtags and "tweets=hashtags" in chosen


def test_the_final_cross_validation_reports_the_searched_metric(tmp_path, monkeypatch, capsys):
    # A search that optimised F_avg should not end on a report that shows macro-F1 alone.
    import json
    import re

    import stance.selection as selection
    from stance.training import main

    from .conftest import write_corpus

    monkeypatch.setattr(selection, "FEATURE_GRID", {"word_ngram_range": [(1, 2)], "char_ngram_range": [None],
                                                    "sublinear_tf": [True], "min_df": [1]})
    monkeypatch.setattr(selection, "CLASSIFIER_GRID", {"C": [1.0], "class_weight": ["balanced"]})
    write_corpus(tmp_path / "labeled" / "tiny.csv")
    assert main(["--search", "--metric", "f_avg:support,oppose", "--jobs", "1"], root=tmp_path) == 0
    out = capsys.readouterr().out.split("Cross-validation:", 1)[1]
    cv = json.loads((tmp_path / "models" / "stance.json").read_text())["cv"]
    expected = (cv["per_class"]["support"]["f1"] + cv["per_class"]["oppose"]["f1"]) / 2
    assert cv["metric"]["name"] == "f_avg:support,oppose"
    assert cv["metric"]["value"] == pytest.approx(expected, abs=1e-3)
    line = re.search(r"^f_avg:support,oppose +(\d\.\d{3}) +\(mean F1 of support, oppose; the searched metric\)$",
                     out, re.M)
    assert line and float(line.group(1)) == pytest.approx(cv["metric"]["value"], abs=5e-4)
    report = (tmp_path / "models" / "report.md").read_text()
    assert f"The searched metric f_avg:support,oppose (mean F1 of support, oppose): **{line.group(1)}**" in report
