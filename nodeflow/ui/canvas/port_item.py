"""A port: the small circle on a card's edge where wires start and end.

It only knows which port it is (`node_id`, `name`, `is_output`); whether it is wired is asked
of the document. Its hit area is larger than the dot so ports are easy to grab.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from nodeflow.ui.canvas import theme


class PortItem(QGraphicsItem):
    Type = QGraphicsItem.UserType + 2

    def __init__(self, node_id: str, name: str, is_output: bool, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self.node_id = node_id
        self.name = name
        self.is_output = is_output
        self.state = ""  # "", "candidate" (a dragged wire may end here) or "refused"
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setToolTip(f"{'output' if is_output else 'input'} '{name}'")

    @property
    def ref(self) -> tuple[str, str]:
        return (self.node_id, self.name)

    def type(self) -> int:
        return PortItem.Type

    def boundingRect(self) -> QRectF:
        r = theme.PORT_HIT_RADIUS
        return QRectF(-r, -r, 2 * r, 2 * r)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(self.boundingRect())
        return path

    def set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        fill = {"candidate": theme.PORT_CANDIDATE, "refused": theme.PORT_REFUSED}.get(self.state, theme.PORT_FILL)
        r = theme.PORT_RADIUS + (2 if self.state else 0)
        painter.setPen(QPen(theme.CARD_FILL, 1.5))
        painter.setBrush(QBrush(fill))
        painter.drawEllipse(QRectF(-r, -r, 2 * r, 2 * r))
