"""Speaker patterns: reporting clauses, quotations, "according to", headlines and polls.

Each function reads one pattern of news English in a tokenised sentence and returns the actor
it names, or None when the pattern is absent: ", X said" and "” said X" after a quotation or a
comma (:func:`reporting_clause`), "according to X", "X was quoted as saying", ", with X saying",
"..., when X said", "welcomed by X", "X: ..." headlines, an opinion poll's public, "Citing X,
<outlet> reports", a position relayed ("conveyed X's stance") or responded to ("was responding
to X, who had said"), "which X describes as", "did not stop X from saying", and a speaker after
an opening phrase without a comma ("At the summit X said").
"""

from __future__ import annotations

from .. import lexicon as L
from .context import LATER, Context, role_holder
from .phrases import (NP, SPOKESPEOPLE, after_aside, clause_ends, named_actor,
                      person_after_title, verb_group, verbish)
from .tokens import Tok, find, name_from, namey
from .subject import coordinated_clause, past_addressees, skip_intro, two_titles

# Unions of word lists the rules test, built once rather than at every test (building
# the union of the long verb lists took more time than the test itself).
_REPORTING_OR_AFTER_QUOTE_VERBS = L.REPORTING_VERBS | L.AFTER_QUOTE_VERBS

# Words that open a clause whose speaker holds a sentence with no speaker of its own ("...,
# when Macron said ...", "..., though its MP Kati Piri said it was too soon").
_SUBORDINATORS = frozenset("""
when as after where what because since which though although
""".split())
# Verbs that come before their speaker ("..., said John Smith").
# ("told" is not among them: '"...," told TASS that ...' has its object, not its speaker, next)
_INVERTED_VERBS = frozenset("""
said says added adds wrote writes asked stated states declared warned warns noted notes argued
argues insisted insists explained explains stressed stresses emphasized emphasizes emphasised
emphasises underlined underlines underscored underscores reiterated reiterates asserted asserts
remarked recalled recalls replied replies concluded admitted claimed
""".split())


def public_opinion(ph, toks, lows: set[str] | None = None) -> str | None:
    """An opinion poll's finding is the public's position: "most Britons back ...".
    ``lows``: the sentence's lower-case words, when the caller has them."""
    if lows is None:
        lows = {t.low for t in toks}
    # a share of a people is a poll's finding too: "49% of Germans favour ...", "a plurality
    # of Danes, 53%, back ..."
    share = "%" in lows or "percent" in lows or ("per" in lows and "cent" in lows)
    named = _share_of_a_people(toks, share)
    if named:
        return named
    if not lows & L.POLL_WORDS and not (share and any(t.text in L.PUBLICS for t in toks)):
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
    if share and lows & _ASKED:
        # "53% of those asked said Denmark ought to join": the country the answer is about
        for t in toks:
            if t.mention is not None and L.ADJECTIVE_OF.get(t.mention.actor):
                return f"{L.ADJECTIVE_OF[t.mention.actor]} public"
    if len(toks) > 2 and toks[0].low == "in" and toks[1].mention is not None:
        adjective = L.ADJECTIVE_OF.get(toks[1].mention.actor)
        if adjective:
            return f"{adjective} public"  # "In Hungary, a Nezopont poll found ..."
    return None

_ASKED = frozenset("asked polled surveyed questioned interviewed".split())
# Nouns of a nation's people ("French people", "German voters").
_PEOPLE_NOUNS = frozenset("people voters citizens adults respondents residents".split())
# Words of a share opening a clause ("Most Germans", "A majority of Poles", "Three in four").
_MOST = frozenset("most majority minority half two-thirds three-quarters".split())
# "French" alone is also the language or an adjective: a people only as "the French".
_ADJECTIVE_PUBLICS = frozenset("French Dutch Irish Swiss Portuguese Japanese".split())


def _public_at(toks, k: int) -> str | None:
    """The public a phrase at ``k`` names: "Germans", "French people", "people in Finland"."""
    n = len(toks)
    if k < n and toks[k].low == "the" and k + 1 < n and toks[k + 1].text in L.PUBLICS:
        return f"{L.PUBLICS[toks[k + 1].text]} public"  # "the French"
    if k >= n:
        return None
    t = toks[k]
    if t.text in L.DEMONYMS and k + 1 < n and toks[k + 1].low in _PEOPLE_NOUNS:
        return f"{t.text} public"
    if t.text in L.PUBLICS and t.text not in _ADJECTIVE_PUBLICS:
        return f"{L.PUBLICS[t.text]} public"
    if t.low == "people" and k + 2 < n and toks[k + 1].low == "in" \
            and toks[k + 2].mention is not None:
        adjective = L.ADJECTIVE_OF.get(toks[k + 2].mention.actor)
        return f"{adjective} public" if adjective else None
    return None


def _share_of_a_people(toks, share: bool) -> str | None:
    """The public of a share given of a nation's people: "54% of French people", "67% of
    people in Finland", or a share that opens the clause ("Most Germans favour ...", "Three in
    four French people reject ...")."""
    n = len(toks)
    if share:
        for k in range(1, n - 1):
            if toks[k].low == "of" and toks[k - 1].low in ("%", "percent", "cent"):
                found = _public_at(toks, k + 1)
                if found:
                    return found
    k = 1 if toks[0].low in ("a", "an") else 0
    if k < n and toks[k].low in _MOST:
        k += 1
    elif k + 2 < n and (toks[k].low.isdigit() or toks[k].low in _NUMBER_WORDS) \
            and toks[k + 1].low in ("in", "out") and (toks[k + 2].low in _NUMBER_WORDS
                                                      or toks[k + 2].low == "of"):
        k += 3 if toks[k + 2].low != "of" else 4  # "Three in four", "two out of three"
    else:
        return None
    if k < n and toks[k].low == "of":
        k += 1
    return _public_at(toks, k)


_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten".split())


def place_intro(ph, toks, start: int) -> str | None:
    """'In Moscow, officials ...': the state of the capital named in the introduction."""
    if toks[0].low != "in" or toks[1].mention is None:
        return None
    actor = toks[1].mention.actor
    if ph.registry.kind(actor) == "state" and toks[1].mention.end == start - 1:
        return actor
    return None

# How far the colon of "Speaker on a topic: ..." may come (the topic is a short phrase).
_TOPIC_COLON = 16


_HEADLINE_WORDS = 25  # tokens a headline with a full stop may have


# What a headline names as someone's words before its colon ("Trump's message to Europe: ...").
_HEADLINE_VOICES = L.VOICE_NOUNS | frozenset("""
warning answer reply response verdict appeal ultimatum plea pledge promise threat vow
""".split())


def _voice_before_colon(ph, toks, colon: int) -> str | None:
    """The actor whose words a headline's opening names before its colon: "Trump's message to
    Europe: ...", "Kremlin's warning: ...", "Merz's answer to Macron: ..."; None otherwise."""
    m = toks[0].mention
    if m is None or m.role or m.end + 1 >= colon or toks[m.end].low != "'s" \
            or ph.registry.kind(m.actor) not in ("person", "state", "organisation"):
        return None
    k = m.end + 1
    if toks[k].low not in _HEADLINE_VOICES:
        return None  # (not "Trump's plan: what we know": a topic)
    k += 1
    if k < colon and toks[k].low not in ("to", "for", "on"):
        return None  # ("Trump's message is clear, but: ..." reads otherwise)
    if any(t.text in (",", ";") or t.in_quote for t in toks[k:colon]):
        return None
    return m.actor


