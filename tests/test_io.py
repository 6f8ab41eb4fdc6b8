import json
import re

import pandas as pd
import pytest

from stance.exceptions import DataError
from stance.io import AtomicWriter, detect_format, expand_inputs, read_chunks, read_columns, same_file, write_frame

FRAME = pd.DataFrame({"id": ["007", "2", "NA"], "text": ["Troops, maybe.", "", "Ελλάδα «όχι»"]})


@pytest.mark.parametrize("name", ["a.csv", "a.tsv", "a.jsonl", "a.parquet"])
def test_round_trip_every_format_in_chunks(tmp_path, name):
    path = str(tmp_path / name)
    write_frame(FRAME, path)
    chunks = list(read_chunks(path, chunk_size=2))
    assert [len(c) for c in chunks] == [2, 1]
    back = pd.concat(chunks, ignore_index=True)
    assert back["id"].astype(str).tolist() == ["007", "2", "NA"]  # read as written, not guessed
    assert back["text"].tolist() == FRAME["text"].tolist()
    assert read_columns(path) == ["id", "text"]


def test_unknown_extension():
    with pytest.raises(DataError, match=r"unknown file type '\.xlsx'; expected one of \.csv, \.tsv"):
        detect_format("x.xlsx")


def test_globs_and_missing_inputs(tmp_path):
    for n in ("b.csv", "a.csv"):
        write_frame(FRAME, str(tmp_path / n))
    assert [p[-5:] for p in expand_inputs([str(tmp_path / "*.csv")])] == ["a.csv", "b.csv"]
    with pytest.raises(DataError, match="no file matches"):
        expand_inputs([str(tmp_path / "*.jsonl")])
    with pytest.raises(DataError, match="no such file"):
        expand_inputs([str(tmp_path / "none.csv")])


def test_a_parquet_dataset_folder_is_its_part_files(tmp_path):
    # what `stance extract --engine dask -o statements.parquet` writes, for `stance actors` to read
    (tmp_path / "s.parquet").mkdir()
    for name in ("part.000001.parquet", "part.000000.parquet"):
        write_frame(FRAME, str(tmp_path / "s.parquet" / name))
    assert [p[-19:] for p in expand_inputs([str(tmp_path / "s.parquet")])] == [
        "part.000000.parquet", "part.000001.parquet"]
    (tmp_path / "plain").mkdir()
    with pytest.raises(DataError, match=r"plain: is a folder; give files or a glob"):
        expand_inputs([str(tmp_path / "plain")])

