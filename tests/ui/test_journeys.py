"""The stories of shared/JOURNEYS.md, end to end in the real main window.

Marked e2e: scripts/test.sh runs them offscreen with the rest and again in a real X window under
Xvfb. Each drives the window as a person would (actions, canvas mouse drags, inspector editors)
and checks what the person would see.
"""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from nodeflow.ui.commands import ConnectCommand

pytestmark = pytest.mark.e2e


def train(qtbot, window, epochs=None, timeout=60000):
    """Press Train and wait for the run to end (however it ends)."""
    if epochs is not None:
        window.graph.training["epochs"] = epochs
    with qtbot.waitSignal(window.training.controller.ended, timeout=timeout):
        window.actionTrain.trigger()
    return window.training.controller.network


def viewport_point(view, scene_pos: QPointF) -> QPoint:
    return view.mapFromScene(scene_pos)


def drag_wire(view, src, dst) -> None:
    """Real mouse press on one port, moves, release on the other."""
    port = view.viewport()
    a = viewport_point(view, view.port_scene_pos(src))
    b = viewport_point(view, view.port_scene_pos(dst))
    QTest.mousePress(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    for i in range(1, 6):
        QTest.mouseMove(port, a + (b - a) * (i / 5))
    QTest.mouseRelease(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b)


def edit_param(window, node_id, name, value) -> None:
    """Select the node on the canvas and type the value into its inspector editor."""
    window.canvas.scene().clearSelection()
    window.canvas.node_item(node_id).setSelected(True)
    editor = window.inspector.editors[name]
    editor.set_value(value)
    editor.committed.emit()


def test_1_first_look_linear_regression_recovers_the_line(qtbot, window, examples_dir):
    from nodeflow.ui.app import first_example

    assert first_example() is not None
    window.open_example(examples_dir / "linear_regression.nodeflow", ask=False)
    window.show()
    net = train(qtbot, window)
    assert window.training.plots.epoch_count() == window.graph.training["epochs"]
    losses = [row["train_loss"] for row in window.training.plots.history]
    assert losses[-1] < 0.1 * losses[0]  # the loss fell
    data = window.graph.nodes["data"].params
    dense = next(n for n in window.graph.nodes.values() if n.type == "Dense")
    w = net.params_by_node()[dense.id]
    assert float(w["W"].ravel()[0]) == pytest.approx(data.get("slope", 2.0), rel=0.02)
    assert float(w["b"].ravel()[0]) == pytest.approx(data.get("intercept", -1.0), rel=0.02)
    # ...and the person sees it: the selected Dense card's learned weight and bias in the inspector
    window.canvas.node_item(dense.id).setSelected(True)
    lines = window.inspector.learned.text().replace("\u2212", "-").splitlines()
    assert lines[0].startswith("W (1×1): ") and lines[1].startswith("b (1): ")
    assert float(lines[0].split(": ")[1]) == pytest.approx(data.get("slope", 2.0), rel=0.02)
    assert float(lines[1].split(": ")[1]) == pytest.approx(data.get("intercept", -1.0), rel=0.02)
    window.training.tabs.setCurrentWidget(window.training.results)  # the line through the data
    assert window.training.results.fit_plot.isVisible()


def test_2_build_an_mlp_from_nothing(qtbot, window):
    window.actionNew.trigger()
    window.show()
    canvas = window.canvas
    layout = [("Dataset", "data"), ("Dense", "fc1"), ("Tanh", "act"), ("Dense", "fc2"), ("Softmax", "sm"),
              ("CrossEntropy", "xent"), ("Adam", "adam")]
    for i, (type_name, _id) in enumerate(layout):
        canvas.add_node_at(type_name, QPointF(i * 230, (i % 2) * 60))
    ids = {type_name: [n.id for n in window.graph.nodes.values() if n.type == type_name] for type_name, _ in layout}
    data, (fc1, fc2), act, sm = ids["Dataset"][0], ids["Dense"], ids["Tanh"][0], ids["Softmax"][0]
    xent, adam = ids["CrossEntropy"][0], ids["Adam"][0]
    canvas.zoom_to_fit()
    qtbot.wait(10)

    # the labels cannot feed a layer: refused at drop time, with the reason
    messages = []
    canvas.statusMessage.connect(messages.append)
    drag_wire(canvas, (data, "y"), (fc1, "in"))
    assert window.graph.source_of((fc1, "in")) is None
    assert messages and "label" in messages[-1].lower()

    edit_param(window, fc2, "units", 2)  # two classes
    for src, dst in [((data, "x"), (fc1, "in")), ((fc1, "out"), (act, "in")), ((act, "out"), (fc2, "in")),
                     ((fc2, "out"), (sm, "in")), ((sm, "out"), (xent, "pred")), ((data, "y"), (xent, "target")),
                     ((xent, "loss"), (adam, "loss"))]:
        drag_wire(canvas, src, dst)
        assert window.graph.source_of(dst) == src, messages[-1:] or "wire not made"
    edit_param(window, adam, "lr", 0.01)
    qtbot.waitUntil(lambda: canvas.analysis.ok, timeout=2000)
    # each wire shows its shape
    assert str(canvas.analysis.output_type((data, "x"))) == "(N, 2)"
    wire = next(w for e, w in canvas.scene().wires.items() if e.src == (fc1, "out"))
    assert wire.label == "(N, 64)"
    train(qtbot, window, epochs=40)
    final = window.training.plots.history[-1]
    assert final["val_acc"] > 0.9
    boundary = window.training.results.last_boundary
    assert boundary is not None  # the decision boundary of the moons is drawn


def test_3_break_it_with_a_huge_learning_rate(qtbot, window, examples_dir):
    window.open_example(examples_dir / "linear_regression.nodeflow", ask=False)
    opt = next(n for n in window.graph.nodes.values() if n.spec.category == "optimizer")
    edit_param(window, opt.id, "lr", 50.0)
    assert window.graph.nodes[opt.id].params["lr"] == 50.0
    train(qtbot, window)
    message = window.statusBar().currentMessage()
    assert "diverged at epoch" in message and "smaller learning rate" in message
    assert window.actionTrain.isEnabled() and not window.canvas.locked  # nothing crashed; try again


def test_4_vanishing_gradients_then_relu(qtbot, window, examples_dir):
    from PySide6.QtWidgets import QComboBox

    window.open_example(examples_dir / "vanishing_gradients.nodeflow", ask=False)
    window.show()
    train(qtbot, window, epochs=3)
    window.training.refresh()
    first, last = window.canvas.node_item("fc1").gradient, window.canvas.node_item("fc8").gradient
    assert first is not None and last is not None
    sigmoid_ratio = first / last
    sigmoid_acc = window.training.plots.history[-1]["val_acc"]
    assert sigmoid_ratio < 1e-2  # the early layers' meters fade to nothing

    # one Sigmoid selected, then Edit ▸ Select Same Type, then type -> ReLU for all eight at once
    window.canvas.scene().clearSelection()
    window.canvas.node_item("sig1").setSelected(True)
    window.actionSelectSameType.trigger()
    assert window.inspector.title.text() == "8 Sigmoid nodes"
    combo = window.inspector.findChild(QComboBox, "inspectorType")
    combo.textActivated.emit("ReLU")
    assert not any(n.type == "Sigmoid" for n in window.graph.nodes.values())
    assert window.canvas.undo_stack.undoText() == "Change 8 nodes to ReLU"  # one step
    train(qtbot, window, epochs=3)
    window.training.refresh()
    relu_ratio = window.canvas.node_item("fc1").gradient / window.canvas.node_item("fc8").gradient
    assert relu_ratio > 100 * sigmoid_ratio  # the badges light up
    assert window.training.plots.history[-1]["val_acc"] > sigmoid_acc + 0.2


def test_5_images_fix_train_save_reopen_with_weights(qtbot, make_window, examples_dir, tmp_path):
    window = make_window()
    window.open_example(examples_dir / "digits_cnn.nodeflow", ask=False)
    window.show()
    canvas = window.canvas
    # forget the Flatten: the error offers to insert it
    flatten = next(n for n in window.graph.nodes.values() if n.type == "Flatten")
    before, after = window.graph.source_of((flatten.id, "in")), next(e.dst for e in window.graph.outgoing(flatten.id))
    canvas.scene().clearSelection()
    canvas.node_item(flatten.id).setSelected(True)
    canvas.delete_selected()
    canvas.undo_stack.push(ConnectCommand(window.graph, before, after))  # fc now gets the 4-D pool output
    qtbot.waitUntil(lambda: canvas.node_item(after[0]).fix.isVisible(), timeout=2000)
    card = canvas.node_item(after[0])
    QTest.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     viewport_point(canvas, card.fix.sceneBoundingRect().center()))
    assert canvas.analysis.ok
    net = train(qtbot, window, epochs=2)
    assert net is not None
    results = window.training.results.last_results
    matrix = np.asarray(results["confusion"])
    from nodeflow.compute import datasets

    splits = datasets.load(window.graph.nodes["data"].params, window.graph.training["seed"])
    assert matrix.shape == (10, 10) and matrix.sum() == len(getattr(splits, results["split"])[1])
    assert np.trace(matrix) / matrix.sum() > 0.8  # most digits on the diagonal
    path = tmp_path / "cnn.nodeflow"
    assert window.files.save_as(path)
    assert (tmp_path / "cnn.npz").exists()
    window.close()

    again = make_window(str(path))
    assert again.runs.weights is not None and again.actionContinue.isEnabled()  # only Continue uses them
    assert "weights loaded" in again.statusBar().currentMessage()
    assert [r.name for r in again.runs.history] == ["Run 1"]  # the run came back with the file


