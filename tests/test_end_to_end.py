"""Train on a small fixture, save, load, predict: the whole flow through train.py."""

import subprocess
import sys
from pathlib import Path

from stance import load_predictor

from .conftest import write_corpus

ROOT = Path(__file__).resolve().parent.parent


def test_train_save_load_predict(tmp_path):
    data = write_corpus(tmp_path / "data.csv")
    result = subprocess.run(
        [sys.executable, str(ROOT / "train.py"), "--data", str(data), "--out", str(tmp_path / "m")],
        capture_output=True, text=True, check=True,
    )
    assert "macro-F1" in result.stdout
    predictor = load_predictor(tmp_path / "m" / "stance.joblib")
    assert predictor.predict("Slovakia will never send soldiers to Ukraine, Fico said.") == "oppose"
    scored = predictor.score_frame(__import__("pandas").DataFrame({"text": ["Sweden backs the force."]}))
    assert scored.loc[0, "stance"] in predictor.labels
