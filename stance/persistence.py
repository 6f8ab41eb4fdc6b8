"""Save and load models: a joblib file plus a JSON sidecar.

The ``.joblib`` file is the fitted scikit-learn Pipeline itself, so plain ``joblib.load``
works. It is a pickle, and loading a pickle runs code: load only files you trust. The
sidecar records what a later reader needs (labels, parameters, metrics, data hash, library
versions) and the sha256 of the ``.joblib``, which :func:`load_model` checks before it
unpickles anything. For sharing, a model can be exported to the skops format
(:mod:`stance.safe`), which loads without running code; its ``.json`` sidecar is checked the
same way.

Bump :data:`FORMAT_VERSION` when the sidecar's meaning changes.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import tempfile
import warnings
import zipfile
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import joblib
import sklearn

from . import safe  # the skops format; imports skops only when a .skops file is used
from .exceptions import ModelError
from .io import make_public, uninterrupted, write_bytes_atomic
from .pipeline import canonicalise

FORMAT_VERSION = 1
MODEL_FILE = "stance.joblib"
META_FILE = "stance.json"
# The repository's models/ folder; the package is installed in editable mode by `make`.
SHIPPED_MODEL = Path(__file__).resolve().parent.parent / "models" / MODEL_FILE
MODEL_ENV = "STANCE_MODEL"
MODEL_SUFFIXES = (".joblib", ".skops")


# Joins the terms of a packed vocabulary: no term can hold it (tokens are word characters, an
# n-gram joins them with spaces, marking adds ":" and "_"), and packing checks anyway.
_TERM_SEPARATOR = "\x00"


def _unpack_vocabulary(terms: str) -> dict[str, int]:
    """A vectorizer's ``vocabulary_`` from its terms in feature order, joined: a plain dict."""
    return {term: index for index, term in enumerate(terms.split(_TERM_SEPARATOR))}


class _PackedVocabulary(dict):
    """A term -> feature index map, 0..n-1 in order, that pickles as one string.

    joblib loads with Python's pure-Python unpickler, which read the shipped model's 67,000
    vocabulary entries one opcode at a time (0.11 s, five times the rest of the model). As
    one string the map loads in milliseconds, and it loads as a plain dict: this class exists
    only while a model is written.
    """

    def __reduce__(self):
        return _unpack_vocabulary, (_TERM_SEPARATOR.join(self),)


@contextmanager
def _packed_vocabularies(pipeline):
    """The pipeline with each packable vocabulary packed, restored as it was afterwards."""
    vectorizers = [v for _, v in pipeline.named_steps["features"].transformer_list]
    plain = [v.vocabulary_ for v in vectorizers]
    try:
        for vectorizer, vocab in zip(vectorizers, plain):
            if vocab and all(index == i and _TERM_SEPARATOR not in term
                             for i, (term, index) in enumerate(vocab.items())):
                vectorizer.vocabulary_ = _PackedVocabulary(vocab)
        yield pipeline
    finally:
        for vectorizer, vocab in zip(vectorizers, plain):
            vectorizer.vocabulary_ = vocab


