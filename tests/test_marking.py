import pickle

import pytest

from stance.marking import TextMarker, mark, names_a_deployment, readable, readable_feature, tweet_text


@pytest.mark.parametrize("text, expected", [
    ("Russia said it would welcome foreign troops in Ukraine.",
     "_state_ said it would welcome foreign troops in _state_"),
    ("The Kremlin warned Paris.", "the _state_ warned _state_"),
    ("Zelenskyy met Macron and Nato chief Mark Rutte.", "_person_ met _person_ and _org_ chief _person_"),
    ("Macron's remark angered Moscow.", "_person_ remark angered _state_"),
    ("said John Smith, a senior fellow", "said _name_ a senior fellow"),
    ("Mr Jones disagreed.", "mr _person_ disagreed"),
    ("Calling Macron's idea reckless, Peskov said no.", "calling _person_ idea reckless _person_ said no"),
])
def test_mentions_become_placeholders_of_their_kind(text, expected):
    assert mark(text, mask_mentions=True, scope="off", quote_marking=False) == expected


def test_sentence_starters_and_adjectives_are_not_names():
    assert mark("The European force would deter Russian troops.", mask_mentions=True, scope="off",
                quote_marking=False) == "the european force would deter russian troops"


@pytest.mark.parametrize("text, expected", [
    # the auxiliary before "not" or "never" is negated too: "X will" then speaks for the
    # affirmative only ("X will not send" used to make "X will" a sign of refusal)
    ("We will not send troops, but we will train pilots.", "we not_will not not_send not_troops but we will train pilots"),
    ("Italy won't send soldiers.", "italy won't not_send not_soldiers"),
    ("He has never ruled out a deployment.", "he not_has never not_ruled not_out not_a not_deployment"),
    ("Troops are not on the agenda; aid is.", "troops not_are not not_on not_the not_agenda aid is"),
    ("There is no plan, nor will there be.", "there is no not_plan nor not_will not_there not_be"),  # "no" leaves "is"
])
def test_negation_marks_its_clause(text, expected):
    assert mark(text, mask_mentions=False, scope="negation", quote_marking=False) == expected


def test_hedges_are_marked_only_when_asked():
    text = "It may send troops if a ceasefire holds."
    assert mark(text, mask_mentions=False, scope="negation", quote_marking=False) == (
        "it may send troops if a ceasefire holds")
    assert mark(text, mask_mentions=False, scope="negation+hedge", quote_marking=False) == (
        "it may hedge_send hedge_troops if hedge_a hedge_ceasefire hedge_holds")


def test_quoted_words_are_marked_and_apostrophes_are_not_quotes():
    text = "Calling Macron’s “every option is open” reckless, Kyiv’s critics said ‘no’."
    assert mark(text, mask_mentions=False, scope="off", quote_marking=True) == (
        "calling macron’s q_every q_option q_is q_open reckless kyiv’s critics said q_no")
    assert mark('"We won\'t go," he said.', mask_mentions=False, scope="negation", quote_marking=True) == (
        "q_we q_won't q_not_go he said")


def test_marker_is_identity_when_off_and_pickles_to_its_options():
    marker = TextMarker()
    assert not marker.active and marker.transform(["Macron said no."]) == ["Macron said no."]
    on = pickle.loads(pickle.dumps(TextMarker(mask_mentions=True, scope="negation", quote_marking=True)))
    assert on.get_params() == {"mask_mentions": True, "scope": "negation", "quote_marking": True,
                               "tweets": "off", "off_target": "off", "mask_demonyms": False}
    assert vars(on) == on.get_params()  # nothing fitted, nothing else stored
    with pytest.raises(ValueError, match="scope"):
        TextMarker(scope="everything").fit(["x"])
    with pytest.raises(ValueError, match="off_target must be one of off, flag"):
        TextMarker(off_target="yes").fit(["x"])


@pytest.mark.parametrize("text, expected", [
    ("Russian officials said they would welcome troops.", "_demonym_ officials said they would welcome troops"),
    ("The South Korean government and Britons agreed.", "the _demonym_ government and _demonym_ agreed"),
    # an adjective that says whose troops are meant stays: that is what the sentence is about
    ("Russian troops advanced.", "russian troops advanced"),
    ("British and French soldiers could go.", "british and french soldiers could go"),
    ("Italian, Spanish or Greek peacekeepers?", "italian spanish or greek peacekeepers"),
    # near-misses: a region's adjective is no state's; lower case is no adjective of a state
    ("European leaders met.", "european leaders met"),
    ("They spoke french.", "they spoke french"),
])
def test_demonyms_are_masked_unless_they_own_the_troops(text, expected):
    assert mark(text, mask_mentions=True, scope="off", quote_marking=False, mask_demonyms=True) == expected
    if expected.startswith("_demonym_"):  # off by default: old models read as they were trained
        assert "_demonym_" not in mark(text, mask_mentions=True, scope="off", quote_marking=False)
        # part of mention masking: a model that keeps names keeps their adjectives too
        assert "_demonym_" not in mark(text, mask_mentions=False, scope="off", quote_marking=False,
                                       mask_demonyms=True)


