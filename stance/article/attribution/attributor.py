"""The attributor: the steps of this package in the order that decides a sentence's actor.

Each sentence is tokenised with its mentions marked (:mod:`.tokens`); the article's context is
updated (:mod:`.context`); then the first pattern that names someone wins: a headline, a
speaker after a quotation or in a reporting clause, an opinion poll, "according to X", "quoted
as saying" (:mod:`.speakers`), the subject of the main clause (:mod:`.subject`), and last a
quotation that carries on, which takes the previous speaker.
"""

from __future__ import annotations

import csv
import io
import re
from functools import lru_cache
from importlib import resources
from typing import Iterable

from .. import lexicon as L
from ..actors import Actor, ActorRegistry, fold, load_registry
from .context import (
    DESCRIBED,
    LATER,
    OUTLET_NOUNS,
    LEDE_SENTENCES,
    LONG_QUOTE_RUN,
    MAX_QUOTE_RUN,
    Context,
    named_later,
    pronoun_named_after,
    quote_open_after,
    quote_spans_all,
    quoted_before,
    quoted_throughout,
    remember_names,
    remember_quote,
    role_holder,
    unresolved_pronoun,
)
from .phrases import (
    GROUP_BASE_VERBS,
    Phrases,
    after_aside,
    after_participle,
    named_actor,
    people_np,
    verb_group,
    verbish,
)
from .speakers import (
    according_to,
    as_headline,
    dateline_colon,
    first_person,
    headline,
    passive_agent,
    place_intro,
    public_opinion,
    quoted_as_saying,
    reporting_clause,
    signature,
    statement_by,
    statement_from,
    statement_of,
    subordinate_speaker,
    summed_up,
    unnamed_title_speaker,
    viewpoint,
    with_saying,
)
from .subject import (
    coordinated_clause,
    document_terms,
    in_list,
    main_clause,
    quote_owner,
    skip_intro,
    states_position,
)
from .tokens import MentionIndex, Tok, find

# Unions of word lists the rules test, built once rather than at every test (building
# the union of the long verb lists took more time than the test itself).
_SPEECH_OR_HOLDER_VERBS = L.SPEECH_VERBS | L.HOLDER_VERBS
_POSITION_OR_VOICE_NOUNS = L.POSITION_NOUNS | L.VOICE_NOUNS


# Groups the annotators name when they take a position together (a joint statement of European
# leaders); known to the attribution only, so the model's mention masking is unchanged.
GROUP_ACTORS = (
    Actor("European leaders", ("EU leaders", "Europe's leaders", "the European leaders",
                               "European Union leaders", "the leaders of Europe"),
          kind="group"),
)
# What a group does that states its position: a statement, not a meeting or a debate
# ("European leaders said / called for / proposed"; not "will meet", "are arguing over").
_GROUP_VERBS = (L.REPORTING_VERBS | L.HOLDER_VERBS | frozenset(
    "issued finalised finalized weighing".split())) - frozenset("put arguing argue".split())


# How many sentences after a group took a position "they" or "the leaders" may still be it.
GROUP_REACH = 2
_GROUP_AGAIN = "they: the group that spoke"
_GROUP_NOUNS = frozenset("leaders signatories governments ministers allies".split())


@lru_cache(maxsize=4)
def _with_groups(registry: ActorRegistry) -> ActorRegistry:
    """The registry with :data:`GROUP_ACTORS` it lacks (built once for the shipped one)."""
    missing = [g for g in GROUP_ACTORS if g.name not in registry]
    return registry.extend(missing) if missing else registry


