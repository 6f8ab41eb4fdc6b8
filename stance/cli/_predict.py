"""``stance predict``: label a few sentences given as arguments or on stdin."""

import sys


def add_arguments(parser):
    parser.add_argument("texts", nargs="*", metavar="TEXT",
                        help="sentences to label; none: read one sentence per line from stdin")
    parser.add_argument("--model", metavar="PATH", help="model file (default: the shipped model)")
    parser.add_argument("--proba", action="store_true", help="also print the probability of each label")


def run(args) -> int:
    from ..predictor import load_predictor

    texts = args.texts or [line.rstrip("\n") for line in sys.stdin]
    predictor = load_predictor(args.model)
    proba = predictor.predict_proba(texts)
    for text, label, (_, row) in zip(texts, predictor.predict(texts), proba.iterrows()):
        extra = "\t" + "\t".join(f"{k}={v:.3f}" for k, v in row.items()) if args.proba else ""
        print(f"{label or '-'}{extra}\t{text}")
    return 0
