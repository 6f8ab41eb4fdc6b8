"""Model files that load without running code: the skops format, for sharing.

A ``.joblib`` file is a pickle, and unpickling runs whatever code the file names, so only
files you trust may be loaded. A ``.skops`` file (:mod:`skops.io`) is a zip of JSON and
``.npy`` arrays: loading it builds only the types it lists, and we refuse the file unless
every one of them is in :data:`TRUSTED_TYPES`.

The rule to keep: :data:`TRUSTED_TYPES` is exactly what our pipeline holds, and nothing
more. It was built by exporting real models (the shipped one, the default, char n-grams,
two labels, ``min_df=2`` with balanced class weights) and listing every type in their
``schema.json``; ``skops.io.get_untrusted_types`` reports none of them, because skops trusts
every scikit-learn estimator and numpy type by default, which is far wider than we need. If
:func:`stance.pipeline.build_pipeline` ever gains a step, export a model, review the new
types that :func:`file_types` lists, and add them here.
"""

from __future__ import annotations

import json
import os
import tempfile
import zipfile
from pathlib import Path
from typing import Any

from .exceptions import ModelError
from .io import make_public

SKOPS_SUFFIX = ".skops"
INSTALL_HINT = "pip install 'stance[skops]'"

# Every type a fitted stance pipeline's skops file refers to, as "module.name".
TRUSTED_TYPES = (
    "builtins.dict",
    "builtins.list",
    "builtins.str",  # also how skops tags every JSON value (numbers, bools, None)
    "builtins.tuple",
    "numpy.float32",  # the vectorizers' dtype
    "numpy.ndarray",  # stored as .npy, read with allow_pickle=False
    "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.feature_extraction.text.TfidfVectorizer",
    "sklearn.linear_model._logistic.LogisticRegression",
    "sklearn.pipeline.FeatureUnion",
    "sklearn.pipeline.Pipeline",
    "stance.marking.TextMarker",  # stateless: three options, no fitted state
)
_TRUSTED_SUMMARY = ("Pipeline, TextMarker, FeatureUnion, TfidfVectorizer, TfidfTransformer, "
                    "LogisticRegression, numpy arrays")
# The skops node kinds those types are stored as. Others (functions, methods, __reduce__
# calls, bytes, ...) have no place in our pipeline and are refused with the type they name.
TRUSTED_LOADERS = frozenset(
    {"DictNode", "JsonNode", "ListNode", "NdArrayNode", "ObjectNode", "TupleNode", "TypeNode"}
)


def _skops_io():
    try:
        import skops.io as sio
    except ImportError:
        raise ModelError("the .skops model format needs skops; "
                         f"install it with: {INSTALL_HINT}") from None
    return sio


