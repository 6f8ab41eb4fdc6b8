"""`stance actors --by`: per actor and period, dates that parse or are named, and the trend chart."""

import re

import pandas as pd
import pytest

from stance.article.summary import parse_dates, period_of, plot_trend, summarise_periods
from stance.cli import main
from stance.exceptions import DataError

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
DATED = pd.DataFrame({
    "article": list("aabbccdde"),
    "date": ["2025-01-06", "2025-01-06", "2025-01-30", "2025-01-30", "2025-02-02T23:30:00+00:00",
             "2025-02-02T23:30:00+00:00", "2025-04-15", "2025-04-15", ""],
    "sentence_no": [1, 2, 1, 2, 1, 2, 1, 2, 1],
    "text": ["t"] * 9,
    "actor": ["Emmanuel Macron", "Russia", "Emmanuel Macron", "", "Emmanuel Macron", "Russia",
              "Emmanuel Macron", "Emmanuel Macron", "Russia"],
    "stance": ["support", "oppose", "oppose", "neutral", "support", "oppose", "neutral", "neutral",
               "oppose"],
    "confidence": [0.9] * 9,
    **{f"p_{label}": [0.3] * 9 for label in ("neutral", "oppose", "support")},
})


def test_summarise_by_month_counts_labels_and_net_stance():
    trend, dropped, undated = summarise_periods(DATED, by="month")
    assert (dropped, undated) == (1, 1)  # one narration row, one row without a date
    assert list(trend.columns) == ["period", "period_start", "actor", "sentences", "n_support",
                                   "n_oppose", "n_neutral", "net_stance"]
    rows = {(r.period, r.actor): r for r in trend.itertuples()}
    assert list(rows) == [("2025-01", "Emmanuel Macron"), ("2025-01", "Russia"),
                          ("2025-02", "Emmanuel Macron"), ("2025-02", "Russia"), ("2025-04", "Emmanuel Macron")]
    macron = rows[("2025-01", "Emmanuel Macron")]
    assert (macron.sentences, macron.n_support, macron.n_oppose, macron.net_stance) == (2, 1, 1, 0.0)
    assert pd.isna(rows[("2025-04", "Emmanuel Macron")].net_stance)  # neutral only: no net stance
    assert rows[("2025-02", "Russia")].period_start == "2025-02-01"


@pytest.mark.parametrize("by, labels", [
    ("day", ["2025-01-06", "2025-01-30", "2025-02-02", "2025-04-15"]),
    ("week", ["2025-W02", "2025-W05", "2025-W05", "2025-W16"]),  # ISO weeks, Monday to Sunday
    ("quarter", ["2025-Q1", "2025-Q1", "2025-Q1", "2025-Q2"]),
    ("year", ["2025"] * 4),
])
def test_period_labels(by, labels):
    dates = parse_dates(pd.Series(["2025-01-06", "2025-01-30", "2025-02-02", "2025-04-15"]))
    assert period_of(dates, by)[0].tolist() == labels


def test_dates_in_other_common_forms_parse():
    dates = parse_dates(pd.Series(["4 March 2025", "2025-03-04T22:00:00-05:00", "March 5, 2025", ""]))
    assert dates.dt.strftime("%Y-%m-%d").tolist()[:3] == ["2025-03-04", "2025-03-05", "2025-03-05"]
    assert pd.isna(dates.iloc[3])


def test_a_date_that_does_not_parse_names_the_row_and_value():
    with pytest.raises(DataError, match=r"row 3: column 'date' holds 'soon', which is not a date"):
        parse_dates(pd.Series(["2025-01-01", "", "soon", "later"]))


def test_actors_by_month_writes_the_table_and_the_trend_chart(tmp_path, capsys):
    DATED.to_csv(tmp_path / "s.csv", index=False)
    assert main(["actors", str(tmp_path / "s.csv"), "-o", str(tmp_path / "trend.csv"), "--by", "month",
                 "--chart", str(tmp_path / "trend.png")]) == 0
    table = pd.read_csv(tmp_path / "trend.csv")
    assert table["period"].tolist() == ["2025-01", "2025-01", "2025-02", "2025-02", "2025-04"]
    assert (tmp_path / "trend.png").read_bytes().startswith(PNG_MAGIC)
    err = capsys.readouterr().err
    assert "2 actors over 3 months, 7 sentences with an actor and a date" in err
    assert "1 with no date left out" in err
    assert main(["actors", str(tmp_path / "s.csv"), "-o", str(tmp_path / "trend.md"), "--by", "week"]) == 0
    assert "| 2025-W02 | Emmanuel Macron | 1 | 1 | 0 | 0 | +1.00 |" in (tmp_path / "trend.md").read_text()


