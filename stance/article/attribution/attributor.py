"""The attributor: the steps of this package in the order that decides a sentence's actor.

Each sentence is tokenised with its mentions marked (:mod:`.tokens`); the article's context is
updated (:mod:`.context`); sentences that are the journalist's own are set aside
(:mod:`.narration`); then the first pattern that names someone wins: a headline, a speaker
after a quotation or in a reporting clause, "according to X", "quoted as saying"
(:mod:`.speakers`), a group, a document or an opinion poll (:mod:`.holders`), the subject of
the main clause (:mod:`.subject`), and last a quotation that carries on, which takes the
previous speaker. Once every sentence is read, later lines settle earlier ones
(:mod:`.passes`): a post's signature, a quotation's closing speaker.
"""
from __future__ import annotations

import re
from typing import Iterable

from ...exceptions import ArgumentError
from .. import lexicon as L
from ..actors import ActorRegistry, load_registry
from .context import (
    DESCRIBED,
    LATER,
    LEDE_SENTENCES,
    LONG_QUOTE_RUN,
    MAX_QUOTE_RUN,
    Context,
    earlier_holders,
    named_later,
    person_placeholder,
    quote_open_after,
    quote_spans_all,
    quoted_before,
    quoted_throughout,
    remember_names,
    remember_quote,
    unresolved_pronoun,
)
from .holders import (
    DOCUMENT_REACH,
    DOCUMENT_RULES,
    DOCUMENT_WORDS,
    EUROPEAN_DOCUMENT,
    GROUP_ACTORS,
    GROUP_AGAIN,
    GROUP_NOUNS,
    GROUP_REACH,
    GROUP_VERBS,
    LEAD_VERBS,
    NOT_DOCUMENT_HOLDERS,
    OWNED_DOCUMENTS,
    POLL_REACH,
    document_content,
    document_owner,
    european_document,
    list_item,
    group_reporting_clause,
    group_states,
    named_in_group,
    share_in,
    share_place,
    share_subject,
    with_groups,
)
from .narration import (
    CREDIT_OPENERS,
    OCCASION_OF_WORDS,
    QUESTION_RULES,
    QUESTION_WORDS,
    READ_AS,
    SITE_OPENERS,
    as_occasion,
    contributor_credit,
    credit_line,
    heading,
    link_prefix_alone,
    not_after_a_name,
    photo_caption,
    site_line,
    words_subject,
)
from .passes import (UNNAMED_CLOSER, closing_speakers, pronoun_named_after, quotation_speaker_after, signed_posts,
                     summed_up_lines)
from .phrases import Phrases, maybe_finite, named_actor, people_np, verb_group
from .speakers import (
    CITE_WORDS,
    DESCRIBE_VERBS,
    FOLLOWED,
    HINDER_VERBS,
    INTRO_PREPS,
    RELAY_VERBS,
    RESPONDING,
    according_to,
    as_headline,
    cited_at_end,
    cited_mid,
    citing_source,
    dateline_colon,
    described_by,
    described_closing_speaker,
    described_subject,
    first_person,
    foreign_source,
    headline,
    not_kept_from,
    own_person,
    own_voice_joined,
    passive_agent,
    place_intro,
    public_opinion,
    quoted_as_saying,
    relayed_for,
    reporting_clause,
    responding_to,
    signature,
    unnamed_after_quote,
    speaker_after_intro,
    statement_by,
    statement_followed,
    statement_from,
    statement_of,
    subordinate_speaker,
    SUMMING_OPENERS,
    summed_up,
    topic_headline,
    unnamed_title_speaker,
    viewpoint,
    with_saying,
)
from .subject import (
    REPORTED_POSITION_VERBS,
    REPORTED_THROUGH,
    TOLD,
    after_colon,
    coordinated_clause,
    document_terms,
    has_said,
    has_subject,
    in_list,
    main_clause,
    main_passive,
    quote_owner,
    scheduled_event,
    skip_intro,
    states_position,
    told_that,
)
from .tokens import MentionIndex, Tok, find

