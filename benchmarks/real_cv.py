"""Compare model settings on the corpus's real-news rows by repeated grouped cross-validation.

For each setting, grouped 5-fold CV on the whole corpus (every row trains; the folds keep each
outlet, page and writing batch on one side), scored on the held-out rows paraphrased from real
news, as ``train.py`` reports them. Each repeat draws other folds (fold seeds 0, 1, ...): the
settings are compared on the same folds, so a difference that holds in every repeat is not an
accident of one split. This is how ``written_weight`` was chosen (benchmarks/RESULTS.md).

Usage::

    python benchmarks/real_cv.py [--repeats 3] [--jobs 2] [--param NAME=VALUE ...]
                                 [--grid NAME=V1|V2 ...]

e.g. ``--grid written_weight=1|0.5|0.25|0.1``.
"""

from __future__ import annotations

import itertools
import sys
import time
from pathlib import Path

import numpy as np
from joblib import Parallel, delayed

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from stance.data import KIND_COLUMN, REAL_KINDS, read_corpus  # noqa: E402
from stance.training import cross_validate, parse_params  # noqa: E402

PARTS = ("all real", *REAL_KINDS)


def held_out(data, params: dict, seed: int) -> dict[str, float]:
    """Held-out macro-F1 of the real rows, all and per part, for one setting and fold seed."""
    kinds = data.frame[KIND_COLUMN].to_numpy()
    cv = cross_validate(data, params, seed=seed)
    rows = {"all real": np.isin(kinds, REAL_KINDS), **{kind: kinds == kind for kind in REAL_KINDS}}
    return {part: cv.subset(mask).metrics()["macro_f1"] for part, mask in rows.items()}


def main(argv=None) -> int:
    from stance.cli import OneLineParser  # usage errors in one line

    parser = OneLineParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3, help="fold seeds 0..N-1 (default: 3)")
    parser.add_argument("--jobs", type=int, default=2, help="processes (default: 2)")
    parser.add_argument("--param", action="append", default=[], help="fixed NAME=VALUE for every setting")
    parser.add_argument("--grid", action="append", default=[],
                        help="NAME=V1|V2|...: compare these values (all combinations)")
    args = parser.parse_args(argv)
    fixed = parse_params(args.param)
    axes = [[f"{g.split('=', 1)[0]}={v}" for v in g.split("=", 1)[1].split("|")] for g in args.grid]
    settings = [(" ".join(combo) or "(defaults)", {**fixed, **parse_params(list(combo))})
                for combo in (itertools.product(*axes) if axes else [()])]
    seeds = list(range(args.repeats))
    data = read_corpus(ROOT / "labeled")
    start = time.perf_counter()
    runs = Parallel(n_jobs=args.jobs)(delayed(held_out)(data, p, s) for _, p in settings for s in seeds)
    print(f"{len(data.texts)} rows; fixed: {' '.join(args.param) or '(defaults)'}; grouped 5-fold CV, fold seeds "
          f"{seeds}; held-out real rows scored; {time.perf_counter() - start:.0f} s\n")
    print("| setting | all real rows: mean (per fold seed) | whole articles: mean (per fold seed) "
          "| news sentences: mean |\n|---|---|---|---:|")
    for i, (name, _) in enumerate(settings):
        mine = runs[i * len(seeds):(i + 1) * len(seeds)]

        def cell(part):
            values = [r[part] for r in mine]
            return f"**{np.mean(values):.4f}** ({', '.join(f'{v:.3f}' for v in values)})"

        print(f"| {name} | {cell('all real')} | {cell('articles')} | {np.mean([r['news'] for r in mine]):.4f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
