"""Measure sentence splitting, actor attribution and extraction speed against hand labels.

What is measured:

1. Splitting. The five raw seed articles (``examples/articles/*.txt``) are split by three
   splitters: a naive regex, pysbd on each paragraph, and
   :func:`stance.article.sentences.split_sentences`. Each is scored on the hand-split seed
   sentences of ``labeled/seed_articles.csv`` and on ``TRICKY_CASES``, news text written for
   this benchmark.
2. Attribution on the seeds: ``stance extract``'s split + attribution on the raw seed articles,
   each output sentence matched to the seed sentence with the same text.
3. Attribution on ``labeled/written/*.csv``: isolated sentences, each attributed on its own.
4. Whole real articles: the paraphrased articles of ``labeled/articles/`` (``texts/<id>.txt``
   and the hand-labelled sentences of ``articles-*.csv``) run through the extractor (split,
   attribute, label) as ``stance extract`` runs them. Each labelled sentence is scored against
   the output sentence that covers it: sentence-split agreement, actor accuracy, precision and
   recall of the actors named, joint actor-and-stance accuracy, per-actor net-stance sign
   agreement, and sentence stance macro-F1 twice: the model alone on the labelled sentences,
   and ``stance extract``'s labels end to end (after its actor pooling and its rule that a
   sentence with no actor is neutral). The articles fall into a fixed dev and test split by :func:`is_test_article`;
   the test split is only measured, and ``--errors`` never prints its sentences. The stance
   labels come from the shipped model's settings trained without ``labeled/articles/``
   (:func:`held_out_predictor`), since the shipped model has learnt these articles' labels.
5. Real news sentences (``--news``): the rows of ``labeled/news/*.csv``, hand-labelled single
   sentences paraphrased from some 900 real pages. The rows of one page (same ``source``, in
   file order) are attributed as one short article, each row its own paragraph, so a pronoun
   or a title can resolve to an earlier row of the same page; each row's actor is compared with
   its label (actor accuracy, precision, recall as for the articles). Attribution alone, no
   stance model: a few seconds.
6. Speed: ``stance extract`` end to end on one core (sentences/s), and the time of one article
   of 100 kB and 1 MB in three shapes (news text, one line with no sentence end, one word
   repeated), which must grow linearly with size.

It fails (exit status 1) when a target below is missed: the seed agreement, the test-split
targets (when ``labeled/articles/`` exists), the speed or the linearity.

    python benchmarks/bench_attribution.py [--errors] [--no-speed] [--news]
"""

from __future__ import annotations

import glob
import hashlib
import os
import platform
import re
import sys
import time
from functools import lru_cache
from pathlib import Path

import pandas as pd

# One core: no BLAS or OpenMP threads, set before numpy is imported.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from stance.article.actors import default_registry, fold  # noqa: E402
from stance.article.attribution import Attributor  # noqa: E402
from stance.article.sentences import paragraphs, split_sentences  # noqa: E402

SEED_TARGET = 0.90  # share of seed sentences whose actor agrees with the hand label
# Targets on the test split of labeled/articles (issue 12).
ACTOR_TARGET = 0.90  # share of labelled sentences whose actor is right ("" for narration)
RECALL_TARGET = 0.85  # share of sentences with an actor that get that actor
PRECISION_TARGET = 0.93  # share of the actors named that are right
JOINT_TARGET = 0.70  # share of sentences whose actor and stance are both right
SIGN_TARGET = 0.85  # share of actors with >= SIGN_MIN_SENTENCES whose net-stance sign is right
SIGN_MIN_SENTENCES = 2
SPEED_TARGET = 5000  # sentences/s, stance extract end to end on one core
LINEAR_SLACK = 2.0  # a 1 MB article may take at most this many times 10 x the 100 kB one
ARTICLES = ROOT / "examples" / "articles"
SEEDS = ROOT / "labeled" / "seed_articles.csv"
WRITTEN = ROOT / "labeled" / "written"
CORPUS = ROOT / "labeled" / "articles"
NEWS = ROOT / "labeled" / "news"

