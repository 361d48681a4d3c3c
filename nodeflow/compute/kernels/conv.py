"""Conv2D (im2col + one GEMM) and 2-D max / average pooling on (N, C, H, W) images."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from nodeflow.compute.kernel import Kernel


def conv_padding(padding: str | int, k: int) -> int:
    """The padding on every side: "valid" -> 0, "same" -> (k - 1) // 2 (as PyTorch's int), int -> int."""
    if padding == "valid":
        return 0
    if padding == "same":
        return (k - 1) // 2
    return int(padding)


def im2col(x: np.ndarray, k: int, stride: int, pad: int) -> np.ndarray:
    """x (N, H, W, C) channels-last -> cols (N * Ho * Wo, k * k * C), columns ordered (di, dj, c).

    Channels-last keeps each window row's channels contiguous, so the one copy the GEMM needs
    (the reshape of a strided window view) is several times faster than from (N, C, H, W).
    """
    N, H, W, C = x.shape
    xp = np.zeros((N, H + 2 * pad, W + 2 * pad, C), dtype=x.dtype)
    xp[:, pad : pad + H, pad : pad + W, :] = x
    win = sliding_window_view(xp, (k, k), axis=(1, 2))[:, ::stride, ::stride]  # (N, Ho, Wo, C, k, k)
    Ho, Wo = win.shape[1:3]
    return win.transpose(0, 1, 2, 4, 5, 3).reshape(N * Ho * Wo, k * k * C)


def col2im(
    dcols: np.ndarray, x_shape: tuple[int, ...], k: int, stride: int, pad: int, Ho: int, Wo: int
) -> np.ndarray:
    """The adjoint of im2col: dcols (N * Ho * Wo, k * k * C) -> dx (N, H, W, C) channels-last.

    Overlapping windows add up; one vectorized add per kernel offset (k * k of them).
    """
    N, H, W, C = x_shape
    d = dcols.reshape(N, Ho, Wo, k, k, C)
    dxp = np.zeros((N, H + 2 * pad, W + 2 * pad, C), dtype=dcols.dtype)
    for di in range(k):
        for dj in range(k):
            dxp[:, di : di + stride * Ho : stride, dj : dj + stride * Wo : stride] += d[:, :, :, di, dj]
    return dxp[:, pad : pad + H, pad : pad + W]


def conv2d_forward(
    x: np.ndarray, W: np.ndarray, b: np.ndarray | None, stride: int, pad: int
) -> tuple[np.ndarray, tuple]:
    """x (N, C, H, W), W (F, C, k, k), b (F,) or None -> y (N, F, Ho, Wo), cache for backward.

    Ho = (H + 2 pad - k) // stride + 1 (cross-correlation, like torch.nn.functional.conv2d).
    One GEMM: cols (N * Ho * Wo, k * k * C) @ W2 (k * k * C, F).
    """
    F, C, k, _ = W.shape
    N, _, H, Wd = x.shape
    Ho = (H + 2 * pad - k) // stride + 1
    Wo = (Wd + 2 * pad - k) // stride + 1
    cols = im2col(x.transpose(0, 2, 3, 1), k, stride, pad)
    y = np.dot(cols, W.transpose(2, 3, 1, 0).reshape(k * k * C, F))  # (N * Ho * Wo, F)
    if b is not None:
        y += b
    y = np.ascontiguousarray(y.reshape(N, Ho, Wo, F).transpose(0, 3, 1, 2))
    return y, (cols, (N, H, Wd, C), stride, pad, Ho, Wo)


def conv2d_backward(
    dy: np.ndarray, cache: tuple, W: np.ndarray, with_bias: bool = True, need_dx: bool = True
) -> tuple[np.ndarray | None, np.ndarray, np.ndarray | None]:
    """dy (N, F, Ho, Wo) -> (dx (N, C, H, W) or None, dW (F, C, k, k), db (F,) or None).

    With stride 1 the input gradient is itself a convolution (of dy, padded by k - 1 - pad,
    with the flipped filters), so it reuses the fast im2col + GEMM; otherwise col2im.
    """
    cols, nhwc, stride, pad, Ho, Wo = cache
    F, C, k, _ = W.shape
    N, H, Wd, _ = nhwc
    dy2 = dy.transpose(0, 2, 3, 1).reshape(-1, F)  # (N * Ho * Wo, F), a copy in (n, i, j) order
    dW = np.dot(dy2.T, cols).reshape(F, k, k, C).transpose(0, 3, 1, 2)
    db = dy2.sum(axis=0) if with_bias else None
    dx = None
    if need_dx:
        if stride == 1 and pad <= k - 1:
            dcols = im2col(dy2.reshape(N, Ho, Wo, F), k, 1, k - 1 - pad)  # (N * H * W, k * k * F)
            flipped = W[:, :, ::-1, ::-1].transpose(2, 3, 0, 1).reshape(k * k * F, C)
            dx = np.dot(dcols, flipped).reshape(N, H, Wd, C)
        else:
            dcols = np.dot(dy2, W.transpose(0, 2, 3, 1).reshape(F, k * k * C))
            dx = col2im(dcols, nhwc, k, stride, pad, Ho, Wo)
        dx = np.ascontiguousarray(dx.transpose(0, 3, 1, 2))
    return dx, dW, db


def _offsets(pool: int, stride: int, Ho: int, Wo: int):
    """Each window offset (di, dj) in row-major order with the slice of x it reads, (N, C, Ho, Wo)."""
    for di in range(pool):
        for dj in range(pool):
            yield (
                slice(None),
                slice(None),
                slice(di, di + stride * Ho, stride),
                slice(dj, dj + stride * Wo, stride),
            )


