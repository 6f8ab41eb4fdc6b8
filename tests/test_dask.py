"""The Dask engine on one local cluster shared by the module: exactly the local engine's labels."""

import json
import logging

import pandas as pd
import pytest

pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")

import stance.engine.on_dask  # noqa: E402
from stance import score_file  # noqa: E402
from stance.cli import main  # noqa: E402
from stance.exceptions import DataError  # noqa: E402
from stance.io import TextCells, write_frame  # noqa: E402

from .test_batch import FRAME, read_any  # noqa: E402

BIG = pd.concat([FRAME.assign(id=FRAME["id"] + f"-{k}") for k in range(40)], ignore_index=True)
# The first 120 rows have no line break inside a cell, so dask may cut their file into blocks.
BIG.loc[:119, "note"] = BIG.loc[:119, "note"].str.replace("\n", " ")


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None, silence_logs=logging.ERROR,
                                  scheduler_kwargs={"dashboard_address": "127.0.0.1:0"}) as cluster:
        yield cluster


@pytest.fixture
def scheduler(cluster):
    return cluster.scheduler_address


@pytest.fixture
def inputs(tmp_path, monkeypatch):
    """Two CSV files and a Parquet file, split so each CSV holds several partitions."""
    monkeypatch.setattr(stance.engine.on_dask, "BLOCKSIZE", "1KB")
    folder = tmp_path / "in"
    folder.mkdir()
    write_frame(BIG.iloc[:120], str(folder / "a.csv"))
    write_frame(BIG.iloc[120:200], str(folder / "b.csv"))
    write_frame(BIG.iloc[200:], str(folder / "c.parquet"))
    return [str(folder / "*.csv"), str(folder / "c.parquet")]


@pytest.mark.parametrize("out", ["out.parquet", "out.csv"])
def test_dask_gives_exactly_the_labels_of_the_local_engine(tmp_path, model_dir, scheduler, inputs, out):
    model = str(model_dir / "stance.joblib")
    local = score_file(inputs, tmp_path / "local.csv", model=model)
    summary = score_file(inputs, tmp_path / out, model=model, engine="dask", scheduler=scheduler)
    expected, got = read_any(tmp_path / "local.csv"), read_any(tmp_path / out)
    if out.endswith(".parquet"):
        assert (tmp_path / out).is_dir() and len(list((tmp_path / out).glob("part.*.parquet"))) > 3
    assert got["id"].tolist() == BIG["id"].tolist()  # every row, in order
    assert got["stance"].fillna("").tolist() == expected["stance"].tolist()
    assert got["text"].tolist() == BIG["text"].tolist() and got["note"].tolist() == BIG["note"].tolist()
    pd.testing.assert_series_equal(got["confidence"].astype(float), expected["confidence"], check_names=False)
    assert (summary.rows, summary.labels, summary.blank) == (local.rows, local.labels, local.blank)
    assert summary.engine == "dask" and summary.jobs == 2
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_dask_reads_jsonl_cut_at_line_breaks(tmp_path, predictor, scheduler, monkeypatch):
    monkeypatch.setattr(stance.engine.on_dask, "BLOCKSIZE", "1KB")  # several partitions
    write_frame(BIG, str(tmp_path / "in.jsonl"))  # a line break inside a text is written as \n
    local = score_file(tmp_path / "in.jsonl", tmp_path / "local.csv", model=predictor)
    summary = score_file(tmp_path / "in.jsonl", tmp_path / "out.parquet", model=predictor, engine="dask",
                         scheduler=scheduler)
    got = pd.read_parquet(tmp_path / "out.parquet")
    assert len(list((tmp_path / "out.parquet").glob("part.*.parquet"))) > 3
    assert got["id"].tolist() == BIG["id"].tolist() and got["note"].tolist() == BIG["note"].tolist()
    assert got["stance"].tolist() == read_any(tmp_path / "local.csv")["stance"].tolist()
    assert (summary.rows, summary.labels, summary.blank) == (local.rows, local.labels, local.blank)


def test_dask_replaces_an_old_parquet_dataset(tmp_path, predictor, scheduler, inputs):
    (tmp_path / "out.parquet").mkdir()
    (tmp_path / "out.parquet" / "part.999999.parquet").write_text("old")
    score_file(inputs, tmp_path / "out.parquet", model=predictor, engine="dask", scheduler=scheduler)
    assert "part.999999.parquet" not in {p.name for p in (tmp_path / "out.parquet").iterdir()}
    assert len(pd.read_parquet(tmp_path / "out.parquet")) == len(BIG)


