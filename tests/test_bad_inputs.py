"""Bad inputs wherever a user can give one: the Python API, every command, the labelled-data
loader and train.py.

Each failure must be one clear line (on stderr for a command, with a non-zero exit and no
traceback), must write nothing (no output, no temporary file left in its folder) and must
leave every input byte for byte as it was. Odd but valid text must come out with every row.
"""

import csv
import importlib
import io
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from sklearn.svm import SVC

from stance import (
    ArgumentError,
    DataError,
    ModelError,
    StanceError,
    extract_statements,
    load_predictor,
    score_file,
)
from stance.article.extract import extract_file
from stance.article.report import write_report
from stance.article.summary import plot_actors, plot_trend, summarise_actors, summarise_periods
from stance.cli import main
from stance.data import read_corpus, read_labelled
from stance.persistence import export_skops, sha256_file

from .conftest import TINY_CORPUS
from .test_export import write_untrusted_skops

ROOT = Path(__file__).resolve().parent.parent
LABELS = {"neutral", "oppose", "support"}
SCORE_COLUMNS = ["stance", "confidence", "p_neutral", "p_oppose", "p_support"]

# --- inputs -----------------------------------------------------------------------------------

GOOD = b"id,text\n1,Greece ruled out sending troops.\n2,Macron said troops could go.\n"
EMPTY = b""
HEADER_ONLY = b"id,text\n"
WRONG_COLUMN = b"id,sentence\n1,Greece ruled out sending troops.\n"
HAS_SCORE_COLUMN = b"id,text,stance\n1,Greece ruled out sending troops.,oppose\n"
BROKEN_QUOTING = b'id,text\n1,"Greece ruled out\n2,sending troops.\n'
NOT_UTF8 = "id,text\n1,Le caf\u00e9 a dit non.\n".encode("latin-1")
JSONL_NOT_OBJECTS = b'{"text": "Troops will go."}\n["not", "an", "object"]\n'
ARTICLE = "Macron said troops could go.\nMoscow warned that foreign troops would be targets.\n".encode()
SCORED = (b"article,sentence_no,text,actor,stance,confidence\n"
          b"a,1,Troops may go.,Emmanuel Macron,support,0.9\n"
          b"a,2,Never.,Russia,oppose,0.8\n"
          b"a,3,Talks went on.,Russia,neutral,0.7\n")
SCORED_DATED = (b"article,date,sentence_no,text,actor,stance,confidence\n"
                b"a,2025-01-02,1,Troops may go.,Emmanuel Macron,support,0.9\n"
                b"b,2025-02-03,1,Never.,Russia,oppose,0.8\n")
SCORED_BAD_CONFIDENCE = b"article,text,actor,stance,confidence\na,x,Russia,oppose,high\n"


def _parquet_bytes(frame: pd.DataFrame) -> bytes:
    buffer = io.BytesIO()
    frame.to_parquet(buffer, index=False)
    return buffer.getvalue()


# A binary column, as some tools write text: no str, so no article text.
PARQUET_BYTES_TEXT = _parquet_bytes(pd.DataFrame({"text": [b"Macron said troops could go.", b"x"]}))


def labelled(rows=None, columns=("text", "stance", "source")) -> bytes:
    """Labelled rows as CSV bytes (the tiny corpus by default)."""
    rows = rows if rows is not None else [(t, s, g) for t, _, s, g in TINY_CORPUS]
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(columns)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


LABELLED = labelled()
LABELLED_HEADER_ONLY = labelled([])
LABELLED_NO_LABEL_COLUMN = labelled([(t, g) for t, _, _, g in TINY_CORPUS], ("text", "source"))
LABELLED_EMPTY_TEXT = labelled([("Troops will go.", "support", "a"), ("  ", "oppose", "a")])
LABELLED_EMPTY_LABEL = labelled([("Troops will go.", "support", "a"), ("No troops.", "", "a")])
LABELLED_TWO_LABELS = labelled([("Troops will go.", "support", "a"), ("Troops will go.", "oppose", "b")])
LABELLED_SHORT_ROW = LABELLED_HEADER_ONLY + b"Troops will go.,support\n"


# --- helpers ----------------------------------------------------------------------------------

def snapshot(root: Path) -> dict[str, bytes | None]:
    """Every file (its bytes) and folder (None) under ``root``."""
    return {p.relative_to(root).as_posix(): (p.read_bytes() if p.is_file() else None)
            for p in sorted(root.rglob("*"))}


def assert_unchanged(before: dict, after: dict) -> None:
    added = sorted(set(after) - set(before))
    removed = sorted(set(before) - set(after))
    changed = sorted(k for k in set(before) & set(after) if before[k] != after[k])
    assert not (added or removed or changed), f"written: {added}; removed: {removed}; changed: {changed}"


def run_failing(capsys, argv, code=2) -> str:
    """Run the command; it must exit with ``code`` and exactly one line on stderr."""
    with pytest.raises(SystemExit) as exc:
        main(argv)
    _, err = capsys.readouterr()
    assert exc.value.code == code, err
    assert err.endswith("\n") and err.count("\n") == 1 and "Traceback" not in err, err
    return err


def write_files(root: Path, files: dict[str, bytes]) -> None:
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


def edit_sidecar(path: Path, **changes) -> None:
    meta = json.loads(path.read_text(encoding="utf-8"))
    meta.update(changes)
    path.write_text(json.dumps(meta), encoding="utf-8")


def flip_a_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))


def _not_a_pickle(m: Path) -> None:
    (m / "stance.joblib").write_bytes(b"this is not a pickle")
    edit_sidecar(m / "stance.json", model_sha256=sha256_file(m / "stance.joblib"))


def _not_a_model(m: Path) -> None:
    import joblib

    joblib.dump({"labels": ["a", "b"]}, m / "stance.joblib")  # a pickle, with a matching sidecar
    edit_sidecar(m / "stance.json", model_sha256=sha256_file(m / "stance.joblib"))


def _skops(m: Path) -> None:
    export_skops(m / "stance.joblib", m / "shared.skops")


def _tampered_skops(m: Path) -> None:
    _skops(m)
    flip_a_byte(m / "shared.skops")


def _untrusted_skops(m: Path) -> None:
    write_untrusted_skops(SVC(), m / "shared.skops", m / "stance.json")


# Ways a model folder (model/stance.joblib + model/stance.json) can be broken.
MODEL_SETUPS = {
    "tampered_joblib": lambda m: (m / "stance.joblib").write_bytes((m / "stance.joblib").read_bytes() + b"\0"),
    "no_sidecar": lambda m: (m / "stance.json").unlink(),
    "no_model": lambda m: (m / "stance.joblib").unlink(),
    "broken_sidecar": lambda m: (m / "stance.json").write_text("{not json", encoding="utf-8"),
    "binary_sidecar": lambda m: (m / "stance.json").write_bytes(b"\xff\xfe\x00garbage"),
    "list_sidecar": lambda m: (m / "stance.json").write_text("[1, 2]", encoding="utf-8"),
    "null_sha": lambda m: edit_sidecar(m / "stance.json", model_sha256=None),
    "number_sha": lambda m: edit_sidecar(m / "stance.json", model_sha256=12345),
    "old_sklearn": lambda m: edit_sidecar(m / "stance.json", versions={"scikit-learn": "0.0.1"}),
    "not_a_pickle": _not_a_pickle,
    "not_a_model": _not_a_model,
    "pkl": lambda m: shutil.copy(m / "stance.joblib", m / "stance.pkl"),
    "skops": _skops,
    "tampered_skops": _tampered_skops,
    "untrusted_skops": _untrusted_skops,
}


