"""Benchmark batch scoring, file to file: a plain pandas script, ``stance score`` and Dask.

What is measured, in one run, each as a whole process (interpreter start, model load,
read, score, write), wall time:

(a) a plain pandas script doing the job in memory: ``read_csv``, ``joblib.load``,
    ``predict_proba``, ``to_csv`` with the ``stance``, ``confidence`` and ``p_<label>`` columns;
(b) ``stance score --jobs 1`` (streaming in chunks, in-process), and its peak RSS;
(c) ``stance score --jobs 2`` (two worker processes);
(d) ``stance score --engine dask`` on a LocalCluster of 2 worker processes, to a Parquet dataset;

and, for reference, the raw ``predict_proba`` throughput on an in-memory list, one core.
The input is a synthetic CSV of news-like sentences (default 1,000,000), made by recombining
a few hundred sentence parts with a fixed seed: benchmark input, not training data.

Targets (:data:`TARGETS`): (b) >= 1.0 x (a) in rows/s (streaming costs nothing), (c) >= 1.7 x
(b) (two processes use two cores), peak RSS of (b) < 600 MB (memory stays flat). The script
prints a table, writes the "Batch scoring (issue 4)" section of benchmarks/RESULTS.md (full
runs only, or with --write-results) and exits 1 when a target is missed.

    python benchmarks/bench_score.py               # the full run (about 3 minutes on 2 cores)
    python benchmarks/bench_score.py --rows 50000  # a quick run; RESULTS.md is left alone
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
HEADING = "## Batch scoring (issue 4)"
FULL_ROWS = 1_000_000
SEED = 4
RAW_ROWS = 200_000  # rows for the in-memory predict_proba reference
# name -> (what, minimum): the ratios of rows/s, and peak RSS of (b) in MB as a maximum.
TARGETS = {
    "b_over_a": ("(b) stance score --jobs 1 vs (a) plain pandas, rows/s", 1.0),
    "c_over_b": ("(c) stance score --jobs 2 vs (b) --jobs 1, rows/s", 1.7),
}
MAX_RSS_MB = 600

PLAIN_SCRIPT = '''\
import sys
import joblib
import pandas as pd

src, dst, model_path = sys.argv[1:4]
df = pd.read_csv(src)
model = joblib.load(model_path)
proba = model.predict_proba(df["text"].tolist())
df["stance"] = model.classes_[proba.argmax(axis=1)]
df["confidence"] = proba.max(axis=1)
for j, label in enumerate(model.classes_):
    df[f"p_{label}"] = proba[:, j]
df.to_csv(dst, index=False)
'''

# Runs a command as a child and reports its wall time and the peak RSS of its largest
# process (getrusage of the waited-for children: exact for a single process like (b)).
MEASURE = '''\
import json, resource, subprocess, sys, time
start = time.perf_counter()
rc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode
wall = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"rc": rc, "wall": wall, "maxrss_kb": usage.ru_maxrss, "cpu": usage.ru_utime + usage.ru_stime}))
'''

# --- synthetic input --------------------------------------------------------------------------

ACTORS = [
    "Emmanuel Macron", "Keir Starmer", "Olaf Scholz", "Friedrich Merz", "Giorgia Meloni", "Donald Tusk",
    "Viktor Orban", "Robert Fico", "Pedro Sanchez", "Mette Frederiksen", "Ulf Kristersson", "Alexander Stubb",
    "Kaja Kallas", "Mark Rutte", "Antonio Costa", "Ursula von der Leyen", "Volodymyr Zelensky",
    "Andriy Sybiha", "Rustem Umerov", "Vladimir Putin", "Dmitry Peskov", "Sergei Lavrov", "Maria Zakharova",
    "Dmitry Medvedev", "The Kremlin", "Moscow", "Kyiv", "Paris", "London", "Berlin", "Warsaw", "Rome",
    "The Pentagon", "The White House", "NATO's secretary general", "A senior EU diplomat",
    "The Dutch defence minister", "Canada's prime minister", "Australia's foreign minister",
    "The Baltic states", "Lithuania's president", "Estonia's defence ministry", "Latvia's parliament",
    "Norway's government", "Belgium's foreign minister", "Romania's president", "Bulgaria's cabinet",
    "Greece's prime minister", "Portugal", "Ireland's taoiseach", "Japan", "Turkey's foreign minister",
    "An official in Ankara", "The Czech president", "Slovakia's defence minister", "Hungary's foreign minister",
    "A French general", "The British chief of staff", "German opposition leaders", "Polish lawmakers",
]
VERBS = [
    "said", "told reporters", "insisted", "warned", "argued", "stated on Tuesday", "repeated on Monday",
    "wrote on social media", "told parliament", "said in an interview", "confirmed", "denied",
    "suggested", "announced", "signalled", "declared", "acknowledged", "stressed", "hinted",
    "made clear", "told a press conference in Brussels", "said after talks in Paris",
    "told state television", "said in a statement", "reiterated", "cautioned",
]
CLAUSES = [
    "that sending Western troops to Ukraine could not be ruled out",
    "that no soldiers would be deployed to Ukrainian territory",
    "that a reassurance force could be sent once a ceasefire holds",
    "that foreign troops in Ukraine would be legitimate targets",
    "that the country was ready to put boots on the ground",
    "that it would never send its soldiers to fight in Ukraine",
    "that a European peacekeeping mission needed a U.N. mandate",
    "that the coalition of the willing would meet again next week",
    "that talks on security guarantees were making progress",
    "that air defence systems would be delivered before winter",
    "that a multinational force would help secure Ukraine's skies",
    "that any deployment would require a vote in parliament",
    "that the idea of sending troops was dangerous and irresponsible",
    "that it was prepared to contribute a company of soldiers",
    "that troops would only be sent with American backing",
    "that a conflict with NATO would become inevitable",
    "that training missions inside Ukraine were being considered",
    "that the debate about ground forces was premature",
    "that it would consider joining a monitoring mission",
    "that a new package of artillery shells had been approved",
    "that sanctions on Russian energy would be tightened",
    "that frozen Russian assets should fund reconstruction",
    "that the front line had barely moved in weeks",
    "that drones struck an oil depot overnight",
    "that the peace plan still had gaps",
    "that its navy could help clear mines in the Black Sea",
    "that European security depended on the outcome of the war",
    "that an occupation force would never be accepted",
    "that logistics and intelligence support were on the table",
    "that troops would stay outside Ukraine, in Poland and Romania",
]
CONTEXTS = [
    "on Thursday", "during a visit to Kyiv", "at the Munich Security Conference",
    "ahead of a NATO summit", "after a meeting of defence ministers", "in Brussels",
    "in an interview with Le Monde", "according to Reuters", "according to people familiar with the matter",
    "as fighting continued near Pokrovsk", "while Russian forces advanced in the east",
    "two days after talks in Washington", "amid a dispute over funding", "at a joint news conference",
    "in remarks broadcast on national television", "as the coalition of the willing met in London",
    "following a phone call with Zelensky", "during a debate in the Bundestag", "in the Senate",
    "at the Elysee Palace", "at 10 Downing Street", "on the sidelines of the G7",
]
TAILS = [
    ".", ".", ".", ".", ", officials said.", ", a spokesperson added.", ", but gave no details.",
    ", without naming a date.", "; critics called it reckless.", ", a claim Moscow rejected.",
    ', adding that "all options" remained open.', ', calling it "a red line".',
    ", while allies remained divided.", ", though no decision had been taken.",
    ", according to a transcript.", ", in a rare public comment.",
]


def sentence(rng: random.Random) -> str:
    """One news-like sentence: actor, verb, clause, sometimes a context before or after, a tail."""
    body = f"{rng.choice(ACTORS)} {rng.choice(VERBS)} {rng.choice(CLAUSES)}"
    roll = rng.random()
    if roll < 0.3:
        body = f"{body} {rng.choice(CONTEXTS)}"
    elif roll < 0.5:
        context = rng.choice(CONTEXTS)
        lead = body if not body.startswith(("The ", "A ", "An ")) else body[0].lower() + body[1:]
        body = f"{context[0].upper()}{context[1:]}, {lead}"
    return body + rng.choice(TAILS)


def make_input(path: Path, rows: int, seed: int = SEED) -> None:
    """Write ``rows`` synthetic sentences with id, source and date columns."""
    rng = random.Random(seed)
    tmp = path.with_suffix(".part")
    with open(tmp, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["id", "source", "date", "text"])
        for i in range(rows):
            writer.writerow([f"s{i:07d}", f"outlet-{rng.randrange(40):02d}",
                             f"2025-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}", sentence(rng)])
    os.replace(tmp, path)


# --- measuring --------------------------------------------------------------------------------

def cpu_seconds_busy() -> float | None:
    """Core-seconds the whole machine has spent busy since boot (None where /proc/stat is absent)."""
    try:
        fields = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
    except OSError:
        return None
    ticks = [int(x) for x in fields]
    idle = ticks[3] + (ticks[4] if len(ticks) > 4 else 0)  # idle + iowait
    return (sum(ticks[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def wait_quiet(max_wait: float, busy_limit: float = 0.15) -> float | None:
    """Wait up to ``max_wait`` s until other processes use under ``busy_limit`` of the machine."""
    deadline = time.monotonic() + max_wait
    waited = False
    while True:
        before = cpu_seconds_busy()
        time.sleep(2)
        after = cpu_seconds_busy()
        if before is None or after is None:
            return None
        busy = (after - before) / (2 * (os.cpu_count() or 1))
        if busy < busy_limit or time.monotonic() >= deadline:
            if waited:
                print(f"    ... machine {busy:.0%} busy now; measuring", file=sys.stderr, flush=True)
            return busy
        if not waited:
            print(f"    machine {busy:.0%} busy with other work; waiting up to {max_wait:.0f} s ...",
                  file=sys.stderr, flush=True)
            waited = True


BURN = "n = 0\nfor i in range(12_000_000):\n    n += i * i\n"


def host_scaling() -> float:
    """How much faster two processes of a pure-Python loop finish than one, run one after the other."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", BURN], check=True)
    one = time.perf_counter() - start
    start = time.perf_counter()
    pair = [subprocess.Popen([sys.executable, "-c", BURN]) for _ in range(2)]
    for proc in pair:
        proc.wait()
    return 2 * one / (time.perf_counter() - start)


