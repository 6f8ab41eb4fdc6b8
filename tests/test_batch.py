import io
import json
import re
import sys

import numpy as np
import pandas as pd
import pytest

import stance.batch
import stance.engine.local
from stance import StancePredictor, score_file
from stance.cli import main
from stance.engine.local import _arrow_delimited, delimited_bytes
from stance.exceptions import DataError
from stance.io import write_frame

TEXTS = [
    "Macron said sending Western troops to Ukraine could not be ruled out.",
    "Scholz said no German soldiers would be sent to Ukraine.",
    "",
    "The summit also discussed a new air defence package.",
    "Estonia said it was prepared to contribute a company of soldiers.",
    "   ",
    'Lavrov called any deployment "an occupation", in Moscow.',
    "Greece ruled out sending any troops to Ukraine.",
]
FRAME = pd.DataFrame({"id": [f"00{i}" for i in range(len(TEXTS))], "text": TEXTS,
                      "note": ["NA", "a,b", "", "x", "y\nz", "", "q", "r"]})
SCORE_COLUMNS = ["stance", "confidence", "p_neutral", "p_oppose", "p_support"]
FORMATS = ["csv", "tsv", "jsonl", "parquet"]


@pytest.fixture
def model(model_dir):
    return str(model_dir / "stance.joblib")


def read_any(path) -> pd.DataFrame:
    path = str(path)
    if path.endswith(".parquet"):
        return pd.read_parquet(path)
    if path.endswith(".jsonl"):
        return pd.read_json(path, lines=True, dtype=False)
    frame = pd.read_csv(path, sep="\t" if path.endswith(".tsv") else ",", dtype=str,
                        keep_default_na=False)
    for column in SCORE_COLUMNS[1:]:  # the probabilities back as numbers, blank as NaN
        if column in frame:
            frame[column] = pd.to_numeric(frame[column].mask(frame[column] == ""))
    return frame


def expected_labels(predictor, texts):
    return predictor.predict(list(texts))


def run_cli(*argv):
    return main(["score", *map(str, argv)])


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


@pytest.mark.parametrize("fmt_in", FORMATS)
@pytest.mark.parametrize("fmt_out", FORMATS)
def test_every_format_in_and_out_keeps_columns_rows_and_order(tmp_path, model, predictor, fmt_in, fmt_out):
    src, dst = tmp_path / f"in.{fmt_in}", tmp_path / f"out.{fmt_out}"
    write_frame(FRAME, str(src))
    summary = score_file(src, dst, model=model, chunk_size=3)
    out = read_any(dst)
    assert list(out.columns) == ["id", "text", "note", *SCORE_COLUMNS]
    assert out["id"].astype(str).tolist() == FRAME["id"].tolist()  # "000" stays "000"
    assert out["text"].tolist() == TEXTS and out["note"].tolist() == FRAME["note"].tolist()
    assert out["stance"].fillna("").tolist() == expected_labels(predictor, TEXTS)
    assert summary.rows == len(TEXTS) and summary.blank == 2
    assert sum(summary.labels.values()) == len(TEXTS) - 2
    confidence = out["confidence"].astype(float)
    assert confidence.isna().tolist() == [t.strip() == "" for t in TEXTS]
    assert np.allclose(confidence.dropna(), out[SCORE_COLUMNS[2:]].astype(float).dropna().max(axis=1))
    assert leftovers(tmp_path) == []


def test_jobs_2_gives_the_same_bytes_as_jobs_1(tmp_path, model):
    big = pd.concat([FRAME] * 25, ignore_index=True)
    write_frame(big, str(tmp_path / "in.csv"))
    for fmt in ("csv", "jsonl"):
        one = score_file(tmp_path / "in.csv", tmp_path / f"one.{fmt}", model=model, chunk_size=7, jobs=1)
        two = score_file(tmp_path / "in.csv", tmp_path / f"two.{fmt}", model=model, chunk_size=7, jobs=2)
        assert (tmp_path / f"one.{fmt}").read_bytes() == (tmp_path / f"two.{fmt}").read_bytes()
        assert (one.rows, one.labels, one.blank, two.jobs) == (two.rows, two.labels, two.blank, 2)
    score_file(tmp_path / "in.csv", tmp_path / "two.parquet", model=model, chunk_size=7, jobs=2)
    pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "two.parquet"),
                                  read_any(tmp_path / "two.jsonl").astype({"id": str}), check_dtype=False)


