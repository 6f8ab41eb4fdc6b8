"""Actors: the registry of canonical names, their aliases, kind and country.

The package ships ``stance/data/actors.csv`` (several hundred actors of the debate on foreign
troops in Ukraine, 2024-2025); users extend or override it with files of the same columns:

``name``
    The canonical form of the annotation guidelines ("Volodymyr Zelensky", "Russia").
``aliases``
    Other forms, separated by ``|``: spellings ("Zelenskyy"), surnames, metonyms ("the
    Kremlin", "Moscow"), and roles that name one person in this debate ("the French
    president"). An alias with a lower-case word ("the Kremlin", "Ukraine's president") is
    matched in any case; the others, proper names, only as written. Diacritics never matter.
``kind``
    ``person``, ``state``, ``organisation``, ``party``, ``media`` or ``group``. An outlet is an
    actor only for its own opinion ("The Economist argued in an editorial"), never when it
    reports or is told something ("told Reuters", "Politico reported").
``country``
    The state or body an actor speaks for ("NATO" for its secretary general; empty for the
    bodies themselves): a spokesperson who reports their own side's position stays the actor,
    while "Zelensky said Putin was trying to ..." goes to Putin.
``role`` (optional)
    The titles, lower-case and separated by ``|``, of the office a person held in 2024-2025
    ("chancellor", "defense secretary|pentagon chief"), by which "the chancellor said" finds
    the person of that role the article named last. The shipped file fills it for the people
    whose office is public knowledge; it is not an alias (the model's masking never reads it).

Roles resolve to whoever held them for most of 2024-2025 ("the French president" is Emmanuel
Macron); roles held about as long by two people (the US president, the German chancellor) are
not aliases. A user file can change all of that. A person's surname alone also resolves when no
other person of the registry has it.
"""

from __future__ import annotations

import csv
import io
import os
import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable

from ..exceptions import ArgumentError, DataError
from ..io import not_paths

REGISTRY_COLUMNS = ("name", "aliases", "kind", "country")
# Optional: the titles that name a person in an article ("prime minister|party leader"), for
# "the prime minister said" after the person was named. Role aliases give titles too.
ROLE_COLUMN = "role"
KINDS = ("person", "state", "organisation", "party", "media", "group")
_KIND_SYNONYMS = {"organization": "organisation", "org": "organisation", "country": "state",
                  "think tank": "organisation", "thinktank": "organisation"}
ALIAS_SEPARATOR = "|"
# Words that may be lower-case inside a proper name without making the alias a role.
_PARTICLES = frozenset("of for and de der von van da di du la le bin al y del della d".split())
# East Asian names put the family name first: no surname alias from their last word.
_FAMILY_NAME_FIRST = frozenset({"China", "North Korea", "South Korea", "Vietnam"})
_NAME_SUFFIXES = frozenset({"jr.", "jr", "sr.", "sr", "ii", "iii", "iv", "xiv"})
_TITLES = frozenset("""President Premier Minister Secretary General Secretary-General Chancellor
Commissioner Chief Spokesman Spokeswoman Spokesperson Ambassador Leader Speaker Chairman Director
Envoy Commander""".split())


@dataclass(frozen=True)
class Actor:
    """One registry entry."""

    name: str
    aliases: tuple[str, ...] = ()
    kind: str = "person"
    country: str = ""
    roles: tuple[str, ...] = ()  # titles that name this person in an article ("president")


# A 1:1 character fold keeps offsets: "Zelenskyy" and "Erdoğan" match "Erdogan", curly
# apostrophes match straight ones.
_FOLD_EXTRA = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "s",
               "ı": "i", "æ": "a", "Æ": "A", "œ": "o", "Œ": "O", "’": "'", "‘": "'",
               "ʼ": "'", "`": "'",
               "´": "'", "‐": "-", "‑": "-"}


class _FoldTable(dict):
    """str.translate table that works out each character's fold once, on first sight."""

    def __missing__(self, ch: int) -> str:
        c = chr(ch)
        if c in _FOLD_EXTRA:
            out = _FOLD_EXTRA[c]
        elif ch < 128:
            out = c
        else:
            base = unicodedata.normalize("NFKD", c)[0]
            out = base if base.isalpha() or base == "'" else c
        self[ch] = out
        return out


_FOLD_TABLE = _FoldTable()


# The characters that fold may change: all but ASCII, and the backtick.
_FOLDABLE = re.compile(r"[^\x00-\x5f\x61-\x7f]+")


def _fold_run(match: re.Match) -> str:
    return match.group().translate(_FOLD_TABLE)


