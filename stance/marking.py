"""Text marking before TF-IDF: mask who speaks, mark what is negated, hedged or quoted.

The n-gram model learns whatever separates the labels in its rows, and in news the name of
the speaker separates them all too well (Zakharova is always against, Macron always for),
while a negation flips a sentence's meaning without changing its words. :class:`TextMarker`
rewrites each sentence into tokens that carry that information explicitly:

- **mention masking** replaces actors of the registry (people, states with their capitals
  and seats, organisations, parties, media) by a placeholder of their kind (``_person_``,
  ``_state_``, ``_org_``) and other name-shaped runs ("John Smith", "Mr Smith") by
  ``_name_``, so that the model learns the words of a position, not its holder;
- **demonym masking** does the same for a state's adjective or people ("Russian officials",
  "the French government", "Britons") as ``_demonym_``, except where the adjective says whose
  troops are meant ("Russian troops", "British and French soldiers"): that is what the
  sentence is about, not who speaks;
- **negation and hedge scope**: the words after a negation cue (``not``, ``n't``, ``never``,
  ``no``, ``without`` ...) up to the end of the clause become ``not_<word>``, after a hedge
  cue (``may``, ``could``, ``if``, ``premature`` ...) ``hedge_<word>``: "will not send
  troops" and "will send troops" then share no feature meaning "send". An auxiliary just
  before ``not`` or ``never`` ("will not", "has never") is negated too, so that "Poland will"
  is not learnt as a sign of refusal from the many "X will not send" rows;
- **quotation marking**: words inside quotation marks become ``q_<word>``, so that the
  model can tell a position the speaker cites from the speaker's own words;
- **off-target marking**: a sentence that names no deployment (no "troops", "force",
  "peacekeepers", "send", "deploy" ...: :data:`TARGET_WORDS`) is mostly narration or another
  topic; with ``off_target="flag"`` it ends with the token ``_offtarget_``, which the model
  can weigh, and by which :class:`stance.pipeline.OffTargetTfidf` gives such sentences a
  second copy of their features.

The marker is stateless (it has nothing to fit), so it pickles to its options; the
registry it masks with is the package's ``stance/data/actors.csv``, read once per process.
:func:`readable` turns the marked feature names back into something a person reads
(``[person] said``, ``not:send``, ``"troops"``).
"""

from __future__ import annotations

import csv
import re
import unicodedata
from functools import lru_cache
from importlib import resources
from typing import Iterable

from sklearn.base import BaseEstimator, TransformerMixin

SCOPES = ("off", "negation", "negation+hedge")
TWEETS = ("off", "hashtags", "hashtags+users")
OFF_TARGET = ("off", "flag")
OFF_TARGET_FLAG = "_offtarget_"

# Words that name a deployment of troops, or the act of sending them: a sentence with none of
# them names no deployment (it may still point to one: "the idea", "it"; the model weighs that).
# Written from the codebook's target (section 1), not fitted to the labels. Matched against
# the lower-cased text (three times faster than re.IGNORECASE).
TARGET_WORDS = re.compile(
    r"\b(?:troops?|soldiers?|forces?|peacekeep\w*|boots|contingents?|missions?|instructors?"
    r"|trainers?|personnel|presence|brigades?|battalions?|units?|army|armies|servicem[ae]n"
    r"|backstop|coalition|deploy\w*|station\w*|send\w*|sent|dispatch\w*)\b")


_LATIN = re.compile(r"[a-z]")


def names_a_deployment(text: str) -> bool | None:
    """Whether ``text`` has one of :data:`TARGET_WORDS` ("troops", "send", "peacekeepers" ...);
    None for a text with no Latin letter, in which English words cannot tell."""
    low = text.lower()
    if TARGET_WORDS.search(low):
        return True
    return False if _LATIN.search(low) else None