def test_stdin_to_stdout(monkeypatch, capsys, model, predictor):
    data = FRAME.to_csv(index=False).encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    assert run_cli("-", "-o", "-", "--model", model, "--chunk-size", "3") == 0
    captured = capsys.readouterr()
    out = pd.read_csv(io.StringIO(captured.out), dtype=str, keep_default_na=False)
    assert out["id"].tolist() == FRAME["id"].tolist()
    assert out["stance"].tolist() == expected_labels(predictor, TEXTS)
    assert captured.err.startswith("stance score: 8 rows -> stdout: ")


def test_globs_and_several_inputs_are_concatenated_in_order(tmp_path, model):
    write_frame(FRAME.iloc[:3], str(tmp_path / "b.csv"))
    write_frame(FRAME.iloc[3:5], str(tmp_path / "a.csv"))
    write_frame(FRAME.iloc[5:][["note", "text", "id"]], str(tmp_path / "z.jsonl"))  # other column order
    summary = score_file([tmp_path / "*.csv", tmp_path / "z.jsonl"], tmp_path / "out.csv", model=model)
    out = read_any(tmp_path / "out.csv")
    assert out["id"].tolist() == ["003", "004", "000", "001", "002", "005", "006", "007"]
    assert list(out.columns[:3]) == ["id", "text", "note"] and summary.rows == 8


def test_summary_line_counts_labels_and_blanks(tmp_path, model, capsys):
    write_frame(FRAME, str(tmp_path / "in.csv"))
    assert run_cli(tmp_path / "in.csv", "-o", tmp_path / "out.csv", "--model", model) == 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith(f"stance score: 8 rows -> {tmp_path / 'out.csv'}: neutral ")
    assert "; 2 blank texts; " in err and " s (" in err and "rows/s" in err
    out = read_any(tmp_path / "out.csv")
    counts = out["stance"].value_counts()
    for label in ("neutral", "oppose", "support"):
        assert f"{label} {counts.get(label, 0)}" in err


def test_quiet_prints_nothing(tmp_path, model, capsys):
    write_frame(FRAME, str(tmp_path / "in.csv"))
    assert run_cli(tmp_path / "in.csv", "-o", tmp_path / "out.csv", "--model", model, "--quiet") == 0
    assert capsys.readouterr() == ("", "")