def headline(ph, toks, ctx) -> str | None:
    """A headline's source: 'Zelensky: foreign contingent must ...', 'Ukraine's Sybiha: ...',
    '... will provide logistical help – Tusk'.

    A full sentence after a place and a colon is a dateline, not a headline ("New Delhi: On
    Tuesday the Kremlin warned ..."): see :func:`dateline_colon`.
    """
    n = len(toks)
    colon = find(toks, ":", 0)
    if colon is not None and 2 < colon <= 8 and toks[0].low == "quote" \
            and toks[1].low in ("from", "by"):
        # 'Quote from Šimonytė: "We train them ..."' (Ukrainska Pravda's house style)
        who = ph.np(toks, 2, ctx)
        if who.end == colon and named_actor(who) and not who.weak and not who.pronoun:
            return who.actor
    if colon is not None and 0 < colon <= _TOPIC_COLON and dateline_colon(ph, toks, ctx) is None:
        np = ph.np(toks, 0, ctx)
        if np.end == colon and colon <= 8 and np.actor and not np.weak and not np.pronoun \
                and not np.media:
            return np.actor  # "Bloomberg: US officials ..." is the outlet's report, read on
        if np.end < colon and toks[np.end].low == "on" and not np.weak and (
                named_actor(np) or (np.actor and np.actor.startswith(LATER))) \
                and not any(t.text in (",", ";") or t.in_quote for t in toks[np.end:colon]):
            # "Peskov on foreign troops: ‘a red line’", "Finland's prime minister on troops:
            # ..." (a title whose holder the article names further down)
            return np.actor
        voiced = _voice_before_colon(ph, toks, colon)
        if voiced:
            return voiced  # "Trump's message to Europe: policing a ceasefire would fall to you"
        place = np.end + 1 + (np.end + 1 < colon and toks[np.end + 1].low == "the")
        if place < colon <= place + 4 and toks[np.end].low in ("in", "at") \
                and named_actor(np) and not np.weak and not np.pronoun \
                and ph.registry.kind(np.actor) == "person" \
                and all(t.text[:1].isupper() and not t.in_quote for t in toks[place:colon]):
            # "Rutte in Berlin: no soldiers for Ukraine, ...": a person, where they spoke, then
            # what they said (a headline form of European outlets)
            return np.actor
        if np.end < colon and colon + 1 < n and toks[colon + 1].text in L.OPENING_MARKS \
                and (toks[np.end].text == "," or toks[np.end].low == "of") \
                and named_actor(np) and not np.weak and not np.pronoun \
                and ph.registry.kind(np.actor) == "person" \
                and not any(t.text == ";" or t.in_quote for t in toks[np.end:colon]):
            # "Marine Le Pen, head of the National Rally: “...”", "Florian Philippot of the
            # Patriots: “...”": a person described, then the quotation
            return np.actor
        if np.end < colon and colon + 1 < n and toks[colon + 1].text in L.OPENING_MARKS \
                and toks[np.end].text == "," and not any(t.in_quote for t in toks[:colon]):
            # "Ukraine, Crosetto: ‘...’": a topic, then the person quoted
            who = ph.np(toks, np.end + 1, ctx)
            if who.end == colon and named_actor(who) and not who.weak \
                    and ph.registry.kind(who.actor) == "person":
                return who.actor
    if colon is not None and colon > 2:
        # "Europeans float a force; Moscow's deputy foreign minister: ...": a second part
        # of the headline with its own source
        semi = next((k for k in range(colon - 1, max(0, colon - 9), -1)
                     if toks[k].text == ";"), None)
        if semi is not None and not toks[semi].in_quote:
            np = ph.np(toks, semi + 1, ctx)
            if np.end == colon and np.actor and not np.weak and not np.pronoun \
                    and not np.media and not np.people:
                return np.actor
    if colon is not None and colon + 1 < n and toks[colon - 1].text in L.CLOSING_MARKS \
            and toks[0].text in L.OPENING_MARKS:
        np = ph.np(toks, colon + 1, ctx)  # "‘Nothing ruled out’: Macron on Western troops"
        if named_actor(np) and not np.weak and (np.end == n or toks[np.end].low in (
                "on", "says", "said", "tells", "told", "warns", "to", "at", "in")):
            return np.actor
    elif colon is not None and colon + 2 < n and toks[-1].text not in (".", "!", "?"):
        # "Saving Europe time: Kuleba on Macron's idea of troops": a headline's topic, then
        # a person and what they spoke on
        np = ph.np(toks, colon + 1, ctx)
        if named_actor(np) and not np.weak and np.end < n and toks[np.end].low == "on" \
                and ph.registry.kind(np.actor) == "person":
            return np.actor
    # "... – Tusk": a dash, then only the source (and maybe a full stop); not at the end of a
    # long sentence ("..., the Multinational Force – Ukraine.": a name with a dash)
    end = n - 1 if toks[-1].text in (".", "!") else n
    if end < n and n > _HEADLINE_WORDS:
        return None
    for k in range(max(1, end - 8), end - 1):
        if toks[k].text in L.DASHES and not toks[k].in_quote:
            np = ph.np(toks, k + 1, ctx)
            if np.end == end and not np.weak and (
                    named_actor(np) or (np.actor and np.actor.startswith(LATER))):
                return np.actor  # "... - Bulgarian Defense Minister": a title named further down
            if np.end < end and toks[np.end].low == "to" and named_actor(np) and not np.weak:
                # "... – PM Starmer to Putin": the source, then whom the words were for
                to = ph.np(toks, np.end + 1, ctx)
                if to.end == end and to.actor and not to.pronoun:
                    return np.actor
    return None


def topic_headline(ph, toks, ctx) -> str | None:
    """A headline that names a person and the topic of their words, with no colon: "Duda on
    whether Polish troops could be sent to Ukraine", "Kallas on peacekeepers in Ukraine". Only
    a headline (no full stop) that opens with the person and "on"; not "Duda on Monday ..."."""
    n = len(toks)
    if n < 3 or toks[-1].text in (".", "!", "?") or toks[-1].in_quote:
        return None
    np = ph.np(toks, 0, ctx)
    if np.end >= n - 1 or toks[np.end].low != "on" or not named_actor(np) or np.weak \
            or np.pronoun or np.media or ph.registry.kind(np.actor) != "person":
        return None
    # not a date ("Duda on Monday"), nor "on the ..." ("the" opens time phrases, and "Macron
    # on the defensive" is an idiom), nor "on behalf of", "on board"
    if toks[np.end + 1].low in L.TIME_WORDS or toks[np.end + 1].low in ("behalf", "board"):
        return None
    return np.actor


def as_headline(ph, toks, ctx) -> str | None:
    """A headline of a response to an actor's statement: "Reactions as Macron declines to
    exclude ground troops", "Pushback grows as Zelensky and European powers reject the plan":
    a few words with no actor, "as", then an actor with a verb of speech or position. Only a
    headline (no full stop); not "Reactions as Macron arrives in Kyiv"."""
    n = len(toks)
    if toks[-1].text in (".", "!", "?") or toks[-1].in_quote:
        return None
    at = next((k for k in range(1, min(n, _AS_HEAD + 1)) if toks[k].low == "as"), None)
    if at is None or not toks[0].cap \
            or any(t.mention is not None or not t.word or t.in_quote for t in toks[:at]):
        return None
    np = ph.np(toks, at + 1, ctx)
    if not named_actor(np) or np.weak or np.pronoun or np.media:
        return None
    end = after_aside(toks, np.end)
    if end < n and toks[end].low == "and":
        other = ph.np(toks, end + 1, ctx)  # "as Zelensky and leading European powers reject"
        if other.actor is None and not other.pronoun:
            group = next((j + 1 for j in range(end + 1, min(n, end + 5))
                          if toks[j].low in _AS_GROUPS), None)
            if group is None or any(not t.word or t.mention is not None and not t.mention.role
                                    and t.text not in L.DEMONYMS for t in toks[end + 1:group]):
                return None
            end = group
        else:
            end = after_aside(toks, other.end)
    verb = verb_group(toks, end)
    if verb is None or toks[verb].low not in L.REPORTING_VERBS:
        return None
    return np.actor


# How many words may come before "as" in such a headline ("Pushback grows as ...").
_AS_HEAD = 3
# Unnamed groups joined to the actor there ("as Zelensky and European allies reject ...").
_AS_GROUPS = frozenset("allies capitals countries governments leaders nations partners powers "
                       "states".split())


def dateline_colon(ph, toks, ctx) -> int | None:
    """The start of the sentence after a dateline and a colon ("WARSAW: Polish troops ...",
    "New Delhi: On Tuesday ..."), or None: the place is a state's name or capital, and what
    follows is a full sentence with an actor of its own."""
    from .subject import main_clause, skip_intro  # the subject step uses this module

    colon = find(toks, ":", 0)
    if colon is None or colon == 0 or colon > 4 or toks[-1].text not in (".", "!", "?"):
        return None
    place = ph.np(toks, 0, ctx)
    if place.end != colon or not place.actor or ph.registry.kind(place.actor) != "state":
        return None
    start = skip_intro(toks, colon + 1)
    clause = main_clause(ph, toks, start, ctx)
    return start if clause is not None and clause.actor else None


# Verbs that sign what came before them on a dashed line of their own ("- Name wrote.").
_SIGNING_VERBS = frozenset("posted tweeted wrote said added concluded".split())


def signature(ph, toks, ctx) -> str | None:
    """A line that signs a post quoted above it: '— Name', 'Name (@handle) March 3, 2025'."""
    n = len(toks)
    start = 1 if toks[0].text in L.DASHES else 0
    np = ph.np(toks, start, ctx)
    if not named_actor(np) or np.weak or ph.registry.kind(np.actor) != "person":
        return None
    if start and (np.end == n or toks[np.end].text in ("(", ",")):
        return np.actor
    if start and np.end + 2 == n and toks[np.end].low in _SIGNING_VERBS \
            and toks[-1].text in (".", "!"):
        return np.actor  # "- Landsbergis posted." after the lines of the post
    if np.end + 1 < n and toks[np.end].text == "(" and toks[np.end + 1].text == "@":
        return np.actor
    return None


def _possessed_thing(toks, np: NP) -> bool:
    """True when the phrase is a thing someone has ("Ukraine's demand", "Poland's refusal"),
    not a person named by a title or a name ("Russia's foreign minister", "Poland's Foreign
    Minister Radosław Sikorski", "Poland's Sikorski")."""
    last = toks[np.end - 1]
    return any(toks[x].low == "'s" for x in range(np.start, np.end - 1)) \
        and last.low not in L.ROLE_WORDS and last.low not in L.PERSON_DESCRIPTIONS \
        and not last.cap


