"""Accuracy for classification losses: what "train_acc"/"val_acc"/"test_acc" mean.

A loss declares its rule (`NodeSpec.accuracy`): "argmax" (CrossEntropy) counts the arg-max of
the predicted probabilities against integer labels (or the arg-max of one-hot targets);
"threshold" (BCE) counts probability > 0.5 against targets > 0.5. A loss without a rule is a
regression and reports no accuracy.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np


def argmax_correct(pred: np.ndarray, target: np.ndarray) -> int:
    """Correct predictions in a batch. pred (N, K) probabilities; target (N,) labels or (N, K) one-hot."""
    labels = target.argmax(axis=-1) if target.ndim == pred.ndim else target
    return int(np.count_nonzero(pred.argmax(axis=-1) == labels.reshape(pred.shape[:-1])))


def threshold_correct(pred: np.ndarray, target: np.ndarray) -> int:
    """Correct predictions in a batch. pred (N, 1) or (N, K) probabilities; target the same
    shape (floats) or (N,) labels 0/1 when pred is (N, 1). Counts elements, not samples, for
    multi-label (N, K)."""
    predicted = pred > 0.5
    truth = target.reshape(pred.shape) > 0.5
    return int(np.count_nonzero(predicted == truth)) // max(1, int(np.prod(pred.shape[1:])))


RULES: dict[str, Callable[[np.ndarray, np.ndarray], int]] = {
    "argmax": argmax_correct,
    "threshold": threshold_correct,
}
"""Accuracy rule (`nodeflow.nodes.spec.ACCURACY_RULES`) -> counter of correct predictions."""


def correct_counter(rule: str | None) -> Callable[[np.ndarray, np.ndarray], int] | None:
    """The counter for a loss's `NodeSpec.accuracy` rule; None for a loss without one."""
    return RULES.get(rule or "")
