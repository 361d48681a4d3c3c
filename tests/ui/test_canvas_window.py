"""The canvas habits in the real main window: menus list them with their shortcuts, the
palette's right-click menu and double-clicks place cards that do not stack, Ctrl+Y redoes,
a type swap renames a node the user never named, and the "forget the Flatten" story is done
with the mouse alone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QMenu

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen menus: raise, grab


def shown(window):
    window.show()
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    window.canvas.setFocus()
    return window


def test_edit_and_view_menus_list_every_habit_with_its_shortcut(window):
    edit = window.findChild(QMenu, "menuEdit")
    texts = {a.text().split("\t")[0].replace("&", ""): a for a in edit.actions()}
    assert texts["Delete and Reconnect"].shortcut() == QKeySequence("Ctrl+X")
    assert texts["Cut"].shortcut() == QKeySequence("Shift+Del")  # Ctrl+X is Blender's dissolve
    assert texts["Rename…"].shortcut() == QKeySequence("F2")
    assert texts["Put in a Frame"].shortcut() == QKeySequence("Ctrl+J")
    assert "Ctrl+Right-drag" in texts["Cut Wires"].text() and "Shift+Right-drag" in texts["Add Reroute Points"].text()
    view = window.findChild(QMenu, "menuView")
    texts = {a.text().replace("&", ""): a for a in view.actions()}
    assert [k.toString() for k in texts["Zoom to Fit"].shortcuts()] == ["Home", "F"]
    assert texts["Zoom to Selection"].shortcut() == QKeySequence(".")
    assert texts["Minimap"].isCheckable()
    arrange = window.findChild(QMenu, "menuArrange")
    names = [a.text().replace("&", "") for a in arrange.actions() if a.text()]
    assert names[0] == "Auto Layout" and "Align Left Edges" in names and "Distribute Vertically" in names


def test_ctrl_y_redoes(window):
    shown(window)
    window.canvas.add_node_at("Dense", QPointF(0, 0))
    window.undo_stack.undo()
    assert not window.graph.nodes
    QTest.keyClick(window.canvas, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert list(window.graph.nodes) == ["dense1"]
    window.undo_stack.undo()
    QTest.keyClick(window.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert list(window.graph.nodes) == ["dense1"]


def test_palette_right_click_and_double_clicks_place_cards_that_do_not_stack(window):
    shown(window)
    tree = window.palette.tree
    item = window.palette.item_for("Dense")
    at = tree.visualItemRect(item).center()
    QApplication.sendEvent(tree.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at,
                                                              tree.viewport().mapToGlobal(at)))
    menu = window.palette.last_menu
    assert menu is not None and menu.isVisible()
    add = menu.findChild(type(menu.actions()[0]), "actionPaletteAdd")
    add.trigger()
    menu.close()
    for _ in range(3):
        tree.itemActivated.emit(item, 0)  # what a double-click does
    ids = [n for n, node in window.graph.nodes.items() if node.type == "Dense"]
    assert len(ids) == 4
    rects = [window.canvas.node_item(n).sceneBoundingRect() for n in ids]
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])
    seen = window.canvas.visible_scene_rect()
    assert all(seen.intersects(r) for r in rects)  # near the centre, in view


def test_swapping_type_renames_a_default_id_and_keeps_the_selection(window, qtbot):
    shown(window)
    canvas = window.canvas
    canvas.add_node_at("Adam", QPointF(0, 0))
    assert canvas.scene().selected_node_ids() == ["adam1"]
    combo = window.inspector.findChild(QComboBox, "inspectorType")
    combo.textActivated.emit("SGD")
    assert "adam1" not in window.graph.nodes and window.graph.nodes["sgd1"].type == "SGD"
    qtbot.waitUntil(lambda: window.inspector.node_id == "sgd1")
    assert canvas.scene().selected_node_ids() == ["sgd1"]
    window.undo_stack.undo()
    assert list(window.graph.nodes) == ["adam1"]
    canvas.scene().clearSelection()
    canvas.node_item("adam1").setSelected(True)
    canvas.acts.rename.trigger()
    canvas.inline.widget.setText("opt")
    QTest.keyClick(canvas.inline.widget, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.inspector.node_id == "opt")
    qtbot.waitUntil(lambda: len(window.inspector.findChildren(QComboBox, "inspectorType")) == 1)  # old ones gone
    combo = window.inspector.findChild(QComboBox, "inspectorType")
    combo.textActivated.emit("SGD")
    assert window.graph.nodes["opt"].type == "SGD"  # a name the user chose stays


@pytest.mark.e2e
def test_forget_the_flatten_by_mouse_in_the_window(window, examples_dir, qtbot):
    """Story 5 by mouse: open Digits CNN, click the Flatten, Ctrl+X; the Dense refuses the
    images and the message offers Insert Flatten; click it; the graph is whole again."""
    shown(window)
    window.open_example(examples_dir / "digits_cnn.nodeflow", ask=False)
    canvas = window.canvas
    flat = canvas.node_item("flatten")
    canvas.centerOn(flat)
    QTest.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     canvas.mapFromScene(flat.scenePos() + QPointF(60, 8)))
    QTest.keyClick(canvas, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert "flatten" not in window.graph.nodes and window.graph.source_of(("fc", "in")) == ("pool2", "out")
    qtbot.waitUntil(lambda: "fc" in window.analysis_label.text())
    assert [b.text() for b in canvas.message.buttons] == ["Insert Flatten"]
    QTest.mouseClick(canvas.message.buttons[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.analysis_label.text().startswith("12 nodes"))
    new = next(n for n, node in window.graph.nodes.items() if node.type == "Flatten")
    rect = canvas.node_item(new).sceneBoundingRect()
    assert not any(rect.intersects(canvas.node_item(n).sceneBoundingRect()) for n in window.graph.nodes if n != new)
    assert window.undo_stack.undoText() == "Insert Flatten before fc"
