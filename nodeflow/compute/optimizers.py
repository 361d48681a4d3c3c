"""Optimizers: update one flat weight buffer in place from one flat gradient buffer.

The engine keeps all weights in one contiguous array `w` (size P) and their gradients in `g`
(size P), so an optimizer step is a handful of whole-buffer ufuncs with `out=` and no Python
loop over parameters. State buffers (velocity, running averages) are preallocated at
construction. The update rules match torch.optim exactly (same operation order), so the
PyTorch exporter reproduces the application's curves:

- SGD       torch.optim.SGD(lr, momentum, nesterov), dampening 0 (momentum 0: plain SGD)
- Momentum  torch.optim.SGD(lr, momentum, nesterov), dampening 0
- AdaGrad   torch.optim.Adagrad(lr, eps), lr_decay 0, initial_accumulator_value 0
- RMSProp   torch.optim.RMSprop(lr, alpha=rho, eps) (eps outside the square root)
- Adam      torch.optim.Adam(lr, betas=(beta1, beta2), eps) (bias-corrected, eps outside)

`weight_decay` is classic L2: `weight_decay * w` is added to the gradient (as torch's
`weight_decay` argument does) where `decay_mask` is 1; the engine's mask is 0 for biases and
BatchNorm parameters, and 0 for weights no optimizer trains (a
dead branch, not upstream of any loss), which torch.optim skips for having no gradient. Decoupled
AdamW-style decay is not offered.

Every rule is element-wise, so a step walks the buffers in slices of `SLICE_BYTES` (256 KB of
each buffer): all of a slice's passes (decay, state, step) run while it is in cache instead of
streaming the whole buffers from memory once per pass. The numbers are the same to the bit as
one pass per operation over whole buffers (each element sees the same operations in the same
order); Adam on 1.86M weights takes about two thirds of the time (bench/README.md).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any, ClassVar

import numpy as np

SLICE_BYTES = 1 << 18
"""Bytes of each buffer one slice of an optimizer step covers (256 KB; cache-resident)."""


class Optimizer:
    """Base class: parameters with defaults, scratch buffers, L2 decay, step counter.

    `w`, `g` (and `decay_mask`, 0/1) are flat arrays of the `size` and `dtype` given here.
    A subclass's `_update(w, g, lr, lo, hi)` updates the slice `w` = weights[lo:hi] from its
    gradient slice `g` (decay included) and its state buffers' [lo:hi]; `_tmp[:hi - lo]` is
    its scratch.
    """

    node_type: ClassVar[str] = ""
    """The node type whose declaration gives the parameter defaults."""

    def __init__(self, params: Mapping[str, Any], size: int, dtype: np.dtype | type = np.float32) -> None:
        from nodeflow.nodes import REGISTRY

        self.params = {**REGISTRY.get(self.node_type).defaults(), **params}
        self.size = int(size)
        self.dtype = np.dtype(dtype)
        self.t = 0
        """Steps taken so far (Adam's bias correction counts from 1)."""
        self.weight_decay = float(self.params["weight_decay"])
        self.slice = max(1, SLICE_BYTES // self.dtype.itemsize)
        """Elements per slice of a step."""
        scratch = min(self.size, self.slice)
        self._tmp = np.empty(scratch, self.dtype)
        self._decayed = np.empty(scratch, self.dtype) if self.weight_decay else self._tmp
        self._mask_source: np.ndarray | None = None
        self._mask = self._tmp
        self.state: dict[str, np.ndarray] = {}
        """The optimizer's buffers by name (saved and restored with `state_dict`)."""

    def _buffer(self, name: str) -> np.ndarray:
        self.state[name] = np.zeros(self.size, self.dtype)
        return self.state[name]

    def _gradient(self, w: np.ndarray, g: np.ndarray, mask: np.ndarray | None) -> np.ndarray:
        """g, or g + weight_decay * mask * w in a scratch buffer (g itself is left untouched);
        `mask` is the slice's weight_decay * decay_mask, or None for no mask."""
        if not self.weight_decay:
            return g
        out = self._decayed[: w.size]
        if mask is None:
            np.multiply(w, self.weight_decay, out=out)
        else:
            np.multiply(w, mask, out=out)
        out += g
        return out

    def _scaled_mask(self, decay_mask: np.ndarray) -> np.ndarray:
        """weight_decay * mask, computed once per mask array (the engine passes the same one)."""
        if self._mask_source is not decay_mask:
            self._mask = np.multiply(decay_mask, self.weight_decay, dtype=self.dtype)
            self._mask_source = decay_mask
        return self._mask

    def step(self, w: np.ndarray, g: np.ndarray, lr: float, decay_mask: np.ndarray | None = None) -> None:
        """Update the flat weights `w` (P,) in place from the gradient `g` (P,) with learning rate `lr`."""
        self.t += 1
        lr = float(lr)
        mask = self._scaled_mask(decay_mask) if decay_mask is not None and self.weight_decay else None
        if self.size <= self.slice:
            self._update(w, self._gradient(w, g, mask), lr, 0, self.size)
            return
        for lo in range(0, self.size, self.slice):
            hi = min(lo + self.slice, self.size)
            part = w[lo:hi]
            self._update(part, self._gradient(part, g[lo:hi], None if mask is None else mask[lo:hi]), lr, lo, hi)

    def _update(self, w: np.ndarray, g: np.ndarray, lr: float, lo: int, hi: int) -> None:
        raise NotImplementedError

    def state_dict(self) -> dict[str, np.ndarray]:
        """Copies of the buffers plus the step count, e.g. to save next to the weights."""
        return {**{k: v.copy() for k, v in self.state.items()}, "t": np.array(self.t)}

    def load_state_dict(self, saved: Mapping[str, np.ndarray]) -> None:
        for name, buf in self.state.items():
            buf[...] = saved[name]
        self.t = int(saved["t"])


class SGD(Optimizer):
    """w -= lr * g; with `momentum` > 0 torch.optim.SGD's momentum (see Momentum)."""

    node_type = "SGD"

    def __init__(self, params: Mapping[str, Any], size: int, dtype: np.dtype | type = np.float32) -> None:
        super().__init__(params, size, dtype)
        self.momentum = float(self.params.get("momentum") or 0.0)
        self.nesterov = bool(self.params.get("nesterov"))
        self.velocity = self._buffer("velocity") if self._keeps_velocity() else None

    def _keeps_velocity(self) -> bool:
        return self.momentum > 0.0

    def _update(self, w: np.ndarray, g: np.ndarray, lr: float, lo: int, hi: int) -> None:
        tmp = self._tmp[: hi - lo]
        if self.velocity is None:
            np.multiply(g, lr, out=tmp)
            w -= tmp
            return
        v = self.velocity[lo:hi]
        v *= self.momentum
        v += g  # on the first step v = g, as torch's buffer starts as a copy of the gradient
        if self.nesterov:
            np.multiply(v, self.momentum, out=tmp)
            tmp += g
            tmp *= lr
        else:
            np.multiply(v, lr, out=tmp)
        w -= tmp


class Momentum(SGD):
    """v = momentum * v + g; w -= lr * v (Nesterov: w -= lr * (g + momentum * v)).

    The notes' form, v = alpha * v - lr * g; w += v, is the same while the learning rate is
    constant (v_notes = -lr * v); with a schedule they differ, and this is torch's."""

    node_type = "Momentum"

    def _keeps_velocity(self) -> bool:
        return True  # also at momentum 0, as always (its state has a velocity)


class AdaGrad(Optimizer):
    """s += g^2; w -= lr * g / (sqrt(s) + eps)."""

    node_type = "AdaGrad"

    def __init__(self, params: Mapping[str, Any], size: int, dtype: np.dtype | type = np.float32) -> None:
        super().__init__(params, size, dtype)
        self.eps = float(self.params["eps"])
        self.sum = self._buffer("sum")

    def _update(self, w: np.ndarray, g: np.ndarray, lr: float, lo: int, hi: int) -> None:
        s, tmp = self.sum[lo:hi], self._tmp[: hi - lo]
        np.multiply(g, g, out=tmp)
        s += tmp
        np.sqrt(s, out=tmp)
        tmp += self.eps
        np.divide(g, tmp, out=tmp)
        tmp *= lr
        w -= tmp


class RMSProp(Optimizer):
    """s = rho * s + (1 - rho) * g^2; w -= lr * g / (sqrt(s) + eps).

    To save a pass over the buffer, `square_avg` holds s / (1 - rho) (so it is updated as
    rho * s' + g^2) and the factor is folded into the step; the result is torch's to rounding.
    """

    node_type = "RMSProp"

    def __init__(self, params: Mapping[str, Any], size: int, dtype: np.dtype | type = np.float32) -> None:
        super().__init__(params, size, dtype)
        self.rho = float(self.params["rho"])
        self.eps = float(self.params["eps"])
        self.square_avg = self._buffer("square_avg")

    def _update(self, w: np.ndarray, g: np.ndarray, lr: float, lo: int, hi: int) -> None:
        s, tmp = self.square_avg[lo:hi], self._tmp[: hi - lo]
        a = math.sqrt(1.0 - self.rho)  # sqrt(s) = a * sqrt(s')
        s *= self.rho
        np.multiply(g, g, out=tmp)
        s += tmp
        np.sqrt(s, out=tmp)
        tmp += self.eps / a
        np.divide(g, tmp, out=tmp)
        tmp *= lr / a
        w -= tmp


class Adam(Optimizer):
    """m, v running averages of g and g^2; w -= lr * m_hat / (sqrt(v_hat) + eps).

    With the bias corrections c1 = 1 - beta1^t, c2 = 1 - beta2^t this is, as in torch,
    w -= (lr / c1) * m / (sqrt(v) / sqrt(c2) + eps). To save passes over the buffers, the
    state holds m' = m / (1 - beta1) and v' = v / (1 - beta2), updated as m' = beta1 * m' + g
    and v' = beta2 * v' + g^2, and the constant factors are folded into eps and the step size;
    the result equals torch's to rounding (tested to 1e-10 in float64).
    """

    node_type = "Adam"

    def __init__(self, params: Mapping[str, Any], size: int, dtype: np.dtype | type = np.float32) -> None:
        super().__init__(params, size, dtype)
        self.beta1 = float(self.params["beta1"])
        self.beta2 = float(self.params["beta2"])
        self.eps = float(self.params["eps"])
        self.m = self._buffer("m")
        self.v = self._buffer("v")

    def _update(self, w: np.ndarray, g: np.ndarray, lr: float, lo: int, hi: int) -> None:
        m, v, tmp = self.m[lo:hi], self.v[lo:hi], self._tmp[: hi - lo]
        m *= self.beta1
        m += g
        v *= self.beta2
        np.multiply(g, g, out=tmp)
        v += tmp
        # sqrt(v) / sqrt(c2) = a * sqrt(v') with a = sqrt((1 - beta2) / c2)
        a = math.sqrt((1.0 - self.beta2) / (1.0 - self.beta2**self.t))
        step_size = lr * (1.0 - self.beta1) / ((1.0 - self.beta1**self.t) * a)
        np.sqrt(v, out=tmp)
        tmp += self.eps / a
        np.divide(m, tmp, out=tmp)
        tmp *= step_size
        w -= tmp