@pytest.fixture
def work(tmp_path, model_dir):
    """A folder holding a copy of the small model in model/; inputs go beside it."""
    (tmp_path / "model").mkdir()
    for name in ("stance.joblib", "stance.json"):
        shutil.copy(model_dir / name, tmp_path / "model" / name)
    return tmp_path


@pytest.fixture
def unwritable(tmp_path):
    """A folder nothing can be written into.

    A read-only folder, unless the tests run as root, for whom chmod does not block writes:
    then a path under a regular file, which nobody can create.
    """
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        try:
            (folder / ".probe").touch()
        except PermissionError:
            yield folder
            return
        (folder / ".probe").unlink()
        regular = tmp_path / "regular-file.txt"
        regular.write_text("not a folder\n", encoding="utf-8")
        yield regular
    finally:
        folder.chmod(0o755)


# --- every command: bad files, paths and models -------------------------------------------------

MODEL_COMMANDS = {"predict", "explain", "info", "score", "extract", "suggest", "export-model"}
M, SKOPS = "{d}/model/stance.joblib", "{d}/model/shared.skops"

# (id, input files, argv, message on stderr, model setup)
CLI_CASES = [
    # score
    ("score-empty-file", {"in.csv": EMPTY}, ["score", "{d}/in.csv", "-o", "{d}/out.csv"],
     r"in\.csv: the file is empty; expected a header line", None),
    ("score-missing-text-column", {"in.csv": WRONG_COLUMN}, ["score", "{d}/in.csv", "-o", "{d}/out.csv"],
     r"in\.csv: no column 'text'; the columns are 'id', 'sentence'", None),
    ("score-column-it-would-overwrite", {"in.csv": HAS_SCORE_COLUMN},
     ["score", "{d}/in.csv", "-o", "{d}/out.csv"], r"already has column\(s\) 'stance'", None),
    ("score-broken-quoting", {"in.csv": BROKEN_QUOTING}, ["score", "{d}/in.csv", "-o", "{d}/out.csv"],
     r"in\.csv, line 2: malformed CSV: a quotation mark opened", None),
    ("score-not-utf8", {"in.csv": NOT_UTF8}, ["score", "{d}/in.csv", "-o", "{d}/out.csv"],
     r"in\.csv, line 2 \(byte \d+\): bytes that are not valid utf-8.*--encoding", None),
    ("score-jsonl-wrong-types", {"in.jsonl": JSONL_NOT_OBJECTS}, ["score", "{d}/in.jsonl", "-o", "{d}/out.csv"],
     r"in\.jsonl, line 2: expected a JSON object per line, got list", None),
    ("score-text-a-json-list", {"in.jsonl": b'{"text": "Troops will go."}\n{"text": ["Troops.", "No."]}\n'},
     ["score", "{d}/in.jsonl", "-o", "{d}/out.csv"],
     r"in\.jsonl, row 2: column 'text' holds list \['Troops\.', 'No\.'\], not a sentence", None),
    ("score-text-as-parquet-bytes", {"in.parquet": PARQUET_BYTES_TEXT},
     ["score", "{d}/in.parquet", "-o", "{d}/out.csv", "--jobs", "2"],
     r"in\.parquet, row 1: column 'text' holds bytes b'Macron said troops could go\.', not a sentence", None),
    ("score-not-parquet", {"in.parquet": GOOD}, ["score", "{d}/in.parquet", "-o", "{d}/out.csv"],
     r"in\.parquet: not a readable Parquet file", None),
    ("score-unknown-input-extension", {"in.xlsx": GOOD}, ["score", "{d}/in.xlsx", "-o", "{d}/out.csv"],
     r"unknown file type '\.xlsx'", None),
    ("score-unknown-output-extension", {"in.csv": GOOD}, ["score", "{d}/in.csv", "-o", "{d}/out.xlsx"],
     r"out\.xlsx: unknown file type '\.xlsx'", None),
    ("score-missing-input", {}, ["score", "{d}/none.csv", "-o", "{d}/out.csv"], r"none\.csv: no such file", None),
    ("score-missing-output-folder", {"in.csv": GOOD}, ["score", "{d}/in.csv", "-o", "{d}/no/out.csv"],
     r"the output folder .*no does not exist", None),
    ("score-output-over-input", {"in.csv": GOOD}, ["score", "{d}/in.csv", "-o", "{d}/./in.csv"],
     r"is also an input", None),
    ("score-tampered-model", {"in.csv": GOOD}, ["score", "{d}/in.csv", "-o", "{d}/out.csv"],
     r"stance\.joblib: sha256 .* does not match", "tampered_joblib"),
    # extract
    ("extract-unknown-extension", {"a.docx": ARTICLE}, ["extract", "{d}/a.docx", "-o", "{d}/out.csv"],
     r"a\.docx: unknown file type '\.docx'", None),
    ("extract-missing-article", {}, ["extract", "{d}/none.txt", "-o", "{d}/out.csv"],
     r"none\.txt: no such file", None),
    ("extract-not-utf8", {"a.txt": "Le caf\u00e9 a dit non.".encode("latin-1")},
     ["extract", "{d}/a.txt", "-o", "{d}/out.csv"], r"a\.txt, line 1: bytes that are not valid utf-8", None),
    ("extract-empty-table", {"in.csv": EMPTY}, ["extract", "{d}/in.csv", "-o", "{d}/out.csv"],
     r"in\.csv: the file is empty", None),
    ("extract-missing-text-column", {"in.csv": WRONG_COLUMN}, ["extract", "{d}/in.csv", "-o", "{d}/out.csv"],
     r"in\.csv: no column 'text'", None),
    ("extract-missing-id-column", {"in.csv": GOOD},
     ["extract", "{d}/in.csv", "-o", "{d}/out.csv", "--id-column", "doc"], r"no column 'doc' for --id-column", None),
    ("extract-broken-quoting", {"in.csv": BROKEN_QUOTING}, ["extract", "{d}/in.csv", "-o", "{d}/out.csv"],
     r"in\.csv, line 2: malformed CSV: a quotation mark opened", None),
    ("extract-text-not-a-string", {"in.jsonl": b'{"text": "Troops will go."}\n{"text": 5}\n'},
     ["extract", "{d}/in.jsonl", "-o", "{d}/out.csv"],
     r"in\.jsonl, row 2: column 'text' holds int 5, not an article's text", None),
    ("extract-text-as-parquet-bytes", {"in.parquet": PARQUET_BYTES_TEXT},
     ["extract", "{d}/in.parquet", "-o", "{d}/out.csv", "--jobs", "2"],
     r"in\.parquet, row 1: column 'text' holds bytes b'Macron said troops could go\.', not an", None),
    ("extract-output-over-input", {"in.csv": GOOD}, ["extract", "{d}/in.csv", "-o", "{d}/in.csv"],
     r"is also an input", None),
    ("extract-unknown-output-extension", {"a.txt": ARTICLE}, ["extract", "{d}/a.txt", "-o", "{d}/out.docx"],
     r"out\.docx: unknown file type", None),
    ("extract-bad-actor-registry", {"a.txt": ARTICLE, "actors.csv": WRONG_COLUMN},
     ["extract", "{d}/a.txt", "-o", "{d}/out.csv", "--actors", "{d}/actors.csv"],
     r"actors\.csv: the actor registry lacks the column", None),
    ("extract-missing-sidecar", {"a.txt": ARTICLE}, ["extract", "{d}/a.txt", "-o", "{d}/out.csv"],
     r"stance\.json: missing", "no_sidecar"),
    # actors
    ("actors-empty-file", {"in.csv": EMPTY}, ["actors", "{d}/in.csv", "-o", "{d}/out.md"],
     r"in\.csv: the file is empty", None),
    ("actors-header-only-without-actor", {"in.csv": HEADER_ONLY}, ["actors", "{d}/in.csv", "-o", "{d}/out.md"],
     r"in\.csv: no column 'actor'; the columns are 'id', 'text'; expected the output of `stance extract`", None),
    ("actors-by-without-actor", {"in.csv": WRONG_COLUMN}, ["actors", "{d}/in.csv", "-o", "{d}/out.md", "--by", "month"],
     r"in\.csv: no column 'actor'; the columns are 'id', 'sentence'", None),
    ("actors-wrong-type", {"in.csv": SCORED_BAD_CONFIDENCE}, ["actors", "{d}/in.csv", "-o", "{d}/out.md"],
     r"in\.csv, row 1: column 'confidence' holds 'high', which is not a number", None),
    ("actors-second-file-wrong-type", {"a.csv": SCORED, "in.csv": SCORED_BAD_CONFIDENCE},
     ["actors", "{d}/a.csv", "{d}/in.csv", "-o", "{d}/out.md"],
     r"in\.csv, row 1: column 'confidence' holds 'high', which is not a number", None),
    ("report-wrong-type", {"in.csv": SCORED_BAD_CONFIDENCE.replace(b"article,", b"article,sentence_no,")
                           .replace(b"a,x", b"a,1,x")},
     ["report", "{d}/in.csv", "-o", "{d}/out.html"],
     r"in\.csv, row 1: column 'confidence' holds 'high', which is not a number", None),
    ("actors-broken-quoting", {"in.csv": BROKEN_QUOTING}, ["actors", "{d}/in.csv", "-o", "{d}/out.md"],
     r"malformed CSV", None),
    ("actors-not-utf8", {"in.csv": NOT_UTF8}, ["actors", "{d}/in.csv", "-o", "{d}/out.md"],
     r"not valid utf-8", None),
    ("actors-missing-input", {}, ["actors", "{d}/none.csv", "-o", "{d}/out.md"], r"none\.csv: no such file", None),
    ("actors-unknown-output-extension", {"in.csv": SCORED}, ["actors", "{d}/in.csv", "-o", "{d}/out.xlsx"],
     r"unknown file type '\.xlsx'", None),
    ("actors-unknown-chart-extension", {"in.csv": SCORED},
     ["actors", "{d}/in.csv", "-o", "{d}/out.md", "--chart", "{d}/chart.jpg"], r"chart\.jpg: the chart must be", None),
    ("actors-output-over-input", {"in.csv": SCORED}, ["actors", "{d}/in.csv", "-o", "{d}/in.csv"],
     r"in\.csv.*(also an input|is an input|over)", None),
    ("actors-chart-fails-after-the-summary", {"in.csv": SCORED},
     ["actors", "{d}/in.csv", "-o", "{d}/out.md", "--chart", "{d}/no/chart.png"],
     r"chart\.png: the output folder .*no does not exist", None),
    # suggest
    ("suggest-empty-file", {"in.csv": EMPTY}, ["suggest", "{d}/in.csv", "-o", "{d}/out.csv"],
     r"in\.csv: the file is empty", None),
    ("suggest-header-only", {"in.csv": HEADER_ONLY}, ["suggest", "{d}/in.csv", "-o", "{d}/out.csv"],
     r"no sentences to suggest", None),
    ("suggest-missing-text-column", {"in.csv": WRONG_COLUMN}, ["suggest", "{d}/in.csv", "-o", "{d}/out.csv"],
     r"in\.csv: no column 'text'; the columns are 'id', 'sentence'; name it with --text-column", None),
    ("suggest-second-file-missing-text-column", {"a.csv": GOOD, "b.csv": WRONG_COLUMN},
     ["suggest", "{d}/a.csv", "{d}/b.csv", "-o", "{d}/out.csv"], r"b\.csv: no column 'text'", None),
    ("suggest-broken-quoting", {"in.csv": BROKEN_QUOTING}, ["suggest", "{d}/in.csv", "-o", "{d}/out.csv"],
     r"malformed CSV", None),
    ("suggest-not-utf8", {"in.csv": NOT_UTF8}, ["suggest", "{d}/in.csv", "-o", "{d}/out.csv"],
     r"not valid utf-8", None),
    ("suggest-output-over-input", {"in.csv": GOOD}, ["suggest", "{d}/in.csv", "-o", "{d}/in.csv"],
     r"the output is also an input", None),
    ("suggest-unknown-output-extension", {"in.csv": GOOD}, ["suggest", "{d}/in.csv", "-o", "{d}/out.xlsx"],
     r"unknown file type '\.xlsx'", None),
    ("suggest-untrusted-skops-model", {"in.csv": GOOD},
     ["suggest", "{d}/in.csv", "-o", "{d}/out.csv", "--model", SKOPS],
     r"shared\.skops: refused, it holds types that a stance model does not: sklearn\.svm\._classes\.SVC",
     "untrusted_skops"),
    # predict
    ("predict-missing-model", {}, ["predict", "--model", "{d}/none.joblib", "Troops."],
     r"none\.joblib: model file not found", None),
    ("predict-model-is-a-folder", {}, ["predict", "--model", "{d}/model", "Troops."],
     r"model: is a folder; pass the model file in it, e\.g\. .*model/stance\.joblib$", None),
    ("score-model-is-an-empty-folder", {"in.csv": GOOD, "empty/x.txt": b""},
     ["score", "{d}/in.csv", "-o", "{d}/out.csv", "--model", "{d}/empty"],
     r"empty: is a folder; pass the model file in it \(a \.joblib or \.skops file; this folder has none\)", None),
    ("predict-unknown-model-extension", {}, ["predict", "--model", "{d}/model/stance.pkl", "Troops."],
     r"stance\.pkl: unknown model file type '\.pkl'", "pkl"),
    ("predict-tampered-model", {}, ["predict", "Troops."], r"does not match .* recorded in stance\.json",
     "tampered_joblib"),
    ("predict-missing-sidecar", {}, ["predict", "Troops."], r"stance\.json: missing", "no_sidecar"),
    ("predict-broken-sidecar", {}, ["predict", "Troops."], r"stance\.json: not valid JSON", "broken_sidecar"),
    ("predict-sidecar-without-checksum", {}, ["predict", "Troops."], r"does not match None",
     "null_sha"),
    ("predict-sidecar-wrong-types", {}, ["predict", "Troops."], r"does not match 12345", "number_sha"),
    ("predict-not-a-pickle", {}, ["predict", "Troops."], r"stance\.joblib: cannot be loaded", "not_a_pickle"),
    ("predict-not-a-model", {}, ["predict", "Troops."], r"stance\.joblib: holds a dict, not a fitted model",
     "not_a_model"),
    ("predict-other-sklearn", {}, ["predict", "Troops."], r"trained with scikit-learn 0\.0\.1 but", "old_sklearn"),
    ("predict-tampered-skops", {}, ["predict", "--model", SKOPS, "Troops."],
     r"shared\.skops: sha256 .* does not match", "tampered_skops"),
    # info
    ("info-missing-model", {}, ["info", "--model", "{d}/none.joblib"], r"none\.joblib: model file not found", None),
    ("info-binary-sidecar", {}, ["info"], r"stance\.json: not valid JSON", "binary_sidecar"),
    ("info-not-a-sidecar", {}, ["info"], r"stance\.json: not a stance model sidecar", "list_sidecar"),
    # explain
    ("explain-top-zero", {}, ["explain", "--top", "0", "Troops."], r"--top must be at least 1, got 0", None),
    ("explain-untrusted-skops", {}, ["explain", "--model", SKOPS, "Troops."], r"refused, it holds types",
     "untrusted_skops"),
    ("explain-missing-model-file", {}, ["explain", "Troops."], r"stance\.joblib: model file not found", "no_model"),
    # train (the labelled-data loader behind it)
    ("train-empty-file", {"d.csv": EMPTY}, ["train", "--data", "{d}/d.csv", "--out", "{d}/out"],
     r"d\.csv: the file is empty", None),
    ("train-header-only", {"d.csv": LABELLED_HEADER_ONLY}, ["train", "--data", "{d}/d.csv", "--out", "{d}/out"],
     r"d\.csv: no data rows, only a header", None),
    ("train-missing-label-column", {"d.csv": LABELLED_NO_LABEL_COLUMN},
     ["train", "--data", "{d}/d.csv", "--out", "{d}/out"], r"d\.csv: missing column\(s\) 'stance'", None),
    ("train-short-row", {"d.csv": LABELLED_SHORT_ROW}, ["train", "--data", "{d}/d.csv", "--out", "{d}/out"],
     r"d\.csv, line 2: expected 3 fields as in the header, found 2", None),
    ("train-broken-quoting", {"d.csv": BROKEN_QUOTING}, ["train", "--data", "{d}/d.csv", "--out", "{d}/out"],
     r"d\.csv, line \d: malformed CSV", None),
    ("train-not-utf8", {"d.csv": NOT_UTF8}, ["train", "--data", "{d}/d.csv", "--out", "{d}/out"],
     r"d\.csv, line 2: bytes that are not UTF-8", None),
    ("train-unknown-extension", {"d.xlsx": LABELLED}, ["train", "--data", "{d}/d.xlsx", "--out", "{d}/out"],
     r"d\.xlsx: expected a \.csv or \.tsv file", None),
    ("train-missing-data", {}, ["train", "--data", "{d}/none.csv", "--out", "{d}/out"],
     r"none\.csv: no such file or folder", None),
    ("train-empty-text", {"d.csv": LABELLED_EMPTY_TEXT}, ["train", "--data", "{d}/d.csv", "--out", "{d}/out"],
     r"d\.csv, line 3: empty text in column 'text'", None),
    ("train-empty-label", {"d.csv": LABELLED_EMPTY_LABEL}, ["train", "--data", "{d}/d.csv", "--out", "{d}/out"],
     r"d\.csv, line 3: empty label", None),
    ("train-unknown-label", {"d.csv": LABELLED},
     ["train", "--data", "{d}/d.csv", "--out", "{d}/out", "--labels", "favor,against"],
     r"label '\w+' is not one of favor, against", None),
    ("train-text-with-two-labels", {"d.csv": LABELLED_TWO_LABELS},
     ["train", "--data", "{d}/d.csv", "--out", "{d}/out"], r"the same text has two labels", None),
    ("train-parameter-of-the-wrong-type", {"d.csv": LABELLED},
     ["train", "--data", "{d}/d.csv", "--out", "{d}/out", "--param", "C=abc"], r"\bC\b.*abc", None),
    # export-model
    ("export-wrong-extension", {}, ["export-model", "-o", "{d}/shared.joblib"],
     r"written to a \.skops file, got '\.joblib'", None),
    ("export-missing-model", {}, ["export-model", "--model", "{d}/none.joblib", "-o", "{d}/shared.skops"],
     r"none\.joblib: model file not found", None),
    ("export-tampered-model", {}, ["export-model", "-o", "{d}/shared.skops"], r"does not match", "tampered_joblib"),
    ("export-over-the-models-sidecar", {}, ["export-model", "-o", "{d}/model/stance.skops"],
     r"sidecar .*stance\.json would overwrite the sidecar of .*stance\.joblib", None),
    ("export-over-its-input", {}, ["export-model", "--model", SKOPS, "-o", SKOPS],
     r"is the model being exported", "skops"),
    ("export-missing-output-folder", {}, ["export-model", "-o", "{d}/no/shared.skops"],
     r"the output folder .*no does not exist", None),
]


