import hashlib

import pytest

from stance.data import CORPUS_COLUMNS, data_sha256, find_data_files, read_corpus, read_labelled
from stance.exceptions import DataError

from .conftest import write_corpus


def test_reads_the_corpus_with_file_and_line(corpus_dir):
    data = read_corpus(corpus_dir)
    assert len(data.frame) == 24
    assert data.group_column == "_group"  # the source, for rows not from a real page
    assert data.groups == data.frame["source"].tolist()
    assert set(data.labels) == {"support", "oppose", "neutral"}
    assert data.frame["_line"].tolist()[:2] == [2, 3]


@pytest.mark.parametrize("missing", CORPUS_COLUMNS)
def test_corpus_requires_every_column(tmp_path, missing):
    columns = [c for c in CORPUS_COLUMNS if c != missing]
    write_corpus(tmp_path / "x.csv", columns=columns)
    with pytest.raises(DataError, match=rf"x\.csv: missing column\(s\) '{missing}'; found "):
        read_corpus(tmp_path)


def test_empty_text_names_file_and_line(tmp_path):
    (tmp_path / "bad.csv").write_text(
        "id,text,actor,stance,source,note\n1,A sentence.,,neutral,s,\n2,  ,,support,s,\n", encoding="utf-8"
    )
    with pytest.raises(DataError, match=r"bad\.csv, line 3: empty text"):
        read_corpus(tmp_path)


def test_line_numbers_count_multiline_cells(tmp_path):
    (tmp_path / "bad.csv").write_text(
        'id,text,actor,stance,source,note\n1,"two\nlines",,neutral,s,\n2,,,support,s,\n', encoding="utf-8"
    )
    with pytest.raises(DataError, match=r"bad\.csv, line 4: empty text"):
        read_corpus(tmp_path)


def test_conflicting_labels_name_both_lines(tmp_path):
    (tmp_path / "a.csv").write_text("id,text,actor,stance,source,note\n1,Same text.,,support,s,\n", encoding="utf-8")
    (tmp_path / "b.csv").write_text("id,text,actor,stance,source,note\n9,x,,neutral,t,\n2,Same text.,,oppose,t,\n",
                                    encoding="utf-8")
    with pytest.raises(DataError, match=r"a\.csv, line 2 says 'support' and .*b\.csv, line 3 says 'oppose'"):
        read_corpus(tmp_path)


def test_repeated_text_with_same_label_is_dropped_once(tmp_path):
    (tmp_path / "a.csv").write_text(
        "id,text,actor,stance,source,note\n1,Same.,,support,s,\n2,Same.,,support,s,\n3,Other.,,oppose,s,\n",
        encoding="utf-8")
    data = read_corpus(tmp_path)
    assert data.texts == ["Same.", "Other."] and data.duplicates_dropped == 1


