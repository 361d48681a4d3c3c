"""The few things experiments need from the training engine, in one place.

Everything here goes through the engine's public entry points: build the trainer `nodeflow
train` uses, read its events, copy named weight arrays in and out. When the engine changes,
this file is the one to adapt.

The shared start: `start_of(graph)` builds the base graph's trainer without training and
keeps its initial weights and the state of its random generator just after initialisation
(what the data order and dropout masks are drawn from next). `use_start(trainer, start)` gives
a variant's trainer those weights wherever a weight of the same name has the same shape, and
the same generator state, so a variant differs from the others only in what it changed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from nodeflow.graph.document import Graph


@dataclass
class Start:
    """Initial weights {"node/param": array} and the generator state after drawing them."""

    weights: dict[str, np.ndarray] = field(default_factory=dict)
    rng_state: dict[str, Any] | None = None
    seed: int = 0


def make_trainer(graph: Graph, *, epochs: int | None = None, seed: int | None = None,
                 on_event: Callable[[dict], None] | None = None, base_dir: str | None = None) -> Any:
    """The trainer `nodeflow train` builds (GraphError for a graph that cannot train)."""
    from nodeflow.compute.trainer import Trainer

    return Trainer(graph, epochs=epochs, seed=seed, on_event=on_event, base_dir=base_dir)


def weights_of(trainer: Any) -> dict[str, np.ndarray]:
    """Copies of the trainer's weights by name."""
    from nodeflow.compute.weights import weight_arrays

    return {k: np.array(v, copy=True) for k, v in weight_arrays(trainer.network).items()
            if "/state/" not in k}


def flat_weights(trainer: Any) -> np.ndarray:
    """All trainable weights of the trainer's network in one float64 vector (a copy), in the
    order of the named arrays."""
    from nodeflow.compute.weights import weight_arrays

    arrays = [np.asarray(v, np.float64).ravel() for k, v in weight_arrays(trainer.network).items()
              if "/state/" not in k]
    return np.concatenate(arrays) if arrays else np.zeros(0)


def set_flat_weights(trainer: Any, flat: np.ndarray) -> None:
    """Write a vector made by `flat_weights` back into the trainer's network."""
    from nodeflow.compute.weights import weight_arrays

    at = 0
    for key, value in weight_arrays(trainer.network).items():
        if "/state/" in key:
            continue
        n = value.size
        value[...] = flat[at : at + n].reshape(value.shape)
        at += n


def start_of(graph: Graph, *, seed: int | None = None, base_dir: str | None = None) -> Start:
    """The start every variant shares: the base graph's seeded initial weights and generator."""
    trainer = make_trainer(graph, seed=seed, base_dir=base_dir)
    rng = getattr(trainer, "rng", None)
    state = rng.bit_generator.state if rng is not None else None
    return Start(weights_of(trainer), state, int(getattr(trainer, "seed", seed or 0)))


def use_start(trainer: Any, start: Start) -> int:
    """Give `trainer` the shared start where it fits; returns how many weight arrays were taken
    (all of them when the variant kept every shape)."""
    from nodeflow.compute.weights import weight_arrays

    taken = 0
    for key, target in weight_arrays(trainer.network).items():
        source = start.weights.get(key)
        if source is not None and source.shape == target.shape:
            target[...] = source
            taken += 1
    rng = getattr(trainer, "rng", None)
    if start.rng_state is not None and rng is not None and int(getattr(trainer, "seed", -1)) == start.seed:
        rng.bit_generator.state = start.rng_state
    return taken


def load_splits(trainer: Any) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """The trainer's data splits as plain arrays {"train": (x, y), "val": ..., "test": ...},
    loaded once so that every variant with the same data trains on them (a worker then never
    reads or generates the data itself)."""
    from nodeflow.compute import datasets

    splits = datasets.load(trainer.data_params, trainer.seed, trainer.dtype, base_dir=trainer.base_dir)
    return {name: (np.asarray(getattr(splits, name)[0]), np.asarray(getattr(splits, name)[1]))
            for name in ("train", "val", "test")}


class _Splits:
    """What the training loop reads of loaded data: the three (x, y) splits."""

    def __init__(self, data: dict[str, tuple[np.ndarray, np.ndarray]]) -> None:
        self.train, self.val, self.test = data["train"], data["val"], data["test"]


def use_splits(trainer: Any, data: dict[str, tuple[np.ndarray, np.ndarray]]) -> None:
    """Make `trainer` train on `data` (from `load_splits`) instead of loading its own."""
    splits = _Splits(data)
    trainer._load = lambda: splits  # the one hook the loop offers for its data (engine: adapt here)


def training_data(trainer: Any) -> tuple[np.ndarray, np.ndarray]:
    """The training split the trainer learns from (loaded the way the trainer loads it)."""
    from nodeflow.compute import datasets

    splits = datasets.load(trainer.data_params, trainer.seed, trainer.dtype, base_dir=trainer.base_dir)
    return splits.train


def loss_at(trainer: Any, x: np.ndarray, y: np.ndarray) -> Callable[[np.ndarray], float]:
    """`loss(flat weights)`: the inference-mode loss of the trainer's network on (x, y)."""
    net = trainer.network
    rng = np.random.default_rng(0)  # unused at inference

    def loss(flat: np.ndarray) -> float:
        set_flat_weights(trainer, flat)
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            value = float(net.forward(x, y, False, rng))
        return value if np.isfinite(value) else float("nan")

    return loss


def weight_count(trainer: Any) -> int:
    return int(flat_weights(trainer).size)
