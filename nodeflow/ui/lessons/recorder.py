"""Turn the window's training and gradient-check signals into `RunResult`s for the checker.

The one place that knows how the window reports runs. Today: the TrainingController's
`started` / `update` / `finished` / `failed` / `ended` and the GradcheckRunner's `finished`.
The graph is copied when the run starts, so later edits never change what a run was.
When the run model (nodeflow.graph.runs) lands, `RunResult.from_run` reads its records and
this class shrinks to connecting its "run ended" signal.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from nodeflow.lessons.result import RunResult


class RunRecorder(QObject):
    """`recorded(RunResult)` once per training run (when its thread has ended) and per
    gradient check. `training` is the window's TrainingDock."""

    recorded = Signal(object)
    started = Signal()

    def __init__(self, training: Any, graph: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.graph = graph
        self._events: list[dict] | None = None
        self._graph_at_start: Any = None
        ctl = training.controller
        self.controller = ctl
        ctl.started.connect(self._on_started)
        ctl.update.connect(self._on_update)
        ctl.finished.connect(self._on_finished)
        ctl.failed.connect(self._on_failed)
        ctl.ended.connect(self._on_ended)
        self._gradcheck_graph: Any = None
        gradcheck = training.gradcheck
        gradcheck.finished.connect(self._on_gradcheck)
        if hasattr(gradcheck, "started"):
            gradcheck.started.connect(self._on_gradcheck_started)

    def _on_started(self) -> None:
        self._events = []
        self._graph_at_start = self.graph.copy()
        self.started.emit()

    def _on_update(self, payload: dict) -> None:
        if self._events is None:
            return
        for epoch in payload.get("epochs") or ():
            if not epoch.get("probe_only"):
                self._events.append(epoch)

    def _on_finished(self, done: dict) -> None:
        if self._events is not None:
            self._events.append(dict(done, event="done"))

    def _on_failed(self, message: str) -> None:
        if self._events is None:  # the run could not start: nothing was trained
            self._events = []
            self._graph_at_start = self.graph.copy()
        # the trainer's marker ("diverged"), never the message's words
        self._events.append({"event": "error", "message": message,
                             "kind": getattr(self.controller, "error_kind", None)})

    def _on_ended(self) -> None:
        if self._events is None:
            return
        weights: dict = {}
        network = getattr(self.controller, "network", None)
        if network is not None:
            from nodeflow.compute.weights import weight_arrays

            weights = {k: v.copy() for k, v in weight_arrays(network).items() if v.size <= 4096}
        result = RunResult.from_events(self._events, graph=self._graph_at_start, weights=weights)
        self._events, self._graph_at_start = None, None
        self.recorded.emit(result)

    def _on_gradcheck_started(self, *_args: Any) -> None:
        self._gradcheck_graph = self.graph.copy()

    def _on_gradcheck(self, errors: dict) -> None:
        graph = self._gradcheck_graph if self._gradcheck_graph is not None else self.graph.copy()
        self._gradcheck_graph = None
        # the gradient check view emits {node: NodeCheck}; the lesson grades the worst error
        worst = {node: getattr(check, "error", check) for node, check in errors.items()}
        self.recorded.emit(RunResult.from_gradcheck(worst, graph=graph))
