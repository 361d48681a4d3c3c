"""Dropout and BatchNorm kernels: gradients, training vs inference, dtype, PyTorch as the oracle."""

import numpy as np
import pytest
from kernel_harness import check_dtype, check_gradients, make_kernel

from nodeflow.compute.kernels.regularization import BatchNorm, Dropout

RNG = np.random.default_rng(4)


def _run(kernel, x, training, seed=0):
    return kernel.forward({"in": x}, training, np.random.default_rng(seed))["out"]


def test_dropout_gradient_with_fixed_mask():
    assert set(check_gradients(Dropout, {"rate": 0.4}, {"in": RNG.standard_normal((4, 5))}, seed=7)) == {"in"}


def test_dropout_is_inverted_and_reproducible():
    x = np.ones((200, 50))
    k = make_kernel(Dropout, {"rate": 0.3}, {"in": x})
    y = _run(k, x, True, seed=3)
    np.testing.assert_allclose(np.unique(y), [0.0, 1 / 0.7])
    assert abs((y == 0).mean() - 0.3) < 0.02
    assert abs(y.mean() - 1.0) < 0.05  # expectation preserved
    np.testing.assert_array_equal(y, _run(k, x, True, seed=3))
    assert not np.array_equal(y, _run(k, x, True, seed=4))
    _run(k, x, True, seed=3)  # backward uses the mask of the latest forward
    dx = k.backward({"out": np.full_like(x, 2.0)})["in"]
    np.testing.assert_array_equal(dx, 2.0 * (y != 0) / 0.7)


@pytest.mark.parametrize("training, rate", [(False, 0.5), (True, 0.0)])
def test_dropout_identity(training, rate):
    x = RNG.standard_normal((3, 4))
    k = make_kernel(Dropout, {"rate": rate}, {"in": x})
    np.testing.assert_array_equal(_run(k, x, training), x)
    check_gradients(Dropout, {"rate": rate}, {"in": x}, training=training)


def test_dropout_float32():
    x = RNG.standard_normal((4, 6))
    y = check_dtype(Dropout, {"rate": 0.5}, {"in": x}, seed=1)["out"]
    kept = y != 0
    assert 0 < kept.sum() < x.size
    np.testing.assert_allclose(y[kept], 2 * x.astype(np.float32)[kept], rtol=1e-6)


def _bn_weights(f):
    return {"gamma": RNG.uniform(0.5, 1.5, f), "beta": RNG.standard_normal(f)}


@pytest.mark.parametrize("shape", [(5, 3), (3, 4, 2), (3, 2, 3, 3)])
@pytest.mark.parametrize("training", [True, False])
def test_batchnorm_gradients(shape, training):
    f = shape[1] if len(shape) == 4 else shape[-1]
    x = RNG.standard_normal(shape) * 2 + 1
    errors = check_gradients(
        BatchNorm, {"momentum": 0.9, "eps": 1e-5}, {"in": x}, _bn_weights(f), training=training
    )
    assert set(errors) == {"in", "gamma", "beta"}


def test_batchnorm_normalizes_per_channel_and_tracks_running_stats():
    x = RNG.standard_normal((8, 3, 4, 4)) * np.array([1.0, 2.0, 3.0])[:, None, None] + 5.0
    k = make_kernel(
        BatchNorm, {"momentum": 0.5, "eps": 1e-5}, {"in": x}, {"gamma": np.ones(3), "beta": np.zeros(3)}
    )
    y = _run(k, x, True)
    np.testing.assert_allclose(y.mean(axis=(0, 2, 3)), 0.0, atol=1e-12)
    np.testing.assert_allclose(y.var(axis=(0, 2, 3)), 1.0, rtol=1e-4)
    np.testing.assert_allclose(k.state["running_mean"], 0.5 * x.mean(axis=(0, 2, 3)))
    m = 8 * 4 * 4
    np.testing.assert_allclose(k.state["running_var"], 0.5 + 0.5 * x.var(axis=(0, 2, 3)) * m / (m - 1))
    before = k.state["running_mean"].copy()
    _run(k, x, False)  # inference leaves the statistics alone
    np.testing.assert_array_equal(k.state["running_mean"], before)


def test_batchnorm_float32():
    out = check_dtype(BatchNorm, {}, {"in": RNG.standard_normal((4, 2, 3, 3))}, {"gamma": (2,), "beta": (2,)})
    assert out["out"].shape == (4, 2, 3, 3)
    check_dtype(
        BatchNorm, {}, {"in": RNG.standard_normal((4, 5, 3))}, {"gamma": (3,), "beta": (3,)}, training=False
    )


@pytest.mark.torch
@pytest.mark.parametrize("shape", [(6, 3), (4, 3, 5, 5)])
def test_batchnorm_matches_torch_train_and_eval(shape):
    torch = pytest.importorskip("torch")
    f = shape[1]
    w = _bn_weights(f)
    bn = (torch.nn.BatchNorm1d if len(shape) == 2 else torch.nn.BatchNorm2d)(
        f, eps=1e-5, momentum=0.1
    ).double()
    with torch.no_grad():
        bn.weight.copy_(torch.tensor(w["gamma"]))
        bn.bias.copy_(torch.tensor(w["beta"]))
    k = make_kernel(BatchNorm, {"momentum": 0.9, "eps": 1e-5}, {"in": RNG.standard_normal(shape)}, w)
    for _ in range(2):
        x = RNG.standard_normal(shape) * 3 + 2
        bn.train()
        np.testing.assert_allclose(
            _run(k, x, True), bn(torch.tensor(x)).detach().numpy(), rtol=1e-9, atol=1e-12
        )
    np.testing.assert_allclose(k.state["running_mean"], bn.running_mean.numpy(), rtol=1e-12)
    np.testing.assert_allclose(k.state["running_var"], bn.running_var.numpy(), rtol=1e-12)
    x = RNG.standard_normal(shape)
    bn.eval()
    np.testing.assert_allclose(_run(k, x, False), bn(torch.tensor(x)).detach().numpy(), rtol=1e-9, atol=1e-12)
