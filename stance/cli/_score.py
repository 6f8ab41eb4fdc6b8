"""``stance score``: score CSV / TSV / JSONL / Parquet files, streaming, in parallel or on Dask."""

import sys

# Importing stance already loaded stance.batch; the pool and Dask start inside run().
from ..batch import CHUNK_SIZE


def add_arguments(parser):
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="files (.csv .tsv .jsonl .parquet) or globs such as 'news/*.csv', "
                             "concatenated in the order given; - reads CSV from stdin")
    parser.add_argument("-o", "--output", required=True, metavar="OUTPUT",
                        help="output file, format by extension; - writes CSV to stdout; with "
                             "--engine dask, x.parquet is a folder (a Parquet dataset)")
    parser.add_argument("--text-column", default="text", metavar="NAME",
                        help="column holding the sentence (default: text)")
    parser.add_argument("--model", metavar="PATH", help="model file (default: the shipped model)")
    parser.add_argument("--chunk-size", type=int, default=CHUNK_SIZE, metavar="N",
                        help=f"rows read, scored and written at a time (default: {CHUNK_SIZE:,})")
    parser.add_argument("--jobs", type=int, default=None, metavar="N",
                        help="worker processes on this machine; 1 scores in-process, 0 uses every "
                             "core (default: 1; with --engine dask: 2 local workers)")
    parser.add_argument("--engine", choices=("local", "dask"), default="local",
                        help="local: stream the files here (default); dask: dask.dataframe on a cluster")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="a running Dask scheduler, e.g. tcp://10.0.0.5:8786 "
                             "(default: start a local cluster)")
    parser.add_argument("--encoding", default="utf-8",
                        help="text encoding of CSV/TSV/JSONL inputs (default: utf-8), e.g. latin-1, cp1252")
    parser.add_argument("--quiet", action="store_true", help="no progress bar and no summary line")


def run(args) -> int:
    from ..batch import score_file

    summary = score_file(
        args.inputs,
        args.output,
        text_column=args.text_column,
        model=args.model,
        chunk_size=args.chunk_size,
        jobs=args.jobs,
        engine=args.engine,
        scheduler=args.scheduler,
        encoding=args.encoding,
        progress=not args.quiet,
    )
    if not args.quiet:
        print(f"stance score: {summary.line()}", file=sys.stderr)
    return 0