def reporting_clause(ph, toks, ctx) -> tuple[str | None, bool]:
    """A reporting clause after a closing quote or a comma: ', X said' or ', said X'."""
    n = len(toks)
    # where a quotation that opens the sentence closes (read once: the loop below is linear)
    first_close = None
    if toks[0].text in L.OPEN_Q or toks[0].text == '"':
        first_close = next((k for k in range(1, n) if toks[k].text in L.CLOSE_Q
                            or toks[k].text == '"'), None)
    according = toks[0].low == "according"  # an opening "According to X," is no clause
    opening = None  # the phrase that opens a headline, read at its first comma
    for p, tok in enumerate(toks):
        if tok.in_quote and tok.text not in L.CLOSING_MARKS:
            continue
        after_quote = tok.text in L.CLOSE_Q or (
            tok.text == '"' and p > 0 and toks[p - 1].in_quote)
        if tok.low == "says" and 2 < p < n - 1 and toks[p - 1].word \
                and toks[-1].text not in ".!?" and _first_person_opening(toks):
            # a headline's quoted words and then its speaker, with no comma: "We won't send
            # soldiers to Ukraine says Tajani on Macron"
            np = ph.np(toks, p + 1, ctx)
            if named_actor(np) and clause_ends(toks, np.end):
                return np.actor, False
        if tok.text in L.DASHES and 0 < p < n - 2 and toks[p + 1].low in _INVERTED_VERBS \
                and (toks[p - 1].text in (".", "!", "?") or toks[p - 1].word):
            # "... until December 2026. - said Luxon.", "... to Ukraine – said Tusk.": the
            # interview style of Ukrainian outlets puts the speaker after a dash, with no comma
            np = ph.np(toks, p + 2, ctx)
            if named_actor(np) and clause_ends(toks, np.end):
                return np.actor, False
            continue
        if tok.text in L.DASHES and 0 < p < n - 2 and toks[-1].text in ".!?":
            dashed = _after_dash(ph, toks, p, ctx)
            if dashed:
                return dashed, False
            continue
        if not (after_quote or tok.text == ","):
            continue
        if according and not after_quote:
            according = False  # the first comma after it closes "According to X,"
            continue  # "According to the SVR, NATO wants ...": the source's words, not NATO's
        if not after_quote and toks[-1].text not in ".!?":
            if opening is None:
                opening = ph.np(toks, 0, ctx)
            if opening.end == p and named_actor(opening):
                continue  # a headline's list, "Germany, Poland reject ...": no words reported before
        q = p + 1
        if after_quote and q < n and toks[q].text == ",":
            q += 1
        if q + 1 < n and toks[q].text in L.DASHES and toks[q + 1].low in _INVERTED_VERBS:
            q += 1  # "..., - said General Syrskyi": a dash in the style of an interview
        if q >= n:
            continue
        if after_quote and toks[q].text in L.OPENING_MARKS:
            continue
        # '"...," was his reply.'
        if after_quote and q + 2 < n and toks[q].low in ("was", "came") \
                and toks[q + 1].low in ("his", "her") and toks[q + 2].low in L.REPLY_NOUNS:
            return ctx.last_person or None, True
        # ", said X" / "” said X"
        if toks[q].low in _INVERTED_VERBS:
            np = ph.np(toks, q + 1, ctx)
            if np.end > q + 1 and np.actor and not np.people and not _possessed_thing(toks, np):
                # (not "..., Zhovkva, underscored Ukraine's demand": an object, not a speaker)
                if after_quote or clause_ends(toks, np.end):
                    return np.actor, after_quote
            continue
        if after_quote and toks[q].low == "it" and ctx.last_body and q + 1 < n:
            verb = verb_group(toks, q + 1)
            if verb is not None and toks[verb].low in L.REPORTING_VERBS:
                return ctx.last_body, True  # '"...," it estimated.': the body that spoke last
        titled = _title_then_name(ph, toks, q, ctx, after_quote) \
            if after_quote or toks[q].low == "the" else None
        if titled:
            # '"...," Moscow's envoy to Cyprus, Murat Zyazikov, told TASS.', "..., the head of
            # the Danish army, Peter Boysen, said on Wednesday."
            return titled, after_quote
        np = two_titles(ph, toks, ph.np(toks, q, ctx), ctx)  # "..., Deputy Prime Minister
        # and Defence Minister Władysław Kosiniak-Kamysz said."
        if np.people and np.end + 1 < n \
                and toks[np.end].low in ("for", "of", "at", "from", "in"):
            # "a spokesman for Starmer told journalists", "a senior official in Kyiv said"
            inner = ph.np(toks, np.end + 1, ctx)
            if named_actor(inner) and (toks[np.end].low != "in"
                                       or ph.registry.kind(inner.actor) == "state"):
                actor = inner.actor
                if ph.registry.kind(actor) == "person" and toks[np.end - 1].low in SPOKESPEOPLE:
                    actor = ph.spoken_for(actor)
                np = NP(q, inner.end, actor=actor)
        # (also after a comma when a quotation opened the sentence: '"...," for Kyiv, the
        # spokeswoman went on')
        quoted_before = after_quote or (first_close is not None and first_close < p)
        if quoted_before and np.actor is None and not np.media and ctx.last_person \
                and toks[q].low == "the" and np.end > q + 1 \
                and toks[np.end - 1].low in L.PERSON_DESCRIPTIONS:
            # '"...," the Estonian politician stressed': a description of the person quoted
            verb = verb_group(toks, after_aside(toks, np.end))
            if verb is not None and toks[verb].low in _REPORTING_OR_AFTER_QUOTE_VERBS:
                return ctx.last_person, True
        cited = _cited_as_saying(ph, toks, after_aside(toks, np.end), ctx) \
            if after_quote and np.end > q else None
        if cited:
            # '"...," the minister cited him as saying.', '"...," Le Monde reported Meloni as
            # saying.' (an outlet too)
            return cited, True
        if np.actor is None and np.end == q + 2 and toks[q].low == "the" \
                and toks[q + 1].low in _UNNAMED_VOICES and ctx.last_body \
                and ctx.last_speaker == ctx.last_body:
            verb = verb_group(toks, np.end)
            if verb is not None and toks[verb].low in _REPORTING_OR_AFTER_QUOTE_VERBS \
                    and (after_quote or clause_ends(toks, verb + 1)):
                # '"...," the source added.' after "A source at Turkey's defence ministry
                # said ...": the unnamed voice of the state or body that spoke last
                return ctx.last_body, after_quote
        if np.end == q or np.actor is None or np.people or np.media:
            continue
        if not after_quote and toks[q].low in _OBJECT_OPENERS:
            # "..., something Putin, Russia's president, has rejected outright.": what someone
            # rejected, an object put before its verb, not a closing reporting clause
            continue
        if not after_quote and _list_member(toks, p, np.end):
            continue  # "Germany, Britain, Spain, Poland and ... distanced themselves, reports said"
        if not after_quote and _names_before(toks, p, np.actor):
            # "... should Donald Trump, the US president-elect, broker a deal ..., Maria
            # Zakharova ... has said": an apposition to the name before the comma, no clause
            continue
        if after_quote and _was_quoted_as(toks, after_aside(toks, np.end)):
            return np.actor, True  # '"...," he was quoted as saying.'
        verb = verb_group(toks, after_aside(toks, np.end))
        went_on = toks[verb].low in ("went", "goes") and verb + 1 < n \
            and toks[verb + 1].low == "on" if verb is not None else False
        if verb is None or not (toks[verb].low in L.REPORTING_VERBS or went_on or (
                after_quote and toks[verb].low in L.AFTER_QUOTE_VERBS)
                or _made_clear(toks, verb)):
            continue
        if toks[verb].low in _MADE:
            verb += 2 if toks[verb + 1].low == "it" else 1  # the clause ends after "clear"
        if not after_quote and not clause_ends(toks, verb + 1):
            continue
        if not after_quote and any(toks[x].low in L.MODALS for x in range(np.end, verb)):
            continue  # "..., Switzerland could put 200 soldiers into a mission, ...": a clause
        if toks[verb].low in L.CREDIT_VERBS and np.actor not in ph.registry:
            # "Mr Putin responded, Newstalk reported: ...": a name the registry does not know
            # that "reported" is an outlet's credit, as a known outlet's is, not a speaker
            continue
        return np.actor, after_quote
    return None, False


def _names_before(toks, p: int, actor: str) -> bool:
    """Whether the words just before the comma at ``p`` name ``actor`` (a registry mention
    ending there, or a name whose last word ends there): what follows the comma is then an
    apposition to them."""
    return actor.split()[-1:] == [toks[p - 1].text] or any(
        toks[k].mention is not None and toks[k].mention.end == p and toks[k].mention.actor == actor
        for k in range(max(0, p - 5), p))


# Words that open an object put before its verb ("..., something Putin has rejected").
_OBJECT_OPENERS = frozenset("something what which whom".split())

# Unnamed voices that speak again for the state or body that spoke last ('"...," the source
# added', "..., the spokesperson said").
_UNNAMED_VOICES = frozenset("source spokesperson spokesman spokeswoman".split())

# What may follow a name set off after its title ("according to the army chief, General X.").
_APPOSITION_ENDS = frozenset({",", ".", ";", "!", "?"})
# Head words of a title set off before the name it gives ("Russia's ambassador to Cyprus,
# Murat Zyazikov, told ...").
_TITLE_HEADS = L.ROLE_WORDS | L.PERSON_TITLES
# How many words a title before the name's comma may have.
_TITLE_REACH = 10


