"""The model family: TF-IDF n-gram features + logistic regression.

:func:`build_pipeline` is the one place the model is defined; training, model search and
the benchmarks all build through it, so the shipped model and its measurements agree.
"""

from __future__ import annotations

import re
from functools import partial
from itertools import repeat
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline
from threadpoolctl import threadpool_limits

from .marking import OFF_TARGET_FLAG, TextMarker, check_choices, findall_by_piece

# float32 features halve the memory of the document-term matrix while scoring; the
# probabilities agree with float64 to ~1e-6, far below any decision margin.
# Single-character tokens are kept on purpose: "won't" splits into "won" + "t", and the
# bigram "won t" is how the model sees the negation that separates oppose from support.
TOKEN_PATTERN = r"(?u)\b\w+\b"

# Chosen by measurement (benchmarks/RESULTS.md, "Model features"): `train.py --search` scores
# every setting on the held-out real-news rows of grouped CV (5,339 rows, 2,658 of them real).
# The best setting overall keeps names and scores 0.731 macro-F1 there, but 15.7% of its
# held-out real labels flip when the speaker's name is swapped for one of the other camp; with
# mention masking the flip rate is 0.2% for 0.704. The flip-rate target (<= 5%) decides
# masking; the search with masking fixed chose the rest. Character n-grams and word trigrams
# stay options (--param): no better on real news and several times slower.
DEFAULT_PARAMS: dict[str, Any] = {
    "word_ngram_range": (1, 2),
    "char_ngram_range": None,
    "sublinear_tf": True,
    "min_df": 1,
    "C": 30.0,
    "class_weight": "balanced",
    "max_iter": 5000,
    # Naive-Bayes feature weighting (NBSVM, Wang & Manning 2012; see NBLogisticRegression):
    # each label's weights are learnt on the features scaled by how much more often they occur
    # with that label than without it, to the power nb_power (None: a plain multinomial
    # logistic regression). Chosen by `benchmarks/real_cv.py` (RESULTS.md, "seventh stop"):
    # held-out real rows 0.712 -> 0.720, whole articles 0.686 -> 0.697, better in each of
    # seven fold seeds; nb_alpha smooths the mass of rare n-grams (summed TF-IDF values).
    "nb_power": 0.25,
    "nb_alpha": 0.03,
    # Text marking before TF-IDF (stance.marking): placeholders for actor names, the scope
    # of negation (and hedge) cues, and quoted words.
    "mask_mentions": True,
    # States' adjectives and peoples ("Russian officials", "Britons") masked as _demonym_ too,
    # except an adjective that says whose troops are meant ("Russian troops"). Chosen by
    # `benchmarks/real_cv.py --grid mask_demonyms=false|true` (RESULTS.md, "fourteenth stop"):
    # held-out real rows level, and a demonym swap (Russian <-> British ...) flips fewer labels.
    "mask_demonyms": True,
    "scope": "negation",
    "quote_marking": False,
    # Sentences that name no deployment (no "troops", "force", "send" ...: stance.marking
    # .TARGET_WORDS): "flag" ends them with a token the model weighs; "augment" also gives them
    # a second copy of their features (OffTargetTfidf), so the model learns each word's weight
    # for all sentences and a correction for those off the target. Chosen by
    # `benchmarks/real_cv.py --repeats 7` (RESULTS.md, "eleventh stop"): all real rows 0.7332
    # (off) / 0.7392 (flag) / 0.7431 (augment), whole articles 0.7106 / 0.7204 / 0.7279,
    # "augment" above "off" in each of the seven fold seeds.
    "off_target": "augment",
    # Tweet preprocessing (stance.marking.tweet_text): off for news; "hashtags" splits
    # camel-case hashtags into words, "hashtags+users" also masks @handles.
    "tweets": "off",
    # Sample weight of the rows we wrote (labeled/written, labeled/contrast) against rows from
    # real pages (weight 1). Not a step of the pipeline: training applies it when the data is
    # the project's corpus, which says which rows are written. Chosen by repeated grouped CV on
    # the real rows (`benchmarks/real_cv.py --grid written_weight=1|0.5|0.25|0.1`, RESULTS.md
    # "Model features"): the written rows teach the labels but read unlike news, so they count
    # a quarter.
    "written_weight": 0.25,
    # Training on other domains' rows too (off by default: the news model has one domain). With
    # `domain_column` naming a column of the training data (e.g. SemEval's "Target") and `domain`
    # one of its values, the model is still the model of that one domain, but every row trains:
    # the vectorizers see all rows, and the classifier counts the other domains' rows at
    # `other_domain_weight`; `class_weight="balanced"` then balances the labels within each
    # domain (as sample weights), not over the pooled rows. Cross-validation scores only the
    # domain's own rows. Prediction takes texts as ever: no domain is needed to apply the model.
    # 0.1 chosen for SemEval-2016 by `benchmarks/semeval2016_pool_cv.py` (of 0 / 0.1 / 0.25 / 0.5;
    # RESULTS.md, "SemEval-2016: pooling the five targets' training tweets").
    "domain_column": None,
    "domain": None,
    "other_domain_weight": 0.1,
}
MARKING_PARAMS = ("mask_mentions", "scope", "quote_marking", "tweets", "mask_demonyms")
# off_target: the marker flags the sentences for "flag" and "augment"; "augment" is
# OffTargetTfidf's copy of their features.
OFF_TARGET_MODES = ("off", "flag", "augment")


