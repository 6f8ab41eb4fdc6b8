"""``stance score``: score CSV / TSV / JSONL / Parquet files, streaming, in parallel or on Dask."""

import sys

# Importing stance already loaded stance.batch; the pool and Dask start inside run().
from ..batch import CHUNK_SIZE
from . import path_arg
from ._engine import add_engine_arguments, engine_options


def add_arguments(parser):
    parser.add_argument("inputs", type=path_arg, nargs="+", metavar="INPUT",
                        help="files (.csv .tsv .jsonl .parquet) or globs such as 'news/*.csv', "
                             "concatenated in the order given; - reads CSV from stdin")
    parser.add_argument("-o", "--output", type=path_arg, required=True, metavar="OUTPUT",
                        help="output file, format by extension; - writes CSV to stdout; with "
                             "--engine dask, x.parquet is a folder (a Parquet dataset)")
    parser.add_argument("--text-column", default="text", metavar="NAME",
                        help="column holding the sentence (default: text)")
    parser.add_argument("--model", type=path_arg, metavar="PATH", help="model file (default: the shipped model)")
    parser.add_argument("--encoding", default="utf-8",
                        help="text encoding of CSV/TSV/JSONL inputs (default: utf-8), e.g. latin-1, cp1252")
    add_engine_arguments(parser, unit="rows", chunk_size=CHUNK_SIZE)


def run(args) -> int:
    from ..batch import score_file

    summary = score_file(
        args.inputs,
        args.output,
        text_column=args.text_column,
        model=args.model,
        **engine_options(args),
    )
    if not args.quiet:
        print(f"stance score: {summary.line()}", file=sys.stderr)
    return 0
