"""Several objectives (issue 12): each optimizer updates only its own weights with its own
state; Detach stops gradients; a learned target gets its gradient; one GAN round equals torch."""

from __future__ import annotations

import numpy as np
import pytest
from graphs import build

from nodeflow.compute import datasets
from nodeflow.compute.gradcheck import numerical_gradient, relative_error
from nodeflow.compute.network import Network
from nodeflow.compute.trainer import Trainer
from nodeflow.graph.analysis import analyze

ONE_BATCH = {"source": "linear", "features": 2, "n_samples": 40, "noise": 0.3, "batch_size": 1000,
             "shuffle": False, "validation_split": 0.0, "test_split": 0.0}
"""One full batch and no held-out splits: one epoch is one round."""


def _round(graph):
    """(initial weights by node, weights after one round by node, x, y, trainer)."""
    trainer = Trainer(graph, epochs=1, dtype="float64")
    before = {n: {k: v.copy() for k, v in w.items()} for n, w in trainer.network.params_by_node().items()}
    history = trainer.run()
    assert history.error is None, history.error
    x, y = datasets.load(trainer.data_params, trainer.seed, "float64").train
    after = trainer.network.params_by_node()
    return before, after, x, y, trainer


def _mse_dense_step(w, x, y, lr):
    """One SGD step of MSE(x W + b, y) done by hand."""
    r = x @ w["W"] + w["b"] - y
    d = r * (2.0 / r.size)
    return {"W": w["W"] - lr * (x.T @ d), "b": w["b"] - lr * d.sum(axis=0)}


def test_two_independent_regressions_each_train_their_own_weights():
    g = build(
        [("data", "Dataset", ONE_BATCH), ("fa", "Dense", {"units": 1}), ("la", "MSE", {}), ("oa", "SGD", {"lr": 0.1}),
         ("fb", "Dense", {"units": 1}), ("lb", "MSE", {}), ("ob", "SGD", {"lr": 0.03})],
        ["data.x -> fa.in", "fa.out -> la.pred", "data.y -> la.target", "la.loss -> oa.loss",
         "data.x -> fb.in", "fb.out -> lb.pred", "data.y -> lb.target", "lb.loss -> ob.loss"],
    )
    plan = analyze(g).plan
    assert plan.rounds == (("oa", 1), ("ob", 1))
    assert [o.trains for o in plan.objectives] == [("fa",), ("fb",)]
    before, after, x, y, trainer = _round(g)
    for node, lr in (("fa", 0.1), ("fb", 0.03)):
        want = _mse_dense_step(before[node], x, y, lr)
        for k in ("W", "b"):
            np.testing.assert_allclose(after[node][k], want[k], rtol=1e-12, atol=1e-14)
    assert set(trainer.history.losses) == {"la", "lb"}


def test_a_trunk_shared_through_detach_is_trained_by_one_optimizer_only():
    """trunk -> ha -> la (oa trains trunk and ha); trunk -> Detach -> hb -> lb (ob trains hb only)."""
    g = build(
        [("data", "Dataset", ONE_BATCH), ("trunk", "Dense", {"units": 3}), ("ha", "Dense", {"units": 1}),
         ("la", "MSE", {}), ("oa", "SGD", {"lr": 0.05}), ("stop", "Detach", {}), ("hb", "Dense", {"units": 1}),
         ("lb", "MSE", {}), ("ob", "Momentum", {"lr": 0.02, "momentum": 0.9})],
        ["data.x -> trunk.in", "trunk.out -> ha.in", "ha.out -> la.pred", "data.y -> la.target", "la.loss -> oa.loss",
         "trunk.out -> stop.in", "stop.out -> hb.in", "hb.out -> lb.pred", "data.y -> lb.target",
         "lb.loss -> ob.loss"],
    )
    plan = analyze(g).plan
    assert [o.trains for o in plan.objectives] == [("trunk", "ha"), ("hb",)]
    before, after, x, y, _ = _round(g)
    t, a, b = before["trunk"], before["ha"], before["hb"]
    h = x @ t["W"] + t["b"]
    # objective a first: SGD through ha into the trunk
    r = h @ a["W"] + a["b"] - y
    d = r * (2.0 / r.size)
    dh = d @ a["W"].T
    want_a = {"W": a["W"] - 0.05 * (h.T @ d), "b": a["b"] - 0.05 * d.sum(axis=0)}
    want_t = {"W": t["W"] - 0.05 * (x.T @ dh), "b": t["b"] - 0.05 * dh.sum(axis=0)}
    # objective b after it, on the updated trunk's output; Momentum's first step is plain SGD
    h2 = x @ want_t["W"] + want_t["b"]
    want_b = _mse_dense_step(b, h2, y, 0.02)
    for node, want in (("trunk", want_t), ("ha", want_a), ("hb", want_b)):
        for k in ("W", "b"):
            np.testing.assert_allclose(after[node][k], want[k], rtol=1e-12, atol=1e-14, err_msg=f"{node}.{k}")


