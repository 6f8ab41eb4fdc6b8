"""Checks on the project's own corpus in labeled/: one rulebook, one spelling per actor."""

from collections import defaultdict
from pathlib import Path

import pytest

from stance.article.actors import spelling_key  # the registry's own key: one rule for both
from stance.data import read_corpus

from .conftest import load_script

LABELED = Path(__file__).resolve().parent.parent / "labeled"


def test_spelling_key_folds_variants_but_not_different_names():
    assert spelling_key("Vassily Nebenzia") == spelling_key("Vasily Nebenzya")
    assert spelling_key("Andrii Sybiha") == spelling_key("Andriy Sybiha")
    assert spelling_key("Dmitry Polyanskiy") == spelling_key("Dmitry Polyansky")
    assert spelling_key("Viktor Orbán") == spelling_key("viktor orban")
    assert spelling_key("Olaf Scholz") != spelling_key("Olaf Schulz")


@pytest.fixture(scope="module")
def corpus():
    return read_corpus(LABELED).frame


def test_each_actor_has_one_spelling(corpus):
    spellings = defaultdict(set)
    for actor in corpus["actor"]:
        if actor:
            spellings[spelling_key(actor)].add(actor)
    variants = sorted(sorted(v) for v in spellings.values() if len(v) > 1)
    assert variants == [], f"actor names that differ only in spelling: {variants}"


def test_actors_the_registry_knows_are_spelled_as_it_spells_them(corpus):
    """A person the actor registry knows under another spelling ("Andrii" for its "Andriy")
    would count as two actors in `stance actors` and in the attribution benchmark."""
    from stance.article.actors import default_registry

    registry = default_registry()
    respelled = sorted({(actor, registry.person_variant(actor)) for actor in set(corpus["actor"])
                        if actor and actor not in registry
                        and registry.person_variant(actor) not in (None, actor)})
    assert respelled == [], f"actors spelled otherwise than the registry: {respelled}"


def test_an_empty_actor_is_neutral(corpus):
    """Codebook rule 6.24: narration has no holder of a position, so it takes no side."""
    narration = corpus[corpus["actor"] == ""]
    assert len(narration) > 0
    assert narration.loc[narration["stance"] != "neutral", "id"].tolist() == []


def test_real_rows_name_their_page_and_outlet(corpus):
    real = corpus[corpus["_kind"].isin(["articles", "news"])]
    assert real["source"].str.match(r"^https?://").all()
    assert (real["outlet"].fillna("") != "").all() and (real["date"].fillna("").str.match(r"^20(24|25)-\d\d-\d\d$")).all()


def test_every_article_sentence_is_a_row_in_order():
    """labeled/articles/texts/<article>.txt holds each article; its rows are its sentences in order."""
    import pandas as pd

    files = sorted((LABELED / "articles").glob("*.csv"))
    articles = pd.concat([pd.read_csv(f, dtype=str, keep_default_na=False) for f in files])
    assert articles["article"].nunique() >= 60
    for article, rows in articles.groupby("article"):
        text = (LABELED / "articles" / "texts" / f"{article}.txt").read_text(encoding="utf-8")
        rows = rows.sort_values("sentence_no", key=lambda s: s.astype(int))
        assert rows["sentence_no"].astype(int).tolist() == list(range(1, len(rows) + 1)), article
        position = 0
        for sentence in rows["text"]:
            found = text.find(sentence, position)
            assert found >= 0, f"{article}: {sentence!r} is not in the text after position {position}"
            assert text[position:found].strip() == "", f"{article}: text left unlabelled: {text[position:found]!r}"
            position = found + len(sentence)
        assert text[position:].strip() == "", f"{article}: text after the last row"


def test_adjudicated_second_pass_labels_are_in_the_corpus(corpus):
    """labeled/agreement/*.jsonl: each adjudicated label is the one the corpus carries."""
    import json

    labels = dict(zip(corpus["id"], corpus["stance"]))
    files = sorted((LABELED / "agreement").glob("*.jsonl"))
    assert files
    for path in files:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
        assert {"id", "kind", "first", "second", "final"} <= set(rows[0])
        stale = [r["id"] for r in rows if r["id"] in labels and labels[r["id"]] != r.get("later", r["final"])]
        assert stale == [], f"{path.name}: corpus labels differ from the adjudicated ones: {stale}"


def test_readme_tables_match_the_data():
    """labeled/README.md's tables (rows, labels and hash of each file) are those the data gives:
    a change to a file of labeled/ that forgot scripts/corpus_readme.py fails here."""
    readme = load_script("scripts/corpus_readme.py", "corpus_readme")
    written = readme.written_block(readme.README.read_text(encoding="utf-8"))
    assert written, "labeled/README.md has lost its AUTO markers"
    assert written == readme.auto_block(), \
        "labeled/README.md is out of date: run python scripts/corpus_readme.py and commit it"
