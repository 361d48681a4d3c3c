"""Entering a block (Tab, or a double-click on its card; Esc leaves): the canvas shows the block's
inside between cards for its inputs and outputs; edits there change the block's definition, are
one undo step each on the window's stack, and shapes and errors come from the graph outside."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from nodeflow.graph import blocks
from nodeflow.graph import io as graph_io
from nodeflow.graph.analysis import analyze
from nodeflow.graph.document import Edge
from nodeflow.graph.io import graph_to_dict
from nodeflow.ui.commands import SetParamCommand
from tests.ui import test_canvas_habits as habits
from tests.ui.test_canvas_habits import action_named, drag, header, right_click_menu, vp

make_view = habits.make_view
RESIDUAL = Path(__file__).parents[2] / "examples" / "residual_mlp.nodeflow"
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def blocked(make_view):
    g = graph_io.load(RESIDUAL)
    view = make_view(g)
    view.select_nodes(["fc2", "relu2", "add"])
    view.acts.make_block.trigger()
    assert "block1" in g.nodes
    view.setFocus()
    return g, view


def test_tab_enters_the_selected_block_and_esc_leaves(make_view):
    g, view = blocked(make_view)
    view.select_nodes(["block1"])
    QTest.keyClick(view, Qt.Key.Key_Tab)
    assert view.block_session is not None and view.graph is not g
    assert set(view.scene().nodes) == {blocks.INPUTS_CARD, "fc2", "relu2", "add", blocks.OUTPUTS_CARD}
    assert view.node_item(blocks.INPUTS_CARD).title == "Block inputs"
    assert view.breadcrumb.isVisible() and "block1" in view.breadcrumb.text()
    assert not view.quick_search.isVisible()
    # shapes inside come from the graph outside: the inputs card gives what the wire into the block brings
    analysis = view.scene().analysis
    assert analysis.ok, analysis.errors
    assert str(analysis.output_type((blocks.INPUTS_CARD, "in"))) == "(N, 32)"
    assert view.scene().wires[Edge((blocks.INPUTS_CARD, "in"), ("fc2", "in"))].label == "(N, 32)"
    assert view.node_item("fc2").param_text == "1,056 params"
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert view.block_session is None and view.graph is g and view.scene().nodes.keys() == g.nodes.keys()
    assert view.scene().selected_node_ids() == ["block1"] and not view.breadcrumb.isVisible()


def test_tab_without_a_block_selected_still_opens_the_quick_search(make_view):
    g, view = blocked(make_view)
    view.select_nodes(["fc1"])
    QTest.keyClick(view, Qt.Key.Key_Tab)
    assert view.block_session is None and view.quick_search.isVisible()
    view.quick_search.close_search()


def test_double_click_on_the_card_enters_and_the_breadcrumb_leaves(make_view):
    g, view = blocked(make_view)
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      vp(view, header(view, "block1")))
    assert view.block_session is not None and view.block_session.block_id == "block1"
    view.breadcrumb.linkActivated.emit("leave")
    assert view.block_session is None


def test_an_edit_inside_changes_the_definition_in_one_undo_step(make_view):
    g, view = blocked(make_view)
    before = graph_to_dict(g)
    view.select_nodes(["block1"])
    view.acts.enter_block.trigger()
    main = view.main_stack
    count = main.count()
    # a parameter, as the inspector sets it (on the canvas's document and stack)
    view.undo_stack.push(SetParamCommand(view.graph, "fc2", "units", 16))
    assert main.count() == count + 1 and main.text(count) == "Set fc2.units = 16 (in block1)"
    assert g.nodes["block1"].block.nodes["fc2"].params["units"] == 16
    # the error propagates: inside on the Add, outside on the block card
    assert "add" in view.scene().analysis.errors
    assert "a and b" in view.node_item("add").error
    assert analyze(g).errors["block1"].startswith("block1: add:")
    # undo on the window's stack: the definition and the inside go back
    main.undo()
    QTest.qWait(10)
    assert graph_to_dict(g) == before
    assert view.graph.nodes["fc2"].params["units"] == 32 and view.block_session is not None
    main.redo()
    QTest.qWait(10)
    assert view.graph.nodes["fc2"].params["units"] == 16
    main.undo()
    QTest.qWait(10)
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert graph_to_dict(g) == before and analyze(g).ok


def test_nodes_added_and_wired_inside_train_as_part_of_the_block(make_view):
    g, view = blocked(make_view)
    view.select_nodes(["block1"])
    QTest.keyClick(view, Qt.Key.Key_Tab)
    inner = view.graph
    # take the ReLU out with the mouse-free habit (Ctrl+X keeps the chain wired), then add a Tanh on
    # the Dense -> Add wire by dropping it from the quick search onto the canvas and wiring it by drag
    view.select_nodes(["relu2"])
    QTest.keyClick(view, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert "relu2" not in inner.nodes and "relu2" not in g.nodes["block1"].block.nodes
    assert Edge(("fc2", "out"), ("add", "b")) in g.nodes["block1"].block.edges
    new = view.add_node_at("Tanh", view.node_item("fc2").scenePos() + QPointF(0, 260))
    assert new in g.nodes["block1"].block.nodes
    drag(view, view.port_scene_pos(("fc2", "out")), view.port_scene_pos((new, "in")))
    assert Edge(("fc2", "out"), (new, "in")) in g.nodes["block1"].block.edges
    assert analyze(g).ok, analyze(g).first_error
    QTest.keyClick(view, Qt.Key.Key_Escape)
    flat = g.resolved()
    assert f"block1/{new}" in flat.nodes and "block1/relu2" not in flat.nodes
    # three edits inside, three undo steps on the window's stack, back to the block as made
    for _ in range(3):
        view.undo_stack.undo()
    assert set(g.nodes["block1"].block.nodes) == {"fc2", "relu2", "add"}


def test_an_edit_that_would_break_the_block_is_taken_back(make_view):
    g, view = blocked(make_view)
    definition = graph_to_dict(g)
    view.select_nodes(["block1"])
    QTest.keyClick(view, Qt.Key.Key_Tab)
    count = view.main_stack.count()
    view.select_nodes([blocks.OUTPUTS_CARD])
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert blocks.OUTPUTS_CARD in view.graph.nodes and view.main_stack.count() == count
    assert "port cards stay" in view.message.text.text()
    view.select_nodes(["add"])
    QTest.keyClick(view, Qt.Key.Key_Delete)  # the block's output would be wired to nothing
    assert "add" in view.graph.nodes and "must stay wired" in view.message.text.text()
    assert graph_to_dict(g) == definition


def test_editing_a_linked_placement_edits_both(make_view):
    g, view = blocked(make_view)
    view.select_nodes(["block1"])
    QTest.keyClick(view, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert g.nodes["block2"].block.shares == "block1"
    view.select_nodes(["block2"])
    QTest.keyClick(view, Qt.Key.Key_Tab)
    view.undo_stack.push(SetParamCommand(view.graph, "fc2", "units", 8))
    one, two = g.nodes["block1"].block, g.nodes["block2"].block
    assert one.nodes["fc2"].params == two.nodes["fc2"].params == {"units": 8}
    assert one.shares == "" and two.shares == "block1"
    view.main_stack.undo()
    assert g.nodes["block1"].block.nodes["fc2"].params == g.nodes["block2"].block.nodes["fc2"].params == {"units": 32}


def test_the_menus_show_enter_and_leave_with_their_keys(make_view):
    g, view = blocked(make_view)
    menu = right_click_menu(view, header(view, "block1"))
    action = action_named(menu, "Enter Block")
    assert action is view.acts.enter_block and action.text().endswith("\tTab")
    menu.close()
    assert view.acts.enter_block in view.acts.edit_menu and view.acts.leave_block in view.acts.edit_menu
    assert view.acts.leave_block.text().endswith("\tEsc")
    view.select_nodes(["fc1"])
    view.acts.enter_block.trigger()  # not a block: refused with the reason
    assert view.block_session is None and "Select one block card" in view.message.text.text()
    view.select_nodes(["block1"])
    view.acts.enter_block.trigger()
    view.acts.leave_block.trigger()
    assert view.block_session is None


def test_undoing_the_make_block_from_inside_leaves_it(make_view):
    g, view = blocked(make_view)
    view.select_nodes(["block1"])
    QTest.keyClick(view, Qt.Key.Key_Tab)
    view.main_stack.undo()  # Ctrl+Z past the inside edits: the block is gone
    QTest.qWait(10)
    assert view.block_session is None and view.graph is g and "fc2" in g.nodes


def test_in_the_window_the_inspector_edits_the_entered_block(qtbot, window):
    window.resize(1400, 900)
    window.show()
    assert window.open_example(RESIDUAL, ask=False)
    view, g, inspector = window.canvas, window.graph, window.inspector
    view.select_nodes(["fc2", "relu2", "add"])
    view.acts.make_block.trigger()
    view.select_nodes(["block1"])
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Tab)
    assert inspector.graph is view.graph and inspector.undo_stack is view.undo_stack
    view.select_nodes(["fc2"])
    assert inspector.node_id == "fc2"
    inspector.editors["units"].widget.setValue(16)  # as typing does: one undo step on the window's stack
    assert g.nodes["block1"].block.nodes["fc2"].params["units"] == 16
    assert "(in block1)" in window.actionUndo.text()
    QTest.qWait(20)  # the analysis runs once the edit is done: the block's error is shown inside it
    assert window.analysis_label.text().startswith("add: expects the same shape on a and b")
    window.actionUndo.trigger()
    QTest.qWait(10)
    assert g.nodes["block1"].block.nodes["fc2"].params["units"] == 32
    view.select_nodes(["fc2"])
    assert inspector.editors["units"].value() == 32
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert inspector.graph is g and window.canvas.graph is g
    window.actionRedo.trigger()  # the inside edit, redone from the graph
    assert g.nodes["block1"].block.nodes["fc2"].params["units"] == 16


def test_another_document_leaves_the_block(make_view):
    g, view = blocked(make_view)
    view.select_nodes(["block1"])
    QTest.keyClick(view, Qt.Key.Key_Tab)
    other = graph_io.load(RESIDUAL)
    g.replace_with(other)  # what File ▸ Open does to the document
    QTest.qWait(20)
    assert view.block_session is None and view.graph is g and "fc2" in view.scene().nodes
