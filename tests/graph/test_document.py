"""The document's own wiring rules (the shapes are the analysis's business)."""

from __future__ import annotations

import pytest

from nodeflow.graph.document import Graph, GraphError


def chain() -> Graph:
    g = Graph("chain")
    g.add_node("Dataset", {"source": "moons"}, node_id="data")
    g.add_node("Dense", {"units": 4}, node_id="fc")
    g.connect(("data", "x"), ("fc", "in"))
    return g


def test_an_input_takes_one_wire_unless_it_is_being_replaced() -> None:
    g = chain()
    with pytest.raises(GraphError, match="fc.in is already connected to data.x"):
        g.check_connection(("data", "y"), ("fc", "in"))
    g.check_connection(("data", "y"), ("fc", "in"), replace=True)  # the caller removes data.x first


@pytest.mark.parametrize(
    ("src", "dst", "message"),
    [
        (("data", "nope"), ("fc", "in"), "no output port 'nope'"),
        (("data", "x"), ("fc", "nope"), "no input port 'nope'"),
        (("fc", "out"), ("fc", "in"), "cannot take its own output"),
    ],
)
def test_port_rules_hold_even_when_replacing(src, dst, message) -> None:
    with pytest.raises(GraphError, match=message):
        chain().check_connection(src, dst, replace=True)
