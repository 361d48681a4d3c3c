"""Which wires keep a chain connected when nodes are dissolved out of it."""

from __future__ import annotations

from nodeflow.graph.document import Graph
from nodeflow.graph.edits import reconnect_plan


def chain() -> Graph:
    g = Graph()
    g.add_node("Dataset", {"source": "moons"}, node_id="data")
    for i, t in enumerate(["Dense", "ReLU", "Dense", "Softmax"]):
        g.add_node(t, node_id=f"n{i}")
    g.add_node("CrossEntropy", node_id="xent")
    g.connect(("data", "x"), ("n0", "in"))
    for i in range(3):
        g.connect((f"n{i}", "out"), (f"n{i + 1}", "in"))
    g.connect(("n3", "out"), ("xent", "pred"))
    g.connect(("data", "y"), ("xent", "target"))
    return g


def test_one_node_in_a_chain() -> None:
    assert reconnect_plan(chain(), ["n1"]) == [(("n0", "out"), ("n2", "in"))]


def test_a_run_of_selected_nodes_is_bridged_once() -> None:
    assert reconnect_plan(chain(), ["n2", "n1"]) == [(("n0", "out"), ("n3", "in"))]


def test_fan_out_keeps_every_consumer() -> None:
    g = chain()
    g.add_node("Tanh", node_id="side")
    g.connect(("n1", "out"), ("side", "in"))
    assert reconnect_plan(g, ["n1"]) == [(("n0", "out"), ("n2", "in")), (("n0", "out"), ("side", "in"))]


def test_nothing_to_bridge_at_the_ends_or_on_side_ports() -> None:
    g = chain()
    assert reconnect_plan(g, ["data"]) == []  # no input to pass through
    assert reconnect_plan(g, ["xent"]) == []  # nothing downstream of the loss
    g.add_node("Dense", node_id="loose")
    assert reconnect_plan(g, ["loose"]) == []  # not fed: nothing to pass on
