"""Conv2D and pooling: the fast paths (channels-last memory, blocked input gradient, the bias
against a column of ones, the 2x2 max-pool tournament, scratch reuse) give the same numbers
as PyTorch and pass central differences in every shape and memory order they meet."""

import numpy as np
import pytest
from kernel_harness import check_gradients, make_kernel

from nodeflow.compute.kernels.conv import (
    AvgPool2D,
    Conv2D,
    MaxPool2D,
    avgpool2d_backward,
    avgpool2d_forward,
    conv2d_backward,
    conv2d_forward,
    like,
    maxpool2d_backward,
    maxpool2d_forward,
)

RNG = np.random.default_rng(7)


def channels_last(a: np.ndarray) -> np.ndarray:
    """The same (N, C, H, W) values held in channels-last memory (what a convolution returns)."""
    return np.ascontiguousarray(a.transpose(0, 2, 3, 1)).transpose(0, 3, 1, 2)


# (input shape, filters, k, stride, pad, bias): 7 images of 16x16x16 split the input gradient
# into blocks of 3, 3 and 1 images; even kernels, stride 2 and 3, wide padding.
TORCH_CASES = [
    ((7, 16, 16, 16), 4, 3, 1, 1, True),
    ((3, 5, 9, 7), 6, 2, 1, 0, True),
    ((2, 4, 8, 8), 3, 4, 2, 1, False),
    ((2, 3, 11, 10), 5, 3, 3, 2, True),
    ((1, 2, 6, 6), 2, 5, 1, 2, False),
    ((2, 32, 5, 5), 8, 1, 1, 0, True),
]


@pytest.mark.torch
@pytest.mark.parametrize("layout", ["nchw", "nhwc"])
@pytest.mark.parametrize("shape, filters, k, stride, pad, bias", TORCH_CASES)
def test_conv2d_forward_and_backward_match_torch(shape, filters, k, stride, pad, bias, layout):
    torch = pytest.importorskip("torch")
    x = RNG.standard_normal(shape)
    W = RNG.standard_normal((filters, shape[1], k, k))
    b = RNG.standard_normal(filters) if bias else None
    tx = torch.tensor(x, requires_grad=True)
    tW = torch.tensor(W, requires_grad=True)
    tb = torch.tensor(b, requires_grad=True) if bias else None
    expected = torch.nn.functional.conv2d(tx, tW, tb, stride=stride, padding=pad)
    dy = RNG.standard_normal(tuple(expected.shape))
    expected.backward(torch.tensor(dy))
    feed = channels_last if layout == "nhwc" else np.asarray
    work: dict = {}
    for _ in range(2):  # the second batch runs on reused scratch arrays
        y, cache = conv2d_forward(feed(x), W, b, stride, pad, work)
        dx, dW, db = conv2d_backward(feed(dy), cache, W, with_bias=bias, need_dx=True, work=work)
        np.testing.assert_allclose(y, expected.detach().numpy(), rtol=1e-10, atol=1e-10)
        np.testing.assert_allclose(dx, tx.grad.numpy(), rtol=1e-10, atol=1e-10)
        np.testing.assert_allclose(dW, tW.grad.numpy(), rtol=1e-10, atol=1e-10)
        if bias:
            np.testing.assert_allclose(db, tb.grad.numpy(), rtol=1e-10, atol=1e-10)
        else:
            assert db is None


@pytest.mark.torch
@pytest.mark.parametrize("shape, k, stride, pad", [
    ((5, 3, 9, 8), 3, 1, 1),  # RGB into a first convolution
    ((2, 1, 7, 7), 3, 2, (0, 1, 1, 2)),
    ((1, 4, 3, 3), 3, 1, 0),  # one image, one output pixel: the unrolled rows are (1, K) either way
    ((1, 5, 3, 3), 3, 1, 0),  # the same through im2col (more than SMALL_C channels)
])
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_few_c_order_channels_unroll_by_rows(shape, k, stride, pad, dtype):
    """A few channels in C order (data into a first convolution) take `im2col_rows`; the same
    values in channels-last memory take `im2col`: both equal PyTorch, the outputs to rounding."""
    torch = pytest.importorskip("torch")
    from nodeflow.compute.kernels.conv import SMALL_C

    x = RNG.standard_normal(shape).astype(dtype)
    W = RNG.standard_normal((6, shape[1], k, k)).astype(dtype)
    b = RNG.standard_normal(6).astype(dtype)
    tx, tW, tb = (torch.tensor(a, requires_grad=True) for a in (x, W, b))
    pads = pad if isinstance(pad, tuple) else (pad,) * 4
    expected = torch.nn.functional.conv2d(torch.nn.functional.pad(tx, (pads[2], pads[3], pads[0], pads[1])),
                                          tW, tb, stride=stride)
    dy = RNG.standard_normal(tuple(expected.shape)).astype(dtype)
    expected.backward(torch.tensor(dy))
    tol = 1e-5 if dtype == np.float32 else 1e-10
    for feed in (np.asarray, channels_last):
        work: dict = {}
        y, cache = conv2d_forward(feed(x), W, b, stride, pad, work)
        # which unrolling ran (one channel is C-order in either layout)
        assert cache[-1] is (shape[1] <= SMALL_C and (feed is np.asarray or shape[1] == 1))
        dx, dW, db = conv2d_backward(np.ascontiguousarray(dy), cache, W, with_bias=True, need_dx=True, work=work)
        assert y.dtype == dx.dtype == dW.dtype == db.dtype == dtype
        for got, want in ((y, expected), (dx, tx.grad), (dW, tW.grad), (db, tb.grad)):
            np.testing.assert_allclose(got, want.detach().numpy(), rtol=tol, atol=tol)


