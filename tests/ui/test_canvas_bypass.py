"""Bypass (M), driven through the canvas's own keys and menus: the document, the card, the
file, copy and paste, refusals and undo."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from nodeflow.graph import io as graph_io
from nodeflow.graph.document import Graph
from nodeflow.graph.io import graph_to_dict
from tests.ui import test_canvas_habits as habits
from tests.ui.test_canvas_habits import LEFT, NO, action_named, header, right_click_menu, vp

make_view = habits.make_view  # the habits' fixture: a shown, focused canvas

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def dropout_net() -> Graph:
    g = Graph("dropout")
    g.add_node("Dataset", {"source": "moons", "n_samples": 200}, (0, 0), "data")
    g.add_node("Dense", {"units": 16}, (260, 0), "fc1")
    g.add_node("Dropout", {"rate": 0.5}, (520, 0), "drop")
    g.add_node("Dense", {"units": 2}, (780, 0), "fc2")
    g.add_node("Softmax", {}, (1040, 0), "softmax")
    g.add_node("CrossEntropy", {}, (1300, 0), "xent")
    g.add_node("Adam", {}, (1560, 0), "adam")
    g.connect(("data", "x"), ("fc1", "in"))
    g.connect(("fc1", "out"), ("drop", "in"))
    g.connect(("drop", "out"), ("fc2", "in"))
    g.connect(("fc2", "out"), ("softmax", "in"))
    g.connect(("softmax", "out"), ("xent", "pred"))
    g.connect(("data", "y"), ("xent", "target"))
    g.connect(("xent", "loss"), ("adam", "loss"))
    return g


def click(view, node_id: str) -> None:
    QTest.mouseClick(view.viewport(), LEFT, NO, vp(view, header(view, node_id)))


def test_m_bypasses_the_selected_node_and_m_again_takes_it_off(make_view, tmp_path):
    g = dropout_net()
    view = make_view(g)
    before = graph_to_dict(g)
    click(view, "drop")
    QTest.keyClick(view, Qt.Key.Key_M)
    assert g.nodes["drop"].bypass is True
    assert view.undo_stack.count() == 1 and view.undo_stack.text(0) == "Bypass drop"
    analysis = view.scene().analysis
    assert analysis.ok, analysis.first_error
    assert "drop" not in analysis.order and analysis.bypassed == {"drop": ("fc1", "out")}
    item = view.node_item("drop")
    assert item.bypassed and item.opacity() < 1 and "Bypassed" in item.toolTip()
    path = tmp_path / "g.nodeflow"
    graph_io.save(g, path)
    entry = next(n for n in json.loads(path.read_text())["nodes"] if n["id"] == "drop")
    assert entry["bypass"] is True
    assert graph_io.load(path).nodes["drop"].bypass is True
    QTest.keyClick(view, Qt.Key.Key_M)
    assert g.nodes["drop"].bypass is False and view.undo_stack.text(1) == "Stop bypassing drop"
    assert not view.node_item("drop").bypassed
    view.undo_stack.undo()
    assert g.nodes["drop"].bypass is True
    view.undo_stack.undo()
    assert graph_to_dict(g) == before


def test_bypass_is_in_the_node_menu_with_its_shortcut(make_view):
    g = dropout_net()
    view = make_view(g)
    menu = right_click_menu(view, header(view, "drop"))
    action = action_named(menu, "Bypass")
    assert action is not None and action.shortcut().toString() == "M"
    assert view.acts.bypass in view.acts.edit_menu
    action.trigger()
    menu.close()
    assert g.nodes["drop"].bypass


def test_a_node_that_changes_the_shape_or_has_no_input_is_refused(make_view):
    g = dropout_net()
    view = make_view(g)
    before = graph_to_dict(g)
    click(view, "fc2")  # Dense 16 -> 2
    QTest.keyClick(view, Qt.Key.Key_M)
    assert not g.nodes["fc2"].bypass and view.undo_stack.count() == 0
    assert "fc2: cannot be bypassed: it turns (N, 16) into (N, 2)" in view.message.message
    click(view, "data")
    QTest.keyClick(view, Qt.Key.Key_M)
    assert not g.nodes["data"].bypass and "Dataset (data) has no input" in view.message.message
    click(view, "adam")
    QTest.keyClick(view, Qt.Key.Key_M)
    assert not g.nodes["adam"].bypass
    assert graph_to_dict(g) == before


def test_copy_and_paste_keep_the_bypass(make_view):
    g = dropout_net()
    view = make_view(g)
    click(view, "drop")
    QTest.keyClick(view, Qt.Key.Key_M)
    QTest.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    pasted = view.paste(at=QPointF(600, 400))
    assert len(pasted) == 1 and g.nodes[pasted[0]].type == "Dropout" and g.nodes[pasted[0]].bypass
    duplicated = view.duplicate_selected()
    assert g.nodes[duplicated[0]].bypass


def test_a_bypassed_card_looks_bypassed(make_view, tmp_path):
    g = dropout_net()
    view = make_view(g, (900, 300))
    click(view, "drop")
    QTest.keyClick(view, Qt.Key.Key_M)
    view.scene().clearSelection()
    view.scene().analysis  # noqa: B018  (refresh the cards now)
    view.resetTransform()
    view.scale(1.6, 1.6)
    view.centerOn(view.node_item("drop"))
    view.grab().save(str(tmp_path / "bypassed.png"))
    import os

    keep = os.environ.get("NODEFLOW_SHOTS")
    if keep:
        view.grab().save(os.path.join(keep, "bypassed_card.png"))
