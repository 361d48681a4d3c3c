"""Wires: cubic Béziers from an output port to an input port, through the wire's reroute
points if it has any, labelled at the middle with the shape that flows on it ("(N, 128)");
the reroute points themselves (small handles that can be dragged); and the rubber wire that
follows the mouse while wiring."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QFontMetricsF, QPainter, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QStyleOptionGraphicsItem, QWidget

from nodeflow.graph.document import Edge
from nodeflow.i18n import translate
from nodeflow.ui.canvas import theme


def bezier(a: QPointF, b: QPointF, path: QPainterPath | None = None) -> QPainterPath:
    """An S-curve leaving `a` to the right and entering `b` from the left (appended to `path`)."""
    dx = max(40.0, abs(b.x() - a.x()) * 0.5)
    if path is None:
        path = QPainterPath(a)
    path.cubicTo(QPointF(a.x() + dx, a.y()), QPointF(b.x() - dx, b.y()), b)
    return path


def routed(a: QPointF, points: list[QPointF], b: QPointF) -> QPainterPath:
    """One curve per stretch, from `a` through each point to `b` (each point crossed heading
    right, as a reroute node in Blender)."""
    path = QPainterPath(a)
    last = a
    for p in [*points, b]:
        if abs(p.y() - last.y()) < 0.5 and p.x() > last.x():
            path.lineTo(p)  # a lane: straight
        else:
            bezier(last, p, path)
        last = p
    return path


_ANTIALIAS = QPainter.RenderHint.Antialiasing
_PEN = QPen(theme.WIRE, 1.8)
_HOVER_PEN = QPen(theme.WIRE_HOVER, 2.4)
_SELECTED_PEN = QPen(theme.WIRE_SELECTED, 2.5)
_TARGET_PEN = QPen(theme.WIRE_TARGET, 3.0)
_NO_BRUSH = QBrush(Qt.BrushStyle.NoBrush)


class WireItem(QGraphicsPathItem):
    Type = QGraphicsItem.UserType + 3

    def __init__(self, edge: Edge) -> None:
        super().__init__()
        self.edge = edge
        self.label = ""
        self.hovered = False
        self.target = False
        """Highlighted: a dragged card would be inserted on this wire."""
        self.handles: list[RerouteHandle] = []
        self._font = theme.font(theme.SMALL_FONT_SIZE)
        self._label_rect = QRectF()
        self._hover_rect = QRectF()
        self._shape = QPainterPath()
        self._path = QPainterPath()
        self._bounds = QRectF()
        self._ends = (QPointF(), QPointF())
        """Path and bounds kept as attributes: Qt asks for them for every wire on every frame,
        and `self.path()` would copy the path each time."""
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setAcceptHoverEvents(True)
        self.setZValue(-1)
        self.setToolTip(str(edge))

    def type(self) -> int:
        return WireItem.Type

    # --------------------------------------------------------------- geometry
    def set_ends(self, a: QPointF, b: QPointF) -> None:
        self._ends = (QPointF(a), QPointF(b))
        self.rebuild()

    def set_points(self, points: list[tuple[float, float]]) -> None:
        """Reroute points from the document: one handle each."""
        if [(h.pos().x(), h.pos().y()) for h in self.handles] == list(points):
            return
        for h in self.handles:
            h.setParentItem(None)
            if h.scene() is not None:
                h.scene().removeItem(h)
        self.handles = [RerouteHandle(self, QPointF(x, y)) for x, y in points]
        self.rebuild()

    def points(self) -> list[tuple[float, float]]:
        """Where the handles are now (moved by a drag or not)."""
        return [(h.pos().x(), h.pos().y()) for h in self.handles]

    def rebuild(self) -> None:
        a, b = self._ends
        path = routed(a, [h.pos() for h in self.handles], b) if self.handles else bezier(a, b)
        self.prepareGeometryChange()
        self.setPath(path)
        self._path = path
        stroker = QPainterPathStroker()
        stroker.setWidth(10)
        self._shape = stroker.createStroke(path)
        self._place_label()

    def segment_at(self, pos: QPointF) -> int:
        """Which stretch of the wire (0: before the first reroute point) is nearest `pos`:
        where a new point there goes in the list."""
        a, b = self._ends
        stops = [a, *[h.pos() for h in self.handles], b]
        best, best_d = 0, float("inf")
        for i in range(len(stops) - 1):
            piece = bezier(stops[i], stops[i + 1])
            for k in range(17):
                p = piece.pointAtPercent(k / 16)
                d = (p.x() - pos.x()) ** 2 + (p.y() - pos.y()) ** 2
                if d < best_d:
                    best, best_d = i, d
        return best

    def curve(self) -> QPainterPath:
        return self._path

    # ------------------------------------------------------------------ label
    def set_label(self, text: str) -> None:
        if text != self.label:
            self.prepareGeometryChange()
            self.label = text
            self.setToolTip(f"{self.edge}: {text}" if text else str(self.edge))
            self._place_label()
            self.update()

    def _place_label(self) -> None:
        self._label_rect = self._label_place()
        self._hover_rect = QRectF()
        if self.label and self._label_rect.isNull() and self._path.elementCount():
            mid = self._path.pointAtPercent(0.5)
            fm = QFontMetricsF(self._font)
            w, h = fm.horizontalAdvance(self.label) + 8, fm.height() + 2
            self._hover_rect = QRectF(mid.x() - w / 2, mid.y() - h - 6, w, h)  # above a short wire
        bounds = self._path.boundingRect().adjusted(-3, -3, 3, 3).united(self._label_rect)
        self._bounds = bounds.united(self._hover_rect) if not self._hover_rect.isNull() else bounds

    def _label_place(self) -> QRectF:
        if not self.label or self._path.elementCount() == 0:
            return QRectF()
        path = self._path
        mid = path.pointAtPercent(0.5)
        fm = QFontMetricsF(self._font)
        w, h = fm.horizontalAdvance(self.label) + 8, fm.height() + 2
        span = abs(path.elementAt(path.elementCount() - 1).x - path.elementAt(0).x)
        if span < w + 16 and not self.handles:  # no room between the cards: shown on hover
            return QRectF()
        return QRectF(mid.x() - w / 2, mid.y() - h / 2, w, h)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return self._shape

    # ------------------------------------------------------------------ state
    def set_target(self, on: bool) -> None:
        if on != self.target:
            self.target = on
            self.update()

    def hoverEnterEvent(self, event: Any) -> None:
        self.hovered = True
        self.update()

    def hoverLeaveEvent(self, event: Any) -> None:
        self.hovered = False
        self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        selected = self.isSelected()  # (not option.state & ...: Python enum arithmetic, per wire per frame)
        painter.setRenderHint(_ANTIALIAS, True)
        pen = _TARGET_PEN if self.target else _SELECTED_PEN if selected else _HOVER_PEN if self.hovered else _PEN
        painter.setPen(pen)
        painter.setBrush(_NO_BRUSH)
        painter.drawPath(self._path)
        rect = self._label_rect
        if rect.isNull() and self.hovered:
            rect = self._hover_rect
        if not rect.isNull() and (
            self.hovered or option.levelOfDetailFromTransform(painter.worldTransform()) >= theme.TEXT_LOD
        ):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(theme.WIRE_LABEL_BG))
            painter.drawRoundedRect(rect, 3, 3)
            painter.setPen(theme.TEXT_MUTED if not (selected or self.hovered) else theme.TEXT)
            painter.setFont(self._font)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.label)


class RerouteHandle(QGraphicsItem):
    """A reroute point on a wire: drag it to bend the wire, select it and press Delete to
    remove it. Its position is in scene coordinates (the wire sits at the origin)."""

    Type = QGraphicsItem.UserType + 5
    _R = theme.REROUTE_RADIUS
    _BOUNDS = QRectF(-_R - 3, -_R - 3, 2 * _R + 6, 2 * _R + 6)

    def __init__(self, wire: WireItem, pos: QPointF) -> None:
        super().__init__(wire)
        self.wire = wire
        self.setPos(pos)
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setCursor(Qt.CursorShape.SizeAllCursor)
        self.setToolTip(translate("WireItem", "Reroute point: drag to move it, Delete to remove it"))

    def type(self) -> int:
        return RerouteHandle.Type

    def boundingRect(self) -> QRectF:
        return self._BOUNDS

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(self._BOUNDS)
        return path

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: Any) -> Any:
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged and self.parentItem() is not None:
            self.wire.rebuild()
            scene = self.scene()
            if scene is not None:
                scene.handle_moved()  # type: ignore[attr-defined]
        return super().itemChange(change, value)

    def mousePressEvent(self, event: Any) -> None:
        super().mousePressEvent(event)
        scene = self.scene()
        if scene is not None and event.button() == Qt.MouseButton.LeftButton:
            scene.begin_drag()  # type: ignore[attr-defined]

    def mouseReleaseEvent(self, event: Any) -> None:
        super().mouseReleaseEvent(event)
        scene = self.scene()
        if scene is not None and event.button() == Qt.MouseButton.LeftButton:
            scene.end_drag()  # type: ignore[attr-defined]

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(_ANTIALIAS, True)
        painter.setPen(QPen(theme.WIRE_SELECTED if self.isSelected() else theme.CARD_FILL, 1.5))
        painter.setBrush(QBrush(theme.REROUTE_FILL))
        painter.drawEllipse(QPointF(0, 0), self._R, self._R)


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