def test_trend_chart_of_a_custom_date_column(tmp_path):
    DATED.rename(columns={"date": "published"}).to_csv(tmp_path / "s.csv", index=False)
    assert main(["actors", str(tmp_path / "s.csv"), "-o", str(tmp_path / "t.csv"), "--by", "quarter",
                 "--date-column", "published", "--top", "1", "--chart", str(tmp_path / "t.svg")]) == 0
    assert "<svg" in (tmp_path / "t.svg").read_text()


def test_plot_trend_refuses_more_actors_than_colours(tmp_path):
    from stance import ArgumentError

    trend, _, _ = summarise_periods(DATED, by="month")
    with pytest.raises(ArgumentError, match=r"^top 11: the trend chart tells at most 10 actors apart"):
        plot_trend(trend, str(tmp_path / "t.png"), top=11)
    assert not (tmp_path / "t.png").exists()


def test_plot_trend_with_no_rows_still_draws(tmp_path):
    trend, _, _ = summarise_periods(DATED.iloc[:0], by="month")
    plot_trend(trend, str(tmp_path / "empty.png"))
    assert (tmp_path / "empty.png").read_bytes().startswith(PNG_MAGIC)


BAD = [
    (["--by", "month"], "{tmp}/nodate.csv", "nodate.csv: no column 'date' for the dates"),
    (["--by", "month", "--date-column", "when"], "{tmp}/s.csv", "no column 'when' for the dates"),
    (["--by", "month"], "{tmp}/bad.csv", "bad.csv, row 2: column 'date' holds '31/31/2025', which is not a date"),
    (["--date-column", "date"], "{tmp}/s.csv", "--date-column goes with --by"),
    (["--by", "month", "--top", "0"], "{tmp}/s.csv", "--top must be at least 1"),
    # Was read as the default 'date' (--date-column "$COLUMN" with COLUMN unset)
    (["--by", "month", "--date-column", ""], "{tmp}/s.csv", "s.csv: no column '' for the dates"),
    # Drew a line per actor in ten colours that repeat, and a legend cut off above and below
    (["--by", "month", "--top", "11"], "{tmp}/s.csv",
     "--top 11: the trend chart tells at most 10 actors apart (one colour each); give --top 10 "
     "or less, or leave out --by for a bar per actor"),
]


@pytest.mark.parametrize("args, src, message", BAD)
def test_bad_input_is_one_line_and_leaves_nothing(tmp_path, capsys, args, src, message):
    DATED.to_csv(tmp_path / "s.csv", index=False)
    DATED.drop(columns=["date"]).to_csv(tmp_path / "nodate.csv", index=False)
    DATED.assign(date=["2025-01-01", "31/31/2025"] + ["2025-01-01"] * 7).to_csv(tmp_path / "bad.csv", index=False)
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(SystemExit) as exc:
        main(["actors", src.format(tmp=tmp_path), "-o", str(tmp_path / "out.csv"),
              "--chart", str(tmp_path / "out.png"), *args])
    err = capsys.readouterr().err
    assert exc.value.code == 2 and err.count("\n") == 1 and message in err
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_bad_date_in_a_later_file_names_that_file_and_its_row(tmp_path, capsys):
    DATED.to_csv(tmp_path / "a.csv", index=False)
    DATED.assign(date=["2025-01-01"] * 8 + ["tomorrow"]).to_csv(tmp_path / "b.csv", index=False)
    with pytest.raises(SystemExit):
        main(["actors", str(tmp_path / "a.csv"), str(tmp_path / "b.csv"), "-o", str(tmp_path / "o.csv"),
              "--by", "day"])
    assert "b.csv, row 9: column 'date' holds 'tomorrow'" in capsys.readouterr().err


@pytest.mark.parametrize("values", [["9999-12-31"], ["9999-12-31", "4 March 2025"], ["4 March 2025", "1 Jan 1500"]])
def test_a_date_out_of_range_is_one_line_naming_its_row(values):
    # Was a traceback (OutOfBoundsDatetime from pandas, or ValueError from matplotlib's axis)
    with pytest.raises(DataError, match=r"row \d: column 'date' holds '(9999-12-31|1 Jan 1500)', a date "
                                        r"outside the years 1678 to 2261; correct the date"):
        parse_dates(pd.Series(values))


