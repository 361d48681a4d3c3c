"""Every variant's trajectory over one loss surface.

Variants that train the same function on the same data (they differ in the optimizer, its
settings, the batch size or the number of epochs) walk over the same loss surface, and since
they share their start, their paths leave from the same point. The plane is spanned by the two
directions in which all the paths moved most from that start (principal components of every
recorded snapshot minus the start); a two-weight model is drawn on its own axes. Variants that
change the function itself (another loss, another activation, other shapes) have no common
surface: `shared_reason` says so in words.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from nodeflow.experiments.names import TRAINING, TYPE

SAME_FUNCTION_PARAMS = {"data": {"batch_size", "shuffle"}}
"""Parameters of non-optimizer nodes that leave the loss surface as it is."""
SAME_FUNCTION_TRAINING = {"epochs", "patience", "restore_best"}
SAMPLES = 256


@dataclass
class SharedSurface:
    """Loss on a grid of the plane: `loss[j, i]` at `origin + alphas[i] d1 + betas[j] d2`;
    `paths[k]` is variant k's (T, 2) path on the plane, or None when it has none."""

    alphas: np.ndarray
    betas: np.ndarray
    loss: np.ndarray
    paths: list[np.ndarray | None]
    axes: tuple[str, str]
    explained: float


def shared_reason(graph: object, changes: Sequence[Sequence[tuple[str, str, object]]]) -> str | None:
    """None when every variant's changes keep the loss surface of `graph`; otherwise why not."""
    nodes = getattr(graph, "nodes", {})
    for variant_changes in changes:
        for target, key, _value in variant_changes:
            if target == TRAINING:
                if key not in SAME_FUNCTION_TRAINING:
                    return f"the variants differ in training.{key}, which changes the start or the function"
                continue
            for node_id in target.split("+") if target not in nodes else [target]:
                node = nodes.get(node_id)
                category = node.spec.category if node is not None else ""
                if category == "optimizer":
                    continue
                if key != TYPE and key in SAME_FUNCTION_PARAMS.get(category, set()):
                    continue
                what = f"{node_id}.{key}"
                return f"the variants change {what}, so each trains a different function: no surface is shared"
    return None


def plane(start: np.ndarray, paths: Sequence[np.ndarray]) -> tuple[np.ndarray, np.ndarray, float]:
    """(d1, d2, explained): the top two principal directions of every snapshot minus `start`."""
    p = start.size
    if p == 2:
        return np.array([1.0, 0.0]), np.array([0.0, 1.0]), 1.0
    diffs = np.concatenate([path - start for path in paths]) if paths else np.zeros((1, p))
    _u, s, vt = np.linalg.svd(diffs, full_matrices=False)
    dirs = [vt[k] for k in range(min(2, len(s))) if s[k] > 1e-12 * max(1.0, s[0])]
    rng = np.random.default_rng(20181228)  # fixed: the same plane every time for the same paths
    while len(dirs) < 2:
        d = rng.standard_normal(p)
        for other in dirs:
            d -= (d @ other) * other
        if np.linalg.norm(d) > 1e-6:
            dirs.append(d / np.linalg.norm(d))
    total = float((s**2).sum())
    explained = float((s[:2] ** 2).sum() / total) if total > 0 else 1.0
    return dirs[0], dirs[1], explained


def _span(values: np.ndarray, margin: float = 0.25, floor: float = 1e-2) -> tuple[float, float]:
    lo, hi = float(np.min(values)), float(np.max(values))
    span = max(hi - lo, floor)
    return lo - margin * span, hi + margin * span


def usable_path(path: np.ndarray | None, size: int) -> np.ndarray | None:
    """The finite rows of a path with `size` weights (a diverged run's last rows are not)."""
    if path is None or path.ndim != 2 or path.shape[1] != size:
        return None
    rows = path[np.isfinite(path).all(axis=1)]
    return rows if len(rows) else None


