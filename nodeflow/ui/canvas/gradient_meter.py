"""GradientMeter: the learning meter in a layer card's footer while it trains.

A child item of the card, not part of the card's own paint, because it changes several times
a second during training: as its own item, a new value repaints only this strip (the card
stays in its device-coordinate cache, and the wires around it are left alone), which keeps
the GUI thread's share of the GIL small while the training thread needs it.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from nodeflow.ui.canvas import theme

BAR_WIDTH = 48.0
DECADES = 8.0
"""The bar spans 1e-8 (empty) to 1 (full) on a log scale."""


def level(value: float) -> float:
    """Fill of the bar in [0, 1] for a mean |gradient|: log-scaled, 1e-8 and below is empty."""
    return min(max((math.log10(value) + DECADES) / DECADES, 0.0), 1.0) if value > 0 else 0.0


class GradientMeter(QGraphicsItem):
    """A bar, long and bright for a large mean |gradient|, short and faint as it vanishes,
    and the figure beside it ("|grad| 3.1e-04")."""

    def __init__(self, width: float, parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self.width = width
        self.value: float | None = None
        self._text = ""
        self._font = theme.font(theme.SMALL_FONT_SIZE)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # clicks go to the card
        self.setVisible(False)

    def set_value(self, value: float | None) -> None:
        """Show `value` (None hides the meter); repaints only when what is shown changes."""
        text = "" if value is None else f"|grad| {value:.1e}"
        self.value = None if value is None else float(value)
        self.setVisible(value is not None)
        if text != self._text:
            self._text = text
            self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.width, theme.FOOTER_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if self.value is None:
            return
        fill = level(self.value)
        color = QColor(theme.GRADIENT)
        color.setAlphaF(0.25 + 0.75 * fill)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(color))
        painter.drawRoundedRect(QRectF(0, 4, max(2.0, BAR_WIDTH * fill), theme.FOOTER_HEIGHT - 8), 2, 2)
        if option.levelOfDetailFromTransform(painter.worldTransform()) < theme.TEXT_LOD:
            return
        painter.setPen(color)
        painter.setFont(self._font)
        painter.drawText(
            QRectF(BAR_WIDTH + 6, 0, self.width - BAR_WIDTH - 6, theme.FOOTER_HEIGHT),
            Qt.AlignmentFlag.AlignVCenter,
            self._text,
        )
