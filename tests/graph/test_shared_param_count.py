"""A Dense that shares another's weights (`share`) adds no parameters to the count, and its
memory is only its own gradients (issue 12: GAN discriminators were counted two or three times)."""

from __future__ import annotations

from pathlib import Path

import pytest

from nodeflow.compute.network import Network
from nodeflow.graph import io
from nodeflow.graph.analysis import analyze
from nodeflow.graph.document import Graph

EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "examples").glob("*.nodeflow"))


def _two_uses(share: bool) -> Graph:
    g = Graph("share")
    g.add_node("Noise", {"shape": [4], "batch_size": 8}, node_id="z1")
    g.add_node("Noise", {"shape": [4], "batch_size": 8}, node_id="z2")
    g.add_node("Dense", {"units": 3}, node_id="a")
    g.add_node("Dense", {"units": 3, "share": "a" if share else ""}, node_id="b")
    g.connect(("z1", "out"), ("a", "in"))
    g.connect(("z2", "out"), ("b", "in"))
    return g


def test_a_sharing_dense_adds_no_parameters():
    own, shared = analyze(_two_uses(False)), analyze(_two_uses(True))
    dense = 4 * 3 + 3
    assert own.param_count == 2 * dense
    assert shared.param_count == dense
    assert shared.sharing == {"b": "a"}
    assert shared.inferred["b"].param_count == dense  # the node's own card still says what it uses


def test_a_sharing_dense_costs_only_its_gradients_in_memory():
    own, shared = analyze(_two_uses(False)).memory, analyze(_two_uses(True)).memory
    if own is None or shared is None:
        pytest.skip("no memory estimate for a graph without a loss")
    assert shared.weights < own.weights


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_the_count_is_the_size_of_the_weight_buffer(path):
    graph = io.load(path)
    analysis = analyze(graph)
    assert analysis.ok, analysis.first_error
    net = Network.compile(graph, analysis)
    assert analysis.param_count == net.flat_w.size
