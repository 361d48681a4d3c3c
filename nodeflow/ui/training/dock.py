"""TrainingDock: everything about training in one widget for the window's bottom dock.

Progress and the speed control on top; tabs "Curves" (TrainingPlots, objectName
"trainingPlots"), "Runs" (the document's runs), "Inspect", "Results" and "Landscape" (the loss
surface around the trained weights). It owns the TrainingController, the GradcheckRunner and
the RunBook (the document's runs and the weights Continue starts from), and drives the
window's Train / Continue / Step / Pause / Stop actions when given them (`bind_actions`).

Each press of Train is a run recorded in the RunBook; Train starts from fresh seeded weights,
Continue from the last usable run's weights, and a new or opened document (`open_document`)
shows its own runs only, with every view cleared.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSignalBlocker, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from nodeflow.graph import runs as R
from nodeflow.graph.document import Graph
from nodeflow.i18n import QT_TRANSLATE_NOOP
from nodeflow.i18n.engine import engine_text
from nodeflow.ui.gan.panel import GanPanel
from nodeflow.ui.gan.roles import objective_count
from nodeflow.ui.i18n.live import keep, text_of
from nodeflow.ui.rl.rl_tab import RLTab
from nodeflow.ui.training.controller import TrainingController
from nodeflow.ui.training.gradcheck_view import GradcheckRunner, verdict
from nodeflow.ui.training.inspect import InspectView
from nodeflow.ui.training.landscape_view import LandscapeView
from nodeflow.ui.training.pacer import RedrawPacer
from nodeflow.ui.training.plots import TrainingPlots
from nodeflow.ui.training.progress import TrainingProgress, format_duration
from nodeflow.ui.training.results import ResultsView
from nodeflow.ui.training.run_book import CannotStart, RunBook
from nodeflow.ui.training.runs_view import RunsView, shown_name, start_text
from nodeflow.ui.training.speed import SPEEDS
from nodeflow.ui.training.training_panel import TrainingSettings

RESULTS = QT_TRANSLATE_NOOP("TrainingDock", "Results")
RESULTS_NEW = QT_TRANSLATE_NOOP("TrainingDock", "Results \u25cf")
"""The tab's title while it holds a decision map or results not yet looked at."""
KEEP_SHOWN = 5
"""Runs drawn at once when a new one starts (older ones are unticked, still listed)."""


