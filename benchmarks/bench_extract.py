"""Benchmark ``stance extract`` on a news archive: one process, two workers, and Dask.

What is measured, each as a whole process (interpreter start, model and registry load, read,
split, attribute, score, write), wall time, on an archive of generated articles (default
20,000: a CSV with ``id``, ``date``, ``outlet``, ``url`` and ``text``; the articles recombine
the paragraphs of the five seed articles in examples/articles/ with a fixed seed, and each
gets a date in 2024-2025 and one of eight outlets):

(b) ``stance extract --jobs 1``, CSV to CSV;
(c) ``stance extract --jobs 2``, two worker processes, CSV to CSV;
(d) ``stance extract --engine dask --jobs 2`` (LocalCluster, 2 worker processes), to a
    Parquet dataset, whose rows are then compared with (b)'s, cell by cell.

Targets: (c) >= 1.7 x (b) in articles/s; peak memory < 600 MB, both the RSS of the largest
process (getrusage of the children) and the PSS of all the run's processes together (sampled
every 0.2 s);
(d)'s rows equal to (b)'s. The script prints a table, writes the "Extract at archive scale
(issue 13)" section of benchmarks/RESULTS.md (full runs only, or with --write-results) and
exits 1 when a target is missed.

    python benchmarks/bench_extract.py                   # the full run
    python benchmarks/bench_extract.py --articles 500    # a quick run; RESULTS.md is left alone
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import random
import shutil
import sys
import tempfile
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_score import (  # noqa: E402  (the shared measuring helpers)
    RESULTS,
    ROOT,
    _rel,
    add_run_arguments,
    machine,
    measure,
    model_provenance,
    run_plan,
    write_section,
)

HEADING = "## Extract at archive scale (issue 13)"
FULL_ARTICLES = 20_000
SEED = 13
SPEEDUP = 1.7
MAX_RSS_MB = 600
OUTLETS = ["Reuters", "AP", "AFP", "BBC", "Le Monde", "Der Spiegel", "Kyiv Independent", "Politico Europe"]
FIRST_DAY, DAYS = dt.date(2024, 1, 1), 731


def seed_paragraphs() -> list[str]:
    """The non-empty paragraphs (lines) of the seed articles, headlines and bylines included."""
    lines = []
    for path in sorted((ROOT / "examples" / "articles").glob("*.txt")):
        lines += [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return lines


def make_archive(path: Path, articles: int, seed: int = SEED) -> None:
    """A CSV archive of generated articles with id, date, outlet, url and text."""
    rng = random.Random(seed)
    paragraphs = seed_paragraphs()
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["id", "date", "outlet", "url", "text"])
        for i in range(articles):
            day = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))
            outlet = rng.choice(OUTLETS)
            body = "\n\n".join(rng.sample(paragraphs, rng.randint(4, 9)))
            writer.writerow([f"a{i:06d}", day.isoformat(), outlet,
                             f"https://news.example/{outlet.lower().replace(' ', '-')}/{i}", body])


class TreeRSS:
    """Samples the summed PSS (proportional set size) of every process descended from this one.

    PSS splits each shared page among the processes sharing it, so the sum is the memory the
    whole run holds: forked workers' copy-on-write pages are not counted twice.
    """

    def __init__(self, interval: float = 0.2):
        self.interval, self.peak_kb = interval, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        me = os.getpid()
        while not self._stop.wait(self.interval):
            parents, rss = {}, {}
            for entry in os.listdir("/proc"):
                if not entry.isdigit():
                    continue
                try:
                    status = Path(f"/proc/{entry}/status").read_text()
                    parent = int(status.split("PPid:", 1)[1].split()[0])
                    # PSS: pages shared by forked workers are counted once in the sum, not per process.
                    rollup = Path(f"/proc/{entry}/smaps_rollup").read_text() if parent else ""
                except (OSError, IndexError, ValueError):
                    continue
                parents[int(entry)] = parent
                rss[int(entry)] = int(rollup.split("Pss:", 1)[1].split()[0]) if "Pss:" in rollup else 0
            total = 0
            for pid in parents:
                up = pid
                while up and up != me:
                    up = parents.get(up, 0)
                if up == me:
                    total += rss[pid]
            self.peak_kb = max(self.peak_kb, total)


def same_rows(local_csv: Path, dask_parquet: Path) -> tuple[bool, str]:
    """(d)'s rows against (b)'s: every column, cell by cell, in order."""
    import pandas as pd

    local = pd.read_csv(local_csv, dtype=str, keep_default_na=False)
    dask = pd.read_parquet(dask_parquet)
    if list(local.columns) != list(dask.columns) or len(local) != len(dask):
        return False, f"columns or row counts differ ({len(local):,} vs {len(dask):,} rows)"
    for column in local.columns:
        theirs = dask[column]
        if theirs.dtype.kind == "f":
            if not (abs(pd.to_numeric(local[column]) - theirs) <= 1e-12).all():
                return False, f"column {column} differs"
        elif (theirs.astype(str).to_numpy() != local[column].to_numpy()).any():
            return False, f"column {column} differs"
    return True, f"{len(local):,} rows x {len(local.columns)} columns equal"


def section(args, info, prov, runs, equal, checks, input_mb) -> str:
    b = runs["b"]
    lines = [
        HEADING, "",
        f"Measured {dt.date.today().isoformat()} by `python benchmarks/bench_extract.py"
        f"{'' if args.articles == FULL_ARTICLES else f' --articles {args.articles}'}` on {info['cpu']}, "
        f"{info['cores']} cores, {info['ram_gib'] or 0:.1f} GiB RAM, {info['platform']}, Python "
        f"{info['python']}, pandas {info['versions']['pandas']}, dask {info['versions']['dask']}; model "
        f"{str(prov.get('model_sha256', '?'))[:12]}.... Input: {args.articles:,} generated articles "
        f"({input_mb:.1f} MB CSV with id, date, outlet, url, text; {b['articles_sentences']}). Each run "
        f"a whole process, file to file; each run {args.repeat} time(s), the fastest kept.", "",
        "| run | what | wall s (kept) | all runs, s | articles/s | CPU s | peak RSS, largest process MB "
        "| peak PSS, all processes MB | other work | 2-core scaling |",
        "|---|---|---:|---|---:|---:|---:|---:|---:|---:|",
    ]
    for key, run in runs.items():
        scaling = "" if run.get("scaling") is None else f"{run['scaling']:.2f}"
        others = "" if run.get("others") is None else f"{run['others']:.0%}"
        lines.append(f"| ({key}) | {run['what']} | {run['wall']:.1f} | "
                     f"{', '.join(f'{w:.1f}' for w in run['walls'])} | {args.articles / run['wall']:,.1f} | "
                     f"{run['cpu']:.0f} | {run['maxrss_kb'] / 1024:.0f} | {run['tree_kb'] / 1024:.0f} | "
                     f"{others} | {scaling} |")
    lines += ["", "| target | measured | met |", "|---|---|---|"]
    lines += [f"| {what} | {value} | {'yes' if ok else '**no**'} |" for what, value, ok in checks]
    lines += ["", f"Dask rows against the local ones: {equal[1]}. CPU s is the user + system time of all "
              "the run's processes; \"other work\" the share of the machine's cores that other processes "
              "used during the run; \"2-core scaling\" how much faster two processes of a pure-Python loop "
              "ran than one just before that run (2.00: both cores free). A figure well below 2, or other "
              "work above 0%, means the machine was shared and the wall-time ratio understates (c)."]
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    from stance.cli import OneLineParser  # usage errors in one line

    parser = OneLineParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=FULL_ARTICLES, help="articles in the archive")
    add_run_arguments(parser, full="20,000 articles", repeat=1)
    args = parser.parse_args(argv)

    work = args.workdir or Path(tempfile.mkdtemp(prefix="bench_extract."))
    work.mkdir(parents=True, exist_ok=True)
    try:
        src = work / f"archive_{args.articles}.csv"
        if not src.exists():
            print(f"writing {args.articles:,} generated articles to {src} ...", file=sys.stderr)
            make_archive(src, args.articles)
        extract = [sys.executable, "-m", "stance", "extract", str(src), "--model", str(args.model), "--quiet"]
        plan = {
            "b": ("`stance extract --jobs 1`, CSV to CSV", [*extract, "-o", str(work / "b.csv"), "--jobs", "1"]),
            "c": ("`stance extract --jobs 2`, CSV to CSV", [*extract, "-o", str(work / "c.csv"), "--jobs", "2"]),
            "d": ("`stance extract --engine dask --jobs 2` (LocalCluster, 2 workers), CSV to Parquet dataset",
                  [*extract, "-o", str(work / "d.parquet"), "--engine", "dask", "--jobs", "2"]),
        }
        def measure_tree(cmd: list[str]) -> dict:
            with TreeRSS() as tree:
                result = measure(cmd)
            return {**result, "tree_kb": tree.peak_kb}

        runs = run_plan(plan, repeat=args.repeat, wait=args.wait_quiet, parallel=("c", "d"),
                        measure_run=measure_tree, peaks=("maxrss_kb", "tree_kb"),
                        describe=lambda r: f"{r['wall']:.1f} s, {args.articles / r['wall']:,.1f} articles/s, "
                                           f"peak RSS {r['maxrss_kb'] / 1024:.0f} MB (largest process), "
                                           f"{r['tree_kb'] / 1024:.0f} MB (PSS, all processes), CPU {r['cpu']:.1f} s")
        import pandas as pd

        rows = pd.read_csv(work / "b.csv", usecols=["actor"], dtype=str, keep_default_na=False)
        runs["b"]["articles_sentences"] = (f"{len(rows):,} sentences, "
                                           f"{(rows['actor'] != '').sum():,} with an actor")
        equal = same_rows(work / "b.csv", work / "d.parquet")
        ratio = runs["b"]["wall"] / runs["c"]["wall"]
        rss = max(run["maxrss_kb"] for run in runs.values()) / 1024
        tree = max(run["tree_kb"] for key, run in runs.items() if key != "d") / 1024
        checks = [
            (f"(c) --jobs 2 >= {SPEEDUP} x (b) --jobs 1, articles/s", f"{ratio:.2f} x", ratio >= SPEEDUP),
            (f"peak RSS < {MAX_RSS_MB} MB, largest process of any run", f"{rss:.0f} MB", rss < MAX_RSS_MB),
            (f"peak memory (PSS) < {MAX_RSS_MB} MB, all processes of (b) or (c) together", f"{tree:.0f} MB",
             tree < MAX_RSS_MB),
            ("(d) Dask rows equal to (b) local rows", equal[1], equal[0]),
        ]
        text = section(args, machine(), model_provenance(args.model), runs, equal, checks,
                       src.stat().st_size / 1e6)
        print("\n" + text)
        if args.articles == FULL_ARTICLES or args.write_results:
            write_section(text, heading=HEADING)
            print(f"updated {_rel(RESULTS)}", file=sys.stderr)
        return 0 if all(ok for *_, ok in checks) else 1
    finally:
        if args.workdir is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
