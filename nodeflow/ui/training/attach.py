"""Put the training dock into a MainWindow: `attach(window)` and, on close, `dock.shutdown()`.

The window needs nothing else: the dock replaces the placeholder widget of its "Training"
dock widget, drives actionTrain / actionPause / actionStop, locks the canvas while running,
reports in the status bar, and (unless the window calls `shutdown()` itself in closeEvent)
stops and waits for the worker thread when the window accepts its close event.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt

from nodeflow.ui.training.dock import TrainingDock


class _CloseWatcher(QObject):
    """Shuts the dock down after the window has accepted a close (a cancelled close keeps training)."""

    def __init__(self, window: Any, dock: TrainingDock) -> None:
        super().__init__(dock)
        self.window, self.dock = window, dock
        window.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if obj is self.window and event.type() == QEvent.Type.Close:
            # run the window's own closeEvent first (it may ask to save and cancel)
            self.window.removeEventFilter(self)
            self.window.event(event)
            if event.isAccepted():
                self.dock.shutdown()
            else:
                self.window.installEventFilter(self)
            return True
        return False


def attach(window: Any) -> TrainingDock:
    """Build the TrainingDock for `window` (a MainWindow) and wire it in; returns it."""
    dock = TrainingDock(window.graph, window.undo_stack, window.canvas, base_dir=lambda: None)
    holder = getattr(window, "training_dock", None)
    if holder is not None:
        old = holder.widget()
        holder.setWidget(dock)
        if old is not None:  # the placeholder also says "trainingPlots": out of the way at once
            old.setObjectName("")
            old.setParent(None)
            old.deleteLater()
        dock.settings.hide()  # the inspector already edits epochs, seed and patience in the window
        window.resizeDocks([holder], [320], Qt.Orientation.Vertical)  # room for the plots
    window.training_plots = dock.plots  # objectName "trainingPlots", as DESIGN.md promises
    dock.bind_actions(window.actionTrain, window.actionPause, window.actionStop)
    dock.statusMessage.connect(lambda text: window.statusBar().showMessage(text, 8000))
    dock.close_watcher = _CloseWatcher(window, dock)
    window.training = dock
    return dock