def test_a_learned_target_gets_its_gradient():
    """MSE(pred = Dense_p(x), target = Dense_t(x)): both branches' gradients match central differences."""
    g = build(
        [("data", "Dataset", ONE_BATCH), ("p", "Dense", {"units": 1}), ("t", "Dense", {"units": 1}),
         ("mse", "MSE", {}), ("sgd", "SGD", {})],
        ["data.x -> p.in", "data.x -> t.in", "p.out -> mse.pred", "t.out -> mse.target", "mse.loss -> sgd.loss"],
    )
    net = Network.compile(g, dtype="float64", seed=3)
    x = np.random.default_rng(0).standard_normal((8, 2))
    y = np.zeros((8, 1))
    rng = np.random.default_rng(0)

    def loss(_w=None):
        return net.forward(x, y, True, rng)

    loss()
    net.backward()
    analytic = net.flat_g.copy()
    numeric = numerical_gradient(lambda: loss(), net.flat_w)
    assert np.abs(analytic[slice(*net.ranges["t"])]).max() > 1e-3  # the target branch learns
    assert relative_error(analytic, numeric) < 1e-7


@pytest.mark.parametrize("loss_type, act", [("BCE", "Sigmoid"), ("CrossEntropy", "Softmax"), ("Huber", None),
                                            ("MAE", None)])
def test_learned_target_gradient_for_every_loss(loss_type, act):
    units = 3 if loss_type == "CrossEntropy" else 1
    nodes = [("data", "Dataset", ONE_BATCH), ("p", "Dense", {"units": units}), ("t", "Dense", {"units": units}),
             ("ts", "Sigmoid" if loss_type != "CrossEntropy" else "Softmax", {}), ("loss", loss_type, {}),
             ("sgd", "SGD", {})]
    edges = ["data.x -> p.in", "data.x -> t.in", "t.out -> ts.in", "ts.out -> loss.target", "loss.loss -> sgd.loss"]
    if act:
        nodes.append(("pa", act, {}))
        edges += ["p.out -> pa.in", "pa.out -> loss.pred"]
    else:
        edges.append("p.out -> loss.pred")
    net = Network.compile(build(nodes, edges), dtype="float64", seed=5)
    x = np.random.default_rng(1).standard_normal((6, 2))
    rng = np.random.default_rng(0)
    net.forward(x, np.zeros((6, 1)), True, rng)
    net.backward()
    analytic = net.flat_g.copy()
    numeric = numerical_gradient(lambda: net.forward(x, np.zeros((6, 1)), True, rng), net.flat_w)
    assert relative_error(analytic, numeric) < 1e-6


# ------------------------------------------------------------------------------------------ GAN
GAN_DATA = {"source": "linear", "features": 2, "n_samples": 16, "noise": 0.5, "batch_size": 1000,
            "shuffle": False, "validation_split": 0.0, "test_split": 0.0}