def measure(cmd: list[str]) -> dict:
    """Wall time, peak RSS and CPU time of ``cmd`` run as a child, and the others' share of the machine."""
    busy_before = cpu_seconds_busy()
    done = subprocess.run([sys.executable, "-c", MEASURE, *cmd], capture_output=True, text=True)
    busy_after = cpu_seconds_busy()
    lines = done.stdout.strip().splitlines()
    if done.returncode or not lines:
        raise SystemExit(f"bench_score: measuring {' '.join(cmd)} failed:\n{done.stderr}")
    result = json.loads(lines[-1])
    if result["rc"]:
        raise SystemExit(f"bench_score: {' '.join(cmd)} exited {result['rc']}:\n{done.stderr}")
    result["stderr"] = done.stderr.strip()
    result["others"] = None
    if busy_before is not None and busy_after is not None:
        # What the rest of the machine used while this ran, as a share of all its cores.
        others = (busy_after - busy_before - result["cpu"]) / (result["wall"] * (os.cpu_count() or 1))
        result["others"] = max(others, 0.0)
    return result


def run_plan(plan: dict[str, tuple[str, list[str]]], *, repeat: int, wait: float, parallel=(),
             describe=None, measure_run=measure, peaks=("maxrss_kb",)) -> dict[str, dict]:
    """Measure each command of ``plan`` (key -> (what, command)) ``repeat`` times, round by round.

    Keeps each key's fastest run, with ``walls`` (every run's wall time) and, for each of
    ``peaks``, the worst of the runs; ``scaling`` (:func:`host_scaling`) is measured just before
    the runs of the ``parallel`` keys; ``wait`` seconds at most for a quiet machine before each.
    """
    runs: dict[str, dict] = {}
    for round_ in range(1, repeat + 1):
        for key, (what, cmd) in plan.items():
            print(f"({key}) {what}, run {round_} of {repeat} ...", file=sys.stderr, flush=True)
            if wait:
                wait_quiet(wait)
            scaling = host_scaling() if key in parallel else None
            result = measure_run(cmd)
            result.update(what=what, scaling=scaling)
            others = "?" if result["others"] is None else f"{result['others']:.0%}"
            text = describe(result) if describe else f"{result['wall']:.1f} s"
            print(f"    {text}, other work {others}"
                  + (f", 2-core scaling {scaling:.2f}" if scaling is not None else ""), file=sys.stderr)
            kept = runs.get(key)
            walls = [*(kept["walls"] if kept else []), result["wall"]]
            worst = {name: max(result[name], kept[name] if kept else 0) for name in peaks}
            if kept is None or result["wall"] < kept["wall"]:
                kept = result
            runs[key] = {**kept, "walls": walls, **worst}  # peaks: the worst of the runs
    return runs


