import json

import numpy as np
import pandas as pd
import pytest

import stance
from stance import ArgumentError, DataError, extract_statements
from stance.cli import main
from stance.article.summary import plot_actors, summarise_actors, to_markdown

ARTICLE = """Macron says troops not ruled out
By Jane Doe

PARIS (Reuters) - French President Emmanuel Macron said on Monday that troops were not ruled out.
“Nothing should be excluded,” he said. “We will do whatever it takes.”
Moscow warned that foreign troops in Ukraine would be legitimate targets.
Fighting continued in the east.
"""
OTHER = ("Italy will not send troops to Ukraine, Meloni told reporters.\n"
         "She said Rome would help in other ways.\n")
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def model(model_dir):
    return str(model_dir / "stance.joblib")


def test_extract_statements_columns_and_actors(predictor):
    frame = extract_statements(ARTICLE, predictor=predictor)
    assert list(frame.columns) == ["sentence_no", "text", "actor", "stance", "confidence",
                                   *predictor.proba_columns]
    assert frame["sentence_no"].tolist() == list(range(1, 8))
    assert frame["actor"].tolist() == ["Emmanuel Macron", "", "Emmanuel Macron", "Emmanuel Macron",
                                       "Emmanuel Macron", "Russia", ""]
    assert set(frame["stance"]) <= set(predictor.labels)
    assert frame["confidence"].between(0, 1).all()
    assert "extract_statements" in stance.__all__


def test_extract_statements_with_a_user_registry(predictor, tmp_path):
    path = tmp_path / "actors.csv"
    path.write_text("name,aliases,kind,country\nItalian Government,Rome|Italy,state,Italy\n",
                    encoding="utf-8")
    frame = extract_statements("Rome said it would not send troops.", predictor=predictor,
                               actors=path)
    assert frame["actor"].tolist() == ["Italian Government"]


def test_extract_statements_empty_and_bad_input(predictor):
    assert len(extract_statements("  \n", predictor=predictor)) == 0
    with pytest.raises(TypeError, match="expects the article as a str"):
        extract_statements(["a list"], predictor=predictor)


