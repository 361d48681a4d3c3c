"""The Dataset's data in the window: points drawn through the inspector's own mouse events
(saved and loaded again), the preview of image folders, csv tables and scatters, class names
on the confusion matrix; screenshots at 1600x1000 and 1024x700 for a person to look at."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).parents[1]))
from data_fixtures import SHAPES, shapes_folder  # noqa: E402

from nodeflow.graph import io  # noqa: E402

SHOTS = Path("/tmp/shots")


def _graph_file(tmp_path: Path, data: dict, classes: int = 2, flatten: bool = False) -> Path:
    nodes = [{"id": "data", "type": "Dataset", "params": data, "pos": [0, 0]}]
    edges = []
    last = ["data", "x"]
    if flatten:
        nodes.append({"id": "flat", "type": "Flatten", "params": {}, "pos": [260, 0]})
        edges.append({"from": last, "to": ["flat", "in"]})
        last = ["flat", "out"]
    nodes += [{"id": "fc", "type": "Dense", "params": {"units": classes}, "pos": [520, 0]},
              {"id": "soft", "type": "Softmax", "params": {}, "pos": [780, 0]},
              {"id": "loss", "type": "CrossEntropy", "params": {}, "pos": [1040, 0]},
              {"id": "opt", "type": "Adam", "params": {}, "pos": [1300, 0]}]
    edges += [{"from": last, "to": ["fc", "in"]}, {"from": ["fc", "out"], "to": ["soft", "in"]},
              {"from": ["soft", "out"], "to": ["loss", "pred"]}, {"from": ["data", "y"], "to": ["loss", "target"]},
              {"from": ["loss", "loss"], "to": ["opt", "loss"]}]
    path = tmp_path / "own.nodeflow"
    path.write_text(json.dumps({"format": "nodeflow", "version": 1, "name": "Own data", "nodes": nodes,
                                "edges": edges, "training": {"epochs": 3, "seed": 0}}))
    return path


def _select_data(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    window.canvas.node_item("data").setSelected(True)
    qtbot.waitUntil(lambda: window.inspector.node_id == "data")
    return window.inspector


def _mouse(widget, kind, pos: QPointF, button=Qt.MouseButton.LeftButton) -> None:
    buttons = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseButtonRelease else button
    event = QMouseEvent(kind, pos, widget.mapToGlobal(pos), button, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def _stroke(area, points: list[tuple[float, float]], button=Qt.MouseButton.LeftButton) -> None:
    """Press at the first plane point, move through the others, release at the last."""
    where = [area.to_widget(x, y) for x, y in points]
    _mouse(area, QEvent.Type.MouseButtonPress, where[0], button)
    for pos in where[1:]:
        _mouse(area, QEvent.Type.MouseMove, pos, button)
    _mouse(area, QEvent.Type.MouseButtonRelease, where[-1], button)


def test_drawing_points_in_the_inspector_round_trips_through_the_file(make_window, qtbot, tmp_path):
    path = _graph_file(tmp_path, {"source": "drawn", "batch_size": 4})
    window = make_window(str(path))
    inspector = _select_data(window, qtbot)
    assert "points" in inspector.shown_params()
    editor = inspector.editors["points"]
    area = editor.area
    _stroke(area, [(-0.5, 0.5)])  # a click: one point of class A
    assert window.graph.nodes["data"].params["points"] == [[-0.5, 0.5, 0]]
    editor.class_buttons[1].click()  # class B, then paint a stroke across the lower half
    _stroke(area, [(-0.8, -0.5), (-0.4, -0.5), (0.0, -0.5), (0.4, -0.5), (0.8, -0.5)])
    points = window.graph.nodes["data"].params["points"]
    assert len(points) == 6 and [p[2] for p in points] == [0, 1, 1, 1, 1, 1]
    assert all(abs(p[1] + 0.5) < 0.02 for p in points[1:])
    stack = window.undo_stack
    count = stack.count()
    stack.undo()  # one stroke is one undo step
    assert window.graph.nodes["data"].params["points"] == [[-0.5, 0.5, 0]] and area.points == [[-0.5, 0.5, 0]]
    stack.redo()
    _stroke(area, [(0.0, -0.5), (0.4, -0.5)], Qt.MouseButton.RightButton)  # erase two by right-dragging
    assert len(window.graph.nodes["data"].params["points"]) == 4
    assert stack.count() == count + 1
    _stroke(area, [(0.5, 0.6)])
    from nodeflow.graph.analysis import analyze

    assert analyze(window.graph).ok
    window.actionSave.trigger()
    again = io.load(path)
    assert again.nodes["data"].params["points"] == window.graph.nodes["data"].params["points"]
    assert json.loads(path.read_text())["nodes"][0]["params"]["points"][0] == [-0.5, 0.5, 0]
    reopened = make_window(str(path))
    inspector2 = _select_data(reopened, qtbot)
    assert inspector2.editors["points"].area.points == again.nodes["data"].params["points"]


def test_regression_points_are_one_kind(make_window, qtbot, tmp_path):
    path = _graph_file(tmp_path, {"source": "drawn", "task": "regression"}, classes=1)
    window = make_window(str(path))
    editor = _select_data(window, qtbot).editors["points"]
    assert editor.area.regression and editor.class_buttons[1].isHidden()
    editor.class_buttons[1].click()  # hidden, but even so: regression points carry class 0
    _stroke(editor.area, [(-0.9, -0.9), (0.0, 0.0), (0.9, 0.9)])
    assert {p[2] for p in window.graph.nodes["data"].params["points"]} == {0}


def test_image_folder_preview_shows_images_with_class_names_and_counts(make_window, qtbot, tmp_path):
    shapes_folder(tmp_path / "shapes", per_class=6)
    path = _graph_file(tmp_path, {"source": "image_folder", "path": "shapes", "image_size": 16}, 3, flatten=True)
    window = make_window(str(path))
    preview = _select_data(window, qtbot).data_preview
    qtbot.waitUntil(lambda: preview.current is not None and preview.current.images is not None)
    assert preview.isVisible() and preview.grid.isVisible()
    assert preview.grid.names == SHAPES and set(preview.grid.labels) == {0, 1, 2}
    assert "circle 6, square 6, triangle 6" in preview.summary.text()
    assert "18 samples" in preview.summary.text() and "train 10 · validation 4 · test 4" in preview.summary.text()
    window.inspector.editors["max_images"].widget.setValue(9)  # the preview follows the parameters
    qtbot.waitUntil(lambda: "circle 3, square 3, triangle 3" in preview.summary.text())


def test_csv_preview_lists_rows_and_column_types(make_window, qtbot, tmp_path):
    (tmp_path / "flowers.csv").write_text("length,colour,species\n1.5,red,setosa\n2.5,blue,versicolor\n"
                                          "3.5,red,virginica\n4.5,,setosa\n")
    path = _graph_file(tmp_path, {"source": "csv", "path": "flowers.csv", "fill_missing": "mean"}, 3)
    window = make_window(str(path))
    preview = _select_data(window, qtbot).data_preview
    qtbot.waitUntil(lambda: preview.table.isVisible())
    table = preview.table
    headers = [table.horizontalHeaderItem(i).text() for i in range(table.columnCount())]
    assert headers == ["length\n(number)", "colour\n(text: blue, red)", "species\n(target, text: setosa, versicolor, virginica)"]
    assert table.rowCount() == 4 and table.item(3, 1).text() == "—"
    assert "colour: 1 missing value filled with 'red'" in preview.summary.text()
    assert preview.scatter.isVisible() and preview.features_row.isVisible()  # 3 inputs after one-hot
    preview.feature_y.setCurrentIndex(2)
    xs, ys = preview.scatter_items.getData()
    assert sorted(ys.tolist()) == [0.0, 1.0, 1.0, 1.0]  # colour=red: red, blue, red, and the missing one filled red


def test_errors_show_in_the_preview_and_other_nodes_have_none(make_window, qtbot, tmp_path):
    path = _graph_file(tmp_path, {"source": "image_folder", "path": "missing"}, 3, flatten=True)
    window = make_window(str(path))
    preview = _select_data(window, qtbot).data_preview
    qtbot.waitUntil(lambda: preview.message.isVisible())
    assert "image folder 'missing' not found" in preview.message.text()
    window.canvas.node_item("data").setSelected(False)
    window.canvas.node_item("fc").setSelected(True)
    qtbot.waitUntil(lambda: window.inspector.node_id == "fc")
    assert preview.isHidden()


def test_confusion_matrix_and_per_class_text_use_class_names(qtbot):
    from nodeflow.ui.training.results import ResultsView

    view = ResultsView()
    qtbot.addWidget(view)
    matrix = np.array([[5, 1, 0], [0, 6, 0], [1, 0, 5]])
    view.show_results({"kind": "classification", "split": "test", "confusion": matrix,
                       "per_class": np.array([5 / 6, 1.0, 5 / 6]), "accuracy": 16 / 18,
                       "class_names": list(SHAPES)})
    assert view.confusion_view.names == list(SHAPES)
    assert "circle: 83% · square: 100% · triangle: 83%" in view.summary.text()


def test_training_on_an_image_folder_carries_class_names_to_the_results(tmp_path):
    from nodeflow.graph.io import load
    from nodeflow.ui.training.worker import TrainingWorker

    shapes_folder(tmp_path / "shapes", per_class=6)
    graph = load(_graph_file(tmp_path, {"source": "image_folder", "path": "shapes", "image_size": 8}, 3, flatten=True))
    worker = TrainingWorker(graph, epochs=1, seed=0, base_dir=str(tmp_path))
    done = []
    worker.finished.connect(done.append)
    worker.run()
    assert done and done[0]["results"]["class_names"] == list(SHAPES)


@pytest.mark.parametrize("size", [(1600, 1000), (1024, 700)])
def test_screenshots_of_the_data_views(make_window, qtbot, tmp_path, size):
    """Not a check: leaves /tmp/shots/data_*.png for a person to look at."""
    SHOTS.mkdir(exist_ok=True)
    shapes_folder(tmp_path / "shapes", per_class=6, size=40)
    rng = np.random.default_rng(0)
    points = [[round(float(a), 3), round(float(b), 3), int(a * a + b * b > 0.35)] for a, b in rng.uniform(-1, 1, (80, 2))]
    (tmp_path / "flowers.csv").write_text("length,width,colour,species\n" + "".join(
        f"{rng.uniform(1, 7):.1f},{rng.uniform(0, 3):.1f},{['red', 'blue', 'white'][i % 3]},"
        f"{['setosa', 'versicolor', 'virginica'][i % 3]}\n" for i in range(30)))
    w, h = size
    for name, data, classes, flatten in (
        ("drawn", {"source": "drawn", "points": points}, 2, False),
        ("images", {"source": "image_folder", "path": "shapes", "image_size": 28, "color": "rgb"}, 3, True),
        ("csv", {"source": "csv", "path": "flowers.csv"}, 3, False),
    ):
        window = make_window(str(_graph_file(tmp_path, data, classes, flatten)))
        window.resize(w, h)
        preview = _select_data(window, qtbot).data_preview
        qtbot.waitUntil(lambda p=preview: p.current is not None)
        window.canvas.zoom_to_fit()
        qtbot.wait(50)
        window.grab().save(str(SHOTS / f"data_{name}_{w}.png"))
        assert os.path.getsize(SHOTS / f"data_{name}_{w}.png") > 0
        window.close()


def test_a_large_folder_loads_with_progress_and_stop_cancels(make_window, qtbot, tmp_path, monkeypatch):
    import time as _time

    from nodeflow.compute.datasets import images as images_module

    shapes_folder(tmp_path / "shapes", per_class=100, size=12)
    real = images_module.decode_image

    def slow(path, size, channels):  # a big folder on a slow disk, in miniature
        _time.sleep(0.004)
        return real(path, size, channels)

    monkeypatch.setattr(images_module, "decode_image", slow)
    monkeypatch.setattr(images_module, "DECODE_CHUNK", 16)
    path = _graph_file(tmp_path, {"source": "image_folder", "path": "shapes", "image_size": 8}, 3, flatten=True)
    window = make_window(str(path))
    window.show()
    label = window.training.progress.label
    window.actionTrain.trigger()
    qtbot.waitUntil(lambda: label.text().startswith("Loading images of shapes:"), timeout=10000)
    assert "of 300 · Stop cancels" in label.text()
    bar = window.training.progress.bar
    assert 0 <= bar.value() < bar.maximum()
    window.actionStop.trigger()
    qtbot.waitUntil(lambda: window.training.controller.thread is None, timeout=10000)
    qtbot.waitUntil(lambda: "cancelled" in label.text() or "cancelled" in window.statusBar().currentMessage(), timeout=5000)