def raw_throughput(model_path: Path, input_csv: Path, rows: int, repeat: int = 1) -> float:
    """predict_proba rows/s on a list already in memory, one core (the fastest of ``repeat``)."""
    import joblib
    import pandas as pd
    from threadpoolctl import threadpool_limits

    texts = pd.read_csv(input_csv, usecols=["text"], nrows=rows)["text"].tolist()
    model = joblib.load(model_path)
    best = float("inf")
    with threadpool_limits(1):
        model.predict_proba(texts[:1000])  # warm-up
        for _ in range(repeat):
            start = time.perf_counter()
            model.predict_proba(texts)
            best = min(best, time.perf_counter() - start)
    return len(texts) / best


def machine() -> dict:
    """What the figures were measured on."""
    from importlib.metadata import PackageNotFoundError, version

    cpu = platform.processor() or "unknown"
    try:
        names = re.findall(r"^model name\s*:\s*(.+)$", Path("/proc/cpuinfo").read_text(), re.M)
        cpu = names[0].strip() if names else cpu
    except OSError:
        pass
    ram = None
    try:
        kb = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
        ram = kb / 2**20
    except (OSError, AttributeError):
        pass
    versions = {}
    for name in ("stance", "scikit-learn", "numpy", "scipy", "pandas", "pyarrow", "joblib", "dask", "distributed"):
        try:
            versions[name] = version(name)
        except PackageNotFoundError:
            versions[name] = "absent"
    return {"cpu": cpu, "cores": os.cpu_count(), "ram_gib": ram, "python": platform.python_version(),
            "versions": versions, "platform": platform.platform()}


