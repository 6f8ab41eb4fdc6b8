"""The skops format: export, load through an explicit list of trusted types, refuse the rest."""

import builtins
import collections
import json
import os
from pathlib import Path

import numpy as np
import pytest
import skops.io as skops_io

from stance import load_predictor
from stance.cli import main
from stance.exceptions import ModelError
from stance.persistence import export_skops, load_model, sha256_file
from stance.safe import TRUSTED_TYPES, file_types

from .conftest import TINY_CORPUS, write_corpus

TEXTS = [row[0] for row in TINY_CORPUS] + ["", "Troops?", "Italy will not send troops to Ukraine."]


def write_untrusted_skops(obj, path: Path, sidecar_from: Path) -> Path:
    """A .skops file holding ``obj`` with a sidecar that vouches for it (as a shared file could)."""
    skops_io.dump(obj, path)
    meta = json.loads(sidecar_from.read_text(encoding="utf-8"))
    meta.update(model_file=path.name, model_sha256=sha256_file(path))
    path.with_suffix(".json").write_text(json.dumps(meta), encoding="utf-8")
    return path


def untrusted_objects():
    """Objects skops can store that a stance model never holds, and the type each is refused for."""
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import FunctionTransformer
    from sklearn.svm import SVC

    return {
        "estimator skops trusts by default": (SVC(), "sklearn.svm._classes.SVC"),
        "a function that runs commands": (Pipeline([("f", FunctionTransformer(os.system))]),
                                          f"{os.system.__module__}.system"),
        "a stdlib container": (collections.OrderedDict(a=1), "collections.OrderedDict"),
    }


@pytest.fixture
def exported(model_dir, tmp_path):
    return export_skops(model_dir / "stance.joblib", tmp_path / "shared.skops")


def test_export_command_writes_the_model_and_its_own_sidecar(model_dir, tmp_path, capsys):
    out = tmp_path / "shared.skops"
    assert main(["export-model", "--format", "skops", "--model", str(model_dir / "stance.joblib"),
                 "-o", str(out)]) == 0
    assert "wrote" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shared.json", "shared.skops"]
    meta = json.loads((tmp_path / "shared.json").read_text(encoding="utf-8"))
    source = json.loads((model_dir / "stance.json").read_text(encoding="utf-8"))
    assert meta["model_file"] == "shared.skops" and meta["model_format"] == "skops"
    assert meta["model_sha256"] == sha256_file(out)
    assert meta["exported_from"] == {"model_file": "stance.joblib", "model_sha256": source["model_sha256"]}
    assert meta["versions"] == {**source["versions"], "skops": meta["versions"]["skops"]}
    changed = {"model_file", "model_format", "model_sha256", "exported_from", "versions"}
    assert {k: v for k, v in meta.items() if k not in changed} == \
           {k: v for k, v in source.items() if k not in changed}


def test_skops_model_predicts_exactly_like_the_joblib(exported, predictor):
    shared = load_predictor(exported[0])
    assert shared.labels == predictor.labels
    assert shared.predict(TEXTS) == predictor.predict(TEXTS)
    np.testing.assert_array_equal(shared.predict_proba(TEXTS).to_numpy(), predictor.predict_proba(TEXTS).to_numpy())
    assert shared.explain(TEXTS[0]) == predictor.explain(TEXTS[0])


def test_skops_model_works_in_the_commands(exported, tmp_path, capsys):
    model = str(exported[0])
    assert main(["predict", "--model", model, "Greece ruled out sending troops."]) == 0
    assert main(["info", "--model", model]) == 0
    assert "labels: neutral, oppose, support" in capsys.readouterr().out
    (tmp_path / "in.csv").write_text("id,text\n1,Troops will go.\n", encoding="utf-8")
    assert main(["score", str(tmp_path / "in.csv"), "-o", str(tmp_path / "out.csv"), "--model", model,
                 "--quiet"]) == 0
    assert (tmp_path / "out.csv").read_text(encoding="utf-8").count("\n") == 2


def test_trusted_types_are_exactly_what_our_pipelines_hold(exported, tmp_path):
    from stance.data import read_labelled
    from stance.training import fit

    seen = file_types(exported[0])
    assert seen <= set(TRUSTED_TYPES)
    # skops itself trusts every scikit-learn estimator: what it flags must be in our list too.
    assert set(skops_io.get_untrusted_types(file=exported[0])) <= set(TRUSTED_TYPES)
    data = read_labelled([write_corpus(tmp_path / "d.csv")])
    for params in ({"char_ngram_range": (2, 4), "word_ngram_range": (1, 3)},
                   {"min_df": 2, "class_weight": "balanced", "sublinear_tf": False},
                   {"off_target": "off"}):  # a plain TfidfVectorizer for the word n-grams
        path = tmp_path / "variant.skops"
        skops_io.dump(fit(data, params), path)
        assert file_types(path) <= set(TRUSTED_TYPES), params
        seen |= file_types(path)
    assert seen == set(TRUSTED_TYPES)  # and nothing in the list that no pipeline holds


