"""Flatten and Reshape: change the per-sample shape, keep the batch axis and the data."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from nodeflow.compute.kernel import Kernel


def flatten_forward(x: np.ndarray) -> np.ndarray:
    """x (N, ...) -> (N, prod(...)); a view when x is contiguous."""
    return x.reshape(x.shape[0], -1)


def reshape_forward(x: np.ndarray, shape: tuple[int, ...]) -> np.ndarray:
    """x (N, ...) -> (N, *shape); the per-sample sizes must match."""
    return x.reshape((x.shape[0], *shape))


def reshape_backward(dy: np.ndarray, x_shape: tuple[int, ...]) -> np.ndarray:
    """Either reshape's gradient: dy back to the input's shape."""
    return dy.reshape(x_shape)


class Flatten(Kernel):
    """(N, C, H, W) or (N, T, F) -> (N, features)."""

    def __init__(self, params: Mapping[str, Any], inputs, inferred, dtype=np.float32) -> None:
        super().__init__(params, inputs, inferred, dtype)
        self._shape: tuple[int, ...] = ()

    def forward(self, inputs, training, rng):
        x = inputs["in"]
        self._shape = x.shape
        return {"out": flatten_forward(x)}

    def backward(self, grads):
        return {"in": reshape_backward(grads["out"], self._shape)}


class Reshape(Flatten):
    """(N, ...) -> (N, *shape) with `shape` the per-sample shape (without N)."""

    def __init__(self, params: Mapping[str, Any], inputs, inferred, dtype=np.float32) -> None:
        super().__init__(params, inputs, inferred, dtype)
        self.shape = tuple(int(d) for d in self.params["shape"])

    def forward(self, inputs, training, rng):
        x = inputs["in"]
        self._shape = x.shape
        return {"out": reshape_forward(x, self.shape)}
