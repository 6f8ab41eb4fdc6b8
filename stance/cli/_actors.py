"""``stance actors``: a per-actor summary of scored sentences, with an optional chart."""

import os
import sys
import tempfile
from pathlib import Path


def add_arguments(parser):
    parser.add_argument("scored", nargs="+", metavar="SCORED",
                        help="output of `stance extract` (.csv, .tsv, .jsonl, .parquet); "
                             "globs are expanded")
    parser.add_argument("-o", "--output", required=True, metavar="SUMMARY",
                        help="summary file: .md for a Markdown table, or .csv (.tsv, .jsonl, "
                             ".parquet)")
    parser.add_argument("--chart", metavar="FILE.png",
                        help="also draw a diverging bar chart of the actors (.png, .svg or .pdf; "
                             "needs stance[plot])")
    parser.add_argument("--top", type=int, default=20, metavar="N",
                        help="actors in the chart, the most frequent first (default: 20)")
    parser.add_argument("--encoding", default="utf-8",
                        help="encoding of the input files (default: utf-8)")


def run(args) -> int:
    import pandas as pd

    from ..exceptions import DataError
    from ..io import detect_format, expand_inputs, read_chunks, same_file
    from ..article.summary import CHART_SUFFIXES, plot_actors, summarise_actors, summary_line, write_summary

    # Bad options fail before any reading.
    if Path(args.output).suffix.lower() != ".md":
        detect_format(args.output)
    if args.chart and Path(args.chart).suffix.lower() not in CHART_SUFFIXES:
        raise DataError(f"{args.chart}: the chart must be a {', '.join(CHART_SUFFIXES)} file")
    if args.top < 1:
        raise DataError(f"--top must be at least 1, got {args.top}")
    paths = expand_inputs(args.scored)
    for path in paths:
        for out in filter(None, (args.output, args.chart)):
            if same_file(path, out):
                raise DataError(f"{out}: this output is also an input; write to another file")
    frames = [chunk for path in paths for chunk in read_chunks(path, encoding=args.encoding)]
    scored = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    summary, dropped = summarise_actors(scored)
    if not args.chart:
        write_summary(summary, dropped, args.output)
    else:
        # Both files or neither: the chart (the step that can fail) is drawn into a
        # temporary file beside its target first, and moved into place after the summary.
        chart = Path(args.chart)
        fd, tmp = tempfile.mkstemp(prefix=f".{chart.stem}.", suffix=chart.suffix,
                                   dir=chart.parent if chart.parent.is_dir() else None)
        os.close(fd)
        try:
            if not chart.parent.is_dir():
                raise DataError(f"{args.chart}: the output folder {chart.parent} does not exist; create it first")
            plot_actors(summary, tmp, top=args.top)
            write_summary(summary, dropped, args.output)
            os.replace(tmp, chart)
        finally:
            Path(tmp).unlink(missing_ok=True)
    wrote = args.output + (f" and {args.chart}" if args.chart else "")
    print(f"stance actors: {summary_line(summary, dropped)} Wrote {wrote}.", file=sys.stderr)
    return 0
