"""``stance actors``: a per-actor summary of scored sentences, or per actor and period, with a chart."""

import os
import sys
import tempfile
from pathlib import Path

from . import path_arg

PERIOD_NAMES = ("day", "week", "month", "quarter", "year")


def add_arguments(parser):
    parser.add_argument("scored", type=path_arg, nargs="+", metavar="SCORED",
                        help="output of `stance extract` (.csv, .tsv, .jsonl, .parquet); "
                             "globs are expanded")
    parser.add_argument("-o", "--output", type=path_arg, required=True, metavar="SUMMARY",
                        help="summary file: .md for a Markdown table, or .csv (.tsv, .jsonl, "
                             ".parquet)")
    parser.add_argument("--by", choices=PERIOD_NAMES, metavar="PERIOD",
                        help="summarise per actor and period (day, week, month, quarter, year): "
                             "sentences, counts per label and net stance; --chart then draws net "
                             "stance over time")
    parser.add_argument("--date-column", default=None, metavar="NAME",
                        help="column with the article date, with --by (default: date)")
    parser.add_argument("--chart", type=path_arg, metavar="FILE.png",
                        help="also draw a chart (.png, .svg or .pdf; needs stance[plot]): a diverging "
                             "bar per actor, or with --by a line of net stance over time per actor")
    parser.add_argument("--top", type=int, default=None, metavar="N",
                        help="actors in the chart, the most frequent first (default: 20 bars, "
                             "or 6 lines with --by, at most 10); with --chart only: the table holds "
                             "every actor")
    parser.add_argument("--encoding", default="utf-8",
                        help="encoding of the input files (default: utf-8)")


def run(args) -> int:
    from ..article import summary as summaries
    from ..exceptions import DataError
    from ..io import FORMATS, STDIO, expand_inputs, same_file

    # Bad options fail before any reading.
    suffix = Path(args.output).suffix.lower()
    if suffix != ".md" and args.output != STDIO and suffix not in FORMATS:
        raise DataError(f"{args.output}: unknown file type '{suffix or 'no extension'}'; expected .md for a "
                        f"Markdown table or one of {', '.join(FORMATS)} (or - for stdout as CSV)")
    chart_suffix = Path(args.chart).suffix.lower() if args.chart else None
    if args.chart and chart_suffix not in summaries.CHART_SUFFIXES:
        raise DataError(f"{args.chart}: the chart must be a {', '.join(summaries.CHART_SUFFIXES)} file, "
                        f"got '{chart_suffix or 'no extension'}'")
    for out in filter(None, (args.output, args.chart)):
        if Path(out).is_dir():  # else found only when the chart is moved into place, the summary written
            raise DataError(f"{out}: is a folder; give an output file name")
    top = args.top if args.top is not None else (summaries.TREND_TOP if args.by else 20)
    if top < 1:
        raise DataError(f"--top must be at least 1, got {top}")
    if args.by and top > summaries.TREND_MAX:
        raise DataError(f"--top {top}: the trend chart tells at most {summaries.TREND_MAX} actors apart (one "
                        f"colour each); give --top {summaries.TREND_MAX} or less, or leave out --by for a bar "
                        "per actor")
    if args.top is not None and not args.chart:  # a table of the top N was what some expected
        raise DataError(f"--top {args.top} is the number of actors in the chart and goes with --chart; "
                        "the table holds every actor, most frequent first (keep its first rows)")
    if args.date_column is not None and not args.by:
        raise DataError("--date-column goes with --by (e.g. --by month --date-column published)")
    date_column = "date" if args.date_column is None else args.date_column
    paths = expand_inputs(args.scored)
    for path in paths:
        for out in filter(None, (args.output, args.chart)):
            if same_file(path, out):
                raise DataError(f"{out}: this output is also an input; write to another file")
    scored = read_scored(paths, args.encoding, date_column=date_column if args.by else None,
                         check=summaries.check_scored, by=args.by)
    if args.by:
        trend, dropped, undated = summaries.summarise_periods(scored, by=args.by, date_column=date_column)
        line = summaries.trend_line(trend, dropped, undated, args.by)

        def write():
            summaries.write_trend(trend, dropped, undated, args.by, args.output)

        def draw(path):
            summaries.plot_trend(trend, path, top=top, by=args.by)
    else:
        summary, dropped = summaries.summarise_actors(scored)
        line = summaries.summary_line(summary, dropped)

        def write():
            summaries.write_summary(summary, dropped, args.output)

        def draw(path):
            summaries.plot_actors(summary, path, top=top)
    if not args.chart:
        write()
    else:
        write_with_chart(args.chart, draw, write)
    wrote = "the table to stdout" if args.output == STDIO else args.output
    wrote += f" and {args.chart}" if args.chart else ""
    print(f"stance actors: {line} Wrote {wrote}.", file=sys.stderr)
    return 0


def read_scored(paths: list[str], encoding: str, *, date_column: str | None = None,
                date_required: bool = True, check=None, by: str | None = None):
    """The rows of scored-sentence files as one DataFrame, each file checked as it is read.

    ``check(chunk, path)`` vets each chunk; with ``date_column`` the dates are parsed file by
    file, so a bad one is named by its file and row (a missing column is an error unless
    ``date_required`` is false); ``by``, the period counted, refuses dates too coarse for it.
    """
    import pandas as pd

    from ..article.summary import parse_dates
    from ..exceptions import DataError
    from ..io import no_column, read_chunks

    frames = []
    for path in paths:
        row = 0
        for chunk in read_chunks(path, encoding=encoding):
            if check is not None:
                check(chunk, path)
            if date_column is not None and date_column in chunk.columns:
                chunk = chunk.copy()
                try:
                    chunk[date_column] = parse_dates(chunk[date_column], date_column, by=by)
                except DataError as exc:  # "row N: ..." counts within the chunk: name the file's row
                    number, rest = str(exc)[4:].split(":", 1)
                    raise DataError(f"{path}, row {int(number) + row}:{rest}") from None
            elif date_column is not None and date_required:
                raise no_column(date_column, chunk.columns, "name the date column with --date-column",
                                where=path, purpose="for the dates")
            row += len(chunk)
            frames.append(chunk)
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()


def write_with_chart(chart_path: str, draw, write) -> None:
    """Both files or neither: the chart (the step that can fail) is drawn into a temporary file
    beside its target first, and moved into place after ``write()``."""
    from ..exceptions import DataError

    chart = Path(chart_path)
    fd, tmp = tempfile.mkstemp(prefix=f".{chart.stem}.", suffix=chart.suffix,
                               dir=chart.parent if chart.parent.is_dir() else None)
    os.close(fd)
    try:
        if not chart.parent.is_dir():
            raise DataError(f"{chart_path}: the output folder {chart.parent} does not exist; create it first")
        draw(tmp)
        write()
        os.replace(tmp, chart)
    finally:
        Path(tmp).unlink(missing_ok=True)