_SAID = frozenset("said stated".split())
# Prepositions that open a phrase before the subject, which a list of names does not.
_LIST_PREPS = frozenset("of among like unlike besides".split())
_CLOSING_MARK = re.compile('[”»"]')
# Characters that open a quotation at the start of a sentence.
_OPENING_CHARS = frozenset('“"«„')
_ENDS_QUOTED = re.compile('[”»"][^A-Za-z]*$')
# Characters that may become a quotation mark token (single quotes fold to curly ones).
_QUOTE_CHAR = re.compile("[“”«»\"'‘’]")
# A sentence whose first double quotation mark is a straight one right after a comma, full stop,
# question or exclamation mark and before a word: it closes a quotation that an earlier
# sentence opened ('Nothing happens automatically," she explained ...'), even where the count
# of open quotations went astray (a nested 'single quotation' inside it, a split at an ellipsis)
_CLOSES_FIRST = re.compile('^[^"“”«»]*[,.!?]" +[A-Za-z]')


# The verbs of a position held (not of speech) in a main clause that a speaker reports.
_HELD_POSITION = REPORTED_POSITION_VERBS - frozenset("said says tells told".split())


# The rule of a sentence that gives the terms of the document named last.
DOCUMENT_CONTENT = "content of the document named before"


class Attributor:
    """Attribute sentences to actors with the rules of this package.

    Parameters
    ----------
    actors : ActorRegistry, path, list of paths, or None
        The registry (see :func:`stance.article.actors.load_registry`); default: the shipped one.
    """

    def __init__(self, actors=None):
        self.registry: ActorRegistry = with_groups(load_registry(actors))
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
        if isinstance(sentences, str):
            # a str is an iterable of characters: every letter would be read as a sentence
            raise ArgumentError("Attributor.attribute/explain takes a list of an article's sentences, got "
                                "one str; pass [text], split it with stance.article.sentences."
                                "split_sentences, or use attribute_sentence for one sentence")
        context = Context()
        decided = []
        inside = []  # whether each sentence starts inside a quotation opened before it
        unresolved = []  # its "he"/"she" when it stands for no one named before it, else ""
        read = list(sentences)
        context.office_holders = earlier_holders(self.registry, read)
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
        decided = summed_up_lines(signed_posts(closing_speakers(decided, inside)))
        if any(not actor for actor, _ in decided):
            # sentences that open with a quotation and end inside it or with its closing mark
            # (not '"...," the German chancellor says.', which names a speaker of its own)
            opened = [isinstance(s, str) and s.lstrip()[:1] in _OPENING_CHARS and (
                _ENDS_QUOTED.search(s) is not None or (i + 1 < len(read) and inside[i + 1]))
                for i, s in enumerate(read)]
            decided = quotation_speaker_after(decided, opened, inside, self.registry)
        return decided

    # -- one sentence ---------------------------------------------------------------------

    def _without_later(self, sentence: str) -> tuple[str, str]:
        """The sentence read again as if past the lede, when the title it gives is never named
        ("Lithuanian PM: Vilnius ready to ..." -> Lithuania)."""
        return self._attribute(sentence, Context(sentences=LEDE_SENTENCES, reread=True))

    def _attribute(self, sentence: str, context: Context) -> tuple[str, str]:
        context.began_inside = False
        if not isinstance(sentence, str) or not sentence.strip():
            return "", "blank"
        if heading(sentence):
            context.open_quote = 0  # a heading ends any quotation: "Peacekeepers in Ukraine"
        continues_quote = context.open_quote > 0 or (
            '"' in sentence and _CLOSES_FIRST.match(sentence) is not None)
        context.began_inside = continues_quote
        toks = self.mentions.tokens(sentence, continues_quote)
        if context.surnames:
            self._surnames_of_the_article(toks, context)
        if toks and (toks[0].text == "(" or toks[0].low in CREDIT_OPENERS) and credit_line(toks):
            return "", "credit line"
        if toks and toks[0].low in SITE_OPENERS and site_line(toks):
            context.links = link_prefix_alone(toks)
            return "", "narration: the site's own line"
        if context.links:
            if toks and toks[-1].text not in (".", "!", "?") and not toks[-1].in_quote:
                return "", "narration: a headline of another story"  # after "Read more:"
            context.links = False
        if contributor_credit(toks):
            return "", "credit line"
        if photo_caption(toks):
            return "", "narration: a photograph's caption"
        # (no quotation mark in the sentence: the quotation state carries on as it was)
        still_open = quote_open_after(toks, continues_quote) \
            if _QUOTE_CHAR.search(sentence) else continues_quote
        running = still_open and (context.open_quote < MAX_QUOTE_RUN or (
            context.close_ahead and context.open_quote < LONG_QUOTE_RUN))
        context.open_quote = context.open_quote + 1 if running else 0
        remember_names(self.phrases, toks, context)
        context.sentences += 1
        lows = {t.low for t in toks}  # the sentence's words, for the rules' trigger words
        start = skip_intro(toks, 0)  # where its first clause starts (several rules ask)
        actor, rule = self._decide(toks, context, continues_quote, lows, start)
        context.pronoun_unresolved = "" if context.last_person \
            else unresolved_pronoun(toks, actor, rule)
        if actor and toks[0].low in QUESTION_WORDS and rule in QUESTION_RULES \
                and len(toks) > 2 and toks[1].low not in (",", "'s"):
            # "Why Zelensky objects to ...", "Which part Germany would play ... has been argued",
            # "Does Germany have the soldiers?": a question about an actor, not their position
            actor, rule = "", "narration: a question"
        if actor.endswith(" public") or (L.POLL_WORDS & lows):
            context.last_poll = context.sentences
        elif context.last_poll >= 0 and share_in(toks):
            # a figure that is no share of the public ("Inflation stood at 3%") ends the poll
            context.last_poll, context.last_public = -9, ("", -1)
        if actor and self.registry.kind(actor) == "group" and rule != GROUP_AGAIN \
                and not group_states(toks, actor, rule):
            # ("However, according to Duda, European leaders had not agreed ...": Duda's)
            source = any(t.low == "according" for t in toks) \
                and according_to(self.phrases, toks, context, leading=False)
            actor, rule = (source, "according to") if source else ("", "narration: a group's event")
        if not actor and rule in DOCUMENT_RULES:
            # The document named last, else the statement of the group that has just spoken
            # ("European leaders said ... . According to the statement, the force would ...").
            holder = next(((who, how) for (who, at), how in (
                (context.last_document, DOCUMENT_CONTENT),
                (context.last_group, "content of the group's statement"))
                if who and context.sentences - at <= DOCUMENT_REACH), None)
            if holder and (document_content(toks) or european_document(toks)):
                actor, rule = holder
            elif holder and holder[1] == DOCUMENT_CONTENT \
                    and list_item(toks, context.after_colon):
                # "Russia put forward a memorandum ... / 1. Recognition of ... / 2. Neutrality
                # ...": the document's terms, item after item, however long the list
                actor, rule = holder[0], "an item of the document named before"
                context.last_document = (actor, context.sentences)
            elif holder is None and european_document(toks):
                # "The European draft says ...": Europe's joint text, when no one's is before
                actor, rule = GROUP_ACTORS[0].name, EUROPEAN_DOCUMENT
        if actor and " " not in actor and not actor.startswith(LATER) and rule == "subject" \
                and actor not in self.registry and len(toks) > 1 and toks[0].text == actor \
                and not_after_a_name(toks[1]):
            # "Danger of a wider war underscored", "Plenty of voters believe ...": a word that
            # opens the sentence, capitalised for its place, that no article names in full
            actor, rule = "", "narration: an opening word, not a name"
        # Only "A and B ..." can open with a joint subject: most sentences skip the noun phrases.
        pair = self._joint_subject(toks, context, start) if "and" in lows else ()
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
            if DOCUMENT_WORDS & lows and rule not in NOT_DOCUMENT_HOLDERS \
                    and self.registry.kind(actor) not in ("media", "person"):
                # ("Dutch lawmakers passed a motion ...", "In a joint statement, EU leaders
                # said ...": the body that issued it)
                context.last_document = (actor, context.sentences)
        elif actor and person_placeholder(actor):
            # "Lithuanian foreign minister sees no consensus ... / '...,' he said": a pronoun
            # after a title named later is that title's holder, resolved with it
            context.last_speaker = context.last_person = actor
            context.spoke(actor, ())
        if rule == REPORTED_THROUGH and not running:
            # "Zelensky noted that Macron had proposed basing troops in Ukraine. / “We do,
            # however, need clarity ...”": a quotation after it is the reporter's, not the
            # position's holder's
            reporter = self.phrases.np(toks, start, context)
            if named_actor(reporter) and self.registry.kind(reporter.actor) == "person":
                context.last_speaker = reporter.actor
                # ... and so is a "he" or "she" after it ("Trump claimed the Russian leader
                # would accept guarantees. / He pledged help for Kyiv ...")
                context.last_person = reporter.actor
                context.spoke(reporter.actor, ())
        if running and not continues_quote and ("," in sentence or ";" in sentence):
            owner = quote_owner(self.phrases, toks, context)
            if owner and owner != actor:
                context.last_speaker = owner  # the quotation left open is the later speaker's
                if self.registry.kind(owner) == "person":
                    context.last_person = owner
                    context.spoke(owner, ())
        context.previous = "" if toks and toks[0].text in L.DASHES else actor
        context.after_colon = bool(toks) and toks[-1].text == ":"
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

    def _joint_subject(self, toks: list[Tok], ctx: Context, start: int) -> tuple:
        """The two actors of a subject "A and B" opening the sentence (its first clause starting
        at ``start``), or ()."""
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
                lows: set[str], start: int) -> tuple[str, str]:
        """The actor and rule of a sentence whose first clause starts at ``start`` (past an
        introduction)."""
        ph = self.phrases
        n = len(toks)
        if n == 0:
            return "", "blank"
        # (lows: the words of the sentence; a rule runs only when its trigger words are there)

        signed = signature(ph, toks, ctx) if toks[0].text in L.DASHES or "@" in lows else None
        if signed is not None:
            return signed, "signature"
        said = headline(ph, toks, ctx) if ":" in lows or lows & L.DASHES else None
        if said is not None:
            return said, "headline"
        summed = summed_up(ph, toks, ctx) if toks[0].low in SUMMING_OPENERS else None
        if summed:
            return summed, "summing up"
        if toks[0].text in L.DASHES and ctx.last_person and (
                (lows & L.FIRST_PERSON and first_person(toks))
                or (ctx.previous == ctx.last_person and not _dated_item(toks)
                    and not has_subject(ph, toks, start, ctx))):
            # "- My answer is that ..., Lithuania backed it, ...": a dashed answer of an
            # interview, in the first person, is the interviewee's unless it names its speaker;
            # so is a dashed quotation right after the person spoke in a sentence of their own
            # ("..., said Tomczyk. / - It is thrilling to watch ...") that names no actor
            post, _ = reporting_clause(ph, toks, ctx)
            return (post if post and self.registry.kind(post) == "person"
                    else ctx.last_person), "dashed answer"
        if len(toks) > 2 and toks[0].low == "quote" and toks[1].text == ":" \
                and ctx.last_speaker and quote_spans_all(toks[2:]):
            # 'Quote: "..."' under a "Source: X in an interview with ..." line, or after the
            # lede that names X (Ukrainska Pravda's and European Pravda's house style): the
            # words of the speaker the article is reporting
            return ctx.voice(lows), "quote line"
        opens = toks[0].text in L.OPEN_Q or toks[0].text == '"'
        if opens and not continues_quote and ctx.quoted:
            again = quoted_before(toks, ctx)
            if again and again != ctx.last_speaker and quoted_throughout(toks, False):
                return again, "the same words quoted before"
        if ctx.last_speaker and (continues_quote or opens) \
                and quoted_throughout(toks, continues_quote):
            # Words inside a quotation are the speaker's, whoever their subject ("Sweden
            # normally takes part, so I expect us to take part,” ...).
            return ctx.voice(lows), "quote continues"
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
            if not after_quote and main and main.actor and not main.unresolved and (
                    (main.verb in L.SPEECH_VERBS and self.registry.kind(main.actor) == "person")
                    or (main.verb in _SAID and self.registry.kind(main.actor) == "state"
                        and has_said(toks, start, main.verb))):
                # ("Moscow has said many times that it rejects ..., Pushkov noted": what the
                # state has said before, recalled; "Indonesia has promised ..., Prabowo told
                # the UN" is the speaker's own pledge, "The Kremlin says ..., Peskov told
                # reporters" the speaker's own words)
                return main.actor, main.rule
            if not after_quote and main and main.actor and not main.unresolved \
                    and main.verb in _HELD_POSITION and post in self.registry \
                    and main.actor in self.registry \
                    and self.registry.kind(main.actor) not in ("group", "media") \
                    and self.registry.side(main.actor) != self.registry.side(post):
                # "Russia flatly opposes European peacekeepers, Lukashenko said": the position
                # is Russia's, reported by another side's speaker, as in "Lukashenko said Russia
                # opposes ..." (the guidelines: the position's holder)
                return main.actor, REPORTED_THROUGH
            return post, "speaker after quote" if after_quote else "reporting clause"
        titled = main and main.actor and "," in lows and lows & L.PERSON_TITLES \
            and unnamed_title_speaker(ph, toks, ctx)
        if titled:
            # "On Ukraine, Putin was not to be trusted, the Prime Minister said": the words of
            # someone given by title only, not the subject's; in the lede, a title of a state
            # is the person of that state the article names further down ("Switzerland could
            # send soldiers to Ukraine, its army commander says")
            head, state, opener = titled
            if opener == "its" and not state and self.registry.kind(main.actor) == "state":
                state = main.actor  # "its" of the state the sentence is about
            if state and ctx.sentences <= LEDE_SENTENCES and not ctx.reread \
                    and not main.actor.startswith(LATER):
                return f"{LATER}{DESCRIBED}{head}:{ctx.sentences}|{state}", \
                    "narration: a speaker by title only"
            return "", "narration: a speaker by title only"
        if ctx.previous and ctx.previous == ctx.last_speaker and not (main and main.actor) \
                and ("," in lows or '"' in lows or lows & L.CLOSE_Q) \
                and described_closing_speaker(ph, toks, ctx):
            # '"... is crass," the retired general said.' after Richards spoke: the speaker
            # of the sentence before, described rather than named
            return ctx.previous, "the last speaker, described"
        if ctx.previous and ctx.previous == ctx.last_person \
                and not (main and main.actor and not main.actor.startswith(LATER)) \
                and described_subject(ph, toks, start, ctx):
            # 'Medvedev said ... . / The Security Council's deputy head said such troops would
            # be ...': the one who spoke just before, given by an unresolved title as subject
            return ctx.previous, "the last speaker, described as subject"

        place = ctx.sentences - ctx.last_poll <= POLL_REACH and share_in(toks) \
            and share_place(toks)
        if place:
            # "In Austria 61 percent were against, in Italy 55 percent": the first country's
            return place, "share of a poll in a country"
        public = public_opinion(ph, toks, lows)
        # A poll's finding belongs to the public, not to the pollster or the outlet.
        if public and (main is None or main.actor is None or main.actor not in self.registry
                       or self.registry.kind(main.actor) in ("organisation", "media")
                       or (main.verb in L.COPULA and ":" in lows
                           and L.DEMONYMS.get(public[:-len(" public")]) == main.actor)):
            # ("Sweden was the outlier: 56 percent of Swedes backed ...": the state described
            # by its own public's answer)
            return public, "opinion poll"
        according = "according" in lows and according_to(ph, toks, ctx, leading=True)
        if according:
            if main and main.actor and main.actor != according and (
                    main.verb in L.SPEECH_VERBS or main.verb == "made" or (
                        self.registry.kind(main.actor) == "person" and (
                            main.verb in L.HOLDER_VERBS
                            or states_position(ph, toks, start, ctx)))):
                # "According to Duda, Macron told ...", "According to Trump, Putin would be
                # prepared to accept ...": the source only relays the position.
                return main.actor, "speaker reported by a source"
            return according, "according to"
        cited = citing_source(ph, toks, ctx) if toks[0].low == "citing" else \
            (cited_mid(ph, toks, ctx) or cited_at_end(ph, toks, ctx)) \
            if not lows.isdisjoint(CITE_WORDS) else None
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
        relayed = lows & RELAY_VERBS and relayed_for(ph, toks, ctx)
        if relayed:
            return relayed, "position relayed"
        answered = lows & RESPONDING and responding_to(ph, toks, ctx)
        if answered:
            return answered, "the one responded to"
        described = lows & DESCRIBE_VERBS and described_by(ph, toks, ctx)
        if described and not (main and main.actor and (main.verb in L.SPEECH_VERBS
                                                       or main.verb in L.REPORTING_VERBS)):
            return described, "describer in a relative clause"
        view = (lows & L.VIEW_TRIGGERS or toks[0].low in ("to", "for")) and viewpoint(ph, toks, ctx)
        if view:
            return view, "whose view"
        followed = lows & FOLLOWED and (main is None or main.verb in FOLLOWED) \
            and statement_followed(ph, toks, ctx)
        if followed:
            return followed, "the statement it followed"  # "His claims followed comments by X"
        if main is not None and main.verb in L.OCCASION_VERBS:
            # "He was speaking after Starmer announced that ...": the inner speaker's position.
            inner = subordinate_speaker(ph, toks, ctx, positions=True) \
                or statement_by(ph, toks, ctx) or statement_of(ph, toks, ctx)
            if inner:
                return inner, "speaker of the occasion"

        if main is not None and main.actor and (main.verb in OCCASION_OF_WORDS
                                                or main.verb in READ_AS) \
                and words_subject(toks, start) and as_occasion(toks, main.verb):
            # "His comments come as the White House pushes ...", "Poland's position reflects
            # ...", "Scholz's words were broadly read as ...": the statement as an occasion or
            # as others read it, not its content; the position of someone the rest reports
            # ("Her words were taken to mean that Baerbock thinks ...") is theirs
            inner = subordinate_speaker(ph, toks, ctx, positions=True)
            return (inner, "speaker of the occasion") if inner \
                else ("", "narration: the occasion of a statement")
        trailing = "according" in lows and according_to(ph, toks, ctx, leading=False)
        if trailing and main and main.actor and foreign_source(self.registry, main.actor, trailing):
            # "Spain regards the debate as premature, according to Poland's Sikorski"
            return main.actor, "position reported by another state's person"
        if trailing and not (main and main.actor and self.registry.kind(main.actor) == "person"):
            # "Russia has 700,000 troops in Ukraine, according to Ukrainian intelligence": the
            # source holds the claim; a named person's own action stays theirs.
            return trailing, "according to"
        terms = "under" in lows and document_terms(ph, toks, ctx)
        if terms is not None and terms is not False:
            return terms, "terms of a document"
        if main is not None and main.actor and (";" in lows or "," in lows) and (
                main.unresolved or main.verb in L.EVENT_VERBS
                or (main.verb in L.COPULA and scheduled_event(toks))):
            # "It was not expected that X would join, but Y confirmed ...", "Zelensky is to meet
            # leaders on Thursday, and Macron said ...": the named speaker holds it.
            # "Divisions were evident: Merz urged caution, while Meloni said ...": the first
            # clause after the colon comes first.
            after = after_colon(ph, toks, ctx) if main.unresolved and ":" in lows else None
            if after:
                return after, "after colon"
            joined = coordinated_clause(ph, toks, ctx)
            if joined:
                return joined, "coordinated reporting clause"
        if main is not None and main.actor and "by" in lows \
                and (main.verb.endswith("ed") or main.verb == "told") \
                and main.verb in L.REPORTING_VERBS and main_passive(toks, start, main.verb):
            agent = passive_agent(ph, toks, ctx)
            if agent and agent != main.actor:
                return agent, "agent of a passive"  # "Zelensky's call was rejected by Poland"
        if main is not None and main.actor and main.verb in TOLD \
                and told_that(toks, start, main.verb):
            # "Starmer has been told that the army may be too small": what someone unnamed
            # told them, not their own words ("Macron was told by Putin ..." has its agent)
            return "", "narration: told by no one named"
        owner = "'s" in lows and lows & OWNED_DOCUMENTS and (main is None or not main.actor) \
            and document_owner(ph, toks, ctx)
        if owner:
            return owner, "owner of a document that is the subject"
        if main is not None and main.actor and toks[start].low == "neither" \
                and main.verb in L.REPORTING_VERBS:
            return "", "narration: neither said"  # "Neither X nor Y has described ..."
        if main is not None:
            said_with = with_saying(ph, toks, ctx) \
                if "with" in lows and (main.actor or main.rule == "media") else None
            if said_with and (main.rule == "media" or (
                    self.registry.kind(main.actor) == "state"
                    and own_person(ph, said_with, main.actor))):
                # "The Times reported that ..., with Poland signalling it would not ...": the
                # position the report gives with its holder named; "German officials voiced
                # reservations, with Pistorius sounding sceptical": the state's own person
                return said_with, "with X saying"
            voice = main.actor and lows & L.CONTRAST and "," in lows \
                and own_voice_joined(ph, toks, ctx, main.actor)
            if voice:
                return voice, "the body's own speaker in a joined clause"  # "..., but Lacroix said"
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
            if comma is not None and comma > 1 and not any(maybe_finite(t) for t in toks[:comma]) \
                    and not (in_list(toks, comma) and not (
                        toks[0].mention is None and (toks[0].low.endswith("ing")
                                                     or toks[0].low in _LIST_PREPS))):
                # ("Visiting Prague, Macron said ...": a participle's place, not a list; "Of
                # all EU and NATO members, Budapest has ...": a preposition's phrase)
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
                    toks[start].low == "the" and toks[start + 1].low in GROUP_NOUNS)):
            verb = verb_group(toks, start + (1 if toks[start].text == "They" else 2))
            if verb is not None and toks[verb].low in GROUP_VERBS:
                # "European leaders said ... . The leaders / They endorsed ...": the group
                return group, GROUP_AGAIN
        if group and ctx.sentences - said_at <= GROUP_REACH and lows & GROUP_NOUNS \
                and group_reporting_clause(toks):
            return group, GROUP_AGAIN  # "Any decision ..., the leaders said, can only ..."
        if ":" in lows and (";" in lows or "," in lows) and (main is None or main.unresolved
                                                             or main.actor is None):
            after = after_colon(ph, toks, ctx)  # "Divisions were evident: Merz urged ..."
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
            quoted = bool(continues_quote) or any(t.in_quote for t in toks)
            return ctx.voice(lows, quoted), "first person: the last speaker"

        after = after_colon(ph, toks, ctx) if ":" in lows else None
        if after:
            return after, "after colon"

        undeterred = "from" in lows and lows & HINDER_VERBS \
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

        placed = toks[0].low in INTRO_PREPS and (main is None or not main.actor) \
            and speaker_after_intro(ph, toks, ctx)
        if placed:
            return placed, "subject after an opening phrase without a comma"
        member = (("them" in lows or "head" in lows or lows & LEAD_VERBS)
                  and named_in_group(ph, toks, start, ctx))
        if member:
            return member, "named member of a group"
        opened = "," in lows and coordinated_clause(ph, toks, ctx, any_comma=True)
        if opened:
            return opened, "speaker after an opening phrase"

        recent_poll = ctx.sentences - ctx.last_poll <= POLL_REACH \
            and share_in(toks, of_people=True)
        if ctx.last_public[0] and ctx.sentences - ctx.last_public[1] <= 1 and share_subject(toks):
            # "53% said Denmark should join. Some 15% were against.": the same poll's public
            return ctx.last_public[0], "share of the same poll"
        if recent_poll:
            # "Just 20% of those asked think ...": the poll's public named before
            if ctx.last_public[0] and ctx.sentences - ctx.last_public[1] <= POLL_REACH:
                return ctx.last_public[0], "share of the same poll"

        # A sentence that continues a quotation, or is a quotation with no speaker of its own.
        if continues_quote and unnamed_after_quote(ph, toks, ctx):
            return "", UNNAMED_CLOSER  # '... holes," one diplomat is quoted as saying.'
        if continues_quote or (toks[0].text in L.OPENING_MARKS and quote_spans_all(toks)):
            return ctx.voice(lows), "quote continues"
        responded = "as" in lows and as_headline(ph, toks, ctx)
        if responded:
            return responded, "headline: a response as an actor speaks"
        topic = "on" in lows and topic_headline(ph, toks, ctx)
        if topic:
            return topic, "headline: a person on a topic"
        return "", "narration"



def _dated_item(toks: list[Tok]) -> bool:
    """A dated item of a background list set off by a dash ("- On February 26, about 20
    leaders met in Paris ..."): the journalist's, not a dashed answer."""
    return len(toks) > 4 and toks[1].low in ("on", "in") and toks[2].low in L.TIME_WORDS \
        and toks[2].low not in ("the", "of") and any(t.text == "," for t in toks[3:6])


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