def test_dates_far_apart_in_range_parse_and_chart(tmp_path):
    frame = DATED.assign(date=["1700-01-02", "2250-05-06"] + ["4 March 2025"] * 7)
    assert parse_dates(frame["date"]).dt.strftime("%Y-%m-%d").tolist()[:3] == [
        "1700-01-02", "2250-05-06", "2025-03-04"]
    trend, _, _ = summarise_periods(frame, by="year")
    plot_trend(trend, str(tmp_path / "t.png"), by="year")
    assert (tmp_path / "t.png").read_bytes().startswith(PNG_MAGIC)


def _texts(figure):
    return " ".join(t.get_text() for t in figure.findobj(lambda a: hasattr(a, "get_text")))


def test_an_empty_chart_says_why_it_is_empty():
    # Were empty axes: a trend over the hours of 1 January 1970, bars with a legend all in blue
    from stance.article.summary import actors_figure, summarise_actors, trend_figure

    undated = DATED.assign(date="")
    trend, _, _ = summarise_periods(undated, by="month")
    figure = trend_figure(trend, by="month")
    assert "no sentence with an actor and a date" in _texts(figure)
    assert not any(ax.get_xticklabels() and "1970" in _texts(ax) for ax in figure.axes)
    summary, _ = summarise_actors(DATED.assign(actor=""))
    assert "no sentence with an actor" in _texts(actors_figure(summary))


@pytest.mark.parametrize("values, row, value", [
    (["13/04/2025", "03/04/2025"], 2, "03/04/2025"),  # read 4 March beside 13 April, day first
    (["03.04.2025"], 1, "03.04.2025"),
    (["3-4-25 10:00"], 1, "3-4-25 10:00"),
])
def test_a_date_whose_day_and_month_could_swap_is_refused(values, row, value):
    # Was read month first without a word, so a day-first archive got 4 March for 3 April,
    # and '13/04/2025' in the same column was read day first
    with pytest.raises(DataError, match=rf"row {row}: column 'date' holds {re.escape(repr(value))}, which "
                                        r"could be day/month or month/day; write dates as YYYY-MM-DD"):
        parse_dates(pd.Series(values))


@pytest.mark.parametrize("date, by, coarse", [
    ("2025", "month", "year"), ("2025", "week", "year"), ("2025", "quarter", "year"),
    ("March 2025", "day", "month"), ("2025-03", "week", "month"), ("Mar. 2025", "day", "month"),
])
def test_a_date_too_coarse_for_the_period_is_refused(tmp_path, capsys, date, by, coarse):
    # pandas puts "2025" on 1 January and "March 2025" on 1 March: counted in January, or in the
    # week of the 1st, without a word
    DATED.assign(date=["2025-01-01"] * 7 + [date, "2025-02-03"]).to_csv(tmp_path / "s.csv", index=False)
    with pytest.raises(SystemExit):
        main(["actors", str(tmp_path / "s.csv"), "-o", str(tmp_path / "o.csv"), "--by", by])
    assert (f"s.csv, row 8: column 'date' holds {date!r}, a {coarse} only, which cannot be placed in "
            f"a {by}; give full dates (YYYY-MM-DD), or count by {coarse} (--by {coarse})") in capsys.readouterr().err
    assert not (tmp_path / "o.csv").exists()
    with pytest.raises(DataError, match=rf"row 8: column 'date' holds {re.escape(repr(date))}, a {coarse} only"):
        summarise_periods(DATED.assign(date=["2025-01-01"] * 7 + [date, "2025-02-03"]), by=by)


@pytest.mark.parametrize("date, by", [("2025", "year"), ("March 2025", "month"), ("March 2025", "quarter"),
                                      ("4 March 2025", "day"), ("Mar 4, 2025", "week")])
def test_a_date_as_fine_as_the_period_is_counted(date, by):
    trend, _, undated = summarise_periods(DATED.assign(date=["2025-01-01"] * 7 + [date, "2025-02-03"]), by=by)
    assert undated == 0 and trend["sentences"].sum() == len(DATED[DATED["actor"] != ""])


@pytest.mark.parametrize("value", ["3/4", "4 March"])
def test_a_date_with_no_year_says_so(value):
    # pandas reads it as a date of year 1, which was refused as 'outside the years 1678 to 2261'
    with pytest.raises(DataError, match=rf"row 2: column 'date' holds {re.escape(repr(value))}, a date with no year"):
        parse_dates(pd.Series(["2025-01-01", value]))


