"""Model files that load without running code: the skops format, for sharing.

A ``.joblib`` file is a pickle, and unpickling runs whatever code the file names, so only
files you trust may be loaded. A ``.skops`` file (:mod:`skops.io`) is a zip of JSON and
``.npy`` arrays: loading it builds only the types it lists, and we refuse the file unless
every one of them is in :data:`TRUSTED_TYPES`.

This module imports nothing of :mod:`stance.persistence`, which loads ``.skops`` files through
it and writes them with :func:`~stance.persistence.export_skops`.

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
import zipfile
from pathlib import Path
from typing import Any

from .exceptions import ModelError

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
    "stance.marking.TextMarker",  # stateless: its options, no fitted state
    "stance.pipeline.OffTargetTfidf",  # a TfidfVectorizer, its fitted state the same
)
_TRUSTED_SUMMARY = ("Pipeline, TextMarker, FeatureUnion, TfidfVectorizer (or OffTargetTfidf), "
                    "TfidfTransformer, LogisticRegression, numpy arrays")
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
        with open(path, "rb") as fh:
            head = fh.read(2)
        if head[:1] == b"\x80" or (len(head) == 2 and head[0] == 0x78 and (head[0] * 256 + head[1]) % 31 == 0):
            # a pickle, or joblib's zlib stream: a .joblib model given the skops suffix
            raise ModelError(f"{path}: is a joblib model file, not a skops one; name it "
                             f"{path.with_suffix('.joblib').name} (its sidecar stays "
                             f"{path.with_suffix('.json').name}), or export it with "
                             "`stance export-model --format skops`") from None
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


def dump_skops(pipeline, path: str | Path) -> None:
    """Write a pipeline in the skops format (zip-compressed) to ``path``."""
    _skops_io().dump(pipeline, path, compression=zipfile.ZIP_DEFLATED)


def skops_version() -> str:
    import skops

    return skops.__version__


__all__ = ["SKOPS_SUFFIX", "TRUSTED_TYPES", "dump_skops", "file_types", "load_skops", "skops_version"]