def _title_then_name(ph, toks, q: int, ctx, after_quote: bool = True) -> str | None:
    """The person named after a title set off by commas before the reporting verb, right after
    a quotation: '"...," Moscow's ambassador to Cyprus, Murat Zyazikov, told TASS.'; after a
    comma (not ``after_quote``) when the reporting clause ends the sentence: "..., the head of
    the Danish army, Peter Boysen, said on Wednesday." (a full name the registry lacks too)."""
    n = len(toks)
    if q >= n or not (after_quote or toks[q].low == "the"):
        return None
    comma = None
    for k in range(q + 1, min(n, q + _TITLE_REACH + 1)):
        if toks[k].text == ",":
            comma = k
            break
        if not toks[k].word or toks[k].in_quote:
            return None
    if comma is None or not any(t.low in _TITLE_HEADS for t in toks[q:comma]):
        return None
    person = ph.np(toks, comma + 1, ctx)
    if not person.actor or person.pronoun or person.people or person.media \
            or person.end >= n or toks[person.end].text != "," \
            or not (ph.registry.kind(person.actor) == "person" or (
                not after_quote and not person.weak and " " in person.actor
                and person.actor not in ph.registry)):
        return None
    verb = verb_group(toks, person.end + 1)
    if verb is None or toks[verb].low not in _REPORTING_OR_AFTER_QUOTE_VERBS:
        return None
    if not after_quote and not (toks[verb].low in L.REPORTING_VERBS
                                and clause_ends(toks, verb + 1)):
        return None
    return person.actor


_MADE = frozenset("made makes make".split())


def _made_clear(toks, verb: int) -> bool:
    """'..., the chancellor made clear.', '..., the minister has made it clear.'"""
    n = len(toks)
    if toks[verb].low not in _MADE or verb + 1 >= n:
        return False
    k = verb + 2 if toks[verb + 1].low == "it" else verb + 1
    return k < n and toks[k].low == "clear"


def _cited_as_saying(ph, toks, k: int, ctx) -> str | None:
    """The one "cited"/"quoted"/"reported" at k as saying: '"...," Interfax quoted him as
    saying', '"...," Franceinfo reported the Italian minister as saying'."""
    n = len(toks)
    if k + 3 >= n or toks[k].low not in L.CITED_AS:
        return None
    obj = ph.np(toks, k + 1, ctx)
    if obj.end == k + 1 or obj.end + 1 >= n or toks[obj.end].low != "as" \
            or toks[obj.end + 1].low not in ("saying", "telling", "stating"):
        return None
    return obj.actor if obj.actor and not obj.people and not obj.media else None


def _was_quoted_as(toks, k: int) -> bool:
    """True when "was quoted as saying" (or "is"/"were" quoted, "... as telling") starts at k."""
    return k + 3 < len(toks) and toks[k].low in ("was", "is", "were", "are") \
        and toks[k + 1].low == "quoted" and toks[k + 2].low == "as" \
        and toks[k + 3].low in ("saying", "telling", "stating")


def _after_dash(ph, toks: list[Tok], p: int, ctx: Context) -> str | None:
    """The speaker a dash at ``p`` gives at the end of a sentence, in the style of Ukrainian
    outlets: "... if a peace deal is reached - Dzhelyal said." (a name and its verb), and a
    quotation signed after it: '"...," — Lin Jian, spokesperson for China's Foreign Ministry.'
    (a name and its title, no verb)."""
    n = len(toks)
    before = toks[p - 1]
    if not (before.word or before.text in (".", "!", "?", ",") or before.text in L.CLOSING_MARKS):
        return None
    np = ph.np(toks, p + 1, ctx)
    if np.end >= n:
        return None
    verb = verb_group(toks, after_aside(toks, np.end))
    said = verb is not None and toks[verb].low in L.REPORTING_VERBS and clause_ends(toks, verb + 1)
    if said and toks[p + 1].low == "the" and toks[np.end - 1].low in L.PERSON_DESCRIPTIONS:
        return ctx.last_person or None  # "..., — the Russian diplomat remarked": the one quoted
    if said and np.pronoun and np.end == p + 2 and toks[p + 1].low in ("he", "she"):
        return ctx.person_for(toks[p + 1].low) or None  # "... jointly – he said."
    if not named_actor(np):
        return None
    if said:
        return np.actor  # "... - Dzhelyal said."
    k = p - 1 if before.text not in (",", ".") else p - 2
    quoted = k >= 0 and (toks[k].text in L.CLOSING_MARKS or toks[k].in_quote)
    if quoted and ph.registry.kind(np.actor) == "person" and (
            np.end == n - 1 or (toks[np.end].text == "," and not any(
                toks[x].low in L.REPORTING_VERBS or toks[x].text in L.OPEN_Q
                for x in range(np.end, n)))):
        return np.actor  # '"...," — Lin Jian, spokesperson for China's Foreign Ministry.'
    return None


def _list_member(toks, comma: int, end: int) -> bool:
    """True when the comma at ``comma`` separates names of a list and the name after it is
    followed by another member ("Italy, Spain, Poland and ..."), not by its verb."""
    n = len(toks)
    before = toks[comma - 1]
    if not (before.inside or namey(before)) or end + 1 >= n:
        return False
    if toks[end].text != "," and toks[end].low != "and":
        return False
    if toks[end - 1].low in _TITLE_HEADS:
        return False  # "... for Russia, Russia's foreign minister, Sergey Lavrov, said": a title
        # set off before its name, not a member of a list
    j = comma - 1
    while j > 0 and comma - j < 5 and (toks[j].inside or namey(toks[j])):
        j -= 1
    if toks[j].low == "and":
        return False  # "between Russia and Ukraine, Boris Pistorius, Germany's ..., said": the
        # list before the comma has ended
    if toks[end].text == ",":
        close = next((x for x in range(end + 1, min(n, end + 12)) if toks[x].text == ","), None)
        if close is not None and any(toks[x].low in L.ROLE_WORDS for x in range(end + 1, close)):
            return False  # "... in Poland, Keir Starmer, the British prime minister, said": the
            # name's apposition, not the next member
    nxt = toks[end + 1]
    if nxt.low == "the" and end + 2 < n:
        nxt = toks[end + 2]
    return nxt.mention is not None or nxt.inside or namey(nxt)


def foreign_source(registry, state: str, source: str) -> bool:
    """True when ``source`` is a person of another state than ``state``, the subject of the
    clause they report ("Spain regards the debate as premature, according to Poland's foreign
    minister"): the position is the state's; its own person speaks for it ("Russia accepts
    ..., according to Lavrov": Lavrov's)."""
    if registry.kind(state) != "state" or registry.kind(source) != "person":
        return False
    side = registry.side(source)
    return registry.kind(side) == "state" and side != state


def according_to(ph, toks, ctx, leading: bool) -> str | None:
    n = len(toks)
    for i in range(n - 1):
        if toks[i].low == "according" and toks[i + 1].low == "to":
            if leading and i != 0:
                return None
            if i + 3 < n and toks[i + 2].low == "her" and toks[i + 3].text == ",":
                # "According to her, ...": "her" alone (no pronoun of a noun phrase, since it
                # may be a possessive) is the woman who spoke last
                return ctx.person_for("her") or None
            np = ph.np(toks, i + 2, ctx)
            if np.end > i + 2 and np.end + 1 < n and toks[np.end].text == "," \
                    and not np.media and not (np.actor and ph.registry.kind(np.actor) == "person"
                                              and not np.actor.startswith(LATER)):
                # "according to the army chief, General Pierre Schill": the person the title
                # is set off before
                named = ph.np(toks, np.end + 1, ctx)
                if named_actor(named) and not named.weak \
                        and ph.registry.kind(named.actor) == "person" \
                        and any(toks[x].low in _TITLE_HEADS for x in range(i + 2, np.end)) \
                        and (named.end >= n or toks[named.end].text in _APPOSITION_ENDS):
                    return named.actor
            if (np.actor is None or np.people) and np.end + 1 < n \
                    and toks[np.end].low in ("from", "of", "by", "in"):
                # "according to a readout from X's office", "... to the ministry in Warsaw"
                inner = ph.np(toks, np.end + 1, ctx)
                if named_actor(inner) and not inner.weak:
                    return inner.actor
            if np.actor and not np.people and not np.media and not np.weak:
                return np.actor
            described = _described_previous(ph, toks, i + 2, ctx)
            if described is not None and toks[described.end].text == ",":
                # "According to the SVR chief, ..." after "SVR chief Sergei Naryshkin ...": the
                # speaker of the sentence before, so described
                return ctx.previous
    return None

def quoted_as_saying(ph, toks, ctx) -> str | None:
    """'TASS quoted a Russian diplomatic source as saying ...'; in the passive, the one quoted:
    '"...," Duda was quoted by AP as saying', 'Stubb was quoted by Finnish broadcaster Yle as
    saying'."""
    n = len(toks)
    for i, tok in enumerate(toks):
        if tok.low != "quoted" or tok.in_quote:
            continue
        if i > 1 and toks[i - 1].low in _QUOTED_AUX:
            passive = _quoted_passive(ph, toks, i, ctx)
            if passive:
                return passive
            continue
        np = ph.np(toks, i + 1, ctx)
        if np.actor and not np.media and np.end + 1 < n \
                and toks[np.end].low == "as" and toks[np.end + 1].low in _AS_SAYING:
            return np.actor
    return None


_AS_SAYING = frozenset(("saying", "telling", "stating"))
_QUOTED_AUX = frozenset("was is were are been being".split())
_QUOTED_AUXES = _QUOTED_AUX | frozenset("has have had".split())
# How far back from "was quoted" the one quoted may start ("Finland's president Alexander
# Stubb was quoted ...").
_QUOTED_REACH = 8


