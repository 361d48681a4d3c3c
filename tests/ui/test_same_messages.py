"""Two Dataset nodes, a loss without optimizer, an optimizer without weights, two optimizers that
overlap: `nodeflow check`, the trainer and the canvas's card say the same words (issue 12)."""

from __future__ import annotations

import pytest

from nodeflow.cli import main
from nodeflow.compute.trainer import Trainer
from nodeflow.graph import io
from nodeflow.graph.analysis import analyze
from nodeflow.graph.document import Graph, GraphError


def build(nodes, edges) -> Graph:
    g = Graph("bad")
    for node_id, type_name, params in nodes:
        g.add_node(type_name, params, node_id=node_id)
    for text in edges:
        src, dst = (part.strip().split(".") for part in text.split("->"))
        g.connect(tuple(src), tuple(dst))
    return g


DATA = {"source": "linear", "features": 2}
BASE = [("data", "Dataset", DATA), ("fc", "Dense", {"units": 1}), ("mse", "MSE", {}), ("sgd", "SGD", {})]
WIRES = ["data.x -> fc.in", "fc.out -> mse.pred", "data.y -> mse.target", "mse.loss -> sgd.loss"]

CASES = {
    "two datasets": (BASE + [("data2", "Dataset", DATA)], WIRES, "data2",
                     "data2: the graph has more than one Dataset node; keep one"),
    "loss without optimizer": (BASE + [("mae", "MAE", {})], WIRES + ["fc.out -> mae.pred", "data.y -> mae.target"],
                               "mae", "mae: nothing minimizes this loss; wire its output into an optimizer"),
    "optimizer without weights": (
        BASE + [("mae", "MAE", {}), ("adam", "Adam", {})],
        WIRES + ["data.x -> mae.pred", "data.x -> mae.target", "mae.loss -> adam.loss"], "adam",
        "adam: trains no weights: nothing upstream of its loss mae has weights"),
    "overlapping optimizers": (
        BASE + [("mae", "MAE", {}), ("adam", "Adam", {})],
        WIRES + ["fc.out -> mae.pred", "data.y -> mae.target", "mae.loss -> adam.loss"], "adam",
        "adam: overlaps sgd: both would train fc and neither trains a narrower set of weights; put a Detach "
        "where adam's gradient should stop, or keep one optimizer"),
}


@pytest.fixture(params=sorted(CASES))
def case(request, tmp_path):
    nodes, wires, node, message = CASES[request.param]
    graph = build(nodes, wires)
    path = tmp_path / "bad.nodeflow"
    io.save(graph, path)
    return path, node, message


def test_check_trainer_and_canvas_agree(case, capsys, make_window):
    path, node, message = case
    assert analyze(io.load(path)).errors[node] == message
    assert main(["check", str(path)]) == 2
    assert capsys.readouterr().err.strip() == f"error: {message}"
    with pytest.raises(GraphError) as exc:
        Trainer(io.load(path))
    assert str(exc.value) == message
    assert main(["train", str(path)]) == 2
    assert capsys.readouterr().err.strip() == f"error: {message}"

    window = make_window(str(path))
    scene = window.canvas.scene()
    assert scene.analysis.errors[node] == message
    assert scene.nodes[node].error == message  # what the card shows (and its tooltip)
    assert scene.nodes[node].toolTip() == message