class Attributor:
    """Attribute sentences to actors with the rules of this package.

    Parameters
    ----------
    actors : ActorRegistry, path, list of paths, or None
        The registry (see :func:`stance.article.actors.load_registry`); default: the shipped one.
    """

    def __init__(self, actors=None):
        self.registry: ActorRegistry = _with_groups(load_registry(actors))
        self.mentions = MentionIndex(self.registry)
        self.phrases = Phrases(self.registry)
        self._state_of: dict[str, str] = {}  # actor -> the state it speaks for, or ""

    # -- public -----------------------------------------------------------------------------

    def attribute(self, sentences: Iterable[str]) -> list[str]:
        """The actor of each sentence of one article, in order ("" when none)."""
        return [actor for actor, _ in self.explain(sentences)]

    def attribute_sentence(self, sentence: str) -> str:
        """The actor of one sentence read on its own (a pronoun then resolves to nothing)."""
        context = Context()
        actor = self._attribute(sentence, context)[0]
        if actor.startswith(LATER):
            actor = named_later(self.phrases, actor, context) or self._without_later(sentence)[0]
        return actor

    def explain(self, sentences: Iterable[str]) -> list[tuple[str, str]]:
        """(actor, rule) for each sentence of an article: which rule decided, for debugging."""
        context = Context()
        decided = []
        inside = []  # whether each sentence starts inside a quotation opened before it
        unresolved = []  # its "he"/"she" when it stands for no one named before it, else ""
        read = list(sentences)
        context.office_holders = self._earlier_holders(read)
        for i, s in enumerate(read):
            if context.open_quote >= MAX_QUOTE_RUN:
                # a long quotation runs on when a closing mark follows within a few sentences
                context.close_ahead = any(
                    isinstance(x, str) and _CLOSING_MARK.search(x) is not None
                    for x in read[i + 1:i + 1 + MAX_QUOTE_RUN])
            decided.append(self._attribute(s, context))
            inside.append(context.began_inside)
            unresolved.append(context.pronoun_unresolved)
        for i, (actor, rule) in enumerate(decided):
            if actor.startswith(LATER):
                holder = named_later(self.phrases, actor, context)
                decided[i] = (holder, f"{rule}: named later") if holder \
                    else self._without_later(read[i])
        if any(unresolved):
            decided = pronoun_named_after(decided, unresolved, self.registry, context.gender)
        return _summed_up(_signed_posts(_closing_speakers(decided, inside)))

    def _earlier_holders(self, read: list) -> dict[str, str]:
        """The offices whose earlier holder the article names, not the holder today: holder
        today -> the earlier holder named, latest first ("Healey" <- "Shapps" <- "Wallace")."""
        offices, pattern, alias_of, titles, title_of = _offices(self.registry)
        if not offices:
            return {}
        text = fold(" ".join(x for x in read if isinstance(x, str)))
        named = _names_in(pattern, alias_of, text)
        if not named:
            return {}
        # An earlier holder who holds another office today, given its title in the article
        # ("Kallas ... the EU foreign policy chief"), may be meant by either: no one is guessed.
        titled = {title_of[m.group(0)] for m in titles.finditer(text.lower())} \
            if titles is not None and named & set(title_of.values()) else set()
        held = {}
        for holder in offices:
            if holder in named:
                continue
            earlier = offices.get(holder)
            while earlier and earlier not in named:
                earlier = offices.get(earlier) if earlier not in held else None
            if earlier and earlier not in titled:
                held[holder] = earlier
        return held

    # -- one sentence ---------------------------------------------------------------------

    def _without_later(self, sentence: str) -> tuple[str, str]:
        """The sentence read again as if past the lede, when the title it gives is never named
        ("Lithuanian PM: Vilnius ready to ..." -> Lithuania)."""
        return self._attribute(sentence, Context(sentences=LEDE_SENTENCES, reread=True))

    def _attribute(self, sentence: str, context: Context) -> tuple[str, str]:
        context.began_inside = False
        if not isinstance(sentence, str) or not sentence.strip():
            return "", "blank"
        if _heading(sentence):
            context.open_quote = 0  # a heading ends any quotation: "Peacekeepers in Ukraine"
        continues_quote = context.open_quote > 0
        context.began_inside = continues_quote
        toks = self.mentions.tokens(sentence, continues_quote)
        if context.surnames:
            self._surnames_of_the_article(toks, context)
        if toks and (toks[0].text == "(" or toks[0].low in _CREDIT_OPENERS) and _credit_line(toks):
            return "", "credit line"
        # (no quotation mark in the sentence: the quotation state carries on as it was)
        still_open = quote_open_after(toks, continues_quote) \
            if _QUOTE_CHAR.search(sentence) else continues_quote
        running = still_open and (context.open_quote < MAX_QUOTE_RUN or (
            context.close_ahead and context.open_quote < LONG_QUOTE_RUN))
        context.open_quote = context.open_quote + 1 if running else 0
        remember_names(self.phrases, toks, context)
        context.sentences += 1
        lows = {t.low for t in toks}  # the sentence's words, for the rules' trigger words
        actor, rule = self._decide(toks, context, continues_quote, lows)
        context.pronoun_unresolved = "" if context.last_person \
            else unresolved_pronoun(toks, actor, rule)
        if actor and toks[0].low in _QUESTION_WORDS and rule in _QUESTION_RULES \
                and len(toks) > 2 and toks[1].low not in (",", "'s"):
            # "Why Zelensky objects to ...", "Which part Germany would play ... has been argued",
            # "Does Germany have the soldiers?": a question about an actor, not their position
            actor, rule = "", "narration: a question"
        if actor.endswith(" public") or (L.POLL_WORDS & lows):
            context.last_poll = context.sentences
        elif context.last_poll >= 0 and _share_in(toks):
            # a figure that is no share of the public ("Inflation stood at 3%") ends the poll
            context.last_poll, context.last_public = -9, ("", -1)
        if actor and self.registry.kind(actor) == "group" and rule != _GROUP_AGAIN \
                and not _group_states(toks, actor, rule):
            # ("However, according to Duda, European leaders had not agreed ...": Duda's)
            source = any(t.low == "according" for t in toks) \
                and according_to(self.phrases, toks, context, leading=False)
            actor, rule = (source, "according to") if source else ("", "narration: a group's event")
        if not actor and rule in _DOCUMENT_RULES and context.last_document[0] \
                and context.sentences - context.last_document[1] <= DOCUMENT_REACH \
                and _document_content(toks):
            actor, rule = context.last_document[0], "content of the document named before"
        if actor and " " not in actor and not actor.startswith(LATER) and rule == "subject" \
                and actor not in self.registry and len(toks) > 1 and toks[0].text == actor \
                and _not_after_a_name(toks[1]):
            # "Danger of a wider war underscored", "Plenty of voters believe ...": a word that
            # opens the sentence, capitalised for its place, that no article names in full
            actor, rule = "", "narration: an opening word, not a name"
        # Only "A and B ..." can open with a joint subject: most sentences skip the noun phrases.
        pair = self._joint_subject(toks, context) if "and" in lows else ()
        if pair:
            context.last_pair = pair
        if actor and not actor.startswith(LATER):
            context.last_speaker = actor
            kind = self.registry.kind(actor)
            if kind == "person":
                context.last_person = actor
                context.spoke(actor, toks)
                remember_quote(toks, actor, context)
            else:
                context.last_body = actor
                if kind == "group":
                    context.last_group = (actor, context.sentences)
            state = self._state_of.get(actor)
            if state is None:
                side = self.registry.side(actor) if actor in self.registry else ""
                state = self._state_of[actor] = side if side and \
                    self.registry.kind(side) == "state" else ""
            if state:
                context.last_state = state
            if actor.endswith(" public"):
                context.last_public = (actor, context.sentences)
            if _DOCUMENT_WORDS & lows and rule not in _NOT_DOCUMENT_HOLDERS \
                    and self.registry.kind(actor) not in ("media", "person"):
                # ("Dutch lawmakers passed a motion ...", "In a joint statement, EU leaders
                # said ...": the body that issued it)
                context.last_document = (actor, context.sentences)
        elif actor and _person_placeholder(actor):
            # "Lithuanian foreign minister sees no consensus ... / '...,' he said": a pronoun
            # after a title named later is that title's holder, resolved with it
            context.last_speaker = context.last_person = actor
            context.spoke(actor, ())
        if running and not continues_quote and ("," in sentence or ";" in sentence):
            owner = quote_owner(self.phrases, toks, context)
            if owner and owner != actor:
                context.last_speaker = owner  # the quotation left open is the later speaker's
                if self.registry.kind(owner) == "person":
                    context.last_person = owner
                    context.spoke(owner, ())
        context.previous = "" if toks and toks[0].text in L.DASHES else actor
        return actor, rule

    def _surnames_of_the_article(self, toks: list[Tok], ctx: Context) -> None:
        """A surname alone that the registry gives one person ("Harris": Kamala Harris) is the
        person of that surname the article has named in full ("Simon Harris")."""
        for t in toks:
            m = t.mention
            if m is None or m.end - m.start != 1 or m.role:
                continue
            named = ctx.surnames.get(t.text)
            if named and named != m.actor and " " in named \
                    and self.registry.kind(m.actor) in ("person", "state") \
                    and self.registry.kind(named) == "person" \
                    and (self.registry.kind(m.actor) == "person" or named.endswith(" " + t.text)):
                # ("Luís Montenegro ... Montenegro said": the prime minister, not the state)
                m.actor = named

    def _joint_subject(self, toks: list[Tok], ctx: Context) -> tuple:
        """The two actors of a subject "A and B" opening the sentence, or ()."""
        start = skip_intro(toks, 0)
        first = self.phrases.np(toks, start, ctx)
        if not first.actor or first.end + 1 >= len(toks) or toks[first.end].low != "and" \
                or first.actor.startswith(LATER):
            return ()
        second = self.phrases.np(toks, first.end + 1, ctx)
        if second.actor and not second.actor.startswith(LATER) and second.actor != first.actor \
                and not first.pronoun and not second.pronoun:
            return first.actor, second.actor
        return ()

    def _decide(self, toks: list[Tok], ctx: Context, continues_quote: bool,
                lows: set[str]) -> tuple[str, str]:
        ph = self.phrases
        n = len(toks)
        if n == 0:
            return "", "blank"
        start = skip_intro(toks, 0)
        # (lows: the words of the sentence; a rule runs only when its trigger words are there)

        signed = signature(ph, toks, ctx) if toks[0].text in L.DASHES or "@" in lows else None
        if signed is not None:
            return signed, "signature"
        said = headline(ph, toks, ctx) if ":" in lows or lows & L.DASHES else None
        if said is not None:
            return said, "headline"
        summed = summed_up(ph, toks, ctx) if toks[0].low in ("that", "this", "such") else None
        if summed:
            return summed, "summing up"
        if toks[0].text in L.DASHES and ctx.last_person and (
                (lows & L.FIRST_PERSON and first_person(toks))
                or (ctx.previous == ctx.last_person and not _has_subject(ph, toks, start, ctx))):
            # "- My answer is that ..., Lithuania backed it, ...": a dashed answer of an
            # interview, in the first person, is the interviewee's unless it names its speaker;
            # so is a dashed quotation right after the person spoke in a sentence of their own
            # ("..., said Tomczyk. / - It is thrilling to watch ...") that names no actor
            post, _ = reporting_clause(ph, toks, ctx)
            return (post if post and self.registry.kind(post) == "person"
                    else ctx.last_person), "dashed answer"
        opens = toks[0].text in L.OPEN_Q or toks[0].text == '"'
        if opens and not continues_quote and ctx.quoted:
            again = quoted_before(toks, ctx)
            if again and again != ctx.last_speaker and quoted_throughout(toks, False):
                return again, "the same words quoted before"
        if ctx.last_speaker and (continues_quote or opens) \
                and quoted_throughout(toks, continues_quote):
            # Words inside a quotation are the speaker's, whoever their subject ("Sweden
            # normally takes part, so I expect us to take part,” ...).
            return ctx.last_speaker, "quote continues"
        if ":" in lows:
            start = dateline_colon(ph, toks, ctx) or start

        # A speaker right after a quotation, or a reporting clause set off by commas at the end
        # or in the middle ("..., Macron said." / "..., Macron added, would be ...").
        post, after_quote = reporting_clause(ph, toks, ctx)
        main = main_clause(ph, toks, start, ctx)
        if post == "" and main and main.actor and self.registry.kind(main.actor) == "person":
            post = main.actor  # "Macron met ... where, according to participants, he said ..."
        if post is not None:
            # "Trump told leaders that ..., Macron said afterwards": the inner speaker holds it.
            if not after_quote and main and main.actor and not main.unresolved \
                    and main.verb in L.SPEECH_VERBS and self.registry.kind(main.actor) == "person":
                return main.actor, main.rule
            return post, "speaker after quote" if after_quote else "reporting clause"
        if main and main.actor and "," in lows and unnamed_title_speaker(ph, toks, ctx):
            # "On Ukraine, Putin was not to be trusted, the Prime Minister said": the words of
            # someone given by title only, not the subject's
            return "", "narration: a speaker by title only"

        place = ctx.sentences - ctx.last_poll <= POLL_REACH and _share_in(toks) \
            and _share_place(toks)
        if place:
            # "In Austria 61 percent were against, in Italy 55 percent": the first country's
            return place, "share of a poll in a country"
        public = public_opinion(ph, toks, lows)
        # A poll's finding belongs to the public, not to the pollster or the outlet.
        if public and (main is None or main.actor is None or main.actor not in self.registry
                       or self.registry.kind(main.actor) in ("organisation", "media")):
            return public, "opinion poll"
        according = "according" in lows and according_to(ph, toks, ctx, leading=True)
        if according:
            if main and main.actor and main.actor != according and (
                    main.verb in _SPEECH_OR_HOLDER_VERBS or main.verb == "made" or (
                        self.registry.kind(main.actor) == "person"
                        and states_position(ph, toks, start, ctx))):
                # "According to Duda, Macron told ...", "According to Trump, Putin would be
                # prepared to accept ...": the source only relays the position.
                return main.actor, "speaker reported by a source"
            return according, "according to"
        cited = citing_source(ph, toks, ctx) if toks[0].low == "citing" else None
        if cited and (not (main and main.actor) or (
                self.registry.kind(cited[0]) == "person" and not cited[1]
                and self.registry.side(cited[0]) == main.actor)):
            # "Citing Foreign Minister X, RMF24 reports that Warsaw ...": X speaks for the
            # state reported; "Citing US officials, Reuters said planners had ...": the
            # officials' state. A report that gives someone else's position is theirs ("Citing
            # Fabien Roussel, L'Independant reported that Macron stood ready ...": Macron's).
            return cited[0], "source an outlet cites"
        quoted = "quoted" in lows and quoted_as_saying(ph, toks, ctx)
        if quoted:
            return quoted, "quoted as saying"
        relayed = lows & _RELAY_VERBS and relayed_for(ph, toks, ctx)
        if relayed:
            return relayed, "position relayed"
        answered = lows & _RESPONDING and responding_to(ph, toks, ctx)
        if answered:
            return answered, "the one responded to"
        described = lows & _DESCRIBE_VERBS and described_by(ph, toks, ctx)
        if described and not (main and main.actor and (main.verb in L.SPEECH_VERBS
                                                       or main.verb in L.REPORTING_VERBS)):
            return described, "describer in a relative clause"
        view = (lows & L.VIEW_TRIGGERS or toks[0].low == "to") and viewpoint(ph, toks, ctx)
        if view:
            return view, "whose view"
        if main is not None and main.verb in L.OCCASION_VERBS:
            # "He was speaking after Starmer announced that ...": the inner speaker's position.
            inner = subordinate_speaker(ph, toks, ctx, positions=True) \
                or statement_by(ph, toks, ctx) or statement_of(ph, toks, ctx)
            if inner:
                return inner, "speaker of the occasion"

        if main is not None and main.actor and (main.verb in _OCCASION_OF_WORDS
                                                or main.verb in _READ_AS) \
                and _words_subject(toks, start) and _as_occasion(toks, main.verb):
            # "His comments come as the White House pushes ...", "Poland's position reflects
            # ...", "Scholz's words were broadly read as ...": the statement as an occasion or
            # as others read it, not its content; the position of someone the rest reports
            # ("Her words were taken to mean that Baerbock thinks ...") is theirs
            inner = subordinate_speaker(ph, toks, ctx, positions=True)
            return (inner, "speaker of the occasion") if inner \
                else ("", "narration: the occasion of a statement")
        trailing = "according" in lows and according_to(ph, toks, ctx, leading=False)
        if trailing and not (main and main.actor and self.registry.kind(main.actor) == "person"):
            # "Russia has 700,000 troops in Ukraine, according to Ukrainian intelligence": the
            # source holds the claim; a named person's own action stays theirs.
            return trailing, "according to"
        terms = "under" in lows and document_terms(ph, toks, ctx)
        if terms is not None and terms is not False:
            return terms, "terms of a document"
        if main is not None and main.actor and (";" in lows or "," in lows) and (
                main.unresolved or main.verb in L.EVENT_VERBS
                or (main.verb in L.COPULA and _scheduled_event(toks))):
            # "It was not expected that X would join, but Y confirmed ...", "Zelensky is to meet
            # leaders on Thursday, and Macron said ...": the named speaker holds it.
            # "Divisions were evident: Merz urged caution, while Meloni said ...": the first
            # clause after the colon comes first.
            after = _after_colon(ph, toks, ctx) if main.unresolved and ":" in lows else None
            if after:
                return after, "after colon"
            joined = coordinated_clause(ph, toks, ctx)
            if joined:
                return joined, "coordinated reporting clause"
        if main is not None and main.actor and "by" in lows \
                and (main.verb.endswith("ed") or main.verb == "told") \
                and main.verb in L.REPORTING_VERBS and _main_passive(toks, start, main.verb):
            agent = passive_agent(ph, toks, ctx)
            if agent and agent != main.actor:
                return agent, "agent of a passive"  # "Zelensky's call was rejected by Poland"
        if main is not None and main.actor and main.verb in _TOLD \
                and _told_that(toks, start, main.verb):
            # "Starmer has been told that the army may be too small": what someone unnamed
            # told them, not their own words ("Macron was told by Putin ..." has its agent)
            return "", "narration: told by no one named"
        owner = "'s" in lows and lows & _OWNED_DOCUMENTS and (main is None or not main.actor) \
            and document_owner(ph, toks, ctx)
        if owner:
            return owner, "owner of a document that is the subject"
        if main is not None and main.actor and toks[start].low == "neither" \
                and main.verb in L.REPORTING_VERBS:
            return "", "narration: neither said"  # "Neither X nor Y has described ..."
        if main is not None:
            if main.rule == "media" and "with" in lows:
                # "The Times reported that ..., with Poland signalling it would not ...": the
                # position the report gives with its holder named
                with_clause = with_saying(ph, toks, ctx)
                if with_clause:
                    return with_clause, "with X saying"
            if main.actor is not None:
                return main.actor, main.rule
            if start > 0 and main.unresolved:
                place = place_intro(ph, toks, start)
                if place and people_np(toks, ph.np(toks, start, ctx)):
                    return place, "officials in a capital"

        if start == 0 and "," in lows and (main is None or main.actor is None):
            # "Two years into the war, Macron is receiving ...": a phrase without a verb
            # before the first comma opens the sentence.
            comma = find(toks, ",", 0, limit=16)
            if comma is not None and comma > 1 and not any(_finite(t) for t in toks[:comma]) \
                    and not (in_list(toks, comma) and not (
                        toks[0].mention is None and toks[0].low.endswith("ing"))):
                # ("Visiting Prague, Macron said ...": a participle's place, not a list)
                after = main_clause(ph, toks, skip_intro(toks, comma + 1), ctx)
                if after is not None and after.actor and not after.unresolved:
                    return after.actor, "subject after an opening phrase"
        if ctx.last_body and start + 1 < n and toks[start].low == "it":
            verb = verb_group(toks, start + 1)
            if verb is not None and toks[verb].low in L.SPEECH_VERBS:
                return ctx.last_body, "it: the last body that spoke"  # "It added that ..."
        if ctx.last_body and ctx.last_speaker == ctx.last_body and start + 1 < n \
                and toks[start].text == "They" and not toks[start].in_quote:
            verb = verb_group(toks, start + 1)
            if verb is not None and toks[verb].low in L.SPEECH_VERBS:
                # "The Pentagon is running exercises. They warned that ...": the body that
                # spoke last, when no person spoke since
                return ctx.last_body, "they: the last body that spoke"
        group, said_at = ctx.last_group
        if group and ctx.sentences - said_at <= GROUP_REACH and start + 1 < n \
                and not toks[start].in_quote and (toks[start].text == "They" or (
                    toks[start].low == "the" and toks[start + 1].low in _GROUP_NOUNS)):
            verb = verb_group(toks, start + (1 if toks[start].text == "They" else 2))
            if verb is not None and toks[verb].low in _GROUP_VERBS:
                # "European leaders said ... . The leaders / They endorsed ...": the group
                return group, _GROUP_AGAIN
        if ":" in lows and (";" in lows or "," in lows) and (main is None or main.unresolved
                                                             or main.actor is None):
            after = _after_colon(ph, toks, ctx)  # "Divisions were evident: Merz urged ..."
            if after:
                return after, "after colon"
        joined = (";" in lows or "," in lows) and coordinated_clause(ph, toks, ctx)
        if joined:
            return joined, "coordinated reporting clause"
        author = "by" in lows and statement_by(ph, toks, ctx)
        if author:
            return author, "author of a statement"
        # "It echoes Macron's suggestion that ...", but not "Countries dismissed the idea in
        # response to Macron's remark that ...": only when the clause has no subject of its own.
        author = "that" in lows and "'s" in lows and (main is None or toks[start].low in (
            "it", "this", "that")) and statement_of(ph, toks, ctx)
        if author:
            return author, "author of a statement"
        author = "from" in lows and "that" in lows and (main is None or main.actor is None) \
            and statement_from(ph, toks, ctx)
        if author:
            return author, "author of a statement"  # "... after a warning from X that ..."
        if ctx.last_speaker and lows & L.FIRST_PERSON and first_person(toks):
            return ctx.last_speaker, "first person: the last speaker"

        after = _after_colon(ph, toks, ctx) if ":" in lows else None
        if after:
            return after, "after colon"

        undeterred = "from" in lows and lows & _HINDER_VERBS \
            and (main is None or main.actor is None) and not_kept_from(ph, toks, ctx)
        if undeterred:
            return undeterred, "not kept from saying"
        with_clause = "with" in lows and with_saying(ph, toks, ctx)
        if with_clause:
            return with_clause, "with X saying"
        inner = subordinate_speaker(ph, toks, ctx)
        if inner:
            return inner, "speaker in a subordinate clause"
        agent = "by" in lows and passive_agent(ph, toks, ctx)
        if agent and (main is None or main.actor is None):
            return agent, "agent of a passive"

        placed = toks[0].low in _INTRO_PREPS and (main is None or not main.actor) \
            and speaker_after_intro(ph, toks, ctx)
        if placed:
            return placed, "subject after an opening phrase without a comma"
        member = (("them" in lows or "head" in lows or lows & _LEAD_VERBS)
                  and named_in_group(ph, toks, start, ctx))
        if member:
            return member, "named member of a group"
        opened = "," in lows and coordinated_clause(ph, toks, ctx, any_comma=True)
        if opened:
            return opened, "speaker after an opening phrase"

        recent_poll = ctx.sentences - ctx.last_poll <= POLL_REACH \
            and _share_in(toks, of_people=True)
        if ctx.last_public[0] and ctx.sentences - ctx.last_public[1] <= 1 and _shares(toks):
            # "53% said Denmark should join. Some 15% were against.": the same poll's public
            return ctx.last_public[0], "share of the same poll"
        if recent_poll:
            # "Just 20% of those asked think ...": the poll's public named before
            if ctx.last_public[0] and ctx.sentences - ctx.last_public[1] <= POLL_REACH:
                return ctx.last_public[0], "share of the same poll"

        # A sentence that continues a quotation, or is a quotation with no speaker of its own.
        if continues_quote or (toks[0].text in L.OPENING_MARKS and quote_spans_all(toks)):
            return ctx.last_speaker, "quote continues"
        responded = "as" in lows and as_headline(ph, toks, ctx)
        if responded:
            return responded, "headline: a response as an actor speaks"
        return "", "narration"


