"""Journey 9 (explore freely) and the run model, end to end in the real main window.

Each test drives the window as a person does (menu actions, inspector editors, the runs list)
and checks what the learner sees: the curves, the runs list, the status line, the panels.
"""

from __future__ import annotations

import json
import os
import stat

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox

pytestmark = pytest.mark.e2e


def trigger_and_wait(qtbot, window, action: str = "actionTrain", timeout: int = 60000) -> None:
    """Trigger a training action and wait until the run has ended (however it ends)."""
    controller = window.training.controller
    with qtbot.waitSignal(controller.ended, timeout=timeout):
        getattr(window, action).trigger()
        assert controller.running, window.statusBar().currentMessage()


def edit_param(window, node_id: str, name: str, value) -> None:
    """Select the node on the canvas and enter the value in its inspector editor."""
    window.canvas.scene().clearSelection()
    window.canvas.node_item(node_id).setSelected(True)
    editor = window.inspector.editors[name]
    editor.set_value(value)
    editor.committed.emit()


def optimizer_id(window) -> str:
    return next(n.id for n in window.graph.nodes.values() if n.spec.category == "optimizer")


def runs_list(window) -> list[tuple[str, str, str]]:
    """(name, changed, result) of each row of the Runs tab, top (newest) first."""
    tree = window.training.runs_view.tree
    return [tuple(tree.topLevelItem(i).text(c) for c in range(3)) for i in range(tree.topLevelItemCount())]


def epoch_curve(curve) -> tuple[np.ndarray, np.ndarray]:
    x, y = curve.getData()
    return np.asarray(x), np.asarray(y)


@pytest.fixture
def linear(window, examples_dir):
    window.open_example(examples_dir / "linear_regression.nodeflow", ask=False)
    window.graph.training["epochs"] = 15
    window.show()
    return window


def test_after_a_divergence_and_undo_the_next_train_trains(qtbot, linear):
    window = linear
    opt = optimizer_id(window)
    lr = window.graph.nodes[opt].params["lr"]
    edit_param(window, opt, "lr", 50.0)
    trigger_and_wait(qtbot, window)
    assert "diverged at epoch" in window.statusBar().currentMessage()
    window.actionUndo.trigger()  # back to the learning rate that works
    assert window.graph.nodes[opt].params["lr"] == lr
    trigger_and_wait(qtbot, window)
    message = window.statusBar().currentMessage()
    assert message.startswith("Run 2 finished after 15 epochs"), message
    history = window.training.plots.history
    assert history[-1]["train_loss"] < 0.05 < history[0]["train_loss"]  # it learned, from a fresh start
    rows = runs_list(window)
    assert rows[0][0] == "Run 2" and rows[0][1] == f"{opt}.lr 50 → {lr:g}" and "test loss" in rows[0][2]
    assert rows[1][0] == "Run 1" and rows[1][2].startswith("diverged at epoch 1")
    # the diverged run never became a starting point: Continue has the finished run's weights
    assert window.runs.origin is window.runs.history.get("run-2")


def test_train_twice_gives_two_identical_curves_from_the_same_start(qtbot, linear):
    window = linear
    trigger_and_wait(qtbot, window)
    trigger_and_wait(qtbot, window)
    first, second = window.runs.history.runs
    for key in ("train_loss", "val_loss", "lr"):  # (only the seconds each epoch took differ)
        assert first.series(key) == second.series(key)
    assert first.batch_losses == second.batch_losses
    assert runs_list(window)[0][1] == "same settings"
    plots = window.training.plots
    bold_x, bold_y = epoch_curve(plots.train_curve)
    faint = [epoch_curve(c) for c in plots.earlier["run-1"] if c.getViewBox() is plots.epoch_plot.getViewBox()]
    assert any(np.array_equal(x, bold_x) and np.allclose(y, bold_y) for x, y in faint)  # drawn over each other
    assert bold_x[0] == 1  # both from epoch 1


def test_continue_gives_a_continuing_curve(qtbot, linear):
    window = linear
    window.graph.training["epochs"] = 5
    assert not window.actionContinue.isEnabled()  # nothing to continue from yet
    trigger_and_wait(qtbot, window)
    assert window.actionContinue.isEnabled()
    trigger_and_wait(qtbot, window, "actionContinue")
    first, second = window.runs.history.runs
    assert (second.start, second.parent, second.epoch_offset) == ("continue", "run-1", 5)
    plots = window.training.plots
    x, y = epoch_curve(plots.train_curve)
    assert list(x) == [6, 7, 8, 9, 10]  # the x axis goes on from the last epoch
    assert y[0] < 0.5 * first.series("train_loss")[0]  # from trained weights, not from scratch
    assert y[0] <= 1.5 * first.final("train_loss")
    assert "continues Run 1 from epoch 5" in plots.caption.text() and plots.markers  # said on the curves
    assert runs_list(window)[0][1] == "continues Run 1"
    trigger_and_wait(qtbot, window)  # Train is fresh again, whatever came before
    assert window.runs.history.latest().start == "fresh"
    assert list(epoch_curve(plots.train_curve)[0]) == [1, 2, 3, 4, 5]
    assert window.runs.history.latest().series("train_loss") == first.series("train_loss")


