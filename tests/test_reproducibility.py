"""The same data and seed give the same model bytes, and the sidecar says how to get them again.

The cross-process check (different PYTHONHASHSEED) is in test_training.py.
"""

import json
from collections import Counter
from pathlib import Path

from stance.data import data_sha256, read_corpus, read_labelled
from stance.persistence import sha256_file
from stance.pipeline import DEFAULT_PARAMS
from stance.training import main, train

from .conftest import write_corpus

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "models"
# What a later reader needs to rebuild the model and check it is the same one.
PROVENANCE_KEYS = ("format_version", "labels", "text_column", "label_column", "group_column", "params", "seed",
                   "rows", "data_paths", "data_sha256", "model_file", "model_sha256", "versions")
VERSION_KEYS = {"python", "scikit-learn", "numpy", "scipy", "joblib", "stance"}


def quiet(*args):
    pass


def test_training_twice_on_the_same_data_and_seed_gives_identical_bytes(tmp_path):
    path = write_corpus(tmp_path / "d" / "tiny.csv")
    for run in ("a", "b"):  # read afresh each time, as two separate trainings would
        train(read_labelled([path]), tmp_path / run, seed=7, echo=quiet, report=False)
    for name in ("stance.joblib", "stance.json"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


def test_scoring_the_final_model_before_saving_leaves_the_bytes_unchanged(tmp_path):
    """Probes are scored on the final model before it is saved; scoring caches a memory address."""
    path = write_corpus(tmp_path / "d" / "tiny.csv")
    probes = tmp_path / "probes.csv"
    probes.write_text("id,text,expected,kind,note\np1,Paris will send troops.,support,plain,\n", encoding="utf-8")
    train(read_labelled([path]), tmp_path / "plain", seed=7, echo=quiet, report=False)
    train(read_labelled([path]), tmp_path / "probed", seed=7, echo=quiet, report=False, probes=probes)
    assert (tmp_path / "plain" / "stance.joblib").read_bytes() == (tmp_path / "probed" / "stance.joblib").read_bytes()


def test_a_trained_sidecar_records_data_files_rows_params_seed_and_versions(tmp_path):
    write_corpus(tmp_path / "labeled" / "tiny.csv")
    assert main(["--seed", "3", "--out", str(tmp_path / "m")], root=tmp_path) == 0
    meta = json.loads((tmp_path / "m" / "stance.json").read_text(encoding="utf-8"))
    assert set(PROVENANCE_KEYS) <= set(meta) and VERSION_KEYS <= set(meta["versions"])
    assert meta["seed"] == 3 and set(meta["params"]) == set(DEFAULT_PARAMS)
    assert meta["data_paths"] == ["labeled"] and meta["data_sha256"] == data_sha256(tmp_path / "labeled")
    assert meta["rows"]["per_file"] == {"labeled/tiny.csv": 24} and meta["rows"]["total"] == 24
    assert meta["model_sha256"] == sha256_file(tmp_path / "m" / "stance.joblib")


def shipped_meta() -> dict:
    return json.loads((SHIPPED / "stance.json").read_text(encoding="utf-8"))


def test_shipped_sidecar_has_what_a_later_reader_needs():
    meta = shipped_meta()
    assert [k for k in PROVENANCE_KEYS if k not in meta] == []
    assert VERSION_KEYS <= set(meta["versions"])
    assert set(meta["params"]) == set(DEFAULT_PARAMS), "every parameter spelled out, not only the overrides"
    assert meta["rows"]["total"] == sum(meta["rows"]["per_file"].values())
    assert meta["model_file"] == "stance.joblib" and meta["data_paths"] == ["labeled"]


def test_shipped_model_matches_its_sidecar():
    assert shipped_meta()["model_sha256"] == sha256_file(SHIPPED / "stance.joblib")


def test_shipped_model_was_trained_on_the_labelled_data_as_it_is():
    """models/ is retrained and committed whenever labeled/ changes (`make train`)."""
    meta = shipped_meta()
    corpus = read_corpus(ROOT / "labeled")
    per_file = Counter(Path(f).resolve().relative_to(ROOT).as_posix() for f in corpus.frame["_file"])
    assert meta["rows"]["per_file"] == dict(per_file)
    assert meta["data_sha256"] == data_sha256(ROOT / "labeled")