# -- offices whose holder changed ------------------------------------------------------------
@lru_cache(maxsize=8)
def _offices(registry: ActorRegistry):
    """The table of ``stance/data/offices.csv`` for the registry's people: holder -> the holder
    before; a pattern of the names (not the titles) of both; a name as written -> its person."""
    text = resources.files("stance").joinpath("data/offices.csv").read_text(encoding="utf-8")
    offices = {row["holder"]: row["predecessor"] for row in csv.DictReader(io.StringIO(text))
               if row["holder"] in registry and row["predecessor"] in registry}
    people = set(offices) | set(offices.values())
    alias_of, title_of = {}, {}
    for alias, name, role in registry.aliases():
        if name in people and not role:
            alias_of[fold(alias)] = name
        elif role and name in offices and name in offices.values():
            title_of[fold(alias).lower()] = name  # "the EU foreign policy chief" (Kallas)
    for name in people:
        alias_of[fold(name)] = name
    if not alias_of:
        return {}, None, {}, None, {}
    words = sorted(alias_of, key=len, reverse=True)
    # (no look-behind: see _names_in)
    pattern = re.compile(r"(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")
    titles = re.compile(r"(?<!\w)(?:" + "|".join(
        map(re.escape, sorted(title_of, key=len, reverse=True))) + r")(?!\w)") \
        if title_of else None
    return offices, pattern, alias_of, titles, title_of


