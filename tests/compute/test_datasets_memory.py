"""`datasets.load` builds the splits without whole-data temporaries, and gives the very arrays
the straightforward formula gives (train statistics, (x - mean) / std, cast, index)."""

from __future__ import annotations

import tracemalloc

import numpy as np
import pytest

from nodeflow.compute import datasets
from nodeflow.compute.datasets import sources

CASES = [
    {"source": "linear", "n_samples": 3000, "features": 7},
    {"source": "linear", "n_samples": 2000, "features": 1, "standardize": False},
    {"source": "sine", "n_samples": 500},
    {"source": "moons", "n_samples": 4001, "validation_split": 0.0, "test_split": 0.0},
    {"source": "digits", "as_images": True},
    {"source": "digits", "standardize": False},
    {"source": "diabetes", "standardize_target": True},
    {"source": "iris", "validation_split": 0.3, "test_split": 0.2},
]


def _reference(params, seed, dtype):
    """The loader before it went chunk by chunk: whole-array temporaries, same numbers."""
    p = datasets._full(params)
    rng = np.random.default_rng(seed)
    raw = sources.SOURCES[p["source"]].raw(p, rng, None)
    x, y = raw.x, raw.y
    n_train, n_val, _ = datasets.split_sizes(len(x), p["validation_split"], p["test_split"])
    parts = np.split(rng.permutation(len(x)), [n_train, n_train + n_val])
    if p["standardize"]:
        train_x = x[parts[0]]
        mean = train_x.mean(axis=0, keepdims=True)
        std = train_x.std(axis=0, keepdims=True)
        std[std < 1e-12] = 1.0
        x = (x - mean) / std
    if p.get("standardize_target") and y.dtype.kind == "f":
        train_y = y[parts[0]].astype(np.float64)
        y = (y - train_y.mean(axis=0, keepdims=True)) / np.where(
            train_y.std(axis=0, keepdims=True) < 1e-12, 1.0, train_y.std(axis=0, keepdims=True))
    x = x.astype(dtype)
    y = y if y.dtype.kind == "i" else y.astype(dtype)
    return [(x[i], y[i]) for i in parts]


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("params", CASES, ids=[f"{c['source']}-{i}" for i, c in enumerate(CASES)])
def test_splits_equal_the_whole_array_formula(params, dtype, monkeypatch):
    monkeypatch.setattr(datasets, "_CHUNK_BYTES", 1000)  # many chunks, a ragged last one
    got = datasets.load(params, seed=3, dtype=dtype)
    for (x, y), (rx, ry) in zip((got.train, got.val, got.test), _reference(params, 3, dtype), strict=True):
        assert x.dtype == rx.dtype and x.shape == rx.shape and x.flags.c_contiguous
        np.testing.assert_array_equal(x, rx)
        np.testing.assert_array_equal(y, ry)


def test_peak_memory_under_twice_the_raw_data():
    params = {"source": "linear", "n_samples": 40000, "features": 50, "validation_split": 0.2, "test_split": 0.1}
    raw_bytes = 40000 * 51 * 8  # float64 x and y as generated
    tracemalloc.start()
    try:
        splits = datasets.load(params, seed=0)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(splits.train[0]) == 28000
    assert peak < 2.0 * raw_bytes, f"peak {peak / 2**20:.1f} MiB for {raw_bytes / 2**20:.1f} MiB of data"