HASHTAG = re.compile(r"#(\w+)")
_USER = re.compile(r"(?<!\w)@\w+")
# The words of a camel-case hashtag: "HillaryForPrison" -> Hillary, For, Prison;
# "GOPDebate" -> GOP, Debate; "Warren2016" -> Warren, 2016.
_CAMEL_PART = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")

# Words (with inner apostrophes, dots of "U.S." and hyphens), quotation marks and the
# punctuation that ends a clause. A straight or curly single quote counts as a quotation
# mark only at a word's edge; inside a word ("Kyiv's", "won't") it is an apostrophe.
_TOKEN = re.compile(
    r"\w+(?:[’'.\-]\w+)*"
    r"|[“”\"«»]"
    r"|(?<!\w)[‘'](?=\w)|(?<=[\w.,!?])[’'](?!\w)"
    r"|[,;:.!?()\[\]—–]"
)
_OPENERS = {"“": "”", "«": "»", "‘": "’", "'": "'", '"': '"'}
_CLAUSE_END = {",", ";", ":", ".", "!", "?", "(", ")", "[", "]", "—", "–"}
# Conjunctions that start a new clause: a negation before them does not reach past them.
_CLAUSE_WORDS = {"but", "while", "whereas", "although", "though", "however", "yet", "and", "or",
                 "because", "since", "which", "who", "that", "as", "so", "after", "before", "when"}
_NEGATION = {"not", "no", "never", "without", "neither", "nor", "none", "nobody", "nothing",
             "cannot", "nowhere", "hardly", "barely"}
_NT = {"n't", "n’t"}
_AUX = frozenset("will would can could should shall may might must do does did is are was were "
                 "has have had".split())
_HEDGE = {"may", "might", "could", "perhaps", "possibly", "maybe", "if", "unless", "whether",
          "premature", "prematurely", "early", "possible", "potential", "potentially", "hypothetical",
          "hypothetically", "conditions", "conditional", "eventually", "considering", "consider"}
# Capitalised words that start sentences or titles rather than names.
# Each scope's word roles: "" ends a clause, "not_" / "hedge_" starts a cue's scope.
_NO_ROLES: dict[str, str] = {w: "" for w in _CLAUSE_WORDS}
_ROLES = {
    "off": _NO_ROLES,
    "negation": {**_NO_ROLES, **{w: "not_" for w in _NEGATION}},
    "negation+hedge": {**_NO_ROLES, **{w: "hedge_" for w in _HEDGE}, **{w: "not_" for w in _NEGATION}},
}
_NOT_NAMES = {
    "the", "a", "an", "in", "on", "at", "but", "and", "or", "if", "as", "after", "before", "when",
    "while", "for", "with", "without", "we", "i", "he", "she", "it", "they", "this", "that", "these",
    "those", "there", "his", "her", "our", "their", "its", "my", "no", "not", "any", "some", "such",
    "all", "both", "one", "two", "asked", "speaking", "meanwhile", "earlier", "later", "last", "next",
    "according", "despite", "under", "by", "from", "to", "of", "what", "who", "how", "why", "where",
    "yes", "so", "still", "even", "also", "now", "then", "here", "instead", "however", "since",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "president", "minister", "prime", "foreign", "defence", "defense",
    "chancellor", "secretary", "general", "spokesman", "spokeswoman", "spokesperson", "ambassador",
    "deputy", "head", "chief", "leader", "senator", "mr", "mrs", "ms", "dr", "sir", "lord", "gen",
    "european", "western", "russian", "ukrainian", "american", "british", "french", "german",
    "polish", "italian", "nato", "eu", "un", "us", "uk", "troops", "army", "war", "peace",
}
# Titles after which a capitalised word is a person's name ("Mr Smith", "General Smith").
_HONORIFICS = {"mr", "mrs", "ms", "dr", "sir", "lord", "lady", "general", "gen", "president",
               "minister", "chancellor", "senator", "rep", "ambassador", "admiral", "colonel",
               "spokesman", "spokeswoman", "secretary", "premier", "king", "queen", "pope"}
