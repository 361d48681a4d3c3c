"""TrainingDock: everything about training in one widget for the window's bottom dock.

Settings and progress on top; tabs "Curves" (TrainingPlots, objectName "trainingPlots"),
"Inspect", "Results" and "Landscape" (the loss surface around the trained weights). It owns
the TrainingController and the GradcheckRunner and drives the window's Train / Pause / Stop
actions when given them (`bind_actions`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QTabWidget, QVBoxLayout, QWidget

from nodeflow.graph.document import Graph
from nodeflow.ui.training.controller import TrainingController
from nodeflow.ui.training.gradcheck_view import GradcheckRunner, badge
from nodeflow.ui.training.inspect import InspectView
from nodeflow.ui.training.landscape_view import LandscapeView
from nodeflow.ui.training.pacer import RedrawPacer
from nodeflow.ui.training.plots import TrainingPlots
from nodeflow.ui.training.progress import TrainingProgress, format_duration
from nodeflow.ui.training.results import ResultsView
from nodeflow.ui.training.training_panel import TrainingSettings

RESULTS = "Results"
RESULTS_NEW = "Results \u25cf"
"""The tab's title while it holds a decision map or results not yet looked at."""


class TrainingDock(QWidget):
    """`statusMessage(str)` says what happened (finished, stopped, failed) for a status bar;
    `learnedChanged(dict)` carries the small weights ({"node/param": array}) as a run goes."""

    statusMessage = Signal(str)
    learnedChanged = Signal(object)

    def __init__(
        self,
        graph: Graph,
        undo_stack: Any = None,
        canvas: Any = None,
        base_dir: Callable[[], str | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trainingPanel")  # "trainingDock" is the window's QDockWidget
        self.graph, self.canvas = graph, canvas
        self.base_dir = base_dir or (lambda: None)
        self.initial_weights: Callable[[], dict | None] = lambda: None
        """Where a run starts: trained weights of the document that still fit it (the window
        sets this), or None for a fresh, seeded initialisation."""
        self.controller = TrainingController(canvas, self)
        self.gradcheck = GradcheckRunner(self)
        self.settings = TrainingSettings(graph, undo_stack)
        self.progress = TrainingProgress()
        self.plots = TrainingPlots()
        self.inspect = InspectView()
        self.results = ResultsView()
        self.landscape = LandscapeView()
        self.tabs = QTabWidget(objectName="trainingTabs")
        self.tabs.addTab(self.plots, "Curves")
        self.tabs.addTab(self.inspect, "Inspect")
        self.tabs.addTab(self.results, RESULTS)
        self.tabs.addTab(self.landscape, "Landscape")
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.tabs.setMinimumHeight(220)  # curves squashed to a line say nothing
        top = QHBoxLayout()
        top.addWidget(self.settings)
        top.addWidget(self.progress, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.actions: tuple[Any, Any, Any] | None = None
        self.views = (self.plots, self.inspect, self.results)
        self._latest_batch: dict | None = None
        self._latest_grads: dict | None = None
        self._latest_weights: dict | None = None
        self.pacer = RedrawPacer()
        self.redraw_timer = QTimer(self, objectName="trainingRedrawTimer")
        self.redraw_timer.setSingleShot(True)
        self.redraw_timer.setInterval(int(1000 * self.pacer.interval))
        self.redraw_timer.timeout.connect(self.refresh)
        self.controller.ended.connect(self.refresh)
        self.controller.ended.connect(self.plots.end_run)
        self.controller.ended.connect(self._offer_landscape)
        self._run_error: str | None = None

        ctl = self.controller
        ctl.update.connect(self._on_update)
        ctl.finished.connect(self._on_finished)
        ctl.failed.connect(self._on_failed)
        ctl.stateChanged.connect(self._on_state)
        self.gradcheck.finished.connect(self._on_gradcheck)
        self.gradcheck.failed.connect(lambda m: self.statusMessage.emit(f"Gradient check failed: {m}"))

    # ------------------------------------------------------------------ commands
    def bind_actions(self, train: Any, pause: Any, stop: Any) -> None:
        """Make the window's actions start / pause-resume / stop training (and track their state)."""
        self.actions = (train, pause, stop)
        train.triggered.connect(self.train)
        pause.triggered.connect(self.controller.toggle_pause)
        stop.triggered.connect(self.controller.stop)
        self._on_state(self.controller.state)

    def train(self) -> bool:
        if self.controller.running:
            return False
        epochs = self.settings.value("epochs")
        self.plots.begin_run(epochs)
        self.pacer.reset()  # the first curves come quickly, whatever the last run's spacing was
        self.redraw_timer.setInterval(int(1000 * self.pacer.interval))
        self._show_gradients(None)
        self.inspect.reset()
        self.results.reset()
        self.landscape.reset()
        self._run_error = None
        self.progress.start(epochs)
        self._latest_batch = None
        return self.controller.start(self.graph, base_dir=self.base_dir(), initial_weights=self.initial_weights())

    def run_gradcheck(self) -> bool:
        return self.gradcheck.start(self.graph, base_dir=self.base_dir())

    def shutdown(self) -> None:
        """Stop training and wait for the worker threads; call from the window's closeEvent."""
        self.controller.shutdown()
        self.gradcheck.shutdown()
        self.landscape.shutdown()
        self.redraw_timer.stop()
        # what the finished thread queued before it stopped must not reach a closed window
        self.controller.blockSignals(True)
        self.gradcheck.blockSignals(True)
        self.settings.detach()

    # ------------------------------------------------------------------ signals
    def _on_update(self, payload: dict) -> None:
        """Store at once and move the progress line; draw the views when the pacer says
        (painting them holds the GIL the worker needs), and only the visible tab."""
        for view in self.views:
            view.add_update(payload, redraw=False)
        if payload.get("batch") is not None:  # the progress line follows (a few times a second)
            self._latest_batch = payload["batch"]
            self.progress.update_batch(self._latest_batch)
        for epoch in payload.get("epochs") or ():
            if epoch.get("grad_stats"):
                self._latest_grads = epoch["grad_stats"]
        if payload.get("weights"):
            self._latest_weights = payload["weights"]
        if payload.get("boundary") is not None or payload.get("results") is not None:
            self._mark_results_new()
        if not self.redraw_timer.isActive():
            self.redraw_timer.start()

    def refresh(self) -> None:
        self.redraw_timer.stop()
        self.redraw_timer.setInterval(int(1000 * self.pacer.next_interval()))
        for view in self.views:
            view.refresh()
        if self._latest_grads is not None:
            self._show_gradients(self._latest_grads)
            self._latest_grads = None
        if self._latest_weights is not None:
            self.learnedChanged.emit(self._latest_weights)
            self._latest_weights = None

    def _show_gradients(self, grads: dict | None) -> None:
        """Each layer card's learning meter (mean |gradient| of its weights); None clears them."""
        if self.canvas is None or not hasattr(self.canvas, "node_item"):
            return
        for node_id in self.graph.nodes:
            item = self.canvas.node_item(node_id)
            if item is not None and hasattr(item, "set_gradient"):
                item.set_gradient(None if grads is None else grads.get(node_id))

    def _offer_landscape(self) -> None:
        ctl = self.controller
        if self._run_error is not None:
            self.landscape.set_failed(self._run_error)
        else:
            self.landscape.set_run(ctl.network, ctl.path, ctl.train_data)

    def _mark_results_new(self) -> None:
        """Something to see in Results: a dot on its tab until it is opened."""
        if self.tabs.currentWidget() is not self.results:
            self.tabs.setTabText(self.tabs.indexOf(self.results), RESULTS_NEW)

    def _on_tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.results:
            self.tabs.setTabText(index, RESULTS)

    def _on_finished(self, done: dict) -> None:
        # no redraw here: `ended` follows at once and redraws (and refits the plots) in one paint
        self.results.show_final(done)
        if done.get("results") is not None:
            self._mark_results_new()
        how = (
            "stopped" if done.get("stopped") else "stopped early" if done.get("stopped_early") else "finished"
        )
        text = f"Training {how} after {done.get('epochs', 0)} epochs"
        if done.get("seconds"):
            text += f" in {format_duration(float(done['seconds']))}"
        if done.get("test_acc") is not None:
            text += f" · test accuracy {done['test_acc']:.1%}"
        elif done.get("test_loss") is not None:
            text += f" · test loss {done['test_loss']:.4g}"
        self.progress.finish(text)
        self.statusMessage.emit(text)

    def _on_failed(self, message: str) -> None:
        self._run_error = message
        self.progress.finish(f"Training error: {message}")
        self.statusMessage.emit(f"Training error: {message}")

    def _on_state(self, state: str) -> None:
        self.settings.setEnabled(state == "idle")
        if state == "paused" and self._latest_batch is not None:
            self.progress.update_batch(self._latest_batch, force=True)  # where exactly it paused
        self.progress.set_paused(state == "paused")
        if self.actions is None:
            return
        train, pause, stop = self.actions
        train.setEnabled(state == "idle")
        pause.setEnabled(state != "idle")
        stop.setEnabled(state != "idle")
        pause.setText("&Resume" if state == "paused" else "&Pause")

    def _on_gradcheck(self, errors: dict) -> None:
        """Colour the node cards when the canvas supports it (NodeItem.set_badge(color, tooltip))."""
        worst = max(errors.values(), default=0.0)
        self.statusMessage.emit(f"Gradient check: worst relative error {worst:.1e} over {len(errors)} layers")
        if self.canvas is None or not hasattr(self.canvas, "node_item"):
            return
        for node, error in errors.items():
            item = self.canvas.node_item(node)
            if item is not None and hasattr(item, "set_badge"):
                item.set_badge(*badge(error))
