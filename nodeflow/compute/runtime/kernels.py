"""Kernels about the run rather than the maths: Noise and Constant (data sources that give a
batch each forward) and Detach (values through, no gradient back).

A data-source kernel has no inputs; before each forward the engine sets `batch` to the number
of samples of the round's batch (the Dataset batch's length), or None without a Dataset, when
the node's own `batch_size` is used.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from nodeflow.compute.kernel import Kernel


def noise(n: int, shape: tuple[int, ...], distribution: str, scale: float, rng: np.random.Generator,
          dtype: Any = np.float32) -> np.ndarray:
    """(n, *shape) draws from `rng`: normal with standard deviation `scale`, or uniform on
    [-scale, scale)."""
    size = (int(n), *shape)
    if distribution == "uniform":
        out = rng.random(size, dtype=np.dtype(dtype))
        out *= 2 * scale
        out -= scale
        return out
    out = rng.standard_normal(size, dtype=np.dtype(dtype))
    if scale != 1.0:
        out *= scale
    return out


class Source(Kernel):
    """A data source: no inputs, a batch of `batch` samples each forward."""

    batch: int | None = None

    def samples(self) -> int:
        return int(self.batch) if self.batch is not None else int(self.params.get("batch_size") or 1)

    def backward(self, grads: Mapping[str, np.ndarray]) -> dict[str, np.ndarray]:
        return {}


class Noise(Source):
    """Random inputs drawn from the run's generator (a GAN's z)."""

    def forward(self, inputs, training, rng):
        p = self.params
        return {"out": noise(self.samples(), tuple(p["shape"]), p["distribution"], float(p["scale"]), rng,
                             self.dtype)}


class Constant(Source):
    """A target filled with one value (a GAN's real = 1, fake = 0, or 0.9 for label smoothing)."""

    def forward(self, inputs, training, rng):
        p = self.params
        return {"out": np.full((self.samples(), *p["shape"]), p["value"], dtype=self.dtype)}


class Detach(Kernel):
    """out = in; no gradient flows back (stop-gradient)."""

    def forward(self, inputs, training, rng):
        return {"out": inputs["in"]}

    def backward(self, grads):
        return {}
