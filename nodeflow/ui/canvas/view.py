"""The canvas view: zoom, pan, rubber-band selection, wiring by dragging between ports, drops
from the palette (onto a wire: inserted on it), the quick search, the clipboard, right-click
menus, the knife and reroute gestures, the minimap, the message strip and the training lock.

Every edit goes through an undo command on the shared QUndoStack; the scene redraws from the
document's change events. Wiring lives in `wiring.py`, the other editing habits in
`editing.py`, the actions (with their shortcuts) in `actions.py`. Signals:
`selectionChangedNodes(list[str])`, `analysisChanged(Analysis)` after every document change
(and once after construction), `statusMessage(str)` for everything the canvas says.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QCursor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QUndoStack,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsView, QLabel, QWidget

from nodeflow import blocks as library
from nodeflow.graph.analysis import Analysis
from nodeflow.graph.document import Edge, Graph, GraphError, PortRef
from nodeflow.i18n import QT_TRANSLATE_NOOP
from nodeflow.i18n.engine import engine_text
from nodeflow.nodes import REGISTRY
from nodeflow.ui.canvas import clipboard, theme
from nodeflow.ui.canvas.actions import CanvasActions
from nodeflow.ui.canvas.editing import CanvasEdits
from nodeflow.ui.canvas.inline_editor import InlineEditor
from nodeflow.ui.canvas.menus import context_menu
from nodeflow.ui.canvas.message_bar import Action, CanvasMessage
from nodeflow.ui.canvas.minimap import Minimap
from nodeflow.ui.canvas.node_item import NodeItem
from nodeflow.ui.canvas.placement import free_spot
from nodeflow.ui.canvas.port_item import PortItem
from nodeflow.ui.canvas.quick_search import QuickSearch
from nodeflow.ui.canvas.scene import LOCKED_MESSAGE, CanvasScene
from nodeflow.ui.canvas.wire_item import WireItem
from nodeflow.ui.canvas.wiring import WireTool
from nodeflow.ui.commands import AddNodeCommand, InsertNodeOnEdgeCommand, PasteCommand, RemoveEdgesCommand
from nodeflow.ui.i18n.live import keep, text_of
from nodeflow.ui.layout_commands import SetReroutesCommand

NODE_MIME = "application/x-nodeflow-node-type"
PASTE_STEP = 40.0
EMPTY_HINT = QT_TRANSLATE_NOOP(
    "CanvasView",
    "An empty graph.\n\nDrag a node type from the Nodes panel, or press Tab (or double-click) to search.\n"
    "Drag from a port to wire it; right-click for everything else.\nFile ▸ Examples has graphs that train."
)


_PLUGINS_ANNOUNCED = False
"""Plugin problems are reported once per run (the first canvas), not by every window."""


class CanvasView(QGraphicsView):
    selectionChangedNodes = Signal(list)
    analysisChanged = Signal(object)
    statusMessage = Signal(str)
    documentSwitched = Signal(object, object)
    """(graph, undo stack) the canvas edits now: the inside of an entered block, or the document
    again after leaving it (the inspector follows)."""

    LOCKED = LOCKED_MESSAGE

    def __init__(self, graph: Graph, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("canvas")
        self.graph = graph
        self.undo_stack = undo_stack
        self._scene = CanvasScene(graph, undo_stack, self)
        self.setScene(self._scene)
        self._attach_scene(self._scene)
        graph.changed.connect(self._on_graph_changed)
        self.block_session: Any = None
        """The entered block (`block_session.BlockSession`), or None on the graph itself."""
        self._outer_view: tuple[Any, QPointF] | None = None
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

        self.edits = CanvasEdits(self)
        self.wiring = WireTool(self)
        self.inline = InlineEditor(self.viewport())
        self.message = CanvasMessage(self)
        self.message.shown.connect(self._place_message)
        self._message_index = -1
        undo_stack.indexChanged.connect(self._on_stack_changed)
        self.minimap = Minimap(self)
        self.breadcrumb = QLabel(self, objectName="blockBreadcrumb")  # on the view: scrolling never moves it
        self.breadcrumb.setTextFormat(Qt.TextFormat.RichText)
        self.breadcrumb.setStyleSheet(f"background: {theme.BLOCK.darker(160).name()}; color: #e8f4f4; "
                                      f"border: 1px solid {theme.BLOCK.name()}; border-radius: 4px; padding: 4px 10px;"
                                      " font-size: 10.5pt;")
        self.breadcrumb.linkActivated.connect(lambda _link: self.leave_block())
        self.breadcrumb.hide()
        self.hint = QLabel(self.viewport(), objectName="canvasHint")
        keep(self.hint, "setText", EMPTY_HINT)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.hint.setStyleSheet(f"color: {theme.HINT_TEXT.name()}; font-size: 11pt;")
        self.quick_search = QuickSearch(self)
        self.quick_search.chosen.connect(self._quick_search_chosen)
        self.quick_search.dismissed.connect(self._quick_search_dismissed)
        self.acts = CanvasActions(self)

        self._search_pos = QPointF()
        self._pan_last: QPoint | None = None
        self._space = False
        self._swallow_release = False
        self._gesture: str | None = None
        self._gesture_line: list[QPointF] = []
        self._gesture_item: QGraphicsPathItem | None = None
        self._armed: str | None = None
        self._splice: WireItem | None = None
        self._paste_text: str | None = None
        self._paste_count = 0
        self.last_menu: Any = None
        """The right-click menu opened last (for tests and automation)."""
        self._refresh_overlays()
        QTimer.singleShot(0, self, lambda: self.zoom_to_fit(readable=True))
        # after the opening's own steps (the undo stack cleared), which would dismiss the message
        self._scene.rebuilt.connect(lambda: QTimer.singleShot(0, self, self.announce_placeholders))
        QTimer.singleShot(0, self, self.announce_placeholders)
        QTimer.singleShot(0, self, self.announce_plugin_problems)

    def _attach_scene(self, scene: CanvasScene) -> None:
        scene.analysisChanged.connect(self.analysisChanged)
        scene.analysisChanged.connect(lambda _a: self.minimap.update() if hasattr(self, "acts") else None)
        scene.statusMessage.connect(lambda text: self.say(text))
        scene.selectionChanged.connect(self._emit_selection)
        scene.nodeRenamed.connect(lambda *_: QTimer.singleShot(0, self, self._emit_selection))
        scene.changed.connect(self._scene_changed)

    # ---------------------------------------------------------------- blocks
    @property
    def main_stack(self) -> QUndoStack:
        """The window's undo stack (inside a block `undo_stack` is the block's own, see
        `block_session`)."""
        return self.block_session.main_stack if self.block_session is not None else self.undo_stack

    def enter_block(self, block_id: str | None = None) -> bool:
        """Tab, or a double-click on a block card: edit the block's inside (Esc leaves). Without
        `block_id`, the one selected block card."""
        from nodeflow.ui.canvas.block_session import BlockSession

        if self.block_session is not None:
            self.say(self.tr("Blocks inside blocks are not supported: Esc leaves this block"), "info")
            return False
        if block_id is None:
            selected = self._scene.selected_node_ids()
            if len(selected) != 1 or self.graph.nodes[selected[0]].block is None:
                self.say(self.tr("Select one block card to enter it"), "info")
                return False
            block_id = selected[0]
        self.wiring.cancel()
        self._gesture_cancel()
        self.quick_search.close_search()
        self.inline.close()
        session = BlockSession(self, block_id)
        self._outer_view = (self.transform(), self.mapToScene(self.viewport().rect().center()))
        self.block_session = session
        session.scene.locked = self._scene.locked
        self._scene.pause_analysis(True)
        self.graph, self.undo_stack, self._scene = session.inner, session.stack, session.scene
        self.graph.changed.connect(self._on_graph_changed)
        self._attach_scene(session.scene)
        self.setScene(session.scene)
        self.documentSwitched.emit(self.graph, self.undo_stack)
        self.block_path_changed()
        self.zoom_to_fit()
        self._emit_selection()
        return True

    def leave_block(self) -> bool:
        """Esc inside a block (or the breadcrumb's "Graph"): back to the graph, the block card
        selected and the view where it was."""
        session = self.block_session
        if session is None:
            return False
        self.wiring.cancel()
        self._gesture_cancel()
        self.quick_search.close_search()
        self.block_session = None
        session.inner.changed.disconnect(self._on_graph_changed)
        self.graph, self.undo_stack, self._scene = session.outer, session.main_stack, session.outer_scene
        self.setScene(self._scene)
        session.close()
        session.scene.deleteLater()
        self._scene.pause_analysis(False)
        self.breadcrumb.hide()
        if self._outer_view is not None:
            transform, center = self._outer_view
            self.setTransform(transform)
            self.centerOn(center)
        self.documentSwitched.emit(self.graph, self.undo_stack)
        if session.block_id in self.graph.nodes:
            self.select_nodes([session.block_id])
        self._emit_selection()
        self._refresh_overlays()
        return True

    def library_dir(self) -> Path:
        """The user's block library folder (under the user data directory)."""
        from nodeflow.ui.file_ops import data_dir

        return library.user_folder(data_dir())

    def place_block(self, key: str, pos: tuple[float, float]) -> str | None:
        """Place a block from the library (`shipped/residual`, `user/...`): a new card with its own
        copy of the definition (its own weights). Returns its id."""
        from nodeflow.ui.canvas.node_commands import PlaceBlockCommand

        if self.block_session is not None:
            self.say(self.tr("Blocks inside blocks are not supported: Esc leaves this block"), "info")
            return None
        try:
            entry = library.find(key, self.library_dir())
        except GraphError as exc:
            self.say(str(exc))
            return None
        if entry is None:
            self.say(self.tr("The block library has no block {key}").format(key=key))
            return None
        made: list[PlaceBlockCommand] = []

        def make() -> PlaceBlockCommand:
            made.append(PlaceBlockCommand(self.graph, library.placement(entry), pos, key.split("/", 1)[-1]))
            return made[0]

        if not self._scene.push(make):
            return None
        self.select_nodes([made[0].node_id])
        return made[0].node_id

    def ask_text(self, title: str, label: str, text: str) -> str | None:
        """Ask for one line of text (tests stand in for the dialog)."""
        from PySide6.QtWidgets import QInputDialog

        value, ok = QInputDialog.getText(self, title, label, text=text)
        return value if ok else None

    def save_block_to_library(self) -> Path | None:
        """Save the selected block card (or, inside a block, that block) to the user's library
        under a title asked for; it is then listed in the palette's Blocks."""
        if self.block_session is not None:
            node = self.block_session.node
        else:
            selected = [n for n in self._scene.selected_node_ids() if self.graph.nodes[n].block is not None]
            node = self.graph.nodes[selected[0]] if len(selected) == 1 else None
        if node is None:
            self.say(self.tr("Select one block card to save it to the library"), "info")
            return None
        title = self.ask_text(self.tr("Save Block to Library"), self.tr("The block's name in the palette:"),
                              node.block.title if node.block.title != "Block" else node.id)
        if not title or not title.strip():
            return None
        try:
            path = library.save_to(node.block, title.strip()[:80], self.library_dir())
        except (OSError, ValueError) as exc:
            self.say(self.tr("Cannot save the block: {reason}").format(reason=engine_text(str(exc))))
            return None
        self.say(self.tr("Saved {title} to the block library (the palette's Blocks)").format(title=title.strip()[:80]),
                 "info")
        return path

    def block_path_changed(self) -> None:
        """The breadcrumb at the top: where the canvas is (Graph › block) and how to leave."""
        session = self.block_session
        if session is None:
            self.breadcrumb.hide()
            return
        node = session.node
        title = node.block.title if node is not None else ""
        link = self.tr("Graph")
        self.breadcrumb.setText(
            f'<a href="leave" style="color:#bfe9e9">{html.escape(link)}</a> › <b>{html.escape(session.block_id)}</b>'
            f" ({html.escape(title)}) &nbsp;·&nbsp; " + html.escape(self.tr("Esc leaves the block")))
        self.breadcrumb.show()
        self.breadcrumb.adjustSize()
        self.breadcrumb.move(self.viewport().geometry().topLeft() + QPoint(10, 10))
        self.breadcrumb.raise_()

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
        """Training lock: structural edits are refused with a message; selecting and moving
        stay possible."""
        self._scene.locked = bool(locked)
        if self.block_session is not None:
            self.block_session.outer_scene.locked = bool(locked)
        if locked:
            self.wiring.cancel()
            self.quick_search.close_search()

    @property
    def locked(self) -> bool:
        return self._scene.locked

    def say(self, text: str, kind: str = "error", actions: list[Action] | None = None) -> None:
        """Tell the user something in the canvas's message strip (and the status bar); it stays
        until the next action. An engine message is shown in the window's language."""
        text = engine_text(text_of(text))
        session = self.block_session
        if session is not None and session.stack.refused and text != session.refusal:
            return  # an edit inside the block was taken back: its reason is what to read
        self.statusMessage.emit(text)
        if not text:
            return
        self._message_index = self.main_stack.index()
        self.message.show_message(text, kind, actions)

    def announce_placeholders(self) -> None:
        """Say once, when a document opens, which of its node types this nodeflow does not have
        (their cards are placeholders: kept, saved unchanged, not trainable)."""
        missing: dict[str, list[str]] = {}
        for node in self.graph.nodes.values():
            if node.is_placeholder:
                missing.setdefault(node.type, []).append(node.id)
        if not missing:
            return
        self._message_index = self.undo_stack.index()
        types = ", ".join(f"{t} ({', '.join(ids[:3])}{', …' if len(ids) > 3 else ''})" for t, ids in missing.items())
        self.say(self.tr("This file uses node types this nodeflow does not have: {types}. Their cards keep their "
                         "parameters and wires and are saved unchanged; install the plugin that provides them "
                         "to train.").format(types=types), "info")

    def announce_plugin_problems(self) -> None:
        """Say which plugins were left out at start-up (`nodeflow.nodes.plugins.PROBLEMS`), once
        per run of the application: the first canvas shown says it."""
        from nodeflow.nodes import plugins

        global _PLUGINS_ANNOUNCED
        if _PLUGINS_ANNOUNCED or not plugins.PROBLEMS:
            return
        _PLUGINS_ANNOUNCED = True
        names = ", ".join(f"{p.name} ({p.reason})" for p in plugins.PROBLEMS)
        self.say(self.tr("Some plugins were not loaded, and their node types are missing: {names}").format(names=names),
                 "info")

    def add_node_at(self, type_name: str, scene_pos: QPointF | tuple[float, float]) -> str | None:
        """Add a node whose header is centred under `scene_pos`; returns its id (None if refused)."""
        p = QPointF(*scene_pos) if isinstance(scene_pos, tuple) else QPointF(scene_pos)
        x, y = p.x() - theme.NODE_WIDTH / 2, p.y() - theme.HEADER_HEIGHT / 2
        if self._scene.snap:
            x, y = round(x / theme.GRID) * theme.GRID, round(y / theme.GRID) * theme.GRID
        return self._add(type_name, (x, y))

    def add_node_free(self, type_name: str, scene_pos: QPointF | tuple[float, float]) -> str | None:
        """Like `add_node_at`, moved so that the new card covers no other (palette
        double-clicks and the Add Node menu: several in a row do not stack)."""
        p = QPointF(*scene_pos) if isinstance(scene_pos, tuple) else QPointF(scene_pos)
        want = QPointF(p.x() - theme.NODE_WIDTH / 2, p.y() - theme.HEADER_HEIGHT / 2)
        if type_name.startswith(library.PREFIX):  # a block from the library: about a two-port card's height
            spot = free_spot(self._scene.card_rects(), QRectF(want.x(), want.y(), theme.NODE_WIDTH, 110))
            return self._add(type_name, (spot.x(), spot.y()))
        try:
            pos = self._scene.free_position(type_name, want)
        except GraphError as exc:
            self.say(str(exc))
            return None
        return self._add(type_name, pos)

    def add_node_at_center(self, type_name: str) -> str | None:
        return self.add_node_free(type_name, self.mapToScene(self.viewport().rect().center()))

    def _add(self, type_name: str, pos: tuple[float, float]) -> str | None:
        if type_name.startswith(library.PREFIX):
            return self.place_block(type_name[len(library.PREFIX):], pos)
        made: list[AddNodeCommand] = []

        def make() -> AddNodeCommand:
            made.append(AddNodeCommand(self.graph, type_name, {}, pos))
            return made[0]

        if not self._scene.push(make):
            return None
        node_id = made[0].node_id
        self.select_nodes([node_id])
        return node_id

    def delete_selected(self) -> None:
        self.edits.delete_selected()

    def delete_wires(self, edges: list[Edge]) -> None:
        self._scene.push(lambda: RemoveEdgesCommand(self.graph, edges))

    def straighten(self, edge: Edge) -> None:
        self._scene.push(lambda: SetReroutesCommand(self.graph, {edge: []}, self.tr("Remove reroute points")))

    def insert_on_wire(self, edge: Edge, type_name: str, near: QPointF) -> None:
        pos = self._scene.free_position(type_name, QPointF(near.x() - theme.NODE_WIDTH / 2, near.y() - 30))
        self._scene.push(lambda: InsertNodeOnEdgeCommand(self.graph, edge, type_name, pos))

    def copy_selected(self) -> bool:
        nodes = self._scene.selected_node_ids()
        if not nodes:
            self.say(self.tr("Nothing selected to copy"), "info")
            return False
        clipboard.copy_nodes(self.graph, nodes)
        return True

    def cut_selected(self) -> None:
        if self.locked:
            self.say(self.LOCKED)
            return
        if self.copy_selected():
            self.delete_selected()

    def paste(self, at: QPointF | None = None) -> list[str]:
        """Paste the clipboard's nodes with their top-left card at `at`, or at the mouse pointer
        when it is over the canvas; else shifted a little more each time the same text is pasted."""
        text = clipboard.clipboard_text()
        if text is None:
            self.say(self.tr("The clipboard holds no nodeflow nodes"), "info")
            return []
        if text != self._paste_text:
            self._paste_text, self._paste_count = text, 0
        self._paste_count += 1
        try:
            nodes, edges = clipboard.from_text(text)
        except GraphError as exc:
            self.say(self.tr("Cannot paste: {reason}").format(reason=engine_text(str(exc))))
            return []
        placed = [n.pos for n in nodes if n.pos is not None]
        if at is None:
            cursor = self.viewport().mapFromGlobal(QCursor.pos())
            if self.viewport().rect().contains(cursor) and self.underMouse():
                at = self.mapToScene(cursor)
        if at is not None and placed:
            x0, y0 = min(p[0] for p in placed), min(p[1] for p in placed)
            return self._paste(nodes, edges, (at.x() - x0, at.y() - y0))
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
        for wire in self._scene.wires.values():
            for h in wire.handles:
                h.setSelected(True)

    def select_nodes(self, node_ids: list[str]) -> None:
        self._scene.clearSelection()
        for n in node_ids:
            item = self._scene.nodes.get(n)
            if item is not None:
                item.setSelected(True)

    def select_same_type(self) -> list[str]:
        """Select every node of the selected nodes' types (all eight Sigmoids of a deep stack,
        to change them to ReLU together); returns the selected ids."""
        types = {self.graph.nodes[n].type for n in self._scene.selected_node_ids()}
        ids = [n for n, node in self.graph.nodes.items() if node.type in types]
        if ids:
            self.select_nodes(ids)
        return ids

    # ------------------------------------------------------------------ zoom
    def visible_scene_rect(self) -> QRectF:
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def zoom_to_fit(self, readable: bool = False) -> None:
        """Show every card, wire and frame (Home). With `readable` (a document just opened)
        never zoom out further than READABLE_ZOOM: a graph too wide for that shows its start,
        where the data come in, and the minimap shows the rest."""
        self._fit(self._scene.items_bounds(), readable)

    def zoom_to_selection(self) -> None:
        """Show the selected nodes (".")."""
        rect = QRectF()
        for item in self._scene.selectedItems():
            rect = rect.united(item.sceneBoundingRect())
        if rect.isNull():
            self.say(self.tr("Select the nodes to zoom to (Home shows everything)"), "info")
            return
        self._fit(rect, False)

    def _fit(self, rect: QRectF, readable: bool) -> None:
        if rect.isNull():
            self.resetTransform()
            self.centerOn(0, 0)
            self._refresh_overlays()
            return
        self.fitInView(rect.adjusted(-40, -40, 40, 40), Qt.AspectRatioMode.KeepAspectRatio)
        scale = self.transform().m11()
        low = theme.READABLE_ZOOM if readable else theme.ZOOM_MIN
        clamped = min(max(scale, low), theme.ZOOM_FIT_MAX)
        if clamped != scale:
            self.resetTransform()
            self.scale(clamped, clamped)
            self.centerOn(rect.center())
            if clamped > scale and readable:  # too wide: show where the graph starts
                seen = self.visible_scene_rect()
                dx = seen.left() - (rect.left() - 40) if rect.width() + 80 > seen.width() else 0.0
                dy = seen.top() - (rect.top() - 40) if rect.height() + 80 > seen.height() else 0.0
                self.centerOn(seen.center() - QPointF(dx, dy))
        self._refresh_overlays()

    # --------------------------------------------------------------- helpers
    def _emit_selection(self) -> None:
        try:
            self.selectionChangedNodes.emit(self._scene.selected_node_ids())
        except RuntimeError:  # the scene is being torn down
            pass

    def _on_graph_changed(self, kind: str, *args: Any) -> None:
        if not shiboken6.isValid(self):  # destroyed while the document lives on
            self.graph.changed.disconnect(self._on_graph_changed)
            return
        if kind == "reset" and not (self.block_session is not None and self.block_session.reloading):
            self.message.dismiss()
            QTimer.singleShot(0, self, lambda: self.zoom_to_fit(readable=True))
        if kind in ("reset", "node_added", "node_removed"):
            self.hint.setVisible(not self.graph.nodes)

    def _on_stack_changed(self, index: int) -> None:
        if shiboken6.isValid(self) and index != self._message_index:
            self.message.dismiss()

    def _scene_changed(self, _regions: Any = None) -> None:
        """Something was redrawn: the minimap follows only when the graph's extent changed
        (a |grad| meter ticking during training costs it nothing)."""
        if not (shiboken6.isValid(self) and hasattr(self, "acts")):
            return
        version = self._scene.bounds_version
        self._scene.items_bounds()
        if self._scene.bounds_version != version:
            self.minimap.refresh()

    def _refresh_overlays(self) -> None:
        self.hint.setVisible(not self.graph.nodes)
        if self.hint.isVisible():
            self.hint.setGeometry(self.viewport().rect())
        self.minimap.refresh()

    def _place_message(self, *_args: Any) -> None:
        """Keep a margin under the viewport for the message strip, so it never covers a card;
        the scene stays where it was on screen."""
        frame = self.frameWidth()
        width = self.width() - 2 * frame
        layout = self.message.layout()
        height = (layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else self.message.sizeHint().height()) \
            if self.message.isVisible() else 0
        margins = self.viewportMargins()
        if margins.bottom() != height:
            anchor = self.resizeAnchor()
            self.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
            self.setViewportMargins(0, 0, 0, height)
            self.setResizeAnchor(anchor)
        self.message.setGeometry(frame, self.height() - frame - height, width, height)
        self._refresh_overlays()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if hasattr(self, "acts"):  # (Qt resizes the view while it is being built)
            self._place_message()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        if hasattr(self, "acts"):
            self.minimap.refresh()

    def set_minimap_enabled(self, on: bool) -> None:
        self.minimap.enabled_by_user = bool(on)
        self.minimap.refresh()

    def _paste(self, nodes: list, edges: list, offset: tuple[float, float]) -> list[str]:
        made: list[PasteCommand] = []

        def make() -> PasteCommand:
            made.append(PasteCommand(self.graph, nodes, edges, offset))
            return made[0]

        if not nodes or not self._scene.push(make):
            return []
        ids = list(made[0].id_map.values())
        self.select_nodes(ids)
        return ids

    def port_at(self, pos: QPoint) -> PortItem | None:
        return next((i for i in self.items(pos) if isinstance(i, PortItem)), None)

    # Kept for callers of the earlier API.
    def quick_refusal(self, src: PortRef, dst: PortRef) -> str | None:
        return self.wiring.quick_refusal(src, dst)

    def refusal(self, src: PortRef, dst: PortRef, remove: list[Edge] | None = None) -> str | None:
        verdict = self.wiring.check(src, dst, remove)
        return None if verdict is None else verdict.reason

    # ------------------------------------------------------------- gestures
    def arm_gesture(self, kind: str) -> None:
        """From the menu: the next left-drag draws a knife ("knife") or reroute line."""
        self._armed = kind
        self.viewport().setCursor(Qt.CursorShape.CrossCursor)
        self.say(self.tr("Drag a line to cut the wires it crosses (Escape cancels)") if kind == "knife"
                 else self.tr("Drag a line to add a bend point on each wire it crosses (Escape cancels)"), "info")

    def _gesture_begin(self, kind: str, pos: QPoint) -> None:
        self._gesture = kind
        self._gesture_line = [self.mapToScene(pos)]
        item = QGraphicsPathItem()
        color = QColor(theme.KNIFE if kind == "knife" else theme.REROUTE_LINE)
        pen = QPen(color, 1.8, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        item.setPen(pen)
        item.setZValue(20)
        self._scene.addItem(item)
        self._gesture_item = item

    def _gesture_move(self, pos: QPoint) -> None:
        p = self.mapToScene(pos)
        last = self._gesture_line[-1]
        if (p - last).manhattanLength() * self.transform().m11() >= 3:
            self._gesture_line.append(p)
            path = QPainterPath(self._gesture_line[0])
            for q in self._gesture_line[1:]:
                path.lineTo(q)
            assert self._gesture_item is not None
            self._gesture_item.setPath(path)

    def _gesture_end(self, pos: QPoint) -> None:
        kind, line = self._gesture, [*self._gesture_line, self.mapToScene(pos)]
        self._gesture_cancel()
        if kind == "knife":
            self.edits.cut_wires(line)
        elif kind == "reroute":
            self.edits.reroute_along(line)

    def _gesture_cancel(self) -> None:
        if self._gesture_item is not None:
            self._scene.removeItem(self._gesture_item)
        self._gesture, self._gesture_line, self._gesture_item = None, [], None

    # ---------------------------------------------------------------- mouse
    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        button, mods = event.button(), event.modifiers()
        self.message.dismiss()
        self.quick_search.close_search()
        if self.inline.is_open:
            self.inline.finish()
        if button == Qt.MouseButton.MiddleButton or (button == Qt.MouseButton.LeftButton and self._space):
            self._pan_last = pos
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        if button == Qt.MouseButton.RightButton and mods & (Qt.KeyboardModifier.ControlModifier
                                                             | Qt.KeyboardModifier.ShiftModifier):
            knife = bool(mods & Qt.KeyboardModifier.ControlModifier)
            self._gesture_begin("knife" if knife else "reroute", pos)
            event.accept()
            return
        if button == Qt.MouseButton.LeftButton and self._armed is not None:
            kind, self._armed = self._armed, None
            self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
            self._gesture_begin(kind, pos)
            event.accept()
            return
        if button == Qt.MouseButton.LeftButton:
            port = self.port_at(pos)
            if port is not None:
                self.wiring.begin(port)
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
        if self._gesture is not None:
            self._gesture_move(pos)
            event.accept()
            return
        if self.wiring.active:
            self.wiring.follow(pos)
            event.accept()
            return
        super().mouseMoveEvent(event)
        self._track_splice(pos)

    def _track_splice(self, pos: QPoint) -> None:
        """While one unwired card is dragged, light up the wire it would be inserted on."""
        target = None
        dragged = self._scene.selected_node_ids() if self._scene.is_dragging else []
        if len(dragged) == 1 and not self.locked:
            target = self.edits.splice_target(dragged[0], self.mapToScene(pos))
        if target is not self._splice:
            if self._splice is not None and shiboken6.isValid(self._splice):
                self._splice.set_target(False)
            self._splice = target
            if target is not None:
                target.set_target(True)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        button = event.button()
        if self._pan_last is not None and button in (Qt.MouseButton.MiddleButton, Qt.MouseButton.LeftButton):
            self._pan_last = None
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor if self._space else Qt.CursorShape.ArrowCursor)
            event.accept()
            return
        if self._gesture is not None:
            self._gesture_end(event.position().toPoint())
            event.accept()
            return
        if self.wiring.active and button == Qt.MouseButton.LeftButton:
            self.wiring.finish(event.position().toPoint())
        elif not self._swallow_release:
            self._release_with_splice(event)
            event.accept()  # (a release over empty canvas ends a rubber band or a click)
            return
        self._swallow_release = False
        event.accept()

    def _release_with_splice(self, event: QMouseEvent) -> None:
        """The end of a card drag: onto a lit wire, the move and the insertion are one step."""
        target, self._splice = self._splice, None
        dragged = self._scene.selected_node_ids()
        if target is None or not shiboken6.isValid(target) or len(dragged) != 1 \
                or event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        target.set_target(False)
        edge, node_id = target.edge, dragged[0]
        reason = self.edits.splice_refusal(node_id, edge)
        if reason is not None:
            super().mouseReleaseEvent(event)
            self.say(self.tr("Not inserted on {wire}: {reason}").format(
                wire=f"{edge.src[0]} → {edge.dst[0]}", reason=engine_text(reason)))
            return
        self.undo_stack.beginMacro(self.tr("Insert {node} on {wire}").format(node=node_id, wire=f"{edge.src[0]} → {edge.dst[0]}"))
        try:
            super().mouseReleaseEvent(event)
            self.edits.splice(node_id, edge)
        finally:
            self.undo_stack.endMacro()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if event.button() == Qt.MouseButton.LeftButton:
            item = self.itemAt(pos)
            if item is None:
                self.open_quick_search(pos)
                event.accept()
                return
            card = next((i for i in self.items(pos) if isinstance(i, NodeItem)), None)
            if card is not None and card.is_block and self.port_at(pos) is None:
                self.enter_block(card.node_id)
                event.accept()
                return
            wire = next((i for i in self.items(pos) if isinstance(i, WireItem)), None)
            if isinstance(item, WireItem) and wire is not None:
                self.edits.add_reroute(wire, self.mapToScene(pos))
                event.accept()
                return
        super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if self._gesture is not None or event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                                             | Qt.KeyboardModifier.ShiftModifier):
            event.accept()  # the right button draws a knife or reroute line
            return
        pos = event.pos()
        menu = context_menu(self, self.mapToScene(pos))
        menu.aboutToHide.connect(menu.deleteLater)
        self.last_menu = menu
        menu.popup(event.globalPos())
        event.accept()

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Zoom around the cursor, clamped to 0.1–4."""
        steps = event.angleDelta().y() / 120.0
        if not steps:
            return
        scale = self.transform().m11()
        target = min(max(scale * (1.15**steps), theme.ZOOM_MIN), theme.ZOOM_MAX)
        if target != scale:
            self.scale(target / scale, target / scale)
            self._refresh_overlays()
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
        if key != Qt.Key.Key_Space:
            self.message.dismiss()
        selected = self._scene.selected_node_ids() if key == Qt.Key.Key_Tab else []
        if key == Qt.Key.Key_Tab and len(selected) == 1 and self.graph.nodes[selected[0]].block is not None \
                and self.block_session is None:
            self.enter_block(selected[0])
        elif key == Qt.Key.Key_Tab:
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
        elif key == Qt.Key.Key_Escape and self.block_session is not None and self.wiring.pending is None \
                and not self.wiring.active and self._gesture is None and self._armed is None:
            self.leave_block()
        elif key == Qt.Key.Key_Escape:
            self.wiring.cancel()
            self._gesture_cancel()
            self._armed = None
            self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
            self._scene.clearSelection()
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
    def open_quick_search(self, viewport_pos: QPoint, allowed: list[str] | None = None, title: str = "") -> None:
        if self.locked:
            self.say(self.LOCKED)
            self.wiring.drop_pending()
            return
        if allowed is None:  # a plain search: no wire waits for it
            self.wiring.drop_pending()
        self._search_pos = self.mapToScene(viewport_pos)
        origin = self.viewport().mapTo(self, viewport_pos)
        self.quick_search.popup(origin.x(), origin.y(), allowed, title)

    def _quick_search_chosen(self, type_name: str) -> None:
        if self.wiring.pending is not None:
            new = self.wiring.create_pending(type_name, self._search_pos)
            if new is not None:
                self.select_nodes([new])
        else:
            self.add_node_at(type_name, self._search_pos)
        self.setFocus()

    def _quick_search_dismissed(self) -> None:
        self.wiring.drop_pending()

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
        """A palette type dropped on the canvas is created there; dropped on a wire it is also
        inserted on it (one undo step), or added beside it with the reason when it does not fit."""
        mime = event.mimeData()
        if not mime.hasFormat(NODE_MIME):
            super().dropEvent(event)
            return
        type_name = bytes(mime.data(NODE_MIME).data()).decode("utf-8", "replace").strip()
        pos = event.position().toPoint()
        wire = next((i for i in self.items(pos) if isinstance(i, WireItem)), None)
        reason = None
        if wire is not None and not any(isinstance(i, NodeItem) for i in self.items(pos)) and type_name in REGISTRY:
            reason = self.edits.splice_refusal(None, wire.edge, type_name)
            if reason is None:
                self.undo_stack.beginMacro(self.tr("Insert {node} on {wire}").format(
                    node=type_name, wire=f"{wire.edge.src[0]} → {wire.edge.dst[0]}"))
                try:
                    node_id = self.add_node_at(type_name, self.mapToScene(pos))
                    if node_id is not None:
                        self.edits.splice(node_id, wire.edge)
                finally:
                    self.undo_stack.endMacro()
            else:
                wire = None
        else:
            wire = None
        if wire is None:
            node_id = self.add_node_at(type_name, self.mapToScene(pos))
            if reason is not None and node_id is not None:
                self.say(self.tr("{node} was not inserted on the wire: {reason}").format(node=node_id, reason=engine_text(reason)))
        if node_id is not None:
            event.acceptProposedAction()
        else:
            event.ignore()
