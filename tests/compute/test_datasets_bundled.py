"""The bundled datasets are read from scikit-learn's data files without importing it, and are
the very arrays its loaders give."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from nodeflow.compute.datasets import bundled

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("name", sorted(bundled.BUNDLED))
def test_arrays_equal_scikit_learns_loaders(name):
    sk = pytest.importorskip("sklearn.datasets")
    info = bundled.BUNDLED[name]
    folder = bundled.sklearn_data_dir()
    assert folder is not None and all((folder / f).is_file() for f in info.files)
    x, y = bundled._read_bundled(info, folder)
    xs, ys = getattr(sk, info.loader)(return_X_y=True)
    assert x.dtype == xs.dtype and y.dtype == ys.dtype
    np.testing.assert_array_equal(x, xs)
    np.testing.assert_array_equal(y, ys)
    assert x.flags.c_contiguous == xs.flags.c_contiguous
    for as_images in (False, True):
        got = bundled.load_bundled(info, {"as_images": as_images})
        assert got[0].shape == (info.n, *bundled.sample_shape(info, {"as_images": as_images}))
        np.testing.assert_array_equal(got[0].reshape(info.n, -1), xs)


def test_loading_imports_neither_scikit_learn_nor_scipy():
    code = (
        "import sys\n"
        "from nodeflow.compute import datasets\n"
        "for name in ('digits', 'iris', 'wine', 'breast_cancer', 'diabetes'):\n"
        "    datasets.load({'source': name}, seed=0)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('sklearn', 'scipy'))\n"
        "print(bad)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         env={"PYTHONPATH": str(ROOT), "PATH": ""}, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_falls_back_to_scikit_learn_without_the_files(monkeypatch):
    sk = pytest.importorskip("sklearn.datasets")
    monkeypatch.setattr(bundled, "sklearn_data_dir", lambda: None)
    x, y = bundled.load_bundled(bundled.BUNDLED["iris"], {})
    xs, ys = sk.load_iris(return_X_y=True)
    np.testing.assert_array_equal(x, xs)
    np.testing.assert_array_equal(y, ys)
