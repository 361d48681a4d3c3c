"""Canvas frame times on a 500-node graph: full viewport renders while panning and zooming.

    QT_QPA_PLATFORM=offscreen python bench/bench_canvas.py [--nodes 500]

Builds a long Dense/ReLU chain with a side branch every 8 nodes, wrapped into rows of 20
cards (so the whole graph is on screen at zoom-to-fit), shows it at 1600x1000 and times each
frame rendered with `viewport().grab()` (a full repaint, the worst case: real scrolling only
repaints the exposed strip). Prints median and p95 in milliseconds.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF  # noqa: E402
from PySide6.QtGui import QUndoStack  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from nodeflow.graph.analysis import analyze  # noqa: E402
from nodeflow.graph.document import Graph  # noqa: E402
from nodeflow.ui.canvas import CanvasView  # noqa: E402


def build(n_nodes: int) -> Graph:
    """A chain data -> (Dense -> ReLU)* with Dense -> Tanh side branches, about n_nodes nodes."""
    g = Graph("bench")
    per_row, dx, dy = 20, 260, 260
    g.add_node("Dataset", {"source": "moons"}, (0, 0), "data")
    prev = ("data", "x")
    i = 0
    while len(g.nodes) < n_nodes:
        i += 1
        col, row = i % per_row, i // per_row
        kind = "Dense" if i % 2 else "ReLU"
        node = g.add_node(kind, {"units": 32} if kind == "Dense" else {}, (col * dx, row * dy))
        g.connect(prev, (node.id, "in"))
        prev = (node.id, "out")
        if i % 8 == 0 and len(g.nodes) + 2 <= n_nodes:
            side = g.add_node("Dense", {"units": 8}, (col * dx, row * dy + 120))
            g.connect(prev, (side.id, "in"))
            tail = g.add_node("Tanh", {}, (col * dx + 130, row * dy + 190))
            g.connect((side.id, "out"), (tail.id, "in"))
    return g


def frame_ms(view: CanvasView) -> float:
    t = time.perf_counter()
    view.viewport().grab()
    return (time.perf_counter() - t) * 1000


def summary(name: str, times: list[float]) -> str:
    times = sorted(times)
    p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
    return f"{name:<28} frames {len(times):3d}  median {statistics.median(times):6.1f} ms  p95 {p95:6.1f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=500)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    graph = build(args.nodes)
    t = time.perf_counter()
    analysis = analyze(graph)
    analyse_ms = (time.perf_counter() - t) * 1000
    t = time.perf_counter()
    view = CanvasView(graph, QUndoStack())
    view.resize(1600, 1000)
    view.show()
    app.processEvents()
    build_ms = (time.perf_counter() - t) * 1000
    assert not analysis.errors, analysis.first_error

    results = []
    view.zoom_to_fit()
    app.processEvents()
    results.append(summary(f"static, fit (x{view.transform().m11():.2f})", [frame_ms(view) for _ in range(10)]))

    for scale in (1.0, 0.5, 0.25):
        view.resetTransform()
        view.scale(scale, scale)
        view.centerOn(QPointF(0, 0))
        app.processEvents()
        times = []
        for _step in range(40):
            bar = view.horizontalScrollBar()
            bar.setValue(bar.value() + 60)
            view.verticalScrollBar().setValue(view.verticalScrollBar().value() + 25)
            times.append(frame_ms(view))
        results.append(summary(f"pan at x{scale:g}", times))

    view.zoom_to_fit()
    low = view.transform().m11()
    times = []
    for step in range(40):
        factor = 1.12 if step < 20 else 1 / 1.12
        view.scale(factor, factor)
        times.append(frame_ms(view))
    results.append(summary(f"zoom steps (x{low:.2f} .. x{low * 1.12**20:.2f})", times))

    t = time.perf_counter()
    graph.add_node("ReLU", {}, (0, -300))
    app.processEvents()
    edit_ms = (time.perf_counter() - t) * 1000

    print(f"graph: {len(graph.nodes)} nodes, {len(graph.edges)} wires; viewport 1600x1000")
    print(f"analysis {analyse_ms:.1f} ms; view construction {build_ms:.1f} ms; one edit + re-analysis {edit_ms:.1f} ms")
    for line in results:
        print(line)
    view.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
