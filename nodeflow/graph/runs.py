"""The training runs of one document, kept beside its graph file as readable JSON.

Each press of Train (or Continue) is a `Run`: how it started (fresh seeded weights, another
run's weights, or the weights saved with the file), the graph and training settings it used,
its per-epoch curves, its batch losses (downsampled), and its result. A `RunHistory` is the
ordered list of one document's runs; `RunHistory.save` / `RunHistory.load` write and read it
as `<graph>.runs.json` (see `runs_path`). Reading is strict and bounded: a regular file of at
most `MAX_BYTES`, plain JSON (no code runs), every field type-checked; an unreadable run is
skipped and reported, an unreadable file raises `RunsFileError` with one line for the user.

Nothing here imports Qt: the window, experiments (several variants, each a run) and lessons
(checks on a run's result) all build on these records.

Curves are per epoch of *this* run (`epoch` 1, 2, ...); a continued run's x axis goes on from
where its parent stopped: `epoch_offset + epoch` (see `Run.x_epochs`), `batch_offset + batch`.
"""

from __future__ import annotations

import datetime as _dt
import json
import math
import os
import stat
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from nodeflow.graph.document import Graph

FORMAT = "nodeflow-runs"
VERSION = 1
SUFFIX = ".runs.json"
MAX_BYTES = 16 * 1024 * 1024
"""Largest runs file read back (a few hundred long runs; reading it must not stall the window)."""
MAX_RUNS = 200
"""Runs kept per document; the oldest go first."""
MAX_BATCH_POINTS = 2000
"""Batch losses kept per run: beyond this, neighbouring values are averaged in pairs."""
MAX_EPOCH_POINTS = 5000
"""Epoch rows kept per run: beyond this every other row is dropped (the last is always kept)."""
MAX_TEXT = 2000

FRESH = "fresh"
"""Started from the seeded initialisation (what Train always does)."""
CONTINUE = "continue"
"""Started from the weights another run of this document ended with (`Run.parent`)."""
FILE = "file"
"""Started from the weights saved beside the graph file, of a run no longer listed."""
STARTS = (FRESH, CONTINUE, FILE)

RUNNING, FINISHED, STOPPED, EARLY_STOPPED, DIVERGED, ERROR = (
    "running", "finished", "stopped", "early_stopped", "diverged", "error")
STATUSES = (RUNNING, FINISHED, STOPPED, EARLY_STOPPED, DIVERGED, ERROR)
USABLE = (FINISHED, STOPPED, EARLY_STOPPED)
"""Runs whose final weights may be continued from (never a diverged or failed one)."""

EPOCH_KEYS = ("train_loss", "val_loss", "train_acc", "val_acc", "lr", "seconds")
"""The per-epoch columns of `Run.curves`, as in the trainer's epoch events."""


class RunsFileError(ValueError):
    """A runs file that cannot be read; the message is one line for the user."""


def runs_path(graph_path: str | os.PathLike[str]) -> Path:
    """`net.nodeflow` -> `net.runs.json`, in the same folder."""
    path = Path(graph_path)
    return path.with_name(path.stem + SUFFIX)


def _finite(value: Any) -> float | None:
    """A float for JSON: None for missing, NaN or infinite values."""
    if value is None or isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


@dataclass
class RunResult:
    """How a run ended. `epochs` counts the epochs this run completed (not its parent's)."""

    status: str = RUNNING
    epochs: int = 0
    test_loss: float | None = None
    test_acc: float | None = None
    best_epoch: int | None = None
    seconds: float | None = None
    message: str = ""
    """The error for a diverged or failed run, in the trainer's words."""
    warnings: list[str] = field(default_factory=list)
    """Plain-words findings about the run from the engine (the done event's "warnings")."""

    @property
    def usable(self) -> bool:
        """True when the run's final weights are a sound starting point."""
        return self.status in USABLE

    def summary(self) -> str:
        """One short line: "test accuracy 96.7%", "diverged at epoch 1", "stopped after 3 epochs"."""
        if self.status == RUNNING:
            return f"running, epoch {self.epochs}" if self.epochs else "running"
        if self.status in (DIVERGED, ERROR):
            text = self.message.split(";")[0].strip()
            return text.replace("training ", "") if self.status == DIVERGED else f"error: {text or 'unknown'}"
        parts = []
        if self.status == STOPPED:
            parts.append(f"stopped after {self.epochs} epoch{'s' if self.epochs != 1 else ''}")
        elif self.status == EARLY_STOPPED:
            parts.append(f"stopped early at epoch {self.epochs}")
        else:
            parts.append(f"{self.epochs} epoch{'s' if self.epochs != 1 else ''}")
        if self.test_acc is not None:
            parts.append(f"test accuracy {self.test_acc:.1%}")
        elif self.test_loss is not None:
            parts.append(f"test loss {self.test_loss:.4g}")
        if self.warnings:  # said plainly: the engine's own words
            more = f" (+{len(self.warnings) - 1} more)" if len(self.warnings) > 1 else ""
            parts.append(f"⚠ {self.warnings[0]}{more}")
        return " · ".join(parts)