def test_malformed_csv_names_the_line(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("id,text\n1,ok\n2,too,many\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"bad\.csv: malformed CSV: Expected 2 fields in line 3, saw 3"):
        list(read_chunks(str(path)))


@pytest.mark.parametrize("name, sep", [("q.csv", ","), ("q.tsv", "\t")])
def test_a_cell_going_on_after_its_closing_quotation_mark_is_refused_not_mangled(tmp_path, name, sep):
    # pandas would read '"Yes," he said' as 'Yes, he said': the marks lost without a word
    path = tmp_path / name
    rows = "".join(f"{i}{sep}Troops {i}.\n" for i in range(30))
    path.write_text(f'id{sep}text\n{rows}30{sep}"Yes," he said.\n', encoding="utf-8")
    with pytest.raises(DataError, match=rf'{name}, line 32: malformed {name[2:].upper()}: a cell starts '
                                        r'with a quotation mark and goes on after the mark'):
        list(read_chunks(str(path), chunk_size=7))
    assert read_columns(str(path)) == ["id", "text"]  # reading the start does not read it all
    # quoted as CSV quotes it, the same cell reads back whole; a mark inside a cell is fine
    path.write_text(f'id{sep}text\n1{sep}"""Yes,"" he said."\n2{sep}He said "yes" twice.\n', encoding="utf-8")
    assert pd.concat(read_chunks(str(path)))["text"].tolist() == ['"Yes," he said.', 'He said "yes" twice.']


@pytest.mark.parametrize("name, sep", [("t.csv", ","), ("t.tsv", "\t")])
def test_a_separator_ending_every_row_is_not_a_column_shift(tmp_path, name, sep):
    # pandas would take the first field for a row index and move every cell one column right
    path = tmp_path / name
    path.write_text(f"id{sep}text\n1{sep}Italy will not send troops.{sep}\n2{sep}b{sep}\n",
                    encoding="utf-8")
    chunks = list(read_chunks(str(path), chunk_size=1))
    assert [list(c.index) for c in chunks] == [[0], [1]]  # numbered on, as any file's chunks
    frame = pd.concat(chunks)
    assert frame.to_dict("list") == {"id": ["1", "2"], "text": ["Italy will not send troops.", "b"]}


@pytest.mark.parametrize("name, sep", [("t.csv", ","), ("t.tsv", "\t")])
def test_a_separator_ending_the_header_too_is_no_column(tmp_path, name, sep):
    # pandas names the empty field "Unnamed: 2": it would come out as a column of that name
    path = tmp_path / name
    path.write_text(f"id{sep}text{sep}\n1{sep}Italy will not send troops.{sep}\n2{sep}b{sep}\n",
                    encoding="utf-8")
    assert read_columns(str(path)) == ["id", "text"]
    frame = pd.concat(read_chunks(str(path), chunk_size=1))
    assert frame.to_dict("list") == {"id": ["1", "2"], "text": ["Italy will not send troops.", "b"]}
    path.write_text(f"id{sep}text{sep}\n1{sep}a{sep}\n2{sep}b{sep}lost\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"line 3: 3 fields but the header names 2 columns; "
                                        r"a value beyond the header's columns would be lost"):
        list(read_chunks(str(path)))

def test_a_header_naming_a_column_twice_is_refused(tmp_path):
    # pandas would rename the second "id" to "id.1", a column the input does not have
    path = tmp_path / "dup.csv"
    path.write_text("id,text,id\n1,No troops.,2\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"dup\.csv, line 1: the header names the column 'id' more than once"):
        read_columns(str(path))
    path.write_text("id,text,id.1\n1,No troops.,2\n", encoding="utf-8")  # a name of its own
    assert read_columns(str(path)) == ["id", "text", "id.1"]

def test_a_value_beyond_the_header_names_its_line(tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text('id,text\n1,"two\nlines",\n2,ok,lost\n', encoding="utf-8")
    with pytest.raises(DataError, match=r"wide\.csv, line 4: 3 fields but the header names 2 columns; "
                                        r"a value beyond the header's columns would be lost"):
        list(read_chunks(str(path), chunk_size=1))
    path.write_text("id,text\n1,a,b,c\n2,x\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"line 2: 4 fields but the header names 2 columns"):
        list(read_chunks(str(path)))


def test_malformed_jsonl_names_the_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "a"}\n{"text": oops}\n', encoding="utf-8")
    with pytest.raises(DataError, match=r"bad\.jsonl, line 2: malformed JSON"):
        list(read_chunks(str(path)))


def test_not_utf8_names_position_and_suggests_encoding(tmp_path):
    path = tmp_path / "latin.csv"
    path.write_bytes(b"id,text\n1,ok\n2,caf\xe9\n")
    with pytest.raises(DataError, match=r"latin\.csv, line 3 \(byte 18\): bytes that are not valid utf-8 .*--encoding"):
        list(read_chunks(str(path)))
    assert list(read_chunks(str(path), encoding="latin-1"))[0]["text"].tolist() == ["ok", "café"]


def test_empty_and_header_only(tmp_path):
    (tmp_path / "e.csv").write_text("")
    with pytest.raises(DataError, match="the file is empty"):
        list(read_chunks(str(tmp_path / "e.csv")))
    (tmp_path / "h.csv").write_text("id,text\n")
    chunks = list(read_chunks(str(tmp_path / "h.csv")))
    assert len(chunks) == 1 and chunks[0].empty and list(chunks[0].columns) == ["id", "text"]


def test_failed_write_leaves_nothing_and_keeps_old_file(tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("old\n")
    with pytest.raises(RuntimeError):
        with AtomicWriter(str(target)) as writer:
            writer.write(FRAME)
            raise RuntimeError("boom")
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_jsonl_output_is_one_object_per_line(tmp_path):
    path = tmp_path / "o.jsonl"
    write_frame(FRAME, str(path))
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["007", "2", "NA"]


def test_missing_output_folder(tmp_path):
    with pytest.raises(DataError, match="output folder .* does not exist"):
        write_frame(FRAME, str(tmp_path / "no" / "out.csv"))


def test_same_file(tmp_path):
    write_frame(FRAME, str(tmp_path / "a.csv"))
    assert same_file(str(tmp_path / "a.csv"), str(tmp_path / "." / "a.csv"))
    assert not same_file(str(tmp_path / "a.csv"), str(tmp_path / "b.csv"))


def test_output_gets_the_usual_file_mode(tmp_path):
    import os
    import stat

    write_frame(FRAME, str(tmp_path / "o.csv"))
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE((tmp_path / "o.csv").stat().st_mode) == 0o666 & ~mask


@pytest.mark.parametrize("name, data, where", [
    ("bad.csv", 'text,b\n"abc,2\nfoo,3\n', "line 2"),  # the first data row: line 2, not pandas' "row 1"
    # cells holding line breaks and a blank line before it: the file's line, not the record's number
    ("bad.csv", 'text,b\n"a\nb",1\n\n"c\r\nd",2\n"abc,2\nfoo,3\n', "line 7"),
    ("bad.tsv", 'text\tb\nok\t1\n"abc\t2\n', "line 3"),
])
def test_unclosed_quote_names_the_line_it_opens_on(tmp_path, name, data, where):
    path = tmp_path / name
    path.write_bytes(data.encode())
    kind = name[-3:].upper()
    with pytest.raises(DataError, match=rf"/{re.escape(name)}, {where}: malformed {kind}: a quotation mark opened in the "
                       r"row starting here is never closed .*write a quotation mark inside a cell as two"):
        for chunk_size in (1, 1000):
            list(read_chunks(str(path), chunk_size=chunk_size))


def test_unclosed_quote_on_stdin_names_the_data_row(monkeypatch):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b'text,b\nok,1\n"abc,2\n')))
    with pytest.raises(DataError, match=r"^stdin, data row 2: malformed CSV: a quotation mark"):
        list(read_chunks("-"))


def _stdin(monkeypatch, data: bytes):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


@pytest.mark.parametrize("sep, end", [(",", "\n"), ("\t", "\r\n"), (",", "\r")])
def test_a_quoting_slip_on_stdin_is_refused_as_in_a_file(monkeypatch, tmp_path, sep, end):
    # Standard input was not checked: '"Yes," he said' came out as 'Yes, he said', the marks
    # lost without a word, where the same rows in a file were refused
    rows = "".join(f"{i}{sep}Troops {i}.{end}" for i in range(30_000))
    data = f'id{sep}text{end}{rows}30{sep}"Yes," he said.{end}31{sep}b{end}'.encode()
    fmt = "CSV" if sep == "," else "TSV"
    path = tmp_path / f"q.{fmt.lower()}"
    path.write_bytes(data)
    with pytest.raises(DataError, match=rf"q\.{fmt.lower()}, line 30002: malformed {fmt}: a cell starts"):
        list(read_chunks(str(path), chunk_size=7_000))
    if sep == "\t":
        return  # stdin is read as CSV
    _stdin(monkeypatch, data)
    with pytest.raises(DataError, match=r"^stdin, line 30002: malformed CSV: a cell starts with a quotation mark"):
        list(read_chunks("-", chunk_size=7_000))


@pytest.mark.parametrize("end", ["\n", "\r\n", "\r"])
def test_stdin_checked_for_slips_reads_as_a_file_does(monkeypatch, tmp_path, end):
    # the check reads the same text as pandas: nothing lost or read twice, quoted line breaks kept
    rows = "".join(f'{i},"Troops {i},{end}""go"" {"x" * (i % 50)}"{end}' for i in range(20_000))
    data = f"id,text{end}{rows}last,no line break".encode()
    path = tmp_path / "ok.csv"
    path.write_bytes(data)
    expected = pd.concat(read_chunks(str(path), chunk_size=3_000))
    _stdin(monkeypatch, data)
    got = pd.concat(read_chunks("-", chunk_size=3_000))
    assert len(got) == 20_001 and got.equals(expected)


def test_a_jsonl_file_with_a_byte_order_mark_is_read(tmp_path):
    # Windows tools (PowerShell, Notepad) start UTF-8 files with a BOM, as they do CSV files
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"id": "007", "text": "No troops."}\n{"id": "2", "text": "Yes"}\n')
    frame = pd.concat(read_chunks(str(path)))
    assert frame.to_dict("list") == {"id": ["007", "2"], "text": ["No troops.", "Yes"]}
    assert read_columns(str(path)) == ["id", "text"]


@pytest.mark.parametrize("name", ["out.csv", "out.jsonl", "out.parquet"])
def test_jsonl_integers_with_a_missing_key_stay_integers(tmp_path, name):
    # pandas would make the column float: 7 -> 7.0, 9007199254740993 -> 9007199254740992.0
    path = tmp_path / "ids.jsonl"
    path.write_text('{"id": 7, "text": "a"}\n{"text": "b"}\n{"id": 9007199254740993, "text": "c"}\n',
                    encoding="utf-8")
    write_frame(pd.concat(read_chunks(str(path))), str(tmp_path / name))
    if name.endswith(".csv"):
        assert (tmp_path / name).read_text(encoding="utf-8") == "id,text\n7,a\n,b\n9007199254740993,c\n"
    elif name.endswith(".jsonl"):
        assert [json.loads(line)["id"] for line in (tmp_path / name).read_text().splitlines()] == \
            [7, None, 9007199254740993]
    else:
        import pyarrow.parquet as pq

        assert pq.read_table(tmp_path / name).column("id").to_pylist() == [7, None, 9007199254740993]


def test_parquet_integers_with_a_null_stay_integers(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.table({"id": pa.array([7, None, 9007199254740993], pa.int64()), "text": ["a", "b", "c"]}),
                   tmp_path / "ids.parquet")
    write_frame(pd.concat(read_chunks(str(tmp_path / "ids.parquet"), chunk_size=2)), str(tmp_path / "out.csv"))
    assert (tmp_path / "out.csv").read_text(encoding="utf-8") == "id,text\n7,a\n,b\n9007199254740993,c\n"


def test_jsonl_output_writes_every_float_exactly(tmp_path):
    # pandas' to_json rounds to 10 decimals: 0.12345678901234 -> 0.123456789, 1e-12 -> 0.0
    floats = [0.12345678901234, 123456789.123, 3.0308687200886197e-05, 1e-12, float("nan")]
    frame = pd.DataFrame({"x": floats, "when": pd.to_datetime(["2025-03-04"] * 5), "text": list("abcde")})
    write_frame(frame, str(tmp_path / "out.jsonl"))
    rows = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["x"] for r in rows] == floats[:4] + [None]
    assert rows[0]["when"].startswith("2025-03-04T00:00:00") and rows[0]["text"] == "a"


