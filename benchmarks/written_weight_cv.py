"""Choose ``written_weight``: how much the rows we wrote count against rows from real pages.

For each weight, repeated grouped cross-validation on the whole corpus (every row trains; the
folds keep each outlet, page and writing batch on one side), scored on the held-out rows
paraphrased from real news, as ``train.py`` reports them. Repeats use other fold seeds, so a
difference that holds in every repeat is not an accident of one split.

Usage::

    python benchmarks/written_weight_cv.py [--weights 1,0.5,0.25,0.1] [--repeats 3] [--jobs 2]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
from joblib import Parallel, delayed

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from stance.data import KIND_COLUMN, REAL_KINDS, read_corpus  # noqa: E402
from stance.training import cross_validate  # noqa: E402


def held_out(weight: float, seed: int) -> dict[str, float]:
    """Held-out real-row macro-F1 (all real rows and per part) for one weight and fold seed."""
    data = read_corpus(ROOT / "labeled")
    kinds = data.frame[KIND_COLUMN].to_numpy()
    cv = cross_validate(data, {"written_weight": weight}, seed=seed)
    out = {"all real": cv.subset(np.isin(kinds, REAL_KINDS)).metrics()["macro_f1"]}
    for kind in REAL_KINDS:
        out[kind] = cv.subset(kinds == kind).metrics()["macro_f1"]
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--weights", default="1,0.5,0.25,0.1",
                        help="comma-separated weights to compare (default: %(default)s)")
    parser.add_argument("--repeats", type=int, default=3, help="fold seeds 0..N-1 (default: 3)")
    parser.add_argument("--jobs", type=int, default=2, help="processes (default: 2)")
    args = parser.parse_args(argv)
    weights = [float(w) for w in args.weights.split(",")]
    seeds = list(range(args.repeats))
    start = time.perf_counter()
    runs = Parallel(n_jobs=args.jobs)(delayed(held_out)(w, s) for w in weights for s in seeds)
    print(f"{len(read_corpus(ROOT / 'labeled').texts)} rows; grouped 5-fold CV, fold seeds "
          f"{seeds}; held-out real rows scored; {time.perf_counter() - start:.0f} s\n")
    print("| written_weight | all real rows, mean (per seed) | whole articles, mean (per seed) | news sentences, mean |")
    print("|---:|---|---|---:|")
    for i, w in enumerate(weights):
        mine = runs[i * len(seeds):(i + 1) * len(seeds)]

        def cell(part):
            values = [r[part] for r in mine]
            return f"**{np.mean(values):.4f}** ({', '.join(f'{v:.3f}' for v in values)})"

        news = np.mean([r["news"] for r in mine])
        print(f"| {w:g} | {cell('all real')} | {cell('articles')} | {news:.4f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