# Fixed on 2026-12-05 before any article of labeled/articles/ was read: an article is in the
# test split when the first eight hex digits of sha256("stance-attribution:" + its id) fall
# below TEST_SHARE of the range. Test articles are only ever measured, never read for rules.
TEST_SHARE = 0.40
SPLIT_SALT = "stance-attribution:"


def is_test_article(article_id: str) -> bool:
    """True when the article belongs to the fixed test split (by its id, e.g. its file stem)."""
    stem = article_id[:-4] if article_id.endswith(".txt") else article_id
    digest = hashlib.sha256((SPLIT_SALT + stem).encode("utf-8")).hexdigest()
    return int(digest[:8], 16) < TEST_SHARE * 16 ** 8


# (text, the sentences a careful reader cuts it into) -- written for this benchmark.
TRICKY_CASES = [
    ("The U.S. and the U.K. said they would help. Moscow disagreed.",
     ["The U.S. and the U.K. said they would help.", "Moscow disagreed."]),
    ("Mr. Macron met Gen. Mark Milley and Sen. Lindsey Graham in Washington. They discussed aid.",
     ["Mr. Macron met Gen. Mark Milley and Sen. Lindsey Graham in Washington.",
      "They discussed aid."]),
    ("The French president announced aid worth €2 billion ($2.1 billion), including missiles. "
     "Kyiv welcomed it.",
     ["The French president announced aid worth €2 billion ($2.1 billion), including missiles.",
      "Kyiv welcomed it."]),
    ("He posted a photo with the caption: “Europe knows how to defend itself. "
     "We must prove it.” Then he left.",
     ["He posted a photo with the caption: “Europe knows how to defend itself.",
      "We must prove it.”", "Then he left."]),
    ("“It’ll take some time,” Rubio said. “We’re on that road.”",
     ["“It’ll take some time,” Rubio said.", "“We’re on that road.”"]),
    ("Lt. Gen. Ben Hodges said Europe should act. He added that Washington would follow.",
     ["Lt. Gen. Ben Hodges said Europe should act.", "He added that Washington would follow."]),
    ("The talks start at 9 a.m. on Monday. Officials expect progress.",
     ["The talks start at 9 a.m. on Monday.", "Officials expect progress."]),
    ("Was it a bluff? Peskov said no! The Kremlin agreed.",
     ["Was it a bluff?", "Peskov said no!", "The Kremlin agreed."]),
    ("Zelensky met Trump in Washington D.C. on Friday. No deal was reached.",
     ["Zelensky met Trump in Washington D.C. on Friday.", "No deal was reached."]),
    ("Approx. 30 leaders attended, incl. NATO's Rutte. Some joined remotely.",
     ["Approx. 30 leaders attended, incl. NATO's Rutte.", "Some joined remotely."]),
    ("Charles Q. Brown Jr. said NATO would send trainers eventually. Brown later clarified.",
     ["Charles Q. Brown Jr. said NATO would send trainers eventually.", "Brown later clarified."]),
    ("Maria Zakharova called the plan a \"provocation.\" She added that Russia would respond.",
     ["Maria Zakharova called the plan a \"provocation.\"",
      "She added that Russia would respond."]),
    ("Macron Says Troops Not Ruled Out\nBy Jane Doe\nPARIS (Reuters) - French President "
     "Emmanuel Macron said on Monday that nothing could be ruled out.",
     ["Macron Says Troops Not Ruled Out", "By Jane Doe",
      "PARIS (Reuters) - French President Emmanuel Macron said on Monday that nothing could be "
      "ruled out."]),
    ("Ceasefire Standoff\n\nThe summit comes amid renewed accusations. Talks stalled.",
     ["Ceasefire Standoff", "The summit comes amid renewed accusations.", "Talks stalled."]),
    ("Kyiv wants a force of\n20,000 troops, officials said on\nTuesday. Moscow objects.",
     ["Kyiv wants a force of 20,000 troops, officials said on Tuesday.", "Moscow objects."]),
    ("The No. 10 spokesman said no decision had been made. Ministers will meet again.",
     ["The No. 10 spokesman said no decision had been made.", "Ministers will meet again."]),
]


PRONOUN = re.compile(r"\b(he|she|his|her)\b", re.IGNORECASE)


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", str(text)).strip()


