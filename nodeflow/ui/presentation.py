"""Presentation mode for a classroom projector: View ▸ Presentation Mode, F11.

While on: the window fills the screen, every text is larger (the application font, the
plots' axes), the canvas is zoomed so cards read from the back of the room, and the node
palette and the inspector are hidden until needed: the inspector appears while a node is
selected, the palette with View ▸ Nodes (or Tab's quick search on the canvas). F11 again
puts everything back as it was.

The plots scale with it: every pyqtgraph plot in the window (a PlotWidget or a plot inside a
GraphicsLayoutWidget) gets larger tick labels, titles and axis labels, again after a language
switch retitles them. The main toolbar shows its labels beside the icons while they fit the
window and drops to icons only (their text in the tooltips) when they do not: Korean labels at
1024 px, or any language at the presentation font (`ToolbarFit`).
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QToolBar, QWidget

SHORTCUT = "F11"
FONT_SCALE = 1.5
CANVAS_ZOOM = 1.4
LESSONS_SHARE = 0.3
"""The lessons dock takes at least this share of the window's width (a lesson read from the back row)."""
TRAINING_SHARE = 0.45
"""The training dock takes at least this share of the height: the curves' larger text needs the room."""


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
        self.toolbar_fit: ToolbarFit | None = None
        """Made once the window has its toolbar (it is built after the menus)."""
        window.installEventFilter(self)  # the window's LanguageChange retranslates the action
        self.retranslate()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if obj is self.window and self.toolbar_fit is None and event.type() in (QEvent.Type.Show, QEvent.Type.Resize):
            bar = self.window.findChild(QToolBar, "mainToolBar")  # built after the menus
            if bar is not None:
                self.toolbar_fit = self.window.toolbar_fit = ToolbarFit(self.window, bar)
        if obj is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.on:  # the plots set their titles again, at their own size: scale them once more
                QTimer.singleShot(0, lambda: self._scale_plots(FONT_SCALE) if self.on else None)
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
        sizes = {id(c): (c, c.font().pointSizeF()) for c in w.findChildren(QWidget)
                 if not c.testAttribute(Qt.WidgetAttribute.WA_SetFont)}
        font = QFont(app.font())
        font.setPointSizeF(font.pointSizeF() * FONT_SCALE)
        app.setFont(font)
        QTimer.singleShot(0, lambda: self._scale_stuck_fonts(sizes))
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
        training = getattr(w, "training_dock", None)
        if training is not None and training.isVisible():  # curves with larger text need the room
            self._saved["training_height"] = training.height()
        self._grow_docks()
        QTimer.singleShot(0, self._grow_docks)  # again at the full screen's size

    def _scale_stuck_fonts(self, sizes: dict[int, tuple[QWidget, float]]) -> None:
        """A widget with a style sheet (the canvas's message strip, the curves' key) keeps its
        font when the application font changes: give those the larger size by hand."""
        if not self.on:
            return
        stuck = []
        for child, size in sizes.values():
            try:
                if size > 0 and not child.testAttribute(Qt.WidgetAttribute.WA_SetFont) \
                        and child.font().pointSizeF() < size * (1 + FONT_SCALE) / 2:
                    font = QFont(child.font())
                    stuck.append((child, QFont(font)))
                    font.setPointSizeF(size * FONT_SCALE)
                    child.setFont(font)
            except RuntimeError:  # deleted meanwhile
                continue
        self._saved["stuck"] = stuck

    def _grow_docks(self) -> None:
        if not self.on:
            return
        w = self.window
        lessons, training = getattr(w, "lessons_dock", None), getattr(w, "training_dock", None)
        if lessons is not None and "lessons_width" in self._saved:
            w.resizeDocks([lessons], [max(lessons.width(), int(LESSONS_SHARE * w.width()))], Qt.Orientation.Horizontal)
        if training is not None and "training_height" in self._saved:
            w.resizeDocks([training], [max(training.height(), int(TRAINING_SHARE * w.height()))],
                          Qt.Orientation.Vertical)

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
        for child, font in saved.get("stuck", ()):
            try:
                child.setFont(font)  # what it had, and it follows the application font again
                child.setAttribute(Qt.WidgetAttribute.WA_SetFont, False)
            except RuntimeError:  # deleted meanwhile
                pass
        self._scale_plots(1.0)
        palette, inspector = self._docks()
        for dock, key in ((palette, "palette"), (inspector, "inspector")):
            if dock is not None:
                dock.setVisible(bool(saved.get(key, True)))
        w.setWindowState(saved.get("state", Qt.WindowState.WindowNoState))
        lessons = getattr(w, "lessons_dock", None)
        if lessons is not None and "lessons_width" in saved:
            w.resizeDocks([lessons], [saved["lessons_width"]], Qt.Orientation.Horizontal)
        training = getattr(w, "training_dock", None)
        if training is not None and "training_height" in saved:
            w.resizeDocks([training], [saved["training_height"]], Qt.Orientation.Vertical)
        self._saved = {}

    def _on_selection(self, nodes: Any) -> None:
        """The inspector is "needed" while something is selected."""
        _palette, inspector = self._docks()
        if inspector is not None:
            inspector.setVisible(bool(nodes))

    def _scale_plots(self, scale: float) -> None:
        """pyqtgraph draws its axes, titles and axis labels with their own fonts and sizes:
        scale them too (`scale` 1.0 puts back what each had)."""
        scaled = getattr(self, "_plot_sizes", None)
        if scaled is None:
            scaled = self._plot_sizes = {}
        base = QApplication.instance().font()
        for item in plot_items(self.window):
            for name in ("left", "bottom", "right", "top"):
                axis = item.getAxis(name)
                if axis is None:
                    continue
                axis.setTickFont(None if scale == 1.0 else QFont(base))
                _scale_style(scaled, axis, axis.labelStyle, "font-size", scale, base, axis._updateLabel)
            title = item.titleLabel
            _scale_style(scaled, title, title.opts, "size", scale, base, lambda t=title: t.setText(t.text))
        if scale == 1.0:
            scaled.clear()