def _quoted_passive(ph, toks, i, ctx) -> str | None:
    """The subject of 'X was quoted [by an outlet] as saying' (``i``: "quoted"), or None."""
    n = len(toks)
    k = i + 1
    if k < n and toks[k].low == "by":  # the outlet that quoted, any phrase up to "as"
        k = next((j for j in range(k + 1, min(n, k + 8)) if toks[j].low == "as"), n)
    if not (k + 1 < n and toks[k].low == "as" and toks[k + 1].low in _AS_SAYING):
        return None
    aux = i - 1
    while aux > 0 and toks[aux - 1].low in _QUOTED_AUXES:  # "has been quoted"
        aux -= 1
    # the clause that ends at the auxiliary starts after a comma, a quotation mark or a dash
    first = aux
    while first > 0 and aux - first < _QUOTED_REACH and toks[first - 1].word \
            and not toks[first - 1].in_quote:
        first -= 1
    for start in range(first, aux):
        np = ph.np(toks, start, ctx)
        if np.end == aux and start > 0 and toks[start - 1].low in _INDEFINITE:
            return None  # '"...," one diplomat is quoted as saying': someone unnamed, not the
            # holder of that title ("diplomat") named before
        if np.end == aux and np.actor and not np.media and not np.people:
            return np.actor
    return None


_INDEFINITE = frozenset("a an one another".split())
# First-person words that open a headline's quoted words without quotation marks ("We won't
# send soldiers ... says Tajani").
_HEADLINE_WE = frozenset("we i our my".split())


def _first_person_opening(toks) -> bool:
    """True when the first word (after any marks such as an agency's "++") is "We", "I", ..."""
    first = next((t for t in toks if t.word), None)
    return first is not None and first.low in _HEADLINE_WE


def unnamed_after_quote(ph, toks, ctx) -> bool:
    """True when the quotation that the sentence closes is given to someone unnamed ('...
    holes," one diplomat is quoted as saying.', '...," a European official said.') or to an
    outlet, whose report it is ('...," Axios said Tuesday.')."""
    n = len(toks)
    close = next((k for k in range(1, n) if toks[k].text in L.CLOSING_MARKS
                  and toks[k - 1].in_quote and not (k + 1 < n and toks[k + 1].in_quote)), None)
    if close is None:
        return False
    q = close + 1 + (close + 1 < n and toks[close + 1].text == ",")
    if q + 1 >= n:
        return False
    np = ph.np(toks, q, ctx)
    if np.end >= n or not (np.media or toks[q].low in _INDEFINITE and np.end > q + 1
                           and not named_actor(np)):
        return False
    verb = verb_group(toks, np.end)
    return verb is not None and (toks[verb].low in _REPORTING_OR_AFTER_QUOTE_VERBS
                                 or toks[verb].low == "quoted")

def subordinate_speaker(ph, toks, ctx, positions: bool = False) -> str | None:
    """'..., when Macron said ...', '..., in what Frederiksen called a hybrid attack'; with
    ``positions``, verbs of a position too ('His comments came after Hegseth ruled out ...')."""
    broad = L.SPEECH_REPORTING_OR_HOLDER_VERBS
    for i, tok in enumerate(toks[:-2]):
        if tok.in_quote or tok.low not in _SUBORDINATORS:
            continue
        # ("after the Commission's president, Ursula von der Leyen, mentioned ...")
        np = person_after_title(ph, toks, ph.np(toks, i + 1, ctx), ctx)
        if not np.actor or np.people or np.media or np.pronoun or np.weak:
            continue
        # (past an aside: "after General Martin Herem, Estonia's defence chief, said ...")
        verb = verb_group(toks, after_aside(toks, np.end))
        # (a position's verb only after "after" or "when": "came as Trump pressed for ...")
        verbs = broad if (positions and tok.low in ("after", "when")) or (
            tok.low == "when" and i > 0 and toks[i - 1].low in L.BEGAN) else L.SPEECH_VERBS
        if verb is not None and (toks[verb].low in verbs or toks[verb].low in
                                 ("called", "described", "termed", "dubbed", "branded") or (
                toks[verb].low in ("put", "puts") and verb + 1 < len(toks)
                and toks[verb + 1].low == "it")):  # "..., as Macron put it"
            return np.actor
    return None

# Verbs of making a statement, and the statements made ("a rebuttal was delivered by X").
_DELIVERED = frozenset("delivered issued made voiced given offered sounded".split())
_UTTERANCES = L.STATEMENT_NOUNS | L.POSITION_NOUNS | frozenset(
    "rebuttal response reply criticism rebuke reaction objection answer".split())


_WEIGHED = frozenset("consideration discussion review study".split())


# Verbs whose participle with "out" or "forward" states a position: "was set out by X".
_SET_OUT = frozenset("set put laid spelled spelt".split())


def passive_agent(ph, toks, ctx) -> str | None:
    """'The proposal was welcomed by Estonia's prime minister, Kristen Michal.'"""
    for i, tok in enumerate(toks[:-3]):
        # "one of the options under consideration by Trump": who considers it
        if tok.low == "under" and toks[i + 1].low in _WEIGHED and toks[i + 2].low == "by" \
                and not tok.in_quote:
            np = ph.np(toks, i + 3, ctx)
            if named_actor(np) and not np.weak:
                return np.actor
    for i, tok in enumerate(toks[:-2]):
        if tok.in_quote or tok.low not in ("was", "were", "is", "are", "been", "be"):
            continue
        j = i + 1
        while j < len(toks) and ((toks[j].low.endswith("ly") and not toks[j].cap)
                                 or toks[j].low in ("not", "never")):
            j += 1  # "was not ruled out by X"
        # "was ruled out by X", "was set out by X", "was put forward by X"
        particle = j + 1 < len(toks) and toks[j + 1].low in ("out", "forward")
        by = past_addressees(toks, j + 1 + particle)  # "was announced to journalists by X"
        if by >= len(toks) or toks[by].low != "by":
            continue
        if not (toks[j].low in L.REPORTING_VERBS
                and (toks[j].low.endswith("ed") or toks[j].low == "told")) and not (
                toks[j].low in _DELIVERED and any(t.low in _UTTERANCES for t in toks[:i])) \
                and not (particle and toks[j].low in _SET_OUT):
            continue  # "The sharpest rebuttal was delivered by Germany": who made it
        np = ph.np(toks, by + 1, ctx)
        if np.actor is None and not np.pronoun and np.end < len(toks) \
                and toks[np.end].text == ",":
            # "by Estonia's prime minister, Kristen Michal"
            aside = ph.np(toks, np.end + 1, ctx)
            if aside.actor and not aside.people:
                return aside.actor
        if (np.actor is None or np.weak) and not np.pronoun and np.end < len(toks) \
                and toks[np.end].text != ",":
            # "by the Speaker of the National Council (parliament) of Slovakia and ..., Peter
            # Pellegrini, after ...": a long description, then the person named between commas
            comma = find(toks, ",", np.end, limit=30)
            if comma is not None and not any(t.in_quote for t in toks[np.end:comma]):
                aside = ph.np(toks, comma + 1, ctx)
                if named_actor(aside) and ph.registry.kind(aside.actor) == "person" \
                        and (aside.end >= len(toks) or toks[aside.end].text in (",", ".")):
                    return aside.actor
        if np.actor and not np.people and not np.media and not np.weak and not np.pronoun \
                and not (toks[np.end - 1].low in _WORDS_OR_POSITION
                         and any(toks[x].low == "'s" for x in range(np.start, np.end))) \
                and toks[np.end - 1].low not in L.CAPABILITY_NOUNS:
            # (not "were worried by Macron's position": his position worried them; nor "would
            # be backed by U.S. air power": what a state lends, not who holds a position)
            return np.actor
    return None


_WORDS_OR_POSITION = L.POSITION_NOUNS | L.VOICE_OR_STATEMENT_NOUNS
# How a speaker sounds in a "with" clause ("..., with Merz sounding cautious").
_SOUNDING = frozenset("sounding".split())
_WITH_REACH = 16  # how far after "with" its verb may come


def with_saying(ph, toks, ctx) -> str | None:
    """'..., with Macron noting that ...', '..., with Poland, Spain and Italy signalling ...',
    '..., with Tusk and his defence minister insisting ...', '..., with Pistorius sounding
    sceptical' (joint actors: the first named)."""
    n = len(toks)
    for i, tok in enumerate(toks[:-1]):
        if tok.text == "," and toks[i + 1].low == "with":
            sounding = next((k for k in range(i + 3, min(n, i + _WITH_REACH))
                             if toks[k].low in _SOUNDING), None)
            # ("with Defence Minister Boris Pistorius sounding ...": a noun phrase would read
            # "sounding" as a noun; the names end before it)
            words = toks if sounding is None else toks[:sounding]
            np = ph.np(words, i + 2, ctx)
            if not np.actor or np.people:
                continue
            k = np.end
            while k + 1 < n and toks[k].text in (",", "and"):
                other = ph.np(words, k + 1, ctx)  # the other members of a list, or a second
                # speaker ("and his defence minister"): the first named holds it
                if not (named_actor(other) or (toks[k].low == "and" and not np.pronoun
                                               and other.end > k + 1)):
                    break
                k = other.end
            if k < n and toks[k].low.endswith("ing") \
                    and (toks[k].low in L.REPORTING_VERBS or toks[k].low in _SOUNDING):
                return np.actor
    return None

