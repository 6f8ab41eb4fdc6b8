"""Holders of a position that are not a speaker: groups, documents and opinion polls.

- a group the annotators name when it takes a position together ("European leaders said ..."),
  and the first named member of an unnamed group ("Some NATO partners, Germany among them, ...");
- a document and its content over the sentences after it ("The draft says ...", "Trump's peace
  plan would have ...": its owner or the body that issued it);
- the shares of an opinion poll, which belong to the public polled, not the pollster.
"""

from __future__ import annotations

from functools import lru_cache

from .. import lexicon as L
from ..actors import Actor, ActorRegistry
from .context import Context
from .phrases import (COALITION, GROUP_BASE_VERBS, after_aside, after_participle, clause_ends,
                      maybe_finite, named_actor, verb_group, verbish)
from .subject import skip_intro
from .tokens import Tok, find


# -- groups ----------------------------------------------------------------------------------
# Groups the annotators name when they take a position together (a joint statement of European
# leaders), and the unnamed aides of one person's team; known to the attribution only, so the
# model's mention masking is unchanged.
GROUP_ACTORS = (
    Actor("European leaders", ("EU leaders", "Europe's leaders", "the European leaders",
                               "European Union leaders", "the leaders of Europe", "Europe",
                               "the Europeans"),
          kind="group"),
    # (Ukrainian outlets translate it "coalition of the determined")
    Actor("Coalition of the Willing", ("coalition of the willing", "the coalition of the willing",
                                       "coalition of the determined",
                                       "the coalition of the determined"),
          kind="group"),
    # NATO's members taking a position together ("Several NATO members have said they do not
    # intend to put troops into Ukraine"), not the alliance as an organisation.
    Actor("NATO members", ("NATO members", "NATO allies", "NATO countries",
                           "NATO leaders", "NATO member states", "NATO member countries"),
          kind="group"),
    # Unnamed aides of Donald Trump who speak for his team ("a Trump aide said", "a member of
    # Trump's team said"): the team, a body of its own, not Trump ("Trump said").
    Actor("Donald Trump's team", (
        "Trump's team", "Donald Trump's team", "Trump's incoming team", "Trump's transition team",
        "Donald Trump's incoming team", "Trump team", "Trump transition team",
        "Trump team member", "Trump team members", "Trump aide", "Trump aides", "Trump adviser",
        "Trump advisers", "Trump advisor", "Trump advisors", "Trump confidants",
        "Trump's aides", "Trump's advisers", "Trump's staff"),
          kind="organisation", country="United States"),
)


# What a group does that states its position: a statement, not a meeting or a debate
# ("European leaders said / called for / proposed"; not "will meet", "are arguing over").
GROUP_VERBS = (L.REPORTING_VERBS | L.HOLDER_VERBS | frozenset("""
issued finalised finalized weighing unveiled unveils presented presents disowned
""".split())) - frozenset("put arguing argue".split())


# Who leads a group's states, after its name and "'s" ("Europe's presidents and prime ministers").
_HEADS_OF = frozenset("""
presidents prime ministers premiers chancellors leaders heads of state government governments
capitals foreign defence defense and
""".split())
_UNITE = frozenset("unite unites united rally rallies rallied".split())
_AIM = frozenset("aim aims aimed intend intends intended".split())
_THROW = frozenset("throw throws threw".split())


# How many sentences after a group took a position "they" or "the leaders" may still be it.
GROUP_REACH = 2


GROUP_AGAIN = "they: the group that spoke"


GROUP_NOUNS = frozenset("leaders signatories governments ministers allies".split())


def group_reporting_clause(toks: list[Tok]) -> bool:
    """Whether a reporting clause set off by a comma or a closing quotation mark has "the
    leaders" (a group noun) speak ("Any decision ..., the leaders said, can only follow ...",
    '"...," the signatories said.'): the group that has just spoken."""
    n = len(toks)
    for k in range(1, n - 3):
        t = toks[k]
        if (t.text != "," or t.in_quote) and t.text not in L.CLOSE_Q and t.text != '"':
            continue
        if toks[k + 1].low == "the" and toks[k + 2].low in GROUP_NOUNS:
            verb = verb_group(toks, k + 3)
            if verb is not None and toks[verb].low in L.REPORTING_VERBS \
                    and clause_ends(toks, verb + 1):
                return True
    return False


@lru_cache(maxsize=4)
def with_groups(registry: ActorRegistry) -> ActorRegistry:
    """The registry with :data:`GROUP_ACTORS` it lacks (built once for the shipped one)."""
    missing = [g for g in GROUP_ACTORS if g.name not in registry]
    return registry.extend(missing) if missing else registry