class _BatchLosses:
    """Batch losses averaged into buckets of `stride` batches, at most MAX_BATCH_POINTS of them.

    When the buckets overflow, neighbours are merged in pairs and the stride doubles, so a run
    of a million batches keeps a curve of 1,000-2,000 points at a cost of O(1) per batch."""

    def __init__(self, limit: int = MAX_BATCH_POINTS) -> None:
        self.limit = max(2, int(limit))
        self.values: list[float | None] = []
        self.stride = 1
        self.count = 0
        self._sum = 0.0
        self._n = 0

    def extend(self, losses: Iterable[float]) -> None:
        """Add batch losses; whole buckets are averaged at once (a window update brings hundreds)."""
        values = np.asarray(losses if isinstance(losses, np.ndarray) else list(losses), np.float64).ravel()
        i = 0
        while i < len(values):
            if self._n:  # top up the partly filled bucket first
                take = min(self.stride - self._n, len(values) - i)
                self._sum += float(values[i : i + take].sum())
                self._n += take
                i += take
                if self._n == self.stride:
                    self.values.append(_finite(self._sum / self._n))
                    self._sum, self._n = 0.0, 0
            else:
                whole = (len(values) - i) // self.stride
                room = max(1, self.limit + 1 - len(self.values))  # buckets before the next halving
                whole = min(whole, room)
                if whole:
                    means = values[i : i + whole * self.stride].reshape(whole, self.stride).mean(axis=1)
                    self.values.extend(v if math.isfinite(v) else None for v in means.tolist())
                    i += whole * self.stride
                else:
                    self._sum, self._n = float(values[i:].sum()), len(values) - i
                    i = len(values)
            if len(self.values) > self.limit:
                self._halve()
        self.count += len(values)

    def _halve(self) -> None:
        old = self.stride
        merged: list[float | None] = []
        for i in range(0, len(self.values) - 1, 2):
            a, b = self.values[i], self.values[i + 1]
            merged.append(None if a is None or b is None else (a + b) / 2)
        if len(self.values) % 2:  # the odd last bucket becomes the partial one of the new stride
            last = self.values[-1]
            self._sum += (last if last is not None else math.nan) * old
            self._n += old
        self.values = merged
        self.stride = old * 2

    def points(self) -> list[float | None]:
        """The buckets, the partly filled last one included."""
        if self._n:
            return [*self.values, _finite(self._sum / self._n)]
        return list(self.values)