def surface(
    loss_at: Callable[[np.ndarray], float],
    start: np.ndarray,
    paths: Sequence[np.ndarray | None],
    *,
    steps: int = 31,
    names: tuple[str, str] = ("direction 1", "direction 2"),
    keep: Sequence[bool] | None = None,
) -> SharedSurface:
    """The loss over the plane of all `paths` (each (T, P), starting at `start`); the grid
    covers the paths marked in `keep` (default: all), so one that flew off does not shrink the
    others to a dot."""
    start = np.asarray(start, np.float64)
    found = [usable_path(p, start.size) for p in paths]
    real = [p for p in found if p is not None]
    d1, d2, explained = plane(start, real)
    two = start.size == 2
    origin = np.zeros(2) if two else start
    coords = [None if p is None else np.stack([(p - origin) @ d1, (p - origin) @ d2], axis=1) for p in found]
    framed = [c for c, k in zip(coords, keep if keep is not None else [True] * len(coords), strict=False) if c is not None and k]
    framed = framed or [c for c in coords if c is not None] or [np.zeros((1, 2)) + (start[:2] if two else 0)]
    both = np.concatenate(framed)
    alphas = np.linspace(*_span(both[:, 0]), steps)
    betas = np.linspace(*_span(both[:, 1]), steps)
    loss = np.empty((steps, steps))
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        for j, b in enumerate(betas):
            for i, a in enumerate(alphas):
                loss[j, i] = loss_at(origin + a * d1 + b * d2)
    return SharedSurface(alphas, betas, loss, coords, names, explained)


def paths_key(paths: Sequence[np.ndarray | None]) -> tuple:
    """A key that is equal for equal paths (same shapes and numbers): a surface computed for
    paths with this key need not be computed again."""
    import hashlib

    key = []
    for p in paths:
        if p is None:
            key.append(None)
        else:
            a = np.ascontiguousarray(p, np.float64)
            key.append((a.shape, hashlib.blake2b(a.tobytes(), digest_size=16).hexdigest()))
    return tuple(key)


def for_sweep(sweep: object, steps: int = 31, paths: Sequence[np.ndarray | None] | None = None,
              keep: Sequence[bool] | None = None) -> SharedSurface:
    """The shared surface of a sweep (`sweep.Sweep`): the base graph's loss on up to SAMPLES
    training samples, every variant's path drawn over it. `paths` (default: each outcome's
    path now) and `keep` (which paths frame the grid; default: those not diverged) let a caller
    draw a sweep still running from paths it copied. ValueError saying why when the variants
    share no surface or recorded no paths."""
    from nodeflow.experiments import engine
    from nodeflow.graph import runs as R

    reason = shared_reason(sweep.graph, [o.variant.changes for o in sweep.outcomes])  # type: ignore[attr-defined]
    if reason:
        raise ValueError(reason)
    start = sweep.shared()  # type: ignore[attr-defined]
    if start is None:
        raise ValueError("the variants did not share their start")
    base = sweep.graph.copy()  # type: ignore[attr-defined]
    seed = getattr(sweep, "seed", None)
    if seed is not None:
        base.training["seed"] = int(seed)
    trainer = engine.make_trainer(base, base_dir=sweep.base_dir)  # type: ignore[attr-defined]
    engine.use_start(trainer, start)
    origin = engine.flat_weights(trainer)
    if paths is None:
        paths = [o.path for o in sweep.outcomes]  # type: ignore[attr-defined]
    if not any(usable_path(p, origin.size) is not None for p in paths):
        raise ValueError("the variants recorded no weights to draw (the model is too large, or none trained)")
    data = sweep.shared_data()  # type: ignore[attr-defined]  # (loaded once for the variants)
    x, y = engine.training_data(trainer, data)
    loss = engine.loss_at(trainer, x[:SAMPLES], y[:SAMPLES])
    names = ("direction 1", "direction 2")
    if origin.size == 2:
        from nodeflow.compute.weights import weight_arrays

        keys = [k for k in weight_arrays(trainer.network) if "/state/" not in k]
        names = (keys[0].replace("/", " "), keys[1].replace("/", " "))
    if keep is None:
        keep = [o.status != R.DIVERGED for o in sweep.outcomes]  # type: ignore[attr-defined]
    return surface(loss, origin, paths, steps=steps, names=names, keep=keep)