def fold(text: str) -> str:
    """Strip diacritics and unify apostrophes, one character for one, so offsets are kept."""
    if text.isascii() and "`" not in text:
        return text
    # Only the runs of foldable characters are translated: str.translate reads a text past its
    # first non-ASCII character several times slower, and news text is mostly ASCII.
    return _FOLDABLE.sub(_fold_run, text)


class ActorRegistry:
    """Canonical actors and the index of their aliases.

    Parameters
    ----------
    actors : iterable of Actor
        Later entries override earlier ones of the same name, and their aliases win over an
        earlier actor's identical alias: that is how a user file overrides the shipped one.
    """

    def __init__(self, actors: Iterable[Actor]):
        self._actors: dict[str, Actor] = {}
        for actor in actors:
            self._actors[actor.name] = actor
        self._alias_owner: dict[str, tuple[int, str]] = {}
        self._aliases: dict[str, str] = {}  # folded alias as written -> name (exact lookups)
        self._ci: dict[str, str] = {}  # folded lower-case alias -> name (role-like aliases)
        explicit: dict[str, str] = {}
        for rank, actor in enumerate(self._actors.values()):
            for alias in (actor.name, *actor.aliases):
                key = fold(alias).strip()
                if not key:
                    continue
                if _is_role_like(key):
                    self._ci[key.lower()] = actor.name
                else:
                    self._aliases[key] = actor.name
                    explicit[key.lower()] = actor.name
        self._surnames = self._derive_surnames(explicit)
        self._roles = {actor.name: _roles_of(actor) for actor in self._actors.values()
                       if actor.kind == "person"}
        self._variants: dict[str, str | None] = {}
        self._spellings: dict | None = None  # built on first use
        self._person_variants: dict[str, str | None] = {}

    def _derive_surnames(self, explicit: dict[str, str]) -> dict[str, str]:
        seen: dict[str, set[str]] = {}
        for actor in self._actors.values():
            if actor.kind != "person":
                continue
            for form in (actor.name, *actor.aliases):
                words = fold(form).split()
                if _is_role_like(fold(form)) or not all(w[:1].isupper() for w in words):
                    continue
                if actor.country in _FAMILY_NAME_FIRST:
                    if form != actor.name:
                        continue
                    words = words[:1] * 2  # "Xi Jinping" -> "Xi"
                while words and words[-1].lower() in _NAME_SUFFIXES:
                    words.pop()
                if len(words) < 2 or not words[-1][:1].isupper() or _is_role_like(" ".join(words)) \
                        or words[-1] in _TITLES:
                    continue  # "Czech President" is a role, not a name with the surname "President"
                seen.setdefault(words[-1], set()).add(actor.name)
        surnames = {}
        for surname, owners in seen.items():
            if len(owners) == 1 and surname.lower() not in explicit:
                surnames[surname] = next(iter(owners))
        return surnames

    def __len__(self) -> int:
        return len(self._actors)

    def __iter__(self):
        return iter(self._actors.values())

    def __contains__(self, name: object) -> bool:
        return name in self._actors

    def __repr__(self) -> str:
        return f"ActorRegistry({len(self)} actors)"

    def get(self, name: str) -> Actor | None:
        """The entry of a canonical name, or None."""
        return self._actors.get(name)

    def lookup(self, text: str) -> str | None:
        """The canonical name of an alias, a surname or a role, or None.

        >>> default_registry().lookup("the Kremlin")
        'Russia'
        """
        key = fold(text).strip()
        if key in self._aliases:
            return self._aliases[key]
        if key.lower() in self._ci:
            return self._ci[key.lower()]
        return self._surnames.get(key)

    def aliases(self) -> Iterable[tuple[str, str, bool]]:
        """Every (folded alias, canonical name, case-insensitive) triple, surnames included."""
        for key, name in self._aliases.items():
            yield key, name, False
        for key, name in self._ci.items():
            yield key, name, True
        for key, name in self._surnames.items():
            if key not in self._aliases:
                yield key, name, False

    def surname_variant(self, word: str) -> str | None:
        """The person whose unique surname ``word`` spells another way (one letter changed or
        added after the fourth: "Sikorsky", "Zelenskiy"; or the same :func:`spelling_key`:
        "Maternova"), or None."""
        key = fold(word)
        if len(key) < 6 or not key[:1].isupper():
            return None
        if key not in self._variants:
            found = {name for surname, name in self._one_word_names()
                     if surname[:4] == key[:4] and _one_letter_apart(surname, key)}
            found |= self._spelling_index()["surname"].get(spelling_key(key), set())
            self._variants[key] = found.pop() if len(found) == 1 else None
        return self._variants[key]

    def person_variant(self, name: str) -> str | None:
        """The registry person a full name (two words or more, all capitalised) spells another
        way, or None: diacritics and the usual transliteration variants folded away
        ("Claudia Tanner" / "Klaudia Tanner", "Katarina Maternova" / "Katarína Mathernová",
        "Vasily Nebenzya" / "Vassily Nebenzia"). The surnames must fold to the same key and the
        first names start alike and share most letters; one answer only."""
        if name in self._person_variants:
            return self._person_variants[name]
        found = self._find_person_variant(name)
        self._person_variants[name] = found
        return found

    def _find_person_variant(self, name: str) -> str | None:
        words = name.split()
        if len(words) < 2 or not all(w[:1].isupper() for w in words):
            return None
        spellings = self._spelling_index()
        keys = [spelling_key(w) for w in words if w not in _TITLES]
        keys = [k for k in keys if k and k not in _NAME_SUFFIXES]
        if len(keys) < 2 or len(keys[-1]) < 4:
            return None
        found = set(spellings["full"].get(" ".join(keys), ()))
        if not found:
            for full, first in spellings["last"].get(keys[-1], ()):
                if len(full.split()) != len(keys):
                    continue
                if (first[:1] == keys[0][:1]
                        and SequenceMatcher(None, first, keys[0]).ratio() >= 0.7) \
                        or _same_given_name(first, keys[0]):
                    found.add(spellings["owner"][full])
        return found.pop() if len(found) == 1 else None

    def _spelling_index(self) -> dict:
        """Spelling keys of the people's full names (the name and person-shaped aliases) and of
        their one-word names, built on first use (most texts never need them)."""
        if self._spellings is not None:
            return self._spellings
        surname: dict[str, set[str]] = {}
        for word, name in self._one_word_names():
            surname.setdefault(spelling_key(word), set()).add(name)
        for actor in self._actors.values():
            if actor.kind == "person" and not actor.name.isascii():
                # the surname as written, whose č, š, ž the folded one has lost
                surname.setdefault(spelling_key(actor.name.split()[-1]), set()).add(actor.name)
        full: dict[str, set[str]] = {}
        last: dict[str, list[tuple[str, str]]] = {}
        owner: dict[str, str] = {}
        for actor in self._actors.values():
            if actor.kind != "person":
                continue
            for form in (actor.name, *actor.aliases):
                words = fold(form).split()
                if len(words) < 2 or _is_role_like(fold(form)) \
                        or not all(w[:1].isupper() for w in words):
                    continue
                # (from the form as written: spelling_key reads č, š, ž before folding them)
                keys = [k for k in map(spelling_key, form.split()) if k and k not in _NAME_SUFFIXES]
                if len(keys) < 2:
                    continue
                whole = " ".join(keys)
                full.setdefault(whole, set()).add(actor.name)
                owner.setdefault(whole, actor.name)
                last.setdefault(keys[-1], []).append((whole, keys[0]))
        self._spellings = {"full": full, "last": last, "owner": owner, "surname": surname}
        return self._spellings

    def _one_word_names(self):
        """(surname, person) for every one-word alias or derived surname of a person."""
        for key, name in self._aliases.items():
            if " " not in key and self._actors[name].kind == "person":
                yield key, name
        yield from self._surnames.items()

    def roles(self, name: str) -> tuple[str, ...]:
        """The titles of a person, lower-case ("president", "foreign minister"): the ``role``
        column, and the titles in the person's role aliases ("the French president")."""
        return self._roles.get(name, ())

    def kind(self, name: str) -> str:
        """The kind of a canonical name; ``person`` for a name the registry does not know."""
        actor = self._actors.get(name)
        return actor.kind if actor else "person"

    def side(self, name: str) -> str:
        """The state (or body) an actor speaks for: its country, or itself."""
        actor = self._actors.get(name)
        if actor is None:
            return name
        if actor.kind == "state":
            return actor.name
        return actor.country or actor.name

    def extend(self, actors: Iterable[Actor]) -> "ActorRegistry":
        """A new registry with ``actors`` added, overriding entries of the same name."""
        return ActorRegistry([*self._actors.values(), *actors])


