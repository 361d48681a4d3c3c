"""The window's side of experiments: Run ▸ Run Variants… (`actionRunVariants`).

The action asks what to vary (`ExperimentDialogs.choose`, which tests replace), plans the
variants of the open graph, records each as a run of the document (the Runs tab lists them,
named by their setting) and trains them in the sweep's process pool. A timer drains the
pool's messages ten times a second, so the GUI thread only draws; when every variant has
ended the runs are written beside the graph and, when the variants share a loss surface, it
is computed in a background thread and drawn with every path.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from nodeflow.experiments.names import SpecError
from nodeflow.graph import runs as R
from nodeflow.i18n import QT_TRANSLATE_NOOP
from nodeflow.i18n.engine import engine_text
from nodeflow.ui.experiments.dialog import Choice, VariantsDialog
from nodeflow.ui.experiments.panel import ExperimentsPanel
from nodeflow.ui.i18n.live import keep
from nodeflow.ui.training.background import BackgroundRunner

POLL_MS = 100


class ExperimentDialogs:
    """The question asked; override `choose` to answer without a modal dialog."""

    def choose(self, parent: QWidget, graph: Any) -> Choice | None:
        dialog = VariantsDialog(graph, parent)
        return dialog.choice() if dialog.exec() else None


class ExperimentsController(QObject):
    """`started()`, `finished()` (every variant ended, runs saved), `surfaceReady()`."""

    started = Signal()
    finished = Signal()
    surfaceReady = Signal()

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.dialogs = ExperimentDialogs()
        self.panel = ExperimentsPanel()
        self.sweep: Any = None
        self.pool: Any = None
        """The worker processes (started by the first Run Variants, kept until `shutdown`)."""
        self.timer = QTimer(self, objectName="variantPollTimer")
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.surface_runner = BackgroundRunner(self, thread_name="variantLandscapeThread")
        self.surface_runner.finished.connect(self._on_surface)
        self.surface_runner.failed.connect(lambda m: self.panel.landscape.say(
            self.tr("No shared surface: {reason}").format(reason=engine_text(m))))
        self.panel.pauseRequested.connect(self.toggle_pause)
        self.panel.stopRequested.connect(self.stop)
        self.action = QAction(window)
        self.action.setObjectName("actionRunVariants")
        self.action.setShortcut("Ctrl+Shift+F5")
        keep(self.action, "setText", QT_TRANSLATE_NOOP("ExperimentsController", "Run &Variants…"))
        keep(self.action, "setStatusTip", QT_TRANSLATE_NOOP(
            "ExperimentsController", "Train several variants of this graph side by side from the same start: "
            "an optimizer race, batch sizes, learning rates, activations"))
        self.action.triggered.connect(lambda _checked=False: self.run_variants())
        window.actionRunVariants = self.action
        self.replay_action = QAction(window)
        self.replay_action.setObjectName("actionTrainFromSameStart")
        keep(self.replay_action, "setText", QT_TRANSLATE_NOOP("ExperimentsController", "Train Again from the &Same Start"))
        keep(self.replay_action, "setStatusTip", QT_TRANSLATE_NOOP(
            "ExperimentsController", "Train the graph as it is now from the initial weights and data order "
            "of the run selected in the Runs tab (or the latest run)"))
        self.replay_action.triggered.connect(lambda _checked=False: self.replay())
        window.actionTrainFromSameStart = self.replay_action

    # ------------------------------------------------------------------ running
    @property
    def running(self) -> bool:
        return self.sweep is not None and not self.sweep.done

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    def run_variants(self, choice: Choice | None = None) -> bool:
        """Ask what to vary (unless `choice` is given) and start the variants."""
        window = self.window
        if self.running:
            self._say(self.tr("Variants are already training: stop them first"))
            return False
        training = getattr(window, "training", None)
        if training is not None and training.controller.running:
            self._say(self.tr("Training is running: stop it before running variants"))
            return False
        graph = window.graph
        self.warm_pool()  # the workers start while the learner chooses
        if choice is None:
            choice = self.dialogs.choose(window, graph)
            if choice is None:
                return False
        from nodeflow.experiments.spec import plan
        from nodeflow.experiments.sweep import Sweep

        try:
            variants = plan(graph, choice.specs)
            book = training.book if training is not None else None
            sweep = Sweep(graph.copy(), variants, base_dir=graph.base_dir, epochs=choice.epochs,
                          history=book.history if book is not None else None)
            sweep.shared()  # builds the base graph's trainer: a graph that cannot train says so here
        except (SpecError, ValueError, OSError) as exc:
            self._say(self.tr("Cannot run the variants: {problem}").format(problem=engine_text(" ".join(str(exc).split()))))
            return False
        return self._begin(sweep)

    def _begin(self, sweep: Any, references: Any = ()) -> bool:
        self.sweep = sweep
        training = getattr(self.window, "training", None)
        if training is not None:
            training.book.runsChanged.emit()
        self._show_panel()
        self.panel.begin(sweep, references)
        sweep.start(self.pool)
        self.timer.start()
        self.action.setEnabled(False)
        self.replay_action.setEnabled(False)
        self._say(self.tr("Training {count} variants in {workers} worker processes").format(
            count=len(sweep.outcomes), workers=sweep.worker_count))
        self.started.emit()
        return True

    def replay(self, run_id: str | None = None) -> bool:
        """Train the current graph again from the start of an earlier run (`run_id`, else the
        one selected in the Runs tab, else the latest), drawn beside that run's curves."""
        training = getattr(self.window, "training", None)
        if training is None:
            return False
        if self.running or training.controller.running:
            self._say(self.tr("Training is running: stop it first"))
            return False
        history = training.book.history
        run_id = run_id or training.runs_view.selected_id()
        earlier = history.get(run_id) if run_id else None
        earlier = earlier or history.latest()
        if earlier is None:
            self._say(self.tr("No earlier run to start from: press Train first"))
            return False
        from nodeflow.experiments.sweep import replay

        graph = self.window.graph
        try:
            sweep = replay(graph, earlier, base_dir=graph.base_dir, history=history)
            sweep.shared()
        except (ValueError, OSError) as exc:
            self._say(self.tr("Cannot train again: {problem}").format(problem=engine_text(" ".join(str(exc).split()))))
            return False
        self.warm_pool()
        return self._begin(sweep, [earlier])

    def warm_pool(self) -> None:
        """Start the worker processes now (kept for every later race, until the window closes)."""
        from nodeflow.experiments.pool import WorkerPool

        if self.pool is None or not self.pool.alive:
            self.pool = WorkerPool()

    def _show_panel(self) -> None:
        training = getattr(self.window, "training", None)
        if training is None:
            return
        dock = getattr(self.window, "training_dock", None)
        if dock is not None:
            dock.show()
            dock.raise_()
            height = self.window.height()
            if not dock.isFloating() and dock.height() < 0.45 * height:  # room for curves and table
                self.window.resizeDocks([dock], [int(0.5 * height)], Qt.Orientation.Vertical)
        training.tabs.setCurrentWidget(self.panel)

    def poll(self) -> None:
        sweep = self.sweep
        if sweep is None:
            self.timer.stop()
            return
        touched = sweep.poll()
        if touched:
            self.panel.refresh(touched)
        if sweep.done:
            self._end()

    def _end(self) -> None:
        sweep = self.sweep
        self.timer.stop()
        sweep.close(wait=False)  # (the pool is the window's: its workers wait for the next race)
        self.panel.refresh(range(len(sweep.outcomes)))
        training = getattr(self.window, "training", None)
        if training is not None:
            training.book.persist()
            training.book.runsChanged.emit()
        self.action.setEnabled(True)
        self.replay_action.setEnabled(True)
        summary = self.summary()
        self.panel.finish(summary)
        self._say(summary)
        self._compute_surface()
        self.finished.emit()

    def summary(self) -> str:
        from nodeflow.experiments import table

        rows = table.rows(self.sweep.outcomes)
        diverged = sum(r.diverged for r in rows)
        best = sorted(rows, key=table.sort_key)[0] if rows else None
        text = self.tr("{count} variants in {seconds} s").format(count=len(rows), seconds=f"{self.sweep.seconds:.1f}")
        if best is not None and best.best_val_loss is not None and best.status in R.USABLE:
            text += " · " + self.tr("best: {variant} (loss {loss})").format(
                variant=best.variant, loss=f"{best.best_val_loss:.4g}")
        if diverged:
            text += " · " + self.tr("{count} diverged").format(count=diverged)
        return text

    def toggle_pause(self) -> None:
        sweep = self.sweep
        if not self.running:
            return
        if sweep.paused:
            sweep.resume()
        else:
            sweep.pause()
        self.panel.set_paused(sweep.paused)

    def stop(self) -> None:
        if self.running:
            self.sweep.stop()

    # ------------------------------------------------------------------ surface
    def _compute_surface(self) -> None:
        from nodeflow.experiments import landscape

        sweep = self.sweep
        reason = landscape.shared_reason(sweep.graph, [o.variant.changes for o in sweep.outcomes])
        if reason:
            self.panel.landscape.say(self.tr("No shared surface: {reason}").format(reason=reason))
            return
        self.panel.landscape.say(self.tr("Computing the loss surface under every path…"))
        self.surface_runner.run_in_background(lambda: landscape.for_sweep(sweep))

    def _on_surface(self, surface: Any) -> None:
        sweep = self.sweep
        if sweep is None:
            return
        labels = [o.variant.short_label for o in sweep.outcomes]
        self.panel.landscape.show_surface(surface, labels, [o.diverged for o in sweep.outcomes])
        self.surfaceReady.emit()

    def shutdown(self) -> None:
        """The window closes: stop the variants and the pool."""
        self.timer.stop()
        if self.sweep is not None:
            self.sweep.stop()
            self.sweep.close()
            self.sweep.join()
        if self.pool is not None:
            self.pool.shutdown(wait=True)
            self.pool = None
        self.surface_runner.shutdown()


def install_experiments(window: Any, run_menu: Any = None) -> ExperimentsController:
    """Add actionRunVariants (to `run_menu` when given) and the Experiments tab to `window`."""
    controller = ExperimentsController(window)
    training = getattr(window, "training", None)
    if training is not None:
        tabs = training.tabs
        tabs.addTab(controller.panel, "")
        controller.panel.retitle = lambda: tabs.setTabText(
            tabs.indexOf(controller.panel), QCoreApplication.translate("ExperimentsController", "Experiments"))
        controller.panel.retitle()
    if run_menu is not None:
        run_menu.addAction(controller.action)
        run_menu.addAction(controller.replay_action)
    window.experiments = controller
    return controller