def test_6_your_own_csv_with_a_bad_row(qtbot, window, tmp_path):
    rng = np.random.default_rng(0)
    rows = rng.normal(size=(120, 3))
    price = 3 * rows[:, 0] - 2 * rows[:, 1] + 0.5 * rows[:, 2] + 10.5 + rng.normal(scale=0.1, size=120)
    lines = ["rooms,area,age,price"] + [f"{a:.4f},{b:.4f},{c:.4f},{p:.4f}" for (a, b, c), p in zip(rows, price, strict=True)]
    good = "\n".join(lines) + "\n"
    lines[4] = "1.0,abc,2.0,3.0"  # line 5 of the file
    csv = tmp_path / "houses.csv"
    csv.write_text("\n".join(lines) + "\n")

    window.actionNew.trigger()
    g = window.graph
    for type_name, pos in [("Dataset", (0, 0)), ("Dense", (250, 0)), ("Huber", (500, 0)), ("Adam", (750, 0))]:
        window.canvas.add_node_at(type_name, QPointF(*pos))
    data, fc, loss, opt = (next(n.id for n in g.nodes.values() if n.type == t) for t in ("Dataset", "Dense", "Huber", "Adam"))
    edit_param(window, data, "source", "csv")
    edit_param(window, data, "path", str(csv))
    target = window.inspector.editors["target"]  # the file's columns are offered: pick "price"
    assert target.suggestions() == ["rooms", "area", "age", "price"]
    target.widget.setCurrentIndex(3)
    target.widget.activated.emit(3)
    assert g.nodes[data].params["target"] == "price"
    edit_param(window, fc, "units", 1)
    edit_param(window, opt, "lr", 0.05)
    for src, dst in [((data, "x"), (fc, "in")), ((fc, "out"), (loss, "pred")), ((data, "y"), (loss, "target")),
                     ((loss, "loss"), (opt, "loss"))]:
        window.canvas.undo_stack.push(ConnectCommand(g, src, dst))
    error = window.canvas.analysis.errors.get(data, "")
    assert "line 5" in error and "abc" in error  # the bad row, by line number

    csv.write_text(good)
    edit_param(window, data, "batch_size", 16)  # any edit re-reads; the file is fixed now
    qtbot.waitUntil(lambda: window.canvas.analysis.ok, timeout=2000)
    train(qtbot, window, epochs=60)
    history = window.training.plots.history
    assert history[-1]["train_loss"] < 0.2 * history[0]["train_loss"]


