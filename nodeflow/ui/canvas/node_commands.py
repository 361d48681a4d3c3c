"""Undoable canvas edits of nodes themselves: bypass (M) and the linked duplicate (Alt+D).

Bypass toggles `Node.bypass` (see `nodeflow.graph.bypass`); it is refused, with the reason,
for a node that cannot pass its input through. A linked duplicate is a second use of a layer
that shares the first one's weights (its `share` parameter names the owner), as a siamese
network or a GAN's discriminator needs; the engine trains one set of weights for both.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from typing import Any

from PySide6.QtGui import QUndoCommand

from nodeflow.graph import bypass
from nodeflow.graph.analysis import Analysis
from nodeflow.graph.document import Graph, GraphError, Node
from nodeflow.i18n import translate
from nodeflow.nodes.spec import SHARE_PARAM


class SetBypassCommand(QUndoCommand):
    """Bypass the nodes (`on`) or take their bypass off. Bypassing refuses, with the first
    node's reason, when a node cannot pass its input through (`bypass.refusal`)."""

    def __init__(self, graph: Graph, node_ids: Iterable[str], on: bool, analysis: Analysis | None = None) -> None:
        self.graph, self.on = graph, bool(on)
        self.node_ids = [n for n in node_ids if graph.node(n).bypass != self.on]
        if not self.node_ids:
            raise GraphError(translate("NodeCommands", "nothing to change"))
        if self.on:
            for n in self.node_ids:
                reason = bypass.refusal(graph, n, analysis)
                if reason is not None:
                    raise GraphError(reason, n)
        first, count = self.node_ids[0], len(self.node_ids)
        if self.on:
            text = (translate("NodeCommands", "Bypass {node}").format(node=first) if count == 1
                    else translate("NodeCommands", "Bypass {n} nodes").format(n=count))
        else:
            text = (translate("NodeCommands", "Stop bypassing {node}").format(node=first) if count == 1
                    else translate("NodeCommands", "Stop bypassing {n} nodes").format(n=count))
        super().__init__(text)

    def redo(self) -> None:
        for n in self.node_ids:
            self.graph.set_bypass(n, self.on)

    def undo(self) -> None:
        for n in reversed(self.node_ids):
            self.graph.set_bypass(n, not self.on)


def weight_owner(graph: Graph, node_id: str) -> str:
    """The node whose weights `node_id` uses: itself, or the node its `share` names."""
    node = graph.node(node_id)
    other = node.params.get(SHARE_PARAM)
    return other if isinstance(other, str) and other and other in graph.nodes else node_id


def can_link(graph: Graph, node_id: str) -> str | None:
    """Why `node_id` cannot have a linked duplicate, or None when it can (its type declares a
    `share` parameter)."""
    node = graph.node(node_id)
    if node.block is not None:
        from nodeflow.graph.blocks import shareable

        if shareable(node.block):
            return None
        return translate("NodeCommands", "{node}: this block holds no layer that can share its weights (such as "
                                         "Dense), so a linked duplicate would be a plain copy").format(node=node_id)
    try:
        spec = node.spec
        spec.param(SHARE_PARAM)
    except (KeyError, Exception):
        return translate("NodeCommands", "{node}: a {type} cannot share its weights with a linked duplicate "
                                         "(only layers with a 'share' parameter, such as Dense, can)").format(
            node=node_id, type=node.type)
    return None


