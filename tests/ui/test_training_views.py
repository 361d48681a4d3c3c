"""The training dock's views: results, decision map, inspection, exports, settings, gradcheck."""

from __future__ import annotations

import csv

import numpy as np
import pytest
from PySide6.QtGui import QUndoStack

from nodeflow.compute.network import Network
from nodeflow.graph import load
from nodeflow.ui.training import probes
from nodeflow.ui.training.dock import TrainingDock


@pytest.fixture
def make_dock(qtbot):
    docks = []

    def make(graph, **kwargs):
        dock = TrainingDock(graph, **kwargs)
        qtbot.addWidget(dock)
        docks.append(dock)
        return dock

    yield make
    for dock in docks:
        dock.shutdown()


def example_dock(make_dock, examples_dir, name: str, epochs: int) -> TrainingDock:
    graph = load(examples_dir / f"{name}.nodeflow")
    graph.training["epochs"] = epochs
    return make_dock(graph)


def run(qtbot, dock) -> dict:
    done: list[dict] = []
    dock.controller.finished.connect(done.append)
    with qtbot.waitSignal(dock.controller.ended, timeout=30000):
        assert dock.train()
    assert done, "training did not finish"
    return done[0]


def test_moons_results_boundary_and_exports(qtbot, make_dock, examples_dir, tmp_path):
    graph = load(examples_dir / "moons_mlp.nodeflow")
    graph.training["epochs"] = 8
    dock = make_dock(graph)
    done = run(qtbot, dock)
    results = done["results"]
    assert results["kind"] == "classification" and results["split"] == "test"
    matrix = results["confusion"]
    assert matrix.shape == (2, 2)
    assert matrix.sum() == 100  # 500 samples, the default 20% test split
    assert abs(results["accuracy"] - done["test_acc"]) < 1e-9  # same predictions as the trainer's
    b = done["boundary"]
    assert b["image"].shape == (100, 100) and 0.0 <= b["image"].min() <= b["image"].max() <= 1.0
    assert b["points"].shape[1] == 2 and len(b["points"]) == len(b["labels"])
    assert dock.results.confusion_view.isVisibleTo(dock.results) or not dock.isVisible()
    assert dock.results.last_results is results
    # inspection received histograms and gradient means for every layer with weights
    assert set(dock.inspect.grad_history) == {"fc1", "fc2", "fc3"}
    heat = dock.inspect.heatmap("fc1", "gradients")
    assert heat is not None and heat.shape == (probes.BINS, 8)
    np.testing.assert_allclose(heat.sum(axis=0), 1.0, rtol=1e-5)
    # exports
    path = dock.plots.export_csv(tmp_path / "history.csv")
    rows = list(csv.DictReader(path.open()))
    assert [int(r["epoch"]) for r in rows] == list(range(1, 9))
    assert all(float(r["train_loss"]) > 0 and 0 <= float(r["val_acc"]) <= 1 for r in rows)
    png = dock.plots.export_png(tmp_path / "plots.png", width=800)
    assert png.stat().st_size > 1000


def test_results_tab_says_when_it_has_something_new(qtbot, make_dock, examples_dir):
    from nodeflow.ui.training.dock import RESULTS, RESULTS_NEW

    dock = example_dock(make_dock, examples_dir, "moons_mlp", 3)
    index = dock.tabs.indexOf(dock.results)
    assert dock.tabs.tabText(index) == RESULTS
    run(qtbot, dock)  # the Curves tab is in front
    assert dock.tabs.tabText(index) == RESULTS_NEW
    dock.tabs.setCurrentIndex(index)
    assert dock.tabs.tabText(index) == RESULTS


