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