def regex_split(text: str) -> list[str]:
    """A naive baseline: cut after . ! ? followed by a space and a capital letter."""
    out = []
    for line in text.splitlines():
        pieces = re.split(r"(?:(?<=[.!?])|(?<=[.!?][”\"’]))\s+(?=[“\"A-Z])", line)
        out += [s.strip() for s in pieces if s.strip()]
    return out


@lru_cache(maxsize=1)
def _segmenter():
    import pysbd  # the baseline only (the dev extra); clean=False keeps the text as it is

    return pysbd.Segmenter(language="en", clean=False)


def pysbd_split(text: str) -> list[str]:
    """pysbd as it comes, on each non-blank line."""
    return [s for line in text.splitlines() if line.strip() for s in _segmenter().segment(line)]


def pysbd_paragraphs(text: str) -> list[str]:
    """pysbd, stripped, on the paragraphs of :func:`stance.article.sentences.paragraphs`."""
    return [s.strip() for p in paragraphs(text) for s in _segmenter().segment(p) if s.strip()]


SPLITTERS = {"regex baseline": regex_split, "pysbd (raw)": pysbd_split,
             "pysbd (stripped)": pysbd_paragraphs, "stance.article.sentences": split_sentences}
# (stance.article.sentences used pysbd plus fixes until issue 12; it now has its own linear rules.)


def seed_table() -> pd.DataFrame:
    return pd.read_csv(SEEDS, dtype=str, keep_default_na=False)


def bench_splitting(seeds: pd.DataFrame) -> list[dict]:
    rows = []
    for name, split in SPLITTERS.items():
        exact = produced = matched = 0
        start = time.perf_counter()
        for path in sorted(ARTICLES.glob("*.txt")):
            texts = set(seeds.loc[seeds.source == path.name, "text"])
            out = split(path.read_text(encoding="utf-8"))
            produced += len(out)
            exact += sum(1 for s in out if s in texts)
            matched += len({norm(t) for t in texts} & {norm(s) for s in out})
        seconds = time.perf_counter() - start
        tricky = sum(split(text) == expected for text, expected in TRICKY_CASES)
        rows.append({"splitter": name, "seed sentences found": f"{matched}/{len(seeds)}",
                     "exact strings": exact, "sentences out": produced,
                     "tricky cases right": f"{tricky}/{len(TRICKY_CASES)}",
                     "seconds": f"{seconds:.3f}"})
    return rows


def bench_seeds(seeds: pd.DataFrame, attributor: Attributor, show: bool) -> dict:
    found = agree = predicted = predicted_right = 0
    for path in sorted(ARTICLES.glob("*.txt")):
        gold = {norm(t): a for t, a in zip(seeds.loc[seeds.source == path.name, "text"],
                                           seeds.loc[seeds.source == path.name, "actor"])}
        sentences = split_sentences(path.read_text(encoding="utf-8"))
        for sentence, (actor, rule) in zip(sentences, attributor.explain(sentences)):
            key = norm(sentence)
            if key not in gold:
                continue
            found += 1
            agree += actor == gold[key]
            if actor:
                predicted += 1
                predicted_right += actor == gold[key]
            if show and actor != gold[key]:
                print(f"  seed  gold={gold[key]!r:28} got={actor!r:28} [{rule}] {sentence[:90]}")
    return {"rows": len(seeds), "matched": found, "agree": agree, "predicted": predicted,
            "predicted_right": predicted_right}


def _named(text: str, actor: str, registry) -> bool:
    """True when the sentence names its actor (by any alias or surname), not only by a pronoun."""
    folded = fold(text).lower()
    forms = {actor, fold(actor).split()[-1]} if actor else set()
    entry = registry.get(actor)
    if entry:
        forms |= set(entry.aliases)
    return any(re.search(rf"\b{re.escape(fold(f).lower())}\b", folded) for f in forms if f)