# Plural nouns of an unnamed group of states or governments ("several NATO partners", "European
# countries"), which a sentence may narrow to its named members.
_GROUP_PLURALS = frozenset("""
partners members countries states allies governments nations capitals others leaders
""".split())


# Nouns of a reaction that comes from a group ("opposition from several countries, ...").
_REACTION_NOUNS = frozenset("""
opposition objections objection criticism resistance pushback protests
""".split())


LEAD_VERBS = frozenset("led headed spearheaded championed".split())


def _group_before(toks: list[Tok], end: int, start: int) -> bool:
    """True when ``toks[start:end]`` is an unnamed group as a subject or after a reaction noun
    and "from": "Several NATO partners", "opposition from several countries"."""
    if end <= start or toks[end - 1].low not in _GROUP_PLURALS:
        return False
    k = end - 2
    while k >= start and k >= end - 5 and toks[k].low != "from" and not toks[k].in_quote \
            and toks[k].word and not maybe_finite(toks[k]):
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
            if not named_actor(np) or np.weak:
                continue
            end = k
            if k > 2 and toks[k - 1].low in ("though", "however") and toks[k - 2].text == ",":
                end = k - 2  # "Other countries, though, Germany among them, ..."
            if _group_before(toks, end, start):
                return np.actor
        elif tok.low in LEAD_VERBS and toks[i + 1].low == "by" and i + 2 < n:
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


def group_states(toks: list[Tok], group: str, rule: str) -> bool:
    """True when a group holds the sentence as the subject of a statement ("EU leaders said",
    "European leaders called for ..."), not of an event ("will meet", "are due to") or as
    another rule's find."""
    if not (rule.startswith("subject") or rule in ("headline", "reporting clause",
                                                   "speaker after quote")):
        return False  # ("subject", "subject after an opening phrase", "On Monday, X said")
    at = next((t.mention.end for t in toks if t.mention is not None
               and t.mention.actor == group), None)
    if at is None and group == COALITION:
        # counted, not named: "26 nations promise troops"
        at = next((k + 1 for k in range(1, len(toks)) if toks[k].low in _GROUP_PLURALS
                   and (toks[k - 1].text.isdigit() or k > 1 and toks[k - 2].text.isdigit())),
                  None)
    if at is not None and at + 1 < len(toks) and toks[at].low == "'s" \
            and toks[at + 1].low in _HEADS_OF:
        # "Europe's presidents and prime ministers have offered ...": the group's own leaders
        k = at + 1
        while k < len(toks) and toks[k].low in _HEADS_OF:
            k += 1
        at = k
    if at is not None and at + 1 < len(toks) and toks[at].low in ("and", ","):
        # "Ten European leaders and Commission President Ursula von der Leyen unveiled ...",
        # "EU leaders, nine European governments, Canada and Japan called ...": a joint subject,
        # the group first (codebook: the first named)
        k, joined = at + 1, toks[at].low == "and"
        while k < min(len(toks), at + 16) and (toks[k].text == "," or toks[k].word) \
                and not maybe_finite(toks[k]) and not toks[k].in_quote \
                and toks[k].low not in GROUP_BASE_VERBS:
            joined = joined or toks[k].low == "and"
            k += 1
        at = k if k > at + 1 and joined else at
    verb = verb_group(toks, after_participle(toks, after_aside(toks, at))) \
        if at is not None and at < len(toks) else None
    # ("European leaders, who feel shut out, are weighing ...", "European leaders meeting in
    # Berlin proposed ...")
    if verb is not None and toks[verb].low in ("put", "puts") and verb + 1 < len(toks) \
            and toks[verb + 1].low in ("out", "forward"):
        return True  # "EU leaders put out a joint statement", "put forward a plan"
    if verb is not None and verb + 1 < len(toks) and (
            toks[verb].low in _UNITE and toks[verb + 1].low == "behind"
            or toks[verb].low in _AIM and toks[verb + 1].low == "to"
            or toks[verb].low in _THROW and verb + 3 < len(toks)
            and toks[verb + 2].low == "weight" and toks[verb + 3].low == "behind"):
        return True  # "Europe unites behind ...", "Europe aims to create a force", "European
        # leaders throw their weight behind a 'multinational force'"
    if verb is not None and toks[verb].low == "come" and verb + 2 < len(toks) \
            and toks[verb + 1].low == "out" and toks[verb + 2].low in ("against", "for", "in"):
        return True  # "A number of NATO members have already come out against the idea"
    if verb is not None and toks[verb].low in ("gave", "give", "gives") and verb + 2 < len(toks) \
            and toks[verb + 1].low in ("their", "its") and toks[verb + 2].low in L.ENDORSEMENTS:
        return True  # "European leaders gave their endorsement to a force"
    if verb is None or (toks[verb].low not in GROUP_VERBS
                        and toks[verb].low not in GROUP_BASE_VERBS):
        return False
    if any(t.low == "according" for t in toks[:at]):
        return False  # "According to Duda, European leaders had not agreed ...": Duda's account
    return not any(t.low == "yet" for t in toks[at:verb])  # "have yet to say"