@pytest.mark.parametrize("files, argv, message, setup", [c[1:] for c in CLI_CASES],
                         ids=[c[0] for c in CLI_CASES])
def test_command_refuses_in_one_line_and_writes_nothing(work, capsys, files, argv, message, setup):
    write_files(work, files)
    if setup:
        MODEL_SETUPS[setup](work / "model")
    argv = [a.format(d=work) for a in argv]
    if argv[0] in MODEL_COMMANDS and "--model" not in argv:
        argv += ["--model", M.format(d=work)]
    before = snapshot(work)
    err = run_failing(capsys, argv)
    assert err.startswith(f"stance {argv[0]}: error: "), err
    assert re.search(message, err), err
    assert_unchanged(before, snapshot(work))


UNWRITABLE_CASES = [
    ("score-csv", {"in.csv": GOOD}, ["score", "{d}/in.csv", "-o", "{ro}/out.csv"]),
    ("score-parquet", {"in.csv": GOOD}, ["score", "{d}/in.csv", "-o", "{ro}/out.parquet"]),
    ("extract", {"a.txt": ARTICLE}, ["extract", "{d}/a.txt", "-o", "{ro}/out.jsonl"]),
    ("actors", {"in.csv": SCORED}, ["actors", "{d}/in.csv", "-o", "{ro}/summary.md"]),
    ("actors-chart", {"in.csv": SCORED}, ["actors", "{d}/in.csv", "-o", "{d}/summary.md", "--chart", "{ro}/c.png"]),
    ("suggest", {"in.csv": GOOD}, ["suggest", "{d}/in.csv", "-o", "{ro}/todo.csv"]),
    ("train", {"d.csv": LABELLED}, ["train", "--data", "{d}/d.csv", "--out", "{ro}/model"]),
    ("export-model", {}, ["export-model", "-o", "{ro}/shared.skops"]),
]


