"""The GAN views' probe: it finds G and D in a graph, evaluates them as training does, its
arrows are the generator loss's true gradient, and it leaves training exactly as it was."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).parent))

from gan_graphs import build_gan, mlp  # noqa: E402

from nodeflow.compute.trainer import Trainer  # noqa: E402
from nodeflow.graph.analysis import analyze  # noqa: E402
from nodeflow.ui.gan.probe import GanProbe  # noqa: E402
from nodeflow.ui.gan.roles import find_roles, objective_count  # noqa: E402

TOY_2D = {"source": "mixture", "dims": 2, "components": 2, "spread": 3.0, "mean": 0.0, "std": 0.3,
          "n_samples": 256, "batch_size": 64, "standardize": False, "validation_split": 0.0, "test_split": 0.0}


class _Trainer(Trainer):
    """The Trainer keeps the splits it loads (`splits`); `_load` loads them before a run."""

    def _load(self):  # noqa: ANN202
        self.source.load()
        return self.splits


def small_gan(dtype: str = "float64", epochs: int = 2, **kw):
    return build_gan("probe", dict(TOY_2D), {"shape": [2]}, mlp([8], 2, ("Tanh", {})),
                     mlp([8], 1, ("Tanh", {}), last=("Sigmoid", {})),
                     training={"epochs": epochs, "dtype": dtype, "seed": 3}, **kw)


def test_roles_name_the_generator_the_samples_and_what_g_is_judged_by():
    g = small_gan()
    roles = find_roles(g, analyze(g).plan)
    assert not isinstance(roles, str), roles
    assert roles.noise == ("noise",) and roles.generator == ("g1", "g2", "g3")
    assert roles.fake == ("g3", "out")
    assert roles.judge == ("dg4", "out") and roles.judge_path == ("dg1", "dg2", "dg3", "dg4")
    assert (roles.g_loss, roles.g_optimizer, roles.d_loss, roles.d_optimizer) == ("g_loss", "g_opt", "d_loss", "d_opt")
    assert roles.target == "fool_label"
    assert objective_count(g) == 2


def test_a_graph_that_is_not_a_gan_gets_a_reason():
    g = small_gan()
    assert "two objectives" in find_roles(g, None)
    one = build_gan("x", dict(TOY_2D), {"shape": [2]}, mlp([8], 2), mlp([8], 1, last=("Sigmoid", {})))
    one.remove_node("g_opt")
    one.remove_node("g_loss")
    plan = analyze(one).plan
    assert plan is None or isinstance(find_roles(one, plan), str)


def test_judge_is_what_the_generator_loss_reads_and_arrows_are_its_gradient():
    g = small_gan()
    trainer = _Trainer(g)
    trainer.run()
    net = trainer.network
    probe = GanProbe.create(net, trainer.splits, g.nodes["data"].params)
    assert probe is not None and probe.roles is not None
    fake = probe.generate(16)
    d = probe.judge(fake)
    assert d.shape == (16,) and np.all((d > 0) & (d < 1))

    # the generator's loss at the samples, exactly as the engine computes it (fused BCE)
    r = probe.roles

    def g_loss(x: np.ndarray) -> float:
        vals = probe._run((*r.judge_path, r.g_loss), net.plan.inputs, {r.fake: x})
        return float(vals[(r.g_loss, "loss")])

    # BCE against the label 1, by hand, from D's output: the same number
    assert g_loss(fake) == pytest.approx(float(np.mean(-np.log(d))), rel=1e-9)
    arrows = probe.push(fake)
    h = 1e-6
    numeric = np.zeros_like(fake)
    for i in range(len(fake)):
        for j in range(fake.shape[1]):
            up, down = fake.copy(), fake.copy()
            up[i, j] += h
            down[i, j] -= h
            numeric[i, j] = -(g_loss(up) - g_loss(down)) / (2 * h) * len(fake)
    assert np.allclose(arrows, numeric, rtol=1e-5, atol=1e-8)
    assert np.abs(arrows).max() > 1e-3  # not trivially zero


def test_probing_every_epoch_leaves_training_unchanged():
    """The probe runs the network's own kernels between epochs: the run must not notice."""
    plain = _Trainer(small_gan(dtype="float32", epochs=4))
    plain_hist = plain.run()

    watched_graph = small_gan(dtype="float32", epochs=4)
    pictures = []

    def on_event(event):
        if event["event"] == "epoch":
            probe = GanProbe.create(watched.network, watched.splits, watched_graph.nodes["data"].params)
            pictures.append(probe.picture(event["epoch"]))

    watched = _Trainer(watched_graph, on_event=on_event)
    watched_hist = watched.run()
    assert watched_hist.losses == plain_hist.losses
    assert np.array_equal(watched.network.flat_w, plain.network.flat_w)
    assert len(pictures) == 4


def test_picture_of_a_2d_gan_holds_what_the_plane_view_draws():
    g = small_gan(epochs=1)
    trainer = _Trainer(g)
    trainer.run()
    probe = GanProbe.create(trainer.network, trainer.splits, g.nodes["data"].params)
    pic = probe.picture(1)
    assert pic["dims"] == 2 and pic["real"].shape[1] == 2 and pic["fake"].shape == (500, 2)
    image, rect = pic["field"]["image"], pic["field"]["rect"]
    assert image.shape == (60, 60) and np.all((image >= 0) & (image <= 1))
    assert rect[2] == pytest.approx(rect[3])  # square: drawn to scale
    x0, y0, w, h = rect  # the frame holds the real samples
    assert np.all((pic["real"][:, 0] > x0) & (pic["real"][:, 0] < x0 + w))
    assert pic["arrows"].shape == (200, 2)
    assert pic["modes"]["total"] == 2 and 0 <= pic["modes"]["covered"] <= 2
    for key in ("d_real", "d_fake", "acc_real", "acc_fake"):
        assert 0.0 <= pic[key] <= 1.0
    # the frame is fixed for the run: a later picture keeps it
    assert probe.picture(2)["field"]["rect"] == rect


def test_mode_coverage_counts_generated_samples_near_each_centre():
    g = small_gan(epochs=1)
    trainer = _Trainer(g)
    trainer.run()
    probe = GanProbe.create(trainer.network, trainer.splits, g.nodes["data"].params)
    rng = np.random.default_rng(0)
    one_mode = np.array([[-1.5, 0.0]]) + 0.1 * rng.standard_normal((400, 2))
    both = np.concatenate([one_mode[:200], np.array([[1.5, 0.0]]) + 0.1 * rng.standard_normal((200, 2))])
    assert probe._modes(one_mode)["covered"] == 1
    assert probe._modes(both)["covered"] == 2
    assert probe._modes(np.full((400, 2), 9.0))["covered"] == 0
