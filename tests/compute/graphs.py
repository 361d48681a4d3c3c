"""Small graphs for the engine tests, written as text."""

from __future__ import annotations

from nodeflow.graph.document import Graph


def build(nodes, edges, training=None) -> Graph:
    """nodes: [(id, type, params)], edges: ["a.port -> b.port"]."""
    g = Graph("test")
    for node_id, type_name, params in nodes:
        g.add_node(type_name, params, node_id=node_id)
    for text in edges:
        src, dst = (part.strip().split(".") for part in text.split("->"))
        g.connect(tuple(src), tuple(dst))
    g.training.update(training or {})
    return g
