"""SemEval-2016 Task 6: choose one shared model setting by cross-validation on the training tweets.

Each target still gets its own model; a setting is scored by repeated stratified k-fold CV
within each target's training tweets (3 x 5 folds by default), the out-of-fold predictions of
all five targets pooled per repeat and scored with the task's F_avg (as the official metric
pools the test tweets). The gold test set is never read. One shared setting chosen this way
averages the selection noise of ~600 tweets per target over all 2,914.

Usage: python benchmarks/semeval2016_cv.py [--repeats 3] [--jobs 2] [--grid NAME=V1|V2 ...]
"""

from __future__ import annotations

import itertools
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
from joblib import Parallel, delayed
from sklearn.model_selection import RepeatedStratifiedKFold

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from semeval2016 import DEFAULT_DATA, f_avg, load  # noqa: E402
from stance.pipeline import build_pipeline, single_threaded  # noqa: E402
from stance.training import parse_params  # noqa: E402


def _oof(texts, y, params, splits):
    pred = np.empty(len(y), dtype=object)
    with single_threaded():
        for train_idx, test_idx in splits:
            model = build_pipeline(params).fit(list(texts[train_idx]), y[train_idx])
            pred[test_idx] = model.predict(list(texts[test_idx]))
    return pred


def cv_score(train: pd.DataFrame, params: dict, *, repeats: int, folds: int, n_jobs: int):
    """Per-repeat pooled F_avg (percent) of ``params``: one model per target, repeated CV."""
    jobs, keys = [], []
    for target, group in train.groupby("Target"):
        texts = group["Tweet"].to_numpy(dtype=object)
        y = group["Stance"].to_numpy(dtype=object)
        rskf = RepeatedStratifiedKFold(n_splits=folds, n_repeats=repeats, random_state=0)
        splits = list(rskf.split(texts, y))
        for r in range(repeats):
            jobs.append(delayed(_oof)(texts, y, params, splits[r * folds:(r + 1) * folds]))
            keys.append((target, r, y))
    preds = Parallel(n_jobs=n_jobs)(jobs)
    scores = []
    for r in range(repeats):
        gold = np.concatenate([y for (t, rr, y) in keys if rr == r])
        pred = np.concatenate([p for (t, rr, y), p in zip(keys, preds) if rr == r])
        scores.append(f_avg(gold, pred))
    return scores


def main(argv=None) -> int:
    from stance.cli import OneLineParser  # usage errors in one line

    parser = OneLineParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--param", action="append", default=[], help="fixed NAME=VALUE for every setting")
    parser.add_argument("--grid", action="append", default=[],
                        help="NAME=V1|V2|...: explore these values (all combinations)")
    args = parser.parse_args(argv)
    if not (args.data_dir / "StanceDataset" / "train.csv").is_file():
        print(f"skipped: SemEval-2016 data not found in {args.data_dir}")
        return 0
    train, _ = load(args.data_dir)  # the test set is not used
    fixed = parse_params(args.param)
    axes = [[f"{g.split('=', 1)[0]}={v}" for v in g.split("=", 1)[1].split("|")] for g in args.grid]
    rows = []
    for combo in itertools.product(*axes) if axes else [()]:
        params = {**fixed, **parse_params(list(combo))}
        start = time.perf_counter()
        scores = cv_score(train, params, repeats=args.repeats, folds=args.folds, n_jobs=args.jobs)
        rows.append((" ".join(combo) or "(fixed only)", np.mean(scores), np.std(scores), time.perf_counter() - start))
        print(f"{rows[-1][0]}: CV F_avg {rows[-1][1]:.2f} (sd {rows[-1][2]:.2f} over {args.repeats} repeats; "
              f"{rows[-1][3]:.0f} s)", flush=True)
    print(f"\nfixed: {' '.join(args.param) or '(defaults)'}; {args.repeats} x {args.folds}-fold CV per target, pooled\n")
    print("| setting | CV F_avg | sd |\n|---|---:|---:|")
    for name, mean, sd, _ in sorted(rows, key=lambda r: -r[1]):
        print(f"| {name} | {mean:.2f} | {sd:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
