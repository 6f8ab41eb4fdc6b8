"""Tokens and mentions: the first step of attribution.

A sentence becomes a list of :class:`Tok` (words, punctuation, quotation marks), folded for
matching ("Zelenskyy" and "Erdoğan" match their registry spelling) but keeping the original
spelling for output. :class:`MentionIndex` marks the registry's aliases on them as
:class:`Mention` s, longest alias first. The helpers at the end tell name-shaped words apart
(:func:`namey`, :func:`name_from`), used by every later step.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import lexicon as L
from ...marking import findall_by_piece
from ..actors import ActorRegistry, fold

TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W_]+(?:[-'][^\W_]+)*|\S")
QUOTE_MARKS = frozenset({'"'}) | L.OPEN_Q | L.CLOSE_Q
# "PARIS –", "KYIV, Ukraine (AP) —", "MOSCOW, March 1 (Reuters) -"
_DATELINE = re.compile(r"^(?:[A-Z][A-Z .'/-]{1,30}(?:,[^()\n,–—-]{1,25})?(?:\s*\([^)]{1,40}\))?"
                       r"\s*[-–—]+\s+"
                       # "Canberra, Mar 4 (IANS) ", "MOSCOW, March 1 (Reuters) "
                       r"|^[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2}, [A-Z][a-z]{2,8}\.? \d{1,2}"
                       r"(?:, \d{4})? \([A-Z][\w/ -]{1,20}\)\s+"
                       # a place not in capitals before an agency and a dash: "Prague (AFP) - "
                       r"|^[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2} \((?:AFP|AP|Reuters|dpa|DPA|"
                       r"ANSA|EFE|PAP|Xinhua|TASS|RIA|Interfax|Ukrinform|IANS|UNN|BTA|LETA|ERR"
                       r"|BNS|CTK|MTI|Anadolu)\)\s*[-–—]+\s+"
                       # wire prefixes: "EXCLUSIVE-France sounds out ...", "UPDATE 2-Poland ..."
                       r"|(?:EXCLUSIVE|UPDATE ?\d*|WRAPUP ?\d*|REFILE|CORRECTED|RPT)[-–—:] ?)")


class Tok:
    """One token: as written (``orig``), folded (``text``, ``low``), whether it is a word and
    capitalised, the mention it starts, whether a mention covers it, whether it is quoted.

    A plain class with slots: a sentence makes dozens, and this is several times faster to
    build than a dataclass.
    """

    __slots__ = ("orig", "text", "low", "word", "cap", "mention", "inside", "in_quote")

    def __init__(self, orig: str, text: str, shape: tuple[str, bool, bool], in_quote: bool):
        # shape: (low, word, cap), as _word_shape gives it (one argument: faster to pass)
        self.orig = orig
        self.text = text
        self.low, self.word, self.cap = shape
        self.mention = None  # set on the first token of a mention
        self.inside = False  # covered by a mention
        self.in_quote = in_quote

    def __repr__(self) -> str:
        return f"Tok({self.orig!r})"


@dataclass(slots=True)
class Mention:
    actor: str
    start: int
    end: int
    role: bool  # matched a role alias ("the French president")


class MentionIndex:
    """The registry's aliases as a word trie, to tokenise a sentence and mark its mentions.

    Parameters
    ----------
    registry : ActorRegistry
    """

    def __init__(self, registry: ActorRegistry):
        self.registry = registry
        # lower-case word -> (children, [(alias words, name, case-insensitive), ...])
        self._trie: dict = {}
        # the first words of the registry's people ("Mark", "Ahmed"), which an opening word
        # shaped like a verb or an adverb may still be
        self._first_names: set = set()
        for alias, name, ci in registry.aliases():
            words = alias_words(alias)
            if not words:
                continue
            if len(words) > 1 and registry.kind(name) == "person":
                self._first_names.add(words[0])
            variants = initial_variants(words) if registry.kind(name) == "person" else [words]
            for form in variants:
                node = None
                level = self._trie
                for w in form:
                    node = level.setdefault(w.lower(), ({}, []))
                    level = node[0]
                entry = (tuple(form), name, ci)
                if entry not in node[1]:
                    node[1].append(entry)

    def tokens(self, sentence: str, in_quote: bool = False) -> list[Tok]:
        """The tokens of a sentence, with quotation state and registry mentions marked.

        ``in_quote``: a quotation opened in an earlier sentence is still open; the sentence
        starts inside it when its first quotation mark closes one.
        """
        original = sentence.strip()
        text = fold(original)
        # (every dateline holds a dash, a colon or an agency's parenthesis: most sentences have
        # none, and the pattern's branches need not be tried on them)
        dateline = _DATELINE.match(text) if "-" in text or ":" in text or "(" in text \
            or "–" in text or "—" in text else None
        found = findall_by_piece(TOKEN, text[dateline.end():] if dateline else text)
        words: list[str] = []  # folded
        origs: list[str] = []  # as written: the fold keeps offsets
        at = dateline.end() if dateline else 0
        last = len(found) - 1
        single_open = False
        x = 0
        # Offsets are needed only to spell a token as written (when the fold changed the text)
        # and to read a lone quotation mark; otherwise the folded token is the written one.
        track = text is not original or "'" in found
        append = words.append
        apostrophe = "'" in text  # (else no token is a possessive)
        if track:
            find = text.find
            append_orig = origs.append
            while x <= last:
                w = found[x]
                start = find(w, at)  # the next token starts at its first match after at
                at = start + len(w)
                o = original[start:at]
                if w == "'":  # a single quotation mark, or the possessive of a plural
                    w, single_open = _single_quote(text, start, at, single_open)
                elif apostrophe and len(w) > 2 and w.endswith("'s") and w[0] != "'":
                    append(w[:-2])
                    append_orig(o[:-2])
                    w, o = "'s", o[-2:]
                elif x + 1 < last and found[x + 1] == "." and takes_period(w):
                    # "Gen." and "Q." are one token (unless the period ends the sentence)
                    w, o = w + ".", o + "."
                    at += 1
                    x += 1
                append(w)
                append_orig(o)
                x += 1
        elif not apostrophe and "." not in found[1:last]:
            words = origs = found  # no possessive and no period inside: the tokens as found
        else:
            # The same steps with each token as written (no lone ' here): one list for both.
            while x <= last:
                w = found[x]
                if apostrophe and len(w) > 2 and w.endswith("'s") and w[0] != "'":
                    append(w[:-2])
                    w = "'s"
                elif x + 1 < last and found[x + 1] == "." and takes_period(w):
                    w += "."
                    x += 1
                append(w)
                x += 1
            origs = words
        headline_case = is_title_case(words)
        depth = 0
        straight = False
        if in_quote:
            marks = [w for w in words if w == '"' or w in L.OPEN_Q or w in L.CLOSE_Q]
            if marks and (marks[0] in L.CLOSE_Q or (marks[0] in L.OPEN_Q and words[0] != marks[0])):
                depth = 1  # a quotation inside the open one: "Then these ‘peacemakers’ will ..."
            elif marks.count('"') % 2:
                straight = True
        quote_marks = QUOTE_MARKS
        shape_of = _SHAPES.get  # (a word's shape, if seen before: else _word_shape)
        quoted = depth > 0 or straight
        if quote_marks.isdisjoint(words):
            # no quotation mark: every token is inside a quotation or not as the sentence starts
            toks = [Tok(o, w, shape_of(w) or _word_shape(w), quoted) for w, o in zip(words, origs)]
        else:
            toks = []
            append = toks.append
            for w, o in zip(words, origs):
                if w in quote_marks:
                    if w == '"':
                        straight = not straight
                    elif w in L.OPEN_Q:
                        depth += 1
                    else:
                        depth = max(0, depth - 1)
                    quoted = depth > 0 or straight
                    append(Tok(o, w, (w, False, False), True))
                else:
                    append(Tok(o, w, shape_of(w) or _word_shape(w), quoted))
        self.mark_mentions(toks, headline_case)
        if headline_case:
            for t in toks:
                if t.mention is None and not t.inside and t.word:
                    t.cap = False
        return toks

    def mark_mentions(self, toks: list[Tok], title_case: bool = False) -> None:
        """Mark the longest registry alias at each position, left to right."""
        n = len(toks)
        roots = self._trie
        i = 0
        while i < n:
            node = roots.get(toks[i].low)
            if node is None or (not node[1] and (i + 1 >= n or toks[i + 1].low not in node[0])):
                # no alias starts here ("the" before a word no alias of "the ..." has): what
                # _match_at would find, without the call at every "the"
                i += 1
                continue
            best = self._match_at(toks, i, title_case)
            if best and toks[i].low == "the" and i + 1 < n:
                after = self._match_at(toks, i + 1, title_case)
                if after and after[0] > best[0] - 1:
                    # "the European Council on Foreign Relations", not "the European Council"
                    i += 1
                    continue
            if best:
                m, name, ci = best
                mention = Mention(name, i, i + m, ci and self.registry.kind(name) == "person")
                toks[i].mention = mention
                for x in range(i, i + m):
                    toks[x].inside = True
                i += m
            else:
                i += 1

    def _match_at(self, toks: list[Tok], i: int, title_case: bool):
        """The longest alias starting at token ``i``: (length, name, case-insensitive) or None."""
        n = len(toks)
        found: list[list] = []
        level = self._trie
        j = i
        while j < n:
            node = level.get(toks[j].low)
            if node is None:
                break
            if node[1]:
                found.append(node[1])
            level = node[0]
            j += 1
        for entries in reversed(found):
            for words, name, ci in entries:
                m = len(words)
                if not ci and any(toks[i + x].text != words[x] for x in range(m)):
                    continue
                if ci and i > 0 and toks[i - 1].low in ("a", "an") \
                        and self.registry.kind(name) == "person":
                    continue  # "a Kremlin spokesman" is someone unnamed, not the role's holder
                if m == 1 and i > 0 and toks[i - 1].word and toks[i - 1].low not in _CLAUSE_LEADS \
                        and self.registry.kind(name) == "group":
                    # "Europe" stands for its leaders only as a clause's subject ("Europe has
                    # put forward ..."), not in "Officials in Europe", "Eastern Europe",
                    # "Supreme Allied Commander Europe"
                    continue
                # One word inside a longer unknown name is not that actor: "Paul" of "Paul
                # Smith", "Rasmussen" of "Anders Fogh Rasmussen", "Paris" of "Roland Paris".
                if m == 1 and not ci and not title_case and not toks[i].text.isupper() \
                        and part_of_name(toks, i, self.registry.kind(name) == "person") \
                        and not self._opening_word_before(toks, i) \
                        and not self._state_after_opening_word(toks, i, name):
                    continue
                return m, name, ci
        return None

    def _state_after_opening_word(self, toks: list[Tok], i: int, name: str) -> bool:
        """Whether ``i`` is a state's own name after the sentence's capitalised opening word
        that is no first name of the registry's people ("Tiny Estonia has offered ...",
        "Neutral Switzerland serves ..."): the state, not a person's surname."""
        return toks[i].text == name and i >= 1 and i - 1 == _first_word(toks) \
            and self.registry.kind(name) == "state" \
            and toks[i - 1].text not in self._first_names \
            and not (i + 1 < len(toks) and namey(toks[i + 1]))

    def _opening_word_before(self, toks: list[Tok], i: int) -> bool:
        """Whether the word before ``i`` is the sentence's opening word, capitalised only for
        its place and shaped like a verb or an adverb ("Pressing Zelensky", "Asked Rutte",
        "Earlier Peskov"), not a first name of the registry's people."""
        if i < 1 or i - 1 > _first_word(toks):
            return False
        word = toks[i - 1].text
        return len(word) > 4 and word.lower().endswith(_NOT_FIRST_NAME_ENDINGS) \
            and word not in self._first_names and word not in _FIRST_NAMES_SO_SHAPED \
            and toks[i].mention is None \
            and not (i + 1 < len(toks) and namey(toks[i + 1]))


