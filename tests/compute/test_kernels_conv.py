"""Conv2D and pooling kernels: central-difference gradients, dtype, PyTorch as the oracle."""

import numpy as np
import pytest
from kernel_harness import check_dtype, check_gradients, make_kernel

from nodeflow.compute.kernels.conv import (
    AvgPool2D,
    Conv2D,
    MaxPool2D,
    conv2d_forward,
    conv_padding,
)

RNG = np.random.default_rng(1)

CONV_CASES = [  # (input shape, filters, k, stride, padding)
    ((2, 2, 5, 5), 3, 3, 1, "valid"),
    ((2, 2, 6, 5), 3, 3, 2, "same"),
    ((1, 3, 5, 6), 2, 2, 1, 1),
    ((2, 1, 7, 7), 2, 3, 2, 2),
    ((1, 2, 4, 4), 2, 1, 1, "valid"),
]


def _conv_weights(shape, filters, k, bias=True):
    weights = {"W": (filters, shape[1], k, k)}
    if bias:
        weights["b"] = (filters,)
    return weights


@pytest.mark.parametrize("shape, filters, k, stride, padding", CONV_CASES)
def test_conv2d_gradients(shape, filters, k, stride, padding):
    params = {"filters": filters, "kernel_size": k, "stride": stride, "padding": padding}
    errors = check_gradients(
        Conv2D, params, {"in": RNG.standard_normal(shape)}, _conv_weights(shape, filters, k)
    )
    assert set(errors) == {"in", "W", "b"}


def test_conv2d_without_bias_and_without_input_gradient():
    x = RNG.standard_normal((2, 1, 4, 4))
    params = {"filters": 2, "kernel_size": 3, "use_bias": False}
    assert set(check_gradients(Conv2D, params, {"in": x}, _conv_weights(x.shape, 2, 3, False))) == {"in", "W"}
    k = make_kernel(
        Conv2D, params, {"in": x}, _conv_weights(x.shape, 2, 3, False), attrs={"input_grad": False}
    )
    y = k.forward({"in": x}, True, RNG)["out"]
    assert k.backward({"out": np.ones_like(y)}) == {}


@pytest.mark.parametrize("kernel_cls", [MaxPool2D, AvgPool2D])
@pytest.mark.parametrize(
    "shape, pool, stride",
    [((2, 2, 4, 4), 2, 2), ((2, 2, 5, 5), 2, 2), ((1, 2, 5, 6), 3, 2), ((2, 1, 5, 5), 2, 1)],
)
def test_pool_gradients(kernel_cls, shape, pool, stride):
    check_gradients(kernel_cls, {"pool_size": pool, "stride": stride}, {"in": RNG.standard_normal(shape)})


def test_maxpool_ties_have_one_winner():
    x = np.ones((1, 1, 2, 2))
    k = make_kernel(MaxPool2D, {"pool_size": 2, "stride": 2}, {"in": x})
    k.forward({"in": x}, True, RNG)
    dx = k.backward({"out": np.full((1, 1, 1, 1), 3.0)})["in"]
    assert dx.sum() == 3.0 and np.count_nonzero(dx) == 1
    # overlapping windows (stride 1) sharing a maximum send it each window's gradient
    x = np.zeros((1, 1, 3, 3))
    x[0, 0, 1, 1] = 5.0
    k = make_kernel(MaxPool2D, {"pool_size": 2, "stride": 1}, {"in": x})
    k.forward({"in": x}, True, RNG)
    dx = k.backward({"out": np.ones((1, 1, 2, 2))})["in"]
    assert dx[0, 0, 1, 1] == 4.0 and dx.sum() == 4.0


def test_conv_and_pools_keep_float32():
    x = RNG.standard_normal((2, 2, 6, 6))
    out = check_dtype(
        Conv2D, {"filters": 3, "kernel_size": 3, "padding": "same"}, {"in": x}, _conv_weights(x.shape, 3, 3)
    )
    assert out["out"].shape == (2, 3, 6, 6)
    assert check_dtype(MaxPool2D, {"pool_size": 2, "stride": 2}, {"in": x})["out"].shape == (2, 2, 3, 3)
    assert check_dtype(AvgPool2D, {"pool_size": 3, "stride": 2}, {"in": x})["out"].shape == (2, 2, 2, 2)


def test_conv_padding_rule():
    assert [
        conv_padding("valid", 3),
        conv_padding("same", 3),
        conv_padding("same", 5),
        conv_padding(2, 3),
    ] == [0, 1, 2, 2]


@pytest.mark.torch
@pytest.mark.parametrize("shape, filters, k, stride, padding", CONV_CASES)
def test_conv2d_matches_torch(shape, filters, k, stride, padding):
    torch = pytest.importorskip("torch")
    x, W, b = (
        RNG.standard_normal(shape),
        RNG.standard_normal((filters, shape[1], k, k)),
        RNG.standard_normal(filters),
    )
    pad = conv_padding(padding, k)
    y, _ = conv2d_forward(x, W, b, stride, pad)
    expected = torch.nn.functional.conv2d(
        torch.tensor(x), torch.tensor(W), torch.tensor(b), stride=stride, padding=pad
    )
    np.testing.assert_allclose(y, expected.numpy(), rtol=1e-10, atol=1e-12)


@pytest.mark.torch
@pytest.mark.parametrize(
    "shape, pool, stride",
    [
        ((2, 3, 4, 4), 2, 2),
        ((2, 3, 7, 5), 2, 2),
        ((1, 2, 6, 7), 3, 2),
        ((2, 1, 5, 5), 2, 1),
        ((1, 1, 12, 13), 12, 1),
    ],
)
def test_pools_match_torch(shape, pool, stride):
    torch = pytest.importorskip("torch")
    x = RNG.standard_normal(shape).astype(np.float32)
    t = torch.tensor(x, requires_grad=True)
    for kernel_cls, fn in (
        (MaxPool2D, torch.nn.functional.max_pool2d),
        (AvgPool2D, torch.nn.functional.avg_pool2d),
    ):
        k = make_kernel(kernel_cls, {"pool_size": pool, "stride": stride}, {"in": x}, dtype=np.float32)
        y = k.forward({"in": x}, True, RNG)["out"]
        expected = fn(t, pool, stride)
        np.testing.assert_allclose(y, expected.detach().numpy(), rtol=1e-5, atol=1e-6)
        dy = RNG.standard_normal(y.shape).astype(np.float32)
        (dx_expected,) = torch.autograd.grad(expected, t, torch.tensor(dy))
        np.testing.assert_allclose(k.backward({"out": dy})["in"], dx_expected.numpy(), rtol=1e-5, atol=1e-6)
