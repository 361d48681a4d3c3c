"""Element-wise activations (and Softmax over the last axis): pure forward/backward pairs.

Every activation is two pure functions, `name(x, ...) -> y` and
`name_backward(x, y, dy, ...) -> dx`, with `x`, `y`, `dy`, `dx` all of the same shape (any
rank, batch first). Backward receives both the input and the output so each one can use
whichever is cheaper (Tanh and Sigmoid reuse `y`). The functions use only NumPy and each
other, so the NumPy exporter can copy their source; constants are default arguments for the
same reason. The kernel classes are generated from the table at the bottom, one per node type.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import numpy as np

from nodeflow.compute.kernel import Kernel
from nodeflow.compute.types import Inferred, TensorType


def relu(x: np.ndarray) -> np.ndarray:
    return np.maximum(x, 0)


def relu_backward(x: np.ndarray, y: np.ndarray, dy: np.ndarray) -> np.ndarray:
    return dy * (x > 0)


def leaky_relu(x: np.ndarray, alpha: float = 0.01) -> np.ndarray:
    return np.where(x > 0, x, x * alpha)


def leaky_relu_backward(x: np.ndarray, y: np.ndarray, dy: np.ndarray, alpha: float = 0.01) -> np.ndarray:
    return np.where(x > 0, dy, dy * alpha)


def elu(x: np.ndarray, alpha: float = 1.0) -> np.ndarray:
    # expm1 of min(x, 0): exact near 0 and never overflows for large positive x.
    return np.where(x > 0, x, alpha * np.expm1(np.minimum(x, 0)))


def elu_backward(x: np.ndarray, y: np.ndarray, dy: np.ndarray, alpha: float = 1.0) -> np.ndarray:
    return np.where(x > 0, dy, dy * (alpha * np.exp(np.minimum(x, 0))))


def selu(
    x: np.ndarray,
    scale: float = 1.0507009873554804934193349852946,
    alpha: float = 1.6732632423543772848170429916717,
) -> np.ndarray:
    return scale * np.where(x > 0, x, alpha * np.expm1(np.minimum(x, 0)))


def selu_backward(
    x: np.ndarray,
    y: np.ndarray,
    dy: np.ndarray,
    scale: float = 1.0507009873554804934193349852946,
    alpha: float = 1.6732632423543772848170429916717,
) -> np.ndarray:
    return dy * (scale * np.where(x > 0, 1, alpha * np.exp(np.minimum(x, 0))))


def sigmoid(x: np.ndarray) -> np.ndarray:
    """1 / (1 + exp(-x)) without overflow: exp only ever sees -|x|."""
    e = np.exp(-np.abs(x))
    return np.where(x >= 0, 1, e) / (1 + e)


def sigmoid_backward(x: np.ndarray, y: np.ndarray, dy: np.ndarray) -> np.ndarray:
    return dy * y * (1 - y)


def tanh(x: np.ndarray) -> np.ndarray:
    return np.tanh(x)


def tanh_backward(x: np.ndarray, y: np.ndarray, dy: np.ndarray) -> np.ndarray:
    return dy * (1 - y * y)


def softplus(x: np.ndarray) -> np.ndarray:
    """log(1 + exp(x)), stable for any x."""
    return np.logaddexp(0, x)


def softplus_backward(x: np.ndarray, y: np.ndarray, dy: np.ndarray) -> np.ndarray:
    return dy * sigmoid(x)


def softmax(x: np.ndarray) -> np.ndarray:
    """Softmax over the last axis; subtracting the row maximum keeps exp from overflowing."""
    e = np.exp(x - x.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def softmax_backward(x: np.ndarray, y: np.ndarray, dy: np.ndarray) -> np.ndarray:
    """The Jacobian-vector product y * (dy - <dy, y>) row by row, never the (K, K) Jacobian."""
    return y * (dy - (dy * y).sum(axis=-1, keepdims=True))


def step(x: np.ndarray) -> np.ndarray:
    return (x > 0).astype(x.dtype)


def step_backward(x: np.ndarray, y: np.ndarray, dy: np.ndarray) -> np.ndarray:
    """Zero almost everywhere (and taken as zero at 0): Step does not learn by gradient."""
    return np.zeros_like(dy)


def identity(x: np.ndarray) -> np.ndarray:
    return x


def identity_backward(x: np.ndarray, y: np.ndarray, dy: np.ndarray) -> np.ndarray:
    return dy


class Activation(Kernel):
    """A kernel wrapping one (forward, backward) pair; subclasses only fill in the class fields.

    `param_names` are node parameters passed to both functions as keyword arguments (LeakyReLU's
    and ELU's `alpha`); a parameter missing from `params` falls back to the function's default.
    """

    forward_fn: Callable[..., np.ndarray]
    backward_fn: Callable[..., np.ndarray]
    param_names: tuple[str, ...] = ()

    def __init__(
        self,
        params: Mapping[str, Any],
        inputs: Mapping[str, TensorType],
        inferred: Inferred | None,
        dtype: np.dtype | type = np.float32,
    ) -> None:
        super().__init__(params, inputs, inferred, dtype)
        self.kwargs: dict[str, Any] = {
            name: self.params[name] for name in self.param_names if self.params.get(name) is not None
        }
        self._x: np.ndarray | None = None
        self._y: np.ndarray | None = None

    def forward(
        self, inputs: Mapping[str, np.ndarray], training: bool, rng: np.random.Generator
    ) -> dict[str, np.ndarray]:
        x = inputs["in"]
        y = type(self).forward_fn(x, **self.kwargs)
        self._x, self._y = x, y
        return {"out": y}

    def backward(self, grads: Mapping[str, np.ndarray]) -> dict[str, np.ndarray]:
        if self._x is None:
            raise RuntimeError(f"{type(self).__name__}: backward called before forward")
        return {"in": type(self).backward_fn(self._x, self._y, grads["out"], **self.kwargs)}


def _activation(
    name: str,
    forward_fn: Callable[..., np.ndarray],
    backward_fn: Callable[..., np.ndarray],
    param_names: tuple[str, ...] = (),
) -> type[Activation]:
    """A Kernel class named after the node type, wrapping the given pure pair."""
    return type(
        name,
        (Activation,),
        {
            "forward_fn": staticmethod(forward_fn),
            "backward_fn": staticmethod(backward_fn),
            "param_names": param_names,
            "__doc__": f"The {name} node: `{forward_fn.__name__}` and `{backward_fn.__name__}`.",
            "__module__": __name__,
            "__qualname__": name,
        },
    )


ReLU = _activation("ReLU", relu, relu_backward)
LeakyReLU = _activation("LeakyReLU", leaky_relu, leaky_relu_backward, ("alpha",))
ELU = _activation("ELU", elu, elu_backward, ("alpha",))
SELU = _activation("SELU", selu, selu_backward)
Sigmoid = _activation("Sigmoid", sigmoid, sigmoid_backward)
Tanh = _activation("Tanh", tanh, tanh_backward)
Softplus = _activation("Softplus", softplus, softplus_backward)
Softmax = _activation("Softmax", softmax, softmax_backward)
Step = _activation("Step", step, step_backward)
Identity = _activation("Identity", identity, identity_backward)

KERNELS: dict[str, type[Activation]] = {
    cls.__name__: cls
    for cls in (ReLU, LeakyReLU, ELU, SELU, Sigmoid, Tanh, Softplus, Softmax, Step, Identity)
}
"""Activation kernels by node type name."""
