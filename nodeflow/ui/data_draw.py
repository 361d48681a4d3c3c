"""Draw your own 2-D data: the editor of the Dataset's `points` (source `drawn`).

A square plane from -1 to 1 each way. Pick class A, B or C and click to add a point, drag to
paint a stroke of points, right-click (or pick the eraser) and drag to remove points; Clear
removes them all. For regression there is one kind of point: x across is the input, y up the
value to predict. Each stroke is one edit (one undo step); the points are the parameter's
value, so they are saved in the graph file.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from nodeflow.i18n.node_strings import param_label, param_tip
from nodeflow.nodes import Param
from nodeflow.ui.param_editors import ParamEditor
from nodeflow.ui.training.inspect import PALETTE

CLASS_NAMES = ("A", "B", "C")
PAINT_SPACING = 14.0
"""Pixels the mouse moves between two points painted in a drag."""
ERASE_RADIUS = 12.0
POINT_RADIUS = 4.5


class DrawArea(QWidget):
    """The plane; `points` is a list of [x, y, class]; emits `stroke_done` when a stroke ends."""

    stroke_done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="drawArea")
        self.points: list[list[float | int]] = []
        self.current_class = 0
        self.erasing = False
        self.regression = False
        self._stroke: str | None = None
        self._last: QPointF | None = None
        self._changed = False
        self.setMinimumSize(160, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(False)
        self.setCursor(Qt.CursorShape.CrossCursor)

    def sizeHint(self) -> QSize:
        return QSize(260, 260)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(160, min(width, 420))

    def resizeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt name
        self.setFixedHeight(self.heightForWidth(self.width()))
        super().resizeEvent(event)

    # ------------------------------------------------------------ geometry
    def plane(self) -> QRectF:
        side = min(self.width(), self.height()) - 8
        return QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)

    def to_plane(self, pos: QPointF) -> tuple[float, float]:
        r = self.plane()
        x = (pos.x() - r.left()) / r.width() * 2 - 1
        y = 1 - (pos.y() - r.top()) / r.height() * 2
        return max(-1.0, min(1.0, x)), max(-1.0, min(1.0, y))

    def to_widget(self, x: float, y: float) -> QPointF:
        r = self.plane()
        return QPointF(r.left() + (x + 1) / 2 * r.width(), r.top() + (1 - y) / 2 * r.height())

    # ------------------------------------------------------------ mouse
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt name
        if event.button() == Qt.MouseButton.RightButton or (event.button() == Qt.MouseButton.LeftButton and self.erasing):
            self._stroke = "erase"
            self._erase_at(event.position())
        elif event.button() == Qt.MouseButton.LeftButton:
            self._stroke = "add"
            self._add_at(event.position())
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt name
        pos = event.position()
        if self._stroke == "erase":
            self._erase_at(pos)
        elif self._stroke == "add" and self._last is not None:
            if (pos - self._last).manhattanLength() >= PAINT_SPACING:
                self._add_at(pos)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt name
        self._stroke, self._last = None, None
        if self._changed:
            self._changed = False
            self.stroke_done.emit()

    def _add_at(self, pos: QPointF) -> None:
        if not self.plane().contains(pos):
            return
        x, y = self.to_plane(pos)
        self.points.append([round(x, 4), round(y, 4), 0 if self.regression else self.current_class])
        self._last = pos
        self._changed = True
        self.update()

    def _erase_at(self, pos: QPointF) -> None:
        kept = [p for p in self.points
                if (self.to_widget(p[0], p[1]) - pos).manhattanLength() > ERASE_RADIUS]
        if len(kept) != len(self.points):
            self.points = kept
            self._changed = True
            self.update()

    # ------------------------------------------------------------ painting
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = self.plane()
        painter.fillRect(r, QColor("white"))
        painter.setPen(QPen(QColor("#e5e7eb"), 1))
        for t in (-0.5, 0.5):
            a, b = self.to_widget(t, -1), self.to_widget(t, 1)
            painter.drawLine(a, b)
            a, b = self.to_widget(-1, t), self.to_widget(1, t)
            painter.drawLine(a, b)
        painter.setPen(QPen(QColor("#9ca3af"), 1))
        painter.drawLine(self.to_widget(0, -1), self.to_widget(0, 1))
        painter.drawLine(self.to_widget(-1, 0), self.to_widget(1, 0))
        painter.drawRect(r)
        for x, y, c in self.points:
            color = QColor(PALETTE[0 if self.regression else int(c) % len(PALETTE)])
            painter.setPen(QPen(color.darker(130), 1))
            painter.setBrush(color)
            painter.drawEllipse(self.to_widget(x, y), POINT_RADIUS, POINT_RADIUS)


class PointsEditor(ParamEditor):
    """The `points` parameter: class buttons, eraser, clear, and the drawing area."""

    wide = True
    """The inspector gives it the panel's whole width (its name is in its own tool row)."""

    def __init__(self, param: Param) -> None:
        super().__init__(param)

    def build(self) -> QWidget:
        box = QWidget()
        tools = QHBoxLayout()
        tools.setContentsMargins(0, 0, 0, 0)
        name = QLabel(param_label(self.param))
        name.setToolTip(param_tip(self.param))
        tools.addWidget(name)
        self.group = QButtonGroup(box)
        self.class_buttons: list[QToolButton] = []
        for k, name in enumerate(CLASS_NAMES):
            button = QToolButton(objectName=f"drawClass{name}", checkable=True)
            button.setStyleSheet(f"QToolButton {{ color: {PALETTE[k]}; font-weight: bold; }}")
            button.clicked.connect(lambda _c=False, k=k: self._pick(k))
            self.group.addButton(button)
            self.class_buttons.append(button)
            tools.addWidget(button)
        self.erase_button = QToolButton(objectName="drawErase", checkable=True)
        self.erase_button.clicked.connect(lambda: self._pick(None))
        self.group.addButton(self.erase_button)
        tools.addWidget(self.erase_button)
        tools.addStretch(1)
        self.clear_button = QToolButton(objectName="drawClear")
        self.clear_button.clicked.connect(self._clear)
        tools.addWidget(self.clear_button)
        self.area = DrawArea()
        self.area.stroke_done.connect(self.committed.emit)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(self.area)
        self.class_buttons[0].setChecked(True)
        self.retranslate()
        return box

    def retranslate(self) -> None:
        for k, button in enumerate(self.class_buttons):
            button.setText(CLASS_NAMES[k] if not self.area.regression else self.tr("Point"))
            button.setToolTip(self.tr("Class {name}: click in the area to add points of this class; drag to paint.")
                              .format(name=CLASS_NAMES[k]))
        self.erase_button.setText(self.tr("Erase"))
        self.erase_button.setToolTip(self.tr("Drag over points to remove them (the right mouse button erases too)."))
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Remove every point."))

    def _pick(self, k: int | None) -> None:
        self.area.erasing = k is None
        if k is not None:
            self.area.current_class = k

    def _clear(self) -> None:
        if self.area.points:
            self.area.points = []
            self.area.update()
            self.committed.emit()

    def set_context(self, values: dict[str, Any]) -> None:
        """The node's other parameters: regression draws one kind of point."""
        regression = values.get("task") == "regression"
        if regression != self.area.regression:
            self.area.regression = regression
            for button in self.class_buttons[1:]:
                button.setVisible(not regression)
            if regression:
                self.class_buttons[0].setChecked(True)
                self._pick(0)
            self.retranslate()
            self.area.update()

    def value(self) -> list[list[float | int]]:
        return [list(p) for p in self.area.points]

    def set_value(self, value: Any) -> None:
        self.area.points = [list(p) for p in (value or [])]
        self.area.update()