def spelling_key(word: str) -> str:
    """A name with case, diacritics and the usual transliteration variants folded away, for
    matching a spelling the registry lacks: ue/ü ("Suessli"), c/k ("Claudia"/"Klaudia"), th/t,
    ph/f, w/v, y/j/i
    ("Zelenskyy"/"Zelenskiy", "-ski"/"-sky"), kh/ch/h and č/ch, š/sh, ž/zh, doubled letters
    ("Vassily"), i before a vowel ("Nebenzia"/"Nebenzya"), x/ks."""
    # Czech, Slovak, Lithuanian and Croatian č, š, ž are ch, sh, zh in a Russian or Ukrainian
    # transliteration ("Černochová" / "Chernokhova"), where the Czech ch is kh: both are h
    s = word.lower().replace("č", "ch").replace("š", "sh").replace("ž", "zh")
    s = fold(s).replace("kh", "h").replace("ch", "h")
    s = "".join(c for c in s if c.isalpha() or c == " ")
    s = s.replace("ue", "u").replace("oe", "o").replace("ae", "a")  # "Suessli" / "Süssli"
    s = s.replace("x", "ks").replace("ph", "f").replace("th", "t").replace("kh", "h")
    s = s.replace("ck", "k").replace("w", "v").replace("y", "i").replace("j", "i")
    s = _C_AS_K.sub("k", s)
    s = _DOUBLED.sub(r"\1", s)
    s = _I_BEFORE_VOWEL.sub("", s)
    return s