_KIND_PLACEHOLDER = {"person": "_person_", "state": "_state_", "organisation": "_org_",
                     "party": "_org_", "media": "_org_"}


@lru_cache(maxsize=1 << 16)
def _fold(word: str) -> str:
    """Lower case without diacritics; an acronym ("US", "NATO") keeps its case."""
    if len(word) > 1 and word.isupper():
        return word
    word = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in word if not unicodedata.combining(c)).replace("’", "'")


@lru_cache(maxsize=1)
def registry_rows() -> tuple[dict[str, str], ...]:
    """The rows of the shipped actor registry (``stance/data/actors.csv``), read once per process."""
    text = resources.files("stance").joinpath("data/actors.csv").read_text(encoding="utf-8")
    return tuple(csv.DictReader(text.splitlines()))


@lru_cache(maxsize=1)
def _mention_index() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """Registry aliases as folded token tuples with their placeholder, by first token,
    longest first.

    Only aliases that start with a capital are names; lower-case ones ("the president") are
    roles, and a role says nothing about which camp speaks, so it stays as written. A
    person's surname alone is a name too, unless two people of the registry share it.
    """
    index: dict[tuple[str, ...], str] = {}
    surnames: dict[tuple[str, ...], set[str]] = {}
    for row in registry_rows():
        placeholder = _KIND_PLACEHOLDER.get(row.get("kind", ""), "_name_")
        for alias in [row["name"], *(row.get("aliases") or "").split("|")]:
            alias = alias.strip()
            if alias.lower().startswith("the "):
                alias = alias[4:]
            if not alias or not alias[0].isupper():
                continue
            key = tuple(_fold(t) for t in _TOKEN.findall(alias))
            index.setdefault(key, placeholder)
        if row.get("kind") == "person":
            last = tuple(_fold(t) for t in _TOKEN.findall(row["name"])[-1:])
            surnames.setdefault(last, set()).add(row["name"])
    for key, names in surnames.items():
        if len(names) == 1 and key and key[0] not in _NOT_NAMES:
            index.setdefault(key, "_person_")
    # An acronym is also written in title case by some outlets ("Nato").
    for key, placeholder in list(index.items()):
        if len(key) == 1 and key[0].isupper():
            index.setdefault((key[0].lower(),), placeholder)
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for key, placeholder in index.items():
        by_first.setdefault(key[0], []).append((key, placeholder))
    for entries in by_first.values():
        entries.sort(key=lambda e: -len(e[0]))  # longest alias first
    return by_first


def _hashtag_words(match: re.Match) -> str:
    tag = match.group(1)
    parts = _CAMEL_PART.findall(tag)
    if len(parts) < 2:
        return match.group(0)
    return f"{match.group(0)} {' '.join(p.lower() for p in parts)}"


def tweet_text(text: str, tweets: str = "hashtags") -> str:
    """A tweet with its hashtags split into words and, optionally, its @handles masked.

    ``"hashtags"``: each camel-case hashtag is kept and followed by its words, lower-cased
    ("#HillaryForPrison" -> "#HillaryForPrison hillary for prison"); ``"hashtags+users"``
    also replaces every @handle by ``@user``. ``"off"`` returns the text unchanged.
    """
    if tweets == "off":
        return text
    text = HASHTAG.sub(_hashtag_words, text)
    if tweets == "hashtags+users":
        text = _USER.sub("@user", text)
    return text


def check_choices(scope: str, tweets: str, off_target: str = "off",
                  off_targets: tuple[str, ...] = OFF_TARGET) -> None:
    """Raise ValueError, naming the allowed values, when ``scope``, ``tweets`` or
    ``off_target`` (one of ``off_targets``) is not one."""
    for name, value, allowed in (("scope", scope, SCOPES), ("tweets", tweets, TWEETS),
                                 ("off_target", off_target, off_targets)):
        if value not in allowed:  # None is what --param scope=none gives
            raise ValueError(f"{name} must be one of {', '.join(allowed)}, got {value!r}"
                             + (f"; {name}=off turns it off" if value is None and "off" in allowed else ""))


