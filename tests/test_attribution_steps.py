"""The attribution steps that hold no speaker pattern, each used on its own: holders (groups,
documents, polls), narration and the passes over a whole article.

Every sentence here was written for these tests.
"""

import pytest

from stance.article.actors import default_registry
from stance.article.attribution import Attributor
from stance.article.attribution.context import Context
from stance.article.attribution.holders import (
    document_content,
    document_owner,
    european_document,
    group_states,
    named_in_group,
    share_in,
    share_place,
    share_subject,
    with_groups,
)
from stance.article.attribution.narration import (credit_line, heading, not_after_a_name, photo_caption,
                                                  words_subject)
from stance.article.attribution.passes import (closing_speakers, pronoun_named_after, signed_posts,
                                               summed_up_lines)
from stance.article.attribution.phrases import Phrases
from stance.article.attribution.speakers import citing_source, not_kept_from, relayed_for
from stance.article.attribution.tokens import MentionIndex


@pytest.fixture(scope="module")
def tokens():
    return MentionIndex(with_groups(default_registry())).tokens


@pytest.fixture(scope="module")
def attributor():
    return Attributor()


@pytest.fixture(scope="module")
def phrases():
    return Phrases(with_groups(default_registry()))


# -- holders: groups, documents, polls -------------------------------------------------------

@pytest.mark.parametrize("sentence, member", [
    ("Several NATO partners, Germany among them, dismissed the idea.", "Germany"),
    ("European countries led by France are drawing up plans for a force.", "France"),
    ("Several NATO partners dismissed the idea on Tuesday.", None),
    ("Other countries, though, Germany among them, firmly reject the idea.", "Germany"),
    ("Others, France and Britain among them, say they stand ready to deploy.", "France"),
    ("Several leaders, Macron among them, have stressed that Europe needs US support.",
     "Emmanuel Macron"),
    # near-miss: a person among people that are no group of states or leaders
    ("Several guests, Macron among them, arrived late.", None),
])
def test_named_in_group(tokens, phrases, sentence, member):
    assert named_in_group(phrases, tokens(sentence), 0, Context()) == member


@pytest.mark.parametrize("sentence, verb, states", [
    ("EU leaders said they stood ready to help.", "said", True),
    ("EU leaders will meet in Brussels on Thursday.", "meet", False),
])
def test_group_states_a_position_not_an_event(tokens, sentence, verb, states):
    assert group_states(tokens(sentence), "European leaders", "subject") is states


@pytest.mark.parametrize("sentence, owner", [
    ("Macron's plan would put French soldiers in western Ukraine.", "Emmanuel Macron"),
    ("Macron's plan drew sharp criticism in Berlin.", None),
])
def test_document_owner(tokens, phrases, sentence, owner):
    assert document_owner(phrases, tokens(sentence), Context()) == owner


@pytest.mark.parametrize("sentence, content", [
    ("The draft says no soldier would cross the contact line.", True),
    ("Under the plan, troops would stay far from the front.", True),
    ("The weather says nothing about the talks.", False),
    ("Under clause four, foreign soldiers could be invited onto Ukrainian soil.", True),
    ("In Paris a joint statement proposed a force of 25,000 soldiers.", True),
    # near-misses: a time, not a section; a place and no document
    ("Under President Macron, France has backed a force.", False),
    ("In Paris a crowd protested against the plan.", False),
])
def test_document_content(tokens, sentence, content):
    assert document_content(tokens(sentence)) is content


@pytest.mark.parametrize("sentence, subject, share", [
    ("Some 15% were against the deployment.", True, True),
    ("Inflation stood at 3% in May.", False, True),
    ("The vote was held on Monday.", False, False),
])
def test_poll_shares(tokens, sentence, subject, share):
    toks = tokens(sentence)
    assert share_subject(toks) is subject
    assert share_in(toks) is share


def test_share_place_names_the_public_of_the_first_country(tokens):
    toks = tokens("In Italy 55 percent were against, in Austria 61 percent.")
    assert share_place(toks) == "Italian public"


# -- narration ------------------------------------------------------------------------------