def write_articles(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.txt").write_text(OTHER, encoding="utf-8")
    return folder


def test_extract_command_on_text_files(tmp_path, model, capsys):
    folder = write_articles(tmp_path)
    out = tmp_path / "statements.csv"
    assert main(["extract", str(folder / "*.txt"), "-o", str(out), "--model", model]) == 0
    frame = pd.read_csv(out, keep_default_na=False)
    assert list(frame.columns[:6]) == ["article", "sentence_no", "text", "actor", "stance",
                                       "confidence"]
    assert frame["article"].unique().tolist() == ["a.txt", "b.txt"]
    assert frame.loc[frame.article == "b.txt", "actor"].tolist() == ["Giorgia Meloni"] * 2
    assert "9 sentences from 2 articles" in capsys.readouterr().err


def test_extract_names_articles_by_path_when_file_names_repeat(tmp_path, model):
    for folder in ("2024", "2025"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.txt").write_text(OTHER, encoding="utf-8")
    out = tmp_path / "out.csv"
    assert main(["extract", str(tmp_path / "*" / "a.txt"), "-o", str(out), "--model", model]) == 0
    names = pd.read_csv(out)["article"].unique().tolist()
    assert names == [str(tmp_path / "2024" / "a.txt"), str(tmp_path / "2025" / "a.txt")]


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet", "tsv"])
def test_extract_command_on_tables(tmp_path, model, fmt):
    # An empty article first: the output's schema must not depend on it.
    table = pd.DataFrame({"doc": ["x0", "x1", "x2"], "body": ["", ARTICLE, OTHER]})
    src = tmp_path / f"articles.{fmt}"
    if fmt == "csv":
        table.to_csv(src, index=False)
    elif fmt == "tsv":
        table.to_csv(src, index=False, sep="\t")
    elif fmt == "jsonl":
        src.write_text("\n".join(json.dumps(r) for r in table.to_dict("records")), encoding="utf-8")
    else:
        table.to_parquet(src, index=False)
    out = tmp_path / f"out.{fmt}"
    assert main(["extract", str(src), "-o", str(out), "--model", model,
                 "--text-column", "body", "--id-column", "doc"]) == 0
    if fmt == "parquet":
        result = pd.read_parquet(out)
    elif fmt == "jsonl":
        result = pd.read_json(out, lines=True, dtype={"article": str})
    else:
        result = pd.read_csv(out, sep="\t" if fmt == "tsv" else ",", keep_default_na=False,
                             dtype={"article": str})
    assert result["article"].unique().tolist() == ["x1", "x2"]
    assert len(result) == 9


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_extract_with_no_sentence_still_writes_the_columns(tmp_path, model, fmt):
    src = tmp_path / "articles.csv"
    pd.DataFrame({"text": ["", " "]}).to_csv(src, index=False)
    out = tmp_path / f"out.{fmt}"
    assert main(["extract", str(src), "-o", str(out), "--model", model]) == 0
    result = pd.read_parquet(out) if fmt == "parquet" else pd.read_csv(out)
    assert len(result) == 0
    assert list(result.columns[:4]) == ["article", "sentence_no", "text", "actor"]


def test_extract_without_id_column_numbers_the_rows(tmp_path, model):
    src = tmp_path / "articles.csv"
    pd.DataFrame({"text": [OTHER, ARTICLE]}).to_csv(src, index=False)
    out = tmp_path / "out.csv"
    assert main(["extract", str(src), "-o", str(out), "--model", model]) == 0
    assert pd.read_csv(out)["article"].unique().tolist() == [1, 2]


def test_extract_with_actors_option(tmp_path, model):
    folder = write_articles(tmp_path)
    registry = tmp_path / "mine.csv"
    registry.write_text("name,aliases,kind,country\nGiorgia Meloni,Meloni|La Premier,person,Italy\n"
                        "Moscow City,Moscow,state,Russia\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    assert main(["extract", str(folder / "a.txt"), "-o", str(out), "--model", model,
                 "--actors", str(registry)]) == 0
    assert "Moscow City" in pd.read_csv(out, keep_default_na=False)["actor"].tolist()


@pytest.mark.parametrize("args, message", [
    (["{src}", "-o", "{tmp}/out.csv", "--text-column", "missing"], "no column 'missing'"),
    (["{src}", "-o", "{tmp}/out.xlsx"], "unknown file type '.xlsx'"),
    (["{tmp}/article.html", "-o", "{tmp}/out.csv"],
     "unknown file type '.html'; expected plain-text articles"),
    (["{tmp}/nothing/*.txt", "-o", "{tmp}/out.csv"], "no file matches this pattern"),
    (["{src}", "-o", "{src}"], "is also an input"),
    (["{src}", "-o", "{tmp}/out.csv", "--actors", "{tmp}/none.csv"], "no such actor registry file"),
])
def test_extract_errors_are_one_line(tmp_path, model, capsys, args, message):
    src = tmp_path / "articles.csv"
    pd.DataFrame({"text": [OTHER]}).to_csv(src, index=False)
    (tmp_path / "article.html").write_text("<p>x</p>", encoding="utf-8")
    argv = ["extract", *[a.format(src=src, tmp=tmp_path) for a in args], "--model", model]
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("stance extract: error:") and message in err and err.count("\n") == 1


def test_extract_bad_encoding_names_the_file(tmp_path, model, capsys):
    path = tmp_path / "latin.txt"
    path.write_bytes("Macron said the d\xe9ploiement was possible.".encode("latin-1"))
    with pytest.raises(SystemExit):
        main(["extract", str(path), "-o", str(tmp_path / "out.csv"), "--model", model])
    assert "latin.txt, line 1" in capsys.readouterr().err
    assert main(["extract", str(path), "-o", str(tmp_path / "out.csv"), "--model", model,
                 "--encoding", "latin-1"]) == 0



@pytest.mark.parametrize("name, data, kind, encoding", [
    ("report.txt", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "a PDF", "latin-1"),
    ("memo.txt", b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00[Content_Types].xml", "a zip archive",
     "cp1252"),
    ("dump.txt", b"Macron said\x00\x00\x01\x02 troops.", "NUL bytes", "latin-1"),
])
def test_extract_refuses_a_binary_file_named_txt(tmp_path, model, capsys, name, data, kind, encoding):
    # Was: "bytes that are not valid utf-8 ... pass --encoding latin-1", and with that option the
    # PDF's or .docx's bytes were split into "sentences" and labelled with a stance
    path = tmp_path / name
    path.write_bytes(data)
    for options in ([], ["--encoding", encoding]):
        with pytest.raises(SystemExit) as exc:
            main(["extract", str(path), "-o", str(tmp_path / "out.csv"), "--model", model, *options])
        err = capsys.readouterr().err
        assert exc.value.code == 2 and err.count("\n") == 1, err
        assert f"{name}: a binary file ({kind}" in err and "not plain text" in err and "--encoding" not in err
        assert not (tmp_path / "out.csv").exists()


def test_extract_a_text_file_with_a_byte_order_mark(tmp_path, model):
    # Notepad's "UTF-8 with BOM": the mark is no part of the first sentence, nor hides its speaker
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + OTHER.encode("utf-8"))
    assert main(["extract", str(path), "-o", str(tmp_path / "out.csv"), "--model", model, "--quiet"]) == 0
    out = pd.read_csv(tmp_path / "out.csv", dtype=str, keep_default_na=False)
    assert out["text"][0] == "Italy will not send troops to Ukraine, Meloni told reporters."
    assert out["actor"][0] == "Giorgia Meloni"