def file_types(path: str | Path) -> set[str]:
    """Every type a ``.skops`` file refers to (``"module.name"``), read from its schema alone.

    Nothing is imported or built: the schema is plain JSON.
    """
    path = Path(path)
    try:
        with zipfile.ZipFile(path) as archive:
            schema = json.loads(archive.read("schema.json"))
    except (zipfile.BadZipFile, KeyError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelError(f"{path}: not a skops model file ({exc}); export one with "
                         "`stance export-model --format skops`") from None
    types: set[str] = set()
    stack: list[Any] = [schema]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if "__loader__" in node or "__class__" in node:
                name = f"{node.get('__module__')}.{node.get('__class__')}"
                if node.get("__loader__") not in TRUSTED_LOADERS:
                    name += f" (as {node.get('__loader__')})"
                types.add(name)
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return types


def load_skops(path: str | Path):
    """Load the pipeline of a ``.skops`` file that holds only :data:`TRUSTED_TYPES`.

    The caller checks the file's sha256 against its sidecar first
    (:func:`stance.persistence.load_model` does).

    Raises
    ------
    ModelError
        Naming the types the file holds beyond :data:`TRUSTED_TYPES`, or when the file is
        not a skops file or skops is not installed.
    """
    path = Path(path)
    sio = _skops_io()
    untrusted = file_types(path) - set(TRUSTED_TYPES)
    try:
        # skops's own audit as well: it names types as it builds them.
        untrusted |= set(sio.get_untrusted_types(file=path)) - set(TRUSTED_TYPES)
    except Exception as exc:  # a schema skops cannot read
        raise ModelError(f"{path}: not a readable skops model file ({type(exc).__name__}: {exc}); "
                         "export it again with `stance export-model --format skops`") from None
    if untrusted:
        raise ModelError(
            f"{path}: refused, it holds types that a stance model does not: "
            f"{', '.join(sorted(untrusted))}; loading them could run code "
            f"(trusted: {_TRUSTED_SUMMARY}); do not load this file"
        )
    try:
        pipeline = sio.load(path, trusted=list(TRUSTED_TYPES))
    except Exception as exc:
        raise ModelError(f"{path}: cannot be loaded ({type(exc).__name__}: {exc}); "
                         "export it again or restore it") from None
    if not (hasattr(pipeline, "predict_proba") and hasattr(pipeline, "named_steps")):
        raise ModelError(f"{path}: holds a {type(pipeline).__name__}, not a stance pipeline; "
                         "export one with `stance export-model --format skops`")
    return pipeline


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
    from .persistence import default_model_path, load_model, sha256_file

    out = Path(out)
    source = Path(model) if model is not None else default_model_path()
    if out.suffix.lower() != SKOPS_SUFFIX:
        raise ModelError(f"{out}: the skops format is written to a {SKOPS_SUFFIX} file, got "
                         f"'{out.suffix or 'no extension'}'; name the output e.g. "
                         f"stance{SKOPS_SUFFIX}")
    sidecar = out.with_suffix(".json")
    if out.is_dir() or sidecar.is_dir():
        folder = out if out.is_dir() else sidecar
        raise ModelError(f"{folder}: is a folder; give the name of a {SKOPS_SUFFIX} file to write")
    if out.resolve() == source.resolve():
        raise ModelError(f"{out}: is the model being exported; write the export to another file")
    # A model of another format beside the target shares its sidecar name: never write over it.
    for other in (out.with_suffix(".joblib"), source):
        if other.exists() and other.with_suffix(".json").resolve() == sidecar.resolve():
            other_name = out.with_name(f"{out.stem}-shared{SKOPS_SUFFIX}")
            raise ModelError(f"{out}: its sidecar {sidecar} would overwrite the sidecar of "
                             f"{other}; choose another name, e.g. {other_name}")
    if not out.parent.is_dir():
        raise ModelError(f"{out}: the output folder {out.parent} does not exist; create it first")
    pipeline, meta = load_model(source)
    sio = _skops_io()
    import skops

    versions = meta.get("versions") if isinstance(meta.get("versions"), dict) else {}

    tmp_model = tmp_meta = None
    try:
        tmp_model = _temp_beside(out)
        sio.dump(pipeline, tmp_model, compression=zipfile.ZIP_DEFLATED)
        exported = {
            **meta,
            "model_file": out.name,
            "model_format": "skops",
            "model_sha256": sha256_file(tmp_model),
            "exported_from": {"model_file": source.name, "model_sha256": meta.get("model_sha256")},
            "versions": {**versions, "skops": skops.__version__},
        }
        tmp_meta = _temp_beside(sidecar)
        text = json.dumps(exported, indent=2, ensure_ascii=False) + "\n"
        Path(tmp_meta).write_text(text, encoding="utf-8")
        for tmp in (tmp_model, tmp_meta):  # files to share: the usual mode, not mkstemp's 0600
            make_public(tmp)
        # The model first: if the sidecar's rename failed, the old sidecar would refuse the
        # new model (its sha256 differs) rather than vouch for it.
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


__all__ = ["TRUSTED_TYPES", "export_skops", "file_types", "load_skops"]
