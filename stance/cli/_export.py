"""``stance export-model``: write a model in the skops format, which loads without running code."""

import sys

from . import path_arg


def add_arguments(parser):
    parser.add_argument("--format", choices=("skops",), default="skops",
                        help="skops: a zip of JSON and arrays, loaded with an explicit list of "
                             "trusted types (default: skops)")
    parser.add_argument("--model", type=path_arg, metavar="PATH",
                        help="model file to export (default: the shipped model)")
    parser.add_argument("-o", "--output", type=path_arg, required=True, metavar="OUT.skops",
                        help="file to write; its sidecar OUT.json is written beside it")


def run(args) -> int:
    from ..persistence import export_skops

    model_path, meta_path = export_skops(args.model, args.output)
    print(f"stance export-model: wrote {model_path} and {meta_path}; share both, and load with "
          f"load_predictor({str(model_path)!r}) or --model {model_path}", file=sys.stderr)
    return 0
