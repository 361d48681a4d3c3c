"""The minimap: the whole graph in the canvas's lower right corner, with the part the view
shows outlined. Click or drag in it to move the view there.

It draws the cards as coloured blocks from their scene rectangles (never a render of the
scene, which would cost as much as drawing the canvas again) and only appears, when switched
on, while part of the graph lies outside the view and the canvas is large enough to spare
the corner.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from nodeflow.i18n import QT_TRANSLATE_NOOP
from nodeflow.ui.canvas import theme
from nodeflow.ui.i18n.live import keep

if TYPE_CHECKING:
    from nodeflow.ui.canvas.view import CanvasView

MAX_W, MAX_H = 220, 140
MARGIN = 10
MIN_VIEW = (420, 260)
"""A canvas smaller than this has no room for a minimap: it stays hidden."""


class Minimap(QWidget):
    def __init__(self, view: CanvasView) -> None:
        super().__init__(view)
        self.setObjectName("minimap")
        self.view = view
        self.enabled_by_user = True
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        keep(self, "setToolTip", QT_TRANSLATE_NOOP("Minimap", "Minimap: click or drag to move the view (View ▸ Minimap)"))
        self._world = QRectF()
        self.hide()

    # ------------------------------------------------------------- geometry
    def refresh(self) -> None:
        """Re-place, and show or hide, after the graph or the view changed."""
        if not self.enabled_by_user:
            self.hide()
            return
        world = self.view.scene().items_bounds()
        seen = self.view.visible_scene_rect()
        port = self.view.viewport().geometry()
        if world.isNull() or seen.contains(world) or port.width() < MIN_VIEW[0] or port.height() < MIN_VIEW[1]:
            self.hide()
            return
        self._world = world.adjusted(-40, -40, 40, 40)
        avail_w, avail_h = min(MAX_W, port.width() * 0.25), min(MAX_H, port.height() * 0.25)
        ratio = self._world.width() / max(self._world.height(), 1.0)
        w, h = (avail_w, avail_w / ratio) if ratio > avail_w / avail_h else (avail_h * ratio, avail_h)
        w, h = max(int(w), 60), max(int(h), 40)
        self.setGeometry(port.right() - w - MARGIN, port.bottom() - h - MARGIN, w, h)
        if not self.isVisible():
            self.show()
            self.stackUnder(self.view.quick_search)  # the quick search, when open, stays on top
        self.update()

    def _scale(self) -> float:
        return min(self.width() / self._world.width(), self.height() / self._world.height())

    def to_map(self, p: QPointF) -> QPointF:
        s = self._scale()
        return QPointF((p.x() - self._world.left()) * s, (p.y() - self._world.top()) * s)

    def to_scene(self, p: QPointF) -> QPointF:
        s = self._scale()
        return QPointF(p.x() / s + self._world.left(), p.y() / s + self._world.top())

    def _map_rect(self, r: QRectF) -> QRectF:
        return QRectF(self.to_map(r.topLeft()), self.to_map(r.bottomRight()))

    # ---------------------------------------------------------------- paint
    def paintEvent(self, event: QPaintEvent) -> None:
        if self._world.isNull():
            return
        p = QPainter(self)
        p.fillRect(self.rect(), theme.MINIMAP_FILL)
        p.setPen(QPen(theme.CARD_BORDER, 1))
        p.drawRect(self.rect().adjusted(0, 0, -1, -1))
        scene = self.view.scene()
        for frame in scene.frames.values():
            color = QColor(frame.color)
            color.setAlpha(90)
            p.fillRect(self._map_rect(frame.sceneBoundingRect()), color)
        p.setPen(Qt.PenStyle.NoPen)
        for item in scene.nodes.values():
            p.setBrush(QBrush(theme.ERROR if item.error else theme.category_color(item.category)))
            p.drawRect(self._map_rect(item.sceneBoundingRect()))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(theme.MINIMAP_VIEW, 1.5))
        p.drawRect(self._map_rect(self.view.visible_scene_rect()).intersected(QRectF(self.rect()).adjusted(1, 1, -1, -1)))
        p.end()

    # ---------------------------------------------------------------- mouse
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._go(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._go(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def _go(self, event: Any) -> None:
        self.view.centerOn(self.to_scene(event.position()))
        event.accept()