@pytest.mark.parametrize("files, argv", [c[1:] for c in UNWRITABLE_CASES], ids=[c[0] for c in UNWRITABLE_CASES])
def test_unwritable_output_is_one_line_and_writes_nothing(work, unwritable, capsys, files, argv):
    write_files(work, files)
    argv = [a.format(d=work, ro=unwritable) for a in argv]
    if argv[0] in MODEL_COMMANDS:
        argv += ["--model", M.format(d=work)]
    before = snapshot(work)
    err = run_failing(capsys, argv)
    assert err.startswith(f"stance {argv[0]}: error: "), err
    assert re.search(r"Permission denied|Not a directory|does not exist", err), err
    assert_unchanged(before, snapshot(work))


# --- Ctrl-C midway: exit 130, one line, nothing written ------------------------------------------

def _partial_skops_dump(obj, file, **kwargs):
    Path(file).write_bytes(b"PK\x03\x04 half a zip")
    raise KeyboardInterrupt


# (id, input files, argv, (module, attribute) interrupted, calls that go through first)
CTRL_C_CASES = [
    ("score", {"in.csv": GOOD}, ["score", "{d}/in.csv", "-o", "{d}/out.csv", "--chunk-size", "1"],
     ("stance.predictor:StancePredictor", "score_frame"), 1),
    ("score-parquet", {"in.csv": GOOD}, ["score", "{d}/in.csv", "-o", "{d}/out.parquet", "--chunk-size", "1"],
     ("stance.predictor:StancePredictor", "score_frame"), 1),
    ("extract", {"a.txt": ARTICLE, "b.txt": ARTICLE}, ["extract", "{d}/a.txt", "{d}/b.txt", "-o", "{d}/out.csv"],
     ("stance.article.extract:Extractor", "_read"), 1),
    ("suggest", {"in.csv": GOOD}, ["suggest", "{d}/in.csv", "-o", "{d}/out.csv"], ("stance.suggest", "_diverse"), 0),
    ("actors", {"in.csv": SCORED}, ["actors", "{d}/in.csv", "-o", "{d}/out.md"], ("stance.article.summary", "to_markdown"), 0),
    ("actors-while-drawing-the-chart", {"in.csv": SCORED},
     ["actors", "{d}/in.csv", "-o", "{d}/out.md", "--chart", "{d}/chart.png"], ("stance.article.summary", "plot_actors"), 0),
    ("train-while-fitting", {"d.csv": LABELLED}, ["train", "--data", "{d}/d.csv", "--out", "{d}/out"],
     ("stance.training", "fit"), 0),
    ("train-while-writing-the-report", {"d.csv": LABELLED}, ["train", "--data", "{d}/d.csv", "--out", "{d}/out"],
     ("stance.evaluation", "write_report"), 0),
    ("export-model", {}, ["export-model", "-o", "{d}/shared.skops"], ("skops.io", "dump"), _partial_skops_dump),
    ("predict", {}, ["predict", "Troops.", "No troops."], ("stance.predictor:StancePredictor", "predict_proba"), 0),
    ("explain", {}, ["explain", "Troops."], ("stance.predictor:StancePredictor", "explain"), 0),
    ("info", {}, ["info"], ("stance.training", "format_report"), 0),
    ("extract-with-workers", {"in.csv": GOOD}, ["extract", "{d}/in.csv", "-o", "{d}/out.csv", "--jobs", "2",
                              "--chunk-size", "1"], ("stance.article.extract", "article_frame"), 1),
    ("actors-by-month-while-drawing", {"in.csv": SCORED_DATED},
     ["actors", "{d}/in.csv", "-o", "{d}/out.md", "--by", "month", "--chart", "{d}/trend.png"],
     ("stance.article.summary", "trend_figure"), 0),
    ("report-while-drawing", {"in.csv": SCORED_DATED}, ["report", "{d}/in.csv", "-o", "{d}/report.html"],
     ("stance.article.summary", "figure_bytes"), 1),
]


