"""What a lesson's check reads about one run: `RunResult`, and small adapters that build it
from what the engine and the window have (the trainer's events and History, a gradient
check's errors) and from the run model's records when they are present.

The check never sees the live document: each result carries a copy of the graph *as it was
when the run started*, so "the run that used MAE" means what it says even after more edits.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from nodeflow.i18n import translate
from nodeflow.lessons.expr import Series, Unavailable

DIVERGED_KIND = "diverged"
"""The trainer's marker for a divergence: its error event's "kind" and `History.error_kind`
(compute/trainer.py, `DIVERGED`); a run record's status says the same."""


@dataclass
class RunResult:
    """One finished (or failed) run, or one gradient check, as the lesson checker sees it.

    `curves` are per-epoch lists ("train_loss", "val_loss", "train_acc", "val_acc", "lr");
    `grads` the mean |gradient| per node after the last epoch; `weights` the trained arrays
    ({"node/param": array}); `graph` the document as trained (a Graph copy)."""

    kind: str = "train"
    """"train" or "gradcheck"."""
    curves: dict[str, list[float | None]] = field(default_factory=dict)
    test_loss: float | None = None
    test_acc: float | None = None
    best_epoch: int | None = None
    stopped_early: bool = False
    stopped: bool = False
    error: str | None = None
    diverged: bool = False
    seconds: float | None = None
    grads: dict[str, float] = field(default_factory=dict)
    weights: dict[str, np.ndarray] = field(default_factory=dict)
    gradcheck: dict[str, float] | None = None
    graph: Any = None
    param_count: int | None = None

    # ------------------------------------------------------------------ building
    @classmethod
    def from_events(cls, events: Iterable[Mapping[str, Any]], *, graph: Any = None,
                    weights: Mapping[str, np.ndarray] | None = None, param_count: int | None = None) -> RunResult:
        """From the trainer's event dicts in order (epoch..., then done or error), as the window
        and `Trainer(on_event=...)` see them."""
        result = cls(graph=graph, weights=dict(weights or {}), param_count=param_count)
        for event in events:
            kind = event.get("event")
            if kind == "epoch":
                result._add_epoch(event)
            elif kind == "done":
                result._add_done(event)
            elif kind == "error":
                result.set_error(str(event.get("message") or ""), event.get("kind"))
        return result

    @classmethod
    def from_history(cls, history: Any, *, graph: Any = None, grads: Mapping[str, float] | None = None,
                     weights: Mapping[str, np.ndarray] | None = None, param_count: int | None = None) -> RunResult:
        """From the trainer's `History` (what `Trainer.run()` returns)."""
        result = cls(graph=graph, grads=dict(grads or {}), weights=dict(weights or {}), param_count=param_count)
        for key in ("train_loss", "val_loss", "train_acc", "val_acc", "lr"):
            result.curves[key] = [_finite_or_none(v) for v in getattr(history, key, [])]
        result.test_loss = _finite_or_none(history.test_loss)
        result.test_acc = _finite_or_none(history.test_acc)
        result.best_epoch = history.best_epoch
        result.stopped_early = bool(history.stopped_early)
        result.stopped = bool(history.stopped)
        result.seconds = getattr(history, "run_seconds", None)
        if history.error is not None:
            result.set_error(history.error, getattr(history, "error_kind", None))
        return result

    @classmethod
    def from_gradcheck(cls, errors: Mapping[str, float], *, graph: Any = None) -> RunResult:
        """From a gradient check: {node: worst relative error}."""
        return cls(kind="gradcheck", gradcheck={k: float(v) for k, v in errors.items()}, graph=graph)

    @classmethod
    def from_run(cls, run: Any, *, weights: Mapping[str, np.ndarray] | None = None,
                 grads: Mapping[str, float] | None = None) -> RunResult:
        """From a run record of the run model (nodeflow.graph.runs.Run), read by its fields so
        this module does not depend on it: `curves` ({key: per-epoch values}), `result`
        (`status` "finished" / "stopped" / "early_stopped" / "diverged" / "error", `test_loss`,
        `test_acc`, `best_epoch`, `seconds`, `message`) and `graph_document()`. The record keeps
        neither the final weights nor the gradients: the caller passes what it has of those."""
        graph = run.graph_document() if hasattr(run, "graph_document") else getattr(run, "graph", None)
        result = cls(graph=graph, grads=dict(grads or {}), weights=dict(weights or {}))
        for key, values in (getattr(run, "curves", None) or {}).items():
            result.curves[key] = [_finite_or_none(v) for v in values]
        outcome = getattr(run, "result", run)
        result.test_loss = _finite_or_none(getattr(outcome, "test_loss", None))
        result.test_acc = _finite_or_none(getattr(outcome, "test_acc", None))
        result.best_epoch = getattr(outcome, "best_epoch", None)
        result.seconds = getattr(outcome, "seconds", None)
        status = getattr(outcome, "status", None)
        result.stopped = status == "stopped"
        result.stopped_early = status == "early_stopped"
        if status in ("diverged", "error"):
            result.set_error(str(getattr(outcome, "message", "") or status))
            result.diverged = status == "diverged"
        return result

    def _add_epoch(self, event: Mapping[str, Any]) -> None:
        for key in ("train_loss", "val_loss", "train_acc", "val_acc", "lr"):
            self.curves.setdefault(key, []).append(_finite_or_none(event.get(key)))
        if event.get("grad_stats"):
            self.grads = {str(k): float(v) for k, v in event["grad_stats"].items()}

    def _add_done(self, event: Mapping[str, Any]) -> None:
        self.test_loss = _finite_or_none(event.get("test_loss"))
        self.test_acc = _finite_or_none(event.get("test_acc"))
        self.best_epoch = event.get("best_epoch")
        self.stopped_early = bool(event.get("stopped_early"))
        self.stopped = bool(event.get("stopped"))
        self.seconds = event.get("seconds")

    def set_error(self, message: str, kind: str | None = None) -> None:
        """The run failed; `kind` is the trainer's marker ("diverged" for a loss that became
        nan or inf), never guessed from the message's words."""
        self.error = message
        self.diverged = self.diverged or kind == DIVERGED_KIND

    # ------------------------------------------------------------------ reading (expr.RunLike)
    @property
    def epochs(self) -> int:
        return len(self.curves.get("train_loss", []))

    def field(self, name: str) -> Any:
        if name in ("train_loss", "val_loss", "train_acc", "val_acc", "lr"):
            self._need_training(name)
            values = self.curves.get(name, [])
            if not any(v is not None for v in values):
                raise Unavailable(_missing_metric(name))
            return Series(values, name)
        if name in ("test_loss", "test_acc"):
            self._need_training(name)
            value = getattr(self, name)
            if value is None:
                raise Unavailable(_missing_metric(name))
            return value
        if name == "epochs":
            return self.epochs
        if name == "best_epoch":
            if self.best_epoch is None:
                raise Unavailable(translate("LessonCheck", "this run has no best epoch"))
            return self.best_epoch
        if name == "seconds":
            if self.seconds is None:
                raise Unavailable(translate("LessonCheck", "this run did not record its duration"))
            return float(self.seconds)
        if name == "param_count":
            return self._param_count()
        if name == "gradcheck_error":
            return max(self._gradcheck().values(), default=0.0)
        if name == "diverged":
            return self.diverged
        if name == "stopped_early":
            return self.stopped_early
        if name == "stopped":
            return self.stopped
        if name == "failed":
            return self.error is not None
        if name == "finished":
            return self.kind == "train" and self.error is None and not self.stopped
        raise Unavailable(name)  # pragma: no cover - refused when parsing

    def call(self, name: str, args: Sequence[Any]) -> Any:
        key = str(args[0])
        if name == "grad":
            self._need_training("grad")
            if key not in self.grads:
                raise Unavailable(translate("LessonCheck", "no gradient was recorded for '{node}' (nodes with "
                                            "weights: {known})").format(node=key, known=", ".join(self.grads) or "-"))
            return self.grads[key]
        if name == "gradcheck":
            checks = self._gradcheck()
            if key not in checks:
                raise Unavailable(translate("LessonCheck", "the gradient check did not check '{node}'").format(node=key))
            return checks[key]
        if name == "weight":
            self._need_training("weight")
            if key not in self.weights:
                raise Unavailable(translate("LessonCheck", "this run has no weight '{name}'").format(name=key))
            array = np.asarray(self.weights[key])
            if array.size != 1:
                raise Unavailable(translate("LessonCheck", "'{name}' holds {n} values; weight() reads a single one")
                                  .format(name=key, n=array.size))
            return float(array.reshape(-1)[0])
        if name in ("param", "type"):
            return self._setting(name, key)
        raise Unavailable(name)  # pragma: no cover - refused when parsing

    # ------------------------------------------------------------------ helpers
    def _need_training(self, what: str) -> None:
        if self.kind != "train":
            raise Unavailable(translate("LessonCheck", "{what} needs a training run: press Train").format(what=what))

    def _gradcheck(self) -> dict[str, float]:
        if self.gradcheck is None:
            raise Unavailable(translate("LessonCheck", "no gradient check yet: Run ▸ Check Gradients"))
        return self.gradcheck

    def _param_count(self) -> int:
        if self.param_count is not None:
            return int(self.param_count)
        if self.graph is None:
            raise Unavailable(translate("LessonCheck", "this run did not record its graph"))
        from nodeflow.graph.analysis import analyze

        analysis = analyze(self.graph)
        if not analysis.ok:
            raise Unavailable(str(analysis.first_error))
        self.param_count = int(analysis.param_count)
        return self.param_count

    def _setting(self, name: str, key: str) -> Any:
        if self.graph is None:
            raise Unavailable(translate("LessonCheck", "this run did not record its graph"))
        return setting(self.graph, key if name == "param" else f"{key}.type")


