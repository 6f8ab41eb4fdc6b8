import os
import subprocess
import sys

import numpy as np
import pytest

from stance.data import read_corpus, read_labelled
from stance.exceptions import DataError
from stance.training import cross_validate, format_report, main, make_splits

from .conftest import TINY_CORPUS, write_corpus


def test_grouped_splits_keep_every_group_on_one_side():
    labels = [r[2] for r in TINY_CORPUS]
    groups = [r[3] for r in TINY_CORPUS]
    splits, scheme = make_splits(labels, groups, seed=0)
    assert "grouped by source" in scheme and len(splits) == 3
    for train_idx, test_idx in splits:
        assert not {groups[i] for i in train_idx} & {groups[i] for i in test_idx}


def test_stratified_when_no_groups():
    labels = [r[2] for r in TINY_CORPUS]
    splits, scheme = make_splits(labels, None, seed=0)
    assert scheme.startswith("StratifiedKFold(n_splits=5)")
    assert sorted(np.concatenate([t for _, t in splits]).tolist()) == list(range(len(labels)))


def test_one_group_is_a_clear_error():
    with pytest.raises(DataError, match="at least 2 distinct groups, found 1"):
        make_splits(["a", "b"], ["g", "g"], seed=0)


def test_cross_validation_metrics(corpus_dir):
    metrics = cross_validate(read_corpus(corpus_dir)).metrics()
    assert 0.0 <= metrics["macro_f1"] <= 1.0
    assert sum(c["support"] for c in metrics["per_class"].values()) == 24
    assert np.array(metrics["confusion_matrix"]["rows_true_columns_predicted"]).sum() == 24
    text = format_report(metrics)
    assert "macro-F1" in text and "Confusion matrix" in text


def test_main_trains_default_corpus_and_reports(tmp_path, capsys):
    write_corpus(tmp_path / "labeled" / "tiny.csv")
    assert main([], root=tmp_path) == 0
    out = capsys.readouterr().out
    assert "grouped by source" in out and "macro-F1" in out and "precision" in out
    assert (tmp_path / "models" / "stance.joblib").is_file() and (tmp_path / "models" / "stance.json").is_file()


def test_main_with_user_data_labels_and_stratified(tmp_path, capsys):
    path = tmp_path / "mine.csv"
    rows = "\n".join(f"{t},{'yes' if s == 'support' else 'no'}" for t, _, s, _ in
                     [(r[0].replace(",", ""), *r[1:]) for r in TINY_CORPUS])
    path.write_text("sentence,y\n" + rows + "\n", encoding="utf-8")
    out = tmp_path / "m"
    assert main(["--data", str(path), "--text-column", "sentence", "--label-column", "y",
                 "--labels", "yes,no", "--out", str(out)]) == 0
    assert "StratifiedKFold" in capsys.readouterr().out
    from stance import load_predictor

    assert load_predictor(out / "stance.joblib").labels == ("no", "yes")


def test_main_bad_data_is_one_line_and_exit_2(tmp_path, capsys):
    (tmp_path / "labeled").mkdir()
    (tmp_path / "labeled" / "x.csv").write_text("id,text\n1,a\n", encoding="utf-8")
    with pytest.raises(SystemExit) as exc:
        main([], root=tmp_path)
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "missing column(s) 'actor', 'stance', 'source', 'note'" in err
    assert not (tmp_path / "models").exists()


def test_training_is_byte_identical_across_processes(tmp_path):
    """Two processes with different string-hash seeds write the same .joblib bytes."""
    data = write_corpus(tmp_path / "d" / "tiny.csv")
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"out{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "stance", "train", "--data", str(data), "--out", str(out),
                        "--labels", "support,oppose,neutral"], check=True, env=env, capture_output=True)
        outputs.append((out / "stance.joblib").read_bytes())
    assert outputs[0] == outputs[1]


def test_default_corpus_is_read_strictly(tmp_path):
    write_corpus(tmp_path / "labeled" / "tiny.csv")
    assert read_labelled([tmp_path / "labeled"]).group_column == "source"