def mark(text: str, *, mask_mentions: bool = True, scope: str = "negation",
         quote_marking: bool = True, off_target: str = "off", mask_demonyms: bool = False) -> str:
    """One sentence as marked tokens (see the module docstring), lower-cased, space-separated."""
    marked = _mark(text, mask_mentions, scope, quote_marking, mask_demonyms)
    if off_target == "off" or names_a_deployment(text) is not False:
        # (a text in another script, or with no word, is left as it is: the model cannot read
        # it, so it stays at the prior rather than being called off the target)
        return marked
    return f"{marked} {OFF_TARGET_FLAG}"


# The words after a state's adjective that make it the owner of a force ("Russian troops"),
# which demonym masking keeps as written.
_FORCE_NOUNS = frozenset("""
troops troop soldiers soldier forces force army armies armed military servicemen personnel
contingent contingents units unit brigade brigades battalions boots peacekeepers instructors
trainers
""".split())
DEMONYM = "_demonym_"


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, tuple[tuple[str, ...], ...]]:
    """States' adjectives and peoples ("Russian", "South Korean", "Britons") as token tuples, by
    first token, longest first; from the attribution's word lists, so both parts of the package
    read the same states. Matched as written (a proper adjective is capitalised), which keeps
    the check to one dictionary look-up for most capitalised words."""
    from .article.lexicon import DEMONYMS, PUBLICS

    words = [*DEMONYMS, *(people for people, adjective in PUBLICS.items() if adjective in DEMONYMS)]
    by_first: dict[str, set[tuple[str, ...]]] = {}
    for word in words:
        key = tuple(_TOKEN.findall(word))
        by_first.setdefault(key[0], set()).add(key)
    return {first: tuple(sorted(keys, key=len, reverse=True)) for first, keys in by_first.items()}


def _demonym_at(tokens: list[str], i: int, table: dict) -> int:
    """The width of a state's adjective or people starting at ``tokens[i]``, or 0."""
    keys = table.get(tokens[i])
    if keys is None:
        return 0
    for key in keys:
        width = len(key)
        if width == 1 or tuple(tokens[i + 1:i + width]) == key[1:]:
            return width
    return 0


def _owns_force(tokens: list[str], k: int, table: dict) -> bool:
    """Whether the words from ``tokens[k]`` (just after an adjective) are a force noun, maybe
    after more adjectives joined by "and", "or" or commas ("British and French troops")."""
    n = len(tokens)
    while k < n:
        low = tokens[k].lower()
        if low in _FORCE_NOUNS:
            return True
        if low in ("and", "or", ",") and k + 1 < n and tokens[k + 1][:1].isupper():
            width = _demonym_at(tokens, k + 1, table)
            if width:
                k += 1 + width
                continue
        return False
    return False


