import json
import shutil

import joblib
import pytest
import sklearn

from stance.exceptions import ModelError
from stance import persistence
from stance.persistence import load_model, read_metadata, save_model, sha256_file
from stance.pipeline import build_pipeline, canonicalise

DOCS = ["We will not send troops.", "We will send troops.", "Aid arrived today.", "Troops? Not now."]
LABELS = ["oppose", "support", "neutral", "neutral"]


def test_round_trip_and_plain_joblib_load(model_dir):
    pipeline, meta = load_model(model_dir / "stance.joblib")
    assert meta["labels"] == ["neutral", "oppose", "support"]
    assert meta["model_sha256"] == sha256_file(model_dir / "stance.joblib")
    for key in ("python", "scikit-learn", "joblib", "stance"):
        assert meta["versions"][key]
    plain = joblib.load(model_dir / "stance.joblib")
    assert list(plain.classes_) == meta["labels"]


def vocabulary(pipeline):
    return pipeline.named_steps["features"].transformer_list[0][1].vocabulary_


def test_vocabulary_is_written_as_one_string_and_loads_as_a_plain_dict(tmp_path, monkeypatch):
    pipeline = build_pipeline().fit(DOCS, LABELS)
    save_model(pipeline, tmp_path, {"labels": sorted(set(LABELS))})
    assert type(vocabulary(pipeline)) is dict  # the pipeline in memory is left as it was
    unpacked = []
    real = persistence._unpack_vocabulary
    monkeypatch.setattr(persistence, "_unpack_vocabulary",
                        lambda terms: unpacked.append(terms) or real(terms))
    loaded = joblib.load(tmp_path / "stance.joblib")
    assert len(unpacked) == 1 and unpacked[0].count("\x00") == len(vocabulary(pipeline)) - 1
    assert type(vocabulary(loaded)) is dict
    assert list(vocabulary(loaded).items()) == list(vocabulary(pipeline).items())
    assert (loaded.predict_proba(DOCS) == pipeline.predict_proba(DOCS)).all()


def test_vocabulary_that_cannot_be_packed_is_written_as_a_dict(tmp_path, monkeypatch):
    pipeline = canonicalise(build_pipeline().fit(DOCS, LABELS))
    vectorizer = pipeline.named_steps["features"].transformer_list[0][1]
    vectorizer.vocabulary_ = {**vectorizer.vocabulary_, "odd\x00term": len(vectorizer.vocabulary_)}
    monkeypatch.setattr(persistence, "_unpack_vocabulary", lambda terms: pytest.fail("packed"))
    save_model(pipeline, tmp_path, {"labels": sorted(set(LABELS))})
    assert "odd\x00term" in vocabulary(joblib.load(tmp_path / "stance.joblib"))


@pytest.fixture
def model_copy(model_dir, tmp_path):
    for name in ("stance.joblib", "stance.json"):
        shutil.copy(model_dir / name, tmp_path / name)
    return tmp_path / "stance.joblib"


def test_tampered_file_is_refused(model_copy):
    with open(model_copy, "ab") as fh:
        fh.write(b"\0")
    with pytest.raises(ModelError, match="does not match .* recorded in stance.json"):
        load_model(model_copy)


def test_missing_sidecar_is_refused(model_copy):
    model_copy.with_suffix(".json").unlink()
    with pytest.raises(ModelError, match=r"stance\.json: missing"):
        load_model(model_copy)


def test_a_model_renamed_without_its_sidecar_names_the_sidecar_beside_it(model_copy):
    # "mine.json: missing" for a model copied as mine.joblib, with stance.json, its own
    # sidecar, right beside it and nothing said of it
    renamed = model_copy.with_name("mine.joblib")
    shutil.copy(model_copy, renamed)
    (model_copy.parent / "notes.json").write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(ModelError, match=r"mine\.json: missing; .*; stance\.json beside it is this "
                                         r"model's sidecar: copy or rename it to mine\.json$"):
        load_model(renamed)
    with open(model_copy, "ab") as fh:  # another model: no hint
        fh.write(b"\0")
    shutil.copy(model_copy, renamed)
    with pytest.raises(ModelError, match=r"before loading$"):
        load_model(renamed)