# Endings of the verb forms and adverbs that open a sentence, which first names rarely have.
_NOT_FIRST_NAME_ENDINGS = ("ing", "ed", "ly", "while", "ever", "fore", "ward", "wards")
# First names with those endings, for the people the registry does not know.
_FIRST_NAMES_SO_SHAPED = frozenset("""
Ahmed Mohammed Mohamed Hamed Javed Saeed Fareed Rasheed Jared Emily Kelly Holly Molly Beverly
Shelly Sterling
""".split())


# The shapes of the words seen, as _word_shape gives them: the same words recur in every
# sentence, and a dictionary lookup costs less than a call through lru_cache.
_SHAPES: dict[str, tuple[str, bool, bool]] = {}
_MAX_SHAPES = 65536


def _word_shape(w: str) -> tuple[str, bool, bool]:
    """(lower case, is a word, is capitalised) of a token that is not a quotation mark,
    kept in _SHAPES (emptied when full, so that it stays small over any input)."""
    is_word = w == "'s" or w[0].isalnum()
    if len(_SHAPES) >= _MAX_SHAPES:
        _SHAPES.clear()
    shape = _SHAPES[w] = (w.lower(), is_word, is_word and w[0].isupper())
    return shape


def _first_word(toks: list[Tok]) -> int:
    """The index of the sentence's first word (after opening quotation marks or a dash)."""
    k = 0
    while k < len(toks) and not toks[k].word:
        k += 1
    return k