# The Russian and the Ukrainian forms of one given name, as spelling keys: "Aleksey
# Goncharenko" is Oleksiy Goncharenko (the surname must match as well).
_GIVEN_NAME_FORMS = [
    ("aleksei", "oleksi"), ("aleksandr", "oleksandr", "aleksander"), ("vladimir", "volodimir"),
    ("dmitri", "dmitro"), ("sergei", "serhi"), ("andrei", "andri"), ("mihail", "mihailo"),
    ("nikolai", "mikola"), ("potr", "petro"), ("ievgeni", "ievhen"), ("grigori", "hrihori"),
    ("oleg", "oleh"), ("igor", "ihor"), ("georgi", "heorhi"), ("pavel", "pavlo"),
    ("vasili", "vasil"), ("kiril", "kirilo"), ("genadi", "henadi"), ("fodor", "fedir"),
    ("ielena", "olena"), ("tatana", "tetana"), ("konstantin", "kostantin"), ("semon", "semen"),
    ("iakov", "iakiv"), ("bogdan", "bohdan"), ("ila", "ilia"), ("artom", "artem"),
]
_GIVEN_NAME_GROUP = {form: i for i, forms in enumerate(_GIVEN_NAME_FORMS) for form in forms}


def _same_given_name(a: str, b: str) -> bool:
    """Two spelling keys of one given name in its Russian and Ukrainian forms."""
    group = _GIVEN_NAME_GROUP.get(a)
    return group is not None and group == _GIVEN_NAME_GROUP.get(b)


_C_AS_K = re.compile(r"c(?![hz])")
_DOUBLED = re.compile(r"(.)\1+")
_I_BEFORE_VOWEL = re.compile(r"(?<=.)i(?=[aeou])")


def _one_letter_apart(a: str, b: str) -> bool:
    """One letter changed, or one added at the end ("Sikorski"/"Sikorsky")."""
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = sorted((a, b), key=len)
    return len(long_) == len(short) + 1 and long_.startswith(short)


def _roles_of(actor: Actor) -> tuple[str, ...]:
    """The explicit roles, then the title at the end of each role-like alias."""
    roles = [r.lower() for r in actor.roles]
    for alias in actor.aliases:
        words = fold(alias).split()
        if len(words) == 2 and words[0] in _TITLES and words[1][:1].isupper() \
                and words[0].lower() not in roles:
            roles.append(words[0].lower())  # "President Trump"
            continue
        if not words or not (_is_role_like(fold(alias)) or words[-1] in _TITLES):
            continue
        title: list[str] = []
        for word in reversed(words):
            if "'" in word or word.lower() == "the" or not (word.islower() or word in _TITLES):
                break
            title.insert(0, word.lower())
        if title and " ".join(title) not in roles:
            roles.append(" ".join(title))
    return tuple(roles)


def _is_role_like(alias: str) -> bool:
    words = alias.split()
    if words and words[0].lower() == "the":
        return True
    return any(w[:1].islower() and w.lower() not in _PARTICLES for w in words)


def read_registry(path: str | os.PathLike, *, encoding: str = "utf-8") -> list[Actor]:
    """Read and validate a registry file (CSV with the columns name, aliases, kind, country).

    Raises
    ------
    DataError
        Naming the file and line of a missing column, an empty name, an unknown kind or a
        name given twice.
    """
    if os.fspath(path) == "":  # else the current folder
        raise DataError("an empty path; give an actor registry CSV file (name, aliases, kind, country)")
    path = Path(path)
    if path.is_dir():
        raise DataError(f"{path}: is a folder; give an actor registry CSV file (name, aliases, kind, country)")
    try:
        text = path.read_text(encoding=encoding)
    except FileNotFoundError:
        raise DataError(f"{path}: no such actor registry file; "
                        "check the path given to --actors") from None
    except UnicodeDecodeError as exc:
        line = path.read_bytes()[: exc.start].count(b"\n") + 1
        raise DataError(f"{path}, line {line}: bytes that are not valid {encoding} ({exc.reason}); "
                        "save the registry as UTF-8") from None
    return parse_registry(text, source=str(path))


