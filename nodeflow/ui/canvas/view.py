"""The canvas view: zoom, pan, rubber-band selection, wiring by dragging between ports,
drops from the palette, quick search, clipboard and the training lock.

Every edit goes through an undo command on the shared QUndoStack; the scene redraws from the
document's change events. Signals: `selectionChangedNodes(list[str])`, `analysisChanged(Analysis)`
after every document change (and once after construction), `statusMessage(str)`.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCursor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QUndoStack,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QWidget

from nodeflow.graph.analysis import Analysis, analyze
from nodeflow.graph.document import Edge, Graph, GraphError, PortRef
from nodeflow.nodes import NodeError
from nodeflow.ui.canvas import clipboard, theme
from nodeflow.ui.canvas.node_item import NodeItem
from nodeflow.ui.canvas.port_item import PortItem
from nodeflow.ui.canvas.quick_search import QuickSearch
from nodeflow.ui.canvas.scene import CanvasScene
from nodeflow.ui.canvas.wire_item import RubberWire
from nodeflow.ui.commands import (
    AddNodeCommand,
    ConnectCommand,
    PasteCommand,
    RemoveEdgesCommand,
    RemoveNodesCommand,
    RewireCommand,
)

NODE_MIME = "application/x-nodeflow-node-type"
PASTE_STEP = 40.0


class CanvasView(QGraphicsView):
    selectionChangedNodes = Signal(list)
    analysisChanged = Signal(object)
    statusMessage = Signal(str)

    def __init__(self, graph: Graph, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("canvas")
        self.graph = graph
        self.undo_stack = undo_stack
        self._scene = CanvasScene(graph, undo_stack, self)
        self.setScene(self._scene)
        self._scene.analysisChanged.connect(self.analysisChanged)
        self._scene.statusMessage.connect(self._status)
        self._scene.selectionChanged.connect(self._emit_selection)
        graph.changed.connect(self._on_graph_changed)
        self.setSceneRect(QRectF(-1e6, -1e6, 2e6, 2e6))  # room to pan anywhere
        self.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing, True)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.quick_search = QuickSearch(self)
        self.quick_search.chosen.connect(self._quick_search_chosen)
        self._search_pos = QPointF()
        self._pan_last: QPoint | None = None
        self._space = False
        self._swallow_release = False
        self._wire: RubberWire | None = None
        self._wire_from: PortItem | None = None
        self._wire_states: dict[PortItem, str] = {}
        self._picked: Edge | None = None
        """The wire lifted off an input by the drag in progress (drawn hidden until dropped)."""
        self._paste_text: str | None = None
        self._paste_count = 0
        QTimer.singleShot(0, self, self.zoom_to_fit)

    # ------------------------------------------------------------- interface
    @property
    def analysis(self) -> Analysis:
        return self._scene.analysis

    def node_item(self, node_id: str) -> NodeItem | None:
        return self._scene.nodes.get(node_id)

    def port_scene_pos(self, ref: PortRef) -> QPointF:
        return self._scene.port_scene_pos(ref)

    def set_snap_to_grid(self, on: bool) -> None:
        self._scene.snap = bool(on)

    def set_locked(self, locked: bool) -> None:
        """Training lock: structural edits are refused with a status message; selecting and
        moving stay possible."""
        self._scene.locked = bool(locked)
        if locked:
            self._cancel_wire()
            self.quick_search.hide()

    @property
    def locked(self) -> bool:
        return self._scene.locked

    def add_node_at(self, type_name: str, scene_pos: QPointF | tuple[float, float]) -> str | None:
        """Add a node whose header is centred under `scene_pos`; returns its id (None if refused)."""
        p = QPointF(*scene_pos) if isinstance(scene_pos, tuple) else QPointF(scene_pos)
        x, y = p.x() - theme.NODE_WIDTH / 2, p.y() - theme.HEADER_HEIGHT / 2
        if self._scene.snap:
            x, y = round(x / theme.GRID) * theme.GRID, round(y / theme.GRID) * theme.GRID
        made: list[AddNodeCommand] = []

        def make() -> AddNodeCommand:
            made.append(AddNodeCommand(self.graph, type_name, {}, (x, y)))
            return made[0]

        if not self._scene.push(make):
            return None
        node_id = made[0].node_id
        self._select([node_id])
        return node_id

    def delete_selected(self) -> None:
        nodes = self._scene.selected_node_ids()
        edges = [e for e in self._scene.selected_edges() if e.src[0] not in nodes and e.dst[0] not in nodes]
        if not nodes and not edges:
            return
        if self.locked:
            self._status("The graph is locked while training: stop training to change its structure")
            return
        self.undo_stack.beginMacro("Delete" if nodes and edges else "")
        try:
            if nodes:
                self._scene.push(lambda: RemoveNodesCommand(self.graph, nodes))
            if edges:
                self._scene.push(lambda: RemoveEdgesCommand(self.graph, edges))
        finally:
            self.undo_stack.endMacro()

    def copy_selected(self) -> bool:
        nodes = self._scene.selected_node_ids()
        if not nodes:
            self._status("Nothing selected to copy")
            return False
        clipboard.copy_nodes(self.graph, nodes)
        return True

    def cut_selected(self) -> None:
        if self.locked:
            self._status("The graph is locked while training: stop training to change its structure")
            return
        if self.copy_selected():
            self.delete_selected()

    def paste(self) -> list[str]:
        """Paste the clipboard's nodes, shifted a little more each time the same text is pasted."""
        text = clipboard.clipboard_text()
        if text is None:
            self._status("The clipboard holds no nodeflow nodes")
            return []
        if text != self._paste_text:
            self._paste_text, self._paste_count = text, 0
        self._paste_count += 1
        try:
            nodes, edges = clipboard.from_text(text)
        except GraphError as exc:
            self._status(f"Cannot paste: {exc}")
            return []
        step = PASTE_STEP * self._paste_count
        return self._paste(nodes, edges, (step, step))

    def duplicate_selected(self) -> list[str]:
        ids = self._scene.selected_node_ids()
        if not ids:
            return []
        part = clipboard.subgraph(self.graph, ids)
        return self._paste(list(part.nodes.values()), part.edges, (PASTE_STEP, PASTE_STEP))

    def select_all(self) -> None:
        for item in [*self._scene.nodes.values(), *self._scene.wires.values()]:
            item.setSelected(True)

    def select_same_type(self) -> list[str]:
        """Select every node of the selected nodes' types (all eight Sigmoids of a deep stack,
        to change them to ReLU together); returns the selected ids."""
        types = {self.graph.nodes[n].type for n in self._scene.selected_node_ids()}
        ids = [n for n, node in self.graph.nodes.items() if node.type in types]
        if ids:
            self._select(ids)
        return ids

    def zoom_to_fit(self) -> None:
        rect = QRectF()
        for item in self._scene.nodes.values():
            rect = rect.united(item.sceneBoundingRect())
        if rect.isNull():
            self.resetTransform()
            self.centerOn(0, 0)
            return
        self.fitInView(rect.adjusted(-60, -60, 60, 60), Qt.AspectRatioMode.KeepAspectRatio)
        scale = self.transform().m11()
        clamped = min(max(scale, theme.ZOOM_MIN), 1.25)
        if clamped != scale:
            self.scale(clamped / scale, clamped / scale)
            self.centerOn(rect.center())

    # --------------------------------------------------------------- helpers
    def _status(self, text: str) -> None:
        self.statusMessage.emit(text)

    def _emit_selection(self) -> None:
        try:
            self.selectionChangedNodes.emit(self._scene.selected_node_ids())
        except RuntimeError:  # the scene is being torn down
            pass

    def _on_graph_changed(self, kind: str, *args: Any) -> None:
        if not shiboken6.isValid(self):  # destroyed while the document lives on
            self.graph.changed.disconnect(self._on_graph_changed)
            return
        if kind == "reset":
            QTimer.singleShot(0, self, self.zoom_to_fit)

    def _select(self, node_ids: list[str]) -> None:
        self._scene.clearSelection()
        for n in node_ids:
            item = self._scene.nodes.get(n)
            if item is not None:
                item.setSelected(True)

    def _paste(self, nodes: list, edges: list, offset: tuple[float, float]) -> list[str]:
        made: list[PasteCommand] = []

        def make() -> PasteCommand:
            made.append(PasteCommand(self.graph, nodes, edges, offset))
            return made[0]

        if not nodes or not self._scene.push(make):
            return []
        ids = list(made[0].id_map.values())
        self._select(ids)
        return ids

    def _port_at(self, pos: QPoint) -> PortItem | None:
        return next((i for i in self.items(pos) if isinstance(i, PortItem)), None)

    # --------------------------------------------------------------- wiring
    def _ends(self, start: PortItem, other: PortItem) -> tuple[PortRef, PortRef]:
        return (start.ref, other.ref) if start.is_output else (other.ref, start.ref)

    def quick_refusal(self, src: PortRef, dst: PortRef) -> str | None:
        """A cheap check for highlighting while dragging: port rules, then the destination's
        own shape rule fed with the types the current analysis knows."""
        try:
            self.graph.check_connection(src, dst, replace=True)  # an occupied input: its wire is replaced
        except GraphError as exc:
            return str(exc)
        a = self._scene.analysis
        t = a.output_type(src)
        params = a.params.get(dst[0])
        if t is None or params is None:
            return None
        spec = self.graph.nodes[dst[0]].spec
        inputs = dict(a.input_types(dst[0]))
        inputs[dst[1]] = t
        if any(p not in inputs for p in spec.inputs):
            return None
        try:
            spec.infer(params, inputs)
        except NodeError as exc:
            return f"{dst[0]}: {exc}"
        except Exception:  # a faulty shape rule: let the full check decide
            return None
        return None

    def refusal(self, src: PortRef, dst: PortRef, remove: list[Edge] | None = None) -> str | None:
        """Why `src -> dst` must not be wired (after taking out the wires in `remove`), or None:
        port rules, then the analysis of a copy of the graph with the wire added — a new error
        on the destination (a shape mismatch, a cycle) refuses it; a still-unconnected second
        input does not."""
        trial = self.graph.copy()
        for edge in remove or ():
            trial.disconnect(edge)
        try:
            trial.check_connection(src, dst)
        except GraphError as exc:
            return str(exc)
        before = self._scene.analysis.errors.get(dst[0])
        trial.connect(src, dst)
        after = analyze(trial)
        message = after.errors.get(dst[0])
        if message and message != before and dst[0] not in after.inferred and "not connected" not in message:
            return message
        return None

    def _start_wire(self, port: PortItem) -> None:
        if self.locked:
            self._status("The graph is locked while training: stop training to change its structure")
            return
        source = None if port.is_output else self.graph.source_of(port.ref)
        if source is not None and self._scene.port_item(source) is not None:
            # a connected input: lift its wire off and carry it by its loose end
            self._picked = Edge(source, port.ref)
            self._scene.wires[self._picked].setVisible(False)
            port = self._scene.port_item(source)  # type: ignore[assignment]
        self._wire_from = port
        self._wire = RubberWire(port.scenePos(), port.is_output)
        self._scene.addItem(self._wire)
        self._wire_states = {}
        for item in self._scene.nodes.values():
            for other in (item.inputs if port.is_output else item.outputs).values():
                src, dst = self._ends(port, other)
                reason = self.quick_refusal(src, dst)
                if reason is None:
                    self._wire_states[other] = "candidate"
                    other.set_state("candidate")

    def _cancel_wire(self) -> None:
        if self._wire is not None:
            self._scene.removeItem(self._wire)
        for port in self._wire_states:
            port.set_state("")
        if self._picked is not None and self._picked in self._scene.wires:
            self._scene.wires[self._picked].setVisible(True)
        self._wire, self._wire_from, self._wire_states, self._picked = None, None, {}, None

    def _finish_wire(self, pos: QPoint) -> None:
        """Drop the dragged wire: connect, move a lifted wire, replace an occupied input's wire,
        or (a lifted wire dropped on empty canvas) remove it; each is one undo step."""
        start, picked = self._wire_from, self._picked
        target = self._port_at(pos)
        scene_pos = self.mapToScene(pos)
        self._cancel_wire()
        if start is None:
            return
        if picked is not None and target is None:
            self._scene.push(lambda: RewireCommand(self.graph, [picked], None))
            self._status(f"Removed the wire {picked.src[0]}.{picked.src[1]} → {picked.dst[0]}.{picked.dst[1]}")
            return
        if target is None or target is start or (picked is not None and target.ref == picked.dst):
            return  # dropped nowhere, or put back where it was
        remove = [picked] if picked is not None else []
        if target.is_output == start.is_output:
            reason = f"cannot wire {'an output to an output' if start.is_output else 'an input to an input'}"
        else:
            src, dst = self._ends(start, target)
            existing = self.graph.source_of(dst)
            if existing is not None and Edge(existing, dst) not in remove:
                remove.append(Edge(existing, dst))  # an occupied input: the new wire replaces its wire
            reason = self.refusal(src, dst, remove)
        if reason is None:
            src, dst = self._ends(start, target)
            if remove:
                self._scene.push(lambda: RewireCommand(self.graph, remove, (src, dst)))
            else:
                self._scene.push(lambda: ConnectCommand(self.graph, src, dst))
            return
        self._status(reason)
        self._scene.flash(reason, scene_pos)

    # ---------------------------------------------------------------- mouse
    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if event.button() == Qt.MouseButton.MiddleButton or (
            event.button() == Qt.MouseButton.LeftButton and self._space
        ):
            self._pan_last = pos
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        if event.button() == Qt.MouseButton.LeftButton:
            port = self._port_at(pos)
            if port is not None:
                self._start_wire(port)
                self._swallow_release = True
                event.accept()
                return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self._pan_last is not None:
            delta = pos - self._pan_last
            self._pan_last = pos
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        if self._wire is not None:
            self._wire.follow(self.mapToScene(pos))
            hovered = self._port_at(pos)
            for port, state in self._wire_states.items():
                port.set_state(state)
            if hovered is not None and hovered not in self._wire_states and hovered is not self._wire_from:
                hovered.set_state("refused")
                self._wire_states[hovered] = ""
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_last is not None and event.button() in (Qt.MouseButton.MiddleButton, Qt.MouseButton.LeftButton):
            self._pan_last = None
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor if self._space else Qt.CursorShape.ArrowCursor)
            event.accept()
            return
        if self._wire is not None and event.button() == Qt.MouseButton.LeftButton:
            self._finish_wire(event.position().toPoint())
        elif not self._swallow_release:
            super().mouseReleaseEvent(event)
            return
        self._swallow_release = False
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if event.button() == Qt.MouseButton.LeftButton and self.itemAt(pos) is None:
            self.open_quick_search(pos)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Zoom around the cursor, clamped to 0.1–4."""
        steps = event.angleDelta().y() / 120.0
        if not steps:
            return
        scale = self.transform().m11()
        target = min(max(scale * (1.15**steps), theme.ZOOM_MIN), theme.ZOOM_MAX)
        if target != scale:
            self.scale(target / scale, target / scale)
        event.accept()

    def showEvent(self, event: Any) -> None:
        self._scene.pause_analysis(False)
        super().showEvent(event)

    def hideEvent(self, event: Any) -> None:
        self._scene.pause_analysis(True)
        super().hideEvent(event)

    # ------------------------------------------------------------- keyboard
    def event(self, event: Any) -> bool:
        if isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress and event.key() == Qt.Key.Key_Tab:
            self.keyPressEvent(event)
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Tab:
            pos = self.viewport().mapFromGlobal(QCursor.pos())
            if not self.viewport().rect().contains(pos):
                pos = self.viewport().rect().center()
            self.open_quick_search(pos)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_selected()
        elif key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = True
            self.setDragMode(QGraphicsView.DragMode.NoDrag)
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        elif key == Qt.Key.Key_Escape:
            self._cancel_wire()
            self._scene.clearSelection()
        elif event.matches(QKeySequence.StandardKey.SelectAll):
            self.select_all()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            self._pan_last = None
            self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
            self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
            event.accept()
            return
        super().keyReleaseEvent(event)

    # --------------------------------------------------------- quick search
    def open_quick_search(self, viewport_pos: QPoint) -> None:
        if self.locked:
            self._status("The graph is locked while training: stop training to change its structure")
            return
        self._search_pos = self.mapToScene(viewport_pos)
        self.quick_search.popup(viewport_pos.x(), viewport_pos.y())

    def _quick_search_chosen(self, type_name: str) -> None:
        self.add_node_at(type_name, self._search_pos)
        self.setFocus()

    # --------------------------------------------------------- drag and drop
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(NODE_MIME):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(NODE_MIME):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        if not mime.hasFormat(NODE_MIME):
            super().dropEvent(event)
            return
        type_name = bytes(mime.data(NODE_MIME).data()).decode("utf-8", "replace").strip()
        if self.add_node_at(type_name, self.mapToScene(event.position().toPoint())) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()
