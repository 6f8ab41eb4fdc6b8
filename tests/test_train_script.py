"""train.py pins numpy's and OpenBLAS's AVX2 code paths so the model file's bytes do not
depend on whether the CPU has AVX-512."""

import runpy
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
pin = runpy.run_path(str(ROOT / "train.py"))["same_floats_on_x86_cpus"]


def cpuinfo(tmp_path, flags: str) -> str:
    path = tmp_path / "cpuinfo"
    path.write_text(f"processor\t: 0\nmodel name\t: Some CPU\nflags\t\t: {flags}\n\n", encoding="ascii")
    return str(path)


def test_an_avx512_cpu_is_pinned_to_the_avx2_paths(tmp_path):
    env = {}
    pin(cpuinfo(tmp_path, "fpu sse2 avx avx2 fma avx512f avx512bw"), env)
    assert env == {"NPY_DISABLE_CPU_FEATURES": "X86_V4 AVX512_ICL AVX512_SPR", "OPENBLAS_CORETYPE": "Haswell"}


def test_a_cpu_without_avx2_keeps_its_own_paths(tmp_path):
    env = {}
    pin(cpuinfo(tmp_path, "fpu sse2 sse4_2 avx"), env)
    assert env == {}


def test_the_users_own_settings_win(tmp_path):
    env = {"OPENBLAS_CORETYPE": "Zen"}
    pin(cpuinfo(tmp_path, "avx2 fma"), env)
    assert env["OPENBLAS_CORETYPE"] == "Zen" and "NPY_DISABLE_CPU_FEATURES" in env


def test_no_cpuinfo_leaves_the_environment_alone(tmp_path):
    env = {}
    pin(str(tmp_path / "missing"), env)
    assert env == {}
