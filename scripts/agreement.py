"""Agreement between the first labels and a label-blind second pass, from labeled/agreement/.

Each ``labeled/agreement/*.jsonl`` file is one second pass: a line per sampled row with ``id``,
``kind`` (articles or news), ``first`` (the corpus label when sampled), ``second`` (the blind
label), ``final`` (the label after adjudication, applied to the corpus) and ``why`` (the
adjudicator's reason, for disagreements); ``later`` and ``later_why`` when a codebook rule made
after the pass relabelled the row again. The files are JSON Lines, not CSV, so that
``read_corpus`` never takes them for training rows.

Usage: python scripts/agreement.py   (prints the tables quoted in labeled/README.md)
"""

import json
import sys
from collections import Counter
from pathlib import Path

from sklearn.metrics import cohen_kappa_score

from stance.cli import OneLineParser
from stance.data import read_corpus

ROOT = Path(__file__).resolve().parent.parent
LABELED = ROOT / "labeled"


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def current(row: dict) -> str:
    """The label the corpus should carry: the adjudicated one, or a later rule's."""
    return row.get("later", row["final"])


def figures(rows: list[dict]) -> tuple[int, str, str, int]:
    first = [r["first"] for r in rows]
    second = [r["second"] for r in rows]
    same = sum(a == b for a, b in zip(first, second))
    return (len(rows), f"{same / len(rows):.1%}", f"{cohen_kappa_score(first, second):.3f}",
            len(rows) - same)


def report(path: Path, corpus: dict[str, str]) -> str:
    rows = load(path)
    lines = [f"### {path.name}", "",
             "| rows | n | agreement | Cohen's kappa | disagreements |", "|---|---:|---:|---:|---:|"]
    names = {"articles": "whole articles (`articles/`)", "news": "single news sentences (`news/`)"}
    for kind, name in names.items():
        part = [r for r in rows if r["kind"] == kind]
        if part:
            lines.append("| {} | {} | {} | {} | {} |".format(name, *figures(part)))
    lines.append("| **all real rows sampled** | **{}** | **{}** | **{}** | **{}** |".format(*figures(rows)))
    split = [r for r in rows if r["first"] != r["second"]]
    pairs = Counter(frozenset((r["first"], r["second"])) for r in split)
    opposite = pairs.get(frozenset(("support", "oppose")), 0)
    kept = sum(r["final"] == r["first"] for r in split)
    took = sum(r["final"] == r["second"] for r in split)
    present = [r for r in rows if r["id"] in corpus]
    stale = [r["id"] for r in present if corpus[r["id"]] != current(r)]
    lines += ["", f"Disagreements: {len(split)}, {opposite} of them support against oppose. "
              f"Adjudicated: first label kept {kept}, second label taken {took}, "
              f"another label {len(split) - kept - took}.",
              f"Rows read by the corpus loader: {len(present)} of {len(rows)} (it drops a row whose text repeats another row's); "
              f"corpus label equal to the adjudicated one (or a later rule's): {len(present) - len(stale)}."]
    if stale:
        lines.append("Rows whose corpus label differs from the adjudicated one: " + ", ".join(stale))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    OneLineParser(description=__doc__.splitlines()[0]).parse_args(argv)  # --help, and nothing else
    frame = read_corpus(LABELED).frame
    corpus = dict(zip(frame["id"], frame["stance"]))
    files = sorted((LABELED / "agreement").glob("*.jsonl"))
    if not files:
        print("no second pass in labeled/agreement/", file=sys.stderr)
        return 1
    print("\n\n".join(report(path, corpus) for path in files))
    return 0


if __name__ == "__main__":
    sys.exit(main())
