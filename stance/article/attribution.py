"""Attribute each sentence of an article to the actor whose position it reports.

The actor is the holder of the reported position: the speaker of a quotation, the subject of
the main reporting verb ("X said", "said X", "according to X", "X told reporters", "X, the
..., warned", "a spokesman for X", "X's spokesman"), or the subject of the main clause when
there is no reporting verb ("Italy will not send troops" -> Italy). Names come out in the
canonical form of the registry (:mod:`stance.article.actors`): titles and roles are dropped
("Russian Foreign Ministry spokeswoman Maria Zakharova" -> Maria Zakharova), metonyms resolve
to their state ("Moscow" -> Russia), and a name-shaped speaker the registry does not know is
returned as written ("said John Smith, a senior fellow at ..." -> John Smith).

Within an article, "he"/"she" and a quotation that carries on without a speaker take the last
speaker; a new article starts afresh. A position reported through another actor goes to its
holder ("Zelensky said Putin was trying to ..." -> Vladimir Putin); two actors acting together
give the first named. The journalist's own narration, an outlet's news reports and unnamed
officials without a nationality get an empty actor: the rules return nothing rather than guess.

The rules work on tokens, with registry aliases and name-shaped runs of capitalised words
marked as mentions; they are general patterns of news English, not fitted to particular
sentences. Their agreement with hand labels is measured by ``benchmarks/bench_attribution.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable

from . import lexicon as L
from .actors import ActorRegistry, fold, load_registry


# "A year later, ...", "Two days earlier, ..."
_TIME_INTRO = re.compile(r"^(?:a|an|one|two|three|four|five|several|some|\d+)\s+(?:\w+\s+)?"
                         r"(?:hours?|days?|weeks?|months?|years?)\s+(?:later|earlier|ago|on)$",
                         re.IGNORECASE)
# "PARIS –", "KYIV, Ukraine (AP) —", "MOSCOW, March 1 (Reuters) -"
_DATELINE = re.compile(r"^[A-Z][A-Z .'/-]{1,30}(?:,[^()\n,–—-]{1,25})?(?:\s*\([^)]{1,40}\))?"
                       r"\s*[-–—]+\s+")
# Prepositions of a phrase between a subject and its verb ("Keir Giles of Chatham House said").
_PP_AFTER_SUBJECT = frozenset("of at from for in with by across among on".split())
# Verbs with an object before their clause: without "that" the clause is not found.
_TELL_VERBS = frozenset("told tells assured informed reminded warned urged".split())
_SUBORDINATORS = frozenset("when as after where what because since".split())
# Verbs that come before their speaker ("..., said John Smith").
_INVERTED_VERBS = frozenset("said says added wrote told asked stated declared warned noted".split())
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W_]+(?:[-'][^\W_]+)*|\S")


_MAX_QUOTE_RUN = 4  # sentences


@dataclass
class _Tok:
    orig: str
    text: str
    low: str
    word: bool
    cap: bool
    mention: "_Mention | None" = None  # set on the first token of a mention
    inside: bool = False  # covered by a mention
    in_quote: bool = False


@dataclass
class _Mention:
    actor: str
    start: int
    end: int
    role: bool  # matched a role alias ("the French president")


@dataclass
class _NP:
    start: int
    end: int
    actor: str | None = None  # resolved actor, "" for a pronoun resolved to nothing
    pronoun: bool = False
    weak: bool = False  # a lone unknown surname: only a speaker before a reporting verb
    people: bool = False  # unnamed people ("officials", "two people familiar with ...")
    media: bool = False


@dataclass
class _Clause:
    """The subject of a clause: its actor (None when unresolved), the rule and the main verb."""

    actor: str | None
    rule: str
    verb: str
    unresolved: bool = False


@dataclass
class _Context:
    """What carries from one sentence of an article to the next."""

    last_speaker: str = ""
    last_person: str = ""
    surnames: dict[str, str] = field(default_factory=dict)
    open_quote: int = 0  # sentences since a quotation opened without closing


class Attributor:
    """Attribute sentences to actors with the rules of this module.

    Parameters
    ----------
    actors : ActorRegistry, path, list of paths, or None
        The registry (see :func:`stance.article.actors.load_registry`); default: the shipped one.
    """

    def __init__(self, actors=None):
        self.registry: ActorRegistry = load_registry(actors)
        self._index: dict[str, list[tuple[tuple[str, ...], str, bool]]] = {}
        for alias, name, ci in self.registry.aliases():
            words = _split_possessive([m.group(0) for m in _TOKEN.finditer(alias)])
            merged: list[str] = []
            for w in words:  # "Jr." and "Q." are one token, as in sentences
                if w == "." and merged and _takes_period(merged[-1]):
                    merged[-1] += "."
                else:
                    merged.append(w)
            words = merged
            if not words:
                continue
            key = words[0].lower()
            self._index.setdefault(key, []).append((tuple(words), name, ci))
        for entries in self._index.values():
            entries.sort(key=lambda e: -len(e[0]))

    # -- public -----------------------------------------------------------------------------

    def attribute(self, sentences: Iterable[str]) -> list[str]:
        """The actor of each sentence of one article, in order ("" when none)."""
        context = _Context()
        return [self._attribute(s, context)[0] for s in sentences]

    def attribute_sentence(self, sentence: str) -> str:
        """The actor of one sentence read on its own (a pronoun then resolves to nothing)."""
        return self._attribute(sentence, _Context())[0]

    def explain(self, sentences: Iterable[str]) -> list[tuple[str, str]]:
        """(actor, rule) for each sentence of an article: which rule decided, for debugging."""
        context = _Context()
        return [self._attribute(s, context) for s in sentences]

    # -- one sentence ---------------------------------------------------------------------

    def _attribute(self, sentence: str, context: _Context) -> tuple[str, str]:
        if not isinstance(sentence, str) or not sentence.strip():
            return "", "blank"
        continues_quote = context.open_quote > 0
        toks = self._tokens(sentence)
        # A quotation runs over a few sentences at most: a stray quote mark must not make the
        # rest of the article "quoted".
        still_open = _quote_open_after(toks, continues_quote)
        running = still_open and context.open_quote < _MAX_QUOTE_RUN
        context.open_quote = context.open_quote + 1 if running else 0
        self._remember_names(toks, context)
        actor, rule = self._decide(toks, context, continues_quote)
        if actor:
            context.last_speaker = actor
            if self.registry.kind(actor) == "person":
                context.last_person = actor
        return actor, rule

    def _decide(self, toks: list[_Tok], ctx: _Context, continues_quote: bool) -> tuple[str, str]:
        n = len(toks)
        if n == 0:
            return "", "blank"
        start = _skip_intro(toks, 0)

        headline = self._headline(toks, ctx)
        if headline is not None:
            return headline, "headline"

        # A speaker right after a quotation, or a reporting clause set off by commas at the end
        # or in the middle ("..., Macron said." / "..., Macron added, would be ...").
        post, after_quote = self._post_speaker(toks, ctx)
        main = self._main_clause(toks, start, ctx)
        if post == "" and main and main.actor and self.registry.kind(main.actor) == "person":
            post = main.actor  # "Macron met ... where, according to participants, he said ..."
        if post is not None:
            # "Trump told leaders that ..., Macron said afterwards": the inner speaker holds it.
            if not after_quote and main and main.actor and not main.unresolved \
                    and main.verb in L.SPEECH_VERBS and self.registry.kind(main.actor) == "person":
                return main.actor, main.rule
            return post, "speaker after quote" if after_quote else "reporting clause"

        public = self._public_opinion(toks)
        # A poll's finding belongs to the public, not to the pollster or the outlet.
        if public and (main is None or main.actor is None or main.actor not in self.registry
                       or self.registry.kind(main.actor) in ("organisation", "media")):
            return public, "opinion poll"
        according = self._according_to(toks, ctx, leading=True)
        if according:
            if main and main.actor and main.actor != according and (
                    main.verb in L.SPEECH_VERBS | L.HOLDER_VERBS or main.verb == "made"):
                # "According to Duda, Macron told ...": the source only relays the position.
                return main.actor, "speaker reported by a source"
            return according, "according to"
        quoted = self._quoted_as_saying(toks, ctx)
        if quoted:
            return quoted, "quoted as saying"

        trailing = self._according_to(toks, ctx, leading=False)
        if trailing and not (main and main.actor and self.registry.kind(main.actor) == "person"):
            # "Russia has 700,000 troops in Ukraine, according to Ukrainian intelligence": the
            # source holds the claim; a named person's own action stays theirs.
            return trailing, "according to"
        if main is not None:
            if main.actor is not None:
                return main.actor, main.rule
            if start > 0 and main.unresolved:
                place = self._place_intro(toks, start)
                if place and _people_np(toks, self._np(toks, start, ctx)):
                    return place, "officials in a capital"

        colon = _find(toks, ":", 0)
        if colon is not None and colon + 1 < n and toks[colon + 1].text not in L.OPEN_Q | {'"'}:
            after = self._main_clause(toks, _skip_intro(toks, colon + 1), ctx)
            if after is not None and after.actor:
                return after.actor, "after colon"

        with_clause = self._with_saying(toks, ctx)
        if with_clause:
            return with_clause, "with X saying"
        inner = self._subordinate_speaker(toks, ctx)
        if inner:
            return inner, "speaker in a subordinate clause"
        agent = self._passive_agent(toks, ctx)
        if agent and (main is None or main.actor is None):
            return agent, "agent of a passive"

        # A sentence that continues a quotation, or is a quotation with no speaker of its own.
        if continues_quote or (toks[0].text in L.OPEN_Q | {'"'} and _quote_spans_all(toks)):
            return ctx.last_speaker, "quote continues"
        return "", "narration"

    # -- rules ------------------------------------------------------------------------------

    def _public_opinion(self, toks) -> str | None:
        """An opinion poll's finding is the public's position: "most Britons back ..."."""
        lows = {t.low for t in toks}
        if not lows & L.POLL_WORDS:
            return None
        for t in toks:
            if t.text in L.PUBLICS:
                # "the French" are the public; "French respondents" are handled below.
                if t.text in ("French", "Dutch", "Irish", "Swiss", "Portuguese", "Japanese"):
                    k = toks.index(t)
                    if k == 0 or toks[k - 1].low != "the":
                        continue
                return f"{L.PUBLICS[t.text]} public"
        if lows & {"respondents", "voters", "adults", "opinion", "citizens", "public"}:
            for t in toks:
                if t.text in L.DEMONYMS:
                    return f"{t.text} public"
        if len(toks) > 2 and toks[0].low == "in" and toks[1].mention is not None:
            adjective = L.ADJECTIVE_OF.get(toks[1].mention.actor)
            if adjective:
                return f"{adjective} public"  # "In Hungary, a Nezopont poll found ..."
        return None

    def _place_intro(self, toks, start: int) -> str | None:
        """'In Moscow, officials ...': the state of the capital named in the introduction."""
        if toks[0].low != "in" or toks[1].mention is None:
            return None
        actor = toks[1].mention.actor
        if self.registry.kind(actor) == "state" and toks[1].mention.end == start - 1:
            return actor
        return None

    def _headline(self, toks, ctx) -> str | None:
        """'Zelensky: foreign contingent must ...', 'Ukraine's Sybiha: ...'."""
        colon = _find(toks, ":", 0)
        if colon is None or colon > 8 or colon == 0:
            return None
        np = self._np(toks, 0, ctx)
        if np.end == colon and np.actor and not np.weak and not np.pronoun:
            return np.actor
        return None

    def _post_speaker(self, toks, ctx) -> tuple[str | None, bool]:
        """A reporting clause after a closing quote or a comma: ', X said' or ', said X'."""
        n = len(toks)
        for p, tok in enumerate(toks):
            if tok.in_quote and tok.text not in L.CLOSE_Q | {'"'}:
                continue
            after_quote = tok.text in L.CLOSE_Q or (
                tok.text == '"' and p > 0 and toks[p - 1].in_quote)
            if not (after_quote or tok.text == ","):
                continue
            q = p + 1
            if after_quote and q < n and toks[q].text == ",":
                q += 1
            if q >= n:
                continue
            if after_quote and toks[q].text in L.OPEN_Q | {'"'}:
                continue
            # ", said X" / "” said X"
            if toks[q].low in _INVERTED_VERBS:
                np = self._np(toks, q + 1, ctx)
                if np.end > q + 1 and np.actor and not np.people:
                    if after_quote or _clause_ends(toks, np.end):
                        return np.actor, after_quote
                continue
            np = self._np(toks, q, ctx)
            if np.people and np.end + 1 < n and toks[np.end].low in ("for", "of", "at"):
                # "a spokesman for Starmer told journalists"
                inner = self._np(toks, np.end + 1, ctx)
                if _named_actor(inner):
                    np = _NP(q, inner.end, actor=inner.actor)
            if np.end == q or np.actor is None or np.people or np.media:
                continue
            verb = _verb_group(toks, np.end)
            if verb is None or toks[verb].low not in L.REPORTING_VERBS:
                continue
            if not after_quote and not _clause_ends(toks, verb + 1):
                continue
            return np.actor, after_quote
        return None, False

    def _main_clause(self, toks, s, ctx) -> _Clause | None:
        """The subject of the clause starting at ``s`` (None when there is no subject and verb)."""
        n = len(toks)
        if s >= n or toks[s].text in L.OPEN_Q or toks[s].text == '"':
            return None
        np = self._np(toks, s, ctx)
        if np.end == s:
            return None
        k = np.end
        # "Keir Giles of Chatham House said", "Russia's embassy in Canberra warned",
        # "a spokesman for X", "analysts at the Quincy Institute", "a statement from X".
        for _ in range(2):
            if k < n and toks[k].low in _PP_AFTER_SUBJECT \
                    and not toks[k].in_quote:
                inner = self._np(toks, k + 1, ctx)
                if inner.end == k + 1:
                    break
                if (np.actor is None and not np.pronoun and (np.people or _people_np(toks, np))
                        and inner.actor and not inner.pronoun and not inner.people
                        and (not inner.media or toks[k].low in ("in", "by"))):
                    # "A commentary in the FAZ urged ...": an outlet's own opinion.
                    media = inner.media and not _editorial_np(toks, np)
                    np = _NP(np.start, inner.end, actor=inner.actor, weak=inner.weak, media=media)
                k = inner.end
            else:
                break
        # "X, the ..., warned" / "X, who ..., said" / "his aide, Igor Zhovkva, underscored"
        if k < n and toks[k].text == ",":
            close = _find(toks, ",", k + 1, limit=30)
            if close is None:
                return None
            verb = _verb_group(toks, close + 1)
            if verb is None and np.actor is not None:
                second = _find(toks, ",", close + 1, limit=20)
                if second is not None:
                    verb = _verb_group(toks, second + 1)
            if verb is None:
                return None
            if np.actor is None and not np.pronoun:
                aside = self._np(toks, k + 1, ctx)
                if aside.end == close and aside.actor and not aside.people:
                    np = aside
            return self._subject_result(toks, np, verb, ctx, joint=False)
        if k < n and toks[k].low == "and" and np.actor is None and np.end - np.start == 1 \
                and toks[np.start].text in L.DEMONYMS:
            other = self._np(toks, k + 1, ctx)  # "British and French officials said"
            if other.actor and toks[other.start].text in L.DEMONYMS:
                verb = _verb_group(toks, other.end)
                if verb is not None:
                    np = _NP(np.start, other.end, actor=L.DEMONYMS[toks[np.start].text])
                    return self._subject_result(toks, np, verb, ctx, joint=True)
        if k < n and toks[k].low == "and" and (np.actor or np.pronoun):
            other = self._np(toks, k + 1, ctx)
            if other.end > k + 1 and (other.actor or other.pronoun):
                verb = _verb_group(toks, other.end)
                if verb is None:
                    return None
                return self._subject_result(toks, np, verb, ctx, joint=True)
        verb = _verb_group(toks, k)
        if verb is None:
            return None
        return self._subject_result(toks, np, verb, ctx, joint=False)

    def _subject_result(self, toks, np: _NP, verb: int, ctx, joint: bool):
        word = toks[verb].low
        if np.media:
            # An outlet's own opinion is a position; its news reports are not.
            if np.actor and word not in L.NEWS_VERBS:
                return _Clause(np.actor, "media opinion", word, False)
            return _Clause("", "media", word, False)
        if np.pronoun:
            return _Clause(np.actor or "", "pronoun", word, False)
        if np.actor is None or np.people:
            # "A senior administration official said Washington would not object"
            if np.people and word in L.REPORTING_VERBS:
                inner = self._reported_subject(toks, verb, ctx)
                if inner and _named_actor(inner):
                    return _Clause(inner.actor, "source reports", word, True)
            return _Clause(None, "", word, True)
        if np.weak and word not in L.REPORTING_VERBS:
            return _Clause(None, "", word, True)
        if word in L.REPORTING_VERBS:
            inner = self._reported_subject(toks, verb, ctx)
            if inner is not None and _named_actor(inner):
                inner_verb = _verb_group(toks, inner.end)
                known = np.actor in self.registry
                if inner_verb is not None and _holds_position(toks, inner_verb) \
                        and (known or self.registry.kind(inner.actor) == "person") \
                        and self.registry.side(inner.actor) != self.registry.side(np.actor):
                    return _Clause(inner.actor, "position reported through another actor", word)
        return _Clause(np.actor, "subject", word, False)

    def _reported_subject(self, toks, verb: int, ctx) -> _NP | None:
        """The subject of the clause a reporting verb introduces ("said [that] X ...")."""
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
            finite = toks[k].word and not toks[k].cap and (low in L.IRREGULAR or low.endswith("ed"))
            if low in L.AUX or finite:
                break  # the reported clause has begun without "that"
        if that is not None:
            j = that + 1
        elif toks[verb].low in _TELL_VERBS:
            return None
        if j >= n:
            return None
        np = self._np(toks, j, ctx)
        if np.end == j:
            return None
        return np

    def _according_to(self, toks, ctx, leading: bool) -> str | None:
        n = len(toks)
        for i in range(n - 1):
            if toks[i].low == "according" and toks[i + 1].low == "to":
                if leading and i != 0:
                    return None
                np = self._np(toks, i + 2, ctx)
                if np.actor and not np.people and not np.media and not np.weak:
                    return np.actor
        return None

    def _quoted_as_saying(self, toks, ctx) -> str | None:
        """'TASS quoted a Russian diplomatic source as saying ...'."""
        for i, tok in enumerate(toks):
            if tok.low == "quoted" and not tok.in_quote:
                np = self._np(toks, i + 1, ctx)
                if np.actor and not np.media and np.end + 1 < len(toks) \
                        and toks[np.end].low == "as" \
                        and toks[np.end + 1].low in ("saying", "telling", "stating"):
                    return np.actor
        return None

    def _subordinate_speaker(self, toks, ctx) -> str | None:
        """'..., when Macron said ...', '..., in what Frederiksen called a hybrid attack'."""
        for i, tok in enumerate(toks[:-2]):
            if tok.in_quote or tok.low not in _SUBORDINATORS:
                continue
            np = self._np(toks, i + 1, ctx)
            if not np.actor or np.people or np.media or np.pronoun or np.weak:
                continue
            verb = _verb_group(toks, np.end)
            if verb is not None and (toks[verb].low in L.SPEECH_VERBS or toks[verb].low in
                                     ("called", "described", "termed", "dubbed", "branded")):
                return np.actor
        return None

    def _passive_agent(self, toks, ctx) -> str | None:
        """'The proposal was welcomed by Estonia's prime minister, Kristen Michal.'"""
        for i, tok in enumerate(toks[:-2]):
            if tok.in_quote or tok.low not in ("was", "were", "is", "are", "been", "be"):
                continue
            j = i + 1
            while j < len(toks) and toks[j].low.endswith("ly") and not toks[j].cap:
                j += 1
            if j + 1 >= len(toks) or toks[j].low not in L.REPORTING_VERBS \
                    or not toks[j].low.endswith("ed") or toks[j + 1].low != "by":
                continue
            np = self._np(toks, j + 2, ctx)
            if np.actor is None and not np.pronoun and np.end < len(toks) \
                    and toks[np.end].text == ",":
                # "by Estonia's prime minister, Kristen Michal"
                aside = self._np(toks, np.end + 1, ctx)
                if aside.actor and not aside.people:
                    return aside.actor
            if np.actor and not np.people and not np.media and not np.weak and not np.pronoun:
                return np.actor
        return None

    def _with_saying(self, toks, ctx) -> str | None:
        """'..., with Macron noting that ...'."""
        for i, tok in enumerate(toks[:-1]):
            if tok.text == "," and toks[i + 1].low == "with":
                np = self._np(toks, i + 2, ctx)
                if np.actor and not np.people and np.end < len(toks) \
                        and toks[np.end].low.endswith("ing") \
                        and toks[np.end].low in L.REPORTING_VERBS:
                    return np.actor
        return None

    # -- noun phrases ---------------------------------------------------------------------

    def _np(self, toks, i, ctx) -> _NP:
        """The noun phrase starting at ``i`` and the actor it designates (None if none)."""
        n = len(toks)
        if i >= n or not toks[i].word:
            return _NP(i, i)
        if toks[i].low in L.PRONOUNS:
            return _NP(i, i + 1, actor=ctx.last_person, pronoun=True)
        j = i
        if toks[j].low in L.DETERMINERS and toks[j].mention is None:
            j += 1
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
            if t.low == "'s" or t.cap or _abbreviation(t):
                j += 1
            elif t.low in L.PARTICLES and _particle_of_name(toks, j):
                j += 1
            elif t.low.endswith("ly") and j > i and nxt is not None and not _verbish(nxt.low) \
                    and (nxt.cap or (_np_word(nxt.low) and nxt.low not in L.STOP)):
                j += 1  # "newly sworn-in President Alexander Stubb"
            elif t.low in L.PREPS and j > i and _role_before(toks, j) and nxt is not None \
                    and (nxt.cap or nxt.low in ("the", "a") or nxt.mention is not None
                         or _np_word(nxt.low)):
                j += 1  # "Secretary of State ...", "chief of the defence staff ..."
                if toks[j].low in ("the", "a") and toks[j].mention is None:
                    j += 1
            elif _np_word(t.low):
                j += 1
            else:
                break
        if j == i or (j == i + 1 and toks[i].low in L.DETERMINERS):
            return _NP(i, i)
        np = _NP(i, j)
        self._resolve(toks, np, ctx)
        return np

    def _items(self, toks, np: _NP) -> list[tuple]:
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
            elif _namey(t):
                end = _name_run_end(toks, k, np.end)
                items.append(("name", k, end))
                k = end
            else:
                items.append(("cap" if t.cap or _abbreviation(t) else "low", k))
                k += 1
        return items

    def _entity(self, toks, item, ctx) -> tuple[str, str, bool] | None:
        """(actor, kind, weak) of a mention or a name-shaped run; None for other items."""
        if item[0] == "m":
            return item[1].actor, self.registry.kind(item[1].actor), False
        if item[0] != "name":
            return None
        name = _name_from(toks, item[1], item[2])
        resolved = self._resolve_name(name, ctx) if name else None
        if resolved is None:
            return None
        actor, weak = resolved
        return actor, self.registry.kind(actor) if actor in self.registry else "person", weak

    def _resolve(self, toks, np: _NP, ctx) -> None:
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
                    return
                continue
            if x < first_prep or kind == "person":
                head_at = x
                break
        if head_at is None:
            self._resolve_unheaded(toks, np, items, first_prep, ctx)
        elif not _clause_inside(toks, np, items, head_at):
            self._resolve_head(toks, np, items, head_at, first_prep, ctx)

    def _resolve_unheaded(self, toks, np: _NP, items, first_prep: int, ctx) -> None:
        # "Economists at the Kiel Institute", "a spokesman for Starmer"
        before = [toks[it[1]].low for it in items[:first_prep] if it[0] in ("low", "cap")]
        if first_prep < len(items) and set(before) & (L.PEOPLE_NOUNS | L.DOCUMENT_NOUNS):
            for item in items[first_prep + 1:first_prep + 2]:
                found = self._entity(toks, item, ctx)
                if found and found[1] != "media":
                    np.actor = found[0]
                    return
        self._resolve_unnamed(toks, np)

    def _resolve_head(self, toks, np: _NP, items, head_at: int, first_prep: int, ctx) -> None:
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
                    and toks[np.start].low in ("the", "a", "an"):
                np.actor = None  # "the Paris" alone: a place
            return
        if poss and last in L.POSITION_NOUNS | {"answer", "response", "reply"}:
            np.actor = actor  # "The Kremlin's answer", "Zelensky's demand for guarantees"
        elif rest_lows & L.EVENT_NOUNS:
            pass  # "the Washington summit declaration": an event, not the state
        elif rest_lows & L.SPOKES:
            np.actor = actor  # "Sikorski's spokesman", "Russia's embassy", "a Kremlin spokesman"
        elif kind == "person":
            pass  # "Trump's special envoy": someone else
        elif last in L.INSTITUTION_NOUNS | {"body", "bodies"}:
            np.actor = actor  # "Ukraine's general staff", "Romania's top defence body"
        elif rest_lows & L.ROLE_ONLY:
            pass  # "the U.S. president", "Russia's ambassador": someone not named
        elif rest_lows & L.INSTITUTION_NOUNS or all(w.cap for w in rest_words) \
                or (poss and not rest_lows - L.INSTITUTION_NOUNS - L.NP_ADJECTIVES):
            np.actor = actor
        # Otherwise ("The Paris meeting", "Europe's Ukraine force") the name only qualifies a noun.

    def _resolve_unnamed(self, toks, np: _NP) -> None:
        """A phrase without a registry mention or a name: nationals, officials, organisations."""
        words = {toks[x].low for x in range(np.start, np.end)}
        if np.end - np.start == 2 and toks[np.start].low == "the" \
                and toks[np.start + 1].text in L.PUBLICS:
            state = L.DEMONYMS.get(L.PUBLICS[toks[np.start + 1].text])
            if state in self.registry:
                np.actor = state  # "the Russians have made clear ..."
                return
        organisation = _organisation_name(toks, np)
        if organisation:
            np.actor = organisation  # unknown to the registry: "The Australian ... Institute"
            return
        unnamed_role = words & L.ROLE_ONLY and not words & L.SPOKES
        for x in range(np.start, np.end):
            state = L.DEMONYMS.get(toks[x].text)
            if state in self.registry and words & (L.INSTITUTION_NOUNS | L.PEOPLE_NOUNS) \
                    and not unnamed_role:
                np.actor = state  # "Ukrainian officials", "the Russian foreign ministry"
                return
        if words & (L.PEOPLE_NOUNS | L.DOCUMENT_NOUNS):
            np.people = True

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
            return name, True
        last = parts[-1] if parts[-1] not in L.NAME_SUFFIX else parts[-2]
        known = reg.lookup(last)
        if known and reg.kind(known) == "person" and fold(known)[:3] == fold(parts[0])[:3] \
                and len([w for w in known.split() if w not in L.NAME_SUFFIX]) == len(parts):
            return known, False  # "Volodimir Zelensky"; not "Helen Clark" for Wesley Clark
        if fold(last) in ctx.surnames:
            return ctx.surnames[fold(last)], False
        return name, False

    # -- tokens ------------------------------------------------------------------------------

    def _tokens(self, sentence: str) -> list[_Tok]:
        original = sentence.strip()
        text = fold(original)
        dateline = _DATELINE.match(text)
        offset = dateline.end() if dateline else 0
        raw: list[tuple[str, str]] = []
        for m in _TOKEN.finditer(text, offset):
            w, o = m.group(0), original[m.start():m.end()]
            if len(w) > 2 and w.endswith("'s") and w[0] != "'":
                raw += [(w[:-2], o[:-2]), ("'s", o[-2:])]
            else:
                raw.append((w, o))
        # Attach the period of a title or an initial ("Gen.", "Q.") to its word.
        words: list[tuple[str, str]] = []
        i = 0
        while i < len(raw):
            w, o = raw[i]
            if i + 1 < len(raw) and raw[i + 1][0] == "." and _takes_period(w) \
                    and i + 2 < len(raw):
                words.append((w + ".", o + "."))
                i += 2
                continue
            words.append((w, o))
            i += 1
        title_case = _title_case([w for w, _ in words])
        toks: list[_Tok] = []
        depth = 0
        straight = False
        for w, o in words:
            is_word = bool(re.match(r"[^\W_]", w)) or w == "'s"
            opening = w in L.OPEN_Q or (w == '"' and not straight)
            closing = w in L.CLOSE_Q or (w == '"' and straight)
            tok = _Tok(o, w, w.lower(), is_word, is_word and w[:1].isupper())
            tok.in_quote = depth > 0 or straight
            if opening:
                if w == '"':
                    straight = True
                else:
                    depth += 1
                tok.in_quote = True
            elif closing:
                if w == '"':
                    straight = False
                else:
                    depth = max(0, depth - 1)
                tok.in_quote = True
            toks.append(tok)
        self._mark_mentions(toks, title_case)
        if title_case:
            for t in toks:
                if t.mention is None and not t.inside and t.word:
                    t.cap = False
        return toks

    def _mark_mentions(self, toks: list[_Tok], title_case: bool = False) -> None:
        n = len(toks)
        i = 0
        while i < n:
            best = self._match_at(toks, i, title_case)
            if best and toks[i].low == "the" and i + 1 < n:
                after = self._match_at(toks, i + 1, title_case)
                if after and after[0] > best[0] - 1:
                    # "the European Council on Foreign Relations", not "the European Council"
                    i += 1
                    continue
            if best:
                m, name, ci = best
                mention = _Mention(name, i, i + m, ci and self.registry.kind(name) == "person")
                toks[i].mention = mention
                for x in range(i, i + m):
                    toks[x].inside = True
                i += m
            else:
                i += 1

    def _match_at(self, toks: list[_Tok], i: int, title_case: bool):
        """The longest alias starting at token ``i``: (length, name, case-insensitive) or None."""
        n = len(toks)
        for words, name, ci in self._index.get(toks[i].low, ()):
            m = len(words)
            if i + m > n:
                continue
            if ci:
                ok = all(toks[i + x].low == words[x].lower() for x in range(m))
            else:
                ok = all(toks[i + x].text == words[x] for x in range(m))
            if not ok:
                continue
            if ci and i > 0 and toks[i - 1].low in ("a", "an") \
                    and self.registry.kind(name) == "person":
                continue  # "a Kremlin spokesman" is someone unnamed, not the holder of the role
            # One word inside a longer unknown name is not that actor: "Paul" of "Paul Smith",
            # "Rasmussen" of "Anders Fogh Rasmussen", "Paris" of "Roland Paris".
            if m == 1 and not ci and not title_case and not toks[i].text.isupper() \
                    and _part_of_name(toks, i, self.registry.kind(name) == "person"):
                continue
            return m, name, ci
        return None

    def _remember_names(self, toks: list[_Tok], ctx: _Context) -> None:
        """Full names seen in the article, so a later surname alone resolves to them."""
        n = len(toks)
        i = 0
        while i < n:
            t = toks[i]
            mention = t.mention
            if mention is not None:
                if self.registry.kind(mention.actor) == "person" and not mention.role:
                    surname = fold(mention.actor).split()[-1]
                    ctx.surnames.setdefault(surname, mention.actor)
                    span = range(mention.start, mention.end)
                    written = [toks[x].text for x in span if toks[x].cap]
                    if written:
                        ctx.surnames[written[-1]] = mention.actor  # "Zelenskyy" as written
                i = mention.end
                continue
            if _namey(t):
                j = _name_run_end(toks, i, n)
                while j > i and toks[j - 1].mention is not None:
                    j -= 1
                name = _name_from(toks, i, j)
                if name and len(name.split()) >= 2:
                    words = [w for w in name.split() if w not in L.NAME_SUFFIX]
                    if words:
                        ctx.surnames[fold(words[-1])] = self.registry.lookup(name) or name
                i = max(j, i + 1)
                continue
            i += 1


