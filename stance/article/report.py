"""The evidence report: one self-contained HTML file a researcher can open offline and check.

The file holds the per-actor table (sortable), the stance chart, the trend chart when the
statements carry dates, and for every actor its sentences (article, sentence number, label,
confidence, text), filterable by label and searchable.

Rules to keep:

* nothing external: no ``<script src>``, no stylesheet or font link, no ``url()``; the charts
  are embedded as base64 PNG ``data:`` images, the style and the script are inline, so the file
  opens offline and can be mailed as one attachment;
* every piece of text that comes from the data (article names, sentences, actors, the title)
  goes through :func:`html.escape`, so an article holding ``<script>`` shows as text. The
  script reads the data only from the DOM (``textContent``, ``dataset``) and never writes HTML.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import os
from pathlib import Path

import pandas as pd

from .. import __version__
from ..exceptions import ArgumentError, DataError
from ..io import write_bytes_atomic
from . import summary as summaries

# What makes a file `stance extract` output.
STATEMENT_COLUMNS = ("article", "sentence_no", "text", "actor", "stance", "confidence")
LABEL_ORDER = summaries.LABEL_ORDER


def check_statements(frame: pd.DataFrame, where: str) -> pd.Series:
    """Refuse a table that is not ``stance extract`` output, naming what is missing; return its
    confidence column as numbers."""
    summaries.check_frame(frame)
    missing = [c for c in STATEMENT_COLUMNS if c not in frame.columns]
    if missing:
        raise DataError(f"{where}: not `stance extract` output: no column(s) {', '.join(map(repr, missing))} "
                        f"(the columns are {', '.join(map(repr, map(str, frame.columns))) or 'none'}); "
                        "make the statements with `stance extract ARTICLES -o statements.csv`")
    return summaries.check_scored(frame, where)


def build_report(statements: pd.DataFrame, *, title: str = "Stance toward foreign troops in Ukraine",
                 sources: list[str] = (), by: str = "month", date_column: str | None = "date",
                 top: int = 20, max_evidence: int | None = None) -> str:
    """The report as one HTML document.

    Parameters
    ----------
    statements : pandas.DataFrame
        Rows of ``stance extract`` (any number of files concatenated).
    title : str
    sources : list of str
        The input files, named in the report.
    by : str
        The period of the trend chart (``day`` ... ``year``).
    date_column : str or None
        The date column; the trend chart is drawn when it exists and holds dates. None: no
        trend chart.
    top : int
        Actors in the stance chart and, up to 6, lines in the trend chart (the table and the
        evidence hold every actor).
    max_evidence : int, optional
        At most this many sentences per actor in the evidence (the most confident first);
        default: all.

    Returns
    -------
    str
    """
    if not isinstance(title, str):
        raise ArgumentError(f"title must be a str, got {type(title).__name__}")
    if not title.strip():  # a page with an empty <title> and heading
        raise ArgumentError("title is blank; give the report's title, or leave title out for the default")
    if isinstance(sources, (str, os.PathLike)):  # one file, not its letters
        sources = [os.fspath(sources)]
    summaries.check_count("top", top)
    summaries.check_count("max_evidence", max_evidence, optional=True)
    confidence = check_statements(statements, "the statements")
    summary, dropped = summaries.summarise_actors(statements)
    charts = []
    if len(summary) and "net_stance" in summary.columns:  # support, oppose and neutral only
        figure = summaries.actors_figure(summary, top=top)
        charts.append(("Stance by actor", _png(figure), f"Stance by actor, top {min(top, len(summary))} "
                       "actors by sentences: oppose to the left, support to the right, neutral apart."))
    trend_note = ""
    if date_column and date_column in statements.columns:
        trend, _, undated = summaries.summarise_periods(statements, by=by, date_column=date_column)
        if len(trend) and "net_stance" in trend.columns:
            figure = summaries.trend_figure(trend, top=min(top, summaries.TREND_TOP), by=by)
            charts.append((f"Net stance by {by}", _png(figure),
                           f"Net stance by {by} for the actors with the most sentences."))
        if len(trend):  # the dates are said for any labels, with a chart or without
            periods = trend["period"].unique()
            trend_note = (f"Dated over {len(periods)} {by}{'s' * (len(periods) != 1)}, {periods[0]} to "
                          f"{periods[-1]}" + (f"; {undated:,} sentences with no date." if undated else "."))
    evidence = statements.assign(_confidence=confidence, _actor=statements["actor"].map(summaries._text))
    evidence = evidence[evidence["_actor"] != ""]
    parts = [_head(title), "<body>", f"<header><h1>{_e(title)}</h1>",
             f"<p class='lead'>{_e(summaries.summary_line(summary, dropped))}"
             + (f" {_e(trend_note)}" if trend_note else "") + "</p>",
             f"<p class='meta'>From {_e(', '.join(sources) or 'the statements')}; made "
             f"{dt.date.today().isoformat()} by stance {__version__}. Labels are a model's, sentence "
             "by sentence: read the evidence before quoting a figure.</p></header>",
             "<nav><a href='#actors'>Actors</a> <a href='#charts'>Charts</a> "
             "<a href='#evidence'>Evidence</a></nav>",
             _actor_table(summary), _charts(charts, summary), _evidence(summary, evidence, max_evidence),
             f"<script>{SCRIPT}</script>", "</body></html>"]
    return "\n".join(parts) + "\n"


def write_report(statements: pd.DataFrame, path: str, **options) -> None:
    """Write :func:`build_report` to ``path`` (an ``.html`` file) atomically."""
    if Path(path).suffix.lower() not in (".html", ".htm"):
        raise DataError(f"{path}: the report is an HTML file; name it e.g. report.html")
    write_bytes_atomic(path, build_report(statements, **options).encode("utf-8"))


def _e(value) -> str:
    """Text from the data, escaped for HTML text and attribute values alike."""
    return html.escape("" if value is None else str(value), quote=True)


def _png(figure) -> str:
    return "data:image/png;base64," + base64.b64encode(summaries.figure_bytes(figure, "png")).decode("ascii")


def _number(value, fmt: str) -> tuple[str, str]:
    """(shown text, sort key) of a number; missing values sort last."""
    if value is None or pd.isna(value):
        return "", ""
    return format(value, fmt), repr(float(value))


def _actor_table(summary: pd.DataFrame) -> str:
    labels = [c[2:] for c in summary.columns if c.startswith("n_")]
    net = "net_stance" in summary.columns
    heads = [("actor", "text"), ("sentences", "number"), *[(x, "number") for x in labels]]
    heads += [("net stance", "number")] * net + [("mean confidence", "number")]
    rows = []
    for i, record in enumerate(summary.to_dict("records")):
        cells = [f"<td data-sort='{_e(record['actor'])}'><a href='#actor-{i}'>{_e(record['actor'])}</a></td>",
                 f"<td data-sort='{record['sentences']}'>{record['sentences']}</td>"]
        for label in labels:
            n, share = record[f"n_{label}"], record[f"share_{label}"]
            cells.append(f"<td data-sort='{n}'>{n} <small>({share:.0%})</small></td>")
        if net:
            shown, key = _number(record["net_stance"], "+.2f")
            cells.append(f"<td data-sort='{key}'>{shown}</td>")
        shown, key = _number(record["mean_confidence"], ".2f")
        cells.append(f"<td data-sort='{key}'>{shown}</td>")
        rows.append(f"<tr>{''.join(cells)}</tr>")
    header = "".join(f"<th data-type='{kind}' aria-sort='none'><button type='button'>{_e(name)}</button></th>"
                     for name, kind in heads)
    return ("<section id='actors'><h2>Actors</h2><p class='hint'>Click a column to sort; click an "
            "actor for the sentences behind the figures."
            + (" Net stance = (support - oppose) / (support + oppose)." if net else "") + "</p>"
            f"<table id='actor-table' class='sortable'><thead><tr>{header}</tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table></section>")


def _charts(charts: list[tuple[str, str, str]], summary: pd.DataFrame) -> str:
    if not charts:
        labels = [c[2:] for c in summary.columns if c.startswith("n_")]
        why = ("no actor with sentences" if not len(summary) or "net_stance" in summary.columns else
               f"the charts show support against oppose, and these labels are {', '.join(labels)}")
        return f"<section id='charts'><h2>Charts</h2><p>No chart: {_e(why)}.</p></section>"
    figures = "".join(f"<figure><img src='{src}' alt='{_e(alt)}'><figcaption>{_e(name)}</figcaption></figure>"
                      for name, src, alt in charts)
    return f"<section id='charts'><h2>Charts</h2>{figures}</section>"


def _filter_id(label: str, k: int) -> str:
    """The id of a label's filter button: ``filter-<label>`` for a plain word, else by position
    (an id may hold no space, and a label "all" must not take the id of the "all" button)."""
    plain = label.isascii() and label.replace("-", "").replace("_", "").isalnum() and label != "all"
    return f"filter-{label}" if plain else f"filter-label-{k + 1}"


def _evidence(summary: pd.DataFrame, evidence: pd.DataFrame, max_evidence: int | None) -> str:
    labels = [c[2:] for c in summary.columns if c.startswith("n_")]
    buttons = "".join(f"<button type='button' class='filter' id='{_filter_id(x, k)}' data-label='{_e(x)}' "
                      f"aria-pressed='false'>{_e(x)}</button>" for k, x in enumerate(labels))
    controls = ("<div class='controls' role='search'>"
                "<button type='button' class='filter' id='filter-all' data-label='' aria-pressed='true'>all"
                f"</button>{buttons}"
                "<input type='search' id='search' placeholder='search the sentences, articles and actors' "
                "aria-label='search'> <span id='shown' aria-live='polite'></span></div>")
    groups = dict(tuple(evidence.groupby("_actor", sort=False)))
    sections = []
    for i, actor in enumerate(summary["actor"]):
        rows = groups.get(actor, evidence.iloc[:0])
        total = len(rows)
        if max_evidence is not None and total > max_evidence:
            rows = rows.sort_values("_confidence", ascending=False, kind="stable").head(max_evidence)
            rows = rows.sort_index()
        body = []
        for record in rows.to_dict("records"):
            label = summaries._text(record["stance"])
            shown, _ = _number(record["_confidence"], ".2f")
            body.append(f"<tr data-label='{_e(label)}'><td>{_e(record['article'])}</td>"
                        f"<td class='num'>{_e(record['sentence_no'])}</td>"
                        f"<td><span class='{_label_class(label)}'>{_e(label)}</span></td>"
                        f"<td class='num'>{shown}</td><td class='text'>{_e(record['text'])}</td></tr>")
        note = (f" <small>({len(rows):,} most confident of {total:,} shown)</small>"
                if len(rows) < total else "")
        sections.append(
            f"<section class='actor' id='actor-{i}' data-actor='{_e(actor)}'>"
            f"<h3>{_e(actor)} <small class='count'>{total:,} sentence{'s' * (total != 1)}</small>{note}</h3>"
            "<table class='evidence'><thead><tr><th>article</th><th>sentence</th><th>label</th>"
            f"<th>confidence</th><th>text</th></tr></thead><tbody>{''.join(body)}</tbody></table></section>")
    return (f"<section id='evidence'><h2>Evidence</h2>{controls}{''.join(sections)}"
            "<p id='no-match' hidden>No sentence matches.</p></section>")


def _label_class(label: str) -> str:
    """The label's CSS classes: a colour for support and oppose alone (a label's words as
    classes gave "no support" or "strong oppose" the colour of support or oppose)."""
    return f"label {label}" if label in ("support", "oppose") else "label"


def _head(title: str) -> str:
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
            "<meta name='viewport' content='width=device-width, initial-scale=1'>"
            # Nothing may load from outside: the policy makes the browser refuse it, too.
            "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; img-src data:; "
            "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">"
            f"<title>{_e(title)}</title><style>{STYLE}</style></head>")


STYLE = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:1180px;
padding:0 20px 60px;color:#222;background:#fff}
h1{font-size:1.6em;margin:24px 0 6px}h2{margin-top:36px;border-bottom:1px solid #ddd}
h3{margin:22px 0 6px}.lead{font-size:1.05em}.meta,.hint{color:#555;font-size:.9em}
nav a{margin-right:14px}table{border-collapse:collapse;width:100%;font-size:.92em}
th,td{padding:4px 8px;border-bottom:1px solid #eee;text-align:left;vertical-align:top}
td.text,td:first-child,h3{overflow-wrap:anywhere}td.num,#actor-table td:not(:first-child){white-space:nowrap}
#actor-table td:not(:first-child),#actor-table th:not(:first-child),td.num{text-align:right}
th button{font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer}
th[aria-sort=ascending] button::after{content:" \\25B2"}th[aria-sort=descending] button::after{content:" \\25BC"}
figure{margin:16px 0}figure img{max-width:100%;height:auto;border:1px solid #eee}
figcaption{color:#555;font-size:.9em}
.controls{position:sticky;top:0;background:#fff;padding:10px 0;border-bottom:1px solid #ddd;z-index:1}
.controls button{font:inherit;padding:3px 12px;margin-right:4px;border:1px solid #bbb;border-radius:14px;
background:#f6f6f6;cursor:pointer}.controls button[aria-pressed=true]{background:#333;color:#fff;border-color:#333}
#search{font:inherit;padding:3px 8px;width:320px;margin-left:10px}#shown{color:#555;margin-left:8px}
.label{padding:1px 7px;border-radius:9px;font-size:.85em;color:#fff;background:#9e9e9e}
.label.support{background:#2166ac}.label.oppose{background:#b2182b}td.text{width:62%}
"""