@pytest.mark.parametrize("line, is_heading", [
    ("Peacekeepers in Ukraine", True),
    ("Peacekeepers in Ukraine: what we know", True),
    ("Macron said troops could not be ruled out.", False),
])
def test_heading(line, is_heading):
    assert heading(line) is is_heading


@pytest.mark.parametrize("line, credit", [
    ("(Reporting by Anna Weber; Editing by Tom Hale)", True),
    ("Additional reporting by Jan Novak", True),
    ("(Macron spoke in Paris.)", False),
])
def test_credit_line(tokens, line, credit):
    assert credit_line(tokens(line)) is credit


@pytest.mark.parametrize("line, caption", [
    ("Dutch Prime Minister Dick Schoof speaks during a news conference in The Hague, "
     "Netherlands, March 4, 2025.", True),
    ("Tusk greets Macron ahead of the summit in Warsaw, Poland, on 12 December 2024.", True),
    ("Kallas pictured at the Brussels summit.", True),
    ("Pictured: Mark Rutte, NATO's secretary general.", True),
    ("Schoof at the summit[/caption]", True),
    ("Photo: Władysław Kosiniak-Kamysz on Facebook", True),
    ("Photo by Ludovic Marin/AFP", True),
    # near misses: a verb of the caption's kind that is not the main one, a date with no such
    # verb, speech, and a quotation
    ("Schoof, who sits in the cabinet since July 2024, said the Dutch would take part.", False),
    ("Schoof chaired the meeting in The Hague on March 4, 2025, urging allies to act.", False),
    ("Kallas, pictured at the summit, said Europe must be ready to send troops.", False),
    ('"Schoof speaks for all of us," the minister wrote in March 2025.', False),
    ("Photos show Kosiniak-Kamysz at the border.", False),
])
def test_photo_caption(tokens, line, caption):
    assert photo_caption(tokens(line)) is caption


def test_words_as_subject_and_opening_words(tokens):
    assert words_subject(tokens("His comments come as talks resume."), 0)
    assert not words_subject(tokens("He commented as talks resumed."), 0)
    plenty, kim = tokens("Plenty of voters agree."), tokens("Kim said no.")
    assert not_after_a_name(plenty[1]) and not not_after_a_name(kim[1])


# -- passes over the article ----------------------------------------------------------------

def test_closing_speaker_takes_the_sentences_of_the_quotation():
    decided = [("Emmanuel Macron", "quote continues"), ("Kaja Kallas", "speaker after quote")]
    assert closing_speakers(decided, [True, True])[0] == ("Kaja Kallas",
                                                          "quotation closed by its speaker")
    # a sentence that did not start inside the quotation keeps its own speaker
    assert closing_speakers(decided, [True, False]) == decided


def test_signed_post_and_summed_up_lines():
    post = [("", "narration"), ("", "quote continues"), ("Donald Tusk", "signature")]
    assert [a for a, _ in signed_posts(post)] == ["Donald Tusk"] * 3
    summed = [("", "narration"), ("Mark Rutte", "summing up"), ("", "narration")]
    assert [a for a, _ in summed_up_lines(summed)] == ["Mark Rutte", "Mark Rutte", ""]


def test_pronoun_before_anyone_named_takes_the_next_person_of_its_gender():
    registry = default_registry()
    decided = [("", "pronoun"), ("", "narration"), ("Kaja Kallas", "subject"),
               ("Mark Rutte", "subject")]
    gender = {"Kaja Kallas": "f"}
    assert pronoun_named_after(decided, ["he", "", "", ""], registry, gender)[0] == (
        "Mark Rutte", "pronoun: the person named next")
    assert pronoun_named_after(decided, ["she", "", "", ""], registry, gender)[0][0] == "Kaja Kallas"
    # a state is no person, and a person named too far on is not taken
    far = [("", "pronoun"), ("Estonia", "subject"), ("", "narration"), ("", "narration"),
           ("Mark Rutte", "subject")]
    assert pronoun_named_after(far, ["he", "", "", "", ""], registry, {}) == far


