"""A node's card: category-coloured header with the node id, the type summary ("Dense 128"),
labelled ports (inputs left, outputs right), the parameter count and, when the analysis
reports an error, a red border, the message as tooltip and possibly a one-click fix (which
the node's shape rule names, see `fixes.py`). A bypassed node (M) is drawn faded, with a dashed
violet border, a "bypassed" chip and a line from its input to its output; a placeholder (a
node type this installation does not have) has a grey header, an amber dashed border, and says
what is missing. Zoomed far out a card shows only its id, in a
font large enough to read, so a whole graph at zoom to fit still says what it is.

The card draws what `refresh(node, analysis)` derived from the document; it stores nothing
that the document does not hold. Moves are reported to the scene, which turns a finished drag
into one MoveNodesCommand.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneMouseEvent,
    QStyle,
    QStyleOptionGraphicsItem,
    QWidget,
)

from nodeflow.graph.document import Node
from nodeflow.i18n import translate
from nodeflow.i18n.engine import engine_text
from nodeflow.i18n.node_strings import node_help
from nodeflow.nodes.spec import SHARE_PARAM
from nodeflow.ui.canvas import theme
from nodeflow.ui.canvas.fixes import Fix
from nodeflow.ui.canvas.gradient_meter import GradientMeter
from nodeflow.ui.canvas.port_item import PortItem

if TYPE_CHECKING:
    from nodeflow.ui.canvas.scene import CanvasScene

class FixButton(QGraphicsItem):
    """A small clickable pill under a card: "Fix: insert Flatten"."""

    def __init__(self, parent: NodeItem) -> None:
        super().__init__(parent)
        self.type_name = ""
        self.fix: Fix | None = None
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)
        self._font = theme.font(theme.SMALL_FONT_SIZE, bold=True)
        self._width = 120.0

    @property
    def text(self) -> str:
        return translate("NodeItem", "Fix: insert {type}").format(type=self.type_name)

    def set_fix(self, fix: Fix) -> None:
        self.prepareGeometryChange()
        self.fix, self.type_name = fix, fix.insert
        self._width = QFontMetricsF(self._font).horizontalAdvance(self.text) + 16

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self._width, 20)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setPen(QPen(theme.FIX_TEXT, 1))
        painter.setBrush(QBrush(theme.FIX_FILL))
        painter.drawRoundedRect(self.boundingRect().adjusted(0.5, 0.5, -0.5, -0.5), 9, 9)
        painter.setFont(self._font)
        painter.drawText(self.boundingRect(), Qt.AlignmentFlag.AlignCenter, self.text)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        event.accept()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        parent = self.parentItem()
        scene = self.scene()
        if isinstance(parent, NodeItem) and scene is not None and self.fix is not None \
                and self.boundingRect().contains(event.pos()):
            scene.apply_fix(self.fix)  # type: ignore[attr-defined]
        event.accept()


class NodeItem(QGraphicsItem):
    Type = QGraphicsItem.UserType + 1

    def __init__(self, node: Node) -> None:
        super().__init__()
        self.node_id = node.id
        spec = node.spec
        self.category = spec.category
        self.type_name = spec.type
        self.inputs: dict[str, PortItem] = {}
        self.outputs: dict[str, PortItem] = {}
        rows = max(len(spec.inputs), len(spec.outputs), 1)
        self._body_height = theme.HEADER_HEIGHT + theme.SUMMARY_HEIGHT + rows * theme.ROW_HEIGHT + 4
        for i, name in enumerate(spec.inputs):
            port = PortItem(node.id, name, False, self)
            port.setPos(0, self._row_y(i))
            self.inputs[name] = port
        for i, name in enumerate(spec.outputs):
            port = PortItem(node.id, name, True, self)
            port.setPos(theme.NODE_WIDTH, self._row_y(i))
            self.outputs[name] = port
        self.summary = spec.type
        self.param_text = ""
        self._bounds = QRectF()
        self._fit_bounds()
        self.error: str | None = None
        self.hovered = False
        self.fix = FixButton(self)
        self.fix.setVisible(False)
        self.badge: tuple[QColor, str] | None = None
        """(colour, text) of a small dot in the header, e.g. the gradient check's verdict."""
        self.verdict: str | None = None
        """A short label drawn in the badge's colour instead of the dot ("✓ grad")."""
        self.meter = GradientMeter(theme.NODE_WIDTH - 16, self)
        self.meter.setPos(8, self._body_height - 2)
        self._title_font = theme.font(theme.TITLE_FONT_SIZE, bold=True)
        self._body_font = theme.font(theme.BODY_FONT_SIZE)
        self._small_font = theme.font(theme.SMALL_FONT_SIZE)
        self.placeholder = node.is_placeholder
        self.bypassed = bool(node.bypass)
        self.is_block = node.block is not None
        from nodeflow.graph.blocks import INPUTS_CARD, is_card

        self.is_port_card = is_card(node.id)
        self._inputs_card = node.id == INPUTS_CARD
        """Inside an entered block: the card standing for the block's inputs or outputs."""
        self._header_color = (theme.PLACEHOLDER_HEADER if self.placeholder else theme.BLOCK
                              if self.is_block or self.is_port_card else theme.category_color(spec.category))
        if self.is_block:
            inner = ", ".join(f"{n} ({m.type})" for n, m in list(node.block.nodes.items())[:8])
            more = len(node.block.nodes) - 8
            self._help = translate("NodeItem", "a block of {nodes}").format(
                nodes=inner + (f", … (+{more})" if more > 0 else ""))
        self._overview_fonts: dict[int, QFont] = {}  # by half points
        self._id_width: tuple[str, float] | None = None
        if self.is_port_card:
            self._help = (translate("NodeItem", "the block's inputs: what the wires into its card bring; wire "
                                                "them to the nodes inside") if node.id == INPUTS_CARD else
                          translate("NodeItem", "the block's outputs: what its card gives to the wires out of it"))
        elif not self.is_block:
            self._help = node_help(spec)
        flags = (
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setFlags(flags)
        self.setAcceptHoverEvents(True)
        self.setOpacity(0.6 if self.bypassed else 1.0)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        if node.pos is not None:
            self.setPos(QPointF(*node.pos))

    # ---------------------------------------------------------------- geometry
    @staticmethod
    def _row_y(i: int) -> float:
        return theme.HEADER_HEIGHT + theme.SUMMARY_HEIGHT + i * theme.ROW_HEIGHT + theme.ROW_HEIGHT / 2

    @property
    def height(self) -> float:
        return self._body_height + (theme.FOOTER_HEIGHT if self.param_text else 0)

    def card_rect(self) -> QRectF:
        return QRectF(0, 0, theme.NODE_WIDTH, self.height)

    def boundingRect(self) -> QRectF:
        """Kept, not rebuilt: Qt asks several times per card per frame. `_fit_bounds` renews it
        whenever the card's height changes."""
        return self._bounds

    def _fit_bounds(self) -> None:
        self._bounds = self.card_rect().adjusted(-4, -4, 4, 4)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRoundedRect(self.card_rect(), theme.CORNER, theme.CORNER)
        return path

    def type(self) -> int:
        return NodeItem.Type

    def port(self, name: str) -> PortItem | None:
        return self.outputs.get(name) or self.inputs.get(name)

    # ------------------------------------------------------------- model view
    def refresh(
        self, node: Node, params: dict[str, Any] | None, param_count: int, error: str | None, fix: Fix | None = None
    ) -> None:
        """Redraw from the document and the latest analysis (`fix`: what the pill offers)."""
        if self.is_port_card:
            summary = translate("NodeItem", "from outside the block") if self._inputs_card else \
                translate("NodeItem", "to outside the block")
        elif node.block is not None:
            summary = translate("NodeItem", "{title} · {n} nodes").format(title=node.block.title, n=len(node.block.nodes))
            if node.block.shares:
                summary = translate("NodeItem", "{summary} · linked to {node}").format(summary=summary, node=node.block.shares)
        elif node.is_placeholder:
            summary = translate("NodeItem", "{type}: not installed").format(type=node.type)
            error = translate("NodeItem", "{node}: this nodeflow has no node type {type} (a plugin that is not "
                              "installed, or a node of a newer version). Its parameters and wires are kept and "
                              "saved unchanged; it cannot train until {type} is installed.").format(
                node=node.id, type=node.type)
        else:
            try:
                summary = engine_text(node.spec.describe(
                    params if params is not None else node.spec.validate_params(node.params)))
            except Exception:  # a bad stored value: the analysis reports it; the card stays readable
                summary = node.type
            shared = node.params.get(SHARE_PARAM)  # a linked duplicate (Alt+D): whose weights it uses
            if isinstance(shared, str) and shared:
                summary = translate("NodeItem", "{summary} · linked to {node}").format(summary=summary, node=shared)
        text = translate("NodeItem", "{n} params").format(n=f"{param_count:,}") if param_count > 0 else ""
        if node.bypass and not error:
            text = ""
        if (summary, text, error, node.id, bool(node.bypass)) == \
                (self.summary, self.param_text, self.error, self.node_id, self.bypassed) and fix == self.fix.fix:
            return
        self.set_bypassed(node.bypass)
        if bool(text) != bool(self.param_text):
            self.prepareGeometryChange()
        self.summary, self.param_text, self.error = summary, text, error
        self._fit_bounds()
        self.badge = None  # the node changed: an earlier gradient check no longer applies
        self.meter.set_value(None)  # nor an earlier run's gradients
        self.setToolTip(self._tip(error))
        self.fix.setVisible(fix is not None)
        self.fix.fix = fix
        if fix is not None:
            self.fix.set_fix(fix)
        self.fix.setPos(0, self.height + 6)
        self.update()

    @property
    def title(self) -> str:
        """What the header says: the node's id (a port card: which of the block's sides it is)."""
        if self.is_port_card:
            return translate("NodeItem", "Block inputs") if self._inputs_card else translate("NodeItem", "Block outputs")
        return self.node_id

    def rename(self, node_id: str) -> None:
        """The node got a new id (F2): the card and its ports follow."""
        self.node_id = node_id
        for port in [*self.inputs.values(), *self.outputs.values()]:
            port.node_id = node_id
        self.setToolTip(self._tip(self.error))
        self.update()

    def set_bypassed(self, on: bool) -> None:
        """Draw the card bypassed (faded, dashed, a line through) or not."""
        on = bool(on)
        if on != self.bypassed:
            self.bypassed = on
            self.setToolTip(self._tip(self.error))
            self.update()
        self.setOpacity(0.6 if on else 1.0)

    def _tip(self, error: str | None) -> str:
        tip = error if error else f"{self.node_id}: {self._help}"
        if self.bypassed:
            tip += "\n" + translate("NodeItem", "Bypassed: it passes its input through unchanged (M takes the bypass off)")
        return tip

    def set_badge(self, color: QColor | None, text: str = "") -> None:
        """Show (or with None, remove) a coloured dot in the header; `text` joins the tooltip."""
        self.verdict = None
        self.badge = None if color is None else (QColor(color), text)
        base = self._tip(self.error)
        self.setToolTip(f"{base}\n{text}" if color is not None and text else base)
        self.update()

    def set_verdict(self, label: str | None, color: QColor | None = None, detail: str = "") -> None:
        """Show a check's verdict as a labelled chip in the header ("✓ grad", in `color`), with
        `detail` in the tooltip; None removes it. Like the dot, it goes when the node changes."""
        self.set_badge(color if label else None, detail)
        self.verdict = label or None

    @property
    def gradient(self) -> float | None:
        """Mean |gradient| of the node's weights in the latest training epoch (None: not trained)."""
        return self.meter.value

    def set_gradient(self, value: float | None) -> None:
        """Show how strongly this layer learns in the footer (in place of the parameter count);
        None gives the footer back to the count. Only cards with weights have a meter."""
        value = None if value is None or not self.param_text else float(value)
        shown_before = self.meter.value is not None
        self.meter.set_value(value)
        if shown_before != (value is not None):
            self.update()  # the card draws the parameter count only when no meter covers it

    # ------------------------------------------------------------------ events
    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: Any) -> Any:
        scene: CanvasScene | None = self.scene()  # type: ignore[assignment]
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange and scene is not None:
            return scene.snapped(self, value)
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged and scene is not None:
            scene.node_item_moved(self)
        return super().itemChange(change, value)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mousePressEvent(event)
        scene = self.scene()
        if scene is not None and event.button() == Qt.MouseButton.LeftButton:
            scene.begin_drag()  # type: ignore[attr-defined]

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        scene = self.scene()
        if scene is not None and event.button() == Qt.MouseButton.LeftButton:
            scene.end_drag()  # type: ignore[attr-defined]

    def hoverEnterEvent(self, event) -> None:  # noqa: ANN001
        self.hovered = True
        self.update()

    def hoverLeaveEvent(self, event) -> None:  # noqa: ANN001
        self.hovered = False
        self.update()

    # ------------------------------------------------------------------- paint
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        rect = self.card_rect()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if self.placeholder:
            border = QPen(theme.PLACEHOLDER_BORDER, 2.0, Qt.PenStyle.DashLine)
        elif self.error:
            border = QPen(theme.ERROR, 2.0)
        elif self.bypassed:
            border = QPen(theme.BYPASS, 2.0, Qt.PenStyle.DashLine)
        elif self.hovered:
            border = QPen(theme.CARD_HOVER, 1.5)
        else:
            border = QPen(theme.CARD_BORDER, 1.0)
        painter.setPen(border)
        painter.setBrush(QBrush(theme.CARD_FILL))
        painter.drawRoundedRect(rect, theme.CORNER, theme.CORNER)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(self._header_color))
        head = QRectF(1, 1, rect.width() - 2, theme.HEADER_HEIGHT - 1)
        painter.drawRoundedRect(head, theme.CORNER - 1, theme.CORNER - 1)
        painter.drawRect(head.adjusted(0, head.height() / 2, 0, 0))
        if selected:
            painter.setPen(QPen(theme.CARD_SELECTED, 2.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), theme.CORNER + 2, theme.CORNER + 2)
        chip = 0.0
        if self.bypassed:
            self._paint_through(painter)
        if self.bypassed and self.badge is None:
            chip = self._paint_chip(painter, rect.width(), translate("NodeItem", "bypassed"), theme.BYPASS)
        elif self.is_block and self.badge is None:
            chip = self._paint_chip(painter, rect.width(), translate("NodeItem", "block"), theme.BLOCK_CHIP)
        elif self.placeholder and self.badge is None:
            chip = self._paint_chip(painter, rect.width(), translate("NodeItem", "missing"), theme.PLACEHOLDER_BORDER)
        elif self.badge is not None and self.verdict:
            chip = self._paint_verdict(painter, rect.width())
        elif self.badge is not None:
            painter.setPen(QPen(theme.CARD_FILL, 1.5))
            painter.setBrush(QBrush(self.badge[0]))
            painter.drawEllipse(QPointF(rect.width() - 10, theme.HEADER_HEIGHT / 2), 5, 5)
        if lod < theme.TEXT_LOD:
            if lod >= theme.OVERVIEW_LOD:
                self._paint_overview(painter, rect, lod)
            return
        w = rect.width()
        painter.setPen(theme.TEXT)
        painter.setFont(self._title_font)
        fm = QFontMetricsF(self._title_font)
        title = fm.elidedText(self.title, Qt.TextElideMode.ElideRight, w - 16 - chip)
        painter.drawText(QRectF(8, 0, w - 16, theme.HEADER_HEIGHT), Qt.AlignmentFlag.AlignVCenter, title)
        painter.setFont(self._body_font)
        fm = QFontMetricsF(self._body_font)
        summary = fm.elidedText(self.summary, Qt.TextElideMode.ElideRight, w - 16)
        painter.drawText(
            QRectF(8, theme.HEADER_HEIGHT, w - 16, theme.SUMMARY_HEIGHT), Qt.AlignmentFlag.AlignVCenter, summary
        )
        painter.setFont(self._small_font)
        painter.setPen(theme.TEXT_MUTED)
        half = w / 2 - 12
        for port in self.inputs.values():
            y = port.y() - theme.ROW_HEIGHT / 2
            painter.drawText(QRectF(12, y, half, theme.ROW_HEIGHT), Qt.AlignmentFlag.AlignVCenter, port.name)
        for port in self.outputs.values():
            y = port.y() - theme.ROW_HEIGHT / 2
            painter.drawText(
                QRectF(w - 12 - half, y, half, theme.ROW_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                port.name,
            )
        if self.param_text and self.gradient is None:  # while training, the footer shows learning
            painter.drawText(
                QRectF(8, self._body_height - 2, w - 16, theme.FOOTER_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                self.param_text,
            )

    def _paint_through(self, painter: QPainter) -> None:
        """A bypassed card: a line from the input it passes to its output, under the text."""
        if not self.inputs or not self.outputs:
            return
        a = next(iter(self.inputs.values())).pos()
        b = next(iter(self.outputs.values())).pos()
        painter.setPen(QPen(theme.BYPASS, 2.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        path = QPainterPath(a)
        mid = (a.x() + b.x()) / 2
        path.cubicTo(QPointF(mid, a.y()), QPointF(mid, b.y()), b)
        painter.drawPath(path)

    def _paint_chip(self, painter: QPainter, width: float, text: str, color: QColor) -> float:
        """A labelled chip at the header's right end (bypassed, missing); returns its width."""
        fm = QFontMetricsF(self._small_font)
        text_w = fm.horizontalAdvance(text)
        chip = QRectF(width - text_w - 16, 3, text_w + 10, theme.HEADER_HEIGHT - 6)
        painter.setPen(QPen(theme.CARD_FILL, 1.0))
        painter.setBrush(QBrush(color))
        painter.drawRoundedRect(chip, chip.height() / 2, chip.height() / 2)
        painter.setPen(QColor("#1b1d22"))
        painter.setFont(self._small_font)
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, text)
        return chip.width() + 8

    def _paint_verdict(self, painter: QPainter, width: float) -> float:
        """The verdict chip at the header's right end; returns the width it takes."""
        fm = QFontMetricsF(self._small_font)
        text_w = fm.horizontalAdvance(self.verdict or "")
        chip = QRectF(width - text_w - 16, 3, text_w + 10, theme.HEADER_HEIGHT - 6)
        painter.setPen(QPen(theme.CARD_FILL, 1.0))
        painter.setBrush(QBrush(self.badge[0]))  # type: ignore[index]
        painter.drawRoundedRect(chip, chip.height() / 2, chip.height() / 2)
        painter.setPen(QColor("white"))
        painter.setFont(self._small_font)
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, self.verdict or "")
        return chip.width() + 8

    def _paint_overview(self, painter: QPainter, rect: QRectF, lod: float) -> None:
        """Zoomed out: only the id, about 11 px on screen, smaller only if it would not fit."""
        size = 8.5 / lod
        room = rect.width() - 10
        if self._id_width is None or self._id_width[0] != self.title:  # its width at 10 pt, measured once
            self._id_width = (self.title, QFontMetricsF(theme.font(10, bold=True)).horizontalAdvance(self.title))
        width = self._id_width[1] * size / 10
        if width > room:
            size *= 0.97 * room / width
        key = max(2, int(size * 2))  # half-point steps, rounded down so the id still fits
        font = self._overview_fonts.get(key)
        if font is None:
            font = self._overview_fonts[key] = theme.font(key / 2, bold=True)
        painter.setPen(theme.TEXT)
        painter.setFont(font)
        text = QFontMetricsF(font).elidedText(self.title, Qt.TextElideMode.ElideRight, room)
        painter.drawText(rect.adjusted(4, 0, -4, 0), Qt.AlignmentFlag.AlignCenter, text)
