"""The node-editor habits people bring from Blender and ComfyUI, each driven through the
canvas's own events (mouse drags, keys, right-clicks) and checked in the document afterwards,
undo included."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QDragEnterEvent, QDropEvent, QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu

from nodeflow.graph import io as graph_io
from nodeflow.graph.document import Edge, Graph
from nodeflow.graph.io import graph_to_dict
from nodeflow.ui.canvas import candidates, theme
from nodeflow.ui.canvas.view import NODE_MIME, CanvasView

NO = Qt.KeyboardModifier.NoModifier
LEFT, RIGHT = Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton


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


def cnn() -> Graph:
    g = Graph("cnn")
    g.add_node("Dataset", {"source": "digits", "as_images": True}, (0, 0), "data")
    g.add_node("Conv2D", {"filters": 4}, (260, 0), "conv")
    g.add_node("Flatten", {}, (520, 0), "flatten")
    g.add_node("Dense", {"units": 10}, (780, 0), "fc")
    g.connect(("data", "x"), ("conv", "in"))
    g.connect(("conv", "out"), ("flatten", "in"))
    g.connect(("flatten", "out"), ("fc", "in"))
    return g


@pytest.fixture
def make_view(qtbot):
    def make(graph: Graph, size: tuple[int, int] = (1200, 600)) -> CanvasView:
        view = CanvasView(graph, QUndoStack())
        qtbot.addWidget(view)
        view.resize(*size)
        view.show()
        qtbot.waitExposed(view)
        view.activateWindow()
        assert QTest.qWaitForWindowActive(view)  # shortcuts reach the active window only
        view.zoom_to_fit()
        view.setFocus()
        return view

    return make


def vp(view: CanvasView, p: QPointF) -> QPoint:
    return view.mapFromScene(p)


def drag(view: CanvasView, a: QPointF, b: QPointF, steps: int = 6) -> None:
    """Real left-button press, moves and release between two scene points."""
    port = view.viewport()
    pa, pb = vp(view, a), vp(view, b)
    QTest.mousePress(port, LEFT, NO, pa)
    for i in range(1, steps + 1):
        QTest.mouseMove(port, pa + (pb - pa) * (i / steps))
    QTest.mouseRelease(port, LEFT, NO, pb)


def stroke(view: CanvasView, points: list[QPointF], button=RIGHT, mods=NO) -> None:
    """Press at the first scene point, move through the others with `button` held, release."""
    from PySide6.QtGui import QMouseEvent

    port = view.viewport()
    pts = [vp(view, p) for p in points]
    QTest.mousePress(port, button, mods, pts[0])
    for a, b in zip(pts, pts[1:], strict=False):
        for i in range(1, 5):
            pos = a + (b - a) * (i / 4)
            QApplication.sendEvent(port, QMouseEvent(QMouseEvent.Type.MouseMove, QPointF(pos),
                                                     QPointF(port.mapToGlobal(pos)), Qt.MouseButton.NoButton,
                                                     button, mods))
    QTest.mouseRelease(port, button, mods, pts[-1])


def across(view: CanvasView, *edges: Edge) -> list[QPointF]:
    """A line down through the middle of each wire in turn (up and across between them)."""
    points = []
    for e in edges:
        m = wire_mid(view, e)
        points += [m + QPointF(0, -40), m + QPointF(0, 40)]
    return points


def header(view: CanvasView, node_id: str) -> QPointF:
    return view.node_item(node_id).scenePos() + QPointF(60, 8)


def wire_mid(view: CanvasView, edge: Edge) -> QPointF:
    return view.scene().wires[edge].curve().pointAtPercent(0.5)


def undo_restores(view: CanvasView, before: dict) -> None:
    view.undo_stack.undo()
    assert graph_to_dict(view.graph) == before


def right_click_menu(view: CanvasView, scene_pos: QPointF) -> QMenu:
    """A right-click at a scene point; returns the menu it opened."""
    at = vp(view, scene_pos)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, view.viewport().mapToGlobal(at), NO)
    QApplication.sendEvent(view.viewport(), event)
    menu = view.last_menu
    assert isinstance(menu, QMenu) and menu.isVisible(), "no menu opened"
    return menu


_MENUS: list = []
"""Submenus and the actions that open them, kept alive: PySide deletes a submenu (and its
actions) with the Python wrapper of the action whose `menu()` was asked for."""


def action_named(menu: QMenu, text: str):
    """The action with this text (without its & and shortcut), in the menu or its submenus."""
    for action in menu.actions():
        if action.text().split("\t")[0].replace("&", "") == text:
            return action
        sub = action.menu()
        if sub is not None:
            _MENUS.extend((action, sub))
            found = action_named(sub, text)
            if found is not None:
                return found
    return None


pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen menus: raise, grab


# ------------------------------------------------------------------ drop onto a wire
def test_dropping_an_unwired_card_onto_a_wire_inserts_it(make_view, qtbot):
    g = mlp()
    g.add_node("Dropout", {}, (520, 300), "drop")
    view = make_view(g)
    before = graph_to_dict(g)
    wire = Edge(("relu1", "out"), ("fc2", "in"))
    target = wire_mid(view, wire)
    drag(view, header(view, "drop"), target)
    assert g.source_of(("drop", "in")) == ("relu1", "out") and g.source_of(("fc2", "in")) == ("drop", "out")
    assert wire not in g.edges
    assert view.undo_stack.count() == 1 and view.undo_stack.text(0) == "Insert drop on relu1 → fc2"
    qtbot.waitUntil(lambda: view.analysis.ok or "drop" in view.analysis.inferred)
    assert str(view.analysis.output_type(("drop", "out"))) == "(N, 16)"  # shapes re-checked
    undo_restores(view, before)


def test_a_card_that_does_not_fit_the_wire_is_moved_not_inserted(make_view):
    g = mlp()
    g.add_node("Conv2D", {}, (520, 300), "conv")
    view = make_view(g)
    wire = Edge(("relu1", "out"), ("fc2", "in"))
    drag(view, header(view, "conv"), wire_mid(view, wire))
    assert wire in g.edges and not g.edges_of("conv")
    assert g.nodes["conv"].pos != (520, 300)  # the move itself happened
    assert view.message.isVisible() and "conv" in view.message.message and "(N, C, H, W)" in view.message.message
    assert view.undo_stack.count() == 1 and view.undo_stack.text(0).startswith("Move")


def test_a_palette_type_dropped_on_a_wire_is_inserted_in_one_step(make_view):
    g = mlp()
    view = make_view(g)
    before = graph_to_dict(g)
    wire = Edge(("fc1", "out"), ("relu1", "in"))
    mime = QMimeData()
    mime.setData(NODE_MIME, b"Dropout")
    at = vp(view, wire_mid(view, wire))
    args = (Qt.DropAction.CopyAction, mime, LEFT, NO)
    QApplication.sendEvent(view.viewport(), QDragEnterEvent(at, *args))
    QApplication.sendEvent(view.viewport(), QDropEvent(QPointF(at), *args))
    assert g.source_of(("dropout1", "in")) == ("fc1", "out") and g.source_of(("relu1", "in")) == ("dropout1", "out")
    assert view.undo_stack.count() == 1
    undo_restores(view, before)


# ------------------------------------------------------------- wire into empty space
def test_a_wire_dropped_on_empty_canvas_offers_the_types_that_take_it(make_view, qtbot):
    g = mlp()
    view = make_view(g)
    before = graph_to_dict(g)
    start = view.port_scene_pos(("fc2", "out"))
    end = start + QPointF(150, 200)
    drag(view, start, end)
    search = view.quick_search
    assert search.isVisible() and "fc2.out" in search.title.text()
    listed = set(search.names())
    assert listed == set(candidates.consumers(view.analysis.output_type(("fc2", "out"))))
    assert "Tanh" in listed and "Adam" not in listed and "Dataset" not in listed and "Conv2D" not in listed
    QTest.keyClicks(search.edit, "tan")
    QTest.keyClick(search.edit, Qt.Key.Key_Return)
    new = [n for n in g.nodes.values() if n.type == "Tanh"]
    assert len(new) == 1 and g.source_of((new[0].id, "in")) == ("fc2", "out")
    assert view.node_item(new[0].id).port("in").scenePos().x() == pytest.approx(end.x(), abs=theme.GRID)
    assert view.undo_stack.count() == 1 and view.undo_stack.text(0) == "Add Tanh wired to fc2"
    undo_restores(view, before)


def test_a_wire_dragged_back_from_an_input_offers_sources(make_view):
    g = mlp()
    g.add_node("CrossEntropy", {}, (1040, 0), "xent")
    g.add_node("Softmax", {}, (1040, 200), "soft")
    g.connect(("soft", "out"), ("xent", "pred"))
    g.connect(("fc2", "out"), ("soft", "in"))
    view = make_view(g)
    start = view.port_scene_pos(("xent", "target"))
    drag(view, start, start + QPointF(-150, 250))
    names = view.quick_search.names()
    assert "Dataset" in names and "Adam" not in names
    QTest.keyClicks(view.quick_search.edit, "data")
    QTest.keyClick(view.quick_search.edit, Qt.Key.Key_Return)
    assert g.source_of(("xent", "target")) == ("dataset1", "y")


def test_quick_search_says_when_nothing_matches(make_view):
    view = make_view(mlp())
    QTest.keyClick(view, Qt.Key.Key_Tab)
    QTest.keyClicks(view.quick_search.edit, "zzzz")
    assert view.quick_search.names() == []
    assert view.quick_search.list.item(0).text() == "No node type matches “zzzz”"
    QTest.keyClick(view.quick_search.edit, Qt.Key.Key_Return)  # nothing to choose: nothing happens
    assert view.quick_search.isVisible() and len(view.graph.nodes) == 4
    QTest.keyClick(view.quick_search.edit, Qt.Key.Key_Escape)
    assert not view.quick_search.isVisible()


# ---------------------------------------------------------------- delete, reconnect
def test_ctrl_x_deletes_with_reconnect_and_keeps_the_nodes_on_the_clipboard(make_view):
    g = mlp()
    view = make_view(g)
    before = graph_to_dict(g)
    QTest.mouseClick(view.viewport(), LEFT, NO, vp(view, header(view, "relu1")))
    QTest.keyClick(view, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert "relu1" not in g.nodes and g.source_of(("fc2", "in")) == ("fc1", "out")
    assert view.undo_stack.count() == 1 and view.undo_stack.text(0) == "Delete relu1 and reconnect"
    pasted = view.paste()
    assert [g.nodes[n].type for n in pasted] == ["ReLU"]
    view.undo_stack.undo()
    undo_restores(view, before)


def test_forget_the_flatten_with_the_mouse(make_view, qtbot):
    """Delete the Flatten keeping the chain (Ctrl+X): the Dense refuses the images and the
    canvas offers Insert Flatten; one click puts one back, between the cards, covering none."""
    g = cnn()
    view = make_view(g)
    QTest.mouseClick(view.viewport(), LEFT, NO, vp(view, header(view, "flatten")))
    QTest.keyClick(view, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert g.source_of(("fc", "in")) == ("conv", "out")
    assert view.message.isVisible() and view.message.message.startswith("fc: insert a Flatten before it")
    assert [b.text() for b in view.message.buttons] == ["Insert Flatten"]
    qtbot.waitUntil(lambda: view.node_item("fc").fix.isVisible())
    QTest.mouseClick(view.message.buttons[0], LEFT)
    flat = [n for n in g.nodes.values() if n.type == "Flatten"]
    assert len(flat) == 1 and g.source_of(("fc", "in")) == (flat[0].id, "out")
    assert view.analysis.errors == {}
    rect = view.node_item(flat[0].id).sceneBoundingRect()
    assert not any(rect.intersects(view.node_item(n).sceneBoundingRect()) for n in g.nodes if n != flat[0].id)


def test_a_refused_wire_offers_insert_flatten_right_there(make_view):
    g = cnn()
    g.remove_node("flatten")
    view = make_view(g)
    drag(view, view.port_scene_pos(("conv", "out")), view.port_scene_pos(("fc", "in")))
    assert g.source_of(("fc", "in")) is None  # refused
    assert "insert a Flatten" in view.message.message and [b.text() for b in view.message.buttons] == ["Insert Flatten"]
    before = graph_to_dict(g)
    QTest.mouseClick(view.message.buttons[0], LEFT)
    flat = next(n for n in g.nodes.values() if n.type == "Flatten")
    assert g.source_of((flat.id, "in")) == ("conv", "out") and g.source_of(("fc", "in")) == (flat.id, "out")
    assert view.undo_stack.text(view.undo_stack.count() - 1) == "Connect conv → fc through a Flatten"
    rect = view.node_item(flat.id).sceneBoundingRect()
    assert not any(rect.intersects(view.node_item(n).sceneBoundingRect()) for n in ("data", "conv", "fc"))
    undo_restores(view, before)


def test_plain_delete_offers_to_reconnect(make_view):
    g = mlp()
    view = make_view(g)
    before = graph_to_dict(g)
    QTest.mouseClick(view.viewport(), LEFT, NO, vp(view, header(view, "relu1")))
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert g.source_of(("fc2", "in")) is None
    assert "fc1 → fc2" in view.message.message and [b.text() for b in view.message.buttons] == ["Reconnect"]
    QTest.mouseClick(view.message.buttons[0], LEFT)
    assert g.source_of(("fc2", "in")) == ("fc1", "out")
    assert view.undo_stack.count() == 1 and view.undo_stack.text(0) == "Delete relu1 and reconnect"
    undo_restores(view, before)


# ----------------------------------------------------------------- knife, reroutes
def test_knife_cuts_the_wires_it_crosses(make_view):
    g = mlp()
    view = make_view(g)
    before = graph_to_dict(g)
    line = across(view, Edge(("fc1", "out"), ("relu1", "in")), Edge(("relu1", "out"), ("fc2", "in")))
    stroke(view, line, RIGHT, Qt.KeyboardModifier.ControlModifier)
    assert [str(e) for e in g.edges] == ["data.x -> fc1.in"]
    assert view.undo_stack.text(0) == "Cut 2 wires"
    undo_restores(view, before)


def test_reroute_points_by_double_click_and_by_a_shift_line(make_view, tmp_path):
    g = mlp()
    view = make_view(g)
    before = graph_to_dict(g)
    wire = Edge(("fc1", "out"), ("relu1", "in"))
    mid = wire_mid(view, wire)
    QTest.mouseDClick(view.viewport(), LEFT, NO, vp(view, mid))
    assert g.reroutes[wire] == [pytest.approx((mid.x(), mid.y()), abs=1)]
    handle = view.scene().wires[wire].handles[0]
    drag(view, handle.scenePos(), handle.scenePos() + QPointF(0, 120))
    assert g.reroutes[wire][0][1] == pytest.approx(mid.y() + 120, abs=2)
    assert view.undo_stack.count() == 2
    view.undo_stack.undo()
    view.undo_stack.undo()
    assert graph_to_dict(g) == before

    other = Edge(("relu1", "out"), ("fc2", "in"))
    stroke(view, across(view, wire, other), RIGHT, Qt.KeyboardModifier.ShiftModifier)
    assert len(g.reroutes[wire]) == 1 and len(g.reroutes[other]) == 1
    path = tmp_path / "bent.nodeflow"
    graph_io.save(g, path)
    assert graph_io.load(path).reroutes == g.reroutes
    view.scene().clearSelection()
    view.scene().wires[other].handles[0].setSelected(True)
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert other not in g.reroutes and other in g.edges  # the point goes, the wire stays


def test_menu_gestures_arm_the_next_drag(make_view):
    g = mlp()
    view = make_view(g)
    view.acts.knife.trigger()
    a = wire_mid(view, Edge(("relu1", "out"), ("fc2", "in")))
    drag(view, a + QPointF(0, -40), a + QPointF(0, 40))
    assert Edge(("relu1", "out"), ("fc2", "in")) not in g.edges and len(g.edges) == 2


# ---------------------------------------------------------------------- frames
def test_ctrl_j_frames_the_selection_and_the_frame_moves_its_nodes(make_view, tmp_path):
    g = mlp()
    view = make_view(g)
    before = graph_to_dict(g)
    view.select_nodes(["fc1", "relu1"])
    QTest.keyClick(view, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert list(g.frames) == ["frame1"] and g.frames["frame1"].nodes == ["fc1", "relu1"]
    editor = view.inline.widget
    assert isinstance(editor, QLineEdit) and editor.isVisible() and editor.objectName() == "canvasInlineEditor"
    editor.selectAll()
    QTest.keyClicks(editor, "Hidden layer")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert g.frames["frame1"].title == "Hidden layer"
    frame = view.scene().frames["frame1"]
    cards = [view.node_item(n).sceneBoundingRect() for n in ("fc1", "relu1")]
    assert all(frame.sceneBoundingRect().contains(r) for r in cards)
    title = frame.title_rect().center()
    drag(view, title, title + QPointF(40, 100))
    assert g.nodes["fc1"].pos == pytest.approx((300, 100), abs=2)
    assert g.nodes["relu1"].pos == pytest.approx((560, 100), abs=2)
    assert all(frame.sceneBoundingRect().contains(view.node_item(n).sceneBoundingRect()) for n in ("fc1", "relu1"))
    assert [view.undo_stack.text(i) for i in range(view.undo_stack.count())] == [
        "Frame 2 nodes", "Set title of frame Frame", "Move 2 nodes"]
    path = tmp_path / "framed.nodeflow"
    graph_io.save(g, path)
    assert graph_io.load(path).frames == g.frames
    for _ in range(3):
        view.undo_stack.undo()
    assert graph_to_dict(g) == before and not view.scene().frames


def test_frame_menu_sets_colour_and_note_and_delete_keeps_the_nodes(make_view):
    g = mlp()
    view = make_view(g)
    view.select_nodes(["fc1", "relu1"])
    view.acts.frame.trigger()
    view.inline.close()
    frame = view.scene().frames["frame1"]
    menu = right_click_menu(view, frame.title_rect().center())
    action_named(menu, "Red").trigger()
    menu.close()
    assert g.frames["frame1"].color == "#a5484a"
    menu = right_click_menu(view, frame.title_rect().center())
    action_named(menu, "Edit Note…").trigger()
    menu.close()
    view.inline.widget.setPlainText("learns the features")
    QTest.keyClick(view.inline.widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert g.frames["frame1"].note == "learns the features"
    view.scene().clearSelection()
    frame.setSelected(True)
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert not g.frames and set(g.nodes) == {"data", "fc1", "relu1", "fc2"}


# -------------------------------------------------------------- rename (F2)
def test_f2_renames_a_node_and_refuses_a_clash(make_view):
    g = mlp()
    view = make_view(g)
    before = graph_to_dict(g)
    QTest.mouseClick(view.viewport(), LEFT, NO, vp(view, header(view, "relu1")))
    QTest.keyClick(view, Qt.Key.Key_F2)
    editor = view.inline.widget
    assert editor.text() == "relu1"
    editor.selectAll()
    QTest.keyClicks(editor, "act")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert "act" in g.nodes and g.source_of(("fc2", "in")) == ("act", "out")
    assert view.node_item("act").isSelected() and view.undo_stack.text(0) == "Rename relu1 to act"
    QTest.keyClick(view, Qt.Key.Key_F2)
    editor = view.inline.widget
    editor.selectAll()
    QTest.keyClicks(editor, "fc1")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert "act" in g.nodes and "already exists" in view.message.message
    undo_restores(view, before)


# --------------------------------------------------------------- view and minimap
def test_zoom_to_fit_includes_wires_and_zoom_to_selection(make_view):
    g = mlp()
    g.set_reroutes(Edge(("fc1", "out"), ("relu1", "in")), [(400, 900)])
    view = make_view(g)
    QTest.keyClick(view, Qt.Key.Key_Home)
    seen = view.visible_scene_rect()
    assert seen.contains(view.scene().wires[Edge(("fc1", "out"), ("relu1", "in"))].sceneBoundingRect())
    view.select_nodes(["fc2"])
    QTest.keyClick(view, Qt.Key.Key_Period)
    assert view.visible_scene_rect().contains(view.node_item("fc2").sceneBoundingRect())
    assert not view.visible_scene_rect().contains(view.node_item("data").sceneBoundingRect())


def test_a_document_opens_at_a_readable_zoom(make_view):
    g = graph_io.load("examples/vanishing_gradients.nodeflow")
    view = make_view(g, (900, 500))
    view.zoom_to_fit(readable=True)
    assert view.transform().m11() == pytest.approx(theme.READABLE_ZOOM)
    assert view.visible_scene_rect().contains(view.node_item("data").sceneBoundingRect())
    QTest.keyClick(view, Qt.Key.Key_Home)
    assert view.transform().m11() < theme.READABLE_ZOOM  # Home still shows everything


def test_minimap_shows_when_the_graph_overflows_and_clicking_it_moves_the_view(make_view):
    g = graph_io.load("examples/vanishing_gradients.nodeflow")
    view = make_view(g, (900, 500))
    view.zoom_to_fit(readable=True)
    mini = view.minimap
    assert mini.isVisible()
    target = view.node_item("sgd").sceneBoundingRect().center()
    QTest.mouseClick(mini, LEFT, NO, mini.to_map(target).toPoint())
    assert view.visible_scene_rect().contains(target)
    view.acts.minimap.trigger()  # toggled off
    assert not mini.isVisible()
    view.acts.minimap.trigger()
    assert mini.isVisible()
    QTest.keyClick(view, Qt.Key.Key_Home)
    assert not mini.isVisible()  # everything on screen: nothing to navigate


def test_align_distribute_and_auto_layout(make_view):
    g = mlp()
    g.add_node("Tanh", {}, (300, 400), "side")
    g.move_node("relu1", (500, 90))
    view = make_view(g)
    before = graph_to_dict(g)
    view.select_nodes(["fc1", "relu1", "fc2"])
    view.acts.align["top"].trigger()
    assert {g.nodes[n].pos[1] for n in ("fc1", "relu1", "fc2")} == {0.0}
    view.acts.distribute_h.trigger()
    xs = [g.nodes[n].pos[0] for n in ("fc1", "relu1", "fc2")]
    assert xs[1] - xs[0] == pytest.approx(xs[2] - xs[1])
    view.acts.auto_layout.trigger()
    order = sorted(g.nodes, key=lambda n: g.nodes[n].pos[0])
    assert order.index("data") < order.index("fc1") < order.index("relu1") < order.index("fc2")
    rects = [view.node_item(n).sceneBoundingRect() for n in g.nodes]
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])
    assert [view.undo_stack.text(i) for i in range(3)] == ["Align Top Edges", "Distribute horizontally", "Auto layout"]
    for _ in range(3):
        view.undo_stack.undo()
    assert graph_to_dict(g) == before


# ----------------------------------------------------------------- context menus
def test_right_click_menus_on_canvas_node_and_wire(make_view):
    g = mlp()
    view = make_view(g)
    view.select_nodes(["fc1"])
    view.copy_selected()
    spot = QPointF(300, 400)
    menu = right_click_menu(view, spot)
    assert action_named(menu, "Zoom to Fit").shortcuts()[0].toString() == "Home"
    action_named(menu, "Paste Here").trigger()
    menu.close()
    pasted = view.scene().selected_node_ids()
    assert len(pasted) == 1 and g.nodes[pasted[0]].pos == pytest.approx((300, 400), abs=2)  # at the click

    menu = right_click_menu(view, header(view, "relu1"))
    assert view.scene().selected_node_ids() == ["relu1"]
    assert action_named(menu, "Delete and Reconnect").shortcut().toString() == "Ctrl+X"
    action_named(menu, "Tanh").trigger()  # Change Type ▸ Tanh
    menu.close()
    assert g.nodes["tanh1"].type == "Tanh" and "relu1" not in g.nodes  # a default id follows the type

    wire = Edge(("data", "x"), ("fc1", "in"))
    menu = right_click_menu(view, wire_mid(view, wire))
    action_named(menu, "Delete Wire").trigger()
    menu.close()
    assert wire not in g.edges

    menu = right_click_menu(view, QPointF(900, 500))
    action_named(menu, "Dropout").trigger()  # Add Node ▸ Layers ▸ Dropout
    menu.close()
    assert "dropout1" in g.nodes


# ---------------------------------------------------------------- smaller ones
def test_short_wires_show_their_shape_on_hover(make_view, qtbot):
    g = Graph()
    g.add_node("Dataset", {"source": "moons"}, (0, 0), "data")
    g.add_node("Dense", {"units": 16}, (200, 0), "fc")
    g.connect(("data", "x"), ("fc", "in"))
    view = make_view(g)
    wire = view.scene().wires[Edge(("data", "x"), ("fc", "in"))]
    qtbot.waitUntil(lambda: wire.label == "(N, 2)")
    assert wire._label_rect.isNull() and not wire.hovered  # no room for the label between the cards
    QTest.mouseMove(view.viewport(), vp(view, wire.curve().pointAtPercent(0.5)))
    qtbot.waitUntil(lambda: wire.hovered)
    assert wire.boundingRect().contains(wire._hover_rect) and not wire._hover_rect.isNull()


def test_an_empty_canvas_shows_a_hint(make_view):
    view = make_view(Graph())
    assert view.hint.isVisible() and "Tab" in view.hint.text()
    view.add_node_at("Dense", QPointF(0, 0))
    assert not view.hint.isVisible()


def test_nodes_added_in_a_row_do_not_stack(make_view):
    view = make_view(Graph())
    ids = [view.add_node_at_center("Dense") for _ in range(4)]
    rects = [view.node_item(n).sceneBoundingRect() for n in ids]
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])


def test_ctrl_v_pastes_at_the_mouse_pointer(make_view):
    from PySide6.QtGui import QCursor

    g = mlp()
    view = make_view(g)
    view.select_nodes(["fc1", "relu1"])
    QTest.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    here = view.viewport().rect().center() + QPoint(100, 60)
    QCursor.setPos(view.viewport().mapToGlobal(here))
    QTest.mouseMove(view.viewport(), here)
    QTest.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    new = view.scene().selected_node_ids()
    assert sorted(g.nodes[n].type for n in new) == ["Dense", "ReLU"]
    first = min(new, key=lambda n: g.nodes[n].pos[0])
    at = view.mapToScene(here)
    assert g.nodes[first].pos == pytest.approx((at.x(), at.y()), abs=1)  # the copied group's corner at the pointer
