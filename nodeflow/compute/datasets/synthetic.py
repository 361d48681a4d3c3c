"""Small generated datasets for learning: pure NumPy functions `(params, rng) -> (x, y)`.

Each generator draws only from the given seeded `rng`, so the same seed gives the same data.
x is float64 `(n, *sample)`; y is int64 labels `(n,)` or float64 targets `(n, 1)`. The
points come out ordered by class; the loader shuffles them when it splits.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from nodeflow.compute.datasets.toys import TOY_GENERATORS

Params = Mapping[str, Any]

SINE_STEP = 0.25
"""Radians between two samples of the sine series (a period is about 25 steps)."""

SPIRAL_TURN = 4.0
"""Radians each spiral arm sweeps from the centre outwards."""


def linear(p: Params, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """y = slope * (x1 + ... + xF) + intercept + noise, with x standard normal `(n, features)`.

    x is already close to mean 0 and std 1, so standardizing it barely changes it and a Dense
    layer's weight ends close to `slope` and its bias close to `intercept`.
    """
    n, f = p["n_samples"], p["features"]
    x = rng.standard_normal((n, f))
    noise = p["noise"] * rng.standard_normal((n, 1))
    y = p["slope"] * x.sum(axis=1, keepdims=True) + p["intercept"] + noise
    return x, y


def xor(p: Params, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Points in [-1, 1]^2, class 1 where x1 and x2 have different signs; not linearly separable."""
    n = p["n_samples"]
    x = rng.uniform(-1.0, 1.0, (n, 2))
    y = ((x[:, 0] > 0) != (x[:, 1] > 0)).astype(np.int64)
    x += p["noise"] * rng.standard_normal((n, 2))
    return x, y


def moons(p: Params, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Two interleaving half circles (as scikit-learn's make_moons), class 0 above, 1 below."""
    n = p["n_samples"]
    n_out = n // 2
    t_out = np.linspace(0.0, np.pi, n_out)
    t_in = np.linspace(0.0, np.pi, n - n_out)
    outer = np.stack([np.cos(t_out), np.sin(t_out)], axis=1)
    inner = np.stack([1.0 - np.cos(t_in), 0.5 - np.sin(t_in)], axis=1)
    x = np.concatenate([outer, inner]) + p["noise"] * rng.standard_normal((n, 2))
    y = np.repeat(np.array([0, 1], dtype=np.int64), [n_out, n - n_out])
    return x, y


def circles(p: Params, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """A circle of radius 1 (class 0) around one of radius 0.5 (class 1)."""
    n = p["n_samples"]
    n_out = n // 2
    t_out = np.linspace(0.0, 2 * np.pi, n_out, endpoint=False)
    t_in = np.linspace(0.0, 2 * np.pi, n - n_out, endpoint=False)
    outer = np.stack([np.cos(t_out), np.sin(t_out)], axis=1)
    inner = 0.5 * np.stack([np.cos(t_in), np.sin(t_in)], axis=1)
    x = np.concatenate([outer, inner]) + p["noise"] * rng.standard_normal((n, 2))
    y = np.repeat(np.array([0, 1], dtype=np.int64), [n_out, n - n_out])
    return x, y


def spirals(p: Params, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Three spiral arms winding out from the centre, one class each."""
    n, k = p["n_samples"], 3
    y = np.arange(n, dtype=np.int64) % k
    per_class = -(-n // k)
    frac = (np.arange(n) // k) / max(per_class - 1, 1)  # 0 at the centre, 1 at the tip
    angle = 2 * np.pi * y / k + SPIRAL_TURN * frac
    x = frac[:, None] * np.stack([np.sin(angle), np.cos(angle)], axis=1)
    x += p["noise"] * rng.standard_normal((n, 2))
    return x, y


def sine(p: Params, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Windows of a noisy sine wave: x `(n, seq_len, 1)`, y `(n, 1)` the value that comes next.

    Every window starts at its own random phase, so windows do not overlap and validation
    windows are not copies of training windows.
    """
    n, t = p["n_samples"], p["seq_len"]
    phase = rng.uniform(0.0, 2 * np.pi, (n, 1))
    series = np.sin(phase + SINE_STEP * np.arange(t + 1)) + p["noise"] * rng.standard_normal((n, t + 1))
    return series[:, :t, None], series[:, t:]


GENERATORS = {
    "linear": linear,
    "xor": xor,
    "moons": moons,
    "circles": circles,
    "spirals": spirals,
    "sine": sine,
    **TOY_GENERATORS,  # gaussian, mixture, ring: distributions for GANs
}
