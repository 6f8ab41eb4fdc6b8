"""``stance report``: one self-contained HTML file with the actors, the charts and the evidence."""

import sys
from pathlib import Path

from . import path_arg
from ._actors import PERIOD_NAMES, read_scored


def add_arguments(parser):
    parser.add_argument("statements", type=path_arg, nargs="+", metavar="STATEMENTS",
                        help="output of `stance extract` (.csv, .tsv, .jsonl, .parquet); globs are expanded")
    parser.add_argument("-o", "--output", type=path_arg, required=True, metavar="REPORT.html",
                        help="the HTML file to write (opens offline: nothing external)")
    parser.add_argument("--by", choices=PERIOD_NAMES, default=None, metavar="PERIOD",
                        help="period of the trend chart: day, week, month, quarter, year (default: month); "
                             "given, the statements must have dates")
    parser.add_argument("--date-column", default=None, metavar="NAME",
                        help="column with the article date (default: date, when present); the trend "
                             "chart is drawn when the statements have dates")
    parser.add_argument("--top", type=int, default=20, metavar="N",
                        help="actors in the stance chart (default: 20) and, up to 6, lines in the trend "
                             "chart; the table and the evidence hold every actor")
    parser.add_argument("--max-evidence", type=int, default=None, metavar="N",
                        help="at most N sentences per actor in the evidence, the most confident "
                             "(default: all)")
    parser.add_argument("--title", default="Stance toward foreign troops in Ukraine",
                        help="the report's title")
    parser.add_argument("--encoding", default="utf-8", help="encoding of the input files (default: utf-8)")


def run(args) -> int:
    from ..article.report import check_statements, write_report
    from ..exceptions import DataError
    from ..io import expand_inputs, same_file

    if Path(args.output).suffix.lower() not in (".html", ".htm"):
        raise DataError(f"{args.output}: the report is an HTML file; name it e.g. report.html")
    if not args.title.strip():
        raise DataError("--title is blank (an unset shell variable?); give the report's title, or leave "
                        "--title out for the default")
    if args.top < 1:
        raise DataError(f"--top must be at least 1, got {args.top}")
    if args.max_evidence is not None and args.max_evidence < 1:
        raise DataError(f"--max-evidence must be at least 1, got {args.max_evidence}")
    paths = expand_inputs(args.statements)
    for path in paths:
        if same_file(path, args.output):
            raise DataError(f"{args.output}: this output is also an input; write the report to another file")
    date_column = "date" if args.date_column is None else args.date_column
    statements = read_scored(paths, args.encoding, date_column=date_column,
                             date_required=args.date_column is not None or args.by is not None,
                             check=check_statements, by=args.by or "month")
    write_report(statements, args.output, title=args.title, sources=[Path(p).name for p in paths],
                 by=args.by or "month", date_column=date_column, top=args.top, max_evidence=args.max_evidence)
    print(f"stance report: {len(statements):,} sentences from {len(paths)} file{'s' * (len(paths) != 1)} "
          f"-> {args.output}", file=sys.stderr)
    return 0
