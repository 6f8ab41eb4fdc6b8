"""Train the stance model on labeled/ and write models/stance.joblib + models/stance.json.

Usage: python train.py [--data PATH ...] [--out DIR] [--seed N] ...  (see --help)
"""

import os
import sys
from pathlib import Path


def same_floats_on_x86_cpus(cpuinfo: str = "/proc/cpuinfo", environ=os.environ) -> None:
    """Run numpy and OpenBLAS on their AVX2 code on every x86-64 CPU that has AVX2.

    Both pick their kernels by the CPU: on an AVX-512 machine numpy's exp and log and
    OpenBLAS's dot products round differently from an AVX2 machine, and the fitted
    coefficients move by about 1e-9, enough to change the model file's bytes. Pinning the
    AVX2 paths (the newest every such CPU has) makes ``make train`` give the same bytes on
    both. A CPU without AVX2 keeps its own paths (forcing them would crash); the user's own
    settings of either variable win. Must run before numpy is first imported.
    """
    try:
        with open(cpuinfo, encoding="ascii", errors="replace") as info:
            flags = next((line.split(":", 1)[1].split() for line in info if line.startswith("flags")), [])
    except OSError:  # not Linux: leave the defaults
        return
    if {"avx2", "fma"} <= set(flags):
        environ.setdefault("NPY_DISABLE_CPU_FEATURES", "X86_V4 AVX512_ICL AVX512_SPR")
        environ.setdefault("OPENBLAS_CORETYPE", "Haswell")


if __name__ == "__main__":
    same_floats_on_x86_cpus()
    from stance.training import main

    sys.exit(main(root=Path(__file__).resolve().parent))