def _ngram_range(key: str, value) -> tuple[int, int]:
    """An n-gram range as ``(low, high)``; anything but two whole numbers 1 <= low <= high is an error."""
    pair = tuple(value) if isinstance(value, (list, tuple)) else ()
    if not (len(pair) == 2 and all(isinstance(n, int) and not isinstance(n, bool) for n in pair)
            and 1 <= pair[0] <= pair[1]):
        raise ValueError(f"{key} must be two whole numbers LOW,HIGH (e.g. 1,2) with 1 <= LOW <= HIGH, "
                         f"got {value!r}")
    return pair


def resolve_params(params: dict[str, Any] | None = None) -> dict[str, Any]:
    """Defaults updated with ``params``; unknown names are an error, not silently ignored."""
    params = dict(params or {})
    unknown = sorted(set(params) - set(DEFAULT_PARAMS))
    if unknown:
        raise ValueError(
            f"unknown model parameter(s) {', '.join(unknown)}; "
            f"known: {', '.join(DEFAULT_PARAMS)}"
        )
    resolved = {**DEFAULT_PARAMS, **params}
    for key in ("word_ngram_range", "char_ngram_range"):
        if resolved[key] is not None:
            resolved[key] = _ngram_range(key, resolved[key])
    check_choices(resolved["scope"], resolved["tweets"], resolved["off_target"], OFF_TARGET_MODES)
    weight = resolved["written_weight"]
    if isinstance(weight, bool) or not isinstance(weight, (int, float)) or not 0 < weight < float("inf"):
        raise ValueError(f"written_weight must be a number above 0, got {weight!r}")
    resolved["written_weight"] = float(weight)
    other = resolved["other_domain_weight"]
    if isinstance(other, bool) or not isinstance(other, (int, float)) or not 0 <= other < float("inf"):
        raise ValueError(f"other_domain_weight must be a number of 0 or more, got {other!r}")
    resolved["other_domain_weight"] = float(other)
    if resolved["domain_column"] is not None:
        resolved["domain_column"] = str(resolved["domain_column"])
        if resolved["domain"] is None:
            raise ValueError("domain_column needs domain, the value of that column this model is for")
    if resolved["domain"] is not None:
        if resolved["domain_column"] is None:
            raise ValueError("domain needs domain_column, the column of the training data that names it")
        # `--param domain=2016` parses as a number; a column value is text.
        resolved["domain"] = str(resolved["domain"])
    for key in ("nb_power", "nb_alpha"):
        value = resolved[key]
        if value is None and key == "nb_power":
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value < float("inf"):
            raise ValueError(f"{key} must be a number above 0{' or none' if key == 'nb_power' else ''}, "
                             f"got {value!r}")
        resolved[key] = float(value)
    for key in ("mask_mentions", "quote_marking", "mask_demonyms"):
        if not isinstance(resolved[key], (bool, np.bool_)):
            raise ValueError(f"{key} must be true or false, got {resolved[key]!r}")
        resolved[key] = bool(resolved[key])
    return resolved