@pytest.mark.parametrize("name", ["a.jsonl", "a.parquet"])
def test_jsonl_and_parquet_chunks_number_their_rows_on(tmp_path, name):
    # as CSV chunks do: an error that names a row by the chunk's index names the file's row
    write_frame(FRAME, str(tmp_path / name))
    assert [list(c.index) for c in read_chunks(str(tmp_path / name), chunk_size=2)] == [[0, 1], [2]]


@pytest.mark.parametrize("patterns, message", [
    (["a.csv", "a.csv"], r"a\.csv: given twice; name each input once"),
    (["*.csv", "b.csv"], r"b\.csv: given twice; name each input once"),
    (["*.csv", "./b.csv"], r"\./b\.csv: given twice \(also as b\.csv\); name each input once"),
])
def test_a_file_given_twice_is_refused(tmp_path, monkeypatch, patterns, message):
    # Its rows were read twice: stance actors and stance report counted every sentence double
    monkeypatch.chdir(tmp_path)
    for name in ("a.csv", "b.csv"):
        (tmp_path / name).write_text("text\nx\n", encoding="utf-8")
    with pytest.raises(DataError, match=message):
        expand_inputs(patterns)


def test_actors_refuses_a_statements_file_given_twice(tmp_path, capsys):
    from stance.cli import main

    (tmp_path / "s.csv").write_text("article,sentence_no,text,actor,stance,confidence\n"
                                    "a,1,t,Russia,oppose,0.9\n", encoding="utf-8")
    with pytest.raises(SystemExit) as exc:
        main(["actors", str(tmp_path / "s.csv"), str(tmp_path / "*.csv"), "-o", str(tmp_path / "a.md")])
    assert exc.value.code == 2 and "s.csv: given twice" in capsys.readouterr().err
    assert not (tmp_path / "a.md").exists()
