"""stance: who supports or opposes sending foreign troops to Ukraine, sentence by sentence.

The flow: labelled data (:mod:`stance.data`) -> training (:mod:`stance.training`) -> model
file (:mod:`stance.persistence`) -> predictor (:mod:`stance.predictor`) -> batch scoring
and article extraction.
"""

__version__ = "0.1.0"

from .batch import score_file  # noqa: E402
from .exceptions import ArgumentError, DataError, ModelError, StanceError  # noqa: E402
from .article.extract import extract_statements  # noqa: E402
from .predictor import StancePredictor, load_predictor  # noqa: E402

__all__ = [
    "ArgumentError",
    "DataError",
    "ModelError",
    "StanceError",
    "StancePredictor",
    "extract_statements",
    "load_predictor",
    "score_file",
    "__version__",
]
