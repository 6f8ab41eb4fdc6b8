"""Per-actor summary of scored sentences, as a table and as a diverging bar chart.

The summary has one row per actor, sorted by volume: ``sentences``, then ``n_<label>`` and
``share_<label>`` for each label, ``net_stance`` = (support - oppose) / (support + oppose)
(empty when an actor has neither; only when the labels are support, oppose and neutral, as a
net of two labels says nothing true beside others such as "strong support") and
``mean_confidence``. Sentences without an actor (the
journalist's narration) are left out and counted.
"""

from __future__ import annotations

import io
import math
import re
from pathlib import Path

import numpy as np
import pandas as pd

from ..exceptions import ArgumentError, DataError
from ..io import no_column, write_bytes_atomic

SUPPORT, OPPOSE, NEUTRAL = "support", "oppose", "neutral"
LABEL_ORDER = (SUPPORT, OPPOSE, NEUTRAL)
CHART_SUFFIXES = (".png", ".svg", ".pdf")
COLOURS = {SUPPORT: "#2166ac", OPPOSE: "#b2182b", NEUTRAL: "#9e9e9e"}
NAN = float("nan")


def has_net_stance(labels) -> bool:
    """Whether a net stance means something for these labels: support and oppose, and at most
    neutral besides (a label such as "strong support" would be left out of the net)."""
    labels = set(labels)
    return {SUPPORT, OPPOSE} <= labels <= set(LABEL_ORDER)


def check_frame(scored) -> None:
    """Refuse what is not a DataFrame (a list, a file name) with an :class:`ArgumentError`."""
    if not isinstance(scored, pd.DataFrame):
        raise ArgumentError(f"expected a pandas DataFrame of `stance extract` rows, got "
                            f"{type(scored).__name__}; read the statements first, e.g. "
                            "pandas.read_csv('statements.csv')")


def check_scored(scored: pd.DataFrame, where: str = "", *, actor_column: str = "actor",
                 stance_column: str = "stance", confidence_column: str = "confidence") -> pd.Series:
    """Refuse a table without the actor and stance columns, with a stance that is none of
    the labels of its ``p_<label>`` columns (when it has them: a column shifted or edited by
    hand), or with a confidence that is not a number; ``where`` (a file name) leads the
    message, with the row (from 1, as the table's index counts rows) for a bad value.

    Returns the confidence column as numbers (see :func:`_confidence`)."""
    check_frame(scored)
    for column in (actor_column, stance_column):
        if column not in scored.columns:
            raise no_column(column, scored.columns, "expected the output of `stance extract`",
                            where=where)
    labels = [str(c)[2:] for c in scored.columns if str(c).startswith("p_")]
    if labels:
        stances = scored[stance_column].map(_text)
        bad = ~stances.isin(labels) & (stances != "")
        if bad.any():
            raise DataError(f"{_first_row(scored, bad, where)}: stance "
                            f"{stances[bad].iloc[0]!r} is none of the labels of its p_ columns "
                            f"({', '.join(labels)}); expected the output of `stance extract`, "
                            "unchanged")
    return _confidence(scored, confidence_column, where)