def _part_of_name(toks: list[_Tok], i: int, person: bool = True) -> bool:
    before = toks[i - 1] if i > 0 else None
    after = toks[i + 1] if i + 1 < len(toks) else None
    if person and after is not None and _namey(after) and not after.inside:
        return True
    return before is not None and _namey(before) and not before.inside and before.mention is None \
        and not (i - 1 == 0 and before.text in L.NOT_NAME)


def _split_possessive(words: list[str]) -> list[str]:
    out = []
    for w in words:
        if len(w) > 2 and w.endswith("'s") and w[0] != "'":
            out.extend([w[:-2], "'s"])
        else:
            out.append(w)
    return out


def _title_case(words: list[str]) -> bool:
    """A headline in Title Case: most longer words capitalised and no final period."""
    long = [w for w in words if len(w) > 3 and w[:1].isalpha()]
    if len(long) < 4 or (words and words[-1] in {".", "!", "?"}):
        return False
    return sum(w[0].isupper() for w in long) >= 0.8 * len(long)


def _namey(t: _Tok) -> bool:
    """A capitalised word that can be part of a person's name."""
    if not t.word or not t.cap or t.text in L.NOT_NAME or t.text in L.DEMONYMS:
        return False
    if t.mention is not None or t.inside:
        return False
    if len(t.text) > 2 and t.text.isupper() and not t.text.endswith("."):
        return False  # an acronym ("KCNA", "SDF"), not a name; "JD" and "CQ" may be initials
    parts = t.text.split("-")
    if len(parts) > 1 and all(p in L.NOT_NAME or p.capitalize() in L.NOT_NAME for p in parts):
        return False  # "Vice-Chancellor"
    if len(t.text) == 2 and t.text.endswith("."):
        return True  # an initial
    return t.text.rstrip(".").isalpha() or "-" in t.text or "'" in t.text


