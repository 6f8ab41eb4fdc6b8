"""``stance train``: the same options and behaviour as ``train.py``."""

from ..training import add_arguments, run as _run


def run(args) -> int:
    _run(args)
    return 0


__all__ = ["add_arguments", "run"]
