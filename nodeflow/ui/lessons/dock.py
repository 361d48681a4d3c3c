"""Put the Lessons panel into the main window: a dock tabbed with the node palette, and
View ▸ Lessons (Ctrl+Shift+L) to show it. One call from the window: `install_lessons`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu, QWidget

from nodeflow.ui.lessons.panel import LessonsPanel
from nodeflow.ui.lessons.session import LessonSession

SHORTCUT = "Ctrl+Shift+L"


class LessonsDock(QDockWidget):
    """objectName "lessonsDock"; its toggle action is "actionLessons"."""

    def __init__(self, panel: LessonsPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lessonsDock")
        self.setWidget(panel)
        self.panel = panel
        action = self.toggleViewAction()
        action.setObjectName("actionLessons")
        action.setShortcut(QKeySequence(SHORTCUT))
        action.triggered.connect(lambda checked: self.raise_() if checked else None)
        self.visibilityChanged.connect(self._on_visible)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Lessons"))
        self.toggleViewAction().setText(self.tr("&Lessons"))
        self.toggleViewAction().setStatusTip(self.tr("Show the course's lessons"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_visible(self, visible: bool) -> None:
        window = self.parent()
        if visible and hasattr(window, "resizeDocks") and self.width() < 300:
            window.resizeDocks([self], [340], Qt.Orientation.Horizontal)


def install_lessons(window: Any, view_menu: QMenu | None = None, folder: Path | None = None) -> LessonsDock:
    """Add the Lessons dock to `window` (hidden until View ▸ Lessons) and its menu entry."""
    session = LessonSession(window)
    panel = LessonsPanel(session, folder)
    dock = LessonsDock(panel, window)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    palette_dock = getattr(window, "palette_dock", None)
    if palette_dock is not None:
        window.tabifyDockWidget(palette_dock, dock)
        palette_dock.raise_()
    dock.hide()
    if view_menu is not None:
        view_menu.addAction(dock.toggleViewAction())
    window.lessons_dock, window.lessons_panel, window.lessons_session = dock, panel, session
    window.actionLessons = dock.toggleViewAction()
    return dock