def test_corpus_labels_are_exact(tmp_path):
    (tmp_path / "a.csv").write_text("id,text,actor,stance,source,note\n1,Text.,,Support,s,\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"line 2: label 'Support' is not one of support, oppose, neutral"):
        read_corpus(tmp_path)


def test_user_data_needs_only_text_and_label(tmp_path):
    path = tmp_path / "mine.tsv"
    path.write_text("sentence\tlabel\nWe back it.\tFAVOR\nWe do not.\tAGAINST\n", encoding="utf-8")
    data = read_labelled([path], text_column="sentence", label_column="label")
    assert data.labels == ["FAVOR", "AGAINST"] and data.group_column is None
    with pytest.raises(DataError, match="label 'AGAINST' is not one of FAVOR, NONE"):
        read_labelled([path], text_column="sentence", label_column="label", labels=["FAVOR", "NONE"])


def test_user_data_missing_text_column_lists_columns(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text("sentence,label\nx,y\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"missing column\(s\) 'text'; found 'sentence', 'label'"):
        read_labelled([path], label_column="label")


def test_not_utf8_names_line(tmp_path):
    (tmp_path / "a.csv").write_bytes(b"id,text,actor,stance,source,note\n1,caf\xe9,,neutral,s,\n")
    with pytest.raises(DataError, match=r"a\.csv, line 2: bytes that are not UTF-8"):
        read_corpus(tmp_path)


def test_malformed_csv_names_line(tmp_path):
    (tmp_path / "a.csv").write_text('id,text,actor,stance,source,note\n1,ok,,neutral,s,\n2,"bad"x,,neutral,s,\n',
                                    encoding="utf-8")
    with pytest.raises(DataError, match=r"a\.csv, line 3: malformed CSV"):
        read_corpus(tmp_path)


def test_wrong_number_of_fields(tmp_path):
    (tmp_path / "a.csv").write_text("id,text,actor,stance,source,note\n1,a, b,neutral,s,,extra\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"line 2: expected 6 fields as in the header, found 7"):
        read_corpus(tmp_path)


@pytest.mark.parametrize("content", ["", "id,text,actor,stance,source,note\n"])
def test_empty_and_header_only_files(tmp_path, content):
    (tmp_path / "a.csv").write_text(content, encoding="utf-8")
    with pytest.raises(DataError, match="empty|no data rows"):
        read_corpus(tmp_path)


def test_unknown_extension_and_missing_path(tmp_path):
    (tmp_path / "a.xlsx").write_text("x")
    with pytest.raises(DataError, match=r"expected a \.csv or \.tsv file, got '\.xlsx'"):
        find_data_files([tmp_path / "a.xlsx"])
    with pytest.raises(DataError, match="no such file or folder"):
        find_data_files([tmp_path / "nope"])


def test_data_sha256_concatenates_csv_in_relative_path_order(tmp_path):
    (tmp_path / "b.csv").write_bytes(b"B")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.csv").write_bytes(b"A")
    (tmp_path / "a.csv").write_bytes(b"0")
    (tmp_path / "notes.md").write_bytes(b"ignored")
    assert data_sha256(tmp_path) == hashlib.sha256(b"0BA").hexdigest()


def test_read_corpus_derives_kind_and_outlet_groups(tmp_path):
    import csv

    from stance.data import GROUP_COLUMN, KIND_COLUMN, read_corpus

    root = tmp_path / "labeled"

    def write(rel, rows, extra=()):
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["id", "text", "actor", "stance", "source", "note", *extra])
            w.writerows(rows)

    write("seed.csv", [["s1", "Seed text.", "", "neutral", "000.txt", ""]])
    write("written/b.csv", [["w1", "Written text.", "", "neutral", "written/b", ""]])
    write("news/n.csv", [["n1", "News one.", "", "neutral", "https://www.bbc.com/news/a", "", ""],
                         ["n2", "News two.", "", "neutral", "https://bbc.com/news/b", "", ""],
                         ["n3", "News three.", "", "neutral", "https://x.org/c", "", "Reuters"]],
          extra=["outlet"])
    frame = read_corpus(root).frame.set_index("id")
    assert frame[KIND_COLUMN].to_dict() == {"s1": "seed", "w1": "written", "n1": "news", "n2": "news", "n3": "news"}
    # pages of one outlet share a group, so no outlet is on both sides of a split
    assert frame.loc["n1", GROUP_COLUMN] == frame.loc["n2", GROUP_COLUMN] == "outlet:bbc.com"
    assert frame.loc["n3", GROUP_COLUMN] == "outlet:reuters"
    assert frame.loc["w1", GROUP_COLUMN] == "written/b"


def test_a_text_column_of_numbers_is_refused_but_a_dateline_row_is_not(tmp_path):
    # --text-column naming the id column trained a "model" of numbers (macro-F1 0.29) without a word
    path = tmp_path / "mine.csv"
    path.write_text("id,text,label\n10,We back it.,FAVOR\n11,We do not.,AGAINST\n12,\"21:09, 12.03.2024\",NONE\n",
                    encoding="utf-8")
    assert len(read_labelled([path], label_column="label").frame) == 3
    with pytest.raises(DataError, match=r"^.*mine.csv, line 2: every text in column 'id' is a number \(this one "
                                        r"'10'\), not a sentence; name the sentence column with --text-column$"):
        read_labelled([path], text_column="id", label_column="label")


def test_labels_that_differ_only_in_case_are_refused(tmp_path):
    # "FAVOR" and "favor" trained as two labels, each with part of the rows, without a word
    path = tmp_path / "mine.csv"
    path.write_text("text,label\nWe back it.,FAVOR\nNo way.,AGAINST\nWe want it.,favor\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"mine\.csv, line 4: label 'favor' differs only in case from "
                                        r"'FAVOR' \(.*mine\.csv, line 2\)"):
        read_labelled([path], text_column="text", label_column="label")