def model_provenance(model_path: Path) -> dict:
    try:
        meta = json.loads(model_path.with_suffix(".json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {"data_sha256": meta.get("data_sha256", "?"), "model_sha256": meta.get("model_sha256", "?"),
            "labels": meta.get("labels", []), "rows": meta.get("rows", {}).get("total")}


# --- reporting --------------------------------------------------------------------------------

def verdicts(runs: dict) -> list[tuple[str, str, str, str, bool]]:
    """(target, measured on the kept runs, on the median runs, verdict, met) for each target."""
    out = []
    for key, (what, minimum) in TARGETS.items():
        num, den = key.split("_over_")
        ratio = runs[den]["wall"] / runs[num]["wall"]  # rows/s ratio = inverse ratio of wall times
        median = statistics.median(runs[den]["walls"]) / statistics.median(runs[num]["walls"])
        out.append((f"{what} >= {minimum:.1f}x", f"{ratio:.2f}x", f"{median:.2f}x", ratio >= minimum))
    rss = runs["b"]["maxrss_kb"] / 1024
    out.append((f"peak RSS of (b) < {MAX_RSS_MB} MB (worst run)", f"{rss:.0f} MB", "", rss < MAX_RSS_MB))
    return [(what, got, median, "PASS" if ok else "MISS", ok) for what, got, median, ok in out]


def section(args, info, prov, runs, raw, checks, load, input_mb) -> str:
    v = info["versions"]
    command = "python benchmarks/bench_score.py" + "".join(
        f" {flag} {value}" for flag, value, default in (
            ("--rows", args.rows, FULL_ROWS), ("--repeat", args.repeat, 3), ("--wait-quiet", f"{args.wait_quiet:g}", "0"))
        if value != default)
    lines = [
        HEADING,
        "",
        f"Measured {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC with `{command}` (`make bench` runs "
        f"the defaults): each run a whole process, file to file, wall time; each run {args.repeat} times, "
        "interleaved, and the fastest kept (the machine is shared, see below).",
        "",
        f"- Input: {args.rows:,} synthetic news-like sentences (seed {SEED}), CSV of {input_mb:.0f} MB "
        "with columns id, source, date, text.",
        f"- Machine: {info['cpu']}, {info['cores']} cores, {info['ram_gib']:.1f} GiB RAM, {info['platform']}.",
        f"- Python {info['python']}; stance {v['stance']}, scikit-learn {v['scikit-learn']}, numpy {v['numpy']}, "
        f"scipy {v['scipy']}, pandas {v['pandas']}, pyarrow {v['pyarrow']}, joblib {v['joblib']}, "
        f"dask {v['dask']}, distributed {v['distributed']}.",
        f"- Model: `{_rel(args.model)}`, data_sha256 `{prov.get('data_sha256', '?')[:12]}`, model_sha256 "
        f"`{prov.get('model_sha256', '?')[:12]}`, labels {', '.join(prov.get('labels', []))}.",
        f"- Load average {load[0]:.2f} before and {load[1]:.2f} after. \"Other work\" is the share of the "
        "machine's cores that other processes used during the kept run; \"2-core scaling\" is how much "
        "faster two processes of a pure-Python loop ran than one, just before that run (2.00: both cores "
        "free; about 1.00: the virtual machine effectively had one core).",
        "",
        "| run | what | wall s (kept) | all runs, s | rows/s | peak RSS MB | CPU s | other work | 2-core scaling |",
        "|---|---|---:|---|---:|---:|---:|---:|---:|",
    ]
    for key, run in runs.items():
        others = "?" if run["others"] is None else f"{run['others']:.0%}"
        scaling = "" if run.get("scaling") is None else f"{run['scaling']:.2f}"
        walls = ", ".join(f"{w:.1f}" for w in run["walls"])
        lines.append(f"| ({key}) | {run['what']} | {run['wall']:.1f} | {walls} | {run['rows_per_s']:,.0f} | "
                     f"{run['maxrss_kb'] / 1024:.0f} | {run['cpu']:.1f} | {others} | {scaling} |")
    lines.append(f"| ref | raw `predict_proba` on an in-memory list of {min(args.rows, RAW_ROWS):,}, one core, "
                 f"fastest of {args.repeat} "
                 f"| | | {raw:,.0f} | | | | |")
    lines += ["", "| target | measured (kept runs) | median runs | verdict |", "|---|---:|---:|---|"]
    lines += [f"| {what} | {got} | {median} | **{verdict}** |" for what, got, median, verdict, _ in checks]
    b, c = runs["b"], runs["c"]
    lines += [
        "",
        f"What bounds the figures: the model itself. (b) reaches {b['rows_per_s'] / raw:.0%} of its "
        "one-core `predict_proba` rate (ref), the rest being start-up (Python, scikit-learn and the model: "
        f"{args.startup:.1f} s, measured on a 10-row file), reading and writing. (c) reaches "
        f"{c['rows_per_s'] / (2 * raw):.0%} of twice that rate: the start-up is serial, and the "
        f"parent (cutting the file into blocks, writing) and the workers share the two cores (CPU time "
        f"(c) {c['cpu']:.1f} s vs (b) {b['cpu']:.1f} s). Peak RSS is that of the largest process "
        "(getrusage of the children); (c) and (d) have one such process per worker, (a) holds the whole "
        "file in memory.",
        "",
    ]
    return "\n".join(lines)


def _rel(path: Path) -> str:
    try:
        return str(Path(path).resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def write_section(text: str, path: Path = RESULTS, heading: str = HEADING) -> None:
    """Replace a benchmark's section of RESULTS.md (from its heading to the next ``## ``), or append it."""
    old = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n"
    start = old.find(heading)
    if start < 0:
        new = old.rstrip("\n") + "\n\n" + text
    else:
        nxt = old.find("\n## ", start + len(heading))
        new = old[:start] + text + ("\n" + old[nxt + 1:] if nxt >= 0 else "")
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(new.rstrip("\n") + "\n", encoding="utf-8")
    os.replace(tmp, path)


def add_run_arguments(parser, *, full: str, repeat: int) -> None:
    """The options every benchmark of this folder takes: model, work folder, results, repeats."""
    parser.add_argument("--model", type=Path, default=ROOT / "models" / "stance.joblib", help="model file")
    parser.add_argument("--workdir", type=Path, help="keep the input and outputs here (default: a temp folder)")
    parser.add_argument("--write-results", action="store_true",
                        help=f"update RESULTS.md even for a run smaller than the full {full}")
    parser.add_argument("--repeat", type=int, default=repeat, help="runs of each measurement; the fastest is kept")
    parser.add_argument("--wait-quiet", type=float, default=0, metavar="SECONDS",
                        help="before each run, wait up to this long for other work on the machine to stop")


def main(argv=None) -> int:
    from stance.cli import OneLineParser  # usage errors in one line

    parser = OneLineParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=FULL_ROWS, help="sentences in the input (default: 1,000,000)")
    add_run_arguments(parser, full="1,000,000 rows", repeat=3)
    parser.add_argument("--skip-dask", action="store_true", help="leave out (d)")
    args = parser.parse_args(argv)

    work = args.workdir or Path(tempfile.mkdtemp(prefix="bench_score."))
    work.mkdir(parents=True, exist_ok=True)
    try:
        src = work / f"sentences_{args.rows}.csv"
        if not src.exists():
            print(f"writing {args.rows:,} synthetic sentences to {src} ...", file=sys.stderr)
            make_input(src, args.rows)
        (work / "plain.py").write_text(PLAIN_SCRIPT, encoding="utf-8")
        score = [sys.executable, "-m", "stance", "score", "--model", str(args.model), "--quiet"]
        stance = [*score, str(src)]
        plan = {
            "a": ("plain pandas script: read_csv, joblib.load, predict_proba, to_csv",
                  [sys.executable, str(work / "plain.py"), str(src), str(work / "a.csv"), str(args.model)]),
            "b": ("`stance score --jobs 1`, CSV to CSV", [*stance, "-o", str(work / "b.csv"), "--jobs", "1"]),
            "c": ("`stance score --jobs 2`, CSV to CSV", [*stance, "-o", str(work / "c.csv"), "--jobs", "2"]),
            "d": ("`stance score --engine dask --jobs 2` (LocalCluster, 2 worker processes), CSV to Parquet dataset",
                  [*stance, "-o", str(work / "d.parquet"), "--engine", "dask", "--jobs", "2"]),
        }
        if args.skip_dask:
            del plan["d"]
        load_before = os.getloadavg()[0]
        make_input(work / "tiny.csv", 10)
        args.startup = measure([*score, str(work / "tiny.csv"), "-o", str(work / "tiny_out.csv")])["wall"]
        runs = run_plan(plan, repeat=args.repeat, wait=args.wait_quiet, parallel=("c", "d"),
                        describe=lambda r: f"{r['wall']:.1f} s, {args.rows / r['wall']:,.0f} rows/s, "
                                           f"peak RSS {r['maxrss_kb'] / 1024:.0f} MB, CPU {r['cpu']:.1f} s")
        for run in runs.values():
            run["rows_per_s"] = args.rows / run["wall"]
        print("raw predict_proba, in memory, one core ...", file=sys.stderr, flush=True)
        raw = raw_throughput(args.model, src, min(args.rows, RAW_ROWS), args.repeat)
        load = (load_before, os.getloadavg()[0])
        checks = verdicts(runs)
        text = section(args, machine(), model_provenance(args.model), runs, raw, checks, load,
                       src.stat().st_size / 1e6)
        print("\n" + text)
        if args.rows == FULL_ROWS or args.write_results:
            write_section(text)
            print(f"updated {_rel(RESULTS)}", file=sys.stderr)
        return 0 if all(ok for *_, ok in checks) else 1
    finally:
        if args.workdir is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
