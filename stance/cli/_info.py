"""``stance info``: what a model is, how good it measured, and what made it."""

import json

from . import path_arg


def add_arguments(parser):
    parser.add_argument("--model", type=path_arg, metavar="PATH", help="model file (default: the shipped model)")
    parser.add_argument("--json", action="store_true", help="print the whole sidecar as JSON")


# The sidecar's fields that info prints, and the type train.py writes each as.
FIELDS = {"labels": list, "rows": dict, "versions": dict, "cv": dict}


def run(args) -> int:
    from pathlib import Path

    from ..exceptions import ModelError
    from ..persistence import check_model_path, check_sha256, default_model_path, read_metadata
    from ..training import format_report

    path = Path(args.model) if args.model else default_model_path()
    if path.suffix.lower() != ".json":  # the sidecar itself may be named
        check_model_path(path)
    meta = read_metadata(path)
    if path.suffix.lower() != ".json":  # else the figures of a model that is not this file
        try:
            check_sha256(path, meta)
        except ModelError as exc:
            raise ModelError(f"{exc} (stance info --model {path.with_suffix('.json')} shows what "
                             "the sidecar says)") from None
    if args.json:
        print(json.dumps(meta, indent=2, ensure_ascii=False))
        return 0

    def damaged(key):
        return ModelError(f"{path.with_suffix('.json')}: its {key!r} is not what train.py writes "
                          f"(got {json.dumps(meta[key])[:60]}); retrain or restore the file")

    for key, kind in FIELDS.items():
        if key in meta and not isinstance(meta[key], kind):
            raise damaged(key)
    try:
        report = format_report(meta["cv"]) if "cv" in meta else None
    except (KeyError, TypeError, ValueError, AttributeError, IndexError):
        raise damaged("cv") from None
    print(f"model: {path}")
    print(f"labels: {', '.join(map(str, meta['labels']))}")
    print(f"rows: {meta.get('rows', {}).get('total')}  data_sha256: {meta.get('data_sha256')}")
    print(f"versions: {', '.join(f'{k} {v}' for k, v in meta.get('versions', {}).items())}")
    if report is not None:
        print(report)
    return 0
