"""How long validation takes on a big graph: a 2,000-node chain (Dataset -> 1,998 alternating
Dense/ReLU -> MSE <- Dataset.y, Adam), loaded from text and analyzed.

The window re-validates on every edit, so this must stay well under 0.5 s.
Run: .venv/bin/python bench/bench_validate.py [NODES]
"""

from __future__ import annotations

import sys
import time

from nodeflow.graph import Edge, Graph, analyze, dumps, loads


def chain(n_nodes: int = 2000) -> Graph:
    """n_nodes in all: Dataset, n_nodes - 3 alternating Dense(16)/ReLU layers (the last a
    Dense(1)), MSE and Adam. Wires are appended directly: `Graph.connect` checks each one
    against every existing wire, which is what the window wants but not what we time here."""
    g = Graph("chain")
    g.add_node("Dataset", {"source": "linear", "features": 16}, (0, 0), "data")
    prev = ("data", "x")
    layers = n_nodes - 3
    for i in range(layers):
        last = i == layers - 1
        type_name = "Dense" if i % 2 == 0 or last else "ReLU"
        params = {"units": 1 if last else 16} if type_name == "Dense" else {}
        node = g.add_node(type_name, params, (220.0 * (i + 1), 0), f"n{i}")
        g.edges.append(Edge(prev, (node.id, "in")))
        prev = (node.id, "out")
    g.add_node("MSE", {}, None, "mse")
    g.add_node("Adam", {}, None, "adam")
    g.edges += [Edge(prev, ("mse", "pred")), Edge(("data", "y"), ("mse", "target")), Edge(("mse", "loss"), ("adam", "loss"))]
    return g


def best_of(fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    graph = chain(n)
    text = dumps(graph)
    analysis = analyze(graph)
    assert analysis.ok, analysis.first_error
    t_analyze = best_of(lambda: analyze(graph))
    t_load = best_of(lambda: loads(text))
    t_both = best_of(lambda: analyze(loads(text)))
    print(f"graph: {len(graph.nodes)} nodes, {len(graph.edges)} wires, {analysis.param_count:,} parameters")
    print(f"analyze        {t_analyze * 1000:8.1f} ms")
    print(f"loads          {t_load * 1000:8.1f} ms")
    print(f"loads+analyze  {t_both * 1000:8.1f} ms  (target: well under 500 ms)")


if __name__ == "__main__":
    main()