# -- noun phrases ---------------------------------------------------------------------


# Nouns of a view after "by" ("By his estimate", "By Wüstner's reckoning").
_BY_VIEW_NOUNS = frozenset("account estimate reckoning estimation assessment".split())


def own_voice_joined(ph, toks, ctx, body: str) -> str | None:
    """The body's own person who speaks in a clause joined to one whose subject is the state or
    the organisation ("The UN says talks are expected, but Under-Secretary-General Lacroix
    stressed that ...": Lacroix, not the UN), or None."""
    if ph.registry.kind(body) not in ("state", "organisation"):
        return None
    return own_person(ph, coordinated_clause(ph, toks, ctx), body)


def own_person(ph, actor: str | None, body: str) -> str | None:
    """``actor`` when it is a person who speaks for ``body`` (a state's own minister, not the
    state: "..., with Defence Minister Boris Pistorius sounding sceptical")."""
    if actor and ph.registry.kind(actor) == "person" and ph.registry.side(actor) == body:
        return actor
    return None


def viewpoint(ph, toks, ctx) -> str | None:
    """Whose view a sentence gives: "In Landsbergis's view, ...", "in his view", "in the view of
    Defence Minister Boris Pistorius", "As he sees it, ..."."""
    n = len(toks)
    if toks[0].low in ("to", "for") and n > 4:
        # "To Kallas, this shows that ...", "For Scholz, what matters most is ...": whose
        # reading of it the sentence gives ("For Ukraine, ..." is the journalist's framing, so
        # "for" takes a person only)
        np = ph.np(toks, 1, ctx)
        if np.end < n - 2 and toks[np.end].text == "," and named_actor(np) and not np.weak \
                and not np.pronoun and ph.registry.kind(np.actor) in (
                    ("person", "state") if toks[0].low == "to" else ("person",)):
            return np.actor
    for i in range(n - 2):
        t = toks[i]
        if t.in_quote or t.low not in ("in", "as", "by") or (i > 0 and toks[i - 1].text != ","):
            continue
        nxt = toks[i + 1]
        if t.low == "by" and not (toks[i + 2].low in _BY_VIEW_NOUNS or any(
                toks[k].low == "'s" and toks[k + 1].low in _BY_VIEW_NOUNS
                for k in range(i + 2, min(n - 1, i + 7)))):
            continue  # "By his estimate, ...", "by Wüstner's account", "By the German defence
            # minister's account"; not "By Monday, ..."
        if t.low == "as":
            if nxt.low in ("he", "she") and toks[i + 2].low in ("sees", "saw", "put", "puts"):
                return ctx.last_person or None
            continue
        if nxt.low in ("his", "her", "my", "our") and toks[i + 2].low in L.VIEW_NOUNS:
            return (ctx.last_person if nxt.low in ("his", "her") else ctx.last_speaker) or None
        if nxt.low == "the" and toks[i + 2].low in L.VIEW_NOUNS and i + 4 < n \
                and toks[i + 3].low == "of":
            np = ph.np(toks, i + 4, ctx)
            if named_actor(np):
                return np.actor
            # "in the view of the parliament's chairman": the holder of the title named before
            return role_holder(ph, toks, np.start, np.end, ctx) \
                if toks[i + 4].low == "the" and np.end > i + 5 else None
        np = ph.np(toks, i + 1, ctx)
        if toks[np.end - 1].low in L.VIEW_NOUNS and np.end - 2 > np.start \
                and toks[np.end - 2].low == "'s":
            if named_actor(np):
                return np.actor
            # "In Peskov's words, ...": the name before "'s" (the phrase itself is his words)
            for k in range(np.start, np.end - 2):
                mention = toks[k].mention
                if mention is not None and mention.end == np.end - 2:
                    return mention.actor
            # "In the minister's view, ...": the holder of the title named before
            held = role_holder(ph, toks, np.start, np.end - 2, ctx) \
                if toks[np.start].low == "the" else None
            if held:
                return held
    return None


# A statement's verbs of following another ("His claims followed comments by ...").
FOLLOWED = frozenset("followed follows came comes".split())
# Words of what someone said or put out, singular and plural.
_SAID_WORDS = L.VOICE_OR_STATEMENT_NOUNS | frozenset("""
assessment claims warnings statements threats accusations allegations report campaign
""".split())


def statement_followed(ph, toks, ctx) -> str | None:
    """The author of the statement that a statement followed, when the sentence gives its
    content: "The SVR assessment came after a run of remarks by President Emmanuel Macron in
    which he refused to exclude ...", "His claims followed comments by General Pierre Schill on
    ..." (the earlier speaker's position is the one the sentence states); None otherwise."""
    n = len(toks)
    verb = next((k for k in range(1, min(n - 3, 12)) if toks[k].low in FOLLOWED
                 and not toks[k].in_quote), None)
    if verb is None:
        return None
    k = verb + 1
    if toks[verb].low in ("came", "comes"):
        if toks[k].low == "on" and toks[k + 1].low == "the" and toks[k + 2].low == "heels" \
                and k + 3 < n and toks[k + 3].low == "of":
            k += 4  # "came on the heels of ..."
        elif toks[k].low == "after":
            k += 1
        else:
            return None
    for x in range(k, min(n - 2, k + 8)):
        if toks[x].low == "'s" and toks[x + 1].low in _SAID_WORDS:
            # "The march followed Macron's announcement of ...": whose statement
            m = next((toks[y].mention for y in range(max(k, x - 6), x)
                      if toks[y].mention is not None and toks[y].mention.end == x), None)
            return m.actor if m is not None else None
        if toks[x].low in _SAID_WORDS and toks[x + 1].low in ("by", "from"):
            np = ph.np(toks, x + 2, ctx)
            if named_actor(np) and not np.weak and not np.people and not any(
                    toks[y].low in L.PEOPLE_NOUNS for y in range(np.start, np.end)):
                return np.actor  # (not "warnings from other Russian officials")
            return None
    return None


def statement_by(ph, toks, ctx) -> str | None:
    """The author of a statement whose content the sentence gives: "... an announcement by
    French President Emmanuel Macron that France ..."."""
    for i in range(len(toks) - 2):
        if toks[i].low in L.STATEMENT_NOUNS and toks[i + 1].low == "by" and not toks[i].in_quote:
            np = ph.np(toks, i + 2, ctx)
            if named_actor(np) and np.end < len(toks) and toks[np.end].low == "that":
                return np.actor
    return None


def statement_of(ph, toks, ctx) -> str | None:
    """The author of a statement given by its content: "It echoes Macron's earlier suggestion
    that troops could go", "Tusk's pledge that Poland would help"."""
    for i in range(2, len(toks) - 1):
        if toks[i].low not in L.STATEMENT_NOUNS or toks[i + 1].low != "that" or toks[i].in_quote:
            continue
        k = i - 1
        while k > 0 and toks[k].word and (not toks[k].cap or toks[k].low in L.TIME_WORDS) \
                and toks[k].low != "'s" and i - k < 3:
            k -= 1  # "earlier", "repeated", "Monday"
        if toks[k].low != "'s":
            continue
        for p in range(max(0, k - 6), k):
            mention = toks[p].mention
            if mention is not None and mention.end == k:
                return mention.actor  # "French President Emmanuel Macron's"
        if k > 0 and namey(toks[k - 1]):
            start = k - 1
            while start > 0 and namey(toks[start - 1]) and k - start < 4:
                start -= 1
            name = name_from(toks, start, k)
            found = ph._resolve_name(name, ctx) if name else None
            if found and not found[1]:
                return found[0]
    return None


def first_person(toks) -> bool:
    """True when the sentence speaks in the first person outside quotation marks."""
    if toks[-1].text not in (".", "!", "?", "”", '"'):
        return False  # a heading ("Peacekeepers in Ukraine: what we know")
    return any(t.low in L.FIRST_PERSON and not t.in_quote and t.mention is None
               and (t.low != "i" or t.text == "I") and (t.low != "us" or t.text == "us")
               for t in toks)  # "US" is the country


def summed_up(ph, toks, ctx) -> str | None:
    """A sentence that names who said what came before it: "That was the message from Kaja
    Kallas, ...", "This is the view of the Kremlin"; the actor named, or None."""
    n = len(toks)
    if toks[0].low == "so" and n >= 3 and toks[1].low in _SO_VERBS:
        # "So said Dmitry Medvedev on Telegram.", "So says Defence Minister Guido Crosetto,
        # speaking to La Stampa.": the inverted credit of what came before
        np = ph.np(toks, 2, ctx)
        if named_actor(np) and not np.weak and not np.pronoun and not np.media and (
                np.end == n or toks[np.end].text in (",", ".", "!")
                or toks[np.end].low in _AFTER_SO_SAID):
            return np.actor
        return None
    if n < 6 or toks[0].low not in _SUMMARY_OPENERS or toks[1].low not in _WAS:
        return None
    if toks[2].low == "how":
        # "That was how the Russian lawmaker reacted to ...": the one who reacted (a title
        # that stands for the person who spoke last too)
        np = ph.np(toks, 3, ctx)
        verb = verb_group(toks, np.end) if np.end > 3 else None
        if verb is not None and (toks[verb].low in L.REPORTING_VERBS
                                 or toks[verb].low in L.REACTED) \
                and np.actor and not np.people and not np.media \
                and not np.actor.startswith(LATER):
            return np.actor
        return None
    k = 2
    if toks[k].low in ("the", "a", "an"):
        k += 1
    while k < n and k < 7 and toks[k].low not in _SUMMARY_NOUNS:
        if not toks[k].word or toks[k].cap:
            return None
        k += 1  # "the blunt message", "the main argument"
    if k + 2 >= n or toks[k].low not in _SUMMARY_NOUNS or toks[k + 1].low not in ("from", "of"):
        return None
    np = ph.np(toks, k + 2, ctx)
    return np.actor if named_actor(np) and not np.weak else None