# -- speaker patterns moved out of the attributor --------------------------------------------

def test_citing_relayed_and_not_kept_from(tokens, phrases):
    cited = citing_source(phrases, tokens(
        "Citing Foreign Minister Radosław Sikorski, RMF24 reports that Warsaw is ready."), Context())
    assert cited == ("Radosław Sikorski", False)
    assert relayed_for(phrases, tokens(
        "Robert Kaliňák conveyed Fico's position to parliament."), Context()) == "Robert Fico"
    assert not_kept_from(phrases, tokens(
        "That did not stop Starmer from announcing that troops were ready."), Context()) \
        == "Keir Starmer"
    assert not_kept_from(phrases, tokens(
        "That stopped Starmer from announcing anything."), Context()) is None


@pytest.mark.parametrize("sentence, actor", [
    ("The coalition of the willing has promised to back Ukraine once a ceasefire holds.",
     "Coalition of the Willing"),
    ("Leaders of the coalition of the willing met in Paris on Thursday.", ""),
])
def test_coalition_of_the_willing_holds_its_statements_not_its_meetings(attributor, sentence, actor):
    assert attributor.attribute_sentence(sentence) == actor


@pytest.mark.parametrize("sentence, actor", [
    # the name Ukrainian outlets translate it by
    ("The coalition of the determined has promised to back Ukraine once a ceasefire holds.",
     "Coalition of the Willing"),
    ("Britain said the coalition of the determined would meet again in March.", "United Kingdom"),
    # near miss: its meetings, as for the coalition of the willing
    ("Leaders of the coalition of the determined met in Paris on Thursday.", ""),
])
def test_the_coalition_of_the_determined_is_the_coalition_of_the_willing(attributor, sentence,
                                                                         actor):
    assert attributor.attribute_sentence(sentence) == actor


def test_a_document_s_content_after_a_group_spoke(attributor):
    spoke = ["European leaders said on Tuesday that a force for Ukraine should be led by Europe.",
             "They endorsed a multinational force backed by Washington.",
             "According to the statement, the force would guard Ukraine's ports."]
    assert attributor.attribute(spoke)[2] == "European leaders"
    # near-miss: no group spoke before the statement's content
    quiet = ["Talks in Oslo ended on Tuesday.",
             "Officials left the city at night.",
             "According to the statement, the force would guard Ukraine's ports."]
    assert attributor.attribute(quiet)[2] == ""


def test_a_group_that_spoke_in_a_reporting_clause(attributor):
    spoke = ["European leaders said on Tuesday that a force for Ukraine should be led by Europe.",
             "Any deal on territory, the leaders said, must wait for firm guarantees."]
    assert attributor.attribute(spoke)[1] == "European leaders"
    # near-misses: no group spoke before; the group noun is no speaker here
    assert attributor.attribute(["Talks ended late.", spoke[1]])[1] == ""
    met = [spoke[0], "Any deal on territory, the leaders met to discuss, must wait."]
    assert attributor.attribute(met)[1] == ""


def test_a_document_that_speaks_in_a_closing_reporting_clause(attributor):
    passed = ["Bulgaria's parliament adopted a declaration on Ukraine on Thursday.",
              "Bulgarian soldiers may not be sent to Ukraine, the declaration says."]
    assert attributor.attribute(passed)[1] == "Bulgarian parliament"
    # near-misses: a report by no holder named before; a document that is no speaker
    assert attributor.attribute(["Talks ended late.", passed[1]])[1] == ""
    signed = [passed[0], "Bulgarian soldiers may not be sent, under the declaration."]
    assert attributor.attribute(signed)[1] == ""


@pytest.mark.parametrize("sentence, content", [
    ("The European draft says Kyiv would keep an army of 800,000.", True),
    ("Under the European text, a reassurance force could be based in Ukraine.", True),
    ("Clause six of the European version states that foreign troops may be invited.", True),
    ("Unlike Washington's plan, the European proposal sets no cap on Ukraine's army.", True),
    # near-misses: a European plan that is someone's object or an event, a European official
    ("Ushakov said he had seen the European plan and found it unhelpful.", False),
    ("The European plan was leaked to the press on Sunday.", False),
    ("A European official says the draft is not final.", False),
])
def test_european_document(tokens, sentence, content):
    assert european_document(tokens(sentence)) is content


