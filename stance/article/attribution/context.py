"""The article's context: what carries from one sentence to the next.

A :class:`Context` lives for one article. It remembers the last speaker and the last person
(for "he"/"she" and a quotation that carries on), the full names seen (so that a later surname
alone resolves to them), and whether a quotation is still open.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from .. import lexicon as L
from ..actors import ActorRegistry, fold
from .tokens import QUOTE_MARKS, Tok, name_from, name_run_end, namey

# A quotation runs over a few sentences at most: a stray quote mark must not make the rest of
# the article "quoted".
MAX_QUOTE_RUN = 4  # sentences
# ... or this many when a closing mark follows within MAX_QUOTE_RUN sentences (a long quotation).
LONG_QUOTE_RUN = 8


_SINGULAR_FIRST = frozenset("i me my".split())


@dataclass
class Context:
    """What carries from one sentence of an article to the next."""

    last_speaker: str = ""
    last_person: str = ""
    surnames: dict[str, str] = field(default_factory=dict)
    open_quote: int = 0  # sentences since a quotation opened without closing
    began_inside: bool = False  # the sentence just read started inside an open quotation
    close_ahead: bool = False  # a closing quotation mark comes in the next few sentences
    # title ("prime minister", "minister", "analyst") -> (person, the state of the title or "")
    roles: dict[str, tuple[str, str]] = field(default_factory=dict)
    # state -> the person of that state named last ("the Polish leader" after "Donald Tusk")
    by_state: dict[str, str] = field(default_factory=dict)
    # person -> the titles the article or the registry gives them
    titles_of: dict[str, set] = field(default_factory=dict)
    # for a title used before its holder is named ("Prime minister says ..." in a headline):
    # title -> the first person given it, state -> the people of that state in order
    first_titled: dict[str, tuple[str, str]] = field(default_factory=dict)
    # ... and the last word of a title from the registry's role column ("chief" of "army
    # chief"), for a title alone ("Pentagon chief: ...") but not a described speaker
    first_role_word: dict[str, tuple[str, str]] = field(default_factory=dict)
    # title -> the person the article's own words gave it ("Tanaiste Simon Harris"): a registry
    # role does not take it from them (Harris was taoiseach too, but not in this article)
    given: dict[str, str] = field(default_factory=dict)
    given_to: dict[str, set] = field(default_factory=dict)  # person -> those titles
    people_of: dict[str, list] = field(default_factory=dict)
    sentences: int = 0  # sentences read so far
    seen: set = field(default_factory=set)  # the bodies named so far (for "the alliance")
    # for "he" and "she": the people who spoke, last first, and what the article shows of
    # their gender ("Ms Kallas", "Rutte said he ...")
    people: list = field(default_factory=list)
    gender: dict[str, str] = field(default_factory=dict)
    named_now: dict = field(default_factory=dict)  # people named in the sentence: where
    # title -> its holder before the sentence being read gave the title to someone it names
    # (for a title that opens the sentence before that name: see :func:`role_holder`)
    roles_before: dict = field(default_factory=dict)
    last_state: str = ""  # the state of the last speaker ("the government", "the country")
    last_body: str = ""  # the last speaker that is not a person ("It added that ...")
    # the last group that took a position, and the sentence it did ("They endorsed ...")
    last_group: tuple = ("", -9)
    # the public of a poll's finding and the sentence (count) that gave it, for the shares
    # that follow ("Some 15% were against.")
    last_public: tuple = ("", -1)
    last_poll: int = -9  # the sentence (count) that last named a poll or its public
    # the holder of the document a sentence named last (a statement, a plan, a draft) and the
    # sentence (count) that named or quoted it, for its terms given in the sentences that follow
    # ("According to the statement, ...", "The draft also says ...")
    last_document: tuple = ("", -1)
    after_colon: bool = False  # the sentence before ended in a colon (a list may follow)
    # the registry holder of an office -> the earlier holder the article names instead (an
    # article naming Stoltenberg and not Rutte means Stoltenberg by "the NATO chief")
    office_holders: dict = field(default_factory=dict)
    reread: bool = False  # a sentence read again once its placeholder found no one
    links: bool = False  # after "Read more:" alone: headlines of other stories follow
    # the two actors of the last joint subject ("Poland and Czechia ..."), for "the two
    # countries" after it
    last_pair: tuple = ()
    # placeholders of a plural title ("Czech and Polish prime ministers"): no registry fallback
    plural_titles: set = field(default_factory=set)
    # the people and the outlets in the order the article names them, with the sentence
    # (count) that first named them, for a speaker the lede only describes ("..., says
    # security expert", "..., says Chinese newspaper")
    previous: str = ""  # the actor of the sentence just read ("" when it opened with a dash)
    named_people: list = field(default_factory=list)
    named_media: list = field(default_factory=list)
    # person -> {title: the state it was given with}, for a registry role alias the article
    # gave to someone other than its holder today (see :func:`article_holder`)
    title_states: dict = field(default_factory=dict)
    # the word runs of each person's quotations so far, for the same words quoted again
    # without a speaker (see :func:`quoted_before`)
    quoted: dict = field(default_factory=dict)
    # the "he" or "she" of the sentence just read when it stands for no one named before it
    # (see :func:`.passes.pronoun_named_after`), else ""
    pronoun_unresolved: str = ""
    # the state or body that unnamed officials or a spokesperson spoke for last, and the
    # sentence (count), for "the officials" and "the spokesperson" after them
    voices: dict = field(default_factory=dict)
    # the outlets and the institutes named, with the sentence (count) of each, for "the paper
    # argues", "the magazine said", "the authors write" after them
    named_writers: list = field(default_factory=list)

    def person_for(self, pronoun: str) -> str:
        """The person "he"/"his" or "she"/"her" stands for: the last one who spoke, passing over
        one the article shows to be of the other gender."""
        want = GENDER_OF.get(pronoun)
        if want is None or not self.gender:
            return self.last_person
        for person in self.people:
            if self.gender.get(person, want) == want:
                return person
        # no speaker of that gender: the person named last who may be of it ("Alegría said
        # she ... . He declined to ..." after Macron was named)
        for _, person in reversed(self.named_people[-12:]):
            if person not in self.people and self.gender.get(person, want) == want:
                return person
        return ""

    def voice(self, lows: set, quoted: bool = True) -> str:
        """Whose words a quotation or a first-person sentence is: the last speaker, or the last
        person when the words are one person's ("I", "my") and a state or body spoke last
        ("Britain stands ready ... . / "I have no doubt that Britain ...": the person)."""
        if self.last_speaker and self.last_speaker == self.last_body \
                and not lows.isdisjoint(_SINGULAR_FIRST) and (self.last_person or not quoted):
            # (with no person spoken yet, an "I" outside quotation marks is the unnamed
            # author's, not the state's; a quoted one is someone speaking for the state)
            return self.last_person
        return self.last_speaker

    def spoke(self, person: str, toks) -> None:
        """Record that ``person`` holds the sentence just read, and the gender its pronouns
        show when they all agree ("Kallas said she would ...")."""
        if person in self.people:
            self.people.remove(person)
        self.people.insert(0, person)
        del self.people[6:]
        if person in self.named_now:
            self._holds_again(person)
        if len(self.named_now) != 1 or person not in self.named_now or person in self.gender:
            return  # not named here, or another person too: whose pronoun it is is not clear
        after = self.named_now[person]  # only pronouns after the name: "Kallas said she ..."
        shown = {GENDER_OF[t.low] for t in toks[after:] if t.low in GENDER_OF
                 and not t.in_quote}
        if len(shown) == 1:
            self.gender[person] = shown.pop()


    def _holds_again(self, person: str) -> None:
        """A person the article titled before, named again as the speaker, is again the last
        holder of those titles: "the president" after "President Macron ... Nausėda said" (once
        titled president) is Nausėda, the president who spoke last."""
        for title in self.given_to.get(person, ()):  # (not a former title: "ex-president")
            state = self.title_states.get(person, {}).get(title, "")
            for key in _title_keys(title.split()):
                held = self.roles.get(key)
                if held is not None and held[0] != person:
                    self.roles[key] = (person, state)
            self.given[title] = person


# A Korean given name as news English writes it ("Yong-hyun", "Jae-myung", "Suk-yeol"): after
# the family name, which alone then names the person ("Kim said").
_GIVEN_NAME_AFTER = re.compile(r"[A-Z][a-z]+-[a-z]+$")

_HONORIFICS = {"Mr": "m", "Mr.": "m", "Ms": "f", "Ms.": "f", "Mrs": "f", "Mrs.": "f",
               "Madam": "f", "Spokeswoman": "f", "Chairwoman": "f", "Congresswoman": "f",
               "Spokesman": "m", "Chairman": "m", "Congressman": "m", "Sir": "m", "Dame": "f"}
# ... and the same words in lower case before a name ("government spokeswoman Pilar Alegría")
_HONORIFICS.update({word.lower(): gender for word, gender in _HONORIFICS.items()
                    if word.endswith(("man", "woman"))})
GENDER_OF = {"he": "m", "him": "m", "his": "m", "himself": "m",
              "she": "f", "her": "f", "hers": "f", "herself": "f"}



# Titles after which British copy names a person again by the given name ("Sir Keir").
_KNIGHTED = frozenset(("Sir", "Dame"))

# Kinds of actor whose texts a later "the paper", "the article" or "the institute" stands for.
_WRITERS = frozenset(("media", "organisation"))


def remember_names(ph, toks: list[Tok], ctx: Context) -> None:
    """Full names seen in the article, so a later surname alone resolves to them, and the
    titles given to people, so a later "the prime minister" does (see :func:`role_holder`)."""
    ctx.named_now = {}
    ctx.roles_before = {}
    outlets: list = []
    for start, actor, end, mention in _people(ph, toks, ctx.seen, outlets):
        if actor not in ctx.named_now:
            ctx.named_people.append((ctx.sentences, actor))
        ctx.named_now.setdefault(actor, end)
        if start > 0 and actor not in ctx.gender:
            honorific = _HONORIFICS.get(toks[start - 1].text)
            if honorific:
                ctx.gender[actor] = honorific  # "Ms Kallas", "Mr Martin"
        given = start + 1 if toks[start].text in _KNIGHTED else start  # (a registry alias
        # may hold the title: "Sir Gavin Williamson")
        if end - given >= 2 and (given > start or start > 0 and toks[start - 1].text in _KNIGHTED):
            # "Sir Gavin Williamson ... Sir Gavin told the Telegraph": British style names a
            # knight or dame again by the given name after the title
            ctx.surnames.setdefault(fold(toks[given].text), actor)
        if mention:
            parts = fold(actor).split()
            surname = parts[-1]
            ctx.surnames.setdefault(surname, actor)
            if len(parts) == 2 and _GIVEN_NAME_AFTER.match(parts[1]):
                # "Kim Yong-hyun ... Kim said": a Korean name gives the family name first
                ctx.surnames.setdefault(parts[0], actor)
            written = [toks[x].text for x in range(start, end) if toks[x].cap]
            if written:
                ctx.surnames[written[-1]] = actor  # "Zelenskyy" as written
        else:
            words = [w for w in actor.split() if w not in L.NAME_SUFFIX] if actor else []
            written = [toks[x].text for x in range(start, end)
                       if toks[x].text not in L.NAME_SUFFIX and toks[x].word]
            if words and written:
                ctx.surnames[fold(written[-1])] = actor
                if len(written) == 2 and _GIVEN_NAME_AFTER.match(written[1]):
                    ctx.surnames.setdefault(fold(written[0]), actor)  # "Cho Tae-yul ... Cho"
        if ph.registry.kind(actor) == "person":
            state = _remember_roles(ph, toks, start, end, actor, ctx)
            if actor in ph.registry:
                state = ph.registry.side(actor)
            if state and state != actor:
                ctx.by_state[state] = actor
                known = ctx.people_of.setdefault(state, [])
                if actor not in known:
                    known.append(actor)

    for outlet in outlets:
        if ph.registry.kind(outlet) == "media":
            ctx.named_media.append((ctx.sentences, outlet))
        ctx.named_writers.append((ctx.sentences, outlet))


def quote_open_after(toks: list[Tok], was_open: bool) -> bool:
    """Whether a quotation is still open at the end of the sentence.

    Curly marks nest: a quotation inside a quotation (“... ‘peacemakers’ ...) closes only the
    inner one. A sentence that carries on an open quotation and starts with an opening mark
    starts a new paragraph of it (news copy reopens the quote at each paragraph)."""
    marks = [t.text for t in toks if t.text in QUOTE_MARKS]
    if not marks:
        return was_open
    depth = 0
    straight = False
    if was_open:  # as MentionIndex.tokens reads where the sentence starts
        if marks[0] in L.CLOSE_Q or (marks[0] in L.OPEN_Q and toks[0].text != marks[0]):
            depth = 1  # closes it, or quotes inside it ("Then these ‘peacemakers’ will ...")
        elif marks.count('"') % 2:
            straight = True
    for mark in marks:
        if mark == '"':
            straight = not straight
        elif mark in L.OPEN_Q:
            depth += 1
        elif depth:
            depth -= 1
    return depth > 0 or straight


def quoted_throughout(toks: list[Tok], continues: bool) -> bool:
    """True when the quotation marks show every word of the sentence is quoted: a quotation
    that carries on from the sentence before and closes at its end, or one around it all. (A
    sentence with no mark at all may follow a quotation left open by mistake.)"""
    if continues and not toks[-1].in_quote and not (len(toks) > 1 and toks[-2].in_quote):
        return False
    return quote_spans_all(toks)


def quote_spans_all(toks: list[Tok]) -> bool:
    """True when the sentence is a quotation and nothing else ('“We expect ...”'), not a
    quoted heading ("‘Nobody is being sidelined’")."""
    tail = [t for t in toks if t.text not in {".", "!", "?"}]
    ends = any(t.text in {".", "!", "?", ","} for t in toks)
    return bool(tail) and ends and all(t.in_quote for t in tail)



def title_words(toks, start: int, end: int, kind=None) -> tuple[list[str], str] | None:
    """The role words and the state of a title-only phrase ("the German defence minister" ->
    (["defence", "minister"], "Germany")); None when the phrase holds anything else. With
    ``kind`` (the registry's), a state's name before the title counts ("the US president")."""
    words: list[str] = []
    state = ""
    k = start
    if k < end and toks[k].low in ("the", "his", "her", "its", "their") \
            and not _state_before_title(toks, k, end, kind) \
            and not (toks[k].mention is not None and toks[k].mention.end + 1 < end
                     and toks[toks[k].mention.end].low == "'s"):  # "the EU's chief diplomat"
        k += 1
    while k < end:
        t = toks[k]
        if t.mention is not None and t.mention.end + 1 < end \
                and toks[t.mention.end].low == "'s" and not words:
            state = t.mention.actor  # "Ukraine's foreign minister"
            k = t.mention.end + 1
            continue
        if t.mention is not None and not words and not state and kind is not None \
                and kind(t.mention.actor) == "person" and t.mention.end < end \
                and (toks[t.mention.end].low in L.ROLE_WORDS
                     or toks[t.mention.end].low in L.ROLE_MODIFIERS):
            state = t.mention.actor  # "Trump envoy", "Putin aide": the person's (headline style)
            k = t.mention.end
            continue
        if state and not words and t.mention is not None and kind is not None \
                and kind(t.mention.actor) == "state" and t.mention.end < end \
                and toks[t.mention.end].low in L.ROLE_WORDS:
            k = t.mention.end  # "Trump's Ukraine envoy": the state is the brief, not the office's
            continue
        if not words and not state and t.low in L.STATE_ANAPHORS and k + 2 < end \
                and toks[k + 1].low == "'s":
            state = THIS_STATE  # "the country's prime minister": the state in question
            k += 2
            continue
        if not words and not state and _state_before_title(toks, k, end, kind):
            state = t.mention.actor  # "the US defence secretary", "the Pentagon chief"
            k = t.mention.end
            continue
        if t.text in L.DEMONYMS and not words:
            state = L.DEMONYMS[t.text]
        elif t.low in L.ROLE_WORDS or (t.low == "policy" and words and words[-1] in (
                "foreign", "defence", "defense", "security")):
            words.append(t.low)  # "the EU's foreign policy chief"
        elif t.low == "of" and words and k + 1 < end and toks[k + 1].low in L.ROLE_WORDS:
            words.append("of")  # "the secretary of state"
        elif t.low == "of" and words == ["head"] and k + 1 < end \
                and toks[k + 1].low == "government":
            words.append("of")  # "Lithuania's head of government"
        elif t.low == "government" and words == ["head", "of"]:
            words.append("government")
        elif t.low in L.LEGISLATURES and k + 1 < end and toks[k + 1].low in L.ROLE_WORDS \
                and (not words or words == ["state"]):
            words[:] = [t.low]  # "the Duma speaker", "Russia's State Duma chairman"
        elif t.low == "of" and words in (["head"], ["chief"]) \
                and (found := _ministry_of(toks, k + 1, end)) is not None:
            state = state or found[1]  # "the head of the Czech Defence Ministry"
            words[:] = [found[0], "minister"]
            break
        elif t.low == "of" and len(words) == 1 and words[0] in L.CHAIR_WORDS \
                and (found := _legislature_of(toks, k + 1, end, kind)) is not None:
            state = state or found[1]  # "the chairman of Russia's State Duma"
            words[:] = [found[0], words[0]]
            break
        elif not (t.low in L.ROLE_MODIFIERS and not words):
            return None
        k += 1
    if not words or (words[-1] in ("first", "state", "foreign", "defence", "defense", "prime",
                                   "policy")
                     and not (len(words) > 2 and words[-2] == "of")):
        return None
    return words, state


_MINISTRIES = {"defence": "defence", "defense": "defence", "foreign": "foreign"}


def _ministry_of(toks, k: int, end: int) -> tuple[str, str] | None:
    """The minister's field and the state of the rest of "the head of the Czech Defence
    Ministry" / "... of the Czech Ministry of Defense" / "... of the Foreign Ministry"
    (``k`` after "of", ``end`` the phrase's end), or None."""
    if k < end and toks[k].low == "the":
        k += 1
    state = ""
    if k < end and toks[k].text in L.DEMONYMS:
        state = L.DEMONYMS[toks[k].text]
        k += 1
    rest = [t.low for t in toks[k:end]]
    if len(rest) == 2 and rest[0] in _MINISTRIES and rest[1] == "ministry":
        return _MINISTRIES[rest[0]], state
    if len(rest) >= 3 and rest[:2] == ["ministry", "of"] and rest[2] in _MINISTRIES \
            and rest[3:] in ([], ["affairs"]):
        return _MINISTRIES[rest[2]], state
    return None


def _legislature_of(toks, k: int, end: int, kind) -> tuple[str, str] | None:
    """The legislature and its state of the rest of "the speaker of Russia's State Duma" /
    "of the Bundestag" (to the end of the phrase), or None."""
    state = ""
    if k < end and toks[k].low == "the":
        k += 1
    t = toks[k] if k < end else None
    if t is not None and t.mention is not None and not t.mention.role \
            and t.mention.end + 1 < end and toks[t.mention.end].low == "'s" \
            and kind is not None and kind(t.mention.actor) == "state":
        state = t.mention.actor
        k = t.mention.end + 1
    if k < end and toks[k].low == "state" and k + 1 < end and toks[k + 1].low == "duma":
        k += 1
    if k + 1 == end and toks[k].low in L.LEGISLATURES:
        return toks[k].low, state
    return None


# The state of "the country's prime minister", filled in by :func:`_this_state`.
THIS_STATE = "\x00this state"


def _this_state(toks, ctx: Context, kind) -> str:
    """The state "the country" stands for: the first state named in the sentence, else the state
    of the last speaker."""
    for t in toks:
        if t.mention is not None and not t.mention.role and kind(t.mention.actor) == "state":
            return t.mention.actor
    return ctx.last_state


def _with_state(found, toks, ph, ctx: Context):
    """A title's words and state with "the country's" filled in."""
    if found and found[1] == THIS_STATE:
        return found[0], _this_state(toks, ctx, ph.registry.kind)
    return found


def _state_before_title(toks, k: int, end: int, kind) -> bool:
    """A state's name used before a title ("the US", "Pentagon" in "the Pentagon chief")."""
    m = toks[k].mention
    return m is not None and m.end < end and not m.role and kind is not None \
        and kind(m.actor) == "state"


def _remember_roles(ph, toks: list[Tok], i: int, e: int, actor: str, ctx: Context) -> str:
    """The titles of the person named at toks[i:e]: the registry's, one before the name
    ("Prime Minister Keir Starmer") and one in an apposition after it ("Donald Tusk, the
    Polish prime minister,"); the state a title gives them, or ""."""
    n = len(toks)
    state = ""
    quoted = toks[i].in_quote
    _remember_role_mention(ph, toks, i - 1, actor, ctx, quoted)  # "(Former) NATO Secretary
    if e + 1 < len(toks) and toks[e].text == ",":                 # General Anders Fogh
        _remember_role_mention(ph, toks, e + 1, actor, ctx, quoted)  # Rasmussen"
    k = i
    while k > 0 and (toks[k - 1].low in L.ROLE_WORDS or toks[k - 1].text in L.DEMONYMS):
        k -= 1
    if k < i:
        found = _with_state(title_words(toks, k, i), toks, ph, ctx)
        now = not _former(toks, k - 1)
        if found and not found[1] and k > 0 and toks[k - 1].mention is not None \
                and not toks[k - 1].mention.role \
                and ph.registry.kind(toks[k - 1].mention.actor) in ("state", "organisation"):
            found = found[0], toks[k - 1].mention.actor  # "NATO Secretary General X"
            _remember(ctx, found[0], found[1], actor, quoted, given=not _former(toks, k - 2))
        elif found:
            _remember(ctx, found[0], found[1], actor, quoted, given=now)
            state = found[1]
    if e + 1 < n and toks[e].text == "," and toks[e + 1].low in ("the", "a") or (
            e + 2 < n and toks[e].text == "," and toks[e + 1].mention is not None
            and toks[e + 1].mention.end < n and toks[toks[e + 1].mention.end].low == "'s"):
        close = e + 1  # ", the Polish prime minister," / ", Poland's prime minister,"
        while close < n and toks[close].word and close - e < 8 \
                and not (close > e + 2 and toks[close].low in ("to", "at", "in", "for")):
            close += 1  # (", the EU's ambassador to Ukraine,": the title ends at "to")
        found = _with_state(title_words(toks, e + 1, close), toks, ph, ctx)
        if found:
            _remember(ctx, found[0], found[1], actor, quoted,
                      given=not any(_former(toks, x) for x in range(e + 1, close)))
            state = state or found[1]
        elif toks[e + 1].low == "a":
            _remember_described(toks, e + 2, close, actor, ctx)
    # the registry's titles last, so that those of an office the article gives the person
    # another of are left out ("Armed Forces Minister Sebastien Lecornu" is not "the prime
    # minister" of the article, though he became it in 2025)
    given = ctx.given_to.get(actor, ())
    for role in ph.registry.roles(actor):
        if given and _other_office(role, given):
            continue
        _remember(ctx, role.split(), ph.registry.side(actor), actor, quoted, registry=True)
    return state


# Words before a title that make it one the person no longer holds.
_FORMER = L.FORMER_WORDS
# Last words of the title of one office (a "defence minister" is not the "prime minister");
# "chief", "leader" or "head" may name the same office as another title.
_OFFICE_HEADS = frozenset("minister secretary president chancellor premier taoiseach".split())


def _former(toks, k: int) -> bool:
    return 0 <= k < len(toks) and toks[k].low in _FORMER


def _other_office(role: str, given) -> bool:
    """True when a registry title names an office other than each one the article gave."""
    if role.split()[-1] not in _OFFICE_HEADS:
        return False
    heads = [t for t in given if t.split()[-1] in _OFFICE_HEADS]
    return bool(heads) and not any(_same_office(role, {t}) or _same_office(t, {role})
                                   for t in heads)


def _role_mention_words(toks, m) -> list[str]:
    return [toks[x].low for x in range(m.start, m.end) if toks[x].low in L.ROLE_WORDS]


def _remember_role_mention(ph, toks, k: int, actor: str, ctx: Context, quoted: bool) -> None:
    """A registry role alias of another person right before a name or in an apposition after it
    ("Kaja Kallas, Estonia's prime minister,": the title as the article gives it, with the state
    of the alias's holder)."""
    if k < 0 or k >= len(toks):
        return
    m = toks[k].mention
    for j in range(k - 1, max(-1, k - 6), -1):
        if m is None and toks[j].mention is not None and toks[j].mention.end == k + 1:
            m = toks[j].mention  # the mention ends right before the name
    if m is None or m.actor == actor or ph.registry.kind(m.actor) != "person":
        return
    if not (m.end == k + 1 or m.start == k):
        return
    words = _role_mention_words(toks, m)
    if words:
        _remember(ctx, words, ph.registry.side(m.actor), actor, quoted,
                  given=not _former(toks, m.start - 1))


def article_holder(ph, toks, m, ctx: Context) -> str | None:
    """The person the article gave the title of a registry role alias ("the Estonian prime
    minister", "the former NATO chief") when that is not the alias's holder today: an older
    article's "Kaja Kallas, Estonia's prime minister" makes a later "the Estonian Prime
    Minister" hers. Only when the holder today is not named in the article, or the title is
    a "former" one."""
    former = m.start > 0 and toks[m.start - 1].low in ("former", "ex", "one-time", "then")
    if m.actor in ctx.titles_of and not former:
        return None
    words = _role_mention_words(toks, m)
    if not words:
        return None
    title = " ".join(words)
    state = ph.registry.side(m.actor)
    offices = {title} | set(ph.registry.roles(m.actor))  # "chief", "secretary general" of NATO
    for person in reversed(list(ctx.title_states)):
        if person == m.actor:
            continue
        given = ctx.title_states[person]
        if any(st == state and (t in offices or _same_office(title, {t}))
               for t, st in given.items()):
            return person
    if former:
        # "Rasmussen said ... the former NATO chief said": not Rutte; "Dannatt warned ...
        # Starmer said ... the former army chief said": not the prime minister either, whom
        # the registry gives an office today
        home = ph.registry.side(m.actor)
        for person in ctx.people:
            if person != m.actor and not ph.registry.roles(person) and (
                    ph.registry.side(person) == home or ph.registry.kind(home) != "state"):
                return person
    return None


def former_title(toks, m) -> bool:
    """Whether a registry role alias is given as a title held before ("a former NATO
    secretary general", "the one-time army chief"): not its holder today."""
    return _former(toks, m.start - 1)


def _remember_described(toks, k: int, close: int, actor: str, ctx: Context) -> None:
    """", a (German) military analyst (at ...),": the expert noun, for a lede that described
    its speaker so ("..., says analyst")."""
    state = ""
    if k < close and toks[k].text in L.DEMONYMS:
        state = L.DEMONYMS[toks[k].text]
        k += 1
    start = k
    while k < close and k - start < 4 and toks[k].word and not toks[k].cap \
            and toks[k].low not in L.STOP:
        k += 1
    if k > start and toks[k - 1].low in EXPERT_NOUNS:
        ctx.first_titled.setdefault(toks[k - 1].low, (actor, state))


def _people(ph, toks: list[Tok], seen: set, media: list | None = None):
    """(start, actor, end, is a registry mention) of each person named in full: registry
    mentions of people (not roles), and name-shaped runs of two words or more (resolved
    through the registry when it knows them). The bodies of L.BODIES_NAMED go into ``seen``,
    the outlets and institutes named into ``media``."""
    n = len(toks)
    i = 0
    while i < n:
        t = toks[i]
        mention = t.mention
        if mention is not None:
            if mention.actor in L.BODIES_NAMED:
                seen.add(mention.actor)
            if media is not None and ph.registry.kind(mention.actor) in _WRITERS:
                media.append(mention.actor)
            if not mention.role and ph.registry.kind(mention.actor) == "person":
                yield i, mention.actor, mention.end, True
            i = mention.end
        elif t.cap and namey(t):  # (most words are not capitalised: no call for them)
            j = name_run_end(toks, i, n)
            while j > i and toks[j - 1].mention is not None:
                j -= 1
            name = name_from(toks, i, j)
            if name and len(name.split()) >= 2:
                reg = ph.registry
                yield j - len(name.split()), \
                    reg.lookup(name) or reg.person_variant(name) or name, j, False
            i = max(j, i + 1)
        else:
            i += 1


# First words of a title that is not the office of its last word: a vice president is not "the
# president", a deputy foreign minister not "the minister", a shadow defence secretary not "the
# secretary", a party or opposition leader not "the (Polish) leader".
_SECOND_TITLES = frozenset("vice deputy shadow party opposition majority minority".split())


def _title_keys(words: list[str]) -> tuple[str, ...]:
    """The keys a title is remembered by: the whole title and its last word ("defence minister",
    "minister"), or the whole title alone for a second title ("vice president" is not "the
    president")."""
    title = " ".join(words)
    return (title,) if words[0] in _SECOND_TITLES else (title, words[-1])


def _remember(ctx: Context, words: list[str], state: str, actor: str,
              quoted: bool = False, registry: bool = False, given: bool = True) -> None:
    """Give ``actor`` the title ``words`` (and its last word, "minister" for "defence
    minister"). A title from the registry's ``role`` column gives its last word to a later
    "the minister" and to a lede's title alone ("Minister: ..."), but not to a lede that
    describes a speaker named further down ("Ex-army chief says ..." is not the Pentagon chief
    the article names)."""
    title = " ".join(words)
    keys = _title_keys(words)
    for key in keys:
        if registry and ctx.given.get(key, actor) != actor:
            continue
        if not registry and given and key == title:
            ctx.given[key] = actor
            ctx.given_to.setdefault(actor, set()).add(title)
        if not (quoted and key in ctx.roles):
            # a person a quotation names does not take the title from the one named before:
            # '"... called by (British Prime Minister) Keir Starmer," the Prime Minister wrote'
            ctx.roles_before.setdefault(key, ctx.roles.get(key))
            ctx.roles[key] = (actor, state)
    ctx.titles_of.setdefault(actor, set()).add(title)
    if state:
        ctx.title_states.setdefault(actor, {})[title] = state
    for key in keys[:1] if registry else keys:
        ctx.first_titled.setdefault(key, (actor, state))
    if registry and len(keys) > 1:
        ctx.first_role_word.setdefault(keys[1], (actor, state))


def role_holder(ph, toks, start: int, end: int, ctx: Context) -> str | None:
    """The person a title-only phrase refers to: the last one given that title in the article
    (of the same state when the phrase names one), or None."""
    if not ctx.roles and not ctx.by_state:
        return None
    first = toks[start]
    if first.low not in ("the", "his", "her") and not (
            first.mention is not None and first.mention.end < end
            and (toks[first.mention.end].low == "'s"
                 or ph.registry.kind(first.mention.actor) == "person")):
        return None  # "a minister" is someone else; "Finland's prime minister" may be named
    found = title_words(toks, start, end, ph.registry.kind)
    if found is None:
        return None
    words, state = found
    if state == THIS_STATE:
        state = _this_state(toks, ctx, ph.registry.kind)
        if not state:
            return None
    owner, state = _owner_and_side(ph.registry, state)
    if owner and not state:
        return None
    title = " ".join(words)
    roles = ctx.roles
    if ctx.roles_before and _named_after(toks, end, ctx):
        # "The incoming president also criticised how Donald Trump ... was handling talks
        # with Vladimir Putin": the title's holder before this sentence, not one it names later
        roles = {key: holder for key, holder in {**ctx.roles, **ctx.roles_before}.items()
                 if holder is not None}
    held = roles.get(title) or (roles.get(words[-1]) if len(words) == 1 else None)
    if held is None and title in L.OFFICE_OF:
        # "the head of state" after "President X", "the premier" after "Prime Minister Y"
        held = roles.get(L.OFFICE_OF[title])
    if held is not None and held[0] != owner:
        actor, title_state = held
        side = ph.registry.side(actor) if actor in ph.registry else title_state
        if not (state and side and side != state):
            return actor
        # "the US president" is not the French one named before
    if not state or state not in ctx.by_state:
        return None
    # "the Polish leader", "Lithuania's top diplomat", "Finland's prime minister": the person
    # of that state named last, when the title can be theirs.
    actor = ctx.by_state[state]
    known = ctx.titles_of.get(actor, set()) | set(ph.registry.roles(actor))
    if known and actor != owner and _same_office(title, known):
        return actor
    for other in reversed(ctx.people_of.get(state, ())):
        # "the US president" after Trump and then Rubio: the one known to hold the office
        if other not in (actor, owner) and _same_office(title, ctx.titles_of.get(other, set())
                                                        | set(ph.registry.roles(other))):
            return other
    return actor if not known and owner is None else None


def _owner_and_side(registry, state: str) -> tuple[str | None, str]:
    """For a title of a person ("Trump's special envoy", "Putin aide", where :func:`title_words`
    gives the person in the state's place): the person, whom the title never stands for, and
    the side whose people may hold it; otherwise (None, ``state``)."""
    if state in registry and registry.kind(state) == "person":
        return state, registry.side(state)
    return None, state


def _named_after(toks, end: int, ctx: Context) -> bool:
    """Whether the sentence names someone only after the title phrase ending at ``end``, past
    words of its own (not "The French president, Emmanuel Macron, ...": the title's holder)."""
    first = min(ctx.named_now.values(), default=-1)  # (where each name ends)
    if first <= end:
        return False
    k = end + (end < len(toks) and toks[end].text == ",")
    m = toks[k].mention if k < len(toks) else None
    return m is None or m.end != first


def _same_office(title: str, known: set) -> bool:
    """True when a title names one of the offices ``known`` ("the leader" and "prime minister",
    "the top diplomat" and "foreign minister")."""
    office = L.OFFICE_OF.get(title, title)
    if office in known:
        return True
    return any(L.OFFICE_OF.get(k, k) == office or office in L.OFFICES_OF.get(k, ()) for k in known)


# An article's first sentences (headline, standfirst, lede) may give a title before the
# article names its holder: "Finnish prime minister wary of ...", "..., prime minister says".
LEDE_SENTENCES = 3
# The mark of such a title in an actor's place until the article has been read.
LATER = "\x00later:"
# ... and of a surname alone ("Kowalczyk warns ...") until the article gives the full name.
SURNAME = "@"


def title_named_later(ph, toks, start: int, end: int, ctx: Context) -> str | None:
    """A placeholder (:data:`LATER`) for a title-only phrase in the lede whose holder the
    article has not named yet; :func:`named_later` resolves it at the end of the article."""
    if ctx.sentences > LEDE_SENTENCES:
        return None
    found = title_words(toks, start, end, ph.registry.kind)
    if found is None or found[0][-1] in EXPERT_NOUNS:
        return _described(toks, start, end, ctx)  # "security expert", "analyst"
    if toks[start].low in ("a", "an"):
        return None
    words, state = found
    if state == THIS_STATE:
        state = _this_state(toks, ctx, ph.registry.kind)
        if not state:
            return None
    if words[-1] in L.SPOKES:
        return None  # "..., says government spokeswoman": the government's voice
    state = _owner_and_side(ph.registry, state)[1]  # "Trump envoy proposes ...": his side's
    return f"{LATER}{' '.join(words)}|{state}"


# The mark of a speaker the lede only describes ("security expert", "Chinese newspaper").
DESCRIBED = "~"
# Nouns of an expert and of an outlet that a lede gives for a speaker named further down.
EXPERT_NOUNS = frozenset("""
academic analyst commentator economist expert historian observer professor researcher scholar
specialist strategist
""".split())
OUTLET_NOUNS = frozenset("""
broadcaster daily magazine newspaper outlet paper tabloid weekly
""".split())


# Heads of a headline's subject described by nationality and title ("Dutch army chief says",
# "Russian MP warns", "Polish presidential hopeful says"): the person named further down.
PERSON_HEADS = L.PERSON_TITLES | frozenset("general mp official spymaster".split())


_MANY_HOLD = frozenset("official diplomat aide adviser advisor mp lawmaker legislator".split())


# Words that set a described person apart from the one the article names ("another general").
_SOMEONE_ELSE = frozenset("another one other some several".split())


def _described(toks, start: int, end: int, ctx: Context) -> str | None:
    """A placeholder for "(a|the) [German] [security] expert" or "[Chinese] newspaper": a
    nationality, up to three lower-case words and a noun of an expert or an outlet."""
    if toks[start].low in _SOMEONE_ELSE:
        return None  # "Another general said ...", "One officer said ...": not the one described
    k = start + (toks[start].low in ("a", "an", "the"))
    top = toks[start].low == "the" and k < end and toks[k].low == "top"
    k += top  # "The top Russian security official": the one holder of that post
    state = ""
    if k < end and toks[k].text in L.DEMONYMS:
        state = L.DEMONYMS[toks[k].text]
        k += 1
    elif k == 0 and toks[0].mention is not None and toks[0].mention.end + 1 < end \
            and toks[toks[0].mention.end].low == "'s" \
            and toks[0].mention.actor in L.ADJECTIVE_OF:
        # "Switzerland's army chief says ..." as "Swiss army chief says ..."
        state = toks[0].mention.actor
        k = toks[0].mention.end + 1
    head = toks[end - 1].low
    if end - k < 1 or end - k > 4 or any(
            not toks[x].word or toks[x].cap and not (x == 0 or x == end - 1 and head == "mp")
            or toks[x].mention is not None for x in range(k, end)):
        return None  # (capitals: the headline's first word, "Russian MP")
    first = toks[start].low
    if head in PERSON_HEADS and (start == 0 or toks[start - 1].text == "," and (
            first in _FORMER or first.startswith("ex-"))) and (
            first not in ("a", "an", "the") or top or (
                first in ("a", "an") and toks[k].low in _FORMER and head not in _MANY_HOLD)):
        # a headline's subject: "Dutch army chief says ...", "Russian MP warns ...", "A former
        # defence chief warns ..." (one who held an office, named further down; not "a former
        # official", one of many), "The top Russian security official referred to ..."; or its
        # closing speaker who held one ("..., ex-army chief says")
        return f"{LATER}{DESCRIBED}{head}:{ctx.sentences}|{state}"
    if head in OUTLET_NOUNS:
        verb = toks[end] if end < len(toks) else toks[start - 1] if start else None
        if verb is not None and verb.low.startswith("report"):
            return None  # "..., British newspaper reports": an outlet reporting is no actor
    elif head not in EXPERT_NOUNS:
        return None
    return f"{LATER}{DESCRIBED}{head}:{ctx.sentences}|{state}"


def _described_later(ph, kind: str, read: int, state: str, ctx: Context) -> str:
    """The first outlet (of the state given), or the first person given the noun as a title
    or else the first one (of that state, given no office), that the article names after the sentence that described them (``read`` sentences
    read then), for a speaker the lede described."""
    if kind in OUTLET_NOUNS:
        for sentence, outlet in ctx.named_media:
            if sentence < read:
                continue
            if not state or ph.registry.get(outlet) is None \
                    or ph.registry.side(outlet) in (state, outlet):
                return outlet
        return ""
    held = ctx.first_titled.get(kind)
    if held is not None and not (state and held[1] and held[1] != state):
        return held[0]  # "..., says analyst", then "X, a military analyst, ..."
    for sentence, person in ctx.named_people:
        if sentence < read:
            continue  # the people of the sentence itself are its subject, not its speaker
        titles = ctx.titles_of.get(person, set()) | set(ph.registry.roles(person))
        if kind in EXPERT_NOUNS and any(w in L.ROLE_ONLY for title in titles
                                        for w in title.split()):
            continue  # a minister or a president is not the expert
        side = ph.registry.side(person) if person in ph.registry else ""
        if state and side and side != state:
            continue
        return person
    return ""


def last_expert(ph, ctx: Context) -> str:
    """The person "the expert" or "the analyst" stands for: the last one who spoke, when the
    article gives them no office (a minister is not "the expert")."""
    person = ctx.last_person
    if not person or person != ctx.last_speaker:
        return ""
    titles = ctx.titles_of.get(person, set()) | set(ph.registry.roles(person))
    if any(w in L.ROLE_ONLY for title in titles for w in title.split()):
        return ""
    return person


def last_titled(ph, title: tuple[str, str], ctx: Context, former: bool = False) -> str:
    """The person "the Tory leader" or "the retired general" (head noun, state) stands for when
    the article gave no one that title: the person who spoke last, when they are the last
    speaker, of that state, and not known to hold another office ("the prime minister" is not
    the president who spoke before). A ``former`` title ("the former army chief") is someone
    who spoke lately and holds no office today."""
    head, state = title
    if former:
        # "the former army chief said" after Dannatt and then Starmer spoke: someone who holds
        # no office today, of that state, among those who spoke last
        return next((p for p in ctx.people if not ph.registry.roles(p) and (
            not state or ph.registry.side(p) in ("", state))), "")
    person = ctx.last_person
    if not person or person != ctx.last_speaker:
        return ""
    side = ph.registry.side(person) if person in ph.registry else ""
    if state and side and side != state and ph.registry.kind(state) == "state":
        return ""
    if head in L.OFFICE_TITLES or head in L.MEMBER_TITLES:
        known = ctx.titles_of.get(person, set()) | set(ph.registry.roles(person))
        if head in L.MEMBER_TITLES:
            # "the MP" is not the minister or the president who spoke before
            return "" if any(w in L.OFFICE_TITLES for k in known for w in k.split()) else person
        if known and not (_same_office(head, known)
                          or any(head in k.split() for k in known)):
            return ""
    return person



def named_later(ph, placeholder: str, ctx: Context) -> str:
    """The person a title in the lede stands for, once the whole article is read: the first
    person given that title (of the same state), or the first person of the title's state whose
    office fits; "" when the article names no one."""
    title, state = placeholder[len(LATER):].split("|")
    if title.startswith(DESCRIBED):
        kind, _, read = title[len(DESCRIBED):].partition(":")
        return _described_later(ph, kind, int(read), state, ctx)
    if title.startswith(SURNAME):
        held = ctx.surnames.get(fold(title[len(SURNAME):]), "")
        return held if " " in held else ""  # the full name the surname was given later
    words = title.split()
    held = ctx.first_titled.get(title) or (ctx.first_titled.get(words[-1])
                                           if len(words) == 1 else None) \
        or ctx.first_titled.get(L.OFFICE_OF.get(title, title))  # "PM" for a prime minister
    # then the first person whose registry title ends in it ("Pentagon chief: ..." when the
    # article names the defence secretary after a "Kremlin chief")
    for held in (held, ctx.first_role_word.get(words[-1]) if len(words) == 1 else None):
        if held is not None:
            actor, title_state = held
            # the state the article gave with the title first ("Kaja Kallas, Estonia's prime
            # minister" in 2024, whom the registry has as the EU's foreign policy chief)
            side = title_state or (ph.registry.side(actor) if actor in ph.registry else "")
            if not (state and side and side != state):
                return actor
    for actor in ctx.people_of.get(state, ()) if state else ():
        known = ctx.titles_of.get(actor, set()) | set(ph.registry.roles(actor))
        if not known or _same_office(title, known):
            return actor
    return sole_holder(ph.registry, title, state) \
        if state and placeholder not in ctx.plural_titles else ""


def sole_holder(registry, title: str, state: str) -> str:
    """The one person of ``state`` whose registry office is ``title`` ("defence minister",
    "Hungary" -> the registry's Hungarian defence minister), when the article never names the
    holder of a title its lede gives; "" when no one or several hold it, or when the office
    changed hands (stance/data/offices.csv), since the article's date would decide."""
    found = [name for name, roles in _people_by_state(registry).get(state, ())
             if roles and _same_office(title, roles)]
    return found[0] if len(found) == 1 and found[0] not in _changed_hands(registry) else ""


@lru_cache(maxsize=4)
def _people_by_state(registry) -> dict[str, list[tuple[str, set]]]:
    by_state: dict[str, list[tuple[str, set]]] = {}
    for actor in registry:
        if actor.kind == "person" and actor.country:
            by_state.setdefault(actor.country, []).append(
                (actor.name, set(registry.roles(actor.name))))
    return by_state


@lru_cache(maxsize=4)
def _changed_hands(registry) -> frozenset:
    """Everyone stance/data/offices.csv names as a holder or a predecessor."""
    text = resources.files("stance").joinpath("data/offices.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    return frozenset(r["holder"] for r in rows) | frozenset(
        p for r in rows for p in r["predecessor"].split("|"))


# A run of this many words quoted again is the same quotation.
QUOTE_RUN = 5


def _quote_runs(toks) -> set:
    words = [t.low for t in toks if t.in_quote and t.word]
    return {tuple(words[x:x + QUOTE_RUN]) for x in range(len(words) - QUOTE_RUN + 1)}


def remember_quote(toks, person: str, ctx: Context) -> None:
    """Keep the word runs ``person`` is quoted saying in the sentence."""
    runs = _quote_runs(toks)
    if runs:
        ctx.quoted.setdefault(person, set()).update(runs)


def quoted_before(toks, ctx: Context) -> str:
    """The person an earlier sentence quoted saying the same words as this quotation ('"At heart,
    security guarantees are a deterrent," he told The Guardian.' ... a pull quote opening with
    the same words later), or ""; the one who said most of them."""
    runs = _quote_runs(toks)
    if not runs:
        return ""
    best, shared = "", 0
    for person, said in ctx.quoted.items():
        n = len(runs & said)
        if n > shared:
            best, shared = person, n
    return best


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


def person_placeholder(actor: str) -> bool:
    """Whether a placeholder of a title named later stands for a person (not an outlet the
    lede describes, "Chinese newspaper")."""
    if not actor.startswith(LATER):
        return False
    title = actor[len(LATER):].split("|", 1)[0]
    if title.startswith(DESCRIBED):
        return title[len(DESCRIBED):].partition(":")[0] not in OUTLET_NOUNS
    return True


def earlier_holders(registry: ActorRegistry, read: list) -> dict[str, str]:
    """The offices whose earlier holder the article names, not the holder today: holder
    today -> the earlier holder named, latest first ("Healey" <- "Shapps" <- "Wallace")."""
    offices, pattern, alias_of, titles, title_of = _offices(registry)
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


# -- a pronoun before anyone is named --------------------------------------------------------
# Rules whose empty actor comes from "he"/"she" standing for no one named before it.
PRONOUN_RULES = frozenset(("pronoun", "speaker after quote", "reporting clause"))
_HE_OR_SHE = frozenset(("he", "she"))
_HIS_OR_HER = {"his": "he", "her": "she"}


def unresolved_pronoun(toks, actor: str, rule: str) -> str:
    """The "he"/"she" that gives the sentence's empty actor, standing for no one named before it
    (a quotation's '..., he told Sky News.' before the article names the speaker), or ""."""
    if actor:
        return ""
    if rule == "narration" and len(toks) > 3 and toks[0].low == "in" \
            and toks[1].low in _HIS_OR_HER and toks[2].low in L.VIEW_NOUNS:
        # "In his view the numbers ... need to be settled" before the article names him
        return _HIS_OR_HER[toks[1].low]
    if rule not in PRONOUN_RULES:
        return ""
    return next((t.low for t in toks if t.low in _HE_OR_SHE and not t.in_quote), "")