_WAS = frozenset("was is were are".split())
# "That was the message of X", "Those were the words of X"; with "so" ("So said X"), the first
# words of a sentence :func:`summed_up` reads, so the attributor asks it of no other
_SUMMARY_OPENERS = frozenset("that this such those these".split())
SUMMING_OPENERS = _SUMMARY_OPENERS | {"so"}
_SUMMARY_NOUNS = frozenset("""
argument assessment conclusion gist message point position thrust verdict view warning
words remarks
""".split())
# "So said X", "So writes X": the verbs of an inverted credit, and what may follow its speaker
_SO_VERBS = frozenset("""
said says stated states declared declares wrote writes insisted insists argued argues believes
believed thinks thought put puts
""".split())
_AFTER_SO_SAID = frozenset("on in at to during after when while speaking writing who".split())


def statement_from(ph, toks, ctx) -> str | None:
    """The author of a statement from someone, given by its content: "... after a warning from
    President Zelensky that troops were needed"."""
    n = len(toks)
    for i in range(1, n - 3):
        if toks[i].low not in L.STATEMENT_NOUNS or toks[i + 1].low != "from" or toks[i].in_quote:
            continue
        np = ph.np(toks, i + 2, ctx)
        if np.end < n and toks[np.end].low == "that" and named_actor(np) and not np.weak:
            return np.actor
    return None


_POSITION_OR_VOICE_NOUNS = L.POSITION_NOUNS | L.VOICE_NOUNS


RELAY_VERBS = frozenset("conveyed conveys relayed relays".split())


def relayed_for(ph, toks: list[Tok], ctx: Context) -> str | None:
    """The one whose position a speaker passes on ("Defence Minister Robert Kalinak conveyed the
    premier's stance to parliament", "..., relaying Fico's message"), or None."""
    for i, tok in enumerate(toks[:-2]):
        if tok.in_quote or tok.low not in RELAY_VERBS:
            continue
        np = ph.np(toks, i + 1, ctx)
        poss = next((x for x in range(np.start + 1, np.end) if toks[x].low == "'s"), None)
        if poss is None or toks[np.end - 1].low not in _POSITION_OR_VOICE_NOUNS:
            continue
        actor = np.actor or role_holder(ph, toks, np.start, poss, ctx)
        if actor and not np.people and not np.media and not np.weak:
            return actor
    return None


RESPONDING = frozenset("responding reacting replying".split())
_RESPONDED_REACH = 12  # words from "responding to" to the one responded to


HINDER_VERBS = frozenset(
    "stop stopped stops deter deterred deters prevent prevented keep kept".split())


_NEGATIONS = frozenset("not n't never nor neither".split())


def not_kept_from(ph, toks: list[Tok], ctx: Context) -> str | None:
    """The one not kept from stating a position: "That did not stop Starmer from announcing
    that ...", "Nor did it deter Macron from maintaining that ..." (a negated verb of hindering,
    its object, "from" and a verb of speech)."""
    n = len(toks)
    for i, tok in enumerate(toks[:-3]):
        if tok.low not in HINDER_VERBS or tok.in_quote \
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
INTRO_PREPS = frozenset("at in on during".split())


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
        if t.low in ("he", "she") and k > 1 and not t.cap:
            # "In an interview with the Financial Times on Monday she insisted ...": the person
            # the pronoun stands for, with a verb of speech or position
            verb = verb_group(toks, k + 1)
            if verb is not None and toks[verb].low in L.SPEECH_REPORTING_OR_HOLDER_VERBS:
                return ctx.person_for(t.low) or None
            return None
        after_name = toks[k - 1].inside or toks[k - 1].mention is not None
        if not t.cap and (t.low in L.AUX or t.low in ("that", "which", "who") or (
                verbish(t.low) and not (after_name and t.low in L.EVENT_NOUNS))):
            return None  # "In Paris officials said ...": the phrase has its own verb; not
            # "At the Paris talks", a noun of an event after a name
        k += 1
    return None


_OUTLET_REPORT_VERBS = L.NEWS_VERBS | frozenset("said says wrote writes written".split())


def citing_source(ph, toks: list[Tok], ctx: Context) -> tuple[str, bool] | None:
    """The actor an outlet cites in an opening "Citing X, <outlet> reports/said/wrote ...", and
    whether X are unnamed people ("US officials"); None when the sentence does not open so."""
    n = len(toks)
    if n < 5:
        return None
    cited = ph.np(toks, 1, ctx)
    if not _citable(ph, cited) or cited.end >= n:
        return None
    comma = cited.end
    if toks[comma].low == "and":  # "Citing US officials and other sources, ..."
        comma = find(toks, ",", comma, limit=5)
        if comma is None or any(t.mention is not None for t in toks[cited.end:comma]):
            return None
    if toks[comma].text != ",":
        return None
    outlet = ph.np(toks, comma + 1, ctx)
    if outlet.end == comma + 1 or not (outlet.weak or outlet.actor is None or _outlet(ph, outlet)):
        return None
    verb = verb_group(toks, outlet.end)
    if verb is None or toks[verb].low not in _OUTLET_REPORT_VERBS:
        return None
    return cited.actor, _unnamed(toks, cited)


def _citable(ph, cited: NP) -> bool:
    """Whether an outlet may cite this phrase's actor: named, not a title named later, no
    pronoun, no outlet."""
    return bool(cited.actor) and not cited.actor.startswith(LATER) and not cited.pronoun \
        and not cited.media and not cited.weak and ph.registry.kind(cited.actor) != "media"


def _unnamed(toks: list[Tok], cited: NP) -> bool:
    """Whether the cited are unnamed people ("US officials", "sources")."""
    return cited.people or any(toks[k].low in L.PEOPLE_NOUNS for k in range(cited.start, cited.end))


def _outlet(ph, np: NP) -> bool:
    """Whether the phrase is a news outlet (by its shape or the registry's kind)."""
    return np.media or bool(np.actor and ph.registry.kind(np.actor) == "media")


CITE_WORDS = frozenset({"citing", "quoting"})
# What a report quotes that is not yet its speaker: "quoting an interview with X".
_CITED_FRAMES = frozenset("interview interviews remarks statement statements comments words".split())


def _cited(ph, toks: list[Tok], j: int, ctx: Context, closing: bool = False) -> tuple[str, bool] | None:
    """The named, non-media actor cited at ``j`` (past "an interview with"), and whether it
    is unnamed people; None when there is none. ``closing``: the phrase must end the sentence
    or a list ("citing X and ...")."""
    n = len(toks)
    if j + 2 < n and toks[j].low in ("a", "an", "the", "his", "her") \
            and toks[j + 1].low in _CITED_FRAMES and toks[j + 2].low in ("with", "by", "of"):
        j += 3
    cited = ph.np(toks, j, ctx)
    if not _citable(ph, cited):
        return None
    if closing and cited.end < n and toks[cited.end].low not in ("and", ".", ","):
        return None
    return cited.actor, _unnamed(toks, cited)


def cited_mid(ph, toks: list[Tok], ctx: Context) -> tuple[str, bool] | None:
    """The actor an outlet's report cites in its middle: "Onet, citing Foreign Minister X,
    reports that ...", "Breaking Defense had reported, quoting X, that ...", "Radio Liberty
    reported this, quoting an interview with X"; None when the sentence has no such report."""
    n = len(toks)
    k = next((j for j in range(2, n - 1) if toks[j].low in CITE_WORDS and toks[j - 1].text == ","
              and not toks[j].in_quote), None)
    if k is None:
        return None
    outlet = ph.np(toks, skip_intro(toks, 0), ctx)
    if not _outlet(ph, outlet):
        return None
    if outlet.end == k - 1:
        # "<outlet>, citing X, reports ...": the outlet's verb after the cited phrase's comma
        comma = find(toks, ",", k + 1, limit=14)
        verb = verb_group(toks, comma + 1) if comma is not None else None
        if verb is None or toks[verb].low not in _OUTLET_REPORT_VERBS:
            return None
    else:
        # "<outlet> (had) reported (this), citing X": nothing but "this" after its verb
        verb = verb_group(toks, outlet.end)
        if verb is None or toks[verb].low not in _OUTLET_REPORT_VERBS or verb >= k - 1 \
                or any(t.low not in ("this", "it", "so") for t in toks[verb + 1:k - 1]):
            return None
    return _cited(ph, toks, k + 1, ctx)


