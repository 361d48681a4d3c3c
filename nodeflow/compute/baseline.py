"""The loss of knowing nothing: the best constant prediction, and a run that did no better.

A model that "finished" with a validation loss no lower than always predicting the training
targets' mean (regression) or their class frequencies (classification) has learned nothing
about the inputs, whatever its curves look like: targets in the hundreds of thousands that
were never standardized, a learning rate far too small, inputs unrelated to the target. The
trainer compares the run's validation loss with `constant_loss` and says so in plain words
(`learned_nothing`), so a teaching tool never reports such a run as a plain success.

The constant is fitted on the training split and scored on the split the run is judged on,
with the loss's own kernel (the same averaging and clipping as the run's loss).
"""

from __future__ import annotations

import numpy as np

from nodeflow.compute.kernels import losses

NO_BETTER = 0.98
"""A run whose loss is above this share of the constant's has learned nothing worth the name
(2% better than a constant is within the noise of a validation split)."""

REGRESSION = ("MSE", "MAE", "Huber")
CLASSIFICATION = ("CrossEntropy", "BCE")


def _huber_center(y: np.ndarray, delta: float) -> np.ndarray:
    """The constant minimizing the mean Huber loss, per column (iteratively reweighted means
    from the median; converges in a few steps for any data)."""
    c = np.median(y, axis=0)
    for _ in range(50):
        r = np.abs(y - c)
        w = np.where(r <= delta, 1.0, delta / np.maximum(r, 1e-300))
        c = (w * y).sum(axis=0) / w.sum(axis=0)
    return c


def constant_loss(loss_type: str, y_train: np.ndarray, y_eval: np.ndarray, classes: int | None = None,
                  delta: float = 1.0) -> float | None:
    """The loss `loss_type` gives on `y_eval` to the best constant fitted on `y_train`; None for
    a loss it does not know or empty splits. `classes`: the prediction's width for
    CrossEntropy with integer labels (the network's output units)."""
    if len(y_train) == 0 or len(y_eval) == 0:
        return None
    with np.errstate(all="ignore"):
        if loss_type in REGRESSION:
            yt = np.asarray(y_train, np.float64).reshape(len(y_train), -1)
            ye = np.asarray(y_eval, np.float64).reshape(len(y_eval), -1)
            if loss_type == "MSE":
                return losses.mse(np.broadcast_to(yt.mean(axis=0), ye.shape), ye)
            if loss_type == "MAE":
                return losses.mae(np.broadcast_to(np.median(yt, axis=0), ye.shape), ye)
            center = _huber_center(yt, float(delta))
            return losses.huber(np.broadcast_to(center, ye.shape), ye, delta=float(delta))
        if loss_type == "CrossEntropy":
            yt, ye = np.asarray(y_train), np.asarray(y_eval)
            if np.issubdtype(yt.dtype, np.integer):
                k = int(classes or max(int(yt.max()), int(ye.max())) + 1)
                yt, ye = losses.one_hot(yt.ravel(), k, np.float64), losses.one_hot(ye.ravel(), k, np.float64)
            yt = yt.reshape(-1, yt.shape[-1]).astype(np.float64)
            ye = ye.reshape(-1, ye.shape[-1]).astype(np.float64)
            priors = (yt.sum(axis=0) + 1.0) / (yt.sum() + yt.shape[-1])  # add-one: no class has p = 0
            return losses.cross_entropy(np.broadcast_to(priors, ye.shape), ye)
        if loss_type == "BCE":
            yt = np.asarray(y_train, np.float64).reshape(len(y_train), -1)
            ye = np.asarray(y_eval, np.float64).reshape(len(y_eval), -1)
            p = np.clip(yt.mean(axis=0), 1e-7, 1 - 1e-7)
            return losses.bce(np.broadcast_to(p, ye.shape), ye)
    return None


def learned_nothing(loss_type: str, loss: float | None, baseline: float | None, split: str = "validation") -> str | None:
    """A plain-words warning when `loss` (the run's, on `split`) is no better than `baseline`
    (`constant_loss`); None when the run beat it or either is unknown."""
    if loss is None or baseline is None or not np.isfinite(loss) or not np.isfinite(baseline) or baseline <= 0:
        return None
    if loss < NO_BETTER * baseline:
        return None
    what = ("always predicting the training targets' mean" if loss_type == "MSE" else
            "always predicting the training targets' median" if loss_type == "MAE" else
            "always predicting one constant" if loss_type == "Huber" else
            "always predicting each class's share of the training data")
    advice = ("standardize the targets (Dataset ▸ standardize_target), try another learning rate, or train longer"
              if loss_type in REGRESSION else
              "try another learning rate, train longer, or check that the inputs say something about the labels")
    return (f"the model learned nothing: its {split} loss {loss:.4g} is no better than {what} ({baseline:.4g}); "
            f"{advice}")
