"""Blocks, the first slice: Make Block (Ctrl+Alt+G) collapses the selected nodes into one card
whose ports are the wires that crossed the selection; it saves and loads, trains (flattened),
passes the gradient check, exports, and undoes exactly."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from nodeflow.compute.graph_gradcheck import worst_errors
from nodeflow.compute.trainer import Trainer
from nodeflow.export import export_graph
from nodeflow.graph import io as graph_io
from nodeflow.graph.analysis import analyze
from nodeflow.graph.io import graph_to_dict
from tests.ui import test_canvas_habits as habits
from tests.ui.test_canvas_habits import action_named, header, right_click_menu

make_view = habits.make_view  # the habits' fixture: a shown, focused canvas
RESIDUAL = Path(__file__).parents[2] / "examples" / "residual_mlp.nodeflow"
CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def losses(graph, epochs: int = 3) -> list[float]:
    events: list[dict] = []
    Trainer(graph, epochs=epochs, on_event=events.append).run()
    return [e["train_loss"] for e in events if e["event"] == "epoch"]


def test_make_block_collapses_the_residual_part_into_one_card(make_view, tmp_path):
    g = graph_io.load(RESIDUAL)
    expected = losses(g.copy())
    view = make_view(g)
    before = graph_to_dict(g)
    view.select_nodes(["fc2", "relu2", "add"])
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_G, CTRL_ALT)
    assert "block1" in g.nodes and not {"fc2", "relu2", "add"} & set(g.nodes)
    assert view.undo_stack.text(0) == "Make a block of 3 nodes"
    block = g.nodes["block1"].block
    assert [(p.name, p.refs) for p in block.inputs] == [("in", [("fc2", "in"), ("add", "a")])]
    assert [(p.name, p.refs) for p in block.outputs] == [("out", [("add", "out")])]
    assert g.source_of(("block1", "in")) == ("relu1", "out") and g.source_of(("fc3", "in")) == ("block1", "out")
    analysis = view.scene().analysis
    assert analysis.ok, analysis.first_error
    assert str(analysis.output_type(("block1", "out"))) == "(N, 32)"
    card = view.node_item("block1")
    assert card.is_block and card.summary == "Block · 3 nodes" and card.param_text == "1,056 params"
    assert set(card.inputs) == {"in"} and set(card.outputs) == {"out"}
    assert "fc2 (Dense)" in card.toolTip()
    # the file holds the block; it loads back equal and trains as the nodes it holds did
    path = tmp_path / "blocked.nodeflow"
    graph_io.save(g, path)
    back = graph_io.load(path)
    assert back == g and graph_io.dumps(back) == path.read_text()
    assert losses(back) == expected
    assert max(worst_errors(back).values()) < 1e-6
    assert "def " in export_graph(back, "numpy") and "nn.Module" in export_graph(back, "torch")
    view.undo_stack.undo()
    assert graph_to_dict(g) == before
    view.undo_stack.redo()
    assert "block1" in g.nodes and analyze(g).ok


def test_make_block_is_in_the_menus_and_refuses_sources_and_losses(make_view):
    g = graph_io.load(RESIDUAL)
    view = make_view(g)
    menu = right_click_menu(view, header(view, "fc2"))
    action = action_named(menu, "Make Block")
    assert action is not None and action.shortcut().toString() == "Ctrl+Alt+G"
    assert view.acts.make_block in view.acts.edit_menu
    menu.close()
    view.select_nodes(["data", "fc1"])
    view.acts.make_block.trigger()
    assert "block1" not in g.nodes and view.undo_stack.count() == 0
    assert "data: a block holds layers, merges and activations, not a data node" in view.message.message


def test_a_block_card_looks_like_a_block(make_view):
    g = graph_io.load(RESIDUAL)
    view = make_view(g, (1000, 360))
    view.select_nodes(["fc2", "relu2", "add"])
    view.acts.make_block.trigger()
    view.scene().clearSelection()
    view.scene().analysis  # noqa: B018  (refresh the cards now)
    view.resetTransform()
    view.scale(1.3, 1.3)
    view.centerOn(view.node_item("block1"))
    keep = os.environ.get("NODEFLOW_SHOTS")
    if keep:
        view.grab().save(os.path.join(keep, "block_card.png"))


def test_an_inner_nodes_error_shows_on_its_block(make_view):
    g = graph_io.load(RESIDUAL)
    view = make_view(g)
    view.select_nodes(["fc2", "relu2", "add"])
    view.acts.make_block.trigger()
    g.nodes["block1"].block.nodes["fc2"].params["units"] = 16  # the Add's two inputs now differ
    g.changed.emit("param_changed", g.nodes["block1"], "block")
    analysis = view.scene().analysis
    assert analysis.first_error.startswith("block1: add: expects the same shape on a and b")
    assert view.node_item("block1").error.startswith("block1: add: expects the same shape")


def test_two_placements_of_one_linked_block_train_one_set_of_weights(make_view, tmp_path):
    from nodeflow.compute.weights import weight_arrays

    g = graph_io.load(RESIDUAL)
    view = make_view(g)
    view.select_nodes(["fc2", "relu2", "add"])
    view.acts.make_block.trigger()
    own = analyze(g).param_count
    view.select_nodes(["block1"])
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # Alt+D: a linked placement
    assert g.nodes["block2"].block.shares == "block1"
    assert view.node_item("block2").summary == "Block · 3 nodes · linked to block1"
    g.disconnect(next(e for e in g.edges if e.src == ("block1", "out")))
    g.connect(("block1", "out"), ("block2", "in"))
    g.connect(("block2", "out"), ("fc3", "in"))
    analysis = analyze(g)
    assert analysis.ok, analysis.first_error
    assert analysis.sharing == {"block2/fc2": "block1/fc2"} and analysis.param_count == own  # no new weights
    trainer = Trainer(g, epochs=3)
    trainer.run()
    arrays = weight_arrays(trainer.network)
    assert [k for k in arrays if "fc2" in k] == [k for k in arrays if k.startswith("block1/fc2")] != []
    assert max(worst_errors(g).values()) < 1e-6
    path = tmp_path / "linked.nodeflow"
    graph_io.save(g, path)
    assert '"shares": "block1"' in path.read_text() and graph_io.load(path) == g
    view.undo_stack.undo()  # the linked placement goes (the wires made by hand went with it)
    assert "block2" not in g.nodes


def test_the_window_trains_and_checks_a_graph_with_a_block_and_a_bypass(qtbot, window, tmp_path):
    assert window.open_example(RESIDUAL, ask=False)
    view = window.canvas
    window.show()
    view.select_nodes(["fc2", "relu2", "add"])
    view.acts.make_block.trigger()
    view.select_nodes(["relu1"])
    view.acts.bypass.trigger()
    assert window.graph.nodes["relu1"].bypass and "block1" in window.graph.nodes
    dock = window.training
    window.graph.training["epochs"] = 3
    with qtbot.waitSignal(dock.controller.ended, timeout=30000):
        window.actionTrain.trigger()
    assert dock.plots.epoch_count() == 3
    assert "Run 1 finished" in window.statusBar().currentMessage()
    with qtbot.waitSignal(dock.gradcheck.ended, timeout=30000):
        assert dock.run_gradcheck()
    assert window.statusBar().currentMessage().startswith("Gradient check: backprop matches")


def test_alt_g_ungroups_a_block_back_into_its_nodes(make_view):
    g = graph_io.load(RESIDUAL)
    view = make_view(g)
    original = graph_to_dict(g)
    view.select_nodes(["fc2", "relu2", "add"])
    view.acts.make_block.trigger()
    blocked = graph_to_dict(g)
    view.select_nodes(["block1"])
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    assert "block1" not in g.nodes and {"fc2", "relu2", "add"} <= set(g.nodes)
    assert view.undo_stack.text(1) == "Ungroup block1"
    ungrouped = g.copy()
    assert analyze(ungrouped).ok and losses(ungrouped) == losses(graph_io.load(RESIDUAL))
    assert {n: node.pos for n, node in ungrouped.nodes.items()} == {n["id"]: tuple(n["pos"]) for n in original["nodes"]}
    assert sorted(map(str, ungrouped.edges)) == sorted(map(str, graph_io.graph_from_dict(original).edges))
    view.undo_stack.undo()
    assert graph_to_dict(g) == blocked
