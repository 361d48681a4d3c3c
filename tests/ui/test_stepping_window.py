"""Stepping in the window, driven as a person does: press Step, choose a phase, click a card,
read the chips and the Explain panel, press Step Back; the numbers shown are checked against
an independent NumPy computation and against the trainer."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from nodeflow.compute.explain import num
from nodeflow.compute.trainer import Trainer
from nodeflow.graph import io
from tests.compute.graphs import build

NODES = [("data", "Dataset", {"source": "xor", "n_samples": 64, "batch_size": 16, "validation_split": 0.0,
                              "test_split": 0.0}),
         ("fc", "Dense", {"units": 1}), ("sig", "Sigmoid", {}), ("bce", "BCE", {}),
         ("opt", "SGD", {"lr": 0.5})]
EDGES = ["data.x -> fc.in", "fc.out -> sig.in", "sig.out -> bce.pred", "data.y -> bce.target", "bce.loss -> opt.loss"]


@pytest.fixture
def bce_file(tmp_path):
    graph = build(NODES, EDGES, {"epochs": 2, "seed": 3})
    for i, node in enumerate(graph.nodes.values()):
        node.pos = (i * 260.0, 0.0)
    path = tmp_path / "bce.nodeflow"
    io.save(graph, path)
    return path


def click_card(qtbot, window, node_id):
    item = window.canvas.node_item(node_id)
    point = window.canvas.mapFromScene(item.mapToScene(QPointF(60, 10)))
    QTest.mouseClick(window.canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    qtbot.waitUntil(lambda: window.stepping_panel.node == node_id, timeout=2000)


def expected_batch(window):
    """The batch's numbers recomputed with NumPy from its inputs and the weights before the step."""
    rec = window.stepping_session.record
    x, t = rec.x.astype(np.float64), rec.y.astype(np.float64).reshape(-1, 1)
    W, b = (rec.weights_before["fc"][k].astype(np.float64) for k in ("W", "b"))
    s = x @ W + b
    p = 1 / (1 + np.exp(-s))
    loss = -np.mean(t * np.log(p) + (1 - t) * np.log(1 - p))
    ds = (p - t) / p.size
    return x, s, p, loss, ds, x.T @ ds


def test_step_shows_the_phases_and_its_numbers_are_numpys(qtbot, make_window, bce_file):
    window = make_window(bce_file)
    window.resize(1600, 1000)
    window.show()
    qtbot.waitExposed(window)
    initial = Trainer(io.load(bce_file)).network.flat_w.copy()
    window.actionStep.trigger()
    panel, overlay = window.stepping_panel, window.stepping_overlay
    assert window.stepping_dock.isVisible()
    assert panel.phase_buttons["forward"].isChecked()
    x, s, p, loss, ds, dW = expected_batch(window)
    assert overlay.card_text("bce") == f"L = {num(loss)}"
    assert overlay.card_text("fc").startswith(f"μ {num(s.mean())} [{num(s.min())}, {num(s.max())}]")
    edge = next(e for e in window.graph.edges if e.src == ("fc", "out"))
    assert overlay.wire_text(edge) == f"μ {num(s.mean())}"
    assert "loss " + f"{loss:.6g}"[:5] in panel.summary.text()

    QTest.mouseClick(panel.phase_buttons["backward"], Qt.MouseButton.LeftButton)
    assert window.stepping_session.phase == "backward"
    assert overlay.wire_text(edge) == f"∇ |μ| {num(np.abs(ds).mean())}"  # dL/ds flows back along fc -> sig

    QTest.mouseClick(panel.phase_buttons["update"], Qt.MouseButton.LeftButton)
    moved = np.abs(0.5 * np.concatenate([dW.ravel(), [ds.sum()]])).mean()  # SGD: |Δw| = η |∇|
    assert overlay.card_text("fc").startswith(f"|Δw| {num(moved)}")

    # the weights are those of the trainer after one batch
    after = []
    trainer = Trainer(io.load(bce_file), epochs=1,
                      on_event=lambda e: after.append(trainer.network.flat_w.copy()) if e["event"] == "batch" else None)
    trainer.run()
    assert np.array_equal(window.stepping_session.stepper.network.flat_w, after[0])

    click_card(qtbot, window, "fc")
    panel.explain.input.setValue(1)
    text = panel.explain.text.toPlainText()
    assert f"(the engine: {num(dW[1, 0])})" in text
    assert f"= {num(dW[1, 0])} (x: the sigmoid's output" in text  # the notes' closed form
    assert "Update of W[1,0] by SGD" in text

    window.actionStepBack.trigger()
    assert np.array_equal(window.stepping_session.stepper.network.flat_w, initial)
    assert "Stepped back" in window.statusBar().currentMessage()


