"""The window's side of experiments: Run ▸ Run Variants… (`actionRunVariants`).

The action asks what to vary (`ExperimentDialogs.choose`, which tests replace), plans the
variants of the open graph, records each as a run of the document (the Runs tab lists them,
named by their setting) and trains them in the sweep's process pool. A timer drains the
pool's messages ten times a second, so the GUI thread only draws; when every variant has
ended the runs are written beside the graph.

The window's run controls act on the variants while they train: Pause / Resume (F6) and Stop
(Shift+F5) pause, resume and stop every variant, and Train, Continue and Step wait until the
variants ended. Each variant keeps its own state in the table (waiting for a worker, running,
paused, then finished, diverged or stopped). Opening another document (New, Open, an example)
stops the variants and forgets them at once, and closing the window stops them: no curve of one
document is ever drawn over another's.

When the variants share a loss surface, the Landscape tab draws every variant's path over it:
while they train, every LIVE_LANDSCAPE_MS while the tab is shown (and on "Update now"), and
once more when they ended. The surface is computed in a background thread, and only for
paths it was not computed for already (the final drawing reuses the last live one when the
paths did not move since).
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
LIVE_LANDSCAPE_MS = 4000


class ExperimentDialogs:
    """The question asked; override `choose` to answer without a modal dialog."""

    def choose(self, parent: QWidget, graph: Any) -> Choice | None:
        dialog = VariantsDialog(graph, parent)
        return dialog.choice() if dialog.exec() else None


class ExperimentsController(QObject):
    """`started()`, `finished()` (every variant ended, runs saved), `surfaceReady()` (the ended
    variants' surface is drawn), `surfaceUpdated()` (any surface, live ones too)."""

    started = Signal()
    finished = Signal()
    surfaceReady = Signal()
    """The surface of the ended variants is drawn."""
    surfaceUpdated = Signal()
    """A surface was drawn (live, while the variants train, or the final one)."""

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
        self.surface_runner.failed.connect(self._on_surface_failed)
        self.landscape_timer = QTimer(self, objectName="variantLandscapeTimer")
        self.landscape_timer.setInterval(LIVE_LANDSCAPE_MS)
        self.landscape_timer.timeout.connect(lambda: self.update_landscape())
        self._surface_key: Any = None
        """(sweep token, paths key) of the surface drawn now."""
        self._surface_wanted: bool | None = None
        """A surface asked for while one was computing (True: the final one)."""
        self._shared_reason: str | None = None
        self._saved_actions: dict[str, tuple[bool, str]] = {}
        self.panel.pauseRequested.connect(self.toggle_pause)
        self.panel.stopRequested.connect(self.stop)
        self.panel.landscape.updateRequested.connect(lambda: self.update_landscape(force=True))
        self.panel.tabs.currentChanged.connect(lambda _i: self._landscape_shown())
        self._bind_window_actions()
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
        sweep.live_paths = True  # (the Landscape tab draws them while the variants train)
        training = getattr(self.window, "training", None)
        if training is not None:
            training.book.runsChanged.emit()
        self._show_panel()
        self.panel.begin(sweep, references)
        from nodeflow.experiments import landscape

        self._surface_key, self._surface_wanted = None, None
        self._shared_reason = landscape.shared_reason(sweep.graph, [o.variant.changes for o in sweep.outcomes])
        self.panel.landscape.set_live(self._shared_reason is None)
        if self._shared_reason:
            self.panel.landscape.say(self.tr("No shared surface: {reason}").format(reason=engine_text(self._shared_reason)))
        sweep.start(self.pool)
        self.timer.start()
        if self._shared_reason is None:
            self.landscape_timer.start()
        self.action.setEnabled(False)
        self.replay_action.setEnabled(False)
        self._sync_window_actions()
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
        self.landscape_timer.stop()
        sweep.close(wait=False)  # (the pool is the window's: its workers wait for the next race)
        self._restore_window_actions()
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
        self._sync_window_actions()

    def stop(self) -> None:
        if self.running:
            self.sweep.stop()

    # ------------------------------------------------------------------ the window's run controls
    def _bind_window_actions(self) -> None:
        """Pause (F6) and Stop act on the variants while they train (the training dock's own
        slots do nothing then: its trainer is idle); the dock's state changes are followed."""
        window = self.window
        for name, slot in (("actionPause", self.toggle_pause), ("actionStop", self.stop)):
            action = getattr(window, name, None)
            if action is not None:
                action.triggered.connect(lambda _checked=False, slot=slot: self.running and slot())
        training = getattr(window, "training", None)
        if training is not None and hasattr(training, "actionsChanged"):
            training.actionsChanged.connect(self._sync_window_actions)

    def _window_actions(self) -> dict[str, Any]:
        names = ("actionTrain", "actionContinue", "actionStepEpoch", "actionResetWeights", "actionPause", "actionStop")
        return {n: getattr(self.window, n) for n in names if getattr(self.window, n, None) is not None}

    def _sync_window_actions(self) -> None:
        """While variants train: Pause/Resume and Stop enabled (for them), the rest waits."""
        if not self.running:
            return
        actions = self._window_actions()
        if not self._saved_actions:
            self._saved_actions = {n: (a.isEnabled(), a.text()) for n, a in actions.items()}
        for name, action in actions.items():
            action.setEnabled(name in ("actionPause", "actionStop"))
        if "actionPause" in actions:
            actions["actionPause"].setText(self.tr("&Resume") if self.sweep.paused else self.tr("&Pause"))

    def _restore_window_actions(self) -> None:
        saved, self._saved_actions = self._saved_actions, {}
        for name, action in self._window_actions().items():
            if name in saved:
                enabled, text = saved[name]
                action.setEnabled(enabled)
                action.setText(text)

    # ------------------------------------------------------------------ another document
    def open_document(self, _path: Any = None) -> None:
        """New, Open, an example: the variants of the document that was open are stopped and
        forgotten (their late messages are dropped) and the tab is cleared."""
        self.timer.stop()
        self.landscape_timer.stop()
        sweep, self.sweep = self.sweep, None
        if sweep is not None and not sweep.done:
            sweep.abandon()
        self._restore_window_actions()
        self._surface_key, self._surface_wanted, self._shared_reason = None, None, None
        self.panel.clear()
        self.action.setEnabled(True)
        self.replay_action.setEnabled(True)

    # ------------------------------------------------------------------ surface
    def _landscape_shown(self) -> None:
        if self.running and self.panel.tabs.currentWidget() is self.panel.landscape:
            self.update_landscape()

    def _compute_surface(self) -> None:
        """The ended variants' surface (once more, unless the live one was for these paths)."""
        if self._shared_reason:
            self.panel.landscape.say(self.tr("No shared surface: {reason}").format(
                reason=engine_text(self._shared_reason)))
            return
        self.update_landscape(final=True)

    def update_landscape(self, force: bool = False, final: bool = False) -> bool:
        """Draw every variant's path so far over the shared surface, in a background thread.
        While the variants train this happens only when the Landscape tab is shown (or
        `force`: "Update now"). False when nothing is computed (no shared surface, no paths
        yet, a surface for these very paths drawn already, one computing: it follows after)."""
        from nodeflow.experiments import landscape

        sweep = self.sweep
        if sweep is None or self._shared_reason:
            return False
        if not final and not force and not (self.panel.isVisible()
                                            and self.panel.tabs.currentWidget() is self.panel.landscape):
            return False
        if not final and not getattr(sweep, "_launched", True):
            return False  # (the shared start and data are still being prepared)
        paths = [o.path for o in sweep.outcomes]
        if not any(p is not None and len(p) > 1 for p in paths):
            if final:
                return self._run_surface(sweep, paths, final)
            self.panel.landscape.say(self.tr("The paths are drawn as soon as the variants have trained a little."))
            return False
        key = (sweep.token, landscape.paths_key(paths))
        if key == self._surface_key:
            if final:  # the live surface drawn last is the final one: only the marks change
                self._redraw_final()
            return False
        return self._run_surface(sweep, paths, final, key)

    def _run_surface(self, sweep: Any, paths: list, final: bool, key: Any = None) -> bool:
        from nodeflow.experiments import landscape

        if self.surface_runner.running:
            self._surface_wanted = final or bool(self._surface_wanted)
            return False
        keep = [o.status != R.DIVERGED for o in sweep.outcomes]
        if final:
            self.panel.landscape.say(self.tr("Computing the loss surface under every path…"))
        self.surface_runner.run_in_background(
            lambda: (sweep, key, final, landscape.for_sweep(sweep, paths=paths, keep=keep)))
        return True

    def _labels(self) -> tuple[list[str], list[bool]]:
        outcomes = self.sweep.outcomes
        return [o.variant.short_label for o in outcomes], [o.diverged for o in outcomes]

    def _redraw_final(self) -> None:
        surface = self.panel.landscape.surface
        if surface is not None:
            self.panel.landscape.show_surface(surface, *self._labels(), live=False)
        self.surfaceUpdated.emit()
        self.surfaceReady.emit()

    def _on_surface(self, result: Any) -> None:
        sweep, key, final, surface = result
        if sweep is not self.sweep:  # another document, or a later race: not this one's
            return
        self._surface_key = key
        final = final or sweep.done
        self.panel.landscape.show_surface(surface, *self._labels(), live=not final)
        self.surfaceUpdated.emit()
        if final:
            self.surfaceReady.emit()
        self._follow_up()

    def _on_surface_failed(self, message: str) -> None:
        if self.sweep is not None:
            self.panel.landscape.say(self.tr("No shared surface: {reason}").format(reason=engine_text(message)))
        self._follow_up()

    def _follow_up(self) -> None:
        wanted, self._surface_wanted = self._surface_wanted, None
        if wanted is not None and self.sweep is not None:
            self.update_landscape(force=True, final=wanted or self.sweep.done)

    def shutdown(self) -> None:
        """The window closes: stop the variants and the pool."""
        self.timer.stop()
        self.landscape_timer.stop()
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
    files = getattr(window, "files", None)
    if files is not None and hasattr(files, "documentReplaced"):
        files.documentReplaced.connect(controller.open_document)
    window.experiments = controller
    return controller
