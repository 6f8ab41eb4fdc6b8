"""How the held-out figure on real news grows with the number of real rows: a learning curve.

For each fraction of the real pages (``labeled/articles/`` and ``labeled/news/``, drawn at
random by page with a fixed seed per repeat; every written and contrast row stays), grouped
5-fold CV as ``train.py`` runs it, with the shipped model's settings, scored on the held-out
real rows that are left (as ``benchmarks/real_cv.py`` scores them). The smaller corpora hold
fewer rows to score too, so each point is a mean over repeats. Read the slope: what one more
batch of real rows buys, and how far the goals are.

Usage::

    python benchmarks/learning_curve.py [--fractions 0.5,0.75,1] [--repeats 2] [--jobs 2]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np
from joblib import Parallel, delayed

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from real_cv import held_out  # noqa: E402
from stance import load_predictor  # noqa: E402
from stance.data import KIND_COLUMN, REAL_KINDS, read_corpus  # noqa: E402
from stance.training import subset  # noqa: E402


def point(data, params: dict, fraction: float, repeat: int) -> tuple[int, dict[str, float]]:
    """Real rows kept and held-out macro-F1 (all real, per part) with ``fraction`` of the pages."""
    frame = data.frame
    real = np.isin(frame[KIND_COLUMN].to_numpy(), REAL_KINDS)
    pages = sorted(set(frame["source"][real]))
    rng = np.random.default_rng(repeat)
    kept = set(rng.choice(pages, round(len(pages) * fraction), replace=False)) if fraction < 1 else set(pages)
    rows = ~real | frame["source"].isin(kept).to_numpy()
    return int((rows & real).sum()), held_out(subset(data, rows), params, seed=repeat)


def main(argv=None) -> int:
    from stance.cli import OneLineParser  # usage errors in one line

    parser = OneLineParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fractions", default="0.5,0.75,1", help="fractions of the real pages (default: 0.5,0.75,1)")
    parser.add_argument("--repeats", type=int, default=2, help="page draws and fold seeds 0..N-1 (default: 2)")
    parser.add_argument("--jobs", type=int, default=2, help="processes (default: 2)")
    args = parser.parse_args(argv)
    fractions = [float(f) for f in args.fractions.split(",")]
    if not fractions or any(not 0 < f <= 1 for f in fractions):
        parser.error(f"--fractions must be numbers in (0, 1], got {args.fractions!r}")
    data = read_corpus(ROOT / "labeled")
    params = load_predictor().metadata["params"]
    start = time.perf_counter()
    runs = Parallel(n_jobs=args.jobs)(delayed(point)(data, params, f, r)
                                      for f in fractions for r in range(args.repeats))
    print(f"{len(data.texts)} rows; shipped settings; grouped 5-fold CV; repeats {args.repeats}; "
          f"{time.perf_counter() - start:.0f} s\n")
    print("| real pages | real rows | all real rows (per repeat) | whole articles | news sentences |")
    print("|---:|---:|---|---:|---:|")
    for i, fraction in enumerate(fractions):
        mine = runs[i * args.repeats:(i + 1) * args.repeats]
        values = [r["all real"] for _, r in mine]
        print(f"| {fraction:.0%} | {np.mean([n for n, _ in mine]):,.0f} | **{np.mean(values):.4f}** "
              f"({', '.join(f'{v:.3f}' for v in values)}) | {np.mean([r['articles'] for _, r in mine]):.4f} "
              f"| {np.mean([r['news'] for _, r in mine]):.4f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
