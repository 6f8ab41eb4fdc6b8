"""``stance suggest``: the sentences most worth labelling next."""

from . import path_arg


def add_arguments(parser):
    parser.add_argument("inputs", type=path_arg, nargs="+", metavar="UNLABELLED",
                        help="CSV / TSV / JSONL / Parquet files (or globs) with a text column")
    parser.add_argument("-n", type=int, default=50, help="how many sentences (default 50)")
    parser.add_argument("-o", "--output", type=path_arg, required=True, help="file to write (.csv, .tsv, .jsonl, .parquet)")
    parser.add_argument("--text-column", default="text", help="column with the sentence (default: text)")
    parser.add_argument("--model", type=path_arg, metavar="PATH", help="model file (default: the shipped model)")
    parser.add_argument("--source", help="value of the source column (default: suggest-<first input's name>)")
    parser.add_argument("--similarity", type=float, default=0.8,
                        help="cosine similarity at which two sentences count as near-duplicates (default 0.8)")
    parser.add_argument("--encoding", default="utf-8", help="encoding of CSV/TSV/JSONL inputs (default utf-8)")


def run(args) -> int:
    import itertools
    import sys

    from ..exceptions import DataError
    from ..io import expand_inputs, read_chunks, same_file, shown, write_frame
    from ..predictor import load_predictor
    from ..suggest import check_text_column, default_source, suggest, training_columns

    paths = expand_inputs(args.inputs)
    for path in paths:
        if same_file(path, args.output):
            raise DataError(f"{args.output}: the output is also an input; write to another file")
    if not 0 < args.similarity <= 1:
        raise DataError(f"--similarity must be in (0, 1], got {args.similarity}")
    predictor = load_predictor(args.model)

    def chunks_of(path):  # checked here, where the file's name is known
        for chunk in read_chunks(path, encoding=args.encoding):
            check_text_column(chunk, args.text_column, path)
            yield chunk

    chunks = itertools.chain.from_iterable(map(chunks_of, paths))
    table = suggest(chunks, predictor, n=args.n, text_column=args.text_column, similarity=args.similarity,
                    source=args.source or default_source(paths), where=", ".join(map(shown, paths)))
    write_frame(table, args.output)
    where = "stdout" if args.output == "-" else args.output
    columns = training_columns(predictor)
    label_column = columns.get("stance", "stance")
    ours = not columns and set(predictor.labels) == {"support", "oppose", "neutral"}
    print(f"stance suggest: wrote {len(table)} sentences to label to {where}"
          + (f" (the input holds only {len(table)} distinct sentences)" if len(table) < args.n else "")
          + f"; fill in {label_column}"
          + ("" if ours else f" with one of the model's labels ({', '.join(predictor.labels)})")
          + " (and actor, note), then " + _where_to_put(args.output, ours), file=sys.stderr)
    return 0


def _where_to_put(output: str, ours: bool = True) -> str:
    """Where the filled file goes: labeled/ holds only the formats training reads; a model of
    other labels or columns trains on its own data (train.py --data)."""
    from pathlib import Path

    suffix = Path(output).suffix.lower()
    folder = "labeled/" if ours else "your training data (train.py --data)"
    if output == "-" or suffix in (".csv", ".tsv"):
        return f"put the file in {folder}" if ours else f"add the file to {folder}"
    return f"save it as .csv or .tsv in {folder} (training reads only those, not {suffix})"
