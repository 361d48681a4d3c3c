"""Merge nodes: Add (residual connections) and Concat (joining branches) of inputs `a` and `b`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from nodeflow.compute.kernel import Kernel


def add_forward(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """a, b of equal shapes -> a + b."""
    return a + b


def add_backward(dy: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """dy -> (da, db). db is a copy, so an engine accumulating fan-out in place cannot alias them."""
    return dy, dy.copy()


def concat_forward(a: np.ndarray, b: np.ndarray, axis: int) -> np.ndarray:
    """a, b equal except on `axis` (of the full tensor, batch first) -> joined along it."""
    return np.concatenate((a, b), axis=axis)


def concat_backward(dy: np.ndarray, size_a: int, axis: int) -> tuple[np.ndarray, np.ndarray]:
    """dy -> (da, db): split along `axis` after the first `size_a` entries (views of dy)."""
    da, db = np.split(dy, [size_a], axis=axis)
    return da, db


class Add(Kernel):
    """out = a + b (equal shapes, checked by the shape rule)."""

    def forward(self, inputs, training, rng):
        return {"out": add_forward(inputs["a"], inputs["b"])}

    def backward(self, grads):
        da, db = add_backward(grads["out"])
        return {"a": da, "b": db}


class Concat(Kernel):
    """out = concatenate(a, b) along param `axis` (default -1; 0, the batch axis, is refused upstream)."""

    def __init__(self, params: Mapping[str, Any], inputs, inferred, dtype=np.float32) -> None:
        super().__init__(params, inputs, inferred, dtype)
        self.axis = int(self.params.get("axis", -1))
        self._size_a = 0

    def forward(self, inputs, training, rng):
        a = inputs["a"]
        self._size_a = a.shape[self.axis]
        return {"out": concat_forward(a, inputs["b"], self.axis)}

    def backward(self, grads):
        da, db = concat_backward(grads["out"], self._size_a, self.axis)
        return {"a": da, "b": db}