def setting(graph: Any, key: str) -> Any:
    """The value a "node.param", "node.type" or "training.key" names in `graph` (parameters
    not written in the file read as their declared default). Raises Unavailable."""
    node_id, _, name = key.partition(".")
    if not name:
        raise Unavailable(translate("LessonCheck", "'{key}' should read node.parameter, e.g. sgd.lr").format(key=key))
    if node_id == "training":
        training = dict(getattr(graph, "training", None) or {})
        if name not in training:
            raise Unavailable(translate("LessonCheck", "the training settings have no '{name}'").format(name=name))
        return training[name]
    node = graph.nodes.get(node_id)
    if node is None:
        raise Unavailable(translate("LessonCheck", "the graph has no node '{node}'").format(node=node_id))
    if name == "type":
        return node.type
    if name in node.params:
        return node.params[name]
    try:
        return node.spec.param(name).default
    except KeyError:
        raise Unavailable(translate("LessonCheck", "{node} ({type}) has no parameter '{name}'")
                          .format(node=node_id, type=node.type, name=name)) from None


def _missing_metric(name: str) -> str:
    if name.startswith("val_"):
        return translate("LessonCheck", "this run has no {name}: the Dataset holds no validation split").format(name=name)
    if name.startswith("test_"):
        return translate("LessonCheck", "this run has no {name}: the Dataset holds no test split").format(name=name)
    if name.endswith("_acc"):
        return translate("LessonCheck", "this run has no {name}: accuracy is only measured for classification "
                         "losses").format(name=name)
    return translate("LessonCheck", "this run has no values of {name}").format(name=name)


def _finite_or_none(value: Any) -> float | None:
    if value is None:
        return None
    try:
        value = float(value)
    except (TypeError, ValueError):
        return None
    return value if math.isfinite(value) else None
