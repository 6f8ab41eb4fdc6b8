"""``stance explain``: why the model gave a sentence its label."""

from . import path_arg


def add_arguments(parser):
    parser.add_argument("text", help="the sentence to explain; - reads it from stdin")
    parser.add_argument("--top", type=int, default=5, help="n-grams to list per direction and label (default 5)")
    parser.add_argument("--model", type=path_arg, metavar="PATH", help="model file (default: the shipped model)")
    parser.add_argument("--json", action="store_true", help="print the explanation as JSON")


def run(args) -> int:
    import json

    from ..exceptions import DataError
    from ..marking import readable
    from ..predictor import load_predictor

    if args.top < 1:
        raise DataError(f"--top must be at least 1, got {args.top}")
    predictor = load_predictor(args.model)
    text = args.text
    if text == "-":  # as for `stance score -`: the sentence comes on stdin
        from ._predict import _stdin_lines

        text = " ".join(line.strip() for line in _stdin_lines("stance explain", "the sentence from stdin", "it")
                        if line.strip())
    exp = predictor.explain(text, top=args.top)
    if args.json:
        print(json.dumps(exp, indent=2, ensure_ascii=False))
        return 0
    if not exp["label"]:
        print("blank text: no label")
        return 0
    probs = ", ".join(f"{k} {v:.3f}" for k, v in exp["probabilities"].items())
    print(f"label: {exp['label']}   ({probs})")
    if not any(part["toward"] or part["away"] for part in exp["labels"].values()):
        print("read as: (no n-gram the model knows: the label comes from its intercepts alone)")
    elif exp["marked"] != exp["text"]:
        print(f"read as: {readable(exp['marked'])}")
    print("score(label) = intercept + sum of tfidf(n-gram) x weight(label, n-gram); softmax of scores = probabilities")
    for label, part in exp["labels"].items():
        print(f"\n{label}: score {part['score']:+.3f} (intercept {part['intercept']:+.3f})")
        for title, rows in (("toward", part["toward"]), ("away from", part["away"])):
            cells = ", ".join(f"{name.split('__', 1)[-1]!r} {contrib:+.3f}" for name, _, _, contrib in rows)
            print(f"  {title:>9}: {cells or '-'}")
    return 0
