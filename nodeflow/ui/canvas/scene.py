"""The scene mirrors the graph document: one NodeItem per node, one WireItem per edge.

Items are created, removed and updated only from `graph.changed` events, so the canvas can
never disagree with the document. After any change the analysis is re-run once, from a
zero-timer, so a burst of edits (a paste of 50 nodes, an undo of a delete) analyses once.
Edits made with the mouse become undo commands pushed on the shared QUndoStack.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPixmap, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsSimpleTextItem

from nodeflow.graph.analysis import Analysis, analyze
from nodeflow.graph.document import Edge, Graph, GraphError, Node, PortRef
from nodeflow.ui.canvas import theme
from nodeflow.ui.canvas.layout import place_missing
from nodeflow.ui.canvas.node_item import NodeItem
from nodeflow.ui.canvas.port_item import PortItem
from nodeflow.ui.canvas.wire_item import WireItem
from nodeflow.ui.commands import InsertNodeOnEdgeCommand, MoveNodesCommand

LOCKED_MESSAGE = "The graph is locked while training: stop training to change its structure"


class CanvasScene(QGraphicsScene):
    analysisChanged = Signal(object)
    statusMessage = Signal(str)

    def __init__(self, graph: Graph, undo_stack: QUndoStack, parent: Any = None) -> None:
        super().__init__(parent)
        self.graph = graph
        self.undo_stack = undo_stack
        self.nodes: dict[str, NodeItem] = {}
        self.wires: dict[Edge, WireItem] = {}
        self._wires_of: dict[str, set[WireItem]] = {}
        self.snap = False
        self.locked = False
        self._dragging = False
        self._drag_start: dict[str, tuple[float, float] | None] = {}
        self._analysis: Analysis | None = None
        self._dirty = True
        self._paused = False
        self._grid_brushes: dict[str, QBrush] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._reanalyze)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self._handlers: dict[str, Callable[..., None]] = {
            "node_added": self._on_node_added,
            "node_removed": self._on_node_removed,
            "edge_added": self._on_edge_added,
            "edge_removed": self._on_edge_removed,
            "node_moved": self._on_node_moved,
            "reset": lambda: self.rebuild(),
        }
        graph.changed.connect(self._on_changed)
        self.rebuild()

    def detach(self) -> None:
        """Stop listening to the document (the view is going away)."""
        self.graph.changed.disconnect(self._on_changed)
        self._timer.stop()

    # -------------------------------------------------------------- analysis
    @property
    def analysis(self) -> Analysis:
        """The analysis of the current document (computed now if a change is pending)."""
        if self._analysis is None or self._dirty:
            self._reanalyze()
        assert self._analysis is not None
        return self._analysis

    def _schedule(self) -> None:
        self._dirty = True
        if not self._timer.isActive() and not self._paused:
            self._timer.start()

    def pause_analysis(self, paused: bool) -> None:
        """While the view is hidden no timer runs; a pending analysis runs when it shows again
        (or at once when someone asks for `analysis`)."""
        self._paused = paused
        if paused:
            self._timer.stop()
        elif self._dirty:
            self._timer.start()

    def _reanalyze(self) -> None:
        self._timer.stop()
        self._dirty = False
        analysis = analyze(self.graph)
        self._analysis = analysis
        for node_id, item in self.nodes.items():
            node = self.graph.nodes[node_id]
            inferred = analysis.inferred.get(node_id)
            item.refresh(
                node,
                analysis.params.get(node_id),
                inferred.param_count if inferred is not None else 0,
                analysis.errors.get(node_id),
            )
        for edge, wire in self.wires.items():
            t = analysis.output_type(edge.src)
            wire.set_label("" if t is None else str(t))
        self.analysisChanged.emit(analysis)

    # ---------------------------------------------------------- model events
    def _on_changed(self, kind: str, *args: Any) -> None:
        if not shiboken6.isValid(self):  # the view was destroyed without detaching
            self.graph.changed.disconnect(self._on_changed)
            return
        handler = self._handlers.get(kind)
        if handler is not None:
            handler(*args)
        self._schedule()

    def rebuild(self) -> None:
        """Recreate every item from the document (initial load and "reset")."""
        for item in list(self.nodes.values()):
            self.removeItem(item)
        for wire in list(self.wires.values()):
            self.removeItem(wire)
        self.nodes.clear()
        self.wires.clear()
        self._wires_of.clear()
        for node in self.graph.nodes.values():
            self._on_node_added(node)
        self._layout_missing()
        for edge in self.graph.edges:
            self._on_edge_added(edge)
        self._schedule()

    def _layout_missing(self) -> None:
        """Give positions to nodes that have none (files written by hand or by scripts)."""
        missing = place_missing(self.graph, lambda n: self.nodes[n].height if n in self.nodes else 100.0)
        if not missing:
            return
        self.graph.changed.disconnect(self._on_changed)
        try:
            for node_id, pos in missing.items():
                self.graph.move_node(node_id, pos)
                self.nodes[node_id].setPos(QPointF(*pos))
        finally:
            self.graph.changed.connect(self._on_changed)

    def _on_node_added(self, node: Node) -> None:
        item = NodeItem(node)
        self.nodes[node.id] = item
        self._wires_of.setdefault(node.id, set())
        self.addItem(item)
        item.refresh(node, None, 0, None)

    def _on_node_removed(self, node: Node) -> None:
        item = self.nodes.pop(node.id, None)
        if item is not None:
            self.removeItem(item)
        for wire in self._wires_of.pop(node.id, set()):
            self._drop_wire(wire.edge)

    def _on_edge_added(self, edge: Edge) -> None:
        if edge.src[0] not in self.nodes or edge.dst[0] not in self.nodes:
            return
        wire = WireItem(edge)
        self.wires[edge] = wire
        self._wires_of[edge.src[0]].add(wire)
        self._wires_of[edge.dst[0]].add(wire)
        self.addItem(wire)
        self._route(wire)

    def _on_edge_removed(self, edge: Edge) -> None:
        self._drop_wire(edge)

    def _drop_wire(self, edge: Edge) -> None:
        wire = self.wires.pop(edge, None)
        if wire is None:
            return
        for n in (edge.src[0], edge.dst[0]):
            self._wires_of.get(n, set()).discard(wire)
        self.removeItem(wire)

    def _on_node_moved(self, node: Node) -> None:
        item = self.nodes.get(node.id)
        if item is not None and node.pos is not None and (item.pos().x(), item.pos().y()) != node.pos:
            item.setPos(QPointF(*node.pos))

    # -------------------------------------------------------------- geometry
    def port_item(self, ref: PortRef) -> PortItem | None:
        item = self.nodes.get(ref[0])
        return None if item is None else item.port(ref[1])

    def port_scene_pos(self, ref: PortRef) -> QPointF:
        port = self.port_item(ref)
        if port is None:
            raise GraphError(f"no port {ref[0]}.{ref[1]} on the canvas", ref[0])
        return port.scenePos()

    def _route(self, wire: WireItem) -> None:
        a, b = self.port_item(wire.edge.src), self.port_item(wire.edge.dst)
        if a is not None and b is not None:
            wire.set_ends(a.scenePos(), b.scenePos())

    def node_item_moved(self, item: NodeItem) -> None:
        for wire in self._wires_of.get(item.node_id, ()):
            self._route(wire)

    def snapped(self, item: NodeItem, pos: QPointF) -> QPointF:
        """Where a dragged card lands: on the grid when snapping is on."""
        if not (self.snap and self._dragging):
            return pos
        g = theme.GRID
        return QPointF(round(pos.x() / g) * g, round(pos.y() / g) * g)

    # ----------------------------------------------------------- mouse drags
    def begin_drag(self) -> None:
        self._dragging = True
        self._drag_start = {n: self.graph.nodes[n].pos for n in self.selected_node_ids()}

    def end_drag(self) -> None:
        """One MoveNodesCommand per drag, covering every selected card that moved."""
        self._dragging = False
        moves = {}
        for node_id, old in self._drag_start.items():
            item = self.nodes.get(node_id)
            if item is None:
                continue
            new = (item.pos().x(), item.pos().y())
            if old is None or (abs(new[0] - old[0]) > 1e-6 or abs(new[1] - old[1]) > 1e-6):
                moves[node_id] = (old, new)
        self._drag_start = {}
        if moves:
            self.undo_stack.push(MoveNodesCommand(self.graph, moves))

    # ------------------------------------------------------------- selection
    def selected_node_ids(self) -> list[str]:
        return [i.node_id for i in self.selectedItems() if isinstance(i, NodeItem)]

    def selected_edges(self) -> list[Edge]:
        return [i.edge for i in self.selectedItems() if isinstance(i, WireItem)]

    # ------------------------------------------------------------ structural
    def push(self, make: Callable[[], QUndoCommand]) -> bool:
        """Build and push a structural command unless the graph is locked or the command
        refuses (GraphError); the reason goes to the status bar."""
        if self.locked:
            self.statusMessage.emit(LOCKED_MESSAGE)
            return False
        try:
            command = make()
        except GraphError as exc:
            self.statusMessage.emit(str(exc))
            return False
        self.undo_stack.push(command)
        return True

    def apply_fix(self, node_id: str, type_name: str) -> None:
        """Insert `type_name` on the node's first incoming wire (the "insert Flatten" fix)."""
        node = self.graph.nodes.get(node_id)
        if node is None:
            return
        incoming = self.graph.incoming(node_id)
        edge = next((incoming[p] for p in node.spec.inputs if p in incoming), None)
        if edge is None:
            self.statusMessage.emit(f"{node_id}: no incoming wire to insert a {type_name} on")
            return
        self.push(lambda: InsertNodeOnEdgeCommand(self.graph, edge, type_name))

    def flash(self, text: str, pos: QPointF, color: QColor = theme.ERROR, msec: int = 2500) -> QGraphicsSimpleTextItem:
        """A transient message near a point (e.g. why a wire was refused)."""
        item = QGraphicsSimpleTextItem(text)
        item.setBrush(color)
        item.setFont(theme.font(theme.BODY_FONT_SIZE, bold=True))
        item.setPos(pos + QPointF(12, -24))
        item.setZValue(100)
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.addItem(item)
        QTimer.singleShot(msec, self, lambda: item.scene() is self and self.removeItem(item))
        return item

    # ------------------------------------------------------------ background
    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        """A dotted grid from a tiled texture (one fill, no per-dot work); coarser when zoomed out."""
        painter.fillRect(rect, theme.BACKGROUND)
        scale = painter.worldTransform().m11()
        fine = scale >= 0.5
        if scale * (theme.GRID if fine else theme.GRID * 5) < 6:
            return
        brush = self._grid_brush(fine)
        painter.fillRect(rect, brush)

    def _grid_brush(self, fine: bool) -> QBrush:
        key = "fine" if fine else "coarse"
        if key not in self._grid_brushes:
            step = theme.GRID if fine else theme.GRID * 5
            dot = 1.3 if fine else 4.0
            tile = QPixmap(step, step)
            tile.fill(Qt.GlobalColor.transparent)
            p = QPainter(tile)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(theme.GRID_DOT)
            p.drawEllipse(QPointF(0, 0), dot, dot)
            p.drawEllipse(QPointF(step, 0), dot, dot)
            p.drawEllipse(QPointF(0, step), dot, dot)
            p.drawEllipse(QPointF(step, step), dot, dot)
            p.end()
            self._grid_brushes[key] = QBrush(tile)
        return self._grid_brushes[key]