def _mark(text: str, mask_mentions: bool, scope: str, quote_marking: bool,
          mask_demonyms: bool = False) -> str:
    tokens = findall_by_piece(_TOKEN, text)
    index = _mention_index() if mask_mentions else None
    # (part of mention masking: without it, names and their adjectives alike stay as written)
    demonyms = _demonyms() if mask_demonyms and mask_mentions else None
    roles = _ROLES[scope]
    out: list[str] = []
    append = out.append
    closer = None  # the quotation mark that ends the current quotation
    quoted = ""  # "q_" inside a quotation, when quotations are marked
    prefix = ""  # "not_" or "hedge_" while inside a cue's scope
    i, n = 0, len(tokens)
    while i < n:
        tok = tokens[i]
        if tok.islower():
            low = tok  # most tokens: a word already in lower case (no name, no punctuation)
        else:
            first = tok[0]
            if not (first.isalnum() or first == "_"):
                if closer is not None and (tok == closer or tok in '"”' and closer in '"”'):
                    closer, quoted, prefix = None, "", ""
                elif closer is None and tok in _OPENERS:
                    closer, prefix = _OPENERS[tok], ""
                    quoted = "q_" if quote_marking else ""
                elif tok in _CLAUSE_END:
                    prefix = ""
                i += 1
                continue
            if index is not None and first.isupper():
                placeholder, width = _mention(tokens, i, index)
                if placeholder:
                    append(placeholder)
                    i += width
                    continue
            if demonyms is not None and first.isupper():
                width = _demonym_at(tokens, i, demonyms)
                if width and not _owns_force(tokens, i + width, demonyms):
                    append(DEMONYM)
                    i += width
                    continue
            low = tok.lower()
        role = roles.get(low)
        if role is None and low[-3:] in _NT and roles is not _NO_ROLES:
            role = "not_"
        if role is None:
            append(quoted + prefix + low if quoted or prefix else low)
        elif role == "":  # a clause boundary ends the scope
            prefix = ""
            append(quoted + low)
        else:  # a cue: itself unmarked, the words after it marked
            if role == "not_" and low in ("not", "never") and out and out[-1] in _AUX:
                out[-1] = "not_" + out[-1]  # "will not": the auxiliary is negated too
            append(quoted + low)
            if role == "not_" or not prefix:
                prefix = role
        i += 1
    return " ".join(out)


def findall_by_piece(pattern: re.Pattern, text: str) -> list[str]:
    """``pattern.findall(text)`` found faster, for a pattern (the marker's, the attribution's and
    the vectorizer's tokens) that matches no space, sees the same at a piece's edge as next to a
    space, and takes a run of letters and digits alone as one match: most pieces between spaces
    are such a run, so the regex reads only the others ("U.S.", "Kyiv's", "troops,")."""
    found: list[str] = []
    append = found.append
    findall = pattern.findall
    for piece in text.split():
        if piece.isalnum():
            append(piece)
        else:
            found += findall(piece)
    return found


def _mention(tokens: list[str], i: int, index: dict) -> tuple[str | None, int]:
    """The placeholder and width of a name starting at ``tokens[i]``, or ``(None, 0)``."""
    tok = tokens[i]
    # A possessive ("Macron's") is one token; its name is the part before the apostrophe.
    base = tok[:-2] if tok[-2:] in ("'s", "’s") else tok
    head = _fold(base)
    entries = index.get(head)
    if entries is None:
        # Fast exit for most capitalised words ("The", "But"): no registry name starts here,
        # and no unknown name either unless the next word is capitalised too or a title precedes.
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if not (nxt[:1].isupper() or i > 0 and tokens[i - 1].lower().rstrip(".") in _HONORIFICS):
            return None, 0
        entries = ()
    # The words after this one, folded once for every alias (the longest alias comes first).
    after = tuple(_fold(t) for t in tokens[i + 1:i + len(entries[0][0])]) if entries else ()
    for key, placeholder in entries:
        width = len(key)
        if width == 1 or after[:width - 1] == key[1:]:
            return placeholder, width
    # A run of two or more capitalised words that are not sentence starters or titles is a
    # name the registry does not know ("John Smith"); one after an honorific is a person.
    j = i
    while j < len(tokens) and tokens[j][0].isupper() and tokens[j].lower() not in _NOT_NAMES:
        if j > i and _fold(tokens[j][:-2] if tokens[j][-2:] in ("'s", "’s") else tokens[j]) in index:
            break  # a known name starts here: "Calling Macron's ..." is not one name
        j += 1
    if j - i >= 2:
        return "_name_", j - i
    if j - i == 1 and i > 0 and tokens[i - 1].lower().rstrip(".") in _HONORIFICS:
        return "_person_", 1
    return None, 0


