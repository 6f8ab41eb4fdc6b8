"""Shared fixtures: a tiny hand-written corpus and a model trained on it once per session."""

import csv
import importlib.util
from pathlib import Path

import pytest

from stance.data import CORPUS_COLUMNS, read_labelled
from stance.training import train

ROOT = Path(__file__).resolve().parent.parent


def load_script(relative: str, name: str):
    """Import a script of the repository that is not part of the package (benchmarks/, scripts/)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / relative)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# (text, actor, stance, source): three sources so grouped CV has groups to keep apart.
TINY_CORPUS = [
    ("Macron said sending Western troops to Ukraine could not be ruled out.", "Emmanuel Macron", "support", "a"),
    ("Britain is ready to put boots on the ground in Ukraine, Starmer said.", "Keir Starmer", "support", "a"),
    ("Denmark is open to sending soldiers as part of a reassurance force.", "Denmark", "support", "a"),
    ("Scholz said no German soldiers would be sent to Ukraine.", "Olaf Scholz", "oppose", "a"),
    ("Moscow warned that foreign troops in Ukraine would be legitimate targets.", "Russia", "oppose", "a"),
    ("Italy will not send troops to Ukraine, Meloni told reporters.", "Giorgia Meloni", "oppose", "a"),
    ("The summit also discussed a new air defence package.", "", "neutral", "a"),
    ("Ukraine received another shipment of artillery shells on Tuesday.", "", "neutral", "a"),
    ("Sweden backs a European force to secure a future ceasefire.", "Sweden", "support", "b"),
    ("Estonia said it was prepared to contribute a company of soldiers.", "Estonia", "support", "b"),
    ("The Netherlands pledged to take part in the multinational force.", "Netherlands", "support", "b"),
    ("Poland has no plans to deploy its soldiers in Ukraine, Tusk said.", "Donald Tusk", "oppose", "b"),
    ("Lavrov called any Western deployment an unacceptable occupation.", "Sergei Lavrov", "oppose", "b"),
    ("Hungary rejected the idea of sending troops outright.", "Hungary", "oppose", "b"),
    ("Ministers met in Brussels to talk about sanctions and energy prices.", "", "neutral", "b"),
    ("North Korean soldiers were reported fighting in the Kursk region.", "", "neutral", "b"),
    ("Finland would consider joining a peacekeeping mission, Stubb said.", "Alexander Stubb", "support", "c"),
    ("Australia is willing to contribute to the coalition of the willing.", "Australia", "support", "c"),
    ("France will lead a reassurance force once a ceasefire holds.", "France", "support", "c"),
    ("Slovakia will never send its soldiers to Ukraine, Fico said.", "Robert Fico", "oppose", "c"),
    ("Peskov said a conflict with NATO would become inevitable if troops were sent.", "Dmitry Peskov", "oppose", "c"),
    ("Greece ruled out sending any troops to Ukraine.", "Greece", "oppose", "c"),
    ("Russian forces shelled the city of Kherson overnight.", "", "neutral", "c"),
    ("The European Commission proposed a loan funded by frozen assets.", "", "neutral", "c"),
]


def write_corpus(path: Path, rows=TINY_CORPUS, columns=CORPUS_COLUMNS) -> Path:
    """Write rows as a corpus CSV with the codebook's columns."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(columns)
        for i, (text, actor, stance, source) in enumerate(rows, 1):
            record = {"id": f"t-{i}", "text": text, "actor": actor, "stance": stance,
                      "source": source, "note": ""}
            writer.writerow([record.get(c, "") for c in columns])
    return path


@pytest.fixture
def corpus_dir(tmp_path) -> Path:
    """A folder laid out like labeled/, holding the tiny corpus."""
    root = tmp_path / "labeled"
    write_corpus(root / "tiny.csv")
    return root


@pytest.fixture(scope="session")
def model_dir(tmp_path_factory) -> Path:
    """A model trained once on the tiny corpus, saved with its sidecar."""
    root = tmp_path_factory.mktemp("model")
    data = read_labelled([write_corpus(root / "data" / "tiny.csv")])
    train(data, root / "out", echo=lambda *a: None)
    return root / "out"


@pytest.fixture(scope="session")
def predictor(model_dir):
    from stance import load_predictor

    return load_predictor(model_dir / "stance.joblib")
