"""Linked duplicate (Alt+D): a second use of a layer that shares its weights, driven through
the canvas's keys and menus; the document, the card, training and undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from nodeflow.compute.trainer import Trainer
from nodeflow.graph.document import Graph
from nodeflow.graph.io import graph_to_dict
from tests.ui import test_canvas_habits as habits
from tests.ui.test_canvas_habits import LEFT, NO, action_named, header, right_click_menu, vp

make_view = habits.make_view  # the habits' fixture: a shown, focused canvas
ALT = Qt.KeyboardModifier.AltModifier
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def tied() -> Graph:
    """data -> fc1 (Dense 2) -> tanh -> [the same fc1 again] -> softmax -> loss -> adam, with
    the second use still to be made."""
    g = Graph("tied")
    g.add_node("Dataset", {"source": "moons", "n_samples": 200}, (0, 0), "data")
    g.add_node("Dense", {"units": 2}, (260, 0), "fc1")
    g.add_node("Tanh", {}, (520, 0), "tanh")
    g.add_node("Softmax", {}, (1040, 0), "softmax")
    g.add_node("CrossEntropy", {}, (1300, 0), "xent")
    g.add_node("Adam", {"lr": 0.05}, (1560, 0), "adam")
    g.connect(("data", "x"), ("fc1", "in"))
    g.connect(("fc1", "out"), ("tanh", "in"))
    g.connect(("softmax", "out"), ("xent", "pred"))
    g.connect(("data", "y"), ("xent", "target"))
    g.connect(("xent", "loss"), ("adam", "loss"))
    return g


def click(view, node_id: str) -> None:
    QTest.mouseClick(view.viewport(), LEFT, NO, vp(view, header(view, node_id)))


def test_alt_d_makes_a_second_use_that_shares_the_weights(make_view):
    g = tied()
    view = make_view(g)
    before = graph_to_dict(g)
    click(view, "fc1")
    QTest.keyClick(view, Qt.Key.Key_D, ALT)
    assert "fc2" in g.nodes and g.nodes["fc2"].params == {"units": 2, "share": "fc1"}
    assert g.edges_of("fc2") == [] and view.node_item("fc2").isSelected()
    assert view.undo_stack.text(0) == "Linked duplicate of fc1"
    assert view.node_item("fc2").summary == "Dense 2 · linked to fc1"
    # Alt+D on the duplicate links to the owner, not to a chain
    QTest.keyClick(view, Qt.Key.Key_D, ALT)
    assert g.nodes["fc3"].params["share"] == "fc1"
    view.undo_stack.undo()
    view.undo_stack.undo()
    assert graph_to_dict(g) == before


def test_the_linked_layer_trains_one_set_of_weights(make_view):
    g = tied()
    view = make_view(g)
    click(view, "fc1")
    QTest.keyClick(view, Qt.Key.Key_D, ALT)
    g.connect(("tanh", "out"), ("fc2", "in"))
    g.connect(("fc2", "out"), ("softmax", "in"))
    analysis = view.scene().analysis
    assert analysis.ok, analysis.first_error
    assert analysis.sharing == {"fc2": "fc1"} and analysis.param_count == 6  # one 2x2 W and b
    events: list[dict] = []
    trainer = Trainer(g.copy(), epochs=3, on_event=events.append)
    trainer.run()
    assert trainer.network.plan.shares == {"fc2": "fc1"}
    losses = [e["train_loss"] for e in events if e["event"] == "epoch"]
    assert losses[-1] < losses[0]


def test_it_is_in_the_menus_and_refused_for_a_layer_without_weights_to_share(make_view):
    g = tied()
    view = make_view(g)
    menu = right_click_menu(view, header(view, "tanh"))
    action = action_named(menu, "Duplicate Linked")
    assert action is not None and action.shortcut().toString() == "Alt+D"
    assert view.acts.linked_duplicate in view.acts.edit_menu
    action.trigger()
    menu.close()
    assert set(g.nodes) == set(tied().nodes) and view.undo_stack.count() == 0
    assert "tanh: a Tanh cannot share its weights" in view.message.message