class TrainingDock(QWidget):
    """`statusMessage(str)` says what happened (finished, stopped, failed) for a status bar;
    `learnedChanged(dict | None)` carries weights ({"node/param": array}) as a run goes, and the
    starting-point weights when they change; `actionsChanged()` when what the actions may do
    changes (a run starts or ends, weights come or go)."""

    statusMessage = Signal(str)
    learnedChanged = Signal(object)
    actionsChanged = Signal()

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
        self.controller = TrainingController(canvas, self)
        self.controller.loading.connect(lambda done, total, what: self.progress.show_loading(done, total, what))
        self.gradcheck = GradcheckRunner(self)
        self.book = RunBook(self)
        self.current_run: R.Run | None = None
        """The run training now (None when idle)."""
        self.shown_run_id: str | None = None
        """The run in the bold curves and selected in the runs list."""
        self.settings = TrainingSettings(graph, undo_stack)
        self.progress = TrainingProgress()
        self.speed = QComboBox(objectName="trainingSpeed")
        for _speed in SPEEDS:
            self.speed.addItem("")
        keep(self.speed, "setToolTip", QT_TRANSLATE_NOOP(
            "TrainingDock", "How fast training runs: slow it down to watch the curves and the "
            "decision boundary move. The run keeps its results either way."))
        self.speed.currentIndexChanged.connect(lambda i: self.controller.set_speed(SPEEDS[i]))
        self.plots = TrainingPlots()
        self.runs_view = RunsView()
        self.inspect = InspectView()
        self.results = ResultsView()
        self.landscape = LandscapeView()
        self.gan = GanPanel()
        self.tabs = QTabWidget(objectName="trainingTabs")
        for view in (self.plots, self.runs_view, self.inspect, self.results, self.landscape):
            self.tabs.addTab(view, "")
        self.rl = RLTab(self.tabs)  # rl: shown for graphs with an Environment
        self.tabs.addTab(self.gan, "")  # shown for graphs with two objectives (_show_gan_tab)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.tabs.setMinimumHeight(150)  # curves squashed to a line say nothing
        top = QHBoxLayout()
        top.addWidget(self.settings)
        top.addWidget(self.progress, 1)
        speed_label = QLabel()
        keep(speed_label, "setText", QT_TRANSLATE_NOOP("TrainingDock", "Speed"))
        speed_label.setBuddy(self.speed)
        top.addWidget(speed_label)
        top.addWidget(self.speed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.actions: dict[str, Any] = {}
        self.views = (self.plots, self.inspect, self.results, self.gan)
        self._latest_batch: dict | None = None
        self._latest_grads: dict | None = None
        self._latest_weights: dict | None = None
        self.pacer = RedrawPacer()
        self.redraw_timer = QTimer(self, objectName="trainingRedrawTimer")
        self.redraw_timer.setSingleShot(True)
        self.redraw_timer.setInterval(int(1000 * self.pacer.interval))
        self.redraw_timer.timeout.connect(self.refresh)
        self._run_error: str | None = None

        ctl = self.controller
        ctl.update.connect(self._on_update)
        ctl.finished.connect(self._on_finished)
        ctl.failed.connect(self._on_failed)
        ctl.stateChanged.connect(self._on_state)
        ctl.ended.connect(self._on_ended)
        self.gradcheck.finished.connect(self._on_gradcheck)
        self.gradcheck.failed.connect(
            lambda m: self.statusMessage.emit(self.tr("Gradient check failed: {reason}").format(reason=engine_text(m))))
        self.book.message.connect(self.statusMessage)
        self.book.runsChanged.connect(self._on_runs_changed)
        self.book.weightsChanged.connect(self._on_weights_changed)
        self.runs_view.visibilityChanged.connect(self._on_visibility)
        self.runs_view.renamed.connect(self._on_renamed)
        self.runs_view.deleteRequested.connect(self.book.remove)
        self.runs_view.picked.connect(self.show_run)
        self.plots.runPicked.connect(self.show_run)
        graph.changed.connect(self._on_graph_changed)
        self._show_gan_tab()
        self._results_new = False
        self.retranslate()
        self._on_runs_changed()

    # ------------------------------------------------------------------ commands
    def bind_actions(self, **actions: Any) -> None:
        """Make the window's actions drive training and track their state. Keys: train, pause,
        stop, and optionally continue_, step, reset (any may be missing)."""
        self.actions = actions
        slots = {"train": self.train, "pause": self.controller.toggle_pause, "stop": self.controller.stop,
                 "continue_": self.continue_training, "step": self.step_epoch, "reset": self.reset_weights}
        for key, action in actions.items():
            action.triggered.connect(lambda _checked=False, slot=slots[key]: slot())
        self._on_state(self.controller.state)

    def train(self) -> bool:
        """A new run from fresh seeded weights (whatever ran before)."""
        return self._start(continue_from_last=False)

    def continue_training(self) -> bool:
        """A new run from the weights the last usable run ended with (or the file's)."""
        return self._start(continue_from_last=True)

    def step_epoch(self) -> bool:
        """Train one epoch and pause: the running or paused run's next epoch, or, when idle, the
        first epoch of a new run from fresh weights."""
        if self.controller.running:
            return self.controller.step_epoch()
        return self._start(continue_from_last=False, step=True)

    def reset_weights(self) -> None:
        """Forget the weights Continue would start from (Train never uses them)."""
        if not self.controller.running:
            self.book.reset_weights()

    def _start(self, continue_from_last: bool, step: bool = False) -> bool:
        if self.controller.running:
            return False
        analysis = getattr(self.canvas, "analysis", None)
        try:
            with QSignalBlocker(self.book):  # the list and the curves are drawn once, below
                run, initial = self.book.begin(self.graph, continue_from_last=continue_from_last,
                                               analysis=analysis)
        except CannotStart as exc:
            self.statusMessage.emit(str(exc))
            return False
        self.current_run, self.shown_run_id = run, run.id
        self._keep_few_shown(run)
        epochs = self.rl.begin(self.graph, analysis) or self.settings.value("epochs")
        self.plots.begin_run(epochs, run, others=self._shown_others(run))
        self.pacer.reset()  # the first curves come quickly, whatever the last run's spacing was
        self.redraw_timer.setInterval(int(1000 * self.pacer.interval))
        self._show_gradients(None)
        self.inspect.reset()
        self.results.reset()
        self.landscape.reset()
        self.gan.reset()
        if self._show_gan_tab() and self.tabs.currentWidget() is self.plots:
            self.tabs.setCurrentWidget(self.gan)  # a GAN's run is best watched in its own tab
        self._run_error = None
        self.progress.start(epochs)
        self._latest_batch = None
        started = self.controller.start(self.graph, base_dir=self.base_dir(), initial_weights=initial, step=step)
        if not started:  # pragma: no cover - guarded by `running` above
            self.book.remove(run.id)
            self.current_run = None
            return False
        if run.start != R.FRESH:
            self.statusMessage.emit(self.tr("{run} {start} from epoch {epoch}").format(
                run=shown_name(run.name), start=start_text(self.book.history, run), epoch=run.epoch_offset))
        self._on_runs_changed()
        return True

    def _keep_few_shown(self, run: R.Run) -> None:
        """Tick off all but the KEEP_SHOWN newest runs (and the parent of a continued one)."""
        shown = [r for r in self.book.history.runs if r.visible and r is not run]
        keep = {r.id for r in shown[-(KEEP_SHOWN - 1):]} | {run.parent}
        for r in shown:
            if r.id not in keep:
                r.visible = False

    def _shown_others(self, shown: R.Run | None) -> list[R.Run]:
        return [r for r in self.book.history.runs if r.visible and r is not shown]

    def show_run(self, run_id: str) -> None:
        """Draw a run in the bold curves (not while another trains)."""
        run = self.book.history.get(run_id)
        if run is None or self.controller.running:
            self._on_runs_changed()  # the list keeps the running one selected
            return
        self.shown_run_id = run.id
        if not run.visible:
            self.book.set_visible(run.id, True)  # redraws through runsChanged
            return
        self.plots.show_runs(run, self._shown_others(run))

    def run_gradcheck(self) -> bool:
        return self.gradcheck.start(self.graph, base_dir=self.base_dir())

    # ------------------------------------------------------------------ documents
    def open_document(self, path: Path | None) -> None:
        """Another document (new, opened, recovered): a run of the old one is stopped and
        dropped, every view is cleared, and the new document's runs and weights are shown."""
        if self.controller.running:
            self.controller.shutdown()  # at most one batch; its late signals are dropped
        self.current_run = None
        self.redraw_timer.stop()
        self._latest_batch = self._latest_grads = self._latest_weights = None
        self._show_gradients(None)
        self.inspect.reset()
        self.results.reset()
        self.landscape.reset()
        self.gan.reset()
        self._show_gan_tab()
        self._results_new = False
        self.tabs.setTabText(self.tabs.indexOf(self.results), self._results_title())
        self.rl.open_document(self.graph)
        self.progress.reset()
        self._run_error = None
        self.shown_run_id = None
        self.book.open(path)
        latest = self.book.history.latest()
        self.shown_run_id = latest.id if latest is not None else None
        self._on_runs_changed()
        self.actionsChanged.emit()

    def save_document(self, path: Path) -> None:
        """The graph was written at `path`: its weights and runs go beside it."""
        self.book.save(path)

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
        self.graph.changed.disconnect(self._on_graph_changed)

    # ------------------------------------------------------------------ signals
    def _on_update(self, payload: dict) -> None:
        """Store at once and move the progress line; draw the views when the pacer says
        (painting them holds the GIL the worker needs), and only the visible tab."""
        if self.current_run is not None:
            self.book.record(self.current_run, payload)
        for view in self.views:
            view.add_update(payload, redraw=False)
        if payload.get("episodes"):
            self.rl.add_events(payload["episodes"])
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

    def _on_ended(self) -> None:
        """The run's thread has finished: one redraw, fitted axes, its record closed."""
        run, self.current_run = self.current_run, None
        self.refresh()
        if run is None:
            self.plots.end_run()  # (otherwise the runs list's update refits the plots)
        ctl = self.controller
        if self._run_error is not None:
            self.landscape.set_failed(self._run_error)
        else:
            self.landscape.set_run(ctl.network, ctl.path, ctl.train_data)
        if run is not None:
            self.book.end(run, ctl.network)  # runsChanged redraws the list
        self.actionsChanged.emit()

    def _on_graph_changed(self, kind: str, *args: Any) -> None:
        if kind in ("node_added", "node_removed", "reset"):
            self._show_gan_tab()

    def _show_gan_tab(self) -> bool:
        """The GAN tab is there for graphs with two objectives or more; True when it is."""
        shown = objective_count(self.graph) >= 2
        index = self.tabs.indexOf(self.gan)
        if self.tabs.isTabVisible(index) != shown:
            self.tabs.setTabVisible(index, shown)
        return shown

    def _mark_results_new(self) -> None:
        """Something to see in Results: a dot on its tab until it is opened."""
        if self.tabs.currentWidget() is not self.results:
            self._results_new = True
            self.tabs.setTabText(self.tabs.indexOf(self.results), self._results_title())

    def _on_tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.results:
            self._results_new = False
            self.tabs.setTabText(index, self._results_title())

    def _on_finished(self, done: dict) -> None:
        # no redraw here: `ended` follows at once and redraws (and refits the plots) in one paint
        run = self.current_run
        if run is not None:
            run.finish(done)
        self.results.show_final(done)
        self.gan.show_final(done)
        if done.get("results") is not None:
            self._mark_results_new()
        name = shown_name(run.name) if run is not None else self.tr("Training")
        epochs = done.get("epochs", 0)
        if done.get("stopped"):
            text = self.tr("{run} stopped after {n} epochs").format(run=name, n=epochs)
        elif done.get("stopped_early"):
            text = self.tr("{run} stopped early after {n} epochs").format(run=name, n=epochs)
        else:
            text = self.tr("{run} finished after {n} epochs").format(run=name, n=epochs)
        if "episodes" in done:  # rl: an agent's run counts episodes
            self.rl.finish(done)
            episodes = done["episodes"]
            if done.get("stopped"):
                text = self.tr("{run} stopped after {n} episodes").format(run=name, n=episodes)
            else:
                text = self.tr("{run} finished after {n} episodes").format(run=name, n=episodes)
            if done.get("greedy_return") is not None:
                text += self.tr(" · greedy return {value}").format(value=f"{done['greedy_return']:.3g}")
        if done.get("seconds"):
            text += self.tr(" in {time}").format(time=format_duration(float(done["seconds"])))
        if done.get("test_acc") is not None:
            text += self.tr(" · test accuracy {value}").format(value=f"{done['test_acc']:.1%}")
        elif done.get("test_rmse") is not None:  # standardized targets: the error in the targets' units
            text += self.tr(" · test RMSE {value} (in the targets' units)").format(value=f"{done['test_rmse']:.4g}")
        elif done.get("test_loss") is not None:
            text += self.tr(" · test loss {value}").format(value=f"{done['test_loss']:.4g}")
        for warning in done.get("warnings") or ():
            text += f" · ⚠ {engine_text(warning)}"
        self.progress.finish(text, complete=not done.get("stopped"))
        self.statusMessage.emit(text)

    def _on_failed(self, message: str) -> None:
        self._run_error = message
        if self.rl.visible:
            self.rl.fail(message)
        run = self.current_run
        if run is not None:
            run.fail(message, getattr(self.controller, "error_kind", None))
        if run is None or (not run.batches and not run.epochs and run.result.status != R.DIVERGED):
            text = self.tr("Cannot train: {reason}").format(reason=engine_text(message))  # nothing ran: no run is kept
        else:
            text = f"{shown_name(run.name)}: {engine_text(message)}"
        self.progress.finish(text, complete=False)
        self.statusMessage.emit(text)

    def _on_state(self, state: str) -> None:
        self.settings.setEnabled(state == "idle")
        if state == "paused" and self._latest_batch is not None:
            self.progress.update_batch(self._latest_batch, force=True)  # where exactly it paused
        self.progress.set_paused(state == "paused")
        self._update_actions()

    def retranslate(self) -> None:
        """Tab titles and speeds in the current language (again on a LanguageChange)."""
        titles = (self.tr("Curves"), self.tr("Runs"), self.tr("Inspect"), self._results_title(), self.tr("Landscape"))
        for view, title in zip((self.plots, self.runs_view, self.inspect, self.results, self.landscape), titles,
                               strict=True):
            self.tabs.setTabText(self.tabs.indexOf(view), title)
        self.tabs.setTabText(self.tabs.indexOf(self.gan), self.tr("GAN"))
        for i, speed in enumerate(SPEEDS):
            self.speed.setItemText(i, text_of(speed.label))
            self.speed.setItemData(i, text_of(speed.tip), role=3)  # Qt.ToolTipRole

    def _results_title(self) -> str:
        return text_of(RESULTS_NEW if self._results_new else RESULTS)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._update_actions()
        super().changeEvent(event)

    def _update_actions(self) -> None:
        state, a = self.controller.state, self.actions
        idle = state == "idle"
        for key, enabled in (("train", idle), ("pause", not idle), ("stop", not idle),
                             ("continue_", idle and self.book.can_continue), ("step", True),
                             ("reset", idle and self.book.can_continue)):
            if key in a:
                a[key].setEnabled(enabled)
        if "pause" in a:
            a["pause"].setText(self.tr("&Resume") if state == "paused" else self.tr("&Pause"))
        self.actionsChanged.emit()

    def _on_runs_changed(self) -> None:
        history = self.book.history
        if self.shown_run_id is not None and history.get(self.shown_run_id) is None:
            latest = history.latest()
            self.shown_run_id = latest.id if latest is not None else None
        running = self.current_run.id if self.current_run is not None else None
        self.runs_view.set_runs(history, self.shown_run_id, running)
        shown = history.get(self.shown_run_id)
        if running is None:
            self.plots.show_runs(shown if shown is not None and shown.visible else None,
                                 self._shown_others(shown))
        else:
            self.plots.set_faint(self._shown_others(self.current_run))
        self.plots.set_names(history.runs)

    def _on_visibility(self, run_id: str, shown: bool) -> None:
        self.book.set_visible(run_id, shown)

    def _on_renamed(self, run_id: str, name: str) -> None:
        if not self.book.rename(run_id, name):
            self._on_runs_changed()  # an empty name: show the old one again

    def _on_weights_changed(self, arrays: Any) -> None:
        self.learnedChanged.emit(arrays)
        self._update_actions()

    def _on_gradcheck(self, checks: dict) -> None:
        """Say what was measured, and put each layer's verdict on its card."""
        from nodeflow.ui.training.gradcheck_view import summary

        self.statusMessage.emit(summary(checks))
        if self.canvas is None or not hasattr(self.canvas, "node_item"):
            return
        for node, check in checks.items():
            item = self.canvas.node_item(node)
            if item is not None and hasattr(item, "set_verdict"):
                item.set_verdict(*verdict(check))