def test_a_european_document_is_european_leaders_unless_someone_s_was_named(attributor):
    leaked = ["Talks in Geneva ran late on Sunday.",
              "The European counter-proposal says Ukraine's army would face no limit.",
              "The plan would also let Kyiv invite foreign forces."]
    assert attributor.attribute(leaked)[1:] == ["European leaders", "European leaders"]
    # near-miss: the text of a body named just before stays that body's
    britain = ["Britain, France and Germany proposed a plan for Ukraine on Sunday.",
               "The European draft says Ukraine's army would face no limit."]
    assert attributor.attribute(britain)[1] == "United Kingdom"


@pytest.mark.parametrize("sentence, actor", [
    ("European leaders and Ursula von der Leyen unveiled a blueprint for a force in Ukraine.",
     "European leaders"),
    ("In Paris on Thursday, March 6, 2025, European leaders and Mark Rutte presented a plan for "
     "a reassurance force.", "European leaders"),
    # near-misses: a joint meeting, not a statement; a weekday and date with no group
    ("European leaders and Zelensky met in Berlin.", ""),
    ("On Thursday, March 6, 2025, talks on a force for Ukraine went on.", ""),
])
def test_a_group_first_in_a_joint_subject_after_a_dated_opening(attributor, sentence, actor):
    assert attributor.attribute_sentence(sentence) == actor


def test_the_statement_by_a_group_in_a_closing_clause(attributor):
    spoke = ["European leaders proposed a force for Ukraine on Monday.",
             "Talks went on late into the night.",
             "'Ukraine alone decides on territory,' the statement by the European leaders says."]
    assert attributor.attribute(spoke)[2] == "European leaders"
    # near-miss: no group spoke before
    assert attributor.attribute(["Talks ended late.", spoke[2]])[1] == ""


@pytest.mark.parametrize("sentence, actor", [
    ("EU leaders, several European governments, Canada and Australia called the draft a "
     "starting point.", "European leaders"),
    ("Poland, other allies and Norway called the draft a starting point.", "Poland"),
    ("Leaders of Spain, Portugal and the Baltic states pledged to join the force.", "Spain"),
    # near-miss: a list with an unnamed member that is no group of states
    ("EU leaders, many journalists, Canada and Australia met in Oslo.", ""),
])
def test_a_list_subject_may_hold_an_unnamed_group_of_states(attributor, sentence, actor):
    assert attributor.attribute_sentence(sentence) == actor


@pytest.mark.parametrize("sentence, actor", [
    ("Europe unites behind a reassurance force for Ukraine", "European leaders"),
    ("Europe aims to create a force to protect Ukraine after a truce.", "European leaders"),
    ("European leaders and Canada throw their weight behind a force for Ukraine",
     "European leaders"),
    # near-misses: a group that unites in no position, one that aims at no plan of its own
    ("EU leaders unite in grief after the attack.", ""),
    ("EU leaders throw a dinner for Zelensky.", ""),
])
def test_a_group_that_unites_behind_aims_to_or_throws_its_weight_behind(attributor, sentence,
                                                                         actor):
    assert attributor.attribute_sentence(sentence) == actor


def test_a_group_s_own_leaders_and_a_document_s_verb_after_its_participle(attributor):
    assert attributor.attribute_sentence(
        "Europe's presidents and prime ministers have offered to assemble a protection force."
    ) == "European leaders"
    # near-miss: the group's leaders at an event
    assert attributor.attribute_sentence(
        "Europe's presidents and prime ministers met in Berlin.") == ""
    spoke = ["European leaders proposed a force for Ukraine on Monday.",
             "Yet the statement agreed as the talks closed contains a passage on troops."]
    assert attributor.attribute(spoke)[1] == "European leaders"
    # near-miss: a document that no group's statement precedes
    assert attributor.attribute(["Talks ended late.", spoke[1]])[1] == ""
