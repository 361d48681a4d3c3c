"""Where a run's batches come from: one interface for a Dataset, noise and (later) an environment.

The trainer's loop only asks its data source for the batches of one epoch; it does not care
whether they were read from a file, generated, or played in an environment.

The protocol (`DataSource`), for anyone adding a kind of source (the RL team's `Environment`):

- `load()` once per run, before the first epoch: read, generate or reset what the source needs.
  A source that draws random numbers takes them from its own seeded generator here, never from
  the run's generator (which belongs to the weights, the batch order, dropout and Noise).
- `n`: how many samples one epoch holds (the denominator of the epoch's mean loss).
- `batches(rng)`: the epoch's batches in order, each an `(x, y)` pair of arrays for the
  Dataset node's ports (or `(None, None)` for a source that has no Dataset ports; the engine's
  Noise and Constant then give `batch_size` samples). It may draw from the run's `rng`
  (the Dataset draws the epoch's permutation when the epoch starts) and must draw the same
  numbers for the same seed.
- `held_out(name)`: the "val" or "test" split as `(x, y)`, or None.

An environment would keep its state across `batches` calls and yield the transitions it
collects (a replay buffer's samples) as `(x, y)`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Protocol

import numpy as np

Batch = tuple[Any, Any]


class DataSource(Protocol):
    """See the module docstring."""

    @property
    def n(self) -> int: ...

    def load(self) -> None: ...

    def batches(self, rng: np.random.Generator) -> Iterator[Batch]: ...

    def held_out(self, name: str) -> tuple[np.ndarray, np.ndarray] | None: ...


class ArraySource:
    """Arrays already in memory: each epoch a permutation of the training split (when `shuffle`)
    cut into consecutive batches of `batch_size` (the last may be smaller; 0 or >= n: one full
    batch). Plain NumPy, so the NumPy exporter copies it into scripts."""

    def __init__(self, train: tuple[np.ndarray, np.ndarray] | None = None,
                 val: tuple[np.ndarray, np.ndarray] | None = None,
                 test: tuple[np.ndarray, np.ndarray] | None = None, batch_size: int = 0, shuffle: bool = True) -> None:
        self.x, self.y = train if train is not None else (None, None)
        self.val, self.test, self.shuffle = val, test, bool(shuffle)
        n = self.n
        bs = int(batch_size or n)
        self.batch_size = n if bs <= 0 or bs >= n else bs

    def load(self) -> None:
        return None

    @property
    def n(self) -> int:
        return 0 if self.x is None else len(self.x)

    @property
    def batches_per_epoch(self) -> int:
        return -(-self.n // self.batch_size) if self.n else 0

    def batches(self, rng: np.random.Generator) -> Iterator[Batch]:
        x, y, bs = self.x, self.y, self.batch_size
        order = rng.permutation(self.n) if self.shuffle else None
        for b in range(self.batches_per_epoch):
            if order is None:
                yield x[b * bs : (b + 1) * bs], y[b * bs : (b + 1) * bs]
            else:
                idx = order[b * bs : (b + 1) * bs]
                yield x[idx], y[idx]

    def held_out(self, name: str) -> tuple[np.ndarray, np.ndarray] | None:
        part = self.val if name == "val" else self.test if name == "test" else None
        return part if part is not None and len(part[0]) else None


class DatasetSource(ArraySource):
    """A Dataset node's data: loaded and split once (`nodeflow.compute.datasets.load`) when the
    run starts, then served as an `ArraySource`."""

    def __init__(self, params: Mapping[str, Any], seed: int, dtype: Any, base_dir: str | None = None) -> None:
        super().__init__()
        self.params, self.seed, self.dtype, self.base_dir = dict(params), int(seed), dtype, base_dir
        self.splits: Any = None

    def load(self) -> None:
        from nodeflow.compute import datasets

        self.splits = datasets.load(self.params, self.seed, self.dtype, base_dir=self.base_dir)
        s = self.splits
        ArraySource.__init__(self, s.train, s.val, s.test, int(self.params.get("batch_size") or 0),
                             bool(self.params.get("shuffle", True)))


class NoiseSource:
    """A graph without a Dataset (a generator learning from noise alone): each epoch is
    `rounds` batches of `batch_size` samples; the Noise nodes draw them at each forward."""

    def __init__(self, batch_size: int, rounds: int = 1) -> None:
        self.batch_size, self.rounds = int(batch_size), int(rounds)

    def load(self) -> None:
        return None

    @property
    def n(self) -> int:
        return self.batch_size * self.rounds

    @property
    def batches_per_epoch(self) -> int:
        return self.rounds

    def batches(self, rng: np.random.Generator) -> Iterator[Batch]:
        for _ in range(self.rounds):
            yield None, None

    def held_out(self, name: str) -> tuple[np.ndarray, np.ndarray] | None:
        return None
