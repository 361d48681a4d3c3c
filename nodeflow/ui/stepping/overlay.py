"""The numbers of a step drawn on the canvas: a chip under each card (its output, the gradient
on it, or how much its weights moved) and one on each wire (the values on it going forward,
the gradient flowing back along it going backward).

Chips are scene items of their own (not part of the document), above the cards, and ignore
the mouse, so editing works as before; `clear()` removes them.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from nodeflow.compute.explain import num, summary
from nodeflow.compute.stepper import StepRecord
from nodeflow.ui.canvas import theme

COLORS = {"forward": QColor("#5ba8f5"), "backward": QColor("#f2994a"), "update": QColor("#7ee081")}


class ValueChip(QGraphicsItem):
    """A small rounded label in the phase's colour; `text` is what it shows."""

    Type = QGraphicsItem.UserType + 40

    def __init__(self, text: str, color: QColor, node: str | None = None) -> None:
        super().__init__()
        self.text = text
        self.node = node
        """The node a click on the chip selects (so Explain shows how the number came about)."""
        self.color = QColor(color)
        self._font = theme.font(theme.SMALL_FONT_SIZE)
        fm = QFontMetricsF(self._font)
        self._rect = QRectF(0, 0, fm.horizontalAdvance(text) + 10, fm.height() + 4)
        self.setZValue(50)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton if node else Qt.MouseButton.NoButton)
        if node:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAcceptHoverEvents(True)  # for the tooltip with the whole summary

    def type(self) -> int:
        return ValueChip.Type

    def mousePressEvent(self, event: Any) -> None:
        """Explain this number: select the node it belongs to (the canvas tells the panel)."""
        scene = self.scene()
        item = scene.nodes.get(self.node) if scene is not None and hasattr(scene, "nodes") else None
        if item is None:
            event.ignore()
            return
        scene.clearSelection()
        item.setSelected(True)
        event.accept()

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-1, -1, 1, 1)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(self.color, 1.2))
        painter.setBrush(QBrush(QColor(24, 26, 32, 235)))
        painter.drawRoundedRect(self._rect, 4, 4)
        painter.setPen(self.color.lighter(120))
        painter.setFont(self._font)
        painter.drawText(self._rect, Qt.AlignmentFlag.AlignCenter, self.text)


def _abs_mean(value: Any) -> str:
    a = np.asarray(value, np.float64)
    return num(np.abs(a).mean()) if a.size else "—"


def card_texts(rec: StepRecord, phase: str, graph: Any) -> dict[str, str]:
    """What each card's chip says in `phase` (node id -> text)."""
    probe, out = rec.probe, {}
    for node, outs in probe.outputs.items():
        category = graph.nodes[node].spec.category if node in graph.nodes else ""
        if phase == "forward":
            value = next(iter(outs.values()), None)
            out[node] = f"L = {num(probe.loss)}" if category == "loss" else summary(value)
        elif phase == "backward":
            grads = probe.out_grads.get(node)
            if category == "loss":
                out[node] = "∂L/∂L = 1"
            elif grads:
                out[node] = f"∂L/∂y |μ| {_abs_mean(next(iter(grads.values())))}"
        elif phase == "update" and node in rec.weights_before:
            moved = rec.moved()[node]
            size = np.mean([np.abs(w).mean() for w in rec.weights_before[node].values()])
            share = f" ({moved / size:.2%})" if size > 0 else ""
            out[node] = f"|Δw| {num(moved)}{share}"
    return out


def wire_texts(rec: StepRecord, phase: str, graph: Any) -> dict[Any, tuple[str, str]]:
    """What each wire's chip says in `phase` (Edge -> (short text, full summary for the
    tooltip)): the values on it forward, the gradient flowing back along it backward."""
    probe, out = rec.probe, {}
    for edge in graph.edges:
        src, port = edge.src
        dst, dport = edge.dst
        if phase == "forward":
            value = probe.outputs.get(src, {}).get(port)
            if value is None and graph.nodes[src].spec.category == "data":
                value = rec.x if port == "x" else rec.y
            if value is not None and dst in probe.outputs:
                out[edge] = (short(value), summary(value))
        elif phase == "backward":
            grad = probe.in_grads.get(dst, {}).get(dport)
            if grad is not None:
                out[edge] = (f"∇ {short(grad, absolute=True)}", f"∇ {summary(grad)}")
    return out


def short(value: Any, absolute: bool = False) -> str:
    """One number for a wire: the mean (of |values| for gradients, whose mean is often ~0)."""
    a = np.asarray(value, np.float64)
    if a.size == 0:
        return "—"
    if not np.isfinite(a).all():
        return "NaN/inf"
    return ("|μ| " if absolute else "μ ") + num(np.abs(a).mean() if absolute else a.mean())


class StepOverlay:
    """Chips on `canvas` (a CanvasView) for one record and phase."""

    def __init__(self, canvas: Any) -> None:
        self.canvas = canvas
        self.cards: dict[str, ValueChip] = {}
        self.wires: dict[Any, ValueChip] = {}

    def clear(self) -> None:
        scene = self.canvas.scene()
        for chip in [*self.cards.values(), *self.wires.values()]:
            if chip.scene() is scene:
                scene.removeItem(chip)
        self.cards.clear()
        self.wires.clear()

    def show(self, rec: StepRecord | None, phase: str) -> None:
        self.clear()
        if rec is None:
            return
        scene, graph, color = self.canvas.scene(), self.canvas.graph, COLORS[phase]
        for node, text in card_texts(rec, phase, graph).items():
            item = self.canvas.node_item(node)
            if item is None:
                continue
            chip = ValueChip(text, color, node)
            chip.setToolTip(text)
            h = chip.boundingRect().height()
            chip.setPos(item.pos() + QPointF((theme.NODE_WIDTH - chip.boundingRect().width()) / 2, -h - 4))
            scene.addItem(chip)
            self.cards[node] = chip
        for edge, (text, full) in wire_texts(rec, phase, graph).items():
            wire = scene.wires.get(edge)
            if wire is None or wire.curve().elementCount() == 0:
                continue
            chip = ValueChip(text, color, edge.src[0] if phase == "forward" else edge.dst[0])
            chip.setToolTip(f"{edge}: {full}")
            mid = wire.curve().pointAtPercent(0.5)
            chip.setPos(mid + QPointF(-chip.boundingRect().width() / 2, 10))
            scene.addItem(chip)
            self.wires[edge] = chip

    def card_text(self, node: str) -> str | None:
        chip = self.cards.get(node)
        return chip.text if chip is not None else None

    def wire_text(self, edge: Any) -> str | None:
        chip = self.wires.get(edge)
        return chip.text if chip is not None else None