def test_7_export_runs_and_prints_the_same_losses(qtbot, window, dialogs, examples_dir, tmp_path):
    src = examples_dir / "moons_mlp.nodeflow"
    window.open_example(src, ask=False)
    out = tmp_path / "moons.py"
    dialogs.export_answer = (str(out), "numpy")
    window.actionExport.trigger()
    assert not dialogs.errors and out.exists()
    script = subprocess.run([sys.executable, str(out), "--epochs", "2"], capture_output=True, text=True,
                            cwd=tmp_path, timeout=120)
    assert script.returncode == 0, script.stderr
    cli = subprocess.run([sys.executable, "-m", "nodeflow", "train", str(src), "--epochs", "2", "--json"],
                         capture_output=True, text=True, timeout=120)
    drop = lambda line: {k: v for k, v in json.loads(line).items() if k != "seconds"}  # noqa: E731
    assert [drop(x) for x in script.stdout.splitlines()] == [drop(x) for x in cli.stdout.splitlines()]


def test_8_check_gradients_turns_every_layer_green(qtbot, window, examples_dir):
    window.open_example(examples_dir / "residual_mlp.nodeflow", ask=False)
    with qtbot.waitSignal(window.training.gradcheck.ended, timeout=60000):
        window.actionGradcheck.trigger()
    layers = [n for n, node in window.graph.nodes.items() if node.type in ("Dense", "Conv2D", "BatchNorm")]
    assert layers
    for node_id in layers:
        badge = window.canvas.node_item(node_id).badge
        assert badge is not None and badge[0].name() == "#2e9d5b", (node_id, badge)
