"""A Dense Q-network in plain NumPy, with a target copy: the reference learner of the episode loop.

Layers: Dense(hidden[0]) -> activation -> ... -> Dense(n_actions), inputs (B, F) -> Q-values
(B, n_actions). With no hidden layer and no bias, on one-hot states, the weight matrix W
(n_states, n_actions) *is* the Q-table: Q(s, .) = W[s].

The weights live in one flat buffer (each layer's W (F, U), then b (U,)), initialised like the
engine's Dense layers with `init` "auto": He-normal before a ReLU, Xavier-uniform otherwise,
biases zero, drawn from the run's generator in float64 in layer order and cast to the dtype.
The target network is a second flat buffer, a copy refreshed by `sync_target`. The optimizers
are the engine's (`nodeflow.compute.optimizers`), stepping the flat buffer.

Any object with `q_values`, `target_q_values`, `train_batch` and `sync_target` can stand in for
this class in the episode loop (a network compiled from the canvas does, through its adapter).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from nodeflow.compute.kernels.activations import relu, relu_backward, tanh, tanh_backward
from nodeflow.compute.kernels.dense import dense_backward, dense_forward
from nodeflow.compute.optimizers import SGD, AdaGrad, Adam, Momentum, Optimizer, RMSProp
from nodeflow.compute.rl.td import td_loss, td_loss_backward

ACTIVATIONS = {"relu": (relu, relu_backward), "tanh": (tanh, tanh_backward)}
OPTIMIZERS: dict[str, type[Optimizer]] = {
    "sgd": SGD, "momentum": Momentum, "adagrad": AdaGrad, "rmsprop": RMSProp, "adam": Adam,
}


class DenseQNetwork:
    """Q-values for (B, n_inputs) states; see the module docstring."""

    def __init__(
        self,
        n_inputs: int,
        n_actions: int,
        rng: np.random.Generator,
        hidden: Sequence[int] = (),
        activation: str = "relu",
        use_bias: bool = True,
        optimizer: str = "sgd",
        lr: float = 0.1,
        optimizer_params: Mapping[str, Any] | None = None,
        loss: str = "mse",
        delta: float = 1.0,
        dtype: np.dtype | type = np.float32,
    ) -> None:
        if activation not in ACTIVATIONS:
            raise ValueError(f"unknown activation {activation!r}; choose {' or '.join(ACTIVATIONS)}")
        if optimizer not in OPTIMIZERS:
            raise ValueError(f"unknown optimizer {optimizer!r}; choose one of {', '.join(OPTIMIZERS)}")
        self.dtype = np.dtype(dtype)
        self.n_actions = int(n_actions)
        self.sizes = [int(n_inputs), *map(int, hidden), int(n_actions)]
        self.use_bias = bool(use_bias)
        self.act, self.act_backward = ACTIVATIONS[activation]
        self.activation = activation
        self.loss, self.delta, self.lr = loss, float(delta), float(lr)
        layout = []
        total = 0
        for f, u in zip(self.sizes[:-1], self.sizes[1:], strict=True):
            layout.append((total, f, u))
            total += f * u + (u if use_bias else 0)
        self.flat_w = np.zeros(total, self.dtype)
        self.flat_g = np.zeros(total, self.dtype)
        self.target_w = np.zeros(total, self.dtype)
        self._layout = layout
        last = len(layout) - 1
        for i, (offset, f, u) in enumerate(layout):
            W = self._view(self.flat_w, offset, f, u)[0]
            if i < last and activation == "relu":
                W[...] = rng.normal(0.0, math.sqrt(2.0 / f), size=(f, u))
            else:
                limit = math.sqrt(6.0 / (f + u))
                W[...] = rng.uniform(-limit, limit, size=(f, u))
        self.target_w[...] = self.flat_w
        self.layers = [self._view(self.flat_w, *spec) for spec in layout]
        self.grads = [self._view(self.flat_g, *spec) for spec in layout]
        self.target_layers = [self._view(self.target_w, *spec) for spec in layout]
        self.optimizer = OPTIMIZERS[optimizer]({"lr": self.lr, **(optimizer_params or {})}, total, self.dtype)

    def _view(self, flat: np.ndarray, offset: int, f: int, u: int) -> tuple[np.ndarray, np.ndarray | None]:
        W = flat[offset : offset + f * u].reshape(f, u)
        b = flat[offset + f * u : offset + f * u + u] if self.use_bias else None
        return W, b

    @property
    def size(self) -> int:
        return int(self.flat_w.size)

    def _forward(self, layers: list, x: np.ndarray, cache: list | None = None) -> np.ndarray:
        h = x
        last = len(layers) - 1
        for i, (W, b) in enumerate(layers):
            z = dense_forward(h, W, b)
            if cache is not None:
                cache.append((h, z))
            h = self.act(z) if i < last else z
        return h

    def q_values(self, obs: np.ndarray) -> np.ndarray:
        """Q(s, .) from the online weights: (B, F) -> (B, n_actions)."""
        return self._forward(self.layers, obs)

    def target_q_values(self, obs: np.ndarray) -> np.ndarray:
        """Q_target(s, .) from the target copy: (B, F) -> (B, n_actions)."""
        return self._forward(self.target_layers, obs)

    def train_batch(self, obs: np.ndarray, target: np.ndarray) -> tuple[float, np.ndarray]:
        """One optimizer step on the TD loss of Q(obs) against target (B, 2) = (action, y);
        returns (loss before the step, Q-values (B, n_actions) before the step)."""
        cache: list = []
        q = self._forward(self.layers, obs, cache)
        loss = td_loss(q, target, self.loss, self.delta)
        dh = td_loss_backward(q, target, self.loss, self.delta)
        last = len(self.layers) - 1
        for i in range(last, -1, -1):
            x, z = cache[i]
            if i < last:
                dh = self.act_backward(z, cache[i + 1][0], dh)
            W, _b = self.layers[i]
            gW, gb = self.grads[i]
            dx, dW, db = dense_backward(dh, x, W, with_bias=self.use_bias, need_dx=i > 0)
            gW[...] = dW
            if gb is not None:
                gb[...] = db
            dh = dx
        self.optimizer.step(self.flat_w, self.flat_g, self.lr)
        return loss, q

    def sync_target(self) -> None:
        """Copy the online weights into the target network."""
        self.target_w[...] = self.flat_w

    def get_weights(self) -> np.ndarray:
        """A copy of the online weights (flat)."""
        return self.flat_w.copy()

    def set_weights(self, weights: np.ndarray) -> None:
        """Put back weights from `get_weights`, into the online and the target network."""
        self.flat_w[...] = weights
        self.target_w[...] = weights