@pytest.mark.parametrize("kind", list(untrusted_objects()))
def test_other_types_are_refused_by_name_in_one_line(exported, tmp_path, kind, monkeypatch):
    obj, named = untrusted_objects()[kind]
    path = write_untrusted_skops(obj, tmp_path / "evil.skops", exported[1])
    monkeypatch.setattr(skops_io, "load", lambda *a, **k: pytest.fail("skops.io.load was reached"))
    with pytest.raises(ModelError, match=r"evil\.skops: refused, it holds types that a stance model "
                                         r"does not: .*" + named.replace(".", r"\.")) as exc:
        load_predictor(path)
    assert "\n" not in str(exc.value)


def test_tampered_skops_file_is_refused_before_it_is_read(exported, monkeypatch):
    data = bytearray(exported[0].read_bytes())
    data[len(data) // 2] ^= 0xFF
    exported[0].write_bytes(bytes(data))
    monkeypatch.setattr("stance.safe.load_skops", lambda *a: pytest.fail("the file was read"))
    with pytest.raises(ModelError, match=r"shared\.skops: sha256 .* does not match .* recorded in shared\.json"):
        load_model(exported[0])


def test_a_file_that_is_not_a_skops_zip(exported):
    exported[0].write_bytes(b"PK not really a zip")
    meta = json.loads(exported[1].read_text(encoding="utf-8"))
    exported[1].write_text(json.dumps({**meta, "model_sha256": sha256_file(exported[0])}), encoding="utf-8")
    with pytest.raises(ModelError, match=r"shared\.skops: not a skops model file"):
        load_predictor(exported[0])


def test_a_model_file_under_the_other_formats_suffix_says_which_it_is(exported, model_dir, tmp_path):
    # A .skops file saved as x.joblib said "cannot be loaded (UnpicklingError: persistent IDs in
    # protocol 0 must be ASCII strings)", a .joblib saved as x.skops "not a skops model file (File
    # is not a zip file)"; neither said the file was fine, only misnamed
    import shutil

    skops_file, skops_meta = exported
    shutil.copy(skops_file, tmp_path / "b.joblib")
    shutil.copy(skops_meta, tmp_path / "b.json")
    with pytest.raises(ModelError, match=r"b\.joblib: is a skops model file, not a joblib one; name it "
                                         r"b\.skops \(its sidecar stays b\.json\)$"):
        load_predictor(tmp_path / "b.joblib")
    shutil.copy(model_dir / "stance.joblib", tmp_path / "c.skops")
    shutil.copy(model_dir / "stance.json", tmp_path / "c.json")
    with pytest.raises(ModelError, match=r"c\.skops: is a joblib model file, not a skops one; name it "
                                         r"c\.joblib \(its sidecar stays c\.json\)"):
        load_predictor(tmp_path / "c.skops")


def test_missing_skops_names_the_extra(exported, monkeypatch):
    real_import = builtins.__import__

    def no_skops(name, *args, **kwargs):
        if name == "skops" or name.startswith("skops."):
            raise ImportError("No module named 'skops'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_skops)
    with pytest.raises(ModelError, match=r"needs skops; install it with: pip install 'stance\[skops\]'"):
        load_predictor(exported[0])


@pytest.mark.parametrize("name, message", [
    ("shared.joblib", r"written to a \.skops file, got '\.joblib'"),
    ("stance.skops", r"its sidecar .*stance\.json would overwrite the sidecar of .*stance\.joblib"),
])
def test_export_refuses_a_name_that_would_overwrite_a_model(model_dir, name, message):
    before = {p.name: p.read_bytes() for p in model_dir.iterdir()}
    with pytest.raises(ModelError, match=message):
        export_skops(model_dir / "stance.joblib", model_dir / name)
    assert {p.name: p.read_bytes() for p in model_dir.iterdir()} == before


def test_export_of_a_skops_file_and_over_itself(exported, tmp_path):
    again, sidecar = export_skops(exported[0], tmp_path / "again.skops")
    assert load_predictor(again).labels == ("neutral", "oppose", "support")
    assert json.loads(sidecar.read_text(encoding="utf-8"))["exported_from"]["model_file"] == "shared.skops"
    with pytest.raises(ModelError, match="is the model being exported"):
        export_skops(again, again)
