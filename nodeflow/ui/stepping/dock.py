"""Put stepping into the main window: the actions, the canvas overlay and the dock (tabbed
with the Training dock). One call from the window: `install_stepping`."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu, QWidget

from nodeflow.ui.stepping.overlay import StepOverlay
from nodeflow.ui.stepping.panel import SteppingPanel
from nodeflow.ui.stepping.session import StepSession

STEP_KEY = "F8"
BACK_KEY = "Shift+F8"


class SteppingDock(QDockWidget):
    """objectName "steppingDock"; holds the SteppingPanel and the two actions' texts."""

    def __init__(self, panel: SteppingPanel, step: QAction, back: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("steppingDock")
        self.setWidget(panel)
        self.panel, self.step_action, self.back_action = panel, step, back
        self.toggleViewAction().setObjectName("actionSteppingPanel")
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Stepping"))
        self.toggleViewAction().setText(self.tr("S&tepping"))
        self.step_action.setText(self.tr("Step One &Batch"))
        self.step_action.setIconText(self.tr("Step Batch"))
        self.step_action.setStatusTip(self.tr("Train one batch, then show its forward, backward and update phases"))
        self.back_action.setText(self.tr("Step &Back"))
        self.back_action.setIconText(self.tr("Back"))
        self.back_action.setStatusTip(self.tr("Rewind to the weights and optimizer state before the last step"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def install_stepping(window: Any, run_menu: QMenu | None = None, view_menu: QMenu | None = None) -> SteppingDock:
    """Add the actions (to `run_menu`), the overlay and the dock (its toggle to `view_menu`) to
    `window` (a MainWindow)."""
    training = getattr(window, "training", None)
    controller = getattr(training, "controller", None)
    session = StepSession(window.graph, controller, lambda: window.graph.base_dir, window)
    overlay = StepOverlay(window.canvas)
    panel = SteppingPanel(session, window.canvas, lambda: window.graph.base_dir)
    step, back = QAction(window), QAction(window)
    step.setObjectName("actionStep")
    step.setShortcut(QKeySequence(STEP_KEY))
    back.setObjectName("actionStepBack")
    back.setShortcut(QKeySequence(BACK_KEY))
    dock = SteppingDock(panel, step, back, window)
    panel.bind(step, back)
    session.on_detach.append(panel.shutdown)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    dock.hide()  # until the first Step (or View ▸ Stepping)
    training_dock = getattr(window, "training_dock", None)
    placed = [False]

    def place() -> None:
        """Tab the dock with the Training dock the first time it shows. (Not at start: tabifying
        lays the window out at once, which would hold it to the docks' minimum width before
        the saved geometry is restored.)"""
        if placed[0] or training_dock is None or training_dock.isHidden():
            return
        placed[0] = True
        if window.dockWidgetArea(dock) == window.dockWidgetArea(training_dock) and not window.tabifiedDockWidgets(dock):
            window.tabifyDockWidget(training_dock, dock)

    dock.toggleViewAction().triggered.connect(lambda checked: (place(), dock.raise_()) if checked else None)

    def do_step() -> None:
        if session.step() is not None:
            if not dock.isVisible() or dock.visibleRegion().isEmpty():
                place()
                dock.show()
                dock.raise_()
                if dock.height() < 0.4 * window.height():  # room for a formula and its numbers
                    window.resizeDocks([dock], [int(0.42 * window.height())], Qt.Orientation.Vertical)

    step.triggered.connect(do_step)
    back.triggered.connect(session.back)
    session.phaseChanged.connect(lambda phase: overlay.show(session.record, phase))
    session.stepped.connect(lambda rec: overlay.show(rec, session.phase))
    session.ended.connect(overlay.clear)
    if controller is not None:
        controller.started.connect(session.end)
    window.canvas.selectionChangedNodes.connect(panel.set_nodes)
    window.graph.changed.connect(
        lambda kind, *_a: overlay.show(session.record, session.phase)
        if kind in ("node_moved", "reroutes_changed") and (overlay.cards or overlay.wires) else None)
    if hasattr(window, "statusBar"):
        session.message.connect(lambda text: window.statusBar().showMessage(text, 6000))
    if run_menu is not None:
        run_menu.addActions([step, back])
    if view_menu is not None:
        view_menu.addAction(dock.toggleViewAction())
    window.actionStep, window.actionStepBack = step, back
    window.stepping_dock, window.stepping_panel, window.stepping_session = dock, panel, session
    window.stepping_overlay = overlay
    return dock