def _name_from(toks, start: int, end: int) -> str | None:
    """The person's name at the end of a run of capitalised words (titles stripped)."""
    parts: list[str] = []
    for x in range(end - 1, start - 1, -1):
        t = toks[x]
        if _namey(t) or t.text in L.NAME_SUFFIX or (t.low in L.PARTICLES and parts):
            parts.append(t.orig)
        elif not parts and t.text in L.SURNAME_TITLES and x > start and _namey(toks[x - 1]):
            parts.append(t.orig)  # "Claudia Major"
        else:
            break
    parts.reverse()
    while parts and parts[0].lower() in L.PARTICLES:
        parts.pop(0)
    if not parts:
        return None
    if len(parts) == 1 and (parts[0].endswith(".") or len(parts[0]) < 3):
        return None
    return " ".join(parts)


def _particle_of_name(toks, j: int) -> bool:
    """A particle followed, maybe after another, by a capitalised word ("von der Leyen")."""
    n = len(toks)
    return j + 1 < n and (toks[j + 1].cap or (toks[j + 1].low in L.PARTICLES and j + 2 < n
                                              and toks[j + 2].cap))


def _name_run_end(toks, k: int, end: int) -> int:
    """The end of the run of name words starting at ``k`` (particles, suffixes included)."""
    j = k
    while j < end:
        t = toks[j]
        if _namey(t) or t.text in L.NAME_SUFFIX:
            j += 1
        elif t.low in L.PARTICLES and j + 1 < end and (_namey(toks[j + 1]) or (
                toks[j + 1].low in L.PARTICLES and j + 2 < end and _namey(toks[j + 2]))):
            j += 1
        elif j > k and t.text in L.SURNAME_TITLES and (j + 1 == end or not _namey(toks[j + 1])):
            j += 1  # "Claudia Major"
        else:
            break
    return j


