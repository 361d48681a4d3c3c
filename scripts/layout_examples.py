"""Lay out graph files with the canvas's auto layout (positions and reroute points), in place.

    python scripts/layout_examples.py examples/*.nodeflow

Used for the bundled examples, so each reads left to right at zoom to fit; the window's
View ▸ Arrange ▸ Auto Layout does the same to an open graph (undoably).
"""

from __future__ import annotations

import sys

from nodeflow.graph import io
from nodeflow.ui.canvas.layout import auto_layout


def main(paths: list[str]) -> int:
    for path in paths:
        graph = io.load(path)
        layout = auto_layout(graph)
        for node_id, pos in layout.positions.items():
            graph.nodes[node_id].pos = pos
        graph.reroutes = dict(layout.reroutes)
        io.save(graph, path)
        print(f"{path}: {len(graph.nodes)} nodes, {len(layout.reroutes)} wires in lanes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