@pytest.mark.parametrize("src, out, message", [
    ("in.csv", "out.jsonl", r"writes a Parquet dataset \(\.parquet\) or one CSV/TSV file, not JSONL"),
    ("in.csv", "-", r"not stdin/stdout"),
    ("in.csv", "in.csv", r"is also an input"),
])
def test_dask_refuses_what_it_cannot_do(tmp_path, predictor, scheduler, src, out, message):
    write_frame(FRAME, str(tmp_path / src))
    target = out if out == "-" else tmp_path / out
    with pytest.raises(DataError, match=message):
        score_file(tmp_path / src, target, model=predictor, engine="dask", scheduler=scheduler)


def test_dask_checks_every_input_before_writing(tmp_path, model_dir, scheduler, capsys):
    write_frame(FRAME, str(tmp_path / "a.csv"))
    write_frame(FRAME.rename(columns={"text": "sentence"}), str(tmp_path / "b.csv"))
    with pytest.raises(SystemExit) as exc:
        main(["score", str(tmp_path / "a.csv"), str(tmp_path / "b.csv"), "-o", str(tmp_path / "out.parquet"),
              "--engine", "dask", "--scheduler", scheduler, "--model", str(model_dir / "stance.joblib")])
    assert exc.value.code == 2
    assert "b.csv: no column 'text'; the columns are 'id', 'sentence', 'note'" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.csv", "b.csv"]


def test_dask_starts_a_local_cluster_without_a_scheduler(tmp_path, predictor, cluster, monkeypatch, capsys):
    """No --scheduler: a LocalCluster of 2 worker processes, dashboard off (the shared one stands in)."""
    made = []

    class SharedCluster:
        def __init__(self, **kwargs):
            made.append(kwargs)
            self.scheduler_address = cluster.scheduler_address

        def close(self):
            pass

    monkeypatch.setattr(distributed, "LocalCluster", SharedCluster)
    write_frame(FRAME, str(tmp_path / "in.csv"))
    assert main(["score", str(tmp_path / "in.csv"), "-o", str(tmp_path / "out.csv"), "--engine", "dask",
                 "--model", str(predictor.path)]) == 0
    assert made == [{"n_workers": 2, "threads_per_worker": 1, "processes": True, "dashboard_address": None,
                     "silence_logs": logging.CRITICAL, "preload": ["stance.engine.quiet_worker"],
                     "scheduler_kwargs": {"dashboard_address": "127.0.0.1:0"}}]
    assert "8 rows -> " in capsys.readouterr().err and len(read_any(tmp_path / "out.csv")) == 8


def test_local_cluster_does_not_clash_over_the_dashboard_port():
    """Another cluster holding port 8787 used to cost a three-line UserWarning on every run."""
    import socket
    import warnings

    holder = socket.socket()
    try:
        try:
            holder.bind(("127.0.0.1", 8787))
            holder.listen()
        except OSError:
            pass  # something already holds it: the same situation
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            with stance.engine.on_dask.cluster_client(None, 1) as client:
                port = client.scheduler_info()["services"].get("dashboard")
        assert port != 8787
    finally:
        holder.close()


def test_csv_ranges_end_at_record_ends_even_with_line_breaks_in_cells(tmp_path):
    path = tmp_path / "quoted.csv"
    path.write_bytes(b'id,text\n1,"two\nlines"\n2,"He said ""no""\n"\n3,ok\n')
    header_end, ranges = stance.engine.on_dask.record_ranges(str(path), "1B", block=5)  # quotes open across blocks
    assert header_end == len(b"id,text\n")
    data = path.read_bytes()
    assert [data[a:b] for a, b in ranges] == [b'1,"two\nlines"\n', b'2,"He said ""no""\n"\n', b"3,ok\n"]
    assert stance.engine.on_dask.record_ranges(str(path), "1MB")[1] == [(header_end, len(data))]


def test_dask_reads_a_csv_with_line_breaks_in_cells_in_several_partitions(tmp_path):
    path = tmp_path / "in.csv"
    rows = [{"id": str(i), "text": f"line one\nline two of {i}, \"quoted\"", "n": "007"} for i in range(200)]
    write_frame(pd.DataFrame(rows), str(path))
    frame = stance.engine.on_dask.read_files([str(path)], ["id", "text", "n"], "utf-8", blocksize="1kB")
    assert frame.npartitions > 3
    got = frame.compute(scheduler="sync").reset_index(drop=True)
    pd.testing.assert_frame_equal(got, pd.DataFrame(rows), check_dtype=False)


