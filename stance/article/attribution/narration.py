"""Sentences that are the journalist's, whatever actor they name.

Headings, wire credit lines, the site's own lines ("Sign up here", "Read more: ..."),
questions about an actor ("Why Zelensky objects to ..."), a statement as the occasion of the
news ("His comments come as ...") and a capitalised opening word that is no name: the rules
give these no actor rather than guess.
"""

from __future__ import annotations

import re

from .. import lexicon as L
from .phrases import verbish
from .tokens import Tok


def not_after_a_name(t: Tok) -> bool:
    """Whether the word after an opening capitalised word shows it is no name: "of", "in" or
    a noun ("Big questions remain", "Plenty of voters"), not a verb ("Kim said")."""
    if t.low in L.STOP:
        return True
    return t.word and t.low != "'s" and not t.cap and t.low not in L.COPULA and t.low not in L.MODALS \
        and not verbish(t.low) and t.low not in L.SPEECH_VERBS



# What a statement does as an occasion ("His comments come as ...", "Her remarks coincided
# with ...", "Poland's position reflects ..."), and how others read it ("were read as").
OCCASION_OF_WORDS = frozenset("""
come comes came coincided coincides reflects reflected mirrors mirrored followed follows
""".split())


READ_AS = frozenset("read taken seen interpreted understood".split())


_WORDS_SUBJECT_NOUNS = L.VOICE_OR_STATEMENT_NOUNS | frozenset("position stance".split())


def as_occasion(toks: list[Tok], verb: str) -> bool:
    """"come(s)" only as a background ("comes as / amid ..."), not "came after his government
    had proposed ...", which gives the earlier position."""
    if verb not in ("come", "comes", "came"):
        return True
    k = next((x for x, t in enumerate(toks) if t.low == verb and not t.in_quote), None)
    return k is not None and k + 1 < len(toks) and toks[k + 1].low in ("as", "amid")


def words_subject(toks: list[Tok], start: int) -> bool:
    """True when the clause opens with someone's words as its subject: "His comments",
    "Merz's position", "The minister's remarks"."""
    n = len(toks)
    k = start
    if k < n and toks[k].low in ("his", "her", "their"):
        k += 1
    else:
        # the owner: a name, or a title ("The minister's"), never a verb before the "'s"
        while k < n and k < start + 6 and toks[k].low != "'s" and (
                toks[k].cap or toks[k].inside or toks[k].low == "the"
                or toks[k].low in L.ROLE_WORDS):
            k += 1
        if k >= n or toks[k].low != "'s":
            return False
        k += 1
    return k < n and toks[k].low in _WORDS_SUBJECT_NOUNS


# Words that open a question, direct or indirect ("Why X ...", "Does X ...", "Which part X
# would play ... is unclear"), and the rules whose actor such a sentence only asks about. Not
# "how" ("How the Czech president sees NATO troops": his view), "whether" ("Whether to deploy
# is a sovereign decision, Macron explained") nor "what" ("What Macron wants is ...").
QUESTION_WORDS = frozenset("why which does do did".split())


QUESTION_RULES = ("subject", "speaker after an opening phrase")


def heading(sentence: str) -> bool:
    """A short line without a sentence end: a heading or a headline."""
    text = sentence.strip().rstrip("”’\"'")
    return len(text) < 80 and not text.endswith((".", "!", "?", "…", ":", ","))


CREDIT_OPENERS = frozenset("reporting editing writing additional compiled".split())


_CREDIT_WORDS = frozenset("reported reporting wrote writing edited editing compiled".split())


def credit_line(toks: list[Tok]) -> bool:
    """The credits of a wire story: "(Reporting by A; Editing by B)", "(A reported; B wrote
    the story)", "Additional reporting by C"."""
    first = toks[0].low
    if first in ("reporting", "editing", "writing", "additional", "compiled") and any(
            t.low == "by" for t in toks[1:4]):
        return True
    if first != "(" or not any(t.text == ")" for t in toks[-2:]):
        return False
    return any(t.low in _CREDIT_WORDS for t in toks) and not any(t.in_quote for t in toks)


