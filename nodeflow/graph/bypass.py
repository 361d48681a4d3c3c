"""Bypassed (muted) nodes: what passes through them, which nodes may be bypassed, and the
graph the engine trains.

A bypassed node (`Node.bypass`, saved as `"bypass": true` on the node) stays in the document
and on the canvas, but passes the value on its first input port through to its one output
port unchanged, as Blender's mute (M) does. The engine, the gradient check and both exporters
work on `resolved(graph)`: the graph without bypassed nodes, each wire out of one re-made from
what fed it. Bypassing Dropout or BatchNorm and training again is itself a lesson.

A node may be bypassed only when passing its input through gives its consumers what the node
would have given them: the same type on the output as on the first input (a Dense that changes
the width may not; a Dense 64 -> 64 may). Data sources, losses and optimizers are never
bypassed: they have no input to pass on, or nothing downstream that takes a value.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from nodeflow.graph.document import Edge, Graph, Node, PortRef

if TYPE_CHECKING:
    from nodeflow.graph.analysis import Analysis

NEVER = ("data", "loss", "optimizer")
"""Categories of node types that are never bypassed."""


def through(node: Node) -> tuple[str, str] | None:
    """(input port, output port) a bypassed node of this type passes through, or None when the
    type cannot pass anything through (no input, not exactly one output, a data source, a loss,
    an optimizer, an unknown type)."""
    if node.is_placeholder:
        return None
    try:
        spec = node.spec
    except Exception:  # an unknown type: the analysis reports it
        return None
    if spec.category in NEVER or not spec.inputs or len(spec.outputs) != 1:
        return None
    return spec.inputs[0], spec.outputs[0]


def bypassed(graph: Graph) -> list[str]:
    """Ids of the bypassed nodes, in document order."""
    return [n for n, node in graph.nodes.items() if getattr(node, "bypass", False)]


def real_source(graph: Graph, port: PortRef) -> PortRef | None:
    """The port whose value arrives at `port` (an output port) once bypassed nodes pass their
    input on: `port` itself unless its node is bypassed; None when a bypassed node on the way has
    nothing on the input it passes."""
    seen: set[str] = set()
    while True:
        node = graph.nodes.get(port[0])
        if node is None or not node.bypass:
            return port
        pair = through(node)
        if pair is None or port[1] != pair[1] or node.id in seen:
            return None
        seen.add(node.id)
        src = graph.source_of((node.id, pair[0]))
        if src is None:
            return None
        port = src


def resolved(graph: Graph) -> Graph:
    """The graph without its bypassed nodes: a wire out of a bypassed node comes from what fed
    its passed-through input instead (through chains of bypassed nodes). Reroute points and
    frames are left out (the engine does not read them). The graph itself when nothing is
    bypassed, so graphs without bypass train exactly as before. Blocks are flattened first
    (`nodeflow.graph.blocks.flatten`)."""
    from nodeflow.graph.blocks import flatten

    graph = flatten(graph)
    gone = bypassed(graph)
    if not gone:
        return graph
    out = Graph(graph.name)
    out.description = graph.description
    out.base_dir = graph.base_dir
    out.training = dict(graph.training)
    out.nodes = {n: node for n, node in graph.nodes.items() if not node.bypass}
    gone_set = set(gone)
    for e in graph.edges:
        if e.dst[0] in gone_set:
            continue
        src = real_source(graph, e.src)
        if src is not None:
            out.edges.append(Edge(src, e.dst))
    return out


def refusal(graph: Graph, node_id: str, analysis: Analysis | None = None) -> str | None:
    """Why `node_id` cannot be bypassed (one line naming the node), or None when it can.
    With an analysis of the graph as it is, a node whose output type differs from its input's
    is refused ("dense1: cannot be bypassed: it turns (N, 64) into (N, 10) ...")."""
    node = graph.node(node_id)
    try:
        spec = node.spec
    except Exception:
        return f"{node_id}: cannot be bypassed: its node type is unknown"
    if node.is_placeholder:
        return f"{node_id}: cannot be bypassed: its node type {node.type} is not installed"
    if spec.category in NEVER:
        return f"{node_id}: cannot be bypassed: {spec.type} ({spec.category}) has no input it could pass on to an output"
    if through(node) is None:
        return f"{node_id}: cannot be bypassed: {spec.type} has no single input and output to pass through"
    if analysis is None:
        return None
    in_port, out_port = through(node)  # type: ignore[misc]
    src = graph.source_of((node_id, in_port))
    t_in = analysis.output_type(src) if src is not None else None
    t_out = analysis.output_type((node_id, out_port))
    if t_in is not None and t_out is not None and t_in != t_out:
        return (f"{node_id}: cannot be bypassed: it turns {t_in} into {t_out}, so passing its input "
                "through would change what the next node gets")  # the same words as `check`'s, less the fix
    return None


def check(graph: Graph, analysis: Analysis, infer: Any) -> None:
    """Add to `analysis` (made from `resolved(graph)`) what the canvas shows for the bypassed
    nodes, and an error on each bypassed node that cannot pass its input through.

    `infer(node_id, spec, params, inputs)` runs the node's shape rule (the analysis's own
    checks); a node whose output would differ from the type passed through is refused."""
    from nodeflow.nodes import NodeError

    for node_id in bypassed(graph):
        node = graph.nodes[node_id]
        pair = through(node)
        if pair is None:
            analysis.errors[node_id] = refusal(graph, node_id) or f"{node_id}: cannot be bypassed"
            continue
        in_port, out_port = pair
        spec = node.spec
        try:
            params = spec.validate_params(node.params)
        except NodeError as exc:
            analysis.errors[node_id] = f"{node_id}: {exc}"
            continue
        analysis.params[node_id] = params
        src = graph.source_of((node_id, in_port))
        real = real_source(graph, src) if src is not None else None
        if real is None:
            analysis.errors[node_id] = (f"{node_id}: input '{in_port}' is not connected "
                                        "(a bypassed node passes its input on)")
            continue
        analysis.bypassed[node_id] = real
        inputs = _input_types(graph, analysis, node_id)
        if inputs is None or in_port not in inputs:
            continue  # upstream failed: its own error says why
        try:
            inferred = infer(node_id, spec, params, inputs)
        except Exception:  # the node's own rule refuses its inputs: it is not running anyway
            continue
        t_out = inferred.outputs.get(out_port) if inferred is not None else None
        if t_out is not None and t_out != inputs[in_port]:
            analysis.errors[node_id] = (
                f"{node_id}: cannot be bypassed: it turns {inputs[in_port]} into {t_out}, so passing "
                "its input through would change what the next node gets; take the bypass off (M)")


def _input_types(graph: Graph, analysis: Analysis, node_id: str) -> Mapping[str, Any] | None:
    types = {}
    for port, edge in graph.incoming(node_id).items():
        real = real_source(graph, edge.src)
        t = analysis.output_type(real) if real is not None else None
        if t is None:
            return None
        types[port] = t
    return types
