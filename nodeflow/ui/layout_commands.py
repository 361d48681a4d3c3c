"""Undoable edits of what only the canvas draws: reroute points, frames, and arranging nodes
(align, distribute, auto layout). They touch node positions, `graph.reroutes` and
`graph.frames`, never nodes or wires, and undo restores them exactly."""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping

from PySide6.QtGui import QUndoCommand

from nodeflow.graph.document import Edge, Frame, Graph, GraphError
from nodeflow.i18n import QT_TRANSLATE_NOOP, translate
from nodeflow.ui.commands import MoveNodesCommand, Pos, _Snapshot

FRAME_COLORS: dict[str, str] = {
    QT_TRANSLATE_NOOP("CanvasMenu", "Blue"): "#4a6fa5", QT_TRANSLATE_NOOP("CanvasMenu", "Green"): "#4f8a5b",
    QT_TRANSLATE_NOOP("CanvasMenu", "Purple"): "#7a5ea8", QT_TRANSLATE_NOOP("CanvasMenu", "Orange"): "#b07a35",
    QT_TRANSLATE_NOOP("CanvasMenu", "Red"): "#a5484a", QT_TRANSLATE_NOOP("CanvasMenu", "Grey"): "#6b7280",
}
"""The colours a frame can take from its menu (any "#rrggbb" loads from a file)."""


class SetReroutesCommand(QUndoCommand):
    """Set the reroute points of one or more wires (add one by double-click or Shift+right-drag,
    remove one with Delete)."""

    def __init__(self, graph: Graph, points: Mapping[Edge, Iterable[Pos]], text: str) -> None:
        self.graph = graph
        self.new = {e: [(float(x), float(y)) for x, y in pts] for e, pts in points.items()}
        for e in self.new:
            if e not in graph.edges:
                raise GraphError(translate("Commands", "no wire {e}").format(e=e))
        self.old = {e: list(graph.reroutes.get(e, [])) for e in self.new}
        super().__init__(text)

    def redo(self) -> None:
        for e, pts in self.new.items():
            self.graph.set_reroutes(e, pts)

    def undo(self) -> None:
        for e, pts in self.old.items():
            self.graph.set_reroutes(e, pts)


class _LayoutCommand(QUndoCommand):
    """Runs `apply` on redo; undo puts frames and reroute points back from a snapshot."""

    def __init__(self, graph: Graph, text: str) -> None:
        self.graph = graph
        self._snapshot: _Snapshot | None = None
        super().__init__(text)

    def apply(self) -> None:  # pragma: no cover - every subclass overrides it
        raise NotImplementedError

    def redo(self) -> None:
        self._snapshot = _Snapshot(self.graph)
        self.apply()

    def undo(self) -> None:
        assert self._snapshot is not None
        self._snapshot.restore_order(self.graph)


class AddFrameCommand(_LayoutCommand):
    """Put a new frame around nodes (Ctrl+J); they leave the frames they were in."""

    def __init__(self, graph: Graph, node_ids: Iterable[str], title: str = "Frame",
                 color: str = FRAME_COLORS["Blue"]) -> None:
        ids = [n for n in dict.fromkeys(node_ids)]
        if not ids:
            raise GraphError(translate("Commands", "select the nodes to put in a frame"))
        for n in ids:
            graph.node(n)
        self.frame = Frame(graph.new_frame_id(), title, color, "", ids)
        super().__init__(graph, translate("Commands", "Frame {id}").format(id=ids[0]) if len(ids) == 1 else translate("Commands", "Frame {n} nodes").format(n=len(ids)))

    def apply(self) -> None:
        self.graph.add_frame(copy.deepcopy(self.frame))


class RemoveFramesCommand(_LayoutCommand):
    """Remove frames; their nodes stay where they are."""

    def __init__(self, graph: Graph, frame_ids: Iterable[str]) -> None:
        self.frame_ids = [f for f in dict.fromkeys(frame_ids)]
        for f in self.frame_ids:
            if f not in graph.frames:
                raise GraphError(translate("Commands", "no frame named '{f}'").format(f=f))
        what = graph.frames[self.frame_ids[0]].title if len(self.frame_ids) == 1 else translate("Commands", "{n} frames").format(n=len(self.frame_ids))
        super().__init__(graph, translate("Commands", "Remove frame {what}").format(what=what))

    def apply(self) -> None:
        for f in self.frame_ids:
            self.graph.remove_frame(f)


class EditFrameCommand(_LayoutCommand):
    """Change a frame's title, colour or note."""

    def __init__(self, graph: Graph, frame_id: str, **fields: str) -> None:
        if frame_id not in graph.frames:
            raise GraphError(translate("Commands", "no frame named '{frame_id}'").format(frame_id=frame_id))
        self.frame_id, self.fields = frame_id, dict(fields)
        trial = graph.copy()
        trial.update_frame(frame_id, **fields)  # raises for a field that does not exist
        what = ", ".join(fields)
        super().__init__(graph, translate("Commands", "Set {what} of frame {title}").format(what=what, title=graph.frames[frame_id].title))

    def apply(self) -> None:
        self.graph.update_frame(self.frame_id, **self.fields)


class RemoveFromFrameCommand(_LayoutCommand):
    """Take nodes out of their frames (Alt+P)."""

    def __init__(self, graph: Graph, node_ids: Iterable[str]) -> None:
        self.node_ids = [n for n in dict.fromkeys(node_ids) if graph.frame_of(n) is not None]
        if not self.node_ids:
            raise GraphError(translate("Commands", "the selected nodes are in no frame"))
        super().__init__(graph, translate("Commands", "Remove {node} from its frame").format(node=self.node_ids[0])
                         if len(self.node_ids) == 1
                         else translate("Commands", "Remove {n} nodes from their frames").format(n=len(self.node_ids)))

    def apply(self) -> None:
        for n in self.node_ids:
            self.graph.leave_frame(n)


class ArrangeNodesCommand(MoveNodesCommand):
    """Move nodes to new places in one step that never merges with a drag (align, distribute,
    auto layout); `points` replaces the given wires' reroute points."""

    def __init__(self, graph: Graph, positions: Mapping[str, Pos], text: str,
                 points: Mapping[Edge, Iterable[Pos]] | None = None) -> None:
        moves = {n: (graph.node(n).pos, (float(p[0]), float(p[1]))) for n, p in positions.items()}
        changes = {e: (list(graph.reroutes.get(e, [])), list(pts)) for e, pts in (points or {}).items()}
        super().__init__(graph, moves, changes)
        self.setText(text)

    def id(self) -> int:
        return -1