def test_corpus_training_reports_real_news_figures(tmp_path):
    """With articles/ and news/ rows, train reports held-out, real-only, transfer and name-swap figures."""
    from stance.data import read_corpus
    from stance.training import train

    from .conftest import TINY_CORPUS, write_corpus

    root = tmp_path / "labeled"
    write_corpus(root / "written" / "w.csv", TINY_CORPUS)
    real = [(text.replace("Ukraine", "Kyiv's territory").replace(".", " on Monday."), actor, stance,
             f"https://outlet{i % 6}.example/page{i}") for i, (text, actor, stance, _) in enumerate(TINY_CORPUS)]
    write_corpus(root / "news" / "n.csv", real)
    data = read_corpus(root)
    meta = train(data, tmp_path / "out", echo=lambda *a: None)
    figures = meta["evaluation"]["real_news"]
    assert figures["held_out"]["all real"]["rows"] == len(real) == figures["held_out"]["news"]["rows"]
    assert figures["transfer"]["rows"] == len(real)
    assert 0 <= figures["held_out"]["all real"]["macro_f1"] <= 1
    swap = figures["name_swap"]
    assert swap["rows"] > 0 and 0 <= swap["rate"] <= 1
    report = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    assert "## Real news" in report and "Name-swap flip rate" in report


def _conflicting_corpus(root):
    """Written rows say one thing, real pages the other, in the same words (6 rows to 4)."""
    written = [(f"Ministers discussed the force again ({i}).", "", "support", f"batch{i % 3}")
               for i in range(6)]
    written += [(f"Officials talked about sanctions ({i}).", "", "neutral", f"batch{i % 3}") for i in range(6)]
    news = [(f"Ministers discussed the force again ({i + 10}).", "", "neutral",
             f"https://outlet{i % 3}.example/p{i}") for i in range(4)]
    write_corpus(root / "written" / "w.csv", written)
    write_corpus(root / "news" / "n.csv", news)
    return read_corpus(root)


def test_sample_weights_count_written_rows_less(tmp_path):
    from stance.training import sample_weights

    data = _conflicting_corpus(tmp_path / "labeled")
    kinds = data.frame["_kind"].tolist()
    weights = sample_weights(data, {"written_weight": 0.25})
    assert [w for w, k in zip(weights, kinds) if k == "written"] == [0.25] * 12
    assert [w for w, k in zip(weights, kinds) if k == "news"] == [1.0] * 4
    assert sample_weights(data, {"written_weight": 1}) is None
    user = read_labelled([write_corpus(tmp_path / "mine.csv")])
    assert sample_weights(user) is None, "data without the corpus's parts: every row counts the same"


def test_written_weight_reaches_the_classifier(tmp_path):
    """Counting the written rows less moves the model toward what the real rows say."""
    from stance.training import fit

    data = _conflicting_corpus(tmp_path / "labeled")
    probe = ["Ministers discussed the force again."]

    def support(weight):
        model = fit(data, {"written_weight": weight})
        return model.predict_proba(probe)[0][list(model.classes_).index("support")]

    assert support(0.1) < support(1.0) - 0.05


@pytest.mark.parametrize("bad", [0, -1, "heavy", True])
def test_written_weight_must_be_positive(bad):
    from stance.pipeline import resolve_params

    with pytest.raises(ValueError, match="written_weight must be a number above 0"):
        resolve_params({"written_weight": bad})


