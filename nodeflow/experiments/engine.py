"""The few things experiments need from the training engine, in one place.

Everything here goes through the engine's public entry points: build the trainer `nodeflow
train` uses, read its events, copy named weight arrays in and out. When the engine changes,
this file is the one to adapt.

The shared start: `start_of(graph)` builds the base graph's trainer without training and
keeps its initial weights and the state of its random generator just after initialisation
(what the data order and dropout masks are drawn from next). `use_start(trainer, start)` gives
a variant's trainer those weights wherever a weight of the same name has the same shape, and
the same generator state, so a variant differs from the others only in what it changed.

The shared data: `load_data(trainer)` (`Trainer.load_data`) loads the base graph's splits once;
`splits_payload` / `splits_from` carry them to a worker as plain arrays and numbers, where
`make_trainer(..., data=splits)` (`Trainer(data=...)`) trains on exactly those splits. (An
earlier hook replaced the trainer's private loader; when the trainer moved to data sources it
silently did nothing and every worker loaded its own data. `Trainer(data=)` is the public way,
and tests/experiments check that a sweep loads its data once.)
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
                 on_event: Callable[[dict], None] | None = None, base_dir: str | None = None,
                 data: Any = None) -> Any:
    """The trainer `nodeflow train` builds (GraphError for a graph that cannot train); with
    `data` (a `DataSplits`) it trains on those splits instead of loading its own."""
    from nodeflow.compute.trainer import Trainer

    return Trainer(graph, epochs=epochs, seed=seed, on_event=on_event, base_dir=base_dir, data=data)


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


def load_data(trainer: Any) -> Any:
    """The trainer's data splits (`datasets.DataSplits`, `Trainer.load_data`), loaded once so
    that every variant with the same data trains on them (a worker then never reads or
    generates the data itself); None for a graph without a Dataset."""
    return trainer.load_data()


def _type_out(t: Any) -> list:
    return [list(t.shape), t.kind, t.classes]


def _type_in(v: list) -> Any:
    from nodeflow.compute.types import TensorType

    return TensorType(tuple(v[0]), v[1], v[2])


def splits_payload(splits: Any) -> dict[str, Any]:
    """`splits` as plain data (arrays, numbers, strings) for a worker process: no pickled
    objects cross the process boundary. `splits_from` makes the DataSplits again."""
    sig = splits.signature
    return {
        "train": tuple(splits.train), "val": tuple(splits.val), "test": tuple(splits.test),
        "mean": splits.mean, "std": splits.std, "target_mean": splits.target_mean, "target_std": splits.target_std,
        "label_values": None if splits.label_values is None else list(splits.label_values),
        "class_names": None if splits.class_names is None else list(splits.class_names),
        "signature": {"x": _type_out(sig.x), "y": _type_out(sig.y), "task": sig.task, "classes": sig.classes,
                      "n": sig.n, "notes": list(sig.notes),
                      "class_names": None if sig.class_names is None else list(sig.class_names)},
    }


def splits_from(payload: dict[str, Any]) -> Any:
    """The DataSplits `splits_payload` described."""
    from nodeflow.compute.datasets import DataSignature, DataSplits

    sig = payload["signature"]
    signature = DataSignature(_type_in(sig["x"]), _type_in(sig["y"]), sig["task"], sig["classes"], sig["n"],
                              tuple(sig["notes"]), None if sig["class_names"] is None else tuple(sig["class_names"]))
    lv, cn = payload["label_values"], payload["class_names"]
    return DataSplits(tuple(payload["train"]), tuple(payload["val"]), tuple(payload["test"]), signature,
                      payload["mean"], payload["std"], None if lv is None else tuple(lv),
                      None if cn is None else tuple(cn), payload["target_mean"], payload["target_std"])


def data_bytes(splits: Any) -> int:
    """The memory the splits' arrays take."""
    return int(sum(np.asarray(a).nbytes for part in (splits.train, splits.val, splits.test) for a in part))


def training_data(trainer: Any, splits: Any = None) -> tuple[np.ndarray, np.ndarray]:
    """The training split the trainer learns from (`splits` when given, else loaded the way the
    trainer loads it)."""
    return (splits if splits is not None else trainer.load_data()).train


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