# -- stance actors ---------------------------------------------------------------------------

SCORED = pd.DataFrame({
    "article": ["a"] * 8,
    "sentence_no": range(1, 9),
    "text": ["t"] * 8,
    "actor": ["Russia", "Russia", "Emmanuel Macron", "Emmanuel Macron", "Emmanuel Macron", "", "",
              "Italy"],
    "stance": ["oppose", "oppose", "support", "support", "neutral", "neutral", "support",
               "neutral"],
    "confidence": [0.9, 0.7, 0.8, 0.6, 0.5, 0.9, 0.9, 0.4],
})


def test_summarise_actors():
    summary, dropped = summarise_actors(SCORED)
    assert dropped == 2
    assert summary["actor"].tolist() == ["Emmanuel Macron", "Russia", "Italy"]
    macron = summary.iloc[0]
    assert (macron.sentences, macron.n_support, macron.n_oppose, macron.n_neutral) == (3, 2, 0, 1)
    assert macron.share_support == pytest.approx(2 / 3) and macron.net_stance == 1.0
    assert macron.mean_confidence == pytest.approx(0.6333, abs=1e-3)
    assert summary.iloc[1].net_stance == -1.0
    assert pd.isna(summary.iloc[2].net_stance)  # neither support nor oppose
    markdown = to_markdown(summary, dropped)
    assert "2 sentences with no actor (narration) left out" in markdown
    assert "| Emmanuel Macron | 3 | 2 (67%) | 0 (0%) | 1 (33%) | +1.00 | 0.63 |" in markdown


