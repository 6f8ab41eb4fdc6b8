"""The subject of the main clause: who does or says what a sentence reports.

:func:`main_clause` reads past an introductory phrase (:func:`skip_intro`), takes the noun
phrase at the start of the clause, any "of / at / for ..." phrase or apposition between commas
after it, and the verb group; the subject is the actor, unless the verb reports a position held
by someone else ("Lammy said Putin was insisting ..." -> Vladimir Putin).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import lexicon as L
from .phrases import (
    COALITION,
    JOINT_BASE_VERBS,
    NP,
    SPOKESPEOPLE,
    after_aside,
    after_participle,
    coalition_count,
    editorial_np,
    holds_position,
    named_actor,
    people_np,
    quoted_comma_close,
    verb_group,
)
from .context import (GENDER_OF, LATER, LEDE_SENTENCES, OUTLET_NOUNS, SURNAME, Context,
                      named_later, title_words)
from .tokens import Tok, day_or_year, find, namey

# Unions of word lists the rules test, built once rather than at every test (building
# the union of the long verb lists took more time than the test itself).
_LEAD_CONJUNCTIONS_TOO = L.LEAD_CONJUNCTIONS | {"too", "though"}
_REPORTING_HOLDER_OR_COPULA = L.REPORTING_VERBS | L.HOLDER_VERBS | L.COPULA
_REPORTING_OR_HOLDER_VERBS = L.REPORTING_VERBS | L.HOLDER_VERBS

# "A year later, ...", "Two days earlier, ..."
_TIME_INTRO = re.compile(r"^(?:a|an|one|two|three|four|five|several|some|\d+)\s+(?:\w+\s+)?"
                         r"(?:hours?|days?|weeks?|months?|years?)\s+(?:later|earlier|ago|on)$",
                         re.IGNORECASE)


# Verbs of news reports: an unknown name that is their subject is an outlet or a reporter.
_OUTLET_VERBS = L.CREDIT_VERBS | frozenset("publishes published".split())
# What an outlet that opens by citing its sources does ("Citing diplomats, Welt wrote ...").
_CITED_NEWS_VERBS = _OUTLET_VERBS | frozenset("wrote writes written".split())
# Verbs of a statement, not of an action ("asked 20 leaders to Paris" is an invitation).
_STATEMENT_VERBS = (L.SPEECH_VERBS - {"told", "tells"}) | frozenset("""
argued backed branded called criticised criticized described dismissed opposed pledged
rejected ruled suggested supported termed urged vowed charged accused indicated
""".split())
# Documents whose terms a sentence may give, and participles between one and its author.
_DOCUMENTS = frozenset("""
agreement blueprint deal document draft framework law plan proposal resolution rules scheme
terms text treaty
""".split())
_PARTICIPLES = frozenset("drawn put set laid made written sent up forward out together".split())
_RELATIVES = frozenset("which who whom whose where".split())
_PP_AFTER_SUBJECT = frozenset("of at from for in with by across among on".split())
# Heads of an unnamed state's voice before "in X" ("the government in Kyiv"), also in the plural
# before a list of capitals ("the governments in Madrid, Rome and Berlin had declined ...").
# ("the government in Kyiv", "the defence ministry in Kyiv": the state of the capital)
_STATE_HEADS = L.STATE_ANAPHORS | frozenset("governments administrations ministry".split())
# Verbs with an object before their clause: without "that" the clause is not found.
# Verbs that show a reported clause has begun without "that" ("said Russia would ...").
_CLAUSE_VERBS = L.COPULA | frozenset(
    "am be been being will would can could may might must shall should do does did".split())
_TELL_VERBS = frozenset("told tells assured informed reminded warned urged".split())
# The rule of a position the subject reports as another actor's ("Lammy recalled that Putin
# insists ...").
REPORTED_THROUGH = "position reported through another actor"


@dataclass
class Clause:
    """The subject of a clause: its actor (None when unresolved), the rule and the main verb."""

    actor: str | None
    rule: str
    verb: str
    unresolved: bool = False




def main_clause(ph, toks, s, ctx) -> Clause | None:
    """The subject of the clause starting at ``s`` (None when there is no subject and verb)."""
    n = len(toks)
    if s >= n or toks[s].text in L.OPEN_Q or toks[s].text == '"':
        return None
    if toks[s].low == "whether":
        return None  # "Whether Japan will send troops remains unclear": a clause as subject
    mention = toks[s].mention
    if mention is not None and s >= 2 and toks[s - 2].low in ("nor", "neither") \
            and toks[s - 1].low in _INVERTED_AUX and mention.end < n and toks[mention.end].word \
            and not toks[mention.end].cap:
        # "Nor would Washington provide soldiers ...": after the inverted auxiliary the mention
        # alone is the subject and the bare verb follows it (the noun-phrase reader would take
        # "Washington provide soldiers" for one compound)
        verb = mention.end + (toks[mention.end].low in ("not", "ever", "even"))
        return subject_result(ph, toks, NP(s, mention.end, actor=mention.actor), verb, ctx,
                              joint=False)
    np = ph.np(toks, s, ctx)
    if np.end == s:
        return None
    np = two_titles(ph, toks, np, ctx)
    k = np.end
    if np.actor is None and not np.pronoun:
        authored = document_author(ph, toks, np, ctx)
        if authored is not None:
            np = authored  # "A plan drawn up by Trump's team envisages ..."
            k = np.end
    if np.actor is None and k + 1 < n and toks[k].low == "like" and people_np(toks, np):
        named = ph.np(toks, k + 1, ctx)
        if named_actor(named) and ph.registry.kind(named.actor) == "person":
            # "Analysts like Ed Arnold of RUSI say ...": the one named holds it
            np = NP(np.start, named.end, actor=named.actor)
            k = np.end
    # "Keir Giles of Chatham House said", "Russia's embassy in Canberra warned",
    # "a spokesman for X", "analysts at the Quincy Institute", "a statement from X".
    for _ in range(2):
        if k < n and toks[k].low in _PP_AFTER_SUBJECT \
                and not toks[k].in_quote:
            inner = ph.np(toks, k + 1, ctx)
            if inner.end == k + 1:
                break
            unnamed = np.people or people_np(toks, np) \
                or toks[np.end - 1].low in _STATE_HEADS \
                or (toks[np.end - 1].low in _LEADER_NOUNS and toks[k].low == "of")
            # ("the government in Kyiv", "Leaders of Germany, France and ... said")
            if (np.actor is None and not np.pronoun and unnamed
                    and inner.actor and not inner.pronoun and not inner.people
                    and (not inner.media or toks[k].low in ("in", "by"))):
                # "A commentary in the FAZ urged ...": an outlet's own opinion.
                media = inner.media and not editorial_np(toks, np)
                actor = inner.actor
                if toks[np.end - 1].low in SPOKESPEOPLE and ph.registry.kind(actor) == "person":
                    actor = ph.spoken_for(actor)  # "a spokesman for Keir Starmer said"
                np = NP(np.start, inner.end, actor=actor, weak=inner.weak, media=media)
            k = inner.end
        else:
            break
    if k < n and toks[k].low in L.REFLEXIVES and (np.actor or np.pronoun):
        k += 1  # "Macron himself and Tusk are championing ...": the reflexive stresses it
    # 'She “expressed the hope ...”': a quotation that starts with the verb.
    if k + 1 < n and (toks[k].text in L.OPEN_Q or toks[k].text == '"') and (np.actor or np.pronoun):
        k += 1
    # "Ruslan Stefanchuk (Servant of the People) insisted": an affiliation in parentheses;
    # "Rutte — a former Dutch prime minister — said": an apposition between dashes.
    if k < n and toks[k].text == "(" and np.actor:
        close = find(toks, ")", k + 1, limit=25)
        if close is not None:
            k = close + 1
    elif k < n and toks[k].text in ("—", "–") and np.actor:
        k = after_aside(toks, k)
    # "Macron, Tusk to discuss ...": a headline's comma for "and" (no full stop ends it)
    if k + 2 < n and toks[k].text == "," and toks[-1].text not in (".", "!", "?") \
            and named_actor(np) and not np.pronoun:
        other = ph.np(toks, k + 1, ctx)
        if named_actor(other) and not other.pronoun and other.actor != np.actor \
                and other.end < n and toks[other.end].word:
            verb = verb_group(toks, other.end)
            if verb is not None and verb <= other.end + 1:  # (past the "to" of "to host")
                return subject_result(ph, toks, np, verb, ctx, joint=True)
    # "Germany, the U.S. and Italy are among ...": a list gives its first member.
    listed = _list_end(ph, toks, np, k, ctx)
    if listed is not None:
        if listed + 2 < n and toks[listed].text == "," and toks[listed + 2].text == "," \
                and toks[listed + 1].low in _LEAD_CONJUNCTIONS_TOO:
            listed += 3  # "Germany, Poland and Italy, however, have ..."
        verb = verb_group(toks, listed)
        if verb is None and listed < n and toks[listed].text == ",":
            # "Germany, France and Poland, together with Costa, said ...": past the aside
            verb = verb_group(toks, after_aside(toks, listed))
        # a position they share, not an action together ("X, Y and Z run a task force"); a
        # plural's base form of one ("X, Y and Z stand ready to ...", "... weigh sending ..."),
        # not "stand out among ..."
        if verb is not None and (toks[verb].low in _REPORTING_HOLDER_OR_COPULA
                                 or (toks[verb].low in JOINT_BASE_VERBS and not (
                                     verb + 1 < n and toks[verb + 1].low == "out"))
                                 or toks[verb - 1].low in L.COPULA
                                 or any(toks[x].low in _MODAL_WORDS
                                        for x in range(listed, verb))):
            # (a modal states what they would do: "A, B and C could send troops")
            return subject_result(ph, toks, np, verb, ctx, joint=True)
    # "Meloni who took part in the meeting via video link has confirmed that ...": a relative
    # clause that real copy leaves without its commas; the person's reporting verb follows it
    if k + 2 < n and toks[k].low == "who" and named_actor(np) \
            and ph.registry.kind(np.actor) == "person":
        verb = _verb_after_relative(toks, k + 1)
        if verb is not None:
            return subject_result(ph, toks, np, verb, ctx, joint=False)
    # "X, the ..., warned" / "X, who ..., said" / "his aide, Igor Zhovkva, underscored"
    if k < n and toks[k].text == ",":
        close = find(toks, ",", k + 1, limit=30)
        if close is not None and toks[k + 1].low in _MEMBER_LEADS:
            close = _list_aside_close(toks, close)  # ", among them A, B and C, said"
        if close is None and np.actor is not None and not np.pronoun and k + 1 < n \
                and toks[k + 1].low in ("who", "whose"):
            # ', who had declared Budapest would send "neither arms nor soldiers," told ...'
            close = quoted_comma_close(toks, k + 1)
        if close is None:
            return None
        verb = verb_group(toks, close + 1)
        if verb is None and np.actor is not None and close + 2 < n \
                and toks[close + 1].low == "and" and not np.pronoun:
            # "Sir Keir Starmer, the UK Prime Minister, and French President Emmanuel Macron
            # said ...": two actors, the first described; the first named holds it
            other = ph.np(toks, close + 2, ctx)
            if named_actor(other) and ph.registry.kind(other.actor) != "group":
                joint = verb_group(toks, after_aside(toks, other.end))
                if joint is not None:
                    return subject_result(ph, toks, np, joint, ctx, joint=True)
        if verb is None and np.actor is not None:
            # two or three asides: ", who heads the group, a far-right party, in the
            # Assembly, wrote"
            second = close
            for _ in range(2):
                second = find(toks, ",", second + 1, limit=20)
                if second is None:
                    break
                verb = verb_group(toks, second + 1)
                if verb is not None:
                    break
        if verb is None:
            return None
        member = _member_named(ph, toks, np, k, close, ctx)
        if member is not None:
            np = member  # "Eastern members of the EU, among them Poland and ..., have said"
        elif np.actor and _head_of(toks, np) and ph.registry.kind(np.actor) == "state":
            aside = ph.np(toks, k + 1, ctx)
            if aside.end == close and named_actor(aside) \
                    and ph.registry.kind(aside.actor) == "person" \
                    and ph.registry.side(aside.actor) == np.actor:
                np = aside  # "The head of the Swedish Defence Ministry, Pål Jonson, said"
        elif (np.actor is None or np.actor.startswith(LATER)) and not np.pronoun:
            aside = ph.np(toks, k + 1, ctx)  # "His aide, Igor Zhovkva, said"
            if aside.end + 1 < close and toks[aside.end].low == "and" and named_actor(aside) \
                    and ph.np(toks, aside.end + 1, ctx).end == close:
                aside = NP(aside.start, close, actor=aside.actor)  # ", X and Y, said": X
            title = title_words(toks, np.start, np.end, ph.registry.kind)
            if aside.end == close and aside.actor and not aside.people and not (
                    title and title[1] and ph.registry.kind(title[1]) == "state"
                    and ph.registry.kind(aside.actor) == "person"
                    and ph.registry.side(aside.actor) not in ("", title[1])):
                np = aside  # (not a person of another state: "The Swedish defence minister,
                # Mette Frederiksen, said" names no Swedish minister)
        return subject_result(ph, toks, np, verb, ctx, joint=False)
    if k < n and toks[k].low == "and" and toks[np.end - 1].text in L.DEMONYMS and (
            np.end - np.start == 1 or np.end - np.start == 2 and toks[np.start].low == "the") \
            and np.actor in (None, L.DEMONYMS[toks[np.end - 1].text]):
        title, end = _plural_title(toks, k + 1)
        if title and end + 1 < n and toks[end].text == ",":
            # "The British and French leaders, Keir Starmer and Emmanuel Macron, are ...": the
            # holders named in the apposition, the first of them
            first = ph.np(toks, end + 1, ctx)
            if named_actor(first) and ph.registry.kind(first.actor) == "person" \
                    and first.end + 1 < n and toks[first.end].low == "and":
                second = ph.np(toks, first.end + 1, ctx)
                if named_actor(second) and second.end < n and toks[second.end].text == ",":
                    verb = verb_group(toks, second.end + 1)
                    if verb is not None:
                        np = NP(np.start, second.end + 1, actor=first.actor)
                        return subject_result(ph, toks, np, verb, ctx, joint=True)
        if title and np.end - np.start == 1:
            # "Czech and Polish prime ministers exclude ...": the first state's holder of the
            # title (named further down when the sentence is a headline), else the state
            state = L.DEMONYMS[toks[np.start].text]
            later = f"{LATER}{title}|{state}"
            ctx.plural_titles.add(later)  # (the state when the article names no holder)
            holder = later if ctx.sentences <= LEDE_SENTENCES else named_later(ph, later, ctx)
            verb = verb_group(toks, end)
            if verb is not None:
                np = NP(np.start, end, actor=holder or state)
                return subject_result(ph, toks, np, verb, ctx, joint=False)
        other = ph.np(toks, k + 1, ctx)  # "British and French officials said"
        if other.actor and toks[other.start].text in L.DEMONYMS and np.end - np.start == 1:
            verb = verb_group(toks, other.end)
            if verb is not None:
                np = NP(np.start, other.end, actor=L.DEMONYMS[toks[np.start].text])
                return subject_result(ph, toks, np, verb, ctx, joint=True)
    joined = k
    if k + 3 < n and toks[k].low == "as" and toks[k + 1].low == "well" and toks[k + 2].low == "as":
        joined = k + 2  # "Starmer as well as Macron said"
    if joined < n and (joined > k or toks[joined].low in ("and", "nor", "or")) \
            and (np.actor or np.pronoun):
        k = joined
        other = ph.np(toks, k + 1, ctx)
        grouped = _group(toks, other) if not (other.actor or other.pronoun) \
            and toks[k].low == "and" and np.actor else None
        if grouped:
            other = NP(other.start, grouped)
        if other.actor and ph.registry.kind(other.actor) == "group":
            return None  # "Zelensky and several European leaders met ...": not a joint position
        if other.end > k + 1 and (other.actor or other.pronoun or grouped):
            end = after_aside(toks, other.end)  # "X and Y, the ..., said"
            if end + 1 < n and toks[end].low in ("of", "from") and other.actor \
                    and ph.registry.kind(other.actor) == "person":
                home = ph.np(toks, end + 1, ctx)  # "Macron of France and Starmer of Britain"
                if named_actor(home) and ph.registry.kind(home.actor) == "state":
                    end = home.end
            if end + 1 < n and toks[end].low == "among":
                group = ph.np(toks, end + 1, ctx)  # "France and the U.K. among the coalition's
                if group.end > end + 1 and toks[group.end - 1].low in _GROUP_NOUNS:  # members"
                    end = group.end
            verb = verb_group(toks, end)
            if verb is None:
                return None
            if grouped and not (toks[verb].low in _REPORTING_OR_HOLDER_VERBS
                                and not (verb + 1 < len(toks) and toks[verb + 1].low == "to")):
                return None  # "Merz and fellow leaders proposed", not "... met" or "said to be"
            return subject_result(ph, toks, np, verb, ctx, joint=True)
        if other.end > k + 1 and np.actor and not other.pronoun and toks[k].low == "and" \
                and not any(t.mention is not None for t in toks[other.start:other.end]):
            # "Tanner and the army rejected ...", "Macron and his ministers said ...": the one
            # actor named holds the joint position; only with a verb of speech or position
            verb = verb_group(toks, after_aside(toks, other.end))
            if verb is not None and toks[verb].low in _REPORTING_OR_HOLDER_VERBS \
                    and not (verb + 1 < len(toks) and toks[verb + 1].low == "to"):
                return subject_result(ph, toks, np, verb, ctx, joint=True)
            return None
    verb = verb_group(toks, after_participle(toks, k))
    if verb is None:
        return None
    return subject_result(ph, toks, np, verb, ctx, joint=False)

def _head_of(toks, np: NP) -> bool:
    """True when the phrase is a post "of" a body: "the head of the Swedish Defence Ministry"."""
    k = np.start + (toks[np.start].low == "the")
    return k + 1 < np.end and toks[k].low in _HEADS_OF and toks[k + 1].low == "of"


_HEADS_OF = frozenset("head chief leader minister secretary director commander".split())


def _verb_after_relative(toks, k: int) -> int | None:
    """The reporting verb of the main clause after the relative clause whose verb is at ``k``
    ("who took part in ... [has] confirmed"), or None."""
    own = verb_group(toks, k)
    if own is None:
        return None
    for j in range(own + 1, min(len(toks), own + 30)):
        t = toks[j]
        if t.in_quote or t.text in L.OPEN_Q or t.text in L.CLOSE_Q or t.text == '"':
            continue  # 'a meeting of the so-called "coalition of the willing"'
        if t.text in (",", ";", ":") or t.low == "that":
            return None  # the relative clause ends at no verb of its subject's
        if t.low in L.REPORTING_VERBS and not toks[j - 1].low in ("to", "who", "which"):
            start = j - 1 if toks[j - 1].low in L.AUX else j
            return verb_group(toks, start)
    return None


def document_author(ph, toks, np: NP, ctx) -> NP | None:
    """A document and its author ("a plan drawn up by the Trump administration", "the text
    proposed by Poland"): a phrase from the document to the author's end, or None."""
    n = len(toks)
    if not any(toks[x].low in _DOCUMENTS or toks[x].low in L.DOCUMENT_NOUNS
               for x in range(np.start, np.end)):
        return None
    k = np.end
    aside = k < n and toks[k].text == ","  # "The plan, sketched out by three Trump aides, ..."
    k += aside
    start = k
    while k < n and k - start < 4 and toks[k].word and not toks[k].cap and toks[k].low != "by":
        if not _participle(toks[k].low):
            return None
        k += 1  # "reportedly drawn up", "put forward", "circulated"
    if k >= n or toks[k].low != "by" or not _participle(toks[k - 1].low) \
            or aside and toks[start].low not in _AUTHORED:
        return None  # (set off: "The plan, welcomed by Kyiv, ..." is not Kyiv's)
    author = _author(ph, toks, k + 1, ctx)
    if author is None:
        return None
    if aside:
        if author.end >= n or toks[author.end].text != ",":
            return None
        return NP(np.start, author.end + 1, actor=author.actor)
    return NP(np.start, author.end, actor=author.actor)


# Participles of writing a document, which give its author when set off by commas.
_AUTHORED = frozenset("""
drawn drafted sketched set put proposed prepared written unveiled presented tabled floated
outlined devised crafted authored submitted worked
""".split())


def _author(ph, toks, k: int, ctx) -> NP | None:
    """The named actor after "by": "by Poland", "by the team of President Trump"."""
    author = ph.np(toks, k, ctx)
    if author.actor is None and author.end > k and author.end + 1 < len(toks) \
            and toks[author.end].low == "of":
        author = ph.np(toks, author.end + 1, ctx)
    return author if named_actor(author) and not author.weak else None


def _participle(low: str) -> bool:
    return low.endswith(("ed", "ly")) or low in _PARTICIPLES


def document_terms(ph, toks, ctx) -> str | None:
    """The holder of a sentence that gives the terms of a document ("Under the plan, Ukraine
    would ...", "Under a text drawn up by Washington, ...", "Under Trump's plan, ..."): its
    author, "" when none is named; None when the sentence does not open so."""
    if len(toks) < 4 or toks[0].low != "under":
        return None
    comma = find(toks, ",", 1, limit=25)
    if comma is None or not any(toks[x].low in _DOCUMENTS for x in range(1, comma)):
        return None
    by = find(toks, "by", 1, limit=comma - 1)
    if by is None and comma + 2 < len(toks) and toks[comma + 1].low in _AUTHORED:
        # "Under the proposal, set out by three of Trump's staff, ...": the author set off
        by = find(toks, "by", comma + 1, limit=4)
    if by is not None and _participle(toks[by - 1].low):
        author = _author(ph, toks, by + 1, ctx)
        return author.actor if author is not None else ""
    owner = ph.np(toks, 1, ctx)
    return owner.actor if named_actor(owner) and not owner.weak else ""


# Plural nouns of states that a list of named actors may hold unnamed.
_UNNAMED_MEMBERS = frozenset("governments countries states nations allies partners leaders counterparts".split())


def _list_end(ph, toks, np: NP, k: int, ctx) -> int | None:
    """After the first member of a list of named actors ("X, Y and Z"), the index after its
    last member; None when no such list follows."""
    n = len(toks)
    if not named_actor(np) or k >= n or toks[k].text != ",":
        return None
    members = 1
    while k < n and toks[k].text == ",":
        if members >= 2 and k + 1 < n and toks[k + 1].low == "and":
            k += 1  # a serial comma before the last member ("A, B, and C")
            break
        nxt = ph.np(toks, k + 1, ctx)
        if not named_actor(nxt) and not (nxt.end > k + 2 and nxt.actor is None
                                         and toks[nxt.end - 1].low in _UNNAMED_MEMBERS):
            return None  # (a member may be unnamed: "EU leaders, nine European governments,
            # Canada and Japan called ...")
        members += 1
        k = nxt.end
    if members < 2 or k >= n or toks[k].low != "and":
        return None
    last = ph.np(toks, k + 1, ctx)
    if named_actor(last):
        return last.end
    end = last.end + (last.end < n and toks[last.end].low in _UNNAMED_MEMBERS)  # ("states")
    # ("Leaders of Sweden, France, Britain, Italy and the Nordic states pledged ...")
    return end if end > k + 2 and last.actor is None and toks[end - 1].low in _UNNAMED_MEMBERS \
        else None


def _report_is_its_subjects(ph, toks, inner: NP | None, ctx, *, speech: bool = False) -> bool:
    """Whether the clause a report passes on (an outlet's, "it was reported that ..."), whose
    subject is ``inner``, is that subject's: a named actor taking a stance ("... that Turkey is
    ready"), with ``speech`` also one speaking ("... that Mitsotakis described ..."), or a clause
    that, read as a sentence of its own, has that actor: "[Reuters reported that] France was
    seeking to build a group" as "France was seeking to build a group" does, not "[Politico
    reported that] Meloni lost a vote", a narrated event. The report is the journalist's source,
    so what it says of an actor is read as the journalist's own sentence would be."""
    if not inner or not named_actor(inner):
        return False
    if _stance_verb(ph, toks, inner, ctx):
        return True
    if speech and (_speech_verb(toks, inner) or _person_speaks(ph, toks, inner)):
        return True
    own = main_clause(ph, toks, inner.start, ctx)
    return own is not None and own.actor == inner.actor


def subject_result(ph, toks, np: NP, verb: int, ctx, joint: bool):
    word = toks[verb].low
    # "Citing diplomats, Welt wrote that ...": whoever cites sources reports news
    cites = toks[0].low == "citing" and word in _CITED_NEWS_VERBS
    if (word in _OUTLET_VERBS or cites) and np.actor and np.actor not in ph.registry \
            and not np.pronoun:
        # "RBK-Ukraine reported ...", "Jane Doe reported ...": a name the registry does not know
        # that reports news is an outlet or a journalist, not an actor.
        np = NP(np.start, np.end, actor=None, media=True)
    if word in _CARRIED and verb + 2 < len(toks) and toks[verb + 1].low in ("his", "her") \
            and toks[verb + 2].low in L.VOICE_OR_STATEMENT_NOUNS and not np.pronoun:
        # "Euractiv carried his remarks": an outlet passes on the person's words
        return Clause(ctx.person_for(toks[verb + 1].low), "words an outlet carried", word, False)
    if np.media:
        # An outlet's own opinion is a position; its news reports are not, but the actor of
        # what it reports holds it ("The Times reports that Turkey is ready ...").
        # "The Guardian urged ...", "said in an editorial"; not "Reuters could not verify"
        editorial = not cites and ((word not in L.OUTLET_SAY and word in _REPORTING_OR_HOLDER_VERBS)
                                   or _editorial_after(toks, verb))
        if np.actor and word not in L.NEWS_VERBS and editorial:
            return Clause(np.actor, "media opinion", word, False)
        if word in L.NEWS_VERBS or word in L.REPORTING_VERBS or word in L.OUTLET_SAY or cites:
            inner = reported_subject(ph, toks, verb, ctx, past_aside=True)
            if _report_is_its_subjects(ph, toks, inner, ctx, speech=True):
                # "The Times reports that Turkey is ready ...", "Ekathimerini reported that
                # Mitsotakis described the debate as ..."
                return Clause(inner.actor, "reported by an outlet", word, True)
        return Clause("", "media", word, False)
    if (toks[np.end - 1].low in L.VOICE_OR_STATEMENT_NOUNS or toks[np.end - 1].low in _DOCUMENTS
            or toks[np.end - 1].low in L.DOCUMENT_NOUNS) and (word in L.REACTION_VERBS or (
            word == "set" and verb + 1 < len(toks) and toks[verb + 1].low == "off")):
        # "His remarks drew a rebuke from the Kremlin": who reacted holds the position; "Her
        # words set off a flurry of reactions" is narration about the statement; so is "Trump's
        # plan rattled Kyiv and its partners" about the plan.
        return Clause(_reaction_source(ph, toks, verb, ctx), "reaction to a statement", word,
                      False)
    if ((word in L.NARRATED_EVENT_VERBS and not _verbal_attack(toks, verb, ph)
         and not _member_of_coalition(toks, verb))
            or (word in L.ATTACK_VERBS and _attack(toks, verb))
            or (word in L.COPULA and _background(toks, verb))) and not joint:
        # "Russia fired drones at Kyiv overnight": an event, not a position; other rules may
        # still find a speaker ("..., Ukraine's air force said").
        return Clause(None, "narrated event", word, False)
    if not joint and _change_of_office(toks, verb):
        # "Umerov took charge of the delegation after Yermak quit", "Ukraine's team is now
        # headed by Rustem Umerov": who holds a post, an event, not a position
        return Clause(None, "narrated event", word, False)
    if np.actor and not joint and not np.pronoun and word not in _REPORTING_OR_HOLDER_VERBS \
            and ph.registry.kind(np.actor) == "state" and _forces_as_they_stand(toks, verb):
        # "Japan, whose forces number about 300,000, has been building up its military",
        # "Switzerland has a record of joining peacekeeping operations, with most of its troops
        # abroad serving in Kosovo": the state's armed forces as they stand, not a position
        return Clause(None, "narrated event", word, False)
    if np.actor and not np.pronoun and (
            ph.registry.kind(np.actor) != "person"
            or (np.actor not in ph.registry and np.actor.split()[-1].lower() in _GATHERINGS)) \
            and _meeting(toks, verb):
        # "Defence ministers of the Northern Group met on Thursday in Palanga", "American and
        # Ukrainian officials are to meet in Miami", "The forum opened on Tuesday": a meeting
        # held, not a position
        return Clause(None, "narrated event", word, False)
    if word in _DEBATE_VERBS and not joint and _debate_of_whether(toks, verb):
        # "Germany's political leadership is debating whether Bundeswehr troops should go":
        # the debate, told by the journalist, with no side taken (as a group's "are arguing
        # over" is no statement)
        return Clause(None, "narrated event", word, False)
    if not joint and toks[0].low == "until" and not toks[0].in_quote and any(
            toks[x].low in _PAST_AUX for x in range(np.end, verb + 1)):
        # "Until now, France had never entertained the idea ...", "Until Russia's invasion,
        # some 150 US military trainers were based in Ukraine": how things stood before
        return Clause(None, "narrated event", word, False)
    if not joint and toks[verb - 1].low in _PERFECT and word not in _REPORTING_OR_HOLDER_VERBS \
            and _since_a_year(toks):
        # "Since 2022 Germany has delivered upward of €40 billion ...", "The Security Council
        # has approved no new mission since 2014": a record of what was done, not a position
        return Clause(None, "narrated event", word, False)
    if np.actor and not joint and any(toks[x].low == "'s" for x in range(np.start, np.end)) \
            and (word in L.RELATION_NOUNS
                 or any(toks[x].low == "opposition" for x in range(np.start, np.end))):
        # "Ukraine's Western backers still face questions", "Germany's opposition parties say
        # no": others, named by their relation to the actor, not the actor
        return Clause(None, "", word, True)
    if word in L.FACED and not joint and any(
            t.low in L.FACED_WHAT for t in toks[verb + 1:verb + 4]):
        # "He faced hostility from Left and Right", "The prime minister has faced few
        # questions": what others direct at the subject
        return Clause("", "narration: what the subject faced", word, False)
    if word in ("have", "need") and verb + 1 < len(toks) and toks[verb + 1].low == "to" \
            and not joint and not np.pronoun and np.actor \
            and ph.registry.kind(np.actor) in ("state", "organisation") \
            and any(toks[x].low in _MUST_MODALS for x in range(max(np.end, verb - 2), verb)):
        # "Ukraine would have to write a ban on NATO accession into its constitution", "NATO
        # would also have to commit to ...": what a plan or someone else requires of the state,
        # not its own position; a speaker named elsewhere in the sentence may still hold it
        return Clause(None, "an obligation put on the subject", word, True)
    if word in _APPEAR and verb + 1 < len(toks) and not joint and (
            toks[verb + 1].low == "to" and not (verb + 2 < len(toks)
                                                and toks[verb + 2].low in _APPEAR_STANCE)
            or (toks[verb + 1].low == "in" and any(
                toks[x].low in _DOCUMENTS for x in range(verb + 2, min(len(toks), verb + 6))))):
        # "Bardella appeared to be speaking only about ground troops", "He appears to be keeping
        # his partners on side": the journalist's reading of the subject, not its position;
        # "Poland also appears in a supplementary draft": named in a text, not speaking
        return Clause("", "narration: how the subject appears", word, False)
    if word in L.CRITICISED and toks[verb - 1].low in L.PASSIVE_BE and not joint \
            and not (verb + 1 < len(toks) and toks[verb + 1].low == "by"):
        # "Witkoff has been criticised for speaking warmly about Russia": others' view of the
        # subject, with no one named who holds it
        return Clause("", "narration: criticised by no one named", word, False)
    if np.pronoun:
        if np.actor and word in L.REPORTING_VERBS:
            inner = _holder_reported(ph, toks, np, verb, ctx)
            if inner:
                return Clause(inner, REPORTED_THROUGH, word)
        return Clause(np.actor or "", "pronoun", word, False)
    if np.actor is None and toks[np.end - 1].low in L.VOICE_OR_STATEMENT_NOUNS and np.end < len(toks) \
            and (toks[np.end].low in L.COPULA or word in L.SPEECH_VERBS
                 or word in L.REPORTING_VERBS and toks[verb + 1:verb + 2]
                 and toks[verb + 1].low == "that"):
        owner = _owner_of(toks, np)
        if owner:
            # "Merz's comments were the plainest sign yet that ...": his words state his view;
            # so do "Blair's comments indicated that ...", "Tusk's remarks suggested that ...",
            # "Peskov's statement said Western soldiers ..."
            return Clause(owner, "whose words", word, False)
    if np.actor is None or np.people:
        # "A senior administration official said Washington would not object", "The office
        # says Carney reaffirmed ..."
        spokes = any(toks[x].low in L.SPOKES for x in range(np.start, np.end))
        if toks[np.start].low == "it" and word in L.REPORTING_VERBS:
            # "It had been reported earlier that Macron would talk with ..."
            inner = reported_subject(ph, toks, verb, ctx)
            if _report_is_its_subjects(ph, toks, inner, ctx):
                return Clause(inner.actor, "it is reported that", word, True)
        if (word in L.NEWS_VERBS or word in _MEDIA_SAY) and any(
                toks[x].low in _OUTLET_WORDS for x in range(np.start, np.end)):
            # "Austrian broadcaster ORF reported that Chancellor Karl Nehammer, too, was
            # worried ...": an outlet the registry does not know reports someone's position
            inner = reported_subject(ph, toks, verb, ctx, past_aside=True)
            if _report_is_its_subjects(ph, toks, inner, ctx):
                return Clause(inner.actor, "reported by an outlet", word, True)
        if (np.people or spokes) and word in L.REPORTING_VERBS and word not in _OWN_VIEW_VERBS \
                and not any(toks[x].low in L.OBSERVER_WORDS for x in range(np.start, np.end)):
            # (not "Experts warn British Army may be too small": observers' assessment; nor
            # "Officials do not exclude that Trump may try ...", "The paper doubts Russia would
            # accept ...": the source's own guess about the actor, not the actor's position)
            inner = reported_subject(ph, toks, verb, ctx)
            if inner and named_actor(inner):
                return Clause(inner.actor, "source reports", word, True)
        return Clause(None, "", word, True)
    if np.weak and np.actor and " " not in np.actor and np.actor not in ph.registry \
            and not np.actor.startswith(LATER) and not ctx.reread \
            and np.actor.lower() not in _NUMBER_WORDS \
            and (ctx.sentences <= LEDE_SENTENCES or toks[-1].text not in _SENTENCE_ENDS) \
            and not (word in L.NARRATED_EVENT_VERBS or word in L.COPULA):
        # "Kowalczyk warns of ...", "Süssli talked of ..." in a headline or a subheading: a
        # surname the article gives in full further down
        return Clause(f"{LATER}{SURNAME}{np.actor}|", "subject", word, False)
    if np.weak and word not in L.REPORTING_VERBS:
        return Clause(None, "", word, True)
    if word in L.REPORTING_VERBS:
        inner = _holder_reported(ph, toks, np, verb, ctx)
        if inner:
            return Clause(inner, REPORTED_THROUGH, word)
    return Clause(np.actor, "subject", word, False)


# Verbs of a source's own belief or guess about someone ("officials believe / doubt / do not
# exclude that X ..."), unlike verbs that pass on what X said or did.
_OWN_VIEW_VERBS = frozenset("""
believe believes believed think thinks thought doubt doubts doubted expect expects expected
suspect suspects suspected fear fears feared exclude excludes excluded reckon reckons reckoned
assume assumes assumed predict predicts predicted
""".split())

# "would (also) have to", "will need to": an obligation put on the subject.
_MUST_MODALS = frozenset("would will".split())

# "X appears to ...": how the subject looks to the journalist ("seems to" is left to the
# subject: "Witkoff seems to brush aside the plan" is his dismissal).
_APPEAR = frozenset("appear appears appeared".split())
# ... unless what it appears to do is to take a stance: wire copy's hedge on the subject's own
# act ("The Kremlin appeared to reject Trump's claim", "Warsaw appears to back the plan").
_APPEAR_STANCE = frozenset("""
reject dismiss rule back endorse oppose welcome accept rebuff snub support
""".split())

_NUMBER_WORDS = frozenset("""
one two three four five six seven eight nine ten eleven twelve dozens hundreds thousands
""".split())
_SENTENCE_ENDS = frozenset({".", "!", "?", '"'}) | L.CLOSE_Q


def _holder_reported(ph, toks, np: NP, verb: int, ctx) -> str | None:
    """The holder of a position that the subject reports ("Lammy recalled that Putin insists
    ...", "He said the Americans believe ..."): another side's actor, or None."""
    inner = reported_subject(ph, toks, verb, ctx, past_aside=True)
    if inner is None or not named_actor(inner) or ph.registry.kind(inner.actor) == "group":
        return None  # ("He said European leaders had agreed ...": his account of them)
    inner_verb = verb_group(toks, inner.end)
    known = np.actor in ph.registry
    observer = any(toks[x].low in L.OBSERVER_WORDS for x in range(np.start, verb))
    if inner_verb is not None and (holds_position(toks, inner_verb)
                                   or _reported_stance(toks, inner.end, inner_verb)) \
            and (known or observer or ph.registry.kind(inner.actor) == "person") \
            and (observer or ph.registry.side(inner.actor) != ph.registry.side(np.actor)):
        return inner.actor
    if inner_verb is not None and toks[verb].low in _READOUT_VERBS \
            and _readout(ph, toks, np, inner, inner_verb):
        return inner.actor
    return None


def _readout(ph, toks, np: NP, inner: NP, inner_verb: int) -> bool:
    """Whether a state's voice gives what one of its people said ("Downing Street said Starmer
    had stressed that ...", "Paris said Macron told Zelensky ..."): the person's own statement,
    not the state's account of what the person will do ("Britain said Starmer would go")."""
    low = toks[inner_verb].low
    return ph.registry.kind(np.actor) == "state" and ph.registry.kind(inner.actor) == "person" \
        and (low in _SPOKE_VERBS
             or low == "made" and inner_verb + 1 < len(toks) and toks[inner_verb + 1].low == "clear")


# A state's voice giving what one of its people said: the state's verb, and the person's
# verbs of speech (not "wanted", "planned": the state's account of the person's aims).
_READOUT_VERBS = frozenset("said says added stated confirmed".split())
_SPOKE_VERBS = frozenset("""
said told stressed emphasised emphasized underlined underscored reiterated insisted assured
noted warned affirmed reaffirmed restated
""".split())

# Verbs of a position in a clause that another actor reports ("Zelensky noted that Macron had
# proposed ...", "Vance said Trump had voiced opposition ..."), besides L.HOLDER_VERBS.
_REPORTED_STANCE_VERBS = frozenset("""
proposed proposes voiced voices expressed expresses endorsed endorses
favoured favored favours favors welcomed welcomes
""".split())


# Every verb of a position an actor holds in a clause another actor reports, as words (for a
# caller that has the verb's word, not its place: a trailing "..., X said").
REPORTED_POSITION_VERBS = L.HOLDER_VERBS | _REPORTED_STANCE_VERBS


def _reported_stance(toks, start: int, verb: int) -> bool:
    """True when the reported clause's verb states a position ("... that Macron had proposed
    ..."); a modal alone does not ("Zelensky said Russia could use ...": his assessment)."""
    return toks[verb].low in _REPORTED_STANCE_VERBS


_PAST_AUX = frozenset("had was were".split())
# Verbs of a debate held ("is debating whether ...", "are arguing over whether ...").
_DEBATE_VERBS = frozenset("debate debates debating debated argue argues arguing argued".split())


def _debate_of_whether(toks, verb: int) -> bool:
    """Whether the debate verb at ``verb`` is followed by the open question it is about
    ("debating whether", "arguing over whether", "debating how")."""
    k = verb + 1
    if k < len(toks) and toks[k].low in ("over", "about", "on"):
        k += 1
    return k < len(toks) and toks[k].low in ("whether", "how", "if")
# Verbs of a meeting held or a visit ("are expected in Moscow"), and the words of its time or
# place after them.
_MEETING_VERBS = frozenset("""
meet meets met gather gathered convene convened open opens opened expected arrive arrives arrived
""".split())
_MEETING_WHEN = frozenset("on in at last this next today tomorrow virtually online again".split())
# Last words of a name the registry does not know that make it a gathering, not a person
# ("the Northern Group", "the Eastern Economic Forum").
_GATHERINGS = frozenset("group forum council committee summit conference assembly format".split())


def _meeting(toks, verb: int) -> bool:
    """Whether the predicate at ``verb`` is a meeting held with its time or place and no
    object ("met on Thursday in Palanga", "are to meet in Miami", "opened on Tuesday")."""
    n = len(toks)
    k = verb
    if toks[k].low in L.COPULA and k + 2 < n and toks[k + 1].low == "to":
        k += 2  # "are to meet"
    elif toks[k].low == "due" and k + 2 < n and toks[k + 1].low == "to":
        k += 2
    return toks[k].low in _MEETING_VERBS and k + 1 < n and toks[k + 1].low in _MEETING_WHEN


_RESIGNED = frozenset("resigned resigns quit quits".split())


def _change_of_office(toks, verb: int) -> bool:
    """Whether the verb at ``verb`` tells of a post changing hands: "resigned", "quit", "took
    charge of", "took over", "is (now) headed by" (not "took aim at", "took issue with")."""
    low = toks[verb].low
    after = toks[verb + 1].low if verb + 1 < len(toks) else ""
    return low in _RESIGNED or (low == "took" and after in ("charge", "over")) or (
        low == "headed" and after == "by" and any(
            toks[x].low in L.PASSIVE_BE for x in range(max(0, verb - 2), verb)))


# The words of a state's armed forces as they stand: its troops or contingent "serving" abroad,
# their strength ("whose forces number about 300,000", "with numbers stuck at about 182,000"),
# its record ("has a record of joining ...") and its build-up or trouble recruiting.
_STANDING_FORCES = frozenset("forces troops soldiers army military contingent numbers".split())
_STRENGTH_VERBS = frozenset("number numbers numbered stuck stand stands stood total totals".split())
_RECORD_NOUNS = frozenset("record history tradition".split())
_FORCES_AS_THEY_STAND = frozenset(("serving", "trouble", "building")) | _STRENGTH_VERBS \
    | _RECORD_NOUNS


def _forces_as_they_stand(toks, verb: int) -> bool:
    """Whether a state's clause at ``verb`` gives its armed forces as they stand, with no modal
    before the verb: "its biggest contingent serving in Kosovo", "most of its troops abroad
    serving in ...", "whose forces number about 300,000", "has a record / history of ...", "has
    had trouble recruiting", "has been building up its military" ("Britain would send 5,000
    troops" is a plan, not this)."""
    n = len(toks)
    if any(toks[x].low in L.MODALS for x in range(max(0, verb - 3), verb)):
        return False
    for k, t in enumerate(toks):
        low = t.low
        if low not in _FORCES_AS_THEY_STAND or t.in_quote:
            continue
        before = {toks[x].low for x in range(max(0, k - 5), k)}
        if low == "serving" and "its" in before and before & _STANDING_FORCES:
            return True
        if low in _STRENGTH_VERBS and k > 0 and toks[k - 1].low in _STANDING_FORCES and any(
                toks[x].text[:1].isdigit() for x in range(k + 1, min(n, k + 5))):
            return True
        if low in _RECORD_NOUNS and k in (verb + 2, verb + 3) and toks[verb].low in ("has", "have") \
                and toks[verb + 1].low in ("a", "an") and k + 1 < n and toks[k + 1].low == "of":
            # ("has a long history of ...")
            return True
        if low == "trouble" and k == verb + 1 and toks[verb].low == "had" \
                and toks[verb - 1].low in ("has", "have"):
            return True
        if low == "building" and k == verb and k + 2 < n and toks[k + 1].low == "up" \
                and toks[k + 2].low in ("its", "their") and k + 3 < n \
                and toks[k + 3].low in _STANDING_FORCES:
            return True
    return False


def _since_a_year(toks) -> bool:
    """Whether the sentence dates what it reports from a year on ("since 2014")."""
    return any(t.low == "since" and k + 1 < len(toks) and len(toks[k + 1].text) == 4
               and toks[k + 1].text.isdigit() for k, t in enumerate(toks))


def _background(toks, verb: int) -> bool:
    """Whether "is / was / has" opens a fact about its subject, not a position: where someone
    is ("Macron was in Prague for talks") or how many they have ("France has about 200,000
    troops")."""
    n = len(toks)
    k = verb + 1
    if k + 1 >= n or any(t.low in L.REPORTING_VERBS for t in toks[k:]):
        return False  # "Macron was in Kyiv, where he said ...": a statement after all
    if toks[verb].low in ("is", "was", "are", "were") and toks[k].low in ("in", "at") \
            and toks[k + 1].cap and toks[k + 1].word:
        return True
    if toks[verb].low in ("has", "have", "had"):
        while k < n and k < verb + 4 and toks[k].low in _ABOUT:
            k += 1
        return k < n and (toks[k].low[:1].isdigit() or toks[k].text[:1] in "$€£")
    return False


_ABOUT = frozenset("about around some roughly nearly almost an estimated more than over".split())


def _attack(toks, verb: int) -> bool:
    """Whether an attack verb has a word of war as its object or agent ("launched an
    offensive", "was hit by missiles"), not "hit out at", "struck a cautious note"."""
    for t in toks[verb + 1:verb + 5]:
        if t.low in L.WAR_NOUNS:
            return True
        if not t.word or t.low in _NOT_ATTACK:
            return False
    return False


_CARRIED = frozenset("carried carries published publishes ran aired broadcast quoted".split())


def _member_of_coalition(toks, verb: int) -> bool:
    """Whether the subject "belongs to" the coalition that would send troops ("Ankara also
    belongs to the European 'willing coalition' that is to send troops"): a member's
    commitment, not a fact of geography ("Crimea belongs to Ukraine")."""
    return toks[verb].low in ("belong", "belongs") and any(
        t.low == "coalition" or t.mention is not None and t.mention.actor == COALITION
        for t in toks[verb + 1:verb + 8])


def _verbal_attack(toks, verb: int, ph=None) -> bool:
    """ "attacked the idea", "attacked Macron's remarks": words, not arms; "attacked Macron
    over his comments", "attacked the coalition, charging that ...": a person attacked, or the
    grounds given; "seized on the commemorations to make announcements": an occasion taken, not
    a place."""
    if toks[verb].low in ("seized", "seizes", "seize") and verb + 1 < len(toks) \
            and toks[verb + 1].low in ("on", "upon"):
        return True
    if toks[verb].low != "attacked":
        return False
    for k, t in enumerate(toks[verb + 1:verb + 6], verb + 1):
        if not t.word or t.low in L.WAR_NOUNS:
            break
        low = t.low[:-1] if t.low.endswith("s") else t.low
        if t.low in _ATTACKED_WORDS or low in _ATTACKED_WORDS:
            return True
        if ph is not None and t.mention is not None \
                and ph.registry.kind(t.mention.actor) in ("person", "party") \
                and not (t.mention.end < len(toks) and toks[t.mention.end].low == "'s"):
            return True  # "attacked Macron", "attacked Chancellor Merz's CDU": people attacked
    # the grounds of the attack: "attacked the coalition, charging that ...", "... for saying"
    for k in range(verb + 1, min(len(toks) - 1, verb + 12)):
        t = toks[k]
        if t.low in L.WAR_NOUNS:
            return False
        if t.low in ("for", "over") and toks[k + 1].low.endswith("ing") \
                or (t.text == "," and toks[k + 1].low in _GROUNDS):
            return True
    return False


# Participles that give the grounds of a verbal attack ("..., charging that it was wrecking").
_GROUNDS = frozenset("charging accusing saying arguing claiming calling".split())


_ATTACKED_WORDS = L.POSITION_NOUNS | L.VOICE_NOUNS | L.DOCUMENT_NOUNS | frozenset("""
comment remark suggestion notion talk decision stance policy conference summit talks meeting
forum format process
""".split())


_NOT_ATTACK = frozenset("out back at on about over note tone chord deal balance".split())


def _reaction_source(ph, toks, verb: int, ctx) -> str | None:
    """Who reacted to a statement: the named actor after "from" in the same clause ("drew a
    rebuke from Moscow"), or the one prompted to act ("prompted Scholz to say ..."); else None."""
    n = len(toks)
    for k in range(verb + 1, min(n, verb + 10)):
        t = toks[k]
        if t.text in (",", ";", ":") or t.in_quote:
            return None
        if t.low == "among" or (k == verb + 1 and toks[verb].low in _UPSET and t.low in (
                "officials", "leaders", "diplomats")):
            # "caused anger among American officials", "irritated officials in Washington":
            # the officials' state reacted
            inner = ph.np(toks, k + (t.low == "among"), ctx)
            if inner.actor is None and inner.end + 1 < n and toks[inner.end].low in ("in", "from") \
                    and people_np(toks, inner):
                inner = ph.np(toks, inner.end + 1, ctx)  # "officials in Washington"
            if inner.actor and not inner.pronoun and not inner.media and not inner.people:
                return inner.actor
            return None
        if t.low == "from" or (k == verb + 1 and t.low not in L.DETERMINERS):
            inner = ph.np(toks, k + (t.low == "from"), ctx)
            if named_actor(inner) and not inner.pronoun and (
                    t.low == "from" or (inner.end < n and toks[inner.end].low == "to")):
                return inner.actor
            if t.low == "from":
                return None
    return None


_UPSET = frozenset("alarmed angered irritated rattled unsettled".split())


def _owner_of(toks, np: NP) -> str | None:
    """The actor named before "'s" in a phrase ("Merz's comments", "the Kremlin's remarks")."""
    for x in range(np.start + 1, np.end):
        if toks[x].low == "'s":
            for p in range(np.start, x):
                mention = toks[p].mention
                if mention is not None and mention.end == x:
                    return mention.actor
            return None
    return None


_OWN_EDITORIAL = frozenset("view views opinion analysis assessment reading editorial commentary".split())


def _editorial_after(toks, verb: int) -> bool:
    """"said in an editorial": an editorial word in the rest of the clause."""
    for x in range(verb + 1, min(len(toks), verb + 12)):
        if toks[x].low == "own":
            # "in its own view / analysis", not "a dispatch of its own personnel"
            if x + 1 < len(toks) and toks[x + 1].low in _OWN_EDITORIAL:
                return True
            continue
        if toks[x].low in L.EDITORIAL:
            return True
        if toks[x].text in (",", ";", "."):
            return False
    return False


def reported_subject(ph, toks, verb: int, ctx, past_aside: bool = False) -> NP | None:
    """The subject of the clause a reporting verb introduces ("said [that] X ..."); with
    ``past_aside``, past an aside right after "that" ("that, rather than ..., Britain")."""
    n = len(toks)
    j = verb + 1
    that = None
    for k in range(j, min(n, j + 10)):
        if toks[k].text in {",", ";", ":"} or toks[k].text in L.OPEN_Q or toks[k].text == '"':
            break
        if toks[k].low == "that":
            that = k
            break
        low = toks[k].low
        finite = toks[k].word and not toks[k].cap and (
            low in L.IRREGULAR or low.endswith("ed") or low in L.HOLDER_VERBS)
        if low in _CLAUSE_VERBS or finite:
            break  # the reported clause has begun without "that" ("earlier that" has not)
    if that is not None:
        j = that + 1
        if past_aside and j < n and toks[j].text == ",":
            # "reported that, rather than the thousands planned earlier, Britain would ..."
            close = find(toks, ",", j + 1, limit=20)
            if close is not None:
                j = close + 1
    elif toks[verb].low in _TELL_VERBS:
        return None
    if j >= n:
        return None
    np = ph.np(toks, j, ctx)
    if np.end == j:
        return None
    return np


# Subordinators that open a sentence with a clause of their own before the main one ("Where
# Britain and France have moved ahead, Madrid has chosen ...", "Because Russia holds a seat
# it can block ..."), besides those of L.INTRO_WORDS, which may open phrases too.
_OPENING_SUBORDINATORS = frozenset("where because unless".split())

# Words that open a subject after a lead conjunction ("But several allies, ..., said").
_SUBJECT_QUANTIFIERS = frozenset("some several many most other both".split())

# The journalist's frame before a clause ("It is worth noting that ...").
_WORTH_VERBS = frozenset("noting recalling remembering mentioning stressing".split())


def _emerged_that(toks, s: int) -> int:
    """Where the clause after "it emerged that" / "it has emerged that" / "it is understood
    that" starting at ``s`` begins (``s`` when there is no such frame)."""
    n = len(toks)
    k = s + 1
    if k < n and toks[k].low in ("has", "had"):
        k += 1
    if k + 1 < n and toks[k].low == "emerged" and toks[k + 1].low == "that":
        return k + 2
    if k + 2 < n and toks[k].low in ("is", "was") and toks[k + 1].low == "understood" \
            and toks[k + 2].low == "that":
        return k + 3
    return s


_INVERTED_AUX = L.MODALS | frozenset("does do did has have had is are was were".split())


def _copula_that_frame(toks, s: int) -> int:
    """Where the clause starts after a frame of the journalist's: "The second is that ...",
    "The problem was that ..." (one to three plain words, no name, then "is/was that"); ``s``
    when there is none."""
    for k in range(s + 2, min(s + 5, len(toks) - 2)):
        if toks[k].low in ("is", "was") and toks[k + 1].low == "that":
            words = toks[s + 1:k]
            if all(t.word and not t.cap and t.mention is None and not t.in_quote for t in words):
                return k + 2
            return s
    return s


def skip_intro(toks, s: int) -> int:
    """Skip an introductory phrase ("On the eve of the summit, ...", "However, ...")."""
    n = len(toks)
    if s == 0:
        s = _lead_tag_end(toks)
    for _ in range(3):
        if s >= n:
            return s
        low = toks[s].low
        if s > 0 and low in _RELATIVES and toks[s - 1].text == ",":
            # "Following a summit on Thursday, which Zelensky attended, Meloni said ...": a
            # relative clause still belongs to the introduction.
            comma = find(toks, ",", s + 1, limit=30)
            if comma is None:
                return s
            s = comma + 1
            continue
        if toks[s].mention is not None and low not in ("as", "in"):
            return s
        if low in ("nor", "neither") and s + 2 < n and toks[s + 1].low in _INVERTED_AUX \
                and toks[s + 2].mention is not None:
            # "Nor would Washington provide soldiers ...": the subject after the inverted
            # auxiliary, the auxiliary read as its verb's
            return s + 2
        if low == "both" and s + 1 < n and toks[s + 1].mention is not None:
            return s + 1  # "On Sunday, both Witkoff and Rubio addressed ...": the joint subject
        if s + 1 < n and toks[s + 1].text == "," and (
                low in L.LEAD_CONJUNCTIONS or (low.endswith("ly") and toks[s].mention is None)):
            s += 2  # "However, ...", "Reportedly, ...", "Crucially, ..."
            continue
        bare = s + 2 if low == "once" and s + 2 < n and toks[s + 1].low in ("more", "again") \
            else s + 1 if low in _BARE_TIME_ADVERBS else s
        if bare > s and bare < n and (toks[bare].mention is not None
                                      or toks[bare].low in ("the", "his", "her", "their", "he",
                                                            "she")):
            s = bare  # "Earlier the minister had said ...", "Once more the Russian leader ...",
            # "Later she said ..."
            continue
        if low == "above" and s + 2 < n and toks[s + 1].low == "all" and toks[s + 2].text != ",":
            s += 2  # "Above all France and Britain have been pressing ...": no introduction
            continue
        if low == "it" and s + 4 < n and toks[s + 1].low in ("is", "was") \
                and toks[s + 2].low == "worth" and toks[s + 3].low in _WORTH_VERBS \
                and toks[s + 4].low == "that":
            s += 5  # "It is worth noting that the Kremlin has never ...": the journalist's frame
            continue
        emerged = _emerged_that(toks, s) if low == "it" else s
        if emerged > s and emerged < n and toks[emerged].mention is not None:
            s = emerged  # "On July 23 it emerged that Austria ... does not exclude ...": what
            # came out is the named actor's position, the frame only says how it came out
            continue
        frame = _copula_that_frame(toks, s) if low == "the" else s
        if frame > s:
            s = frame  # "The second is that Albanese has declined to ...": the journalist's frame
            continue
        if low in ("at", "no") and coalition_count(toks, s):
            return s  # "At least 26 countries, France among them, say ...": the subject
        comma = find(toks, ",", s, limit=40)
        # (also after a first introduction: "However, adding further pressure on Kyiv, X ...")
        participle = low.endswith("ing") and toks[s].mention is None and s + 1 < n \
            and (toks[s].cap or toks[s - 1].text == "," and toks[s].word) \
            and (not toks[s + 1].cap or low not in L.ING_ADJECTIVES)
        timed = _time_phrase_end(toks, s)
        if timed > s:  # "On Tuesday the Kremlin warned that, ...": no comma closes it
            s = timed
            continue
        if timed < 0:  # "Early in March, ..."
            s = -timed
            continue
        if low in L.LEAD_CONJUNCTIONS and s + 1 < n and (
                toks[s + 1].mention is not None or toks[s + 1].low in ("the", "a", "an")
                or toks[s + 1].low in _SUBJECT_QUANTIFIERS
                or (toks[s + 1].cap and toks[s + 1].word)):
            # "Yet the SVR says Britain, Poland and ...", "Yet several NATO states, including
            # the USA, ..., have said ...": the subject follows at once
            s += 1
            continue
        if low in L.INTRO_WORDS or low == "according" or participle \
                or (toks[s].cap and low in _OPENING_SUBORDINATORS) or (
                low in ("should", "whether") and toks[s].cap and comma is not None):
            # ("Should Moscow reject the force, ...", "Whether or not Berlin joins, ...": a
            # condition opens the sentence)
            if comma is not None and participle:
                comma = _past_list(toks, comma)  # "Speaking for France, Germany and Italy, X"
            if comma is not None:
                s = _past_apposition(toks, comma)
                continue
            if low in L.LEAD_CONJUNCTIONS:
                s += 1  # "Yet Merz's comments were ...", "Still Moscow refused ..."
                continue
            return s
        if comma is not None and _TIME_INTRO.match(" ".join(t.text for t in toks[s:comma])):
            s = comma + 1
            continue
        if low in L.LEAD_CONJUNCTIONS:
            s += 1
            continue
        return s
    return s


# Nouns that open an aside on what an introduction names ("..., an idea some analysts have
# floated, ...", "..., a proposal Paris has backed, ...").
_ASIDE_HEADS = frozenset("idea proposal plan option notion suggestion move step".split())


def _past_list(toks, comma: int) -> int:
    """The comma that closes a list of names whose first comma is ``comma`` ("France, Germany,
    Italy and Japan,"), or ``comma`` when no such list runs on from it."""
    k = comma
    while in_list(toks, k):
        nxt = find(toks, ",", k + 1, limit=6)
        if nxt is None:
            return comma
        members = toks[k + 1:nxt]
        if any(t.low == "and" for t in members):
            return nxt  # "... Italy and Japan,": the last members
        if not all(t.inside or namey(t) for t in members):
            return comma
        k = nxt
    return comma


def _past_apposition(toks, comma: int) -> int:
    """Where the clause starts after an introduction closing at ``comma``: past an apposition
    to the name that ends it ("During an interview with Tucker Carlson, the former Fox News
    host, Witkoff seems to ...")."""
    n = len(toks)
    s = comma + 1
    if s + 2 < n and toks[comma - 1].low in L.WEEKDAYS and toks[s].low in L.TIME_WORDS \
            and day_or_year(toks[s + 1].low):
        # "In Berlin on Monday, December 15, 2025, ten European leaders ...": the date set off
        # after its weekday
        k = s + 2
        if k + 1 < n and toks[k].text == "," and toks[k + 1].text.isdigit() \
                and len(toks[k + 1].text) == 4:
            k += 2
        if k + 1 < n and toks[k].text == ",":
            comma, s = k, k + 1
    if s + 1 < n and toks[s].text.isdigit() and len(toks[s].text) == 4 \
            and toks[s + 1].text == "," and day_or_year(toks[comma - 1].low):
        comma, s = s + 1, s + 2  # "Meeting in Berlin on Dec. 15, 2025, European leaders ..."
    owner = s + 2 < n and toks[s].mention is not None and toks[s + 1].low == "'s"
    if s + 2 < n and (toks[s].low in ("the", "a", "an") or owner) and toks[comma - 1].cap:
        # ("In a call with Keir Starmer, Britain's prime minister, Merz said ...": an
        # apposition by a country's possessive too)
        second = find(toks, ",", s + 1, limit=8)
        if second is not None and second + 1 < n and (
                toks[second + 1].mention is not None or toks[second + 1].cap) \
                and all(toks[x].word and toks[x].low not in L.REPORTING_VERBS
                        for x in range(s, second)) \
                and not _list_goes_on(toks, s, second):
            return second + 1
        if second is not None and second + 2 < n and toks[s + 1].low in _ASIDE_HEADS \
                and verb_group(toks, second + 1) is None:
            # "Asked whether China would send peacekeepers, an idea some analysts have
            # floated, foreign ministry spokesman Lin Jian replied ...": an aside on what the
            # introduction names, then the subject
            return second + 1
    return s


def _list_goes_on(toks, s: int, comma: int) -> bool:
    """Whether the comma after a phrase naming someone at ``s`` separates members of a list
    ("According to Welt, the governments in Madrid, Rome and Berlin had declined ...": the
    subject, not an apposition to the outlet)."""
    m = toks[comma + 1].mention
    return m is not None and m.end < len(toks) and toks[m.end].low in ("and", ",") \
        and any(toks[x].mention is not None for x in range(s, comma))


def _lead_tag_end(toks) -> int:
    """Past a bullet or an outlet's tag opening a paragraph ("- Merz then ...", "(Reuters) -
    Trump said ...", "(MENAFN) Donald Trump ..."): typography, not part of the clause."""
    n = len(toks)
    s = 0
    if n > 3 and toks[0].text == "(":
        close = find(toks, ")", 1, limit=6)
        if close is not None and close > 1 and close + 1 < n \
                and all(t.word and t.cap for t in toks[1:close]):
            s = close + 1
    if s + 1 < n and toks[s].text in L.BULLETS and toks[s + 1].cap:
        s += 1
    elif s == 0:
        s = _dateline_end(toks)
    return s


def _dateline_end(toks) -> int:
    """Past a dateline set off by a dash ("BERLIN - ...", "Sputnik News, Moscow, December 16 -
    ..."): capitalised words, numbers and commas, then a dash; 0 when there is none."""
    n = len(toks)
    dated = _dateline_with_a_date(toks)
    if dated:
        return dated
    placed = False  # a date or a place in capitals ("BERLIN", "THE HAGUE")
    tagged = 0  # past an outlet's tag in parentheses ("London (Parliament Politics Magazine) –")
    for d in range(0, min(n - 1, 12)):
        if d < tagged:
            continue
        t = toks[d]
        if t.text == "(" and d > 0:
            close = find(toks, ")", d + 1, limit=6)
            if close is None or close == d + 1 or not all(
                    x.word and x.cap for x in toks[d + 1:close]):
                return 0
            tagged = close + 1
            placed = True
            continue
        if t.text in L.DASHES:
            nxt = toks[d + 1]
            # ... or a place of two or three capitalised words before a full sentence ("Oval
            # Office – President Donald Trump voiced doubt ...")
            placed = placed or (1 < d <= _DATELINE_PLACE_WORDS and toks[-1].text == "." and (
                nxt.mention is not None
                or (nxt.cap and d + 2 < n and toks[d + 2].mention is not None))
                and not any(x.text == t.text for x in toks[d + 1:]))  # (not "X – title – said")
            return d + 1 if d > 0 and placed and (nxt.cap or nxt.mention is not None) \
                and not t.in_quote else 0
        if not (t.text == "," or (t.word and (t.cap or day_or_year(t.low)))):
            return 0
        placed = placed or day_or_year(t.low) or (len(t.text) > 2 and t.text.isupper())
    return 0


def _dateline_with_a_date(toks) -> int:
    """Past a dateline of a place in capitals and a date ending in a full stop, and the agency's
    tag after it ("UNITED NATIONS, September 23. Jakarta has said ...", "MOSCOW, September 4.
    /TASS/. The coalition ..."); 0 when there is none."""
    n = len(toks)
    k = 0
    while k < min(n, 4) and toks[k].word and len(toks[k].text) > 1 and toks[k].text.isupper():
        k += 1
    if k == 0 or k + 4 >= n or toks[k].text != "," or toks[k + 1].low not in L.MONTHS \
            or not toks[k + 2].text.isdigit() or toks[k + 3].text != ".":
        return 0
    k += 4
    if k + 3 < n and toks[k].text == "/" and toks[k + 2].text == "/":
        k += 3 + (toks[k + 3].text == ".")  # "/TASS/."
    return k if k < n and (toks[k].cap or toks[k].mention is not None) else 0


_DATELINE_PLACE_WORDS = 3  # capitalised words of a dateline's place in ordinary case


# Nouns inside a time phrase ("At the start of March Sikorski said").
_TIME_PARTS = frozenset("start end beginning middle turn close".split())
# Adverbs of time that open a clause without a comma ("Earlier the minister had said").
_BARE_TIME_ADVERBS = frozenset("earlier later previously subsequently afterwards again".split())
# "A week earlier", "Two days later", "A few months ago": a time phrase without a comma.
_QUANTITIES = frozenset("a an one two three four five six several some few".split())
_FEW = frozenset("few couple".split())
_UNITS = frozenset("hour hours day days week weeks month months year years".split())


_PLACE_WORDS = 4  # how many words a place there may have ("in New York", "at The Hague")


def _place_end(toks, k: int) -> int | None:
    """The comma that closes a place name starting at ``k`` ("Kyiv,", "The Hague,"), or None
    when the words are no name or no comma follows them."""
    for j in range(k, min(len(toks), k + _PLACE_WORDS + 1)):
        t = toks[j]
        if t.text == ",":
            return j if j > k else None
        if not (t.word and (t.cap or t.mention is not None)):
            return None
    return None


def _time_phrase_end(toks, s: int) -> int:
    """The end of a time phrase opening a clause without a comma ("On Tuesday the Kremlin
    warned", "Late on Monday Macron said", "In March 2024 Berlin said"); ``s`` when none; minus
    the index after the comma when a comma closes it ("Early in March, ...")."""
    n = len(toks)
    j = s
    timed = False
    if toks[s].low == "back" and s + 1 < n and toks[s + 1].low in ("in", "on", "at", "during"):
        j = s = s + 1  # "Back in September Macron said"
    elif toks[s].low in _QUANTITIES and s + 2 < n:
        # "A week earlier Lavrov, ...", "Two days later the minister said": no comma closes it
        k = s + 2 if toks[s + 1].low in _UNITS else s + 3 if (
            s + 3 < n and toks[s + 1].low in _FEW and toks[s + 2].low in _UNITS) else s
        if k > s and k < n and toks[k].low in ("earlier", "later", "ago"):
            k += 1
            nxt = toks[k] if k < n else None
            if nxt is not None and nxt.text != "," and (
                    nxt.mention is not None or nxt.low in L.DETERMINERS):
                return k
        return s
    while j < n and j - s < 8:
        t = toks[j]
        if (t.low in L.TIME_WORDS and t.low not in ("the", "of")) or (
                j > s and t.low == "then" and toks[j - 1].low in ("since", "until")) or (
                j == s + 1 and toks[s].low in ("in", "since", "until", "by")
                and t.text.isdigit() and len(t.text) == 4):
            timed = True  # ("Since then Stoltenberg has said", "In 2024 the SVR alleged")
        elif t.text == "." and j > s and toks[j - 1].low in L.TIME_WORDS:
            pass  # "On Feb. 26 Macron said": the abbreviation's period
        elif not (t.low in L.TIME_LEADS or t.low in ("the", "of") or t.low in _TIME_PARTS
                  or (j > s and day_or_year(t.low))):
            break
        j += 1
    while j > s and toks[j - 1].low in ("the", "of"):
        j -= 1  # "On Tuesday the Kremlin": "the" opens the subject
    if timed and j > s + 1 and toks[j - 1].low in L.PLACE_PREPS:
        comma = _place_end(toks, j)
        if comma is not None:
            return -(comma + 1)  # "On Friday in Kyiv, ...": a place after the time
    if timed and j < n and toks[j].text == "," and toks[s].low in L.TIME_LEADS:
        return -(j + 1)  # "Early in March, ...": the comma closes it
    if not timed or j >= n or toks[j].text in (",", "'s"):
        return s
    nxt = toks[j]
    return j if nxt.cap or nxt.mention is not None or nxt.low in L.DETERMINERS \
        or (nxt.low == "it" and _emerged_that(toks, j) > j) else s






def _stance_verb(ph, toks, inner: NP, ctx) -> bool:
    """True when the predicate after ``inner`` states a position with a modal or a copula
    ("would like", "are ready"), not a past action ("had asked 20 leaders to Paris")."""
    k = _list_end(ph, toks, inner, inner.end, ctx) or inner.end  # "Turkey, Canada and ..."
    if k + 1 < len(toks) and k == inner.end and toks[k].low == "and" and named_actor(inner):
        second = ph.np(toks, k + 1, ctx)
        if named_actor(second):
            k = second.end  # "(reported that) Starmer and Macron were weighing ..."
    if k + 2 < len(toks) and toks[k].text == "," and toks[k + 2].text == "," \
            and toks[k + 1].low in _ASIDE_ADVERBS:
        k += 3  # "(reported that) Chancellor Karl Nehammer, too, was worried ..."
    if k < len(toks) and toks[k].low in L.STANCE_AUX:
        return True  # "would like": "like" is also a preposition
    verb = verb_group(toks, k)
    if verb is not None and toks[verb].low == "set" and verb > k \
            and toks[verb - 1].low in ("was", "is", "were", "are") \
            and verb + 1 < len(toks) and toks[verb + 1].low == "to":
        return True  # "(reported that) Macron was set to bring up sending troops"
    if verb is not None and verb + 1 < len(toks) and (
            (toks[verb].low == "looking" and toks[verb + 1].low in ("at", "into"))
            or (toks[verb].low in ("stood", "stands") and toks[verb + 1].low == "ready")):
        return True  # "(reported that) Paris was looking at stationing ...", "Macron stood ready"
    return verb is not None and (any(toks[x].low in L.STANCE_AUX for x in range(k, verb + 1))
                                 or toks[verb].low in _POSITION_VERBS)


# Verbs of a position held (not "asked ten ministers to Warsaw", an action).
_POSITION_VERBS = L.HOLDER_VERBS | frozenset("denied denies backed excluded ruled".split()) \
    | frozenset("""
considering contemplating discussing eyeing exploring mulling planning preparing readying
studying weighing assessing worried concerned
""".split())
_ASIDE_ADVERBS = frozenset("too also however meanwhile though".split())
# "(reported that) Paris was weighing / had been mulling a deployment": openness
_OUTLET_WORDS = OUTLET_NOUNS | frozenset("media broadcaster outlet reporters journalists".split())
# What the media say of someone ("Western reporters say Paris could soon post instructors").
_MEDIA_SAY = frozenset("say says said".split())


def states_position(ph, toks, start: int, ctx) -> bool:
    """Whether the clause at ``start`` states its subject's position with a modal, a copula or
    a verb of position ("Putin would be prepared to ...", "Paris was weighing ..."), not an
    action or an event."""
    np = ph.np(toks, start, ctx)
    return np.end > start and _stance_verb(ph, toks, np, ctx)


def _person_speaks(ph, toks, inner: NP) -> bool:
    """True when a named person is reported speaking, a participle of speech after the name
    ("The Times had quoted Brown saying ..."); a past action stays the outlet's news
    ("reported that Macron had invited 20 leaders to Paris")."""
    if ph.registry.kind(inner.actor) != "person" or inner.pronoun:
        return False
    k = after_aside(toks, inner.end)
    return k < len(toks) and toks[k].low.endswith("ing") and toks[k].low in L.REPORTING_VERBS


def _speech_verb(toks, inner: NP) -> bool:
    """True when the reported clause's verb reports speech ("... that Mitsotakis described")."""
    verb = verb_group(toks, after_aside(toks, inner.end))
    return verb is not None and toks[verb].low in _STATEMENT_VERBS


_JOINING = L.CONTRAST | {"and"}
_MODAL_WORDS = frozenset("""
will would could can may might must should won't wouldn't can't couldn't shouldn't mustn't
""".split())
_BREAKS = frozenset({",", ";", '"'}) | L.CLOSE_Q


def _may_open(t) -> bool:
    """A token that may start the subject of a clause (a name, a pronoun, a determiner or an
    introductory word)."""
    return t.cap or t.mention is not None or t.low in _OPENERS


_OPENERS = L.PRONOUNS | L.DETERMINERS | L.INTRO_WORDS | L.LEAD_CONJUNCTIONS


def _member_named(ph, toks, np: NP, comma: int, close: int, ctx) -> NP | None:
    """The first member named in an aside after a group ("Eastern members of the EU, among them
    Poland and the Czech Republic,", "Several allies, including Norway,"), or None."""
    k = comma + 1
    if k + 1 >= close or toks[k].low not in _MEMBER_LEADS:
        return None
    k += 1
    if toks[k].low in ("them", "as", "those", "by"):  # "among them", "such as", "led by"
        k += 1
    elif toks[k - 1].low in ("led", "headed"):
        return None
    group = np.people or people_np(toks, np) or _group(toks, np) is not None \
        or any(toks[x].low in _GROUP_NOUNS for x in range(np.start, comma))
    # ("A number of NATO members, among them ...": the group noun after "of")
    if not group or k >= close:
        return None
    member = ph.np(toks, k, ctx)
    return member if named_actor(member) and member.end <= close else None


def _list_aside_close(toks, close: int) -> int:
    """The comma that closes an aside listing members (", including the USA, Germany, Spain and
    Poland, among others, have said"): the first one a verb follows; else ``close``."""
    n = len(toks)
    c = close
    while c is not None and c - close < 40:
        if c + 3 < n and toks[c + 1].low == "among" and toks[c + 2].low == "others" \
                and toks[c + 3].text == ",":
            c += 3
        if verb_group(toks, c + 1) is not None:
            return c
        c = find(toks, ",", c + 1, limit=30)
    return close


_MEMBER_LEADS = frozenset("among including such notably led headed".split())


# The words of a title alone ("Deputy Prime Minister", "Minister for Foreign Affairs").
_TITLE_ONLY_WORDS = L.ROLE_WORDS | L.ROLE_MODIFIERS | {"for", "affairs"}


def two_titles(ph, toks, np: NP, ctx) -> NP:
    """``np`` or, when it is a title alone and another title and a name follow after "and",
    the phrase up to that person ("Vice Chancellor and Economy Minister Robert Habeck": two
    titles of one person, also when the first title alone would wait for a holder named
    later)."""
    k = np.end
    if (np.actor is None or np.actor.startswith(LATER)) and k + 1 < len(toks) \
            and toks[k].low == "and" and _title_only(toks, np):
        held = ph.np(toks, k + 1, ctx)
        if named_actor(held) and ph.registry.kind(held.actor) == "person":
            return NP(np.start, held.end, actor=held.actor)
    return np


def _title_only(toks, np: NP) -> bool:
    """A phrase of capitalised title words only ("Vice Chancellor", "Deputy Prime Minister"),
    not a title of its own person ("The president and Prime Minister X")."""
    start = np.start
    if np.end > start + 1 and toks[start].mention is not None \
            and toks[start].mention.end < np.end and not toks[start].mention.role:
        start = toks[start].mention.end  # "CDU leader and chancellor candidate Friedrich Merz"
        return all(toks[x].low in L.ROLE_WORDS or toks[x].low in L.ROLE_MODIFIERS
                   for x in range(start, np.end))
    return np.end > start and all(toks[x].cap or toks[x].low == "for"
                                  for x in range(start, np.end)) and all(
        toks[x].low in _TITLE_ONLY_WORDS for x in range(start, np.end))


def _group(toks, np: NP) -> int | None:
    """The end of an unnamed group of people or states at ``np`` ("fellow European leaders",
    "the Baltic states", whose noun the phrase reader may leave out as a verb), or None."""
    if np.actor is not None or np.end == np.start:
        return None
    n = len(toks)
    end = None
    if np.end - np.start > 1 and toks[np.end - 1].low in _GROUP_NOUNS:
        end = np.end
    elif np.end < n and toks[np.end].low in _GROUP_NOUNS:
        end = np.end + 1
    elif np.end + 1 < n and toks[np.end - 1].low in _QUANTITY_NOUNS and toks[np.end].low == "of":
        # "a number of other European leaders", "a handful of allies"
        end = next((j + 1 for j in range(np.end + 1, min(n, np.end + 5))
                    if toks[j].low in _GROUP_NOUNS), None)
    if end is not None and end + 1 < n and toks[end - 1].low == "heads" \
            and toks[end].low == "of" and toks[end + 1].low in ("government", "state"):
        end += 2  # "other European heads of government"
    return end


_GROUP_NOUNS = frozenset("""
allies capitals coalition colleagues counterparts countries governments group leaders members
nations partners states heads camp faction
""".split())
# The heads of the states named after "of" ("Leaders of Germany, France and Italy said").
_LEADER_NOUNS = frozenset("leaders heads".split())
# Nouns of a quantity of a group ("a number of other leaders").
_QUANTITY_NOUNS = frozenset("number handful host string couple series".split())


def _plural_title(toks, k: int) -> tuple[str | None, int]:
    """The title, in the singular, of a nationality and a plural title at ``k`` ("Polish prime
    ministers" -> "prime minister", "French leaders" -> "leader"), and where it ends; or
    (None, k)."""
    if k >= len(toks) or toks[k].text not in L.DEMONYMS:
        return None, k
    words = []
    for j in range(k + 1, min(len(toks), k + 5)):
        low = toks[j].low
        if low.endswith("s") and low[:-1] in L.ROLE_WORDS:
            return " ".join(words + [low[:-1]]), j + 1
        if low not in L.ROLE_WORDS:
            break
        words.append(low)
    return None, k


def in_list(toks, k: int) -> bool:
    """True when the comma at ``k`` separates names of a list ("Merz, Starmer, Macron")."""
    before, after = toks[k - 1], toks[k + 1] if k + 1 < len(toks) else None
    named = before.inside or namey(before)
    return named and after is not None and (after.inside or namey(after) or after.low == "and")


def _joined_clause(toks, k: int) -> int | None:
    """Where a clause joined at token ``k`` starts: after "; ", ", and", or a comma inside a
    quotation that closes before "and" ('... “pledge,” and Rutte insisted'); else None."""
    t = toks[k]
    if k + 2 >= len(toks):
        return None
    if t.text == ";" and not t.in_quote:
        return k + 1
    if t.text == "," and not t.in_quote and toks[k + 1].low in _JOINING:
        return k + 2
    if (t.text in L.CLOSE_Q or t.text == '"') and toks[k - 1].text == "," \
            and toks[k + 1].low in _JOINING:
        return k + 2
    return None


def coordinated_clause(ph, toks, ctx, any_comma: bool = False) -> str | None:
    """The speaker of a reporting clause after a comma or a semicolon: joined to the main one
    ("Talks are continuing, and Roll said NATO countries could change their minds."); with
    ``any_comma``, also after a long opening phrase the subject step could not read past
    ("Appearing before reporters with Merz, the opposition leader, Zelensky argued that ...")."""
    n = len(toks)
    for k in range(1, n - 2):
        t = toks[k]
        if t.text not in _BREAKS:
            continue
        start = _joined_clause(toks, k)
        if start is None:
            if t.in_quote or t.text != "," or not any_comma or not _may_open(toks[k + 1]) \
                    or in_list(toks, k):
                continue  # with any_comma, not inside a list of names ("by Merz, Starmer, ...")
            start = k + 1
        clause = main_clause(ph, toks, skip_intro(toks, start), ctx)
        if clause and clause.actor and not clause.unresolved and (
                clause.verb in L.REPORTING_VERBS
                or (clause.verb in _DOOR_VERBS and _door_idiom(toks, start))) \
                and not _both_before_verb(toks, start, clause.verb):
            return clause.actor
    return None


def _both_before_verb(toks, start: int, verb: str) -> bool:
    """Whether "both" comes right before the clause's verb ("John Healey, the defence
    secretary, and James Cartlidge, his shadow, both spoke ..."): the "and" joined two
    subjects of one verb, not a second clause."""
    for x in range(start + 1, len(toks)):
        if toks[x].low == verb:
            return toks[x - 1].low == "both"
    return False


# "kept / left / opened / closed the door (open) to ...": the idiom of a position that news
# English uses as a reporting verb ("No consensus emerged, but he kept the door open to it").
_DOOR_VERBS = frozenset("kept keeps left leaves opened opens closed closes shut shuts".split())


def _door_idiom(toks, start: int) -> bool:
    """Whether a verb of :data:`_DOOR_VERBS` followed by "the door" comes at or after ``start``."""
    return any(toks[k].low in _DOOR_VERBS and toks[k + 1].low == "the" and toks[k + 2].low == "door"
               for k in range(start, len(toks) - 2))


def quote_owner(ph, toks, ctx) -> str | None:
    """The speaker of a quotation the sentence opens and leaves open, when a later reporting
    clause than the sentence's first introduces it ("Starmer called it a pledge, and Rutte
    insisted Moscow had no veto: “This is a sovereign nation." -> Rutte)."""
    n = len(toks)
    opening = None
    for k in range(n - 1, 0, -1):
        if toks[k].text in L.OPEN_Q or toks[k].text == '"':
            opening = k
            break
    if opening is None:
        return None
    owner = None
    for k in range(1, opening):
        if toks[k].text not in _BREAKS:
            continue
        start = _joined_clause(toks, k)
        if start is None:
            continue
        clause = main_clause(ph, toks, start, ctx)
        if clause and clause.actor and not clause.unresolved \
                and clause.verb in _REPORTING_OR_HOLDER_VERBS:
            owner = clause.actor
    return owner


def after_colon(ph, toks: list[Tok], ctx: Context) -> str | None:
    """The subject of the clause after the first colon ("...: Merz urged caution"), or None."""
    colon = find(toks, ":", 0)
    if colon is None or colon + 1 >= len(toks) or toks[colon + 1].text in L.OPENING_MARKS:
        return None
    after = main_clause(ph, toks, skip_intro(toks, colon + 1), ctx)
    if after is not None and after.actor and after.rule == "pronoun":
        # "Macron's tone has grown ever more hawkish: he has stood by his remarks": the person
        # whose words or stance open the sentence, not the last one who spoke before it
        before = ph.np(toks, skip_intro(toks, 0), ctx)
        owner = _owner_of(toks, before) if before.end <= colon and not before.pronoun else None
        pronoun = toks[skip_intro(toks, colon + 1)].low
        if owner and owner != after.actor and ph.registry.kind(owner) == "person" \
                and ctx.gender.get(owner, GENDER_OF.get(pronoun)) == GENDER_OF.get(pronoun):
            return owner
    return after.actor if after is not None and after.actor else None


def has_said(toks: list[Tok], start: int, verb: str) -> bool:
    """True when the main verb ``verb`` is in the present perfect ("Moscow has said many
    times", "Kyiv has repeatedly stated"): a standing position, not one statement."""
    for k in range(start + 1, min(len(toks), start + 12)):
        if toks[k].low == verb:
            j = k - 1 if toks[k - 1].low.endswith("ly") else k  # "has repeatedly said"
            return toks[j - 1].low in _PERFECT
    return False


_PERFECT = frozenset("has have".split())


# Those a statement was made to, between a passive verb and its agent ("This was announced to
# journalists by X").
_ADDRESSEES = frozenset("journalists reporters press media".split())


def past_addressees(toks: list[Tok], k: int) -> int:
    """The index after "to (the) journalists / reporters / press / media" at ``k``, or ``k``."""
    if k + 1 < len(toks) and toks[k].low == "to":
        j = k + 1 + (toks[k + 1].low == "the")
        if j < len(toks) and toks[j].low in _ADDRESSEES:
            return j + 1
    return k


def main_passive(toks: list[Tok], start: int, verb: str) -> bool:
    """True when the main verb is a passive with its agent ("... was rejected by Poland", "...
    was announced to journalists by X"), not one inside a reported clause ("X said it was
    accepted by Y")."""
    for k in range(start + 1, min(len(toks) - 1, start + 25)):
        if toks[k].low == verb:
            by = past_addressees(toks, k + 1)
            return by < len(toks) and toks[by].low == "by" and toks[k - 1].low in L.PASSIVE_BE
        if toks[k].low == "that":
            return False
    return False


# Verbs whose passive subject is the one addressed ("X was told / warned / assured that").
TOLD = frozenset("told warned assured informed advised".split())


def told_that(toks: list[Tok], start: int, verb: str) -> bool:
    """True when the main verb is an agentless passive of being told, followed by what was
    said: "X has been told that ...", "X was warned that ..." (not "X was told by Y")."""
    for k in range(start + 1, min(len(toks) - 1, start + 25)):
        if toks[k].low == verb:
            return toks[k - 1].low in L.PASSIVE_BE and toks[k + 1].low == "that"
        if toks[k].low == "that" or toks[k].in_quote:
            return False
    return False


def scheduled_event(toks: list[Tok]) -> bool:
    """"X is to meet Y ...": the main verb is an event to come."""
    return any(toks[k].low == "to" and toks[k + 1].low in L.EVENT_VERBS
               and toks[k - 1].low in L.COPULA for k in range(1, min(len(toks) - 1, 12)))


def has_subject(ph, toks, start: int, ctx) -> bool:
    """True when the clause at ``start`` has a subject that names an actor or a person."""
    main = main_clause(ph, toks, start, ctx)
    return main is not None and bool(main.actor)