def _owner(spec: str):
    module, _, attr = spec.partition(":")
    owner = importlib.import_module(module)
    return getattr(owner, attr) if attr else owner


@pytest.mark.parametrize("files, argv, target, calls", [c[1:] for c in CTRL_C_CASES],
                         ids=[c[0] for c in CTRL_C_CASES])
def test_ctrl_c_midway_exits_130_and_writes_nothing(work, capsys, monkeypatch, files, argv, target, calls):
    write_files(work, files)
    owner, name = _owner(target[0]), target[1]
    if callable(calls):
        monkeypatch.setattr(owner, name, calls)
    else:
        original, seen = getattr(owner, name), []

        def interrupted(*args, **kwargs):
            seen.append(name)
            if len(seen) > calls:
                raise KeyboardInterrupt
            return original(*args, **kwargs)

        monkeypatch.setattr(owner, name, interrupted)
    argv = [a.format(d=work) for a in argv]
    if argv[0] in MODEL_COMMANDS:
        argv += ["--model", M.format(d=work)]
    before = snapshot(work)
    err = run_failing(capsys, argv, code=130)
    assert err == f"stance {argv[0]}: interrupted; no output was written\n"
    assert_unchanged(before, snapshot(work))


# --- train.py itself, in its own process ---------------------------------------------------------

