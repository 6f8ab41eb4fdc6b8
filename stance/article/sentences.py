"""Split news articles into sentences.

Each line (or paragraph) of an article is split on its own, so that a heading or a byline
without final punctuation is a sentence of its own and never runs into the next line; lines
that a plain-text file wrapped mid-sentence are joined back first. Within a paragraph, a
sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any closing quotation marks or brackets
after it) followed by a space and a capital letter, a digit or an opening quotation mark (or,
in web copy that lost a line break, at a full stop after a lower-case word right against a
capitalised one: "equally firm.We agreed"), except:

- after a title or an initial that keeps its period ("Mr.", "Gen.", "Q.", "U.S.", "D.C."),
  and after an abbreviation such as "approx.", "incl." or "No." before a number;
- inside parentheses ("€2 billion ($2.1 billion)" and "(AP.)" stay whole);
- after an ellipsis ("When peace arrives... Canada will be there"), and before a short
  reporting clause after a closing quotation mark ('... who then?" Zelensky added.'), or one
  that is a long title and name and its verb alone ('... mandate?" Dutch Defence Minister Ruben
  Brekelmans asked.').

A quotation that runs over several sentences is thus cut at each sentence end, as the codebook
asks ("... the caption: “Europe knows how to defend itself." / "We must prove it.”"). Every
sentence returned is stripped and is a substring of its paragraph. One pass over the text with
no backtracking: the time is linear in the article's length whatever its shape, and a run of
more than ``MAX_SENTENCE_CHARS`` characters with no sentence end is cut at a space.
"""

from __future__ import annotations

import html
import re

from ..exceptions import ArgumentError

# Titles that end with a period before a name (single capital letters, initials and "U.S.",
# are handled apart): never a sentence end ...
TITLES = frozenset("mr mrs ms dr prof gen lt col maj capt cmdr adm sgt cpl brig sen rep gov st "
                   "rev hon messrs mt ft".split())
# ... abbreviations that practically never end a sentence, whatever follows them ...
INLINE = frozenset("approx incl vs esp cf ca".split())
# ... and abbreviations that end a sentence unless a number or a lower-case word follows.
BEFORE_NUMBER = frozenset("no nos jr sr jan feb mar apr jun jul aug sep sept oct nov dec art vol "
                          "p pp fig".split())
ABBREVIATIONS = TITLES | INLINE | BEFORE_NUMBER
# A run this long with no sentence end is cut at a space: no sentence of news is that long,
# and later steps must not get a megabyte as one sentence.
MAX_SENTENCE_CHARS = 3000

_OPEN_QUOTES = "“«‘\"'"
# A sentence end: terminal marks, closing quotes or brackets, then white space; or, in web copy
# that lost the line break before an embedded post or a caption, a full stop after a word of
# lower-case letters right against a capitalised word ("equally firm.We agreed"; not after a
# capitalised word: "Caliber.Az said").
_END = re.compile(r"[.!?…]+[”»’\"')\]]*(?:\s+|(?<=[a-z]{4}\.)(?=[A-Z][a-z]))")
_CLOSE_QUOTES = "”»’\"'"
_ELLIPSIS = re.compile(r"(?:\.\.\.|…)")
# A short reporting clause after a closing quotation mark: "Zelensky added."
_SPEAKER_AFTER = re.compile(r"(?!(?:He|She|They|It|We|I|You|This|That|There|But|And|So)\b)"
                            r"[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3},? (?:said|says|added|adds|"
                            r"asked|told|wrote|warned|noted|insisted|declared|stressed|explained)\b")
# ... or one whose speaker has a long title, ending at its verb: '?" Dutch Defence Minister
# Ruben Brekelmans asked.', '" U.S. Secretary of State Marco Rubio said.'
_TITLED_SPEAKER_AFTER = re.compile(r"(?!(?:He|She|They|It|We|I|You|This|That|There|But|And|The|So)\b)"
                                   r"[A-Z][\w.'-]*(?: (?:of |the )*[A-Z][\w.'-]*){4,7} "
                                   r"(?:said|says|added|adds|asked|wrote|warned|noted|insisted|"
                                   r"declared|stressed|explained)[.!]")
