"""The ``stance`` command line: ``main(argv=None)`` dispatches to one module per subcommand.

Each subcommand module has ``add_arguments(parser)`` and ``run(args) -> int``. Errors the
user can fix (:class:`~stance.exceptions.StanceError`, missing files, Ctrl-C, SIGTERM) are
printed as one line with a non-zero exit status; a closed stdout pipe ends the command quietly
(status 141); anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import argparse
import importlib
import io
import os
import signal
import sys
import threading
from contextlib import contextmanager
from typing import Sequence

from ..exceptions import StanceError

# name -> (module under stance.cli, one-line help). Command modules import their heavy
# dependencies (dask, matplotlib, pyarrow) inside run(), so building the parser stays fast.
COMMANDS = {
    "predict": ("_predict", "label sentences given on the command line or stdin"),
    "train": ("_train", "train a model (same as train.py)"),
    "info": ("_info", "show a model's labels, metrics and provenance"),
    "extract": ("_extract", "split articles into sentences, attribute actors and label stances"),
    "actors": ("_actors", "summarise scored sentences per actor (or per actor and period), with a chart"),
    "report": ("_report", "write one self-contained HTML report: actors, charts and the evidence"),
    "score": ("_score", "score CSV / TSV / JSONL / Parquet files, streaming, in parallel or on Dask"),
    "explain": ("_explain", "show the n-grams that pushed a sentence toward and away from each label"),
    "suggest": ("_suggest", "pick the sentences the model is least sure about, ready to label"),
    "export-model": ("_export", "write a model in the skops format for sharing"),
}


SIGPIPE_STATUS = 128 + 13  # what a shell reports for a process that SIGPIPE ended
SIGTERM_STATUS = 128 + 15


class Terminated(KeyboardInterrupt):
    """SIGTERM (``kill PID``, a batch scheduler, ``timeout``), raised where Ctrl-C would be, so
    that every path that cleans up after Ctrl-C (temporary outputs, worker pools, a Dask
    cluster) cleans up after it too."""


def _terminate(signum, frame):
    raise Terminated


@contextmanager
def sigterm_as_interrupt():
    """While the block runs, SIGTERM raises :class:`Terminated` (unless it is ignored, or this
    is not the main thread, where no handler can be set)."""
    if threading.current_thread() is not threading.main_thread() \
            or signal.getsignal(signal.SIGTERM) is signal.SIG_IGN:
        yield
        return
    previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so flushing what is left of it at exit cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, io.UnsupportedOperation):  # a stdout without a file descriptor
        pass


@contextmanager
def report_errors(prog: str):
    """Turn user-fixable errors into one line on stderr and ``SystemExit``."""
    try:
        yield
        sys.stdout.flush()  # a closed pipe shows here, not as a message at interpreter exit
    except StanceError as exc:
        print(f"{prog}: error: {exc}", file=sys.stderr)
        raise SystemExit(2) from None
    except BrokenPipeError:
        # The reader of stdout went away (`stance info | head -3`): end quietly, with the
        # status of a process killed by SIGPIPE, as cat, grep or git end in the same place.
        _silence_stdout()
        raise SystemExit(SIGPIPE_STATUS) from None
    except OSError as exc:
        where = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
        print(f"{prog}: error: {where}{exc.strerror or exc}", file=sys.stderr)
        raise SystemExit(2) from None
    except KeyboardInterrupt as exc:
        killed = isinstance(exc, Terminated)
        written = ("the rows already sent to stdout are only part of the output"
                   if getattr(exc, "stdout_sent", False) else "no output was written")
        print(f"{prog}: {'terminated' if killed else 'interrupted'}; {written}", file=sys.stderr)
        raise SystemExit(SIGTERM_STATUS if killed else 130) from None


def path_arg(value: str) -> str:
    """The ``type`` of a path argument: an empty one (an unset shell variable) is a usage error,
    not the current folder."""
    if value == "":
        raise argparse.ArgumentTypeError("an empty path (an unset shell variable?); give a file name")
    return value


class OneLineParser(argparse.ArgumentParser):
    """An ``ArgumentParser`` whose usage errors are one line: the error and where the help is.

    ``--help`` is unchanged; ``add_subparsers`` makes the subcommands' parsers of this class too.
    """

    def error(self, message: str):
        self.exit(2, f"{self.prog}: error: {' '.join(message.split())}; see {self.prog} --help\n")


def build_parser() -> argparse.ArgumentParser:
    from .. import __version__

    parser = OneLineParser(
        prog="stance",
        description="Stance toward sending foreign troops to Ukraine, sentence by sentence.",
    )
    parser.add_argument("--version", action="version", version=f"stance {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, (module, help_) in COMMANDS.items():
        p = sub.add_parser(name, help=help_, description=help_[0].upper() + help_[1:] + ".")
        _module(module).add_arguments(p)
    parser.subcommands = sub.choices  # name -> the subcommand's parser
    return parser


def _module(name: str):
    return importlib.import_module(f"{__name__}.{name}")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``stance`` command; returns the exit status."""
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if extra:  # named by the subcommand they were given to, not by the main parser
        parser.subcommands[args.command].error(f"unrecognized arguments: {' '.join(extra)}")
    with report_errors(f"stance {args.command}"), sigterm_as_interrupt():
        return _module(COMMANDS[args.command][0]).run(args) or 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
