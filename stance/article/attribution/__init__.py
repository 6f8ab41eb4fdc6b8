"""Attribute each sentence of an article to the actor whose position it reports.

The actor is the holder of the reported position: the speaker of a quotation, the subject of
the main reporting verb ("X said", "said X", "according to X", "X told reporters", "X, the
..., warned", "a spokesman for X", "X's spokesman"), or the subject of the main clause when
there is no reporting verb ("Italy will not send troops" -> Italy). Names come out in the
canonical form of the registry (:mod:`stance.article.actors`): titles and roles are dropped
("Russian Foreign Ministry spokeswoman Maria Zakharova" -> Maria Zakharova), metonyms resolve
to their state ("Moscow" -> Russia), and a name-shaped speaker the registry does not know is
returned as written ("said John Smith, a senior fellow at ..." -> John Smith).

Within an article, "he"/"she" (passing over a person the article shows to be of the other
gender), "his remarks", "the 56-year-old" and a quotation that carries on without a speaker take
the last speaker; a quotation over several sentences takes the speaker named where it closes.
Titles resolve to the person given them last ("the prime minister", "the Polish leader",
"Lithuania's top diplomat" -> the person of that state named last whose office fits); a title in
the headline or lede goes to the holder the article names further down. "The government" and
"the country" stand for the last speaker's state, "the alliance" for NATO once named, "It
added" for the last body that spoke. A new article starts afresh. A position reported through
another actor goes to its holder ("Zelensky said Putin was trying to ..." -> Vladimir Putin);
two actors acting together give the first named. The journalist's own narration, an outlet's news reports and unnamed
officials without a nationality get an empty actor: the rules return nothing rather than guess.
An outlet's report goes to the speaker it reports; the terms of a document to its named author
("Under a plan drawn up by X, ..."); wire credits get no actor.

One module per step, each usable on its own:

- :mod:`.tokens`: tokens, and the registry's aliases marked on them as mentions;
- :mod:`.phrases`: noun phrases and the actor they designate, verb groups;
- :mod:`.speakers`: speaker patterns (quotations and reporting clauses, "according to",
  headlines, "citing X", a position relayed or responded to);
- :mod:`.holders`: holders that are no speaker (groups, documents, opinion polls);
- :mod:`.subject`: the subject of the main clause;
- :mod:`.narration`: sentences that are the journalist's (headings, credits, questions);
- :mod:`.context`: what carries across an article (pronouns, surnames, titles, quotations);
- :mod:`.passes`: what a later line settles (signed posts, a quotation's closing speaker);
- :mod:`.attributor`: :class:`Attributor`, the order in which they decide.

The word lists are data, in :mod:`stance.article.lexicon` and the registry. The rules are
general patterns of news English, not fitted to particular sentences; their agreement with hand
labels is measured by ``benchmarks/bench_attribution.py``.
"""

from .attributor import Attributor, attribute_actors

__all__ = ["Attributor", "attribute_actors"]