def test_dask_malformed_csv_is_a_data_error(tmp_path, predictor, scheduler):
    (tmp_path / "in.csv").write_text("id,text\n1,ok\n2,too,many\n")
    with pytest.raises(DataError, match=r"malformed CSV in the inputs \(Expected 2 fields in line 2, saw 3, counting lines from byte 8 of in.csv\); run with --engine local"):
        score_file(tmp_path / "in.csv", tmp_path / "out.parquet", model=predictor, engine="dask",
                   scheduler=scheduler)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv"]


def test_dask_refuses_a_cell_going_on_after_its_closing_quotation_mark(tmp_path):
    path = tmp_path / "in.tsv"
    path.write_text("".join(["id\ttext\n"] + [f"{i}\tTroops {i}.\n" for i in range(200)]), encoding="utf-8")
    path.write_text(path.read_text().replace("150\tTroops 150.", '150\t"Yes," he said.'), encoding="utf-8")
    frame = stance.engine.on_dask.read_files([str(path)], ["id", "text"], "utf-8", blocksize="1kB")
    assert frame.npartitions > 1
    with pytest.raises(DataError, match=r"in\.tsv, line 152: malformed TSV: a cell starts with a quotation"):
        frame.compute(scheduler="sync")


def test_dask_refuses_a_json_list_in_the_text_column_naming_its_row(tmp_path):
    # dask would turn [1, 2] into the string "[1, 2]" and score it as a sentence
    path = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": i, "text": f"Troops {i}."}) for i in range(200)]
    lines[150] = json.dumps({"id": 150, "text": [1, 2]})
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    cells = TextCells("text", True, "a sentence")
    frame = stance.engine.on_dask.read_files([str(path)], ["id", "text"], "utf-8", blocksize="1kB", text=cells)
    assert frame.npartitions > 1
    with pytest.raises(DataError, match=r"in\.jsonl, row 151: column 'text' holds list \[1, 2\], not a sentence"):
        frame.compute(scheduler="sync")
    plain = stance.engine.on_dask.read_files([str(path)], ["id", "text"], "utf-8", blocksize="1kB")
    assert plain.compute(scheduler="sync")["text"].iloc[150] == "[1, 2]"  # what the check prevents


@pytest.mark.parametrize("values, numbers, refused", [
    ([b"Troops.", b"No."], True, "binary"), ([1.5, 2.0], False, "double"), ([1.5, 2.0], True, None)])
def test_dask_checks_a_parquet_text_column_by_its_type(tmp_path, values, numbers, refused):
    path = tmp_path / "in.parquet"
    write_frame(pd.DataFrame({"id": ["1", "2"], "text": values}), str(path))
    cells = TextCells("text", numbers, "a sentence")
    read = lambda: stance.engine.on_dask.read_files([str(path)], ["id", "text"], "utf-8", text=cells)  # noqa: E731
    if refused is None:
        assert len(read().compute(scheduler="sync")) == 2
    else:
        with pytest.raises(DataError, match=rf"in\.parquet: column 'text' holds Parquet {refused} values"):
            read()


def test_dask_reads_rows_ending_in_a_separator_and_refuses_a_value_beyond_the_header(tmp_path):
    path = tmp_path / "in.csv"
    path.write_text("".join(["id,text\n"] + [f"{i},Troops {i}.,\n" for i in range(200)]), encoding="utf-8")
    frame = stance.engine.on_dask.read_files([str(path)], ["id", "text"], "utf-8", blocksize="1kB")
    assert frame.npartitions > 1
    got = frame.compute(scheduler="sync").reset_index(drop=True)
    assert got["id"].tolist() == [str(i) for i in range(200)] and got["text"].iloc[150] == "Troops 150."
    path.write_text(path.read_text().replace("150,Troops 150.,", "150,Troops 150.,lost"), encoding="utf-8")
    frame = stance.engine.on_dask.read_files([str(path)], ["id", "text"], "utf-8", blocksize="1kB")
    with pytest.raises(pd.errors.ParserError, match=r"in\.csv, line 152: 3 fields but the header names 2"):
        frame.compute(scheduler="sync")


