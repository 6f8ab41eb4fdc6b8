import pytest
from sklearn.linear_model import LogisticRegression

from stance.pipeline import DEFAULT_PARAMS, build_pipeline, canonicalise, resolve_params

DOCS = ["We will not send troops.", "We will send troops.", "Aid arrived today.", "Troops? Not now."]
LABELS = ["oppose", "support", "neutral", "neutral"]


def test_default_pipeline_is_tfidf_plus_logistic_regression():
    pipe = build_pipeline()
    assert [name for name, _ in pipe.steps] == ["mark", "features", "clf"]
    assert isinstance(pipe.named_steps["clf"], LogisticRegression)
    assert [n for n, _ in pipe.named_steps["features"].transformer_list] == (
        ["word", "char"] if DEFAULT_PARAMS["char_ngram_range"] else ["word"]
    )


def test_char_ngrams_can_be_switched_on():
    pipe = build_pipeline({"char_ngram_range": (2, 4)})
    assert [n for n, _ in pipe.named_steps["features"].transformer_list] == ["word", "char"]


def test_unknown_parameter_is_an_error():
    with pytest.raises(ValueError, match="unknown model parameter.*ngram"):
        resolve_params({"ngram": (1, 3)})


def test_negation_survives_tokenisation():
    pipe = build_pipeline({"scope": "off"}).fit(DOCS, LABELS)
    vocab = pipe.named_steps["features"].transformer_list[0][1].vocabulary_
    assert "not send" in vocab and "won t" not in vocab


def test_canonicalise_orders_vocabulary_by_index_with_plain_ints():
    pipe = canonicalise(build_pipeline({"min_df": 2}).fit(DOCS * 2, LABELS * 2))
    vocab = pipe.named_steps["features"].transformer_list[0][1].vocabulary_
    assert list(vocab.values()) == list(range(len(vocab)))
    assert all(type(v) is int for v in vocab.values())


def test_canonicalise_drops_the_per_process_stop_words_id():
    pipe = build_pipeline().fit(DOCS, LABELS)
    vectorizer = pipe.named_steps["features"].transformer_list[0][1]
    assert "_stop_words_id" in vars(vectorizer)  # set by fit: an id(), different per process
    canonicalise(pipe)
    assert "_stop_words_id" not in vars(vectorizer)
    assert list(pipe.predict(DOCS)) == list(build_pipeline().fit(DOCS, LABELS).predict(DOCS))


def test_marking_options_reach_the_marker_and_are_validated():
    pipe = build_pipeline({"mask_mentions": True, "scope": "negation+hedge", "quote_marking": True})
    marker = pipe.named_steps["mark"]
    assert (marker.mask_mentions, marker.scope, marker.quote_marking) == (True, "negation+hedge", True)
    with pytest.raises(ValueError, match="scope must be one of"):
        resolve_params({"scope": "negations"})
    with pytest.raises(ValueError, match="mask_mentions must be true or false"):
        resolve_params({"mask_mentions": "yes"})


def test_negation_scope_separates_send_from_not_send():
    pipe = build_pipeline({"scope": "negation"}).fit(DOCS, LABELS)
    vocab = pipe.named_steps["features"].transformer_list[0][1].vocabulary_
    assert "not_send" in vocab and "send" in vocab
    # "will not send troops" has no feature meaning plain "send"
    x = pipe.named_steps["features"].transform(pipe.named_steps["mark"].transform(["They will not send troops."]))
    assert x[0, vocab["send"]] == 0 and x[0, vocab["not_send"]] > 0


def test_tweets_option_reaches_the_marker_and_is_validated():
    assert DEFAULT_PARAMS["tweets"] == "off"
    assert build_pipeline({"tweets": "hashtags"}).named_steps["mark"].tweets == "hashtags"
    with pytest.raises(ValueError, match="tweets must be one of"):
        resolve_params({"tweets": "on"})


NB_DOCS = ["We will not send troops.", "We will send troops.", "Aid arrived today.", "Troops? Not now.",
           "They refuse to deploy soldiers.", "Paris is ready to deploy soldiers.", "The talks went on.",
           "Moscow rejects any mission.", "Rome backs a mission.", "Ministers met in Brussels."]
NB_LABELS = ["oppose", "support", "neutral", "neutral", "oppose", "support", "neutral", "oppose", "support",
             "neutral"]