def _clause_inside(toks, np: _NP, items, head_at: int) -> bool:
    """'a claim China later denied': a determiner and a common noun, then the name that
    starts a clause of its own."""
    if head_at == 0 or head_at != len(items) - 1 or items[0][0] != "low":
        return False
    if toks[np.start].low not in ("a", "an", "the"):
        return False
    if toks[items[0][1]].low in L.NP_WORDS | L.NP_ADJECTIVES | L.TITLE_MODIFIERS:
        return False
    return not any(it[0] == "low" and toks[it[1]].low in L.NP_WORDS for it in items[1:head_at])


def _organisation_name(toks, np: _NP) -> str | None:
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
    if caps[0].text in L.DEMONYMS and caps[-1].text in L.STATE_BODIES:
        return None  # "Russian Security Council": the state's body
    return " ".join(t.orig for t in caps)


def _takes_period(word: str) -> bool:
    """A title or an initial whose period belongs to it ("Gen.", "Q.")."""
    return word.lower() in L.ABBREV or (len(word) == 1 and word.isupper())


def _abbreviation(t: _Tok) -> bool:
    return t.text.endswith(".") and (t.low.rstrip(".") in L.ABBREV or len(t.text) == 2)


def _np_word(low: str) -> bool:
    """A lower-case word that can sit inside a noun phrase (an adjective or a noun)."""
    if low in L.STOP or low in L.AUX or low in L.DETERMINERS or low in L.PRONOUN_WORDS:
        return False
    if low.endswith("ly") and len(low) > 4 and low not in L.NOT_ADVERB:
        return False
    if low in L.NOT_PARTICIPLE:
        return True
    if low in L.HEADLINE_PREDICATES or (low in L.REPORTING_VERBS and low not in L.NOUNISH):
        return False
    # Inside a noun phrase, base forms are nouns ("press secretary", "support package").
    return not (low in L.IRREGULAR or (low.endswith("ed") and len(low) > 3)
                or (low.endswith("s") and not low.endswith("ss") and _verbish(low)))


