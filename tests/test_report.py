"""`stance report`: one self-contained HTML file, checked as text and in a real browser."""

import re
import struct

import pandas as pd
import pytest

from stance.article.report import build_report
from stance.cli import main
from stance.exceptions import DataError

from .browser import Chromium, file_url, find_chromium

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
INJECTION = "<script>window.injected = true</script><img src=x onerror=\"window.injected = true\">"
# Statements as `stance extract` writes them, with a date and an outlet; one sentence carries markup.
STATEMENTS = pd.DataFrame({
    "article": ["a1", "a1", "a1", "a2", "a2", "a3", "a3", "a3", "a4", "a4"],
    "date": ["2025-01-05", "2025-01-05", "2025-01-05", "2025-02-10", "2025-02-10", "2025-03-01",
             "2025-03-01", "2025-03-01", "2025-03-20", "2025-03-20"],
    "outlet": ["AFP"] * 5 + ["BBC <b>World</b>"] * 5,
    "sentence_no": [1, 2, 3, 1, 2, 1, 2, 3, 1, 2],
    "text": ["Macron said troops could not be ruled out.", f"He added: {INJECTION}",
             "The summit ended late.", "Moscow warned any troops would be targets.",
             "Peskov said it was unacceptable.", "Macron repeated the offer.",
             "Russia rejected it again.", "Fighting continued.", "Starmer backed a reassurance force.",
             "Zakharova called it a provocation & a threat."],
    "actor": ["Emmanuel Macron", "Emmanuel Macron", "", "Russia", "Dmitry Peskov", "Emmanuel Macron",
              "Russia", "", "Keir Starmer", "Maria <i>Zakharova</i>"],
    "stance": ["support", "neutral", "neutral", "oppose", "oppose", "support", "oppose", "neutral",
               "support", "oppose"],
    "confidence": [0.91, 0.55, 0.8, 0.97, 0.88, 0.93, 0.9, 0.7, 0.86, 0.95],
})
ACTORS = 5
WITH_ACTOR = 8


@pytest.fixture
def statements_csv(tmp_path):
    path = tmp_path / "statements.csv"
    STATEMENTS.to_csv(path, index=False)
    return path


def test_report_is_one_offline_file_with_everything_escaped():
    page = build_report(STATEMENTS, sources=["statements.csv"])
    assert page.count("<script") == 1 and "<link" not in page and "@import" not in page
    assert not re.search(r"""(src|href)\s*=\s*['"]?(https?:|//)""", page) and "url(" not in page
    assert "&lt;script&gt;window.injected = true&lt;/script&gt;" in page
    assert "<img src=x" not in page and "Maria &lt;i&gt;Zakharova&lt;/i&gt;" in page
    assert page.count("src='data:image/png;base64,") == 2  # the stance chart and the trend chart
    assert "Net stance by month" in page
    assert page.count("<tr data-label=") == WITH_ACTOR  # narration is not evidence


def test_no_trend_chart_without_dates_and_evidence_capped():
    page = build_report(STATEMENTS.drop(columns=["date"]), max_evidence=1)
    assert page.count("src='data:image/png;base64,") == 1 and "Net stance by" not in page
    assert "(1 most confident of 3 shown)" in page
    assert page.count("<tr data-label=") == ACTORS


def test_the_evidence_counts_group_thousands_as_the_lead_does():
    # The lead said "3,000 sentences with an actor" and the evidence "1500 sentences", "(2 most
    # confident of 1500 shown)" and, in the browser, "2 of 3000 sentences shown"
    many = pd.concat([STATEMENTS] * 500, ignore_index=True)
    page = build_report(many.drop(columns=["date"]), max_evidence=2)
    assert "1,500 sentences</small> <small>(2 most confident of 1,500 shown)</small>" in page
    assert "toLocaleString('en-US')" in page


def test_report_refuses_what_is_not_extract_output():
    with pytest.raises(DataError, match=r"not `stance extract` output: no column\(s\) 'sentence_no'"):
        build_report(STATEMENTS.drop(columns=["sentence_no"]))