def _two_domains(tmp_path):
    """Target A: 'cats' words are FAVOR; target B (other domain) says the opposite with the same words."""
    rows = [("text", "label", "target")]
    for i in range(8):
        rows.append((f"cats are great {i}", "FAVOR", "A"))
        rows.append((f"dogs are awful {i}", "AGAINST", "A"))
    for i in range(3):
        rows.append((f"the weather today {i}", "NONE", "A"))
    for i in range(12):
        rows.append((f"cats are great really {i}", "AGAINST", "B"))
    rows.append(("nothing to say", "NONE", "B"))
    path = tmp_path / "domains.csv"
    path.write_text("\n".join(",".join(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_domain_weights_other_domains_and_balances_within_each(tmp_path):
    from stance.training import domain_rows, sample_weights

    data = read_labelled([_two_domains(tmp_path)], text_column="text", label_column="label", group_column=None)
    params = {"domain_column": "target", "domain": "A", "other_domain_weight": 0.1, "class_weight": None}
    own = domain_rows(data, params)
    assert own.sum() == 19 and (~own).sum() == 13
    weights = sample_weights(data, params)
    assert set(weights[own]) == {1.0} and set(weights[~own]) == {0.1}
    balanced = sample_weights(data, {**params, "class_weight": "balanced"})
    labels = np.asarray(data.labels, dtype=object)
    # Within A: 19 rows, 3 labels: FAVOR 8 -> 19 / 24, NONE 3 -> 19 / 9; within B: AGAINST 12 -> 13 / 24, times 0.1.
    assert np.allclose(balanced[own & (labels == "FAVOR")], 19 / 24)
    assert np.allclose(balanced[own & (labels == "NONE")], 19 / 9)
    assert np.allclose(balanced[~own & (labels == "AGAINST")], 0.1 * 13 / 24)
    assert sample_weights(data, {}) is None and domain_rows(data, {}) is None, "off by default"


def test_domain_parameters_are_checked(tmp_path):
    from stance.pipeline import build_pipeline, resolve_params
    from stance.training import domain_rows

    with pytest.raises(ValueError, match="domain_column needs domain"):
        resolve_params({"domain_column": "target"})
    with pytest.raises(ValueError, match="domain needs domain_column"):
        resolve_params({"domain": "A"})
    with pytest.raises(ValueError, match="other_domain_weight must be a number of 0 or more"):
        resolve_params({"other_domain_weight": -1})
    assert resolve_params({"domain_column": "year", "domain": 2016})["domain"] == "2016"
    assert build_pipeline({"domain_column": "t", "domain": "A"}).named_steps["clf"].class_weight is None
    assert build_pipeline({}).named_steps["clf"].class_weight == "balanced", "the news model is unchanged"
    data = read_labelled([_two_domains(tmp_path)], text_column="text", label_column="label", group_column=None)
    with pytest.raises(DataError, match="no column 'topic'"):
        domain_rows(data, {"domain_column": "topic", "domain": "A"})
    with pytest.raises(DataError, match="no row has that 'target'.*'A', 'B'"):
        domain_rows(data, {"domain_column": "target", "domain": "C"})


def test_main_trains_one_domain_on_all_rows_and_scores_only_its_own(tmp_path, capsys):
    from stance import load_predictor

    path, out = _two_domains(tmp_path), tmp_path / "m"
    args = ["--data", str(path), "--text-column", "text", "--label-column", "label", "--group-column", "none",
            "--out", str(out), "--param", "domain_column=target", "--param", "domain=A"]
    assert main(args) == 0
    assert "Scored on the 19 rows of target = 'A' (all 32 rows train" in capsys.readouterr().out
    predictor = load_predictor(out / "stance.joblib")
    meta = predictor.metadata
    assert meta["params"]["domain"] == "A" and meta["params"]["other_domain_weight"] == 0.1
    assert sum(c["support"] for c in meta["cv"]["per_class"].values()) == 19
    assert predictor.predict("cats are great") == "FAVOR", "its own domain's reading, not B's"
    # The other domain's rows train too: counted more, they pull "cats are great" toward B's label.
    from stance.training import fit

    data = read_labelled([path], text_column="text", label_column="label", group_column=None)
    favour = []
    for weight in (0, 0.1, 1):
        model = fit(data, {"domain_column": "target", "domain": "A", "other_domain_weight": weight})
        favour.append(model.predict_proba(["cats are great"])[0][list(model.classes_).index("FAVOR")])
    assert favour[0] > favour[1] > favour[2] + 0.01
    with pytest.raises(SystemExit):
        main([*args, "--search"])


def _user_data(tmp_path):
    path = tmp_path / "mine.csv"
    rows = "\n".join(f"{t.replace(',', '')},{s}" for t, _, s, _ in TINY_CORPUS)
    path.write_text("text,stance\n" + rows + "\n", encoding="utf-8")
    return path


def _refused(capsys, argv):
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 1 and "Traceback" not in captured.err
    return captured


@pytest.mark.parametrize("value, message", [
    # Was a traceback (ValueError: invalid literal for int() with base 10: 'a')
    ("a,b", r"--param: word_ngram_range must be two whole numbers LOW,HIGH \(e\.g\. 1,2\) with 1 <= LOW <= HIGH, got 'a,b'"),
    ("1.5,2", r"got '1\.5,2'"),
    # Was "--param: 'int' object is not iterable"
    ("1", r"--param: word_ngram_range must be two whole numbers LOW,HIGH \(e\.g\. 1,2\) with 1 <= LOW <= HIGH, got '1'"),
    ("1,2,3", r"got '1,2,3'"),
])
def test_a_range_parameter_that_is_not_two_numbers_is_one_line(tmp_path, capsys, value, message):
    import re

    captured = _refused(capsys, ["--data", str(_user_data(tmp_path)), "--group-column", "none",
                                 "--out", str(tmp_path / "m"), "--param", f"word_ngram_range={value}"])
    assert re.search(message, captured.err), captured.err
    assert not (tmp_path / "m").exists()


@pytest.mark.parametrize("seed", ["-1", str(2**32)])
def test_a_seed_out_of_range_is_one_line(tmp_path, capsys, seed):
    # Was a traceback from numpy ("Seed must be between 0 and 2**32 - 1") after reading the data
    captured = _refused(capsys, ["--data", str(_user_data(tmp_path)), "--out", str(tmp_path / "m"),
                                 "--seed", seed])
    assert f"--seed must be from 0 to 4294967295, got {seed}" in captured.err
    assert captured.out == "" and not (tmp_path / "m").exists()


@pytest.mark.parametrize("out", ["mine.csv", "mine.csv/model"])
def test_an_out_folder_that_cannot_be_made_is_refused_before_training(tmp_path, capsys, out):
    # Was refused only after the cross-validation (minutes on labeled/), its report printed
    data = _user_data(tmp_path)
    captured = _refused(capsys, ["--data", str(data), "--out", str(tmp_path / out)])
    assert f"{data}: Not a directory (it is a file); choose another --out folder" in captured.err
    assert captured.out == ""


def test_an_out_naming_a_model_file_is_refused(tmp_path, capsys):
    # --out my_model/stance.joblib made a folder named stance.joblib holding
    # stance.joblib/stance.joblib, which --model my_model/stance.joblib then called a folder
    data = _user_data(tmp_path)
    captured = _refused(capsys, ["--data", str(data), "--out", str(tmp_path / "my_model" / "stance.joblib")])
    assert captured.err == (f"train.py: error: --out {tmp_path / 'my_model' / 'stance.joblib'}: names a model "
                            "file, but --out is the folder that gets stance.joblib and stance.json; give the "
                            f"folder, {tmp_path / 'my_model'}/\n")
    assert not (tmp_path / "my_model").exists()


@pytest.mark.parametrize("extra, named", [
    (["--metric", "f_avg:yes,no"], "--metric"),
    (["--min-speed", "5000"], "--min-speed"),
    (["--jobs", "2", "--metric", "macro_f1"], "--metric, --jobs"),
])
def test_search_options_without_search_are_refused(tmp_path, capsys, extra, named):
    # Were ignored without a word: the model trained with the defaults, as if never asked
    captured = _refused(capsys, ["--data", str(_user_data(tmp_path)), "--out", str(tmp_path / "m"), *extra])
    assert f"{named}: for --search only; add --search, or leave out" in captured.err
    assert captured.out == "" and not (tmp_path / "m").exists()


def test_a_group_column_named_but_missing_is_refused(tmp_path, capsys):
    # Fell back to stratified CV without groups, so one outlet's rows sat on both sides of a split
    data = _user_data(tmp_path)
    captured = _refused(capsys, ["--data", str(data), "--out", str(tmp_path / "m"), "--group-column", "outlet"])
    assert (f"{data}: no column 'outlet' for --group-column; found 'text', 'stance'; name the column "
            "that groups the rows, or --group-column none for stratified CV") in captured.err
    assert captured.out == "" and not (tmp_path / "m").exists()


def test_the_default_group_column_may_be_absent(tmp_path, capsys):
    assert main(["--data", str(_user_data(tmp_path)), "--out", str(tmp_path / "m")]) == 0
    assert "StratifiedKFold" in capsys.readouterr().out


@pytest.mark.parametrize("groups", [None, ["a", "b", "a", "b"]])
def test_data_with_one_label_is_a_clear_error(groups):
    # Was a traceback from scikit-learn ("This solver needs samples of at least 2 classes")
    with pytest.raises(DataError, match=r"the data holds one label only, 'FAVOR'; a classifier needs rows "
                                        r"of at least two labels"):
        make_splits(["FAVOR"] * 4, groups, seed=0)


@pytest.mark.filterwarnings("ignore:The least populated class:UserWarning")
def test_a_fold_that_trains_on_one_label_is_a_clear_error():
    # Y only in group g2: the fold holding g2 out trained on X alone, a traceback from scikit-learn
    with pytest.raises(DataError, match=r"cross-validation fold \d of 2 trains on one label only, 'X': "
                                        r"label 'Y' is in the held-out group\(s\) alone"):
        make_splits(["X", "X", "X", "Y"], ["g1", "g2", "g1", "g2"], seed=0)


def test_texts_with_no_word_are_a_clear_error(tmp_path, capsys):
    # Was a traceback from scikit-learn ("empty vocabulary; perhaps the documents only contain stop words")
    path = tmp_path / "marks.csv"
    path.write_text("text,stance\n...,X\n!!!,X\n???,Y\n---,Y\n", encoding="utf-8")
    captured = _refused(capsys, ["--data", str(path), "--out", str(tmp_path / "m")])
    assert ("the texts hold no word the model can count (only punctuation, numbers of one digit or the "
            "like); check --text-column") in captured.err
    assert not (tmp_path / "m").exists()


def test_a_min_df_no_n_gram_meets_is_a_clear_error(tmp_path, capsys):
    # Were tracebacks: "max_df corresponds to < documents than min_df", "After pruning, no terms remain"
    captured = _refused(capsys, ["--data", str(_user_data(tmp_path)), "--out", str(tmp_path / "m"),
                                 "--param", "min_df=500"])
    assert "no n-gram is in as many rows as min_df asks" in captured.err


def test_data_naming_the_corpus_folder_trains_as_the_default(tmp_path, capsys):
    # `--data labeled/` read the corpus as a user's file: no strict check, groups by the raw
    # source instead of the outlet, no real-news figures, another model than `make train`
    import json

    write_corpus(tmp_path / "labeled" / "tiny.csv")
    assert main(["--out", str(tmp_path / "a")], root=tmp_path) == 0
    assert main(["--data", str(tmp_path / "labeled"), "--out", str(tmp_path / "b")], root=tmp_path) == 0
    capsys.readouterr()
    a, b = (json.loads((tmp_path / x / "stance.json").read_text()) for x in "ab")
    assert a["data_sha256"] == b["data_sha256"] and a["data_paths"] == b["data_paths"] == ["labeled"]
    assert (tmp_path / "a" / "stance.joblib").read_bytes() == (tmp_path / "b" / "stance.joblib").read_bytes()


def test_repeated_rows_dropped_are_counted_in_the_last_line(tmp_path, capsys):
    # A file holding each row three times said "Trained on 30 rows from 1 file(s)" with no word
    # of the 60 rows it had dropped
    path = tmp_path / "mine.csv"
    rows = "\n".join(f"{t},{'yes' if s == 'support' else 'no'}" for t, _, s, _ in
                     [(r[0].replace(",", ""), *r[1:]) for r in TINY_CORPUS])
    path.write_text("sentence,y\n" + "\n".join([rows] * 3) + "\n", encoding="utf-8")
    assert main(["--data", str(path), "--text-column", "sentence", "--label-column", "y",
                 "--out", str(tmp_path / "m")]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    n = len(TINY_CORPUS)
    assert last.startswith(f"Trained on {n} rows from 1 file(s) ({2 * n} repeated rows dropped: the "
                           "same text with the same label, counted once); wrote ")


def test_a_label_rarer_than_the_folds_is_said_in_one_line_not_a_library_warning(recwarn):
    # scikit-learn's "UserWarning: The least populated class in y has only 2 members" came out
    # of train.py with its source file and line, then "  warnings.warn("
    labels = ["a"] * 8 + ["b"] * 2
    groups = [f"g{i}" for i in range(10)]
    _, scheme = make_splits(labels, groups, seed=0)
    assert not [w for w in recwarn if "least populated" in str(w.message)]
    assert scheme == ("StratifiedGroupKFold(n_splits=5) grouped by source (outlet for real pages), with "
                      "label 'b' in only 2 rows, fewer than the 5 folds (some folds test none of it)")


def test_training_beside_an_earlier_search_says_its_table_is_not_this_models(tmp_path, capsys):
    # A plain training into a folder an earlier --search wrote to left DIR/search.md, whose
    # "Chosen: ..." described other parameters than the model beside it, without a word
    out = tmp_path / "m"
    out.mkdir()
    (out / "search.md").write_text("Grid search ...\n\nChosen: C=30\n", encoding="utf-8")
    assert main(["--data", str(write_corpus(tmp_path / "d.csv")), "--out", str(out)]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert last == (f"Note: {out / 'search.md'} is from an earlier --search, not about this model (its "
                    f"parameters are in {out / 'stance.json'}); delete it, or train with --search to renew it")
    assert (out / "search.md").read_text(encoding="utf-8").endswith("Chosen: C=30\n")  # kept


def test_a_label_of_labels_that_no_row_has_is_refused(tmp_path, capsys):
    # --labels FAVOR,AGAINST,NONE on data without NONE trained a two-label model without a word
    path = tmp_path / "mine.csv"
    rows = [f"We back sending troops {i}.,FAVOR" for i in range(6)]
    rows += [f"We will never send troops {i}.,AGAINST" for i in range(6)]
    path.write_text("text,label\n" + "\n".join(rows) + "\n", encoding="utf-8")
    with pytest.raises(SystemExit) as exc:
        main(["--data", str(path), "--label-column", "label", "--labels", "FAVOR,AGAINST,NONE",
              "--out", str(tmp_path / "m")])
    err = capsys.readouterr().err
    assert exc.value.code == 2 and err.count("\n") == 1 and not (tmp_path / "m").exists()
    assert err == (f"train.py: error: --labels: no row of {path} is labelled 'NONE' in column 'label', so "
                   "the model could never give it; add such rows, or leave it out of --labels\n")


def test_the_scheme_names_the_group_column_given(tmp_path, capsys):
    # --group-column Target printed "grouped by source (outlet for real pages)", and report.md
    # said "no source is on both sides of a split" also of stratified CV, which has no groups
    path = tmp_path / "mine.csv"
    rows = [f"We back sending troops {i}.,FAVOR,t{i % 3}" for i in range(9)]
    rows += [f"We will never send troops {i}.,AGAINST,t{i % 3}" for i in range(9)]
    path.write_text("text,label,Target\n" + "\n".join(rows) + "\n", encoding="utf-8")
    assert main(["--data", str(path), "--label-column", "label", "--group-column", "Target",
                 "--out", str(tmp_path / "g")]) == 0
    assert "Cross-validation: StratifiedGroupKFold(n_splits=3) grouped by 'Target'\n" in capsys.readouterr().out
    assert ("grouped by 'Target': no group is on both sides of a split."
            in (tmp_path / "g" / "report.md").read_text(encoding="utf-8"))
    assert main(["--data", str(path), "--label-column", "label", "--group-column", "none",
                 "--out", str(tmp_path / "s")]) == 0
    assert ("no groups: rows split at random, stratified by label."
            in (tmp_path / "s" / "report.md").read_text(encoding="utf-8"))


@pytest.mark.parametrize("groups", [None, [f"g{i % 4}" for i in range(40)]])
def test_a_label_column_of_ids_is_one_short_line(groups):
    # --label-column id: grouped CV ended in scikit-learn's traceback ("n_splits=5 cannot be
    # greater than the number of members in each class"), stratified CV listed every id
    with pytest.raises(DataError, match=r"^every label has one row \(40 labels: '0', '1', '2', \.\.\.\), too "
                                        r"few to learn and test; if that is a column of ids or texts, name "
                                        r"the label column with --label-column, else add rows$"):
        make_splits([str(i) for i in range(40)], groups, seed=0)


def test_labels_rarer_than_the_folds_in_groups_get_fewer_folds_not_a_traceback():
    labels = ["a", "a", "a", "b", "b", "b", "c"]
    splits, scheme = make_splits(labels, [f"g{i}" for i in range(7)], seed=0)
    assert len(splits) == 3 and scheme.startswith("StratifiedGroupKFold(n_splits=3)")


def test_the_stratified_label_counts_are_cut_short():
    labels = [str(i) for i in range(30)] * 1 + ["a", "a"]
    with pytest.raises(DataError) as exc:
        make_splits(labels, None, seed=0)
    assert str(exc.value) == ("stratified cross-validation needs at least 2 rows of every label; label counts "
                              "are {'0': 1, '1': 1, '10': 1, '11': 1, '12': 1, '13': 1, '14': 1, '15': 1, "
                              "'16': 1, '17': 1, ... and 21 more}")


def test_no_data_and_no_corpus_folder_says_to_give_data(tmp_path, capsys):
    # `stance train` in a folder without labeled/ said "labeled: no such file or folder; check
    # the path given with --data", with no --data given
    with pytest.raises(SystemExit):
        main([], root=tmp_path)
    err = capsys.readouterr().err
    assert err == (f"train.py: error: {tmp_path / 'labeled'}: no such folder, and no --data given (the default "
                   "is the corpus in labeled/); give your data with --data FILE, or run from the repository\n")


def test_a_switch_given_as_none_says_off_turns_it_off(tmp_path, capsys):
    # --param scope=none said "scope must be one of off, negation, negation+hedge, got None"
    captured = _refused(capsys, ["--data", str(_user_data(tmp_path)), "--param", "scope=none",
                                 "--out", str(tmp_path / "m")])
    assert captured.err == ("train.py: error: --param: scope must be one of off, negation, negation+hedge, "
                            "got None; scope=off turns it off\n")
