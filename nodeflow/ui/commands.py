"""Undoable edits of the graph document.

Every command works ONLY on the document (`Graph`); the canvas updates itself from
`graph.changed`. Constructors validate what they can (unknown types, bad parameter values,
wires the graph refuses) and raise `GraphError`, so a caller can show the reason instead of
pushing a command whose `redo` would fail. `undo` returns the document to exactly its previous
state, including node and edge order, so `graph_to_dict` compares equal.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtGui import QUndoCommand

from nodeflow.graph.document import Edge, Graph, GraphError, Node, PortRef
from nodeflow.i18n import translate
from nodeflow.nodes import REGISTRY, NodeError

Pos = tuple[float, float]

_MOVE_ID, _PARAM_ID, _TRAINING_ID = 1001, 1002, 1003


class _Snapshot:
    """Remembers node and edge order, reroute points and frames so undo can put them back
    exactly (nodes and wires are restored by the commands through the document's own methods;
    here only their order is reapplied, and the canvas layout put back as it was)."""

    def __init__(self, graph: Graph) -> None:
        self.node_order = list(graph.nodes)
        self.edge_order = list(graph.edges)
        self.reroutes = copy.deepcopy(graph.reroutes)
        self.frames = copy.deepcopy(graph.frames)

    def restore_order(self, graph: Graph) -> None:
        if set(graph.nodes) == set(self.node_order):
            graph.nodes = {k: graph.nodes[k] for k in self.node_order}
        if len(graph.edges) == len(self.edge_order) and set(graph.edges) == set(self.edge_order):
            graph.edges[:] = self.edge_order
        graph.restore_layout(self.reroutes, self.frames)


def _port(p: PortRef) -> str:
    return f"{p[0]}.{p[1]}"


class AddNodeCommand(QUndoCommand):
    """Add one node; the id is chosen once, so redo after undo recreates the same node."""

    def __init__(
        self,
        graph: Graph,
        type_name: str,
        params: Mapping[str, Any] | None = None,
        pos: Pos | None = None,
        node_id: str | None = None,
    ) -> None:
        try:
            spec = REGISTRY.get(type_name)
        except NodeError as exc:
            raise GraphError(str(exc)) from None
        self.graph = graph
        self.type_name = spec.type
        self.params = dict(params or {})
        self.pos = None if pos is None else (float(pos[0]), float(pos[1]))
        self.node_id = node_id if node_id is not None else graph.new_id(spec.type)
        if self.node_id in graph.nodes:
            raise GraphError(translate("Commands", "a node named '{node_id}' already exists").format(node_id=self.node_id), self.node_id)
        super().__init__(translate("Commands", "Add {type}").format(type=spec.type))

    def redo(self) -> None:
        self.graph.add_node(self.type_name, copy.deepcopy(self.params), self.pos, self.node_id)

    def undo(self) -> None:
        self.graph.remove_node(self.node_id)


class RemoveNodesCommand(QUndoCommand):
    """Remove nodes with every wire attached to them; undo restores nodes, params, positions,
    edges and their order exactly."""

    def __init__(self, graph: Graph, node_ids: Iterable[str]) -> None:
        self.graph = graph
        self.node_ids = [n for n in dict.fromkeys(node_ids)]
        for n in self.node_ids:
            graph.node(n)  # raises GraphError for an unknown id
        self._removed: list[Node] = []
        self._edges: list[Edge] = []
        self._snapshot: _Snapshot | None = None
        what = self.node_ids[0] if len(self.node_ids) == 1 else translate("Commands", "{n} nodes").format(n=len(self.node_ids))
        super().__init__(translate("Commands", "Delete {what}").format(what=what))

    def redo(self) -> None:
        self._snapshot = _Snapshot(self.graph)
        self._removed, edges = [], {}
        for n in self.node_ids:
            node, removed = self.graph.remove_node(n)
            self._removed.append(node)
            edges.update(dict.fromkeys(removed))
        self._edges = list(edges)

    def undo(self) -> None:
        for node in self._removed:
            self.graph.insert_node(node)
        for e in self._edges:
            self.graph.connect(e.src, e.dst)
        assert self._snapshot is not None
        self._snapshot.restore_order(self.graph)


class RemoveEdgesCommand(QUndoCommand):
    """Remove several wires at once (Delete on selected wires)."""

    def __init__(self, graph: Graph, edges: Iterable[Edge]) -> None:
        self.graph = graph
        self.edges = list(dict.fromkeys(edges))
        self._snapshot: _Snapshot | None = None
        what = _edge_text(self.edges[0]) if len(self.edges) == 1 else translate("Commands", "{n} wires").format(n=len(self.edges))
        super().__init__(translate("Commands", "Disconnect {what}").format(what=what))

    def redo(self) -> None:
        self._snapshot = _Snapshot(self.graph)
        for e in self.edges:
            self.graph.disconnect(e)

    def undo(self) -> None:
        for e in self.edges:
            self.graph.connect(e.src, e.dst)
        assert self._snapshot is not None
        self._snapshot.restore_order(self.graph)


def _edge_text(edge: Edge) -> str:
    src = edge.src[0] if edge.src[1] == "out" else _port(edge.src)
    dst = edge.dst[0] if edge.dst[1] == "in" else _port(edge.dst)
    return f"{src} → {dst}"


class ConnectCommand(QUndoCommand):
    """Wire an output port to an input port (port rules checked at construction)."""

    def __init__(self, graph: Graph, src: PortRef, dst: PortRef) -> None:
        graph.check_connection(src, dst)
        self.graph = graph
        self.edge = Edge((str(src[0]), str(src[1])), (str(dst[0]), str(dst[1])))
        super().__init__(translate("Commands", "Connect {wire}").format(wire=_edge_text(self.edge)))

    def redo(self) -> None:
        self.graph.connect(self.edge.src, self.edge.dst)

    def undo(self) -> None:
        self.graph.disconnect(self.edge)


class DisconnectCommand(RemoveEdgesCommand):
    """Remove one wire."""

    def __init__(self, graph: Graph, edge: Edge) -> None:
        if edge not in graph.edges:
            raise GraphError(translate("Commands", "no wire {edge}").format(edge=edge))
        super().__init__(graph, [edge])


class RewireCommand(QUndoCommand):
    """Take wires out and put one in, as one undo step: a wire dragged off an input onto
    another input, a wire dropped onto an input that already had one (which it replaces), or a
    wire pulled off an input and dropped on empty canvas (`add` None: it is removed)."""

    def __init__(self, graph: Graph, remove: Iterable[Edge], add: tuple[PortRef, PortRef] | None) -> None:
        self.graph = graph
        self.remove = list(dict.fromkeys(remove))
        for edge in self.remove:
            if edge not in graph.edges:
                raise GraphError(translate("Commands", "no wire {wire}").format(wire=_edge_text(edge)))
        self.add: Edge | None = None
        if add is not None:
            trial = graph.copy()
            for edge in self.remove:
                trial.disconnect(edge)
            trial.check_connection(*add)
            self.add = Edge((str(add[0][0]), str(add[0][1])), (str(add[1][0]), str(add[1][1])))
        self._snapshot: _Snapshot | None = None
        if self.add is None:
            text = (translate("Commands", "Disconnect {wire}").format(wire=_edge_text(self.remove[0])) if len(self.remove) == 1
                    else translate("Commands", "Disconnect wires"))
        else:
            text = translate("Commands", "Reconnect {wire}").format(wire=_edge_text(self.add))
        super().__init__(text)

    def redo(self) -> None:
        self._snapshot = _Snapshot(self.graph)
        for edge in self.remove:
            self.graph.disconnect(edge)
        if self.add is not None:
            self.graph.connect(self.add.src, self.add.dst)

    def undo(self) -> None:
        if self.add is not None:
            self.graph.disconnect(self.add)
        for edge in self.remove:
            self.graph.connect(edge.src, edge.dst)
        assert self._snapshot is not None
        self._snapshot.restore_order(self.graph)


class MoveNodesCommand(QUndoCommand):
    """Move nodes (and reroute points: `points` maps a wire to its (old, new) points);
    consecutive moves of the same nodes and wires merge into one undo step."""

    def __init__(
        self,
        graph: Graph,
        moves: Mapping[str, tuple[Pos | None, Pos | None]],
        points: Mapping[Edge, tuple[list[Pos], list[Pos]]] | None = None,
    ) -> None:
        self.graph = graph
        self.moves = {n: (old, new) for n, (old, new) in moves.items()}
        self.points = {e: (list(old), list(new)) for e, (old, new) in (points or {}).items()}
        if self.moves:
            what = next(iter(self.moves)) if len(self.moves) == 1 else translate("Commands", "{n} nodes").format(n=len(self.moves))
        else:
            what = translate("Commands", "reroute point") if len(self.points) == 1 else translate("Commands", "reroute points")
        super().__init__(translate("Commands", "Move {what}").format(what=what))

    def id(self) -> int:
        return _MOVE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (not isinstance(other, MoveNodesCommand) or type(other) is not type(self)
                or set(other.moves) != set(self.moves) or set(other.points) != set(self.points)):
            return False
        self.moves = {n: (self.moves[n][0], other.moves[n][1]) for n in self.moves}
        self.points = {e: (self.points[e][0], other.points[e][1]) for e in self.points}
        return True

    def redo(self) -> None:
        for n, (_old, new) in self.moves.items():
            self.graph.move_node(n, new)
        for e, (_old, new) in self.points.items():
            if e in self.graph.edges:
                self.graph.set_reroutes(e, new)

    def undo(self) -> None:
        for n, (old, _new) in self.moves.items():
            self.graph.move_node(n, old)
        for e, (old, _new) in self.points.items():
            if e in self.graph.edges:
                self.graph.set_reroutes(e, old)


_UNSET = object()


class SetParamCommand(QUndoCommand):
    """Set one parameter; undo restores the previous stored state, including "not set".
    Consecutive edits of the same parameter merge (typing into a spin box is one step)."""

    def __init__(self, graph: Graph, node_id: str, name: str, value: Any) -> None:
        node = graph.node(node_id)
        try:
            self.value = node.spec.param(name).coerce(value)
        except KeyError:
            raise GraphError(translate("Commands", "{node_id}: unknown parameter '{name}'").format(node_id=node_id, name=name), node_id) from None
        except NodeError as exc:
            raise GraphError(f"{node_id}: {exc}", node_id) from None
        self.graph, self.node_id, self.name = graph, node_id, name
        self.old = copy.deepcopy(node.params[name]) if name in node.params else _UNSET
        self.gesture = node.spec.param(name).kind == "points"
        """Each stroke drawn is its own undo step (drawn points never merge)."""
        shown = translate("Commands", "{n} points").format(n=len(self.value)) if self.gesture else repr(self.value)
        super().__init__(translate("Commands", "Set {node_id}.{name} = {value}").format(node_id=node_id, name=name, value=shown))

    def id(self) -> int:
        return -1 if self.gesture else _PARAM_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetParamCommand) or (other.node_id, other.name) != (self.node_id, self.name):
            return False
        self.value = other.value
        self.setText(other.text())
        return True

    def redo(self) -> None:
        self.graph.set_param(self.node_id, self.name, copy.deepcopy(self.value))

    def undo(self) -> None:
        if self.old is _UNSET:
            self.graph.unset_param(self.node_id, self.name)
        else:
            node = self.graph.node(self.node_id)
            node.params[self.name] = copy.deepcopy(self.old)  # stored exactly as it was
            self.graph.changed.emit("param_changed", node, self.name)


class SetTrainingCommand(QUndoCommand):
    """Set one training setting (epochs, seed, dtype...); consecutive edits of a key merge."""

    def __init__(self, graph: Graph, key: str, value: Any) -> None:
        self.graph, self.key, self.value = graph, key, copy.deepcopy(value)
        self.old = copy.deepcopy(graph.training[key]) if key in graph.training else _UNSET
        super().__init__(translate("Commands", "Set {key} = {value}").format(key=key, value=repr(value)))

    def id(self) -> int:
        return _TRAINING_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetTrainingCommand) or other.key != self.key:
            return False
        self.value = other.value
        self.setText(other.text())
        return True

    def redo(self) -> None:
        self.graph.set_training(self.key, copy.deepcopy(self.value))

    def undo(self) -> None:
        if self.old is _UNSET:
            self.graph.training.pop(self.key, None)
            self.graph.changed.emit("training_changed", self.key)
        else:
            self.graph.set_training(self.key, copy.deepcopy(self.old))


class PasteCommand(QUndoCommand):
    """Add copies of `nodes` (moved by `offset`) and the `edges` among them; ids already taken
    are renamed with `graph.new_id`. `id_map` tells the caller which new id each one got."""

    def __init__(self, graph: Graph, nodes: Iterable[Node], edges: Iterable[Edge], offset: Pos = (40.0, 40.0)) -> None:
        self.graph = graph
        taken = set(graph.nodes)
        self.id_map: dict[str, str] = {}
        self.nodes: list[Node] = []
        probe = Graph()
        probe.nodes = dict.fromkeys(taken)  # type: ignore[assignment]  # only keys matter for new_id
        for node in nodes:
            if node.unknown is None and node.block is None:  # a placeholder, a block: copied as they are
                REGISTRY.get(node.type)
            new = node.id if node.id not in probe.nodes else probe.new_id(node.id)
            probe.nodes[new] = None  # type: ignore[assignment]
            self.id_map[node.id] = new
            pos = None if node.pos is None else (node.pos[0] + offset[0], node.pos[1] + offset[1])
            self.nodes.append(Node(new, node.type, copy.deepcopy(node.params), pos, bypass=node.bypass,
                                   unknown=copy.deepcopy(node.unknown), block=copy.deepcopy(node.block)))
        self.edges = [
            Edge((self.id_map[e.src[0]], e.src[1]), (self.id_map[e.dst[0]], e.dst[1]))
            for e in edges
            if e.src[0] in self.id_map and e.dst[0] in self.id_map
        ]
        n = len(self.nodes)
        super().__init__(translate("Commands", "Paste {node}").format(node=self.nodes[0].id) if n == 1
                         else translate("Commands", "Paste {n} nodes").format(n=n))

    def redo(self) -> None:
        for node in self.nodes:
            if node.unknown is not None or node.block is not None:
                self.graph.insert_node(copy.deepcopy(node))
                continue
            self.graph.add_node(node.type, copy.deepcopy(node.params), node.pos, node.id)
            if node.bypass:
                self.graph.set_bypass(node.id, True)
        for e in self.edges:
            self.graph.connect(e.src, e.dst)

    def undo(self) -> None:
        for e in reversed(self.edges):
            self.graph.disconnect(e)
        for node in reversed(self.nodes):
            self.graph.remove_node(node.id)


class InsertNodeOnEdgeCommand(QUndoCommand):
    """Split a wire `a -> b` into `a -> new -> b` (the "insert Flatten" fix). The new node takes
    its first input and gives its first output, and sits between the two cards."""

    def __init__(self, graph: Graph, edge: Edge, type_name: str, pos: Pos | None = None) -> None:
        if edge not in graph.edges:
            raise GraphError(translate("Commands", "no wire {edge}").format(edge=edge))
        try:
            spec = REGISTRY.get(type_name)
        except NodeError as exc:
            raise GraphError(str(exc)) from None
        if not spec.inputs or not spec.outputs:
            raise GraphError(translate("Commands", "{type} cannot sit on a wire").format(type=spec.type))
        self.graph, self.edge, self.type_name = graph, edge, spec.type
        self.node_id = graph.new_id(spec.type)
        self.in_port, self.out_port = spec.inputs[0], spec.outputs[0]
        if pos is None:
            a, b = graph.node(edge.src[0]).pos, graph.node(edge.dst[0]).pos
            pos = ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2 + 60) if a is not None and b is not None else None
        self.pos = pos
        self._snapshot: _Snapshot | None = None
        super().__init__(translate("Commands", "Insert {type} before {dst}").format(type=spec.type, dst=edge.dst[0]))

    def redo(self) -> None:
        self._snapshot = _Snapshot(self.graph)
        self.graph.disconnect(self.edge)
        self.graph.add_node(self.type_name, {}, self.pos, self.node_id)
        self.graph.connect(self.edge.src, (self.node_id, self.in_port))
        self.graph.connect((self.node_id, self.out_port), self.edge.dst)

    def undo(self) -> None:
        self.graph.remove_node(self.node_id)
        self.graph.connect(self.edge.src, self.edge.dst)
        assert self._snapshot is not None
        self._snapshot.restore_order(self.graph)


class ReplaceNodeTypeCommand(QUndoCommand):
    """Change a node's type keeping its position, frame, the parameters the new type also has,
    and the wires whose port names still exist (with their reroute points). A node the user
    never named is renamed after its new type (`adam1` -> `sgd1`, see `new_id`); a named one
    keeps its id."""

    def __init__(self, graph: Graph, node_id: str, type_name: str) -> None:
        old = graph.node(node_id)
        try:
            spec = REGISTRY.get(type_name)
        except NodeError as exc:
            raise GraphError(str(exc)) from None
        self.graph, self.node_id, self.type_name = graph, node_id, spec.type
        renamed = spec.type != old.type and graph.has_default_id(node_id)
        self.new_id = graph.new_id(spec.type) if renamed else node_id
        """The id the node has after the change."""
        known = {p.name for p in spec.params}
        self.params = {k: copy.deepcopy(v) for k, v in old.params.items() if k in known}
        self._old_node: Node | None = None
        self._old_edges: list[Edge] = []
        self._snapshot: _Snapshot | None = None
        super().__init__(translate("Commands", "Change {node_id} to {type}").format(node_id=node_id, type=spec.type))

    def redo(self) -> None:
        graph = self.graph
        self._snapshot = snap = _Snapshot(graph)
        self._old_node, self._old_edges = graph.remove_node(self.node_id)
        spec = REGISTRY.get(self.type_name)
        graph.add_node(self.type_name, copy.deepcopy(self.params), self._old_node.pos, self.node_id)
        for e in self._old_edges:
            ok_src = e.src[0] != self.node_id or e.src[1] in spec.outputs
            ok_dst = e.dst[0] != self.node_id or e.dst[1] in spec.inputs
            if ok_src and ok_dst:
                graph.connect(e.src, e.dst)
                if e in snap.reroutes:
                    graph.set_reroutes(e, snap.reroutes[e])
        frame = next((f for f in snap.frames.values() if self.node_id in f.nodes), None)
        if frame is not None:
            graph.restore_layout(graph.reroutes, {**graph.frames, frame.id: copy.deepcopy(frame)})
        if self.new_id != self.node_id:
            graph.rename_node(self.node_id, self.new_id)

    def undo(self) -> None:
        self.graph.remove_node(self.new_id)
        assert self._old_node is not None and self._snapshot is not None
        self.graph.insert_node(self._old_node, self._old_edges)
        self._snapshot.restore_order(self.graph)
