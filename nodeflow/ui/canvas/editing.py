"""The canvas's editing habits beyond wiring: delete with reconnect, drop a card onto a wire,
rename (F2), frames, reroute points and the knife, align, distribute and auto layout. Each is
one undo step, refused with its reason in the message strip when the graph cannot take it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPointF, QRect, QRectF

from nodeflow.graph.document import Edge, PortRef
from nodeflow.graph.edits import reconnect_plan
from nodeflow.i18n import translate
from nodeflow.i18n.engine import engine_text
from nodeflow.ui.canvas import arrange, clipboard, theme
from nodeflow.ui.canvas.fixes import fix_for
from nodeflow.ui.canvas.frame_item import FrameItem
from nodeflow.ui.canvas.layout import auto_layout
from nodeflow.ui.canvas.node_commands import (
    LinkedDuplicateCommand,
    MakeBlockCommand,
    SetBypassCommand,
    UngroupBlockCommand,
)
from nodeflow.ui.canvas.node_item import NodeItem
from nodeflow.ui.canvas.wire_item import WireItem
from nodeflow.ui.commands import RemoveEdgesCommand, RemoveNodesCommand
from nodeflow.ui.edit_commands import DissolveNodesCommand, RenameNodeCommand, SpliceNodeCommand
from nodeflow.ui.i18n.live import text_of
from nodeflow.ui.layout_commands import (
    AddFrameCommand,
    ArrangeNodesCommand,
    EditFrameCommand,
    RemoveFramesCommand,
    RemoveFromFrameCommand,
    SetReroutesCommand,
)

if TYPE_CHECKING:
    from nodeflow.ui.canvas.view import CanvasView


class CanvasEdits:
    def __init__(self, view: CanvasView) -> None:
        self.view = view

    @property
    def scene(self):
        return self.view.scene()

    @property
    def graph(self):
        return self.view.graph

    @property
    def stack(self):
        return self.view.undo_stack

    def _unlocked(self) -> bool:
        if self.view.locked:
            self.view.say(self.view.LOCKED)
            return False
        return True

    # ---------------------------------------------------------------- delete
    def delete_selected(self) -> None:
        """Delete the selected nodes, wires, reroute points and frames (frames only: their
        nodes stay). A node taken out of a chain leaves the chain open and says how to close it."""
        scene = self.scene
        nodes = scene.selected_node_ids()
        edges = [e for e in scene.selected_edges() if e.src[0] not in nodes and e.dst[0] not in nodes]
        handles = [h for h in scene.selected_handles() if h.wire.edge not in edges
                   and h.wire.edge.src[0] not in nodes and h.wire.edge.dst[0] not in nodes]
        frames = [f for f in scene.selected_frames() if f in self.graph.frames]
        if not (nodes or edges or handles or frames) or not self._unlocked():
            return
        bridges = self._bridges(nodes) if nodes else []
        self.stack.beginMacro(translate("CanvasEdits", "Delete"))
        try:
            if frames:
                scene.push(lambda: RemoveFramesCommand(self.graph, frames))
            if handles:
                scene.push(lambda: SetReroutesCommand(self.graph, self._without(handles), translate("CanvasEdits", "Remove reroute point")))
            if nodes:
                scene.push(lambda: RemoveNodesCommand(self.graph, nodes))
            if edges:
                scene.push(lambda: RemoveEdgesCommand(self.graph, edges))
        finally:
            self.stack.endMacro()
        if bridges and not edges:
            index = self.stack.index()
            what = nodes[0] if len(nodes) == 1 else translate("CanvasEdits", "{n} nodes").format(n=len(nodes))
            gap = ", ".join(f"{s[0]} → {d[0]}" for s, d in bridges)
            self.view.say(translate("CanvasEdits", "Deleted {what}; its wires went with it ({gap} is now open).").format(what=what, gap=gap),
                          "info", [(translate("CanvasEdits", "Reconnect"), lambda: self._reconnect_after(index, nodes))])

    def _without(self, handles: list) -> dict[Edge, list[tuple[float, float]]]:
        gone: dict[Edge, set[int]] = {}
        for h in handles:
            gone.setdefault(h.wire.edge, set()).add(h.wire.handles.index(h))
        return {e: [p for i, p in enumerate(self.graph.reroutes.get(e, [])) if i not in idx] for e, idx in gone.items()}

    def _reconnect_after(self, index: int, nodes: list[str]) -> None:
        """Turn the plain delete just made into a delete with reconnect (one undo step)."""
        if self.stack.index() == index and self.stack.canUndo():
            self.stack.undo()
            self.delete_reconnect(nodes, copy=False)

    def _bridges(self, nodes: list[str]) -> list[tuple[PortRef, PortRef]]:
        return reconnect_plan(self.graph, nodes)

    def delete_reconnect(self, nodes: list[str] | None = None, copy: bool = True) -> None:
        """Ctrl+X: delete the nodes and wire what fed them to what they fed. A bridge that does
        not fit is still made when its destination's rule names a fix (the strip offers it, as
        the card's pill does); one that does not fit otherwise is left out, and said so."""
        nodes = self.scene.selected_node_ids() if nodes is None else nodes
        if not nodes or not self._unlocked():
            return
        if copy:
            clipboard.copy_nodes(self.graph, nodes)
        trial = self.graph.copy()
        for n in nodes:
            trial.remove_node(n)
        kept, refused = [], []
        for src, dst in self._bridges(nodes):
            trial.connect(src, dst)
            after = self.scene.analyzer(trial)
            message = after.errors.get(dst[0])
            if message and dst[0] not in after.inferred and "not connected" not in message \
                    and fix_for(trial, after, dst[0]) is None:
                trial.disconnect(Edge(src, dst))
                refused.append(f"{src[0]} → {dst[0]}: {engine_text(message)}")
            else:
                kept.append((src, dst))
        if not self.scene.push(lambda: DissolveNodesCommand(self.graph, nodes, kept)):
            return
        fixes = [f for f in (fix_for(trial, self.scene.analyzer(trial), d[0]) for _s, d in kept) if f is not None]
        if fixes:
            fix = fixes[0]
            message = self.scene.analyzer(trial).errors.get(fix.node, "")
            self.view.say(engine_text(message), "error", [(fix.label, lambda: self.scene.apply_fix(fix))])
        elif refused:
            self.view.say(translate("CanvasEdits", "Not reconnected, the shapes do not fit: {wires}").format(wires="; ".join(refused)), "error")

    # ------------------------------------------------------- drop on a wire
    def splice_target(self, node_id: str, scene_pos: QPointF) -> WireItem | None:
        """The wire under the pointer that a dragged, still unwired card would go onto."""
        node = self.graph.nodes.get(node_id)
        if node is None or self.graph.edges_of(node_id) or not node.spec.inputs or not node.spec.outputs:
            return None
        for item in self.scene.items(scene_pos):
            if isinstance(item, WireItem) and node_id not in (item.edge.src[0], item.edge.dst[0]):
                return item
        return None

    def splice_refusal(self, node_id: str | None, edge: Edge, type_name: str | None = None) -> str | None:
        """Why the card (or a new node of `type_name`) cannot go onto the wire (shapes
        re-checked on a copy), or None."""
        trial = self.graph.copy()
        if node_id is None:
            node_id = trial.new_id(type_name or "node")
            trial.add_node(type_name or "", {}, None, node_id)
        spec = trial.nodes[node_id].spec
        if not spec.inputs or not spec.outputs:
            return translate("CanvasEdits", "a {type} has no input and output to sit on a wire").format(type=spec.type)
        trial.disconnect(edge)
        trial.connect(edge.src, (node_id, spec.inputs[0]))
        trial.connect((node_id, spec.outputs[0]), edge.dst)
        before = self.scene.analysis.errors
        after = self.scene.analyzer(trial)
        for n in (node_id, edge.dst[0]):
            message = after.errors.get(n)
            if message and message != before.get(n) and "not connected" not in message:
                return message
        return None

    def splice(self, node_id: str, edge: Edge) -> bool:
        spec = self.graph.nodes[node_id].spec
        reason = self.splice_refusal(node_id, edge)
        if reason is not None:
            self.view.say(translate("CanvasEdits", "Not inserted on {wire}: {reason}").format(
                wire=f"{edge.src[0]} → {edge.dst[0]}", reason=engine_text(reason)), "error")
            return False
        return self.scene.push(lambda: SpliceNodeCommand(self.graph, edge, node_id, spec.inputs[0], spec.outputs[0]))

    # ---------------------------------------------------------------- rename
    def rename_selected(self) -> None:
        """F2: rename the selected node (its wires follow; a name in use is refused) or frame."""
        scene = self.scene
        nodes, frames = scene.selected_node_ids(), scene.selected_frames()
        if len(nodes) == 1:
            item = scene.nodes[nodes[0]]
            rect = self._viewport_rect(QRectF(item.scenePos(), QPointF(item.scenePos().x() + theme.NODE_WIDTH,
                                                                          item.scenePos().y() + theme.HEADER_HEIGHT)))
            old = nodes[0]
            self.view.inline.open_line(rect, old, lambda text: self.rename(old, text),
                                       translate("CanvasEdits", "The node's id: its wires follow; names must be unique"))
        elif frames:
            frame_id = frames[0]
            item = scene.frames[frame_id]
            self.view.inline.open_line(self._viewport_rect(item.title_rect()), self.graph.frames[frame_id].title,
                                       lambda text: self.edit_frame(frame_id, title=text))
        else:
            self.view.say(translate("CanvasEdits", "Select one node (or a frame) to rename"), "info")

    # ---------------------------------------------------------------- bypass
    def bypass_selected(self) -> bool:
        """M: bypass the selected nodes (they pass their input through), or, when all of them
        are bypassed already, take the bypass off. A node that cannot pass its input through is
        refused with the reason."""
        nodes = self.scene.selected_node_ids()
        if not nodes:
            self.view.say(translate("CanvasEdits", "Select the nodes to bypass"), "info")
            return False
        on = not all(self.graph.nodes[n].bypass for n in nodes)
        analysis = self.scene.analysis
        return self.scene.push(lambda: SetBypassCommand(self.graph, nodes, on, analysis))

    def linked_duplicate(self) -> list[str]:
        """Alt+D: a second use of each selected layer that shares its weights (no wires; wire it
        where the same layer is needed again). Selected afterwards."""
        nodes = self.scene.selected_node_ids()
        if not nodes:
            self.view.say(translate("CanvasEdits", "Select a layer to duplicate with linked weights"), "info")
            return []
        made: list[LinkedDuplicateCommand] = []

        def make() -> LinkedDuplicateCommand:
            made.append(LinkedDuplicateCommand(self.graph, nodes))
            return made[0]

        if not self.scene.push(make):
            return []
        self.view.select_nodes(made[0].ids)
        return made[0].ids

    # ---------------------------------------------------------------- blocks
    def make_block(self) -> str | None:
        """Ctrl+Alt+G: collapse the selected nodes into one block card, its ports where wires crossed
        the selection's edge; returns the block's id (selected afterwards)."""
        nodes = self.scene.selected_node_ids()
        made: list[MakeBlockCommand] = []

        def make() -> MakeBlockCommand:
            made.append(MakeBlockCommand(self.graph, nodes))
            return made[0]

        if not self.scene.push(make):
            return None
        self.view.select_nodes([made[0].block_id])
        return made[0].block_id

    def ungroup_block(self) -> list[str]:
        """Alt+G: put the selected block's nodes back on the canvas (selected afterwards)."""
        blocks = [n for n in self.scene.selected_node_ids() if self.graph.nodes[n].block is not None]
        if len(blocks) != 1:
            self.view.say(translate("CanvasEdits", "Select one block to ungroup"), "info")
            return []
        made: list[UngroupBlockCommand] = []

        def make() -> UngroupBlockCommand:
            made.append(UngroupBlockCommand(self.graph, blocks[0]))
            return made[0]

        if not self.scene.push(make):
            return []
        ids = list(made[0].ids.values())
        self.view.select_nodes(ids)
        return ids

    def rename(self, old: str, new: str) -> bool:
        new = new.strip()
        if new == old or old not in self.graph.nodes:
            return False
        return self.scene.push(lambda: RenameNodeCommand(self.graph, old, new))

    def _viewport_rect(self, scene_rect: QRectF) -> QRect:
        r = self.view.mapFromScene(scene_rect).boundingRect()
        return QRect(r.left(), r.top(), max(r.width(), 140), max(r.height(), 24))

    # ---------------------------------------------------------------- frames
    def frame_selected(self) -> None:
        """Ctrl+J: a frame around the selected nodes; its title is ready to be typed."""
        nodes = self.scene.selected_node_ids()
        if not nodes:
            self.view.say(translate("CanvasEdits", "Select the nodes to put in a frame"), "info")
            return
        made: list[AddFrameCommand] = []

        def make() -> AddFrameCommand:
            made.append(AddFrameCommand(self.graph, nodes))
            return made[0]

        if self.scene.push(make):
            frame_id = made[0].frame.id
            self.scene.clearSelection()
            self.scene.frames[frame_id].setSelected(True)
            self.rename_selected()

    def unframe_selected(self) -> None:
        nodes = self.scene.selected_node_ids()
        if nodes:
            self.scene.push(lambda: RemoveFromFrameCommand(self.graph, nodes))

    def edit_frame(self, frame_id: str, **fields: str) -> None:
        if frame_id in self.graph.frames and any(getattr(self.graph.frames[frame_id], k) != v for k, v in fields.items()):
            self.scene.push(lambda: EditFrameCommand(self.graph, frame_id, **fields))

    def edit_frame_note(self, frame_id: str) -> None:
        item: FrameItem = self.scene.frames[frame_id]
        rect = self._viewport_rect(item.title_rect())
        rect.setHeight(max(rect.height(), 90))
        self.view.inline.open_text(rect, self.graph.frames[frame_id].note,
                                   lambda text: self.edit_frame(frame_id, note=text.strip()))

    # ------------------------------------------------------- reroute points
    def add_reroute(self, wire: WireItem, scene_pos: QPointF) -> None:
        """A bend point where the wire was double-clicked."""
        points = list(self.graph.reroutes.get(wire.edge, []))
        points.insert(wire.segment_at(scene_pos), (round(scene_pos.x()), round(scene_pos.y())))
        self.scene.push(lambda: SetReroutesCommand(self.graph, {wire.edge: points}, translate("CanvasEdits", "Add reroute point")))

    def crossings(self, line: list[QPointF]) -> dict[WireItem, list[tuple[int, QPointF]]]:
        """Wires the polyline crosses: for each, (segment index, crossing point) pairs."""
        found: dict[WireItem, list[tuple[int, QPointF]]] = {}
        segments = [QLineF(line[i], line[i + 1]) for i in range(len(line) - 1) if line[i] != line[i + 1]]
        if not segments:
            return found
        for wire in self.scene.wires.values():
            if not wire.isVisible():
                continue
            box = wire.sceneBoundingRect()
            if not any(box.intersects(QRectF(s.p1(), s.p2()).normalized().adjusted(-1, -1, 1, 1)) for s in segments):
                continue
            for poly in wire.curve().toSubpathPolygons():
                pts = [poly.at(i) for i in range(poly.size())]
                for i in range(len(pts) - 1):
                    piece = QLineF(pts[i], pts[i + 1])
                    for s in segments:
                        kind, at = piece.intersects(s)
                        if kind == QLineF.IntersectionType.BoundedIntersection:
                            found.setdefault(wire, []).append((wire.segment_at(at), at))
        return found

    def cut_wires(self, line: list[QPointF]) -> None:
        """The knife: remove every wire the line crosses, in one step."""
        edges = [w.edge for w in self.crossings(line)]
        if not edges or not self._unlocked():
            return
        def make() -> RemoveEdgesCommand:
            command = RemoveEdgesCommand(self.graph, edges)
            command.setText(translate("CanvasEdits", "Cut {n} wires").format(n=len(edges)) if len(edges) > 1 else translate("CanvasEdits", "Cut 1 wire"))
            return command

        self.scene.push(make)

    def reroute_along(self, line: list[QPointF]) -> None:
        """A reroute line: one bend point on every wire it crosses, where it crosses."""
        changes = {}
        for wire, hits in self.crossings(line).items():
            points = list(self.graph.reroutes.get(wire.edge, []))
            for index, at in sorted(hits, key=lambda h: -h[0]):
                points.insert(index, (round(at.x()), round(at.y())))
            changes[wire.edge] = points
        if changes:
            n = len(changes)
            self.scene.push(lambda: SetReroutesCommand(self.graph, changes,
                                                       translate("CanvasEdits", "Add reroute points") if n > 1
                                                       else translate("CanvasEdits", "Add reroute point")))

    # --------------------------------------------------------------- arrange
    def _rects(self, ids: list[str]) -> dict[str, tuple[float, float, float, float]]:
        out = {}
        for n in ids:
            item: NodeItem = self.scene.nodes[n]
            out[n] = (item.pos().x(), item.pos().y(), theme.NODE_WIDTH, item.height)
        return out

    def align(self, how: str) -> None:
        ids = self.scene.selected_node_ids()
        if len(ids) < 2:
            self.view.say(translate("CanvasEdits", "Select two or more nodes to align"), "info")
            return
        self._move(arrange.align(self._rects(ids), how), text_of(arrange.ALIGNMENTS[how]))

    def distribute(self, horizontal: bool) -> None:
        ids = self.scene.selected_node_ids()
        if len(ids) < 3:
            self.view.say(translate("CanvasEdits", "Select three or more nodes to distribute"), "info")
            return
        self._move(arrange.distribute(self._rects(ids), horizontal),
                   translate("CanvasEdits", "Distribute horizontally") if horizontal else translate("CanvasEdits", "Distribute vertically"))

    def auto_layout(self) -> None:
        """Lay the whole graph out left to right, keeping its top-left corner where it was."""
        if not self.graph.nodes:
            return
        layout = auto_layout(self.graph, lambda n: self.scene.nodes[n].height)
        placed = [n.pos for n in self.graph.nodes.values() if n.pos is not None]
        x0 = min((p[0] for p in placed), default=0.0)
        y0 = min((p[1] for p in placed), default=0.0)
        positions = {n: (x + x0, y + y0) for n, (x, y) in layout.positions.items()}
        points = {e: [] for e in self.graph.edges}
        points.update({e: [(x + x0, y + y0) for x, y in pts] for e, pts in layout.reroutes.items()})
        self.stack.push(ArrangeNodesCommand(self.graph, positions, translate("CanvasEdits", "Auto layout"), points))
        self.view.zoom_to_fit()

    def _move(self, positions: dict[str, tuple[float, float]], text: str) -> None:
        moved = {n: p for n, p in positions.items() if self.graph.nodes[n].pos != p}
        if moved:
            self.stack.push(ArrangeNodesCommand(self.graph, moved, text))