def test_train_py_bad_data_is_one_line_exit_2_and_writes_nothing(tmp_path):
    (tmp_path / "d.csv").write_bytes(LABELLED_EMPTY_TEXT)
    before = snapshot(tmp_path)
    done = subprocess.run([sys.executable, str(ROOT / "train.py"), "--data", str(tmp_path / "d.csv"),
                           "--out", str(tmp_path / "out")], capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert done.stderr.startswith("train.py: error: ") and "line 3: empty text in column 'text'" in done.stderr
    assert_unchanged(before, snapshot(tmp_path))


# --- the Python API -----------------------------------------------------------------------------

# Rows of `stance extract`, for the calls that summarise them.
STATEMENTS_FRAME = pd.DataFrame({"article": ["a", "a"], "sentence_no": [1, 2], "text": ["t", "u"],
                                 "actor": ["Russia", "Russia"], "stance": ["oppose", "support"],
                                 "confidence": [0.9, 0.8]})

# (id, call(predictor, folder), exception, message)
API_CASES = [
    ("predict-None", lambda p, d: p.predict(None), TypeError, r"expected a str or an iterable of str, got NoneType"),
    ("predict-int", lambda p, d: p.predict(7), TypeError, r"got int"),
    ("predict-bytes", lambda p, d: p.predict(b"Troops."), TypeError, r"got bytes"),
    ("predict-int-item", lambda p, d: p.predict(["Troops.", 3]), TypeError, r"texts\[1\] is int, expected str"),
    ("predict_proba-dict-item", lambda p, d: p.predict_proba(["a", {"text": "b"}]), TypeError, r"texts\[1\] is dict"),
    ("predict_proba-DataFrame", lambda p, d: p.predict_proba(pd.DataFrame({"text": ["a"]})), TypeError,
     r"got a DataFrame; use score_frame"),
    ("score_frame-list", lambda p, d: p.score_frame(["Troops."]), TypeError, r"expects a pandas DataFrame, got list"),
    ("score_frame-missing-column", lambda p, d: p.score_frame(pd.DataFrame({"sentence": ["a"]})), DataError,
     r"no column 'text'; the columns are 'sentence'"),
    ("explain-int", lambda p, d: p.explain(12), TypeError, r"explain expects one str, got int"),
    ("explain-list", lambda p, d: p.explain(["a"]), TypeError, r"explain expects one str, got list"),
    ("explain-top-zero", lambda p, d: p.explain("Troops.", top=0), ValueError, r"top must be a whole number of at least 1"),
    ("extract_statements-None", lambda p, d: extract_statements(None, predictor=p), TypeError,
     r"expects the article as a str, got NoneType"),
    ("extract_statements-bytes", lambda p, d: extract_statements(b"Troops.", predictor=p), TypeError, r"got bytes"),
    ("extract_statements-missing-registry", lambda p, d: extract_statements("Troops.", predictor=p,
                                                                            actors=d / "none.csv"),
     DataError, r"none\.csv"),
    ("score_file-missing-input", lambda p, d: score_file(d / "none.csv", d / "out.csv", model=p), DataError,
     r"none\.csv: no such file"),
    ("score_file-empty-input", lambda p, d: score_file(d / "empty.csv", d / "out.csv", model=p), DataError,
     r"empty\.csv: the file is empty"),
    ("score_file-output-over-input", lambda p, d: score_file(d / "in.csv", d / "in.csv", model=p), DataError,
     r"is also an input"),
    ("score_file-no-input", lambda p, d: score_file([], d / "out.csv", model=p), DataError, r"no input given"),
    ("score_file-bad-jobs", lambda p, d: score_file(d / "in.csv", d / "out.csv", model=p, jobs=-1), ArgumentError,
     r"jobs must be 0"),
    # Was taken: 500 worker processes, each loading the model
    ("score_file-too-many-jobs", lambda p, d: score_file(d / "in.csv", d / "out.csv", model=p, jobs=500), ArgumentError,
     r"got 500; at most 4 per core \(\d+ on this machine of \d+ cores\)"),
    ("score_file-wrong-column", lambda p, d: score_file(d / "in.csv", d / "out.csv", model=p, text_column="body"),
     DataError, r"no column 'body'"),
    # A dict gave the labels of its keys ({id: text} labelled the ids), a set in no order
    ("predict-dict", lambda p, d: p.predict({"id-1": "Troops."}), ArgumentError,
     r"expected a str or an iterable of str, got dict; pass list\(texts\.values\(\)\)"),
    ("predict-set", lambda p, d: p.predict({"Troops."}), ArgumentError, r"got set, which has no order"),
    # Were "'<' not supported between instances of 'str' and 'int'" and "slice indices must be integers"
    ("explain-top-str", lambda p, d: p.explain("Troops.", top="3"), ArgumentError,
     r"top must be a whole number of at least 1, got '3'"),
    ("explain-top-float", lambda p, d: p.explain("Troops.", top=2.5), ArgumentError, r"got 2\.5"),
    ("explain-top-None", lambda p, d: p.explain("Troops.", top=None), ArgumentError, r"got None"),
    # Was AttributeError: 'DataFrame' object has no attribute 'tolist'
    ("score_frame-two-text-columns", lambda p, d: p.score_frame(pd.DataFrame([["a", "b"]], columns=["text", "text"])),
     DataError, r"the DataFrame has 2 columns named 'text'; rename all but one"),
    # A corpus file's gold 'stance' was replaced by the prediction in the frame returned, unlike
    # stance score, which refuses such an input
    ("score_frame-has-stance", lambda p, d: p.score_frame(pd.DataFrame({"text": ["a"], "stance": ["oppose"]})),
     DataError, r"the DataFrame already has column\(s\) 'stance', which score_frame adds; rename them "
                r"first, e\.g\. df\.rename\(columns=\{'stance': 'gold_stance'\}\)"),
    # Were AttributeError: 'list' object has no attribute 'columns'
    ("summarise_actors-list", lambda p, d: summarise_actors([1, 2]), ArgumentError,
     r"expected a pandas DataFrame of `stance extract` rows, got list; read the statements first"),
    ("summarise_periods-None", lambda p, d: summarise_periods(None), ArgumentError, r"got NoneType"),
    ("write_report-path", lambda p, d: write_report("statements.csv", d / "r.html"), ArgumentError, r"got str"),
    # top=0 and max_evidence=0 were taken; top='5' and max_evidence='3' were Python's TypeErrors
    ("write_report-top-zero", lambda p, d: write_report(STATEMENTS_FRAME, d / "r.html", top=0), ArgumentError,
     r"top must be a whole number of at least 1, got 0"),
    ("write_report-top-str", lambda p, d: write_report(STATEMENTS_FRAME, d / "r.html", top="5"), ArgumentError,
     r"top must be a whole number of at least 1, got '5'"),
    ("write_report-max-evidence-zero", lambda p, d: write_report(STATEMENTS_FRAME, d / "r.html", max_evidence=0),
     ArgumentError, r"max_evidence must be a whole number of at least 1 \(or None for all\), got 0"),
    ("write_report-max-evidence-str", lambda p, d: write_report(STATEMENTS_FRAME, d / "r.html",
                                                                max_evidence="3"), ArgumentError, r"got '3'"),
    ("plot_actors-top-str", lambda p, d: plot_actors(summarise_actors(STATEMENTS_FRAME)[0], d / "a.png", top="5"),
     ArgumentError, r"top must be a whole number of at least 1, got '5'"),
    # Was AttributeError: 'list' object has no attribute 'columns'
    ("plot_actors-list", lambda p, d: plot_actors([1], d / "a.png"), ArgumentError,
     r"plot_actors expects the summary DataFrame of summarise_actors, got list"),
    ("plot_trend-statements", lambda p, d: plot_trend(STATEMENTS_FRAME.to_dict(), d / "t.png"), ArgumentError,
     r"plot_trend expects the trend DataFrame of summarise_periods, got dict"),
    # Were "'int' object is not iterable" and, for a table, "name: no such actor registry file"
    ("extract_statements-actors-int", lambda p, d: extract_statements("Troops.", predictor=p, actors=5),
     ArgumentError, r"actors must be a registry CSV path, a list of paths or an ActorRegistry, got int"),
    ("extract_statements-actors-frame", lambda p, d: extract_statements(
        "Troops.", predictor=p, actors=pd.DataFrame({"name": ["A"]})), ArgumentError, r"got DataFrame"),
    ("extract_statements-actors-list-of-int", lambda p, d: extract_statements("Troops.", predictor=p, actors=[5]),
     ArgumentError, r"got a list holding int"),
    # Was AttributeError: 'str' object has no attribute 'labels'
    ("extract_statements-predictor-int", lambda p, d: extract_statements("Troops.", predictor=5),
     ArgumentError, r"predictor must be a StancePredictor \(load_predictor\(path\)\) or a model path, got int"),
    # Were "text: no such file" (a DataFrame's column names taken for paths), "'NoneType' object is
    # not iterable", "expected str, bytes or os.PathLike object, not NoneType"
    ("score_file-DataFrame", lambda p, d: score_file(pd.DataFrame({"text": ["a"]}), d / "out.csv", model=p),
     ArgumentError, r"score_file reads files: inputs must be a path, a glob or a list of them, got DataFrame; "
                    r"for a DataFrame use load_predictor\(\)\.score_frame\(df\)"),
    ("score_file-None", lambda p, d: score_file(None, d / "out.csv", model=p), ArgumentError, r"got NoneType"),
    ("score_file-number", lambda p, d: score_file(5, d / "out.csv", model=p), ArgumentError, r"got int"),
    ("score_file-list-of-numbers", lambda p, d: score_file([d / "in.csv", 5], d / "out.csv", model=p),
     ArgumentError, r"got a list holding int"),
    ("score_file-output-None", lambda p, d: score_file(d / "in.csv", None, model=p), ArgumentError,
     r"score_file: output must be a path, got NoneType"),
    ("extract_file-DataFrame", lambda p, d: extract_file(pd.DataFrame({"text": ["a"]}), d / "out.csv", model=p),
     ArgumentError, r"extract_file reads files: .* got DataFrame; for a DataFrame use "
                    r"Extractor\(\)\.article\(text\) on each row"),
    # A str was taken letter by letter ("no column 'd', 'a', 't', 'e'"), a number was a TypeError
    ("extract_file-keep-columns-str", lambda p, d: extract_file(d / "in.csv", d / "out.csv", model=p,
                                                                keep_columns="date"),
     ArgumentError, r"keep_columns must be a list of column names, e\.g\. \['date'\], got str"),
    ("extract_file-keep-columns-int", lambda p, d: extract_file(d / "in.csv", d / "out.csv", model=p,
                                                                keep_columns=5), ArgumentError, r"got int"),
    ("extract_file-output-None", lambda p, d: extract_file(d / "in.csv", None, model=p), ArgumentError,
     r"extract_file: output must be a path, got NoneType"),
    # An empty path stood for the current folder ("'': is a folder", ".: is a folder")
    ("score_file-empty-input", lambda p, d: score_file("", d / "out.csv", model=p), ArgumentError,
     r"score_file: an input is an empty path; give a file name"),
    ("score_file-empty-output", lambda p, d: score_file(d / "in.csv", "", model=p), ArgumentError,
     r"score_file: output is an empty path; give a file name"),
    ("load_predictor-empty", lambda p, d: load_predictor(""), ArgumentError,
     r"load_predictor: an empty path; give the model file's name, or None for the shipped model"),
    # Were "expected str, bytes or os.PathLike object, not int"
    ("load_predictor-number", lambda p, d: load_predictor(5), ArgumentError,
     r"load_predictor expects the path of a model file \(\.joblib or \.skops\), got int"),
    ("score_file-model-number", lambda p, d: score_file(d / "in.csv", d / "out.csv", model=5), ArgumentError,
     r"got int"),
]


@pytest.mark.parametrize("call, error, message", [c[1:] for c in API_CASES], ids=[c[0] for c in API_CASES])
def test_api_rejects_in_one_line(predictor, tmp_path, call, error, message):
    write_files(tmp_path, {"in.csv": GOOD, "empty.csv": EMPTY})
    before = snapshot(tmp_path)
    with pytest.raises(error, match=message) as exc:
        call(predictor, tmp_path)
    assert "\n" not in str(exc.value)
    # One type to catch, as stance/exceptions.py promises: a wrong argument was a bare TypeError
    assert isinstance(exc.value, StanceError), type(exc.value)
    assert_unchanged(before, snapshot(tmp_path))


LOAD_CASES = [
    ("missing", "no_model", "stance.joblib", r"model file not found"),
    ("folder", None, "", r"model: is a folder; pass the model file in it, e\.g\. .*stance\.joblib"),
    ("unknown-extension", "pkl", "stance.pkl", r"unknown model file type '\.pkl'"),
    ("tampered", "tampered_joblib", "stance.joblib", r"does not match"),
    ("missing-sidecar", "no_sidecar", "stance.joblib", r"stance\.json: missing"),
    ("broken-sidecar", "broken_sidecar", "stance.joblib", r"not valid JSON"),
    ("sidecar-without-labels", "list_sidecar", "stance.joblib", r"not a stance model sidecar"),
    ("not-a-pickle", "not_a_pickle", "stance.joblib", r"cannot be loaded"),
    ("not-a-model", "not_a_model", "stance.joblib", r"stance\.joblib: holds a dict, not a fitted model"),
    ("tampered-skops", "tampered_skops", "shared.skops", r"does not match"),
    ("untrusted-skops", "untrusted_skops", "shared.skops", r"refused, it holds types .*SVC"),
]


@pytest.mark.parametrize("setup, name, message", [c[1:] for c in LOAD_CASES], ids=[c[0] for c in LOAD_CASES])
def test_load_predictor_refuses_in_one_line(work, setup, name, message):
    if setup:
        MODEL_SETUPS[setup](work / "model")
    before = snapshot(work)
    with pytest.raises(ModelError, match=message) as exc:
        load_predictor(work / "model" / name)
    assert "\n" not in str(exc.value)
    assert_unchanged(before, snapshot(work))


# --- the labelled-data loader -------------------------------------------------------------------

LOADER_CASES = [
    ("empty", {"d.csv": EMPTY}, r"d\.csv: the file is empty"),
    ("header-only", {"d.csv": LABELLED_HEADER_ONLY}, r"no data rows, only a header"),
    ("missing-column", {"d.csv": LABELLED_NO_LABEL_COLUMN}, r"missing column\(s\) 'stance'"),
    ("short-row", {"d.csv": LABELLED_SHORT_ROW}, r"line 2: expected 3 fields"),
    ("broken-quoting", {"d.csv": BROKEN_QUOTING}, r"malformed CSV"),
    ("not-utf8", {"d.csv": NOT_UTF8}, r"line 2: bytes that are not UTF-8"),
    ("unknown-extension", {"d.txt": LABELLED}, r"expected a \.csv or \.tsv file, got '\.txt'"),
    ("empty-folder", {"sub/readme.md": b"# nothing\n"}, r"no \.csv or \.tsv files in this folder"),
]


@pytest.mark.parametrize("files, message", [c[1:] for c in LOADER_CASES], ids=[c[0] for c in LOADER_CASES])
def test_labelled_data_loader_refuses_in_one_line(tmp_path, files, message):
    write_files(tmp_path, files)
    target = tmp_path / ("sub" if "sub/readme.md" in files else next(iter(files)))
    before = snapshot(tmp_path)
    with pytest.raises(DataError, match=message) as exc:
        read_labelled([target])
    assert "\n" not in str(exc.value)
    assert_unchanged(before, snapshot(tmp_path))


def test_corpus_loader_refuses_a_label_outside_the_codebook(tmp_path):
    rows = [(f"t{i}", t, a, "favor" if i == 3 else s, g, "") for i, (t, a, s, g) in enumerate(TINY_CORPUS, 1)]
    (tmp_path / "c.csv").write_bytes(labelled(rows, ("id", "text", "actor", "stance", "source", "note")))
    with pytest.raises(DataError, match=r"c\.csv, line 4: label 'favor' is not one of support, oppose, neutral"):
        read_corpus(tmp_path)


# --- odd but valid text: every row comes out --------------------------------------------------

ODD_TEXTS = [
    "", "   ", "\t\n ", "0", "12345", "-3.5e10", "NA", "null", "None", "nan", "007", "TRUE",
    "🇺🇦🪖✌️👍🏽 🫡 troops", "لن ترسل فرنسا قوات إلى أوكرانيا", "צרפת לא תשלח חיילים לאוקראינה",
    "\u202eRTL override\u202c and \u200fmarks\u200e", "ctrl \x01\x07\x1b[31m end", "nul \x00 inside",
    "tab\tinside", "line\nbreak", "cr\rreturn", "crlf\r\nend", 'quote " and, comma', "'single' ;semi",
    "\ufeffBOM first", "sep\u2028line\u2029para\x85nel\x0cff\x0bvt", "=cmd|' /C calc'!A0",
    "Ünïcödé ñ ß ﬁ", "中文：法国不会派兵。", "Very long: " + "troops will go to Ukraine " * 4000,
]
HUGE = "Troops will go. " * 327_680  # 5 MiB in one cell


def is_blank(text) -> bool:
    return not isinstance(text, str) or not text.strip()


def check_scored(texts, stances, predictor) -> None:
    assert len(stances) == len(texts)
    for text, stance in zip(texts, stances):
        assert (stance == "") == is_blank(text), (text[:40], stance)
        assert stance == "" or stance in LABELS
    assert list(stances) == predictor.predict(list(texts))


def test_odd_text_through_score_frame(predictor):
    frame = pd.DataFrame({"id": [f"r{i}" for i in range(len(ODD_TEXTS))], "text": ODD_TEXTS},
                         index=np.arange(len(ODD_TEXTS))[::-1] * 3)
    out = predictor.score_frame(frame)
    assert list(out.columns) == ["id", "text", *SCORE_COLUMNS]
    assert out.index.equals(frame.index) and out["id"].tolist() == frame["id"].tolist()
    assert out["text"].tolist() == ODD_TEXTS
    check_scored(ODD_TEXTS, out["stance"].tolist(), predictor)
    proba = out[SCORE_COLUMNS[2:]].to_numpy()
    present = ~np.array([is_blank(t) for t in ODD_TEXTS])
    assert np.allclose(proba[present].sum(axis=1), 1) and np.isnan(proba[~present]).all()


def write_table(path: Path, frame: pd.DataFrame) -> None:
    """Write a table the way other tools would: quoting every cell that needs it."""
    if path.suffix in (".csv", ".tsv"):
        with open(path, "w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh, delimiter="\t" if path.suffix == ".tsv" else ",")
            writer.writerow(frame.columns)
            writer.writerows(frame.itertuples(index=False))
    elif path.suffix == ".jsonl":
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in frame.to_dict("records")),
                        encoding="utf-8")
    else:
        frame.to_parquet(path, index=False)