def _role_before(toks, j: int) -> bool:
    """True after a title that takes a complement ("Secretary of State", "ambassador to France")."""
    return toks[j - 1].low in L.ROLE_NOUNS | {"secretary", "minister", "staff", "head"}


def _named_actor(np: _NP) -> bool:
    """A phrase naming an actor: not a pronoun, unnamed people or an outlet."""
    return bool(np.actor) and not np.pronoun and not np.people and not np.media


def _people_np(toks, np: _NP) -> bool:
    nouns = L.PEOPLE_NOUNS | L.DOCUMENT_NOUNS
    return any(toks[k].low in nouns for k in range(np.start, np.end))


def _editorial_np(toks, np: _NP) -> bool:
    return any(toks[k].low in L.EDITORIAL for k in range(np.start, np.end))


def _verb_group(toks, k: int) -> int | None:
    """The index of the main verb of the predicate starting at ``k``, or None."""
    n = len(toks)
    j = k
    aux = False
    while j < n:
        t = toks[j]
        if not t.word or t.cap or t.mention is not None:
            return None
        low = t.low
        if low in L.AUX or (low.endswith("ly") and low not in L.REPORTING_VERBS and len(low) > 3):
            aux = aux or low in L.AUX
            j += 1
            continue
        if low in L.STOP or low in L.DETERMINERS:
            return j - 1 if aux and toks[j - 1].low in L.COPULA else None
        headline = j == k and low in L.HEADLINE_PREDICATES  # "Starmer ready to send ..."
        if _verbish(low) or (aux and low not in L.PLURAL_NOUNS) or headline:
            return j
        return None
    return j - 1 if aux and j > k and toks[j - 1].low in L.COPULA else None


