"""Every undo command returns the document to exactly its previous state, and redo re-applies."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtGui import QUndoStack

from nodeflow.graph.document import Edge, Graph, GraphError, Node
from nodeflow.graph.io import graph_to_dict
from nodeflow.ui.commands import (
    AddNodeCommand,
    ConnectCommand,
    DisconnectCommand,
    InsertNodeOnEdgeCommand,
    MoveNodesCommand,
    PasteCommand,
    RemoveNodesCommand,
    ReplaceNodeTypeCommand,
    RewireCommand,
    SetParamCommand,
    SetTrainingCommand,
)


def mlp() -> Graph:
    g = Graph("mlp")
    g.add_node("Dataset", {"source": "moons"}, (0, 0), "data")
    g.add_node("Dense", {"units": 16}, (220, 0), "fc1")
    g.add_node("ReLU", {}, (440, 0), "relu1")
    g.add_node("Dense", {"units": 2}, (660, 0), "fc2")
    g.add_node("Softmax", {}, (880, 0), "softmax")
    g.add_node("CrossEntropy", {}, (1100, 0), "xent")
    g.connect(("data", "x"), ("fc1", "in"))
    g.connect(("fc1", "out"), ("relu1", "in"))
    g.connect(("relu1", "out"), ("fc2", "in"))
    g.connect(("fc2", "out"), ("softmax", "in"))
    g.connect(("softmax", "out"), ("xent", "pred"))
    g.connect(("data", "y"), ("xent", "target"))
    return g


@pytest.fixture
def graph() -> Graph:
    return mlp()


def roundtrip(graph: Graph, command) -> QUndoStack:
    """Push, undo, redo, undo: after each undo the document equals the original exactly."""
    before = copy.deepcopy(graph_to_dict(graph))
    stack = QUndoStack()
    stack.push(command)
    after = copy.deepcopy(graph_to_dict(graph))
    assert after != before, "the command changed nothing"
    stack.undo()
    assert graph_to_dict(graph) == before
    stack.redo()
    assert graph_to_dict(graph) == after
    stack.undo()
    assert graph_to_dict(graph) == before
    return stack


def test_add_node(qapp, graph):
    cmd = AddNodeCommand(graph, "Dense", {"units": 4}, (10, 20))
    assert cmd.text() == "Add Dense"
    roundtrip(graph, cmd)
    assert cmd.node_id == "dense1"


def test_add_unknown_type_is_refused_before_push(qapp, graph):
    with pytest.raises(GraphError, match="unknown node type"):
        AddNodeCommand(graph, "NoSuchLayer")


def test_remove_nodes_restores_edges_params_positions_and_order(qapp, graph):
    events = []
    graph.changed.connect(lambda *a: events.append(a[0]))
    cmd = RemoveNodesCommand(graph, ["relu1", "data"])
    stack = roundtrip(graph, cmd)
    assert stack.count() == 1
    assert "edge_removed" in events and "node_added" in events
    assert cmd.text() == "Delete 2 nodes"


def test_connect_and_disconnect(qapp, graph):
    graph.disconnect(Edge(("relu1", "out"), ("fc2", "in")))
    cmd = ConnectCommand(graph, ("relu1", "out"), ("fc2", "in"))
    assert cmd.text() == "Connect relu1 → fc2"
    roundtrip(graph, cmd)
    graph.connect(("relu1", "out"), ("fc2", "in"))
    roundtrip(graph, DisconnectCommand(graph, Edge(("fc1", "out"), ("relu1", "in"))))


def test_connect_refuses_a_doubly_connected_input(qapp, graph):
    with pytest.raises(GraphError, match="already connected"):
        ConnectCommand(graph, ("data", "x"), ("fc2", "in"))


def test_rewire_moves_replaces_or_removes_a_wire_in_one_step(qapp, graph):
    old = Edge(("relu1", "out"), ("fc2", "in"))
    cmd = RewireCommand(graph, [old], (("data", "x"), ("fc2", "in")))  # replace the input's wire
    assert cmd.text() == "Reconnect data.x → fc2"
    roundtrip(graph, cmd)
    graph.add_node("Dense", {"units": 3}, (0, 300), "spare")
    roundtrip(graph, RewireCommand(graph, [old], (("relu1", "out"), ("spare", "in"))))  # move it
    removal = RewireCommand(graph, [old], None)
    assert removal.text() == "Disconnect relu1 → fc2"
    roundtrip(graph, removal)
    # two wires out (the lifted one and the target's), one in
    two = [old, Edge(("data", "x"), ("fc1", "in"))]
    roundtrip(graph, RewireCommand(graph, two, (("relu1", "out"), ("fc1", "in"))))


def test_rewire_checks_before_it_is_pushed(qapp, graph):
    with pytest.raises(GraphError, match="no wire"):
        RewireCommand(graph, [Edge(("data", "x"), ("fc2", "in"))], None)
    with pytest.raises(GraphError, match="already connected"):  # the target's own wire was not removed
        RewireCommand(graph, [Edge(("relu1", "out"), ("fc2", "in"))], (("relu1", "out"), ("fc1", "in")))


def test_move_merges_consecutive_drags_of_the_same_nodes(qapp, graph):
    stack = QUndoStack()
    before = graph_to_dict(graph)
    stack.push(MoveNodesCommand(graph, {"fc1": ((220, 0), (240, 20))}))
    stack.push(MoveNodesCommand(graph, {"fc1": ((240, 20), (300, 40))}))
    assert stack.count() == 1
    assert graph.nodes["fc1"].pos == (300, 40)
    stack.push(MoveNodesCommand(graph, {"fc2": ((660, 0), (700, 0))}))
    assert stack.count() == 2
    stack.undo()
    stack.undo()
    assert graph_to_dict(graph) == before


def test_move_roundtrip(qapp, graph):
    roundtrip(graph, MoveNodesCommand(graph, {"fc1": ((220, 0), (260, 40)), "fc2": ((660, 0), (600, 80))}))


def test_set_param_restores_not_set(qapp, graph):
    assert "use_bias" not in graph.nodes["fc1"].params
    roundtrip(graph, SetParamCommand(graph, "fc1", "use_bias", False))
    assert "use_bias" not in graph.nodes["fc1"].params
    roundtrip(graph, SetParamCommand(graph, "fc1", "units", 32))
    assert graph.nodes["fc1"].params["units"] == 16


def test_set_param_validates_and_merges(qapp, graph):
    with pytest.raises(GraphError, match="units"):
        SetParamCommand(graph, "fc1", "units", "many")
    stack = QUndoStack()
    stack.push(SetParamCommand(graph, "fc1", "units", 20))
    stack.push(SetParamCommand(graph, "fc1", "units", 24))
    assert stack.count() == 1
    stack.undo()
    assert graph.nodes["fc1"].params["units"] == 16


def test_set_training(qapp, graph):
    roundtrip(graph, SetTrainingCommand(graph, "epochs", 7))
    roundtrip(graph, SetTrainingCommand(graph, "patience", 3))
    assert "patience" not in graph.training


def test_paste_renames_taken_ids_and_keeps_inner_edges(qapp, graph):
    nodes = [Node("fc1", "Dense", {"units": 16}, (220, 0)), Node("new", "ReLU", {}, None)]
    edges = [Edge(("fc1", "out"), ("new", "in")), Edge(("data", "x"), ("fc1", "in"))]
    cmd = PasteCommand(graph, nodes, edges, (40, 40))
    stack = roundtrip(graph, cmd)
    stack.redo()
    assert cmd.id_map["new"] == "new"
    assert cmd.id_map["fc1"] not in ("fc1", "fc2")
    assert graph.nodes[cmd.id_map["fc1"]].pos == (260, 40)
    assert Edge((cmd.id_map["fc1"], "out"), ("new", "in")) in graph.edges
    assert len(graph.incoming(cmd.id_map["fc1"])) == 0  # the edge from outside is not pasted


def test_insert_node_on_edge(qapp, graph):
    edge = Edge(("fc1", "out"), ("relu1", "in"))
    cmd = InsertNodeOnEdgeCommand(graph, edge, "Dropout")
    stack = roundtrip(graph, cmd)
    stack.redo()
    assert graph.source_of(("relu1", "in")) == (cmd.node_id, "out")
    assert graph.source_of((cmd.node_id, "in")) == ("fc1", "out")


def test_replace_node_type(qapp, graph):
    graph.rename_node("relu1", "act")  # a name the user chose stays
    cmd = ReplaceNodeTypeCommand(graph, "act", "Tanh")
    stack = roundtrip(graph, cmd)
    stack.redo()
    assert graph.nodes["act"].type == "Tanh" and cmd.new_id == "act"
    assert graph.source_of(("fc2", "in")) == ("act", "out")


def test_replacing_a_default_named_node_renames_it_after_its_new_type(qapp, graph):
    from nodeflow.graph.document import Frame

    graph.add_node("Adam", {"lr": 0.01}, (1300, 0), "adam1")
    graph.connect(("xent", "loss"), ("adam1", "loss"))
    graph.set_reroutes(Edge(("xent", "loss"), ("adam1", "loss")), [(1250, 40)])
    graph.add_frame(Frame("frame1", nodes=["adam1"]))
    cmd = ReplaceNodeTypeCommand(graph, "adam1", "SGD")
    stack = roundtrip(graph, cmd)
    stack.redo()
    assert cmd.new_id == "sgd1" and "adam1" not in graph.nodes
    assert graph.nodes["sgd1"].type == "SGD" and graph.nodes["sgd1"].params == {"lr": 0.01}
    assert list(graph.nodes)[-1] == "sgd1" and graph.nodes["sgd1"].pos == (1300, 0)
    assert graph.reroutes == {Edge(("xent", "loss"), ("sgd1", "loss")): [(1250.0, 40.0)]}
    assert graph.frames["frame1"].nodes == ["sgd1"]
