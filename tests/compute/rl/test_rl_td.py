"""TD targets, the TD loss and its gradient (only on the taken action), checked three ways:
by hand, by central differences in float64, and against PyTorch."""

import numpy as np
import pytest

from nodeflow.compute.rl.td import pack_targets, td_loss, td_loss_backward, td_targets


def test_td_targets_bootstrap_except_at_termination():
    next_q = np.array([[1.0, 3.0], [2.0, -1.0], [5.0, 4.0]])
    y = td_targets(np.array([0.5, 1.0, -1.0]), next_q, np.array([0.0, 1.0, 0.0]), 0.9)
    assert y.tolist() == pytest.approx([0.5 + 0.9 * 3.0, 1.0, -1.0 + 0.9 * 5.0])
    assert td_targets(np.array([1.0]), np.array([[7.0]]), np.array([0.0]), 0.0).tolist() == [1.0]


def test_loss_and_gradient_by_hand():
    q = np.array([[1.0, 2.0, 3.0], [0.0, -1.0, 4.0]])
    target = pack_targets(np.array([2, 0]), np.array([1.0, 0.5]))
    # taken Q-values 3.0 and 0.0; d = 2.0 and -0.5
    assert td_loss(q, target, "mse") == pytest.approx(0.5 * (4.0 + 0.25) / 2)
    assert td_loss_backward(q, target, "mse").tolist() == [[0, 0, 1.0], [-0.25, 0, 0]]
    assert td_loss(q, target, "huber", 1.0) == pytest.approx(((2.0 - 0.5) + 0.5 * 0.25) / 2)
    assert td_loss_backward(q, target, "huber", 1.0).tolist() == [[0, 0, 0.5], [-0.25, 0, 0]]
    with pytest.raises(ValueError, match="mse or huber"):
        td_loss(q, target, "mae")


@pytest.mark.parametrize("kind", ["mse", "huber"])
def test_gradient_matches_central_differences(kind):
    rng = np.random.default_rng(0)
    q = rng.normal(size=(6, 4)) * 2
    target = pack_targets(rng.integers(0, 4, 6), rng.normal(size=6) * 2)
    analytic = td_loss_backward(q, target, kind, 0.7)
    numeric = np.zeros_like(q)
    h = 1e-6
    for i in np.ndindex(q.shape):
        up, down = q.copy(), q.copy()
        up[i] += h
        down[i] -= h
        numeric[i] = (td_loss(up, target, kind, 0.7) - td_loss(down, target, kind, 0.7)) / (2 * h)
    assert np.max(np.abs(analytic - numeric)) < 1e-8


@pytest.mark.torch
@pytest.mark.parametrize("kind", ["mse", "huber"])
def test_loss_and_gradient_match_pytorch(kind):
    torch = pytest.importorskip("torch")
    F = torch.nn.functional
    rng = np.random.default_rng(1)
    q = rng.normal(size=(8, 3)) * 3
    actions, y = rng.integers(0, 3, 8), rng.normal(size=8)
    qt = torch.tensor(q, requires_grad=True)
    taken = qt.gather(1, torch.tensor(actions).view(-1, 1)).squeeze(1)
    loss = 0.5 * F.mse_loss(taken, torch.tensor(y)) if kind == "mse" else F.huber_loss(taken, torch.tensor(y), delta=1.5)
    loss.backward()
    target = pack_targets(actions, y)
    assert td_loss(q, target, kind, 1.5) == pytest.approx(loss.item(), rel=1e-12)
    assert np.allclose(td_loss_backward(q, target, kind, 1.5), qt.grad.numpy(), atol=1e-14)
