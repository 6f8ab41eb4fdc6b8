"""Two robustness figures: how far names sway the labels, and hand-written probes.

- **Name-swap flip rate.** For each held-out real-news row whose actor is named in its
  text, the name is replaced by one of an actor of the other camp (same kind: a person by a
  person, a state by a state), and the row is scored again by the model of its fold. The
  share of labels that change is how far the holder's name, not the words of the position,
  decides the label. Camps come from the corpus itself: an actor belongs to the side of most
  of its non-neutral rows, when at least two thirds of them agree.
- **Probe pass rate.** ``benchmarks/probes.csv`` holds sentences written to test the
  shortcuts (opponents welcoming, proponents refusing, negations, hedges, rebutted
  quotations, headlines), each with the label the codebook gives it. The shipped model never
  trains on them; the figure is the share it labels as expected, overall and per kind.

Neither is a test that must pass: both are measured and reported.
"""

from __future__ import annotations

import csv
import hashlib
import re
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from .marking import registry_rows

PROBE_COLUMNS = ("id", "text", "expected", "kind")
CAMPS = ("support", "oppose")


@lru_cache(maxsize=1)
def _registry() -> dict[str, tuple[str, list[str]]]:
    """Canonical name -> (kind, names it is written as: name and capitalised aliases, longest first)."""
    out = {}
    for row in registry_rows():
        forms = [row["name"], *[a.strip() for a in (row.get("aliases") or "").split("|")]]
        forms = [f for f in forms if f and f[0].isupper()]
        # longest first, then alphabetical: a set's order changes with the hash seed of the
        # process, and the first form found decides the swap
        out[row["name"]] = (row.get("kind", ""), sorted(set(forms), key=lambda f: (-len(f), f)))
    return out