_WORD_CHAR = re.compile(r"\w")


def _names_in(pattern: re.Pattern, alias_of: dict[str, str], text: str) -> set[str]:
    """The people of :func:`_offices` named in ``text``: its ``pattern`` matched where no word
    character comes before, as ``(?<!\\w)`` in front of the pattern would match it. The pattern
    leaves that look-behind out because it keeps the regex engine from skipping ahead to the
    first letters of the names (several times faster on an article); a match it rejects is
    searched again from its next character, as the regex itself would go on."""
    named = set()
    at = 0
    search = pattern.search
    while (m := search(text, at)) is not None:
        start = m.start()
        if start and _WORD_CHAR.match(text, start - 1):
            at = start + 1
            continue
        named.add(alias_of[m.group(0)])
        at = m.end()
    return named


# -- the content of a document over several sentences ---------------------------------------
# Words of a document whose content the sentences after it may give, and the sentences that
# may: one that names no actor, or gives "the terms" of a document without naming its author.
_DOCUMENT_WORDS = frozenset("""
blueprint communique communiqué declaration draft motion plan proposal resolution statement
text
""".split())
_DOCUMENT_RULES = ("narration", "terms of a document")
_NOT_DOCUMENT_HOLDERS = ("quote continues", "first person: the last speaker", "headline",
                         "media")
