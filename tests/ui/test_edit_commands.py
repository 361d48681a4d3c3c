"""The habits' undo commands: each changes the document, and undo returns it exactly
(reroute points and frames included); each refuses what the graph cannot take before it is
pushed."""

from __future__ import annotations

import pytest
from test_commands import mlp, roundtrip

from nodeflow.graph.document import Edge, Frame, GraphError
from nodeflow.graph.edits import reconnect_plan
from nodeflow.ui.edit_commands import (
    AddWiredNodeCommand,
    ConnectThroughCommand,
    DissolveNodesCommand,
    RenameNodeCommand,
    SpliceNodeCommand,
)
from nodeflow.ui.layout_commands import (
    AddFrameCommand,
    ArrangeNodesCommand,
    EditFrameCommand,
    RemoveFramesCommand,
    RemoveFromFrameCommand,
    SetReroutesCommand,
)


@pytest.fixture
def graph():
    g = mlp()
    g.set_reroutes(Edge(("relu1", "out"), ("fc2", "in")), [(600, 80)])
    g.add_frame(Frame("frame1", "Hidden", nodes=["fc1", "relu1"]))
    return g


def test_rename(qapp, graph):
    cmd = RenameNodeCommand(graph, "relu1", "act")
    stack = roundtrip(graph, cmd)
    stack.redo()
    assert graph.source_of(("fc2", "in")) == ("act", "out") and graph.frames["frame1"].nodes == ["fc1", "act"]
    with pytest.raises(GraphError, match="already exists"):
        RenameNodeCommand(graph, "act", "fc1")


def test_dissolve_keeps_the_chain(qapp, graph):
    cmd = DissolveNodesCommand(graph, ["relu1"], reconnect_plan(graph, ["relu1"]))
    assert cmd.text() == "Delete relu1 and reconnect"
    stack = roundtrip(graph, cmd)
    stack.redo()
    assert graph.source_of(("fc2", "in")) == ("fc1", "out")
    assert graph.frames["frame1"].nodes == ["fc1"]


def test_splice_an_unwired_node_onto_a_wire(qapp, graph):
    graph.add_node("Dropout", {}, (500, 200), "drop")
    wire = Edge(("relu1", "out"), ("fc2", "in"))
    stack = roundtrip(graph, SpliceNodeCommand(graph, wire, "drop", "in", "out"))
    stack.redo()
    assert graph.source_of(("drop", "in")) == ("relu1", "out") and graph.source_of(("fc2", "in")) == ("drop", "out")
    assert wire not in graph.reroutes
    with pytest.raises(GraphError, match="already on that wire"):
        SpliceNodeCommand(graph, Edge(("fc1", "out"), ("relu1", "in")), "relu1", "in", "out")


def test_add_a_node_already_wired(qapp, graph):
    graph.disconnect(Edge(("fc2", "out"), ("softmax", "in")))
    cmd = AddWiredNodeCommand(graph, "Tanh", (900, 200), "in", ("fc2", "out"), new_is_source=False)
    stack = roundtrip(graph, cmd)
    stack.redo()
    assert graph.source_of((cmd.node_id, "in")) == ("fc2", "out")
    back = AddWiredNodeCommand(graph, "Dense", (0, 300), "out", ("softmax", "in"), new_is_source=True)
    roundtrip(graph, back)
    with pytest.raises(GraphError, match="already connected"):
        AddWiredNodeCommand(graph, "Dense", (0, 300), "out", ("fc2", "in"), new_is_source=True)


def test_connect_through_a_new_node(qapp, graph):
    old = Edge(("relu1", "out"), ("fc2", "in"))
    cmd = ConnectThroughCommand(graph, ("fc1", "out"), ("fc2", "in"), "Flatten", (500, 200), [old])
    assert cmd.text() == "Connect fc1 → fc2 through a Flatten"
    stack = roundtrip(graph, cmd)
    stack.redo()
    assert graph.source_of(("fc2", "in")) == (cmd.node_id, "out")
    assert graph.source_of((cmd.node_id, "in")) == ("fc1", "out")


def test_reroute_points_and_arranging(qapp, graph):
    wire = Edge(("fc1", "out"), ("relu1", "in"))
    roundtrip(graph, SetReroutesCommand(graph, {wire: [(300, 50), (350, 60)]}, "Add reroute point"))
    cmd = ArrangeNodesCommand(graph, {"fc1": (0, 400), "fc2": (10, 10)}, "Align left", {wire: [(1, 2)]})
    stack = roundtrip(graph, cmd)
    from nodeflow.ui.commands import MoveNodesCommand

    stack.redo()
    stack.push(MoveNodesCommand(graph, {"fc1": ((0, 400), (5, 400)), "fc2": ((10, 10), (10, 12))}))
    assert stack.count() == 2  # an arrangement never merges with a drag


def test_frame_commands(qapp, graph):
    cmd = AddFrameCommand(graph, ["relu1", "fc2"], "Head")
    stack = roundtrip(graph, cmd)
    stack.redo()
    assert graph.frames["frame1"].nodes == ["fc1"] and graph.frames["frame2"].nodes == ["relu1", "fc2"]
    roundtrip(graph, EditFrameCommand(graph, "frame2", title="Classifier", note="two layers", color="#a5484a"))
    roundtrip(graph, RemoveFromFrameCommand(graph, ["fc1"]))  # frame1 left empty: it goes, undo brings it back
    roundtrip(graph, RemoveFramesCommand(graph, ["frame1", "frame2"]))
    with pytest.raises(GraphError):
        EditFrameCommand(graph, "frame2", size="big")
    with pytest.raises(GraphError, match="in no frame"):
        RemoveFromFrameCommand(graph, ["data"])