def test_report_command_end_to_end_from_extract(tmp_path, model_dir, capsys):
    articles = pd.DataFrame({"date": ["2025-01-02", "2025-02-03"], "outlet": ["AFP", "BBC"],
                             "text": ["Italy will not send troops to Ukraine, Meloni told reporters.\n"
                                      "She said Rome would help in other ways <script>x</script> <like this>.",
                                      "Macron said sending Western troops could not be ruled out."]})
    articles.to_csv(tmp_path / "archive.csv", index=False)
    model = str(model_dir / "stance.joblib")
    assert main(["extract", str(tmp_path / "archive.csv"), "-o", str(tmp_path / "s.csv"), "--model", model,
                 "--quiet"]) == 0
    assert main(["report", str(tmp_path / "s.csv"), "-o", str(tmp_path / "report.html")]) == 0
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    # extract drops a script of web copy; what only looks like a tag stays, escaped in the page
    assert "Giorgia Meloni" in page and "&lt;like this&gt;" in page and "script&gt;x" not in page
    assert "stance report: 3 sentences from 1 file" in capsys.readouterr().err


BAD = [
    (["{tmp}/articles.csv", "-o", "{tmp}/r.html"], "not `stance extract` output: no column(s) 'article'"),
    (["{src}", "-o", "{tmp}/r.pdf"], "the report is an HTML file"),
    (["{src}", "-o", "{src}"], "the report is an HTML file"),
    (["{tmp}/same.html", "-o", "{tmp}/same.html"], "unknown file type '.html'"),
    (["{src}", "-o", "{tmp}/r.html", "--date-column", "published"], "no column 'published' for the dates"),
    (["{tmp}/baddate.csv", "-o", "{tmp}/r.html"], "baddate.csv, row 3: column 'date' holds 'last Tuesday'"),
    (["{src}", "-o", "{tmp}/none/r.html"], "the output folder"),
    (["{src}", "-o", "{tmp}/r.html", "--max-evidence", "0"], "--max-evidence must be at least 1"),
    # Was ignored without a word: a report without the trend chart asked for
    (["{tmp}/undated.csv", "-o", "{tmp}/r.html", "--by", "week"],
     "undated.csv: no column 'date' for the dates"),
    # Were written with an empty <title> and heading (--title "$TITLE" with TITLE unset)
    (["{src}", "-o", "{tmp}/r.html", "--title", ""],
     "--title is blank (an unset shell variable?); give the report's title, or leave --title out"),
    (["{src}", "-o", "{tmp}/r.html", "--title", "  "], "--title is blank"),
    # Was read as the default 'date', where an empty --text-column is refused
    (["{src}", "-o", "{tmp}/r.html", "--date-column", ""], "no column '' for the dates"),
]


@pytest.mark.parametrize("args, message", BAD)
def test_report_bad_input_is_one_line_and_leaves_nothing(tmp_path, statements_csv, capsys, args, message):
    pd.DataFrame({"text": ["x"]}).to_csv(tmp_path / "articles.csv", index=False)
    STATEMENTS.assign(date=["2025-01-01", "2025-01-02", "last Tuesday"] + ["2025-01-03"] * 7).to_csv(
        tmp_path / "baddate.csv", index=False)
    (tmp_path / "same.html").write_text("<p>old</p>")
    STATEMENTS.drop(columns=["date"]).to_csv(tmp_path / "undated.csv", index=False)
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(SystemExit) as exc:
        main(["report", *[a.format(src=statements_csv, tmp=tmp_path) for a in args]])
    err = capsys.readouterr().err
    assert exc.value.code == 2 and err.startswith("stance report: error: ") and err.count("\n") == 1
    assert message in err
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert (tmp_path / "same.html").read_text() == "<p>old</p>"


# --- in a real browser ------------------------------------------------------------------------

CHROMIUM = find_chromium()


