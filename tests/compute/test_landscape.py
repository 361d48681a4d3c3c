"""Loss landscapes: the recorded path, the plane through it, and the loss over a grid."""

from __future__ import annotations

import numpy as np
import pytest
from graphs import build

from nodeflow.compute import landscape
from nodeflow.compute.trainer import Trainer


def test_weight_path_keeps_evenly_spread_snapshots_from_the_start() -> None:
    path = landscape.WeightPath(limit=10)
    for i in range(200):
        path.record(np.full(3, float(i)))
    kept = [int(s[0]) for s in path.snapshots]
    assert 5 <= len(kept) <= 10 and kept[0] == 0
    steps = np.diff(kept)
    assert len(set(steps.tolist())) == 1  # even spacing
    full = path.with_final(np.full(3, 199.0))
    assert full[-1, 0] == 199 and full[0, 0] == 0


def test_two_weights_are_their_own_axes_and_the_bowl_is_exact() -> None:
    target = np.array([2.0, -1.0])
    walk = np.array([[0.0, 0.0], [1.0, -0.5], [1.8, -0.9], [2.0, -1.0]])
    surf = landscape.surface(lambda w: float(((w - target) ** 2).sum()), walk, steps=9, names=("W", "b"))
    assert surf.axes == ("W", "b") and surf.explained == 1.0
    np.testing.assert_array_equal(surf.path, walk)  # the weights' own values on the axes
    a, b = np.meshgrid(surf.alphas, surf.betas)
    np.testing.assert_allclose(surf.loss, (a - 2.0) ** 2 + (b + 1.0) ** 2)
    assert surf.alphas[0] < 0 < 2 < surf.alphas[-1]  # the whole path and its end are in view


def test_plane_follows_the_main_direction_of_movement() -> None:
    rng = np.random.default_rng(0)
    direction = rng.standard_normal(50)
    direction /= np.linalg.norm(direction)
    final = rng.standard_normal(50)
    path = np.stack([final + t * direction + 0.01 * rng.standard_normal(50) for t in np.linspace(3, 0, 12)])
    path[-1] = final
    d1, d2, coords, explained = landscape.plane(path)
    assert abs(d1 @ direction) > 0.99 and abs(d1 @ d2) < 1e-9 and explained > 0.99
    assert coords[-1] == pytest.approx([0.0, 0.0])
    short = landscape.plane(np.stack([final + direction, final]))  # one step: a second direction is made up
    assert abs(short[0] @ short[1]) < 1e-9 and np.linalg.norm(short[1]) == pytest.approx(1.0)


def linear_graph():
    return build(
        [("data", "Dataset", {"source": "linear", "n_samples": 200}), ("fc", "Dense", {"units": 1}),
         ("loss", "MSE", {}), ("opt", "SGD", {"lr": 0.1})],
        ["data.x -> fc.in", "fc.out -> loss.pred", "data.y -> loss.target", "loss.loss -> opt.loss"],
    )


def test_network_loss_evaluates_and_restores_the_trained_weights() -> None:
    trainer = Trainer(linear_graph(), epochs=3)
    trainer.run()
    net = trainer.network
    x, y = trainer.splits.train
    trained = net.flat_w.copy()
    loss_at = landscape.NetworkLoss(net, x, y, max_samples=64)
    w = net.params_by_node()["fc"]
    pred = x[:64].astype(np.float64) @ w["W"].astype(np.float64) + w["b"].astype(np.float64)
    expected = float(np.mean((pred - y[:64]) ** 2))
    assert loss_at(trained.astype(np.float64)) == pytest.approx(expected, rel=1e-4)
    assert loss_at(trained + 5.0) > 10 * expected  # far from the trained weights: much worse
    loss_at.restore()
    np.testing.assert_array_equal(net.flat_w, trained)
    assert landscape.weight_names(net) == ("fc W", "fc b")
