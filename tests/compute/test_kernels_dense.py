"""Dense kernel: gradients by central differences, dtype, and PyTorch as an oracle."""

import numpy as np
import pytest
from kernel_harness import check_dtype, check_gradients, make_kernel

from nodeflow.compute.gradcheck import numerical_gradient, relative_error
from nodeflow.compute.kernels.dense import Dense, dense_backward, dense_forward

RNG = np.random.default_rng(0)


@pytest.mark.parametrize("shape", [(4, 3), (1, 3), (2, 5, 3)])
def test_dense_gradients(shape):
    x = RNG.standard_normal(shape)
    errors = check_gradients(Dense, {"units": 4}, {"in": x}, weights={"W": (3, 4), "b": (4,)})
    assert set(errors) == {"in", "W", "b"}


def test_dense_without_bias():
    x = RNG.standard_normal((3, 2))
    assert set(check_gradients(Dense, {"units": 3, "use_bias": False}, {"in": x}, {"W": (2, 3)})) == {
        "in",
        "W",
    }


def test_dense_skips_input_gradient_when_told():
    x = RNG.standard_normal((3, 2))
    k = make_kernel(Dense, {"units": 3}, {"in": x}, {"W": (2, 3), "b": (3,)}, attrs={"input_grad": False})
    k.forward({"in": x}, True, np.random.default_rng(0))
    assert k.backward({"out": np.ones((3, 3))}) == {}
    np.testing.assert_allclose(k.g["W"], x.sum(0)[:, None] * np.ones((1, 3)))


def test_dense_float32_preserved():
    outs = check_dtype(Dense, {"units": 4}, {"in": RNG.standard_normal((5, 3))}, {"W": (3, 4), "b": (4,)})
    assert outs["out"].shape == (5, 4)


def test_dense_forward_matches_definition():
    x, W, b = RNG.standard_normal((2, 3)), RNG.standard_normal((3, 4)), RNG.standard_normal(4)
    expected = np.array(
        [[sum(x[n, f] * W[f, u] for f in range(3)) + b[u] for u in range(4)] for n in range(2)]
    )
    np.testing.assert_allclose(dense_forward(x, W, b), expected)


def test_dense_backward_batch_one_outer_product():
    x, W = RNG.standard_normal((1, 6)), RNG.standard_normal((6, 2))
    dy = RNG.standard_normal((1, 2))
    _, dW, db = dense_backward(dy, x, W)
    np.testing.assert_allclose(dW, np.outer(x[0], dy[0]))
    np.testing.assert_allclose(db, dy[0])


def test_gradcheck_helpers():
    x = RNG.standard_normal(5)
    before = x.copy()
    g = numerical_gradient(lambda: float(np.sum(np.sin(x))), x)
    np.testing.assert_array_equal(x, before)  # restored exactly
    assert relative_error(g, np.cos(x)) < 1e-8
    assert relative_error(g, -np.cos(x)) == pytest.approx(1.0)
    assert relative_error(np.zeros(3), np.zeros(3)) == 0.0


@pytest.mark.torch
def test_dense_matches_torch():
    torch = pytest.importorskip("torch")
    x, W, b = RNG.standard_normal((4, 3)), RNG.standard_normal((3, 5)), RNG.standard_normal(5)
    expected = torch.nn.functional.linear(torch.tensor(x), torch.tensor(W.T), torch.tensor(b)).numpy()
    np.testing.assert_allclose(dense_forward(x, W, b), expected, rtol=1e-10)
