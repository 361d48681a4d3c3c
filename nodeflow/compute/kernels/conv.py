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
    """x (N, C, H, W) -> cols (N * Ho * Wo, C * k * k), rows ordered (n, i, j), columns (c, di, dj).

    The windows are a strided view (no copy); the reshape makes the one copy the GEMM needs.
    """
    if pad:
        x = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    win = sliding_window_view(x, (k, k), axis=(2, 3))[:, :, ::stride, ::stride]  # (N, C, Ho, Wo, k, k)
    N, C, Ho, Wo = win.shape[:4]
    return win.transpose(0, 2, 3, 1, 4, 5).reshape(N * Ho * Wo, C * k * k)


def col2im(
    dcols: np.ndarray, x_shape: tuple[int, ...], k: int, stride: int, pad: int, Ho: int, Wo: int
) -> np.ndarray:
    """The adjoint of im2col: dcols (N * Ho * Wo, C * k * k) -> dx (N, C, H, W).

    Overlapping windows add up; one vectorized add per kernel offset (k * k of them).
    """
    N, C, H, W = x_shape
    d = dcols.reshape(N, Ho, Wo, C, k, k).transpose(0, 3, 4, 5, 1, 2)  # (N, C, k, k, Ho, Wo)
    dxp = np.zeros((N, C, H + 2 * pad, W + 2 * pad), dtype=dcols.dtype)
    for di in range(k):
        for dj in range(k):
            dxp[:, :, di : di + stride * Ho : stride, dj : dj + stride * Wo : stride] += d[:, :, di, dj]
    if pad:
        return dxp[:, :, pad : pad + H, pad : pad + W]
    return dxp


def conv2d_forward(
    x: np.ndarray, W: np.ndarray, b: np.ndarray | None, stride: int, pad: int
) -> tuple[np.ndarray, tuple]:
    """x (N, C, H, W), W (F, C, k, k), b (F,) or None -> y (N, F, Ho, Wo), cache for backward.

    Ho = (H + 2 pad - k) // stride + 1 (cross-correlation, like torch.nn.functional.conv2d).
    """
    F, C, k, _ = W.shape
    N, _, H, Wd = x.shape
    Ho = (H + 2 * pad - k) // stride + 1
    Wo = (Wd + 2 * pad - k) // stride + 1
    cols = im2col(x, k, stride, pad)
    W2 = W.reshape(F, -1)
    y = np.dot(cols, W2.T)  # (N * Ho * Wo, F)
    if b is not None:
        y += b
    y = np.ascontiguousarray(y.reshape(N, Ho, Wo, F).transpose(0, 3, 1, 2))
    return y, (cols, x.shape, stride, pad, Ho, Wo)


def conv2d_backward(
    dy: np.ndarray, cache: tuple, W: np.ndarray, with_bias: bool = True, need_dx: bool = True
) -> tuple[np.ndarray | None, np.ndarray, np.ndarray | None]:
    """dy (N, F, Ho, Wo) -> (dx (N, C, H, W) or None, dW (F, C, k, k), db (F,) or None)."""
    cols, x_shape, stride, pad, Ho, Wo = cache
    F, C, k, _ = W.shape
    dy2 = dy.transpose(0, 2, 3, 1).reshape(-1, F)  # (N * Ho * Wo, F)
    dW = np.dot(dy2.T, cols).reshape(W.shape)
    db = dy2.sum(axis=0) if with_bias else None
    dx = None
    if need_dx:
        dcols = np.dot(dy2, W.reshape(F, -1))
        dx = col2im(dcols, x_shape, k, stride, pad, Ho, Wo)
    return dx, dW, db


def _pool_windows(x: np.ndarray, p: int, s: int) -> np.ndarray:
    """x (N, C, H, W) -> windows (N, C, Ho, Wo, p * p) (a copy), with Ho = (H - p) // s + 1."""
    N, C, H, W = x.shape
    Ho, Wo = (H - p) // s + 1, (W - p) // s + 1
    if s == p:  # non-overlapping: a reshape of the (cropped) image, no window view needed
        xr = x[:, :, : Ho * p, : Wo * p].reshape(N, C, Ho, p, Wo, p)
        return xr.transpose(0, 1, 2, 4, 3, 5).reshape(N, C, Ho, Wo, p * p)
    win = sliding_window_view(x, (p, p), axis=(2, 3))[:, :, ::s, ::s]
    return win.reshape(N, C, Ho, Wo, p * p)


def _pool_scatter(dwin: np.ndarray, x_shape: tuple[int, ...], p: int, s: int) -> np.ndarray:
    """The adjoint of _pool_windows: dwin (N, C, Ho, Wo, p * p) -> dx (N, C, H, W)."""
    N, C, H, W = x_shape
    Ho, Wo = dwin.shape[2:4]
    if s == p:
        d = dwin.reshape(N, C, Ho, Wo, p, p).transpose(0, 1, 2, 4, 3, 5).reshape(N, C, Ho * p, Wo * p)
        if Ho * p == H and Wo * p == W:
            return d
        dx = np.zeros(x_shape, dtype=dwin.dtype)
        dx[:, :, : Ho * p, : Wo * p] = d
        return dx
    d = dwin.reshape(N, C, Ho, Wo, p, p)
    dx = np.zeros(x_shape, dtype=dwin.dtype)
    for di in range(p):
        for dj in range(p):
            dx[:, :, di : di + s * Ho : s, dj : dj + s * Wo : s] += d[..., di, dj]
    return dx


def maxpool2d_forward(x: np.ndarray, pool: int, stride: int) -> tuple[np.ndarray, tuple]:
    """x (N, C, H, W) -> y (N, C, Ho, Wo), cache (argmax per window: ties go to the first)."""
    win = _pool_windows(x, pool, stride)
    idx = win.argmax(axis=-1)[..., None]
    y = np.take_along_axis(win, idx, axis=-1)[..., 0]
    return y, (idx, x.shape, pool, stride)


def maxpool2d_backward(dy: np.ndarray, cache: tuple) -> np.ndarray:
    """dy (N, C, Ho, Wo) -> dx (N, C, H, W): each window's gradient goes to its one winner."""
    idx, x_shape, pool, stride = cache
    dwin = np.zeros(dy.shape + (pool * pool,), dtype=dy.dtype)
    np.put_along_axis(dwin, idx, dy[..., None], axis=-1)
    return _pool_scatter(dwin, x_shape, pool, stride)


def avgpool2d_forward(x: np.ndarray, pool: int, stride: int) -> tuple[np.ndarray, tuple]:
    """x (N, C, H, W) -> y (N, C, Ho, Wo), the mean of each pool x pool window."""
    N, C, H, W = x.shape
    if stride == pool and H % pool == 0 and W % pool == 0:
        y = x.reshape(N, C, H // pool, pool, W // pool, pool).mean(axis=(3, 5))
    else:
        y = _pool_windows(x, pool, stride).mean(axis=-1)
    return y, (x.shape, pool, stride)


def avgpool2d_backward(dy: np.ndarray, cache: tuple) -> np.ndarray:
    """dy (N, C, Ho, Wo) -> dx (N, C, H, W): each window shares its gradient equally."""
    x_shape, pool, stride = cache
    share = dy / (pool * pool)
    dwin = np.broadcast_to(share[..., None], dy.shape + (pool * pool,))
    return _pool_scatter(dwin, x_shape, pool, stride)


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
