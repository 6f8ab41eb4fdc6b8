"""The package's errors.

Every error a user can cause is one of these, and its message is one line that says what
was expected, what came, and how to fix it: the CLI prints it as it is, without a traceback.
"""


class StanceError(Exception):
    """Base class of the errors this package raises on bad input."""


class DataError(StanceError, ValueError):
    """Input data (a CSV, TSV, JSONL or Parquet file, or a DataFrame) is not usable."""


class ModelError(StanceError, RuntimeError):
    """A model file is missing, tampered with, or made by other library versions."""


class ArgumentError(StanceError, TypeError, ValueError):
    """An argument of a Python call has the wrong type or value (a number where a text is
    expected, a DataFrame where a list is); also a ``TypeError`` and a ``ValueError``."""