def bench_written(attributor: Attributor, show: bool) -> dict | None:
    files = sorted(glob.glob(str(WRITTEN / "*.csv")))
    if not files:
        return None
    registry = attributor.registry
    stats = {k: [0, 0] for k in ("all", "named", "pronoun", "empty", "pronoun in context")}
    predicted = predicted_right = 0
    for file in files:
        frame = pd.read_csv(file, dtype=str, keep_default_na=False)
        previous = None
        for text, gold in zip(frame.text, frame.actor):
            actor = attributor.attribute_sentence(text)
            ok = actor == gold
            if not gold:
                group = "empty"
            elif not _named(text, gold, registry) and PRONOUN.search(text):
                group = "pronoun"
            else:
                group = "named"
            for g in ("all", group):
                stats[g][0] += ok
                stats[g][1] += 1
            if group == "pronoun" and previous is not None:
                # The rows of a file follow each other: read the row before as the context.
                stats["pronoun in context"][0] += attributor.attribute([previous, text])[1] == gold
                stats["pronoun in context"][1] += 1
            previous = text
            if actor:
                predicted += 1
                predicted_right += ok
            if show and not ok and group != "pronoun":
                print(f"  written gold={gold!r:28} got={actor!r:28} {text[:90]}")
    stats["files"] = len(files)
    stats["predicted"], stats["predicted_right"] = predicted, predicted_right
    return stats


def bench_unknown(attributor: Attributor) -> dict | None:
    """Named-person rows attributed with a registry that lacks that person.

    The registry was extended with actors seen in labeled/written, so the figures above are
    optimistic for people it does not know; this ablation measures the name-shaped fallback
    alone ("said John Smith, a senior fellow" -> John Smith). A sentence that gives only the
    surname of someone unknown cannot come out in full: those rows are counted apart.
    """
    from stance.article.actors import ActorRegistry

    files = sorted(glob.glob(str(WRITTEN / "*.csv")))
    if not files:
        return None
    registry = attributor.registry
    rows: dict[str, list[str]] = {}
    for file in files:
        frame = pd.read_csv(file, dtype=str, keep_default_na=False)
        for text, gold in zip(frame.text, frame.actor):
            entry = registry.get(gold)
            if entry and entry.kind == "person" and _named(text, gold, registry):
                rows.setdefault(gold, []).append(text)
    stats = {"full name": [0, 0], "other forms": [0, 0]}
    for gold, texts in rows.items():
        without = Attributor(ActorRegistry(a for a in registry if a.name != gold))
        for text in texts:
            group = "full name" if fold(gold) in fold(text) else "other forms"
            stats[group][0] += without.attribute_sentence(text) == gold
            stats[group][1] += 1
    return stats



# -- whole real articles -------------------------------------------------------------------

def read_corpus(root: Path = CORPUS) -> dict[str, tuple[str, pd.DataFrame]]:
    """article id -> (raw text, its labelled sentences in order), for every labelled article."""
    files = sorted(root.glob("articles-*.csv"))
    if not files:
        return {}
    rows = pd.concat([pd.read_csv(f, dtype=str, keep_default_na=False) for f in files])
    rows["sentence_no"] = rows["sentence_no"].astype(int)
    corpus = {}
    for article, gold in rows.groupby("article", sort=True):
        path = root / "texts" / (article if article.endswith(".txt") else f"{article}.txt")
        if path.is_file():
            corpus[article] = (path.read_text(encoding="utf-8"),
                               gold.sort_values("sentence_no").reset_index(drop=True))
    return corpus


def _spans(text: str, sentences: list[str]) -> list[tuple[int, int]]:
    """Character spans of sentences found in order in ``text`` (whitespace-insensitive)."""
    flat = re.sub(r"\s+", " ", text)
    spans, at = [], 0
    for sentence in sentences:
        key = norm(sentence)
        start = flat.find(key, at)
        if start < 0:
            spans.append((-1, -1))
            continue
        spans.append((start, start + len(key)))
        at = start + len(key)
    return spans


