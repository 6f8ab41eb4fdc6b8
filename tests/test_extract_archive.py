"""`stance extract` at archive scale: worker processes, Dask, article metadata, bad input."""

import json
import logging

import pandas as pd
import pytest

import stance.article.extract
from stance.article.extract import extract_file
from stance.cli import main
from stance.exceptions import DataError

PARAGRAPHS = [
    "Macron says troops not ruled out",
    "PARIS (Reuters) - French President Emmanuel Macron said on Monday that troops were not ruled out.",
    "“Nothing should be excluded,” he said. “We will do whatever it takes.”",
    "Moscow warned that foreign troops in Ukraine would be legitimate targets.",
    "Italy will not send troops to Ukraine, Meloni told reporters.",
    "Fighting continued in the east.",
    "Scholz said no German soldiers would be sent to Ukraine.",
    "An article may hold <script>alert(1)</script> and \"quotes\", commas, and\nline breaks.",
]
# Twelve articles with a date and an outlet; the fifth is blank (no sentence, no row).
ARCHIVE = pd.DataFrame({
    "id": [f"a{i:02d}" for i in range(12)],
    "date": [f"2025-{1 + i % 6:02d}-{1 + i:02d}" for i in range(12)],
    "outlet": ["Reuters", "AFP", "BBC"] * 4,
    "text": ["\n".join(PARAGRAPHS[i % 8:] + PARAGRAPHS[: i % 3]) if i != 4 else "" for i in range(12)],
})


@pytest.fixture
def model(model_dir):
    return str(model_dir / "stance.joblib")


@pytest.fixture
def archive(tmp_path):
    path = tmp_path / "archive.csv"
    ARCHIVE.to_csv(path, index=False)
    return path


def read(path):
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def write_table(frame, path):
    """An article table in the format of the path's extension."""
    if path.suffix == ".csv":
        frame.to_csv(path, index=False)
    elif path.suffix == ".jsonl":
        path.write_text("".join(json.dumps(r) + "\n" for r in frame.to_dict("records")), encoding="utf-8")
    else:
        frame.to_parquet(path, index=False)


def test_metadata_columns_are_carried_onto_every_statement(archive, tmp_path, model):
    out = tmp_path / "statements.csv"
    summary = extract_file(archive, out, model=model, id_column="id")
    rows = read(out)
    assert list(rows.columns[:3]) == ["article", "date", "outlet"] and "id" not in rows.columns
    assert list(rows.columns[3:6]) == ["sentence_no", "text", "actor"]
    by_id = ARCHIVE.set_index("id")
    assert (rows["date"] == rows["article"].map(by_id["date"])).all()
    assert (rows["outlet"] == rows["article"].map(by_id["outlet"])).all()
    assert "a04" not in set(rows["article"])  # a blank article gives no row
    assert (summary.articles, summary.sentences) == (12, len(rows))
    assert summary.attributed == int((rows["actor"] != "").sum())


@pytest.mark.parametrize("keep, expected", [("outlet", ["outlet"]), ("outlet,date", ["outlet", "date"]),
                                            ("", []), ("id,date", ["id", "date"])])
def test_keep_columns_chooses_the_metadata(archive, tmp_path, model, keep, expected):
    out = tmp_path / "out.csv"
    assert main(["extract", str(archive), "-o", str(out), "--model", model, "--keep-columns", keep,
                 "--id-column", "id", "--quiet"]) == 0
    assert list(read(out).columns[: 1 + len(expected)]) == ["article", *expected]
    assert read(out).columns[1 + len(expected)] == "sentence_no"


def test_text_files_keep_the_article_name_only(tmp_path, model):
    (tmp_path / "a.txt").write_text("\n".join(PARAGRAPHS), encoding="utf-8")
    out = tmp_path / "out.csv"
    assert main(["extract", str(tmp_path / "a.txt"), "-o", str(out), "--model", model, "--jobs", "2"]) == 0
    assert list(read(out).columns[:2]) == ["article", "sentence_no"]
    assert set(read(out)["article"]) == {"a.txt"}


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_worker_processes_write_exactly_what_one_process_writes(tmp_path, model, fmt):
    src = tmp_path / f"archive.{fmt}"
    write_table(ARCHIVE, src)
    one = extract_file(src, tmp_path / "one.csv", model=model, jobs=1, chunk_size=2)
    two = extract_file(src, tmp_path / "two.csv", model=model, jobs=2, chunk_size=2)
    assert (tmp_path / "one.csv").read_bytes() == (tmp_path / "two.csv").read_bytes()
    assert (one.sentences, one.labels, one.jobs, two.jobs) == (two.sentences, two.labels, 1, 2)
    assert read(tmp_path / "one.csv")["article"].iloc[0] == "1"  # no id column: the row number


def test_summary_line_counts_articles_per_second(archive, tmp_path, model, capsys):
    assert main(["extract", str(archive), "-o", str(tmp_path / "out.csv"), "--model", model, "--jobs", "2"]) == 0
    err = capsys.readouterr().err
    assert err.startswith("stance extract: ") and "from 12 articles" in err and "articles/s" in err
    assert "jobs 2" in err and err.count("\n") == 1