def test_clicking_a_number_on_the_canvas_explains_it(qtbot, make_window, bce_file):
    window = make_window(bce_file)
    window.resize(1600, 1000)
    window.show()
    qtbot.waitExposed(window)
    window.actionStep.trigger()
    window.stepping_session.show_phase("backward")
    chip = window.stepping_overlay.cards["sig"]
    point = window.canvas.mapFromScene(chip.mapToScene(chip.boundingRect().center()))
    QTest.mouseClick(window.canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    qtbot.waitUntil(lambda: window.stepping_panel.node == "sig", timeout=2000)
    assert "local derivative f′(s)" in window.stepping_panel.explain.text.toPlainText()


def test_the_phases_follow_each_other_by_themselves(qtbot, make_window, bce_file):
    window = make_window(bce_file)
    window.actionStep.trigger()
    qtbot.waitUntil(lambda: window.stepping_session.phase == "update", timeout=5000)
    assert window.stepping_panel.phase_buttons["update"].isChecked()


def test_an_edit_ends_stepping_and_clears_the_chips(qtbot, make_window, bce_file):
    window = make_window(bce_file)
    window.actionStep.trigger()
    assert window.stepping_overlay.cards
    window.graph.set_param("fc", "units", 2)
    assert window.stepping_session.stepper is None and not window.stepping_overlay.cards


def test_the_difference_lab_and_the_activation_curves(qtbot, make_window, bce_file):
    window = make_window(bce_file)
    window.show()
    window.actionStep.trigger()
    panel = window.stepping_panel
    click_card(qtbot, window, "sig")
    assert panel.explain.curves.isVisible()
    curves = panel.explain.curves.getPlotItem().listDataItems()
    xs, ys = curves[1].getData()  # f′: σ′ peaks at 1/4
    assert max(ys) == pytest.approx(0.25, abs=1e-3)
    click_card(qtbot, window, "fc")
    panel.tabs.setCurrentWidget(panel.lab)
    QTest.mouseClick(panel.lab.run_button, Qt.MouseButton.LeftButton)
    table = panel.lab.table
    assert table.rowCount() == 12
    central = [float(table.item(r, 5).text()) for r in range(3)]
    forward = [float(table.item(r, 4).text()) for r in range(3)]
    assert central[0] / central[2] > 1e3 and 50 < forward[0] / forward[2] < 200  # O(h²) and O(h)
    assert "backprop float64" in panel.lab.weight_label.text()


def test_diagnoses_in_plain_words_on_the_list_and_the_card(qtbot, make_window, tmp_path):
    graph = build([("data", "Dataset", {"source": "moons", "n_samples": 200, "batch_size": 50}),
                   ("fc0", "Dense", {"units": 16}), ("a0", "ReLU", {}), ("fc1", "Dense", {"units": 2}),
                   ("sm", "Softmax", {}), ("ce", "CrossEntropy", {}), ("opt", "SGD", {"lr": 20})],
                  ["data.x -> fc0.in", "fc0.out -> a0.in", "a0.out -> fc1.in", "fc1.out -> sm.in", "sm.out -> ce.pred",
                   "data.y -> ce.target", "ce.loss -> opt.loss"], {"seed": 0})
    path = tmp_path / "dead.nodeflow"
    io.save(graph, path)
    window = make_window(path)
    panel = window.stepping_panel
    panel.tabs.setCurrentWidget(panel.diagnoses)
    with qtbot.waitSignal(panel.diagnoses.diagnosed, timeout=60000):
        QTest.mouseClick(panel.diagnoses.run_button, Qt.MouseButton.LeftButton)
    texts = [panel.diagnoses.list.item(i).text() for i in range(panel.diagnoses.list.count())]
    assert any("dead ReLUs" in t and "LeakyReLU" in t for t in texts), texts
    assert window.canvas.node_item("a0").verdict.startswith("⚠")
    item = next(panel.diagnoses.list.item(i) for i in range(len(texts)) if "dead" in texts[i])
    rect = panel.diagnoses.list.visualItemRect(item)
    panel.diagnoses._picked(item)  # (a click; offscreen item geometry is not reliable before show)
    assert panel.node == "a0" and panel.tabs.currentWidget() is panel.explain
    assert rect is not None


def test_step_from_a_paused_run_starts_from_its_weights(qtbot, make_window, bce_file):
    window = make_window(bce_file)
    window.show()
    ctl = window.training.controller
    window.actionStepEpoch.trigger()  # one epoch, then the run pauses
    qtbot.waitUntil(lambda: ctl.state == "paused", timeout=20000)
    paused = ctl.worker.trainer.network.flat_w.copy()
    window.actionStep.trigger()
    session = window.stepping_session
    assert session.source == "paused"
    assert np.array_equal(session.record.weights_before["fc"]["W"].ravel(), paused[:2])
    assert "paused run" in window.stepping_panel.summary.text()
    window.actionStop.trigger()
    qtbot.waitUntil(lambda: not ctl.running, timeout=20000)
    window.actionStepBack.trigger()  # the steps outlive the run they started from
    assert np.array_equal(session.stepper.network.flat_w, paused)
    window.actionTrain.trigger()  # a new run: stepping's numbers no longer apply
    assert session.stepper is None and not window.stepping_overlay.cards
    window.actionStop.trigger()
    qtbot.waitUntil(lambda: not ctl.running, timeout=20000)


@pytest.mark.parametrize("type_name,check", [
    ("Sigmoid", lambda d: max(d) == pytest.approx(0.25, abs=1e-3)),
    ("ReLU", lambda d: set(np.unique(d)) == {0.0, 1.0}),
    ("Step", lambda d: not np.any(d)),
])
def test_the_inspector_draws_an_activations_function_and_derivative(qtbot, make_window, tmp_path, type_name, check):
    graph = build([("data", "Dataset", {"source": "xor"}), ("fc", "Dense", {"units": 4}), ("act", type_name, {}),
                   ("out", "Dense", {"units": 2}), ("sm", "Softmax", {}), ("ce", "CrossEntropy", {}),
                   ("opt", "SGD", {})],
                  ["data.x -> fc.in", "fc.out -> act.in", "act.out -> out.in", "out.out -> sm.in", "sm.out -> ce.pred",
                   "data.y -> ce.target", "ce.loss -> opt.loss"])
    for i, node in enumerate(graph.nodes.values()):
        node.pos = (i * 260.0, 0.0)
    path = tmp_path / "act.nodeflow"
    io.save(graph, path)
    window = make_window(path)
    window.show()
    click_card(qtbot, window, "act")
    curves = window.inspector.curves
    assert curves.isVisible() and curves.type_name == type_name
    f, d = (item.getData()[1] for item in curves.getPlotItem().listDataItems()[:2])
    assert check(d)
    click_card(qtbot, window, "fc")
    assert not curves.isVisible()
