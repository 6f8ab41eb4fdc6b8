"""Properties that hold for any text and any frame, checked with hypothesis."""

import math

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from stance.predictor import CONFIDENCE_COLUMN, STANCE_COLUMN

SETTINGS = settings(max_examples=100, deadline=None)
ATOL = 1e-6  # the features are float32
# Any code point, surrogates and control characters included.
ANY_TEXT = st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=200)
TEXTS = st.one_of(ANY_TEXT, st.sampled_from(["", " ", "\t\n", "troops", "Macron said troops could go."]))
CELLS = st.one_of(TEXTS, st.none(), st.just(float("nan")), st.integers(), st.floats(allow_nan=False))


def blank(text) -> bool:
    return text is None or (isinstance(text, float) and math.isnan(text)) or not str(text).strip()


@SETTINGS
@given(text=TEXTS)
def test_any_string_gets_a_valid_label_or_empty_exactly_when_blank(predictor, text):
    label = predictor.predict(text)
    assert isinstance(label, str)
    if not text.strip():
        assert label == ""
    else:
        assert label in predictor.labels


@SETTINGS
@given(texts=st.lists(TEXTS, max_size=20))
def test_probabilities_lie_in_0_1_and_sum_to_1(predictor, texts):
    proba = predictor.predict_proba(texts)
    assert list(proba.columns) == list(predictor.labels) and len(proba) == len(texts)
    values = proba.to_numpy()
    for text, row in zip(texts, values):
        if not text.strip():
            assert np.isnan(row).all()
        else:
            assert ((row >= 0) & (row <= 1)).all()
            assert abs(row.sum() - 1) < ATOL


@SETTINGS
@given(texts=st.lists(TEXTS, max_size=20))
def test_a_batch_gives_the_labels_of_one_text_at_a_time(predictor, texts):
    batch = predictor.predict(texts)
    assert batch == [predictor.predict(text) for text in texts]
    proba = predictor.predict_proba(texts).to_numpy()
    one_by_one = np.vstack([predictor.predict_proba([t]).to_numpy() for t in texts]) if texts else proba
    np.testing.assert_allclose(proba, one_by_one, rtol=0, atol=ATOL)


@st.composite
def frames(draw):
    """A frame with a text column of any cells, extra columns of any names and any index."""
    n = draw(st.integers(0, 15))
    reserved = {"text", STANCE_COLUMN, CONFIDENCE_COLUMN, "p_neutral", "p_oppose", "p_support"}
    names = draw(st.lists(st.text(max_size=8).filter(lambda s: s not in reserved), max_size=4, unique=True))
    columns = {name: draw(st.lists(st.one_of(st.integers(), st.text(max_size=5), st.none()),
                                   min_size=n, max_size=n)) for name in names}
    texts = draw(st.lists(CELLS, min_size=n, max_size=n))
    position = draw(st.integers(0, len(names)))
    data = list(columns.items())
    data.insert(position, ("text", texts))
    index = draw(st.one_of(
        st.just(pd.RangeIndex(n)),
        st.lists(st.integers(-5, 5), min_size=n, max_size=n).map(pd.Index),  # repeats allowed
        st.lists(st.text(max_size=4), min_size=n, max_size=n).map(pd.Index),
    ))
    return pd.DataFrame({k: pd.Series(v, dtype=object) for k, v in data}).set_axis(index, axis=0)


@SETTINGS
@given(frame=frames())
def test_score_frame_keeps_every_row_column_and_the_order(predictor, frame):
    original = frame.copy()
    out = predictor.score_frame(frame)
    pd.testing.assert_frame_equal(frame, original)  # the input is not modified
    added = [STANCE_COLUMN, CONFIDENCE_COLUMN, *predictor.proba_columns]
    assert list(out.columns) == list(frame.columns) + added
    assert out.index.equals(frame.index) and len(out) == len(frame)
    pd.testing.assert_frame_equal(out[list(frame.columns)], frame)
    texts = frame["text"].tolist()
    stances = out[STANCE_COLUMN].tolist()
    for cell, stance in zip(texts, stances):
        assert (stance == "") == blank(cell)
    expected = predictor.predict([None if blank(c) else str(c) for c in texts])
    assert stances == expected
