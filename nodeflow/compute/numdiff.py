"""The numerical differentiation lab: for one weight, the backprop derivative beside the
forward, central and backward differences, over step sizes h from 1e-1 to 1e-12 (no Qt).

    forward   (L(w + h) − L(w)) / h          error O(h)
    central   (L(w + h) − L(w − h)) / (2h)   error O(h²)
    backward  (L(w) − L(w − h)) / h          error O(h)

Below some h the round-off of L (about machine epsilon × |L| / h) takes over, so the error
rises again: sooner in float32 (ε ≈ 1.2e-7) than in float64 (ε ≈ 2.2e-16). The reference
derivative is backprop in float64 on the same batch at the same weights. The loss is
evaluated in training mode with the same dropout masks each time (one fixed generator seed),
on a copy of the network, so the lab never changes the stepper's weights.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from nodeflow.compute.network import Network

STEPS = tuple(10.0 ** -k for k in range(1, 13))
"""h from 1e-1 to 1e-12."""
MASK_SEED = 12345


@dataclass
class LabResult:
    """Derivatives and their errors against the float64 backprop derivative, per h."""

    dtype: str
    h: list[float]
    forward: list[float] = field(default_factory=list)
    central: list[float] = field(default_factory=list)
    backward: list[float] = field(default_factory=list)
    backprop: float = 0.0
    """Backprop's derivative in `dtype`."""
    reference: float = 0.0
    """Backprop's derivative in float64: what the errors are measured against."""

    def errors(self, kind: str) -> np.ndarray:
        return np.abs(np.asarray(getattr(self, kind), np.float64) - self.reference)


def _copy_network(stepper: Any, dtype: str) -> Network:
    net = Network.compile(stepper.graph, stepper.trainer.analysis, dtype, seed=0)
    net.set_state(stepper.network.get_state())
    return net


def _batch(stepper: Any, dtype: str) -> tuple[np.ndarray, np.ndarray]:
    rec = stepper.last
    x, y = (rec.x, rec.y) if rec is not None else (stepper.x[:stepper.batch_size], stepper.y[:stepper.batch_size])
    cast = (lambda a: a.astype(dtype)) if np.dtype(dtype).kind == "f" else (lambda a: a)
    return (cast(x) if x.dtype.kind == "f" else x), (y.astype(dtype) if y.dtype.kind == "f" else y)


def backprop_derivative(net: Network, x: np.ndarray, y: np.ndarray, k: int) -> float:
    net.forward(x, y, True, np.random.default_rng(MASK_SEED))
    net.backward()
    return float(net.flat_g[k])


def difference_lab(stepper: Any, k: int, dtype: str = "float64", steps: tuple[float, ...] = STEPS) -> LabResult:
    """Differences for flat weight number `k` on the last step's batch (or the first batch)."""
    ref_net = _copy_network(stepper, "float64")
    x64, y64 = _batch(stepper, "float64")
    result = LabResult(dtype=dtype, h=list(steps))
    result.reference = backprop_derivative(ref_net, x64, y64, k)
    net = ref_net if dtype == "float64" else _copy_network(stepper, dtype)
    x, y = (x64, y64) if dtype == "float64" else _batch(stepper, dtype)
    result.backprop = backprop_derivative(net, x, y, k)
    w0 = net.flat_w[k].copy()

    def loss_at(value: Any) -> float:
        net.flat_w[k] = value
        with np.errstate(all="ignore"):
            return float(net.forward(x, y, True, np.random.default_rng(MASK_SEED)))

    kind = np.dtype(dtype).type
    base = loss_at(w0)
    try:
        for h in steps:
            up, down = loss_at(kind(w0 + kind(h))), loss_at(kind(w0 - kind(h)))
            result.forward.append((up - base) / h)
            result.central.append((up - down) / (2 * h))
            result.backward.append((base - down) / h)
    finally:
        net.flat_w[k] = w0
    return result


def slope(h: list[float] | np.ndarray, err: np.ndarray) -> float:
    """The log–log slope of err over h (least squares): 1 for O(h), 2 for O(h²)."""
    lh, le = np.log10(np.asarray(h, np.float64)), np.log10(np.maximum(np.asarray(err, np.float64), 1e-300))
    return float(np.polyfit(lh, le, 1)[0])