def summarise_actors(scored: pd.DataFrame, *, actor_column: str = "actor",
                     stance_column: str = "stance", confidence_column: str = "confidence",
                     labels: list[str] | None = None) -> tuple[pd.DataFrame, int]:
    """Count each actor's sentences and labels.

    Parameters
    ----------
    scored : pandas.DataFrame
        Rows of ``stance extract`` (or any frame with an actor and a stance column).
    labels : list of str, optional
        The labels to count, in order; default: support, oppose, neutral as present, then any
        other label of the data (or of its ``p_<label>`` columns).

    Returns
    -------
    (pandas.DataFrame, int)
        The summary, sorted by number of sentences (then name), and the number of rows left
        out for having no actor.
    """
    confidence = check_scored(scored, actor_column=actor_column, stance_column=stance_column,
                              confidence_column=confidence_column)
    actors = scored[actor_column].map(_text)
    stances = scored[stance_column].map(_text)
    labels = labels or _labels(scored, stances)
    keep = actors != ""
    frame = pd.DataFrame({"actor": actors[keep], "stance": stances[keep],
                          "confidence": confidence[keep]})
    net = has_net_stance(labels)
    rows = []
    for actor, group in frame.groupby("actor", sort=False):
        counts = group["stance"].value_counts()
        row = {"actor": actor, "sentences": len(group)}
        row.update({f"n_{label}": int(counts.get(label, 0)) for label in labels})
        row.update({f"share_{label}": row[f"n_{label}"] / len(group) for label in labels})
        if net:
            both = row[f"n_{SUPPORT}"] + row[f"n_{OPPOSE}"]
            row["net_stance"] = (row[f"n_{SUPPORT}"] - row[f"n_{OPPOSE}"]) / both if both else NAN
        row["mean_confidence"] = float(group["confidence"].mean())  # NaN when none is known
        rows.append(row)
    columns = ["actor", "sentences", *[f"n_{x}" for x in labels], *[f"share_{x}" for x in labels]]
    columns += ["net_stance"] * net + ["mean_confidence"]
    summary = pd.DataFrame(rows, columns=columns)
    if len(summary):
        summary = summary.sort_values(["sentences", "actor"], ascending=[False, True],
                                      kind="stable")
    return summary.reset_index(drop=True), int((~keep).sum())


def _text(value) -> str:
    missing = value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))
    return "" if missing else str(value).strip()


def _confidence(scored: pd.DataFrame, column: str, where: str = "") -> pd.Series:
    """The confidence column as numbers (CSV gives strings); NaN where empty or absent.

    A value that is not a number is refused, naming ``where`` (a file) and the row (from 1,
    as the table's index counts rows)."""
    if column not in scored.columns:
        return pd.Series(NAN, index=scored.index)
    raw = scored[column]
    numbers = pd.to_numeric(raw.map(lambda v: _text(v) or NAN), errors="coerce")
    bad = raw.map(_text).ne("") & numbers.isna()
    if bad.any():
        raise DataError(f"{_first_row(scored, bad, where)}: column {column!r} holds "
                        f"{raw[bad].iloc[0]!r}, which is not a number; expected the output of "
                        "`stance extract`, unchanged")
    return numbers


def _first_row(scored: pd.DataFrame, bad: pd.Series, where: str) -> str:
    """``where`` (a file, if given) and the row of the first ``bad`` one, from 1 as the
    table's index counts rows."""
    row = scored.index[bad.to_numpy().argmax()]
    at = f"row {row + 1}" if isinstance(row, (int, np.integer)) else f"row {row!r}"
    return f"{where}, {at}" if where else at


def _labels(scored: pd.DataFrame, stances: pd.Series) -> list[str]:
    found = {s for s in stances if s}
    found |= {str(c)[2:] for c in scored.columns if str(c).startswith("p_")}
    return [x for x in LABEL_ORDER if x in found] + sorted(found - set(LABEL_ORDER))


def summary_line(summary: pd.DataFrame, dropped: int) -> str:
    """One sentence saying what the summary covers."""
    total = int(summary["sentences"].sum()) if len(summary) else 0
    return (f"{len(summary):,} actors, {total:,} sentences with an actor; "
            f"{dropped:,} sentences with no actor (narration) left out.")


def to_markdown(summary: pd.DataFrame, dropped: int) -> str:
    """The summary as a Markdown table, preceded by its summary line."""
    labels = [c[2:] for c in summary.columns if c.startswith("n_")]
    header = ["actor", "sentences", *labels]
    header += ["net stance"] * ("net_stance" in summary.columns) + ["mean confidence"]
    lines = [summary_line(summary, dropped), "",
             "| " + " | ".join(header) + " |",
             "|" + "|".join(["---"] + ["---:"] * (len(header) - 1)) + "|"]
    for record in summary.to_dict("records"):
        cells = [str(record["actor"]).replace("|", "\\|"), str(record["sentences"])]
        cells += [f"{record[f'n_{x}']} ({record[f'share_{x}']:.0%})" for x in labels]
        if "net_stance" in record:
            cells.append("" if pd.isna(record["net_stance"]) else f"{record['net_stance']:+.2f}")
        conf = record["mean_confidence"]
        cells.append("" if pd.isna(conf) else f"{conf:.2f}")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def write_summary(summary: pd.DataFrame, dropped: int, path: str) -> None:
    """Write the summary as Markdown (``.md``) or in a table format of :mod:`stance.io`."""
    if Path(path).suffix.lower() == ".md":
        write_bytes_atomic(path, to_markdown(summary, dropped).encode("utf-8"))
        return
    from ..io import write_frame

    write_frame(summary, path)