DOCUMENT_REACH = 5  # sentences after the one that named the document's holder
_DOCUMENT_DETERMINERS = frozenset("the this that its their".split())
# What a document's content is said with ("The draft says ...", "The plan would ...").
_DOCUMENT_VERBS = frozenset("""
says said states stated stresses stressed envisages envisaged provides provided calls called
sets set leaves left keeps kept offers offered allows allowed includes included foresees
foresaw proposes proposed gives gave contains contained bans banned accepts accepted requires
required insists insisted adds added notes noted commits committed urges urged underlines
underlined would will should could also further likewise reportedly
""".split())


# A plan owned by a named actor that opens the sentence as its subject.
_OWNED_DOCUMENTS = frozenset("blueprint draft plan proposal scheme".split())


def document_owner(ph, toks: list[Tok], ctx: Context) -> str | None:
    """The actor whose plan opens the sentence and whose content the sentence gives: "Trump's
    peace plan would have British soldiers police ...", "London and Paris's blueprint for a
    force reportedly foresees ...", a headline "Trump's plan for peace: European soldiers ..."
    (joint owners: the first named); not "Macron's plan drew criticism" (an event)."""
    n = len(toks)
    m = toks[0].mention
    if m is None or m.role or ph.registry.kind(m.actor) in ("media", "group"):
        return None
    k = m.end
    if k + 1 < n and toks[k].low == "and" and toks[k + 1].mention is not None:
        k = toks[k + 1].mention.end  # "London and Paris's"
    if k >= n or toks[k].low != "'s":
        return None
    k += 1
    first = k
    for _ in range(4):  # "disputed Ukraine", "new 28-point peace"
        if k >= n or toks[k].low in _OWNED_DOCUMENTS or not toks[k].word \
                or (verbish(toks[k].low) and not (k == first and toks[k].low.endswith("ed"))):
            break
        k = toks[k].mention.end if toks[k].mention is not None else k + 1
    if k >= n or toks[k].low not in _OWNED_DOCUMENTS:
        return None
    for j in range(k + 1, min(n, k + 9)):
        t = toks[j]
        if t.text == ":" and j < n - 1:
            return m.actor  # a headline: the plan, then its content
        if t.low in _DOCUMENT_VERBS and t.low not in ("said", "says"):
            return m.actor
        if not t.word or t.in_quote or verbish(t.low) or _finite(t):
            return None
    return None


def _person_placeholder(actor: str) -> bool:
    """Whether a placeholder of a title named later stands for a person (not an outlet the
    lede describes, "Chinese newspaper")."""
    if not actor.startswith(LATER):
        return False
    title = actor[len(LATER):].split("|", 1)[0]
    if title.startswith(DESCRIBED):
        return title[len(DESCRIBED):].partition(":")[0] not in OUTLET_NOUNS
    return True


def _not_after_a_name(t: Tok) -> bool:
    """Whether the word after an opening capitalised word shows it is no name: "of", "in" or
    a noun ("Big questions remain", "Plenty of voters"), not a verb ("Kim said")."""
    if t.low in L.STOP:
        return True
    return t.word and t.low != "'s" and not t.cap and t.low not in L.COPULA and t.low not in _MODAL_WORDS \
        and not verbish(t.low) and t.low not in L.SPEECH_VERBS


_MODAL_WORDS = frozenset("will would can could may might must shall should".split())


def _document_content(toks: list[Tok]) -> bool:
    """Whether the sentence gives a document's content: it opens with "According to the
    statement," or "Under the plan," or its subject is the document ("The draft says ...",
    "The plan would ...", "Their joint statement said ...")."""
    n = len(toks)
    s = 0
    while s + 1 < n and toks[s + 1].text == "," and toks[s].mention is None \
            and toks[s].low in L.LEAD_CONJUNCTIONS:
        s += 2  # "Still, ...", "However, ..."
    if s < n and toks[s].low in ("yet", "and", "but"):
        s += 1
    lead = s + 2 if s + 1 < n and toks[s].low == "according" and toks[s + 1].low == "to" \
        else s + 1 if s < n and toks[s].low == "under" else None
    k = lead if lead is not None else s
    if k >= n or toks[k].low not in _DOCUMENT_DETERMINERS:
        return False
    k += 1
    for _ in range(3):  # "the joint", "the European", "the final 24-point"
        if k < n and toks[k].low in _DOCUMENT_WORDS:
            break
        if k >= n or not toks[k].word or toks[k].mention is not None \
                or toks[k].low in L.COPULA or toks[k].low in _DOCUMENT_VERBS:
            return False
        k += 1
    if k >= n or toks[k].low not in _DOCUMENT_WORDS:
        return False
    k += 1
    if lead is not None:
        return k < n and toks[k].text == ","
    return k < n and toks[k].low in _DOCUMENT_VERBS


_RELAY_VERBS = frozenset("conveyed conveys relayed relays".split())


def relayed_for(ph, toks: list[Tok], ctx: Context) -> str | None:
    """The one whose position a speaker passes on ("Defence Minister Robert Kalinak conveyed the
    premier's stance to parliament", "..., relaying Fico's message"), or None."""
    n = len(toks)
    for i, tok in enumerate(toks[:-2]):
        if tok.in_quote or tok.low not in _RELAY_VERBS:
            continue
        np = ph.np(toks, i + 1, ctx)
        poss = next((x for x in range(np.start + 1, np.end) if toks[x].low == "'s"), None)
        if poss is None or toks[np.end - 1].low not in _POSITION_OR_VOICE_NOUNS:
            continue
        actor = np.actor or role_holder(ph, toks, np.start, poss, ctx)
        if actor and not np.people and not np.media and not np.weak:
            return actor
    return None


_RESPONDING = frozenset("responding reacting replying".split())
# What someone said, whose content "that ..." gives ("Macron's comments this week that ...").


_HINDER_VERBS = frozenset(
    "stop stopped stops deter deterred deters prevent prevented keep kept".split())
_NEGATIONS = frozenset("not n't never nor neither".split())


