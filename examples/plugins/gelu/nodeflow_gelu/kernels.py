"""The GELU kernel: a pure forward/backward pair in NumPy, wrapped in nodeflow's Activation class.

gelu(x) = x * Phi(x), Phi the standard normal CDF, Phi(x) = (1 + erf(x / sqrt 2)) / 2. NumPy has
no erf, so erf is Abramowitz & Stegun's 7.1.26 (absolute error below 1.5e-7, vectorized, no
SciPy), and the backward is the exact derivative of that forward, so gradient checks pass to
float64 precision. With `approximate="tanh"`, Phi(x) ~ (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))) / 2,
as torch.nn.functional.gelu(approximate="tanh").
"""

from __future__ import annotations

import numpy as np

from nodeflow.compute.kernels.activations import Activation


def _erf_parts(v: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(erf(v), d erf / dv) by Abramowitz & Stegun 7.1.26 (and its exact derivative)."""
    p, a1, a2, a3, a4, a5 = 0.3275911, 0.254829592, -0.284496736, 1.421413741, -1.453152027, 1.061405429
    u = np.abs(v)
    t = 1.0 / (1.0 + p * u)
    poly = t * (a1 + t * (a2 + t * (a3 + t * (a4 + t * a5))))
    dpoly_dt = a1 + t * (2 * a2 + t * (3 * a3 + t * (4 * a4 + t * 5 * a5)))
    g = np.exp(-u * u)
    erf_u = 1.0 - poly * g
    derf_du = dpoly_dt * p * t * t * g + 2.0 * u * poly * g
    return np.sign(v) * erf_u, derf_du


def gelu(x: np.ndarray, approximate: str = "none") -> np.ndarray:
    if approximate == "tanh":
        inner = np.sqrt(2.0 / np.pi) * (x + 0.044715 * x**3)
        return (0.5 * x * (1.0 + np.tanh(inner))).astype(x.dtype, copy=False)
    erf, _ = _erf_parts(x / np.sqrt(2.0))
    return (0.5 * x * (1.0 + erf)).astype(x.dtype, copy=False)


def gelu_backward(x: np.ndarray, y: np.ndarray, dy: np.ndarray, approximate: str = "none") -> np.ndarray:
    if approximate == "tanh":
        k = np.sqrt(2.0 / np.pi)
        t = np.tanh(k * (x + 0.044715 * x**3))
        dx = 0.5 * (1.0 + t) + 0.5 * x * (1.0 - t * t) * k * (1.0 + 3 * 0.044715 * x * x)
        return (dy * dx).astype(dy.dtype, copy=False)
    erf, derf = _erf_parts(x / np.sqrt(2.0))
    return (dy * (0.5 * (1.0 + erf) + 0.5 * x * derf / np.sqrt(2.0))).astype(dy.dtype, copy=False)


class GELU(Activation):
    """The GELU node: `gelu` and `gelu_backward`, with the node's `approximate` parameter."""

    forward_fn = staticmethod(gelu)
    backward_fn = staticmethod(gelu_backward)
    param_names = ("approximate",)
