"""``stance extract``: articles in, one scored and attributed row per sentence out."""

import sys


def add_arguments(parser):
    parser.add_argument("articles", nargs="+", metavar="ARTICLE",
                        help="plain-text files (.txt, one article each) or tables (.csv, .tsv, "
                             ".jsonl, .parquet) with one article per row; globs are expanded")
    parser.add_argument("-o", "--output", required=True, metavar="OUTPUT",
                        help="output file; its extension picks the format (.csv, .tsv, .jsonl, "
                             ".parquet; - for CSV on stdout)")
    parser.add_argument("--text-column", default="text", metavar="NAME",
                        help="column with the article text in tables (default: text)")
    parser.add_argument("--id-column", metavar="NAME",
                        help="column naming each article in tables (default: the row number)")
    parser.add_argument("--model", metavar="PATH", help="model file (default: the shipped model)")
    parser.add_argument("--actors", action="append", metavar="FILE",
                        help="an actor registry CSV (name,aliases,kind,country) that extends and "
                             "overrides the shipped one; may be given more than once")
    parser.add_argument("--encoding", default="utf-8",
                        help="encoding of the input files (default: utf-8)")


def run(args) -> int:
    from ..exceptions import DataError
    from ..article.extract import Extractor, expand_articles, iter_articles
    from ..io import AtomicWriter, detect_format, same_file
    from ..predictor import load_predictor

    detect_format(args.output)  # an unknown output type fails before any work
    paths = expand_articles(args.articles)
    for path in paths:
        if same_file(path, args.output):
            raise DataError(f"{args.output}: is also an input; write the output to another file")
    extractor = Extractor(load_predictor(args.model), args.actors)
    articles = iter_articles(paths, text_column=args.text_column, id_column=args.id_column,
                             encoding=args.encoding)
    count = sentences = attributed = 0
    with AtomicWriter(args.output) as writer:
        empty = None
        for frame in extractor.articles(articles):
            count += 1
            if len(frame):
                writer.write(frame)
            elif empty is None:
                empty = frame
            sentences += len(frame)
            attributed += int((frame["actor"] != "").sum())
        if not sentences:
            # No sentence at all: still write the columns (and the Parquet schema).
            writer.write(empty if empty is not None else next(extractor.articles([("", None)])))
    where = "stdout" if args.output == "-" else args.output
    print(f"stance extract: {sentences} sentences from {count} article{'s' * (count != 1)} "
          f"({attributed} with an actor) written to {where}", file=sys.stderr)
    return 0
