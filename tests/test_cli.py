import subprocess
import sys
from pathlib import Path

import pytest

from stance.cli import main


def test_predict_prints_a_label_per_text(model_dir, capsys):
    assert main(["predict", "--model", str(model_dir / "stance.joblib"), "--proba",
                 "Greece ruled out sending troops.", "Aid arrived."]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 2 and lines[0].split("\t")[0] in {"neutral", "oppose", "support"}
    assert "p_" not in lines[0] and "support=" in lines[0]


def test_predict_keeps_one_line_per_text_whatever_the_text_holds(model_dir, capsys):
    # a tab or line break in a text would split its result over fields or lines
    assert main(["predict", "--model", str(model_dir / "stance.joblib"),
                 "Greece ruled\tout troops.\nAid arrived.\r", "Aid arrived."]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and [len(line.split("\t")) for line in lines] == [2, 2]
    assert lines[0].split("\t")[1] == "Greece ruled\\tout troops.\\nAid arrived.\\r"


@pytest.mark.parametrize("stdin, code, expected", [
    ("Le caf\u00e9 a dit non.\nGreece ruled out sending troops.\n".encode("latin-1"), 2,
     "stance predict: error: stdin, line 1: bytes that are not valid utf-8"),
    (b"\xef\xbb\xbfGreece ruled out sending troops.\r\nAid arrived.\r\n", 0, ""),
])
def test_predict_reads_stdin_as_utf8(model_dir, tmp_path, stdin, code, expected):
    (tmp_path / "in.txt").write_bytes(stdin)
    with open(tmp_path / "in.txt", "rb") as fh:
        proc = subprocess.run([sys.executable, "-m", "stance", "predict", "--model",
                               str(model_dir / "stance.joblib")], stdin=fh, capture_output=True, text=True)
    assert proc.returncode == code and proc.stderr.startswith(expected) and proc.stderr.count("\n") == (code != 0)
    if code == 0:  # the byte order mark and the \r are no part of the sentences
        assert [line.split("\t")[1] for line in proc.stdout.splitlines()] == [
            "Greece ruled out sending troops.", "Aid arrived."]

def test_info_shows_metrics(model_dir, capsys):
    assert main(["info", "--model", str(model_dir / "stance.joblib")]) == 0
    out = capsys.readouterr().out
    assert "labels: neutral, oppose, support" in out and "macro-F1" in out


def test_missing_model_is_one_line_exit_2(tmp_path, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["predict", "--model", str(tmp_path / "x.joblib"), "text"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("stance predict: error:") and err.count("\n") == 1


def test_console_script_and_module_entry_points():
    script = Path(sys.executable).parent / "stance"
    assert script.is_file(), "the console script `stance` is installed with the package"
    for cmd in ([str(script), "--version"], [sys.executable, "-m", "stance", "--version"]):
        out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
        assert out.startswith("stance ")


def test_explain_command(model_dir, capsys):
    assert main(["explain", "--model", str(model_dir / "stance.joblib"), "--top", "3",
                 "Greece ruled out sending troops."]) == 0
    out = capsys.readouterr().out
    assert out.startswith("label: ") and "toward" in out and "away from" in out


@pytest.mark.parametrize("argv, prog, expected", [
    (["actors", "--by", "fortnight", "x.csv", "-o", "y.md"], "stance actors", "argument --by: invalid choice: 'fortnight'"),
    (["score", "--engine", "spark", "x.csv", "-o", "y.csv"], "stance score", "argument --engine: invalid choice: 'spark'"),
    (["extract", "--narration", "foo", "x.csv", "-o", "y.csv"], "stance extract",
     "argument --narration: invalid choice: 'foo' (choose from 'confident', 'neutral', 'model')"),
    (["score", "--jobs", "two", "x.csv", "-o", "y.csv"], "stance score", "argument --jobs: invalid int value: 'two'"),
    (["score", "x.csv"], "stance score", "the following arguments are required: -o/--output"),
    (["train", "--seed", "x"], "stance train", "argument --seed: invalid int value: 'x'"),
    (["predict", "--bogus", "text"], "stance predict", "unrecognized arguments: --bogus"),
    (["bogus"], "stance", "argument COMMAND: invalid choice: 'bogus'"),
    ([], "stance", "the following arguments are required: COMMAND"),
])
def test_usage_errors_are_one_line_exit_2(argv, prog, expected, capsys):
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "usage:" not in err
    assert err.startswith(f"{prog}: error: {expected}") and err.endswith(f"; see {prog} --help\n")


def test_help_still_prints_usage_and_options(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["extract", "--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: stance extract") and "--narration {confident,neutral,model}" in out


def test_train_script_usage_error_is_one_line(capsys):
    from stance.training import main as train_main

    with pytest.raises(SystemExit) as exc:
        train_main(["--seed", "x"])
    assert exc.value.code == 2
    assert capsys.readouterr().err == "train.py: error: argument --seed: invalid int value: 'x'; see train.py --help\n"


@pytest.mark.parametrize("argv, stdin", [
    (["info"], b""),  # a few lines: the pipe breaks when they are flushed
    (["predict"], b"Greece ruled out sending troops.\n" * 20_000),  # breaks while writing
])
def test_closed_stdout_pipe_ends_quietly(model_dir, argv, stdin, tmp_path):
    """`stance info | head -3`: no "error: Broken pipe", the status of a process SIGPIPE ended."""
    (tmp_path / "in.txt").write_bytes(stdin)
    with open(tmp_path / "in.txt", "rb") as fh:
        proc = subprocess.Popen([sys.executable, "-m", "stance", *argv, "--model", str(model_dir / "stance.joblib")],
                                stdin=fh, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        proc.stdout.close()  # the reader is gone before the first line is written
        err = proc.stderr.read().decode()
        proc.wait(timeout=120)
    assert err == "" and proc.returncode == 141


def test_extract_help_names_the_registry_columns_with_the_optional_role(capsys):
    with pytest.raises(SystemExit):
        main(["extract", "--help"])
    help_ = " ".join(capsys.readouterr().out.split())
    assert "(name,aliases,kind,country, and optionally role:" in help_


def test_report_help_says_top_also_sets_the_trend_chart_lines(capsys):
    # Said "actors in the stance chart (default: 20)", where --top 3 also drew 3 lines, not 6,
    # in the trend chart
    with pytest.raises(SystemExit):
        main(["report", "--help"])
    help_ = " ".join(capsys.readouterr().out.split())
    assert "--top N actors in the stance chart (default: 20) and, up to 6, lines in the trend chart" in help_


@pytest.mark.parametrize("stdin, expected", [
    ("text\nLe caf\u00e9 a dit non.\n".encode("latin-1"),
     "stance score: error: stdin: bytes that are not valid utf-8"),
    (b"", "stance score: error: stdin: the file is empty"),
    (b'text,x\n"a\n', "stance score: error: stdin, data row 1: malformed CSV"),
])
def test_score_names_stdin_in_its_errors(model_dir, tmp_path, stdin, expected):
    (tmp_path / "in.csv").write_bytes(stdin)
    with open(tmp_path / "in.csv", "rb") as fh:
        proc = subprocess.run([sys.executable, "-m", "stance", "score", "-", "-o", str(tmp_path / "o.csv"),
                               "--model", str(model_dir / "stance.joblib")], stdin=fh,
                              capture_output=True, text=True)
    assert proc.returncode == 2 and proc.stderr.startswith(expected) and proc.stderr.count("\n") == 1


@pytest.mark.parametrize("name, message", [
    # Were "<name>.json: missing; a model file needs its .json sidecar", about a file never asked for
    ("", r"model: is a folder; pass the model file in it, e\.g\. .*model/stance\.joblib"),
    ("none.joblib", r"none\.joblib: model file not found"),
    ("data.csv", r"data\.csv: unknown model file type '\.csv'"),
])
def test_info_names_what_is_wrong_with_the_model_path(model_dir, tmp_path, capsys, name, message):
    import re
    import shutil

    folder = tmp_path / "model"
    shutil.copytree(model_dir, folder)
    (folder / "data.csv").write_text("text\nx\n", encoding="utf-8")
    with pytest.raises(SystemExit) as exc:
        main(["info", "--model", str(folder / name) if name else str(folder)])
    err = capsys.readouterr().err
    assert exc.value.code == 2 and err.count("\n") == 1 and re.search(message, err), err



@pytest.mark.parametrize("change", [
    {"rows": 5}, {"versions": ["1.0"]}, {"labels": "abc"}, {"cv": {"macro_f1": 0.5}},
])
def test_info_of_a_damaged_sidecar_is_one_line(model_dir, tmp_path, capsys, change):
    # Was a traceback (AttributeError, KeyError) or, for labels as a string, "labels: a, b, c"
    import json
    import shutil

    folder = tmp_path / "model"
    shutil.copytree(model_dir, folder)
    sidecar = folder / "stance.json"
    sidecar.write_text(json.dumps({**json.loads(sidecar.read_text()), **change}), encoding="utf-8")
    with pytest.raises(SystemExit) as exc:
        main(["info", "--model", str(folder / "stance.joblib")])
    err = capsys.readouterr().err
    key = next(iter(change))
    assert exc.value.code == 2 and err.count("\n") == 1, err
    assert f"stance.json: its '{key}' is not what train.py writes" in err and "retrain or restore" in err


def test_info_of_a_truncated_or_replaced_model_file_is_one_line(model_dir, tmp_path, capsys):
    # Printed the sidecar's labels and cross-validated figures as the model's, exit 0, for a
    # model file cut short in a copy (which every other command then refused)
    import shutil

    folder = tmp_path / "model"
    shutil.copytree(model_dir, folder)
    model = folder / "stance.joblib"
    model.write_bytes(model.read_bytes()[:5000])
    with pytest.raises(SystemExit) as exc:
        main(["info", "--model", str(model)])
    captured = capsys.readouterr()
    assert exc.value.code == 2 and captured.out == "" and captured.err.count("\n") == 1, captured
    assert "stance.joblib: sha256 " in captured.err and "the file was changed or replaced" in captured.err
    assert captured.err.rstrip().endswith(f"(stance info --model {folder / 'stance.json'} shows what the "
                                          "sidecar says)")
    assert main(["info", "--model", str(folder / "stance.json")]) == 0  # the sidecar alone, as asked


def test_explain_dash_reads_the_sentence_from_stdin(model_dir):
    # `stance explain -` explained the text "-" (label neutral, an empty "read as:" line)
    proc = subprocess.run([sys.executable, "-m", "stance", "explain", "-", "--model",
                           str(model_dir / "stance.joblib"), "--json"],
                          input="Greece ruled out sending troops.\n", capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    import json

    assert json.loads(proc.stdout)["text"] == "Greece ruled out sending troops."


def test_explain_of_a_text_with_no_words_says_so(model_dir, capsys):
    # Printed "read as: " and nothing after it
    assert main(["explain", "--model", str(model_dir / "stance.joblib"), "..."]) == 0
    out = capsys.readouterr().out
    assert "read as: (no n-gram the model knows: the label comes from its intercepts alone)" in out


def test_predict_without_texts_on_a_terminal_says_it_reads_stdin(model_dir, capsys, monkeypatch):
    # Waited for input without a word, as if it hung
    import io

    class Terminal(io.TextIOWrapper):
        def isatty(self):
            return True

    monkeypatch.setattr(sys, "stdin", Terminal(io.BytesIO(b"Greece ruled out sending troops.\n")))
    assert main(["predict", "--model", str(model_dir / "stance.joblib")]) == 0
    captured = capsys.readouterr()
    assert captured.err.startswith("stance predict: reading sentences from stdin, one per line; "
                                   "end with Ctrl-D, or give them as arguments")
    assert captured.out.endswith("\tGreece ruled out sending troops.\n")


@pytest.mark.parametrize("command", ["score", "extract"])
@pytest.mark.parametrize("options, message", [
    (["--engine", "dask", "--chunk-size", "10"],
     "--chunk-size is for the local engine; the Dask engine cuts the input into partitions of about 16 MB"),
    (["--engine", "dask", "--scheduler", "tcp://127.0.0.1:1", "--jobs", "4"],
     "--jobs sets the workers of a local cluster; the cluster at --scheduler has its own"),
])
def test_engine_options_that_would_be_ignored_are_refused(tmp_path, capsys, command, options, message):
    # Were ignored without a word
    (tmp_path / "in.csv").write_text("text\nTroops.\n", encoding="utf-8")
    with pytest.raises(SystemExit) as exc:
        main([command, str(tmp_path / "in.csv"), "-o", str(tmp_path / "out.parquet"), *options])
    err = capsys.readouterr().err
    assert exc.value.code == 2 and err == f"stance {command}: error: {message}\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv"]


@pytest.mark.parametrize("argv, option", [
    (["score", "", "-o", "{tmp}/x.csv"], "INPUT"),
    (["score", "{tmp}/in.csv", "-o", ""], "-o/--output"),
    (["actors", "", "-o", "{tmp}/x.md"], "SCORED"),
    (["predict", "--model", "", "Troops."], "--model"),
    (["extract", "{tmp}/in.csv", "-o", "{tmp}/x.csv", "--actors", ""], "--actors"),
    (["actors", "{tmp}/in.csv", "-o", "{tmp}/x.md", "--chart", ""], "--chart"),
])
def test_an_empty_path_is_refused(tmp_path, capsys, argv, option):
    # An unset shell variable ("$IN") gave '' and with it the current folder ("': is a folder",
    # ".: Is a directory") or ": unknown file type"
    (tmp_path / "in.csv").write_text("text\nTroops.\n", encoding="utf-8")
    with pytest.raises(SystemExit) as exc:
        main([a.format(tmp=tmp_path) for a in argv])
    err = capsys.readouterr().err
    assert exc.value.code == 2 and err.count("\n") == 1
    assert f"argument {option}: an empty path (an unset shell variable?); give a file name" in err


def test_train_py_refuses_an_empty_data_path(tmp_path, capsys):
    # `--data ''` read every CSV under the current folder
    from stance.training import main as train_main

    with pytest.raises(SystemExit) as exc:
        train_main(["--data", "", "--out", str(tmp_path / "m")])
    assert exc.value.code == 2
    assert "argument --data: an empty path (an unset shell variable?)" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [["score", "{d}/in.csv", "-o", "{d}/out.csv"],
                                  ["score", "{d}/in.csv", "-o", "{d}/out.parquet", "--jobs", "2"],
                                  ["extract", "{d}/in.csv", "-o", "{d}/out.csv", "--jobs", "2"]],
                         ids=["score", "score-with-workers", "extract-with-workers"])
def test_sigterm_midway_is_one_line_and_leaves_nothing(model_dir, tmp_path, argv):
    # `kill PID` (SIGTERM, as a batch scheduler or `timeout` sends) ended the run silently,
    # with the half-written temporary file (.out.csv.XXXX.part) left beside the output, and
    # with workers, a BrokenPipeError traceback from each; as Ctrl-C does, it now cleans up,
    # says so in one line and exits 143 (128 + 15)
    import signal
    import time

    rows = "".join(f"{i},Scholz said no German soldiers would be sent to Ukraine (number {i}).\n"
                   for i in range(300_000))
    (tmp_path / "in.csv").write_text("id,text\n" + rows, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "stance", *[a.format(d=tmp_path) for a in argv], "--quiet",
                             "--model", str(model_dir / "stance.joblib")], stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not list(tmp_path.glob(".out.*.part")) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)  # the temporary output appears when the first rows are written
    time.sleep(0.3)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 143, err
    assert err == f"stance {argv[0]}: terminated; no output was written\n"
    assert [p.name for p in tmp_path.iterdir()] == ["in.csv"]


def test_ctrl_c_after_rows_went_to_stdout_says_they_are_part_of_the_output(model_dir, tmp_path, capsys,
                                                                           monkeypatch):
    # Said "interrupted; no output was written" after the first rows had gone down the pipe
    from stance.predictor import StancePredictor

    (tmp_path / "in.csv").write_text("id,text\n1,Troops will go.\n2,No troops.\n3,Aid.\n", encoding="utf-8")
    original, calls = StancePredictor.score_frame, []

    def interrupted(self, *args, **kwargs):
        calls.append(1)
        if len(calls) > 1:
            raise KeyboardInterrupt
        return original(self, *args, **kwargs)

    monkeypatch.setattr(StancePredictor, "score_frame", interrupted)
    argv = ["score", str(tmp_path / "in.csv"), "--chunk-size", "1", "--model", str(model_dir / "stance.joblib")]
    with pytest.raises(SystemExit) as exc:
        main([*argv, "-o", "-"])
    captured = capsys.readouterr()
    assert exc.value.code == 130 and captured.out.startswith("id,text,stance") and len(captured.out.splitlines()) == 2
    assert captured.err == "stance score: interrupted; the rows already sent to stdout are only part of the output\n"
    calls.clear()
    with pytest.raises(SystemExit):  # to a file: nothing written, as before
        main([*argv, "-o", str(tmp_path / "out.csv")])
    assert capsys.readouterr().err == "stance score: interrupted; no output was written\n"
    assert not (tmp_path / "out.csv").exists()
