"""Split news articles into sentences.

Each line (or paragraph) of an article is split on its own, so that a heading or a byline
without final punctuation is a sentence of its own and never runs into the next line; lines
that a plain-text file wrapped mid-sentence are joined back first. Within a paragraph,
`pysbd <https://github.com/nipunsadvilkar/pySBD>`_ (rule-based, no dependencies) finds the
boundaries: it keeps abbreviations (U.S., Mr., Gen., Sen.), initials and amounts such as
"€2 billion ($2.1 billion)" together. On top of it, three fixes, measured in
``benchmarks/RESULTS.md``:

- whitespace around each sentence is stripped (pysbd keeps the trailing space);
- a quotation that runs over several sentences is split at its sentence ends, as the codebook
  asks ("... the caption: “Europe knows how to defend itself." / "We must prove it.”");
- a split that leaves a parenthesis open, or follows an abbreviation such as "approx." before
  a lower-case word or a number, is undone.

Every sentence returned is a substring of the input text.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Titles that end with a period before a name (single capital letters, initials and "U.S.",
# are handled apart) ...
TITLES = frozenset("mr mrs ms dr prof gen lt col maj capt cmdr adm sgt cpl brig sen rep gov st "
                   "jr sr rev hon messrs mt ft".split())
# ... and abbreviations that practically never end a sentence, whatever follows them.
INLINE = frozenset("approx incl vs esp cf ca".split())
ABBREVIATIONS = TITLES | INLINE

_TERMINAL = ".!?…"
_OPEN_QUOTES = "“«‘"
_CLOSE_QUOTES = "”»’"
# Line ends that show a sentence continues on the next line of a hard-wrapped text.
_CONTINUES = re.compile(r"(?:[,;\-–—(]|\b(?:a|an|the|of|and|or|to|in|on|at|for|by|with|from"
                        r"|that|as|his|her|its|their)\s*)$", re.IGNORECASE)
_ENDS_SENTENCE = re.compile(r"[.!?…:;\"”’')\]]\s*$")


@lru_cache(maxsize=1)
def _segmenter():
    import pysbd

    # clean=False: pysbd must not rewrite the text; sentences stay substrings of the input.
    return pysbd.Segmenter(language="en", clean=False)


def split_sentences(text: str) -> list[str]:
    """Split an article into sentences.

    Parameters
    ----------
    text : str
        The article: headline, byline and paragraphs, one per line or separated by blank
        lines. Lines wrapped inside a sentence are joined back.

    Returns
    -------
    list of str
        The sentences in order, stripped of surrounding whitespace; blank lines give none.
    """
    if not isinstance(text, str):
        raise TypeError(f"split_sentences expects a str, got {type(text).__name__}")
    sentences: list[str] = []
    for paragraph in paragraphs(text):
        sentences.extend(_split_paragraph(paragraph))
    return sentences


def paragraphs(text: str) -> list[str]:
    """The article's lines, with lines a hard-wrapped file broke inside a sentence joined."""
    blocks: list[str] = []
    previous_blank = True
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.strip()
        if not line:  # str.strip() also removes the no-break spaces of web copy
            previous_blank = True
            continue
        if blocks and not previous_blank and _wrapped(blocks[-1], line):
            blocks[-1] = f"{blocks[-1]} {line}"
        else:
            blocks.append(line)
        previous_blank = False
    return blocks


def _wrapped(previous: str, line: str) -> bool:
    """True when ``line`` continues the sentence of ``previous`` (a wrapped line, not a heading)."""
    if _ENDS_SENTENCE.search(previous):
        return False
    return line[0].islower() or line[0].isdigit() or bool(_CONTINUES.search(previous))


def _split_paragraph(paragraph: str) -> list[str]:
    pieces = [p.strip() for p in _segmenter().segment(paragraph)]
    pieces = [p for p in pieces if p]
    pieces = _merge_false_splits(pieces)
    out: list[str] = []
    for piece in pieces:
        out.extend(_split_quotes(piece))
    return out


def _merge_false_splits(pieces: list[str]) -> list[str]:
    merged: list[str] = []
    for piece in pieces:
        if merged and _false_split(merged[-1], piece):
            merged[-1] = f"{merged[-1]} {piece}"
        else:
            merged.append(piece)
    return merged


def _false_split(before: str, after: str) -> bool:
    if before.count("(") > before.count(")"):
        return True
    if not before.endswith("."):
        return False
    last = before.rsplit(None, 1)[-1].lower().rstrip(".")
    if last in INLINE:
        return True
    return (last in ABBREVIATIONS or last == "no") and (after[0].islower() or after[0].isdigit())


def _split_quotes(sentence: str) -> list[str]:
    """Split a sentence at the sentence ends inside a quotation that runs on."""
    cuts: list[int] = []
    depth = 0
    straight_open = False
    n = len(sentence)
    for i, ch in enumerate(sentence):
        if ch in _OPEN_QUOTES and ch != "‘":
            depth += 1
        elif ch in _CLOSE_QUOTES and ch != "’":
            depth = max(0, depth - 1)
        elif ch == '"':
            straight_open = not straight_open
        elif ch in _TERMINAL and (depth or straight_open):
            j = i + 1
            if j < n and sentence[j] in _TERMINAL:
                continue  # "?!" or "...": cut after the last mark
            if j < n and not sentence[j].isspace():
                continue  # the quote closes here ('prove it.”'), or a decimal point
            k = j
            while k < n and sentence[k].isspace():
                k += 1
            starts = k < n and (sentence[k].isupper() or sentence[k] in _OPEN_QUOTES + '"')
            if starts and not _abbreviation(sentence, i):
                cuts.append(j)
    if not cuts:
        return [sentence]
    parts, start = [], 0
    for cut in cuts:
        parts.append(sentence[start:cut].strip())
        start = cut
    parts.append(sentence[start:].strip())
    return [p for p in parts if p]


def _abbreviation(sentence: str, dot: int) -> bool:
    """True when the period at ``dot`` ends an abbreviation or an initial ("Gen.", "U.S.", "Q.")."""
    if sentence[dot] != ".":
        return False
    start = dot
    while start > 0 and (sentence[start - 1].isalpha() or sentence[start - 1] == "."):
        start -= 1
    word = sentence[start:dot]
    return len(word.replace(".", "")) == 1 or "." in word or word.lower() in ABBREVIATIONS