def test_loss_surface_of_linear_regression_is_the_bowl_around_the_line(qtbot, make_dock, examples_dir):
    dock = example_dock(make_dock, examples_dir, "linear_regression", 30)
    view = dock.landscape
    assert not view.button.isEnabled()  # nothing trained yet
    run(qtbot, dock)
    assert view.button.isEnabled()
    trained = dock.controller.network.flat_w.copy()
    with qtbot.waitSignal(view.runner.ended, timeout=30000):
        assert view.compute()
    surface = view.surface
    assert surface is not None and surface.axes == ("dense W", "dense b")
    j, i = np.unravel_index(np.nanargmin(surface.loss), surface.loss.shape)
    assert surface.alphas[i] == pytest.approx(2.0, abs=0.25)  # the bottom of the bowl: slope 2...
    assert surface.betas[j] == pytest.approx(-1.0, abs=0.25)  # ...intercept -1, where the data came from
    assert surface.path[-1] == pytest.approx(trained.astype(float), rel=1e-6)  # the path ends at the result
    assert len(surface.path) > 10  # one point per epoch, from the start
    np.testing.assert_array_equal(dock.controller.network.flat_w, trained)  # weights put back
    assert len(view.contours) == 8 and "two weights" in view.summary.text()
    assert dock.train()  # a new run: the old surface no longer belongs to the network being trained
    assert not view.button.isEnabled()
    with qtbot.waitSignal(dock.controller.ended, timeout=20000):
        pass


def test_no_surface_for_a_diverged_run(qtbot, make_dock, examples_dir):
    dock = example_dock(make_dock, examples_dir, "linear_regression", 5)
    optimizer = next(n for n in dock.graph.nodes.values() if n.spec.category == "optimizer")
    optimizer.params["lr"] = 50.0  # journey 3: far too large
    run_failed: list[str] = []
    dock.controller.failed.connect(run_failed.append)
    with qtbot.waitSignal(dock.controller.ended, timeout=20000):
        assert dock.train()
    assert run_failed and "diverged" in run_failed[0]
    assert not dock.landscape.button.isEnabled()
    assert "No surface: training diverged" in dock.landscape.summary.text()


@pytest.mark.parametrize(("seconds", "steps"), [(1e-5, 51), (0.003, 31), (1.0, 15)])
def test_surface_grid_is_as_fine_as_its_time_allows(seconds, steps) -> None:
    from nodeflow.ui.training.landscape_view import grid_steps

    assert grid_steps(seconds) == steps


def test_second_run_keeps_the_first_faintly(qtbot, make_dock, examples_dir):
    graph = load(examples_dir / "xor_mlp.nodeflow")
    graph.training["epochs"] = 3
    dock = make_dock(graph)
    run(qtbot, dock)
    run(qtbot, dock)
    assert len(dock.plots.earlier) == 1 and dock.plots.epoch_count() == 3


def test_plots_span_the_planned_run_then_fit_the_data(qtbot):
    """While training, the x axes cover the planned epochs (no axis re-layout per repaint, and
    the curves grow like a progress bar); when the run ends they fit what was trained."""
    from nodeflow.ui.training.plots import TrainingPlots

    plots = TrainingPlots()
    qtbot.addWidget(plots)
    plots.begin_run(50)
    for i in range(1, 4):
        epoch = {"epoch": i, "train_loss": 1 / i, "val_loss": 1.1 / i, "train_acc": 0.5, "val_acc": 0.4, "lr": 0.1}
        plots.add_update({"batch": {"batches": 10}, "losses": np.ones(10), "epochs": [epoch]}, redraw=False)
    plots.refresh(force=True)
    assert plots.epoch_plot.viewRange()[0][1] >= 50
    assert plots.lr_plot.viewRange()[0][1] >= 50
    assert plots.batch_plot.viewRange()[0][1] >= 500  # 50 epochs of 10 batches
    plots.end_run()
    assert plots.epoch_plot.viewRange()[0][1] < 5  # 3 epochs trained
    assert plots.batch_plot.viewRange()[0][1] < 40


