"""Make the pictures of the HTML report in docs/: a generated archive, extracted, reported, shot.

    python scripts/report_screenshot.py        # writes docs/report.png and docs/report-evidence.png

Runs the researcher's path of the README on 400 generated articles (the archive of
benchmarks/bench_extract.py: the seed articles' paragraphs recombined, with dates and
outlets), opens the report in headless Chromium (tests/browser.py) and saves two screenshots:
the top of the report, and the evidence filtered to "oppose" with a search.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "benchmarks"), str(ROOT / "tests")]

from bench_extract import make_archive  # noqa: E402
from browser import Chromium, file_url, find_chromium  # noqa: E402

from stance.cli import OneLineParser  # noqa: E402


def main(argv=None) -> int:
    OneLineParser(description=__doc__.splitlines()[0]).parse_args(argv)  # --help, and nothing else
    chromium = find_chromium()
    if chromium is None:
        raise SystemExit("report_screenshot: needs Chromium (apt-get install chromium)")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        make_archive(work / "archive.csv", 400)
        stance = [sys.executable, "-m", "stance"]
        subprocess.run([*stance, "extract", str(work / "archive.csv"), "-o", str(work / "statements.csv"),
                        "--jobs", "2", "--id-column", "id"], check=True)
        subprocess.run([*stance, "report", str(work / "statements.csv"), "-o", str(work / "report.html"),
                        "--by", "quarter", "--title", "Foreign troops in Ukraine: 400 generated articles"],
                       check=True)
        with Chromium(chromium, width=1280, height=1500) as browser:
            browser.open(file_url(work / "report.html"))
            (ROOT / "docs" / "report.png").write_bytes(browser.screenshot())
            browser.click("#filter-oppose")
            browser.click("#search")
            browser.type("troops")
            browser.js("document.getElementById('evidence').scrollIntoView()")
            (ROOT / "docs" / "report-evidence.png").write_bytes(browser.screenshot())
    print("wrote docs/report.png and docs/report-evidence.png", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