class TextMarker(TransformerMixin, BaseEstimator):
    """Pipeline step: rewrite each text with :func:`mark` before the vectorizers.

    Parameters
    ----------
    mask_mentions : bool
        Replace actor names by placeholders of their kind.
    scope : {"off", "negation", "negation+hedge"}
        Mark the words in the scope of negation cues, and of hedge cues too.
    quote_marking : bool
        Mark the words inside quotation marks.
    tweets : {"off", "hashtags", "hashtags+users"}
        Tweet preprocessing before the marking (:func:`tweet_text`).
    off_target : {"off", "flag"}
        End each sentence that names no deployment (:func:`names_a_deployment`) with the token
        ``_offtarget_``.
    mask_demonyms : bool
        With ``mask_mentions``, also replace states' adjectives and peoples ("Russian
        officials") by ``_demonym_``, but not an adjective that says whose troops are meant
        ("Russian troops").
    """

    def __init__(self, mask_mentions: bool = False, scope: str = "off", quote_marking: bool = False,
                 tweets: str = "off", off_target: str = "off", mask_demonyms: bool = False):
        self.mask_mentions = mask_mentions
        self.scope = scope
        self.quote_marking = quote_marking
        self.tweets = tweets
        self.off_target = off_target
        self.mask_demonyms = mask_demonyms

    def __setstate__(self, state):
        # Markers pickled before these options existed did none of them.
        state.setdefault("tweets", "off")
        state.setdefault("off_target", "off")
        state.setdefault("mask_demonyms", False)
        super().__setstate__(state)

    @property
    def active(self) -> bool:
        return bool(self.mask_mentions or self.scope != "off" or self.quote_marking
                    or self.off_target != "off")

    def fit(self, X, y=None):
        check_choices(self.scope, self.tweets, self.off_target)
        return self

    def transform(self, X: Iterable[str]) -> list[str]:
        if self.tweets != "off":
            X = [tweet_text(t, self.tweets) for t in X]
        if not self.active:
            return list(X)
        return [mark(t, mask_mentions=self.mask_mentions, scope=self.scope,
                     quote_marking=self.quote_marking, off_target=self.off_target,
                     mask_demonyms=self.mask_demonyms) for t in X]

    def __sklearn_is_fitted__(self) -> bool:  # stateless: always ready
        return True


def readable(feature: str) -> str:
    """A marked n-gram as a person reads it: ``_person_ said`` -> ``[person] said``,
    ``not_send`` -> ``not:send``, ``hedge_send`` -> ``hedge:send``, ``q_troops`` -> ``"troops"``,
    ``_offtarget_`` -> ``[no deployment named]``, and the copy of a feature that
    :class:`stance.pipeline.OffTargetTfidf` gives such sentences ``ot_rejects ot_the`` ->
    ``off-target:(rejects the)``."""
    words = feature.split(" ")
    if all(w.startswith("ot_") and len(w) > 3 for w in words):
        inner = readable(" ".join(w[3:] for w in words))
        return f"off-target:{inner}" if len(words) == 1 else f"off-target:({inner})"
    shown_words = []
    for word in words:
        if word == OFF_TARGET_FLAG:
            shown_words.append("[no deployment named]")
            continue
        m = re.fullmatch(r"_(person|state|org|name|demonym)_", word)
        if m:
            shown_words.append(f"[{m.group(1)}]")
            continue
        quoted = word.startswith("q_")
        if quoted:
            word = word[2:]
        for prefix, shown in (("not_", "not:"), ("hedge_", "hedge:")):
            if word.startswith(prefix) and len(word) > len(prefix):
                word = shown + word[len(prefix):]
        shown_words.append(f'"{word}"' if quoted else word)
    return " ".join(shown_words)


def readable_feature(name: str) -> str:
    """:func:`readable` for a pipeline feature name (``word__not_send`` -> ``word__not:send``);
    character n-grams are shown as they are."""
    prefix, sep, rest = name.partition("__")
    return f"{prefix}{sep}{readable(rest)}" if sep and prefix == "word" else name