def _verbish(low: str) -> bool:
    if low in L.REPORTING_VERBS or low in L.IRREGULAR or low in L.EVENT_VERBS:
        return True
    if low in L.PLURAL_NOUNS or low in L.NP_WORDS:
        return False
    if low.endswith("ed") and len(low) > 3:
        return True
    if low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 3:
        return True
    return False


def _holds_position(toks, verb: int) -> bool:
    low = toks[verb].low
    if low in L.HOLDER_VERBS:
        return True
    return low == "made" and verb + 1 < len(toks) and toks[verb + 1].low == "clear"


def _clause_ends(toks, k: int) -> bool:
    """True when a reporting clause reports nothing of its own: what follows its verb up to
    the next comma or the end has no "that" and no finite verb ("..., Tusk told a news
    conference in Warsaw." but not "..., Britain said it would help.")."""
    for t in toks[k:]:
        if t.text in {".", "!", "?", ",", ";", "”", '"', ")"} or t.text in L.OPEN_Q:
            return True
        if t.low == "that" or (t.low in L.COPULA | _MODALS and not t.cap and not t.in_quote):
            return False
    return True


_MODALS = frozenset("will would can could may might must shall should do does did".split())


def _find(toks, text: str, start: int, limit: int | None = None) -> int | None:
    end = len(toks) if limit is None else min(len(toks), start + limit)
    for k in range(start, end):
        if toks[k].text == text and not toks[k].in_quote:
            return k
    return None


