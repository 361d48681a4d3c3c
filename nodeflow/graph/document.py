"""The graph document: nodes, edges between named ports, and training settings.

This is the single source of truth the window edits and the engine compiles. It never imports
Qt; it notifies listeners through `Graph.changed` (an `Event`) with a short kind string:
"node_added", "node_removed", "edge_added", "edge_removed", "param_changed", "node_moved",
"renamed", "training_changed", "reset", "bypass_changed" (node), "block_changed" (a block node whose
definition an edit inside it replaced), and for the canvas's own structure "node_renamed"
(old id, new id), "reroutes_changed" (edge), "frame_added", "frame_removed", "frame_changed"
(frame), and "data_changed" (a data file the graph reads changed on disk: nothing in the
document did, but its analysis may have).

Two things only the canvas draws live here too, so they are saved, copied and undone with
the graph: *reroute points* (where a wire bends on its way, `reroutes[edge]`) and *frames*
(titled, coloured boxes around a group of nodes). The engine never reads either.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from nodeflow.compute.runtime.settings import BY_NAME
from nodeflow.compute.types import GraphError  # noqa: F401  (re-exported: the error of a graph edit or file)
from nodeflow.events import Event
from nodeflow.nodes import REGISTRY, NodeError

DEFAULT_TRAINING: dict[str, Any] = {name: BY_NAME[name].default for name in ("epochs", "seed", "dtype")}
"""What a new graph's `training` section holds (the other settings take their declared defaults)."""

PortRef = tuple[str, str]
"""A port named by `(node id, port name)`."""


@dataclass
class Node:
    id: str
    type: str
    params: dict[str, Any] = field(default_factory=dict)
    pos: tuple[float, float] | None = None
    bypass: bool = False
    """Bypassed (muted, the M key): the node passes its input through unchanged; the engine
    trains `Graph.resolved()`, the graph without it (see `nodeflow.graph.bypass`)."""
    unknown: dict[str, Any] | None = None
    """A placeholder: the node's entry as read from the file, for a type this installation does
    not have (a plugin not installed, a newer nodeflow). Kept to be saved back unchanged."""
    block: Any = None
    """A block node (type "Block"): its definition, a `nodeflow.graph.blocks.Block` (inner nodes,
    wires, ports). The engine sees its inner nodes instead (`Graph.resolved()`)."""

    @property
    def spec(self):
        if self.block is not None:
            from nodeflow.graph.blocks import block_spec

            return block_spec(self)
        if self.unknown is not None:
            from nodeflow.graph.placeholders import placeholder_spec

            return placeholder_spec(self)
        return REGISTRY.get(self.type)

    @property
    def is_placeholder(self) -> bool:
        return self.unknown is not None


@dataclass(frozen=True)
class Edge:
    """A wire from an output port to an input port."""

    src: PortRef
    dst: PortRef

    def __str__(self) -> str:
        return f"{self.src[0]}.{self.src[1]} -> {self.dst[0]}.{self.dst[1]}"


_ID_OK = re.compile(r"[^\x00-\x1f\x7f]{1,64}")  # used with fullmatch: "$" would let a trailing newline in

Pos = tuple[float, float]


@dataclass
class Frame:
    """A titled, coloured box the canvas draws around `nodes` (ids); it moves with them.
    `color` is "#rrggbb"; `note` is free text shown under the title."""

    id: str
    title: str = "Frame"
    color: str = "#4a6fa5"
    note: str = ""
    nodes: list[str] = field(default_factory=list)


def check_node_id(node_id: object) -> str:
    """The id itself if it is a valid node id (1 to 64 characters, no control characters)."""
    if not isinstance(node_id, str) or not _ID_OK.fullmatch(node_id):
        raise GraphError(f"invalid node id {str(node_id)[:40]!r}", None)
    return node_id