def _write_bad(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("name, data, message", [
    ("in.csv", b"id,sentence\n1,Troops.\n", r"in\.csv: no column 'text'; the columns are 'id', 'sentence'; .*--text-column"),
    ("in.csv", b"id,text\n1,ok\n2,too,many\n", r"in\.csv: malformed CSV: Expected 2 fields in line 3, saw 3"),
    ("in.jsonl", b'{"text": "a"}\n{"text": oops}\n', r"in\.jsonl, line 2: malformed JSON"),
    ("in.csv", b"id,text\n1,ok\n2,caf\xe9\n", r"in\.csv, line 3 \(byte 18\): bytes that are not valid utf-8 .*--encoding"),
    ("in.csv", b"id,text,stance\n1,ok,support\n", r"already has column\(s\) 'stance'.*rename"),
])
def test_bad_input_is_one_line_exit_2_and_writes_nothing(tmp_path, model, capsys, name, data, message):
    src = _write_bad(tmp_path, name, data)
    with pytest.raises(SystemExit) as exc:
        run_cli(src, "-o", tmp_path / "out.csv", "--model", model, "--chunk-size", "1")
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("stance score: error: ")
    assert re.search(message, err)
    assert not (tmp_path / "out.csv").exists() and leftovers(tmp_path) == []
    assert src.read_bytes() == data


@pytest.mark.parametrize("args, message", [
    (["{src}", "-o", "{src}"], r"in\.csv: is also an input; write the scores to a new file"),
    (["{src}", "-o", "{dir}/out.xlsx"], r"unknown file type '\.xlsx'; expected one of \.csv"),
    (["{dir}/none.csv", "-o", "{dir}/out.csv"], r"none\.csv: no such file"),
    (["{dir}/*.tsv", "-o", "{dir}/out.csv"], r"no file matches this pattern"),
    (["{src}", "-o", "{dir}/no/out.csv"], r"the output folder .* does not exist"),
    (["{src}", "-o", "{dir}/out.csv", "--scheduler", "tcp://x:8786"], r"add --engine dask"),
    (["-", "-", "-o", "{dir}/out.csv"], r"stdin \(-\) is given more than once"),
    (["{src}", "-o", "{dir}/out.csv", "--chunk-size", "0"], r"chunk size must be a positive number"),
    (["{src}", "-o", "{dir}/out.csv", "--model", "{dir}/none.joblib"], r"model file not found"),
])
def test_usage_errors(tmp_path, model, capsys, args, message):
    src = tmp_path / "in.csv"
    write_frame(FRAME, str(src))
    before = src.read_bytes()
    argv = [a.format(src=src, dir=tmp_path) for a in args]
    if "--model" not in argv:
        argv += ["--model", model]
    with pytest.raises(SystemExit) as exc:
        run_cli(*argv)
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and re.search(message, err), err
    assert src.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv"]


def test_parquet_output_never_changes_a_value_to_fit_the_first_input_types(tmp_path, model):
    # JSONL numbers first, then a CSV's exact strings: "4" is 4 as a number, "007" is not 7
    (tmp_path / "a.jsonl").write_text('{"id": 1, "text": "No troops."}\n', encoding="utf-8")
    (tmp_path / "b.csv").write_text("id,text\n4,Yes\n", encoding="utf-8")
    (tmp_path / "c.csv").write_text("id,text\n007,Yes\n", encoding="utf-8")
    score_file([tmp_path / "a.jsonl", tmp_path / "b.csv"], tmp_path / "ok.parquet", model=model)
    assert pd.read_parquet(tmp_path / "ok.parquet")["id"].tolist() == [1, 4]
    with pytest.raises(DataError, match=r"rows 2 to 2 have column types .*column 'id': '007' would be "
                                        r"written as 7"):
        score_file([tmp_path / "a.jsonl", tmp_path / "c.csv"], tmp_path / "out.parquet", model=model)
    assert not (tmp_path / "out.parquet").exists() and leftovers(tmp_path) == []

def test_several_inputs_need_the_same_columns(tmp_path, model):
    write_frame(FRAME, str(tmp_path / "a.csv"))
    write_frame(FRAME.assign(extra="x"), str(tmp_path / "b.csv"))
    with pytest.raises(DataError, match=r"b\.csv: column\(s\) 'extra' are not in .*a\.csv"):
        score_file([tmp_path / "a.csv", tmp_path / "b.csv"], tmp_path / "out.csv", model=model)
    assert not (tmp_path / "out.csv").exists()


def test_failure_midway_keeps_the_old_output_and_leaves_no_partial_file(tmp_path, model):
    good = FRAME.to_csv(index=False)
    src = _write_bad(tmp_path, "in.csv", (good + "9,broken,line,here\n").encode())
    (tmp_path / "out.csv").write_text("old results\n")
    with pytest.raises(DataError, match="malformed CSV"):
        score_file(src, tmp_path / "out.csv", model=model, chunk_size=2)  # chunks were written before
    assert (tmp_path / "out.csv").read_text() == "old results\n"
    assert leftovers(tmp_path) == [] and src.read_text() == good + "9,broken,line,here\n"


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_ctrl_c_midway_exits_130_and_writes_nothing(tmp_path, model, capsys, monkeypatch, fmt):
    write_frame(FRAME, str(tmp_path / "in.csv"))
    calls = []
    original = StancePredictor.score_frame

    def interrupted(self, df, text_column="text"):
        calls.append(len(df))
        if len(calls) == 2:
            raise KeyboardInterrupt
        return original(self, df, text_column)

    monkeypatch.setattr(StancePredictor, "score_frame", interrupted)
    with pytest.raises(SystemExit) as exc:
        run_cli(tmp_path / "in.csv", "-o", tmp_path / f"out.{fmt}", "--model", model, "--chunk-size", "3")
    assert exc.value.code == 130 and len(calls) == 2
    assert "interrupted; no output was written" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv"]


def test_ctrl_c_with_worker_processes_stops_them_and_writes_nothing(tmp_path, model, monkeypatch):
    write_frame(pd.concat([FRAME] * 100, ignore_index=True), str(tmp_path / "in.csv"))
    original = stance.batch.csv_blocks  # with workers, the parent only cuts the file into blocks

    def interrupted_reader(*args, **kwargs):
        for i, block in enumerate(original(*args, **kwargs)):
            if i == 3:
                raise KeyboardInterrupt
            yield block

    monkeypatch.setattr(stance.batch, "csv_blocks", interrupted_reader)
    with pytest.raises(KeyboardInterrupt):
        score_file(tmp_path / "in.csv", tmp_path / "out.csv", model=model, chunk_size=5, jobs=2)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv"]


def test_python_api_takes_a_predictor_and_paths(tmp_path, predictor):
    write_frame(FRAME, str(tmp_path / "in.parquet"))
    summary = score_file(tmp_path / "in.parquet", tmp_path / "out.jsonl", model=predictor)
    assert summary.output == str(tmp_path / "out.jsonl") and summary.engine == "local"
    lines = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == FRAME["id"].tolist()


def test_header_only_input_gives_header_only_output(tmp_path, model):
    (tmp_path / "in.csv").write_text("id,text\n")
    summary = score_file(tmp_path / "in.csv", tmp_path / "out.csv", model=model)
    assert summary.rows == 0
    assert (tmp_path / "out.csv").read_text() == "id,text," + ",".join(SCORE_COLUMNS) + "\n"


def test_encoding_option_reads_latin1(tmp_path, model):
    src = _write_bad(tmp_path, "in.csv", "id,text\n1,Le café a dit non aux troupes.\n".encode("latin-1"))
    score_file(src, tmp_path / "out.csv", model=model, encoding="latin-1")
    assert read_any(tmp_path / "out.csv")["text"].tolist() == ["Le café a dit non aux troupes."]


def test_fast_csv_writer_quotes_like_pandas():
    frame = pd.DataFrame({"s": ['a,b', 'say "no"', "two\nlines", " pad ", "", None],
                          "i": [1, 2, 3, 4, 5, 6], "b": [True, False, True, True, False, True]})
    expected = frame.to_csv(index=False, header=False, lineterminator="\n")
    assert _arrow_delimited(frame, ",") == expected.encode()  # the fast path, not the fallback
    tsv = frame.to_csv(index=False, header=False, lineterminator="\n", sep="\t")
    assert delimited_bytes(frame, "\t") == tsv.encode()
    floats = pd.DataFrame({"p": [0.25, np.nan, 1 / 3]})
    assert [float(v) if v else None for v in delimited_bytes(floats, ",").splitlines()] == [0.25, None, 1 / 3]


TRICKY_CSV = (
    "\ufeffid,text,note\r\n"
    + "".join(
        f'00{i},"Line one, {i}\nline ""two"" — Ελλάδα",NA\r\n{i}b,Troops {i},\r\n\r\n,"   ",x\r\n' for i in range(60)
    )
)


@pytest.mark.parametrize("name, sep", [("in.csv", ","), ("in.tsv", "\t")])
def test_workers_parse_blocks_exactly_as_the_parent_reads(tmp_path, model, name, sep):
    src = tmp_path / name
    src.write_text(TRICKY_CSV.replace(",", sep) if sep != "," else TRICKY_CSV, encoding="utf-8")
    one = score_file(src, tmp_path / "one.csv", model=model, chunk_size=4, jobs=1)
    two = score_file(src, tmp_path / "two.csv", model=model, chunk_size=4, jobs=2)
    assert (tmp_path / "one.csv").read_bytes() == (tmp_path / "two.csv").read_bytes()
    assert one.rows == two.rows == 180 and one.blank == two.blank == 60


def test_blocks_are_cut_at_line_breaks_outside_quotes(tmp_path):
    src = tmp_path / "in.csv"
    src.write_text(TRICKY_CSV, encoding="utf-8")
    blocks = list(stance.engine.local.csv_blocks(str(src), rows=3))
    assert len(blocks) > 3 and [first for _, first in blocks] == [True] + [False] * (len(blocks) - 1)
    assert b"".join(data for data, _ in blocks) == src.read_bytes()
    assert all(data.endswith(b"\n") and data.count(b'"') % 2 == 0 for data, _ in blocks)


@pytest.mark.parametrize("last, error", [
    ("9,too,many", r"in\.csv: malformed CSV: Expected 2 fields in line 302, saw 3"),
    ('9,"Yes," he said.', r"in\.csv, line 302: malformed CSV: a cell starts with a quotation mark"),
])
def test_malformed_csv_with_workers_still_names_the_line(tmp_path, model, last, error):
    rows = "".join(f"{i},Troops {i}.\n" for i in range(300))
    src = _write_bad(tmp_path, "in.csv", f"id,text\n{rows}{last}\n".encode())
    with pytest.raises(DataError, match=error):
        score_file(src, tmp_path / "out.csv", model=model, chunk_size=20, jobs=2)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv"]


def test_rows_ending_in_a_separator_with_workers(tmp_path, model):
    rows = "".join(f"{i},Troops {i}.,\n" for i in range(300))
    src = _write_bad(tmp_path, "in.csv", f"id,text\n{rows}".encode())
    score_file(src, tmp_path / "one.csv", model=model, chunk_size=20)
    score_file(src, tmp_path / "two.csv", model=model, chunk_size=20, jobs=2)
    assert (tmp_path / "one.csv").read_bytes() == (tmp_path / "two.csv").read_bytes()
    out = pd.read_csv(tmp_path / "two.csv", dtype=str)
    assert out["id"].tolist() == [str(i) for i in range(300)] and out["text"].iloc[7] == "Troops 7."
    lost = rows.replace("250,Troops 250.,", "250,Troops 250.,lost")
    src.write_text(f"id,text\n{lost}", encoding="utf-8")
    with pytest.raises(DataError, match=r"in\.csv, line 252: 3 fields but the header names 2 columns"):
        score_file(src, tmp_path / "three.csv", model=model, chunk_size=20, jobs=2)
    assert not (tmp_path / "three.csv").exists()


def test_latin1_with_workers(tmp_path, model):
    text = "".join(f"{i},Le café n° {i} a dit non.\n" for i in range(200))
    src = _write_bad(tmp_path, "in.csv", f"id,text\n{text}".encode("latin-1"))
    score_file(src, tmp_path / "one.csv", model=model, encoding="latin-1", chunk_size=10)
    score_file(src, tmp_path / "two.csv", model=model, encoding="latin-1", chunk_size=10, jobs=2)
    assert (tmp_path / "one.csv").read_bytes() == (tmp_path / "two.csv").read_bytes()
    with pytest.raises(DataError, match=r"line 2 \(byte \d+\): bytes that are not valid utf-8.*--encoding"):
        score_file(src, tmp_path / "three.csv", model=model, chunk_size=10, jobs=2)
