"""What the worker thread measures inside a network between epochs; NumPy only, no Qt.

Everything here runs in the worker thread while the network is idle (between epochs or after
the run) and returns fresh arrays, so the GUI thread never shares memory with the network.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from nodeflow.compute import metrics
from nodeflow.compute.runtime import inspect

BINS = 40
SAMPLE = 20_000
"""At most this many values per histogram (an even stride through bigger arrays)."""
GRAD_LOG_RANGE = (-12.0, 1.0)
"""Gradient histograms bin log10|g| over this range, so a vanishing gradient is visible."""
KINDS = ("weights", "activations", "gradients")


def _sample(values: np.ndarray) -> np.ndarray:
    flat = np.asarray(values).reshape(-1)
    step = max(1, flat.size // SAMPLE)
    return flat[::step].astype(np.float64)


class HistogramProbe:
    """Per node, histograms of weights, activations and |gradients| with edges fixed at the
    first look, so columns taken at different epochs line up into a heat map."""

    def __init__(self, bins: int = BINS) -> None:
        self.bins = bins
        self.edges: dict[tuple[str, str], np.ndarray] = {}

    def _edges(self, key: tuple[str, str], values: np.ndarray) -> np.ndarray:
        edges = self.edges.get(key)
        if edges is None:
            if key[1] == "gradients":
                lo, hi = GRAD_LOG_RANGE
            else:
                finite = values[np.isfinite(values)]
                span = float(np.max(np.abs(finite))) if finite.size else 1.0
                span = max(span * 1.5, 1e-3)
                lo = -span if finite.size == 0 or finite.min() < 0 else 0.0
                hi = span
            edges = np.linspace(lo, hi, self.bins + 1)
            self.edges[key] = edges
        return edges

    def _hist(self, key: tuple[str, str], values: np.ndarray) -> np.ndarray:
        if key[1] == "gradients":
            values = np.log10(np.abs(values) + 1e-30)
        edges = self._edges(key, values)
        clipped = np.clip(values[np.isfinite(values)], edges[0], edges[-1])  # outliers in the end bins
        counts, _ = np.histogram(clipped, bins=edges)
        return counts.astype(np.float32)

    def sample(self, network: Any) -> dict[str, dict[str, np.ndarray]]:
        """{node: {kind: counts (bins,)}} for every node with weights or an activation."""
        out: dict[str, dict[str, np.ndarray]] = {}
        acts = network.activations
        for node in inspect.weight_nodes(network):
            out.setdefault(node, {})["weights"] = self._hist((node, "weights"), _sample(inspect.node_weights(network, node)))
            out[node]["gradients"] = self._hist((node, "gradients"), _sample(inspect.node_gradients(network, node)))
        losses = {o.loss for o in network.plan.objectives}
        for node, value in acts.items():
            if node in losses or not isinstance(value, np.ndarray) or value.ndim == 0:
                continue
            out.setdefault(node, {})["activations"] = self._hist((node, "activations"), _sample(value))
        return out

    def edges_for(self, node: str, kind: str) -> np.ndarray | None:
        edges = self.edges.get((node, kind))
        return None if edges is None else edges.copy()


CURVE_POINTS = 200
SMALL_WEIGHTS = 16


def predict(network: Any, x: np.ndarray, chunk: int = 1024) -> np.ndarray:
    """Inference-mode predictions for x (n, *sample) -> (n, K), in chunks, as a fresh array."""
    parts = [np.array(network.predict(x[i : i + chunk]), copy=True) for i in range(0, len(x), chunk)]
    return np.concatenate(parts) if parts else np.zeros((0, 1))


def is_classifier(network: Any) -> bool:
    return metrics.correct_counter(getattr(network, "accuracy", None)) is not None


def predicted_labels(pred: np.ndarray) -> np.ndarray:
    """(N, K) probabilities -> (N,) classes: arg-max, or p > 0.5 for one output column."""
    if pred.ndim == 1 or pred.shape[-1] == 1:
        return (pred.reshape(len(pred)) > 0.5).astype(np.int64)
    return pred.argmax(axis=-1).astype(np.int64)


def true_labels(y: np.ndarray) -> np.ndarray:
    """(N,) labels, (N, K) one-hot or (N, 1) 0/1 targets -> (N,) int classes."""
    if y.ndim == 2 and y.shape[1] > 1:
        return y.argmax(axis=1).astype(np.int64)
    if y.dtype.kind == "f":
        return (y.reshape(len(y)) > 0.5).astype(np.int64)
    return y.reshape(len(y)).astype(np.int64)


def confusion(truth: np.ndarray, predicted: np.ndarray, classes: int) -> np.ndarray:
    """(classes, classes) counts; row = true class, column = predicted class."""
    matrix = np.zeros((classes, classes), np.int64)
    np.add.at(matrix, (truth, predicted), 1)
    return matrix


def classification_results(network: Any, x: np.ndarray, y: np.ndarray, split: str) -> dict[str, Any]:
    """Confusion matrix and per-class accuracy of a split."""
    pred = predict(network, x)
    classes = max(2, pred.shape[-1]) if pred.ndim == 2 else 2
    matrix = confusion(true_labels(y), predicted_labels(pred), classes)
    totals = matrix.sum(axis=1)
    per_class = np.divide(np.diag(matrix), totals, out=np.full(classes, np.nan), where=totals > 0)
    return {
        "kind": "classification",
        "split": split,
        "confusion": matrix,
        "per_class": per_class,
        "accuracy": float(np.trace(matrix) / max(1, matrix.sum())),
    }


def regression_results(network: Any, x: np.ndarray, y: np.ndarray, split: str, splits: Any = None) -> dict[str, Any]:
    """Predictions against targets (first output column), for a scatter plot, in the targets'
    own units (`splits.to_target_units` when the run trained on standardized targets).

    With a single input feature, also the data themselves ("x") and the model's curve over
    their range ("curve_x", "curve_y"): the picture of regression, a line settling onto the
    points."""
    units = getattr(splits, "to_target_units", None) or (lambda v: np.asarray(v, np.float64))
    pred = units(predict(network, x).reshape(len(x), -1))
    result: dict[str, Any] = {
        "kind": "regression",
        "split": split,
        "pred": pred.reshape(len(pred), -1)[:, 0].astype(np.float64),
        "target": units(np.asarray(y, np.float64).reshape(len(y), -1))[:, 0].copy(),
        "standardized": getattr(splits, "target_std", None) is not None,
    }
    if x.ndim == 2 and x.shape[1] == 1 and len(x):
        grid = np.linspace(float(x.min()), float(x.max()), CURVE_POINTS, dtype=x.dtype).reshape(-1, 1)
        result["x"] = x[:, 0].astype(np.float64)
        result["curve_x"] = grid[:, 0].astype(np.float64)
        result["curve_y"] = units(predict(network, grid).reshape(CURVE_POINTS, -1))[:, 0].astype(np.float64)
    return result


def small_weights(network: Any, limit: int = SMALL_WEIGHTS) -> dict[str, np.ndarray]:
    """Copies of the weights with at most `limit` values, as {"node/param": array}: few enough
    to read as numbers (a linear regression's slope and intercept), cheap enough to send live."""
    return {
        f"{node}/{name}": np.array(value, dtype=np.float64, copy=True)
        for node, params in network.params_by_node().items()
        for name, value in params.items()
        if np.size(value) <= limit
    }


def boundary(
    network: Any, x: np.ndarray, y: np.ndarray, steps: int = 100, max_points: int = 1000, margin: float = 0.5
) -> dict[str, Any] | None:
    """Decision map of a classifier on 2-D inputs x (n, 2): predict on a steps x steps grid.

    Returns {"image": (steps, steps) float32 (row = x1, column = x0 after transposition by the
    view), "rect": (x0, y0, width, height), "points": (m, 2), "labels": (m,), "classes": K};
    the image holds P(class 1) for two classes, else the arg-max class. None when x is not 2-D.
    """
    if x.ndim != 2 or x.shape[1] != 2 or len(x) == 0:
        return None
    lo = x.min(axis=0) - margin
    hi = x.max(axis=0) + margin
    gx = np.linspace(lo[0], hi[0], steps)
    gy = np.linspace(lo[1], hi[1], steps)
    xx, yy = np.meshgrid(gx, gy, indexing="ij")  # (steps, steps): axis 0 = x0, axis 1 = x1
    grid = np.stack([xx.ravel(), yy.ravel()], axis=1).astype(x.dtype)
    pred = predict(network, grid)
    if pred.shape[-1] == 1:
        image = pred[:, 0]
        classes = 2
    elif pred.shape[-1] == 2:
        image = pred[:, 1]
        classes = 2
    else:
        image = pred.argmax(axis=-1).astype(np.float64)
        classes = pred.shape[-1]
    stride = max(1, len(x) // max_points)
    return {
        "image": image.reshape(steps, steps).astype(np.float32),
        "rect": (float(lo[0]), float(lo[1]), float(hi[0] - lo[0]), float(hi[1] - lo[1])),
        "points": np.array(x[::stride], np.float64),
        "labels": true_labels(y[::stride]),
        "classes": int(classes),
    }
