"""SemEval-2016 Task 6: does pooling the five targets' training tweets help? Training tweets only.

Same folds as ``semeval2016_cv.py`` (3 x 5-fold stratified within each target, seed 0); fold k of
repeat r of every target is held out together, so every tweet is predicted by models that never
saw it, and each repeat's out-of-fold predictions of all targets are pooled and scored with F_avg.
The gold test set is never read.

Variants (all TF-IDF word + char n-grams of the shared setting, logistic regression):

- ``separate``: one pipeline per target (``build_pipeline``), as semeval2016_cv.py (the 70.44);
- ``pooled``: one model on all targets' tweets, no target information;
- ``pooled+indicator``: the same plus a one-hot target column (a per-target bias);
- ``feda ws=W``: Daume (2007) "frustratingly easy" augmentation: features = [W * x, x in the
  block of the tweet's target (zeros in the other four), target one-hot]; one model;
- ``weighted w=W``: one model per target trained on all tweets, other targets' tweets at sample
  weight W (W=0 is ``separate`` with a vocabulary and idf fitted on all targets).
- ``target-balanced``: class weights computed within each target (as the per-target models'
  ``class_weight=balanced``) and given as sample weights, instead of over all the fit's rows.

Vectorizers are fitted on the training part of each fold (all targets for the pooled variants).

Usage: python benchmarks/semeval2016_pool_cv.py [--repeats 3] [--jobs 2] [--C 0.3,1,3]
       [--ws 0.5,1,2] [--weights 0,0.1,0.25,0.5] [--balance pooled,target] [--no-plain]
       [--param NAME=VALUE ...]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from joblib import Parallel, delayed
from sklearn.base import clone
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import RepeatedStratifiedKFold

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from semeval2016 import DEFAULT_DATA, SHARED_PARAMS, f_avg, load  # noqa: E402
from stance.pipeline import build_pipeline, resolve_params, single_threaded  # noqa: E402
from stance.training import parse_params  # noqa: E402


def _lr(p, C, balance="pooled"):
    # "pooled": the shared setting's class weights, counted over all training rows of the fit;
    # "target": no class weights, each row weighted instead by its class's share in its own target
    # (n_t / (K * n_t,c)), as the per-target models' balanced weights would.
    return LogisticRegression(C=C, class_weight=p["class_weight"] if balance == "pooled" else None,
                              max_iter=p["max_iter"], random_state=0)


def _target_balanced(y, d):
    w = np.empty(len(y))
    for k in np.unique(d):
        rows = d == k
        labels, counts = np.unique(y[rows], return_counts=True)
        share = dict(zip(labels, rows.sum() / (len(labels) * counts)))
        w[rows] = [share[v] for v in y[rows]]
    return w


def _fold_job(texts, marked, y, dom, n_dom, train_idx, test_idx, params, Cs, wss, weights, balances,
              plain):
    """Predictions of every variant for the rows ``test_idx``; name -> array of labels."""
    p = resolve_params(params)
    out = {}
    with single_threaded():
        t0 = time.perf_counter()
        # separate: the existing protocol, one full pipeline per target.
        pred = np.empty(len(test_idx), dtype=object)
        for d in range(n_dom):
            tr = train_idx[dom[train_idx] == d]
            te_mask = dom[test_idx] == d
            model = build_pipeline(params).fit(list(texts[tr]), y[tr])
            pred[te_mask] = model.predict(list(texts[test_idx[te_mask]]))
        out["separate"] = pred
        features = clone(build_pipeline(params).named_steps["features"])
        Xtr = features.fit_transform(list(marked[train_idx]))
        Xte = features.transform(list(marked[test_idx]))
        dtr, dte = dom[train_idx], dom[test_idx]
        ytr = y[train_idx]
        tb = _target_balanced(ytr, dtr)

        def onehot(d):
            return sp.csr_matrix((np.ones(len(d), dtype=np.float32), (np.arange(len(d)), d)),
                                 shape=(len(d), n_dom))

        def blocks(X, d):
            # X in the block of its target, zeros elsewhere: rows of other targets are masked.
            return sp.hstack([sp.diags((d == k).astype(np.float32)) @ X for k in range(n_dom)]).tocsr()

        Btr, Bte = blocks(Xtr, dtr), blocks(Xte, dte)
        Itr, Ite = sp.hstack([Xtr, onehot(dtr)]).tocsr(), sp.hstack([Xte, onehot(dte)]).tocsr()
        for bal in balances:
            tag = "" if bal == "pooled" else " target-balanced"
            fit_kw = {} if bal == "pooled" else {"sample_weight": tb}
            for C in Cs:
                if plain:
                    out[f"pooled{tag} C={C:g}"] = _lr(p, C, bal).fit(Xtr, ytr, **fit_kw).predict(Xte)
                    out[f"pooled+indicator{tag} C={C:g}"] = _lr(p, C, bal).fit(Itr, ytr, **fit_kw).predict(Ite)
                for ws in wss:
                    Atr = sp.hstack([ws * Xtr, Btr, onehot(dtr)]).tocsr()
                    Ate = sp.hstack([ws * Xte, Bte, onehot(dte)]).tocsr()
                    out[f"feda ws={ws:g}{tag} C={C:g}"] = _lr(p, C, bal).fit(Atr, ytr, **fit_kw).predict(Ate)
            for w in weights:
                pred = np.empty(len(test_idx), dtype=object)
                for d in range(n_dom):
                    sw = np.where(dtr == d, 1.0, w) * (tb if bal == "target" else 1.0)
                    keep = sw > 0
                    te_mask = dte == d
                    clf = _lr(p, p["C"], bal).fit(Xtr[keep], ytr[keep], sample_weight=sw[keep])
                    pred[te_mask] = clf.predict(Xte[te_mask])
                out[f"weighted w={w:g}{tag} C={p['C']:g}"] = pred
        out["_seconds"] = time.perf_counter() - t0
    return test_idx, out


def main(argv=None) -> int:
    from stance.cli import OneLineParser  # usage errors in one line

    parser = OneLineParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--C", default="0.3,1,3")
    parser.add_argument("--ws", default="0.5,1,2")
    parser.add_argument("--weights", default="0,0.1,0.25,0.5")
    parser.add_argument("--balance", default="pooled",
                        help="comma-separated: pooled (class weights over the fit's rows), target "
                        "(rows weighted by their class's share within their target)")
    parser.add_argument("--no-plain", action="store_true", help="skip pooled and pooled+indicator")
    parser.add_argument("--param", action="append", default=None,
                        help="model parameters (default: semeval2016.SHARED_PARAMS)")
    args = parser.parse_args(argv)
    if not (args.data_dir / "StanceDataset" / "train.csv").is_file():
        print(f"skipped: SemEval-2016 data not found in {args.data_dir}")
        return 0
    params = parse_params(args.param if args.param is not None else list(SHARED_PARAMS))
    floats = lambda s: [float(v) for v in s.split(",") if v]  # noqa: E731
    Cs, wss, weights = floats(args.C), floats(args.ws), floats(args.weights)
    train, _ = load(args.data_dir)  # the test set is not used
    texts_parts, y_parts, dom_parts, splits_by_target = [], [], [], []
    offset = 0
    for d, (target, group) in enumerate(train.groupby("Target")):
        t = group["Tweet"].to_numpy(dtype=object)
        yy = group["Stance"].to_numpy(dtype=object)
        rskf = RepeatedStratifiedKFold(n_splits=args.folds, n_repeats=args.repeats, random_state=0)
        splits_by_target.append([(tr + offset, te + offset) for tr, te in rskf.split(t, yy)])
        texts_parts.append(t)
        y_parts.append(yy)
        dom_parts.append(np.full(len(t), d))
        offset += len(t)
    texts, y, dom = np.concatenate(texts_parts), np.concatenate(y_parts), np.concatenate(dom_parts)
    n_dom = len(texts_parts)
    marker = build_pipeline(params).named_steps["mark"]
    marked = np.asarray(marker.transform(list(texts)), dtype=object)
    jobs = []
    for r in range(args.repeats):
        for k in range(args.folds):
            i = r * args.folds + k
            tr = np.concatenate([s[i][0] for s in splits_by_target])
            te = np.concatenate([s[i][1] for s in splits_by_target])
            jobs.append(delayed(_fold_job)(texts, marked, y, dom, n_dom, tr, te, params, Cs, wss, weights,
                                          args.balance.split(','), not args.no_plain))
    start = time.perf_counter()
    results = Parallel(n_jobs=args.jobs)(jobs)
    seconds = time.perf_counter() - start
    names = [n for n in results[0][1] if not n.startswith("_")]
    scores = {n: [] for n in names}
    for r in range(args.repeats):
        for n in names:
            pred = np.empty(len(y), dtype=object)
            for test_idx, out in results[r * args.folds:(r + 1) * args.folds]:
                pred[test_idx] = out[n]
            scores[n].append(f_avg(y, pred))
    base = np.mean(scores["separate"])
    print(f"params: {params}; {args.repeats} x {args.folds}-fold CV per target, same folds for all "
          f"variants, pooled F_avg per repeat; {seconds:.0f} s\n")
    print("| variant | CV F_avg | sd | per repeat | vs separate |\n|---|---:|---:|---|---:|")
    for n in sorted(names, key=lambda n: -np.mean(scores[n])):
        s = scores[n]
        print(f"| {n} | {np.mean(s):.2f} | {np.std(s):.2f} | {', '.join(f'{v:.2f}' for v in s)} | "
              f"{np.mean(s) - base:+.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
