"""Activation kernels: gradients against central differences, values against PyTorch, dtypes."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
from kernel_harness import check_dtype, check_gradients

from nodeflow.compute.kernels import activations as act

NAMES = ["ReLU", "LeakyReLU", "ELU", "SELU", "Sigmoid", "Tanh", "Softplus", "Softmax", "Step", "Identity"]
PARAMS = {"LeakyReLU": {"alpha": 0.1}, "ELU": {"alpha": 1.5}}


def away_from_zero(shape: tuple[int, ...], seed: int = 0) -> np.ndarray:
    """Normals pushed at least 0.1 from 0, so the kinks of ReLU, Step, ELU... are never crossed."""
    x = np.random.default_rng(seed).standard_normal(shape) * 2
    return x + np.where(x >= 0, 0.1, -0.1)


def test_every_activation_has_a_kernel_named_like_its_node_type():
    assert sorted(act.KERNELS) == sorted(NAMES)
    for name in NAMES:
        cls = getattr(act, name)
        assert cls.__name__ == name and cls.__module__ == act.__name__


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("shape", [(4, 5), (2, 3, 4)])
def test_gradients(name, shape):
    errors = check_gradients(getattr(act, name), PARAMS.get(name, {}), {"in": away_from_zero(shape)})
    assert errors["in"] < 1e-6


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_dtype_preserved(name, dtype):
    check_dtype(getattr(act, name), PARAMS.get(name, {}), {"in": away_from_zero((3, 4))}, dtype=dtype)


@pytest.mark.parametrize("name", NAMES)
def test_extreme_inputs_stay_finite_without_warnings(name):
    x = np.array([[-1e4, -80.0, -1.0, 1.0, 80.0, 1e4]], dtype=np.float32)
    kernel = getattr(act, name)(PARAMS.get(name, {}), {}, None, np.float32)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        y = kernel.forward({"in": x}, True, np.random.default_rng(0))["out"]
        dx = kernel.backward({"out": np.ones_like(x)})["in"]
    assert np.isfinite(y).all() and np.isfinite(dx).all()
    assert y.dtype == np.float32 and dx.dtype == np.float32


def test_known_values():
    x = np.array([[-2.0, -0.5, 0.0, 0.5, 3.0]])
    assert np.array_equal(act.relu(x), [[0, 0, 0, 0.5, 3]])
    assert np.array_equal(act.step(x), [[0, 0, 0, 1, 1]])
    assert np.allclose(act.leaky_relu(x, alpha=0.01), [[-0.02, -0.005, 0, 0.5, 3]])
    assert np.allclose(act.sigmoid(x), 1 / (1 + np.exp(-x)))
    assert np.allclose(act.softplus(x), np.log1p(np.exp(x)))
    assert np.allclose(act.softmax(x).sum(axis=-1), 1)
    assert np.allclose(act.softmax(x + 1000), act.softmax(x))  # shift invariant, no overflow
    assert np.array_equal(act.step_backward(x, act.step(x), np.ones_like(x)), np.zeros_like(x))


def test_parameters_reach_the_functions():
    x = np.array([[-1.0, 2.0]])
    k = act.LeakyReLU({"alpha": 0.3}, {}, None, np.float64)
    assert np.allclose(k.forward({"in": x}, True, None)["out"], [[-0.3, 2.0]])
    k = act.ELU({"alpha": 2.0}, {}, None, np.float64)
    assert np.allclose(k.forward({"in": x}, True, None)["out"], [[2.0 * np.expm1(-1.0), 2.0]])


def test_softmax_is_over_the_last_axis():
    x = np.random.default_rng(1).standard_normal((2, 3, 4))
    y = act.softmax(x)
    assert np.allclose(y.sum(axis=-1), 1)
    assert np.allclose(y[1, 2], np.exp(x[1, 2]) / np.exp(x[1, 2]).sum())


@pytest.mark.torch
@pytest.mark.parametrize("name", NAMES)
def test_matches_pytorch(name):
    torch = pytest.importorskip("torch")
    F = torch.nn.functional
    oracle = {
        "ReLU": F.relu,
        "LeakyReLU": lambda t: F.leaky_relu(t, 0.1),
        "ELU": lambda t: F.elu(t, 1.5),
        "SELU": F.selu,
        "Sigmoid": torch.sigmoid,
        "Tanh": torch.tanh,
        "Softplus": F.softplus,
        "Softmax": lambda t: F.softmax(t, dim=-1),
        "Step": lambda t: (t > 0).to(t.dtype),
        "Identity": lambda t: t,
    }[name]
    x = np.random.default_rng(2).standard_normal((4, 3, 5)) * 3
    t = torch.tensor(x, requires_grad=True)
    u = np.random.default_rng(3).standard_normal(x.shape)
    expected = oracle(t)
    kernel = getattr(act, name)(PARAMS.get(name, {}), {}, None, np.float64)
    y = kernel.forward({"in": x}, True, None)["out"]
    np.testing.assert_allclose(y, expected.detach().numpy(), rtol=1e-10, atol=1e-12)
    if expected.requires_grad:
        (expected * torch.tensor(u)).sum().backward()
        dx = kernel.backward({"out": u})["in"]
        np.testing.assert_allclose(dx, t.grad.numpy(), rtol=1e-10, atol=1e-12)