def _skip_intro(toks, s: int) -> int:
    """Skip an introductory phrase ("On the eve of the summit, ...", "However, ...")."""
    n = len(toks)
    for _ in range(3):
        if s >= n:
            return s
        low = toks[s].low
        if toks[s].mention is not None and low not in ("as", "in"):
            return s
        if low in L.LEAD_CONJUNCTIONS and s + 1 < n and toks[s + 1].text == ",":
            s += 2
            continue
        comma = _find(toks, ",", s, limit=40)
        participle = low.endswith("ing") and toks[s].cap and toks[s].mention is None and s + 1 < n \
            and (not toks[s + 1].cap or low not in L.ING_ADJECTIVES)
        if low in L.INTRO_WORDS or low == "according" or participle:
            if comma is not None:
                s = comma + 1
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


def _quote_open_after(toks: list[_Tok], was_open: bool) -> bool:
    """Whether a quotation is still open at the end of the sentence."""
    open_ = was_open
    for t in toks:
        if t.text in L.OPEN_Q:
            open_ = True
        elif t.text in L.CLOSE_Q:
            open_ = False
        elif t.text == '"':
            open_ = not open_
    return open_


def _quote_spans_all(toks: list[_Tok]) -> bool:
    """True when the sentence is a quotation and nothing else ('“We expect ...”')."""
    tail = [t for t in toks if t.text not in {".", "!", "?"}]
    return bool(tail) and all(t.in_quote for t in tail)


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
