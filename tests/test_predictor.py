import numpy as np
import pandas as pd
import pytest

from stance.exceptions import DataError

LABELS = {"neutral", "oppose", "support"}


def test_single_string_gives_single_label(predictor):
    label = predictor.predict("Italy will not send troops to Ukraine.")
    assert isinstance(label, str) and label in LABELS


def test_list_gives_list_in_order_with_blank_kept(predictor):
    out = predictor.predict(["France will send troops.", "", None, "   ", float("nan")])
    assert len(out) == 5 and out[0] in LABELS and out[1:] == ["", "", "", ""]


def test_learns_the_tiny_corpus(predictor):
    assert predictor.predict("Moscow warned foreign troops would be legitimate targets.") == "oppose"


@pytest.mark.parametrize("bad", [None, 3, 2.5, b"bytes", True])
def test_non_text_is_a_type_error(predictor, bad):
    with pytest.raises(TypeError, match="expected a str or an iterable of str"):
        predictor.predict(bad)


def test_non_text_item_names_its_index(predictor):
    with pytest.raises(TypeError, match=r"texts\[1\] is int"):
        predictor.predict(["ok", 5])


def test_predict_proba_frame(predictor):
    proba = predictor.predict_proba(["Troops will go.", "", "Aid arrived."])
    assert list(proba.columns) == ["neutral", "oppose", "support"]
    assert np.allclose(proba.iloc[[0, 2]].sum(axis=1), 1.0)
    assert proba.iloc[1].isna().all()


def test_score_frame_keeps_rows_columns_and_order(predictor):
    df = pd.DataFrame({"id": [3, 1, 2, 4], "text": ["Poland will not send troops.", None, "", 2024]})
    out = predictor.score_frame(df)
    assert out["id"].tolist() == [3, 1, 2, 4]
    assert list(out.columns) == ["id", "text", "stance", "confidence", "p_neutral", "p_oppose", "p_support"]
    assert out["stance"].tolist()[1:3] == ["", ""] and out["stance"][0] in LABELS and out["stance"][3] in LABELS
    assert out["confidence"].isna().tolist() == [False, True, True, False]
    assert np.isclose(out.loc[0, "confidence"], out.loc[0, ["p_neutral", "p_oppose", "p_support"]].max())
    assert "stance" not in df.columns  # the caller's frame is not changed


def test_score_frame_missing_column_names_existing(predictor):
    with pytest.raises(DataError, match="no column 'text'; the columns are 'id', 'sentence'"):
        predictor.score_frame(pd.DataFrame({"id": [1], "sentence": ["x"]}))


def test_score_frame_empty_frame(predictor):
    out = predictor.score_frame(pd.DataFrame({"text": []}))
    assert len(out) == 0 and "stance" in out.columns


def test_shipped_model_loads_by_default():
    from stance import load_predictor

    predictor = load_predictor()
    assert predictor.predict("Italy will not send troops to Ukraine.") in set(predictor.labels)
