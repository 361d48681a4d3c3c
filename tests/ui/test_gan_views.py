"""The GAN tab drawn from a real run: the training worker's own updates, fed to the panel as the
dock feeds them (1-D densities, the 2-D plane with its heat map and arrows, generated images)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).parents[1]))

from gan_graphs import build_gan, mlp  # noqa: E402

from nodeflow.ui.gan.panel import GanPanel  # noqa: E402
from nodeflow.ui.training.worker import TrainingWorker  # noqa: E402

SPLITS = {"validation_split": 0.0, "test_split": 0.0, "standardize": False}


def run_worker(graph) -> tuple[list[dict], dict]:
    """Train in this thread (signals arrive directly) and keep what the dock would get."""
    worker = TrainingWorker(graph, max_rate=1000.0)
    updates: list[dict] = []
    finished: list[dict] = []
    failed: list[str] = []
    worker.update.connect(updates.append)
    worker.finished.connect(finished.append)
    worker.failed.connect(failed.append)
    worker.run()
    assert not failed, failed
    return updates, finished[0]


def show(qtbot, updates, done) -> GanPanel:
    panel = GanPanel()
    qtbot.addWidget(panel)
    panel.resize(1100, 420)
    panel.show()
    for payload in updates:
        panel.add_update(payload, redraw=False)
    panel.refresh()
    panel.show_final(done)
    return panel


def test_a_2d_run_draws_samples_decision_surface_and_arrows(qtbot):
    data = {"source": "ring", "components": 4, "radius": 2.0, "std": 0.1, "n_samples": 256, "batch_size": 64, **SPLITS}
    graph = build_gan("ring", data, {"shape": [2]}, mlp([16], 2, ("Tanh", {})), mlp([16], 1, last=("Sigmoid", {})),
                      training={"epochs": 3})
    updates, done = run_worker(graph)
    assert any(u.get("gan") is not None for u in updates)  # the picture came live, not only at the end
    panel = show(qtbot, updates, done)
    plane = panel.plane
    assert panel.stack.currentWidget() is plane and plane.isVisible()
    assert plane.image.image.shape == (60, 60)
    assert len(plane.fake.data) == 500 and len(plane.real.data) == 256
    xs, _ys = plane.arrows.getData()
    assert xs is not None and len(xs) == 200 * 6  # shaft and two head strokes per arrow, as point pairs
    curves = panel.curves
    assert set(curves.loss_curves) == {"d_loss", "g_loss"}
    for curve in curves.loss_curves.values():
        assert len(curve.getData()[0]) == 3
    assert len(curves.d_real.getData()[0]) == 3 and len(curves.acc_fake.getData()[0]) == 3
    assert "modes covered" in panel.summary.text() and "Epoch 3" in panel.summary.text()


def test_a_1d_run_draws_two_densities_and_d_of_x(qtbot):
    data = {"source": "gaussian", "dims": 1, "mean": 3.0, "std": 0.5, "n_samples": 256, "batch_size": 64, **SPLITS}
    graph = build_gan("1d", data, {"shape": [1]}, [("Dense", {"units": 1})], mlp([8], 1, last=("Sigmoid", {})),
                      training={"epochs": 2})
    updates, done = run_worker(graph)
    panel = show(qtbot, updates, done)
    density = panel.density
    assert panel.stack.currentWidget() is density
    edges, heights = density.real.getData()
    assert len(edges) == 41 and np.isclose(np.sum(heights) * (edges[1] - edges[0]), 1.0, atol=0.05)
    x, d = density.d_curve.getData()
    assert len(x) == 200 and np.all((d >= 0) & (d <= 1))
    assert "generated mean" in panel.summary.text()


def test_an_image_gan_shows_a_sheet_of_generated_digits(qtbot):
    data = {"source": "digits", "batch_size": 128, "validation_split": 0.0, "test_split": 0.0}
    graph = build_gan("digits", data, {"shape": [8]}, mlp([32], 64), mlp([32], 1, last=("Sigmoid", {})),
                      training={"epochs": 1})
    updates, done = run_worker(graph)
    panel = show(qtbot, updates, done)
    assert panel.stack.currentWidget() is panel.digits
    sheet = panel.digits.image.image
    assert sheet.shape == (6 * 9 - 1, 8 * 9 - 1)  # 48 images of 8x8, 8 a row, 1-pixel gaps
    assert np.allclose(panel.last_probe["levels"], (0.0, 16.0), atol=1e-4)  # drawn on the real digits' grey scale (0..16)


@pytest.mark.parametrize("size", [(1600, 300), (700, 500)])
def test_curves_sit_side_by_side_in_a_low_strip_and_stack_in_a_tall_one(qtbot, size):
    panel = GanPanel()
    qtbot.addWidget(panel)
    panel.resize(*size)
    panel.show()
    qtbot.waitExposed(panel)

    def placed() -> bool:
        loss, d = panel.curves.loss_view.geometry(), panel.curves.d_view.geometry()
        return d.left() >= loss.right() if size[0] > 2 * size[1] else d.top() >= loss.bottom()

    qtbot.waitUntil(placed, timeout=2000)