class LinkedDuplicateCommand(QUndoCommand):
    """Add a copy of each node that uses the original's weights (`share` = the owner's id), with
    no wires, shifted by `offset`; `ids` holds the new ids."""

    def __init__(self, graph: Graph, node_ids: Iterable[str], offset: tuple[float, float] = (40.0, 40.0)) -> None:
        self.graph = graph
        node_ids = list(node_ids)
        for n in node_ids:
            reason = can_link(graph, n)
            if reason is not None:
                raise GraphError(reason, n)
        if not node_ids:
            raise GraphError(translate("NodeCommands", "Select a layer to duplicate with linked weights"))
        self.made: list[tuple[str, str, dict, tuple[float, float] | None]] = []
        self.blocks: dict[str, Any] = {}
        probe = Graph()
        probe.nodes = dict.fromkeys(graph.nodes)  # type: ignore[assignment]  # only keys matter for new_id
        for n in node_ids:
            node = graph.node(n)
            new = probe.new_id(n)
            probe.nodes[new] = None  # type: ignore[assignment]
            params = dict(node.params)
            if node.block is not None:
                from nodeflow.graph.blocks import linked_owner

                owner = linked_owner(graph, n)
                self.blocks[new] = copy.deepcopy(node.block)
                self.blocks[new].shares = owner.id if owner is not None else n
            else:
                params[SHARE_PARAM] = weight_owner(graph, n)
            pos = None if node.pos is None else (node.pos[0] + offset[0], node.pos[1] + offset[1])
            self.made.append((new, node.type, params, pos))
        self.ids = [m[0] for m in self.made]
        super().__init__(translate("NodeCommands", "Linked duplicate of {node}").format(node=node_ids[0])
                         if len(node_ids) == 1 else
                         translate("NodeCommands", "Linked duplicates of {n} nodes").format(n=len(node_ids)))

    def redo(self) -> None:
        for new, type_name, params, pos in self.made:
            if new in self.blocks:
                self.graph.insert_node(Node(new, type_name, {}, pos, block=copy.deepcopy(self.blocks[new])))
            else:
                self.graph.add_node(type_name, dict(params), pos, new)

    def undo(self) -> None:
        for new, *_rest in reversed(self.made):
            self.graph.remove_node(new)


class MakeBlockCommand(QUndoCommand):
    """Collapse the nodes into one block card (Ctrl+Alt+G): the wires that crossed the selection's
    edge now end at the block's ports (one input per outside output that feeds it, one output per
    inner output read outside; a single one of either is named "in" / "out"). Undo puts the nodes,
    wires, reroute points and frames back exactly."""

    def __init__(self, graph: Graph, node_ids: Iterable[str], pos: tuple[float, float] | None = None) -> None:
        from nodeflow.graph.blocks import BLOCK_TYPE, NEVER_INSIDE, SEP

        ids = [n for n in graph.nodes if n in set(node_ids)]
        if not ids:
            raise GraphError(translate("NodeCommands", "Select the nodes to put in a block"))
        for n in ids:
            node = graph.node(n)
            if node.block is not None or node.is_placeholder or SEP in n:
                raise GraphError(translate("NodeCommands", "{node}: a block cannot hold it (blocks inside blocks and "
                                                           "missing node types are not supported)").format(node=n), n)
            if node.spec.category in NEVER_INSIDE:
                raise GraphError(translate("NodeCommands", "{node}: a block holds layers, merges and activations, not a "
                                                           "{category} node").format(node=n, category=node.spec.category), n)
        inside = set(ids)
        self.graph, self.ids = graph, ids
        self.inner_edges = [e for e in graph.edges if e.src[0] in inside and e.dst[0] in inside]
        self.into = [e for e in graph.edges if e.dst[0] in inside and e.src[0] not in inside]
        self.out_of = [e for e in graph.edges if e.src[0] in inside and e.dst[0] not in inside]
        sources = list(dict.fromkeys(e.src for e in self.out_of))
        self.block_id = graph.new_id("block")
        if pos is None:
            placed = [graph.nodes[n].pos for n in ids if graph.nodes[n].pos is not None]
            pos = (round(sum(p[0] for p in placed) / len(placed)), round(sum(p[1] for p in placed) / len(placed))) \
                if placed else None
        self.pos = pos
        fed = list(dict.fromkeys(e.src for e in self.into))  # one input per outside source
        self.in_names = {src: ("in" if len(fed) == 1 else f"{src[0]}.{src[1]}") for src in fed}
        self.out_names = {s: ("out" if len(sources) == 1 else f"{s[0]}.{s[1]}") for s in sources}
        self.type = BLOCK_TYPE
        self._snapshot = None
        self._removed: list = []
        super().__init__(translate("NodeCommands", "Make a block of {n} nodes").format(n=len(ids)))

    def redo(self) -> None:
        import copy as _copy

        from nodeflow.graph.blocks import Block, BlockPort
        from nodeflow.graph.document import Node
        from nodeflow.ui.commands import _Snapshot

        g = self.graph
        self._snapshot = _Snapshot(g)
        self._nodes = {n: _copy.deepcopy(g.nodes[n]) for n in self.ids}
        block = Block(
            title=translate("NodeCommands", "Block"),
            nodes={n: _copy.deepcopy(node) for n, node in self._nodes.items()},
            edges=list(self.inner_edges),
            inputs=[BlockPort(name, [e.dst for e in self.into if e.src == src]) for src, name in self.in_names.items()],
            outputs=[BlockPort(name, [src]) for src, name in self.out_names.items()],
        )
        for n in block.nodes.values():
            n.pos = None if n.pos is None or self.pos is None else (n.pos[0] - self.pos[0], n.pos[1] - self.pos[1])
        for n in self.ids:
            g.remove_node(n)
        g.insert_node(Node(self.block_id, self.type, {}, self.pos, block=block))
        for src, name in self.in_names.items():
            g.connect(src, (self.block_id, name))
        for e in self.out_of:
            g.connect((self.block_id, self.out_names[e.src]), e.dst)

    def undo(self) -> None:
        g = self.graph
        g.remove_node(self.block_id)
        for n in self.ids:
            g.insert_node(self._nodes[n])
        for e in [*self.inner_edges, *self.into, *self.out_of]:
            g.connect(e.src, e.dst)
        assert self._snapshot is not None
        self._snapshot.restore_order(g)