@pytest.mark.parametrize("shape, filters, k, stride, pad", [((5, 16, 12, 12), 2, 3, 1, 1), ((2, 3, 7, 6), 2, 2, 2, 1)])
def test_conv2d_gradients_in_blocks_and_strides(shape, filters, k, stride, pad):
    params = {"filters": filters, "kernel_size": k, "stride": stride, "padding": pad}
    weights = {"W": (filters, shape[1], k, k), "b": (filters,)}
    assert set(check_gradients(Conv2D, params, {"in": RNG.standard_normal(shape)}, weights)) == {"in", "W", "b"}


def test_conv2d_returns_channels_last_views_and_new_arrays():
    """The output is a transpose of channels-last memory (no copy); a second forward reuses the
    scratch but never the arrays it handed out."""
    x = RNG.standard_normal((2, 3, 6, 6)).astype(np.float32)
    k = make_kernel(Conv2D, {"filters": 4, "kernel_size": 3, "padding": "same"}, {"in": x},
                    {"W": (4, 3, 3, 3), "b": (4,)}, dtype=np.float32)
    y1 = k.forward({"in": x}, True, RNG)["out"]
    assert y1.dtype == np.float32 and y1.transpose(0, 2, 3, 1).flags.c_contiguous
    first = y1.copy()
    y2 = k.forward({"in": x + 1}, True, RNG)["out"]
    assert not np.shares_memory(y1, y2)
    np.testing.assert_array_equal(y1, first)


@pytest.mark.torch
def test_conv_relu_pool_chain_in_channels_last_matches_torch():
    """conv -> ReLU -> pool -> conv -> avg pool, as the engine runs it (each kernel's output in
    the next one's input, whatever its memory order), forward and backward against PyTorch."""
    torch = pytest.importorskip("torch")
    from nodeflow.compute.kernels.activations import ReLU

    x = RNG.standard_normal((3, 2, 10, 10))
    specs = [
        (Conv2D, {"filters": 4, "kernel_size": 3, "padding": "same"}, {"W": (4, 2, 3, 3), "b": (4,)}),
        (ReLU, {}, None),
        (MaxPool2D, {"pool_size": 2, "stride": 2}, None),
        (Conv2D, {"filters": 5, "kernel_size": 2, "padding": 1}, {"W": (5, 4, 2, 2), "b": (5,)}),
        (AvgPool2D, {"pool_size": 3, "stride": 2}, None),
    ]
    kernels, h = [], x
    for cls, params, weights in specs:
        kern = make_kernel(cls, params, {"in": h}, weights)
        h = kern.forward({"in": h}, True, RNG)["out"]
        kernels.append(kern)
    dy = RNG.standard_normal(h.shape)  # C-order, as Flatten's backward hands it over
    d = dy
    for kern in reversed(kernels):
        d = kern.backward({"out": d}).get("in", d)

    t = torch.tensor(x, requires_grad=True)
    tw = [torch.tensor(kernels[i].w[n], requires_grad=True) for i in (0, 3) for n in ("W", "b")]
    F = torch.nn.functional
    th = F.conv2d(t, tw[0], tw[1], padding=1).relu()
    th = F.avg_pool2d(F.conv2d(F.max_pool2d(th, 2, 2), tw[2], tw[3], padding=1), 3, 2)
    th.backward(torch.tensor(dy))
    np.testing.assert_allclose(h, th.detach().numpy(), rtol=1e-10, atol=1e-10)
    np.testing.assert_allclose(d, t.grad.numpy(), rtol=1e-10, atol=1e-10)
    np.testing.assert_allclose(kernels[3].g["W"], tw[2].grad.numpy(), rtol=1e-10, atol=1e-10)
    np.testing.assert_allclose(kernels[0].g["b"], tw[1].grad.numpy(), rtol=1e-10, atol=1e-10)