# Line ends that show a sentence continues on the next line of a hard-wrapped text.
_CONTINUES = re.compile(r"(?:[,;\-–—(]|\b(?:a|an|the|of|and|or|to|in|on|at|for|by|with|from"
                        r"|that|as|his|her|its|their)\s*)$", re.IGNORECASE)
_ENDS_SENTENCE = re.compile(r"[.!?…:;\"”’')\]]\s*$")


# Characters that show nothing, which str.strip() keeps: a byte order mark at the start of a
# file or a table cell, zero-width spaces and joiners of web copy. Left at a sentence's start,
# they hide its first word from the attribution ("\ufeffMacron said ..." named no one).
_INVISIBLE = "\ufeff\u200b\u200c\u200d\u2060"


def _strip(text: str) -> str:
    """``text`` without surrounding whitespace or invisible characters."""
    return text.strip().strip(_INVISIBLE).strip()


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
        The sentences in order, stripped of surrounding whitespace and of invisible characters
        (a byte order mark, zero-width spaces); blank lines give none.
    """
    if not isinstance(text, str):
        raise ArgumentError(f"split_sentences expects a str, got {type(text).__name__}")
    sentences: list[str] = []
    for paragraph in paragraphs(text):
        sentences.extend(_split_paragraph(paragraph))
    return sentences


# HTML left in web copy: the tags of HTML (a "<troops>" or "a<b" is no tag), comments, and the
# contents of scripts and styles; block tags end a line. Entities need their semicolon ("AT&T",
# "&notice" stay).
_HTML_TAGS = ("a|abbr|article|aside|b|big|blockquote|body|br|caption|center|cite|code|dd|div|dl|dt|em|"
              "figcaption|figure|font|footer|h[1-6]|head|header|hr|html|i|iframe|img|input|label|li|"
              "link|main|meta|nav|noscript|ol|p|pre|q|s|section|small|source|span|strong|sub|sup|"
              "table|tbody|td|tfoot|th|thead|time|title|tr|u|ul|video")
_HTML_BLOCK = ("address|article|aside|blockquote|br|div|dd|dl|dt|figcaption|figure|footer|h[1-6]|"
               "head|header|hr|li|main|nav|ol|p|pre|section|table|title|tr|ul")
# The marks that open and close what is dropped whole, found in one pass (a regex with ".*?"
# would rescan the rest of the text from each opening mark that is never closed)
_HTML_DROP_MARKS = re.compile(r"<(script|style)\b[^<>]*>|</(script|style)\s*>|<!--|-->|<!doctype[^<>]*>",
                              re.IGNORECASE)
# (attributes need an "=": "a<b and c>d" holds no tag)
_ATTRIBUTES = r"(?:\s[^<>=]*=[^<>]*)?\s*/?>"
_HTML_BLOCK_TAG = re.compile(rf"</?(?:{_HTML_BLOCK}){_ATTRIBUTES}", re.IGNORECASE)
_HTML_TAG = re.compile(rf"</?(?:{_HTML_TAGS}){_ATTRIBUTES}", re.IGNORECASE)
_HTML_ENTITY = re.compile(r"&(?:[a-zA-Z][a-zA-Z0-9]{1,30}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});")


def _without_html(text: str) -> str:
    """``text`` with the HTML tags, comments, scripts and entities of web copy taken out."""
    if "<" in text:
        text = _drop_scripts_and_comments(text)
        text = _HTML_BLOCK_TAG.sub("\n", text)
        text = _HTML_TAG.sub("", text)
    if "&" in text:
        text = _HTML_ENTITY.sub(lambda m: html.unescape(m.group()), text)
    return text


def _drop_scripts_and_comments(text: str) -> str:
    """``text`` without scripts, styles, comments and doctypes; an unclosed one is kept."""
    kept: list[str] = []
    start = 0  # of the text not yet kept
    opened = None  # (what closes it, where it opened)
    for mark in _HTML_DROP_MARKS.finditer(text):
        token = mark.group().lower()
        if opened is None:
            if token.startswith("<!doctype"):
                kept.append(text[start:mark.start()])
                start = mark.end()
            elif token == "<!--":
                opened = ("-->", mark.start())
            elif mark.group(1):
                opened = (mark.group(1).lower(), mark.start())
        elif token == "-->" if opened[0] == "-->" else mark.group(2) and mark.group(2).lower() == opened[0]:
            kept.append(text[start:opened[1]] + " ")
            start, opened = mark.end(), None
    kept.append(text[start:])
    return "".join(kept)


def paragraphs(text: str) -> list[str]:
    """The article's lines, with lines a hard-wrapped file broke inside a sentence joined, and
    the HTML remnants of web copy (tags, entities, scripts) taken out."""
    blocks: list[list[str]] = []
    previous_blank = True
    for raw in _without_html(text).replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = _strip(raw)
        if not line:  # str.strip() also removes the no-break spaces of web copy
            previous_blank = True
            continue
        if blocks and not previous_blank and _wrapped(blocks[-1][-1], line):
            blocks[-1].append(line)
        else:
            blocks.append([line])
        previous_blank = False
    return [" ".join(block) for block in blocks]


def _wrapped(previous: str, line: str) -> bool:
    """True when ``line`` continues the sentence of ``previous`` (a wrapped line, not a heading)."""
    if _ENDS_SENTENCE.search(previous[-8:]):
        return False
    return line[0].islower() or line[0].isdigit() or bool(_CONTINUES.search(previous[-40:]))


def _split_paragraph(paragraph: str) -> list[str]:
    """Cut one paragraph at its sentence ends (see the module docstring)."""
    out: list[str] = []
    start = 0
    depth = 0  # open parentheses between start and the candidate end
    scanned = 0
    n = len(paragraph)
    for m in _END.finditer(paragraph):
        end = m.end()
        if end >= n:
            break
        depth += _parens(paragraph, scanned, m.start())
        scanned = m.start()
        nxt = paragraph[end]
        if not (nxt.isupper() or nxt.isdigit() or nxt in _OPEN_QUOTES):
            continue
        if depth > 0 and m.start() - start < MAX_SENTENCE_CHARS:
            continue
        if _abbreviation(paragraph, m.start(), m.group(0), nxt):
            continue
        if _ELLIPSIS.match(m.group(0)):
            continue  # "When peace arrives... Canada will be there"
        if not m.group(0)[-1].isspace() and _capitalised_before(paragraph, m.start()):
            continue  # "Caliber.Az said", "Gazeta.Ru": a name with a dot, not a lost line break
        if m.group(0).rstrip()[-1] in _CLOSE_QUOTES and (
                _SPEAKER_AFTER.match(paragraph, end) or _TITLED_SPEAKER_AFTER.match(paragraph, end)):
            continue  # '... who then?" Zelensky added.': the reporting clause belongs to it
        out.extend(_pieces(paragraph, start, m.end()))
        start = end
        depth = 0
        scanned = end
    out.extend(_pieces(paragraph, start, n))
    return [p for p in out if p]


def _capitalised_before(text: str, dot: int) -> bool:
    """True when the word that ends at ``dot`` starts with a capital letter."""
    start = dot
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start].isupper()


def _parens(text: str, start: int, end: int) -> int:
    return text.count("(", start, end) - text.count(")", start, end)


def _pieces(text: str, start: int, end: int) -> list[str]:
    """text[start:end] stripped, cut at spaces into runs of at most MAX_SENTENCE_CHARS."""
    pieces = []
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + 1, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        pieces.append(_strip(text[start:cut]))
        start = cut
    pieces.append(_strip(text[start:end]))
    return pieces


def _abbreviation(text: str, dot: int, end_mark: str, following: str) -> bool:
    """True when the period at ``dot`` ends an abbreviation or an initial, not a sentence."""
    if end_mark[0] != "." or len(end_mark.rstrip()) > 1 and end_mark[1] == ".":
        return False  # "!", "?", an ellipsis, or a period with a closing quote after it
    start = dot
    while start > 0 and dot - start < 12 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    word = text[start:dot]
    if start > 0 and (text[start - 1] in "'’" or text[start - 1].isdigit()):
        return False  # the end of "don't", "Kyiv's", "F-16s"
    if len(word.replace(".", "")) == 1 or "." in word:
        return True  # "Q.", "U.S.", "D.C."
    low = word.lower()
    if low in TITLES or low in INLINE:
        return True
    return low in BEFORE_NUMBER and following.isdigit()