def test_long_runs_draw_about_as_many_points_as_pixels(qtbot):
    """200,000 batches and 5,000 epochs: each curve, and an earlier run's faint copy, strokes
    a downsampled line (stroking every point of a 2 px line cost 50 ms a redraw)."""
    from nodeflow.ui.training.plots import TrainingPlots

    plots = TrainingPlots()
    qtbot.addWidget(plots)
    plots.resize(1200, 300)
    plots.show()
    qtbot.waitExposed(plots)
    from nodeflow.graph.runs import Run

    first = Run("run-1", "Run 1")
    for run in (first, Run("run-2", "Run 2")):  # the second run shows the first as ghosts
        plots.begin_run(5000, run, others=[first])
        losses = np.random.default_rng(0).random(200_000)
        plots.add_batches(losses, redraw=False)
        run.record_batches(losses)
        for i in range(1, 5001):
            event = {"epoch": i, "train_loss": 1 / i, "val_loss": 1 / i, "train_acc": 0.5, "val_acc": 0.5, "lr": 0.1}
            plots.add_epoch(event, redraw=False)
            run.record_epoch(event)
        plots.refresh()
        plots.end_run()
        qtbot.wait(1)
    drawn = {
        name: len(curve.curve.xData)
        for name, curve in [("batch", plots.batch_curve), ("smooth", plots.smooth_curve),
                            ("train", plots.train_curve), ("ghost", next(iter(plots.earlier.values()))[0])]
    }
    assert all(n < 10_000 for n in drawn.values()), drawn


def test_redraws_are_paced_by_the_gui_time_they_cost(qtbot, make_dock, examples_dir):
    from nodeflow.ui.training.pacer import RedrawPacer

    dock = make_dock(load(examples_dir / "xor_mlp.nodeflow"))
    cpu, wall = [0.0], [0.0]
    dock.pacer = RedrawPacer(budget=0.05, fastest=0.1, slowest=1.0,
                             cpu_clock=lambda: cpu[0], wall_clock=lambda: wall[0])
    dock.refresh()
    assert dock.redraw_timer.interval() == 100
    cpu[0], wall[0] = 0.03, 0.1  # 30 ms of GUI work per redraw: 5% allows one every 600 ms
    dock.refresh()
    assert dock.redraw_timer.interval() == 300  # at most 3x longer per step
    cpu[0], wall[0] = 0.06, 0.4
    dock.refresh()
    assert dock.redraw_timer.interval() == 600


def test_progress_bar_redraws_a_few_times_a_second(qtbot, monkeypatch):
    """QProgressBar.setValue repaints at once, holding the GIL: the bar follows at most every
    MIN_INTERVAL, except when asked (pause shows exactly where it stopped)."""
    from nodeflow.ui.training import progress as progress_module

    clock = [100.0]
    monkeypatch.setattr(progress_module.time, "perf_counter", lambda: clock[0])
    bar = progress_module.TrainingProgress()
    qtbot.addWidget(bar)
    bar.start(10)
    event = {"epoch": 2, "batch": 5, "batches": 10, "samples_per_s": 1000.0}
    bar.update_batch(event)
    assert bar.bar.value() == 150 and "Epoch 2/10 · batch 5/10" in bar.label.text()
    bar.update_batch({**event, "batch": 6})
    assert "batch 5/10" in bar.label.text()  # too soon: skipped
    bar.update_batch({**event, "batch": 7}, force=True)
    assert "batch 7/10" in bar.label.text()
    clock[0] += progress_module.MIN_INTERVAL
    bar.update_batch({**event, "batch": 8})
    assert "batch 8/10" in bar.label.text() and bar.bar.value() == 180


def test_a_new_run_redraws_soon_whatever_the_last_spacing(qtbot, make_dock, examples_dir):
    dock = example_dock(make_dock, examples_dir, "xor_mlp", 2)
    dock.redraw_timer.setInterval(1000)  # where the end of a costly run may leave it
    run(qtbot, dock)
    dock.redraw_timer.setInterval(1000)
    assert dock.train()
    assert dock.redraw_timer.interval() == 100  # set by train() itself, before any redraw
    with qtbot.waitSignal(dock.controller.ended, timeout=20000):
        pass


@pytest.mark.parametrize(("seconds", "text"), [(0.031, "0.031 s"), (0.7, "0.7 s"), (4.23, "4.2 s"),
                                               (42.4, "42 s"), (185, "3:05")])
def test_durations_read_naturally(seconds, text) -> None:
    from nodeflow.ui.training.progress import format_duration

    assert format_duration(seconds) == text


