"""Toy distributions for generative models (GANs): pure NumPy `(params, rng) -> (x, y)`.

A GAN learns to draw samples like the real ones, so these sets are about the *distribution*
of x: one Gaussian (the 1-D demo: does the generator find the mean and spread?), a mixture of
Gaussians side by side (can it cover every mode, or does it collapse onto one?) and a ring of
Gaussians (GAN Lab's and the unrolled-GAN paper's test of mode collapse). y is the index of
the mode each sample was drawn from (classes = modes), for colouring points and for counting
which modes the generated samples cover; a GAN's discriminator takes its targets from
`Constant` nodes, not from y.

Every value comes from the given seeded `rng`; samples come out ordered by mode (the loader
shuffles them when it splits). Turn the Dataset's `standardize` off to keep the units the
parameters say (a Gaussian of mean 4 stays at 4).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

Params = Mapping[str, Any]


def mode_counts(n: int, k: int) -> np.ndarray:
    """n samples shared out over k modes as evenly as possible (the first get one more)."""
    return np.full(k, n // k, np.int64) + (np.arange(k) < n % k)


def mixture_centres(p: Params) -> np.ndarray:
    """(components, dims) centres `spread` apart along the first axis, centred on `mean`
    (a 2-D mixture sits on the horizontal line x1 = mean)."""
    k, d = p["components"], p["dims"]
    centres = np.full((k, d), float(p["mean"]))
    centres[:, 0] += p["spread"] * (np.arange(k) - (k - 1) / 2.0)
    return centres


def ring_centres(p: Params) -> np.ndarray:
    """(components, 2) centres evenly spaced on a circle of `radius` around the origin,
    the first on the positive x0 axis."""
    angle = 2.0 * np.pi * np.arange(p["components"]) / p["components"]
    return p["radius"] * np.stack([np.cos(angle), np.sin(angle)], axis=1)


def toy_centres(p: Params) -> np.ndarray:
    """The (modes, dims) centres of any of the three toy sources (a Gaussian has one)."""
    if p["source"] == "ring":
        return ring_centres(p)
    if p["source"] == "mixture":
        return mixture_centres(p)
    return np.full((1, p["dims"]), float(p["mean"]))


def _around(centres: np.ndarray, std: float, n: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    y = np.repeat(np.arange(len(centres), dtype=np.int64), mode_counts(n, len(centres)))
    x = centres[y] + std * rng.standard_normal((n, centres.shape[1]))
    return x, y


def gaussian(p: Params, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """n samples of N(mean, std^2) in each of `dims` coordinates (1 or 2); y is all 0."""
    centre = np.full((1, p["dims"]), float(p["mean"]))
    return _around(centre, p["std"], p["n_samples"], rng)


def mixture(p: Params, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """An equal mixture of `components` Gaussians of the same `std`, `spread` apart in a row."""
    return _around(mixture_centres(p), p["std"], p["n_samples"], rng)


def ring(p: Params, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """An equal mixture of `components` small Gaussians (`std`) on a circle of `radius` (2-D)."""
    return _around(ring_centres(p), p["std"], p["n_samples"], rng)


TOY_GENERATORS = {"gaussian": gaussian, "mixture": mixture, "ring": ring}


def dims_of(p: Params) -> int:
    """Sample size of a toy source: a ring is always 2-D, the others have `dims`."""
    return 2 if p["source"] == "ring" else int(p["dims"])


def modes_of(p: Params) -> int:
    return 1 if p["source"] == "gaussian" else int(p["components"])
