"""Undoable edits the canvas's habits make: rename a node, delete with reconnect, drop a node
onto a wire, wire through an inserted node, create a node already wired.

Like `nodeflow.ui.commands`, each works only on the document, validates in its constructor
(raising `GraphError` with the reason) and undoes to exactly the previous document, reroute
points and frames included.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QUndoCommand

from nodeflow.graph.document import Edge, Graph, GraphError, Node, PortRef, check_node_id
from nodeflow.i18n import translate
from nodeflow.nodes import REGISTRY, NodeError
from nodeflow.ui.commands import Pos, _edge_text, _Snapshot


def _spec(type_name: str):
    try:
        return REGISTRY.get(type_name)
    except NodeError as exc:
        raise GraphError(str(exc)) from None


class RenameNodeCommand(QUndoCommand):
    """Give a node a new id (F2); its wires, reroute points and frame follow."""

    def __init__(self, graph: Graph, old: str, new: str) -> None:
        graph.node(old)
        new = check_node_id(new.strip() if isinstance(new, str) else new)
        if new == old:
            raise GraphError(translate("Commands", "{old} already has that name").format(old=old), old)
        if new in graph.nodes:
            raise GraphError(translate("Commands", "a node named '{new}' already exists: names must be unique").format(new=new), old)
        self.graph, self.old, self.new = graph, old, new
        super().__init__(translate("Commands", "Rename {old} to {new}").format(old=old, new=new))

    def redo(self) -> None:
        self.graph.rename_node(self.old, self.new)

    def undo(self) -> None:
        self.graph.rename_node(self.new, self.old)


class DissolveNodesCommand(QUndoCommand):
    """Delete nodes and add `bridges` (see `nodeflow.graph.edits.reconnect_plan`), so the chain
    they sat in stays connected (Blender's Ctrl+X)."""

    def __init__(self, graph: Graph, node_ids: Iterable[str], bridges: Iterable[tuple[PortRef, PortRef]]) -> None:
        self.graph = graph
        self.node_ids = list(dict.fromkeys(node_ids))
        for n in self.node_ids:
            graph.node(n)
        self.bridges = [Edge((str(s[0]), str(s[1])), (str(d[0]), str(d[1]))) for s, d in bridges]
        trial = graph.copy()
        for n in self.node_ids:
            trial.remove_node(n)
        for e in self.bridges:
            trial.connect(e.src, e.dst)  # raises GraphError for a port that cannot take it
        self._removed: list[Node] = []
        self._edges: list[Edge] = []
        self._snapshot: _Snapshot | None = None
        what = self.node_ids[0] if len(self.node_ids) == 1 else translate("Commands", "{n} nodes").format(n=len(self.node_ids))
        super().__init__(translate("Commands", "Delete {what} and reconnect").format(what=what) if self.bridges
                         else translate("Commands", "Delete {what}").format(what=what))

    def redo(self) -> None:
        self._snapshot = _Snapshot(self.graph)
        self._removed, edges = [], {}
        for n in self.node_ids:
            node, removed = self.graph.remove_node(n)
            self._removed.append(node)
            edges.update(dict.fromkeys(removed))
        self._edges = list(edges)
        for e in self.bridges:
            self.graph.connect(e.src, e.dst)

    def undo(self) -> None:
        for e in self.bridges:
            self.graph.disconnect(e)
        for node in self._removed:
            self.graph.insert_node(node)
        for e in self._edges:
            self.graph.connect(e.src, e.dst)
        assert self._snapshot is not None
        self._snapshot.restore_order(self.graph)


class SpliceNodeCommand(QUndoCommand):
    """Put an unwired node on a wire `a -> b`: `a -> node.in_port`, `node.out_port -> b`
    (a card dropped onto a wire)."""

    def __init__(self, graph: Graph, edge: Edge, node_id: str, in_port: str, out_port: str) -> None:
        if edge not in graph.edges:
            raise GraphError(translate("Commands", "no wire {edge}").format(edge=edge))
        if node_id in (edge.src[0], edge.dst[0]):
            raise GraphError(translate("Commands", "{node_id} is already on that wire").format(node_id=node_id), node_id)
        trial = graph.copy()
        trial.disconnect(edge)
        trial.connect(edge.src, (node_id, in_port))
        trial.connect((node_id, out_port), edge.dst)
        self.graph, self.edge, self.node_id = graph, edge, node_id
        self.first, self.second = Edge(edge.src, (node_id, in_port)), Edge((node_id, out_port), edge.dst)
        self._snapshot: _Snapshot | None = None
        super().__init__(translate("Commands", "Insert {node_id} on {wire}").format(node_id=node_id, wire=_edge_text(edge)))

    def redo(self) -> None:
        self._snapshot = _Snapshot(self.graph)
        self.graph.disconnect(self.edge)
        self.graph.connect(self.first.src, self.first.dst)
        self.graph.connect(self.second.src, self.second.dst)

    def undo(self) -> None:
        self.graph.disconnect(self.second)
        self.graph.disconnect(self.first)
        self.graph.connect(self.edge.src, self.edge.dst)
        assert self._snapshot is not None
        self._snapshot.restore_order(self.graph)


class AddWiredNodeCommand(QUndoCommand):
    """Add a node of `type_name` at `pos` and wire its `port` to the existing port `other`
    (a wire dragged into empty space, then a type chosen in the quick search). When the new
    node is the wire's source, `other` is an input and `remove` its old wire, if any."""

    def __init__(
        self, graph: Graph, type_name: str, pos: Pos, port: str, other: PortRef, *,
        new_is_source: bool, remove: Iterable[Edge] = (),
    ) -> None:
        spec = _spec(type_name)
        self.graph, self.type_name, self.pos = graph, spec.type, (float(pos[0]), float(pos[1]))
        self.node_id = graph.new_id(spec.type)
        ref = (self.node_id, port)
        self.src, self.dst = (ref, other) if new_is_source else (other, ref)
        if port not in (spec.outputs if new_is_source else spec.inputs):
            raise GraphError((translate("Commands", "{type} has no output port '{port}'") if new_is_source
                              else translate("Commands", "{type} has no input port '{port}'")).format(type=spec.type, port=port))
        self.remove = list(dict.fromkeys(remove))
        trial = graph.copy()
        for e in self.remove:
            trial.disconnect(e)
        trial.add_node(spec.type, {}, self.pos, self.node_id)
        trial.check_connection(self.src, self.dst)
        self._snapshot: _Snapshot | None = None
        super().__init__(translate("Commands", "Add {type} wired to {other}").format(type=spec.type, other=other[0]))

    def redo(self) -> None:
        self._snapshot = _Snapshot(self.graph)
        for e in self.remove:
            self.graph.disconnect(e)
        self.graph.add_node(self.type_name, {}, self.pos, self.node_id)
        self.graph.connect(self.src, self.dst)

    def undo(self) -> None:
        self.graph.remove_node(self.node_id)
        for e in self.remove:
            self.graph.connect(e.src, e.dst)
        assert self._snapshot is not None
        self._snapshot.restore_order(self.graph)


class ConnectThroughCommand(QUndoCommand):
    """Wire `src -> dst` through a new node of `type_name` (a refused wire's fix: pool2 ->
    Flatten -> fc), taking out `remove` first (the input's old wire, a lifted wire)."""

    def __init__(
        self, graph: Graph, src: PortRef, dst: PortRef, type_name: str, pos: Pos, remove: Iterable[Edge] = ()
    ) -> None:
        spec = _spec(type_name)
        if not spec.inputs or not spec.outputs:
            raise GraphError(translate("Commands", "{type} cannot sit on a wire").format(type=spec.type))
        self.graph, self.type_name, self.pos = graph, spec.type, (float(pos[0]), float(pos[1]))
        self.node_id = graph.new_id(spec.type)
        self.src, self.dst = (str(src[0]), str(src[1])), (str(dst[0]), str(dst[1]))
        self.in_port, self.out_port = spec.inputs[0], spec.outputs[0]
        self.remove = list(dict.fromkeys(remove))
        trial = graph.copy()
        for e in self.remove:
            trial.disconnect(e)
        trial.add_node(spec.type, {}, self.pos, self.node_id)
        trial.connect(self.src, (self.node_id, self.in_port))
        trial.connect((self.node_id, self.out_port), self.dst)
        self._snapshot: _Snapshot | None = None
        super().__init__(translate("Commands", "Connect {src} → {dst} through a {type}").format(src=self.src[0], dst=self.dst[0], type=spec.type))

    def redo(self) -> None:
        self._snapshot = _Snapshot(self.graph)
        for e in self.remove:
            self.graph.disconnect(e)
        self.graph.add_node(self.type_name, {}, self.pos, self.node_id)
        self.graph.connect(self.src, (self.node_id, self.in_port))
        self.graph.connect((self.node_id, self.out_port), self.dst)

    def undo(self) -> None:
        self.graph.remove_node(self.node_id)
        for e in self.remove:
            self.graph.connect(e.src, e.dst)
        assert self._snapshot is not None
        self._snapshot.restore_order(self.graph)