def test_five_labels_give_no_net_stance_and_no_chart(tmp_path, capsys):
    # A model of five labels: net stance counted "support" and "oppose" alone, so an actor with
    # one support and three "strong oppose" came out +1.00, and the chart left two labels out
    five = SCORED.assign(stance=["strong oppose", "oppose", "support", "strong support", "neutral",
                                 "neutral", "support", "neutral"])
    summary, _ = summarise_actors(five)
    assert "net_stance" not in summary.columns
    assert "net stance" not in to_markdown(summary, 2)
    with pytest.raises(DataError, match=r"^the chart draws 'support' against 'oppose' \(and 'neutral'\), "
                                        r"and these labels are support, oppose, neutral, strong oppose, "
                                        r"strong support; leave out the chart"):
        plot_actors(summary, str(tmp_path / "chart.png"))
    path = tmp_path / "scored.csv"
    five.to_csv(path, index=False)
    with pytest.raises(SystemExit) as exc:
        main(["actors", str(path), "-o", str(tmp_path / "a.csv"), "--chart", str(tmp_path / "chart.png")])
    assert exc.value.code == 2
    assert "the chart draws 'support' against 'oppose'" in capsys.readouterr().err
    assert not (tmp_path / "a.csv").exists() and not (tmp_path / "chart.png").exists()


def test_summarise_needs_actor_and_stance_columns():
    with pytest.raises(DataError, match="no column 'actor'"):
        summarise_actors(SCORED.drop(columns="actor"))


@pytest.mark.parametrize("suffix", [".md", ".csv"])
def test_actors_command_writes_summary_and_chart(tmp_path, capsys, suffix):
    scored = tmp_path / "statements.csv"
    SCORED.to_csv(scored, index=False)
    out = tmp_path / f"actors{suffix}"
    chart = tmp_path / "actors.png"
    assert main(["actors", str(scored), "-o", str(out), "--chart", str(chart), "--top", "2"]) == 0
    assert chart.read_bytes().startswith(PNG_MAGIC)
    if suffix == ".csv":
        table = pd.read_csv(out)
        assert table["actor"].tolist() == ["Emmanuel Macron", "Russia", "Italy"]
        assert list(table.columns[:3]) == ["actor", "sentences", "n_support"]
    else:
        text = out.read_text(encoding="utf-8")
        assert text.startswith("3 actors, 6 sentences with an actor; 2 sentences")
    assert "2 sentences with no actor" in capsys.readouterr().err


def test_actors_command_end_to_end_from_extract(tmp_path, model):
    folder = write_articles(tmp_path)
    statements = tmp_path / "statements.parquet"
    assert main(["extract", str(folder / "*.txt"), "-o", str(statements), "--model", model]) == 0
    assert main(["actors", str(statements), "-o", str(tmp_path / "actors.md"),
                 "--chart", str(tmp_path / "actors.png")]) == 0
    text = (tmp_path / "actors.md").read_text(encoding="utf-8")
    assert "| Emmanuel Macron |" in text and "| Giorgia Meloni |" in text


@pytest.mark.parametrize("args, message", [
    (["-o", "{tmp}/a.xlsx"], "unknown file type '.xlsx'"),
    (["-o", "{tmp}/a.md", "--chart", "{tmp}/a.jpg"], "the chart must be a .png, .svg, .pdf file"),
    (["-o", "{tmp}/a.md", "--top", "0"], "--top must be at least 1"),
    # --top without --chart was ignored: `-o top10.md --top 10` wrote every actor, not ten
    (["-o", "{tmp}/a.md", "--top", "10"], "--top 10 is the number of actors in the chart and goes with "
                                          "--chart; the table holds every actor, most frequent first"),
    (["-o", "{tmp}/a.csv", "--by", "month", "--top", "3"], "--top 3 is the number of actors in the chart"),
    # Were "unknown file type 'no extension'; expected one of .csv, .tsv, .jsonl, .parquet (or -
    # ...)", which left out .md, and "the chart must be a .png, .svg, .pdf file" without what came
    (["-o", "{tmp}/actors"], "actors: unknown file type 'no extension'; expected .md for a Markdown table "
                             "or one of .csv, .tsv, .jsonl, .parquet (or - for stdout as CSV)"),
    (["-o", "{tmp}/a.md", "--chart", "{tmp}/chart"], "chart: the chart must be a .png, .svg, .pdf file, "
                                                     "got 'no extension'"),
])
def test_actors_command_errors(tmp_path, capsys, args, message):
    scored = tmp_path / "statements.csv"
    SCORED.to_csv(scored, index=False)
    with pytest.raises(SystemExit) as exc:
        main(["actors", str(scored), *[a.format(tmp=tmp_path) for a in args]])
    assert exc.value.code == 2
    assert message in capsys.readouterr().err