def read_table(path: Path) -> pd.DataFrame:
    """Read a table back exactly: strings as written, one record per row."""
    if path.suffix in (".csv", ".tsv"):
        with open(path, encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh, delimiter="\t" if path.suffix == ".tsv" else ","))
        return pd.DataFrame(rows, dtype=object)
    if path.suffix == ".jsonl":
        lines = path.read_text(encoding="utf-8").split("\n")
        assert lines[-1] == ""
        return pd.DataFrame([json.loads(line) for line in lines[:-1]])
    return pd.read_parquet(path)


@pytest.mark.parametrize("fmt_out", [".csv", ".jsonl", ".parquet"])
@pytest.mark.parametrize("fmt_in", [".csv", ".tsv", ".jsonl", ".parquet"])
def test_odd_text_through_the_score_command(work, capsys, predictor, fmt_in, fmt_out):
    frame = pd.DataFrame({"id": [f"{i:03d}" for i in range(len(ODD_TEXTS))], "text": ODD_TEXTS})
    write_table(work / f"in{fmt_in}", frame)
    data = (work / f"in{fmt_in}").read_bytes()
    assert main(["score", str(work / f"in{fmt_in}"), "-o", str(work / f"out{fmt_out}"), "--quiet",
                 "--chunk-size", "7", "--model", M.format(d=work)]) == 0
    out = read_table(work / f"out{fmt_out}")
    assert list(out.columns) == ["id", "text", *SCORE_COLUMNS]
    assert out["id"].tolist() == frame["id"].tolist()
    assert out["text"].tolist() == ODD_TEXTS
    check_scored(ODD_TEXTS, out["stance"].tolist(), predictor)
    assert (work / f"in{fmt_in}").read_bytes() == data