@pytest.mark.parametrize("pool, stride", [(2, 2), (2, 1), (3, 2), (3, 3)])
@pytest.mark.parametrize("layout", ["nchw", "nhwc"])
def test_maxpool_paths_agree_with_a_plain_argmax(pool, stride, layout):
    """The 2x2 tournament and the running maximum pick the first maximum in row-major order,
    also on ties (quantised values tie often), in either memory order of x and of dy."""
    x = np.round(RNG.standard_normal((2, 3, 7, 8)) * 2) / 2
    feed = channels_last if layout == "nhwc" else np.asarray
    y, cache = maxpool2d_forward(feed(x), pool, stride)
    Ho, Wo = y.shape[2:]
    win = np.lib.stride_tricks.sliding_window_view(x, (pool, pool), axis=(2, 3))[:, :, ::stride, ::stride][:, :, :Ho, :Wo]
    flat = win.reshape(*win.shape[:4], pool * pool)
    np.testing.assert_array_equal(y, flat.max(axis=-1))
    first = flat.argmax(axis=-1)  # numpy's argmax returns the first maximum
    dy = RNG.standard_normal(y.shape)
    dx = maxpool2d_backward(np.ascontiguousarray(dy), cache)
    expected = np.zeros_like(x)
    n, c, i, j = np.indices(first.shape)
    np.add.at(expected, (n, c, i * stride + first // pool, j * stride + first % pool), dy)
    np.testing.assert_allclose(dx, expected, rtol=1e-13, atol=1e-15)  # overlaps: sums in another order
    assert np.array_equal(dx != 0, expected != 0)


@pytest.mark.parametrize("pool, stride", [(2, 2), (3, 1)])
def test_pool_gradients_on_channels_last_input(pool, stride):
    x = channels_last(RNG.standard_normal((2, 3, 6, 7)))
    for fwd, bwd in ((maxpool2d_forward, maxpool2d_backward), (avgpool2d_forward, avgpool2d_backward)):
        y, cache = fwd(x, pool, stride)
        dy = RNG.standard_normal(y.shape)
        dx = bwd(dy, cache)
        assert dx.strides == x.strides or dx.transpose(0, 2, 3, 1).flags.c_contiguous
        eps, u = 1e-6, RNG.standard_normal(x.shape)  # directional derivative against dx . u
        plus = np.sum(fwd(x + eps * u, pool, stride)[0] * dy)
        minus = np.sum(fwd(x - eps * u, pool, stride)[0] * dy)
        assert abs((plus - minus) / (2 * eps) - np.sum(dx * u)) < 1e-6 * max(1, abs(np.sum(dx * u)))


def test_like_copies_only_when_memory_orders_differ():
    a = RNG.standard_normal((2, 3, 4, 5))
    b = channels_last(a)
    assert like(a, a) is a and like(b, b) is b
    c = like(a, b)
    np.testing.assert_array_equal(c, a)
    assert c.strides == b.strides


@pytest.mark.torch
@pytest.mark.filterwarnings("ignore:Using padding='same' with even kernel")
@pytest.mark.parametrize("k", [2, 3, 4, 5])
def test_same_padding_keeps_the_size_for_even_kernels_too(k):
    """conv_pads("same", k) pads (k - 1) // 2 before and k // 2 after, PyTorch's padding="same"."""
    torch = pytest.importorskip("torch")
    from nodeflow.compute.kernels.conv import conv_pads

    x, W, b = RNG.standard_normal((2, 3, 8, 7)), RNG.standard_normal((4, 3, k, k)), RNG.standard_normal(4)
    pads = conv_pads("same", k)
    y, cache = conv2d_forward(channels_last(x), W, b, 1, pads, {})
    tx, tW = torch.tensor(x, requires_grad=True), torch.tensor(W, requires_grad=True)
    expected = torch.nn.functional.conv2d(tx, tW, torch.tensor(b), padding="same")
    assert y.shape == tuple(expected.shape) == (2, 4, 8, 7)
    np.testing.assert_allclose(y, expected.detach().numpy(), rtol=1e-10, atol=1e-10)
    dy = RNG.standard_normal(y.shape)
    expected.backward(torch.tensor(dy))
    dx, dW, _ = conv2d_backward(dy, cache, W, True, True, {})
    np.testing.assert_allclose(dx, tx.grad.numpy(), rtol=1e-10, atol=1e-10)
    np.testing.assert_allclose(dW, tW.grad.numpy(), rtol=1e-10, atol=1e-10)
    assert conv_pads("valid", k) == (0, 0, 0, 0) and conv_pads(2, k) == (2, 2, 2, 2)


def test_asymmetric_padding_gradients():
    x = RNG.standard_normal((2, 2, 5, 6))
    W = RNG.standard_normal((3, 2, 2, 2))
    b = RNG.standard_normal(3)
    pads = (0, 1, 1, 2)
    y, cache = conv2d_forward(x, W, b, 2, pads)
    dy = RNG.standard_normal(y.shape)
    dx, dW, db = conv2d_backward(dy, cache, W)
    eps = 1e-6
    for name, arr, grad in (("x", x, dx), ("W", W, dW), ("b", b, db)):
        u = RNG.standard_normal(arr.shape)
        args = {"x": x, "W": W, "b": b}
        plus = np.sum(conv2d_forward(*[args[n] + eps * u if n == name else args[n] for n in ("x", "W", "b")], 2, pads)[0] * dy)
        minus = np.sum(conv2d_forward(*[args[n] - eps * u if n == name else args[n] for n in ("x", "W", "b")], 2, pads)[0] * dy)
        assert abs((plus - minus) / (2 * eps) - np.sum(grad * u)) < 1e-7 * max(1.0, abs(np.sum(grad * u))), name
