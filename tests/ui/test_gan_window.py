"""A GAN built from nothing in the window, as a person does it: cards put on the canvas, wires
dragged port to port with the mouse, parameters typed into the inspector; then Train, and the
GAN tab shows both losses, D's verdicts and the generated samples moving to the real ones."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

pytestmark = pytest.mark.e2e


def drag_wire(view, src, dst) -> None:
    """Real mouse press on one port, moves, release on the other (as tests/ui/test_journeys.py)."""
    port = view.viewport()
    a: QPoint = view.mapFromScene(view.port_scene_pos(src))
    b: QPoint = view.mapFromScene(view.port_scene_pos(dst))
    QTest.mousePress(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    for i in range(1, 6):
        QTest.mouseMove(port, a + (b - a) * (i / 5))
    QTest.mouseRelease(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b)


def edit_param(window, node_id, name, value) -> None:
    """Select the card and type the value into its inspector editor."""
    window.canvas.scene().clearSelection()
    window.canvas.node_item(node_id).setSelected(True)
    editor = window.inspector.editors[name]
    editor.set_value(value)
    editor.committed.emit()


def test_build_a_gan_from_nothing_train_it_and_watch_both_losses(qtbot, window):
    window.actionNew.trigger()
    window.show()
    canvas, graph, dock = window.canvas, window.graph, window.training
    gan_tab = dock.tabs.indexOf(dock.gan)
    assert not dock.tabs.isTabVisible(gan_tab)

    # three rows: real samples through D; generated ones (detached) through D; generated through D for G
    cards = {
        "data": ("Dataset", 0, 0), "d": ("Dense", 2, 0), "ds": ("Sigmoid", 3, 0), "bce_r": ("BCE", 5, 0),
        "one": ("Constant", 4, -1),
        "noise": ("Noise", 0, 1), "g": ("Dense", 1, 1), "detach": ("Detach", 1.5, 2), "df": ("Dense", 2, 2),
        "dfs": ("Sigmoid", 3, 2), "bce_f": ("BCE", 5, 2), "zero": ("Constant", 4, 3),
        "dg": ("Dense", 2, 4), "dgs": ("Sigmoid", 3, 4), "bce_g": ("BCE", 5, 4),
        "add": ("Add", 6, 1), "d_opt": ("Adam", 7, 1), "g_opt": ("Adam", 7, 4),
    }
    ids = {}
    for name, (type_name, col, row) in cards.items():
        ids[name] = canvas.add_node_at(type_name, QPointF(col * 230, row * 140))
        assert ids[name] is not None, name
        if name == "d_opt":  # one optimizer: still a one-objective graph, no GAN tab
            assert not dock.tabs.isTabVisible(gan_tab)
    assert dock.tabs.isTabVisible(gan_tab)  # the second optimizer makes it a game of two
    canvas.zoom_to_fit()
    qtbot.wait(10)

    n = ids
    for dense in ("d", "df", "dg", "g"):  # one number per sample: D's score, G's sample
        edit_param(window, n[dense], "units", 1)
    messages: list[str] = []
    canvas.statusMessage.connect(messages.append)
    for src, dst in [
        ((n["data"], "x"), (n["d"], "in")), ((n["d"], "out"), (n["ds"], "in")),
        ((n["ds"], "out"), (n["bce_r"], "pred")), ((n["one"], "out"), (n["bce_r"], "target")),
        ((n["noise"], "out"), (n["g"], "in")), ((n["g"], "out"), (n["detach"], "in")),
        ((n["detach"], "out"), (n["df"], "in")), ((n["df"], "out"), (n["dfs"], "in")),
        ((n["dfs"], "out"), (n["bce_f"], "pred")), ((n["zero"], "out"), (n["bce_f"], "target")),
        ((n["g"], "out"), (n["dg"], "in")), ((n["dg"], "out"), (n["dgs"], "in")),
        ((n["dgs"], "out"), (n["bce_g"], "pred")), ((n["one"], "out"), (n["bce_g"], "target")),
        ((n["bce_r"], "loss"), (n["add"], "a")), ((n["bce_f"], "loss"), (n["add"], "b")),
        ((n["add"], "out"), (n["d_opt"], "loss")), ((n["bce_g"], "loss"), (n["g_opt"], "loss")),
    ]:
        drag_wire(canvas, src, dst)
        assert graph.source_of(dst) == src, f"wire {src} -> {dst} not made: {messages[-1:]}"

    for param, value in [("source", "gaussian"), ("dims", 1), ("mean", 4.0), ("std", 0.5),
                         ("n_samples", 1000), ("batch_size", 50), ("standardize", False),
                         ("validation_split", 0.0), ("test_split", 0.0)]:
        edit_param(window, n["data"], param, value)
    edit_param(window, n["noise"], "shape", [1])
    edit_param(window, n["df"], "share", n["d"])  # D judges all three rows with one set of weights
    edit_param(window, n["dg"], "share", n["d"])
    edit_param(window, n["zero"], "value", 0.0)
    for opt, lr in (("d_opt", 0.05), ("g_opt", 0.05)):
        edit_param(window, n[opt], "lr", lr)
    qtbot.waitUntil(lambda: canvas.analysis.ok, timeout=5000)
    assert graph.nodes[n["data"]].params["source"] == "gaussian"

    graph.training["epochs"] = 25
    with qtbot.waitSignal(dock.controller.ended, timeout=120_000):
        window.actionTrain.trigger()
    dock.tabs.setCurrentWidget(dock.gan)
    dock.refresh()

    panel = dock.gan
    curves = panel.curves
    assert set(curves.loss_curves) == {n["add"], n["bce_g"]}  # both losses, one curve each
    for name, curve in curves.loss_curves.items():
        xs, ys = curve.getData()
        assert len(xs) == 25 and np.all(np.isfinite(ys)), name
    xs, d_real = curves.d_real.getData()
    assert len(xs) == 25 and np.all((d_real >= 0) & (d_real <= 1))
    probe = panel.last_probe
    assert probe is not None and probe["dims"] == 1
    assert panel.stack.currentWidget() is panel.density and panel.density.isVisible()
    # the generated samples travelled from around 0 (noise through a fresh layer, bias 0) most of
    # the way to the real ones at 4
    assert abs(probe["stats"]["fake_mean"][0] - 4.0) < 1.0, probe["stats"]
    assert "generated mean" in panel.summary.text()

    # the window's Curves tab draws both losses too, named by their loss cards, and D's accuracy
    dock.tabs.setCurrentWidget(dock.plots)
    dock.refresh()
    plots = dock.plots
    assert list(plots.loss_curves) == [n["add"], n["bce_g"]]  # round order: D's optimizer first
    for name, curve in plots.loss_curves.items():
        xs, ys = curve.getData()
        assert len(xs) == 25 and np.all(np.isfinite(ys)), name
    key = plots.key.text()
    assert n["add"] in key and n["bce_g"] in key and "D right on real" in key
    xs, acc = plots.d_acc_curves["acc_fake"].getData()
    assert len(xs) == 25 and np.all((acc >= 0) & (acc <= 1))


@pytest.mark.parametrize("target", ["numpy", "torch"])
def test_the_window_exports_a_gan(target, make_window, dialogs, examples_dir, tmp_path):
    """File ▸ Export on a GAN writes a script that trains both objectives and prints both losses."""
    import json
    import subprocess
    import sys

    if target == "torch":
        pytest.importorskip("torch")
    window = make_window(str(examples_dir / "gan_1d_gaussian.nodeflow"))
    out = tmp_path / f"gan_{target}.py"
    dialogs.export_answer = (str(out), target)
    window.actionExport.trigger()
    assert not dialogs.errors, dialogs.errors
    done = subprocess.run([sys.executable, str(out), "--epochs", "1"], capture_output=True, text=True, timeout=300,
                          cwd=tmp_path, check=False)
    assert done.returncode == 0, done.stderr
    first = json.loads(done.stdout.splitlines()[0])
    assert set(first["losses"]) == {"d_loss", "g_loss"}