@pytest.mark.skipif(CHROMIUM is None, reason="needs Chromium (apt-get install chromium; or set "
                                             "STANCE_CHROMIUM to its binary) to test the report in a browser")
def test_report_in_headless_chromium(tmp_path, statements_csv):
    report = tmp_path / "report.html"
    assert main(["report", str(statements_csv), "-o", str(report)]) == 0
    visible = ("Array.from(document.querySelectorAll('section.actor tbody tr'))"
               ".filter(function (r) { return r.offsetParent !== null; })")
    with Chromium(CHROMIUM) as browser:
        browser.open(file_url(report))
        # The per-actor table: one row per actor, largest first; sorting by a click.
        names = "Array.from(document.querySelectorAll('#actor-table tbody tr td:first-child')).map(c => c.textContent)"
        shown = browser.js(names)
        assert shown[:2] == ["Emmanuel Macron", "Russia"] and len(shown) == ACTORS
        assert "Maria <i>Zakharova</i>" in shown  # the markup of a name shows as text
        browser.click("#actor-table th:nth-child(2) button")  # sentences: most first
        browser.click("#actor-table th:nth-child(2) button")  # again: fewest first
        counts = browser.js("Array.from(document.querySelectorAll('#actor-table tbody tr td:nth-child(2)'))"
                            ".map(c => Number(c.textContent))")
        assert counts == sorted(counts) and counts[-1] == 3
        # The markup in the data is text: no script ran, no element was made from it.
        assert browser.js("window.injected === undefined && document.scripts.length === 1")
        assert browser.js("document.querySelectorAll('section.actor img, #actor-table i').length") == 0
        assert browser.js("document.querySelectorAll('#charts img').length") == 2
        assert browser.js("Array.from(document.querySelectorAll('#charts img')).every(i => i.naturalWidth > 0)")
        assert browser.js(f"{visible}.length") == WITH_ACTOR
        # A filter by label, clicked like a user.
        browser.click("#filter-oppose")
        labels = browser.js(f"{visible}.map(r => r.querySelector('.label').textContent)")
        assert labels == ["oppose"] * int(((STATEMENTS.stance == "oppose") & (STATEMENTS.actor != "")).sum())
        assert browser.js("document.getElementById('shown').textContent") == f"4 of {WITH_ACTOR} sentences shown"
        assert browser.js("document.getElementById('filter-oppose').getAttribute('aria-pressed')") == "true"
        # Back to all labels, then a search: the sentence holding markup is found as text.
        browser.click("#filter-all")
        browser.click("#search")
        browser.type("window.injected")
        texts = browser.js(f"{visible}.map(r => r.querySelector('.text').textContent)")
        assert texts == [f"He added: {INJECTION}"]
        assert browser.js("Array.from(document.querySelectorAll('section.actor'))"
                          ".filter(s => !s.hidden).map(s => s.dataset.actor)") == ["Emmanuel Macron"]
        shot = browser.screenshot()
    (tmp_path / "report.png").write_bytes(shot)
    assert shot.startswith(PNG_MAGIC)
    width, height = struct.unpack(">II", shot[16:24])
    assert (width, height) == (1280, 900)


def test_report_of_other_labels_says_why_there_is_no_chart():
    # Said "No chart: no actor with sentences." above a table of actors with sentences, and
    # explained a net stance of support and oppose the table did not have
    other = STATEMENTS.assign(stance=STATEMENTS["stance"].map(
        {"support": "FAVOR", "oppose": "AGAINST", "neutral": "NONE"}))
    page = build_report(other)
    assert "no actor with sentences" not in page
    assert ("No chart: the charts show support against oppose, and these labels are AGAINST, FAVOR, "
            "NONE.") in page
    assert "Net stance =" not in page


def test_report_of_five_labels_has_no_net_stance_and_no_chart_that_drops_two():
    # "strong support" and "strong oppose" beside support / oppose: the net stance column and the
    # chart counted support and oppose alone (+1.00 for an actor with more strong oppose)
    five = STATEMENTS.assign(stance=STATEMENTS["stance"].replace({"oppose": "strong oppose"}))
    five.loc[five.index[0], "stance"] = "oppose"
    page = build_report(five)
    assert "Net stance =" not in page and "net stance" not in page
    assert "<img" not in page
    assert "No chart: the charts show support against oppose, and these labels are" in page