@dataclass
class Run:
    """One training run of a document.

    - `id`: unique within the history ("run-7"); `name`: what the list shows ("Run 7"), renamable.
    - `start`: FRESH, CONTINUE (from `parent`'s final weights) or FILE (weights saved with the
      graph file); `epoch_offset` / `batch_offset`: epochs and batches trained before it (0 for
      a fresh run), so continued curves go on along the x axis.
    - `graph`: the graph it trained, as file-format JSON data without positions (see
      `Run.graph_document`); `training`: the training settings it ran with.
    - `epochs`: the epoch numbers recorded (1-based within this run); `curves[key]`: one value
      (or None where not measured) per recorded epoch for each key of EPOCH_KEYS; `losses`:
      per-objective epoch losses ({loss id: values}) when the graph has several objectives.
    - `batch_losses`: means over `batch_stride` consecutive batches (the last bucket may hold
      fewer); `batches`: how many batches were trained.
    - `result`: how it ended; `visible`: whether its curves are drawn.
    """

    id: str
    name: str
    start: str = FRESH
    parent: str | None = None
    epoch_offset: int = 0
    batch_offset: int = 0
    created: str = ""
    graph: dict[str, Any] = field(default_factory=dict)
    training: dict[str, Any] = field(default_factory=dict)
    epochs: list[int] = field(default_factory=list)
    curves: dict[str, list[float | None]] = field(default_factory=lambda: {k: [] for k in EPOCH_KEYS})
    losses: dict[str, list[float | None]] = field(default_factory=dict)
    result: RunResult = field(default_factory=RunResult)
    visible: bool = True
    _batches: _BatchLosses = field(default_factory=_BatchLosses, repr=False, compare=False)

    # ---------------------------------------------------------------- recording
    def record_epoch(self, event: Mapping[str, Any]) -> None:
        """Add one trainer "epoch" event (its "epoch" number and EPOCH_KEYS values)."""
        epoch = int(event.get("epoch", len(self.epochs) + 1))
        self.epochs.append(epoch)
        for key in EPOCH_KEYS:
            self.curves.setdefault(key, []).append(_finite(event.get(key)))
        for loss_id, value in (event.get("losses") or {}).items():
            column = self.losses.setdefault(str(loss_id), [None] * (len(self.epochs) - 1))
            column.append(_finite(value))
        for column in self.losses.values():  # an objective missing from this epoch
            if len(column) < len(self.epochs):
                column.append(None)
        self.result.epochs = epoch
        if len(self.epochs) > MAX_EPOCH_POINTS:
            self._thin_epochs()

    def _thin_epochs(self) -> None:
        keep = list(range(0, len(self.epochs) - 1, 2)) + [len(self.epochs) - 1]
        self.epochs = [self.epochs[i] for i in keep]
        for columns in (self.curves, self.losses):
            for key, values in columns.items():
                columns[key] = [values[i] for i in keep]

    def record_batches(self, losses: Iterable[float]) -> None:
        """Add batch losses in training order (each the loss before that batch's step)."""
        self._batches.extend(losses)

    def finish(self, done: Mapping[str, Any]) -> None:
        """Take the trainer's "done" event: finished, stopped or stopped early."""
        if done.get("stopped"):
            status = STOPPED
        elif done.get("stopped_early"):
            status = EARLY_STOPPED
        else:
            status = FINISHED
        warnings = done.get("warnings") or []
        self.result = RunResult(
            status=status,
            epochs=int(done.get("epochs", len(self.epochs)) or 0),
            test_loss=_finite(done.get("test_loss")),
            test_acc=_finite(done.get("test_acc")),
            best_epoch=int(done["best_epoch"]) if isinstance(done.get("best_epoch"), int) else None,
            seconds=_finite(done.get("seconds")),
            warnings=[str(w)[:MAX_TEXT] for w in warnings if isinstance(w, str)],
        )

    def fail(self, message: str, kind: str | None = None) -> None:
        """The run stopped with an error; `kind` is the trainer's marker (the error event's
        "kind"): "diverged" when the loss became NaN or infinite, else an error."""
        status = DIVERGED if kind == DIVERGED else ERROR
        self.result = RunResult(status=status, epochs=len(self.epochs) and self.epochs[-1],
                                message=str(message)[:MAX_TEXT])

    # ---------------------------------------------------------------- reading
    @property
    def batch_losses(self) -> list[float | None]:
        return self._batches.points()

    @property
    def batch_stride(self) -> int:
        return self._batches.stride

    @property
    def batches(self) -> int:
        return self._batches.count

    @property
    def end_epoch(self) -> int:
        """The x of this run's last epoch: epochs trained before it plus its own."""
        return self.epoch_offset + (self.epochs[-1] if self.epochs else 0)

    @property
    def end_batch(self) -> int:
        return self.batch_offset + self.batches

    def x_epochs(self) -> list[int]:
        """The x axis of the epoch curves: `epoch_offset + epoch`."""
        return [self.epoch_offset + e for e in self.epochs]

    def x_batches(self) -> list[float]:
        """The x of each batch-loss bucket (its centre), counting on from `batch_offset`."""
        stride, n = self.batch_stride, len(self.batch_losses)
        xs = [self.batch_offset + stride * i + (stride + 1) / 2 for i in range(n)]
        if n and self.batches < stride * n:  # the partial last bucket
            first = stride * (n - 1) + 1
            xs[-1] = self.batch_offset + (first + self.batches) / 2
        return xs

    def series(self, key: str) -> list[float | None]:
        """The per-epoch values of one of EPOCH_KEYS (or of a loss id in `losses`)."""
        if key in self.curves:
            return list(self.curves[key])
        return list(self.losses.get(key, []))

    def final(self, key: str) -> float | None:
        """The last measured value of a per-epoch series (None when never measured)."""
        return next((v for v in reversed(self.series(key)) if v is not None), None)

    def graph_document(self) -> Graph:
        """The graph this run trained, as a document (positions are not kept)."""
        from nodeflow.graph.io import graph_from_dict

        return graph_from_dict(self.graph)

    # ------------------------------------------------------------- persistence
    def to_dict(self) -> dict[str, Any]:
        result = self.result
        return {
            "id": self.id, "name": self.name, "start": self.start, "parent": self.parent,
            "epoch_offset": self.epoch_offset, "batch_offset": self.batch_offset, "created": self.created,
            "visible": self.visible,
            "result": {
                "status": result.status, "epochs": result.epochs, "test_loss": result.test_loss,
                "test_acc": result.test_acc, "best_epoch": result.best_epoch, "seconds": result.seconds,
                "message": result.message, "warnings": list(result.warnings),
            },
            "training": dict(self.training),
            "epochs": list(self.epochs),
            "curves": {k: [_finite(v) for v in vs] for k, vs in self.curves.items()},
            "losses": {k: [_finite(v) for v in vs] for k, vs in self.losses.items()},
            "batch_stride": self.batch_stride, "batches": self.batches,
            "batch_losses": [_finite(v) for v in self.batch_losses],
            "graph": self.graph,
        }

    @classmethod
    def from_dict(cls, data: Any) -> Run:
        """A run from `to_dict` data; ValueError naming the field for anything malformed."""
        d = _Fields(data, "run")
        run = cls(
            id=d.text("id", limit=100), name=d.text("name", limit=200),
            start=d.choice("start", STARTS), parent=d.text("parent", limit=100, optional=True),
            epoch_offset=d.count("epoch_offset"), batch_offset=d.count("batch_offset"),
            created=d.text("created", limit=100, default=""), visible=d.flag("visible", True),
            graph=d.mapping("graph"), training=d.mapping("training"),
        )
        r = _Fields(d.mapping("result"), "result")
        run.result = RunResult(
            status=r.choice("status", STATUSES), epochs=r.count("epochs"),
            test_loss=r.number("test_loss"), test_acc=r.number("test_acc"),
            best_epoch=r.count("best_epoch", optional=True), seconds=r.number("seconds"),
            message=r.text("message", default=""), warnings=r.texts("warnings"),
        )
        if run.result.status == RUNNING:  # the app closed mid-run: it never finished
            run.result.status, run.result.message = STOPPED, "the window closed during this run"
        run.epochs = d.counts("epochs")
        n = len(run.epochs)
        run.curves = {k: d.numbers_in("curves", k, n) for k in EPOCH_KEYS}
        run.losses = {k: d.numbers_in("losses", k, n) for k in d.mapping("losses", default={})}
        points = d.numbers("batch_losses", limit=MAX_BATCH_POINTS + 1)
        stride, count = max(1, d.count("batch_stride")), d.count("batches")
        if len(points) != -(-count // stride):
            raise ValueError("run: 'batches' does not match 'batch_losses' and 'batch_stride'")
        batches = _BatchLosses()
        batches.stride, batches.count = stride, count
        full = count // stride
        batches.values = list(points[:full])
        if len(points) > full:  # a partly filled last bucket
            last = points[-1]
            batches._n = count - full * stride
            batches._sum = (last if last is not None else math.nan) * batches._n
        run._batches = batches
        return run


_REQUIRED: Any = object()


class _Fields:
    """Typed reading of one JSON object, with one-line errors naming the field."""

    def __init__(self, data: Any, what: str) -> None:
        if not isinstance(data, dict):
            raise ValueError(f"{what}: expected an object")
        self.data, self.what = data, what

    def _get(self, key: str, default: Any) -> Any:
        if key in self.data:
            return self.data[key]
        if default is _REQUIRED:
            raise ValueError(f"{self.what}: '{key}' is missing")
        return default

    def _bad(self, key: str, expected: str) -> ValueError:
        return ValueError(f"{self.what}: '{key}' must be {expected}")

    def text(self, key: str, *, limit: int = MAX_TEXT, optional: bool = False, default: Any = _REQUIRED) -> Any:
        value = self._get(key, None if optional else default)
        if value is None and optional:
            return None
        if not isinstance(value, str) or len(value) > limit:
            raise self._bad(key, f"a text of at most {limit} characters")
        return value

    def texts(self, key: str) -> list[str]:
        value = self._get(key, [])
        if not isinstance(value, list) or len(value) > 100 or not all(
            isinstance(v, str) and len(v) <= MAX_TEXT for v in value
        ):
            raise self._bad(key, "a list of texts")
        return list(value)

    def choice(self, key: str, choices: Sequence[str]) -> str:
        value = self._get(key, _REQUIRED)
        if value not in choices:
            raise self._bad(key, "one of " + ", ".join(choices))
        return value

    def count(self, key: str, *, optional: bool = False) -> Any:
        value = self._get(key, None if optional else 0)
        if value is None and optional:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 2**53:
            raise self._bad(key, "a whole number >= 0")
        return value

    def flag(self, key: str, default: bool) -> bool:
        value = self._get(key, default)
        if not isinstance(value, bool):
            raise self._bad(key, "true or false")
        return value

    def number(self, key: str) -> float | None:
        value = self._get(key, None)
        if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))):
            raise self._bad(key, "a number or null")
        return _finite(value)

    def mapping(self, key: str, default: Any = _REQUIRED) -> dict[str, Any]:
        value = self._get(key, default)
        if not isinstance(value, dict):
            raise self._bad(key, "an object")
        return value

    def counts(self, key: str) -> list[int]:
        value = self._get(key, [])
        if not isinstance(value, list) or len(value) > MAX_EPOCH_POINTS + 1 or not all(
            isinstance(v, int) and not isinstance(v, bool) and 0 <= v < 2**53 for v in value
        ):
            raise self._bad(key, f"a list of at most {MAX_EPOCH_POINTS + 1} whole numbers")
        return list(value)

    def numbers(self, key: str, *, limit: int) -> list[float | None]:
        return _number_list(self._get(key, []), f"{self.what}: '{key}'", limit)

    def numbers_in(self, key: str, inner: str, length: int) -> list[float | None]:
        table = self.mapping(key, default={})
        if inner not in table:
            return [None] * length
        values = _number_list(table[inner], f"{self.what}: '{key}.{inner}'", MAX_EPOCH_POINTS + 1)
        if len(values) != length:
            raise ValueError(f"{self.what}: '{key}.{inner}' has {len(values)} values for {length} epochs")
        return values


