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


def test_every_kind_of_missing_value_is_a_missing_text(predictor):
    # numpy's float32 NaN and pandas' NaT (missing values as pandas counts them) were refused:
    # "texts[1] is float32, expected str (or None for a missing text)"
    missing = [None, float("nan"), np.nan, np.float32("nan"), np.float16("nan"), pd.NA, pd.NaT]
    assert predictor.predict(["France will send troops.", *missing])[1:] == [""] * len(missing)
    df = pd.DataFrame({"text": pd.Series(["France will send troops.", *missing], dtype=object)})
    assert predictor.score_frame(df)["stance"].tolist()[1:] == [""] * len(missing)


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


def test_predict_proba_of_a_series_keeps_its_index(predictor):
    # Came back numbered 0, 1, 2 whatever the Series' index: df.join(predictor.predict_proba(
    # df["text"])) put each row's probabilities on another row, or on none, without a word
    texts = pd.Series(["Troops will go.", None, "Aid arrived."], index=[10, 7, 3], name="text")
    proba = predictor.predict_proba(texts)
    assert list(proba.index) == [10, 7, 3] and proba.loc[7].isna().all()
    assert np.allclose(proba.to_numpy()[[0, 2]], predictor.predict_proba(texts.tolist()).to_numpy()[[0, 2]])
    df = pd.DataFrame({"text": texts})
    assert df.join(predictor.predict_proba(df["text"])).loc[10, "neutral"] == proba.iloc[0]["neutral"]
    assert list(predictor.predict_proba(["a", "b"]).index) == [0, 1]  # a list: numbered in order


@pytest.mark.parametrize("bad", [3, "models/stance.joblib", None, "unfitted"])
def test_a_predictor_built_from_no_fitted_model_is_an_argument_error(bad):
    # StancePredictor(3), StancePredictor("x.joblib") or StancePredictor(build_pipeline())
    # raised AttributeError: 'int' object has no attribute 'classes_'
    from stance import ArgumentError, StancePredictor
    from stance.pipeline import build_pipeline

    with pytest.raises(ArgumentError, match=r"^StancePredictor expects a fitted scikit-learn pipeline .*, got "
                                            r".*; load a model file with load_predictor\(path\)"):
        StancePredictor(build_pipeline() if bad == "unfitted" else bad)


def test_score_frame_keeps_rows_columns_and_order(predictor):
    df = pd.DataFrame({"id": [3, 1, 2, 4], "text": ["Poland will not send troops.", None, "", 2024]})
    out = predictor.score_frame(df)
    assert out["id"].tolist() == [3, 1, 2, 4]
    assert list(out.columns) == ["id", "text", "stance", "confidence", "p_neutral", "p_oppose", "p_support"]
    assert out["stance"].tolist()[1:3] == ["", ""] and out["stance"][0] in LABELS and out["stance"][3] in LABELS
    assert out["confidence"].isna().tolist() == [False, True, True, False]
    assert np.isclose(out.loc[0, "confidence"], out.loc[0, ["p_neutral", "p_oppose", "p_support"]].max())
    assert "stance" not in df.columns  # the caller's frame is not changed


def test_score_arrays_match_score_frame(predictor):
    texts = ["Poland will not send troops.", None, "  ", "Macron would not rule out troops."]
    stance, confidence, proba = predictor.score_arrays(texts)
    frame = predictor.score_frame(pd.DataFrame({"text": texts}))
    assert stance.tolist() == frame["stance"].tolist() and stance[1] == stance[2] == ""
    np.testing.assert_array_equal(confidence, frame["confidence"].to_numpy())
    np.testing.assert_array_equal(proba, frame[list(predictor.proba_columns)].to_numpy())
    assert proba.shape == (4, len(predictor.labels)) and np.isnan(proba[1]).all()


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


def test_a_sentence_the_shipped_model_cannot_read_is_neutral_at_its_prior():
    # README: "It reads English only ... `neutral` with the confidence of the model's intercepts
    # alone, 0.NN for the shipped model": the figure it states is the shipped model's
    import re
    from pathlib import Path

    from stance import load_predictor

    predictor = load_predictor()
    proba = predictor.predict_proba(["Путин заявил, что войска НАТО станут целью.", "!!! ... ???"])
    assert predictor.predict(["Путин заявил, что войска НАТО станут целью."]) == ["neutral"]
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    stated = re.search(r"intercepts alone, (0\.\d\d) for the\s+shipped model", readme)
    assert stated, "README no longer states the shipped model's confidence for unreadable text"
    assert np.allclose(proba.iloc[0], proba.iloc[1])
    assert f"{proba['neutral'].iloc[0]:.2f}" == stated.group(1)