def build_pipeline(params: dict[str, Any] | None = None, *, seed: int = 0) -> Pipeline:
    """Build the unfitted pipeline.

    Parameters
    ----------
    params : dict, optional
        Overrides of :data:`DEFAULT_PARAMS`.
    seed : int
        ``random_state`` of the classifier.

    Returns
    -------
    sklearn.pipeline.Pipeline
        Steps ``mark`` (:class:`stance.marking.TextMarker`), ``features`` (a FeatureUnion
        of ``word`` and optionally ``char`` TF-IDF) and ``clf`` (LogisticRegression).
    """
    p = resolve_params(params)
    features = [
        (
            "word",
            (OffTargetTfidf if p["off_target"] == "augment" else TfidfVectorizer)(
                lowercase=True,
                token_pattern=TOKEN_PATTERN,
                ngram_range=p["word_ngram_range"],
                sublinear_tf=p["sublinear_tf"],
                min_df=p["min_df"],
                dtype=np.float32,
            ),
        )
    ]
    if p["char_ngram_range"] is not None:
        features.append(
            (
                "char",
                TfidfVectorizer(
                    lowercase=True,
                    analyzer="char_wb",
                    ngram_range=p["char_ngram_range"],
                    sublinear_tf=p["sublinear_tf"],
                    min_df=p["min_df"],
                    dtype=np.float32,
                ),
            )
        )
    marker = TextMarker(**{k: p[k] for k in MARKING_PARAMS},
                        off_target="off" if p["off_target"] == "off" else "flag")
    return Pipeline([("mark", marker), ("features", FeatureUnion(features)), ("clf", classifier(p, seed=seed))])


class OffTargetTfidf(TfidfVectorizer):
    """TF-IDF that gives each sentence the marker flagged as naming no deployment (the token
    ``_offtarget_``) a second copy of its features.

    Feature augmentation (Daume 2007): the copy lets the classifier learn, beside each n-gram's
    weight for all sentences, a correction for sentences off the target ("rejects" or "ready"
    where no force is named). A flagged row is ``[x, x] / sqrt(2)``, so its norm stays 1; other
    rows are ``[x, 0]``. The feature names of the copy are the n-grams with each word prefixed
    ``ot_``. Building the copy from the matrix costs a fraction of what tokenizing each flagged
    sentence twice would.
    """

    def fit_transform(self, raw_documents, y=None):
        return self.augment(super().fit_transform(raw_documents, y))

    def transform(self, raw_documents):
        if isinstance(raw_documents, str) or not hasattr(self, "vocabulary_"):
            return self.augment(super().transform(raw_documents))  # scikit-learn's own errors
        # The same matrix as TfidfVectorizer.transform, counted faster (and augmented there):
        # a pipeline loaded with plain joblib scores as fast as through StancePredictor.
        return fast_transform(self, raw_documents)

    def augment(self, X: sp.spmatrix) -> sp.csr_matrix:
        """``X`` (this vectorizer's TF-IDF rows) with the copy of the flagged rows beside it."""
        column = self.vocabulary_.get(OFF_TARGET_FLAG)
        n = X.shape[0]
        flagged = np.zeros(n, dtype=bool) if column is None else X[:, column].toarray().ravel() > 0
        half = np.float32(1 / np.sqrt(2))
        keep = sp.diags(np.where(flagged, half, np.float32(1)).astype(X.dtype))
        copy = sp.diags((flagged * half).astype(X.dtype))
        return sp.hstack([keep @ X, copy @ X], format="csr", dtype=X.dtype)

    def get_feature_names_out(self, input_features=None):
        names = super().get_feature_names_out(input_features)
        copies = [" ".join("ot_" + word for word in name.split(" ")) for name in names]
        return np.concatenate([names, np.asarray(copies, dtype=object)])


def classifier(params: dict[str, Any] | None = None, *, seed: int = 0) -> LogisticRegression:
    """The unfitted classifier step of :func:`build_pipeline` (the model search fits it alone).

    A :class:`NBLogisticRegression` when ``nb_power`` is set, else a plain LogisticRegression.
    """
    p = resolve_params(params)
    settings = dict(
        C=p["C"],
        # With domains, training balances the labels within each domain by sample weights.
        class_weight=None if p["domain_column"] is not None and p["class_weight"] == "balanced"
        else p["class_weight"],
        max_iter=p["max_iter"],
        random_state=seed,
    )
    if p["nb_power"] is None:
        return LogisticRegression(**settings)
    return NBLogisticRegression(nb_power=p["nb_power"], nb_alpha=p["nb_alpha"], **settings)