def _number_list(value: Any, what: str, limit: int) -> list[float | None]:
    if not isinstance(value, list) or len(value) > limit:
        raise ValueError(f"{what} must be a list of at most {limit} numbers")
    out: list[float | None] = []
    for v in value:
        if v is not None and (isinstance(v, bool) or not isinstance(v, (int, float))):
            raise ValueError(f"{what} must hold numbers or null")
        out.append(_finite(v))
    return out


# ------------------------------------------------------------------------ differences
def _effective_nodes(graph: Mapping[str, Any]) -> dict[str, tuple[str, dict[str, Any]]]:
    """{node id: (type, parameters with the declared defaults filled in)} of graph JSON data."""
    from nodeflow.nodes import REGISTRY

    nodes: dict[str, tuple[str, dict[str, Any]]] = {}
    for entry in graph.get("nodes", []) if isinstance(graph, Mapping) else []:
        if not isinstance(entry, Mapping):
            continue
        type_name, params = str(entry.get("type")), dict(entry.get("params") or {})
        try:
            full = {**REGISTRY.get(type_name).defaults(), **params}
        except Exception:  # noqa: BLE001 - an unknown type (a plugin not installed): as stored
            full = params
        nodes[str(entry.get("id"))] = (type_name, full)
    return nodes


def _edges(graph: Mapping[str, Any]) -> set[tuple]:
    edges = graph.get("edges", []) if isinstance(graph, Mapping) else []
    return {(tuple(e.get("from") or ()), tuple(e.get("to") or ())) for e in edges if isinstance(e, Mapping)}


