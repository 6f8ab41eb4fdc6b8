"""``stance predict``: label a few sentences given as arguments or on stdin."""

import sys

from . import path_arg


def add_arguments(parser):
    parser.add_argument("texts", nargs="*", metavar="TEXT",
                        help="sentences to label; none: read one sentence per line from stdin")
    parser.add_argument("--model", type=path_arg, metavar="PATH", help="model file (default: the shipped model)")
    parser.add_argument("--proba", action="store_true", help="also print the probability of each label")


def run(args) -> int:
    from ..predictor import load_predictor

    texts = args.texts or _stdin_lines()
    predictor = load_predictor(args.model)
    proba = predictor.predict_proba(texts)
    for text, label, (_, row) in zip(texts, predictor.predict(texts), proba.iterrows()):
        extra = "\t" + "\t".join(f"{k}={v:.3f}" for k, v in row.items()) if args.proba else ""
        print(f"{label or '-'}{extra}\t{_one_field(text)}")
    return 0


def _one_field(text: str) -> str:
    """The text as the last tab-separated field of one output line: a tab or line break in it
    is written as the two characters \\t, \\n or \\r, so one result stays one line whose fields
    split where they should."""
    return text.replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def _stdin_lines(prog: str = "stance predict", what: str = "sentences from stdin, one per line",
                 it: str = "them") -> list[str]:
    """The lines of stdin, as UTF-8: other bytes are an error naming the line, not text
    scored with their bytes replaced (or a traceback, as the locale decides)."""
    from ..exceptions import DataError

    if sys.stdin.isatty():  # else it waits without a word, as if it hung
        print(f"{prog}: reading {what}; end with Ctrl-D, or give {it} as arguments",
              file=sys.stderr)
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is None:  # a text stream put in place of stdin
        return [line.rstrip("\n") for line in sys.stdin]
    lines = []
    for number, raw in enumerate(buffer, 1):
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise DataError(f"stdin, line {number}: bytes that are not valid utf-8 ({exc.reason}); "
                            "convert the text to UTF-8 first, e.g. iconv -f latin1 -t utf-8") from None
        if number == 1:
            line = line.removeprefix("\ufeff")  # a byte order mark is no part of the sentence
        lines.append(line.rstrip("\r\n"))
    return lines