def test_the_dates_are_said_for_a_model_of_other_labels_too():
    # The lead's "Dated over 3 months, 2025-01 to 2025-03." came only with the net-stance chart,
    # so a report of FAVOR / AGAINST / NONE said nothing of when its articles were written
    other = STATEMENTS.assign(stance=STATEMENTS["stance"].map(
        {"support": "FAVOR", "oppose": "AGAINST", "neutral": "NONE"}))
    page = build_report(other)
    assert "Dated over 3 months, 2025-01 to 2025-03." in page
    assert "Dated over 3 months, 2025-01 to 2025-03." in build_report(STATEMENTS)


def test_a_label_of_several_words_is_not_coloured_as_one_of_them():
    # A model's label "no support" was written class='label no support', so the evidence showed
    # it in support's blue (and "strong oppose" in oppose's red) as if it were that label
    other = STATEMENTS.assign(stance=STATEMENTS["stance"].map(
        {"support": "no support", "oppose": "strong oppose", "neutral": "neutral"}))
    page = build_report(other)
    assert "<span class='label'>no support</span>" in page
    assert "<span class='label'>strong oppose</span>" in page
    assert "class='label no" not in page and "class='label strong" not in page
    assert "<span class='label support'>support</span>" in build_report(STATEMENTS)


def test_filter_buttons_have_valid_unique_ids_whatever_the_labels():
    # id='filter-no support' (a space: no valid id) and a label "all" with the id of the
    # "all" button; plain labels keep their readable id
    import re

    other = STATEMENTS.assign(stance=STATEMENTS["stance"].map(
        {"support": "no support", "oppose": "all", "neutral": "neutral"}))
    ids = re.findall(r"class='filter' id='([^']*)'", build_report(other))
    assert len(ids) == len(set(ids)) == 4 and all(" " not in x for x in ids)
    assert "filter-neutral" in ids and ids.count("filter-all") == 1
    assert "id='filter-oppose'" in build_report(STATEMENTS)


@pytest.mark.skipif(CHROMIUM is None, reason="needs Chromium (apt-get install chromium; or set "
                                             "STANCE_CHROMIUM to its binary) to test the report in a browser")
def test_report_of_unbroken_long_text_fits_the_window(tmp_path):
    # A 600-character URL in a sentence (or a long article id) widened the page past the window,
    # with a horizontal scrollbar under everything
    long = STATEMENTS.copy()
    long.loc[0, "text"] = "https://example.com/" + "x" * 600
    long.loc[3, "article"] = "a-very-long-article-identifier-" * 8
    long.loc[5, "actor"] = "Coalition" * 40
    report = tmp_path / "report.html"
    long.to_csv(tmp_path / "long.csv", index=False)
    assert main(["report", str(tmp_path / "long.csv"), "-o", str(report)]) == 0
    with Chromium(CHROMIUM) as browser:
        browser.open(file_url(report))
        assert browser.js("document.documentElement.scrollWidth <= window.innerWidth"), browser.js(
            "[document.documentElement.scrollWidth, window.innerWidth]")


def test_report_names_a_source_given_as_one_string():
    # A str was joined letter by letter: "From s, t, a, t, e, m, e, n, t, s, ., c, s, v"
    page = build_report(STATEMENTS, sources="statements.csv")
    assert "From statements.csv;" in page


def test_report_refuses_a_title_that_is_not_text():
    from stance import ArgumentError

    # None gave a report with an empty title and heading
    with pytest.raises(ArgumentError, match=r"title must be a str, got NoneType"):
        build_report(STATEMENTS, title=None)
    with pytest.raises(ArgumentError, match=r"title is blank; give the report's title, or leave title out"):
        build_report(STATEMENTS, title=" ")