def score_article(text: str, gold: pd.DataFrame, frame: pd.DataFrame) -> pd.DataFrame:
    """The labelled sentences with the extractor's actor and stance for each.

    A labelled sentence takes the output sentence that covers its middle, so a sentence the
    splitter merged with its neighbour is still scored (and counted as a split miss).
    """
    out_spans = _spans(text, list(frame["text"]))
    gold_spans = _spans(text, list(gold["text"]))
    produced = {norm(t) for t in frame["text"]}
    actors, stances = [], []
    k = 0
    for start, end in gold_spans:
        middle = (start + end) // 2
        while k < len(out_spans) and out_spans[k][1] <= middle:
            k += 1
        if start >= 0 and k < len(out_spans) and out_spans[k][0] <= middle:
            actors.append(frame["actor"].iat[k])
            stances.append(frame["stance"].iat[k])
        else:
            actors.append("")
            stances.append("")
    scored = gold[["article", "sentence_no", "text", "actor", "stance"]].copy()
    scored["split_ok"] = [norm(t) in produced for t in gold["text"]]
    scored["got_actor"] = actors
    scored["got_stance"] = stances
    return scored


def sign(support: int, oppose: int) -> int:
    return int(support > oppose) - int(support < oppose)


def article_metrics(scored: pd.DataFrame) -> dict:
    right = scored["actor"] == scored["got_actor"]
    named = scored["got_actor"] != ""
    labelled = scored["actor"] != ""
    signs_right = signs = 0
    for actor, rows in scored[labelled].groupby("actor"):
        if len(rows) < SIGN_MIN_SENTENCES:
            continue
        signs += 1
        mine = scored[scored["got_actor"] == actor]
        want = sign((rows["stance"] == "support").sum(), (rows["stance"] == "oppose").sum())
        got = sign((mine["got_stance"] == "support").sum(), (mine["got_stance"] == "oppose").sum())
        signs_right += len(mine) > 0 and want == got
    return {
        "articles": scored["article"].nunique(),
        "sentences": len(scored),
        "split": (int(scored["split_ok"].sum()), len(scored)),
        "actor": (int(right.sum()), len(scored)),
        "precision": (int((right & named).sum()), int(named.sum())),
        "recall": (int((right & labelled).sum()), int(labelled.sum())),
        "joint": (int((right & (scored["stance"] == scored["got_stance"])).sum()), len(scored)),
        "sign": (signs_right, signs),
        # sentence stance macro-F1: the model alone on the labelled sentences, and what stance
        # extract gives end to end (its split, its actors' pooling, no actor -> neutral); a
        # sentence the splitter lost counts as a miss
        "stance_model": _macro_f1(scored["stance"], scored["model_stance"])
        if "model_stance" in scored else None,
        "stance_extract": _macro_f1(scored["stance"], scored["got_stance"]),
    }


def _macro_f1(gold: pd.Series, got: pd.Series) -> float:
    from sklearn.metrics import f1_score

    labels = sorted(set(gold))
    return float(f1_score(gold, got.replace("", "(none)"), labels=labels, average="macro",
                          zero_division=0))


def bench_articles(extractor, show: bool, dev_only: bool = False) -> dict[str, dict]:
    """Dev and test figures on labeled/articles; errors printed for dev articles only."""
    corpus = read_corpus()
    if not corpus:
        return {}
    scored = {"dev": [], "test": []}
    rules = {}
    for article, (text, gold) in corpus.items():
        part = "test" if is_test_article(article) else "dev"
        if part == "test" and dev_only:
            continue
        frame = extractor.article(text)
        one = score_article(text, gold, frame)
        # the model alone on the hand-split sentences, no actor and no narration rule
        one["model_stance"] = extractor.predictor.score_arrays(list(gold["text"]))[0]
        scored[part].append(one)
        if part == "dev" and show:
            rules[article] = dict(zip(frame["text"].map(norm),
                                      (r for _, r in extractor.attributor.explain(frame["text"]))))
    results = {}
    for part, frames in scored.items():
        if frames:
            results[part] = article_metrics(pd.concat(frames, ignore_index=True))
    if show:
        for frame in scored["dev"]:
            for row in frame.itertuples():
                if row.actor != row.got_actor or not row.split_ok:
                    rule = rules[row.article].get(norm(row.text), "split")
                    print(f"  dev {row.article[:28]:28} #{row.sentence_no:<3} gold={row.actor!r:24}"
                          f" got={row.got_actor!r:24} [{rule}] {row.text[:100]}")
    return results