def gan_graph(d_steps: int = 1):
    """G: Noise -> Dense(2). D: Dense(1) -> Sigmoid, used on real x (d_real) and, with the same
    weights, on the fake (d_fake for G's objective; d_det through a Detach for D's objective).
    D's loss: BCE(D(x), 1) + BCE(D(detach(G(z))), 0); G's loss: BCE(D(G(z)), 1)."""
    return build(
        [("data", "Dataset", GAN_DATA), ("z", "Noise", {"shape": [3]}), ("g", "Dense", {"units": 2}),
         ("d_real", "Dense", {"units": 1}), ("s_real", "Sigmoid", {}),
         ("det", "Detach", {}), ("d_det", "Dense", {"units": 1, "share": "d_real"}), ("s_det", "Sigmoid", {}),
         ("ones", "Constant", {"value": 1.0}), ("zeros", "Constant", {"value": 0.0}),
         ("bce_real", "BCE", {}), ("bce_fake", "BCE", {}), ("d_loss", "Add", {}),
         ("d_opt", "SGD", {"lr": 0.1, "steps": d_steps}),
         ("d_fake", "Dense", {"units": 1, "share": "d_real"}), ("s_fake", "Sigmoid", {}), ("g_bce", "BCE", {}),
         ("g_opt", "Adam", {"lr": 0.01})],
        ["data.x -> d_real.in", "d_real.out -> s_real.in", "s_real.out -> bce_real.pred", "ones.out -> bce_real.target",
         "z.out -> g.in", "g.out -> det.in", "det.out -> d_det.in", "d_det.out -> s_det.in",
         "s_det.out -> bce_fake.pred", "zeros.out -> bce_fake.target", "bce_real.loss -> d_loss.a",
         "bce_fake.loss -> d_loss.b", "d_loss.out -> d_opt.loss",
         "g.out -> d_fake.in", "d_fake.out -> s_fake.in", "s_fake.out -> g_bce.pred", "ones.out -> g_bce.target",
         "g_bce.loss -> g_opt.loss"],
    )


def test_gan_plan_gives_d_its_weights_and_g_its_own():
    a = analyze(gan_graph())
    assert a.ok, a.errors
    plan = a.plan
    assert plan.rounds == (("d_opt", 1), ("g_opt", 1))
    assert [o.trains for o in plan.objectives] == [("d_real",), ("g",)]
    assert plan.shares == {"d_det": "d_real", "d_fake": "d_real"}
    assert "d_fake" not in plan.objectives[0].forward  # D's step does not run G's judgement


@pytest.mark.torch
@pytest.mark.parametrize("d_steps", [1, 2])
def test_one_gan_round_equals_torch(monkeypatch, d_steps):
    torch = pytest.importorskip("torch")
    from nodeflow.compute.runtime import kernels

    drawn: list[np.ndarray] = []
    real_noise = kernels.noise

    def recording(*args, **kwargs):
        out = real_noise(*args, **kwargs)
        drawn.append(out.copy())
        return out

    monkeypatch.setattr(kernels, "noise", recording)
    before, after, x, _y, trainer = _round(gan_graph(d_steps))
    assert len(drawn) == d_steps + 1  # one draw per forward: D's steps, then G's

    t = {n: {k: torch.tensor(v, dtype=torch.float64, requires_grad=True) for k, v in w.items()}
         for n, w in before.items()}
    d_opt = torch.optim.SGD([t["d_real"]["W"], t["d_real"]["b"]], lr=0.1)
    g_opt = torch.optim.Adam([t["g"]["W"], t["g"]["b"]], lr=0.01)
    xt = torch.tensor(x, dtype=torch.float64)

    def G(z):
        return torch.as_tensor(z, dtype=torch.float64) @ t["g"]["W"] + t["g"]["b"]

    def D(v):
        return v @ t["d_real"]["W"] + t["d_real"]["b"]

    bce = torch.nn.functional.binary_cross_entropy_with_logits  # the engine fuses BCE with Sigmoid
    for step in range(d_steps):
        d_opt.zero_grad()
        fake = G(drawn[step]).detach()
        loss = bce(D(xt), torch.ones(len(x), 1, dtype=torch.float64)) + bce(D(fake), torch.zeros(len(x), 1,
                                                                                              dtype=torch.float64))
        loss.backward()
        d_opt.step()
    g_opt.zero_grad()
    loss = bce(D(G(drawn[-1])), torch.ones(len(x), 1, dtype=torch.float64))
    loss.backward()
    g_opt.step()
    for node in ("d_real", "g"):
        for k in ("W", "b"):
            np.testing.assert_allclose(after[node][k], t[node][k].detach().numpy(), rtol=1e-10, atol=1e-12,
                                       err_msg=f"{node}.{k}")
    assert set(trainer.history.losses) == {"d_loss", "g_bce"}