def _shown(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, bool):
        return "on" if value else "off"
    if value is None or value == "":
        return "–"
    return str(value)


def differences(run: Run, other: Run | None) -> list[str]:
    """What `run` changed from `other` (the run before it), in short phrases such as
    "adam.lr 0.01 → 50", "sig1 Sigmoid → ReLU", "epochs 30 → 5", "+ drop1", "wiring".
    Empty when both trained the same graph with the same settings."""
    if other is None:
        return []
    from nodeflow.graph.io import TRAINING_PARAMS

    changes: list[str] = []
    defaults = {p.name: p.default for p in TRAINING_PARAMS}
    mine, theirs = {**defaults, **run.training}, {**defaults, **other.training}
    for key in sorted(set(mine) | set(theirs), key=lambda k: (k not in defaults, k)):
        if mine.get(key) != theirs.get(key):
            changes.append(f"{key} {_shown(theirs.get(key))} → {_shown(mine.get(key))}")
    a, b = _effective_nodes(run.graph), _effective_nodes(other.graph)
    for node_id, (type_name, params) in a.items():
        if node_id not in b:
            changes.append(f"+ {node_id}")
            continue
        old_type, old_params = b[node_id]
        if old_type != type_name:
            changes.append(f"{node_id} {old_type} → {type_name}")
            continue
        for name in params:
            if params.get(name) != old_params.get(name):
                changes.append(f"{node_id}.{name} {_shown(old_params.get(name))} → {_shown(params.get(name))}")
    changes.extend(f"− {node_id}" for node_id in b if node_id not in a)
    if _edges(run.graph) != _edges(other.graph) and not any(c[0] in "+−" for c in changes):
        changes.append("wiring")
    return changes


