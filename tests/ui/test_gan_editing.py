"""A GAN edited and run in the window (issue 13): the inspector shows an optimizer's round (the
order, each optimizer's steps) and the weights it alone updates; the new node types and the
optimizers' `steps` go through undo, redo, save and reopen; Train, Pause and Stop act on whole
rounds (D's k steps and G's step are never split by a pause or a stop)."""

from __future__ import annotations

import json
import time

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from nodeflow.graph import io


def select(window, node_id: str) -> None:
    window.canvas.scene().clearSelection()
    window.canvas.node_item(node_id).setSelected(True)


def edit_param(window, node_id: str, name: str, value) -> None:
    """Select the card and type the value into its inspector editor (as tests/ui/test_gan_window.py)."""
    select(window, node_id)
    editor = window.inspector.editors[name]
    editor.set_value(value)
    editor.committed.emit()


def drag_wire(view, src, dst) -> None:
    port = view.viewport()
    a: QPoint = view.mapFromScene(view.port_scene_pos(src))
    b: QPoint = view.mapFromScene(view.port_scene_pos(dst))
    QTest.mousePress(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    for i in range(1, 6):
        QTest.mouseMove(port, a + (b - a) * (i / 5))
    QTest.mouseRelease(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b)


def copy_example(examples_dir, tmp_path, name: str):
    path = tmp_path / f"{name}.nodeflow"  # a copy: runs are saved beside the file, not in examples/
    path.write_bytes((examples_dir / f"{name}.nodeflow").read_bytes())
    return path


def test_the_inspector_shows_the_round_and_what_each_optimizer_updates(qtbot, make_window, examples_dir, tmp_path):
    window = make_window(str(copy_example(examples_dir, tmp_path, "gan_2d_mixture")))
    window.show()
    shapes = window.inspector.shapes
    select(window, "d_opt")
    qtbot.waitUntil(lambda: "Each round" in shapes.text(), timeout=5000)
    assert "Each round: d_opt ×1 → g_opt ×1" in shapes.text()
    assert "Updates the weights of d1, d3, d5" in shapes.text()  # D's Dense layers; df*/dg* share them

    edit_param(window, "d_opt", "steps", 3)  # k discriminator steps per generator step
    qtbot.waitUntil(lambda: "d_opt ×3" in shapes.text(), timeout=5000)
    assert "Each round: d_opt ×3 → g_opt ×1" in shapes.text()
    select(window, "g_opt")
    qtbot.waitUntil(lambda: "Updates the weights of g1, g3, g5" in shapes.text(), timeout=5000)
    assert "d_opt ×3 → g_opt ×1" in shapes.text() and "d1" not in shapes.text().split("weights of")[1]

    window.actionUndo.trigger()
    assert window.graph.nodes["d_opt"].params.get("steps", 1) == 1  # the file left it at its default
    select(window, "d_opt")
    qtbot.waitUntil(lambda: "d_opt ×1 → g_opt ×1" in shapes.text(), timeout=5000)

    select(window, "noise")  # not an optimizer: no round line
    qtbot.waitUntil(lambda: "out →" in shapes.text(), timeout=5000)
    assert "Each round" not in shapes.text()


def test_new_nodes_survive_undo_redo_save_and_reopen(qtbot, make_window, dialogs, tmp_path):
    window = make_window()
    window.actionNew.trigger()
    window.show()
    canvas, graph = window.canvas, window.graph
    made = {kind: canvas.add_node_at(kind, QPointF(i * 240, 0))
            for i, kind in enumerate(("Noise", "Detach", "Constant", "Adam"))}
    assert all(made.values()), made
    edit_param(window, made["Noise"], "distribution", "uniform")
    edit_param(window, made["Noise"], "shape", [3])
    edit_param(window, made["Noise"], "scale", 2.5)
    edit_param(window, made["Constant"], "value", 0.9)  # label smoothing
    edit_param(window, made["Adam"], "steps", 5)
    canvas.zoom_to_fit()
    qtbot.wait(10)
    drag_wire(canvas, (made["Noise"], "out"), (made["Detach"], "in"))
    assert graph.source_of((made["Detach"], "in")) == (made["Noise"], "out")
    edited = io.graph_to_dict(graph)

    undo = window.undo_stack
    steps = undo.index()
    for _ in range(steps):
        window.actionUndo.trigger()
    assert len(graph.nodes) == 0  # back to the empty graph
    for _ in range(steps):
        window.actionRedo.trigger()
    assert io.graph_to_dict(graph) == edited
    window.actionUndo.trigger()  # the wire only
    assert graph.source_of((made["Detach"], "in")) is None
    assert graph.nodes[made["Noise"]].params["scale"] == 2.5
    window.actionUndo.trigger()  # then Adam's steps
    assert graph.nodes[made["Adam"]].params.get("steps", 1) == 1
    window.actionRedo.trigger()
    window.actionRedo.trigger()
    assert io.graph_to_dict(graph) == edited

    path = tmp_path / "gan_parts.nodeflow"
    dialogs.save_answer_path = str(path)
    window.actionSaveAs.trigger()
    assert path.exists(), dialogs.errors
    saved = json.loads(path.read_text(encoding="utf-8"))
    by_type = {n["type"]: n["params"] for n in saved["nodes"]}
    assert by_type["Noise"]["distribution"] == "uniform" and by_type["Noise"]["shape"] == [3]
    assert by_type["Noise"]["scale"] == 2.5 and by_type["Constant"]["value"] == 0.9
    assert by_type["Adam"]["steps"] == 5
    reopened = make_window(str(path))
    assert io.graph_to_dict(reopened.graph) == edited


def _optimizer_steps(trainer) -> tuple[int, ...]:
    return tuple(opt.t for opt in trainer.optimizers)


@pytest.mark.e2e
def test_pause_and_stop_act_on_whole_rounds(qtbot, make_window, examples_dir, tmp_path):
    """With 3 D steps per round, a pause and a stop from the toolbar always leave D with exactly
    3 times G's updates: the pause waits for the round to end, and while paused neither moves."""
    window = make_window(str(copy_example(examples_dir, tmp_path, "gan_2d_mixture")))
    window.show()
    edit_param(window, "d_opt", "steps", 3)
    edit_param(window, "data", "batch_size", 8)  # many small rounds per epoch
    window.graph.training["epochs"] = 1000
    dock = window.training
    with qtbot.waitSignal(dock.controller.started, timeout=10_000):
        window.actionTrain.trigger()
    worker = dock.controller.worker
    qtbot.waitUntil(lambda: worker.trainer is not None and worker.trainer.optimizers
                    and worker.trainer.optimizers[1].t > 20, timeout=60_000)
    trainer = worker.trainer
    assert len(trainer.optimizers) == 2

    for _ in range(3):
        window.actionPause.trigger()
        assert dock.controller.state == "paused"
        time.sleep(0.3)  # the round under way ends; the next waits
        d, g = _optimizer_steps(trainer)
        time.sleep(0.4)
        assert _optimizer_steps(trainer) == (d, g)  # paused: neither optimizer moves
        assert d == 3 * g, (d, g)  # a whole number of rounds
        window.actionPause.trigger()  # resume
        assert dock.controller.state == "running"
        qtbot.waitUntil(lambda g=g: trainer.optimizers[1].t > g + 5, timeout=30_000)

    with qtbot.waitSignal(dock.controller.ended, timeout=30_000):
        window.actionStop.trigger()
    d, g = _optimizer_steps(trainer)
    assert g > 20 and d == 3 * g, (d, g)
    assert window.actionTrain.isEnabled() and not window.canvas.locked
