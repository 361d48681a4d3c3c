"""Datasets for the Dataset node: describe them cheaply, load them split and standardized.

`describe(params)` gives the types on the node's ports without loading the data (the shape
rule calls it on every edit); `load(params, seed)` gives the train/validation/test splits.
Sources: generated (linear, xor, moons, circles, spirals, sine), scikit-learn's bundled sets
(digits, iris, wine, breast_cancer, diabetes), files (csv, npz) and your own data
(image_folder, idx, cifar10, drawn: see `own`).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from nodeflow.compute.datasets import own  # noqa: F401 - registers image_folder, idx, cifar10, drawn
from nodeflow.compute.datasets.sources import SOURCES
from nodeflow.compute.datasets.types import DataError, DataSignature, DataSplits

__all__ = [
    "DataError", "DataSignature", "DataSplits", "SOURCES", "describe", "load", "relative_to", "summary",
]

_BASE_DIR: ContextVar[Path | None] = ContextVar("nodeflow_dataset_base_dir", default=None)


@contextmanager
def relative_to(base_dir: str | Path | None) -> Iterator[None]:
    """Resolve relative csv/npz paths against `base_dir` (the graph file's folder) inside the block.

    The Dataset node's shape rule only sees its parameters, so whoever analyzes a graph loaded
    from a file wraps the analysis: `with datasets.relative_to(path.parent): analyze(graph)`.
    """
    token = _BASE_DIR.set(Path(base_dir) if base_dir is not None else None)
    try:
        yield
    finally:
        _BASE_DIR.reset(token)


def _full(params: Mapping[str, Any]) -> dict[str, Any]:
    """Validated parameters with defaults filled in (callers may pass only some)."""
    from nodeflow.nodes import REGISTRY

    return REGISTRY.get("Dataset").validate_params(params)


def describe(params: Mapping[str, Any], base_dir: str | Path | None = None) -> DataSignature:
    """The types on the x and y ports, cheaply: shapes of generated and bundled sets are known
    without generating them; csv and npz files are read once and cached while unchanged.

    Relative file paths are taken from `base_dir` (the graph file's folder) when given, else
    from an enclosing `relative_to` block, else from the working directory. Raises DataError
    for a missing or unreadable file.
    """
    p = _full(params)
    return SOURCES[p["source"]].describe(p, base_dir if base_dir is not None else _BASE_DIR.get())


def summary(params: Mapping[str, Any]) -> str:
    """A short card text such as "moons (500)" or "csv houses.csv"; never raises."""
    try:
        p = _full(params)
        return SOURCES[p["source"]].summary(p)
    except Exception:  # a card summary must never break drawing
        return str(params.get("source", "Dataset"))


def split_sizes(n: int, validation_split: float, test_split: float) -> tuple[int, int, int]:
    """(train, val, test) sample counts; the fractions are rounded to the nearest sample."""
    n_val = int(np.floor(n * validation_split + 0.5))
    n_test = int(np.floor(n * test_split + 0.5))
    return n - n_val - n_test, n_val, n_test


def load(
    params: Mapping[str, Any],
    seed: int,
    dtype: np.dtype | type = np.float32,
    base_dir: str | Path | None = None,
) -> DataSplits:
    """Generate or read the data, shuffle with `seed`, split, and standardize x.

    Everything random comes from `np.random.default_rng(seed)`: first the data themselves
    (generated sources), then the permutation that assigns samples to train/val/test. The
    split is always shuffled; the node's `shuffle` parameter is about the order of training
    batches in each epoch, which the trainer handles.

    With `standardize`, every input value position (each feature, each pixel, each time step)
    is shifted and scaled by the mean and standard deviation of the TRAINING split only, and
    the same statistics are applied to val and test, so nothing about them leaks into
    training. Positions that never vary keep scale 1.

    With `standardize_target` (regression only), the targets are standardized the same way
    (per output column, training statistics, float64 `target_mean`/`target_std` kept on the
    splits so losses can be read back in the targets' units). Without it (files from before
    the setting, and whoever turns it off) targets stay in the units of the data: the linear
    source's weight approaches its `slope`, and a learner can read the error as "off by 0.3".
    """
    p = _full(params)
    source = SOURCES[p["source"]]
    base_dir = base_dir if base_dir is not None else _BASE_DIR.get()
    signature = source.describe(p, base_dir)
    rng = np.random.default_rng(seed)
    raw = source.raw(p, rng, base_dir)
    x, y = raw.x, raw.y
    if raw.notes:  # found while reading (images skipped): shown with the run
        signature = replace(signature, notes=signature.notes + tuple(n for n in raw.notes if n not in signature.notes))
    if raw.class_names and not signature.class_names:
        signature = replace(signature, class_names=raw.class_names)
    if not np.all(np.isfinite(x)):
        raise DataError(f"the {p['source']} inputs contain NaN or infinite values")
    if y.dtype.kind == "f" and not np.all(np.isfinite(y)):
        raise DataError(f"the {p['source']} targets contain NaN or infinite values")
    if signature.task == "classification" and (y.min() < 0 or y.max() >= signature.classes):
        raise DataError(f"class labels must lie in 0..{signature.classes - 1}, found {y.min()}..{y.max()}")

    n_train, n_val, _ = split_sizes(len(x), p["validation_split"], p["test_split"])
    if n_train < 1:
        raise DataError(
            f"validation_split {p['validation_split']:g} + test_split {p['test_split']:g} leave no "
            f"training samples out of {len(x)}"
        )
    order = rng.permutation(len(x))
    parts = np.split(order, [n_train, n_train + n_val])

    mean = std = None
    if p["standardize"]:
        mean, std = _train_statistics(x, parts[0])
    target_mean = target_std = None
    if p.get("standardize_target") and signature.task == "regression" and y.dtype.kind == "f":
        train_y = y[parts[0]].astype(np.float64)
        target_mean = train_y.mean(axis=0, keepdims=True)
        target_std = train_y.std(axis=0, keepdims=True)
        target_std[target_std < 1e-12] = 1.0
        y = (y - target_mean) / target_std
    dtype = np.dtype(dtype)
    y = y if y.dtype.kind == "i" else y.astype(dtype)
    label_values = raw.label_values
    del raw  # the source's arrays go as soon as nothing here needs them
    train, val, test = ((_split_x(x, i, mean, std, dtype), y[i]) for i in parts)
    return DataSplits(
        train=train, val=val, test=test, signature=signature,
        mean=None if mean is None else mean.astype(dtype),
        std=None if std is None else std.astype(dtype),
        label_values=label_values,
        class_names=signature.class_names,
        target_mean=target_mean, target_std=target_std,
    )


_CHUNK_BYTES = 1 << 22
"""Rows of about this many bytes are gathered, standardized and cast at a time."""


def _train_statistics(x: np.ndarray, train: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per-position mean and standard deviation `(1, *sample)` of the training rows, values
    std < 1e-12 replaced by 1: `x[train].mean(axis=0)` and `.std(axis=0)` to the bit (the
    operations of NumPy's own `std`), but squaring the one copy of the rows in place instead
    of a second temporary as large."""
    rows = x[train]
    mean = rows.mean(axis=0, keepdims=True)
    np.subtract(rows, mean, out=rows)
    np.square(rows, out=rows)
    var = np.add.reduce(rows, axis=0, keepdims=True)
    del rows
    var = np.true_divide(var, np.intp(len(train)), out=var, casting="unsafe")
    std = np.sqrt(var, out=var)
    std[std < 1e-12] = 1.0
    return mean, std


def _split_x(x: np.ndarray, rows: np.ndarray, mean: np.ndarray | None, std: np.ndarray | None,
             dtype: np.dtype) -> np.ndarray:
    """`((x - mean) / std).astype(dtype)[rows]` (or `x.astype(dtype)[rows]`) to the bit, built a
    few MB of rows at a time, so no standardized or float64 copy of the whole data exists."""
    out = np.empty((len(rows), *x.shape[1:]), dtype)
    step = max(1, _CHUNK_BYTES // max(1, x[:1].nbytes))
    for start in range(0, len(rows), step):
        part = x[rows[start:start + step]]
        if mean is not None:
            part = part - mean
            part /= std
        out[start:start + step] = part
    return out
