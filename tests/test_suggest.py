import pandas as pd
import pytest

from stance.cli import main
from stance.data import read_corpus
from stance.exceptions import ArgumentError, DataError
from stance.suggest import suggest, uncertainty

SENTENCES = [
    "Officials said the troop question would come up at the summit.",
    "Officials said the troop question would come up at the summit!",  # near-duplicate
    "The minister did not say whether soldiers would be sent.",
    "Germany will decide later, the chancellor's spokesman said.",
    "Poland's president called for more artillery shells.",
    "Greece ruled out sending troops to Ukraine.",
    "Moscow warned that foreign troops would be legitimate targets.",
    "France will lead a reassurance force once a ceasefire holds.",
    "   ",
    None,
]


def test_uncertainty_is_one_for_a_tie_and_zero_when_certain():
    import numpy as np

    assert list(uncertainty(np.array([[0.5, 0.5, 0.0], [1.0, 0.0, 0.0]]))) == [1.0, 0.0]


def test_exactly_n_distinct_diverse_rows(predictor):
    frame = pd.DataFrame({"text": SENTENCES})
    out = suggest([frame], predictor, n=4, similarity=0.8)
    assert len(out) == 4 and out["text"].is_unique
    assert list(out.columns) == ["id", "text", "actor", "stance", "source", "note", "uncertainty"]
    assert (out["stance"] == "").all() and (out["source"] == "suggested").all()
    # the near-duplicate pair is not both picked while other sentences remain
    assert out["text"].str.startswith("Officials said the troop question").sum() <= 1


def test_fills_with_near_duplicates_when_needed(predictor):
    frame = pd.DataFrame({"text": SENTENCES})
    distinct = 8  # blank and missing rows are not sentences
    out = suggest([frame], predictor, n=distinct)
    assert len(out) == distinct
    assert len(suggest([frame], predictor, n=50)) == distinct  # all the input has


def test_repeated_text_counts_once_across_chunks(predictor):
    chunks = [pd.DataFrame({"text": ["Same sentence about troops."] * 3}),
              pd.DataFrame({"text": ["Same sentence about troops.", "Another one."]})]
    assert sorted(suggest(chunks, predictor, n=5)["text"]) == ["Another one.", "Same sentence about troops."]


def test_filled_file_is_accepted_by_the_loader(tmp_path, model_dir, capsys):
    src = tmp_path / "unlabelled.csv"
    pd.DataFrame({"id": [f"u{i}" for i in range(8)], "text": SENTENCES[:8],
                  "actor": ["", "", "", "Germany", "", "Greece", "Russia", "France"]}).to_csv(src, index=False)
    out = tmp_path / "labeled" / "to_label.csv"
    out.parent.mkdir()
    assert main(["suggest", str(src), "-n", "5", "-o", str(out), "--model", str(model_dir / "stance.joblib")]) == 0
    assert "wrote 5 sentences to label" in capsys.readouterr().err
    table = pd.read_csv(out, keep_default_na=False, dtype=str)
    assert len(table) == 5 and set(table["source"]) == {"suggest-unlabelled"}
    assert set(table["id"]) <= {f"u{i}" for i in range(8)}
    table["stance"] = "neutral"
    table.to_csv(out, index=False)
    assert len(read_corpus(out.parent).frame) == 5


def test_errors(predictor, tmp_path, model_dir, capsys):
    with pytest.raises(ArgumentError, match="-n must be at least 1"):
        suggest([pd.DataFrame({"text": ["a"]})], predictor, n=0)
    with pytest.raises(DataError, match="no column 'text'; the columns are 'sentence'"):
        suggest([pd.DataFrame({"sentence": ["a"]})], predictor)
    with pytest.raises(DataError, match="^no sentences to suggest: no row has a non-blank 'text'"):
        suggest([pd.DataFrame({"text": ["", None]})], predictor)
    path = tmp_path / "in.csv"
    path.write_text("text\nA sentence.\n")
    with pytest.raises(SystemExit) as exc:
        main(["suggest", str(path), "-o", str(path), "--model", str(model_dir / "stance.joblib")])
    assert exc.value.code == 2 and "the output is also an input" in capsys.readouterr().err
    assert path.read_text() == "text\nA sentence.\n"


