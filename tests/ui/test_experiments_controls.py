"""The window's run controls and the variants: Pause (F6) and Stop act on every variant, each
variant keeps its own state in the table, another document stops and forgets them, and the
Landscape tab draws the paths while they train."""

from __future__ import annotations

import pytest

from nodeflow.experiments import presets
from nodeflow.graph import runs as R
from nodeflow.ui.experiments.dialog import Choice

pytestmark = pytest.mark.e2e


class Answer:
    def __init__(self, specs, epochs):
        self.choice = Choice(list(specs), epochs)

    def choose(self, parent, graph):
        return self.choice


def open_copy(window, examples_dir, tmp_path, name):
    target = tmp_path / f"{name}.nodeflow"
    target.write_text((examples_dir / f"{name}.nodeflow").read_text())
    window.files.open(str(target))
    window.show()
    return target


def start(qtbot, window, specs, epochs=100_000):
    experiments = window.experiments
    experiments.dialogs = Answer(specs, epochs)
    window.actionRunVariants.trigger()
    assert experiments.running, window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: sum(bool(o.run.epochs) for o in experiments.sweep.outcomes) >= 1, timeout=60_000)
    return experiments


def test_pause_and_stop_of_the_window_act_on_every_variant(qtbot, window, examples_dir, tmp_path):
    open_copy(window, examples_dir, tmp_path, "moons_mlp")
    experiments = start(qtbot, window, presets.optimizer_race(window.graph))
    panel = experiments.panel
    assert window.actionPause.isEnabled() and window.actionStop.isEnabled()
    assert not window.actionTrain.isEnabled() and not window.actionContinue.isEnabled()
    assert not window.actionStepEpoch.isEnabled()
    states = set(panel.table.column_texts("status"))
    assert "running" in states and states <= {"running", "waiting"}  # 5 variants, one worker per core
    assert window.actionPause.shortcut().toString() == "F6"
    window.actionPause.trigger()  # what F6 does
    assert experiments.sweep.paused and window.actionPause.text() == "&Resume"
    assert set(panel.table.column_texts("status")) <= {"paused", "waiting"}
    qtbot.wait(600)  # every variant holds within a batch ...
    epochs = [len(o.run.epochs) for o in experiments.sweep.outcomes]
    qtbot.wait(800)
    assert [len(o.run.epochs) for o in experiments.sweep.outcomes] == epochs  # ... and stays there
    window.actionPause.trigger()
    assert not experiments.sweep.paused and window.actionPause.text() == "&Pause"
    with qtbot.waitSignal(experiments.finished, timeout=60_000):
        window.actionStop.trigger()
    assert all(o.status == R.STOPPED for o in experiments.sweep.outcomes)
    assert set(panel.table.column_texts("status")) == {"stopped"}
    assert window.actionTrain.isEnabled() and not window.actionPause.isEnabled() and not window.actionStop.isEnabled()


def test_another_document_stops_the_variants_and_none_of_their_curves_stays(qtbot, window, examples_dir, tmp_path):
    open_copy(window, examples_dir, tmp_path, "moons_mlp")
    experiments = start(qtbot, window, ["adam.lr=0.01,0.02"])
    old = experiments.sweep
    panel = experiments.panel
    assert panel.curves.curve_count() >= 1
    open_copy(window, examples_dir, tmp_path, "linear_regression")
    assert experiments.sweep is None and not experiments.running
    assert all(o.ended and o.status == R.STOPPED for o in old.outcomes)
    assert panel.curves.curve_count() == 0 and panel.table.rowCount() == 0
    assert window.actionTrain.isEnabled() and window.actionRunVariants.isEnabled()
    assert window.training.book.history.runs == []  # the moons variants are not this document's runs
    qtbot.wait(1500)  # their late messages reach nothing
    assert panel.curves.curve_count() == 0 and panel.table.rowCount() == 0
    # the next race, in the same worker processes, shows only its own curves
    experiments.dialogs = Answer(["sgd.lr=0.05,0.1"], 3)
    with qtbot.waitSignal(experiments.finished, timeout=120_000):
        window.actionRunVariants.trigger()
    assert panel.curves.legend_labels() == ["0.05", "0.1"]
    assert all(o.status == R.FINISHED and len(o.run.epochs) == 3 for o in experiments.sweep.outcomes)
    assert [r.name for r in window.training.book.history.runs] == ["sgd.lr=0.05", "sgd.lr=0.1"]


def test_the_landscape_draws_every_path_while_the_variants_train(qtbot, window, examples_dir, tmp_path):
    open_copy(window, examples_dir, tmp_path, "linear_regression")
    experiments = start(qtbot, window, presets.optimizer_race(window.graph))
    panel = experiments.panel
    panel.tabs.setCurrentWidget(panel.landscape)
    assert panel.landscape.update_now.isEnabled()
    with qtbot.waitSignal(experiments.surfaceUpdated, timeout=60_000):
        panel.landscape.update_now.click()
    assert experiments.running  # drawn while they train
    assert panel.landscape.path_count() >= 1
    first = panel.landscape.updates
    with qtbot.waitSignal(experiments.surfaceUpdated, timeout=30_000):  # by itself, every few seconds
        pass
    assert panel.landscape.updates > first
    with qtbot.waitSignal(experiments.surfaceReady, timeout=60_000):
        window.actionStop.trigger()
    begun = sum(o.started for o in experiments.sweep.outcomes)  # (those still waiting for a worker have no path)
    assert begun >= 1 and panel.landscape.path_count() == begun
    assert not panel.landscape.update_now.isEnabled()


def test_a_diverged_variant_stops_alone_while_the_other_goes_on(qtbot, window, examples_dir, tmp_path):
    open_copy(window, examples_dir, tmp_path, "linear_regression")
    experiments = window.experiments
    experiments.dialogs = Answer(["sgd.lr=5,0.05"], 100_000)
    window.actionRunVariants.trigger()
    sweep = experiments.sweep
    bad, good = sweep.outcomes
    qtbot.waitUntil(lambda: bad.ended, timeout=60_000)
    assert bad.status == R.DIVERGED and not good.ended and experiments.running
    panel = experiments.panel
    rows = dict(zip(panel.table.settings(), zip(panel.table.column_texts("status"),
                                                panel.table.column_texts("diverged"), strict=True), strict=True))
    assert rows["sgd.lr=5"] == ("diverged", "yes") and rows["sgd.lr=0.05"][0] in ("running", "waiting")
    epochs = len(good.run.epochs)
    qtbot.waitUntil(lambda: len(good.run.epochs) > epochs + 2, timeout=60_000)  # ... it goes on
    with qtbot.waitSignal(experiments.finished, timeout=60_000):
        window.actionStop.trigger()
    assert good.status == R.STOPPED and bad.status == R.DIVERGED