MODEL_CATEGORIES = ("layer", "activation", "merge")
"""The categories whose nodes make up the trained model (data, losses and optimizers only train it)."""


def model_differences(run: Run, graph: Mapping[str, Any]) -> list[str]:
    """How the model in `graph` (graph JSON data) differs from the one `run` trained, in the
    phrases of `differences` ("sig1 Sigmoid → ReLU", "+ drop1", "wiring"): what makes the
    run's weights belong to another model although their shapes may still fit. Settings,
    data, losses and optimizers do not count."""
    from nodeflow.nodes import REGISTRY

    def model(nodes: dict[str, tuple[str, dict[str, Any]]]) -> dict[str, tuple[str, dict[str, Any]]]:
        kept = {}
        for node_id, (type_name, params) in nodes.items():
            try:
                category = REGISTRY.get(type_name).category
            except Exception:  # noqa: BLE001 - an unknown type counts as part of the model
                category = "layer"
            if category in MODEL_CATEGORIES:
                kept[node_id] = (type_name, params)
        return kept

    now, then = model(_effective_nodes(graph)), model(_effective_nodes(run.graph))
    changes: list[str] = []
    for node_id, (type_name, params) in now.items():
        if node_id not in then:
            changes.append(f"+ {node_id}")
        elif then[node_id][0] != type_name:
            changes.append(f"{node_id} {then[node_id][0]} → {type_name}")
        else:
            old = then[node_id][1]
            changes.extend(f"{node_id}.{k} {_shown(old.get(k))} → {_shown(v)}"
                           for k, v in params.items() if old.get(k) != v)
    changes.extend(f"− {node_id}" for node_id in then if node_id not in now)
    if not changes and _edges(graph) != _edges(run.graph):
        changes.append("wiring")
    return changes


