"""A port: the small circle on a card's edge where wires start and end.

It only knows which port it is (`node_id`, `name`, `is_output`); whether it is wired is asked
of the document. Its hit area is larger than the dot so ports are easy to grab.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from nodeflow.i18n import translate
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
        self.setToolTip((translate("PortItem", "output '{port}'") if is_output
                         else translate("PortItem", "input '{port}'")).format(port=name))

    @property
    def ref(self) -> tuple[str, str]:
        return (self.node_id, self.name)

    def type(self) -> int:
        return PortItem.Type

    _BOUNDS = QRectF(-theme.PORT_HIT_RADIUS, -theme.PORT_HIT_RADIUS, 2 * theme.PORT_HIT_RADIUS,
                     2 * theme.PORT_HIT_RADIUS)

    def boundingRect(self) -> QRectF:
        return self._BOUNDS

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(self._BOUNDS)
        return path

    def set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        brush, dot = _LOOK.get(self.state, _LOOK[""])  # prebuilt: a big graph paints 1000 ports a frame
        painter.setPen(_RIM)
        painter.setBrush(brush)
        painter.drawEllipse(dot)


def _dot(radius: float) -> QRectF:
    return QRectF(-radius, -radius, 2 * radius, 2 * radius)


_RIM = QPen(theme.CARD_FILL, 1.5)
_LOOK = {  # state -> (fill, dot): a port a dragged wire may end at, or may not, grows a little
    "": (QBrush(theme.PORT_FILL), _dot(theme.PORT_RADIUS)),
    "candidate": (QBrush(theme.PORT_CANDIDATE), _dot(theme.PORT_RADIUS + 2)),
    "refused": (QBrush(theme.PORT_REFUSED), _dot(theme.PORT_RADIUS + 2)),
}