def _single_quote(text: str, start: int, end: int, open_: bool) -> tuple[str, bool]:
    """What a lone ' is: an opening or closing quotation mark ("“", "”"), or the possessive of
    a plural ("the allies' plan": "'s"); and whether a single quotation is open after it."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if before.isalnum() and before in "sS" and not after.isalnum() and not open_:
        return "'s", open_
    if (before.isspace() or before in "([") and after.isalnum():
        return "“", True
    if before in ",.!?;:…" or (open_ and before.isalnum() and not after.isalnum()):
        return "”", False
    return "'", open_


def alias_words(alias: str) -> list[str]:
    """An alias cut into words as a sentence is ("Jr." and "Q." keep their period)."""
    merged: list[str] = []
    for w in split_possessive([m.group(0) for m in TOKEN.finditer(alias)]):
        if w == "." and merged and takes_period(merged[-1]):
            merged[-1] += "."
        else:
            merged.append(w)
    return merged


_INITIALS = re.compile(r"^(?:[A-Z]\.?){1,3}$")


def initial_variants(words: list[str]) -> list[list[str]]:
    """A person's alias with the ways copy writes its leading initials: "J.D. Vance", "J. D.
    Vance", "JD Vance" and "J D Vance" are one name."""
    k = 0
    while k < len(words) - 1 and _INITIALS.match(words[k]):
        k += 1
    letters = "".join(c for w in words[:k] for c in w if c != ".")
    if k == 0 or not 1 < len(letters) <= 3:
        return [words]
    rest = words[k:]
    forms = [[letters], [".".join(letters) + "."], [c + "." for c in letters], list(letters)]
    out = [words]
    for form in forms:
        if form + rest != words:
            out.append(form + rest)
    return out


