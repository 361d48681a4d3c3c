"""The scene mirrors the graph document: one NodeItem per node, one WireItem per edge (with a
handle per reroute point), one FrameItem per frame.

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
from PySide6.QtGui import QBrush, QPainter, QPixmap, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from nodeflow.graph.analysis import Analysis, analyze
from nodeflow.graph.document import Edge, Frame, Graph, GraphError, Node, PortRef
from nodeflow.i18n import QT_TRANSLATE_NOOP
from nodeflow.i18n.engine import engine_text
from nodeflow.nodes import REGISTRY, NodeError
from nodeflow.ui.canvas import theme
from nodeflow.ui.canvas.fixes import Fix, fix_for
from nodeflow.ui.canvas.frame_item import FrameItem
from nodeflow.ui.canvas.layout import place_missing, spec_height
from nodeflow.ui.canvas.node_item import NodeItem
from nodeflow.ui.canvas.placement import free_spot
from nodeflow.ui.canvas.port_item import PortItem
from nodeflow.ui.canvas.wire_item import RerouteHandle, WireItem
from nodeflow.ui.commands import InsertNodeOnEdgeCommand, MoveNodesCommand
from nodeflow.ui.i18n.live import text_of

LOCKED_MESSAGE = QT_TRANSLATE_NOOP("CanvasScene", "The graph is locked while training: stop training to change its structure")


class CanvasScene(QGraphicsScene):
    analysisChanged = Signal(object)
    statusMessage = Signal(str)
    nodeRenamed = Signal(str, str)
    rebuilt = Signal()
    """Every item was made again from the document (a file opened, "reset")."""

    def __init__(self, graph: Graph, undo_stack: QUndoStack, parent: Any = None,
                 analyzer: Callable[[Graph], Analysis] | None = None) -> None:
        super().__init__(parent)
        self.graph = graph
        self.analyzer: Callable[[Graph], Analysis] = analyzer or analyze
        """How this scene's document (and trial copies of it) are analysed: `analyze`, or inside an
        entered block the outer graph's analysis read back by inner id (`blocks.inner_analysis`)."""
        self.undo_stack = undo_stack
        self.nodes: dict[str, NodeItem] = {}
        self.wires: dict[Edge, WireItem] = {}
        self.frames: dict[str, FrameItem] = {}
        self._wires_of: dict[str, set[WireItem]] = {}
        self._frame_of: dict[str, str] = {}
        self.snap = False
        self.locked = False
        self._dragging = False
        self._drag_start: dict[str, tuple[float, float] | None] = {}
        self._drag_handles: dict[Edge, list[tuple[float, float]]] = {}
        self._frame_drag: dict[QGraphicsItem, QPointF] = {}
        self._reselect: set[str] = set()
        self._bounds: QRectF | None = None
        self.bounds_version = 0
        """Counts recomputations of `items_bounds`, so the minimap re-places itself only then."""
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
            "node_renamed": self._on_node_renamed,
            "edge_added": self._on_edge_added,
            "edge_removed": self._on_edge_removed,
            "reroutes_changed": self._on_reroutes_changed,
            "node_moved": self._on_node_moved,
            "bypass_changed": lambda node: self.nodes[node.id].set_bypassed(node.bypass) if node.id in self.nodes else None,
            "frame_added": self._on_frame_added,
            "frame_removed": self._on_frame_removed,
            "frame_changed": self._on_frame_changed,
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
        self._reselect.clear()
        analysis = self.analyzer(self.graph)
        self._analysis = analysis
        for node_id, item in self.nodes.items():
            node = self.graph.nodes[node_id]
            inferred = analysis.inferred.get(node_id)
            error = analysis.errors.get(node_id)
            error = engine_text(error) if error else error
            item.refresh(
                node,
                analysis.params.get(node_id),
                inferred.param_count if inferred is not None
                else analysis.node_param_count(node_id) if node.block is not None else 0,
                error,
                fix_for(self.graph, analysis, node_id) if error else None,
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
        if kind not in ("param_changed", "training_changed", "renamed"):
            self._bounds = None
        self._schedule()

    def rebuild(self) -> None:
        """Recreate every item from the document (initial load and "reset")."""
        for item in [*self.nodes.values(), *self.wires.values(), *self.frames.values()]:
            self.removeItem(item)
        self.nodes.clear()
        self.wires.clear()
        self.frames.clear()
        self._wires_of.clear()
        self._frame_of.clear()
        for node in self.graph.nodes.values():
            self._on_node_added(node)
        self._layout_missing()
        for edge in self.graph.edges:
            self._on_edge_added(edge)
        for frame in self.graph.frames.values():
            self._on_frame_added(frame)
        self._schedule()
        self.rebuilt.emit()

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
        if node.id in self._reselect:  # put back by the same edit (a type swap): keep it selected
            item.setSelected(True)

    def _on_node_removed(self, node: Node) -> None:
        item = self.nodes.pop(node.id, None)
        if item is not None:
            if item.isSelected():
                self._reselect.add(node.id)
            self.removeItem(item)
        for wire in self._wires_of.pop(node.id, set()):
            self._drop_wire(wire.edge)

    def _on_node_renamed(self, old: str, new: str) -> None:
        item = self.nodes.pop(old, None)
        if item is None:
            return
        item.rename(new)
        self.nodes[new] = item
        self._wires_of[new] = self._wires_of.pop(old, set())
        renamed = {}
        for edge, wire in list(self.wires.items()):
            if old in (edge.src[0], edge.dst[0]):
                del self.wires[edge]
                wire.edge = Edge((new if edge.src[0] == old else edge.src[0], edge.src[1]),
                                 (new if edge.dst[0] == old else edge.dst[0], edge.dst[1]))
                wire.setToolTip(f"{wire.edge}: {wire.label}" if wire.label else str(wire.edge))
                renamed[wire.edge] = wire
        self.wires.update(renamed)
        if old in self._frame_of:
            self._frame_of[new] = self._frame_of.pop(old)
        if old in self._reselect:
            self._reselect.add(new)
        self.nodeRenamed.emit(old, new)

    def _on_edge_added(self, edge: Edge) -> None:
        if edge.src[0] not in self.nodes or edge.dst[0] not in self.nodes:
            return
        wire = WireItem(edge)
        self.wires[edge] = wire
        self._wires_of[edge.src[0]].add(wire)
        self._wires_of[edge.dst[0]].add(wire)
        self.addItem(wire)
        points = self.graph.reroutes.get(edge)
        if points:
            wire.set_points(points)
        self._route(wire)

    def _on_edge_removed(self, edge: Edge) -> None:
        self._drop_wire(edge)

    def _on_reroutes_changed(self, edge: Edge) -> None:
        wire = self.wires.get(edge)
        if wire is not None:
            wire.set_points(self.graph.reroutes.get(edge, []))

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

    def _on_frame_added(self, frame: Frame) -> None:
        item = FrameItem(frame)
        item.set_frame(frame)
        self.frames[frame.id] = item
        self.addItem(item)
        for n in frame.nodes:
            self._frame_of[n] = frame.id
        self._fit_frame(frame.id)

    def _on_frame_removed(self, frame: Frame) -> None:
        item = self.frames.pop(frame.id, None)
        if item is not None:
            self.removeItem(item)
        for n in [n for n, f in self._frame_of.items() if f == frame.id]:
            del self._frame_of[n]

    def _on_frame_changed(self, frame: Frame) -> None:
        item = self.frames.get(frame.id)
        if item is None:
            return
        item.set_frame(frame)
        for n in [n for n, f in self._frame_of.items() if f == frame.id]:
            del self._frame_of[n]
        for n in frame.nodes:
            self._frame_of[n] = frame.id
        self._fit_frame(frame.id)

    def _fit_frame(self, frame_id: str) -> None:
        item, frame = self.frames.get(frame_id), self.graph.frames.get(frame_id)
        if item is None or frame is None:
            return
        item.fit([self.nodes[n].sceneBoundingRect() for n in frame.nodes if n in self.nodes])

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
        self._bounds = None
        for wire in self._wires_of.get(item.node_id, ()):
            self._route(wire)
        frame_id = self._frame_of.get(item.node_id)
        if frame_id is not None:
            self._fit_frame(frame_id)

    def snapped(self, item: NodeItem, pos: QPointF) -> QPointF:
        """Where a dragged card lands: on the grid when snapping is on."""
        if not (self.snap and self._dragging):
            return pos
        g = theme.GRID
        return QPointF(round(pos.x() / g) * g, round(pos.y() / g) * g)

    def handle_moved(self) -> None:
        self._bounds = None

    def card_rects(self, exclude: set[str] | None = None) -> list[QRectF]:
        return [item.sceneBoundingRect() for n, item in self.nodes.items() if not exclude or n not in exclude]

    def free_position(self, type_name: str, near: QPointF, exclude: set[str] | None = None) -> tuple[float, float]:
        """Top-left for a new card of this type whose top-left would be `near`, moved so that
        it covers no other card."""
        try:
            spec = REGISTRY.get(type_name)
        except NodeError as exc:
            raise GraphError(str(exc)) from None
        want = QRectF(near.x(), near.y(), theme.NODE_WIDTH, spec_height(spec))
        spot = free_spot(self.card_rects(exclude), want)
        return (spot.x(), spot.y())

    def items_bounds(self) -> QRectF:
        """Everything drawn: cards, wires (their curves and labels) and frames. Kept until the
        document or a card's place changes (the minimap asks on every scene change)."""
        if self._bounds is None:
            rect = QRectF()
            for item in [*self.nodes.values(), *self.wires.values(), *self.frames.values()]:
                rect = rect.united(item.sceneBoundingRect())
            self._bounds = rect
            self.bounds_version += 1
        return QRectF(self._bounds)

    # ----------------------------------------------------------- mouse drags
    @property
    def is_dragging(self) -> bool:
        return self._dragging

    def begin_drag(self) -> None:
        self._dragging = True
        self._drag_start = {n: self.graph.nodes[n].pos for n in self.selected_node_ids()}
        self._drag_handles = {
            wire.edge: list(self.graph.reroutes.get(wire.edge, []))
            for wire in {h.wire for h in self.selected_handles()}
        }

    def begin_frame_drag(self, frame_id: str) -> None:
        """A frame's title pressed: its cards and the reroute points between them will move."""
        frame = self.graph.frames.get(frame_id)
        if frame is None:
            return
        members = set(frame.nodes)
        self._dragging = True
        self._drag_start = {n: self.graph.nodes[n].pos for n in frame.nodes}
        wires = [w for e, w in self.wires.items() if e.src[0] in members and e.dst[0] in members and w.handles]
        self._drag_handles = {w.edge: list(self.graph.reroutes.get(w.edge, [])) for w in wires}
        self._frame_drag = {self.nodes[n]: self.nodes[n].pos() for n in frame.nodes if n in self.nodes}
        for w in wires:
            for h in w.handles:
                self._frame_drag[h] = h.pos()

    def frame_drag_to(self, delta: QPointF) -> None:
        if self.snap:
            g = theme.GRID
            delta = QPointF(round(delta.x() / g) * g, round(delta.y() / g) * g)
        for item, start in self._frame_drag.items():
            item.setPos(start + delta)

    def end_drag(self) -> None:
        """One MoveNodesCommand per drag, covering every card and reroute point that moved."""
        self._dragging = False
        self._frame_drag = {}
        moves = {}
        for node_id, old in self._drag_start.items():
            item = self.nodes.get(node_id)
            if item is None:
                continue
            new = (item.pos().x(), item.pos().y())
            if old is None or (abs(new[0] - old[0]) > 1e-6 or abs(new[1] - old[1]) > 1e-6):
                moves[node_id] = (old, new)
        points = {}
        for edge, old in self._drag_handles.items():
            wire = self.wires.get(edge)
            if wire is not None and wire.points() != old:
                points[edge] = (old, wire.points())
        self._drag_start, self._drag_handles = {}, {}
        if moves or points:
            self.undo_stack.push(MoveNodesCommand(self.graph, moves, points))

    # ------------------------------------------------------------- selection
    def selected_node_ids(self) -> list[str]:
        return [i.node_id for i in self.selectedItems() if isinstance(i, NodeItem)]

    def selected_edges(self) -> list[Edge]:
        return [i.edge for i in self.selectedItems() if isinstance(i, WireItem)]

    def selected_handles(self) -> list[RerouteHandle]:
        return [i for i in self.selectedItems() if isinstance(i, RerouteHandle)]

    def selected_frames(self) -> list[str]:
        return [i.frame_id for i in self.selectedItems() if isinstance(i, FrameItem)]

    # ------------------------------------------------------------ structural
    def push(self, make: Callable[[], QUndoCommand]) -> bool:
        """Build and push a structural command unless the graph is locked or the command
        refuses (GraphError); the reason goes to the status bar."""
        if self.locked:
            self.statusMessage.emit(text_of(LOCKED_MESSAGE))
            return False
        try:
            command = make()
        except GraphError as exc:
            self.statusMessage.emit(engine_text(str(exc)))
            return False
        self.undo_stack.push(command)
        return not getattr(self.undo_stack, "refused", False)  # inside a block: an edit taken back

    def apply_fix(self, fix: Fix) -> None:
        """Insert the fix's node type on the wire into the port that does not fit (the
        "insert Flatten" fix), between the two cards where there is room, else near them."""
        node = self.graph.nodes.get(fix.node)
        edge = self.graph.incoming(fix.node).get(fix.port) if node is not None else None
        if edge is None:
            self.statusMessage.emit(self.tr("{node}: no incoming wire to insert a {type} on").format(node=fix.node, type=fix.insert))
            return
        pos = self.between(edge.src[0], edge.dst[0], fix.insert)
        self.push(lambda: InsertNodeOnEdgeCommand(self.graph, edge, fix.insert, pos))

    def between(self, a: str, b: str, type_name: str) -> tuple[float, float]:
        """A free place for a new card between cards `a` and `b` (or next to either)."""
        ra, rb = self.nodes[a].sceneBoundingRect(), self.nodes[b].sceneBoundingRect()
        mid = (ra.center() + rb.center()) / 2
        want = QPointF(mid.x() - theme.NODE_WIDTH / 2, min(ra.top(), rb.top()))
        return self.free_position(type_name, want)

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