# Sorting and filtering read the data from the DOM (textContent, dataset) and only toggle
# `hidden` and attributes: no string of the data is ever parsed as HTML.
SCRIPT = """
(function () {
  var table = document.getElementById('actor-table');
  table.querySelectorAll('th').forEach(function (th, col) {
    th.querySelector('button').addEventListener('click', function () {
      var down = th.getAttribute('aria-sort') !== 'descending';
      table.querySelectorAll('th').forEach(function (h) { h.setAttribute('aria-sort', 'none'); });
      th.setAttribute('aria-sort', down ? 'descending' : 'ascending');
      var number = th.dataset.type === 'number';
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = a.cells[col].dataset.sort, y = b.cells[col].dataset.sort;
        if (number) {
          if (x === '' || y === '') { return (x === '') - (y === ''); }
          return down ? y - x : x - y;
        }
        return down ? y.localeCompare(x) : x.localeCompare(y);
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });

  var label = '', query = '';
  var search = document.getElementById('search');
  var buttons = document.querySelectorAll('.controls .filter');
  function apply() {
    var shown = 0, total = 0;
    document.querySelectorAll('section.actor').forEach(function (section) {
      var visible = 0;
      var actor = section.dataset.actor.toLowerCase();
      section.querySelectorAll('tbody tr').forEach(function (row) {
        total += 1;
        var ok = (!label || row.dataset.label === label) &&
                 (!query || row.textContent.toLowerCase().indexOf(query) >= 0 ||
                  actor.indexOf(query) >= 0);
        row.hidden = !ok;
        if (ok) { visible += 1; }
      });
      section.hidden = visible === 0;
      shown += visible;
    });
    document.getElementById('shown').textContent =
      shown.toLocaleString('en-US') + ' of ' + total.toLocaleString('en-US') + ' sentences shown';
    document.getElementById('no-match').hidden = shown > 0;
  }
  buttons.forEach(function (button) {
    button.addEventListener('click', function () {
      label = button.dataset.label;
      buttons.forEach(function (b) { b.setAttribute('aria-pressed', String(b === button)); });
      apply();
    });
  });
  search.addEventListener('input', function () { query = search.value.trim().toLowerCase(); apply(); });
  apply();
})();
"""
