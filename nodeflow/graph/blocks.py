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


# ------------------------------------------------------------------ editing a block's inside
INPUTS_CARD = "/inputs"
"""The id, inside an entered block, of the card whose outputs are the block's inputs (an inner id
never holds SEP, so it cannot clash with one)."""
OUTPUTS_CARD = "/outputs"
"""The id, inside an entered block, of the card whose inputs are the block's outputs."""
CARDS = (INPUTS_CARD, OUTPUTS_CARD)
CARD_GAP = 260.0


def _document() -> Any:
    from nodeflow.graph import document

    return document


@lru_cache(maxsize=256)
def _card_spec(ports: tuple[str, ...], inputs_card: bool) -> Any:
    from nodeflow.nodes.spec import NodeSpec

    def refuse(params: Any, ins: Any) -> Any:
        raise NodeError("the block's port card takes its shapes from the graph outside")

    if inputs_card:
        return NodeSpec(type="Block inputs", category="data", shape_rule=refuse, inputs=(), outputs=ports,
                        help="The block's inputs: what the wires into the block card bring (wire them to the inner nodes).")
    return NodeSpec(type="Block outputs", category="layer", shape_rule=refuse, inputs=ports, outputs=(),
                    help="The block's outputs: what the block card gives to the wires out of it.")


def port_card(card_id: str, ports: list[str], pos: tuple[float, float] | None) -> Any:
    """The card standing for the block's inputs (`INPUTS_CARD`) or outputs inside it: a `Node`
    whose spec has one port per block port; it is never part of the definition."""
    return PortCard(card_id, "Block inputs" if card_id == INPUTS_CARD else "Block outputs", {}, pos,
                    ports=tuple(ports))


def _port_card_class() -> Any:
    from nodeflow.graph.document import Node

    @dataclass(eq=True)
    class PortCard(Node):
        ports: tuple[str, ...] = ()

        @property
        def spec(self) -> Any:
            return _card_spec(self.ports, self.id == INPUTS_CARD)

    return PortCard


def is_card(node_id: str) -> bool:
    return node_id in CARDS


def inner_graph(block: Block, name: str = "") -> Any:
    """The editable inside of a block: its inner nodes and wires, and two port cards wired to the
    inner ports the block's ports stand for (the cards left and right of the inner nodes)."""
    Graph = _document().Graph
    Edge = _document().Edge
    g = Graph(name or block.title)
    placed = [n.pos for n in block.nodes.values() if n.pos is not None]
    if placed:
        x0, x1 = min(p[0] for p in placed), max(p[0] for p in placed)
        ym = sum(p[1] for p in placed) / len(placed)
        left, right = (x0 - CARD_GAP, ym), (x1 + CARD_GAP, ym)
    else:
        left = right = None
    g.nodes[INPUTS_CARD] = port_card(INPUTS_CARD, [p.name for p in block.inputs], left)
    for node_id, node in block.nodes.items():
        g.nodes[node_id] = copy.deepcopy(node)
    g.nodes[OUTPUTS_CARD] = port_card(OUTPUTS_CARD, [p.name for p in block.outputs], right)
    g.edges = list(block.edges)
    for p in block.inputs:
        g.edges.extend(Edge((INPUTS_CARD, p.name), ref) for ref in p.refs)
    for p in block.outputs:
        g.edges.extend(Edge(ref, (OUTPUTS_CARD, p.name)) for ref in p.refs[:1])
    return g


