"""Dropout (inverted) and BatchNorm (batch statistics in training, running statistics at inference)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from nodeflow.compute.kernel import Kernel


def dropout_mask(shape: tuple[int, ...], rate: float, rng: np.random.Generator, dtype) -> np.ndarray:
    """A mask of `shape`: 1 / (1 - rate) where kept (probability 1 - rate), 0 where dropped.

    Drawn as rng.random(shape) < keep (float64 draws), so the engine and exported scripts that
    share a seeded generator drop the same units. Scaling by 1 / keep now means inference is
    the identity ("inverted" dropout).
    """
    keep = 1.0 - rate
    scale = np.asarray(1.0 / keep, dtype=dtype)
    return (rng.random(shape) < keep) * scale


def dropout_forward(
    x: np.ndarray, rate: float, training: bool, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray | None]:
    """x (any shape) -> (y, mask or None). Identity when not training or rate == 0."""
    if not training or rate <= 0.0:
        return x, None
    mask = dropout_mask(x.shape, rate, rng, x.dtype)
    return x * mask, mask


def dropout_backward(dy: np.ndarray, mask: np.ndarray | None) -> np.ndarray:
    """dy -> dx: the same mask (and scale) as the forward pass."""
    return dy if mask is None else dy * mask


def batchnorm_axes(ndim: int) -> tuple[tuple[int, ...], tuple[int, ...], str]:
    """The axes statistics are taken over, the shape that broadcasts (F,) statistics back, and
    the einsum subscripts of a per-feature dot product (einsum reduces several axes in one pass).

    (N, C, H, W): per channel, over (0, 2, 3). (N, F) or (N, T, F): per last dim, over the rest.
    """
    letters = "abcdefgh"[:ndim]
    if ndim == 4:
        return (0, 2, 3), (1, -1, 1, 1), f"{letters},{letters}->b"
    return tuple(range(ndim - 1)), (-1,), f"{letters},{letters}->{letters[-1]}"


def batchnorm_forward(
    x: np.ndarray,
    gamma: np.ndarray,
    beta: np.ndarray,
    running_mean: np.ndarray,
    running_var: np.ndarray,
    momentum: float,
    eps: float,
    training: bool,
) -> tuple[np.ndarray, tuple, np.ndarray, np.ndarray]:
    """x (N, F) / (N, T, F) / (N, C, H, W); gamma, beta, running stats (F,).

    Returns (y, cache, new_running_mean, new_running_var). Training normalises with the batch's
    mean and biased variance and moves the running statistics by the Keras convention
    running = momentum * running + (1 - momentum) * batch, storing the unbiased batch variance
    (as PyTorch does). At inference the running statistics are used and returned unchanged.
    """
    axes, bshape, dot = batchnorm_axes(x.ndim)
    if training:
        mean = x.mean(axis=axes)
        xhat = x - mean.reshape(bshape)
        m = x.size // mean.size
        var = np.einsum(dot, xhat, xhat) / m
        new_mean = momentum * running_mean + (1.0 - momentum) * mean
        new_var = momentum * running_var + (1.0 - momentum) * (m / max(m - 1, 1)) * var
    else:
        xhat = x - running_mean.reshape(bshape)
        var = running_var
        new_mean, new_var = running_mean, running_var
    inv_std = 1.0 / np.sqrt(var + eps)
    xhat *= inv_std.reshape(bshape)
    y = xhat * gamma.reshape(bshape)
    y += beta.reshape(bshape)
    return y, (xhat, inv_std, gamma, training), new_mean, new_var


def batchnorm_backward(dy: np.ndarray, cache: tuple) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """dy (x's shape) -> (dx, dgamma (F,), dbeta (F,)).

    Training uses the fused formula (the batch statistics depend on x):
    dx = gamma * inv_std * (dy - sum(dy) / m - xhat * sum(dy * xhat) / m), m values per feature.
    """
    xhat, inv_std, gamma, training = cache
    axes, bshape, dot = batchnorm_axes(dy.ndim)
    dbeta = dy.sum(axis=axes)
    dgamma = np.einsum(dot, dy, xhat)
    scale = (gamma * inv_std).reshape(bshape)
    if not training:
        return dy * scale, dgamma, dbeta
    m = dy.size // dbeta.size
    dx = xhat * (dgamma / -m).reshape(bshape)
    dx += dy
    dx -= (dbeta / m).reshape(bshape)
    dx *= scale
    return dx, dgamma, dbeta


class Dropout(Kernel):
    """Param `rate` (default 0.5); the mask comes from the rng passed to forward."""

    def __init__(self, params: Mapping[str, Any], inputs, inferred, dtype=np.float32) -> None:
        super().__init__(params, inputs, inferred, dtype)
        self.rate = float(self.params.get("rate", 0.5))
        self._mask: np.ndarray | None = None

    def forward(self, inputs, training, rng):
        y, self._mask = dropout_forward(inputs["in"], self.rate, training, rng)
        return {"out": y}

    def backward(self, grads):
        return {"in": dropout_backward(grads["out"], self._mask)}


class BatchNorm(Kernel):
    """Weights gamma, beta (F,); state running_mean (zeros), running_var (ones); params momentum, eps."""

    def __init__(self, params: Mapping[str, Any], inputs, inferred, dtype=np.float32) -> None:
        super().__init__(params, inputs, inferred, dtype)
        self.momentum = float(self.params.get("momentum", 0.9))
        self.eps = float(self.params.get("eps", 1e-5))
        shape = inputs["in"].shape
        features = int(shape[1] if len(shape) == 4 else shape[-1])  # type: ignore[arg-type]
        self.state["running_mean"] = np.zeros(features, dtype=self.dtype)
        self.state["running_var"] = np.ones(features, dtype=self.dtype)
        self._cache: tuple | None = None

    def forward(self, inputs, training, rng):
        y, self._cache, mean, var = batchnorm_forward(
            inputs["in"],
            self.w["gamma"],
            self.w["beta"],
            self.state["running_mean"],
            self.state["running_var"],
            self.momentum,
            self.eps,
            training,
        )
        if training:
            self.state["running_mean"][...] = mean
            self.state["running_var"][...] = var
        return {"out": y}

    def backward(self, grads):
        if self._cache is None:
            raise RuntimeError("BatchNorm.backward called before forward")
        dx, dgamma, dbeta = batchnorm_backward(grads["out"], self._cache)
        self.g["gamma"][...] = dgamma
        self.g["beta"][...] = dbeta
        return {"in": dx}
