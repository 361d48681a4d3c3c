"""The canvas mirrors the document and edits it only through undo commands, driven here with
real mouse and keyboard events on an offscreen view."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QUndoStack, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from nodeflow.graph.document import Edge, Graph
from nodeflow.graph.io import graph_to_dict
from nodeflow.ui.canvas.node_item import NodeItem
from nodeflow.ui.canvas.view import NODE_MIME, CanvasView
from nodeflow.ui.canvas.wire_item import WireItem


def mlp() -> Graph:
    g = Graph("mlp")
    g.add_node("Dataset", {"source": "moons"}, (0, 0), "data")
    g.add_node("Dense", {"units": 16}, (260, 0), "fc1")
    g.add_node("ReLU", {}, (520, 0), "relu1")
    g.add_node("Dense", {"units": 2}, (780, 0), "fc2")
    g.connect(("data", "x"), ("fc1", "in"))
    g.connect(("fc1", "out"), ("relu1", "in"))
    g.connect(("relu1", "out"), ("fc2", "in"))
    return g


@pytest.fixture
def make_view(qtbot):
    def make(graph: Graph) -> CanvasView:
        view = CanvasView(graph, QUndoStack())
        qtbot.addWidget(view)
        view.resize(1200, 500)
        view.show()
        qtbot.waitExposed(view)
        view.zoom_to_fit()
        return view

    return make


def vp(view: CanvasView, scene_pos: QPointF) -> QPoint:
    return view.mapFromScene(scene_pos)


def drag(view: CanvasView, a: QPointF, b: QPointF) -> None:
    """Press at scene point a, move in steps, release at scene point b (real mouse events)."""
    port = view.viewport()
    pa, pb = vp(view, a), vp(view, b)
    QTest.mousePress(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pa)
    for i in range(1, 6):
        QTest.mouseMove(port, pa + (pb - pa) * (i / 5))
    QTest.mouseRelease(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pb)


def test_items_follow_the_document(make_view):
    g = mlp()
    view = make_view(g)
    scene = view.scene()
    assert set(scene.nodes) == set(g.nodes)
    assert set(scene.wires) == set(g.edges)
    assert sum(isinstance(i, NodeItem) for i in scene.items()) == 4
    g.remove_node("relu1")
    assert "relu1" not in scene.nodes
    assert sum(isinstance(i, WireItem) for i in scene.items()) == 1
    g.add_node("Tanh", {}, (520, 100), "tanh")
    g.connect(("fc1", "out"), ("tanh", "in"))
    assert view.node_item("tanh").pos() == QPointF(520, 100)
    assert Edge(("fc1", "out"), ("tanh", "in")) in scene.wires
    g.move_node("tanh", (40, 60))
    assert view.node_item("tanh").pos() == QPointF(40, 60)
    g.replace_with(mlp())
    assert set(scene.nodes) == set(g.nodes) and len(scene.wires) == 3


def test_analysis_is_coalesced_and_shown_on_cards(make_view, qtbot):
    g = mlp()
    view = make_view(g)
    qtbot.wait(5)
    seen = []
    view.analysisChanged.connect(seen.append)
    for i in range(10):
        g.add_node("ReLU", {}, (0, 200 + 100 * i))
    qtbot.waitUntil(lambda: len(seen) > 0)
    qtbot.wait(5)
    assert len(seen) == 1
    assert seen[0] is view.analysis
    assert view.node_item("fc1").param_text == "48 params"  # 2*16 + 16
    assert view.node_item("fc1").summary.startswith("Dense")
    assert "not connected" in view.node_item("relu2").error
    label = view.scene().wires[Edge(("fc1", "out"), ("relu1", "in"))].label
    assert label == "(N, 16)"


def test_wire_two_nodes_with_the_mouse(make_view):
    g = mlp()
    g.disconnect(Edge(("relu1", "out"), ("fc2", "in")))
    view = make_view(g)
    stack = view.undo_stack
    drag(view, view.port_scene_pos(("relu1", "out")), view.port_scene_pos(("fc2", "in")))
    assert Edge(("relu1", "out"), ("fc2", "in")) in g.edges
    assert stack.count() == 1 and stack.text(0) == "Connect relu1 → fc2"
    stack.undo()
    assert Edge(("relu1", "out"), ("fc2", "in")) not in g.edges


def test_wire_backwards_from_an_input(make_view):
    g = mlp()
    g.disconnect(Edge(("relu1", "out"), ("fc2", "in")))
    view = make_view(g)
    drag(view, view.port_scene_pos(("fc2", "in")), view.port_scene_pos(("relu1", "out")))
    assert Edge(("relu1", "out"), ("fc2", "in")) in g.edges


@pytest.mark.parametrize(
    ("src", "dst", "reason"),
    [
        (("data", "y"), "fc_free", "fc_free"),  # labels (N,) into Dense: shape mismatch
        (("data", "y"), "fc2", "fc2"),  # onto an occupied input: still refused when it does not fit
        (("fc2", "out"), "fc1", "cycle"),
    ],
)
def test_refused_wires_create_no_edge_and_say_why(make_view, qtbot, src, dst, reason):
    g = mlp()
    g.add_node("Dense", {"units": 3}, (260, 300), "fc_free")
    if reason == "cycle":
        g.disconnect(Edge(("data", "x"), ("fc1", "in")))
    view = make_view(g)
    before = graph_to_dict(g)
    messages = []
    view.statusMessage.connect(messages.append)
    drag(view, view.port_scene_pos(src), view.port_scene_pos((dst, "in")))
    assert graph_to_dict(g) == before
    assert view.undo_stack.count() == 0
    assert messages and reason in messages[-1]
    bar = view.message
    assert bar.isVisible() and bar.text.text() == messages[-1]
    # inside the canvas, below its viewport: it covers no card
    assert bar.geometry().top() >= view.viewport().geometry().bottom()
    assert bar.geometry().bottom() <= view.rect().bottom() and bar.width() >= view.viewport().width()
    qtbot.wait(50)
    assert bar.isVisible()  # until the next action...
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     vp(view, QPointF(400, 600)))
    assert not bar.isVisible()  # ...which dismisses it
    assert view.viewport().height() == view.height() - 2 * view.frameWidth()


def test_refused_replacement_keeps_the_old_wire_visible(make_view):
    g = mlp()
    view = make_view(g)
    drag(view, view.port_scene_pos(("data", "y")), view.port_scene_pos(("fc2", "in")))
    old = Edge(("relu1", "out"), ("fc2", "in"))
    assert old in g.edges and view.scene().wires[old].isVisible()


def test_dropping_onto_an_occupied_input_replaces_its_wire(make_view):
    g = mlp()
    view = make_view(g)
    before = graph_to_dict(g)
    drag(view, view.port_scene_pos(("data", "x")), view.port_scene_pos(("fc2", "in")))
    assert Edge(("data", "x"), ("fc2", "in")) in g.edges
    assert Edge(("relu1", "out"), ("fc2", "in")) not in g.edges
    assert view.undo_stack.count() == 1 and view.undo_stack.text(0) == "Reconnect data.x → fc2"
    view.undo_stack.undo()
    assert graph_to_dict(g) == before


def test_a_wire_lifted_off_its_input_moves_to_another(make_view):
    g = mlp()
    g.add_node("Dense", {"units": 3}, (780, 300), "fc_free")
    view = make_view(g)
    before = graph_to_dict(g)
    drag(view, view.port_scene_pos(("fc2", "in")), view.port_scene_pos(("fc_free", "in")))
    assert Edge(("relu1", "out"), ("fc_free", "in")) in g.edges
    assert g.source_of(("fc2", "in")) is None
    assert view.scene().wires[Edge(("relu1", "out"), ("fc_free", "in"))].isVisible()
    assert view.undo_stack.count() == 1 and view.undo_stack.text(0) == "Reconnect relu1 → fc_free"
    view.undo_stack.undo()
    assert graph_to_dict(g) == before
    assert view.scene().wires[Edge(("relu1", "out"), ("fc2", "in"))].isVisible()


def test_a_lifted_wire_dropped_on_empty_canvas_is_removed(make_view):
    g = mlp()
    view = make_view(g)
    before = graph_to_dict(g)
    end = view.port_scene_pos(("fc2", "in")) + QPointF(0, 200)  # nothing there
    drag(view, view.port_scene_pos(("fc2", "in")), end)
    assert g.source_of(("fc2", "in")) is None
    assert view.undo_stack.text(0) == "Disconnect relu1 → fc2"
    view.undo_stack.undo()
    assert graph_to_dict(g) == before


def test_a_lifted_wire_put_back_changes_nothing(make_view):
    g = mlp()
    view = make_view(g)
    before = graph_to_dict(g)
    port = view.port_scene_pos(("fc2", "in"))
    drag(view, port, port + QPointF(0.5, 0))  # a click-drag that ends on the same input
    assert graph_to_dict(g) == before and view.undo_stack.count() == 0
    assert view.scene().wires[Edge(("relu1", "out"), ("fc2", "in"))].isVisible()


def test_param_edits_redraw_the_card(make_view, qtbot):
    g = mlp()
    view = make_view(g)
    from nodeflow.ui.commands import SetParamCommand

    view.undo_stack.push(SetParamCommand(g, "fc1", "units", 64))
    assert view.analysis.inferred["fc1"].param_count == 2 * 64 + 64
    assert view.node_item("fc1").summary == "Dense 64"
    assert view.node_item("fc1").param_text == "192 params"
    assert view.scene().wires[Edge(("fc1", "out"), ("relu1", "in"))].label == "(N, 64)"


def test_gradient_meter_repaints_only_its_strip(make_view, qtbot):
    """During training a new |grad| every few hundred ms must not repaint the whole card."""
    view = make_view(mlp())
    card = view.node_item("fc1")
    qtbot.waitUntil(lambda: card.param_text == "48 params")
    card_updates, meter_updates = [], []
    card.update = lambda *a: card_updates.append(a)  # type: ignore[method-assign]
    card.meter.update = lambda *a: meter_updates.append(a)  # type: ignore[method-assign]
    card.set_gradient(3.1e-4)
    assert card.gradient == pytest.approx(3.1e-4) and card.meter.isVisible()
    assert len(card_updates) == 1  # once: the footer's parameter count gives way to the meter
    card.set_gradient(2.0e-4)
    card.set_gradient(2.04e-4)  # shows the same "2.0e-04": nothing to repaint
    assert len(card_updates) == 1 and len(meter_updates) == 2
    card.set_gradient(None)
    assert card.gradient is None and not card.meter.isVisible() and len(card_updates) == 2
    view.node_item("relu1").set_gradient(1.0)  # no weights, no meter
    assert view.node_item("relu1").gradient is None


def test_select_same_type(make_view):
    g = mlp()
    g.add_node("Dense", {"units": 3}, (260, 300), "fc_free")
    view = make_view(g)
    view.node_item("fc1").setSelected(True)
    assert sorted(view.select_same_type()) == ["fc1", "fc2", "fc_free"]
    assert sorted(view.scene().selected_node_ids()) == ["fc1", "fc2", "fc_free"]
    view.scene().clearSelection()
    assert view.select_same_type() == []  # nothing selected: nothing to match


def test_view_destroyed_before_the_document(qtbot):
    g = mlp()
    view = CanvasView(g, QUndoStack())
    view.deleteLater()
    QApplication.sendPostedEvents(None, 0)
    qtbot.waitUntil(lambda: not shiboken6.isValid(view))
    g.add_node("ReLU")  # must not raise into a deleted scene
    g.replace_with(mlp())


def test_dropping_a_palette_type_creates_a_node(make_view):
    g = mlp()
    view = make_view(g)
    mime = QMimeData()
    mime.setData(NODE_MIME, b"Dropout")
    at = vp(view, QPointF(400, 300))
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(at, *args)
    QApplication.sendEvent(view.viewport(), enter)
    assert enter.isAccepted()
    QApplication.sendEvent(view.viewport(), QDropEvent(QPointF(at), *args))
    added = [n for n in g.nodes.values() if n.type == "Dropout"]
    assert len(added) == 1
    card = view.node_item(added[0].id)
    assert card.sceneBoundingRect().contains(view.mapToScene(at))
    assert view.undo_stack.text(0) == "Add Dropout"


def test_tab_quick_search_creates_a_node(make_view, qtbot):
    g = mlp()
    view = make_view(g)
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Tab)
    search = view.quick_search
    assert search.isVisible()
    QTest.keyClicks(search.edit, "tan")
    assert search.current_type() == "Tanh"
    QTest.keyClick(search.edit, Qt.Key.Key_Return)
    assert not search.isVisible()
    assert [n.type for n in g.nodes.values()].count("Tanh") == 1


def test_dragging_a_card_is_one_undoable_move(make_view):
    g = mlp()
    view = make_view(g)
    view.set_snap_to_grid(True)
    start = view.node_item("fc1").scenePos() + QPointF(60, 8)  # on the header
    drag(view, start, start + QPointF(93, 47))
    x, y = g.nodes["fc1"].pos
    assert (x, y) != (260, 0) and x % 20 == 0 and y % 20 == 0
    assert view.undo_stack.count() == 1
    view.undo_stack.undo()
    assert g.nodes["fc1"].pos == (260, 0)
    assert view.node_item("fc1").pos() == QPointF(260, 0)


def test_delete_selected_nodes_and_wires_is_undoable(make_view):
    g = mlp()
    before = graph_to_dict(g)
    view = make_view(g)
    view.node_item("relu1").setSelected(True)
    view.scene().wires[Edge(("data", "x"), ("fc1", "in"))].setSelected(True)
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert "relu1" not in g.nodes and g.edges == []
    view.undo_stack.undo()
    assert graph_to_dict(g) == before


def test_copy_paste_and_duplicate_rename_ids(make_view):
    g = mlp()
    view = make_view(g)
    view.node_item("fc1").setSelected(True)
    view.node_item("relu1").setSelected(True)
    before = graph_to_dict(g)
    assert view.copy_selected()
    new = view.paste()
    assert sorted(new) == ["fc3", "relu2"]
    assert Edge(("fc3", "out"), ("relu2", "in")) in g.edges
    assert g.incoming("fc3") == {}
    assert g.nodes["fc3"].params == {"units": 16}
    assert sorted(view.scene().selected_node_ids()) == ["fc3", "relu2"]
    dup = view.duplicate_selected()
    assert len(dup) == 2 and not set(dup) & {"fc1", "relu1", "fc3", "relu2"}
    view.undo_stack.undo()
    view.undo_stack.undo()
    assert graph_to_dict(g) == before


def test_locked_canvas_refuses_structural_edits_but_allows_moves(make_view):
    g = mlp()
    g.disconnect(Edge(("relu1", "out"), ("fc2", "in")))
    view = make_view(g)
    messages = []
    view.statusMessage.connect(messages.append)
    view.set_locked(True)
    before = graph_to_dict(g)
    view.node_item("fc1").setSelected(True)
    view.copy_selected()
    view.delete_selected()
    view.paste()
    view.duplicate_selected()
    assert view.add_node_at("Dense", QPointF(0, 300)) is None
    drag(view, view.port_scene_pos(("relu1", "out")), view.port_scene_pos(("fc2", "in")))
    assert graph_to_dict(g) == before
    assert len(messages) >= 5 and all("locked" in m for m in messages)
    start = view.node_item("fc2").scenePos() + QPointF(60, 8)
    drag(view, start, start + QPointF(40, 80))
    assert g.nodes["fc2"].pos != (780, 0)
    view.set_locked(False)
    assert view.add_node_at("Dense", QPointF(0, 300)) is not None


def test_flatten_fix_inserts_a_flatten(make_view, qtbot):
    g = Graph("cnn")
    g.add_node("Dataset", {"source": "digits", "as_images": True}, (0, 0), "data")
    g.add_node("Dense", {"units": 10}, (300, 0), "fc")
    g.connect(("data", "x"), ("fc", "in"))
    view = make_view(g)
    assert "Flatten" in view.analysis.errors["fc"]
    card = view.node_item("fc")
    assert card.error and card.fix.isVisible() and card.toolTip() == card.error
    button = card.fix.sceneBoundingRect().center()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, vp(view, button))
    flat = [n for n in g.nodes.values() if n.type == "Flatten"]
    assert len(flat) == 1
    assert g.source_of(("fc", "in")) == (flat[0].id, "out")
    assert view.analysis.errors == {}
    qtbot.waitUntil(lambda: view.node_item("fc").error is None)
    assert not view.node_item("fc").fix.isVisible()
    view.undo_stack.undo()
    assert "Flatten" in view.analysis.errors["fc"]


def test_nodes_without_positions_are_laid_out(make_view):
    g = mlp()
    for node in g.nodes.values():
        node.pos = None
    g.add_node("Tanh", {}, None, "side")
    g.connect(("fc1", "out"), ("side", "in"))
    view = make_view(g)
    assert all(n.pos is not None for n in g.nodes.values())
    xs = [g.nodes[n].pos[0] for n in ("data", "fc1", "relu1", "fc2")]
    assert xs == sorted(xs) and len(set(xs)) == 4
    rects = [view.node_item(n).sceneBoundingRect() for n in g.nodes]
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1 :])


def test_wheel_zoom_is_clamped(make_view):
    view = make_view(mlp())
    centre = view.viewport().rect().center()
    for delta in (120, -120):
        for _ in range(40):
            QTest.mouseMove(view.viewport(), centre)
            event = QWheelEvent(
                QPointF(centre), QPointF(view.mapToGlobal(centre)), QPoint(), QPoint(0, delta),
                Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False,
            )
            QApplication.sendEvent(view.viewport(), event)
        scale = view.transform().m11()
        assert scale == pytest.approx(4.0 if delta > 0 else 0.1)


def test_screenshot(make_view, tmp_path):
    g = mlp()
    g.add_node("Dense", {"units": 3}, (260, 200), "fc_bad")
    g.connect(("data", "y"), ("fc_bad", "in"))  # a mismatch: the card shows the error
    view = make_view(g)
    view.node_item("fc1").setSelected(True)
    QApplication.processEvents()
    image = view.grab()
    assert not image.isNull()
    import os

    os.makedirs("/tmp/shots", exist_ok=True)
    assert image.save("/tmp/shots/canvas.png")
