"""Numerical gradients by central differences, to check backprop against.

Used by the kernel tests and by `nodeflow gradcheck`. Run checks in float64: with eps=1e-6 the
central difference has a truncation error of order eps**2 and a rounding error of order
1e-16/eps, so smooth functions agree with backprop to about 1e-8 relative error.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np


def numerical_gradient(f: Callable[[], float], x: np.ndarray, eps: float = 1e-6) -> np.ndarray:
    """d f / d x by central differences: (f(x + eps) - f(x - eps)) / (2 eps), element by element.

    `f` takes no arguments and reads `x` (which it must see by reference, e.g. a weight array
    inside a kernel), so `x` is perturbed in place, one element at a time, and restored exactly
    afterwards. Returns an array of x's shape and dtype. Costs 2 * x.size calls of `f`.
    """
    grad = np.zeros_like(x)
    flat = x.reshape(-1)  # a view whenever x is contiguous; checked below
    if not np.shares_memory(flat, x):
        raise ValueError("numerical_gradient needs a contiguous array to perturb in place")
    gflat = grad.reshape(-1)
    for i in range(flat.size):
        old = flat[i]
        flat[i] = old + eps
        plus = float(f())
        flat[i] = old - eps
        minus = float(f())
        flat[i] = old
        gflat[i] = (plus - minus) / (2.0 * eps)
    return grad


def relative_error(a: np.ndarray, b: np.ndarray) -> float:
    """max |a - b| / max(|a| + |b|): one scale-free number for how far two gradients disagree.

    The denominator is taken over the whole array (not element-wise), so tiny entries near zero
    do not blow the error up; it is floored at the smallest positive float, so two all-zero
    arrays compare as 0.0. Shapes must match.
    """
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    if a.shape != b.shape:
        raise ValueError(f"shapes differ: {a.shape} vs {b.shape}")
    if a.size == 0:
        return 0.0
    diff = float(np.max(np.abs(a - b)))
    scale = float(np.max(np.abs(a) + np.abs(b)))
    return diff / max(scale, np.finfo(np.float64).tiny)