def definition_of(inner: Any, old: Block, strict: bool = True) -> Block:
    """The block definition an edited inside (`inner_graph`) stands for: its nodes (without the
    port cards) and wires, each block port wired as its card is. `strict` raises GraphError with
    the reason when the inside cannot be a block (a port card gone, an output not wired, a node a
    block cannot hold); otherwise what cannot be a port is left out (for the analysis)."""
    from nodeflow.compute.types import GraphError

    def refuse(message: str, node: str | None = None) -> None:
        if strict:
            raise GraphError(message, node)

    for card in CARDS:
        if card not in inner.nodes:
            refuse("the block's port cards stay (its ports are changed on the graph outside)")
    nodes = {}
    for node_id, node in inner.nodes.items():
        if is_card(node_id):
            continue
        if SEP in node_id:
            refuse(f"{node_id}: a node id inside a block cannot hold '{SEP}'", node_id)
        elif node.block is not None or node.is_placeholder:
            refuse(f"{node_id}: a block cannot hold it (blocks inside blocks and missing node types are not "
                   "supported)", node_id)
        elif node.spec.category in NEVER_INSIDE:
            refuse(f"{node_id}: a block holds layers, merges and activations, not a {node.spec.category} node",
                   node_id)
        nodes[node_id] = copy.deepcopy(node)
    if not nodes:
        refuse("a block needs at least one node")
    edges = [e for e in inner.edges if not is_card(e.src[0]) and not is_card(e.dst[0])
             and e.src[0] in nodes and e.dst[0] in nodes]
    inputs = [BlockPort(p.name, [e.dst for e in inner.edges if e.src == (INPUTS_CARD, p.name) and e.dst[0] in nodes])
              for p in old.inputs]
    outputs = []
    for p in old.outputs:
        src = inner.source_of((OUTPUTS_CARD, p.name)) if OUTPUTS_CARD in inner.nodes else None
        if src is None or src[0] not in nodes:
            refuse(f"the block's output '{p.name}' must stay wired inside it (drag another wire onto it to "
                   "replace this one)", OUTPUTS_CARD)
            continue
        outputs.append(BlockPort(p.name, [src]))
    return Block(old.title, nodes, edges, inputs, outputs, old.shares)


def inner_analysis(outer: Any, block_id: str, inner: Any) -> Any:
    """The analysis of an entered block, by inner id: the outer graph analysed with this inside as
    the block's definition (so shapes come from what is wired to the block), its inner nodes'
    shapes, parameters and errors read back; the inputs card gives the types arriving at the block."""
    from nodeflow.compute.types import Inferred
    from nodeflow.graph.analysis import Analysis, analyze

    trial = outer.copy()
    node = trial.nodes.get(block_id)
    out = Analysis()
    if node is None or node.block is None:
        return out
    node.block = definition_of(inner, node.block, strict=False)
    full = analyze(trial)
    prefix = block_id + SEP

    def local(text: str) -> str:
        return text.replace(prefix, "")

    for n in full.order:
        if n.startswith(prefix):
            out.order.append(n[len(prefix):])
    out.order = [INPUTS_CARD, *out.order, OUTPUTS_CARD]
    for n, v in full.params.items():
        if n.startswith(prefix):
            out.params[n[len(prefix):]] = v
    for n, v in full.inferred.items():
        if n.startswith(prefix):
            out.inferred[n[len(prefix):]] = v
    for n, v in full.errors.items():
        if n.startswith(prefix):
            out.errors[n[len(prefix):]] = local(v)
    out.sources = {n: {} for n in inner.nodes}
    for e in inner.edges:
        if e.dst[0] in out.sources:
            out.sources[e.dst[0]][e.dst[1]] = e.src
    arriving = {}
    for p in node.block.inputs:
        src = outer.source_of((block_id, p.name))
        t = None if src is None else full.output_type(src)
        if t is not None:
            arriving[p.name] = t
        elif src is None:
            out.errors.setdefault(INPUTS_CARD, f"the block's input '{p.name}' is not wired on the graph outside")
    out.inferred[INPUTS_CARD] = Inferred(outputs=arriving)
    out.inferred[OUTPUTS_CARD] = Inferred(outputs={})
    out.params[INPUTS_CARD] = out.params[OUTPUTS_CARD] = {}
    wired = {e.dst[1] for e in inner.edges if e.dst[0] == OUTPUTS_CARD}
    missing = [p for p in (inner.nodes[OUTPUTS_CARD].ports if OUTPUTS_CARD in inner.nodes else ())
               if p not in wired]
    if missing:
        out.errors[OUTPUTS_CARD] = f"the block's output '{missing[0]}' is not wired inside it"
    return out


PortCard = _port_card_class()
