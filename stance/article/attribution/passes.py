"""Passes over an article once each sentence has its actor: what a later line settles.

A post quoted in full takes the signer on the line after it; the lines that "That was the
message from X" sums up take X; a quotation over several sentences takes the speaker named
where it closes; a "he"/"she" that stands for no one named before it takes the person named
in the sentences just after it.
"""

from __future__ import annotations

from .context import GENDER_OF, LONG_QUOTE_RUN


# How far back a signed post reaches: its sentences above the signature line.
MAX_POST_SENTENCES = 8


# A group named in no statement of its own is narration too ("Europe must stand together.").
_GROUP_EVENT = "narration: a group's event"
_UNSIGNED = ("narration", "quote continues", "first person: the last speaker", _GROUP_EVENT)


def signed_posts(decided: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Give a post quoted in full the signer of the line after it ("— Name (@handle) ...")."""
    return _give_back(decided, "signature", MAX_POST_SENTENCES, _UNSIGNED, "signed post")


def _give_back(decided: list[tuple[str, str]], trigger: str, reach: int, takes,
               rule_name: str) -> list[tuple[str, str]]:
    """Give the actor of each sentence decided by ``trigger`` to the sentences just before it
    (at most ``reach`` back) whose rule is one of ``takes``: a line that signs or sums up the
    lines above it."""
    out = decided
    for i, (actor, rule) in enumerate(decided):
        if rule != trigger:
            continue
        k = i - 1
        while k >= 0 and i - k <= reach and out[k][1] in takes:
            if out is decided:
                out = list(decided)
            out[k] = (actor, rule_name)
            k -= 1
    return out


# Rules that only guess the speaker of a sentence inside a quotation.
_GUESSED = ("quote continues", "first person: the last speaker", "narration")


# How far back "That was the message from X" reaches: the unattributed sentences just before.
MAX_SUMMED_SENTENCES = 2


def summed_up_lines(decided: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Give the sentences that "That was the message from X" sums up (narration or a quotation
    just before it, with no speaker of its own) to X ('"No one sets the line for all." So says
    Guido Crosetto, ...')."""
    return _give_back(decided, "summing up", MAX_SUMMED_SENTENCES,
                      ("narration", _GROUP_EVENT, "quote continues"), "summed up after it")


# Rules that read the subject of a sentence which, inside a quotation that its speaker
# closes later, is the speaker's words ('... Our task is to keep the flank secure. / Poland is
# going to be a hub. / Our seaports as well ...," Tusk said').
_INSIDE_QUOTE = ("subject", "subject after an opening phrase", "pronoun")


# The rule of a quotation over several sentences closed by someone unnamed or by an outlet.
UNNAMED_CLOSER = "quotation closed by someone unnamed or an outlet"


def closing_speakers(decided: list[tuple[str, str]], inside: list[bool]) -> list[tuple[str, str]]:
    """Give a quotation that runs over several sentences the speaker named where it closes
    ('“We have to do more. / Too many questions remain,” Kallas said.'): the sentences before,
    which only guessed the last speaker, take the one named after the closing mark."""
    out = decided
    for i, (actor, rule) in enumerate(decided):
        if not (rule == "speaker after quote" and actor or rule == UNNAMED_CLOSER) \
                or not inside[i]:
            continue  # (someone unnamed who closes it: '... holes," one diplomat said.')
        k = i - 1
        while k >= 0 and inside[k + 1] and i - k <= LONG_QUOTE_RUN:
            if (out[k][1] in _GUESSED or (inside[k] and out[k][1] in _INSIDE_QUOTE)) \
                    and out[k][0] != actor:
                if out is decided:
                    out = list(decided)
                out[k] = (actor, "quotation closed by its speaker" if actor else UNNAMED_CLOSER)
            k -= 1
    return out


# How many sentences after such a pronoun its person may be named.
PRONOUN_AHEAD = 3


def pronoun_named_after(decided: list[tuple[str, str]], unresolved: list[str], registry,
                        gender: dict[str, str]) -> list[tuple[str, str]]:
    """Give a "he"/"she" that stands for no one named before it the first person a sentence
    just after it is attributed to ('"...," he said. / "...," Matteo Salvini added.'), passing
    over one the article shows to be of the other gender."""
    out = decided
    for i, pronoun in enumerate(unresolved):
        if not pronoun:
            continue
        want = GENDER_OF[pronoun]
        for actor, _ in decided[i + 1:i + 1 + PRONOUN_AHEAD]:
            if actor and registry.kind(actor) == "person" and gender.get(actor, want) == want:
                if out is decided:
                    out = list(decided)
                out[i] = (actor, "pronoun: the person named next")
                break
    return out


# How many sentences after a quotation with no speaker its speaker may be named.
QUOTE_AHEAD = 2
# Rules that name the speaker of a sentence, which may then be the speaker of a quotation just
# before it too.
_SPEAKING = ("subject", "speaker after quote", "reporting clause")


def quotation_speaker_after(decided: list[tuple[str, str]], opened: list[bool],
                            inside: list[bool], registry) -> list[tuple[str, str]]:
    """Give a quotation that no one spoke before ('"We will never tolerate NATO troops in
    Ukraine." / In an interview, Deputy Foreign Minister Sergei Ryabkov stressed that ...') the
    person who speaks in the sentence just after it, or after the quotation's last sentence."""
    out = decided
    for i, (actor, rule) in enumerate(decided):
        if actor or rule not in _GUESSED or not opened[i] or (i and decided[i - 1][0]):
            continue
        k = i + 1
        while k < len(decided) and k - i <= QUOTE_AHEAD and not decided[k][0] and inside[k]:
            k += 1  # the quotation's next sentences, with no speaker either
        if k >= len(decided) or k - i > QUOTE_AHEAD:
            continue
        speaker, how = decided[k]
        if speaker and how in _SPEAKING and registry.kind(speaker) == "person":
            if out is decided:
                out = list(decided)
            for x in range(i, k):
                out[x] = (speaker, "quotation: the speaker named after it")
    return out
