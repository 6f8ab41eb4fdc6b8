"""scripts/corpus_readme.py and scripts/report_screenshot.py: --help prints help and changes nothing;
every script, benchmarks included, refuses an unknown option in one line."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# What each script writes when it runs.
WRITES = {
    # (took no options: --help and any unknown option ran the whole report)
    "scripts/agreement.py": [],
    "scripts/corpus_readme.py": ["labeled/README.md"],
    "scripts/report_screenshot.py": ["docs/report.png", "docs/report-evidence.png"],
}


@pytest.mark.parametrize("script", sorted(WRITES))
def test_help_prints_the_docstring_and_writes_nothing(script):
    before = {name: (ROOT / name).stat().st_mtime_ns for name in WRITES[script]}
    run = subprocess.run([sys.executable, script, "--help"], cwd=ROOT, capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 0 and run.stderr == ""
    first_line = (ROOT / script).read_text(encoding="utf-8").split('"""')[1].splitlines()[0]
    assert run.stdout.startswith(f"usage: {Path(script).name} [-h]")
    assert " ".join(first_line.split()) in " ".join(run.stdout.split())
    assert {name: (ROOT / name).stat().st_mtime_ns for name in WRITES[script]} == before


BENCHMARKS = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "benchmarks").glob("*.py"))


@pytest.mark.parametrize("script", sorted(WRITES) + BENCHMARKS)
def test_an_unknown_option_is_one_line(script):
    # The benchmark scripts printed argparse's usage block (two to four lines) before the error
    run = subprocess.run([sys.executable, script, "--bogus"], cwd=ROOT, capture_output=True, text=True,
                         timeout=120)
    name = Path(script).name
    assert run.returncode == 2
    assert run.stderr == f"{name}: error: unrecognized arguments: --bogus; see {name} --help\n"
