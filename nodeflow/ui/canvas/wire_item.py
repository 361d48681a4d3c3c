"""Wires: a cubic Bézier from an output port to an input port, labelled at its middle with the
shape that flows on it ("(N, 128)"); and the rubber wire that follows the mouse while wiring."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QFontMetricsF, QPainter, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QStyleOptionGraphicsItem, QWidget

from nodeflow.graph.document import Edge
from nodeflow.ui.canvas import theme


def bezier(a: QPointF, b: QPointF) -> QPainterPath:
    """An S-curve leaving `a` to the right and entering `b` from the left."""
    dx = max(40.0, abs(b.x() - a.x()) * 0.5)
    path = QPainterPath(a)
    path.cubicTo(QPointF(a.x() + dx, a.y()), QPointF(b.x() - dx, b.y()), b)
    return path


_ANTIALIAS = QPainter.RenderHint.Antialiasing
_PEN = QPen(theme.WIRE, 1.8)
_SELECTED_PEN = QPen(theme.WIRE_SELECTED, 2.5)
_NO_BRUSH = QBrush(Qt.BrushStyle.NoBrush)


class WireItem(QGraphicsPathItem):
    Type = QGraphicsItem.UserType + 3

    def __init__(self, edge: Edge) -> None:
        super().__init__()
        self.edge = edge
        self.label = ""
        self._font = theme.font(theme.SMALL_FONT_SIZE)
        self._label_rect = QRectF()
        self._shape = QPainterPath()
        self._path = QPainterPath()
        self._bounds = QRectF()
        """Path and bounds kept as attributes: Qt asks for them for every wire on every frame,
        and `self.path()` would copy the path each time."""
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setZValue(-1)
        self.setToolTip(str(edge))

    def type(self) -> int:
        return WireItem.Type

    def set_ends(self, a: QPointF, b: QPointF) -> None:
        path = bezier(a, b)
        self.prepareGeometryChange()
        self.setPath(path)
        self._path = path
        stroker = QPainterPathStroker()
        stroker.setWidth(10)
        self._shape = stroker.createStroke(path)
        self._place_label()

    def set_label(self, text: str) -> None:
        if text != self.label:
            self.prepareGeometryChange()
            self.label = text
            self.setToolTip(f"{self.edge}: {text}" if text else str(self.edge))
            self._place_label()
            self.update()

    def _place_label(self) -> None:
        self._label_rect = self._label_place()
        self._bounds = self._path.boundingRect().adjusted(-3, -3, 3, 3).united(self._label_rect)

    def _label_place(self) -> QRectF:
        if not self.label or self._path.elementCount() == 0:
            return QRectF()
        path = self._path
        mid = path.pointAtPercent(0.5)
        fm = QFontMetricsF(self._font)
        w, h = fm.horizontalAdvance(self.label) + 8, fm.height() + 2
        span = abs(path.elementAt(path.elementCount() - 1).x - path.elementAt(0).x)
        if span < w + 16:  # no room between the cards: the tooltip still tells
            return QRectF()
        return QRectF(mid.x() - w / 2, mid.y() - h / 2, w, h)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return self._shape

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        selected = self.isSelected()  # (not option.state & ...: Python enum arithmetic, per wire per frame)
        painter.setRenderHint(_ANTIALIAS, True)
        painter.setPen(_SELECTED_PEN if selected else _PEN)
        painter.setBrush(_NO_BRUSH)
        painter.drawPath(self._path)
        if not self._label_rect.isNull() and option.levelOfDetailFromTransform(painter.worldTransform()) >= theme.TEXT_LOD:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(theme.WIRE_LABEL_BG))
            painter.drawRoundedRect(self._label_rect, 3, 3)
            painter.setPen(theme.TEXT_MUTED if not selected else theme.WIRE_SELECTED)
            painter.setFont(self._font)
            painter.drawText(self._label_rect, Qt.AlignmentFlag.AlignCenter, self.label)


class RubberWire(QGraphicsPathItem):
    """The dashed wire that follows the mouse; `anchor` is the port it starts from."""

    def __init__(self, anchor: QPointF, from_output: bool) -> None:
        super().__init__()
        self.anchor = anchor
        self.from_output = from_output
        pen = QPen(theme.WIRE_SELECTED, 2.0, Qt.PenStyle.DashLine)
        self.setPen(pen)
        self.setZValue(10)
        self.follow(anchor)

    def follow(self, pos: QPointF) -> None:
        a, b = (self.anchor, pos) if self.from_output else (pos, self.anchor)
        self.setPath(bezier(a, b))