def not_kept_from(ph, toks: list[Tok], ctx: Context) -> str | None:
    """The one not kept from stating a position: "That did not stop Starmer from announcing
    that ...", "Nor did it deter Macron from maintaining that ..." (a negated verb of hindering,
    its object, "from" and a verb of speech)."""
    n = len(toks)
    for i, tok in enumerate(toks[:-3]):
        if tok.low not in _HINDER_VERBS or tok.in_quote \
                or not any(t.low in _NEGATIONS for t in toks[max(0, i - 4):i]):
            continue
        np = ph.np(toks, i + 1, ctx)
        if not named_actor(np) or np.weak or np.end + 1 >= n or toks[np.end].low != "from":
            continue
        said = toks[np.end + 1].low
        if said.endswith("ing") and (said in L.REPORTING_VERBS or said in L.HOLDER_VERBS):
            return np.actor
    return None


# Prepositions of an opening phrase of place or occasion that may run into the subject with no
# comma ("At the EU summit Sánchez pointed to ...", "In his address Subianto stressed ...").
_INTRO_PREPS = frozenset("at in on during".split())


def speaker_after_intro(ph, toks: list[Tok], ctx: Context) -> str | None:
    """The speaker named after an opening phrase with no comma: "On the campaign trail Trump
    warned ...", "At the Paris talks Trump reportedly restated ...", "In his address Subianto
    stressed ..." (a person or a state, then a verb of speech or position); None when the
    phrase has a verb or a comma of its own."""
    n = len(toks)
    k = 1
    while k < min(n - 1, 10):
        t = toks[k]
        if not t.word or t.in_quote:
            return None
        if t.mention is not None:
            np = ph.np(toks, k, ctx)
            if named_actor(np) and not np.weak and ph.registry.kind(np.actor) in (
                    "person", "state") and k > 2:
                verb = verb_group(toks, np.end)
                if verb is not None and toks[verb].low in L.SPEECH_REPORTING_OR_HOLDER_VERBS:
                    return np.actor
            k = max(t.mention.end, k + 1)
            continue
        after_name = toks[k - 1].inside or toks[k - 1].mention is not None
        if not t.cap and (t.low in L.AUX or t.low in ("that", "which", "who") or (
                verbish(t.low) and not (after_name and t.low in L.EVENT_NOUNS))):
            return None  # "In Paris officials said ...": the phrase has its own verb; not
            # "At the Paris talks", a noun of an event after a name
        k += 1
    return None

# What a statement does as an occasion ("His comments come as ...", "Her remarks coincided
# with ...", "Poland's position reflects ..."), and how others read it ("were read as").
_OCCASION_OF_WORDS = frozenset("""
come comes came coincided coincides reflects reflected mirrors mirrored followed follows
""".split())
_READ_AS = frozenset("read taken seen interpreted understood".split())
_WORDS_SUBJECT_NOUNS = L.VOICE_OR_STATEMENT_NOUNS | frozenset("position stance".split())


def _as_occasion(toks: list[Tok], verb: str) -> bool:
    """"come(s)" only as a background ("comes as / amid ..."), not "came after his government
    had proposed ...", which gives the earlier position."""
    if verb not in ("come", "comes", "came"):
        return True
    k = next((x for x, t in enumerate(toks) if t.low == verb and not t.in_quote), None)
    return k is not None and k + 1 < len(toks) and toks[k + 1].low in ("as", "amid")


def _words_subject(toks: list[Tok], start: int) -> bool:
    """True when the clause opens with someone's words as its subject: "His comments",
    "Merz's position", "The minister's remarks"."""
    n = len(toks)
    k = start
    if k < n and toks[k].low in ("his", "her", "their"):
        k += 1
    else:
        # the owner: a name, or a title ("The minister's"), never a verb before the "'s"
        while k < n and k < start + 6 and toks[k].low != "'s" and (
                toks[k].cap or toks[k].inside or toks[k].low == "the"
                or toks[k].low in L.ROLE_WORDS):
            k += 1
        if k >= n or toks[k].low != "'s":
            return False
        k += 1
    return k < n and toks[k].low in _WORDS_SUBJECT_NOUNS

# Words that open a question, direct or indirect ("Why X ...", "Does X ...", "Which part X
# would play ... is unclear"), and the rules whose actor such a sentence only asks about. Not
# "how" ("How the Czech president sees NATO troops": his view), "whether" ("Whether to deploy
# is a sovereign decision, Macron explained") nor "what" ("What Macron wants is ...").
_QUESTION_WORDS = frozenset("why which does do did".split())
_QUESTION_RULES = ("subject", "speaker after an opening phrase")


_OUTLET_REPORT_VERBS = L.NEWS_VERBS | frozenset("said says wrote writes written".split())


def citing_source(ph, toks: list[Tok], ctx: Context) -> tuple[str, bool] | None:
    """The actor an outlet cites in an opening "Citing X, <outlet> reports/said/wrote ...", and
    whether X are unnamed people ("US officials"); None when the sentence does not open so."""
    n = len(toks)
    if n < 5:
        return None
    cited = ph.np(toks, 1, ctx)
    if not cited.actor or cited.actor.startswith(LATER) or cited.pronoun or cited.media \
            or cited.weak or cited.end >= n or ph.registry.kind(cited.actor) == "media":
        return None
    comma = cited.end
    if toks[comma].low == "and":  # "Citing US officials and other sources, ..."
        comma = find(toks, ",", comma, limit=5)
        if comma is None or any(t.mention is not None for t in toks[cited.end:comma]):
            return None
    if toks[comma].text != ",":
        return None
    outlet = ph.np(toks, comma + 1, ctx)
    if outlet.end == comma + 1 or not (
            outlet.media or outlet.weak or outlet.actor is None
            or ph.registry.kind(outlet.actor) == "media"):
        return None
    verb = verb_group(toks, outlet.end)
    if verb is None or toks[verb].low not in _OUTLET_REPORT_VERBS:
        return None
    unnamed = cited.people or any(toks[k].low in L.PEOPLE_NOUNS
                                  for k in range(cited.start, cited.end))
    return cited.actor, unnamed


# Plural nouns of an unnamed group of states or governments ("several NATO partners", "European
# countries"), which a sentence may narrow to its named members.
_GROUP_PLURALS = frozenset("""
partners members countries states allies governments nations capitals
""".split())
# Nouns of a reaction that comes from a group ("opposition from several countries, ...").
_REACTION_NOUNS = frozenset("""
opposition objections objection criticism resistance pushback protests
""".split())
_LEAD_VERBS = frozenset("led headed spearheaded championed".split())


def _group_before(toks: list[Tok], end: int, start: int) -> bool:
    """True when ``toks[start:end]`` is an unnamed group as a subject or after a reaction noun
    and "from": "Several NATO partners", "opposition from several countries"."""
    if end <= start or toks[end - 1].low not in _GROUP_PLURALS:
        return False
    k = end - 2
    while k >= start and k >= end - 5 and toks[k].low != "from" and not toks[k].in_quote \
            and toks[k].word and not _finite(toks[k]):
        k -= 1
    if k < start:
        return True  # the group opens the clause: its subject
    return toks[k].low == "from" and any(t.low in _REACTION_NOUNS for t in toks[max(0, k - 3):k])


