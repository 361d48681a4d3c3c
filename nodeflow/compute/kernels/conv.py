"""Conv2D (im2col + one GEMM) and 2-D max / average pooling on (N, C, H, W) images.

Layout: the node contract is (N, C, H, W), but the kernels compute channels-last. A
convolution's output is an (N, C, H, W) *view* of channels-last memory (a transpose, no copy),
and the element-wise kernels and the pools keep whatever memory order they are given, so a
conv -> activation -> pool -> conv chain runs without a layout copy: the next convolution's
channels-last view of its input is free. Anything that needs C-order (Flatten's reshape, say)
copies as before, and the values are the same in either order.

Large per-batch scratch arrays (the padded input, the im2col matrix, the input gradient's
columns) live in a per-kernel `work` dict and are reused batch after batch: a fresh large
array is a fresh, zeroed mapping from the OS every time. Arrays handed to the caller are
always new.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
from numpy.lib.stride_tricks import as_strided, sliding_window_view

from nodeflow.compute.kernel import Kernel


def conv_padding(padding: str | int, k: int) -> int:
    """The padding on every side: "valid" -> 0, "same" -> (k - 1) // 2 (as PyTorch's int), int -> int."""
    if padding == "valid":
        return 0
    if padding == "same":
        return (k - 1) // 2
    return int(padding)


