"""The constant baseline: what a model that learned nothing scores, per loss."""

from __future__ import annotations

import math

import numpy as np
import pytest

from nodeflow.compute.baseline import constant_loss, learned_nothing
from nodeflow.compute.kernels import losses


def test_mse_baseline_is_the_eval_targets_spread_around_the_training_mean():
    rng = np.random.default_rng(0)
    y_train, y_eval = rng.normal(3e5, 1e5, 800), rng.normal(3e5, 1e5, 200)
    got = constant_loss("MSE", y_train, y_eval)
    assert got == pytest.approx(np.mean((y_eval - y_train.mean()) ** 2))
    assert got == pytest.approx(1e10, rel=0.3)  # sd 1e5: about 1e10


def test_mae_uses_the_median_and_huber_the_constant_that_minimizes_it():
    y_train = np.array([0.0, 0.0, 0.0, 1.0, 100.0])
    assert constant_loss("MAE", y_train, y_train) == pytest.approx(np.mean(np.abs(y_train - 0.0)))
    best = constant_loss("Huber", y_train, y_train, delta=1.0)
    for c in np.linspace(-1, 30, 311):  # no constant does better
        assert best <= losses.huber(np.full(5, c), y_train, delta=1.0) + 1e-9


def test_classification_baselines_are_the_entropy_of_the_class_shares():
    labels = np.repeat(np.arange(3), 100).astype(np.int64)
    assert constant_loss("CrossEntropy", labels, labels, classes=3) == pytest.approx(math.log(3), rel=1e-3)
    binary = np.tile([0.0, 1.0], 100).reshape(-1, 1)
    assert constant_loss("BCE", binary, binary) == pytest.approx(math.log(2), rel=1e-6)
    skewed = np.array([0] * 90 + [1] * 10, np.int64)  # 90/10: knowing the shares already helps
    assert constant_loss("CrossEntropy", skewed, skewed, classes=2) < 0.35


def test_a_class_missing_from_training_does_not_make_the_baseline_infinite():
    assert math.isfinite(constant_loss("CrossEntropy", np.zeros(50, np.int64), np.ones(5, np.int64), classes=2))


@pytest.mark.parametrize(("loss", "flagged"), [(1.0, True), (0.985, True), (0.97, False), (0.2, False)])
def test_learned_nothing_flags_runs_no_better_than_the_constant(loss, flagged):
    text = learned_nothing("MSE", loss, 1.0)
    assert (text is not None) == flagged
    if flagged:
        assert "learned nothing" in text and "mean" in text


def test_unknown_or_missing_numbers_never_flag():
    assert learned_nothing("MSE", None, 1.0) is None
    assert learned_nothing("MSE", float("nan"), 1.0) is None
    assert constant_loss("Unknown", np.ones(3), np.ones(3)) is None
    assert constant_loss("MSE", np.ones(0), np.ones(3)) is None