def named_in_group(ph, toks: list[Tok], start: int, ctx: Context) -> str | None:
    """The first member named of an unnamed group that holds the position: "Some NATO partners,
    Germany among them, attacked his remarks", "opposition from several countries, Russia among
    them", "objections from European governments, with Germany at their head", "European
    countries led by Britain and France are preparing ...", "The coalition, championed by
    France's Emmanuel Macron, plans to ..." (codebook: joint actors, the first named)."""
    n = len(toks)
    for i in range(n - 1):
        tok = toks[i]
        if tok.in_quote:
            continue
        if i == 0 and tok.low == "championed" and toks[1].low == "by" and n > 2:
            np = ph.np(toks, 2, ctx)
            # "Championed by Britain and France, the coalition could put ..."
            comma = find(toks, ",", 2, limit=10)
            if named_actor(np) and not np.weak and comma is not None and any(
                        t.low in ("coalition", "force", "mission", "initiative", "plan")
                        for t in toks[comma + 1:comma + 5]):
                return np.actor
            continue
        if i == 0:
            continue
        if tok.low == "among" and toks[i + 1].low == "them" or \
                tok.low == "at" and toks[i + 1].low == "their" and i + 2 < n \
                and toks[i + 2].low == "head":
            # ", X (and Y) among them" / ", with X at their head"
            k = i - 1
            while k > 0 and toks[k].text != ",":
                k -= 1
            if k <= 0 or i - k > 12:
                continue
            first = k + 1 + (toks[k + 1].low == "with")
            np = ph.np(toks, first, ctx)
            if not named_actor(np) or np.weak or ph.registry.kind(np.actor) == "person" \
                    and tok.low == "among":
                continue
            if _group_before(toks, k, start):
                return np.actor
        elif tok.low in _LEAD_VERBS and toks[i + 1].low == "by" and i + 2 < n:
            np = ph.np(toks, i + 2, ctx)
            if not named_actor(np) or np.weak:
                continue
            before = i - 1 if toks[i - 1].text == "," else i
            if tok.low == "championed" and before < i and before > start \
                    and toks[before - 1].low == "coalition":
                return np.actor  # "The 26-nation coalition, championed by X, plans ..."
            if before == i and _group_before(toks, i, start):
                k = np.end
                if k < n and toks[k].low == "and":
                    k = ph.np(toks, k + 1, ctx).end
                verb = verb_group(toks, k) if k < n else None
                if verb is not None:
                    return np.actor  # "European countries led by Britain and France are ..."
    return None


def _words_given(ph, toks: list[Tok], k: int) -> str | None:
    """The person at ``k`` whose words ("X's remark", "French President X's comments") the
    sentence gives after "that" within a few words: "... Macron's comments this week that NATO
    ought not to exclude ground forces"."""
    m = toks[k].mention
    if m is None or ph.registry.kind(m.actor) != "person":
        return None
    noun = m.end + 1
    if noun >= len(toks) or toks[m.end].low != "'s" or toks[noun].low not in L.VOICE_OR_STATEMENT_NOUNS:
        return None
    if any(t.low == "that" and not t.in_quote for t in toks[noun + 1:noun + 6]):
        return m.actor
    return None


def responding_to(ph, toks: list[Tok], ctx: Context) -> str | None:
    """The person a reply answers when the sentence goes on to give what they said ("She was
    responding to Kaja Kallas, Estonia's prime minister, who had acknowledged that ...", "He
    was responding to an interview that Robert Brieger gave Die Welt, in which the general said
    ..."): the sentence reports their words, not the reply."""
    n = len(toks)
    for i, tok in enumerate(toks[:-3]):
        if tok.in_quote or tok.low not in _RESPONDING or toks[i + 1].low != "to" \
                or i == 0 or toks[i - 1].low not in ("was", "were", "is", "are"):
            continue  # ("Responding to Macron, Kristersson said ...": the main clause's)
        for k in range(i + 2, min(n, i + 8)):
            given = _words_given(ph, toks, k)
            if given:
                return given  # "reacting to Macron's remark two days earlier that ..."
            np = ph.np(toks, k, ctx)
            if np.end == k or not np.actor or np.people or np.media or np.pronoun or np.weak:
                continue
            if ph.registry.kind(np.actor) not in ("person", None) and np.actor in ph.registry:
                return None
            said = any(not t.in_quote and (t.low in L.SPEECH_VERBS or t.low in L.REPORTING_VERBS)
                       for t in toks[np.end:])
            return np.actor if said else None
        return None
    return None


_DESCRIBE_VERBS = frozenset(
    "describes described calls called terms termed dubs dubbed brands branded".split())


def described_by(ph, toks: list[Tok], ctx: Context) -> str | None:
    """The one who describes what the sentence is about in a relative clause ("Kyiv received a
    plan which analyst Maria Piechowska describes as a blueprint for surrender"): the sentence
    carries their view."""
    for i, tok in enumerate(toks[:-2]):
        if tok.in_quote or tok.low not in ("which", "that"):
            continue
        np = ph.np(toks, i + 1, ctx)
        if np.end == i + 1 or not np.actor or np.people or np.media or np.pronoun or np.weak:
            continue
        if np.end < len(toks) and toks[np.end].low in _DESCRIBE_VERBS:
            return np.actor
    return None


def _shares(toks: list[Tok]) -> bool:
    """A sentence whose subject is a share of people ("Some 15% were against", "Meanwhile, two
    thirds backed ...", "44 per cent said"), not one that gives a figure ("Inflation stood at
    3%")."""
    start = skip_intro(toks, 0)
    for k in range(start, min(len(toks), start + 4)):
        t = toks[k]
        if t.in_quote or not (t.word or t.text == "%") or t.low in _NOT_SHARE:
            return False
        if t.text == "%" or t.low == "percent" or (t.low == "cent" and toks[k - 1].low == "per") \
                or (t.low in ("thirds", "quarters", "half", "majority", "minority")
                    and k > 0 and toks[k - 1].low in _SHARE_LEADS):
            return True
    return False


_SHARE_LEADS = frozenset("two three a one the".split())
POLL_REACH = 3  # sentences after a poll or its public that may give its other shares


def _share_in(toks: list[Tok], of_people: bool = False) -> bool:
    """Whether the sentence gives a share outside a quotation ("63 percent", "17.3%");
    ``of_people``: one that is not a figure's level ("Inflation stood at 3%", "rose to 5%")."""
    for k, t in enumerate(toks):
        if not t.in_quote and (t.text == "%" or t.low == "percent" or (
                t.low == "cent" and k > 0 and toks[k - 1].low == "per")):
            number = k - 2 if t.low == "cent" else k - 1
            if not of_people or number < 1 or toks[number - 1].low not in _NOT_SHARE:
                return True
    return False


def _share_place(toks: list[Tok]) -> str | None:
    """The public of the first country a share is given for: "In the United States 63 percent
    were against", "Opposition was strongest in Hungary at 87 percent"."""
    for k, t in enumerate(toks[:-1]):
        if t.low == "in" and not t.in_quote:
            m = toks[k + 1].mention  # "in the US" (an alias with its article), "in the UK"
            if m is None and toks[k + 1].low == "the" and k + 2 < len(toks):
                m = toks[k + 2].mention
            adjective = L.ADJECTIVE_OF.get(m.actor) if m is not None else None
            if adjective:
                return f"{adjective} public"
        if t.text == "%" or t.low == "percent":
            return None  # only a country named before the first share
    return None
_NOT_SHARE = frozenset("at to by from of in on".split())


def _after_colon(ph, toks: list[Tok], ctx: Context) -> str | None:
    """The subject of the clause after the first colon ("...: Merz urged caution"), or None."""
    colon = find(toks, ":", 0)
    if colon is None or colon + 1 >= len(toks) or toks[colon + 1].text in L.OPENING_MARKS:
        return None
    after = main_clause(ph, toks, skip_intro(toks, colon + 1), ctx)
    return after.actor if after is not None and after.actor else None