def test_a_jsonl_range_at_the_start_of_a_file_with_a_byte_order_mark(tmp_path):
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"id": "007", "text": "No troops."}\n{"id": "2", "text": "Yes"}\n')
    frame = stance.engine.on_dask._read_jsonl_range((str(path), 0, path.stat().st_size), "utf-8", ["id", "text"])
    assert frame.to_dict("list") == {"id": ["007", "2"], "text": ["No troops.", "Yes"]}


@pytest.mark.parametrize("name", ["ids.jsonl", "ids.parquet"])
def test_dask_keeps_integers_with_a_missing_value(tmp_path, predictor, scheduler, name):
    """As the local engine: 7 stays 7 (not 7.0) and 9007199254740993 keeps its last digit."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    if name.endswith(".jsonl"):
        (tmp_path / name).write_text('{"id": 7, "text": "a"}\n{"text": "b"}\n'
                                     '{"id": 9007199254740993, "text": "c"}\n', encoding="utf-8")
    else:
        pq.write_table(pa.table({"id": pa.array([7, None, 9007199254740993], pa.int64()),
                                 "text": ["a", "b", "c"]}), tmp_path / name)
    score_file(tmp_path / name, tmp_path / "out.csv", model=predictor, engine="dask", scheduler=scheduler)
    lines = (tmp_path / "out.csv").read_text(encoding="utf-8").splitlines()
    assert [line.split(",")[0] for line in lines] == ["id", "7", "", "9007199254740993"]

def test_ctrl_c_during_a_dask_run_is_one_line_and_leaves_the_old_output(tmp_path, model_dir, scheduler):
    """Ctrl-C while the cluster works: the one line of `interrupted`, no asyncio tracebacks
    ("Task exception was never retrieved") of the gathers left pending, the old dataset whole."""
    import signal
    import subprocess
    import sys
    import time

    rows = "".join(f"{i},Scholz said no German soldiers would be sent to Ukraine number {i}.\n"
                   for i in range(400_000))
    (tmp_path / "in.csv").write_text("id,text\n" + rows, encoding="utf-8")
    old = tmp_path / "out.parquet"
    old.mkdir()
    (old / "part.000000.parquet").write_bytes(b"old")
    proc = subprocess.Popen([sys.executable, "-m", "stance", "score", str(tmp_path / "in.csv"), "-o", str(old),
                             "--engine", "dask", "--scheduler", scheduler, "--quiet",
                             "--model", str(model_dir / "stance.joblib")],
                            stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 60
    while not list(tmp_path.glob(".out.parquet.*.part")) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)  # the temporary dataset appears when the computation starts
    time.sleep(0.5)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert err == "stance score: interrupted; no output was written\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv", "out.parquet"]
    assert [p.read_bytes() for p in old.iterdir()] == [b"old"]



def _ignores_sigint() -> bool:
    import signal

    return signal.getsignal(signal.SIGINT) is signal.SIG_IGN


def test_the_local_cluster_workers_leave_ctrl_c_to_the_command():
    """A terminal's Ctrl-C goes to every process of the foreground group, the local cluster's
    workers too: each printed its own KeyboardInterrupt traceback (forty lines) around the
    command's one line. The workers now ignore it; the command closes the cluster."""
    with stance.engine.on_dask.cluster_client(None, 1) as client:
        assert list(client.run(_ignores_sigint).values()) == [True]


def test_ctrl_c_while_the_cluster_closes_after_the_output_is_in_place_does_not_undo_the_run(
        tmp_path, model_dir, monkeypatch, capsys):
    """Ctrl-C in the seconds the local cluster takes to close, after the output was renamed
    into place, said "interrupted; no output was written" and exited 130, beside a complete
    output (an older one already replaced). The run now ends as it did: its summary, exit 0."""
    import os
    import signal

    real_close = distributed.LocalCluster.close

    def close_with_ctrl_c(self, *args, **kwargs):
        os.kill(os.getpid(), signal.SIGINT)
        return real_close(self, *args, **kwargs)

    monkeypatch.setattr(distributed.LocalCluster, "close", close_with_ctrl_c)
    write_frame(FRAME, str(tmp_path / "in.csv"))
    assert main(["score", str(tmp_path / "in.csv"), "-o", str(tmp_path / "out.parquet"), "--engine", "dask",
                 "--jobs", "1", "--model", str(model_dir / "stance.joblib")]) == 0
    assert f"{len(FRAME)} rows -> " in capsys.readouterr().err
    assert len(pd.read_parquet(tmp_path / "out.parquet")) == len(FRAME)