def cited_at_end(ph, toks: list[Tok], ctx: Context) -> tuple[str, bool] | None:
    """The actor an outlet's closing report cites: "..., the Financial Times reports, citing
    Estonian Defense Minister Hanno Pevkur and ...", as :func:`citing_source` reads "Citing X,
    <outlet> reports ..."; None when the sentence does not close so."""
    n = len(toks)
    k = next((j for j in range(n - 2, 2, -1) if toks[j].low in CITE_WORDS and toks[j - 1].text == ","
              and not toks[j].in_quote), None)
    if k is None:
        return None
    verb = k - 2
    if toks[verb].low not in _OUTLET_REPORT_VERBS:
        return None
    comma = next((j for j in range(verb - 1, max(0, verb - 6), -1) if toks[j].text == ","), None)
    if comma is None:
        return None
    outlet = ph.np(toks, comma + 1, ctx)
    if outlet.end != verb or not _outlet(ph, outlet):
        return None
    return _cited(ph, toks, k + 1, ctx, closing=True)


# What someone said, whose content "that ..." gives ("Macron's comments this week that ...").
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
        if tok.in_quote or tok.low not in RESPONDING or toks[i + 1].low != "to" \
                or i == 0 or toks[i - 1].low not in ("was", "were", "is", "are"):
            continue  # ("Responding to Macron, Kristersson said ...": the main clause's)
        for k in range(i + 2, min(n, i + _RESPONDED_REACH)):
            given = _words_given(ph, toks, k)
            if given:
                return given  # "reacting to Macron's remark two days earlier that ..."
            np = ph.np(toks, k, ctx)
            if np.end == k or not np.actor or np.people or np.media or np.pronoun or np.weak:
                continue
            np = person_after_title(ph, toks, np, ctx)  # "by Russia's foreign minister, Lavrov,"
            if ph.registry.kind(np.actor) not in ("person", None) and np.actor in ph.registry:
                return None
            said = any(not t.in_quote and (t.low in L.SPEECH_VERBS or t.low in L.REPORTING_VERBS)
                       for t in toks[np.end:])
            return np.actor if said else None
        return None
    return None


DESCRIBE_VERBS = frozenset(
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
        if np.end < len(toks) and toks[np.end].low in DESCRIBE_VERBS:
            return np.actor
    return None


def unnamed_title_speaker(ph, toks, ctx) -> tuple[str, str, str] | None:
    """(head noun of the title, its state or "", the word before it) when a reporting clause
    set off by a comma gives its speaker by a title the article does not resolve ("..., the
    Prime Minister said, since ...", "..., its army commander says", "..., Poland's defence
    chief said"): the speaker is someone, but no one named; else None."""
    n = len(toks)
    for p, tok in enumerate(toks[:-2]):
        if tok.text != "," or tok.in_quote:
            continue
        np = ph.np(toks, p + 1, ctx)
        if np.end <= p + 1 or np.end >= n or np.actor or np.media \
                or toks[np.end - 1].low not in L.PERSON_TITLES \
                or toks[p + 1].low not in L.TITLE_OPENERS:
            continue
        if _closing_report(toks, np.end):
            state = next((L.DEMONYMS.get(toks[x].text) or toks[x].mention.actor
                          for x in range(p + 1, np.end - 1)
                          if toks[x].text in L.DEMONYMS or toks[x].mention is not None
                          and ph.registry.kind(toks[x].mention.actor) == "state"), "")
            return toks[np.end - 1].low, state, toks[p + 1].low
    return None




# Heads of a closing speaker's description that the article may not resolve, yet which stand
# for the one who spoke just before ("..., the retired general said", "..., the report says").
# Not such a speaker: one who speaks for someone else, what reports on others (an outlet, a
# poll, a debate), and a body's text ("the government statement said", "the plan envisages"),
# which the rules of documents give to its holder.
_NOT_DESCRIBED = frozenset("""
source person spokesman spokeswoman spokesperson site website publication survey poll debate
study mission blueprint communique communiqué declaration draft motion plan proposal resolution
statement text
""".split())
# Plural writers of a study, who stand for the body that spoke last.
_AUTHORS = frozenset("authors researchers analysts experts".split())
# An outlet or its piece, which stands for the last speaker only when that was an outlet
# ('The Berliner Zeitung warned ... . "...," the newspaper added.').
_OUTLET_PIECES = frozenset("""
article column commentary daily editorial magazine newspaper op-ed outlet paper piece tabloid
weekly
""".split())


def described_closing_speaker(ph, toks, ctx) -> bool:
    """Whether a closing reporting clause gives its speaker by a singular description that
    names no one ('"... is crass," the retired general said.', '..., the report says.',
    '"...," the newspaper wrote', '"...," Estonia's ex-premier said'), the speaker of the
    sentence before when that one named a speaker (codebook: a continued quotation takes the
    last speaker)."""
    n = len(toks)
    end = n - 1 if toks[-1].text in (".", "!", "?") else n
    for p in range(1, end - 2):
        t = toks[p]
        if not (t.text == "," and not t.in_quote or t.text in L.CLOSE_Q or t.text == '"'):
            continue
        m = toks[p + 1].mention
        if toks[p + 1].low != "the" and not (
                m is not None and m.end + 1 < n and toks[m.end].low == "'s"
                and ph.registry.kind(m.actor) == "state"):
            continue  # ("..., the retired general said", "..., Estonia's ex-premier said")
        np = ph.np(toks, p + 1, ctx)
        longest = 9 if any(toks[x].low == "of" for x in range(p + 2, np.end)) else 7
        if np.actor or np.media or np.end <= p + 2 or np.end - p > longest or np.end >= n:
            continue  # (longer with the body of a title: "the secretary of Russia's Security
            # Council")
        head = toks[np.end - 1].low
        if not toks[np.end - 1].word or head in _NOT_DESCRIBED \
                or head.endswith("s") and not head.endswith("ss") and not (
                    head in _AUTHORS and ph.registry.kind(ctx.previous) != "person"):
            continue  # ("the sources said", "the officials added": others than the last; but
            # "the authors write" after an institute spoke: its writers)
        if head in _OUTLET_PIECES and ph.registry.kind(ctx.previous) != "media":
            continue  # ("the editorial says" after the politician it quoted)
        if _closing_report(toks, np.end):
            return True
    return False


def _closing_report(toks, end: int) -> bool:
    """Whether a reporting verb with no modal before it follows ``end`` and ends the clause
    ("..., the retired general said."; not "..., the force would support Ukraine's army", nor
    a participle with its agent: "X, the candidate backed by the coalition, excluded ...")."""
    verb = verb_group(toks, end)
    return verb is not None and toks[verb].low in L.REPORTING_VERBS \
        and not any(toks[x].low in L.MODALS for x in range(end, verb)) \
        and not (verb + 1 < len(toks) and toks[verb + 1].low == "by") \
        and clause_ends(toks, verb + 1)


# Head nouns of a person's title that may also take "of" and the body they lead ("the head of
# the EU Military Committee", "the deputy head of the Security Council").
_OF_TITLES = L.PERSON_TITLES | frozenset("head chief chairman chairwoman chair".split())
# Words of a title that do not tell one office from another.
_TITLE_GLUE = frozenset("the of and for 's a an".split())


def _described_previous(ph, toks, start: int, ctx) -> NP | None:
    """The noun phrase at ``start`` when it is a singular title that names no one, which the
    article does not resolve, and which describes the speaker of the sentence before: it shares
    a word with a title the article or the registry gives that speaker. Not "a" or "an"
    (someone new: "A minister said"), not a title of a state other than that speaker's ("the
    German chancellor" after Macron), not a spokesperson (who speaks for someone else)."""
    if start >= len(toks) or toks[start].low != "the":
        return None
    np = ph.np(toks, start, ctx)
    if np.actor or np.media or np.pronoun or np.end - start < 2 or np.end - start > 9 \
            or np.end >= len(toks):
        return None
    of = next((x for x in range(start + 1, np.end) if toks[x].low == "of"), np.end)
    head = toks[of - 1].low
    if head not in _OF_TITLES or head in SPOKESPEOPLE:
        return None
    person = ctx.previous
    known = {w for title in ctx.titles_of.get(person, set()) | set(ph.registry.roles(person))
             for w in title.lower().split()} - _TITLE_GLUE
    if not known.intersection(toks[x].low for x in range(start + 1, np.end)):
        return None  # ("The MP wanted to know ..." after the defence minister spoke)
    side = ph.registry.side(person) if person in ph.registry else ""
    for x in range(start + 1, np.end):
        t = toks[x]
        state = L.DEMONYMS.get(t.text) or (
            t.mention.actor if t.mention is not None
            and ph.registry.kind(t.mention.actor) == "state" else "")
        if state and state != side:
            return None  # ("the German chancellor" after Macron spoke)
    return np


def described_subject(ph, toks, start: int, ctx) -> bool:
    """Whether the sentence's subject is a singular title that names no one and the article does
    not resolve ("The Security Council's deputy head said ...", "The head of the committee
    warned ..."), followed by a reporting verb: the speaker of the sentence before, as a closing
    speaker so described is (see :func:`described_closing_speaker`), when the title shares a word
    with a title the article or the registry gives that speaker (:func:`_described_previous`)."""
    np = _described_previous(ph, toks, start, ctx)
    if np is None:
        return False
    verb = verb_group(toks, np.end)
    return verb is not None and toks[verb].low in L.REPORTING_VERBS \
        and not any(toks[x].low in L.MODALS for x in range(np.end, verb))