def test_readable_feature_names():
    assert readable("_demonym_ officials") == "[demonym] officials"
    assert readable("_person_ said") == "[person] said"
    assert readable("not_send not_troops") == "not:send not:troops"
    assert readable("q_not_send") == '"not:send"'
    assert readable("hedge_send") == "hedge:send"
    assert readable_feature("word__not_send") == "word__not:send"
    assert readable_feature("char__not_s") == "char__not_s"


def test_marking_is_fast_enough_to_keep_scoring_fast():
    # Not a timing test: a plain sanity bound on the work per sentence (no quadratic scans).
    text = "Macron said, “we will not send troops”, and Moscow replied. " * 200
    out = mark(text, mask_mentions=True, scope="negation+hedge", quote_marking=True)
    assert out.count("_person_") == 200 and out.count("_state_") == 200


def test_tweet_text_splits_camel_case_hashtags_and_masks_handles():
    text = "@tedcruz #HandOverTheServer re #Benghazi #GOPDebate #Warren2016 #prolife"
    assert tweet_text(text, "off") == text
    assert tweet_text(text, "hashtags") == (
        "@tedcruz #HandOverTheServer hand over the server re #Benghazi #GOPDebate gop debate "
        "#Warren2016 warren 2016 #prolife")
    assert tweet_text("@tedcruz and @Hillary_C: #NoMore", "hashtags+users") == "@user and @user: #NoMore no more"
    assert tweet_text("mail me at a@b.org", "hashtags+users") == "mail me at a@b.org"


def test_marker_applies_tweet_text_before_marking():
    marker = TextMarker(tweets="hashtags")
    assert not marker.active and marker.transform(["#StopHillary2016 now"]) == ["#StopHillary2016 stop hillary 2016 now"]
    marked = TextMarker(mask_mentions=True, scope="negation", tweets="hashtags").transform(["#NotMyPresident"])
    assert marked == ["notmypresident not not_my not_president"]
    with pytest.raises(ValueError, match="tweets"):
        TextMarker(tweets="emoji").fit(["x"])


@pytest.mark.parametrize("option, text, marked", [
    ("tweets", "#NoWar", "nowar"),
    ("off_target", "Macron met Merz.", "_person_ met _person_"),
    ("mask_demonyms", "Russian officials met Merz.", "russian officials met _person_"),
])
def test_marker_pickled_before_an_option_existed_loads_with_it_off(option, text, marked):
    marker = TextMarker(mask_mentions=True, mask_demonyms=True)
    state = marker.__getstate__()
    del state[option]
    old = TextMarker.__new__(TextMarker)
    old.__setstate__(state)
    assert getattr(old, option) in ("off", False) and old.transform([text]) == [marked]


@pytest.mark.parametrize("text", [
    "Poland will not send troops to Ukraine.",
    "Italy is ready to deploy peacekeepers.",
    "The mission would need a US backstop.",
    "Britain could station a brigade there.",
    "SOLDIERS from the coalition would train Ukrainians.",
])
def test_a_sentence_that_names_a_deployment_is_not_flagged(text):
    assert names_a_deployment(text)
    plain = mark(text, mask_mentions=True, scope="negation", quote_marking=False)
    assert mark(text, mask_mentions=True, scope="negation", quote_marking=False,
                off_target="flag") == plain


def test_a_sentence_that_names_no_deployment_is_flagged():
    text = "Hungary will not back the plan."
    plain = "_state_ not_will not not_back not_the not_plan"
    assert mark(text, mask_mentions=True, scope="negation", quote_marking=False) == plain
    assert mark(text, mask_mentions=True, scope="negation", quote_marking=False,
                off_target="flag") == plain + " _offtarget_"
    assert TextMarker(mask_mentions=True, scope="negation", off_target="flag").transform(
        [text, "Poland sends troops."]) == [plain + " _offtarget_", "_state_ sends troops"]
    # whole words only: "forceful" and "transmission" name no deployment; a text with no Latin
    # letter cannot tell, and is left as it is
    assert names_a_deployment("A forceful transmission.") is False
    assert names_a_deployment("Войска НАТО.") is None
    for text, marked in (("...", ""), ("Войска НАТО.", "войска нато")):
        assert mark(text, mask_mentions=False, scope="off", quote_marking=False,
                    off_target="flag") == marked
    with pytest.raises(ValueError, match="off_target must be one of off, flag, got 'augment'"):
        TextMarker(off_target="augment").fit(["x"])


def test_readable_shows_off_target_features():
    assert readable("_offtarget_") == "[no deployment named]"
    assert readable("ot_not_back ot__state_") == "off-target:(not:back [state])"
    assert readable("ot_q_no") == 'off-target:"no"'
    assert readable("ot__offtarget_") == "off-target:[no deployment named]"
    assert readable("said _offtarget_") == "said [no deployment named]"
