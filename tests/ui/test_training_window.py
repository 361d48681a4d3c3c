"""The training dock inside the real main window: actions, canvas lock, closing mid-run."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def test_train_from_the_window(qtbot, window, examples_dir):
    dock = window.training
    assert window.findChild(QWidget, "trainingPlots") is dock.plots
    assert window.open_example(examples_dir / "xor_mlp.nodeflow", ask=False)
    window.graph.training["epochs"] = 5
    window.show()
    with qtbot.waitSignal(dock.controller.started, timeout=5000):
        window.actionTrain.trigger()
    assert window.canvas.locked
    assert window.actionStop.isEnabled() and not window.actionTrain.isEnabled()
    with qtbot.waitSignal(dock.controller.ended, timeout=20000):
        pass
    assert not window.canvas.locked
    assert dock.plots.epoch_count() == 5 and dock.plots.batch_count() > 0
    assert window.actionTrain.isEnabled() and not window.actionStop.isEnabled()
    assert "Training finished" in window.statusBar().currentMessage()


def test_pause_action_toggles(qtbot, window, examples_dir):
    dock = window.training
    window.open_example(examples_dir / "xor_mlp.nodeflow", ask=False)
    window.graph.nodes["data"].params["batch_size"] = 1
    window.graph.training["epochs"] = 1000
    window.actionTrain.trigger()
    qtbot.waitUntil(lambda: dock.plots.batch_count() > 0 or dock.controller.state != "running", timeout=10000)
    window.actionPause.trigger()
    assert dock.controller.state == "paused" and window.actionPause.text() == "&Resume"
    window.actionPause.trigger()
    assert dock.controller.state == "running"
    window.actionStop.trigger()
    qtbot.waitUntil(lambda: not dock.controller.running, timeout=10000)
    assert not window.canvas.locked


def test_close_window_during_training(qtbot, make_window, examples_dir):
    window = make_window()
    dock = window.training
    window.open_example(examples_dir / "xor_mlp.nodeflow", ask=False)
    window.graph.nodes["data"].params["batch_size"] = 1
    window.graph.training["epochs"] = 1000
    window.show()
    window.actionTrain.trigger()
    qtbot.waitUntil(lambda: dock.plots.batch_count() > 0 or dock.controller.state != "running", timeout=10000)
    thread = dock.controller.thread
    window.dialogs.save_answer = "discard"
    assert window.close()
    assert not dock.controller.running
    assert thread is not None and thread.isFinished()


def test_gradient_check_badges_on_the_canvas(qtbot, window, examples_dir):
    dock = window.training
    window.open_example(examples_dir / "xor_mlp.nodeflow", ask=False)
    with qtbot.waitSignal(dock.gradcheck.ended, timeout=30000):
        assert dock.run_gradcheck()
    item = window.canvas.node_item("fc1")
    assert item.badge is not None and item.badge[0].name() == "#2e9d5b"
    assert "relative error" in item.toolTip()
    assert window.canvas.node_item("tanh").badge is None  # no weights, nothing checked
