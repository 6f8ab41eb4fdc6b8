import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stance.article.sentences import MAX_SENTENCE_CHARS, paragraphs, split_sentences

# (text, expected sentences): news text written for these tests.
CASES = [
    ("The U.S. and the U.K. said they would help. Moscow disagreed.",
     ["The U.S. and the U.K. said they would help.", "Moscow disagreed."]),
    ("Mr. Macron met Gen. Mark Milley and Sen. Lindsey Graham. They discussed aid.",
     ["Mr. Macron met Gen. Mark Milley and Sen. Lindsey Graham.", "They discussed aid."]),
    ("France pledged €2 billion ($2.1 billion), including tanks. Kyiv welcomed it.",
     ["France pledged €2 billion ($2.1 billion), including tanks.", "Kyiv welcomed it."]),
    ("He wrote: “Europe can defend itself. We must prove it.” Then he left.",
     ["He wrote: “Europe can defend itself.", "We must prove it.”", "Then he left."]),
    ("“It will take time,” Rubio said. “We are on that road.”",
     ["“It will take time,” Rubio said.", "“We are on that road.”"]),
    ('She called the plan a "provocation." She added that Russia would respond.',
     ['She called the plan a "provocation."', "She added that Russia would respond."]),
    ("Charles Q. Brown Jr. said trainers would go eventually. Brown later clarified.",
     ["Charles Q. Brown Jr. said trainers would go eventually.", "Brown later clarified."]),
    ("Approx. 30 leaders came, incl. NATO's Rutte. Some joined remotely.",
     ["Approx. 30 leaders came, incl. NATO's Rutte.", "Some joined remotely."]),
    ("Was it a bluff? Peskov said no! The Kremlin agreed.",
     ["Was it a bluff?", "Peskov said no!", "The Kremlin agreed."]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_news_sentences(text, expected):
    assert split_sentences(text) == expected


def test_headings_and_bylines_are_sentences_of_their_own():
    article = ("Troops Not Ruled Out\nBy Jane Doe\n\nCeasefire Standoff\n\n"
               "The talks stalled. Moscow objected.\n")
    assert split_sentences(article) == ["Troops Not Ruled Out", "By Jane Doe", "Ceasefire Standoff",
                                        "The talks stalled.", "Moscow objected."]


def test_hard_wrapped_lines_are_joined_back():
    article = ("Kyiv wants a force of\n20,000 troops, officials said on\nTuesday. Moscow objects."
               "\n\nNext Heading\nBody.")
    first = "Kyiv wants a force of 20,000 troops, officials said on Tuesday."
    assert paragraphs(article)[0] == first + " Moscow objects."
    assert split_sentences(article) == [first, "Moscow objects.", "Next Heading", "Body."]


def test_blank_and_whitespace_lines_give_nothing():
    assert split_sentences("") == []
    assert split_sentences("\n \u00a0\n\t\n") == []
    assert split_sentences("  One sentence.  \r\n") == ["One sentence."]


def test_rejects_non_text():
    with pytest.raises(TypeError, match="expects a str"):
        split_sentences(None)


PIECES = ["Macron said troops could go.", "The U.S. disagreed", "“We will see.",
          "Kyiv (Ukraine) waits!", "Gen. Ryder spoke.", "\n", "\n\n", " ", "$2.1 billion"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12))
def test_every_sentence_is_a_stripped_substring(parts):
    text = " ".join(parts)
    joined = " ".join(text.split())
    for sentence in split_sentences(text):
        assert sentence == sentence.strip() and sentence
        assert " ".join(sentence.split()) in joined


def test_a_run_with_no_sentence_end_is_cut_at_spaces():
    text = "troops would go, officials said, " * 30_000  # about 1 MB, no sentence end
    sentences = split_sentences(text)
    assert all(len(s) <= MAX_SENTENCE_CHARS for s in sentences)
    assert " ".join(sentences) == text.strip()


@pytest.mark.parametrize("text, expected", [
    ("Talks resume on Jan. 5 in Geneva. Moscow objects.",
     ["Talks resume on Jan. 5 in Geneva.", "Moscow objects."]),
    ("The No. 10 spokesman said no. Ministers will meet.",
     ["The No. 10 spokesman said no.", "Ministers will meet."]),
    ("“When peace arrives... Canada will be there,” Carney said. It was his first visit.",
     ["“When peace arrives... Canada will be there,” Carney said.", "It was his first visit."]),
    ("“Who would then defend us?” Zelensky added. Nobody answered.",
     ["“Who would then defend us?” Zelensky added.", "Nobody answered."]),
    ("NATO denied any such plans. 'No combat troops are planned,' an official said.",
     ["NATO denied any such plans.", "'No combat troops are planned,' an official said."]),
    ("The vote (held in Kyiv. Not Lviv.) passed. It was close.",
     ["The vote (held in Kyiv. Not Lviv.) passed.", "It was close."]),
    ("“Why now?” he asked. Nobody answered.", ["“Why now?” he asked.", "Nobody answered."]),
    ('"They really don\'t." Trump gave no details.', ['"They really don\'t."', "Trump gave no details."]),
    # "So says X" after a quotation is an inverted credit of its own, not a reporting clause
    ('"No one sets the line for all." So says Guido Crosetto, speaking to La Stampa.',
     ['"No one sets the line for all."', "So says Guido Crosetto, speaking to La Stampa."]),
])
def test_abbreviations_ellipses_parentheses(text, expected):
    assert split_sentences(text) == expected


@pytest.mark.parametrize("text, expected", [
    # wire copy gives the speaker's full title after the quotation: still its reporting clause
    ("“Who commands it? What if the truce breaks?” Danish Foreign Minister Lars Løkke Rasmussen "
     "asked. Nobody answered.",
     ["“Who commands it?", "What if the truce breaks?” Danish Foreign Minister Lars Løkke "
      "Rasmussen asked.", "Nobody answered."]),
    ("“We are ready.” U.S. Secretary of State Marco Rubio said. Talks went on.",
     ["“We are ready.” U.S. Secretary of State Marco Rubio said.", "Talks went on."]),
    # near misses: a new sentence that opens with a long name and goes on past its verb
    ("“We are ready.” Danish Foreign Minister Lars Løkke Rasmussen said on Monday that troops "
     "could go. Talks went on.",
     ["“We are ready.”", "Danish Foreign Minister Lars Løkke Rasmussen said on Monday that "
      "troops could go.", "Talks went on."]),
    ("“We are ready.” The Danish Foreign Minister Lars Løkke Rasmussen met Rubio. Talks went on.",
     ["“We are ready.”", "The Danish Foreign Minister Lars Løkke Rasmussen met Rubio.",
      "Talks went on."]),
])
def test_a_reporting_clause_with_a_long_title_after_a_quotation(text, expected):
    assert split_sentences(text) == expected


def test_invisible_characters_around_a_sentence_are_stripped():
    # A byte order mark (a file or table cell saved "with BOM") and zero-width spaces of web
    # copy hid the first word from the attribution.
    text = "\ufeffMacron said France would send troops. Moscow objected.\u2060\n\u200b\n\u200bKyiv agreed.\n"
    assert split_sentences(text) == ["Macron said France would send troops.", "Moscow objected.",
                                     "Kyiv agreed."]
    # inside a sentence they stay: the text is the article's own
    assert split_sentences("Peace\u200bkeepers may come.") == ["Peace\u200bkeepers may come."]


def test_a_bom_no_longer_hides_the_speaker():
    from stance.article.attribution import Attributor

    sentences = split_sentences("\ufeffMacron said France would send troops to Ukraine.")
    assert Attributor().attribute(sentences) == ["Emmanuel Macron"]


def test_html_remnants_of_web_copy_are_taken_out():
    # Was one "sentence" '<html><body><p>Macron said ... </p><script>...' with no speaker found
    text = ("<html><head><title>News</title><style>p {color: red}</style></head><body>"
            "<h1>Troops debate</h1><p>Macron said European troops could go.<br>Scholz said"
            " &quot;no&quot; &amp; Meloni agreed&nbsp;&#8212; for now.</p>"
            "<!-- ad --><script>var x = 1 < 2;</script><p>Tusk said 3 &lt; 4.</p></body></html>")
    assert split_sentences(text) == ["News", "Troops debate", "Macron said European troops could go.",
                                     'Scholz said "no" & Meloni agreed\xa0— for now.', "Tusk said 3 < 4."]
    from stance.article.attribution import Attributor

    assert Attributor().attribute(split_sentences(text))[2:4] == ["Emmanuel Macron", "Olaf Scholz"]


@pytest.mark.parametrize("text", [
    "Support rose from <5% to >10% in a year.",
    "The ratio a<b and c>d holds.",
    "AT&T and R&D &not a tag; &notice stays.",
    "Use the <troops> placeholder.",
])
def test_text_that_only_looks_like_html_is_kept(text):
    assert split_sentences(text) == [text]


@pytest.mark.parametrize("text, expected", [
    # web copy that lost the line break before an embedded post or caption: a full stop right
    # against the next sentence's capital, after a word of lower-case letters
    ("Pistorius was equally firm.We agreed in Paris that everyone must do more.",
     ["Pistorius was equally firm.", "We agreed in Paris that everyone must do more."]),
    ("The talks ended late in the evening.Shared conviction: Russia must not win.",
     ["The talks ended late in the evening.", "Shared conviction: Russia must not win."]),
    # near misses: initials, a domain name, an outlet's name written with a dot, a decimal
    ("Kyiv would have to agree, Caliber.Az said.", ["Kyiv would have to agree, Caliber.Az said."]),
    ("U.S.Army trainers met in Kyiv.", ["U.S.Army trainers met in Kyiv."]),
    ("Read the report at www.Reuters.com today.", ["Read the report at www.Reuters.com today."]),
    ("The force would cost 1.5 billion euros.", ["The force would cost 1.5 billion euros."]),
])
def test_a_full_stop_glued_to_the_next_sentence(text, expected):
    assert split_sentences(text) == expected