def print_articles(results: dict[str, dict]) -> list[str]:
    """Print the dev and test tables; return the test targets missed."""
    print("\n## Whole articles (labeled/articles)")
    targets = {"actor": ACTOR_TARGET, "precision": PRECISION_TARGET, "recall": RECALL_TARGET,
               "joint": JOINT_TARGET, "sign": SIGN_TARGET}
    names = {"split": "sentence-split agreement", "actor": "actor accuracy",
             "precision": "precision (actors named)", "recall": "recall (sentences with an actor)",
             "joint": "actor and stance right", "sign": f"net-stance sign (actors >= "
             f"{SIGN_MIN_SENTENCES} sentences)"}
    print(" | ".join(f"{p}: {r['articles']} articles, {r['sentences']} sentences"
                     for p, r in results.items()))
    missed = []
    for key, name in names.items():
        cells = [f"{part} {pct(*r[key]):>22}" for part, r in results.items()]
        target = f"(target {targets[key]:.0%})" if key in targets else ""
        print(f"{name:40} {'   '.join(cells)} {target}")
        test = results.get("test")
        if test and key in targets and test[key][1] and test[key][0] / test[key][1] < targets[key]:
            missed.append(f"test {name} {test[key][0] / test[key][1]:.1%} < {targets[key]:.0%}")
    for key, name in (("stance_model", "stance macro-F1, model on the sentences"),
                      ("stance_extract", "stance macro-F1, stance extract")):
        cells = [f"{part} {r[key]:>22.3f}" for part, r in results.items() if r.get(key) is not None]
        if cells:
            print(f"{name:40} {'   '.join(cells)}")
    return missed


# -- real news sentences ------------------------------------------------------------------

def read_news(root: Path = NEWS) -> pd.DataFrame:
    """Every row of ``labeled/news/*.csv``, files in name order, rows in file order."""
    files = sorted(root.glob("*.csv"))
    if not files:
        return pd.DataFrame(columns=["id", "text", "actor", "source"])
    return pd.concat([pd.read_csv(f, dtype=str, keep_default_na=False) for f in files],
                     ignore_index=True)


def score_news(frame: pd.DataFrame, attributor: Attributor) -> pd.DataFrame:
    """The rows of ``frame`` (columns id, text, actor, source) with the attributed actor.

    The rows of one page (same ``source``, in the frame's order) are read as one article, each
    row its own paragraph: the paragraphs are split into sentences as ``stance extract`` splits
    them and attributed in order, and a row takes the actor of its sentence that covers its
    middle (a row of one sentence, the usual case, takes that sentence's). ``got_actor`` and
    ``rule`` (the rule that decided) are added.
    """
    got = pd.Series("", index=frame.index, dtype=object)
    rules = pd.Series("", index=frame.index, dtype=object)
    for _, page in frame.groupby("source", sort=False):
        sentences, owner = [], []  # the page's sentences, and the row of each
        for index, text in zip(page.index, page["text"]):
            pieces = split_sentences(text) or [text]
            # the sentence that covers the middle of the row
            middle, at, pick = len(text) // 2, 0, 0
            for j, piece in enumerate(pieces):
                start = text.find(piece, at)
                if start < 0:
                    continue
                at = start + len(piece)
                if start <= middle:
                    pick = j
            owner += [(index, j == pick) for j in range(len(pieces))]
            sentences += pieces
        for (index, chosen), (actor, rule) in zip(owner, attributor.explain(sentences)):
            if chosen:
                got[index], rules[index] = actor, rule
    scored = frame.copy()
    scored["got_actor"] = got
    scored["rule"] = rules
    return scored


def news_metrics(scored: pd.DataFrame) -> dict:
    """Actor accuracy, precision of the actors named, recall of rows with an actor."""
    right = scored["actor"] == scored["got_actor"]
    named = scored["got_actor"] != ""
    labelled = scored["actor"] != ""
    return {
        "pages": scored["source"].nunique(),
        "rows": len(scored),
        "actor": (int(right.sum()), len(scored)),
        "precision": (int((right & named).sum()), int(named.sum())),
        "recall": (int((right & labelled).sum()), int(labelled.sum())),
    }