class UngroupBlockCommand(QUndoCommand):
    """Put a block's nodes back on the canvas in its place (Alt+G), wired as the block's ports
    were; an inner id already taken gets a fresh one. Undo puts the block back exactly."""

    def __init__(self, graph: Graph, block_id: str) -> None:
        node = graph.node(block_id)
        if node.block is None:
            raise GraphError(translate("NodeCommands", "{node} is not a block").format(node=block_id), block_id)
        self.graph, self.block_id = graph, block_id
        probe = Graph()
        probe.nodes = dict.fromkeys(n for n in graph.nodes if n != block_id)  # type: ignore[assignment]
        self.ids: dict[str, str] = {}
        for inner in node.block.nodes:
            new = inner if inner not in probe.nodes else probe.new_id(inner)
            probe.nodes[new] = None  # type: ignore[assignment]
            self.ids[inner] = new
        self._snapshot = None
        self._old = None
        super().__init__(translate("NodeCommands", "Ungroup {node}").format(node=block_id))

    def redo(self) -> None:
        from nodeflow.ui.commands import _Snapshot

        g = self.graph
        self._snapshot = _Snapshot(g)
        self._old = g.remove_node(self.block_id)
        node, edges = self._old
        b = node.block
        base = node.pos
        for inner, n in b.nodes.items():
            made = copy.deepcopy(n)
            made.id = self.ids[inner]
            if made.pos is not None and base is not None:
                made.pos = (made.pos[0] + base[0], made.pos[1] + base[1])
            g.insert_node(made)
        for e in b.edges:
            g.connect((self.ids[e.src[0]], e.src[1]), (self.ids[e.dst[0]], e.dst[1]))
        for e in edges:
            if e.dst[0] == self.block_id:
                port = b.input(e.dst[1])
                for n, p in port.refs if port is not None else []:
                    g.connect(e.src, (self.ids[n], p))
            elif e.src[0] == self.block_id:
                port = b.output(e.src[1])
                if port is not None:
                    g.connect((self.ids[port.node], port.port), e.dst)

    def undo(self) -> None:
        g = self.graph
        for new in reversed(list(self.ids.values())):
            g.remove_node(new)
        assert self._old is not None and self._snapshot is not None
        g.insert_node(*self._old)
        self._snapshot.restore_order(g)


class PlaceBlockCommand(QUndoCommand):
    """A block from the library placed on the canvas: a new block card holding its own copy of
    the definition (its own weights), with no wires. `node_id` is the new card's id."""

    def __init__(self, graph: Graph, block: Any, pos: tuple[float, float] | None, stem: str = "block") -> None:
        from nodeflow.graph.blocks import BLOCK_TYPE

        self.graph, self.pos, self.type = graph, pos, BLOCK_TYPE
        self.block = copy.deepcopy(block)
        self.block.shares = ""
        self.node_id = graph.new_id(stem)
        super().__init__(translate("NodeCommands", "Place {title}").format(title=block.title))

    def redo(self) -> None:
        self.graph.insert_node(Node(self.node_id, self.type, {}, self.pos, block=copy.deepcopy(self.block)))

    def undo(self) -> None:
        self.graph.remove_node(self.node_id)