def conv_pads(padding: str | int, k: int) -> tuple[int, int, int, int]:
    """(top, bottom, left, right): "same" pads (k - 1) // 2 before and k // 2 after, so an even
    kernel keeps the size at stride 1 too (PyTorch's and TensorFlow's padding="same")."""
    if padding == "same":
        return ((k - 1) // 2, k // 2) * 2
    p = conv_padding(padding, k)
    return (p, p, p, p)


Pad = int | tuple[int, int, int, int]
"""Zeros around an image: the same on every side, or (top, bottom, left, right)."""


def sides(pad: Pad) -> tuple[int, int, int, int]:
    """`pad` as (top, bottom, left, right)."""
    if isinstance(pad, (int, np.integer)):
        return (int(pad),) * 4
    top, bottom, left, right = (int(p) for p in pad)
    return top, bottom, left, right


def scratch(work: dict | None, name: str, shape: tuple[int, ...], dtype: Any) -> np.ndarray:
    """An uninitialised array of `shape`, reused from `work` when the shape and dtype match."""
    if work is None:
        return np.empty(shape, dtype)
    a = work.get(name)
    if a is None or a.shape != shape or a.dtype != dtype:
        a = work[name] = np.empty(shape, dtype)
    return a


def ones(work: dict | None, n: int, dtype: Any) -> np.ndarray:
    """A vector of n ones (kept in `work`): sums over rows as one BLAS matrix-vector product."""
    a = None if work is None else work.get("ones")
    if a is None or a.shape != (n,) or a.dtype != dtype:
        a = np.ones(n, dtype)
        if work is not None:
            work["ones"] = a
    return a


def pad_nhwc(x: np.ndarray, pad: Pad, work: dict | None = None, name: str = "xp") -> np.ndarray:
    """x (N, H, W, C) in any memory order -> a C-order copy with zeros around each image
    (`pad`: on every side, or top, bottom, left, right). Only the border is zeroed."""
    N, H, W, C = x.shape
    top, bottom, left, right = sides(pad)
    if top == bottom == left == right == 0:
        return x if x.flags.c_contiguous else np.ascontiguousarray(x)
    xp = scratch(work, name, (N, top + H + bottom, left + W + right, C), x.dtype)
    xp[:, :top] = 0
    xp[:, top + H :] = 0
    xp[:, top : top + H, :left] = 0
    xp[:, top : top + H, left + W :] = 0
    xp[:, top : top + H, left : left + W] = x
    return xp


def im2col(
    x: np.ndarray, k: int, stride: int, pad: Pad, work: dict | None = None, name: str = "cols",
    ones_column: bool = False,
) -> np.ndarray:
    """x (N, H, W, C) channels-last -> cols (N * Ho * Wo, k * k * C), columns ordered (di, dj, c).

    Channels-last keeps each window row's channels contiguous, so the one copy the GEMM needs
    (of a strided window view) is several times faster than from (N, C, H, W). With
    `ones_column` a last column of ones is appended: the bias then rides in the GEMM as one
    more row of the filters, and its gradient comes out of the weight-gradient GEMM, instead
    of a pass over the output each way.
    """
    N, H, W, C = x.shape
    xp = pad_nhwc(x, pad, work=work)
    Ho = (xp.shape[1] - k) // stride + 1
    Wo = (xp.shape[2] - k) // stride + 1
    win = sliding_window_view(xp, (k, k), axis=(1, 2))[:, : stride * Ho : stride, : stride * Wo : stride]
    width = k * k * C + (1 if ones_column else 0)
    cols = scratch(work, name, (N * Ho * Wo, width), x.dtype)
    row, item = cols.strides
    if C == 1:  # one channel: a copy per offset walks whole image rows, not 3-element pieces
        dest = as_strided(cols, (N, Ho, Wo, k * k), (Ho * Wo * row, Wo * row, row, item))
        for di in range(k):
            for dj in range(k):
                dest[..., di * k + dj] = xp[:, di : di + stride * Ho : stride, dj : dj + stride * Wo : stride, 0]
    else:
        dest = as_strided(cols, (N, Ho, Wo, k, k, C), (Ho * Wo * row, Wo * row, row, k * C * item, C * item, item))
        np.copyto(dest, win.transpose(0, 1, 2, 4, 5, 3))
    if ones_column:
        cols[:, -1] = 1
    return cols


SMALL_C = 4
"""Inputs of at most this many channels held as C-order (N, C, H, W), i.e. straight from the
data, are unrolled by `im2col_rows` (k * k * C rows of whole images) rather than `im2col`."""


def pad_nchw(x: np.ndarray, pad: Pad, work: dict | None = None, name: str = "xpc") -> np.ndarray:
    """x (N, C, H, W) -> a C-order copy with zeros around each image; only the border is zeroed."""
    N, C, H, W = x.shape
    top, bottom, left, right = sides(pad)
    if top == bottom == left == right == 0:
        return x if x.flags.c_contiguous else np.ascontiguousarray(x)
    xp = scratch(work, name, (N, C, top + H + bottom, left + W + right), x.dtype)
    xp[:, :, :top] = 0
    xp[:, :, top + H :] = 0
    xp[:, :, top : top + H, :left] = 0
    xp[:, :, top : top + H, left + W :] = 0
    xp[:, :, top : top + H, left : left + W] = x
    return xp


def im2col_rows(
    x: np.ndarray, k: int, stride: int, pad: Pad, work: dict | None = None, ones_row: bool = False
) -> np.ndarray:
    """x (N, C, H, W) -> rows (C * k * k [+ 1], N * Ho * Wo): im2col transposed, rows ordered
    (c, di, dj) as W.reshape(F, -1)'s columns.

    For a few channels in (N, C, H, W) order (the data going into a first convolution) each
    row is one kernel offset of one channel over the whole batch: a contiguous write from
    image rows, where `im2col`'s columns would be written C floats at a time (3 for RGB). The
    GEMMs read it transposed, which BLAS does without a copy. With `ones_row` a last row of
    ones carries the bias, as `im2col`'s ones column.
    """
    N, C, H, W = x.shape
    xp = pad_nchw(x, pad, work=work)
    Ho = (xp.shape[2] - k) // stride + 1
    Wo = (xp.shape[3] - k) // stride + 1
    rows = scratch(work, "rows", (C * k * k + (1 if ones_row else 0), N * Ho * Wo), x.dtype)
    dest = rows[: C * k * k].reshape(C, k, k, N, Ho, Wo)
    for c in range(C):
        for di in range(k):
            for dj in range(k):
                dest[c, di, dj] = xp[:, c, di : di + stride * Ho : stride, dj : dj + stride * Wo : stride]
    if ones_row:
        rows[-1] = 1
    return rows


def col2im_gemm(
    dy2: np.ndarray, W: np.ndarray, x_shape: tuple[int, ...], stride: int, pad: Pad, Ho: int, Wo: int,
    work: dict | None = None,
) -> np.ndarray:
    """The input gradient of a convolution: dy2 (N * Ho * Wo, F) -> dx (N, H, W, C) channels-last.

    The adjoint of im2col + GEMM, computed a few images at a time: one batched product gives
    each kernel offset's contribution (k * k, rows, C), contiguous, and k * k shifted adds fold
    them into the padded gradient while both are still in cache. (The whole-batch column
    matrix and a strided col2im over it cost twice as much: each add walked 38 MB.)
    """
    N, H, W_, C = x_shape
    F, _, k, _ = W.shape
    Wt = W.transpose(2, 3, 0, 1).reshape(k * k, F, C)
    dtype = np.result_type(dy2, W)
    top, bottom, left, right = sides(pad)
    dxp = np.empty((N, top + H + bottom, left + W_ + right, C), dtype=dtype)
    per_image = Ho * Wo
    block = max(1, min(N, (1 << 17) // max(1, k * k * per_image * C)))  # ~512 KB of float32
    buf = scratch(work, "dblock", (k * k * block * per_image * C,), dtype)
    for s0 in range(0, N, block):
        s1 = min(N, s0 + block)
        rows = (s1 - s0) * per_image
        d = buf[: k * k * rows * C].reshape(k * k, rows, C)
        np.matmul(dy2[s0 * per_image : s1 * per_image], Wt, out=d)
        d = d.reshape(k, k, s1 - s0, Ho, Wo, C)
        dxb = dxp[s0:s1]
        if stride == 1:  # offset (0, 0) covers [0, Ho) x [0, Wo): assign it, zero the rest
            dxb[:, Ho:] = 0
            dxb[:, :Ho, Wo:] = 0
            dxb[:, :Ho, :Wo] = d[0, 0]
        else:
            dxb[...] = 0
            dxb[:, : stride * Ho : stride, : stride * Wo : stride] = d[0, 0]
        for di in range(k):
            for dj in range(k):
                if di or dj:
                    dxb[:, di : di + stride * Ho : stride, dj : dj + stride * Wo : stride] += d[di, dj]
    return dxp[:, top : top + H, left : left + W_]


def conv2d_forward(
    x: np.ndarray, W: np.ndarray, b: np.ndarray | None, stride: int, pad: Pad, work: dict | None = None
) -> tuple[np.ndarray, tuple]:
    """x (N, C, H, W), W (F, C, k, k), b (F,) or None -> y (N, F, Ho, Wo), cache for backward.

    Ho = (H + top + bottom - k) // stride + 1 (cross-correlation, like torch.nn.functional.conv2d;
    `pad` the same on every side, or (top, bottom, left, right)).
    One GEMM: cols (N * Ho * Wo, k * k * C [+ 1]) @ W2 (k * k * C [+ 1], F), the bias as the
    last row against a column of ones (`im2col`, or `im2col_rows` for a few C-order channels). y is a view of the channels-last product (see the
    module docstring); x may be in either memory order.
    """
    F, C, k, _ = W.shape
    N, _, H, Wd = x.shape
    top, bottom, left, right = sides(pad)
    Ho = (H + top + bottom - k) // stride + 1
    Wo = (Wd + left + right - k) // stride + 1
    rows = C <= SMALL_C and x.flags.c_contiguous  # few channels, C-order: rows (c, di, dj)
    W2 = W.reshape(F, C * k * k).T if rows else W.transpose(2, 3, 1, 0).reshape(k * k * C, F)
    if b is not None:
        W2 = np.concatenate([W2, b.reshape(1, F)])
    if rows:
        cols = im2col_rows(x, k, stride, pad, work, ones_row=b is not None).T  # read transposed
    else:
        cols = im2col(x.transpose(0, 2, 3, 1), k, stride, pad, work, ones_column=b is not None)
    y = np.dot(cols, W2)  # (N * Ho * Wo, F)
    return y.reshape(N, Ho, Wo, F).transpose(0, 3, 1, 2), (cols, (N, H, Wd, C), stride, pad, Ho, Wo, rows)


def conv2d_backward(
    dy: np.ndarray,
    cache: tuple,
    W: np.ndarray,
    with_bias: bool = True,
    need_dx: bool = True,
    work: dict | None = None,
) -> tuple[np.ndarray | None, np.ndarray, np.ndarray | None]:
    """dy (N, F, Ho, Wo) -> (dx (N, C, H, W) or None, dW (F, C, k, k), db (F,) or None).

    dW and db are one GEMM with the cached columns (db from their column of ones). The input
    gradient is `col2im_gemm`; dx is a view of channels-last memory.
    """
    cols, nhwc, stride, pad, Ho, Wo, rows = cache
    F, C, k, _ = W.shape
    N, H, Wd, _ = nhwc
    dy2 = dy.transpose(0, 2, 3, 1).reshape(-1, F)  # free when dy is channels-last memory
    if rows:  # `im2col_rows`: columns ordered (c, di, dj); its rows times dy2, both as stored
        g = np.dot(cols.T, dy2).T  # (F, C * k * k [+ 1])
        dW = g[:, : k * k * C].reshape(F, C, k, k)
    else:  # `im2col`: columns ordered (di, dj, c)
        g = np.dot(dy2.T, cols)  # (F, k * k * C [+ 1])
        dW = g[:, : k * k * C].reshape(F, k, k, C).transpose(0, 3, 1, 2)
    db = g[:, -1] if with_bias and cols.shape[1] > k * k * C else None
    if with_bias and db is None:  # columns built without the ones (a bias added after forward)
        db = np.dot(ones(work, dy2.shape[0], dy2.dtype), dy2)
    dx = None
    if need_dx:
        dx = col2im_gemm(dy2, W, nhwc, stride, pad, Ho, Wo, work).transpose(0, 3, 1, 2)
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


def like(a: np.ndarray, ref: np.ndarray) -> np.ndarray:
    """`a` in the memory order of `ref` (same shape): itself when they agree, else one copy.

    Element-wise work on two arrays of different memory orders walks one of them against its
    grain, many times slower than the copy that lines them up.
    """
    if a.flags.c_contiguous and ref.flags.c_contiguous:
        return a
    if list(np.argsort(a.strides, kind="stable")) == list(np.argsort(ref.strides, kind="stable")):
        return a
    out = np.empty_like(ref, dtype=a.dtype)
    out[...] = a
    return out


def maxpool2d_forward(x: np.ndarray, pool: int, stride: int) -> tuple[np.ndarray, tuple]:
    """x (N, C, H, W) -> y (N, C, Ho, Wo), cache: the winning offset per window (int8 or int16).

    Ties go to the first offset in row-major order. A 2x2 window is a small tournament (the
    maxima of its two rows, then of those); larger ones a running maximum over the offsets
    (each a strided view), where offsets come in increasing order, so "idx = o where v beats
    the maximum so far" is idx = maximum(idx, o * better): cheap ufuncs, no `where`. Every
    array keeps x's memory order (channels-last after a convolution).
    """
    Ho, Wo = pool_output_size(x.shape, pool, stride)
    offsets = list(_offsets(pool, stride, Ho, Wo))
    if pool == 2:
        a, b, c, d = (x[sl] for sl in offsets)
        y = np.maximum(a, b)
        idx = np.greater(b, a).view(np.int8)  # 0 or 1: which of the top row won (a on ties)
        bottom = np.maximum(c, d)
        low = np.greater(d, c).view(np.int8)
        low += 2  # 2 or 3: which of the bottom row won
        low *= np.greater(bottom, y)  # 0 where the top row wins (ties too); copyto(where=) is slow
        np.maximum(idx, low, out=idx)
        np.maximum(y, bottom, out=y)
        return y, (idx, x, pool, stride)
    y = x[offsets[0]].copy(order="K")
    idx = np.zeros_like(y, dtype=np.int8 if pool * pool <= 127 else np.int16)
    better = np.empty_like(y, dtype=bool)
    moved = np.empty_like(idx)
    for o, sl in enumerate(offsets[1:], start=1):
        v = x[sl]
        np.greater(v, y, out=better)
        np.maximum(y, v, out=y)
        np.multiply(better, idx.dtype.type(o), out=moved)
        np.maximum(idx, moved, out=idx)
    return y, (idx, x, pool, stride)


def maxpool2d_backward(dy: np.ndarray, cache: tuple) -> np.ndarray:
    """dy (N, C, Ho, Wo) -> dx (N, C, H, W): each window's gradient goes to its one winner.

    dx has the memory order of the forward's x, so the layer below gets what it gave.
    """
    idx, x, pool, stride = cache
    Ho, Wo = dy.shape[2:]
    dy = like(dy, idx)
    tiled = stride == pool and x.shape[2:] == (Ho * pool, Wo * pool)  # every pixel written once
    dx = (np.empty_like if tiled else np.zeros_like)(x, dtype=np.result_type(dy, x))
    won = np.empty_like(idx, dtype=bool)
    for o, sl in enumerate(_offsets(pool, stride, Ho, Wo)):
        np.equal(idx, o, out=won)
        if stride >= pool:  # windows do not overlap: each pixel is written once
            np.multiply(dy, won, out=dx[sl])
        else:
            dx[sl] += dy * won
    return dx


def avgpool2d_forward(x: np.ndarray, pool: int, stride: int) -> tuple[np.ndarray, tuple]:
    """x (N, C, H, W) -> y (N, C, Ho, Wo), the mean of each pool x pool window (x's memory order)."""
    Ho, Wo = pool_output_size(x.shape, pool, stride)
    offsets = list(_offsets(pool, stride, Ho, Wo))
    y = x[offsets[0]].copy(order="K")
    for sl in offsets[1:]:
        y += x[sl]
    y /= pool * pool
    return y, (x, pool, stride)


def avgpool2d_backward(dy: np.ndarray, cache: tuple) -> np.ndarray:
    """dy (N, C, Ho, Wo) -> dx (N, C, H, W): each window shares its gradient equally."""
    x, pool, stride = cache
    share = like(dy, x[:, :, : dy.shape[2], : dy.shape[3]]) / (pool * pool)
    dx = np.zeros_like(x, dtype=np.result_type(dy, x))
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
        pads = conv_pads(self.params.get("padding", "valid"), k)
        # PyTorch's "same": an even kernel pads one pixel more after than before
        self.pad: Pad = pads[0] if len(set(pads)) == 1 else pads
        self._cache: tuple | None = None
        self._work: dict[str, np.ndarray] = {}

    def forward(self, inputs, training, rng):
        self._cache = None  # the last batch's cache goes before this batch's is made
        y, self._cache = conv2d_forward(
            inputs["in"], self.w["W"], self.w.get("b"), self.stride, self.pad, self._work
        )
        return {"out": y}

    def backward(self, grads):
        if self._cache is None:
            raise RuntimeError("Conv2D.backward called before forward")
        dx, dW, db = conv2d_backward(
            grads["out"], self._cache, self.w["W"], with_bias="b" in self.w, need_dx=self.input_grad,
            work=self._work,
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
        self._cache = None
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