class NBLogisticRegression(LogisticRegression):
    """Logistic regression on naive-Bayes-weighted features, one label against the rest.

    For each label ``c`` the features are scaled by ``sign(r) * |r| ** nb_power``, where ``r``
    is the log ratio of a feature's share of the (weighted, smoothed) feature mass of the rows
    labelled ``c`` to its share in the other rows (NBSVM: Wang & Manning, 2012, "Baselines and
    bigrams"), and a binary logistic regression learns ``c`` against the rest on them. A
    label's weights on the original features are then the product of the scale and the
    binary weights, so the fitted model is an ordinary linear model: ``coef_``, ``intercept_``
    and probabilities as the softmax of the per-label scores, as LogisticRegression computes
    them. :func:`canonicalise` stores it as a plain LogisticRegression with those weights.

    Why: an n-gram seen mostly with one label gets a larger scale, so the classifier needs
    less weight (less evidence against regularisation) to use it, while n-grams spread over
    every label are damped. On the corpus's real rows it beat the multinomial model in every
    fold seed tried (RESULTS.md).

    Parameters
    ----------
    nb_power : float
        Power of the log-count ratio (1 is NBSVM's scaling; smaller damps it).
    nb_alpha : float
        Added to every feature's summed value in each label's rows before the ratio.
    C, class_weight, max_iter, random_state
        As LogisticRegression's, for each binary model; ``class_weight="balanced"`` balances
        each label against the rest.
    """

    def __init__(self, *, nb_power=0.25, nb_alpha=0.03, C=1.0, class_weight=None, max_iter=100,
                 random_state=None):
        super().__init__(C=C, class_weight=class_weight, max_iter=max_iter, random_state=random_state)
        self.nb_power = nb_power
        self.nb_alpha = nb_alpha

    def _plain(self) -> LogisticRegression:
        """An unfitted LogisticRegression of this model's settings (each binary model; the
        stored form)."""
        return LogisticRegression(C=self.C, class_weight=self.class_weight, max_iter=self.max_iter,
                                  random_state=self.random_state)

    def _scale(self, X, positive: np.ndarray, weights: np.ndarray) -> np.ndarray:
        """The feature scale for the rows ``positive`` against the rest."""
        p, q = (self.nb_alpha + np.asarray(X[rows].T @ weights[rows]).ravel() for rows in (positive, ~positive))
        r = np.log(p / p.sum()) - np.log(q / q.sum())
        return np.sign(r) * np.abs(r) ** self.nb_power

    def fit(self, X, y, sample_weight=None):
        """Fit one binary model per label (one in all for two labels); returns ``self``."""
        if self.class_weight not in (None, "balanced"):
            raise ValueError(f"NBLogisticRegression takes class_weight None or 'balanced', got {self.class_weight!r}")
        X = sp.csr_matrix(X)
        y = np.asarray(y)
        self.classes_ = np.unique(y)
        weights = np.ones(len(y)) if sample_weight is None else np.asarray(sample_weight, dtype=float)
        # Two labels: one model of the second label against the first, as LogisticRegression keeps.
        targets = self.classes_[1:] if len(self.classes_) == 2 else self.classes_
        coef, intercept, n_iter = [], [], []
        for label in targets:
            positive = y == label
            scale = self._scale(X, positive, weights)
            binary = self._plain()
            binary.fit(X @ sp.diags(scale), positive, sample_weight=sample_weight)
            coef.append(binary.coef_[0] * scale)
            intercept.append(binary.intercept_[0])
            n_iter.append(binary.n_iter_[0])
        self.coef_ = np.array(coef)
        self.intercept_ = np.array(intercept)
        self.n_iter_ = np.array([max(n_iter)])
        self.n_features_in_ = X.shape[1]
        return self

    def as_logistic_regression(self) -> LogisticRegression:
        """The fitted model as a plain LogisticRegression with the same weights and probabilities."""
        plain = self._plain()
        for name in ("classes_", "coef_", "intercept_", "n_iter_", "n_features_in_"):
            setattr(plain, name, getattr(self, name))
        return plain


def canonicalise(pipeline: Pipeline) -> Pipeline:
    """Remove per-process and order-dependent state from a fitted pipeline, in place.

    A fitted vectorizer's ``vocabulary_`` keeps the insertion order of the training loop
    and, after ``min_df`` pruning, numpy integers as values, and ``_stop_words_id`` holds a
    memory address; all of these leak into the pickle.
    Rebuilding it ordered by feature index with plain ints makes the saved bytes a function
    of the fitted model alone, so the same data and seed give a byte-identical file.
    """
    # The weights of a naive-Bayes-weighted model are those of an ordinary linear model: stored
    # as a plain LogisticRegression, the model file holds the same types as ever (stance.safe).
    if isinstance(pipeline.named_steps["clf"], NBLogisticRegression):
        pipeline.steps[-1] = ("clf", pipeline.named_steps["clf"].as_logistic_regression())
    for _, vectorizer in pipeline.named_steps["features"].transformer_list:
        vocab = vectorizer.vocabulary_
        vectorizer.vocabulary_ = {
            term: int(index) for term, index in sorted(vocab.items(), key=lambda kv: kv[1])
        }
        # `_stop_words_id` caches id(self.stop_words), a memory address that differs in
        # every process; scikit-learn recomputes it when absent, so dropping it is safe.
        vectorizer.__dict__.pop("_stop_words_id", None)
        # Older scikit-learn releases keep `stop_words_`, a set of pruned terms whose
        # iteration order follows the per-process string hash seed.
        if hasattr(vectorizer, "stop_words_"):
            vectorizer.stop_words_ = None
    return pipeline