def day_or_year(low: str) -> bool:
    """A day or a year: "26", "2024", "26th"."""
    return low.isdigit() or (low[-2:] in ("st", "nd", "rd", "th") and low[:-2].isdigit())


# Words after which a main clause may start with its subject.
_CLAUSE_LEADS = frozenset("and but so yet".split())


def part_of_name(toks: list[Tok], i: int, person: bool = True) -> bool:
    before = toks[i - 1] if i > 0 else None
    after = toks[i + 1] if i + 1 < len(toks) else None
    if person and after is not None and namey(after) and not after.inside:
        return True
    return before is not None and namey(before) and not before.inside and before.mention is None \
        and not (i - 1 == 0 and before.text in L.NOT_NAME)


def split_possessive(words: list[str]) -> list[str]:
    out = []
    for w in words:
        if len(w) > 2 and w.endswith("'s") and w[0] != "'":
            out.extend([w[:-2], "'s"])
        else:
            out.append(w)
    return out


def is_title_case(words: list[str]) -> bool:
    """A headline in Title Case: most longer words capitalised and no final period."""
    if not words or words[-1] in {".", "!", "?"}:
        return False
    long = [w for w in words if len(w) > 3 and w[:1].isalpha()]
    if len(long) < 4:
        return False
    return sum(w[0].isupper() for w in long) >= 0.8 * len(long)


_NOT_NAME_MODALS = frozenset("should would could must shall does do did is are was were has have had".split())
_CONTRACTED = frozenset("i we you they he she it let that there here what who".split())


def namey(t: Tok) -> bool:
    """A capitalised word that can be part of a person's name."""
    return t.cap and t.word and t.mention is None and not t.inside and _name_shaped(t.text)