def plot_actors(summary: pd.DataFrame, path: str, *, top: int = 20,
                title: str | None = None) -> None:
    """Draw the ``top`` actors by volume as a horizontal diverging bar chart.

    Oppose extends to the left of zero, support to the right, each with its count; neutral
    sentences are grey bars in a panel of their own, on the same scale. Needs matplotlib
    (``pip install 'stance[plot]'``).

    Parameters
    ----------
    summary : pandas.DataFrame
        The output of :func:`summarise_actors`.
    path : str
        A ``.png`` (or ``.svg``, ``.pdf``) file, written atomically.
    top : int
        How many actors, the most frequent first.
    title : str, optional
        Default: what the chart shows.
    """
    _check_chart(path, top)
    _check_table(summary, "plot_actors", "the summary DataFrame of summarise_actors")
    save_figure(actors_figure(summary, top=top, title=title), path)


def actors_figure(summary: pd.DataFrame, *, top: int = 20, title: str | None = None):
    """The figure :func:`plot_actors` draws (a matplotlib ``Figure``)."""
    _check_chart_labels([c[2:] for c in summary.columns if c.startswith("n_")])
    if not len(summary):
        return _empty_figure(title or "Stance toward foreign troops in Ukraine, by actor",
                             "No chart: no sentence with an actor (only narration).")
    Figure, FigureCanvasAgg = _matplotlib()
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    data = summary.head(top).iloc[::-1]  # the largest at the top
    has_neutral = f"n_{NEUTRAL}" in data.columns
    support = data[f"n_{SUPPORT}"].to_numpy()
    oppose = data[f"n_{OPPOSE}"].to_numpy()
    neutral = data[f"n_{NEUTRAL}"].to_numpy() if has_neutral else []
    span = max([1, *support, *oppose])
    span_neutral = max([1, *neutral])
    y = list(range(len(data)))
    height = 1.6 + 0.38 * max(len(data), 1)
    # The Agg canvas is used directly: no pyplot, so no global backend or window state.
    fig = Figure(figsize=(10, height), dpi=150, layout="constrained")
    FigureCanvasAgg(fig)
    # Both panels have the same sentences per inch, so the neutral bars compare with the others.
    ratios = [2 * span * 1.18, span_neutral * 1.3] if has_neutral else [1, 0.001]
    grid = fig.add_gridspec(1, 2, width_ratios=ratios)
    ax = fig.add_subplot(grid[0])
    bars_o = ax.barh(y, -oppose, color=COLOURS[OPPOSE], label="oppose", height=0.7)
    bars_s = ax.barh(y, support, color=COLOURS[SUPPORT], label="support", height=0.7)
    ax.axvline(0, color="#333333", linewidth=0.8)
    ax.set_yticks(y, [f"{_short(a)}  ({n})" for a, n in zip(data["actor"], data["sentences"])],
                  fontsize=9)
    ax.set_xlim(-span * 1.18, span * 1.18)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda value, _pos: f"{abs(int(value))}"))
    _label_bars(ax, bars_o, oppose, -span * 0.02, "right")
    _label_bars(ax, bars_s, support, span * 0.02, "left")
    ax.set_xlabel("sentences  \u2190 oppose  |  support \u2192")
    _style(ax)
    handles = [bars_s, bars_o]
    if has_neutral:
        nx = fig.add_subplot(grid[1], sharey=ax)
        bars_n = nx.barh(y, neutral, color=COLOURS[NEUTRAL], label="neutral", height=0.7)
        nx.set_xlim(0, span_neutral * 1.3)
        nx.xaxis.set_major_locator(MaxNLocator(nbins=3, integer=True))
        _label_bars(nx, bars_n, neutral, span_neutral * 0.04, "left")
        nx.tick_params(axis="y", left=False, labelleft=False)
        nx.set_xlabel("neutral")
        _style(nx)
        handles.append(bars_n)
    shown = (f"top {len(data)} of {len(summary)} actors" if len(summary) > len(data)
             else f"{len(data)} actors")
    fig.suptitle(title or f"Stance toward foreign troops in Ukraine, by actor "
                          f"({shown}, by sentences)", fontsize=11)
    fig.legend(handles, [h.get_label() for h in handles], loc="outside lower center",
               ncol=len(handles), frameon=False, fontsize=9)
    return fig


