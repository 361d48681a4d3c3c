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
    assert "Run 1 finished" in window.statusBar().currentMessage()


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
    assert item.verdict == "✓ grad"  # readable on the card, not a dot
    assert "largest relative difference" in item.toolTip()
    assert window.canvas.node_item("tanh").badge is None  # no weights, nothing checked
    message = window.statusBar().currentMessage()
    assert message.startswith("Gradient check: backprop matches") and "0.0e+00" not in message
    window.graph.set_param("fc1", "units", 5)  # the node changed: the verdict no longer applies
    qtbot.waitUntil(lambda: item.badge is None, timeout=2000)


def _train_to_end(qtbot, window, epochs, action="actionTrain"):
    window.graph.training["epochs"] = epochs
    with qtbot.waitSignal(window.training.controller.ended, timeout=30000):
        getattr(window, action).trigger()


def test_trained_weights_are_saved_beside_the_graph_and_reopened(qtbot, make_window, examples_dir, tmp_path):
    import numpy as np

    from nodeflow.compute.weights import read_arrays

    window = make_window()
    window.open_example(examples_dir / "xor_mlp.nodeflow", ask=False)
    _train_to_end(qtbot, window, 20)
    trained_loss = window.training.plots.history[-1]["train_loss"]
    path = tmp_path / "xor.nodeflow"
    assert window.files.save_as(path)
    saved = read_arrays(tmp_path / "xor.npz")
    assert set(saved) >= {"fc1/W", "fc1/b"}
    assert "xor.npz" in window.statusBar().currentMessage()
    window.close()

    again = make_window(str(path))
    assert again.runs.weights is not None
    assert all(np.array_equal(again.runs.weights[k], v) for k, v in saved.items())
    again.canvas.node_item("fc1").setSelected(True)  # the reopened file's weights, in the inspector
    assert again.inspector.learned.text().startswith("W (2×")
    _train_to_end(qtbot, again, 1, "actionContinue")
    first = again.training.plots.history[0]
    assert first["train_loss"] < 1.5 * trained_loss  # continued from the trained weights, not from scratch
    assert first["epoch"] == 21  # ...and its curve goes on from the 20 epochs of Run 1
    run = again.runs.history.latest()
    assert (run.name, run.start, run.parent) == ("Run 2", "continue", "run-1")


def test_weights_that_no_longer_fit_are_not_continued_from(qtbot, make_window, examples_dir, tmp_path):
    window = make_window()
    window.open_example(examples_dir / "xor_mlp.nodeflow", ask=False)
    _train_to_end(qtbot, window, 2)
    window.graph.set_param("fc1", "units", 5)  # a different layer shape
    window.actionContinue.trigger()
    assert not window.training.controller.running
    assert "no longer fit" in window.statusBar().currentMessage()
    assert "Press Train" in window.statusBar().currentMessage()
