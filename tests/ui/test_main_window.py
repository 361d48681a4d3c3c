"""The main window: its parts, actions, title, status bar, persistence, drops and examples."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QAction, QDropEvent, QKeySequence
from PySide6.QtWidgets import QDockWidget, QGraphicsView, QSizePolicy, QWidget

from nodeflow.examples import list_examples
from nodeflow.graph import io as graph_io
from nodeflow.graph.document import Graph
from nodeflow.nodes import REGISTRY
from nodeflow.ui.commands import SetParamCommand

ACTIONS = [
    "actionNew", "actionOpen", "actionSave", "actionSaveAs", "actionExport", "actionUndo", "actionRedo",
    "actionDelete", "actionDuplicate", "actionCopy", "actionCut", "actionPaste", "actionSelectAll",
    "actionZoomToFit", "actionSnapToGrid", "actionTrain", "actionPause", "actionStop",
]
EXAMPLES = list_examples()


def test_parts_have_their_object_names(window):
    assert isinstance(window.findChild(QGraphicsView, "canvas"), QGraphicsView)
    assert window.centralWidget() is window.findChild(QGraphicsView, "canvas")
    for name, area in (("palette", Qt.DockWidgetArea.LeftDockWidgetArea),
                       ("inspector", Qt.DockWidgetArea.RightDockWidgetArea)):
        dock = window.findChild(QDockWidget, name)
        assert dock is not None and window.dockWidgetArea(dock) == area
    plots = window.findChild(QWidget, "trainingPlots")
    assert plots is not None
    assert window.training_dock.isAncestorOf(plots)
    assert window.dockWidgetArea(window.training_dock) == Qt.DockWidgetArea.BottomDockWidgetArea
    for name in ACTIONS:
        assert isinstance(window.findChild(QAction, name), QAction), name


def test_shortcuts_are_set_and_never_clash(window):
    assert window.actionTrain.shortcut() == QKeySequence("F5")
    assert window.actionPause.shortcut() == QKeySequence("F6")
    assert window.actionStop.shortcut() == QKeySequence("Shift+F5")
    assert window.actionDuplicate.shortcut() == QKeySequence("Ctrl+D")
    assert window.actionSave.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    assert window.actionSnapToGrid.isCheckable()
    seen: dict[str, str] = {}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            text = key.toString()
            assert text != "Tab", "Tab belongs to the canvas's quick search"
            assert text not in seen, f"{text} used by {seen.get(text)} and {action.objectName()}"
            seen[text] = action.objectName()


def test_editing_keys_belong_to_the_canvas(window):
    for action in (window.actionDelete, window.actionSelectAll, window.actionZoomToFit, window.actionCopy):
        assert action in window.canvas.actions()
        assert action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    window.canvas.add_node_at("Dense", QPointF(0, 0))
    assert window.actionUndo.iconText() == "Undo" and window.actionUndo.toolTip().startswith("Undo ")


def test_train_on_an_empty_graph_says_why_and_pause_stop_start_disabled(window, qtbot):
    assert not window.actionPause.isEnabled() and not window.actionStop.isEnabled()
    for action in (window.actionTrain, window.actionPause, window.actionStop):
        assert not action.icon().isNull()
    window.actionTrain.trigger()  # nothing to train: a message, not a crash
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Cannot train: "), timeout=5000)
    qtbot.waitUntil(lambda: window.actionTrain.isEnabled(), timeout=5000)
    assert not window.canvas.locked
    assert len(window.runs.history) == 0  # nothing trained: no run is listed


def test_title_and_modified_marker_follow_the_undo_stack(window):
    window.graph.replace_with(Graph("My net"))
    assert window.windowTitle() == "My net[*]" and not window.isWindowModified()  # Qt adds "— nodeflow"
    window.canvas.add_node_at("Dense", QPointF(0, 0))
    assert window.isWindowModified()
    window.undo_stack.undo()
    assert not window.isWindowModified()


def test_status_bar_shows_the_analysis(window, qtbot):
    window.canvas.add_node_at("Dataset", QPointF(0, 0))
    window.canvas.add_node_at("Dense", QPointF(200, 0))
    window.graph.connect(("dataset1", "x"), ("dense1", "in"))
    window.undo_stack.push(SetParamCommand(window.graph, "dataset1", "source", "xor"))
    window.undo_stack.push(SetParamCommand(window.graph, "dense1", "units", 8))
    qtbot.waitUntil(lambda: window.analysis_label.text().startswith("2 nodes"))
    text = window.analysis_label.text()
    assert text.startswith("2 nodes · 24 parameters · 16 multiply-adds per sample · about ")  # the memory estimate
    assert text.endswith(" to train") and "KB" in text
    window.undo_stack.push(SetParamCommand(window.graph, "dataset1", "source", "digits"))
    window.undo_stack.push(SetParamCommand(window.graph, "dataset1", "as_images", True))
    qtbot.waitUntil(lambda: "dense1" in window.analysis_label.text())
    assert "c0392b" in window.analysis_label.styleSheet()
    assert window.analysis_label.toolTip() == window.analysis_label.text()  # cut text stays readable
    assert window.analysis_label.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Ignored


def test_palette_double_click_adds_at_view_centre(window):
    window.palette.nodeRequested.emit("ReLU")
    assert [n.type for n in window.graph.nodes.values()] == ["ReLU"]
    window.undo_stack.undo()
    assert not window.graph.nodes


def test_selection_drives_the_inspector(window):
    window.canvas.add_node_at("Dropout", QPointF(0, 0))
    window.canvas.node_item("dropout1").setSelected(True)  # as a click on the card would
    assert window.inspector.node_id == "dropout1" and "rate" in window.inspector.editors
    window.inspector.editors["rate"].widget.setText("0.3")
    window.inspector.editors["rate"].widget.editingFinished.emit()
    assert window.graph.nodes["dropout1"].params["rate"] == 0.3 and window.isWindowModified()
    window.canvas.scene().clearSelection()
    assert window.inspector.node_id is None and "epochs" in window.inspector.editors


def test_geometry_docks_and_snap_persist(make_window):
    first = make_window()
    first.resize(700, 520)
    first.training_dock.hide()
    first.actionSnapToGrid.setChecked(True)
    first.close()
    second = make_window()
    assert (second.width(), second.height()) == (700, 520)
    assert second.training_dock.isHidden()
    assert second.actionSnapToGrid.isChecked()


def test_dropping_a_graph_file_opens_it(window, tmp_path):
    path = tmp_path / "dropped.nodeflow"
    g = Graph("Dropped")
    g.add_node("Dense", pos=(0.0, 0.0))
    graph_io.save(g, path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert event.isAccepted()
    assert window.graph == g and window.files.path == path.resolve()


def test_examples_menu_lists_every_example(window):
    titles = [a.text() for a in window.examples_menu.actions()]
    assert titles == [t for t, _p in EXAMPLES] and len(titles) >= 1


@pytest.mark.parametrize("title, path", EXAMPLES, ids=[p.stem for _t, p in EXAMPLES])
def test_opening_each_example_works(window, dialogs, title, path, tmp_path):
    action = next(a for a in window.examples_menu.actions() if a.text() == title)
    action.trigger()
    assert dialogs.errors == []
    assert window.graph == graph_io.load(path)
    assert window.files.path is None  # an example opens as a new document: saving never overwrites it
    assert all(n.type in REGISTRY for n in window.graph.nodes.values())
    assert not window.isWindowModified()
    # every node and wire is on the canvas, every wire labelled with its shape, no errors
    scene = window.canvas.scene()
    assert set(scene.nodes) == set(window.graph.nodes)
    assert set(scene.wires) == set(window.graph.edges)
    assert window.canvas.analysis.ok
    for edge, wire in scene.wires.items():
        assert wire.label == str(window.canvas.analysis.output_type(edge.src))
    window.resize(1400, 900)
    window.show()
    window.canvas.zoom_to_fit()
    shot = tmp_path / f"{path.stem}.png"
    image = window.grab().toImage()
    assert image.save(str(shot)) and shot.stat().st_size > 10_000
    assert len({image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 37)}) > 20


def test_export_writes_a_script_or_says_why(window, dialogs, tmp_path):
    window.open_example(EXAMPLES[0][1])
    out = tmp_path / "net.py"
    dialogs.export_answer = (str(out), "numpy")
    window.actionExport.trigger()
    assert not dialogs.errors
    text = out.read_text(encoding="utf-8")
    assert "import numpy" in text
    compile(text, str(out), "exec")
    # a graph the exporter cannot write: one clear line, no file, no traceback
    node = next(n for n in window.graph.nodes.values() if n.type == "Dataset")
    window.graph.set_param(node.id, "source", "csv")
    window.graph.set_param(node.id, "path", str(tmp_path / "missing.csv"))
    bad = tmp_path / "bad.py"
    dialogs.export_answer = (str(bad), "numpy")
    window.actionExport.trigger()
    assert len(dialogs.errors) == 1 and "\n" not in dialogs.errors[0] and not bad.exists()


def test_first_example_for_a_new_user():
    from nodeflow.ui.app import first_example

    path = first_example()
    stems = [p.stem for _t, p in EXAMPLES]
    expected = next((s for s in ("digits_cnn", "linear_regression") if s in stems), stems[0])
    assert path is not None and path.stem == expected


def test_screenshot(window, qtbot, tmp_path):
    """Not a check: leaves /tmp/shots/window.png for a person to look at."""
    window.open_example(next(p for _t, p in EXAMPLES if p.stem in ("digits_cnn", "linear_regression")))
    window.show()
    qtbot.waitExposed(window)
    window.canvas.zoom_to_fit()
    qtbot.wait(50)
    import os
    os.makedirs("/tmp/shots", exist_ok=True)
    window.grab().save("/tmp/shots/window.png")
    first_layer = next(n.id for n in window.graph.nodes.values() if n.type in ("Conv2D", "Dense"))
    window.canvas.selectionChangedNodes.emit([first_layer])
    qtbot.wait(20)
    window.grab().save("/tmp/shots/window_selected.png")


def test_run_shows_a_first_example_and_returns_the_exit_code(settings_dir, qapp):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from nodeflow.ui import MainWindow
    from nodeflow.ui.app import run

    seen = []

    def finish():
        for w in QApplication.topLevelWidgets():
            if isinstance(w, MainWindow) and w.isVisible():
                seen.append((w.graph.name, w.files.path, len(w.graph.nodes)))
                w.close()
                w.deleteLater()
        QApplication.exit(0)

    QTimer.singleShot(100, finish)
    # closing the last window would post a second quit that outlives this exec() and makes every
    # later event loop of the session return at once
    qapp.setQuitOnLastWindowClosed(False)
    try:
        assert run(None) == 0
    finally:
        qapp.setQuitOnLastWindowClosed(True)
    assert len(seen) == 1 and seen[0][1] is None and seen[0][2] > 0
