"""What the canvas keeps in the document beside nodes and wires: node renames, reroute points
on wires and frames around nodes, and how they are saved (old files load unchanged)."""

from __future__ import annotations

import json

import pytest

from nodeflow.graph import io as gio
from nodeflow.graph.document import Edge, Frame, Graph, GraphError


def chain() -> Graph:
    g = Graph("chain")
    g.add_node("Dataset", {"source": "moons"}, (0, 0), "data")
    g.add_node("Dense", {"units": 4}, (260, 0), "dense1")
    g.add_node("ReLU", {}, (520, 0), "relu1")
    g.connect(("data", "x"), ("dense1", "in"))
    g.connect(("dense1", "out"), ("relu1", "in"))
    return g


def test_rename_moves_wires_reroutes_and_frame_and_keeps_order() -> None:
    g = chain()
    wire = Edge(("dense1", "out"), ("relu1", "in"))
    g.set_reroutes(wire, [(400, 50)])
    g.add_frame(Frame("frame1", nodes=["dense1", "relu1"]))
    events = []
    g.changed.connect(lambda *a: events.append(a))
    g.rename_node("dense1", "hidden")
    assert list(g.nodes) == ["data", "hidden", "relu1"] and g.nodes["hidden"].id == "hidden"
    assert [str(e) for e in g.edges] == ["data.x -> hidden.in", "hidden.out -> relu1.in"]
    assert g.reroutes == {Edge(("hidden", "out"), ("relu1", "in")): [(400.0, 50.0)]}
    assert g.frames["frame1"].nodes == ["hidden", "relu1"]
    assert events == [("node_renamed", "dense1", "hidden")]


@pytest.mark.parametrize(("new", "message"), [("relu1", "already exists"), ("", "invalid node id"),
                                               ("a\nb", "invalid node id")])
def test_rename_refuses_clashes_and_bad_ids(new, message) -> None:
    g = chain()
    with pytest.raises(GraphError, match=message):
        g.rename_node("dense1", new)
    assert "dense1" in g.nodes


def test_default_ids_are_recognised() -> None:
    g = chain()
    assert g.has_default_id("dense1") and g.has_default_id("relu1")
    assert not g.has_default_id("data")


def test_disconnect_and_remove_take_reroutes_and_frame_membership_along() -> None:
    g = chain()
    wire = Edge(("dense1", "out"), ("relu1", "in"))
    g.set_reroutes(wire, [(400, 50)])
    g.add_frame(Frame("frame1", nodes=["dense1"]))
    g.add_frame(Frame("frame2", nodes=["relu1", "data"]))
    g.remove_node("relu1")
    assert g.reroutes == {} and g.frames["frame2"].nodes == ["data"]
    g.remove_node("dense1")
    assert "frame1" not in g.frames  # a frame left empty goes


def test_a_node_is_in_one_frame_at_most() -> None:
    g = chain()
    g.add_frame(Frame("frame1", nodes=["dense1", "relu1"]))
    g.add_frame(Frame("frame2", nodes=["relu1"]))
    assert g.frames["frame1"].nodes == ["dense1"] and g.frame_of("relu1").id == "frame2"
    with pytest.raises(GraphError, match="no node"):
        g.add_frame(Frame("frame3", nodes=["nope"]))


def test_frames_and_reroutes_round_trip_through_the_file() -> None:
    g = chain()
    g.set_reroutes(Edge(("dense1", "out"), ("relu1", "in")), [(400, 50), (410.5, 60)])
    g.add_frame(Frame("frame1", "Hidden layer", "#aa3300", "one Dense, one ReLU", ["relu1", "dense1"]))
    text = gio.dumps(g)
    data = json.loads(text)
    assert data["edges"][1]["via"] == [[400, 50], [410.5, 60]]
    assert "via" not in data["edges"][0]
    assert data["frames"] == [{"id": "frame1", "title": "Hidden layer", "color": "#aa3300",
                               "note": "one Dense, one ReLU", "nodes": ["dense1", "relu1"]}]
    again = gio.loads(text)
    assert again == g and gio.dumps(again) == text
    copied = g.copy()
    assert copied == g and copied.frames["frame1"] is not g.frames["frame1"]


def test_a_graph_without_them_writes_what_older_versions_wrote() -> None:
    data = json.loads(gio.dumps(chain()))
    assert "frames" not in data and all(set(e) == {"from", "to"} for e in data["edges"])


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["edges"][0].update(via=3), 'wire #1: "via" must be a list'),
        (lambda d: d["edges"][0].update(via=[[1, "a"]]), 'wire #1: "via" must be a list of points'),
        (lambda d: d.update(frames={}), '"frames" must be a list'),
        (lambda d: d.update(frames=[{"id": "f", "nodes": ["nope"]}]), "f: no node named 'nope'"),
        (lambda d: d.update(frames=[{"id": "f", "nodes": ["data"], "colour": "red"}]), 'unknown key'),
        (lambda d: d.update(frames=[{"id": "f", "nodes": ["data"], "color": "red"}]), '"color" must be'),
        (lambda d: d.update(frames=[{"id": "f", "nodes": []}]), '"nodes" must be a list'),
        (lambda d: d.update(frames=[{"id": "f", "nodes": ["data"]}, {"id": "g", "nodes": ["data"]}]),
         "already in f"),
        (lambda d: d.update(frames=[{"id": "f", "nodes": ["data"], "note": "x" * 20_000}]), "note must be"),
    ],
)
def test_bad_frames_and_points_are_refused_with_one_line(change, message) -> None:
    data = gio.graph_to_dict(chain())
    change(data)
    with pytest.raises(GraphError) as info:
        gio.graph_from_dict(data)
    assert message in str(info.value) and "\n" not in str(info.value)