def single_threaded():
    """Limit BLAS / OpenMP to one thread for the enclosed fits.

    The solver works on small problems, where several BLAS threads fight over the cores
    (10x slower seen on a busy 2-core machine); one thread also makes the fitted floats
    independent of how many cores the machine has, so the model file is reproducible.
    Parallelism comes from processes instead (folds, search settings, scoring chunks).
    """
    return threadpool_limits(limits=1)


def fast_transform(vectorizer, texts: list[str]) -> sp.csr_matrix:
    """``vectorizer.transform(texts)``, the same matrix; for a fitted CountVectorizer or
    TfidfVectorizer, built faster.

    scikit-learn counts each n-gram in a Python loop of dictionary updates; here each text's
    n-grams (from the vectorizer's own analyzer) are looked up in its vocabulary in one pass
    and the counts summed by scipy, which also sorts each row's columns as scikit-learn does.
    The counts, and so the TF-IDF weights the vectorizer computes from them, are identical.
    """
    from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

    if not isinstance(vectorizer, CountVectorizer) or not hasattr(vectorizer, "vocabulary_"):
        return vectorizer.transform(texts)
    vocabulary = vectorizer.vocabulary_
    analyze = _word_pairs_analyzer(vectorizer) or vectorizer.build_analyzer()
    get = vocabulary.get
    columns: list[int] = []  # each n-gram's column, -1 for one the vocabulary lacks
    ends = [0]  # where each text's n-grams end in columns
    for text in texts:
        columns += map(get, analyze(text), repeat(-1))
        ends.append(len(columns))
    # The unknown n-grams (few) dropped in one step, not tested one by one in Python.
    found = np.asarray(columns, dtype=np.int64)
    known = found >= 0
    ends = np.concatenate(([0], np.cumsum(known)))[ends]  # where each text's known ones end
    index = np.int32 if ends[-1] <= np.iinfo(np.int32).max else np.int64
    counts = sp.csr_matrix(
        (np.ones(ends[-1], dtype=vectorizer.dtype), found[known].astype(index),
         ends.astype(index)), shape=(len(texts), len(vocabulary)))
    counts.sum_duplicates()  # one entry per n-gram, its count; columns sorted
    if vectorizer.binary:
        counts.data.fill(1)
    if isinstance(vectorizer, TfidfVectorizer):
        tfidf = vectorizer._tfidf.transform(counts, copy=False)
        # (stance.pipeline.OffTargetTfidf: the copy of the flagged rows, as its transform adds)
        return vectorizer.augment(tfidf) if hasattr(vectorizer, "augment") else tfidf
    return counts


def _word_pairs_analyzer(vectorizer):
    """For a plain analyzer of words and word pairs (``analyzer="word"``, ``ngram_range=(1, 2)``,
    its token pattern, lower case or not, nothing else), the same n-grams as its own analyzer,
    the pairs joined in one pass rather than a slice and a join each; else None."""
    if vectorizer.analyzer != "word" or vectorizer.ngram_range != (1, 2) \
            or vectorizer.input != "content" or vectorizer.tokenizer is not None \
            or vectorizer.preprocessor is not None or vectorizer.strip_accents is not None \
            or vectorizer.stop_words is not None:
        return None
    tokenize = vectorizer.build_tokenizer()
    if vectorizer.token_pattern == r"(?u)\b\w+\b":
        tokenize = partial(findall_by_piece, _WORD_RUN)
    lower = vectorizer.lowercase

    def analyze(text: str) -> list[str]:
        words = tokenize(text.lower() if lower else text)
        return [*words, *map(" ".join, zip(words, words[1:]))]

    return analyze


# The runs of word characters, as the shipped token pattern (?u)\b\w+\b finds them: "\w+"
# finds the same, and the regex engine skips ahead to a word character for it, where it tries
# the other at every position.
_WORD_RUN = re.compile(r"(?u)\w+")