def bench_news(attributor: Attributor, show: bool) -> dict | None:
    frame = read_news()
    if frame.empty:
        return None
    start = time.perf_counter()
    scored = score_news(frame, attributor)
    seconds = time.perf_counter() - start
    if show:
        for row in scored.itertuples():
            if row.actor != row.got_actor:
                print(f"  news {row.id:18} gold={row.actor!r:24} got={row.got_actor!r:24} "
                      f"[{row.rule}] {row.text[:110]}")
    return {**news_metrics(scored), "seconds": seconds}


def print_news(news: dict) -> None:
    print(f"\n## Real news sentences (labeled/news: {news['rows']} rows from {news['pages']} "
          f"pages, each page read as one article; {news['seconds']:.1f} s)")
    print(f"{'actor accuracy':40} {pct(*news['actor']):>22}")
    print(f"{'precision (actors named)':40} {pct(*news['precision']):>22}")
    print(f"{'recall (rows with an actor)':40} {pct(*news['recall']):>22}")


# -- speed -----------------------------------------------------------------------------------

def speed_corpus() -> list[str]:
    """Article texts to time: the seed articles and the dev articles of labeled/articles."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(ARTICLES.glob("*.txt"))]
    texts += [text for article, (text, _) in read_corpus().items() if not is_test_article(article)]
    return texts


def bench_speed(extractor, tmp: Path) -> dict:
    """Sentences/s of ``stance extract`` on one core, and time against article size."""
    from stance.cli import main as cli

    texts = speed_corpus()
    folder = tmp / "speed"
    folder.mkdir(parents=True, exist_ok=True)
    sentences = 0
    copies = 0
    while sentences < 20000:  # enough sentences for a stable figure
        for i, text in enumerate(texts):
            (folder / f"{copies:03d}_{i:03d}.txt").write_text(text, encoding="utf-8")
            sentences += len(split_sentences(text))
        copies += 1
    out = tmp / "speed.csv"
    start = time.perf_counter()
    cli(["extract", str(folder / "*.txt"), "-o", str(out)])
    seconds = time.perf_counter() - start
    rows = len(pd.read_csv(out, dtype=str, keep_default_na=False))
    start = time.perf_counter()
    for text in texts * copies:
        extractor.article(text)
    in_process = time.perf_counter() - start

    news = " ".join(texts).replace("\n", " ")
    shapes = {"news text": news, "no sentence end": re.sub(r"[.!?]", ",", news),
              "one word repeated": "troops "}
    sizes = {}
    for shape, base in shapes.items():
        for size in (100_000, 1_000_000):
            text = (base * (size // len(base) + 1))[:size]
            start = time.perf_counter()
            extractor.article(text)
            sizes[(shape, size)] = time.perf_counter() - start
    return {"articles": len(texts) * copies, "sentences": rows, "seconds": seconds,
            "rate": rows / seconds, "in_process": rows / in_process, "sizes": sizes}


def print_speed(speed: dict) -> list[str]:
    print("\n## Speed (one core)")
    print(f"stance extract, {speed['articles']} articles, {speed['sentences']} sentences: "
          f"{speed['seconds']:.2f} s = {speed['rate']:,.0f} sentences/s end to end "
          f"(target {SPEED_TARGET:,}); Extractor.article alone: {speed['in_process']:,.0f}/s")
    missed = [] if speed["rate"] >= SPEED_TARGET else [
        f"speed {speed['rate']:,.0f} sentences/s < {SPEED_TARGET:,}"]
    for shape in ("news text", "no sentence end", "one word repeated"):
        small, large = speed["sizes"][(shape, 100_000)], speed["sizes"][(shape, 1_000_000)]
        ratio = large / small
        print(f"one article, {shape:18}: 100 kB {small:6.2f} s, 1 MB {large:6.2f} s "
              f"(x{ratio:.1f}; linear is x10)")
        if large > LINEAR_SLACK * 10 * max(small, 0.01):
            missed.append(f"{shape}: 1 MB takes {ratio:.1f} x the 100 kB article")
    return missed


def pct(a: int, b: int) -> str:
    return f"{a}/{b} = {a / b:.1%}" if b else "n/a"


def held_out_predictor():
    """The shipped model's settings, trained on every labelled row except ``labeled/articles/``.

    The shipped model has learnt the labels of the articles scored here, which would make the
    joint and net-sign figures measure memory rather than what a researcher gets on new
    articles; this model has seen none of them (nor, as every row of an article is in
    ``labeled/articles/``, any other sentence of them).
    """
    from stance import load_predictor
    from stance.data import KIND_COLUMN, read_corpus as read_labelled
    from stance.predictor import StancePredictor
    from stance.training import fit, subset

    shipped = load_predictor()
    data = read_labelled(ROOT / "labeled")
    data = subset(data, data.frame[KIND_COLUMN] != "articles")
    meta = {**shipped.metadata, "trained_without": "labeled/articles"}
    pipeline = fit(data, shipped.metadata["params"], seed=shipped.metadata.get("seed", 0))
    # The shipped model's temperature too: the extractor mixes an actor's probabilities, so
    # their sharpness, not only their argmax, decides its labels.
    temperature = shipped.metadata.get("temperature") or 1.0
    clf = pipeline.named_steps["clf"]
    clf.coef_, clf.intercept_ = clf.coef_ / temperature, clf.intercept_ / temperature
    return StancePredictor(pipeline, meta)


def main(argv=None) -> int:
    from stance.cli import OneLineParser  # usage errors in one line

    parser = OneLineParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true",
                        help="print every disagreement (dev articles and news; never test articles)")
    parser.add_argument("--no-speed", action="store_true", help="skip the speed measurements")
    parser.add_argument("--no-written", action="store_true", help="skip labeled/written")
    parser.add_argument("--dev-only", action="store_true",
                        help="score the dev articles only (while writing rules)")
    parser.add_argument("--news", action="store_true",
                        help="also score the real news sentences of labeled/news")
    args = parser.parse_args(argv)
    seeds = seed_table()
    attributor = Attributor()
    print(f"registry: {len(default_registry())} actors\n")
    print("## Sentence splitting (seed articles; tricky cases)")
    split_rows = bench_splitting(seeds)
    print(pd.DataFrame(split_rows).to_string(index=False))

    seed = bench_seeds(seeds, attributor, args.errors)
    print("\n## Actor attribution on the seed articles")
    print(f"sentence-split agreement: {pct(seed['matched'], seed['rows'])} "
          "seed sentences produced exactly")
    print(f"actor agreement:          {pct(seed['agree'], seed['matched'])} "
          f"(target {SEED_TARGET:.0%})")
    print(f"precision, non-empty:     {pct(seed['predicted_right'], seed['predicted'])}")

    written = None if args.no_written else bench_written(attributor, args.errors)
    if written:
        print(f"\n## Actor attribution on labeled/written ({written['files']} files, "
              "sentences in isolation)")
        print(f"all rows:                 {pct(*written['all'])}")
        print(f"rows naming their actor:  {pct(*written['named'])}")
        print(f"rows with no actor:       {pct(*written['empty'])}")
        print(f"pronoun-only rows:        {pct(*written['pronoun'])} "
              "(no article to resolve the pronoun)")
        print(f"  same, row before as context: {pct(*written['pronoun in context'])}")
        print(f"precision, non-empty:     {pct(written['predicted_right'], written['predicted'])}")
        unknown = bench_unknown(attributor)
        if unknown:
            print("named people, each left out of the registry "
                  "(the rules without the registry's help):")
            print(f"  written in full:        {pct(*unknown['full name'])}")
            print(f"  surname or other form:  {pct(*unknown['other forms'])}")
    news = bench_news(attributor, args.errors) if args.news else None
    if news:
        print_news(news)
    missed = []
    agreement = seed["agree"] / seed["matched"] if seed["matched"] else 0.0
    if agreement < SEED_TARGET:
        missed.append(f"seed actor agreement {agreement:.1%} < {SEED_TARGET:.0%}")

    from stance.article.extract import Extractor

    extractor = Extractor(predictor=held_out_predictor(), actors=attributor)
    results = bench_articles(extractor, args.errors, args.dev_only)
    if results:
        missed += print_articles(results)
    if not args.no_speed:
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            missed += print_speed(bench_speed(extractor, Path(tmp)))
    print(f"\nmachine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}")
    if missed:
        print("\nMISSED: " + "; ".join(missed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