# ----------------------------------------------------------------------------- history
@dataclass
class RunHistory:
    """The runs of one document, oldest first.

    `weights_from` names the run whose final weights are saved beside the graph file (the
    `.npz`), so that continuing after reopening the file says which run it continues."""

    runs: list[Run] = field(default_factory=list)
    weights_from: str | None = None
    _changes: dict[tuple[str, str | None], list[str]] = field(default_factory=dict, repr=False, compare=False)
    _texts: dict[str, tuple[tuple, str]] = field(default_factory=dict, repr=False, compare=False)
    """Caches: a run's graph and settings never change once recorded, nor does an ended run's
    record but for its name and tick, so the list and the file need not work them out again."""

    def __iter__(self):
        return iter(self.runs)

    def __len__(self) -> int:
        return len(self.runs)

    def get(self, run_id: str | None) -> Run | None:
        return next((r for r in self.runs if r.id == run_id), None) if run_id else None

    def index(self, run_id: str) -> int:
        return next(i for i, r in enumerate(self.runs) if r.id == run_id)

    def previous(self, run: Run) -> Run | None:
        """The run listed before `run` (what its settings are compared with)."""
        i = self.index(run.id)
        return self.runs[i - 1] if i > 0 else None

    def new_run(self, graph: Graph, *, start: str = FRESH, parent: Run | None = None) -> Run:
        """Record the start of a run of `graph` (its graph and settings copied now). A continued
        run counts on from `parent`'s last epoch and batch."""
        from nodeflow.graph.io import graph_to_dict

        if start not in STARTS:
            raise ValueError(f"unknown start {start!r}")
        number = 1 + max((_number_of(r) for r in self.runs), default=0)
        data = graph_to_dict(graph)
        for node in data.get("nodes", []):
            node.pop("pos", None)
        run = Run(
            id=f"run-{number}", name=f"Run {number}", start=start,
            parent=parent.id if parent is not None else None,
            epoch_offset=parent.end_epoch if parent is not None else 0,
            batch_offset=parent.end_batch if parent is not None else 0,
            created=_dt.datetime.now().astimezone().isoformat(timespec="seconds"),
            graph=data, training=dict(data.get("training") or {}),
        )
        self.runs.append(run)
        while len(self.runs) > MAX_RUNS:
            self.runs.pop(0)
        return run

    def remove(self, run_id: str) -> Run | None:
        run = self.get(run_id)
        if run is not None:
            self.runs.remove(run)
            if self.weights_from == run_id:
                self.weights_from = None
            self._changes.clear()  # neighbours change, and the id may be given again
            self._texts.pop(run_id, None)
        return run

    def rename(self, run_id: str, name: str) -> bool:
        run = self.get(run_id)
        name = name.strip()[:200]
        if run is None or not name:
            return False
        run.name = name
        return True

    def latest(self) -> Run | None:
        return self.runs[-1] if self.runs else None

    def changes(self, run: Run) -> list[str]:
        """`differences` from the run before it."""
        before = self.previous(run)
        key = (run.id, before.id if before is not None else None)
        if key not in self._changes:
            self._changes[key] = differences(run, before)
        return list(self._changes[key])

    # ------------------------------------------------------------------ file
    def to_dict(self) -> dict[str, Any]:
        return {"format": FORMAT, "version": VERSION, "weights_from": self.weights_from,
                "runs": [r.to_dict() for r in self.runs]}

    def dumps(self) -> str:
        """Readable JSON: one key per line, each curve on one line. Written whenever a run
        ends, so an ended run's text is kept and reused (a few hundred runs stay cheap)."""
        head = {"format": FORMAT, "version": VERSION, "weights_from": self.weights_from}
        lines = [f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in head.items()]
        runs = ",\n".join(self._run_text(r) for r in self.runs)
        body = f'  "runs": [\n{runs}\n  ]' if self.runs else '  "runs": []'
        return "{\n" + ",\n".join([*lines, body]) + "\n}\n"

    def _run_text(self, run: Run) -> str:
        signature = (run.name, run.visible, run.result.status, run.result.epochs, len(run.epochs), run.batches)
        cached = self._texts.get(run.id)
        if cached is not None and cached[0] == signature:
            return cached[1]
        text = "    " + _format(run.to_dict(), 2, expand=("result", "curves", "losses"))
        if run.result.status != RUNNING:
            self._texts[run.id] = (signature, text)
        return text

    def save(self, path: str | os.PathLike[str], mode_like: str | os.PathLike[str] | None = None) -> None:
        """Write atomically (temporary file, then rename) with the permissions of `mode_like`
        (the graph file) when given; raises OSError."""
        path = Path(path)
        data = self.dumps().encode("utf-8")
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.chmod(tmp, file_mode(mode_like if mode_like is not None else path))
            os.replace(tmp, path)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise

    @classmethod
    def loads(cls, text: str | bytes) -> tuple[RunHistory, list[str]]:
        """(history, problems) from JSON text: a malformed run is skipped and described in
        `problems`; a file that is not a runs file raises RunsFileError."""
        try:
            data = json.loads(text, parse_constant=_no_constant)
        except (ValueError, RecursionError) as exc:
            raise RunsFileError(f"not valid JSON ({str(exc).splitlines()[0][:120]})") from None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise RunsFileError(f"not a nodeflow runs file (no \"format\": \"{FORMAT}\")")
        version = data.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version <= VERSION:
            raise RunsFileError(f"runs file version {version!r} is not supported (this nodeflow reads {VERSION})")
        raw = data.get("runs")
        if not isinstance(raw, list):
            raise RunsFileError("'runs' must be a list")
        history, problems, seen = cls(), [], set()
        for i, entry in enumerate(raw[-MAX_RUNS:]):
            try:
                run = Run.from_dict(entry)
                if run.id in seen:
                    raise ValueError(f"run: id {run.id!r} appears twice")
            except ValueError as exc:
                problems.append(f"run {i + 1}: {exc}")
                continue
            seen.add(run.id)
            history.runs.append(run)
        weights_from = data.get("weights_from")
        history.weights_from = weights_from if isinstance(weights_from, str) and weights_from in seen else None
        return history, problems

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> tuple[RunHistory, list[str]]:
        """Read a runs file (regular files of at most MAX_BYTES only); see `loads`.
        Raises RunsFileError with the file's name for anything that cannot be read."""
        path = Path(path)
        try:
            text = read_regular(path, MAX_BYTES)
        except OSError as exc:
            raise RunsFileError(f"{path.name}: {exc.strerror or exc}") from None
        except ValueError as exc:
            raise RunsFileError(f"{path.name}: {exc}") from None
        try:
            return cls.loads(text)
        except RunsFileError as exc:
            raise RunsFileError(f"{path.name}: {exc}") from None


