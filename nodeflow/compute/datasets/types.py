"""What a dataset is, before and after loading: its signature, its splits, its errors."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from nodeflow.compute.types import NodeError, TensorType


class DataError(NodeError):
    """A data problem the user can fix: a missing file, a bad row, a missing column."""


@dataclass(frozen=True)
class DataSignature:
    """The types a Dataset node puts on its ports, known without loading the data.

    `x` is the float input type, e.g. (N, 2), (N, 1, 8, 8) or (N, T, 1); `y` is
    `TensorType((None,), kind="labels", classes=K)` for classification and `(N, k)` float for
    regression. `n` is the number of samples when it is known cheaply, else None.
    """

    x: TensorType
    y: TensorType
    task: str
    classes: int | None = None
    n: int | None = None
    notes: tuple[str, ...] = ()
    """Plain-words findings that are not errors, e.g. the bad csv rows left out."""
    class_names: tuple[str, ...] | None = None
    """Names of classes 0..K-1 when the data have them (image folder names, csv text labels,
    CIFAR-10's label names), for the confusion matrix and predictions; None: numbers only."""


@dataclass
class DataSplits:
    """A loaded dataset, split and (optionally) standardized.

    `train`, `val`, `test` are `(x, y)` pairs: x float `(n, *sample)`, y int64 `(n,)` labels or
    float `(n, k)` targets. `mean` and `std` (shape `(1, *sample)`, or None when not
    standardizing) were fitted on the training split only and have been applied to all three,
    so no information from validation or test data leaks into training. `label_values` are the
    original class values when they were renumbered to 0..K-1 (csv/npz), else None.
    """

    train: tuple[np.ndarray, np.ndarray]
    val: tuple[np.ndarray, np.ndarray]
    test: tuple[np.ndarray, np.ndarray]
    signature: DataSignature
    mean: np.ndarray | None = None
    std: np.ndarray | None = None
    label_values: tuple[float, ...] | None = field(default=None)
    class_names: tuple[str, ...] | None = field(default=None)
    """Names of classes 0..K-1 (see `DataSignature.class_names`), else None."""
    target_mean: np.ndarray | None = None
    target_std: np.ndarray | None = None
    """(1, k) float64 statistics the regression targets were standardized with (training split
    only), or None when the targets are in their own units."""

    def to_target_units(self, values: np.ndarray) -> np.ndarray:
        """Standardized targets or predictions `(n, ...)` back in the targets' own units (float64)."""
        v = np.asarray(values, np.float64)
        if self.target_mean is None or self.target_std is None:
            return v
        flat = v.reshape(len(v), -1)
        return (flat * self.target_std + self.target_mean).reshape(v.shape)

    def standardize(self, x: np.ndarray) -> np.ndarray:
        """Apply the training-set statistics to new raw inputs `(n, *sample)` (e.g. for predictions)."""
        if self.mean is None or self.std is None:
            return np.asarray(x, dtype=self.train[0].dtype)
        return ((x - self.mean) / self.std).astype(self.train[0].dtype, copy=False)


def labels_type(classes: int) -> TensorType:
    return TensorType((None,), kind="labels", classes=classes)


def classification(x_sample: tuple[int, ...], classes: int, n: int | None) -> DataSignature:
    return DataSignature(TensorType((None, *x_sample)), labels_type(classes), "classification", classes, n)


def regression(x_sample: tuple[int, ...], outputs: int, n: int | None) -> DataSignature:
    return DataSignature(TensorType((None, *x_sample)), TensorType((None, outputs)), "regression", None, n)