def test_a_sidecar_whose_labels_are_not_the_models_is_refused(model_copy):
    # A sidecar with a label edited loaded without a word: `stance info` showed its labels,
    # the model predicted others
    sidecar = model_copy.with_suffix(".json")
    meta = json.loads(sidecar.read_text(encoding="utf-8"))
    meta["labels"] = ["neutral", "oppose", "favour"]
    sidecar.write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(ModelError, match=r"stance\.json: its labels \['neutral', 'oppose', 'favour'\] are "
                                         r"not the model's \['neutral', 'oppose', 'support'\]; the sidecar was "
                                         r"edited or is another model's: restore it or retrain$"):
        load_model(model_copy)


def test_the_sidecar_given_as_the_model_names_the_model(model_copy):
    # load_predictor("my_model/stance.json") said "unknown model file type '.json'"
    with pytest.raises(ModelError, match=r"stance\.json: is the sidecar of .*stance\.joblib; pass the model "
                                         r"file, .*stance\.joblib$"):
        load_model(model_copy.with_suffix(".json"))


def test_missing_model_says_how_to_get_one(tmp_path):
    with pytest.raises(ModelError, match="model file not found; train one with `make train`"):
        load_model(tmp_path / "none.joblib")


def test_other_sklearn_version_says_what_to_do(model_copy):
    meta_path = model_copy.with_suffix(".json")
    meta = json.loads(meta_path.read_text())
    meta["versions"]["scikit-learn"] = "0.0.1"
    meta_path.write_text(json.dumps(meta))
    with pytest.raises(ModelError, match=rf"scikit-learn 0\.0\.1 but {sklearn.__version__} is installed; "
                                         r"install the same version \(pip install scikit-learn==0\.0\.1"):
        load_model(model_copy)
    with pytest.warns(UserWarning, match="trained with scikit-learn 0.0.1"):
        pipeline, _ = load_model(model_copy, allow_version_mismatch=True)
    assert pipeline.predict(["Troops will go."])[0] in {"neutral", "oppose", "support"}


def test_broken_sidecar(model_copy):
    model_copy.with_suffix(".json").write_text("{not json")
    with pytest.raises(ModelError, match="not valid JSON"):
        read_metadata(model_copy)


@pytest.fixture
def python_sigint():
    """A shell starts background jobs with SIGINT ignored ("pytest &"): Ctrl-C gets Python's own
    handler, as in an interactive run, for the test's duration, so it measures save_model, not
    the shell."""
    import signal

    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, previous)


@pytest.mark.parametrize("signame", ["SIGINT", "SIGTERM"])
def test_ctrl_c_between_model_and_sidecar_waits_until_both_are_in_place(tmp_path, monkeypatch, signame,
                                                                         python_sigint):
    # (SIGTERM, which the command line turns into an interrupt, stopped the renames between
    # the model and its sidecar)
    import os
    import signal

    from stance.cli import sigterm_as_interrupt

    old = build_pipeline().fit(DOCS, LABELS)
    save_model(old, tmp_path, {"labels": sorted(set(LABELS))})
    real_replace = os.replace
    interrupted = []

    def replace_then_interrupt(src, dst):
        real_replace(src, dst)
        if not interrupted:  # Ctrl-C right after the model, before its sidecar
            interrupted.append(dst)
            os.kill(os.getpid(), getattr(signal, signame))

    monkeypatch.setattr(persistence.os, "replace", replace_then_interrupt)
    new = build_pipeline({"C": 0.5}).fit(DOCS, LABELS)
    with pytest.raises(KeyboardInterrupt), sigterm_as_interrupt():
        save_model(new, tmp_path, {"labels": sorted(set(LABELS))})
    assert interrupted and str(interrupted[0]).endswith("stance.joblib")
    # the sidecar that arrived after the signal vouches for the new model, which loads
    _, meta = load_model(tmp_path / "stance.joblib")
    assert meta["model_sha256"] == sha256_file(tmp_path / "stance.joblib")
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL
