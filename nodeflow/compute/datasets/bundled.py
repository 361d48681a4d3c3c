"""The small datasets that ship with scikit-learn (no network): digits, iris, wine, ...

Their shapes are constants, so describing them never loads anything; scikit-learn itself is
imported only when the data are loaded.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np


@dataclass(frozen=True)
class Bundled:
    loader: str
    """Name of the `sklearn.datasets` function."""
    n: int
    features: int
    classes: int | None
    """None for regression."""
    image: tuple[int, ...] | None = None
    """Per-sample image shape (C, H, W) when the features are pixels."""


BUNDLED = {
    "digits": Bundled("load_digits", 1797, 64, 10, image=(1, 8, 8)),
    "iris": Bundled("load_iris", 150, 4, 3),
    "wine": Bundled("load_wine", 178, 13, 3),
    "breast_cancer": Bundled("load_breast_cancer", 569, 30, 2),
    "diabetes": Bundled("load_diabetes", 442, 10, None),
}


def sample_shape(info: Bundled, params: Mapping[str, Any]) -> tuple[int, ...]:
    """(features,) or, for an image set with `as_images`, (C, H, W)."""
    if info.image is not None and params.get("as_images"):
        return info.image
    return (info.features,)


def load_bundled(info: Bundled, params: Mapping[str, Any]) -> tuple[np.ndarray, np.ndarray]:
    """x float64 `(n, *sample)`; y int64 `(n,)` labels or float64 `(n, 1)` targets."""
    import sklearn.datasets

    x, y = getattr(sklearn.datasets, info.loader)(return_X_y=True)
    x = np.asarray(x, dtype=np.float64).reshape((info.n, *sample_shape(info, params)))
    if info.classes is None:
        return x, np.asarray(y, dtype=np.float64).reshape(-1, 1)
    return x, np.asarray(y, dtype=np.int64)