def test_status_says_how_long_the_run_took(qtbot, make_dock, examples_dir):
    dock = example_dock(make_dock, examples_dir, "xor_mlp", 2)
    messages: list[str] = []
    dock.statusMessage.connect(messages.append)
    done = run(qtbot, dock)
    assert done["seconds"] > 0
    assert messages and messages[-1].startswith("Run 1 finished after 2 epochs in ")
    assert " s" in messages[-1]


def test_regression_scatter(qtbot, make_dock, examples_dir):
    dock = example_dock(make_dock, examples_dir, "linear_regression", 5)
    done = run(qtbot, dock)
    res = done["results"]
    assert res["kind"] == "regression" and res["pred"].shape == res["target"].shape
    assert res["split"] == "test" and len(res["pred"]) > 10
    assert done["boundary"] is None  # 1-D input: no decision map
    assert np.corrcoef(res["pred"], res["target"])[0, 1] > 0.9
    # one input feature: the data and the model's line through them, drawn in the Results tab
    assert res["x"].shape == res["target"].shape
    slope = np.polyfit(res["curve_x"], res["curve_y"], 1)[0]
    assert np.allclose(np.polyval(np.polyfit(res["curve_x"], res["curve_y"], 1), res["curve_x"]), res["curve_y"],
                       atol=1e-4)  # a Dense layer alone draws a straight line
    assert slope > 1  # heading for the data's slope of 2
    dock.results.show_results(res)
    assert dock.results.fit_view.isVisibleTo(dock.results) and len(dock.results.fit_curve.xData) == len(res["curve_x"])


def test_small_weights_travel_live_and_reach_the_dock_signal(qtbot, make_dock, examples_dir):
    dock = example_dock(make_dock, examples_dir, "linear_regression", 30)
    payloads: list[dict] = []
    dock.learnedChanged.connect(payloads.append)
    run(qtbot, dock)
    assert payloads, "no live weights reached the window"
    last = payloads[-1]
    assert set(last) == {"dense/W", "dense/b"}  # 1 and 1 values: small enough to read
    assert last["dense/W"].ravel()[0] == pytest.approx(2.0, abs=0.05)


def test_model_curve_only_for_a_single_input_feature(examples_dir) -> None:
    from nodeflow.compute.trainer import Trainer

    trainer = Trainer(load(examples_dir / "moons_mlp.nodeflow"), epochs=1)
    trainer.source.load()
    x, y = trainer.splits.test  # two input features
    res = probes.regression_results(trainer.network, x, y.astype(np.float64), "test")
    assert "curve_x" not in res and "x" not in res
    assert len(res["pred"]) == len(x)


def test_confusion_counts() -> None:
    truth = np.array([0, 0, 1, 2, 2, 2])
    pred = np.array([0, 1, 1, 2, 0, 2])
    m = probes.confusion(truth, pred, 3)
    assert m.tolist() == [[1, 1, 0], [0, 1, 0], [1, 0, 2]]
    assert probes.predicted_labels(np.array([[0.2], [0.7]])).tolist() == [0, 1]
    assert probes.true_labels(np.eye(3)[[2, 0]]).tolist() == [2, 0]


def test_boundary_of_a_compiled_network(examples_dir) -> None:
    graph = load(examples_dir / "xor_mlp.nodeflow")
    net = Network.compile(graph)
    x = np.random.default_rng(0).normal(size=(50, 2)).astype(np.float32)
    y = (x[:, 0] * x[:, 1] > 0).astype(np.int64)
    b = probes.boundary(net, x, y, steps=30)
    assert b["image"].shape == (30, 30) and b["classes"] == 2
    # the image is P(class 1) at each grid point: equal to predicting that point directly
    x0, y0, w, h = b["rect"]
    corner = net.predict(np.array([[x0, y0]], np.float32))[0, 1]
    assert abs(b["image"][0, 0] - corner) < 1e-5
    assert probes.boundary(net, np.zeros((5, 3), np.float32), y[:5]) is None