class Graph:
    """An editable graph of nodes. Parameters are stored as given (only non-default values need
    be present); `Node.spec.validate_params` fills in defaults when the graph is checked."""

    def __init__(self, name: str = "Untitled") -> None:
        self.name = name
        self.description = ""
        self.base_dir: str | None = None
        """The folder relative data paths (a Dataset's csv) are read from: the graph file's folder,
        set by `io.load`/`io.save`; None means the working directory. Not saved in the file."""
        self.nodes: dict[str, Node] = {}
        self.edges: list[Edge] = []
        self.training: dict[str, Any] = dict(DEFAULT_TRAINING)
        self.reroutes: dict[Edge, list[Pos]] = {}
        """Points a wire passes through on the canvas, in order from its output to its input."""
        self.frames: dict[str, Frame] = {}
        self.changed = Event()

    # ----------------------------------------------------------------- queries
    def node(self, node_id: str) -> Node:
        try:
            return self.nodes[node_id]
        except KeyError:
            raise GraphError(f"no node named '{node_id}'", node_id) from None

    def incoming(self, node_id: str) -> dict[str, Edge]:
        """Edges into a node, by input port name."""
        return {e.dst[1]: e for e in self.edges if e.dst[0] == node_id}

    def outgoing(self, node_id: str) -> list[Edge]:
        return [e for e in self.edges if e.src[0] == node_id]

    def edges_of(self, node_id: str) -> list[Edge]:
        return [e for e in self.edges if node_id in (e.src[0], e.dst[0])]

    def source_of(self, port: PortRef) -> PortRef | None:
        """The output port wired into an input port, if any."""
        for e in self.edges:
            if e.dst == port:
                return e.src
        return None

    def new_id(self, base: str) -> str:
        """A fresh id such as `dense1`, `dense2` from a type name or an existing id."""
        stem = re.sub(r"\d+$", "", base.lower()) or "node"
        i = 1
        while f"{stem}{i}" in self.nodes:
            i += 1
        return f"{stem}{i}"

    def has_default_id(self, node_id: str) -> bool:
        """True when the id is the kind `new_id` makes for the node's type (`adam1` for an Adam),
        i.e. the user never named the node."""
        node = self.node(node_id)
        return re.fullmatch(re.escape(node.type.lower()) + r"\d+", node_id) is not None

    def frame_of(self, node_id: str) -> Frame | None:
        return next((f for f in self.frames.values() if node_id in f.nodes), None)

    def new_frame_id(self) -> str:
        i = 1
        while f"frame{i}" in self.frames:
            i += 1
        return f"frame{i}"

    # ------------------------------------------------------------------- edits
    def add_node(
        self,
        type_name: str,
        params: dict[str, Any] | None = None,
        pos: tuple[float, float] | None = None,
        node_id: str | None = None,
    ) -> Node:
        """Add a node; the type must be known, the id (generated when None) unused."""
        try:
            spec = REGISTRY.get(type_name)
        except NodeError as exc:
            raise GraphError(str(exc), node_id) from None
        node_id = check_node_id(node_id if node_id is not None else self.new_id(spec.type))
        if node_id in self.nodes:
            raise GraphError(f"a node named '{node_id}' already exists", node_id)
        node = Node(node_id, spec.type, dict(params or {}), pos)
        self.nodes[node_id] = node
        self.changed.emit("node_added", node)
        return node

    def insert_node(self, node: Node, edges: Iterable[Edge] = ()) -> None:
        """Put back a node removed earlier, with its edges (used by undo)."""
        if node.id in self.nodes:
            raise GraphError(f"a node named '{node.id}' already exists", node.id)
        self.nodes[node.id] = node
        self.changed.emit("node_added", node)
        for e in edges:
            self.connect(e.src, e.dst)

    def remove_node(self, node_id: str) -> tuple[Node, list[Edge]]:
        """Remove a node and the edges attached to it; returns both so undo can restore them.
        The node leaves its frame; a frame left empty goes too (undo puts frames back whole)."""
        node = self.node(node_id)
        removed = self.edges_of(node_id)
        for e in removed:
            self.disconnect(e)
        del self.nodes[node_id]
        self.changed.emit("node_removed", node)
        frame = self.frame_of(node_id)
        if frame is not None:
            frame.nodes.remove(node_id)
            if frame.nodes:
                self.changed.emit("frame_changed", frame)
            else:
                self.remove_frame(frame.id)
        return node, removed

    def rename_node(self, old: str, new: str) -> None:
        """Give a node a new id; its wires, reroute points and frame follow, and the node keeps
        its place in the document (and each wire its place in the list)."""
        self.node(old)
        check_node_id(new)
        if new == old:
            return
        if new in self.nodes:
            raise GraphError(f"a node named '{new}' already exists", old)

        def moved(ref: PortRef) -> PortRef:
            return (new, ref[1]) if ref[0] == old else ref

        self.nodes = {(new if k == old else k): v for k, v in self.nodes.items()}
        self.nodes[new].id = new
        self.edges[:] = [Edge(moved(e.src), moved(e.dst)) for e in self.edges]
        self.reroutes = {Edge(moved(e.src), moved(e.dst)): pts for e, pts in self.reroutes.items()}
        for frame in self.frames.values():
            frame.nodes[:] = [new if n == old else n for n in frame.nodes]
        for node in self.nodes.values():  # linked blocks name the block whose weights they use
            if node.block is not None and node.block.shares == old:
                node.block.shares = new
        self.changed.emit("node_renamed", old, new)

    def check_connection(self, src: PortRef, dst: PortRef, *, replace: bool = False) -> None:
        """Raise GraphError with the reason when `src -> dst` cannot be wired (ports only;
        shape compatibility is checked by `graph.analysis`). With `replace`, an input that
        already has a wire is acceptable: the caller removes that wire first."""
        s_node, d_node = self.node(src[0]), self.node(dst[0])
        if src[1] not in s_node.spec.outputs:
            raise GraphError(f"{s_node.id} has no output port '{src[1]}'", s_node.id)
        if dst[1] not in d_node.spec.inputs:
            raise GraphError(f"{d_node.id} has no input port '{dst[1]}'", d_node.id)
        if src[0] == dst[0]:
            raise GraphError(f"{d_node.id} cannot take its own output", d_node.id)
        existing = self.source_of(dst)
        if existing is not None and not replace:
            raise GraphError(
                f"{d_node.id}.{dst[1]} is already connected to {existing[0]}.{existing[1]}", d_node.id
            )

    def connect(self, src: PortRef, dst: PortRef) -> Edge:
        src, dst = (str(src[0]), str(src[1])), (str(dst[0]), str(dst[1]))
        self.check_connection(src, dst)
        edge = Edge(src, dst)
        self.edges.append(edge)
        self.changed.emit("edge_added", edge)
        return edge

    def disconnect(self, edge: Edge) -> None:
        """Remove a wire (and its reroute points)."""
        try:
            self.edges.remove(edge)
        except ValueError:
            raise GraphError(f"no wire {edge}") from None
        self.reroutes.pop(edge, None)
        self.changed.emit("edge_removed", edge)

    def set_reroutes(self, edge: Edge, points: Iterable[Pos]) -> None:
        """Set the points a wire passes through (none: a straight curve from port to port)."""
        if edge not in self.edges:
            raise GraphError(f"no wire {edge}")
        pts = [(float(x), float(y)) for x, y in points]
        if pts:
            self.reroutes[edge] = pts
        else:
            self.reroutes.pop(edge, None)
        self.changed.emit("reroutes_changed", edge)

    # ------------------------------------------------------------------ frames
    def add_frame(self, frame: Frame) -> Frame:
        """Add a frame around existing nodes; a node is in one frame at most, so the nodes
        leave any frame they were in (frames left empty go)."""
        if frame.id in self.frames:
            raise GraphError(f"a frame named '{frame.id}' already exists")
        missing = [n for n in frame.nodes if n not in self.nodes]
        if missing:
            raise GraphError(f"no node named '{missing[0]}'", missing[0])
        if not frame.nodes:
            raise GraphError("a frame needs at least one node")
        for n in frame.nodes:
            self.leave_frame(n)
        members = set(frame.nodes)
        frame.nodes[:] = [n for n in self.nodes if n in members]  # document order, as saved
        self.frames[frame.id] = frame
        self.changed.emit("frame_added", frame)
        return frame

    def remove_frame(self, frame_id: str) -> Frame:
        """Remove a frame; its nodes stay where they are."""
        try:
            frame = self.frames.pop(frame_id)
        except KeyError:
            raise GraphError(f"no frame named '{frame_id}'") from None
        self.changed.emit("frame_removed", frame)
        return frame

    def update_frame(self, frame_id: str, **fields: Any) -> None:
        """Change a frame's `title`, `color` or `note`."""
        frame = self.frames.get(frame_id)
        if frame is None:
            raise GraphError(f"no frame named '{frame_id}'")
        for key, value in fields.items():
            if key not in ("title", "color", "note") or not isinstance(value, str):
                raise GraphError(f"frame {frame_id}: cannot set {key} to {value!r}")
            setattr(frame, key, value)
        self.changed.emit("frame_changed", frame)

    def leave_frame(self, node_id: str) -> None:
        """Take a node out of its frame (a frame left empty goes)."""
        frame = self.frame_of(node_id)
        if frame is None:
            return
        frame.nodes.remove(node_id)
        if frame.nodes:
            self.changed.emit("frame_changed", frame)
        else:
            self.remove_frame(frame.id)

    def restore_layout(self, reroutes: dict[Edge, list[Pos]], frames: dict[str, Frame]) -> None:
        """Put back reroute points and frames exactly as they were (used by undo); only what
        differs is announced."""
        for edge in set(self.reroutes) | set(reroutes):
            if self.reroutes.get(edge) != reroutes.get(edge) and edge in self.edges:
                self.set_reroutes(edge, reroutes.get(edge, []))
        for frame_id in list(self.frames):
            if frame_id not in frames:
                self.remove_frame(frame_id)
        for frame_id, frame in frames.items():
            mine = self.frames.get(frame_id)
            if mine is None:
                self.frames[frame_id] = copy.deepcopy(frame)
                self.changed.emit("frame_added", self.frames[frame_id])
            elif mine != frame:
                self.frames[frame_id] = copy.deepcopy(frame)
                self.changed.emit("frame_changed", self.frames[frame_id])
        self.frames = {k: self.frames[k] for k in frames}

    def set_param(self, node_id: str, name: str, value: Any) -> Any:
        """Validate and set one parameter; returns the previous stored value (None if unset)."""
        node = self.node(node_id)
        try:
            canonical = node.spec.param(name).coerce(value)
        except KeyError:
            raise GraphError(f"{node_id}: unknown parameter '{name}'", node_id) from None
        except NodeError as exc:
            raise GraphError(f"{node_id}: {exc}", node_id) from None
        old = node.params.get(name)
        node.params[name] = canonical
        self.changed.emit("param_changed", node, name)
        return old

    def unset_param(self, node_id: str, name: str) -> None:
        """Forget a stored value so the default applies again (used by undo)."""
        node = self.node(node_id)
        node.params.pop(name, None)
        self.changed.emit("param_changed", node, name)

    def set_bypass(self, node_id: str, on: bool) -> None:
        """Bypass (mute) a node or take the bypass off; `nodeflow.graph.bypass.refusal` says
        whether a node may be bypassed (the canvas asks before it sets it)."""
        node = self.node(node_id)
        if node.bypass == bool(on):
            return
        node.bypass = bool(on)
        self.changed.emit("bypass_changed", node)

    def resolved(self) -> Graph:
        """The graph the engine trains: blocks replaced by their inner nodes, bypassed nodes taken
        out and their consumers wired to what fed them (this graph itself when there is neither).
        See `nodeflow.graph.blocks` and `nodeflow.graph.bypass`."""
        from nodeflow.graph.bypass import resolved

        return resolved(self)

    def move_node(self, node_id: str, pos: tuple[float, float] | None) -> None:
        node = self.node(node_id)
        node.pos = None if pos is None else (float(pos[0]), float(pos[1]))
        self.changed.emit("node_moved", node)

    def set_training(self, key: str, value: Any) -> None:
        self.training[key] = value
        self.changed.emit("training_changed", key)

    # ------------------------------------------------------------- whole graph
    def copy(self) -> Graph:
        """A deep copy without listeners."""
        other = Graph(self.name)
        other.description = self.description
        other.base_dir = self.base_dir
        other.nodes = {k: copy.deepcopy(v) for k, v in self.nodes.items()}
        other.edges = list(self.edges)
        other.training = copy.deepcopy(self.training)
        other.reroutes = copy.deepcopy(self.reroutes)
        other.frames = copy.deepcopy(self.frames)
        return other

    def replace_with(self, other: Graph) -> None:
        """Take over another graph's content in place (listeners stay) and announce a reset."""
        self.name = other.name
        self.description = getattr(other, "description", "")
        self.base_dir = other.base_dir
        self.nodes = {k: copy.deepcopy(v) for k, v in other.nodes.items()}
        self.edges = list(other.edges)
        self.training = copy.deepcopy(other.training)
        self.reroutes = copy.deepcopy(getattr(other, "reroutes", {}))
        self.frames = copy.deepcopy(getattr(other, "frames", {}))
        self.changed.emit("reset")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Graph):
            return NotImplemented
        return (
            self.name == other.name
            and self.description == other.description
            and self.nodes == other.nodes
            and sorted(map(str, self.edges)) == sorted(map(str, other.edges))
            and self.training == other.training
            and self.reroutes == other.reroutes
            and self.frames == other.frames
        )

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Graph({self.name!r}, {len(self.nodes)} nodes, {len(self.edges)} edges)"
