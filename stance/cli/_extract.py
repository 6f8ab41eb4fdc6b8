"""``stance extract``: articles in, one scored and attributed row per sentence out."""

import sys

# Importing stance already loaded stance.article.extract; the pool and Dask start inside run().
from ..article.extract import ACTOR_CONTEXT, ARTICLE_CHUNK
from . import path_arg
from ._engine import add_engine_arguments, engine_options


def add_arguments(parser):
    parser.add_argument("articles", type=path_arg, nargs="+", metavar="ARTICLE",
                        help="plain-text files (.txt, one article each) or tables (.csv, .tsv, "
                             ".jsonl, .parquet) with one article per row; globs are expanded")
    parser.add_argument("-o", "--output", type=path_arg, required=True, metavar="OUTPUT",
                        help="output file; its extension picks the format (.csv, .tsv, .jsonl, "
                             ".parquet; - for CSV on stdout); with --engine dask, x.parquet is a "
                             "folder (a Parquet dataset)")
    parser.add_argument("--text-column", default="text", metavar="NAME",
                        help="column with the article text in tables (default: text)")
    parser.add_argument("--id-column", metavar="NAME",
                        help="column naming each article in tables (default: the row number)")
    parser.add_argument("--keep-columns", metavar="A,B,...",
                        help="table columns carried onto every sentence row (default: every column "
                             "but the text and id columns; '' keeps none)")
    parser.add_argument("--model", type=path_arg, metavar="PATH", help="model file (default: the shipped model)")
    parser.add_argument("--actors", type=path_arg, action="append", metavar="FILE",
                        help="an actor registry CSV (name,aliases,kind,country, and optionally "
                             "role: a person's titles such as 'chancellor|party leader', by which "
                             "'the chancellor said' finds them) that extends and overrides the "
                             "shipped one; may be given more than once")
    parser.add_argument("--encoding", default="utf-8",
                        help="encoding of the input files (default: utf-8)")
    parser.add_argument("--narration", choices=("confident", "neutral", "model"),
                        help="stance of sentences with no actor: 'neutral' as the codebook labels "
                             "the journalist's narration, 'confident' (default, for a model with "
                             "that label; else the model's) the same unless the model reads "
                             "support or oppose with confidence >= 0.8, when its label is kept, "
                             "or 'model' for the model's own label; the p_<label> columns are "
                             "the model's either way")
    parser.add_argument("--actor-context", type=float, default=ACTOR_CONTEXT, metavar="W",
                        help="from 0 to 1, how much a sentence's stance leans on the same actor's "
                             "other sentences in the article: its p_<label> become (1 - W) x its "
                             "own reading + W x the actor's mean; 0 reads each sentence alone "
                             f"(default {ACTOR_CONTEXT})")
    add_engine_arguments(parser, unit="articles", chunk_size=ARTICLE_CHUNK)


def run(args) -> int:
    from ..article.extract import extract_file

    if args.narration == "neutral":  # asked for: refused, not ignored, by a model without it
        _check_neutral(args.model)
    keep = None
    if args.keep_columns is not None:
        keep = [c.strip() for c in args.keep_columns.split(",") if c.strip()]
    summary = extract_file(
        args.articles,
        args.output,
        text_column=args.text_column,
        id_column=args.id_column,
        keep_columns=keep,
        model=args.model,
        actors=args.actors,
        narration=args.narration or "confident",
        actor_context=args.actor_context,
        **engine_options(args),
    )
    if not args.quiet:
        print(f"stance extract: {summary.line()}", file=sys.stderr)
    return 0


def _check_neutral(model) -> None:
    """Refuse --narration neutral for a model that has no label 'neutral'."""
    from pathlib import Path

    from ..exceptions import DataError
    from ..persistence import check_model_path, default_model_path, read_metadata

    path = Path(model) if model else default_model_path()
    check_model_path(path)
    labels = read_metadata(path)["labels"]
    if isinstance(labels, list) and "neutral" not in labels:
        raise DataError(f"--narration neutral: the model {path} has no label 'neutral' (its labels are "
                        f"{', '.join(map(str, labels))}); leave --narration out, or give --narration "
                        "model, to label sentences with no actor as the model reads them")
