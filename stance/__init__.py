"""stance: who supports or opposes sending foreign troops to Ukraine, sentence by sentence.

The flow: labelled data (:mod:`stance.data`) -> training (:mod:`stance.training`) -> model
file (:mod:`stance.persistence`) -> predictor (:mod:`stance.predictor`) -> batch scoring
and article extraction.
"""

__version__ = "0.1.0"

from .exceptions import DataError, ModelError, StanceError  # noqa: E402
from .predictor import StancePredictor, load_predictor  # noqa: E402

__all__ = [
    "DataError",
    "ModelError",
    "StanceError",
    "StancePredictor",
    "load_predictor",
    "__version__",
]