PT = re.compile(r"^\s*([0-9.]+)\s*pt\s*$")


def _scale_style(scaled: dict, owner: Any, style: dict, key: str, scale: float, base: QFont, apply: Any) -> None:
    """Set `style[key]` (a CSS size, "10pt") to `scale` times what it was and `apply()` it;
    remember the size it had so that scale 1.0 gives it back. A size set again by its owner
    since (a retranslate) counts as the new original."""
    current = style.get(key)
    entry = scaled.get(id(owner))
    if entry is not None and entry[0] is owner and current == entry[2] and scale != 1.0:
        return  # already scaled
    if scale == 1.0:
        if entry is not None and entry[0] is owner and current == entry[2]:
            if entry[1] is None:
                style.pop(key, None)
            else:
                style[key] = entry[1]
            apply()
        return
    m = PT.match(str(current)) if current else None
    points = float(m.group(1)) if m else base.pointSizeF() / FONT_SCALE
    size = f"{points * scale:.3g}pt"
    style[key] = size
    scaled[id(owner)] = (owner, current, size)
    apply()


def plot_items(window: Any) -> list[Any]:
    """Every pyqtgraph PlotItem in `window`: those of PlotWidgets and those laid out in a
    GraphicsLayoutWidget (the training curves)."""
    import pyqtgraph as pg

    found: list[Any] = []
    for view in window.findChildren(pg.GraphicsView):
        scene = view.scene()
        if scene is None:
            continue
        found += [item for item in scene.items() if isinstance(item, pg.PlotItem) and item not in found]
    return found


class ToolbarFit(QObject):
    """Text beside the icons while the toolbar's buttons fit the window, icons only when they
    do not (the text stays in each button's tooltip). Measured again when the window is
    resized, the font changes (presentation mode) or the language changes the labels."""

    def __init__(self, window: Any, bar: QToolBar) -> None:
        super().__init__(window)
        self.window, self.bar = window, bar
        self.wide_style = bar.toolButtonStyle()
        self._wide: tuple[Any, int] | None = None
        """(what the labels look like, the width the toolbar needs with them)."""
        window.installEventFilter(self)
        bar.installEventFilter(self)
        QTimer.singleShot(0, self.fit)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind in (QEvent.Type.Resize, QEvent.Type.LanguageChange, QEvent.Type.FontChange,
                    QEvent.Type.ApplicationFontChange, QEvent.Type.Show):
            if kind == QEvent.Type.Resize and obj is self.bar:
                return False
            QTimer.singleShot(0, self.fit)
        return False

    def _key(self) -> Any:
        return (self.bar.font().key(), tuple(a.iconText() for a in self.bar.actions() if a.isVisible()))

    def needed(self) -> int:
        """The width the toolbar needs with its labels beside the icons."""
        key = self._key()
        if self._wide is None or self._wide[0] != key:
            style = self.bar.toolButtonStyle()
            if style != self.wide_style:
                self.bar.setToolButtonStyle(self.wide_style)
            width = self.bar.sizeHint().width()
            if style != self.wide_style:
                self.bar.setToolButtonStyle(style)
            self._wide = (key, width)
        return self._wide[1]

    def available(self) -> int:
        return self.window.width() if self.bar.orientation() == Qt.Orientation.Horizontal else 10**6

    def fit(self) -> None:
        try:
            wide = self.needed() <= self.available()
        except RuntimeError:  # the window went away before the deferred call
            return
        style = self.wide_style if wide else Qt.ToolButtonStyle.ToolButtonIconOnly
        if self.bar.toolButtonStyle() != style:
            self.bar.setToolButtonStyle(style)


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
