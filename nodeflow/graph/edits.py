"""Plans for canvas edits that are pure graph logic (no Qt): which wires keep a chain
connected when nodes are taken out of it."""

from __future__ import annotations

from collections.abc import Iterable

from nodeflow.graph.document import Graph, PortRef


def reconnect_plan(graph: Graph, node_ids: Iterable[str]) -> list[tuple[PortRef, PortRef]]:
    """The wires that bridge over the removed nodes, as Blender's "dissolve" makes them.

    Each removed node passes its first input through to its first output: every wire that
    left that output for a node that stays gets the source that fed the first input, walking
    up through removed nodes (a whole selected run of a chain is bridged at once). Other ports
    (a loss's target, a Dataset's y) are not bridged.
    """
    removed = set(node_ids)
    bridges: list[tuple[PortRef, PortRef]] = []
    for node_id in graph.nodes:
        if node_id not in removed:
            continue
        spec = graph.nodes[node_id].spec
        if not spec.inputs or not spec.outputs:
            continue
        source = _upstream(graph, node_id, removed)
        if source is None:
            continue
        for edge in graph.outgoing(node_id):
            if edge.src[1] == spec.outputs[0] and edge.dst[0] not in removed:
                bridges.append((source, edge.dst))
    return list(dict.fromkeys(bridges))


def _upstream(graph: Graph, node_id: str, removed: set[str]) -> PortRef | None:
    """The first output outside `removed` that feeds `node_id`'s first input, through removed
    nodes' first output -> first input."""
    seen = {node_id}
    spec = graph.nodes[node_id].spec
    source = graph.source_of((node_id, spec.inputs[0]))
    while source is not None and source[0] in removed:
        up = graph.nodes[source[0]].spec
        if source[0] in seen or not up.inputs or source[1] != up.outputs[0]:
            return None
        seen.add(source[0])
        source = graph.source_of((source[0], up.inputs[0]))
    return source