def test_numeric_dates_that_cannot_swap_parse():
    dates = parse_dates(pd.Series(["13/04/2025", "04/13/2025", "04/04/2025", "2025/03/04"]))
    assert dates.dt.strftime("%Y-%m-%d").tolist() == ["2025-04-13", "2025-04-13", "2025-04-04", "2025-03-04"]


def test_a_long_actor_name_is_shortened_in_the_charts(tmp_path):
    # A 270-character name collapsed the layout: every name cut at the left edge ('anuel Macron'),
    # and matplotlib's multi-line UserWarning on stderr
    import warnings

    from stance.article.summary import actors_figure, figure_bytes, summarise_actors, trend_figure

    long = "The Extraordinarily Long Named Coalition of the Willing and Partners " * 4
    frame = DATED.assign(actor=DATED["actor"].replace("Russia", long))
    summary, _ = summarise_actors(frame)
    trend, _, _ = summarise_periods(frame, by="month")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        figure = actors_figure(summary)
        figure_bytes(figure)
        legend = trend_figure(trend, by="month")
        figure_bytes(legend)
    names = [t.get_text() for t in figure.axes[0].get_yticklabels()]
    assert max(map(len, names)) <= 50 and any(n.startswith("The Extraordinarily Long") and "\u2026" in n
                                              for n in names)
    assert "Emmanuel Macron  (5)" in names
    assert max(len(t.get_text()) for t in legend.legends[0].get_texts()) <= 50


def test_a_typed_date_out_of_range_is_one_line_too():
    # A Parquet datetime column skipped the check: matplotlib's traceback while drawing the trend
    typed = pd.Series(pd.to_datetime(["2025-03-04", "9999-12-31"], utc=True).astype("datetime64[us, UTC]"))
    with pytest.raises(DataError, match=r"row 2: column 'date' holds '9999-12-31 00:00:00\+00:00', a date "
                                        r"outside the years 1678 to 2261"):
        parse_dates(typed)
    assert parse_dates(typed[:1]).dt.strftime("%Y-%m-%d").tolist() == ["2025-03-04"]


def test_summary_lines_group_thousands_as_the_other_commands_do():
    # Said "381 actors, 3709 sentences with an actor" where stance extract and stance report
    # say "4,358 sentences": an archive's 175905 is hard to read at a glance
    from stance.article.summary import summarise_actors, summary_line, trend_line

    many = pd.concat([DATED] * 200, ignore_index=True)
    summary, dropped = summarise_actors(many)
    total = int(summary["sentences"].sum())
    assert total >= 1000 and f"{total:,} sentences with an actor" in summary_line(summary, 1234)
    assert "1,234 sentences with no actor" in summary_line(summary, 1234)
    trend, _, _ = summarise_periods(many, by="month")
    dated = int(trend["sentences"].sum())
    line = trend_line(trend, 1234, 5678, "month")
    assert f"{dated:,} sentences with an actor and a date; 1,234 sentences with no actor" in line
    assert dated >= 1000 and line.endswith(", 5,678 with no date left out.")


def test_five_labels_give_no_net_stance_over_time_and_no_trend_chart(tmp_path):
    # net_stance per period counted support and oppose alone beside "strong support"; the trend
    # chart of FAVOR / AGAINST said only that it needs other labels, not what came or what to do
    five = DATED.assign(stance=DATED["stance"].replace({"oppose": "strong oppose"}))
    five = five.drop(columns=[c for c in five.columns if c.startswith("p_")])
    trend, _, _ = summarise_periods(five, by="month")
    assert "net_stance" not in trend.columns
    semeval = DATED.assign(stance=DATED["stance"].map({"support": "FAVOR", "oppose": "AGAINST",
                                                       "neutral": "NONE"}))
    semeval = semeval.drop(columns=[c for c in semeval.columns if c.startswith("p_")])
    trend, _, _ = summarise_periods(semeval, by="month")
    with pytest.raises(DataError, match=r"^the trend chart draws 'support' against 'oppose' \(and "
                                        r"'neutral'\), and these labels are AGAINST, FAVOR, NONE; leave "
                                        r"out the chart \(--chart; the table takes any labels\)"):
        plot_trend(trend, str(tmp_path / "trend.png"))
