"""One predictor shared by many threads gives the results of one thread."""

import gc
import pickle
import random
import sys
import warnings
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pandas as pd
import pytest

from stance import StancePredictor, load_predictor
from stance.marking import readable_feature
from stance.data import read_labelled
from stance.training import fit

from .conftest import TINY_CORPUS, write_corpus

THREADS = 8
CALLS = 400  # per kind of call
TEXTS = [row[0] for row in TINY_CORPUS] + [
    "", "   ", "Troops?", "Italy will not send troops to Ukraine.", "🇺🇦 troops", "لن ترسل قوات",
    "Moscow warned that any Western troops would be legitimate targets. " * 30,
]


@pytest.fixture
def fresh(model_dir):
    """A predictor nothing has used yet, so its lazily built state is built under contention."""
    return load_predictor(model_dir / "stance.joblib")


@pytest.fixture
def tiny_switch_interval():
    """Switch threads far more often than usual, to make any race show up."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    yield
    sys.setswitchinterval(before)


def calls(seed: int):
    """(kind, argument) pairs: slices of the texts for the batch calls, one text for explain."""
    rng = random.Random(seed)
    out = []
    for i in range(CALLS):
        start = rng.randrange(len(TEXTS))
        stop = rng.randrange(start, len(TEXTS) + 1)
        out += [("predict", (start, stop)), ("predict_proba", (start, stop)), ("score_frame", (start, stop)),
                ("explain", rng.randrange(len(TEXTS)))]
    rng.shuffle(out)
    return out


def run(predictor, kind, arg):
    if kind == "explain":
        return predictor.explain(TEXTS[arg], top=3)
    texts = TEXTS[arg[0]:arg[1]]
    if kind == "predict":
        return predictor.predict(texts)
    if kind == "predict_proba":
        return predictor.predict_proba(texts)
    return predictor.score_frame(pd.DataFrame({"id": range(len(texts)), "text": texts}))


def same(a, b) -> bool:
    if isinstance(a, pd.DataFrame):
        pd.testing.assert_frame_equal(a, b, check_exact=True)
        return True
    return a == b


def test_threads_give_the_results_of_one_thread(fresh, model_dir, tiny_switch_interval):
    work = calls(seed=0)
    with ThreadPoolExecutor(THREADS) as pool:
        threaded = list(pool.map(lambda call: run(fresh, *call), work))
    reference = load_predictor(model_dir / "stance.joblib")
    for (kind, arg), result in zip(work, threaded):
        assert same(result, run(reference, kind, arg)), (kind, arg)


def test_explain_from_many_threads_at_first_use(model_dir, tiny_switch_interval):
    """The feature names are built once, on first use, even when 8 threads ask at once."""
    for _ in range(5):
        predictor = load_predictor(model_dir / "stance.joblib")
        with ThreadPoolExecutor(THREADS) as pool:
            names = list(pool.map(lambda _: predictor._feature_names(), range(THREADS * 4)))
        assert all(n is names[0] for n in names)
        raw = predictor.pipeline.named_steps["features"].get_feature_names_out()
        np.testing.assert_array_equal(names[0], [readable_feature(n) for n in raw])


def test_a_used_predictor_still_pickles_for_worker_processes(fresh):
    fresh.explain(TEXTS[0])
    copy = pickle.loads(pickle.dumps(fresh))
    assert copy.predict(TEXTS) == fresh.predict(TEXTS) and copy.explain(TEXTS[1]) == fresh.explain(TEXTS[1])


def test_threads_leave_the_warning_filters_alone(fresh, tiny_switch_interval):
    """No call enters warnings.catch_warnings(), which is process-wide and not thread-safe."""
    # Objects left by earlier tests (an unclosed file's ResourceWarning) must not be finalised
    # inside the block and counted as this test's warnings.
    gc.collect()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with ThreadPoolExecutor(THREADS) as pool:
            list(pool.map(lambda call: run(fresh, *call), calls(seed=1)[:800]))
    assert [f"{w.category.__name__}: {w.message}" for w in caught] == []


def test_probabilities_equal_the_pipelines_own(fresh, tmp_path):
    texts = [t for t in TEXTS if t.strip()]
    char_model = StancePredictor(fit(read_labelled([write_corpus(tmp_path / "d.csv")]),
                                     {"char_ngram_range": (2, 4)}))
    for predictor in (fresh, char_model):
        np.testing.assert_array_equal(predictor.predict_proba(texts).to_numpy(),
                                      predictor.pipeline.predict_proba(texts))