def sha256_file(path: str | Path) -> str:
    """Hex sha256 of a file's bytes."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def library_versions() -> dict[str, str]:
    """Versions that decide whether a saved model loads and predicts the same."""
    import numpy
    import scipy

    from . import __version__

    return {
        "python": platform.python_version(),
        "scikit-learn": sklearn.__version__,
        "joblib": joblib.__version__,
        "numpy": numpy.__version__,
        "scipy": scipy.__version__,
        "stance": __version__,
    }


def save_model(pipeline, out_dir: str | Path, metadata: dict[str, Any]) -> tuple[Path, Path]:
    """Write ``out_dir/stance.joblib`` and ``out_dir/stance.json``.

    Parameters
    ----------
    pipeline : sklearn.pipeline.Pipeline
        The fitted pipeline; canonicalised here, in place, so that the bytes written depend
        on the fitted model alone (scoring it, e.g. on the probes, re-caches a memory address).
    out_dir : str or Path
        Folder to write into; created when missing.
    metadata : dict
        Written to the sidecar, with the format version, library versions and the
        ``.joblib``'s sha256 added.

    Returns
    -------
    (Path, Path)
        The model file and the sidecar.
    """
    out_dir = Path(out_dir)
    model_path = out_dir / MODEL_FILE
    meta_path = out_dir / META_FILE
    out_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{MODEL_FILE}.", suffix=".tmp", dir=out_dir)
    os.close(fd)
    try:
        # compress=3 is zlib: deterministic bytes, and a 5-10x smaller file to commit.
        with _packed_vocabularies(canonicalise(pipeline)) as packed:
            joblib.dump(packed, tmp, compress=3)
        meta = {
            "format_version": FORMAT_VERSION,
            **metadata,
            "model_file": MODEL_FILE,
            "model_sha256": sha256_file(tmp),
            "versions": library_versions(),
        }
        make_public(tmp)
        sidecar = (json.dumps(meta, indent=2, ensure_ascii=False) + "\n").encode()
        with uninterrupted():  # a model beside the sidecar of another would be refused
            os.replace(tmp, model_path)
            write_bytes_atomic(meta_path, sidecar)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return model_path, meta_path


def default_model_path() -> Path:
    """The model used when none is named: ``$STANCE_MODEL`` or the shipped ``models/stance.joblib``."""
    return Path(os.environ.get(MODEL_ENV) or SHIPPED_MODEL)


def read_metadata(model_path: str | Path) -> dict[str, Any]:
    """Read the JSON sidecar beside a model file."""
    model_path = Path(model_path)
    meta_path = model_path.with_suffix(".json")
    if not meta_path.is_file():
        raise ModelError(
            f"{meta_path}: missing; a model file needs its .json sidecar beside it "
            "(train.py writes both), so its checksum can be verified before loading"
            + _renamed_sidecar(model_path, meta_path)
        )
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelError(f"{meta_path}: not valid JSON ({exc}); retrain or restore the file") from None
    if not isinstance(meta, dict) or "labels" not in meta:
        raise ModelError(f"{meta_path}: not a stance model sidecar (no 'labels'); retrain or restore it")
    return meta


def _renamed_sidecar(model_path: Path, meta_path: Path) -> str:
    """``; X.json beside it is its sidecar: rename it ...`` when a sidecar of another name
    beside the model (a model renamed without it, or copied as x.joblib) records its sha256."""
    if not model_path.is_file():
        return ""
    digest = None
    for other in sorted(model_path.parent.glob("*.json"))[:100]:
        try:
            meta = json.loads(other.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError):
            continue
        if isinstance(meta, dict) and "model_sha256" in meta:
            digest = digest or sha256_file(model_path)
            if meta["model_sha256"] == digest:
                return f"; {other.name} beside it is this model's sidecar: copy or rename it to {meta_path.name}"
    return ""


def check_versions(meta: dict[str, Any], path: Path, *, allow_version_mismatch: bool) -> None:
    """Refuse (or warn about) a model trained with another scikit-learn."""
    versions = meta.get("versions")
    trained = versions.get("scikit-learn") if isinstance(versions, dict) else None
    if trained and trained != sklearn.__version__:
        message = (
            f"{path}: trained with scikit-learn {trained} but {sklearn.__version__} is installed; "
            f"install the same version (pip install scikit-learn=={trained}, or `make train` "
            "which installs the pinned versions) or retrain the model with this one"
        )
        if not allow_version_mismatch:
            raise ModelError(message)
        warnings.warn(message, stacklevel=3)


def check_model_path(path: Path) -> None:
    """Refuse a model path that is a folder, missing, or of no model file type."""
    if path.is_dir():  # train.py --out DIR names a folder: the model is the file in it
        inside = [p.name for p in sorted(path.glob("*")) if p.suffix.lower() in MODEL_SUFFIXES]
        raise ModelError(
            f"{path}: is a folder; pass the model file in it"
            + (f", e.g. {path / inside[0]}" if inside else " (a .joblib or .skops file; this folder has none)")
        )
    if not path.is_file():
        raise ModelError(
            f"{path}: model file not found; train one with `make train` (or train.py --out DIR) "
            "or pass the path of a .joblib or .skops file"
        )
    if path.suffix.lower() not in MODEL_SUFFIXES:
        models = [path.with_suffix(s) for s in MODEL_SUFFIXES if path.with_suffix(s).is_file()]
        if path.suffix.lower() == ".json" and models:  # the sidecar named for its model
            raise ModelError(f"{path}: is the sidecar of {models[0]}; pass the model file, {models[0]}")
        raise ModelError(
            f"{path}: unknown model file type '{path.suffix or 'no extension'}'; expected a "
            ".joblib file (from train.py) or a .skops file (from `stance export-model`)"
        )


def check_sha256(path: Path, meta: dict[str, Any]) -> None:
    """Refuse a model file whose sha256 is not the one its sidecar records."""
    actual = sha256_file(path)
    if actual != meta.get("model_sha256"):
        raise ModelError(
            f"{path}: sha256 {actual[:12]}... does not match "
            f"{str(meta.get('model_sha256'))[:12]}... "
            f"recorded in {path.with_suffix('.json').name}; the file was changed or replaced. "
            "Restore it or retrain; do not load model files you do not trust"
        )


def load_model(path: str | Path | None = None, *, allow_version_mismatch: bool = False):
    """Load a model file after checking its sha256 and library versions.

    Parameters
    ----------
    path : str or Path, optional
        A ``.joblib`` file (a pickle: load only files you trust) or a ``.skops`` file (loaded
        with an explicit list of trusted types), with its ``.json`` sidecar beside it.
        Default: the shipped model.
    allow_version_mismatch : bool
        Load with a warning, rather than refuse, a model trained with another scikit-learn.

    Returns
    -------
    (Pipeline, dict)
        The fitted pipeline and the sidecar's metadata.
    """
    path = Path(path) if path is not None else default_model_path()
    check_model_path(path)
    meta = read_metadata(path)
    check_sha256(path, meta)
    check_versions(meta, path, allow_version_mismatch=allow_version_mismatch)
    if path.suffix.lower() == ".skops":
        pipeline = safe.load_skops(path)
    else:
        try:
            pipeline = joblib.load(path)
        except Exception as exc:  # a corrupt pickle can raise almost anything
            if zipfile.is_zipfile(path):  # a .skops model given the joblib suffix
                raise ModelError(f"{path}: is a skops model file, not a joblib one; name it "
                                 f"{path.with_suffix('.skops').name} (its sidecar stays "
                                 f"{path.with_suffix('.json').name})") from None
            raise ModelError(f"{path}: cannot be loaded ({type(exc).__name__}: {exc}); retrain or restore it") from None
        if not (hasattr(pipeline, "predict_proba") and hasattr(pipeline, "classes_")):
            raise ModelError(f"{path}: holds a {type(pipeline).__name__}, not a fitted model with predict_proba "
                             "(train.py writes a fitted scikit-learn Pipeline); retrain or restore it")
    classes = [str(c) for c in pipeline.classes_]
    if meta["labels"] != classes:  # else `stance info` and extract's checks read other labels
        raise ModelError(f"{path.with_suffix('.json')}: its labels {meta['labels']!r} are not the model's "
                         f"{classes!r}; the sidecar was edited or is another model's: restore it or retrain")
    return pipeline, meta


def export_skops(model: str | Path | None, out: str | Path) -> tuple[Path, Path]:
    """Write a model in the skops format, with its own ``.json`` sidecar beside it.

    Parameters
    ----------
    model : str or Path, optional
        The model to export (``.joblib`` or ``.skops``, checked as for loading); default:
        the shipped model.
    out : str or Path
        The ``.skops`` file to write; its sidecar is the same name with ``.json``. Both are
        written whole or not at all.

    Returns
    -------
    (Path, Path)
        The ``.skops`` file and its sidecar.
    """
    out = Path(out)
    source = Path(model) if model is not None else default_model_path()
    if out.suffix.lower() != safe.SKOPS_SUFFIX:
        raise ModelError(f"{out}: the skops format is written to a {safe.SKOPS_SUFFIX} file, got "
                         f"'{out.suffix or 'no extension'}'; name the output e.g. "
                         f"stance{safe.SKOPS_SUFFIX}")
    sidecar = out.with_suffix(".json")
    if out.is_dir() or sidecar.is_dir():
        folder = out if out.is_dir() else sidecar
        raise ModelError(f"{folder}: is a folder; give the name of a {safe.SKOPS_SUFFIX} file to write")
    if out.resolve() == source.resolve():
        raise ModelError(f"{out}: is the model being exported; write the export to another file")
    # A model of another format beside the target shares its sidecar name: never write over it.
    for other in (out.with_suffix(".joblib"), source):
        if other.exists() and other.with_suffix(".json").resolve() == sidecar.resolve():
            other_name = out.with_name(f"{out.stem}-shared{safe.SKOPS_SUFFIX}")
            raise ModelError(f"{out}: its sidecar {sidecar} would overwrite the sidecar of "
                             f"{other}; choose another name, e.g. {other_name}")
    if not out.parent.is_dir():
        raise ModelError(f"{out}: the output folder {out.parent} does not exist; create it first")
    pipeline, meta = load_model(source)
    versions = meta.get("versions") if isinstance(meta.get("versions"), dict) else {}

    tmp_model = tmp_meta = None
    try:
        tmp_model = _temp_beside(out)
        safe.dump_skops(pipeline, tmp_model)
        exported = {
            **meta,
            "model_file": out.name,
            "model_format": "skops",
            "model_sha256": sha256_file(tmp_model),
            "exported_from": {"model_file": source.name, "model_sha256": meta.get("model_sha256")},
            "versions": {**versions, "skops": safe.skops_version()},
        }
        tmp_meta = _temp_beside(sidecar)
        text = json.dumps(exported, indent=2, ensure_ascii=False) + "\n"
        Path(tmp_meta).write_text(text, encoding="utf-8")
        for tmp in (tmp_model, tmp_meta):  # files to share: the usual mode, not mkstemp's 0600
            make_public(tmp)
        # The model first: if the sidecar's rename failed, the old sidecar would refuse the
        # new model (its sha256 differs) rather than vouch for it.
        with uninterrupted():
            os.replace(tmp_model, out)
            tmp_model = None
            os.replace(tmp_meta, sidecar)
            tmp_meta = None
    finally:
        for tmp in (tmp_model, tmp_meta):
            if tmp is not None:
                Path(tmp).unlink(missing_ok=True)
    return out, sidecar


def _temp_beside(path: Path) -> str:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    return tmp