def _softmax(scores):
    import numpy as np

    e = np.exp(scores - scores.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def test_nb_weighted_model_is_one_binary_model_per_label_on_scaled_features():
    import numpy as np
    import scipy.sparse as sp

    from stance.pipeline import NBLogisticRegression

    pipe = build_pipeline({"nb_power": 0.5, "nb_alpha": 0.1}).fit(NB_DOCS, NB_LABELS)
    clf = pipe.named_steps["clf"]
    assert isinstance(clf, NBLogisticRegression)
    x = sp.csr_matrix(pipe[:-1].transform(NB_DOCS))
    y = np.asarray(NB_LABELS)
    scores = []
    for label in clf.classes_:
        # the scale written out: log of the label's share of each feature's mass over the rest's
        p = 0.1 + np.asarray(x[y == label].sum(axis=0)).ravel()
        q = 0.1 + np.asarray(x[y != label].sum(axis=0)).ravel()
        r = np.log((p / p.sum()) / (q / q.sum()))
        scale = np.sign(r) * np.sqrt(np.abs(r))
        binary = LogisticRegression(C=30.0, class_weight="balanced", max_iter=5000, random_state=0)
        binary.fit(x.multiply(scale).tocsr(), y == label)
        scores.append(binary.decision_function(x.multiply(scale).tocsr()))
    expected = _softmax(np.column_stack(scores))
    assert np.allclose(pipe.predict_proba(NB_DOCS), expected, atol=1e-6)


def test_nb_power_none_is_the_plain_multinomial_model():
    import numpy as np

    pipe = build_pipeline({"nb_power": None})
    assert type(pipe.named_steps["clf"]) is LogisticRegression
    plain = build_pipeline({"nb_power": None}).fit(NB_DOCS, NB_LABELS)
    nb = build_pipeline().fit(NB_DOCS, NB_LABELS)
    assert not np.allclose(plain.predict_proba(NB_DOCS), nb.predict_proba(NB_DOCS))


def test_canonicalise_stores_the_nb_model_as_a_plain_logistic_regression():
    import numpy as np

    fitted = build_pipeline().fit(NB_DOCS, NB_LABELS)
    before = fitted.predict_proba(NB_DOCS)
    canonicalise(fitted)
    assert type(fitted.named_steps["clf"]) is LogisticRegression
    assert np.array_equal(fitted.predict_proba(NB_DOCS), before)


def test_nb_model_with_two_labels_keeps_one_weight_row():
    import numpy as np

    labels = ["support" if lab == "support" else "other" for lab in NB_LABELS]
    fitted = build_pipeline().fit(NB_DOCS, labels)
    clf = fitted.named_steps["clf"]
    assert clf.coef_.shape[0] == 1 and list(clf.classes_) == ["other", "support"]
    proba = fitted.predict_proba(NB_DOCS)
    assert np.allclose(proba.sum(axis=1), 1) and list(fitted.predict(["Rome backs a mission."])) == ["support"]


def test_nb_parameters_are_validated():
    with pytest.raises(ValueError, match="nb_power must be a number above 0 or none"):
        resolve_params({"nb_power": 0})
    with pytest.raises(ValueError, match="nb_alpha must be a number above 0"):
        resolve_params({"nb_alpha": "a"})


def test_off_target_modes_reach_the_marker_and_the_word_vectorizer():
    from sklearn.feature_extraction.text import TfidfVectorizer

    from stance.pipeline import OffTargetTfidf

    for mode, marker, vectorizer in (("off", "off", TfidfVectorizer), ("flag", "flag", TfidfVectorizer),
                                     ("augment", "flag", OffTargetTfidf)):
        pipe = build_pipeline({"off_target": mode})
        assert pipe.named_steps["mark"].off_target == marker
        assert type(pipe.named_steps["features"].transformer_list[0][1]) is vectorizer
    with pytest.raises(ValueError, match="off_target must be one of off, flag, augment, got 'yes'"):
        resolve_params({"off_target": "yes"})


def test_augment_copies_the_features_of_sentences_that_name_no_deployment():
    import numpy as np

    docs = ["Poland will send troops.", "Hungary rejects the plan.", "Aid arrived today."]
    pipe = build_pipeline({"off_target": "augment", "mask_mentions": False})
    pipe.fit(docs + DOCS, ["support", "oppose", "neutral"] + LABELS)
    union = pipe.named_steps["features"]
    X = union.transform(pipe.named_steps["mark"].transform(docs)).toarray()
    width = X.shape[1] // 2
    names = union.get_feature_names_out()
    assert len(names) == X.shape[1] and names[width:][list(names[:width]).index("word__send troops")] \
        == "word__ot_send ot_troops"
    # a sentence that names troops has no copy; the others are [x, x] / sqrt(2), norm 1
    assert not X[0, width:].any()
    for row in X[1:]:
        assert np.allclose(row[:width], row[width:]) and row[width:].any()
    assert np.allclose(np.linalg.norm(X, axis=1), 1, atol=1e-5)


def test_the_predictor_s_fast_features_are_the_augmented_ones():
    import numpy as np

    from stance.predictor import StancePredictor

    docs = ["Poland will send troops.", "Hungary rejects the plan.", "Aid arrived today."]
    pipe = build_pipeline({"off_target": "augment"}).fit(docs + DOCS, ["support", "oppose", "neutral"] + LABELS)
    predictor = StancePredictor(canonicalise(pipe))
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectorizer = pipe.named_steps["features"].transformer_list[0][1]
    marked = pipe.named_steps["mark"].transform(docs)
    # scikit-learn's own counting, then the copy: what the fast paths must equal
    slow = vectorizer.augment(TfidfVectorizer.transform(vectorizer, marked))
    assert np.allclose(predictor.features(docs).toarray(), slow.toarray())
    assert np.allclose(pipe.named_steps["features"].transform(marked).toarray(), slow.toarray())
    assert np.allclose(predictor.predict_proba(docs).to_numpy(), pipe.predict_proba(docs))
