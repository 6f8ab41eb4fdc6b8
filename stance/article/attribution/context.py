"""The article's context: what carries from one sentence to the next.

A :class:`Context` lives for one article. It remembers the last speaker and the last person
(for "he"/"she" and a quotation that carries on), the full names seen (so that a later surname
alone resolves to them), and whether a quotation is still open.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import lexicon as L
from ..actors import fold
from .tokens import Tok, name_from, name_run_end, namey

# A quotation runs over a few sentences at most: a stray quote mark must not make the rest of
# the article "quoted".
MAX_QUOTE_RUN = 4  # sentences


@dataclass
class Context:
    """What carries from one sentence of an article to the next."""

    last_speaker: str = ""
    last_person: str = ""
    surnames: dict[str, str] = field(default_factory=dict)
    open_quote: int = 0  # sentences since a quotation opened without closing



def remember_names(ph, toks: list[Tok], ctx: Context) -> None:
    """Full names seen in the article, so a later surname alone resolves to them."""
    n = len(toks)
    i = 0
    while i < n:
        t = toks[i]
        mention = t.mention
        if mention is not None:
            if ph.registry.kind(mention.actor) == "person" and not mention.role:
                surname = fold(mention.actor).split()[-1]
                ctx.surnames.setdefault(surname, mention.actor)
                span = range(mention.start, mention.end)
                written = [toks[x].text for x in span if toks[x].cap]
                if written:
                    ctx.surnames[written[-1]] = mention.actor  # "Zelenskyy" as written
            i = mention.end
            continue
        if namey(t):
            j = name_run_end(toks, i, n)
            while j > i and toks[j - 1].mention is not None:
                j -= 1
            name = name_from(toks, i, j)
            if name and len(name.split()) >= 2:
                words = [w for w in name.split() if w not in L.NAME_SUFFIX]
                if words:
                    ctx.surnames[fold(words[-1])] = ph.registry.lookup(name) or name
            i = max(j, i + 1)
            continue
        i += 1



def quote_open_after(toks: list[Tok], was_open: bool) -> bool:
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


def quote_spans_all(toks: list[Tok]) -> bool:
    """True when the sentence is a quotation and nothing else ('“We expect ...”')."""
    tail = [t for t in toks if t.text not in {".", "!", "?"}]
    return bool(tail) and all(t.in_quote for t in tail)