NAME_WIDTH = 40  # characters of an actor's name in a chart; a longer one collapsed the layout


def _short(name: str) -> str:
    """An actor's name cut to :data:`NAME_WIDTH` characters, with an ellipsis when cut."""
    name = str(name)
    return name if len(name) <= NAME_WIDTH else name[:NAME_WIDTH - 1].rstrip() + "\u2026"


def _empty_figure(title: str, note: str):
    """A figure that says why there is nothing to draw, rather than empty axes."""
    Figure, FigureCanvasAgg = _matplotlib()
    fig = Figure(figsize=(10, 2.2), dpi=150, layout="constrained")
    FigureCanvasAgg(fig)
    fig.suptitle(title, fontsize=11)
    ax = fig.add_subplot()
    ax.set_axis_off()
    ax.text(0.5, 0.5, note, ha="center", va="center", fontsize=10, color="#555555")
    return fig


def _check_chart_labels(labels: list[str], chart: str = "chart") -> None:
    """Refuse labels a chart of support against oppose cannot show whole (FAVOR / AGAINST,
    or "strong support" beside support), in one line that says what to do."""
    if not has_net_stance(labels):
        raise DataError(f"the {chart} draws {SUPPORT!r} against {OPPOSE!r} (and {NEUTRAL!r}), and "
                        f"these labels are {', '.join(labels) or 'none'}; leave out the chart (--chart; "
                        "the table takes any labels), or score with a model of those labels")


def _check_chart(path: str, top: int) -> None:
    suffix = Path(path).suffix.lower()
    if suffix not in CHART_SUFFIXES:
        raise DataError(f"{path}: the chart must be a {', '.join(CHART_SUFFIXES)} file, "
                        f"got '{suffix or 'no extension'}'")
    check_count("top", top)


def _check_table(table, function: str, expected: str) -> None:
    if not isinstance(table, pd.DataFrame):
        raise ArgumentError(f"{function} expects {expected}, got {type(table).__name__}")


def check_count(name: str, value, *, optional: bool = False) -> None:
    """Refuse a count option (``top``, ``max_evidence``) that is not a whole number of at least 1."""
    if optional and value is None:
        return
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < 1:
        raise ArgumentError(f"{name} must be a whole number of at least 1"
                            + (" (or None for all)" if optional else "") + f", got {value!r}")


def _matplotlib():
    """matplotlib's ``Figure`` and Agg canvas, or one line saying how to install it."""
    try:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
    except ImportError:
        raise DataError("the chart needs matplotlib; "
                        "install it with: pip install 'stance[plot]'") from None
    return Figure, FigureCanvasAgg


def figure_bytes(fig, fmt: str = "png") -> bytes:
    """A figure as the bytes of an image file (``png``, ``svg`` or ``pdf``)."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format=fmt)
    return buffer.getvalue()


def save_figure(fig, path: str) -> None:
    """Write a figure atomically, in the format of the path's extension."""
    write_bytes_atomic(path, figure_bytes(fig, Path(path).suffix.lower()[1:]))