def test_actors_command_missing_columns(tmp_path, capsys):
    scored = tmp_path / "plain.csv"
    pd.DataFrame({"text": ["x"]}).to_csv(scored, index=False)
    with pytest.raises(SystemExit):
        main(["actors", str(scored), "-o", str(tmp_path / "a.md")])
    assert "no column 'actor'" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["actors", "report"])
def test_a_stance_that_is_no_label_of_the_p_columns_names_file_and_row(tmp_path, capsys, command):
    # e.g. a table whose columns slid one to the left: a confidence where the stance should be
    rows = pd.DataFrame({"article": ["a"] * 3, "sentence_no": [1, 2, 3], "text": ["x", "y", "z"],
                         "actor": ["Emmanuel Macron", "", "Russia"],
                         "stance": ["support", "neutral", "0.94"], "confidence": [0.9, 0.8, 0.94],
                         "p_neutral": [0.05, 0.8, 0.03], "p_oppose": [0.05, 0.1, 0.94],
                         "p_support": [0.9, 0.1, 0.03]})
    rows.to_csv(tmp_path / "s.csv", index=False)
    with pytest.raises(SystemExit) as exc:
        main([command, str(tmp_path / "s.csv"), "-o", str(tmp_path / ("o.md" if command == "actors" else "o.html"))])
    assert exc.value.code == 2
    err = capsys.readouterr().err.strip()
    assert err.endswith("s.csv, row 3: stance '0.94' is none of the labels of its p_ columns "
                        "(neutral, oppose, support); expected the output of `stance extract`, unchanged")
    assert "\n" not in err and not list(tmp_path.glob("o.*"))


