"""Per-actor summary of scored sentences, as a table and as a diverging bar chart.

The summary has one row per actor, sorted by volume: ``sentences``, then ``n_<label>`` and
``share_<label>`` for each label, ``net_stance`` = (support - oppose) / (support + oppose)
(empty when an actor has neither) and ``mean_confidence``. Sentences without an actor (the
journalist's narration) are left out and counted.
"""

from __future__ import annotations

import io
import math
from pathlib import Path

import pandas as pd

from ..exceptions import DataError
from ..io import write_bytes_atomic

SUPPORT, OPPOSE, NEUTRAL = "support", "oppose", "neutral"
LABEL_ORDER = (SUPPORT, OPPOSE, NEUTRAL)
CHART_SUFFIXES = (".png", ".svg", ".pdf")
COLOURS = {SUPPORT: "#2166ac", OPPOSE: "#b2182b", NEUTRAL: "#9e9e9e"}
NAN = float("nan")


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
    for column in (actor_column, stance_column):
        if column not in scored.columns:
            raise DataError(f"no column {column!r}; the columns are "
                            f"{', '.join(map(repr, map(str, scored.columns)))}; "
                            "expected the output of `stance extract`")
    actors = scored[actor_column].map(_text)
    stances = scored[stance_column].map(_text)
    confidence = _confidence(scored, confidence_column)
    labels = labels or _labels(scored, stances)
    keep = actors != ""
    frame = pd.DataFrame({"actor": actors[keep], "stance": stances[keep],
                          "confidence": confidence[keep]})
    net = SUPPORT in labels and OPPOSE in labels
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


def _confidence(scored: pd.DataFrame, column: str) -> pd.Series:
    """The confidence column as numbers (CSV gives strings); NaN where empty or absent."""
    if column not in scored.columns:
        return pd.Series(NAN, index=scored.index)
    raw = scored[column]
    numbers = pd.to_numeric(raw.map(lambda v: _text(v) or NAN), errors="coerce")
    bad = raw.map(_text).ne("") & numbers.isna()
    if bad.any():
        row = int(bad.to_numpy().nonzero()[0][0])
        raise DataError(f"column {column!r}, row {row + 1}: {raw.iloc[row]!r} is not a number")
    return numbers


def _labels(scored: pd.DataFrame, stances: pd.Series) -> list[str]:
    found = {s for s in stances if s}
    found |= {str(c)[2:] for c in scored.columns if str(c).startswith("p_")}
    return [x for x in LABEL_ORDER if x in found] + sorted(found - set(LABEL_ORDER))


def summary_line(summary: pd.DataFrame, dropped: int) -> str:
    """One sentence saying what the summary covers."""
    total = int(summary["sentences"].sum()) if len(summary) else 0
    return (f"{len(summary)} actors, {total} sentences with an actor; "
            f"{dropped} sentences with no actor (narration) left out.")


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
    suffix = Path(path).suffix.lower()
    if suffix not in CHART_SUFFIXES:
        raise DataError(f"{path}: the chart must be a {', '.join(CHART_SUFFIXES)} file, "
                        f"got '{suffix or 'no extension'}'")
    if top < 1:
        raise DataError(f"--top must be at least 1, got {top}")
    for label in (SUPPORT, OPPOSE):
        if f"n_{label}" not in summary.columns:
            present = ", ".join(c[2:] for c in summary.columns if c.startswith("n_"))
            raise DataError(f"the chart needs the labels {SUPPORT!r} and {OPPOSE!r}; "
                            f"the summary has {present or 'none'}")
    try:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
        from matplotlib.ticker import FuncFormatter, MaxNLocator
    except ImportError:
        raise DataError("the chart needs matplotlib; "
                        "install it with: pip install 'stance[plot]'") from None

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
    ax.set_yticks(y, [f"{a}  ({n})" for a, n in zip(data["actor"], data["sentences"])],
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
    buffer = io.BytesIO()
    fig.savefig(buffer, format=suffix[1:])
    write_bytes_atomic(path, buffer.getvalue())


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
