"""Preloaded by the workers of the local Dask cluster: Ctrl-C is the command's to handle.

A terminal's Ctrl-C goes to every process of the foreground group, the cluster's workers too,
and each would print its own KeyboardInterrupt traceback around the command's one line; the
command closes the cluster, which stops them.
"""

import signal
import threading


def dask_setup(worker) -> None:
    """Called by ``distributed`` as the worker starts, on its main thread."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)
