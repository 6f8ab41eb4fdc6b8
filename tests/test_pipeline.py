import pytest

from stance.pipeline import DEFAULT_PARAMS, build_pipeline, canonicalise, resolve_params

DOCS = ["We will not send troops.", "We will send troops.", "Aid arrived today.", "Troops? Not now."]
LABELS = ["oppose", "support", "neutral", "neutral"]


def test_default_pipeline_is_tfidf_plus_logistic_regression():
    pipe = build_pipeline()
    assert [name for name, _ in pipe.steps] == ["mark", "features", "clf"]
    assert type(pipe.named_steps["clf"]).__name__ == "LogisticRegression"
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
