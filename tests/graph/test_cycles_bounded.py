"""A long cycle is named in bounded text, in linear time and memory (it used to cost one full
path string per member: 970 MB for 10,000 nodes, out of memory for 100,000)."""

from __future__ import annotations

import tracemalloc

from nodeflow.graph.analysis import analyze
from nodeflow.graph.document import Edge, Graph, Node


def ring(n: int) -> Graph:
    g = Graph("ring")
    for i in range(n):
        g.nodes[f"n{i}"] = Node(f"n{i}", "ReLU", {}, None)
    g.edges = [Edge((f"n{i}", "out"), (f"n{(i + 1) % n}", "in")) for i in range(n)]
    return g


def test_every_member_gets_a_short_message_naming_its_own_cycle():
    analysis = analyze(ring(10))
    assert analysis.errors["n0"] == "n0: cycle: n0 -> n1 -> n2 -> … (6 more) -> n9 -> n0"
    assert analysis.errors["n7"] == "n7: cycle: n7 -> n8 -> n9 -> … (6 more) -> n6 -> n7"
    assert analyze(ring(3)).errors["n1"] == "n1: cycle: n1 -> n2 -> n0 -> n1"


def test_memory_grows_linearly_with_the_cycle():
    tracemalloc.start()
    try:
        analysis = analyze(ring(5_000))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(analysis.errors) == 5_000
    assert max(len(m) for m in analysis.errors.values()) < 80
    assert peak < 40 * 2**20, peak  # was 250 MB: 5,000 paths of 5,000 names


def test_a_cycle_of_100000_nodes_is_checked():
    analysis = analyze(ring(100_000))
    assert analysis.first_error == "n0: cycle: n0 -> n1 -> n2 -> … (99,996 more) -> n99999 -> n0"
    assert sum(len(m) for m in analysis.errors.values()) < 100_000 * 80