def test_explain_reproduces_the_linear_scores_exactly(predictor):
    text = "Moscow warned that foreign troops would be legitimate targets."
    exp = predictor.explain(text, top=1000)
    scores = predictor.pipeline.decision_function([text])[0]  # the whole pipeline: marking, features, clf
    for k, label in enumerate(predictor.labels):
        part = exp["labels"][label]
        total = part["intercept"] + sum(c for *_, c in part["toward"] + part["away"])
        assert np.isclose(total, part["score"]) and np.isclose(part["score"], scores[k])
    assert exp["label"] == predictor.predict(text)
    assert np.isclose(sum(exp["probabilities"].values()), 1.0)


def test_explain_top_and_order(predictor):
    exp = predictor.explain("Italy will not send troops to Ukraine.", top=2)
    for part in exp["labels"].values():
        assert len(part["toward"]) <= 2 and len(part["away"]) <= 2
        contribs = [c for *_, c in part["toward"]]
        assert contribs == sorted(contribs, reverse=True) and all(c > 0 for c in contribs)


def test_explain_two_label_model(tmp_path):
    from stance.data import read_labelled
    from stance.predictor import StancePredictor
    from stance.training import fit

    from .conftest import write_corpus

    rows = [r for r in __import__("tests.conftest", fromlist=["TINY_CORPUS"]).TINY_CORPUS if r[2] != "neutral"]
    data = read_labelled([write_corpus(tmp_path / "two.csv", rows=rows)])
    model = StancePredictor(fit(data))
    exp = model.explain("Greece ruled out sending troops.")
    probs = model.predict_proba("Greece ruled out sending troops.").iloc[0]
    scores = np.array([exp["labels"][lab]["score"] for lab in model.labels])
    softmax = np.exp(scores) / np.exp(scores).sum()
    assert np.allclose(softmax, probs.to_numpy())


def test_explain_rejects_non_text(predictor):
    with pytest.raises(TypeError, match="explain expects one str"):
        predictor.explain(None)


def test_explain_shows_masked_and_marked_features_readably():
    from stance.pipeline import build_pipeline
    from stance.predictor import StancePredictor

    from .conftest import TINY_CORPUS

    texts, labels = [r[0] for r in TINY_CORPUS], [r[2] for r in TINY_CORPUS]
    pipe = build_pipeline({"mask_mentions": True, "scope": "negation", "quote_marking": True}).fit(texts, labels)
    exp = StancePredictor(pipe, {"labels": sorted(set(labels))}).explain(
        "Scholz said no German soldiers would be sent to Ukraine.", top=50)
    assert exp["marked"].startswith("_person_ said no not_german not_soldiers")
    names = {name for part in exp["labels"].values() for rows in (part["toward"], part["away"])
             for name, *_ in rows}
    assert "word__[person] said" in names and "word__not:soldiers" in names
    # the arithmetic still holds with the marking step in front
    for part in exp["labels"].values():
        total = part["intercept"] + sum(c for *_, c in part["toward"] + part["away"])
        assert total == pytest.approx(part["score"], abs=1e-9)


def test_features_are_the_vectorizers_own(predictor):
    """features() counts the n-grams itself (faster than scikit-learn's loop): the matrix must be
    the vectorizers' own, for the model's settings and for others a model may have."""
    from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

    from stance.pipeline import fast_transform

    texts = ["Italy will not send troops to Ukraine.", "", "troops troops troops",
             "Macron's plan: “boots on the ground”, he said.", "U.S. and U.K. officials said no.",
             "Don't_send 2nd-wave Zelenskyy's ÉLITE troops"]
    marked = predictor.pipeline.named_steps["mark"].transform(texts)

    def same(vectorizer, docs):
        got = fast_transform(vectorizer, docs)
        # scikit-learn's own counting (OffTargetTfidf's transform is the fast one: its copy is
        # added to scikit-learn's matrix here)
        expected = (vectorizer.augment(TfidfVectorizer.transform(vectorizer, docs))
                    if hasattr(vectorizer, "augment") else vectorizer.transform(docs))
        assert got.shape == expected.shape and got.dtype == expected.dtype
        assert np.array_equal(got.indptr, expected.indptr)
        assert np.array_equal(got.indices, expected.indices)
        assert np.array_equal(got.data, expected.data)

    for _, vectorizer in predictor.pipeline.named_steps["features"].transformer_list:
        same(vectorizer, marked)
    for vectorizer in (TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True,
                                       token_pattern=r"(?u)\b\w+\b"),
                       TfidfVectorizer(ngram_range=(1, 3)), CountVectorizer(binary=True),
                       CountVectorizer(lowercase=False, ngram_range=(1, 2)),
                       TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4))):
        same(vectorizer.fit(texts[:4]), texts)