def test_settings_edit_through_undo(qtbot, examples_dir) -> None:
    from nodeflow.ui.training.training_panel import TrainingSettings

    graph = load(examples_dir / "xor_mlp.nodeflow")
    stack = QUndoStack()
    panel = TrainingSettings(graph, stack)
    qtbot.addWidget(panel)
    assert panel.editors["epochs"].value() == 100
    panel.editors["epochs"].setValue(12)
    panel.editors["patience"].setValue(3)
    assert graph.training["epochs"] == 12 and graph.training["patience"] == 3
    stack.undo()
    stack.undo()
    assert graph.training["epochs"] == 100 and "patience" not in graph.training
    assert panel.editors["epochs"].value() == 100
    graph.set_training("seed", 7)
    assert panel.editors["seed"].value() == 7
    panel.detach()


def test_gradcheck_runner_says_what_it_measured(qtbot, examples_dir) -> None:
    from dataclasses import replace

    from nodeflow.ui.training.gradcheck_view import GradcheckRunner, summary, verdict

    runner = GradcheckRunner()
    got: list[dict] = []
    runner.finished.connect(got.append)
    with qtbot.waitSignal(runner.ended, timeout=30000):
        assert runner.start(load(examples_dir / "xor_mlp.nodeflow"))
    checks = got[0]
    assert set(checks) == {"fc1", "fc2"} and max(runner.errors.values()) < 1e-6
    worst = max(checks.values(), key=lambda c: c.measured)
    assert 0 < worst.measured < 1e-6 and worst.where.startswith(("W[", "b["))
    line = summary(checks)
    # the largest difference actually measured, and where: not "0.0e+00"
    assert f"{worst.measured:.1e}" in line and f"{worst.node} {worst.where}" in line and "0.0e+00" not in line
    label, color, tip = verdict(checks["fc1"])
    assert label == "✓ grad" and color.name() == "#2e9d5b" and "largest relative difference" in tip
    broken = replace(checks["fc2"], error=3e-2, measured=3e-2)
    label, color, _tip = verdict(broken)
    assert label == "✗ grad 3e-02" and color.name() == "#c0392b"
    assert "1 of 2 layers disagree" in summary({"fc1": checks["fc1"], "fc2": broken})


def test_results_are_readable_at_the_default_dock_size(qtbot):
    """A 10x10 confusion matrix keeps legible counts inside their cells, and the decision
    boundary is drawn to scale (one unit as long on both axes) in a low, wide dock."""
    from nodeflow.ui.training.results import ResultsView

    view = ResultsView()
    qtbot.addWidget(view)
    view.resize(900, 240)  # the training dock's tab area at the window's default size
    view.show()
    qtbot.waitExposed(view)
    rng = np.random.default_rng(0)
    matrix = rng.integers(0, 40, size=(10, 10)) + np.diag(np.full(10, 300))
    view.add_update({"results": {"kind": "classification", "split": "test", "confusion": matrix,
                                 "per_class": np.full(10, 0.9), "accuracy": 0.9},
                     "boundary": {"image": rng.random((20, 20)), "classes": 2, "rect": [-3.0, -1.0, 6.0, 2.0],
                                  "points": rng.random((10, 2)), "labels": np.arange(10) % 2}})
    qtbot.wait(10)
    confusion = view.confusion_view
    assert confusion.isVisible() and confusion.height() > 150
    assert confusion.count_font_px() >= 8  # legible, and sized to fit "300"-wide counts in a cell
    grid, cell, font, _labels = confusion._layout()
    from PySide6.QtGui import QFontMetricsF

    assert QFontMetricsF(font).horizontalAdvance("339") < cell and QFontMetricsF(font).height() < cell
    assert confusion.cell_at(grid.left() + 2.5 * cell, grid.top() + 7.5 * cell) == (7, 2)
    plot = view.boundary_plot
    assert view.boundary_view.isVisible()
    (x0, x1), (y0, y1) = plot.viewRange()
    rect = plot.getViewBox().sceneBoundingRect()
    assert (rect.width() / (x1 - x0)) == pytest.approx(rect.height() / (y1 - y0), rel=0.02)  # equal axes
    assert x1 - x0 >= 6.0 and y1 - y0 >= 2.0  # the whole map is in view
