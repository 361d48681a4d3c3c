"""A frame: a titled, coloured box drawn behind a group of cards, with a note under the title.

Its rectangle is always the cards' bounds plus a margin, so it can never disagree with where
the cards are; dragging its title bar moves the cards (and the frame with them) as one undo
step. Click the title to select the frame (Delete removes it, the cards stay; F2 renames it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSceneMouseEvent, QStyleOptionGraphicsItem, QWidget

from nodeflow.graph.document import Frame
from nodeflow.ui.canvas import theme

if TYPE_CHECKING:
    from nodeflow.ui.canvas.scene import CanvasScene


class FrameItem(QGraphicsItem):
    Type = QGraphicsItem.UserType + 6

    def __init__(self, frame: Frame) -> None:
        super().__init__()
        self.frame_id = frame.id
        self.title = frame.title
        self.note = frame.note
        self.color = QColor(frame.color)
        self._rect = QRectF()
        self._note_height = 0.0
        self._title_font = theme.font(theme.TITLE_FONT_SIZE + 1.5, bold=True)
        self._note_font = theme.font(theme.BODY_FONT_SIZE)
        self._press: QPointF | None = None
        self.setZValue(-2)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)

    def type(self) -> int:
        return FrameItem.Type

    def set_frame(self, frame: Frame) -> None:
        self.title, self.note, self.color = frame.title, frame.note, QColor(frame.color)
        self.setToolTip(frame.note or frame.title)
        self.update()

    def fit(self, cards: list[QRectF]) -> None:
        """Wrap the cards (scene rectangles): margin around, the title bar and note above."""
        if not cards:
            return
        box = QRectF(cards[0])
        for r in cards[1:]:
            box = box.united(r)
        fm = QFontMetricsF(self._note_font)
        width = box.width() + 2 * theme.FRAME_PAD
        note = 0.0
        if self.note:
            lines = fm.boundingRect(QRectF(0, 0, width - 16, 1e4), Qt.TextFlag.TextWordWrap, self.note)
            note = min(lines.height(), 6 * fm.lineSpacing()) + 6
        rect = box.adjusted(-theme.FRAME_PAD, -theme.FRAME_PAD - theme.FRAME_TITLE_HEIGHT - note,
                            theme.FRAME_PAD, theme.FRAME_PAD)
        if rect != self._rect or note != self._note_height:
            self.prepareGeometryChange()
            self._rect, self._note_height = rect, note

    def title_rect(self) -> QRectF:
        r = self._rect
        return QRectF(r.left(), r.top(), r.width(), theme.FRAME_TITLE_HEIGHT + self._note_height)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-2, -2, 2, 2)

    def shape(self) -> QPainterPath:
        """Only the title bar takes clicks: the inside belongs to the canvas (rubber band,
        double-click for the quick search)."""
        path = QPainterPath()
        path.addRect(self.title_rect())
        return path

    # ----------------------------------------------------------------- mouse
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        scene: CanvasScene | None = self.scene()  # type: ignore[assignment]
        if scene is None:
            return
        if not (event.modifiers() & (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier)):
            if not self.isSelected():
                scene.clearSelection()
        self.setSelected(True)
        self._press = event.scenePos()
        scene.begin_frame_drag(self.frame_id)
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        scene: CanvasScene | None = self.scene()  # type: ignore[assignment]
        if scene is None or self._press is None:
            return
        scene.frame_drag_to(event.scenePos() - self._press)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        scene: CanvasScene | None = self.scene()  # type: ignore[assignment]
        self._press = None
        if scene is not None:
            scene.end_drag()

    # ----------------------------------------------------------------- paint
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        r = self._rect
        fill = QColor(self.color)
        fill.setAlpha(48)
        edge = QColor(self.color).lighter(125)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(theme.CARD_SELECTED if self.isSelected() else edge, 2.0 if self.isSelected() else 1.2))
        painter.setBrush(QBrush(fill))
        painter.drawRoundedRect(r, 8, 8)
        bar = QColor(self.color)
        bar.setAlpha(150)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(bar))
        head = QRectF(r.left() + 1, r.top() + 1, r.width() - 2, theme.FRAME_TITLE_HEIGHT - 1)
        painter.drawRoundedRect(head, 7, 7)
        painter.drawRect(head.adjusted(0, head.height() / 2, 0, 0))
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        title_font = self._title_font
        if lod < theme.TEXT_LOD:  # overview: a title big enough to read
            title_font = theme.font(min(4 * theme.TITLE_FONT_SIZE, (theme.TITLE_FONT_SIZE + 1.5) * 0.5 / max(lod, 0.05)),
                                    bold=True)
        painter.setPen(theme.TEXT)
        painter.setFont(title_font)
        fm = QFontMetricsF(title_font)
        title = fm.elidedText(self.title, Qt.TextElideMode.ElideRight, r.width() - 20)
        if lod < theme.TEXT_LOD:
            painter.drawText(QRectF(r.left() + 10, r.top() - fm.height(), r.width() - 20, fm.height()),
                             Qt.AlignmentFlag.AlignVCenter, title)
            return
        painter.drawText(QRectF(r.left() + 10, r.top(), r.width() - 20, theme.FRAME_TITLE_HEIGHT),
                         Qt.AlignmentFlag.AlignVCenter, title)
        if self.note:
            painter.setFont(self._note_font)
            painter.setPen(theme.TEXT_MUTED)
            painter.drawText(
                QRectF(r.left() + 10, r.top() + theme.FRAME_TITLE_HEIGHT + 2, r.width() - 20, self._note_height),
                Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop, self.note,
            )
