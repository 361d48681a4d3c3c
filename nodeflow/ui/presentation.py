"""Presentation mode for a classroom projector: View ▸ Presentation Mode, F11.

While on: the window fills the screen, every text is larger (the application font, the
plots' axes), the canvas is zoomed so cards read from the back of the room, and the node
palette and the inspector are hidden until needed: the inspector appears while a node is
selected, the palette with View ▸ Nodes (or Tab's quick search on the canvas). F11 again
puts everything back as it was.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

SHORTCUT = "F11"
FONT_SCALE = 1.5
CANVAS_ZOOM = 1.4


class PresentationMode(QObject):
    """Toggles the window between its normal look and the projector look (`action`,
    objectName "actionPresentation", checkable)."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(window)
        self.action.setObjectName("actionPresentation")
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.action.toggled.connect(self.set_on)
        self.on = False
        self._saved: dict[str, Any] = {}
        window.installEventFilter(self)  # the window's LanguageChange retranslates the action
        self.retranslate()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if obj is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.action.setText(self.tr("&Presentation Mode"))
        self.action.setStatusTip(self.tr("Large text and cards for a projector; palette and inspector hidden "
                                         "until needed (F11)"))

    def set_on(self, on: bool) -> None:
        if on == self.on:
            return
        self.on = on
        if on:
            self._enter()
        else:
            self._leave()
        if self.action.isChecked() != on:
            self.action.setChecked(on)

    # ------------------------------------------------------------------ switching
    def _docks(self) -> tuple[Any, Any]:
        return getattr(self.window, "palette_dock", None), getattr(self.window, "inspector_dock", None)

    def _enter(self) -> None:
        app = QApplication.instance()
        w = self.window
        palette, inspector = self._docks()
        self._saved = {
            "font": QFont(app.font()),
            "state": w.windowState(),
            "palette": palette is not None and palette.isVisible(),
            "inspector": inspector is not None and inspector.isVisible(),
        }
        font = QFont(app.font())
        font.setPointSizeF(font.pointSizeF() * FONT_SCALE)
        app.setFont(font)
        self._scale_plots(FONT_SCALE)
        for dock in (palette, inspector):
            if dock is not None:
                dock.hide()
        canvas = getattr(w, "canvas", None)
        if canvas is not None:
            canvas.scale(CANVAS_ZOOM, CANVAS_ZOOM)
            if hasattr(canvas, "selectionChangedNodes"):
                canvas.selectionChangedNodes.connect(self._on_selection)
        w.setWindowState(w.windowState() | Qt.WindowState.WindowFullScreen)
        lessons = getattr(w, "lessons_dock", None)
        if lessons is not None and lessons.isVisible():  # a lesson's text, read from the back row
            self._saved["lessons_width"] = lessons.width()
            w.resizeDocks([lessons], [max(lessons.width(), int(0.3 * w.width()))], Qt.Orientation.Horizontal)

    def _leave(self) -> None:
        app = QApplication.instance()
        w = self.window
        saved = self._saved
        canvas = getattr(w, "canvas", None)
        if canvas is not None:
            if hasattr(canvas, "selectionChangedNodes"):
                canvas.selectionChangedNodes.disconnect(self._on_selection)
            canvas.scale(1 / CANVAS_ZOOM, 1 / CANVAS_ZOOM)
        if "font" in saved:
            app.setFont(saved["font"])
        self._scale_plots(1.0)
        palette, inspector = self._docks()
        for dock, key in ((palette, "palette"), (inspector, "inspector")):
            if dock is not None:
                dock.setVisible(bool(saved.get(key, True)))
        w.setWindowState(saved.get("state", Qt.WindowState.WindowNoState))
        lessons = getattr(w, "lessons_dock", None)
        if lessons is not None and "lessons_width" in saved:
            w.resizeDocks([lessons], [saved["lessons_width"]], Qt.Orientation.Horizontal)
        self._saved = {}

    def _on_selection(self, nodes: Any) -> None:
        """The inspector is "needed" while something is selected."""
        _palette, inspector = self._docks()
        if inspector is not None:
            inspector.setVisible(bool(nodes))

    def _scale_plots(self, scale: float) -> None:
        """pyqtgraph draws its axes with their own fonts: scale their tick labels too."""
        try:
            import pyqtgraph as pg
        except ImportError:  # pragma: no cover - pyqtgraph is a dependency
            return
        base = QApplication.instance().font()
        for plot in self.window.findChildren(pg.PlotWidget):
            item = plot.getPlotItem()
            for name in ("left", "bottom", "right", "top"):
                axis = item.getAxis(name)
                if axis is None:
                    continue
                if scale == 1.0:
                    axis.setTickFont(None)
                else:
                    font = QFont(base)
                    axis.setTickFont(font)


def install_presentation(window: Any, view_menu: QMenu | None = None) -> PresentationMode:
    """Add View ▸ Presentation Mode (F11) to `window`."""
    mode = PresentationMode(window)
    window.addAction(mode.action)
    if view_menu is not None:
        view_menu.addSeparator()
        view_menu.addAction(mode.action)
    window.presentation = mode
    window.actionPresentation = mode.action
    return mode