def _label_bars(ax, bars, values, offset: float, align: str) -> None:
    """Write each non-zero count at the end of its bar."""
    for bar, value in zip(bars, values):
        if value:
            x = bar.get_x() + bar.get_width() + offset  # the outer end, left or right of zero
            ax.text(x, bar.get_y() + bar.get_height() / 2, str(int(value)), ha=align,
                    va="center", fontsize=8, color="#333333")


def _style(ax) -> None:
    ax.spines[["top", "right"]].set_visible(False)
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)


# --- over time ------------------------------------------------------------------------------

# --by name -> pandas period frequency; weeks run Monday to Sunday (ISO 8601).
PERIODS = {"day": "D", "week": "W-SUN", "month": "M", "quarter": "Q", "year": "Y"}
# The dates a table may hold: what pandas' nanosecond timestamps (and so the charts) can place.
DATE_RANGE = (pd.Timestamp("1678-01-01", tz="UTC"), pd.Timestamp("2261-12-31 23:59:59", tz="UTC"))
TREND_TOP = 6  # lines in the trend chart unless --top says otherwise: more are unreadable
TREND_MAX = 10  # the most lines it can tell apart: matplotlib's ten cycle colours, one each


def parse_dates(values: pd.Series, column: str = "date", where: str = "", by: str | None = None) -> pd.Series:
    """Dates of a column as ``datetime64`` (NaT where blank); a value that does not parse is an error.

    ISO 8601 dates and timestamps are read first; other common forms ("4 March 2025",
    "13/04/2025") are tried one by one. A date of numbers whose day and month could swap
    ("03/04/2025": 3 April or March 4?) is an error, not a guess. Timestamps with a UTC offset count
    by their UTC date. With ``by`` (a period of :data:`PERIODS`), a date too coarse to place in
    one ("2025" for a month) is an error too: pandas would put it on the period's first day.

    Raises
    ------
    DataError
        Naming the (1-based) row and the value of the first date that does not parse.
    """
    where = where + ", " if where else ""
    if by is not None:
        _check_precision(values, by, column, where)
    if pd.api.types.is_datetime64_any_dtype(values):
        dates = values  # a typed column (Parquet, a DataFrame's datetimes)
        text = values.astype(str)
    else:
        text = values.map(_text)
        # Microseconds, as pandas reads ISO dates (years 1 to 9999), for every form alike.
        dates = pd.to_datetime(text.where(text != ""), format="ISO8601", errors="coerce",
                               utc=True).astype("datetime64[us, UTC]")
        failed = dates.isna() & (text != "")
        if failed.any():
            swap = text[failed].map(_could_swap)
            if swap.any():  # else read month first, or day first beside a day above 12
                row = text.index.get_loc(swap[swap].index[0])
                raise DataError(f"{where}row {row + 1}: column {column!r} holds {text.iloc[row]!r}, which "
                                "could be day/month or month/day; write dates as YYYY-MM-DD (ISO 8601), "
                                "e.g. with pandas.to_datetime(column, format='%d/%m/%Y')")
            dates[failed] = pd.Series([_parse_one(v) for v in text[failed]], index=text[failed].index,
                                      dtype="datetime64[us, UTC]")
            bad = dates.isna() & (text != "")
            if bad.any():
                row = int(bad.to_numpy().nonzero()[0][0])
                raise DataError(f"{where}row {row + 1}: column {column!r} holds "
                                f"{text.iloc[row]!r}, which is not a date; write dates as YYYY-MM-DD "
                                "(ISO 8601) or name another column with --date-column")
    if getattr(dates.dt, "tz", None) is not None:
        dates = dates.dt.tz_convert("UTC").dt.tz_localize(None)
    far = dates.notna() & ~dates.between(*(d.tz_localize(None) for d in DATE_RANGE))
    if far.any():  # a typo such as 9999; the charts and periods cannot place it
        row = int(far.to_numpy().nonzero()[0][0])
        if not re.search(r"\d{4}", text.iloc[row]):  # "3/4": pandas makes it a date of year 1
            raise DataError(f"{where}row {row + 1}: column {column!r} holds {text.iloc[row]!r}, a date "
                            "with no year; write dates as YYYY-MM-DD (ISO 8601)")
        raise DataError(f"{where}row {row + 1}: column {column!r} holds {text.iloc[row]!r}, a "
                        f"date outside the years {DATE_RANGE[0].year} to {DATE_RANGE[1].year}; "
                        "correct the date")
    return dates