# The lines a news site puts around an article, addressed to the reader: its standards
# ("Our Standards: The Thomson Reuters Trust Principles."), prompts to sign up, subscribe,
# follow or share ("Download our app", "Tell us what you think"), and links to other stories
# ("Read more: <their headline>"). Their "our", "us" and "we" are the outlet's, and a headline
# after "Related:" is another story's.
SITE_OPENERS = frozenset("""our sign subscribe follow like read also see related click share download get
support join listen tell we for back visit please log this published updated posted""".split())

# A page's time stamp: "Published - June 04, 2024 10:07 pm IST - Moscow", "Updated: 12 March
# 2025 - London" (its place is the desk's, not a speaker).
_STAMP_WORDS = frozenset("published updated posted".split())
_STAMP_FILLERS = frozenset("on at by am pm a.m. p.m.".split())

# A link to another story, or the outlet's standards, before a colon ("Read more: ...").
_LINK_PREFIXES = frozenset({("read", "more"), ("read", "also"), ("also", "read"), ("see", "also"),
                            ("our", "standards")})

# Prompts to the reader, in a line that names no actor ("Like us, Poland will not ..., Tusk
# said" and "Share this burden, Zelensky told Europe" are someone's).
_PROMPT_PAIRS = frozenset({("sign", "up"), ("subscribe", "to"), ("subscribe", "here"), ("subscribe", "now"),
                           ("subscribe", "for"), ("follow", "us"), ("follow", "our"), ("like", "us"),
                           ("click", "here"), ("share", "this"), ("tell", "us")})

# What an outlet calls its own: "Download our app", "Our correspondent in Kyiv reports".
_OUTLET_NOUNS = frozenset("""app apps newsletter newsletters podcast podcasts journalism website site
channel channels coverage blog feed correspondent correspondents reporter reporters journalists
editors subscription cookies page patron patrons""".split())

# What a prompt asks the reader to do with the outlet's own ("visit our live page").
_PROMPT_VERBS = frozenset("visit follow join subscribe download become read watch listen".split())

_SOCIAL = frozenset("twitter x facebook instagram telegram whatsapp youtube tiktok linkedin threads bluesky".split())


def site_line(toks: list[Tok]) -> bool:
    """A line of the site's, not of the article: "Our Standards: ...", "Sign up here.",
    "Follow us on Facebook", "Follow Reuters on X", "Read more: ...", "Related: ...",
    "Click here to subscribe.", "Download our app", "Our correspondent in Kyiv reports.",
    "We use cookies ..." (never a quotation: those are someone's)."""
    if len(toks) < 2 or any(t.in_quote for t in toks):
        return False
    first, second = toks[0].low, toks[1].low
    if (first, second) in _LINK_PREFIXES:  # the headline after it is another story's
        return len(toks) == 2 or toks[2].text == ":"
    if first == "related":
        return second == ":"
    if first in _STAMP_WORDS:  # "Published - June 04, 2024 10:07 pm IST - Moscow"
        return any(t.low.rstrip(".") in L.MONTHS or t.text[:1].isdigit() for t in toks[1:4]) \
            and all(t.low in _STAMP_FILLERS or not t.text.isalpha() or t.cap for t in toks[1:])
    if first == "our":  # "Our correspondent ...", not "Our soldiers will not go"
        return second in _OUTLET_NOUNS
    if first == "we":  # "We use cookies ..."
        return any(t.low == "cookies" for t in toks[1:5])
    if first in ("follow", "like") and _on_social(toks):
        return True  # "Follow Reuters on X", "Like the BBC on Facebook"
    if first == "for":  # "For the latest updates on the war, visit our live page."
        return any(t.low in _PROMPT_VERBS and u.low in ("our", "us")
                   and any(w.low in _OUTLET_NOUNS for w in toks[k + 2:k + 6])
                   for k, (t, u) in enumerate(zip(toks, toks[1:])))
    if first in ("back", "support") and any(
            t.low == "become" and u.low == "our" and w.low in _OUTLET_NOUNS
            for t, u, w in zip(toks[2:6], toks[3:7], toks[4:8])):
        return True  # "Support UP or become our patron!" (the outlet named)
    if any(t.mention for t in toks):  # "Tell us the truth, Zelensky demanded."
        return False
    if first == "this":  # "This is a Premium article available exclusively to our subscribers."
        return any(t.low in ("subscriber", "subscribers") for t in toks) \
            and any(t.low in ("article", "story", "post", "content") for t in toks[1:5])
    if first == "log":  # "LOG IN Support our reporting."
        return second == "in"
    if first == "please":  # "Please hold while we check our collection.": the page, to its reader
        return any(t.low in ("we", "our", "us") for t in toks[2:]) and not any(
            t.low == "said" or t.low == "told" for t in toks)
    # "Sign up here.", "Get our newsletter.", "Support our journalism.", "Join us on Telegram."
    return (first, second) in _PROMPT_PAIRS or (any(t.low in ("us", "our") for t in toks[1:3]) and (
        any(t.low in _OUTLET_NOUNS for t in toks[2:5]) or _on_social(toks)))


