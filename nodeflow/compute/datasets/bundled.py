"""The small datasets that ship with scikit-learn (no network): digits, iris, wine, ...

Their shapes are constants, so describing them never loads anything. Loading reads
scikit-learn's own data files (`sklearn/datasets/data/*.csv[.gz]`, found with
`importlib.util.find_spec`, which does not import the package) the way scikit-learn's loaders
read them, so the arrays are identical to `sklearn.datasets.load_*(return_X_y=True)` without
importing scikit-learn and SciPy (0.8 s and 80 MB of a `nodeflow train`). Should the files
not be where this expects, the loader falls back to `sklearn.datasets`.
"""

from __future__ import annotations

import gzip
import importlib.util
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np


@dataclass(frozen=True)
class Bundled:
    loader: str
    """Name of the `sklearn.datasets` function (the fallback, and what the arrays equal)."""
    n: int
    features: int
    classes: int | None
    """None for regression."""
    image: tuple[int, ...] | None = None
    """Per-sample image shape (C, H, W) when the features are pixels."""
    files: tuple[str, ...] = ()
    """scikit-learn's data files read (in `sklearn/datasets/data`)."""


BUNDLED = {
    "digits": Bundled("load_digits", 1797, 64, 10, image=(1, 8, 8), files=("digits.csv.gz",)),
    "iris": Bundled("load_iris", 150, 4, 3, files=("iris.csv",)),
    "wine": Bundled("load_wine", 178, 13, 3, files=("wine_data.csv",)),
    "breast_cancer": Bundled("load_breast_cancer", 569, 30, 2, files=("breast_cancer.csv",)),
    "diabetes": Bundled("load_diabetes", 442, 10, None, files=("diabetes_data_raw.csv.gz", "diabetes_target.csv.gz")),
}


def sample_shape(info: Bundled, params: Mapping[str, Any]) -> tuple[int, ...]:
    """(features,) or, for an image set with `as_images`, (C, H, W)."""
    if info.image is not None and params.get("as_images"):
        return info.image
    return (info.features,)


def sklearn_data_dir() -> Path | None:
    """scikit-learn's `datasets/data` folder, without importing scikit-learn (None if absent)."""
    try:
        spec = importlib.util.find_spec("sklearn")
    except (ImportError, ValueError):
        return None
    for folder in (spec.submodule_search_locations or []) if spec is not None else []:
        data = Path(folder) / "datasets" / "data"
        if data.is_dir():
            return data
    return None


def _read_bundled(info: Bundled, folder: Path) -> tuple[np.ndarray, np.ndarray]:
    """x float64 (n, features) and y (int labels or float64 targets) as scikit-learn's loader
    gives them: its csv files start with a line `n,features,class names...` and end each row
    with the label; digits is a gzip'd csv whose last column is the label; diabetes is two
    whitespace-separated gzip'd files, the features scaled as `load_diabetes(scaled=True)` does."""
    paths = [folder / name for name in info.files]
    if info.loader == "load_diabetes":
        with gzip.open(paths[0], "rt", encoding="utf-8") as f:
            x = np.loadtxt(f)
        with gzip.open(paths[1], "rt", encoding="utf-8") as f:
            y = np.loadtxt(f)
        return _scale_as_sklearn(x), y
    if paths[0].suffix == ".gz":
        with gzip.open(paths[0], "rt", encoding="utf-8") as f:
            data = np.loadtxt(f, delimiter=",")
    else:
        data = np.loadtxt(paths[0], delimiter=",", skiprows=1)
    if data.shape != (info.n, info.features + 1):
        raise ValueError(f"{paths[0]}: the file holds a table of {data.shape}, expected {(info.n, info.features + 1)}")
    x = data[:, :-1]  # scikit-learn's digits are this view; its csv loader fills a fresh array
    return (x if paths[0].suffix == ".gz" else np.ascontiguousarray(x)), data[:, -1].astype(int)


def _scale_as_sklearn(x: np.ndarray) -> np.ndarray:
    """`sklearn.preprocessing.scale(x, copy=False)`, then `x /= sqrt(n)`: load_diabetes's
    `scaled=True`, operation for operation (a near-zero scale counts as 1, and a mean left
    after centring or scaling is subtracted again, as scale() does)."""
    mean = np.nanmean(x, axis=0)
    scale = np.nanstd(x, axis=0)
    x -= mean
    left = np.nanmean(x, axis=0)
    if not np.allclose(left, 0):
        x -= left
    scale[scale < 10 * np.finfo(scale.dtype).eps] = 1.0
    x /= scale
    left = np.nanmean(x, axis=0)
    if not np.allclose(left, 0):
        x -= left
    x /= x.shape[0] ** 0.5
    return x


def load_bundled(info: Bundled, params: Mapping[str, Any]) -> tuple[np.ndarray, np.ndarray]:
    """x float64 `(n, *sample)`; y int64 `(n,)` labels or float64 `(n, 1)` targets."""
    folder = sklearn_data_dir()
    if folder is not None and all((folder / name).is_file() for name in info.files):
        x, y = _read_bundled(info, folder)
    else:
        import sklearn.datasets

        x, y = getattr(sklearn.datasets, info.loader)(return_X_y=True)
    x = np.asarray(x, dtype=np.float64).reshape((info.n, *sample_shape(info, params)))
    if info.classes is None:
        return x, np.asarray(y, dtype=np.float64).reshape(-1, 1)
    return x, np.asarray(y, dtype=np.int64)