# A date of numbers alone with the year last (03/04/2025, 3.4.25, 03-04-2025 10:00).
_NUMERIC_DATE = re.compile(r"\s*(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}\b.*")


def _could_swap(value: str) -> bool:
    """Whether a numeric date reads as two different days, day first or month first."""
    match = _NUMERIC_DATE.fullmatch(value)
    return bool(match) and int(match[1]) <= 12 and int(match[2]) <= 12 and match[1].lstrip("0") != match[2].lstrip("0")


def _parse_one(value: str):
    numeric = _NUMERIC_DATE.fullmatch(value)
    try:  # day first where the first number cannot be a month (pandas warns otherwise)
        return pd.to_datetime(value, utc=True, dayfirst=bool(numeric) and int(numeric[1]) > 12)
    except (ValueError, TypeError, OverflowError):
        return pd.NaT


# Dates that give a year or a month only ("2025", "2025-03", "March 2025"): pandas puts them on
# the period's first day, which would count them in January or on the 1st without a word.
_COARSE_DATES = {
    "year": re.compile(r"\s*\d{4}\s*"),
    "month": re.compile(r"\s*(?:\d{4}-\d{1,2}|[A-Za-z]{3,9}\.?,?\s+\d{4}|\d{4}\s+[A-Za-z]{3,9})\s*"),
}
_FINER = {"year": ("day", "week", "month", "quarter"), "month": ("day", "week")}


def _check_precision(values: pd.Series, by: str, column: str, where: str = "",
                     counted: pd.Series | None = None) -> None:
    """Refuse a date (of a ``counted`` row, if given) that gives only a year (or a month) when
    ``by`` asks for a finer period, naming its (1-based) row."""
    if pd.api.types.is_datetime64_any_dtype(values):
        return  # typed dates are full dates
    text = values.map(_text)
    for coarse, pattern in _COARSE_DATES.items():
        if by not in _FINER[coarse]:
            continue
        hit = text.map(lambda v: bool(pattern.fullmatch(v))).to_numpy()
        if counted is not None:
            hit = hit & counted.to_numpy()
        if hit.any():
            row = int(hit.nonzero()[0][0])
            raise DataError(f"{where}row {row + 1}: column {column!r} holds {text.iloc[row]!r}, a {coarse} "
                            f"only, which cannot be placed in a {by}; give full dates (YYYY-MM-DD), or "
                            f"count by {coarse} (--by {coarse})")


def period_of(dates: pd.Series, by: str) -> tuple[pd.Series, pd.Series]:
    """Each date's period label (``2025-03-04``, ``2025-W10``, ``2025-03``, ``2025-Q1``, ``2025``)
    and the period's first day."""
    if by not in PERIODS:
        raise ArgumentError(f"unknown period {by!r}; expected one of {', '.join(PERIODS)}")
    periods = dates.dt.to_period(PERIODS[by])
    start = periods.dt.start_time
    if by == "day":
        label = start.dt.strftime("%Y-%m-%d")
    elif by == "week":
        iso = start.dt.isocalendar()
        label = iso["year"].astype(str) + "-W" + iso["week"].astype(str).str.zfill(2)
    elif by == "month":
        label = start.dt.strftime("%Y-%m")
    elif by == "quarter":
        label = start.dt.year.astype(str) + "-Q" + start.dt.quarter.astype(str)
    else:
        label = start.dt.year.astype(str)
    return label.astype("str"), start