def _group_states(toks: list[Tok], group: str, rule: str) -> bool:
    """True when a group holds the sentence as the subject of a statement ("EU leaders said",
    "European leaders called for ..."), not of an event ("will meet", "are due to") or as
    another rule's find."""
    if not (rule.startswith("subject") or rule in ("headline", "reporting clause",
                                                   "speaker after quote")):
        return False  # ("subject", "subject after an opening phrase", "On Monday, X said")
    at = next((t.mention.end for t in toks if t.mention is not None
               and t.mention.actor == group), None)
    verb = verb_group(toks, after_participle(toks, after_aside(toks, at))) \
        if at is not None and at < len(toks) else None
    # ("European leaders, who feel shut out, are weighing ...", "European leaders meeting in
    # Berlin proposed ...")
    if verb is not None and toks[verb].low in ("put", "puts") and verb + 1 < len(toks) \
            and toks[verb + 1].low in ("out", "forward"):
        return True  # "EU leaders put out a joint statement", "put forward a plan"
    if verb is not None and toks[verb].low in ("gave", "give", "gives") and verb + 2 < len(toks) \
            and toks[verb + 1].low in ("their", "its") and toks[verb + 2].low in L.ENDORSEMENTS:
        return True  # "European leaders gave their endorsement to a force"
    if verb is None or (toks[verb].low not in _GROUP_VERBS
                        and toks[verb].low not in GROUP_BASE_VERBS):
        return False
    if any(t.low == "according" for t in toks[:at]):
        return False  # "According to Duda, European leaders had not agreed ...": Duda's account
    return not any(t.low == "yet" for t in toks[at:verb])  # "have yet to say"


def _heading(sentence: str) -> bool:
    """A short line without a sentence end: a heading or a headline."""
    text = sentence.strip().rstrip("”’\"'")
    return len(text) < 80 and not text.endswith((".", "!", "?", "…", ":", ","))


def _finite(t: Tok) -> bool:
    """A word that may be a finite verb (so a phrase holding one may be a clause)."""
    low = t.low
    return t.word and not t.cap and (
        low in L.COPULA or low in L.AUX or low in L.IRREGULAR or low in L.REPORTING_VERBS
        or (low.endswith("ed") and len(low) > 3))


def _main_passive(toks: list[Tok], start: int, verb: str) -> bool:
    """True when the main verb is a passive with its agent ("... was rejected by Poland"), not
    one inside a reported clause ("X said it was accepted by Y")."""
    for k in range(start + 1, min(len(toks) - 1, start + 25)):
        if toks[k].low == verb:
            return toks[k + 1].low == "by" and toks[k - 1].low in _PASSIVE_AUX
        if toks[k].low == "that":
            return False
    return False


_PASSIVE_AUX = frozenset("was were is are been be being".split())
# Verbs whose passive subject is the one addressed ("X was told / warned / assured that").
_TOLD = frozenset("told warned assured informed advised".split())


def _told_that(toks: list[Tok], start: int, verb: str) -> bool:
    """True when the main verb is an agentless passive of being told, followed by what was
    said: "X has been told that ...", "X was warned that ..." (not "X was told by Y")."""
    for k in range(start + 1, min(len(toks) - 1, start + 25)):
        if toks[k].low == verb:
            return toks[k - 1].low in _PASSIVE_AUX and toks[k + 1].low == "that"
        if toks[k].low == "that" or toks[k].in_quote:
            return False
    return False


def _scheduled_event(toks: list[Tok]) -> bool:
    """"X is to meet Y ...": the main verb is an event to come."""
    return any(toks[k].low == "to" and toks[k + 1].low in L.EVENT_VERBS
               and toks[k - 1].low in L.COPULA for k in range(1, min(len(toks) - 1, 12)))


_CREDIT_OPENERS = frozenset("reporting editing writing additional compiled".split())
_CREDIT_WORDS = frozenset("reported reporting wrote writing edited editing compiled".split())


def _credit_line(toks: list[Tok]) -> bool:
    """The credits of a wire story: "(Reporting by A; Editing by B)", "(A reported; B wrote
    the story)", "Additional reporting by C"."""
    first = toks[0].low
    if first in ("reporting", "editing", "writing", "additional", "compiled") and any(
            t.low == "by" for t in toks[1:4]):
        return True
    if first != "(" or not any(t.text == ")" for t in toks[-2:]):
        return False
    return any(t.low in _CREDIT_WORDS for t in toks) and not any(t.in_quote for t in toks)


# How far back a signed post reaches: its sentences above the signature line.
MAX_POST_SENTENCES = 8
_UNSIGNED = ("narration", "quote continues", "first person: the last speaker")


def _signed_posts(decided: list[tuple[str, str]]) -> list[tuple[str, str]]:
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


_CLOSING_MARK = re.compile('[”»"]')
# Characters that may become a quotation mark token (single quotes fold to curly ones).
_QUOTE_CHAR = re.compile("[“”«»\"'‘’]")

# Rules that only guess the speaker of a sentence inside a quotation.
_GUESSED = ("quote continues", "first person: the last speaker", "narration")


# How far back "That was the message from X" reaches: the unattributed sentences just before.
MAX_SUMMED_SENTENCES = 2


def _summed_up(decided: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Give the sentences that "That was the message from X" sums up (narration just before it,
    with no speaker of its own) to X."""
    return _give_back(decided, "summing up", MAX_SUMMED_SENTENCES, ("narration",),
                      "summed up after it")


# Rules that read the subject of a sentence which, inside a quotation that its speaker
# closes later, is the speaker's words ('... Our task is to keep the flank secure. / Poland is
# going to be a hub. / Our seaports as well ...," Tusk said').
_INSIDE_QUOTE = ("subject", "subject after an opening phrase", "pronoun")


def _closing_speakers(decided: list[tuple[str, str]], inside: list[bool]) -> list[tuple[str, str]]:
    """Give a quotation that runs over several sentences the speaker named where it closes
    ('“We have to do more. / Too many questions remain,” Kallas said.'): the sentences before,
    which only guessed the last speaker, take the one named after the closing mark."""
    out = decided
    for i, (actor, rule) in enumerate(decided):
        if rule != "speaker after quote" or not inside[i] or not actor:
            continue
        k = i - 1
        while k >= 0 and inside[k + 1] and i - k <= LONG_QUOTE_RUN:
            if (out[k][1] in _GUESSED or (inside[k] and out[k][1] in _INSIDE_QUOTE)) \
                    and out[k][0] != actor:
                if out is decided:
                    out = list(decided)
                out[k] = (actor, "quotation closed by its speaker")
            k -= 1
    return out


def attribute_actors(sentences: Iterable[str], actors=None) -> list[str]:
    """The actor of each sentence of one article.

    Parameters
    ----------
    sentences : iterable of str
        The article's sentences in order (see :func:`stance.article.sentences.split_sentences`).
    actors : ActorRegistry, path, list of paths, or None
        The registry; paths extend the shipped one.

    Returns
    -------
    list of str
        Canonical actor names, "" where the sentence reports no one's position.
    """
    return Attributor(actors).attribute(sentences)



def _has_subject(ph, toks, start: int, ctx) -> bool:
    """True when the clause at ``start`` has a subject that names an actor or a person."""
    main = main_clause(ph, toks, start, ctx)
    return main is not None and bool(main.actor)