@lru_cache(maxsize=65536)
def _name_shaped(text: str) -> bool:
    """What :func:`namey` asks of a capitalised word that no mention covers: a test of its
    spelling alone, kept, since it is asked of the same words many times a sentence."""
    low = text.lower()
    if text in L.NOT_NAME or text in L.DEMONYMS or low in L.STOP or low in _NOT_NAME_MODALS:
        return False  # "Whether Japan ...", "Should Moscow ...": a function word, capitalised
    if len(text) > 2 and text.isupper() and not text.endswith("."):
        return False  # an acronym ("KCNA", "SDF"), not a name; "JD" and "CQ" may be initials
    parts = text.split("-")
    if len(parts) > 1 and all(p in L.NOT_NAME or p.capitalize() in L.NOT_NAME for p in parts):
        return False  # "Vice-Chancellor"
    if len(text) == 2 and text.endswith("."):
        return True  # an initial
    if len(text) > 4 and text.isalpha() and text[:3].isupper() and not text.isupper():
        return False  # "AFPKeir", "REUTERSJoe": a photo credit glued to a caption's name
    head, apostrophe, tail = low.replace("’", "'").partition("'")
    if apostrophe and (head in _CONTRACTED or tail in ("ve", "re", "ll", "m", "t")):
        return False  # "I’ve", "We're", "Don't": a pronoun or verb contracted, not "O'Leary"
    return text.rstrip(".").isalpha() or "-" in text or "'" in text


def name_from(toks, start: int, end: int) -> str | None:
    """The person's name at the end of a run of capitalised words (titles stripped)."""
    parts: list[str] = []
    for x in range(end - 1, start - 1, -1):
        t = toks[x]
        if namey(t) or t.text in L.NAME_SUFFIX or (t.low in L.PARTICLES and parts):
            parts.append(t.orig)
        elif not parts and t.text in L.SURNAME_TITLES and x > start and namey(toks[x - 1]):
            parts.append(t.orig)  # "Claudia Major"
        else:
            break
    parts.reverse()
    while parts and parts[0].lower() in L.PARTICLES:
        parts.pop(0)
    while len(parts) > 1 and parts[0].lower().rstrip(".") in L.ABBREV \
            and parts[0].lower().rstrip(".") not in ("jr", "sr", "st"):
        parts.pop(0)  # "Lt Gen Rakesh Kapoor", "Gen Mulcahy": ranks without their periods
    if not parts:
        return None
    if len(parts) == 1 and (parts[0].endswith(".") or len(parts[0]) < 3):
        return None
    return " ".join(parts)


def particle_of_name(toks, j: int) -> bool:
    """A particle followed, maybe after another, by a capitalised word ("von der Leyen")."""
    n = len(toks)
    return j + 1 < n and (toks[j + 1].cap or (toks[j + 1].low in L.PARTICLES and j + 2 < n
                                              and toks[j + 2].cap))


def name_run_end(toks, k: int, end: int) -> int:
    """The end of the run of name words starting at ``k`` (particles, suffixes included)."""
    j = k
    while j < end:
        t = toks[j]
        if namey(t) or t.text in L.NAME_SUFFIX:
            j += 1
        elif t.low in L.PARTICLES and j + 1 < end and (namey(toks[j + 1]) or (
                toks[j + 1].low in L.PARTICLES and j + 2 < end and namey(toks[j + 2]))):
            j += 1
        elif j > k and t.text in L.SURNAME_TITLES and (j + 1 == end or not namey(toks[j + 1])):
            j += 1  # "Claudia Major"
        else:
            break
    return j



def takes_period(word: str) -> bool:
    """A title or an initial whose period belongs to it ("Gen.", "Q.")."""
    return word.lower() in L.ABBREV or (len(word) == 1 and word.isupper())


def abbreviation(t: Tok) -> bool:
    return t.text.endswith(".") and (t.low.rstrip(".") in L.ABBREV or len(t.text) == 2)



def find(toks, text: str, start: int, limit: int | None = None) -> int | None:
    end = len(toks) if limit is None else min(len(toks), start + limit)
    for k in range(start, end):
        if toks[k].text == text and not toks[k].in_quote:
            return k
    return None