def summarise_periods(scored: pd.DataFrame, *, by: str = "month", date_column: str = "date",
                      labels: list[str] | None = None) -> tuple[pd.DataFrame, int, int]:
    """Per actor and period: sentences, counts per label and net stance.

    Parameters
    ----------
    scored : pandas.DataFrame
        Rows of ``stance extract`` with a date column (strings or datetimes).
    by : {"day", "week", "month", "quarter", "year"}
    date_column : str

    Returns
    -------
    (pandas.DataFrame, int, int)
        Columns ``period``, ``period_start``, ``actor``, ``sentences``, ``n_<label>``,
        ``net_stance``, sorted by period and then by sentences; the number of rows left out
        for having no actor, and for having no date.
    """
    check_frame(scored)
    if date_column not in scored.columns:
        raise no_column(date_column, scored.columns, "name the date column with --date-column "
                        "(stance extract carries it from the article table)", purpose="for the dates")
    summarise_actors(scored.iloc[:0])  # the actor and stance columns are there
    dates = parse_dates(scored[date_column], date_column)
    labels = labels or _labels(scored, scored["stance"].map(_text))
    has_actor = scored["actor"].map(_text) != ""
    _check_precision(scored[date_column], by, date_column, counted=has_actor)
    undated = int((has_actor & dates.isna()).sum())
    keep = has_actor & dates.notna()
    label, start = period_of(dates[keep], by)
    frame = scored[keep].assign(_period=label, _start=start)
    parts = []
    for (period, first), group in frame.groupby(["_period", "_start"], sort=True):
        summary, _ = summarise_actors(group, labels=labels)
        summary.insert(0, "period_start", first.strftime("%Y-%m-%d"))
        summary.insert(0, "period", period)
        parts.append(summary)
    columns = ["period", "period_start", "actor", "sentences", *[f"n_{x}" for x in labels]]
    columns += ["net_stance"] * has_net_stance(labels)
    trend = pd.concat(parts, ignore_index=True)[columns] if parts else pd.DataFrame(columns=columns)
    return trend, int((~has_actor).sum()), undated


def trend_line(trend: pd.DataFrame, dropped: int, undated: int, by: str) -> str:
    """One sentence saying what the trend table covers."""
    actors = trend["actor"].nunique() if len(trend) else 0
    periods = trend["period"].nunique() if len(trend) else 0
    total = int(trend["sentences"].sum()) if len(trend) else 0
    line = (f"{actors:,} actors over {periods:,} {by}{'s' * (periods != 1)}, {total:,} sentences with an "
            f"actor and a date; {dropped:,} sentences with no actor (narration) left out")
    return line + (f", {undated:,} with no date left out." if undated else ".")


def trend_markdown(trend: pd.DataFrame, dropped: int, undated: int, by: str) -> str:
    """The trend table as Markdown, preceded by its summary line."""
    labels = [c[2:] for c in trend.columns if c.startswith("n_")]
    net = "net_stance" in trend.columns
    header = [by, "actor", "sentences", *labels] + ["net stance"] * net
    lines = [trend_line(trend, dropped, undated, by), "", "| " + " | ".join(header) + " |",
             "|" + "|".join(["---", "---"] + ["---:"] * (len(header) - 2)) + "|"]
    for record in trend.to_dict("records"):
        cells = [record["period"], str(record["actor"]).replace("|", "\\|"), str(record["sentences"])]
        cells += [str(record[f"n_{x}"]) for x in labels]
        if net:
            cells.append("" if pd.isna(record["net_stance"]) else f"{record['net_stance']:+.2f}")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def write_trend(trend: pd.DataFrame, dropped: int, undated: int, by: str, path: str) -> None:
    """Write the trend table as Markdown (``.md``) or in a table format of :mod:`stance.io`."""
    if Path(path).suffix.lower() == ".md":
        write_bytes_atomic(path, trend_markdown(trend, dropped, undated, by).encode("utf-8"))
        return
    from ..io import write_frame

    write_frame(trend, path)


def plot_trend(trend: pd.DataFrame, path: str, *, top: int = TREND_TOP, by: str = "month",
               title: str | None = None) -> None:
    """Draw net stance over time for the ``top`` actors by sentences, a line each.

    The upper panel is net stance per period (markers sized by the period's sentences;
    a gap where an actor had no support or oppose sentence), the lower panel the number of
    sentences per period, in the same colours. Needs matplotlib.

    Parameters
    ----------
    trend : pandas.DataFrame
        The output of :func:`summarise_periods`.
    path : str
        A ``.png`` (or ``.svg``, ``.pdf``) file, written atomically.
    top : int
        How many actors, the most frequent over all periods first.
    by : str
        The period, for the labels.
    """
    _check_chart(path, top)
    _check_table(trend, "plot_trend", "the trend DataFrame of summarise_periods")
    save_figure(trend_figure(trend, top=top, by=by, title=title), path)