def camps(actors: Sequence[str], labels: Sequence[str], *, agreement: float = 2 / 3) -> dict[str, str]:
    """Each actor's side: the label of most of its support/oppose rows, when it has at least two
    of them and that label holds at least ``agreement`` of them."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for actor, label in zip(actors, labels):
        if actor and label in CAMPS:
            counts[actor][label] += 1
    out = {}
    for actor, c in counts.items():
        side, n = c.most_common(1)[0]
        if sum(c.values()) >= 2 and n / sum(c.values()) >= agreement:
            out[actor] = side
    return out


def _mention(text: str, actor: str) -> tuple[int, int, str] | None:
    """(start, end, form) of the first mention of ``actor`` in ``text``: its name, a registry
    alias or its surname, matched as whole words."""
    kind, forms = _registry().get(actor, ("", [actor]))
    forms = list(forms) or [actor]
    if kind == "person" and " " in actor:
        forms.append(actor.split()[-1])
    for form in forms:
        m = re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text)
        if m:
            return m.start(), m.end(), form
    return None


def swap_name(text: str, actor: str, other: str) -> str | None:
    """``text`` with the first mention of ``actor`` written as ``other`` (its full name, or its
    surname where the text uses a surname), or None when the text does not name ``actor``."""
    found = _mention(text, actor)
    if found is None:
        return None
    start, end, form = found
    kind = _registry().get(actor, ("",))[0]
    replacement = other
    if kind == "person" and form == actor.split()[-1] and " " in other:
        replacement = other.split()[-1]
    return text[:start] + replacement + text[end:]


def name_swaps(texts: Sequence[str], actors: Sequence[str], side: dict[str, str]) -> list[tuple[int, str]]:
    """(row index, swapped text) for every row whose actor has a side and is named in its text.

    The counterpart is an actor of the other side and of the same registry kind, picked by a
    hash of the text so that the same corpus always gives the same swaps.
    """
    registry = _registry()
    pools: dict[tuple[str, str], list[str]] = defaultdict(list)
    for actor, s in sorted(side.items()):
        kind = registry.get(actor, ("",))[0]
        if kind:
            pools[(s, kind)].append(actor)
    out = []
    for i, (text, actor) in enumerate(zip(texts, actors)):
        if actor not in side or actor not in registry:
            continue
        other_side = "oppose" if side[actor] == "support" else "support"
        pool = pools.get((other_side, registry[actor][0]))
        if not pool:
            continue
        pick = int(hashlib.sha256(text.encode("utf-8")).hexdigest(), 16) % len(pool)
        swapped = swap_name(text, actor, pool[pick])
        if swapped is not None and swapped != text:
            out.append((i, swapped))
    return out


def demonym_swaps(texts: Sequence[str], side: dict[str, str]) -> list[tuple[int, str]]:
    """(row index, swapped text) for every row with a state's adjective ("Russian", "French")
    of a state that has a side: its first such adjective written as that of a state of the other
    side, picked by a hash of the text (the same corpus always gives the same swaps)."""
    from .article.lexicon import DEMONYMS

    registry = _registry()
    names = {form for _, forms in registry.values() for form in forms}  # ("Kremlin" is a name)
    camp_of = {word: side[state] for word, state in DEMONYMS.items()
               if " " not in word and word not in names and state in side
               and registry.get(state, ("",))[0] == "state"}
    pools = {c: sorted(w for w, s in camp_of.items() if s == c) for c in CAMPS}
    if not camp_of or not all(pools.values()):
        return []
    pattern = re.compile(r"(?<!\w)(" + "|".join(sorted(camp_of, key=len, reverse=True)) + r")(?!\w)")
    out = []
    for i, text in enumerate(texts):
        m = pattern.search(text)
        if m is None:
            continue
        pool = pools["oppose" if camp_of[m.group(1)] == "support" else "support"]
        pick = int(hashlib.sha256(text.encode("utf-8")).hexdigest(), 16) % len(pool)
        out.append((i, text[:m.start()] + pool[pick] + text[m.end():]))
    return out


def flip_rate(cv, texts: Sequence[str], actors: Sequence[str], rows: np.ndarray,
              side: dict[str, str], *, swap: str = "name") -> dict[str, Any]:
    """Share of the out-of-fold labels of ``rows`` that change when the actor's name is swapped
    (``swap="name"``), or a state's adjective (``swap="demonym"``, :func:`demonym_swaps`).

    Parameters
    ----------
    cv : stance.training.CVResult
        With the fitted model of each fold (``cv.models``).
    texts, actors : sequences over all rows of the cross-validation
    rows : array of bool
        Which rows to measure (e.g. the real-news rows).
    side : dict
        Actor -> camp (see :func:`camps`).
    """
    texts = list(texts)
    idx = np.flatnonzero(rows)
    swaps = name_swaps([texts[i] for i in idx], [actors[i] for i in idx], side) if swap == "name" \
        else demonym_swaps([texts[i] for i in idx], side)
    labels = np.asarray(cv.labels, dtype=object)
    flipped, by_pair = 0, Counter()
    for local, swapped in swaps:
        i = idx[local]
        model = cv.models[cv.folds[i]]
        new = model.predict([swapped])[0]
        old = labels[cv.proba[i].argmax()]
        if new != old:
            flipped += 1
            by_pair[f"{old} -> {new}"] += 1
    n = len(swaps)
    return {"rows": n, "flipped": flipped, "rate": round(flipped / n, 4) if n else None,
            "changes": dict(sorted(by_pair.items()))}


def read_probes(path: str | Path) -> list[dict[str, str]]:
    """The probe sentences: columns ``id, text, expected, kind`` (and an optional ``note``)."""
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in PROBE_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise ValueError(f"{path}: missing column(s) {', '.join(missing)}")
        return [row for row in reader if row["text"].strip()]


def probe_pass_rate(pipeline, probes: list[dict[str, str]]) -> dict[str, Any]:
    """Share of probes the fitted ``pipeline`` labels as expected, overall and per kind."""
    predicted = pipeline.predict([p["text"] for p in probes])
    per_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    failures = []
    for probe, label in zip(probes, predicted):
        ok = label == probe["expected"]
        per_kind[probe["kind"]][0] += ok
        per_kind[probe["kind"]][1] += 1
        if not ok:
            failures.append({"id": probe["id"], "text": probe["text"], "expected": probe["expected"],
                             "predicted": str(label)})
    passed = sum(v[0] for v in per_kind.values())
    return {"probes": len(probes), "passed": passed, "rate": round(passed / len(probes), 4) if probes else None,
            "per_kind": {k: {"passed": v[0], "probes": v[1]} for k, v in sorted(per_kind.items())},
            "failures": failures}