def test_ctrl_c_with_workers_writes_nothing(archive, tmp_path, model, monkeypatch):
    original = stance.article.extract.article_frame

    def interrupted(*args, **kwargs):
        if kwargs.get("prefix", args[2] if len(args) > 2 else "") == "" and args[1] >= 4:
            raise KeyboardInterrupt
        return original(*args, **kwargs)

    monkeypatch.setattr(stance.article.extract, "article_frame", interrupted)
    with pytest.raises(KeyboardInterrupt):
        extract_file(archive, tmp_path / "out.csv", model=model, jobs=2, chunk_size=2)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["archive.csv"]


BAD = [
    (["--keep-columns", "date,nope"], "--keep-columns: no column 'nope' in the article tables; the other "
                                      "columns are 'id', 'date', 'outlet'"),
    (["--keep-columns", "date,text"], "--keep-columns: 'text' is the article text"),
    (["--keep-columns", "date,date"], "a column is named twice"),
    (["--id-column", "missing"], "no column 'missing' for --id-column"),
    (["--jobs", "-1"], "jobs must be 0 (one per core) or a positive number"),
    # Was taken: 500 processes each loading the model, 30 s for five articles
    (["--jobs", "500"], "got 500; at most 4 per core"),
    (["--chunk-size", "0"], "chunk size must be a positive number of articles"),
    (["--scheduler", "tcp://127.0.0.1:9"], "is for the Dask engine; add --engine dask"),
]


@pytest.mark.parametrize("args, message", BAD)
def test_bad_options_are_one_line_and_leave_nothing(archive, tmp_path, model, capsys, args, message):
    with pytest.raises(SystemExit) as exc:
        main(["extract", str(archive), "-o", str(tmp_path / "out.csv"), "--model", model, *args])
    err = capsys.readouterr().err
    assert exc.value.code == 2 and err.count("\n") == 1 and message in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["archive.csv"]


def test_an_article_column_named_like_a_statement_column_is_refused(tmp_path, model):
    ARCHIVE.assign(actor="x").to_csv(tmp_path / "a.csv", index=False)
    with pytest.raises(DataError, match="'actor' would collide with the statement column"):
        extract_file(tmp_path / "a.csv", tmp_path / "out.csv", model=model)
    extract_file(tmp_path / "a.csv", tmp_path / "out.csv", model=model, keep_columns=["date"])


def test_output_that_is_an_input_is_refused(archive, model):
    with pytest.raises(DataError, match="is also an input"):
        extract_file(archive, archive, model=model, jobs=2)


# --- Dask -------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def scheduler():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None, silence_logs=logging.ERROR,
                                  scheduler_kwargs={"dashboard_address": "127.0.0.1:0"}) as cluster:
        yield cluster.scheduler_address


@pytest.mark.parametrize("fmt, id_column", [("csv", None), ("jsonl", "id"), ("parquet", None)])
def test_dask_gives_the_rows_of_the_local_engine(tmp_path, model, scheduler, monkeypatch, fmt, id_column):
    monkeypatch.setattr(stance.article.extract, "DASK_BLOCKSIZE", "2KB")  # several partitions per file
    big = pd.concat([ARCHIVE.assign(id=ARCHIVE["id"] + f"-{k}") for k in range(3)], ignore_index=True)
    big["text"] = big["text"].str.replace("\n", " ")  # dask may cut a CSV only outside quoted breaks
    first, second = tmp_path / f"a.{fmt}", tmp_path / f"b.{fmt}"
    write_table(big.iloc[:20], first)
    write_table(big.iloc[20:], second)
    inputs = [first, second]
    local = extract_file(inputs, tmp_path / "local.csv", model=model, id_column=id_column)
    remote = extract_file(inputs, tmp_path / "dask.parquet", model=model, id_column=id_column,
                          engine="dask", scheduler=scheduler)
    expected, got = read(tmp_path / "local.csv"), pd.read_parquet(tmp_path / "dask.parquet")
    assert list(got.columns) == list(expected.columns) and len(got) == len(expected)
    for column in ["article", "date", "outlet", "sentence_no", "text", "actor", "stance"]:
        assert got[column].astype(str).tolist() == expected[column].tolist(), column
    assert (got["confidence"] - expected["confidence"].astype(float)).abs().max() < 1e-12
    assert (remote.articles, remote.sentences, remote.labels) == (local.articles, local.sentences, local.labels)
    assert remote.engine == "dask" and remote.jobs == 2
    parts = len(list((tmp_path / "dask.parquet").glob("part.*.parquet")))
    assert parts > 2 if fmt != "parquet" else parts == 2  # CSV and JSONL cut into partitions
    if id_column is None:
        assert expected["article"].iloc[0] == "a.%s:1" % fmt


def test_dask_refuses_text_files(tmp_path, model, scheduler):
    (tmp_path / "a.txt").write_text("Macron said so.", encoding="utf-8")
    with pytest.raises(DataError, match="the Dask engine reads article tables"):
        extract_file(tmp_path / "a.txt", tmp_path / "out.parquet", model=model, engine="dask",
                     scheduler=scheduler)


def test_unreachable_scheduler_is_one_line_and_leaves_nothing(archive, tmp_path, model, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["extract", str(archive), "-o", str(tmp_path / "out.parquet"), "--model", model,
              "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9"])
    err = capsys.readouterr().err
    assert exc.value.code == 2 and err.count("\n") == 1
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["archive.csv"]