def _number_of(run: Run) -> int:
    tail = run.id.rsplit("-", 1)[-1]
    return int(tail) if tail.isdigit() else 0


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes (never a FIFO or a device: it is
    opened without blocking and checked before reading); OSError or ValueError otherwise."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ValueError("not a regular file")
        if info.st_size > limit:
            raise ValueError(f"larger than {limit // (1024 * 1024)} MB")
        chunks, total = [], 0
        while True:
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                break
            total += len(chunk)
            if total > limit:
                raise ValueError(f"larger than {limit // (1024 * 1024)} MB")
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def file_mode(like: str | os.PathLike[str]) -> int:
    """The permission bits of an existing file; for a new one the usual 0666 less the umask."""
    try:
        return stat.S_IMODE(os.stat(like).st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _format(record: dict[str, Any], depth: int, expand: tuple[str, ...] = ()) -> str:
    """A JSON object indented at `depth`, one key per line with its value on that line; the
    `expand` keys' objects get one line per key too (a curve per line)."""
    pad, inner = "  " * depth, "  " * (depth + 1)
    items = []
    for key, value in record.items():
        if key in expand and isinstance(value, dict) and value:
            value_text = _format(value, depth + 1)
        else:
            value_text = json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(", ", ": "))
        items.append(f"{inner}{json.dumps(key, ensure_ascii=False)}: {value_text}")
    return "{\n" + ",\n".join(items) + "\n" + pad + "}"


__all__ = [
    "CONTINUE", "DIVERGED", "EARLY_STOPPED", "EPOCH_KEYS", "ERROR", "FILE", "FINISHED", "FRESH", "RUNNING",
    "STOPPED", "Run", "RunHistory", "RunResult", "RunsFileError", "differences", "runs_path",
]
