"""Automatic layered layout, left to right, for graphs whose nodes have no positions.

Layers are NetworkX topological generations (data on the left, optimizer on the right); inside
a layer nodes are ordered by the mean row of their predecessors (one barycentre sweep), which
removes most wire crossings of chains with branches.
"""

from __future__ import annotations

from collections.abc import Callable

import networkx as nx

from nodeflow.graph.document import Graph
from nodeflow.ui.canvas import theme


def layered_positions(
    graph: Graph,
    height_of: Callable[[str], float] | None = None,
    layer_spacing: float = theme.LAYER_SPACING,
    row_spacing: float = theme.ROW_SPACING,
) -> dict[str, tuple[float, float]]:
    """Top-left scene positions for every node, keyed by node id.

    `height_of(node_id)` gives a card's height (default 100) so tall cards do not overlap.
    Cycles (which the analysis reports as errors) fall back to document order, one layer each.
    """
    height_of = height_of or (lambda _n: 100.0)
    g = nx.DiGraph()
    g.add_nodes_from(graph.nodes)
    g.add_edges_from((e.src[0], e.dst[0]) for e in graph.edges if e.src[0] in graph.nodes and e.dst[0] in graph.nodes)
    try:
        layers = [list(layer) for layer in nx.topological_generations(g)]
    except nx.NetworkXUnfeasible:
        layers = [[n] for n in graph.nodes]
    order = {n: i for i, n in enumerate(graph.nodes)}
    row: dict[str, float] = {}
    positions: dict[str, tuple[float, float]] = {}
    for x, layer in enumerate(layers):

        def key(n: str) -> tuple[float, int]:
            preds = [row[p] for p in g.predecessors(n) if p in row]
            return (sum(preds) / len(preds) if preds else float("inf"), order[n])

        layer.sort(key=key)
        y = 0.0
        for i, n in enumerate(layer):
            row[n] = float(i)
            positions[n] = (float(x * layer_spacing), y)
            y += height_of(n) + row_spacing
    # centre each layer vertically on the first one, so chains run straight
    heights = {}
    for n, (x, y) in positions.items():
        heights[x] = max(heights.get(x, 0.0), y + height_of(n))
    tallest = max(heights.values(), default=0.0)
    return {n: (x, round((y + (tallest - heights[x]) / 2) / theme.GRID) * theme.GRID) for n, (x, y) in positions.items()}


def place_missing(graph: Graph, height_of: Callable[[str], float] | None = None) -> dict[str, tuple[float, float]]:
    """Positions for the nodes whose `pos` is None only; placed below the positioned ones."""
    missing = [n for n, node in graph.nodes.items() if node.pos is None]
    if not missing:
        return {}
    laid = layered_positions(graph, height_of)
    placed = [node.pos for node in graph.nodes.values() if node.pos is not None]
    dy = (max(p[1] for p in placed) + 200.0) if placed else 0.0
    return {n: (laid[n][0], laid[n][1] + dy) for n in missing}