def link_prefix_alone(toks: list[Tok]) -> bool:
    """A link prefix with nothing after it ("Read more:", "Related:"): the lines after it that
    end without a full stop are the headlines of other stories."""
    if len(toks) == 3 and (toks[0].low, toks[1].low) in _LINK_PREFIXES:
        return toks[2].text == ":"
    return len(toks) == 2 and toks[0].low == "related" and toks[1].text == ":"


def _on_social(toks: list[Tok]) -> bool:
    return any(t.low == "on" and u.low in _SOCIAL for t, u in zip(toks[1:6], toks[2:7]))


def contributor_credit(toks: list[Tok]) -> bool:
    """A contributor's credit: "Associated Press writer A in Warsaw contributed to this report.",
    "B contributed reporting from Kyiv." (never a quotation)."""
    k = next((k for k, t in enumerate(toks) if t.low == "contributed"), None)
    if k is None or k + 1 >= len(toks) or any(t.in_quote for t in toks):
        return False
    after = toks[k + 1].low
    return after == "reporting" or (after == "to" and k + 3 < len(toks) and toks[k + 2].low == "this"
                                    and toks[k + 3].low in ("report", "story", "article"))


# A photograph's caption describes the picture, not a position. Wire captions put a person in
# the present tense and end with the place and the full date ("Albanese speaks during a press
# conference in Queenstown, New Zealand on Aug 9, 2025."); body text seldom does both.
CAPTION_VERBS = frozenset("""
speaks attends arrives listens gestures greets shakes poses walks waves sits stands reacts smiles
leaves departs visits
""".split())
_PICTURE_WORDS = frozenset("photo photos photograph picture image illustration".split())
_YEAR = re.compile(r"(19|20)\d\d")
# A word every kind of caption below has; most sentences have none, and are done with at once.
_CAPTION_CUES = CAPTION_VERBS | _PICTURE_WORDS | frozenset(("caption", "pictured"))


def photo_caption(toks: list[Tok]) -> bool:
    """A photograph's caption: "X pictured at ...", "Pictured: X", a WordPress "[/caption]"
    tag, or a person in the present tense of a wire caption with the picture's full date (never
    a quotation, never with a verb of speech)."""
    lows = [t.low for t in toks]
    if _CAPTION_CUES.isdisjoint(lows) or any(t.in_quote for t in toks):
        return False
    if "caption" in lows and "[" in lows:
        return True
    if len(lows) > 2 and lows[0] in _PICTURE_WORDS and (lows[1] == ":" or (
            lows[1] in ("by", "credit") and toks[2].cap)):
        return True  # "Photo: X on Facebook", "Image: ...", "Photo by X/AFP"
    if not L.SPEECH_VERBS.isdisjoint(lows):
        return False
    if "pictured" in lows:
        return True
    # the caption's verb is the main one: before any comma, relative pronoun or the date
    verb = next((k for k, w in enumerate(lows[1:], 1) if w in CAPTION_VERBS
                 or w in (",", "who", "which", "that") or w in L.MONTHS), None)
    return verb is not None and lows[verb] in CAPTION_VERBS \
        and not L.MONTHS.isdisjoint(lows[verb:]) and any(_YEAR.fullmatch(t.text) for t in toks[verb:])
