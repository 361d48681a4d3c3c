"""Loss landscapes: the training loss on a plane through the trained weights, and the path
the run took across it.

The plane is spanned by the two directions in which the weights moved most during training
(principal components of the recorded weights minus the final ones, as in Li et al., 2018,
"Visualizing the Loss Landscape of Neural Nets"), so the path of the run lies close to it.
A model with exactly two weights (a line y = w x + b) is drawn on its own axes instead: the
textbook bowl with gradient descent walking down it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from nodeflow.compute.runtime import inspect

MAX_FLOATS = 20_000_000
"""Memory cap for recorded weights (floats over all snapshots)."""


class WeightPath:
    """Copies of the flat weights as training goes; thinned (every other one dropped) when full,
    so a long run keeps evenly spread snapshots from start to end."""

    def __init__(self, limit: int = 64) -> None:
        self.limit = max(3, limit)
        self.snapshots: list[np.ndarray] = []
        self._stride = 1
        self._seen = 0

    def record(self, flat_w: np.ndarray) -> None:
        limit = max(3, min(self.limit, MAX_FLOATS // max(1, flat_w.size)))
        if self._seen % self._stride == 0:
            self.snapshots.append(np.array(flat_w, dtype=np.float64, copy=True))
            if len(self.snapshots) > limit:
                self.snapshots = self.snapshots[::2]
                self._stride *= 2
        self._seen += 1

    def with_final(self, flat_w: np.ndarray) -> np.ndarray:
        """(T, P) snapshots ending with exactly `flat_w` (the weights the run left)."""
        final = np.asarray(flat_w, dtype=np.float64)
        rows = [s for s in self.snapshots if s.shape == final.shape]
        if not rows or not np.array_equal(rows[-1], final):
            rows.append(final.copy())
        return np.stack(rows)


@dataclass
class Surface:
    """Loss over a grid on a plane: `loss[j, i]` at `center + alphas[i] * d1 + betas[j] * d2`."""

    alphas: np.ndarray
    betas: np.ndarray
    loss: np.ndarray
    path: np.ndarray
    """(T, 2) coordinates of the recorded weights on the plane, start to end."""
    axes: tuple[str, str]
    explained: float
    """Share of the path's movement the plane captures (1.0 for a two-weight model)."""


def plane(path: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    """(d1, d2, coords (T, 2), explained) for a path (T, P) ending at the final weights.

    Two weights: the unit axes. Otherwise the top two principal directions of `path - final`
    (completed by fixed pseudo-random directions when the path is too short to give two)."""
    final = path[-1]
    diffs = path - final
    p = path.shape[1]
    if p == 2:
        d1, d2 = np.array([1.0, 0.0]), np.array([0.0, 1.0])
        explained = 1.0
    else:
        _u, s, vt = np.linalg.svd(diffs, full_matrices=False)
        dirs = [vt[k] for k in range(min(2, len(s))) if s[k] > 1e-12 * max(1.0, s[0])]
        rng = np.random.default_rng(20181228)  # fixed: the same plane every time for the same path
        while len(dirs) < 2:
            d = rng.standard_normal(p)
            for other in dirs:
                d -= (d @ other) * other
            if np.linalg.norm(d) > 1e-6:  # (a draw along a direction already taken is redrawn)
                dirs.append(d / np.linalg.norm(d))
        d1, d2 = dirs
        total = float((s**2).sum())
        explained = float((s[:2] ** 2).sum() / total) if total > 0 else 1.0
    coords = np.stack([diffs @ d1, diffs @ d2], axis=1)
    return d1, d2, coords, explained


def grid_range(values: np.ndarray, margin: float = 0.3, floor: float = 1e-2) -> tuple[float, float]:
    """An interval around the path's extent on one axis (and around 0, the final weights)."""
    lo, hi = float(min(values.min(), 0.0)), float(max(values.max(), 0.0))
    span = max(hi - lo, floor)
    return lo - margin * span, hi + margin * span


def surface(
    loss_at: Callable[[np.ndarray], float],
    path: np.ndarray,
    *,
    steps: int = 25,
    names: tuple[str, str] = ("direction 1", "direction 2"),
    progress: Callable[[float], None] | None = None,
) -> Surface:
    """Evaluate `loss_at(flat weights)` on a steps x steps grid over the plane of `path`."""
    d1, d2, coords, explained = plane(path)
    final = path[-1]
    if path.shape[1] == 2:  # the weights' own values on the axes, not offsets from the end
        coords = path.copy()
        final = np.zeros(2)
    alphas = np.linspace(*grid_range(coords[:, 0]), steps)
    betas = np.linspace(*grid_range(coords[:, 1]), steps)
    loss = np.empty((steps, steps))
    for j, b in enumerate(betas):
        for i, a in enumerate(alphas):
            loss[j, i] = loss_at(final + a * d1 + b * d2)
        if progress is not None:
            progress((j + 1) / steps)
    return Surface(alphas, betas, loss, coords, names, explained)


class NetworkLoss:
    """`loss(w)`: the network's inference-mode loss with flat weights `w` on up to
    `max_samples` of (x, y). It writes into the network's own weight buffer (no copy of the
    network); `restore()` puts the trained weights back."""

    def __init__(self, network: object, x: np.ndarray, y: np.ndarray, max_samples: int = 256) -> None:
        self.network = network
        self.x, self.y = x[:max_samples], y[:max_samples]
        self.trained = inspect.all_weights(network).copy()

    def __call__(self, w: np.ndarray) -> float:
        inspect.all_weights(self.network)[...] = w
        return inspect.loss_at(self.network, None, self.x, self.y)

    def restore(self) -> None:
        inspect.all_weights(self.network)[...] = self.trained


def weight_names(network: object) -> tuple[str, str] | None:
    """For a network with exactly two weights, their names ("dense W", "dense b")."""
    names = [f"{node} {name}" for node, params in inspect.weights(network).items()
             for name, value in params.items() for _ in range(int(np.size(value)))]
    return (names[0], names[1]) if len(names) == 2 else None
