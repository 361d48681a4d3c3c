"""Loss kernels: gradients w.r.t. pred, the fused logits forms, target forms, PyTorch as oracle."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
from kernel_harness import check_dtype, check_gradients

from nodeflow.compute.kernels import activations as act
from nodeflow.compute.kernels import losses

RNG = np.random.default_rng(0)


def run(cls, pred, target, params=None, from_logits=False, dtype=np.float64, upstream=1.0):
    kernel = cls(params or {}, {}, None, dtype)
    kernel.from_logits = from_logits
    loss = kernel.forward({"pred": pred, "target": target}, True, None)["loss"]
    grads = kernel.backward({"loss": np.array([upstream], dtype=dtype)})
    return loss, grads


def probs(n: int, k: int, seed: int = 0) -> np.ndarray:
    return act.softmax(np.random.default_rng(seed).standard_normal((n, k)))


def test_every_loss_has_a_kernel_named_like_its_node_type():
    assert sorted(losses.KERNELS) == ["BCE", "CrossEntropy", "Huber", "MAE", "MSE"]


def test_mse_gradient():
    pred, target = RNG.standard_normal((5, 3)), RNG.standard_normal((5, 3))
    check_gradients(losses.MSE, {}, {"pred": pred, "target": target}, no_grad=("target",))


def test_mae_gradient_away_from_zero():
    target = RNG.standard_normal((5, 3))
    offset = RNG.uniform(0.1, 1.0, (5, 3)) * RNG.choice([-1, 1], (5, 3))
    check_gradients(losses.MAE, {}, {"pred": target + offset, "target": target}, no_grad=("target",))


@pytest.mark.parametrize("delta", [0.5, 1.0, 2.0])
def test_huber_gradient_on_both_sides_of_delta(delta):
    target = RNG.standard_normal((4, 6))
    size = np.concatenate([RNG.uniform(0.05, 0.9, (4, 3)), RNG.uniform(1.1, 3.0, (4, 3))], axis=1) * delta
    pred = target + size * RNG.choice([-1, 1], (4, 6))
    check_gradients(losses.Huber, {"delta": delta}, {"pred": pred, "target": target}, no_grad=("target",))


def test_bce_gradient_float_targets():
    pred = RNG.uniform(0.05, 0.95, (6, 2))
    target = RNG.uniform(0, 1, (6, 2))
    check_gradients(losses.BCE, {}, {"pred": pred, "target": target}, no_grad=("target",))


def test_bce_gradient_integer_labels():
    pred = RNG.uniform(0.05, 0.95, (6, 1))
    labels = np.array([0, 1, 1, 0, 1, 0], dtype=np.int64)
    check_gradients(losses.BCE, {}, {"pred": pred, "target": labels})
    loss, _ = run(losses.BCE, pred, labels)
    t = labels[:, None]
    assert np.isclose(loss, -np.mean(t * np.log(pred) + (1 - t) * np.log(1 - pred)))


@pytest.mark.parametrize("labels", [True, False])
def test_bce_fused_gradient(labels):
    z = RNG.standard_normal((6, 1)) * 3
    target = np.array([0, 1, 1, 0, 1, 1]) if labels else RNG.uniform(0, 1, (6, 1))
    check_gradients(losses.BCE, {}, {"pred": z, "target": target}, no_grad=("target",),
                    attrs={"from_logits": True})


def test_cross_entropy_gradient_labels():
    labels = np.array([0, 2, 1, 3, 2], dtype=np.int64)
    check_gradients(losses.CrossEntropy, {}, {"pred": probs(5, 4), "target": labels})


def test_cross_entropy_gradient_one_hot():
    onehot = np.eye(4)[[0, 2, 1, 3, 2]]
    check_gradients(losses.CrossEntropy, {}, {"pred": probs(5, 4), "target": onehot}, no_grad=("target",))


@pytest.mark.parametrize("target", [np.array([0, 2, 1, 3, 2]), np.eye(4)[[1, 1, 0, 3, 2]],
                                    np.random.default_rng(5).dirichlet(np.ones(4), 5)])
def test_cross_entropy_fused_gradient(target):
    z = RNG.standard_normal((5, 4)) * 2
    check_gradients(losses.CrossEntropy, {}, {"pred": z, "target": target}, no_grad=("target",),
                    attrs={"from_logits": True})


def test_fused_forms_equal_the_unfused_pairs():
    z = RNG.standard_normal((6, 3))
    labels = np.array([0, 1, 2, 2, 1, 0])
    l1, g1 = run(losses.CrossEntropy, z, labels, from_logits=True)
    l2, g2 = run(losses.CrossEntropy, act.softmax(z), labels)
    sm = act.softmax(z)
    assert np.isclose(l1, l2)
    assert np.allclose(g1["pred"], act.softmax_backward(z, sm, g2["pred"]))
    z1 = z[:, :1]
    b1, h1 = run(losses.BCE, z1, labels % 2, from_logits=True)
    s = act.sigmoid(z1)
    b2, h2 = run(losses.BCE, s, labels % 2)
    assert np.isclose(b1, b2)
    assert np.allclose(h1["pred"], act.sigmoid_backward(z1, s, h2["pred"]))


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_fused_forms_finite_for_huge_logits(dtype):
    z = np.array([[1e4, -1e4, 0.0], [-1e4, 1e4, 5.0], [1e4, 1e4, -1e4]], dtype=dtype)
    labels = np.array([1, 1, 2])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        loss, grads = run(losses.CrossEntropy, z, labels, from_logits=True, dtype=dtype)
        assert np.isfinite(loss) and np.isfinite(grads["pred"]).all()
        assert loss.dtype == dtype and grads["pred"].dtype == dtype
        # row 0 is confidently wrong (2e4), row 1 right (0), row 2 wrong by 2e4 + log 2
        assert np.isclose(loss, (4e4 + np.log(2)) / 3, rtol=1e-6)
        col = z[:, :1]
        bl, bg = run(losses.BCE, col, np.array([0, 1, 1]), from_logits=True, dtype=dtype)
        assert np.isfinite(bl) and np.isfinite(bg["pred"]).all()
        assert np.isclose(bl, 2e4 / 3, rtol=1e-5)
        assert np.allclose(bg["pred"], [[1 / 3], [-1 / 3], [0]])


def test_unfused_forms_clip_saturated_probabilities():
    p = np.array([[1.0, 0.0], [0.0, 1.0]], dtype=np.float32)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        loss, grads = run(losses.CrossEntropy, p, np.array([1, 1]), dtype=np.float32)
        assert np.isfinite(loss) and np.isfinite(grads["pred"]).all() and loss > 5
        loss, grads = run(losses.BCE, p[:, :1], np.array([0, 1]), dtype=np.float32)
        assert np.isfinite(loss) and np.isfinite(grads["pred"]).all() and loss > 5


def test_upstream_gradient_scales():
    pred, target = RNG.standard_normal((3, 2)), RNG.standard_normal((3, 2))
    _, g1 = run(losses.MSE, pred, target)
    _, g3 = run(losses.MSE, pred, target, upstream=3.0)
    assert np.allclose(g3["pred"], 3 * g1["pred"])


def test_backward_gives_pred_only_and_loss_is_0d():
    loss, grads = run(losses.MSE, np.ones((2, 1)), np.zeros(2))
    assert loss.shape == () and set(grads) == {"pred"} and grads["pred"].shape == (2, 1)


DTYPE_CASES = [
    (losses.MSE, RNG.standard_normal((4, 3)), False),
    (losses.MAE, RNG.standard_normal((4, 3)), False),
    (losses.Huber, RNG.standard_normal((4, 3)), False),
    (losses.BCE, RNG.uniform(0, 1, (4, 3)), False),
    (losses.BCE, RNG.uniform(0, 1, (4, 3)), True),
    (losses.CrossEntropy, np.array([0, 2, 1, 1]), False),
    (losses.CrossEntropy, np.array([0, 2, 1, 1]), True),
]


@pytest.mark.parametrize("cls, target, from_logits", DTYPE_CASES)
def test_float32_preserved(cls, target, from_logits):
    check_dtype(cls, {}, {"pred": probs(4, 3), "target": target}, dtype=np.float32,
                attrs={"from_logits": from_logits})


def test_out_of_range_labels_are_refused_clearly():
    with pytest.raises(ValueError, match="label 3 is out of range for 3 classes"):
        run(losses.CrossEntropy, probs(2, 3), np.array([0, 3]))
    with pytest.raises(ValueError, match="out of range for 2 classes"):
        run(losses.BCE, np.full((2, 1), 0.5), np.array([0, 2]))
    with pytest.raises(ValueError, match="does not match"):
        run(losses.MSE, np.ones((2, 2)), np.ones((3,)))


@pytest.mark.torch
def test_values_and_gradients_match_pytorch():
    torch = pytest.importorskip("torch")
    F = torch.nn.functional
    rng = np.random.default_rng(7)
    pred, target = rng.standard_normal((6, 3)) * 2, rng.standard_normal((6, 3))
    z = rng.standard_normal((6, 4)) * 3
    labels = rng.integers(0, 4, 6)
    p01 = rng.uniform(0.02, 0.98, (6, 1))
    t01 = rng.uniform(0, 1, (6, 1))
    cases = [
        (losses.MSE, {}, False, pred, target, F.mse_loss, target),
        (losses.MAE, {}, False, pred, target, F.l1_loss, target),
        (losses.Huber, {"delta": 0.7}, False, pred, target, lambda a, b: F.huber_loss(a, b, delta=0.7), target),
        (losses.CrossEntropy, {}, True, z, labels, F.cross_entropy, labels),
        (losses.CrossEntropy, {}, True, z, np.eye(4)[labels], F.cross_entropy, np.eye(4)[labels]),
        (losses.CrossEntropy, {}, False, act.softmax(z), labels,
         lambda a, b: F.nll_loss(torch.log(a), b), labels),
        (losses.BCE, {}, True, z[:, :1], t01, F.binary_cross_entropy_with_logits, t01),
        (losses.BCE, {}, False, p01, t01, F.binary_cross_entropy, t01),
    ]
    for cls, params, fused, p, t, oracle, torch_target in cases:
        tp = torch.tensor(p, requires_grad=True)
        expected = oracle(tp, torch.tensor(torch_target))
        expected.backward()
        loss, grads = run(cls, p, t, params, from_logits=fused)
        np.testing.assert_allclose(loss, expected.item(), rtol=1e-10, err_msg=cls.__name__)
        np.testing.assert_allclose(grads["pred"], tp.grad.numpy(), rtol=1e-9, atol=1e-14, err_msg=cls.__name__)