def pool_output_size(x_shape: tuple[int, ...], pool: int, stride: int) -> tuple[int, int]:
    """(Ho, Wo) = ((H - pool) // stride + 1, (W - pool) // stride + 1): no padding."""
    return (x_shape[2] - pool) // stride + 1, (x_shape[3] - pool) // stride + 1


def maxpool2d_forward(x: np.ndarray, pool: int, stride: int) -> tuple[np.ndarray, tuple]:
    """x (N, C, H, W) -> y (N, C, Ho, Wo), cache: the winning offset per window (int8 or int16).

    A running maximum over the pool * pool offsets (each a strided view): much faster than an
    argmax over a small last axis. Ties go to the first offset in row-major order. Offsets are
    visited in increasing order, so "idx = o where v beats the maximum so far" is
    idx = maximum(idx, o * better): two cheap ufuncs instead of a `where` that allocates.
    """
    Ho, Wo = pool_output_size(x.shape, pool, stride)
    offsets = list(_offsets(pool, stride, Ho, Wo))
    y = x[offsets[0]].copy()
    idx = np.zeros(y.shape, dtype=np.int8 if pool * pool <= 127 else np.int16)
    better = np.empty(y.shape, dtype=bool)
    moved = np.empty_like(idx)
    for o, sl in enumerate(offsets[1:], start=1):
        v = x[sl]
        np.greater(v, y, out=better)
        np.maximum(y, v, out=y)
        np.multiply(better, idx.dtype.type(o), out=moved)
        np.maximum(idx, moved, out=idx)
    return y, (idx, x.shape, pool, stride)


def maxpool2d_backward(dy: np.ndarray, cache: tuple) -> np.ndarray:
    """dy (N, C, Ho, Wo) -> dx (N, C, H, W): each window's gradient goes to its one winner."""
    idx, x_shape, pool, stride = cache
    Ho, Wo = dy.shape[2:]
    tiled = stride == pool and x_shape[2:] == (Ho * pool, Wo * pool)  # every pixel written once
    dx = (np.empty if tiled else np.zeros)(x_shape, dtype=dy.dtype)
    for o, sl in enumerate(_offsets(pool, stride, Ho, Wo)):
        if stride >= pool:  # windows do not overlap: each pixel is written once
            np.multiply(dy, idx == o, out=dx[sl])
        else:
            dx[sl] += dy * (idx == o)
    return dx


def avgpool2d_forward(x: np.ndarray, pool: int, stride: int) -> tuple[np.ndarray, tuple]:
    """x (N, C, H, W) -> y (N, C, Ho, Wo), the mean of each pool x pool window."""
    Ho, Wo = pool_output_size(x.shape, pool, stride)
    offsets = list(_offsets(pool, stride, Ho, Wo))
    y = x[offsets[0]].copy()
    for sl in offsets[1:]:
        y += x[sl]
    y /= pool * pool
    return y, (x.shape, pool, stride)


def avgpool2d_backward(dy: np.ndarray, cache: tuple) -> np.ndarray:
    """dy (N, C, Ho, Wo) -> dx (N, C, H, W): each window shares its gradient equally."""
    x_shape, pool, stride = cache
    share = dy / (pool * pool)
    dx = np.zeros(x_shape, dtype=dy.dtype)
    for sl in _offsets(pool, stride, *dy.shape[2:]):
        dx[sl] += share
    return dx


class Conv2D(Kernel):
    """Weights W (filters, C, k, k) and, if declared, b (filters,); params stride, padding.

    `input_grad` may be set False by the engine when the input comes straight from the data.
    """

    input_grad: bool = True

    def __init__(self, params: Mapping[str, Any], inputs, inferred, dtype=np.float32) -> None:
        super().__init__(params, inputs, inferred, dtype)
        self.stride = int(self.params.get("stride", 1))
        k = int(self.params.get("kernel_size", 3))
        self.pad = conv_padding(self.params.get("padding", "valid"), k)
        self._cache: tuple | None = None

    def forward(self, inputs, training, rng):
        y, self._cache = conv2d_forward(inputs["in"], self.w["W"], self.w.get("b"), self.stride, self.pad)
        return {"out": y}

    def backward(self, grads):
        if self._cache is None:
            raise RuntimeError("Conv2D.backward called before forward")
        dx, dW, db = conv2d_backward(
            grads["out"], self._cache, self.w["W"], with_bias="b" in self.w, need_dx=self.input_grad
        )
        self.g["W"][...] = dW
        if db is not None:
            self.g["b"][...] = db
        return {} if dx is None else {"in": dx}


class _Pool(Kernel):
    """Shared wrapper of the two pools: params pool_size and stride (both default 2)."""

    _forward = staticmethod(maxpool2d_forward)
    _backward = staticmethod(maxpool2d_backward)

    def __init__(self, params: Mapping[str, Any], inputs, inferred, dtype=np.float32) -> None:
        super().__init__(params, inputs, inferred, dtype)
        self.pool = int(self.params.get("pool_size", 2))
        self.stride = int(self.params.get("stride", 2))
        self._cache: tuple | None = None

    def forward(self, inputs, training, rng):
        y, self._cache = self._forward(inputs["in"], self.pool, self.stride)
        return {"out": y}

    def backward(self, grads):
        if self._cache is None:
            raise RuntimeError(f"{type(self).__name__}.backward called before forward")
        return {"in": self._backward(grads["out"], self._cache)}


class MaxPool2D(_Pool):
    """Max over each window; the gradient flows to the window's (first) maximum."""

    _forward = staticmethod(maxpool2d_forward)
    _backward = staticmethod(maxpool2d_backward)


class AvgPool2D(_Pool):
    """Mean over each window."""

    _forward = staticmethod(avgpool2d_forward)
    _backward = staticmethod(avgpool2d_backward)