# -- the content of a document over several sentences ---------------------------------------
# Words of a document whose content the sentences after it may give, and the sentences that
# may: one that names no actor, or gives "the terms" of a document without naming its author.
DOCUMENT_WORDS = frozenset("""
blueprint communique communiqué declaration draft motion plan proposal resolution statement
text memorandum memo
""".split())

# What opens an item of a list ("1. Recognition of ...", "• A ban on ..."): the bullets of
# a paragraph, and two more that lists use.
_LIST_BULLETS = L.BULLETS | {"▪", "●"}


def list_item(toks: list[Tok], after_colon: bool) -> bool:
    """Whether the sentence is an item of a list: numbered ("7. A legal ban on ..."), bulleted,
    or a fragment ending in a semicolon or right after a line ending in a colon ("The main
    conditions include: / Limits on the size of Ukraine's army;")."""
    if len(toks) < 2:
        return False
    if toks[0].text.isdigit() and len(toks[0].text) <= 2 and toks[1].text in (".", ")"):
        return True
    return toks[0].text in _LIST_BULLETS or toks[-1].text == ";" or after_colon


DOCUMENT_RULES = ("narration", "terms of a document")


NOT_DOCUMENT_HOLDERS = ("quote continues", "first person: the last speaker", "headline",
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
OWNED_DOCUMENTS = frozenset("blueprint draft plan proposal scheme".split())


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
        if k >= n or toks[k].low in OWNED_DOCUMENTS or not toks[k].word \
                or (verbish(toks[k].low) and not (k == first and toks[k].low.endswith("ed"))):
            break
        k = toks[k].mention.end if toks[k].mention is not None else k + 1
    if k >= n or toks[k].low not in OWNED_DOCUMENTS:
        return None
    for j in range(k + 1, min(n, k + 9)):
        t = toks[j]
        if t.text == ":" and j < n - 1:
            return m.actor  # a headline: the plan, then its content
        if t.low in _DOCUMENT_VERBS and t.low not in ("said", "says"):
            return m.actor
        if not t.word or t.in_quote or verbish(t.low) or maybe_finite(t):
            return None
    return None


def document_content(toks: list[Tok]) -> bool:
    """Whether the sentence gives a document's content: it opens with "According to the
    statement," or "Under the plan," or its subject is the document ("The draft says ...",
    "The plan would ...", "Their joint statement said ...")."""
    n = len(toks)
    if _closing_document(toks):
        return True
    s = 0
    while s + 1 < n and toks[s + 1].text == "," and toks[s].mention is None \
            and toks[s].low in L.LEAD_CONJUNCTIONS:
        s += 2  # "Still, ...", "However, ..."
    if s < n and toks[s].low in ("yet", "and", "but"):
        s += 1
    if s + 3 < n and toks[s].low == "under" and toks[s + 1].low in _SECTIONS \
            and toks[s + 3].text == "," and toks[s + 2].word and not toks[s + 2].cap:
        return True  # "Under point nine, NATO aircraft would be based in Poland."
    lead = s + 2 if s + 1 < n and toks[s].low == "according" and toks[s + 1].low == "to" \
        else s + 1 if s < n and toks[s].low == "under" else None
    if lead is None and s == 0 and n > 3 and toks[0].low == "in" and toks[1].mention is not None \
            and toks[2].low in ("a", "the", "their", "its"):
        s = 2  # "In Berlin a joint declaration proposed ...": a place, then the document
    k = lead if lead is not None else s
    if k >= n or toks[k].low not in _DOCUMENT_DETERMINERS and not (
            lead is None and toks[k].low == "a"):
        return False
    k += 1
    for _ in range(3):  # "the joint", "the European", "the final 24-point"
        if k < n and toks[k].low in DOCUMENT_WORDS:
            break
        if k >= n or not toks[k].word or toks[k].mention is not None \
                or toks[k].low in L.COPULA or toks[k].low in _DOCUMENT_VERBS:
            return False
        k += 1
    if k >= n or toks[k].low not in DOCUMENT_WORDS:
        return False
    k += 1
    if lead is not None:
        return k < n and toks[k].text == ","
    if k < n and toks[k].low in _ISSUED:
        # "Yet the joint statement agreed as the Ukraine talks closed contains ...": the verb
        # after the document's participle phrase
        k = next((x for x in range(k + 1, min(n, k + 9)) if toks[x].low in _DOCUMENT_VERBS
                  or not toks[x].word or toks[x].in_quote), n)
    return k < n and toks[k].low in _DOCUMENT_VERBS


# Participles of a document's making, after which its verb may still follow.
_ISSUED = frozenset("agreed issued released adopted signed published approved".split())


# A plan "European" with no author named is the joint text of Europe's governments, which the
# annotators give to European leaders ("The European draft says ...", "Under the European
# text, ..."); a text named for one state ("the French plan") has its state as a mention.
EUROPEAN_DOCUMENT = "content of a European document"
_EUROPEAN_DOCUMENTS = DOCUMENT_WORDS | frozenset(
    "version document counter-proposal counterproposal".split())
_SECTIONS = frozenset("point points clause article section paragraph".split())


def european_document(toks: list[Tok]) -> bool:
    """Whether the sentence gives the content of a European plan as its subject or under an
    opening "Under" or "According to": "The European draft says ...", "In contrast to the US
    draft, the European proposal does not bar ...", "Point eight of the European version
    states ...", "A European plan designed as a rival ... would let ..."; not a plan that is
    the object of someone else's verb ("Ushakov said he had seen the European plan")."""
    n = len(toks)
    for k in range(1, n - 2):
        if toks[k].text != "European" or toks[k].in_quote \
                or toks[k - 1].low not in ("the", "a"):
            continue
        d = k + 1
        while d < min(n, k + 4) and toks[d].low not in _EUROPEAN_DOCUMENTS:
            if not toks[d].word or toks[d].mention is not None or maybe_finite(toks[d]):
                break
            d += 1
        if d >= n - 1 or toks[d].low not in _EUROPEAN_DOCUMENTS:
            continue
        before, after = k - 2, toks[d + 1]
        if before >= 0 and toks[before].low == "of" and toks[0].low in _SECTIONS \
                and before <= 3:
            before = -1  # "Point eight of the European version states ..."
        if before == 0 and toks[0].low == "under" or before == 1 \
                and toks[0].low == "according" and toks[1].low == "to":
            return after.text == ","  # "Under the European text, ..."
        if before >= 0 and toks[before].text != ",":
            continue
        if after.low in _DOCUMENT_VERBS or maybe_finite(after) and after.low not in (
                "was", "were", "is", "are", "has", "had", "have"):
            return True  # (not "The European plan was leaked", "... has drawn criticism")
    return False


def _closing_document(toks: list[Tok]) -> bool:
    """Whether a reporting clause that closes the sentence has a document speak ("..., the
    statement said.", '"...," the text says.', "..., the government statement said.")."""
    n = len(toks)
    end = n - 1 if toks[-1].text in (".", "!") else n
    for k in range(max(1, end - 10), end - 2):  # ("the statement by the European leaders says")
        t = toks[k]
        if (t.text != "," or t.in_quote) and t.text not in L.CLOSE_Q and t.text != '"':
            continue
        if toks[k + 1].low not in _DOCUMENT_DETERMINERS:
            continue
        for d in range(k + 2, min(end - 1, k + 5)):
            if toks[d].low in DOCUMENT_WORDS:
                v = d + 1
                if toks[v].low in ("by", "of", "from"):
                    # "..., the statement by the European leaders says."
                    v = next((x for x in range(v + 1, min(end, v + 6))
                              if toks[x].low in _DOCUMENT_VERBS), end)
                if v < end and toks[v].low in _DOCUMENT_VERBS and v + 1 >= end:
                    return True
                break
            if not toks[d].word or toks[d].mention is not None:
                break
    return False


# -- opinion polls ----------------------------------------------------------------------------
def share_subject(toks: list[Tok]) -> bool:
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


def share_in(toks: list[Tok], of_people: bool = False) -> bool:
    """Whether the sentence gives a share outside a quotation ("63 percent", "17.3%");
    ``of_people``: one that is not a figure's level ("Inflation stood at 3%", "rose to 5%")."""
    for k, t in enumerate(toks):
        if not t.in_quote and (t.text == "%" or t.low == "percent" or (
                t.low == "cent" and k > 0 and toks[k - 1].low == "per")):
            number = k - 2 if t.low == "cent" else k - 1
            if not of_people or number < 1 or toks[number - 1].low not in _NOT_SHARE:
                return True
    return False


def share_place(toks: list[Tok]) -> str | None:
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
