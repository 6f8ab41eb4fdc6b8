"""Regenerate the tables of labeled/README.md from the data (run after any change to labeled/).

Usage: python scripts/corpus_readme.py           (rewrites the part between the AUTO markers)
       python scripts/corpus_readme.py --check   (exit 1 if that part is out of date)
"""

import hashlib
import re
import sys
from collections import Counter
from pathlib import Path

from stance.cli import OneLineParser
from stance.data import CORPUS_LABELS, read_corpus

ROOT = Path(__file__).resolve().parent.parent
LABELED = ROOT / "labeled"
README = LABELED / "README.md"
BEGIN, END = "<!-- AUTO:BEGIN -->", "<!-- AUTO:END -->"


def table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def counts(frame):
    c = Counter(frame["stance"])
    return [c.get(label, 0) for label in CORPUS_LABELS]


def auto_block() -> str:
    """The README's generated part, markers included, as the data in labeled/ gives it."""
    data = read_corpus(LABELED)
    f = data.frame
    f["file"] = [Path(p).relative_to(LABELED).as_posix() for p in f["_file"]]
    names = {"seed": "seed articles (quoted)", "written": "written batches", "contrast": "contrast rows (written)",
             "articles": "real articles (paraphrased)", "news": "real news sentences (paraphrased)"}
    f["kind"] = [names.get(k, k) for k in f["_kind"]]
    real = f[f["_kind"].isin(["articles", "news"])]
    total = counts(f)
    parts = [
        f"{len(f)} rows, {f['source'].nunique()} sources, {f['actor'].replace('', None).nunique()} distinct "
        f"actors, {sum(f['note'] != '')} hard cases with a note "
        f"({sum(f['note'] != '') / len(f):.0%}).",
        "",
        f"Real news: {len(real)} rows paraphrased from {real['source'].nunique()} pages of "
        f"{real['_group'].nunique()} outlets, {real['actor'].replace('', None).nunique()} distinct actors"
        + (f", {real['article'].replace('', None).nunique()} whole articles." if "article" in real else "."),
        "",
        "### Rows per label",
        table(["label", "rows", "share"], [(lab, n, f"{n / len(f):.1%}") for lab, n in zip(CORPUS_LABELS, total)]),
        "",
        "### Rows per file",
        table(["file", "rows", *CORPUS_LABELS, "sha256 (first 12)"],
              [(name, len(g), *counts(g), hashlib.sha256((LABELED / name).read_bytes()).hexdigest()[:12])
               for name, g in f.groupby("file", sort=True)]),
        "",
        "### Rows per source kind",
        table(["kind", "rows", *CORPUS_LABELS], [(k, len(g), *counts(g)) for k, g in f.groupby("kind")]),
        "",
        "### Top 25 actors",
        table(["actor", "rows", *CORPUS_LABELS],
              [(a, len(g), *counts(g)) for a, g in sorted(f[f["actor"] != ""].groupby("actor"),
                                                          key=lambda kv: (-len(kv[1]), kv[0]))[:25]]),
        "",
        f"Rows with no actor (journalist's narration): {sum(f['actor'] == '')}.",
    ]
    return f"{BEGIN}\n" + "\n".join(parts) + f"\n{END}"


def written_block(text: str) -> str:
    """The generated part as the README holds it now ("" when it has no markers)."""
    found = re.search(re.escape(BEGIN) + ".*?" + re.escape(END), text, flags=re.S)
    return found.group(0) if found else ""


def main(argv=None):
    parser = OneLineParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="only check that the README's tables match the data (exit 1 if not)")
    args = parser.parse_args(argv)
    block = auto_block()
    text = README.read_text(encoding="utf-8")
    where = README.relative_to(ROOT)
    if args.check:
        if written_block(text) != block:
            print(f"{where}: its tables do not match the data in labeled/ (a file's rows, labels or "
                  "hash changed); run python scripts/corpus_readme.py and commit the README",
                  file=sys.stderr)
            return 1
        print(f"{where}: tables up to date")
        return 0
    text = re.sub(re.escape(BEGIN) + ".*?" + re.escape(END), lambda m: block, text, flags=re.S)
    README.write_text(text, encoding="utf-8")
    print(f"updated {where}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