def trend_figure(trend: pd.DataFrame, *, top: int = TREND_TOP, by: str = "month",
                 title: str | None = None):
    """The figure :func:`plot_trend` draws (a matplotlib ``Figure``)."""
    check_count("top", top)
    if top > TREND_MAX:  # colours would repeat, and the legend run off the figure
        raise ArgumentError(f"top {top}: the trend chart tells at most {TREND_MAX} actors apart (one colour "
                            f"each); give top={TREND_MAX} or less, or draw a bar per actor with plot_actors")
    _check_chart_labels([c[2:] for c in trend.columns if c.startswith("n_")], "trend chart")
    if not len(trend):
        return _empty_figure(title or f"Net stance toward foreign troops in Ukraine by {by}",
                             "No chart: no sentence with an actor and a date "
                             "(are the dates blank, or in another column?).")
    Figure, FigureCanvasAgg = _matplotlib()
    import matplotlib.dates as mdates

    totals = trend.groupby("actor")["sentences"].sum().sort_values(ascending=False, kind="stable")
    actors = list(totals.index[:top])
    fig = Figure(figsize=(10, 6.2), dpi=150, layout="constrained")
    FigureCanvasAgg(fig)
    net_ax, n_ax = fig.subplots(2, 1, sharex=True, height_ratios=[3, 1.4])
    colours = [f"C{i % 10}" for i in range(len(actors))]
    biggest = max(1, int(trend["sentences"].max()) if len(trend) else 1)
    every = sorted(trend["period_start"].unique())
    for actor, colour in zip(actors, colours):
        # Every period on the axis: a period without the actor is 0 sentences and a gap in net stance.
        rows = trend[trend["actor"] == actor].set_index("period_start").reindex(every)
        rows["sentences"] = rows["sentences"].fillna(0)
        x = pd.to_datetime(pd.Series(every))
        rows = rows.reset_index(drop=True)
        net = rows["net_stance"].astype(float)
        name = f"{_short(actor)} ({int(totals[actor])})"
        net_ax.plot(x, net, color=colour, linewidth=1.6, label=name, zorder=2)
        net_ax.scatter(x, net, s=12 + 110 * (rows["sentences"] / biggest) ** 0.5, color=colour,
                       zorder=3, edgecolors="white", linewidths=0.5)
        n_ax.plot(x, rows["sentences"], color=colour, linewidth=1.2, marker="o", markersize=3)
    net_ax.axhline(0, color="#333333", linewidth=0.8)
    net_ax.set_ylim(-1.12, 1.12)
    net_ax.set_yticks([-1, -0.5, 0, 0.5, 1], ["-1 oppose", "-0.5", "0", "+0.5", "+1 support"])
    net_ax.set_ylabel("net stance\n(support - oppose) / (support + oppose)", fontsize=9)
    n_ax.set_ylabel(f"sentences\nper {by}", fontsize=9)
    n_ax.set_ylim(bottom=0)
    locator = mdates.AutoDateLocator(maxticks=12)
    n_ax.xaxis.set_major_locator(locator)
    n_ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    for ax in (net_ax, n_ax):
        _style(ax)
        ax.grid(axis="y", color="#dddddd", linewidth=0.6)
    shown = (f"top {len(actors)} of {len(totals)} actors" if len(totals) > len(actors)
             else f"{len(actors)} actors")
    fig.suptitle(title or f"Net stance toward foreign troops in Ukraine by {by} ({shown} by "
                          "sentences; marker size: sentences that period)", fontsize=11)
    if actors:
        fig.legend(loc="outside right center", fontsize=8, frameon=False, title="actor (sentences)",
                   title_fontsize=8)
    return fig