def test_chart_without_matplotlib_names_the_extra(tmp_path, monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_matplotlib(name, *args, **kwargs):
        if name.startswith("matplotlib"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_matplotlib)
    summary, _ = summarise_actors(SCORED)
    with pytest.raises(DataError, match=r"pip install 'stance\[plot\]'"):
        plot_actors(summary, str(tmp_path / "x.png"))
    assert not (tmp_path / "x.png").exists()


def test_narration_is_neutral_unless_the_model_label_is_asked_for(predictor):
    text = "A plan to send European troops to Ukraine was discussed on Monday.\n"
    plain = predictor.score_frame(pd.DataFrame({"text": [text.strip()]}), text_column="text")
    frame = extract_statements(text, predictor=predictor, narration="neutral")
    assert frame["actor"].tolist() == [""]
    assert frame["stance"].tolist() == ["neutral"]
    assert frame["confidence"].iat[0] == pytest.approx(frame["p_neutral"].iat[0])
    # The probabilities stay the model's; "model" gives back the model's label.
    assert frame["p_support"].iat[0] == pytest.approx(plain["p_support"].iat[0])
    model = extract_statements(text, predictor=predictor, narration="model")
    assert model["stance"].tolist() == plain["stance"].tolist()
    # A sentence with an actor keeps the model's label.
    said = extract_statements("Macron said Europe must be ready to send troops.", predictor=predictor)
    assert said["stance"].iat[0] == predictor.predict(["Macron said Europe must be ready to send troops."])[0]
    with pytest.raises(ArgumentError, match="narration must be one of confident, neutral, model"):
        extract_statements(text, predictor=predictor, narration="none")


def test_confident_narration_keeps_only_a_confident_side(predictor, monkeypatch):
    # by default a sentence with no actor is neutral unless the model reads support or oppose
    # with confidence >= NARRATION_CONFIDENCE (its holder was most likely missed)
    from stance.article.extract import NARRATION_CONFIDENCE

    labels = list(predictor.labels)  # neutral, oppose, support
    rows = {"sure": [0.05, 0.05, 0.90], "unsure": [0.25, 0.05, 0.70],
            "neutral": [0.90, 0.05, 0.05], "edge": [0.10, NARRATION_CONFIDENCE, 0.10]}
    proba = np.array(list(rows.values()))

    def fixed(texts):
        assert len(texts) == len(rows)
        return (np.array([labels[j] for j in proba.argmax(axis=1)], dtype=object),
                proba.max(axis=1), proba.copy())

    monkeypatch.setattr(predictor, "score_arrays", fixed)
    text = "\n".join(f"A sentence of narration number {k}." for k in range(len(rows)))
    frame = extract_statements(text, predictor=predictor, actor_context=0)
    assert frame["actor"].tolist() == [""] * len(rows)
    assert frame["stance"].tolist() == ["support", "neutral", "neutral", "oppose"]
    assert frame["confidence"].tolist() == pytest.approx([0.90, 0.25, 0.90, NARRATION_CONFIDENCE])
    strict = extract_statements(text, predictor=predictor, narration="neutral", actor_context=0)
    assert strict["stance"].tolist() == ["neutral"] * len(rows)


def test_extract_command_narration_option(tmp_path, model):
    folder = write_articles(tmp_path)
    out, kept = tmp_path / "neutral.csv", tmp_path / "model.csv"
    assert main(["extract", str(folder / "a.txt"), "-o", str(out), "--model", model,
                 "--narration", "neutral"]) == 0
    assert main(["extract", str(folder / "a.txt"), "-o", str(kept), "--model", model,
                 "--narration", "model"]) == 0
    neutral, own = (pd.read_csv(p, keep_default_na=False) for p in (out, kept))
    narration = neutral["actor"] == ""
    assert (neutral.loc[narration, "stance"] == "neutral").all()
    assert neutral.loc[~narration, "stance"].tolist() == own.loc[~narration, "stance"].tolist()
    assert neutral[["p_neutral", "p_oppose", "p_support"]].equals(own[["p_neutral", "p_oppose", "p_support"]])


def test_narration_neutral_asked_of_a_model_without_that_label_is_refused(tmp_path, capsys):
    # --narration neutral with a FAVOR / AGAINST model labelled the narration FAVOR or AGAINST
    # without a word, as if the option had not been given
    from stance.data import read_labelled
    from stance.training import train

    rows = [(f"We back sending troops {i}.", "FAVOR") for i in range(6)]
    rows += [(f"We will never send troops {i}.", "AGAINST") for i in range(6)]
    data_path = tmp_path / "mine.csv"
    pd.DataFrame(rows, columns=["text", "label"]).to_csv(data_path, index=False)
    train(read_labelled([data_path], label_column="label", group_column=None), tmp_path / "m",
          echo=lambda *a: None)
    model = str(tmp_path / "m" / "stance.joblib")
    folder = write_articles(tmp_path)
    out = tmp_path / "out.csv"
    with pytest.raises(SystemExit) as exc:
        main(["extract", str(folder / "a.txt"), "-o", str(out), "--model", model, "--narration", "neutral"])
    err = capsys.readouterr().err
    assert exc.value.code == 2 and err.count("\n") == 1 and not out.exists()
    assert (f"--narration neutral: the model {model} has no label 'neutral' (its labels are AGAINST, "
            "FAVOR); leave --narration out, or give --narration model") in err
    assert main(["extract", str(folder / "a.txt"), "-o", str(out), "--model", model, "--quiet"]) == 0
    assert set(pd.read_csv(out)["stance"]) <= {"FAVOR", "AGAINST"}


PROBA = ["p_neutral", "p_oppose", "p_support"]


def test_an_actors_other_sentences_in_the_article_lean_its_stance(predictor):
    alone = extract_statements(ARTICLE, predictor=predictor, actor_context=0)
    pooled = extract_statements(ARTICLE, predictor=predictor, actor_context=0.4)
    # With no context every sentence is read alone, as the model reads it.
    own = predictor.predict_proba(alone["text"].tolist())
    assert np.allclose(alone[PROBA].to_numpy(), own.to_numpy())
    # Macron's four sentences: 0.6 x their own reading + 0.4 x the mean of the four.
    macron = (alone["actor"] == "Emmanuel Macron").to_numpy()
    assert macron.sum() == 4
    mine = alone.loc[macron, PROBA].to_numpy()
    assert np.allclose(pooled.loc[macron, PROBA].to_numpy(), 0.6 * mine + 0.4 * mine.mean(axis=0))
    # Russia's only sentence and the narration keep their own reading.
    assert pooled.loc[~macron, PROBA].equals(alone.loc[~macron, PROBA])
    # The label and confidence follow the pooled probabilities.
    said = pooled.loc[macron]
    best = said[PROBA].to_numpy().argmax(axis=1)
    assert said["stance"].tolist() == [PROBA[b][2:] for b in best]
    assert np.allclose(said["confidence"], said[PROBA].max(axis=1))
    # The default is the documented weight.
    assert extract_statements(ARTICLE, predictor=predictor).equals(pooled)


def test_actor_context_stays_within_each_article(predictor):
    from stance.article.extract import Extractor

    # Both articles quote Macron; pooled together they would lean on each other.
    second = "Macron said France would never send soldiers.\nHe said it again on Friday.\n"
    extractor = Extractor(predictor)
    together, lengths = extractor.many([ARTICLE, None, second])
    assert lengths.tolist() == [7, 0, 2]
    apart = pd.concat([extractor.article(ARTICLE), extractor.article(second)], ignore_index=True)
    pd.testing.assert_frame_equal(together, apart)


@pytest.mark.parametrize("weight", [-0.1, 1.5, "0.4", True, float("nan")])
def test_actor_context_must_be_a_weight(predictor, weight):
    with pytest.raises(ArgumentError, match="actor context must be a weight from 0 to 1"):
        extract_statements(OTHER, predictor=predictor, actor_context=weight)


def test_extract_command_actor_context_option(tmp_path, model, capsys):
    folder = write_articles(tmp_path)
    out = tmp_path / "alone.csv"
    assert main(["extract", str(folder / "a.txt"), "-o", str(out), "--model", model,
                 "--actor-context", "0"]) == 0
    capsys.readouterr()
    alone = pd.read_csv(out, keep_default_na=False)
    own = stance.load_predictor(model).predict_proba(alone["text"].tolist())
    assert np.allclose(alone[PROBA].to_numpy(), own.to_numpy())
    with pytest.raises(SystemExit) as exc:
        main(["extract", str(folder / "a.txt"), "-o", str(out), "--model", model,
              "--actor-context", "2"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("stance extract: error: actor context must be a weight from 0 to 1, "
                          "got 2.0; give e.g. 0.4") and err.count("\n") == 1
    # The refused run left the earlier output as it was.
    assert pd.read_csv(out, keep_default_na=False).equals(alone)


def test_extract_statements_takes_a_model_path_as_predictor(model_dir):
    # A path where the predictor goes was AttributeError: 'str' object has no attribute 'labels'
    path = model_dir / "stance.joblib"
    for given in (path, str(path)):
        frame = extract_statements("Macron said troops could be sent.", predictor=given)
        assert frame["stance"].tolist()[0] in {"neutral", "oppose", "support"}


def test_extract_refuses_the_text_column_as_the_id(tmp_path, model, capsys):
    # Was accepted: every sentence row's article column held the whole article
    src = tmp_path / "articles.csv"
    pd.DataFrame({"id": ["a1"], "text": [ARTICLE]}).to_csv(src, index=False)
    with pytest.raises(SystemExit) as exc:
        main(["extract", str(src), "-o", str(tmp_path / "out.csv"), "--model", model, "--id-column", "text"])
    err = capsys.readouterr().err
    assert exc.value.code == 2 and err.count("\n") == 1
    assert "--id-column 'text' is the article text column; name a column that names each article" in err
    assert not (tmp_path / "out.csv").exists()


@pytest.mark.parametrize("option", [["--text-column", "body"], ["--id-column", "id"]])
def test_extract_refuses_table_options_for_plain_text_articles(tmp_path, model, capsys, option):
    # Were ignored without a word (--keep-columns was already refused there)
    folder = write_articles(tmp_path)
    with pytest.raises(SystemExit) as exc:
        main(["extract", str(folder / "a.txt"), "-o", str(tmp_path / "out.csv"), "--model", model, *option])
    err = capsys.readouterr().err
    assert exc.value.code == 2 and err.count("\n") == 1
    assert (f"{option[0]} is for article tables (.csv, .tsv, .jsonl, .parquet); plain-text articles "
            "are named by their file name") in err


@pytest.mark.parametrize("call, message", [
    (lambda e: e.article(5), r"the article is int, expected a str \(or None for a missing text\)"),
    (lambda e: e.article(["a", "b"]), r"the article is list"),
    (lambda e: e.many(["Troops.", 7]), r"texts\[1\] is int, expected a str"),
])
def test_extractor_refuses_an_article_that_is_not_text(predictor, call, message):
    # Gave an empty frame, as for a missing text, without a word
    from stance.article.extract import Extractor

    with pytest.raises(ArgumentError, match=message):
        call(Extractor(predictor))


def test_extractor_gives_no_rows_for_a_missing_article(predictor):
    from stance.article.extract import Extractor

    frame, lengths = Extractor(predictor).many([None, float("nan"), pd.NA, ""])
    assert len(frame) == 0 and lengths.tolist() == [0, 0, 0, 0]


@pytest.mark.parametrize("article", [ARTICLE, "One line, with a comma.\nAnother, with two, commas.\n"])
def test_extract_of_a_plain_text_article_on_stdin_says_stdin_is_a_table(model, article):
    # Said only "stdin: malformed CSV: Expected 3 fields in line 3, saw 4" or "no column 'text'"
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-m", "stance", "extract", "-", "-o", "-", "--model", model],
                          input=article, capture_output=True, text=True)
    assert proc.returncode == 2 and proc.stdout == "" and proc.stderr.count("\n") == 1, proc.stderr
    assert proc.stderr.rstrip().endswith("(stdin is read as a CSV table of articles with a text column; "
                                         "save a plain-text article as a .txt file and name that)")


def test_extract_on_a_folder_says_to_name_its_files(tmp_path, model, capsys):
    # Was "articles: unknown file type 'no extension'; expected plain-text articles ..."
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(OTHER, encoding="utf-8")
    for name in (str(folder), str(folder) + "/"):
        with pytest.raises(SystemExit) as exc:
            main(["extract", name, "-o", str(tmp_path / "out.csv"), "--model", model])
        err = capsys.readouterr().err
        assert exc.value.code == 2 and err.count("\n") == 1
        assert f"{name}: is a folder; give files or a glob such as '{folder}/*.txt'" in err
    assert not (tmp_path / "out.csv").exists()
    assert main(["extract", f"{folder}/*.txt", "-o", str(tmp_path / "out.csv"), "--model", model, "--quiet"]) == 0


def test_actors_to_stdout_says_so(tmp_path, capsys):
    # Was "... left out. Wrote -."
    scored = tmp_path / "statements.csv"
    SCORED.to_csv(scored, index=False)
    assert main(["actors", str(scored), "-o", "-"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("actor,sentences,n_support") and len(out.splitlines()) == 4
    assert err.endswith("left out. Wrote the table to stdout.\n")
