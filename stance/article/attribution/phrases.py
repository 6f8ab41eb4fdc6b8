"""Noun phrases and verb groups: who a phrase designates, and where its verb is.

:meth:`Phrases.np` reads the noun phrase at a token and resolves it to an actor: a person
anywhere in it heads it ("Secretary of State Marco Rubio"), a state or body only before a
preposition ("ambassador to France" is not France); "X's spokesman" speaks for X; unnamed
officials of a nationality are their state ("Ukrainian officials" -> Ukraine); other unnamed
people and outlets are flagged, not resolved. The functions after the class are the word-class
tests the speaker and subject rules share.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from .. import lexicon as L
from ..actors import ActorRegistry, fold
from .context import (DESCRIBED, EXPERT_NOUNS, LATER, LEDE_SENTENCES, OUTLET_NOUNS, article_holder,
                      former_title, last_expert, last_titled, named_later, role_holder,
                      title_named_later)
from .tokens import (Tok, abbreviation, day_or_year, find, name_from, name_run_end, namey,
                     particle_of_name)

# Unions of word lists the rules test, built once rather than at every test (building
# the union of the long verb lists took more time than the test itself).
_PEOPLE_OR_DOCUMENT_NOUNS = L.PEOPLE_NOUNS | L.DOCUMENT_NOUNS
# Participles of taking office, which stay in a title after an adverb ("newly elected").
_MADE = frozenset("elected appointed installed inaugurated named chosen re-elected".split())
# Words for some members of a body, who speak for it ("a member of Trump's team", "someone on
# Trump's team", "three of Trump's staff").
# ... and of a share of a group ("A number of NATO members have ...").
_SHARE_WORDS = frozenset("number string handful majority".split())
_MEMBER_WORDS = frozenset("member members someone one two three four trio".split()) | _SHARE_WORDS
_MEMBER_PREPS = frozenset("of on in from".split())
# People close to someone, who speak for that person's team ("People around Trump", "the team
# around Donald Trump").
# Titles of a party's members, not of its leader ("Brothers of Italy MP", "the CDU defence
# spokesman"): one of its people, whom the article names.
_PARTY_MEMBER_HEADS = L.MEMBER_TITLES | frozenset("deputy spokesman spokeswoman politician".split())
_AROUND_HEADS = frozenset("people those team aides advisers advisors circle".split())
_ANSWER_NOUNS = L.POSITION_NOUNS | {"answer", "response", "reply"}
_BODY_NOUNS = L.INSTITUTION_NOUNS | {"body", "bodies"}
_SPOKES_OR_VOICE_NOUNS = L.SPOKES | L.VOICE_NOUNS
# What a person says or thinks, as the subject after "his" / "her" ("Her argument was that
# ...", "His view is that ...": the person the pronoun stands for).
_VOICE_OR_VIEW_NOUNS = L.VOICE_NOUNS | frozenset("""
argument assessment case point position reasoning stance view
""".split())
_INSTITUTION_OR_PEOPLE_NOUNS = L.INSTITUTION_NOUNS | L.PEOPLE_NOUNS
_NP_OPENING_WORDS = L.NP_WORDS | L.NP_ADJECTIVES | L.TITLE_MODIFIERS
_ROLE_HEADS = L.ROLE_NOUNS | {"secretary", "minister", "staff", "head", "undersecretary",
                               "under-secretary"}

# Auxiliaries that are the verb when nothing follows them ("Berlin was among ...", "Slovakia
# will not do so").
_VERB_AUX = L.COPULA | frozenset("do does did".split())
# ... and after a modal ("Lithuania may be among the first", "Rome would be against")
_VERB_AUX_OR_BE = _VERB_AUX | {"be"}
_ASIDE_DASHES = frozenset({"—", "–"})
_CLAUSE_MARKS = frozenset({".", "!", "?", ",", ";", "”", '"', ")"})
_MODALS = L.MODALS | frozenset("do does did".split())
_COPULA_MODALS = L.COPULA | _MODALS
_RELATIVE_PEOPLE = frozenset("who whom".split())


@dataclass
class NP:
    start: int
    end: int
    actor: str | None = None  # resolved actor, "" for a pronoun resolved to nothing
    pronoun: bool = False
    weak: bool = False  # a lone unknown surname: only a speaker before a reporting verb
    people: bool = False  # unnamed people ("officials", "two people familiar with ...")
    media: bool = False


class Phrases:
    """Noun phrases resolved against a registry; one per :class:`Attributor`.

    Parameters
    ----------
    registry : ActorRegistry
    """

    def __init__(self, registry: ActorRegistry):
        self.registry = registry
        self._cache: dict[int, NP] = {}
        self._cached_for: list | None = None

    def np(self, toks, i: int, ctx) -> NP:
        """The noun phrase starting at ``i`` and the actor it designates (None if none).

        The rules ask for the same phrase many times; within one sentence (whose context does
        not change while it is read) the answer is kept.
        """
        if toks is not self._cached_for:
            self._cache = {}
            self._cached_for = toks
        np = self._cache.get(i)
        if np is None:
            np = self._cache[i] = self._read_np(toks, i, ctx)
        return np

    def _read_np(self, toks, i, ctx) -> NP:
        """The noun phrase at ``i``, read afresh."""
        n = len(toks)
        if i >= n or not toks[i].word:
            return NP(i, i)
        if toks[i].low in L.PRONOUNS:
            return NP(i, i + 1, actor=ctx.person_for(toks[i].low), pronoun=True)
        if toks[i].text == "I" and toks[i].mention is None:
            return NP(i, i + 1)  # "I am glad France has ...": a speaker not named here
        public = _public_at(toks, i)
        if public:
            return public  # "Danes back ...", "Swedish voters favour ...": the public
        pair = _the_two(toks, i, ctx)
        if pair is not None:
            return pair  # "The two countries' prime ministers said so": the first named
        if toks[i].low in ("his", "her") and i + 1 < n and toks[i + 1].low in L.VOICE_NOUNS:
            # "Her remarks drew criticism": the person the pronoun stands for
            return NP(i, i + 2, actor=ctx.person_for(toks[i].low), pronoun=True)
        coalition = coalition_count(toks, i)
        if coalition:
            # "26 nations promise troops", "More than 24 Western partners have promised ...":
            # the coalition of the willing by its count of members
            return NP(i, coalition, actor=COALITION)
        j = i
        if toks[j].low in L.DETERMINERS and toks[j].mention is None:
            j += 1
        elif toks[j].low in _QUANTIFIERS and j + 1 < n and toks[j + 1].low in L.PLURAL_NOUNS:
            j += 2  # "Some reports say ...": a plural noun after a quantifier, not a verb
        k = j + (j + 1 < n and toks[j].low in _MEMBER_WORDS and toks[j + 1].low in _MEMBER_WORDS)
        if k + 2 < n and toks[k].low in _MEMBER_WORDS and toks[k + 1].low in _MEMBER_PREPS:
            m = toks[k + 2].mention
            kind = self.registry.kind(m.actor) if m is not None else ""
            if m is not None and not m.role and (kind == "organisation" or (
                    kind == "group" and toks[k].low in _SHARE_WORDS)) \
                    and (m.end >= n or toks[m.end].low != "'s"):
                # "a member of Trump's team", "someone on Trump's team", "three of Trump's
                # staff": people who speak for the body, not one of its officers
                return NP(i, m.end, actor=m.actor)
        if k + 2 < n and toks[k].low in _AROUND_HEADS and toks[k + 1].low == "around":
            team = self._team_around(toks, k + 2)
            if team is not None:
                return NP(i, team[1], actor=team[0])
        titled = False  # a title's "of" seen ("Minister of Defence ...")
        while j < n and j - i < 16:
            t = toks[j]
            nxt = toks[j + 1] if j + 1 < n else None
            if t.mention is not None:
                j = t.mention.end
                continue
            if not t.word:
                if t.text in ("-", "&") and j > i and nxt is not None and nxt.cap:
                    j += 1
                    continue
                break
            if j > i and t.low == "first" and nxt is not None and nxt.low in L.ROLE_WORDS:
                j += 1  # "Socialist Party first secretary Olivier Faure": part of the title
                continue
            if j > i and t.low in _TIME_STARTS \
                    and (_time_aside_end(toks, j) > j or _time_phrase_then_stop(toks, j)):
                # "Rutte last week argued", "according to NATO last year, ...": a time phrase
                # before the verb or a comma ends the name
                break
            if t.low == "'s" or t.cap or abbreviation(t):
                j += 1
            elif j > i and toks[j - 1].low == "'s" and (t.low in L.VOICE_NOUNS
                                                        or t.low in L.STATEMENT_NOUNS):
                j += 1  # "Merz's comments", "Macron's remarks": nouns after a possessive
            elif t.low in L.PARTICLES and particle_of_name(toks, j):
                j += 1
            elif t.low.endswith("ly") and j > i and nxt is not None and not verbish(nxt.low) \
                    and (nxt.cap or (np_word(nxt.low) and nxt.low not in L.STOP)) \
                    and not _verb_after_adverb(toks, j + 1):
                j += 1  # "newly sworn-in President Alexander Stubb"
            elif t.low.endswith("ly") and j > i and nxt is not None and nxt.low in _MADE \
                    and j + 2 < n and toks[j + 2].cap and toks[j + 2].word:
                j += 2  # "Romania's newly elected President Nicusor Dan": a participle of office
            elif t.low in L.PREPS and j > i and (role_before(toks, j) or titled and t.low == "of"
                                                  and toks[j - 1].cap
                                                  and toks[j - 1].mention is None) \
                    and nxt is not None \
                    and (nxt.cap or nxt.low in ("the", "a") or nxt.mention is not None
                         or np_word(nxt.low)):
                # "Secretary of State ...", "chief of the defence staff ...", and the title's
                # further "of" of translated copy: "Minister of Foreign Affairs of Ukraine ..."
                titled = True
                j += 1
                if toks[j].low in ("the", "a") and toks[j].mention is None:
                    j += 1
            elif t.low == "think" and j > i and nxt is not None and nxt.low in ("tank", "tanks"):
                j += 2  # "the ECFR think tank's research director ...": a noun, not the verb
            elif t.low in _NOUN_VERBS and _verb_after_name(toks, j):
                break  # "Trump plans to ...": the verb, not "Trump plans"
            elif t.low in _PERSON_NOUN_VERBS and self._after_person(toks, j):
                break  # "Le Pen attacks Macron over ...": the verb, not "Le Pen attacks"
            elif t.low == "states" and j > i and toks[j - 1].mention is not None \
                    and self.registry.kind(toks[j - 1].mention.actor) == "organisation" \
                    and not (nxt is not None and nxt.low in _CLAUSE_AFTER_STATES):
                j += 1  # "Several NATO states have said ...": its members, not "NATO states"
            elif t.low in JOINT_BASE_VERBS and _after_joint_names(toks, j):
                break  # "Britain and France weigh ...": the verb, not "France weigh"
            elif t.low in GROUP_BASE_VERBS and _after_group_name(toks, j):
                break  # "European leaders restate ...": the verb
            elif t.low in _PLURAL_SUBJECT_VERBS and j > i and toks[j - 1].low.endswith("s") \
                    and not toks[j - 1].low.endswith("ss"):
                break  # "The allegations come after ...": a plural noun, then its verb
            elif t.low in _HEADLINE_PARTICIPLES and j > i and (toks[j - 1].cap
                                                             or toks[j - 1].inside) \
                    and _unfinished(toks):
                break  # a headline's verb after a name: "Estonia weighing troop deployment"
            elif t.low == "first" and j > i and nxt is not None and nxt.low in L.ROLE_WORDS:
                j += 1  # "Socialist Party first secretary Olivier Faure": an ordinal of a title
            elif t.low in L.REFLEXIVES and j > i:
                break  # "Macron himself said": the name, then a reflexive that stresses it
            elif t.low in L.PRESENT_AT and j > i and after_participle(toks, j) > j:
                break  # "European leaders meeting in Berlin said": a participle's phrase
            elif np_word(t.low):
                j += 1
            else:
                break
        if j == i or (j == i + 1 and toks[i].low in L.DETERMINERS):
            return NP(i, i)
        np = NP(i, j)
        self._resolve(toks, np, ctx)
        voice = _VOICES.get(toks[j - 1].low)
        if voice is not None:
            self._voice_again(toks, np, voice, ctx)
        elif toks[j - 1].low in _WRITER_NOUNS and toks[i].low == "the" and j - i <= 3 \
                and ctx.named_writers and (
                    np.actor is None and i == 0
                    or (np.actor is None or np.actor.startswith(LATER))
                    and _after_quotation(toks, i)):
            # (only as the sentence's subject, or its speaker right after a quotation: '"...,"
            # the paper writes.', the outlet named before rather than one named later; "Poland
            # offered ..., the institute found" is Poland's)
            self._writer_again(toks, np, ctx)
        return np

    def _writer_again(self, toks, np: NP, ctx) -> None:
        """"The paper said ...", "The magazine argues ...", "The authors write ...": the outlet
        (or for a piece, its author or a council, the institute too) the article named last, a
        few sentences back at most, when a reporting verb follows."""
        verb = verb_group(toks, np.end) if np.end < len(toks) else None
        if verb is None or toks[verb].low not in L.REPORTING_VERBS \
                or any(toks[x].low in L.MODALS for x in range(np.end, verb)):
            return
        outlet_only = toks[np.end - 1].low in OUTLET_NOUNS
        for said, writer in reversed(ctx.named_writers):
            if said >= ctx.sentences - 1:
                continue  # named in the sentence itself ("Citing The Telegraph, the paper
                # said ...", "the RUSI piece explains"): a source or a qualifier, not the writer
            if ctx.sentences - said > WRITER_REACH:
                return
            if not outlet_only or self.registry.kind(writer) == "media":
                np.actor, np.people = writer, False
                return

    def _voice_again(self, toks, np: NP, voice: str, ctx) -> None:
        """Remember whom officials or a spokesperson speak for ("American officials said",
        "Keir Starmer's spokesperson said"), and give "the officials" or "the spokesperson"
        a few sentences on the state or body they spoke for then."""
        if np.actor and not np.actor.startswith(LATER) \
                and self.registry.kind(np.actor) in ("state", "organisation"):
            ctx.voices[voice] = (np.actor, ctx.sentences)
        elif np.actor is None and toks[np.start].low == "the" and (
                np.end - np.start == 2 or np.end - np.start == 3
                and toks[np.start + 1].low in _SAME_VOICE):
            # ("the unnamed spokesperson", "the same official")
            if voice in _BODY_VOICES:
                verb = verb_group(toks, np.end) if np.end < len(toks) else None
                if verb is None or toks[verb].low not in L.REPORTING_VERBS:
                    return  # ("The mission would need a mandate": the force, not the envoys)
            actor, said = ctx.voices.get(voice, ("", -99))
            if not actor and toks[np.end - 1].low == "official":
                # "The official said ..." after "a government spokesperson said": the same one
                actor, said = ctx.voices.get("spokes", ("", -99))
            if actor and ctx.sentences - said <= VOICE_REACH:
                # "The officials warned ..." after "American officials said": theirs, not
                # unnamed people's; and they spoke again ("The spokesperson said ...", and
                # further on '"...," Reuters quoted the spokesperson as saying')
                np.actor, np.people = actor, False
                ctx.voices[voice] = (actor, ctx.sentences)

    def _party_member(self, np: NP, party: str, head: str, ctx) -> bool:
        """Set ``np`` to the person a party's member title stands for ("Brothers of Italy MP",
        "the CDU defence spokesman"): the person who spoke last when of the party's state and
        holding no office, else in the lede the first person of that state the article names
        further down; False (the party) when there is no such person."""
        state = self.registry.side(party) if party in self.registry else ""
        held = last_titled(self, (head, state), ctx)
        if held:
            np.actor, np.pronoun = held, True
            return True
        if ctx.sentences <= LEDE_SENTENCES and not ctx.reread:
            np.actor = f"{LATER}{DESCRIBED}{head}:{ctx.sentences}|{state}"
            return True
        return False

    def _team_around(self, toks, k: int) -> tuple[str, int] | None:
        """The team of the person named at ``k``, past a title ("People around President-elect
        Donald Trump", "the team around Donald Trump": Donald Trump's team), and where the name
        ends; None when the registry has no team of theirs."""
        for x in range(k, min(len(toks), k + 3)):
            m = toks[x].mention
            if m is not None:
                if m.role or self.registry.kind(m.actor) != "person":
                    return None
                team = self.registry.lookup(f"{m.actor}'s team")
                return (team, m.end) if team else None
            if not (toks[x].cap or toks[x].low in L.ROLE_WORDS or toks[x].low in L.TITLE_MODIFIERS):
                return None
        return None

    def _items(self, toks, np: NP) -> list[tuple]:
        """The parts of a noun phrase: ("m", mention), ("name", start, end), ("poss",),
        ("prep",), ("cap", k) for other capitalised words, ("low", k) for other words."""
        items: list[tuple] = []
        k = np.start
        if toks[k].low in L.DETERMINERS and toks[k].mention is None:
            k += 1
        while k < np.end:
            t = toks[k]
            if t.mention is not None:
                items.append(("m", t.mention))
                k = t.mention.end
            elif t.low == "'s":
                items.append(("poss",))
                k += 1
            elif t.low in L.PREPS and not t.cap:
                items.append(("prep",))
                k += 1
            elif namey(t):
                end = name_run_end(toks, k, np.end)
                items.append(("name", k, end))
                k = end
            else:
                items.append(("cap" if t.cap or abbreviation(t) else "low", k))
                k += 1
        return items

    def _entity(self, toks, item, ctx) -> tuple[str, str, bool] | None:
        """(actor, kind, weak) of a mention or a name-shaped run; None for other items."""
        if item[0] == "m":
            m = item[1]
            if m.role and self.registry.kind(m.actor) == "person":
                held = article_holder(self, toks, m, ctx)
                if held:
                    return held, "person", False  # "the Estonian prime minister" in 2024
                held = ctx.office_holders.get(m.actor)
                if held:
                    return held, "person", False  # "the NATO chief" in an article of 2024
            if former_title(toks, m) and toks[m.end - 1].low in L.ROLE_WORDS \
                    and self.registry.kind(m.actor) == "person":
                # "A former NATO Secretary General warns": an earlier holder, not the one today
                held = article_holder(self, toks, m, ctx) or ctx.office_holders.get(m.actor)
                return (held, "person", False) if held else None
            return m.actor, self.registry.kind(m.actor), False
        if item[0] != "name":
            return None
        name = name_from(toks, item[1], item[2])
        resolved = self._resolve_name(name, ctx) if name else None
        if resolved is None:
            return None
        actor, weak = resolved
        return actor, self.registry.kind(actor) if actor in self.registry else "person", weak

    def _resolve(self, toks, np: NP, ctx) -> None:
        """Set the actor of a noun phrase from its head: a person, or a state or body."""
        items = self._items(toks, np)
        first_prep = next((x for x, it in enumerate(items) if it[0] == "prep"), len(items))
        # A person anywhere heads the phrase ("Secretary of State Marco Rubio"); a state or
        # body only before a preposition ("ambassador to France" is not France).
        head_at = None
        for x in range(len(items) - 1, -1, -1):
            found = self._entity(toks, items[x], ctx)
            if found is None:
                continue
            actor, kind, weak = found
            rest = items[x + 1:]
            words = [toks[it[1]] for it in rest if it[0] in ("low", "cap")]
            if kind == "person" and items[x][0] == "m" and len(rest) == 1 and rest[0][0] == "cap" \
                    and toks[rest[0][1]].text in L.NAME_SUFFIX:
                # "Donald Trump Jr." where the registry knows only Donald Trump
                full = f"{actor} {toks[rest[0][1]].orig}"
                np.actor = self.registry.lookup(full) or full
                return
            if kind == "person" and not (rest and rest[0][0] == "poss"):
                only_spokes = len(words) == len(rest) and all(w.low in L.SPOKES for w in words)
                titled = x < first_prep and any(it[0] == "prep" for it in rest) \
                    and all(it[0] in ("prep", "low", "cap") for it in rest)
                if not rest or only_spokes or titled:
                    np.actor, np.weak = actor, weak
                    if x > first_prep and any(
                            it[0] == "low" and toks[it[1]].low in SPOKESPEOPLE
                            for it in items[:first_prep]):
                        np.actor = self.spoken_for(actor)  # "a spokesman for Keir Starmer"
                    return
                continue
            if x < first_prep or kind == "person":
                head_at = x
                break
        if head_at is not None and head_at >= 2 and items[head_at - 1][0] == "poss" \
                and items[head_at][0] == "m" and head_at < first_prep \
                and self.registry.kind(items[head_at][1].actor) == "organisation":
            owner = self._entity(toks, items[head_at - 2], ctx)
            rest = [toks[it[1]].low for it in items[head_at + 1:first_prep] if it[0] == "low"]
            if owner and owner[1] == "state" and rest and rest[-1] in _MISSION_NOUNS \
                    and len(rest) == len(items[head_at + 1:first_prep]):
                np.actor = owner[0]  # "Pakistan's UN mission": Pakistan's, to the UN
                return
        if head_at is None:
            self._resolve_unheaded(toks, np, items, first_prep, ctx)
        elif not clause_inside(toks, np, items, head_at):
            self._resolve_head(toks, np, items, head_at, first_prep, ctx)

    def _resolve_unheaded(self, toks, np: NP, items, first_prep: int, ctx) -> None:
        # "Economists at the Kiel Institute", "a spokesman for Starmer"
        before = [toks[it[1]].low for it in items[:first_prep] if it[0] in ("low", "cap")]
        if first_prep < len(items) and set(before) & _PEOPLE_OR_DOCUMENT_NOUNS:
            for item in items[first_prep + 1:first_prep + 2]:
                found = self._entity(toks, item, ctx)
                if found and found[1] != "media":
                    np.actor = found[0]
                    if found[1] == "person" and set(before) & SPOKESPEOPLE:
                        np.actor = self.spoken_for(found[0])  # "a spokesman for Starmer"
                    return
        self._resolve_unnamed(toks, np, ctx)

    def _resolve_head(self, toks, np: NP, items, head_at: int, first_prep: int, ctx) -> None:
        actor, kind, weak = self._entity(toks, items[head_at], ctx)
        rest = items[head_at + 1:first_prep] if head_at < first_prep else items[head_at + 1:]
        poss = bool(rest) and rest[0][0] == "poss"
        rest_words = [toks[it[1]] for it in rest if it[0] in ("low", "cap")]
        rest_lows = {w.low for w in rest_words}
        last = rest_words[-1].low if rest_words else ""
        if kind == "media":
            if not rest_words or rest_lows & L.EDITORIAL:
                np.actor = actor
            np.media = True
            return
        if not rest:
            np.actor, np.weak = actor, weak
            if kind == "state" and len(items) == 1 and toks[np.start].mention is None \
                    and toks[np.start].low in ("the", "a", "an") \
                    and not _names_state(toks, items[0]):
                np.actor = None  # "the Paris" alone: a place; "the Czech Republic" is the state
            return
        if rest_lows & L.ROLE_WORDS and (kind == "state" or (
                kind == "organisation" and poss and last in L.ROLE_WORDS) or (
                kind == "person" and last in L.ROLE_WORDS and not rest_lows & L.SPOKES
                and (poss or rest_lows <= L.ROLE_WORDS | L.ROLE_MODIFIERS))):
            # a state's title, an organisation's officer ("the EU's chief diplomat", "NATO's
            # secretary general") or a person's ("Trump's special envoy", "Putin aide"): the
            # person who holds it, not the body or the person it is of
            held = role_holder(self, toks, np.start, np.end, ctx) \
                or title_named_later(self, toks, np.start, np.end, ctx)
            if held:
                # "Lithuania's top diplomat" after "Gabrielius Landsbergis", "the US defence
                # secretary" after "Pete Hegseth"
                np.actor = held
                return
        if poss and last in _ANSWER_NOUNS:
            np.actor = actor  # "The Kremlin's answer", "Zelensky's demand for guarantees"
        elif rest_lows & L.EVENT_NOUNS:
            pass  # "the Washington summit declaration": an event, not the state
        elif kind == "organisation" and not poss and (rest_lows & _FORCE_NOUNS or (
                rest_lows & _MISSIONS and rest_lows & _FORCE_KINDS)):
            pass  # "A UN peacekeeping mission normally requires ...": a force, not the body
        elif kind == "party" and last in _PARTY_MEMBER_HEADS \
                and self._party_member(np, actor, last, ctx):
            pass  # "says Brothers of Italy MP", "the CDU defence spokesman said": a member
        elif rest_lows & L.SPOKES:
            np.actor = actor  # "Sikorski's office", "Russia's embassy", "a Kremlin spokesman"
            if kind == "person" and rest_lows & (SPOKESPEOPLE | _GOVERNMENTS):
                # "Sunak's spokesman", "Biden's administration": the government
                np.actor = self.spoken_for(actor)
        elif kind == "person":
            pass  # "Trump's special envoy": someone else
        elif last in _BODY_NOUNS:
            np.actor = actor  # "Ukraine's general staff", "Romania's top defence body"
        elif rest_lows & L.ROLE_ONLY:
            pass  # "the U.S. president", "Russia's ambassador": someone not named
        elif rest_lows & L.INSTITUTION_NOUNS or all(w.cap for w in rest_words) \
                or (poss and not rest_lows - L.INSTITUTION_NOUNS - L.NP_ADJECTIVES):
            np.actor = actor
        # Otherwise ("The Paris meeting", "Europe's Ukraine force") the name only qualifies a noun.

    def _resolve_unnamed(self, toks, np: NP, ctx) -> None:
        """A phrase without a registry mention or a name: nationals, officials, organisations."""
        words = {toks[x].low for x in range(np.start, np.end)}
        if np.end - np.start == 2 and toks[np.start].low == "the" \
                and toks[np.start + 1].text in L.PUBLICS:
            state = L.DEMONYMS.get(L.PUBLICS[toks[np.start + 1].text])
            if state in self.registry:
                np.actor = state  # "the Russians have made clear ..."
                return
        organisation = organisation_name(toks, np)
        if organisation:
            np.actor = organisation  # unknown to the registry: "The Australian ... Institute"
            return
        held = role_holder(self, toks, np.start, np.end, ctx)
        if held:
            np.actor = held  # "the prime minister" after "Prime Minister Keir Starmer"
            return
        poss = next((x for x in range(np.start + 1, np.end) if toks[x].low == "'s"), None)
        if poss is not None and words & _SPOKES_OR_VOICE_NOUNS:
            held = role_holder(self, toks, np.start, poss, ctx) \
                or _generic_body(toks, np.start, poss, ctx) \
                or _state_body(toks, np.start, poss, ctx, anaphors=False)
            if held:
                # "the Italian premier's office", "the alliance's spokesman", "the embassy's
                # statement" after Russia's embassy spoke
                np.actor = held
                if self.registry.kind(held) == "person" and any(
                        toks[x].low in SPOKESPEOPLE for x in range(poss + 1, np.end)):
                    # "the prime minister's spokesman": the government, as "Sunak's spokesman"
                    np.actor = self.spoken_for(held)
                return
        if poss is not None and poss + 1 < np.end and toks[np.end - 1].low in L.ROLE_WORDS \
                and all(toks[x].low in L.ROLE_WORDS or toks[x].low in L.ROLE_MODIFIERS
                        for x in range(poss + 1, np.end)):
            body = _generic_body(toks, np.start, poss, ctx)
            title = " ".join(toks[x].low for x in range(poss + 1, np.end)
                             if toks[x].low not in L.ROLE_MODIFIERS)
            held = body and title and named_later(self, f"{LATER}{title}|{body}", ctx)
            if held:
                np.actor = held  # "the bloc's chief diplomat" after Kallas was named
                return
        body = _generic_body(toks, np.start, np.end, ctx)
        if body:
            np.actor = body  # "the alliance" after NATO was named
            return
        if toks[np.start].low == "the" and (np.end - np.start == 2 or (
                np.end - np.start == 3 and toks[np.start + 1].low in _STATE_BODY_MODIFIERS)):
            head = toks[np.end - 1].low
            state = _state_body(toks, np.start, np.end, ctx)
            if state and not (
                    np.end < len(toks) and toks[np.end].low in ("in", "of", "at", "from")):
                # "the government said" after Tusk or Poland spoke (not "the government in
                # Kyiv"); "the foreign ministry said", "the federal government said"
                np.actor = state
                return
            if _AGE.match(head) and ctx.last_person:
                np.actor, np.pronoun = ctx.last_person, True  # "the 47-year-old said"
                return
            if head in EXPERT_NOUNS:
                expert = last_expert(self, ctx)
                if expert:
                    np.actor, np.pronoun = expert, True  # "the expert said" after Claudia Major
                    return
        title = _title_alone(toks, np.start, np.end)
        if title is not None:
            held = last_titled(self, title, ctx, former=any(
                toks[x].low in L.FORMER_WORDS for x in range(np.start + 1, np.end - 1)))
            if held:
                np.actor, np.pronoun = held, True  # "the Tory leader said" after Badenoch spoke
                return
        later = title_named_later(self, toks, np.start, np.end, ctx)
        if later:
            np.actor = later  # "Prime minister says ..." in a headline: named further down
            return
        if toks[np.start].low in ("his", "her") and toks[np.end - 1].low in _VOICE_OR_VIEW_NOUNS:
            # "Her office said", "His speech stressed": the person the pronoun stands for
            np.actor, np.pronoun = ctx.person_for(toks[np.start].low), True
            return
        unnamed_role = words & L.ROLE_ONLY and not words & L.SPOKES
        place = toks[np.end - 1].low == "side" and np.end < len(toks) \
            and toks[np.end].low == "of"  # "the Russian side of the border": a place
        for x in range(np.start, np.end):
            state = L.DEMONYMS.get(toks[x].text)
            if state in self.registry and words & _INSTITUTION_OR_PEOPLE_NOUNS \
                    and not unnamed_role and not place \
                    and toks[np.end - 1].low not in L.EVENT_NOUNS:
                np.actor = state  # "Ukrainian officials", "the Russian foreign ministry"
                return
        if words & _PEOPLE_OR_DOCUMENT_NOUNS:
            np.people = True

    def _after_person(self, toks, j: int) -> bool:
        """True when the word at ``j`` follows a person's name and comes before its object (a
        name, or a determiner)."""
        m = next((toks[x].mention for x in range(max(0, j - 4), j)
                  if toks[x].mention is not None and toks[x].mention.end == j), None)
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        return m is not None and not m.role and self.registry.kind(m.actor) == "person" \
            and nxt is not None and (nxt.cap or nxt.low in L.DETERMINERS or nxt.low == "for")

    def spoken_for(self, person: str) -> str:
        """Whom a person's unnamed spokesperson speaks for: the person's state (a head of
        government's spokesman speaks for the government), or the person."""
        side = self.registry.side(person) if person in self.registry else ""
        return side if side and side != person and self.registry.kind(side) == "state" \
            else person

    def _resolve_name(self, name: str, ctx) -> tuple[str, bool] | None:
        """A name-shaped run of words -> (actor, weak)."""
        reg = self.registry
        found = reg.lookup(name)
        if found:
            return found, False
        parts = name.split()
        if len(parts) == 1:
            if fold(name) in ctx.surnames:
                return ctx.surnames[fold(name)], False
            variant = reg.surname_variant(name)
            if variant:
                return variant, False  # "Sikorsky" for Radosław Sikorski
            return name, True
        last = parts[-1] if parts[-1] not in L.NAME_SUFFIX else parts[-2]
        known = reg.lookup(last)
        if known and reg.kind(known) == "person" and _same_first_name(known, parts[0]) \
                and len([w for w in known.split() if w not in L.NAME_SUFFIX]) == len(parts):
            return known, False  # "Volodimir Zelensky", "Dmytro Peskov"; not "Helen Clark"
        variant = reg.person_variant(name)
        if variant:
            return variant, False  # "Claudia Tanner" for Klaudia Tanner
        if fold(last) in ctx.surnames:
            return ctx.surnames[fold(last)], False
        return name, False

    # -- tokens ------------------------------------------------------------------------------


_AGE = re.compile(r"\d{2}-year-old$")


def _title_alone(toks, start: int, end: int) -> tuple[str, str] | None:
    """(head noun, state) of "the [up to three describing words] <title>" with no name in it
    ("the Tory leader", "the retired general", "the Russian aide", "the admiral"), or None."""
    if end - start < 2 or end - start > 5 or toks[start].low != "the":
        return None
    head = toks[end - 1].low
    if head not in L.PERSON_TITLES or toks[end - 1].cap and toks[end - 1].mention is not None:
        return None
    state = ""
    for x in range(start + 1, end - 1):
        t = toks[x]
        if not t.word or t.low in ("'s", "’s") or t.mention is not None and t.mention.role:
            return None  # ("the alliance's top diplomat" is the body's officer: not this rule)
        if t.text in L.DEMONYMS:
            state = L.DEMONYMS[t.text]
        elif t.mention is not None:
            if t.mention.end > end - 1:
                return None
            state = state or t.mention.actor  # "the EPP chief", "the Pentagon chief"
    return head, state


# A state's bodies that stand for the state in question ("the ministry said"), and what may
# qualify them or the government ("the foreign ministry", "the federal government").
_STATE_BODIES = frozenset("ministry embassy".split())
_STATE_BODY_MODIFIERS = frozenset("foreign defence defense federal interior".split())

# Nouns of a force an organisation would field ("NATO troops", "an EU force"), and a mission
# of that kind ("a UN peacekeeping mission", not "the UN mission" that may speak).
_FORCE_NOUNS = frozenset("""
force forces troops soldiers peacekeepers contingent contingents operation operations deployment
""".split())
_MISSIONS = frozenset("mission missions".split())
_FORCE_KINDS = frozenset("peacekeeping training military monitoring observer stabilisation".split())

# A state's bodies at an organisation ("Pakistan's UN mission", "Hungary's EU delegation").
_MISSION_NOUNS = frozenset("mission delegation embassy representation office".split())

# The unnamed voice of a person ("Sunak's spokesman"), unlike their office.
SPOKESPEOPLE = frozenset("spokesman spokeswoman spokesperson spokespeople".split())
# A leader's government, which is the state ("Biden's administration", "Zelensky's
# government"), as "the Biden administration" is.
_GOVERNMENTS = frozenset("administration government cabinet".split())


def _state_body(toks, start: int, end: int, ctx, anaphors: bool = True) -> str | None:
    """The state in question for "the government", "the country" (the last state named as
    speaker or subject; not with ``anaphors=False``), and for "the ministry", "the embassy"
    once that state has spoken."""
    if toks[start].low != "the" or not ctx.last_state or not (end - start == 2 or (
            end - start == 3 and toks[start + 1].low in _STATE_BODY_MODIFIERS)):
        return None
    head = toks[end - 1].low
    if (anaphors and head in L.STATE_ANAPHORS) or (
            head in _STATE_BODIES and ctx.last_speaker == ctx.last_state):
        return ctx.last_state
    return None


def _generic_body(toks, start: int, end: int, ctx) -> str | None:
    """The body a common noun stands for once the article has named it: "the alliance" (NATO),
    "the bloc" (the European Union)."""
    if end - start != 2 or toks[start].low != "the":
        return None
    body = L.GENERIC_BODIES.get(toks[start + 1].low)
    return body if body and body in ctx.seen else None


def _same_first_name(known: str, written: str) -> bool:
    """A spelling of the same first name ("Volodimir", "Dmytro", "Kier"): same initial and
    most letters in order."""
    a, b = fold(known).split()[0].lower(), fold(written).lower()
    return a[:1] == b[:1] and SequenceMatcher(None, a, b).ratio() >= 0.6


def _names_state(toks, item) -> bool:
    """True when a mention is written as the state's own name, not a metonym ("the Paris")."""
    if item[0] != "m":
        return False
    written = " ".join(toks[x].text for x in range(item[1].start, item[1].end))
    return written.lower() == fold(item[1].actor).lower()


def clause_inside(toks, np: NP, items, head_at: int) -> bool:
    """'a claim China later denied': a determiner and a common noun, then the name that
    starts a clause of its own."""
    if head_at == 0 or head_at != len(items) - 1 or items[0][0] != "low":
        return False
    if toks[np.start].low not in ("a", "an", "the"):
        return False
    if toks[items[0][1]].low in _NP_OPENING_WORDS:
        return False
    return not any(it[0] == "low" and toks[it[1]].low in L.NP_WORDS for it in items[1:head_at])


def organisation_name(toks, np: NP) -> str | None:
    """A capitalised phrase ending like an organisation's name, as written."""
    caps = [toks[x] for x in range(np.start, np.end)]
    if caps and caps[0].low in ("the", "a", "an"):
        caps = caps[1:]
    if len(caps) < 2 or not caps[0].cap or caps[-1].text not in L.ORG_WORDS:
        return None
    if not all(t.cap or t.low in ("of", "for", "the", "and", "on") for t in caps):
        return None
    if any(t.mention for t in caps) or caps[0].text in {"State", "Foreign", "Defence", "Defense"}:
        return None
    if caps[0].low in L.ROLE_WORDS and caps[1].low == "of":
        return None  # "the Speaker of the National Council": a person's title, not a body
    if caps[0].text in L.DEMONYMS and caps[-1].text in L.STATE_BODIES:
        return None  # "Russian Security Council": the state's body
    return " ".join(t.orig for t in caps)



_STATEMENT_PLURALS = frozenset("remarks comments statements words".split())
# Quantifiers that open a plural noun phrase ("Some reports", "Many leaders").
_QUANTIFIERS = frozenset("some several many most few other both all".split())


# The coalition of the willing (an attribution-only group of holders.py), which counted some
# 26 to 35 states from 2025.
COALITION = "Coalition of the Willing"
_COUNT_LEADS = frozenset("more than some at least no fewer over about around roughly nearly "
                         "almost".split())
_COUNT_ADJECTIVES = frozenset("western allied partner".split())
_MEMBER_STATES = frozenset("countries nations states partners allies".split())


def coalition_count(toks, i: int) -> int:
    """The end of a subject that counts the coalition of the willing's members ("26 nations",
    "at least 26 countries", "More than 24 Western partners"), or 0."""
    n = len(toks)
    k = i
    while k < n and k - i < 3 and toks[k].low in _COUNT_LEADS:
        k += 1
    if k >= n or not toks[k].text.isdigit() or not 20 <= int(toks[k].text) <= 40:
        return 0
    k += 1
    if k < n and toks[k].low in _COUNT_ADJECTIVES:
        k += 1
    return k + 1 if k < n and toks[k].low in _MEMBER_STATES else 0


@lru_cache(maxsize=1 << 16)
def np_word(low: str) -> bool:
    """A lower-case word that can sit inside a noun phrase (an adjective or a noun): kept per
    word, as the noun phrases ask it of the same words again and again."""
    if low in L.STOP or low in L.AUX or low in L.DETERMINERS or low in L.PRONOUN_WORDS:
        return False
    if low.endswith("ly") and len(low) > 4 and low not in L.NOT_ADVERB:
        return False
    if low in L.NOT_PARTICIPLE or low in _STATEMENT_PLURALS:
        return True  # "the remarks irritated ...": a plural noun, not a verb
    if low in L.HEADLINE_PREDICATES or (low in L.REPORTING_VERBS and low not in L.NOUNISH):
        return False
    # Inside a noun phrase, base forms are nouns ("press secretary", "support package").
    return not (low in L.IRREGULAR or (low.endswith("ed") and len(low) > 3)
                or (low.endswith("s") and not low.endswith("ss") and verbish(low)))


def role_before(toks, j: int) -> bool:
    """True after a title that takes a complement ("Secretary of State", "ambassador to France")."""
    return toks[j - 1].low in _ROLE_HEADS


def _the_two(toks, i: int, ctx) -> NP | None:
    """"The two countries", "both governments" (and their leaders: "the two countries' prime
    ministers") after a joint subject "A and B": the first of them, as for the joint subject."""
    n = len(toks)
    if not ctx.last_pair or i + 2 >= n:
        return None
    k = i + 1 if toks[i].low == "both" else i + 2
    if not (toks[i].low == "both" or (toks[i].low == "the" and toks[i + 1].low == "two")) \
            or k >= n or toks[k].low not in _PAIR_NOUNS:
        return None
    end = k + 1
    if end < n and toks[end].low == "'s":  # "the two countries' prime ministers"
        end += 1
        while end < n and (toks[end].low in L.ROLE_WORDS
                           or toks[end].low[:-1] in L.ROLE_WORDS):
            end += 1
    return NP(i, end, actor=ctx.last_pair[0])


_PAIR_NOUNS = frozenset("countries states nations capitals governments".split())


def _public_at(toks, i: int) -> NP | None:
    """The public a phrase at ``i`` names: a people in the plural without an article ("Danes",
    not "the Danes", who may be the government, nor "Russians", who are often its soldiers), or
    a nationality's voters or citizens ("Swedish voters"); None otherwise."""
    first = toks[i]
    if i + 1 >= len(toks) or first.mention is not None or toks[i + 1].mention is not None:
        return None
    after = toks[i + 1]
    if first.text in L.PUBLICS and first.text not in _NOT_PUBLIC \
            and not (i > 0 and toks[i - 1].low in L.DETERMINERS) \
            and after.word and not after.cap and after.low not in ("'s", "and", "of"):
        return NP(i, i + 1, actor=f"{L.PUBLICS[first.text]} public")
    if first.text in L.DEMONYMS and after.low in _PUBLIC_NOUNS:
        return NP(i, i + 2, actor=f"{first.text} public")
    if first.low in _PEOPLE_OF and after.low in ("in", "of") and i + 2 < len(toks) \
            and not (i > 0 and toks[i - 1].low in L.DETERMINERS):
        # "People in France and Germany are against ...", "Citizens of Poland back ...": the
        # state's public (the first of two), as "the French" or "Poles" are
        m = toks[i + 2].mention
        adjective = L.ADJECTIVE_OF.get(m.actor) if m is not None and not m.role else None
        if adjective:
            return NP(i, m.end, actor=f"{adjective} public")
    return None


# Peoples whose name in the plural often stands for their forces or negotiators; nationalities
# whose adjective is also their plural ("French", "Dutch": "French officials").
_NOT_PUBLIC = frozenset({"Russians", "Ukrainians", "Americans", "Europeans", "French", "Dutch",
                         "Irish", "Swiss", "Portuguese", "Japanese"})
_PUBLIC_NOUNS = frozenset("voters citizens respondents electorate public".split())
# People of a state named after "in" or "of" ("people in France", "voters in Poland"); not
# "residents", often of a city or a region under fire.
_PEOPLE_OF = frozenset("people citizens voters".split())


def named_actor(np: NP) -> bool:
    """A phrase naming an actor: not a pronoun, unnamed people, an outlet or a title whose
    holder is not named yet."""
    return bool(np.actor) and not np.pronoun and not np.people and not np.media \
        and not np.actor.startswith(LATER)


def person_after_title(ph, toks, np: NP, ctx) -> NP:
    """The person named after a title set off by commas ("Russia's foreign minister, Sergei
    Lavrov, ...", "the Commission's president, Ursula von der Leyen, ..."): that name's phrase;
    ``np`` itself when it already names a person or no such name follows."""
    n = len(toks)
    if np.end + 1 >= n or toks[np.end].text != "," or np.pronoun or (
            np.actor and not np.actor.startswith(LATER) and ph.registry.kind(np.actor) == "person"):
        return np
    aside = ph.np(toks, np.end + 1, ctx)
    if named_actor(aside) and ph.registry.kind(aside.actor) == "person" \
            and aside.end < n and toks[aside.end].text == ",":
        return aside
    return np


def people_np(toks, np: NP) -> bool:
    nouns = _PEOPLE_OR_DOCUMENT_NOUNS
    return any(toks[k].low in nouns for k in range(np.start, np.end))


def editorial_np(toks, np: NP) -> bool:
    return any(toks[k].low in L.EDITORIAL for k in range(np.start, np.end))


def _in_position(toks, j: int) -> bool:
    """A headline's verbless predicate after a subject: "in talks on", "in favour of"."""
    for x in range(j + 1, min(len(toks) - 1, j + 5)):
        low = toks[x].low
        if low in ("talks", "favour", "favor") and toks[x + 1].low in ("on", "over", "about",
                                                                        "of", "with"):
            return True
        if toks[x].cap or toks[x].mention is not None:
            return False
    return False


# Adverbs between a subject and its verb that "-ly" does not mark.
_VERB_ADVERBS = frozenset("however meanwhile nonetheless nevertheless therefore thus".split())
_VERB_ADVERB_PAIRS = frozenset({("for", "now"), ("so", "far"), ("once", "again"),
                                ("once", "more"), ("at", "first")})
# Fixed adverbial phrases between an auxiliary and its verb ("Britain would in principle be
# ready to ...", "Paris would in addition fund ...", "Poland will in any case not send ...").
_AFTER_AUX_PHRASES = frozenset(tuple(p.split()) for p in """
in principle|in addition|in theory|in turn|in future|in practice|at most|at least|in any case
|in the end|at this stage|at this point|at the moment|for the moment|for the time being
|in the future|by then|if necessary|if needed|if asked|if requested""".replace("\n", "").split("|"))
_AFTER_AUX_LONGEST = max(len(p) for p in _AFTER_AUX_PHRASES)
_AFTER_AUX_FIRST = frozenset(p[0] for p in _AFTER_AUX_PHRASES)  # (a cheap test first)
# The auxiliaries proper, not the adverbs L.AUX also holds: after them "plans" is a noun.
_AUX_BEFORE_NOUN = _VERB_AUX_OR_BE | L.MODALS


def verb_group(toks, k: int) -> int | None:
    """The index of the main verb of the predicate starting at ``k``, or None."""
    n = len(toks)
    j = k
    aux = False
    while j < n:
        t = toks[j]
        if (t.text in L.OPEN_Q or t.text == '"') and j + 1 < n and toks[j + 1].word \
                and not toks[j + 1].cap:
            j += 1  # 'she also “hoped ...”': a quotation that starts inside the predicate
            continue
        if t.text == "," and aux and not t.in_quote:
            close = find(toks, ",", j + 1, limit=10)  # "Germany has, like Italy, ruled out"
            if close is not None and close > j + 1:
                j = close + 1
                continue
        # American wire copy puts a bare weekday between a subject and its verb ("Peskov
        # Tuesday declined", "Tusk Friday said"): a time phrase as "on Tuesday" is; so is a
        # bare "today" ("Meloni today said")
        if t.low in _TIME_STARTS and not t.in_quote:
            timed = _time_aside_end(toks, j)
            if timed > j:
                j = timed  # "Starmer in early March announced ...": a time phrase, then the verb
                continue
        if not t.word or t.cap or t.mention is not None:
            return None
        low = t.low
        if j == k and low in L.HEADLINE_PREDICATES and not (k and toks[k - 1].low == "'s"):
            # "Starmer ready to send ...", "Macron likely to raise ..."; not an adjective of
            # the possessed noun ("Berlin's reluctant partners met ...")
            return j
        if j == k and low == "to" and j + 1 < n and toks[j + 1].word and not toks[j + 1].cap \
                and toks[j + 1].low not in L.DETERMINERS and toks[j + 1].low not in L.STOP \
                and _unfinished(toks):
            # a headline's future: "France to dispatch trainers to Ukraine", also when it ends
            # with a quotation ("Starmer to send troops as Europe faces a moment 'that ...'")
            return j + 1
        if j == k and low in _HEADLINE_PARTICIPLES and _unfinished(toks):
            return j  # a headline's present: "Estonia weighing troop deployment to Ukraine"
        if j == k and low == "in" and _in_position(toks, j):
            return j  # "Estonia in 'serious' talks on ...", "Oslo in favour of ..."
        if j == k and _verb_after_name(toks, j):
            return j  # "Trump plans to ...", "Moscow fears that ..."
        if j > k and _verb_after_adverb(toks, j) \
                and not any(toks[x].low in _AUX_BEFORE_NOUN for x in range(k, j)):
            return j  # after an adverb: "Starmer reportedly also plans to ...", "Moscow still fears that"
        if j == k and low in _PERSON_NOUN_VERBS and j > 0 and toks[j - 1].cap \
                and j + 1 < n and (toks[j + 1].cap or toks[j + 1].low in L.DETERMINERS
                                   or toks[j + 1].low == "for"):
            return j  # "Le Pen attacks Macron over ...": the verb after a name
        if j == k and low in JOINT_BASE_VERBS and _after_joint_names(toks, j):
            return j  # "Britain and France weigh sending ...": a plural subject's verb
        if j == k and low in GROUP_BASE_VERBS and _after_group_name(toks, j):
            return j  # "European leaders restate backing ...": a group's headline verb
        if aux and low == "yet" and j + 2 < n and toks[j + 1].low == "to" \
                and toks[j + 2].word and not toks[j + 2].cap:
            return j + 2  # "Trump has yet to throw his weight behind ..."
        if low in L.AUX or (low.endswith("ly") and low not in L.REPORTING_VERBS and len(low) > 3):
            aux = aux or low in L.AUX
            j += 1
            continue
        if low in _VERB_ADVERBS:
            j += 1  # "Macron, the French president, however said", "Tusk meanwhile warned"
            continue
        if j + 1 < n and (low, toks[j + 1].low) in _VERB_ADVERB_PAIRS:
            j += 2  # "... for now rules out", "... once again warned"
            continue
        if aux and low in _AFTER_AUX_FIRST and not t.in_quote:
            phrase = next((m for m in range(_AFTER_AUX_LONGEST, 1, -1)
                           if tuple(x.low for x in toks[j:j + m]) in _AFTER_AUX_PHRASES), 0)
            if phrase:
                j += phrase  # "... would in principle be ready", "... will in any case not send"
                continue
        if low == "like" and aux and toks[j - 1].low in _MODALS:
            return j  # "Trump would like European soldiers to ...": the verb, not "like X"
        if low in L.STOP or low in L.DETERMINERS:
            b = j - 1  # "Moscow is (strongly) against ...": the copula before the adverbs
            while aux and b > k and toks[b].low not in _VERB_AUX_OR_BE and (
                    toks[b].low.endswith("ly") or toks[b].low in L.AUX):
                b -= 1
            return b if aux and toks[b].low in _VERB_AUX_OR_BE else None
        if verbish(low) or (aux and low not in L.PLURAL_NOUNS):
            return j
        return None
    return j - 1 if aux and j > k and toks[j - 1].low in _VERB_AUX else None


# Participles of a step weighed or prepared that stand for "is ..." in a headline ("Paris
# getting ready to send trainers", "Seoul weighing dispatch of specialists").
_HEADLINE_PARTICIPLES = frozenset("""
weighing considering mulling preparing eyeing exploring getting readying
""".split())
_SENTENCE_ENDS = frozenset({".", "!", "?"})


def _unfinished(toks) -> bool:
    """True when the sentence has no full stop at its end, as a headline ("... to Ukraine",
    '... to Ukraine "seriously"'), not '... he said "no."'."""
    last = toks[-1].text
    if last in _SENTENCE_ENDS:
        return False
    if (last == '"' or last in L.CLOSE_Q) and len(toks) > 1:
        return toks[-2].text not in _SENTENCE_ENDS and toks[-2].text != ","
    return True


# Words that open a time phrase between a name and its verb or the clause's end: a lead ("Rutte
# last week argued"), a bare weekday of American wire copy ("Peskov Tuesday declined") or a
# bare day ("Meloni today said", "welcomed by Rome today").
_TIME_STARTS = L.TIME_LEADS | L.WEEKDAYS | L.BARE_DAYS


def _time_aside(low: str) -> bool:
    """A word of a time phrase: a lead ("in", "on", "early"), a day, month or a number."""
    return low in L.TIME_LEADS or low in L.TIME_WORDS or day_or_year(low)


def _time_run(toks, j: int) -> tuple[int, bool]:
    """The end of the run of time-phrase words from ``j`` (at most 6) and whether it names a time."""
    n = len(toks)
    k = j
    timed = False
    while k < n and k - j < 6 and _time_aside(toks[k].low):
        timed = timed or (toks[k].low in L.TIME_WORDS and toks[k].low not in ("the", "of"))
        k += 1
    return k, timed


def _time_phrase_then_stop(toks, j: int) -> bool:
    """A time phrase at ``j`` ("last year", "on Monday") followed by a comma or the end."""
    k, timed = _time_run(toks, j)
    return timed and (k == len(toks) or toks[k].text in (",", ".", ";"))


def _time_aside_end(toks, j: int) -> int:
    """The end of a time phrase between a subject and its verb ("Starmer in early March
    announced", "Tusk on 3 March said"); ``j`` when there is none or no verb follows it."""
    n = len(toks)
    k, timed = _time_run(toks, j)
    # the verb must follow at once, so "in the spring" ending a clause is not a time aside
    if timed and k < n and toks[k].word and not toks[k].cap and toks[k].mention is None \
            and (verbish(toks[k].low) or toks[k].low in L.AUX):
        return k
    return j


# Plural nouns that are verbs after a name and before "to" or "that" ("Trump plans to").
_NOUN_VERBS = frozenset("plans fears hopes demands means".split())
# Words between "the" and such a voice that still mean the one named before ("the unnamed
# spokesperson", "the same official").
_SAME_VOICE = frozenset("unnamed same anonymous".split())
# Unnamed voices of a state or a body, one key for each kind ("officials", "the spokesperson").
_VOICES = {"official": "official", "officials": "official", "spokesman": "spokes",
           "spokeswoman": "spokes", "spokesperson": "spokes", "spokespeople": "spokes",
           "mission": "mission", "embassy": "embassy", "delegation": "delegation"}
# Nouns of an outlet, of its piece and its writers, or of an institute, that stand for the
# outlet or the institute named just before ("The paper argues ...", "The authors write ...").
_WRITER_NOUNS = OUTLET_NOUNS | frozenset("""
piece article editorial column commentary analysis author authors council institute
""".split())
# How many sentences back that outlet or institute may have been named.
WRITER_REACH = 4
# ... of which these are also what a state sends abroad, the voice only with a reporting verb.
_BODY_VOICES = frozenset("mission embassy delegation".split())
# How many sentences on "the officials" may still be those named before.
VOICE_REACH = 5
# Plural nouns that, after a person's name and before its object, are the verb of a headline
# ("Le Pen attacks Macron over ...", "Meloni attacks the plan").
_PERSON_NOUN_VERBS = frozenset("attacks".split())
# Words after "states" that show it is the verb ("NATO states that it ...", "EU states in its
# statement ...").
_CLAUSE_AFTER_STATES = frozenset("that it its in clearly plainly again".split())


def _verb_after_adverb(toks, j: int) -> bool:
    """"plans to" or "fears that" at ``j``, after an adverb: the verb ("Starmer reportedly
    plans to ..."), not a noun of the name as in "newly elected President"."""
    return toks[j].low in _NOUN_VERBS and j + 1 < len(toks) and toks[j + 1].low in ("to", "that")


def _verb_after_name(toks, j: int) -> bool:
    """"Trump plans to ...", "Moscow fears that ...", "Berlin, for its part, plans to ..." (a
    noun-like verb after a name or after an aside that follows one)."""
    return toks[j].low in _NOUN_VERBS and j > 0 and (toks[j - 1].cap or toks[j - 1].inside
                                                     or toks[j - 1].text == ",") \
        and j + 1 < len(toks) and toks[j + 1].low in ("to", "that")


# Base forms of a position or a step weighed after two names joined by "and" ("Britain and
# France weigh sending soldiers", "Spain and Italy join the countries rejecting ..."); nouns as
# well, so only there.
JOINT_BASE_VERBS = frozenset("""
weigh consider back plan join mull eye explore study discuss pledge vow urge oppose favour
favor offer propose stand throw unite promise
""".split())


# Base forms of a statement after a plural name of a group in a headline ("European leaders
# restate backing for Ukraine and press for guarantees", "EU leaders back a force").
GROUP_BASE_VERBS = frozenset("""
restate reaffirm back urge press pledge vow endorse propose agree warn reject demand insist
unveil outline call say throw
""".split())
_GROUP_HEADS = frozenset("leaders governments ministers allies".split())


def _after_group_name(toks, j: int) -> bool:
    """True when ``toks[j]`` follows a registry mention that ends in a plural of people
    ("European leaders"), in a line with no full stop (a headline)."""
    prev = toks[j - 1] if j > 0 else None
    if prev is None or prev.low not in _GROUP_HEADS or not (prev.inside or prev.mention):
        return False
    if toks[j].low == "back" and j + 1 < len(toks) and toks[j + 1].low in _BACK_ADVERB:
        return False  # "European leaders back in Brussels": an adverb
    return _unfinished(toks)


_BACK_ADVERB = frozenset("in at from home to on after".split())


# "France and 25 other nations", "Britain and several other countries": a named actor and a
# count of others, a plural subject as two names are.
_OTHERS_COUNT = frozenset("several many some few".split())
_OTHERS_NOUNS = _MEMBER_STATES | frozenset({"governments"})


def _and_others(toks, j: int) -> int | None:
    """Where "and <count> other <nations>" that ends right before ``toks[j]`` starts, or None."""
    if j < 4 or toks[j - 1].low not in _OTHERS_NOUNS or toks[j - 2].low != "other":
        return None
    count = toks[j - 3]
    if not (count.low in _OTHERS_COUNT or count.low.isdigit()) or toks[j - 4].low != "and":
        return None
    return j - 4


def _after_joint_names(toks, j: int) -> bool:
    """True when ``toks[j]`` follows "A and B", two registry mentions (B ends right before), or
    "A and <count> other nations"."""
    others = _and_others(toks, j)
    b = j - 1
    while b > 0 and toks[b].inside and toks[b].mention is None:
        b -= 1  # the first token of the mention that ends at j
    m = toks[b].mention
    if others is not None:
        b, m = others + 1, None  # ("and" at b - 1; the first name ends right before it)
    elif m is None or m.end != j or b < 2 or toks[b - 1].low != "and":
        return False
    a = b - 2
    while a > 0 and toks[a].inside and toks[a].mention is None:
        a -= 1
    if toks[a].mention is None or toks[a].mention.end != b - 1:
        return False
    if a > 0 and toks[a - 1].low in ("the", "a", "an") and toks[a].mention.end - a == 1:
        return False  # "the Denmark and Norway plan": names before a noun
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    if toks[j].low == "back" and nxt is not None and nxt.low in _BACK_ADVERB:
        return False  # "Britain and France back in talks": an adverb
    # ("Denmark and Norway plan drew criticism": a noun before the verb)
    return nxt is None or not (nxt.low in L.AUX or (verbish(nxt.low) and not nxt.cap))


# Base forms that follow a plural subject as its verb, never as a noun.
_PLURAL_SUBJECT_VERBS = frozenset("come follow remain appear seem".split())
_NOUN_ENDINGS = ("ations", "ments", "ances", "ences", "ities", "isms")


@lru_cache(maxsize=1 << 16)
def verbish(low: str) -> bool:
    """A word shaped like a verb (kept per word, as np_word is)."""
    if low in L.REPORTING_VERBS or low in L.IRREGULAR or low in L.EVENT_VERBS:
        return True
    if low in L.PLURAL_NOUNS or low in L.NP_WORDS or low.endswith(_NOUN_ENDINGS):
        return False  # ("allegations", "governments": nouns, whatever their -s)
    if low.endswith("ed") and len(low) > 3:
        return True
    if low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 3:
        return True
    return False


def holds_position(toks, verb: int) -> bool:
    low = toks[verb].low
    if low in L.HOLDER_VERBS:
        return True
    return low == "made" and verb + 1 < len(toks) and toks[verb + 1].low == "clear"


def clause_ends(toks, k: int) -> bool:
    """True when a reporting clause reports nothing of its own: what follows its verb up to
    the next comma or the end has no "that" and no finite verb ("..., Tusk told a news
    conference in Warsaw." but not "..., Britain said it would help.")."""
    for x in range(k, len(toks)):  # by index: a slice would copy the rest of a long sentence
        t = toks[x]
        if t.text in _CLAUSE_MARKS or t.text in L.OPEN_Q:
            return True
        if t.low in L.CLAUSE_OPENERS or t.low in _RELATIVE_PEOPLE:
            # "..., Tusk announced on Monday while leaving for Paris", "..., Sikorski told
            # journalists who had gathered in Warsaw": the clause that follows is not his words
            return True
        if t.low == "that" or (t.low in _COPULA_MODALS and not t.cap and not t.in_quote):
            return False
    return True



_PRESENT_AT_REACH = 8  # words of the participle's phrase


def after_participle(toks, k: int) -> int:
    """The verb after a participle of presence at ``k`` ("meeting in Berlin on December 15
    proposed": "proposed"); ``k`` when none is there or the phrase has no verb of statement
    after it before a comma."""
    n = len(toks)
    if k >= n or toks[k].low not in L.PRESENT_AT or toks[k].in_quote:
        return k
    for j in range(k + 1, min(n, k + _PRESENT_AT_REACH)):
        t = toks[j]
        if not t.word or t.in_quote:
            return k
        if (t.low in L.REPORTING_VERBS or t.low in L.HOLDER_VERBS) \
                and not t.low.endswith("ing") and verb_group(toks, j) == j:
            return j
    return k


def after_aside(toks, k: int) -> int:
    """Past what may stand between a speaker and the verb: "(party, group)" or ", the
    party's leader and a former defence minister,"."""
    n = len(toks)
    if k < n and toks[k].text == "(":
        close = find(toks, ")", k + 1, limit=25)
        if close is not None:
            k = close + 1
    elif k < n and toks[k].text in _ASIDE_DASHES:
        close = find(toks, toks[k].text, k + 1, limit=25)  # "Rutte — a former premier — said"
        if close is not None and verb_group(toks, close + 1) is not None:
            return close + 1
    if k < n and toks[k].text == "," and verb_group(toks, k + 1) is None:
        close = find(toks, ",", k + 1, limit=30)
        if close is not None and verb_group(toks, close + 1) is not None:
            return close + 1
        # two or three asides: ", who sits on the board of the Fund, a US think tank, told",
        # ", who heads the party's group, a far-right party, in the National Assembly, wrote"
        second = close
        for _ in range(2):
            second = find(toks, ",", second + 1, limit=15) if second is not None else None
            if second is None or any(t.in_quote for t in toks[k:second]):
                break
            if verb_group(toks, second + 1) is not None:
                return second + 1
        # an aside that ends in a quotation with its comma inside: ', who had declared
        # Budapest would send "neither arms nor soldiers," told TASS'
        quoted = quoted_comma_close(toks, k + 1) \
            if close is None and k + 1 < n and toks[k + 1].low in ("who", "whose") else None
        if quoted is not None and verb_group(toks, quoted + 1) is not None:
            return quoted + 1
    return k


def quoted_comma_close(toks, start: int, limit: int = 30) -> int | None:
    """The closing quotation mark right after a comma inside a quotation (American style:
    '... "neither arms nor soldiers," told'), the first from ``start``; None when none."""
    n = len(toks)
    for c in range(start, min(n - 2, start + limit)):
        if toks[c].text == "," and toks[c].in_quote \
                and (toks[c + 1].text == '"' or toks[c + 1].text in L.CLOSE_Q):
            return c + 1
    return None


def maybe_finite(t: Tok) -> bool:
    """A word that may be a finite verb (so a phrase holding one may be a clause)."""
    low = t.low
    return t.word and not t.cap and (
        low in L.COPULA or low in L.AUX or low in L.IRREGULAR or low in L.REPORTING_VERBS
        or (low.endswith("ed") and len(low) > 3))


def _after_quotation(toks, i: int) -> bool:
    """Whether ``i`` follows a quotation that the sentence opens with and that closes just
    before it, with a comma after or before the closing mark ('"...," the paper writes').

    (Not the close of a quotation run over several sentences: a paper that quotes at length
    mostly reports what others did or said.)"""
    k = i - 1 if i >= 1 and toks[i - 1].text == "," else i
    return k >= 2 and toks[0].text in L.OPENING_MARKS and toks[k - 1].text in L.CLOSING_MARKS