def test_a_5_mb_cell_through_the_score_command(work, capsys):
    frame = pd.DataFrame({"id": ["big", "small"], "text": [HUGE, "Greece ruled out troops."]})
    write_table(work / "in.csv", frame)
    assert main(["score", str(work / "in.csv"), "-o", str(work / "out.csv"), "--quiet",
                 "--model", M.format(d=work)]) == 0
    out = read_table(work / "out.csv")
    assert out["id"].tolist() == ["big", "small"] and out["text"].tolist() == frame["text"].tolist()
    assert set(out["stance"]) <= LABELS


def test_a_5_mb_cell_in_labelled_data(tmp_path):
    rows = [(t, s, g) for t, _, s, g in TINY_CORPUS] + [(HUGE, "neutral", "c")]
    (tmp_path / "d.csv").write_bytes(labelled(rows))
    data = read_labelled([tmp_path / "d.csv"])
    assert len(data.texts) == len(rows) and data.texts[-1] == HUGE.strip()


def test_odd_text_in_labelled_data(tmp_path):
    """Control characters, line and paragraph separators in a quoted CSV cell are text."""
    odd = [t for t in ODD_TEXTS if not is_blank(t) and "\x00" not in t]  # csv refuses NUL, clearly
    rows = [(t, "neutral", "a") for t in odd] + [(t, s, g) for t, _, s, g in TINY_CORPUS]
    (tmp_path / "d.csv").write_bytes(labelled(rows))
    data = read_labelled([tmp_path / "d.csv"])
    assert data.texts[: len(odd)] == [t.strip() for t in odd]


def test_odd_text_through_extract_statements(predictor):
    for text in ODD_TEXTS:
        frame = extract_statements(text, predictor=predictor)
        assert list(frame.columns) == ["sentence_no", "text", "actor", *SCORE_COLUMNS]
        assert frame["sentence_no"].tolist() == list(range(1, len(frame) + 1))
        assert set(frame["stance"]) <= LABELS
        if is_blank(text):
            assert len(frame) == 0
        elif any(ch.isalnum() for ch in text):
            assert len(frame) >= 1, repr(text[:40])


def test_a_1_mb_article_through_extract_statements(predictor):
    # No sentence end in a megabyte: cut at spaces into runs of at most MAX_SENTENCE_CHARS.
    from stance.article.sentences import MAX_SENTENCE_CHARS

    text = "troops " * 150_000
    frame = extract_statements(text, predictor=predictor)
    assert " ".join(frame["text"]) == text.strip()
    assert frame["text"].str.len().max() <= MAX_SENTENCE_CHARS
    assert set(frame["stance"]) <= LABELS


@pytest.mark.parametrize("fmt_out", [".csv", ".jsonl"])
def test_odd_text_through_the_extract_command(work, capsys, predictor, fmt_out):
    ids = [f"a{i:02d}" for i in range(len(ODD_TEXTS))]
    write_table(work / "articles.jsonl", pd.DataFrame({"id": ids, "text": ODD_TEXTS}))
    for i, text in enumerate(ODD_TEXTS[:12]):  # plain-text articles too, one per file
        (work / f"t{i:02d}.txt").write_text(text, encoding="utf-8", newline="")
    paths = [str(work / "articles.jsonl")] + [str(work / f"t{i:02d}.txt") for i in range(12)]
    assert main(["extract", *paths, "-o", str(work / f"out{fmt_out}"), "--id-column", "id",
                 "--model", M.format(d=work)]) == 0
    out = read_table(work / f"out{fmt_out}")
    expected = [(article, sentence) for article, text in
                zip(ids + [f"t{i:02d}.txt" for i in range(12)], ODD_TEXTS + ODD_TEXTS[:12])
                for sentence in extract_statements(text, predictor=predictor)["text"]]
    assert list(zip(out["article"], out["text"])) == expected
    assert set(out["stance"]) <= LABELS


def test_suggest_keeps_rows_with_control_characters(work, capsys):
    texts = ["Troops will go.\rOr not.", "Macron said yes.", "Greece ruled out troops.", "sep\u2028x"]
    write_table(work / "in.jsonl", pd.DataFrame({"text": texts}))
    assert main(["suggest", str(work / "in.jsonl"), "-n", "4", "-o", str(work / "todo.csv"),
                 "--model", M.format(d=work)]) == 0
    out = read_table(work / "todo.csv")
    assert sorted(out["text"]) == sorted(texts)


@pytest.mark.parametrize("command, columns", [
    ("score", ["id", "text", *SCORE_COLUMNS]),
    ("extract", ["article", "id", "sentence_no", "text", "actor", *SCORE_COLUMNS]),  # id: kept metadata
])
def test_header_only_input_gives_header_only_output(work, capsys, command, columns):
    (work / "in.csv").write_bytes(HEADER_ONLY)
    assert main([command, str(work / "in.csv"), "-o", str(work / "out.csv"), "--model", M.format(d=work)]) == 0
    assert (work / "out.csv").read_text(encoding="utf-8") == ",".join(columns) + "\n"
    assert (work / "in.csv").read_bytes() == HEADER_ONLY


@pytest.mark.parametrize("extra", [[], ["--by", "month"]])
def test_actors_chart_that_is_a_folder_writes_nothing(tmp_path, capsys, extra):
    # Wrote the summary, then failed naming a temporary file ('.chart.x1y2.png: Is a directory')
    write_files(tmp_path, {"in.csv": SCORED})
    (tmp_path / "chart.png").mkdir()
    before = snapshot(tmp_path)
    err = run_failing(capsys, ["actors", str(tmp_path / "in.csv"), "-o", str(tmp_path / "out.csv"),
                               "--chart", str(tmp_path / "chart.png"), *extra])
    assert err == f"stance actors: error: {tmp_path / 'chart.png'}: is a folder; give an output file name\n"
    assert_unchanged(before, snapshot(tmp_path))