def test_suggest_to_stdout_names_stdout(model_dir, tmp_path, capsys):
    # Said "wrote 2 sentences to label to -", with no command name, as no other command does
    src = tmp_path / "in.csv"
    src.write_text("text\nTroops may go.\nAid arrived.\nTalks went on.\n", encoding="utf-8")
    assert main(["suggest", str(src), "-n", "2", "-o", "-", "--model", str(model_dir / "stance.joblib")]) == 0
    captured = capsys.readouterr()
    assert captured.err.startswith("stance suggest: wrote 2 sentences to label to stdout;")
    assert captured.out.startswith("id,text,actor,stance,source,note,uncertainty")


@pytest.mark.parametrize("suffix", [".jsonl", ".parquet"])
def test_suggest_to_a_format_training_does_not_read_says_so(model_dir, tmp_path, capsys, suffix):
    # Said "put the file in labeled/", where train.py reads only .csv and .tsv: the labels of a
    # .jsonl or .parquet put there were left out of training without a word
    src = tmp_path / "in.csv"
    src.write_text("text\nTroops may go.\nAid arrived.\n", encoding="utf-8")
    out = tmp_path / f"to_label{suffix}"
    assert main(["suggest", str(src), "-n", "2", "-o", str(out), "--model", str(model_dir / "stance.joblib")]) == 0
    err = capsys.readouterr().err
    assert out.exists() and "put the file in labeled/" not in err
    assert err.rstrip().endswith("fill in stance (and actor, note), then save it as .csv or .tsv in labeled/ "
                                 f"(training reads only those, not {suffix})")


@pytest.mark.parametrize("names", [["blank.csv"], ["blank.csv", "empty.csv"]])
def test_nothing_to_suggest_names_the_inputs(model_dir, tmp_path, capsys, names):
    # Said "no sentences to suggest: the input has no rows with non-blank text", naming no
    # file, so a user who gave a glob could not tell which input was read
    paths = []
    for name in names:
        (tmp_path / name).write_text("text\n   \n\n", encoding="utf-8")
        paths.append(str(tmp_path / name))
    with pytest.raises(SystemExit) as exc:
        main(["suggest", *paths, "-o", str(tmp_path / "out.csv"), "--model", str(model_dir / "stance.joblib")])
    err = capsys.readouterr().err
    assert exc.value.code == 2 and len(err.strip().splitlines()) == 1
    assert f"error: {', '.join(paths)}: no sentences to suggest: no row has a non-blank 'text'" in err
    assert not (tmp_path / "out.csv").exists()


def test_suggest_for_a_model_of_other_labels_and_columns(tmp_path, capsys):
    # A model trained with --text-column sentence --label-column label on FAVOR/AGAINST/NONE: the
    # file came with 'text' and 'stance' columns and "fill in stance ... put the file in labeled/",
    # so the filled file did not train beside the model's data (no column 'sentence')
    from stance.data import read_labelled
    from stance.training import train

    rows = [(f"We back sending troops {i}.", "FAVOR") for i in range(6)]
    rows += [(f"We will never send troops {i}.", "AGAINST") for i in range(6)]
    rows += [(f"The summit took place in city {i}.", "NONE") for i in range(6)]
    data_path = tmp_path / "mine.tsv"
    pd.DataFrame(rows, columns=["sentence", "label"]).to_csv(data_path, sep="\t", index=False)
    data = read_labelled([data_path], text_column="sentence", label_column="label", group_column=None)
    train(data, tmp_path / "model", echo=lambda *a: None)
    src = tmp_path / "new.csv"
    pd.DataFrame({"sentence": SENTENCES[:8]}).to_csv(src, index=False)
    out = tmp_path / "to_label.csv"
    assert main(["suggest", str(src), "--text-column", "sentence", "-n", "3", "-o", str(out),
                 "--model", str(tmp_path / "model" / "stance.joblib")]) == 0
    err = capsys.readouterr().err
    assert err.rstrip().endswith("fill in label with one of the model's labels (AGAINST, FAVOR, NONE) "
                                 "(and actor, note), then add the file to your training data "
                                 "(train.py --data)")
    table = pd.read_csv(out, keep_default_na=False, dtype=str)
    assert list(table.columns) == ["id", "sentence", "actor", "label", "source", "note", "uncertainty"]
    table["label"] = "NONE"
    table.to_csv(out, index=False)
    both = read_labelled([data_path, out], text_column="sentence", label_column="label", group_column=None)
    assert len(both.frame) == 18 + 3