def parse_registry(text: str, *, source: str = "<registry>") -> list[Actor]:
    """Parse the text of a registry CSV; see :func:`read_registry`."""
    if text.startswith("\ufeff"):  # a byte order mark, as Excel's "CSV UTF-8" writes
        text = text[1:]
    # strict: a quotation mark never closed is an error, not the rest of the file in one field
    reader = csv.reader(io.StringIO(text), strict=True)
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        raise DataError(f"{source}: the actor registry is empty; expected a header line "
                        f"{','.join(REGISTRY_COLUMNS)}") from None
    except csv.Error as exc:
        raise DataError(f"{source}, line 1: malformed CSV ({exc})") from None
    missing = [c for c in REGISTRY_COLUMNS if c not in header]
    if missing:
        raise DataError(f"{source}: the actor registry lacks the column(s) {', '.join(missing)}; "
                        f"expected the header {','.join(REGISTRY_COLUMNS)}, got {','.join(header)}")
    col = {c: header.index(c) for c in REGISTRY_COLUMNS}
    if ROLE_COLUMN in header:
        col[ROLE_COLUMN] = header.index(ROLE_COLUMN)
    actors: list[Actor] = []
    seen: dict[str, int] = {}
    end = reader.line_num  # the line the last record read ends on
    try:
        for row in reader:
            line = end = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                raise DataError(f"{source}, line {line}: {len(row)} fields, "
                                f"expected {len(header)}; "
                                "quote a value that contains a comma")
            cells = {c: row[i].strip() for c, i in col.items()}
            if not cells["name"]:
                raise DataError(f"{source}, line {line}: empty name; "
                                "every actor needs its canonical name")
            kind = _KIND_SYNONYMS.get(cells["kind"].lower(), cells["kind"].lower() or "person")
            if kind not in KINDS:
                raise DataError(f"{source}, line {line}: unknown kind {cells['kind']!r} for "
                                f"{cells['name']!r}; use one of {', '.join(KINDS)}")
            if cells["name"] in seen:
                raise DataError(f"{source}, line {line}: {cells['name']!r} is already on line "
                                f"{seen[cells['name']]}; give each actor one row")
            seen[cells["name"]] = line
            aliases = tuple(a.strip() for a in cells["aliases"].split(ALIAS_SEPARATOR) if a.strip())
            roles = tuple(r.strip() for r in cells.get(ROLE_COLUMN, "").split(ALIAS_SEPARATOR)
                          if r.strip())
            actors.append(Actor(cells["name"], aliases, kind, cells["country"], roles))
    except csv.Error as exc:
        if "unexpected end of data" in str(exc):
            raise DataError(f"{source}, line {end + 1}: a quotation mark opened in the row starting "
                            "here is never closed (the file ends inside it); close it, or write a "
                            'quotation mark inside a value as two ("")') from None
        raise DataError(f"{source}, line {reader.line_num}: malformed CSV ({exc})") from None
    return actors


@lru_cache(maxsize=1)
def default_registry() -> ActorRegistry:
    """The registry shipped with the package (``stance/data/actors.csv``)."""
    text = resources.files("stance").joinpath("data/actors.csv").read_text(encoding="utf-8")
    return ActorRegistry(parse_registry(text, source="stance/data/actors.csv"))


def load_registry(actors=None) -> ActorRegistry:
    """The registry to attribute with.

    Parameters
    ----------
    actors : ActorRegistry, path, list of paths, or None
        None: the shipped registry. A path (or paths) to CSV files: the shipped registry
        extended, and overridden where names coincide, by those files. A registry is used as is.
    """
    if actors is None:
        return default_registry()
    if isinstance(actors, ActorRegistry):
        return actors
    if isinstance(actors, (str, os.PathLike)):
        actors = [actors]
    kind = not_paths(actors)
    if kind is not None:
        raise ArgumentError(f"actors must be a registry CSV path, a list of paths or an ActorRegistry, "
                            f"got {kind}; write the table to a CSV file (name, aliases, kind, country) "
                            "and pass its path")
    extra: list[Actor] = []
    for path in actors:
        extra.extend(read_registry(path))
    return default_registry().extend(extra)
