"""Bypassed nodes: the resolved graph, the analysis, the file, training and both exporters."""

from __future__ import annotations

import json

import pytest

from nodeflow.compute.trainer import Trainer
from nodeflow.export import export_graph
from nodeflow.graph import bypass, io
from nodeflow.graph.analysis import analyze
from nodeflow.graph.document import Edge, Graph


def net(dropout: bool = True) -> Graph:
    g = Graph("net")
    g.add_node("Dataset", {"source": "moons", "n_samples": 200}, (0, 0), "data")
    g.add_node("Dense", {"units": 16}, (260, 0), "fc1")
    g.add_node("ReLU", {}, (390, 0), "relu")
    if dropout:
        g.add_node("Dropout", {"rate": 0.5}, (520, 0), "drop")
    g.add_node("Dense", {"units": 2}, (780, 0), "fc2")
    g.add_node("Softmax", {}, (1040, 0), "softmax")
    g.add_node("CrossEntropy", {}, (1300, 0), "xent")
    g.add_node("Adam", {}, (1560, 0), "adam")
    g.connect(("data", "x"), ("fc1", "in"))
    g.connect(("fc1", "out"), ("relu", "in"))
    if dropout:
        g.connect(("relu", "out"), ("drop", "in"))
        g.connect(("drop", "out"), ("fc2", "in"))
    else:
        g.connect(("relu", "out"), ("fc2", "in"))
    g.connect(("fc2", "out"), ("softmax", "in"))
    g.connect(("softmax", "out"), ("xent", "pred"))
    g.connect(("data", "y"), ("xent", "target"))
    g.connect(("xent", "loss"), ("adam", "loss"))
    return g


def losses(graph: Graph, epochs: int = 3) -> list[float]:
    events: list[dict] = []
    Trainer(graph, epochs=epochs, on_event=events.append).run()
    return [e["train_loss"] for e in events if e["event"] == "epoch"]


def test_nothing_bypassed_resolves_to_the_graph_itself():
    g = net()
    assert g.resolved() is g and bypass.resolved(g) is g


def test_resolved_graph_wires_around_the_bypassed_node():
    g = net()
    g.set_bypass("drop", True)
    r = g.resolved()
    assert "drop" not in r.nodes and "drop" in g.nodes
    assert r.source_of(("fc2", "in")) == ("relu", "out")
    assert Edge(("relu", "out"), ("drop", "in")) in g.edges  # the document keeps its wires


def test_a_chain_of_bypassed_nodes_passes_through():
    g = net()
    g.set_bypass("drop", True)
    g.set_bypass("relu", True)
    assert g.resolved().source_of(("fc2", "in")) == ("fc1", "out")
    a = analyze(g)
    assert a.ok, a.first_error
    assert a.bypassed == {"drop": ("fc1", "out"), "relu": ("fc1", "out")}
    assert str(a.output_type(("drop", "out"))) == "(N, 16)"


def test_training_a_bypassed_dropout_is_training_without_it():
    g = net()
    g.set_bypass("drop", True)
    assert losses(g) == losses(net(dropout=False))
    assert losses(net()) != losses(net(dropout=False))


def test_a_shape_changing_or_source_node_is_refused_with_a_reason():
    g = net()
    a = analyze(g)
    assert bypass.refusal(g, "drop", a) is None
    assert bypass.refusal(g, "fc2", a).startswith("fc2: cannot be bypassed: it turns (N, 16) into (N, 2)")
    assert bypass.refusal(g, "data", a) == \
        "data: cannot be bypassed: Dataset (data) has no input it could pass on to an output"
    assert bypass.refusal(g, "xent", a).startswith("xent: cannot be bypassed: CrossEntropy (loss)")
    assert bypass.refusal(g, "adam", a).startswith("adam: cannot be bypassed: Adam (optimizer)")


def test_a_file_that_bypasses_a_shape_changing_node_is_refused_on_that_node(tmp_path):
    g = net()
    g.nodes["fc2"].bypass = True
    a = analyze(g)
    assert not a.ok
    assert a.first_error.startswith("fc2: cannot be bypassed: it turns (N, 16) into (N, 2)")
    g = net()
    g.nodes["xent"].bypass = True
    assert analyze(g).errors["xent"].startswith("xent: cannot be bypassed")


def test_the_flag_is_saved_on_the_node_and_read_back(tmp_path):
    g = net()
    g.set_bypass("drop", True)
    path = tmp_path / "g.nodeflow"
    io.save(g, path)
    text = path.read_text()
    nodes = json.loads(text)["nodes"]
    assert [n.get("bypass") for n in nodes if "bypass" in n] == [True]
    assert '"pos": [520, 0], "bypass": true}' in text
    back = io.load(path)
    assert back == g and back.nodes["drop"].bypass
    io.save(back, path)
    assert path.read_text() == text
    d = json.loads(text)
    d["nodes"][3]["bypass"] = "yes"
    with pytest.raises(io.GraphError, match='drop: "bypass" must be true or false'):
        io.graph_from_dict(d)


def test_unbypassed_files_are_written_as_before():
    assert '"bypass"' not in io.dumps(net())


@pytest.mark.parametrize("target", ["numpy", "torch"])
def test_exporters_write_the_resolved_graph(target):
    g = net()
    g.set_bypass("drop", True)
    assert export_graph(g, target) == export_graph(net(dropout=False), target)
