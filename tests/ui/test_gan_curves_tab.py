"""The window's Curves tab with several objectives (issue 13): one loss curve per objective,
named by its loss node in the colour key, each optimizer's learning rate, and D's accuracy on
real and on generated samples; a one-objective graph's Curves tab is as before."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parents[1]))

from gan_graphs import build_gan, mlp  # noqa: E402

from nodeflow.graph import io  # noqa: E402
from nodeflow.ui.training.plots import _key_text  # noqa: E402

DATA = {"source": "gaussian", "dims": 1, "mean": 4.0, "std": 0.5, "n_samples": 128, "batch_size": 32,
        "standardize": False, "validation_split": 0.0, "test_split": 0.0}
EPOCHS = 6


def train(qtbot, make_window, path):
    window = make_window(str(path))
    window.show()
    dock = window.training
    with qtbot.waitSignal(dock.controller.ended, timeout=120_000):
        window.actionTrain.trigger()
    dock.tabs.setCurrentWidget(dock.plots)
    dock.refresh()
    return window, dock.plots


def test_both_losses_and_d_accuracy_on_the_curves_tab(qtbot, make_window, tmp_path):
    graph = build_gan("curves", dict(DATA), {"shape": [1]}, mlp([8], 1), mlp([8], 1, last=("Sigmoid", {})),
                      d_opt=("Adam", {"lr": 0.005, "beta1": 0.5}), g_opt=("Adam", {"lr": 0.001, "beta1": 0.5}),
                      training={"epochs": EPOCHS})
    path = tmp_path / "gan.nodeflow"
    io.save(graph, path)
    window, plots = train(qtbot, make_window, path)
    run = window.training.book.history.latest()
    assert list(plots.loss_curves) == ["d_loss", "g_loss"]  # round order
    assert plots.loss_curves["d_loss"] is plots.train_curve
    for loss_id, curve in plots.loss_curves.items():
        xs, ys = curve.getData()
        assert list(xs) == list(range(1, EPOCHS + 1)), loss_id
        np.testing.assert_allclose(ys, run.losses[loss_id], rtol=1e-12)  # what the trainer reported
    for key, curve in plots.d_acc_curves.items():
        xs, ys = curve.getData()
        assert len(xs) == EPOCHS and np.all((ys >= 0) & (ys <= 1)), key
    assert plots.acc_plot.isVisible()
    assert plots.acc_plot.titleLabel.text == "D's accuracy"
    key = plots.key.text()
    for word in ("d_loss", "g_loss", "D right on real", "D right on generated"):
        assert word in key
    assert "validation" not in key  # no validation split
    assert plots.batch_plot.titleLabel.text == "Loss per batch (d_loss)"
    _xs, g_lr = plots.lr_curves["g_opt"].getData()  # each optimizer's rate
    _xs, d_lr = plots.lr_curve.getData()
    assert set(g_lr) == {0.001} and set(d_lr) == {0.005}

    out = plots.export_csv(tmp_path / "history.csv")
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) == EPOCHS
    assert {"loss:d_loss", "loss:g_loss", "acc_real", "acc_fake"} <= set(rows[0])
    assert float(rows[-1]["loss:g_loss"]) == run.losses["g_loss"][-1]

    # the run picked again from its record: both losses come back
    plots.show_runs(run, [])
    assert list(plots.loss_curves) == ["d_loss", "g_loss"]
    assert len(plots.loss_curves["g_loss"].getData()[0]) == EPOCHS


def test_one_objective_curves_are_as_before(qtbot, make_window, examples_dir, tmp_path):
    copy = tmp_path / "xor_mlp.nodeflow"  # a copy: the run's history is saved beside the file, not in examples/
    copy.write_bytes((examples_dir / "xor_mlp.nodeflow").read_bytes())
    window, plots = train(qtbot, make_window, copy)
    assert plots.loss_curves == {} and plots.lr_curves == {}
    assert plots.key.text() == _key_text()
    assert plots.acc_plot.titleLabel.text == "Accuracy"
    assert plots.batch_plot.titleLabel.text == "Loss per batch"
    for curve in plots.d_acc_curves.values():
        assert len(curve.getData()[0] if curve.getData()[0] is not None else []) == 0
