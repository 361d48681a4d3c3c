"""Blocks (subgraphs): several nodes collapsed into one card whose ports are the block's inputs
and outputs.

A block node is a `Node` of type "Block" whose `block` holds its definition (`Block`): the inner
nodes and wires, and which inner port each of the block's ports stands for. In the file the
definition is written inside the node (`"block": {"title": ..., "nodes": [...], "edges": [...],
"inputs": [{"name": "in", "to": [["fc1", "in"], ["add", "a"]]}], "outputs": [{"name": "out", "from": ["relu", "out"]}]}`).

The engine never sees blocks: `flatten(graph)` (part of `Graph.resolved()`) puts each block's
inner nodes in its place, named `<block id>/<inner id>`, and wires them to what the block's ports
were wired to; shapes, parameter counts and errors are found on that graph, and an inner node's
error is shown on its block's card. A block owns its weights, unless it is a linked placement
(`Block.shares` names another block node, Alt+D): then each of its inner layers that can share
(a `share` parameter, as Dense has) uses the weights of the same inner layer of that block, so
one set of weights is trained (and saved) for both, as a siamese network needs.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from nodeflow.compute.types import NodeError

BLOCK_TYPE = "Block"
SEP = "/"
"""Between a block's id and an inner node's id in the flattened graph (`res1/fc1`)."""
NEVER_INSIDE = ("data", "loss", "optimizer")
"""Categories of node types a block does not hold: a block is a piece of the network."""


@dataclass
class BlockPort:
    """One of the block's ports: its name and the inner ports it stands for (an input may feed
    several inner inputs, as a residual block's input feeds its first layer and its Add; an
    output is one inner output)."""

    name: str
    refs: list[tuple[str, str]]

    @property
    def node(self) -> str:
        return self.refs[0][0]

    @property
    def port(self) -> str:
        return self.refs[0][1]


@dataclass
class Block:
    """A block's definition: inner nodes (by id) and wires, and its ports."""

    title: str = "Block"
    nodes: dict[str, Any] = field(default_factory=dict)
    edges: list[Any] = field(default_factory=list)
    inputs: list[BlockPort] = field(default_factory=list)
    outputs: list[BlockPort] = field(default_factory=list)
    shares: str = ""
    """A linked placement: the id of the block node whose weights this one uses (its inner
    layers with a `share` parameter share the same inner layers there); empty: its own."""

    def input(self, name: str) -> BlockPort | None:
        return next((p for p in self.inputs if p.name == name), None)

    def output(self, name: str) -> BlockPort | None:
        return next((p for p in self.outputs if p.name == name), None)


def block_spec(node: Any) -> Any:
    """The NodeSpec of a block node: its ports from its definition."""
    b = node.block
    return _spec(tuple(p.name for p in b.inputs), tuple(p.name for p in b.outputs))


@lru_cache(maxsize=256)
def _spec(inputs: tuple[str, ...], outputs: tuple[str, ...]) -> Any:
    from nodeflow.nodes.spec import NodeSpec

    def refuse(params: Any, ins: Any) -> Any:
        raise NodeError("a block is checked through its inner nodes")

    return NodeSpec(type=BLOCK_TYPE, category="layer", shape_rule=refuse, inputs=inputs, outputs=outputs,
                    help="A block: several nodes collapsed into one card (its ports are the block's inputs and outputs).")


def has_blocks(graph: Any) -> bool:
    return any(getattr(n, "block", None) is not None for n in graph.nodes.values())


def inner_id(block_id: str, node_id: str) -> str:
    return f"{block_id}{SEP}{node_id}"


def flatten(graph: Any) -> Any:
    """The graph with every block replaced by its inner nodes (`<block>/<inner>`), wired as the
    block's ports were; the graph itself when it has no blocks."""
    if not has_blocks(graph):
        return graph
    from nodeflow.graph.document import Edge, Graph

    out = Graph(graph.name)
    out.description = graph.description
    out.base_dir = graph.base_dir
    out.training = dict(graph.training)
    for node_id, node in graph.nodes.items():
        if node.block is None:
            out.nodes[node_id] = node
            continue
        owner = linked_owner(graph, node_id)
        for inner, n in node.block.nodes.items():
            moved = copy.copy(n)
            moved.id = inner_id(node_id, inner)
            if owner is not None and inner in owner.block.nodes and _can_share(n):
                moved.params = {**n.params, SHARE: inner_id(owner.id, inner)}
            elif isinstance(n.params.get(SHARE), str) and n.params.get(SHARE) in node.block.nodes:
                moved.params = {**n.params, SHARE: inner_id(node_id, n.params[SHARE])}
            out.nodes[moved.id] = moved
        for e in node.block.edges:
            out.edges.append(Edge((inner_id(node_id, e.src[0]), e.src[1]), (inner_id(node_id, e.dst[0]), e.dst[1])))

    def src_of(ref: tuple[str, str]) -> tuple[str, str] | None:
        node = graph.nodes.get(ref[0])
        if node is None or node.block is None:
            return ref
        port = node.block.output(ref[1])
        return None if port is None else (inner_id(ref[0], port.node), port.port)

    def dst_of(ref: tuple[str, str]) -> list[tuple[str, str]]:
        node = graph.nodes.get(ref[0])
        if node is None or node.block is None:
            return [ref]
        port = node.block.input(ref[1])
        return [] if port is None else [(inner_id(ref[0], n), p) for n, p in port.refs]

    for e in graph.edges:
        s = src_of(e.src)
        for d in dst_of(e.dst) if s is not None else []:
            out.edges.append(Edge(s, d))
    return out


SHARE = "share"  # nodeflow.nodes.spec.SHARE_PARAM


def _can_share(node: Any) -> bool:
    try:
        node.spec.param(SHARE)
    except Exception:  # noqa: BLE001 - no such parameter (or an unknown type)
        return False
    return True


def linked_owner(graph: Any, node_id: str) -> Any:
    """The block node whose weights block `node_id` uses (its `shares`), or None (its own; also
    when that node is gone or is not a block)."""
    seen = {node_id}
    b = graph.nodes[node_id].block
    other = None
    while b is not None and b.shares and b.shares not in seen:  # a link to a link: the first owner
        nxt = graph.nodes.get(b.shares)
        if nxt is None or nxt.block is None:
            break
        other, b = nxt, nxt.block
        seen.add(nxt.id)
    return other


def shareable(block: Block) -> bool:
    """True when a linked placement of this block would share any weights."""
    return any(_can_share(n) for n in block.nodes.values())


def output_aliases(graph: Any) -> dict[tuple[str, str], tuple[str, str]]:
    """(block, output port) -> the inner port in the flattened graph it gives."""
    found = {}
    for node_id, node in graph.nodes.items():
        if node.block is not None:
            for p in node.block.outputs:
                found[(node_id, p.name)] = (inner_id(node_id, p.node), p.port)
    return found