def test_reset_weights_leaves_nothing_to_continue(qtbot, linear):
    window = linear
    trigger_and_wait(qtbot, window)
    window.actionResetWeights.trigger()
    assert not window.actionContinue.isEnabled() and "Weights reset" in window.statusBar().currentMessage()
    window.actionContinue.trigger()  # also by its shortcut: refused, with the reason
    assert not window.training.controller.running


def test_new_clears_every_panel(qtbot, window, examples_dir):
    window.open_example(examples_dir / "moons_mlp.nodeflow", ask=False)
    window.graph.training["epochs"] = 5
    window.show()
    trigger_and_wait(qtbot, window)
    dock = window.training
    trigger_and_wait(qtbot, window)  # a second run: the first shows faint
    assert dock.results.last_boundary is not None and dock.inspect.grad_history and dock.plots.earlier
    assert dock.landscape.button.isEnabled()
    window.actionNew.trigger()
    assert dock.results.last_boundary is None and dock.results.last_results is None
    assert not any(v.isVisibleTo(dock.results) for v in dock.results.views)
    assert dock.results.summary.text() == "Results appear when training runs."
    assert not dock.inspect.grad_history and dock.inspect.node_box.count() == 0
    assert not dock.landscape.button.isEnabled() and dock.landscape.image.image is None
    assert dock.plots.batch_count() == 0 and dock.plots.epoch_count() == 0 and not dock.plots.earlier
    assert runs_list(window) == [] and dock.progress.label.text() == "Idle"
    assert window.statusBar().currentMessage() == "" and window.analysis_label.isVisible()
    assert not window.actionContinue.isEnabled()  # no weights from the other document


def test_opening_another_example_shows_only_its_runs(qtbot, window, examples_dir):
    window.open_example(examples_dir / "xor_mlp.nodeflow", ask=False)
    window.graph.training["epochs"] = 60
    window.show()
    trigger_and_wait(qtbot, window)
    moons = next(a for a in window.examples_menu.actions() if a.data() and a.data().endswith("moons_mlp.nodeflow"))
    moons.trigger()  # File ▸ Examples ▸ Two moons
    assert runs_list(window) == [] and not window.training.plots.earlier
    window.graph.training["epochs"] = 4
    trigger_and_wait(qtbot, window)
    assert [r[0] for r in runs_list(window)] == ["Run 1"]
    plots = window.training.plots
    assert not plots.earlier  # no faint curve from the other graph...
    assert plots.epoch_plot.viewRange()[0][1] < 10  # ...and the axes fit this graph's 4 epochs


def test_runs_survive_closing_and_reopening_the_window(qtbot, make_window, examples_dir, tmp_path):
    window = make_window()
    window.open_example(examples_dir / "xor_mlp.nodeflow", ask=False)
    window.graph.training["epochs"] = 3
    path = tmp_path / "xor.nodeflow"
    path.write_text("{}")
    os.chmod(path, 0o640)  # a graph others in the group may read: its weights and runs likewise
    assert window.files.save_as(path)
    trigger_and_wait(qtbot, window)
    trigger_and_wait(qtbot, window)
    runs_file = tmp_path / "xor.runs.json"
    assert runs_file.exists()  # written when a run ends: nothing to save by hand
    assert stat.S_IMODE(runs_file.stat().st_mode) == 0o640
    window.actionSave.trigger()
    assert stat.S_IMODE((tmp_path / "xor.npz").stat().st_mode) == 0o640
    # rename Run 1 in the list, hide Run 2
    view = window.training.runs_view
    item = view.item_for("run-1")
    item.setText(0, "baseline")
    view.item_for("run-2").setCheckState(0, Qt.CheckState.Unchecked)
    assert [r.name for r in window.runs.history] == ["baseline", "Run 2"]
    window.close()

    again = make_window(str(path))
    assert [r[0] for r in runs_list(again)] == ["Run 2", "baseline"]
    assert not again.runs.history.get("run-2").visible
    assert "Run 2's trained weights loaded" in again.statusBar().currentMessage()
    # the saved weights are Run 2's: Continue counts on from its epochs
    trigger_and_wait(qtbot, again, "actionContinue")
    latest = again.runs.history.latest()
    assert (latest.name, latest.parent, latest.epoch_offset) == ("Run 3", "run-2", 3)
    # delete a run with the Delete key in the list
    view = again.training.runs_view
    view.tree.setCurrentItem(view.item_for("run-1"))
    QTest.keyClick(view.tree, Qt.Key.Key_Delete)
    assert [r.id for r in again.runs.history] == ["run-2", "run-3"]
    assert [r["id"] for r in json.loads(runs_file.read_text())["runs"]] == ["run-2", "run-3"]


