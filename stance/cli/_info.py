"""``stance info``: what a model is, how good it measured, and what made it."""

import json


def add_arguments(parser):
    parser.add_argument("--model", metavar="PATH", help="model file (default: the shipped model)")
    parser.add_argument("--json", action="store_true", help="print the whole sidecar as JSON")


def run(args) -> int:
    from pathlib import Path

    from ..persistence import check_model_path, default_model_path, read_metadata
    from ..training import format_report

    path = Path(args.model) if args.model else default_model_path()
    if path.suffix.lower() != ".json":  # the sidecar itself may be named
        check_model_path(path)
    meta = read_metadata(path)
    if args.json:
        print(json.dumps(meta, indent=2, ensure_ascii=False))
        return 0
    print(f"model: {path}")
    print(f"labels: {', '.join(meta['labels'])}")
    print(f"rows: {meta.get('rows', {}).get('total')}  data_sha256: {meta.get('data_sha256')}")
    print(f"versions: {', '.join(f'{k} {v}' for k, v in meta.get('versions', {}).items())}")
    if "cv" in meta:
        print(format_report(meta["cv"]))
    return 0
