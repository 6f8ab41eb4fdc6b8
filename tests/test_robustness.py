import subprocess
import sys

import numpy as np
import pytest

from stance.robustness import camps, demonym_swaps, name_swaps, probe_pass_rate, read_probes, swap_name


def test_camps_need_two_agreeing_rows():
    actors = ["Emmanuel Macron"] * 3 + ["Maria Zakharova"] * 2 + ["Olaf Scholz", "Olaf Scholz"] + ["X"]
    labels = ["support", "support", "neutral", "oppose", "oppose", "support", "oppose", "oppose"]
    assert camps(actors, labels) == {"Emmanuel Macron": "support", "Maria Zakharova": "oppose"}


def test_swap_name_keeps_the_form_used():
    assert swap_name("Macron said troops could go.", "Emmanuel Macron", "Maria Zakharova") == (
        "Zakharova said troops could go.")
    assert swap_name("Emmanuel Macron said yes.", "Emmanuel Macron", "Maria Zakharova") == "Maria Zakharova said yes."
    assert swap_name("The Kremlin said no.", "Russia", "France") == "The France said no."
    assert swap_name("Nobody is named here.", "Emmanuel Macron", "Maria Zakharova") is None


def test_name_swaps_cross_camps_within_a_kind_and_are_deterministic():
    side = {"Emmanuel Macron": "support", "Maria Zakharova": "oppose", "Russia": "oppose", "France": "support"}
    texts = ["Macron backs the force.", "Moscow rejects it.", "Zakharova said no.", "Aid arrived."]
    actors = ["Emmanuel Macron", "Russia", "Maria Zakharova", ""]
    swaps = name_swaps(texts, actors, side)
    assert swaps == [(0, "Zakharova backs the force."), (1, "France rejects it."), (2, "Macron said no.")]
    assert name_swaps(texts, actors, side) == swaps


def test_demonym_swaps_cross_camps_and_are_deterministic():
    side = {"Russia": "oppose", "Hungary": "oppose", "France": "support", "United Kingdom": "support"}
    texts = ["Russian officials said no.", "French and Russian troops.", "Aid arrived.", "Frenchman."]
    swaps = demonym_swaps(texts, side)
    # the first adjective is swapped for one of the other camp; a word that only starts like one
    # ("Frenchman") is none
    assert [i for i, _ in swaps] == [0, 1]
    assert swaps[0][1].split()[0] in ("French", "British") and swaps[0][1].endswith(" officials said no.")
    assert swaps[1][1].split()[0] in ("Russian", "Hungarian") and swaps[1][1].endswith(" and Russian troops.")
    assert demonym_swaps(texts, side) == swaps
    assert demonym_swaps(texts, {"Russia": "oppose"}) == []  # no state of the other camp


def test_the_forms_a_swap_looks_for_do_not_depend_on_the_hash_seed():
    # A set's order changes with PYTHONHASHSEED; the registry's forms (tried in order, the first
    # found being swapped) must not, or the flip rate of `make train` would differ by process.
    code = ("from stance.robustness import _registry; import hashlib; "
            "print(hashlib.sha256(repr(sorted(_registry().items())).encode()).hexdigest())")
    seen = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={"PYTHONHASHSEED": seed, "PATH": ""}).stdout for seed in ("1", "2", "3")}
    assert len(seen) == 1


def test_probe_pass_rate_counts_per_kind(tmp_path):
    path = tmp_path / "probes.csv"
    path.write_text("id,text,expected,kind,note\n"
                    "p1,We will send troops.,support,negation,\n"
                    "p2,We will not send troops.,oppose,negation,\n"
                    "p3,Aid arrived.,neutral,distractor,\n", encoding="utf-8")

    class Fixed:
        def predict(self, texts):
            return np.array(["support", "support", "neutral"], dtype=object)

    result = probe_pass_rate(Fixed(), read_probes(path))
    assert (result["passed"], result["probes"], result["rate"]) == (2, 3, pytest.approx(0.6667))
    assert result["per_kind"] == {"distractor": {"passed": 1, "probes": 1}, "negation": {"passed": 1, "probes": 2}}
    assert result["failures"][0]["id"] == "p2"


def test_probe_file_needs_its_columns(tmp_path):
    path = tmp_path / "p.csv"
    path.write_text("id,text\np1,x\n", encoding="utf-8")
    with pytest.raises(ValueError, match="missing column"):
        read_probes(path)