def test_a_corrupt_runs_file_is_reported_and_kept(qtbot, make_window, examples_dir, tmp_path):
    window = make_window()
    window.open_example(examples_dir / "xor_mlp.nodeflow", ask=False)
    path = tmp_path / "xor.nodeflow"
    assert window.files.save_as(path)
    window.close()
    (tmp_path / "xor.runs.json").write_text("{ this is not json")
    again = make_window(str(path))
    assert "Earlier runs not loaded: xor.runs.json: not valid JSON" in again.statusBar().currentMessage()
    again.graph.training["epochs"] = 2
    trigger_and_wait(qtbot, again)  # training goes on; the unreadable file is set aside, not lost
    assert (tmp_path / "xor.runs.json.bad").read_text() == "{ this is not json"
    assert json.loads((tmp_path / "xor.runs.json").read_text())["runs"][0]["name"] == "Run 1"


def test_step_one_epoch_at_a_time_then_resume(qtbot, window, examples_dir):
    window.open_example(examples_dir / "moons_mlp.nodeflow", ask=False)
    window.graph.training["epochs"] = 4
    window.show()
    dock, controller = window.training, window.training.controller
    window.actionStepEpoch.trigger()  # idle: a fresh run that pauses after its first epoch
    qtbot.waitUntil(lambda: controller.state == "paused", timeout=20000)
    dock.refresh()
    assert dock.plots.epoch_count() == 1 and window.actionPause.text() == "&Resume"
    assert window.canvas.locked and not window.actionTrain.isEnabled()
    window.actionStepEpoch.trigger()
    qtbot.waitUntil(lambda: controller.state == "paused" and dock.current_run.epochs == [1, 2], timeout=20000)
    dock.refresh()
    assert dock.plots.epoch_count() == 2
    with qtbot.waitSignal(controller.ended, timeout=20000):
        window.actionPause.trigger()  # Resume: on to the end
    assert window.runs.history.latest().result.status == "finished"
    assert window.runs.history.latest().epochs == [1, 2, 3, 4]


def test_slow_motion_shows_every_epoch_as_it_ends(qtbot, window, examples_dir):
    """At a slow speed each epoch reaches the views on its own, with its decision map, so the
    curves and the boundary move epoch by epoch instead of jumping to the end."""
    window.open_example(examples_dir / "moons_mlp.nodeflow", ask=False)
    window.graph.training["epochs"] = 6
    speed = window.findChild(QComboBox, "trainingSpeed")
    speed.setCurrentIndex(speed.findText("20 epochs/s"))
    updates: list[dict] = []
    window.training.controller.update.connect(updates.append)
    trigger_and_wait(qtbot, window)
    epochs = [[e["epoch"] for e in u["epochs"] if not e.get("probe_only")] for u in updates]
    assert [e for e in epochs if e] == [[1], [2], [3], [4], [5], [6]]  # one update per epoch
    assert sum(u["boundary"] is not None for u in updates) >= 6  # a new decision map each epoch
    speed.setCurrentIndex(0)
    assert window.training.controller.speed.label == "Full speed"


def test_a_message_never_overlaps_the_analysis_line(qtbot, make_window, examples_dir, tmp_path):
    window = make_window()
    window.open_example(examples_dir / "xor_mlp.nodeflow", ask=False)
    window.graph.training["epochs"] = 2
    trigger_and_wait(qtbot, window)
    path = tmp_path / "xor.nodeflow"
    assert window.files.save_as(path)
    window.close()
    again = make_window(str(path))  # "weights loaded" is said before the window shows
    again.show()
    qtbot.waitExposed(again)
    assert again.statusBar().currentMessage() and not again.analysis_label.isVisible()
    again.statusBar().clearMessage()
    assert again.analysis_label.isVisible()


def test_help_menu_opens_the_guide_the_shortcuts_and_about(qtbot, window):
    window.actionUserGuide.trigger()
    guide = window.help_windows["guide"]
    assert guide.isVisible() and "Watching a network learn" in guide.browser.toPlainText()
    window.actionShortcuts.trigger()
    table = window.help_windows["shortcuts"].table
    rows = {table.item(i, 1).text(): table.item(i, 0).text() for i in range(table.rowCount())}
    assert rows["Train"] == "F5" and rows["Continue Training"] == "Ctrl+F5" and rows["Step One Epoch"] == "F7"
    window.actionAbout.trigger()
    assert "nodeflow 0.1.0" in window.help_windows["about"].text.text()
