"""The stepping engine: a step is one batch of the trainer, step back restores bit for bit, and
the Explain numbers agree with the engine and with an independent NumPy computation."""

from __future__ import annotations

import numpy as np
import pytest

from nodeflow.compute.explain import Choice, explain, explain_update, flat_index
from nodeflow.compute.stepper import Stepper
from nodeflow.compute.trainer import Trainer
from nodeflow.nodes import REGISTRY
from tests.compute.graphs import build


def bce_graph(opt: str = "SGD", **opt_params):
    return build(
        [("data", "Dataset", {"source": "xor", "n_samples": 64, "batch_size": 16, "validation_split": 0.0,
                              "test_split": 0.0}),
         ("fc", "Dense", {"units": 1}),
         ("sig", "Sigmoid", {}),
         ("bce", "BCE", {}),
         ("opt", opt, {"lr": 0.5, **opt_params})],
        ["data.x -> fc.in", "fc.out -> sig.in", "sig.out -> bce.pred", "data.y -> bce.target", "bce.loss -> opt.loss"],
        {"epochs": 2, "seed": 3},
    )


def mlp_graph(opt: str = "Adam"):
    return build(
        [("data", "Dataset", {"source": "moons", "n_samples": 120, "batch_size": 32}),
         ("fc1", "Dense", {"units": 8}), ("act", "Tanh", {}), ("drop", "Dropout", {"rate": 0.2}),
         ("fc2", "Dense", {"units": 2}), ("sm", "Softmax", {}), ("ce", "CrossEntropy", {}),
         ("opt", opt, {"lr": 0.05})],
        ["data.x -> fc1.in", "fc1.out -> act.in", "act.out -> drop.in", "drop.out -> fc2.in", "fc2.out -> sm.in",
         "sm.out -> ce.pred", "data.y -> ce.target", "ce.loss -> opt.loss"],
        {"epochs": 2, "seed": 1},
    )


@pytest.mark.parametrize("opt", ["SGD", "Momentum", "AdaGrad", "RMSProp", "Adam"])
def test_each_step_changes_the_weights_exactly_as_one_batch_of_the_trainer(opt):
    graph = mlp_graph(opt)
    after_batch = []
    trainer = Trainer(graph, epochs=2, on_event=lambda e: after_batch.append(trainer.network.flat_w.copy())
                      if e["event"] == "batch" else None)
    trainer.run()
    stepper = Stepper(graph)
    assert stepper.batches * 2 == len(after_batch)
    for expected in after_batch:  # across the epoch boundary too (a new shuffle, dropout masks)
        stepper.step()
        assert np.array_equal(stepper.network.flat_w, expected)


def test_step_back_restores_weights_optimizer_and_position_bit_for_bit():
    stepper = Stepper(mlp_graph("Adam"))
    for _ in range(3):
        stepper.step()
    w, opt = stepper.network.flat_w.copy(), stepper.optimizer.state_dict()
    position = (stepper.epoch, stepper.batch)
    first = stepper.step()
    stepper.step()
    assert not np.array_equal(stepper.network.flat_w, w)
    assert stepper.back() and stepper.back()
    assert np.array_equal(stepper.network.flat_w, w)
    assert all(np.array_equal(opt[k], v) for k, v in stepper.optimizer.state_dict().items())
    assert (stepper.epoch, stepper.batch) == position
    again = stepper.step()  # the same batch, the same dropout mask, the same loss
    assert np.array_equal(again.indices, first.indices) and again.loss == first.loss
    for k in first.weights_after:
        for name in first.weights_after[k]:
            assert np.array_equal(again.weights_after[k][name], first.weights_after[k][name])


def test_back_with_nothing_to_undo_says_so():
    assert not Stepper(bce_graph()).back()


def test_a_paused_runs_weights_and_optimizer_state_are_where_stepping_starts():
    graph = mlp_graph("Adam")
    trainer = Trainer(graph, epochs=1)
    trainer.run()
    stepper = Stepper(graph, initial=(trainer.network.get_state(), trainer.optimizer.state_dict()))
    assert np.array_equal(stepper.network.flat_w, trainer.network.flat_w)
    assert stepper.optimizer.t == trainer.optimizer.t


def test_explain_dense_sigmoid_bce_matches_the_engine_and_the_closed_form():
    graph = bce_graph()
    stepper = Stepper(graph)
    rec = stepper.step()
    x = rec.x.astype(np.float64)
    t = rec.y.astype(np.float64).reshape(-1, 1)
    W, b = rec.weights_before["fc"]["W"].astype(np.float64), rec.weights_before["fc"]["b"].astype(np.float64)
    p = 1 / (1 + np.exp(-(x @ W + b)))  # independent forward
    dW = x.T @ ((p - t) / p.size)  # the notes' (x_i - t_i) x_j, mean over the batch
    for i in range(2):
        e = explain(rec, graph, "fc", Choice(sample=3, unit=0, input=i))
        assert e.numbers["dW"] == pytest.approx(dW[i, 0], rel=1e-4, abs=1e-7)
        assert e.numbers["dW_recomputed"] == pytest.approx(dW[i, 0], rel=1e-6, abs=1e-9)
        assert e.numbers["closed_form"] == pytest.approx(dW[i, 0], rel=1e-6, abs=1e-9)
        assert e.numbers["y"] == pytest.approx((x @ W + b)[3, 0], rel=1e-5)
        assert e.numbers["chain_product"] == pytest.approx((p[3, 0] - t[3, 0]) / p.size * x[3, i], rel=1e-3)
        assert any("W[" in line for line in e.backward)
    s = explain(rec, graph, "sig", Choice(sample=5))
    assert s.numbers["local"] == pytest.approx(p[5, 0] * (1 - p[5, 0]), rel=1e-5)
    assert s.numbers["dx"] == pytest.approx((p[5, 0] - t[5, 0]) / p.size, rel=1e-4)
    assert s.numbers["dx_recomputed"] == pytest.approx(s.numbers["dx"], rel=1e-3)
    loss = explain(rec, graph, "bce", Choice(sample=5))
    expected = -np.mean(t * np.log(p) + (1 - t) * np.log(1 - p))
    assert loss.numbers["loss"] == pytest.approx(expected, rel=1e-5)
    assert loss.numbers["ds"] == pytest.approx((p[5, 0] - t[5, 0]) / p.size, rel=1e-4)


@pytest.mark.parametrize("opt,extra", [("SGD", {}), ("Momentum", {"momentum": 0.9}), ("AdaGrad", {}),
                                       ("RMSProp", {}), ("Adam", {})])
def test_the_update_explained_gives_the_engines_new_weight(opt, extra):
    graph = bce_graph(opt, **extra)
    stepper = Stepper(graph)
    stepper.step()
    rec = stepper.step()  # the second step: the optimizer's buffers are not empty
    net = stepper.network
    k = flat_index(net, "fc", "W", (1, 0))
    before = np.concatenate([rec.weights_before["fc"]["W"].ravel(), rec.weights_before["fc"]["b"].ravel()])
    grad = np.concatenate([rec.grads["fc"]["W"].ravel(), rec.grads["fc"]["b"].ravel()])
    after = np.concatenate([rec.weights_after["fc"]["W"].ravel(), rec.weights_after["fc"]["b"].ravel()])
    e = explain_update(rec, REGISTRY.get(opt), stepper.trainer.opt_params, before, grad, after, k)
    assert e.numbers["w_after_recomputed"] == pytest.approx(e.numbers["w_after"], rel=1e-5, abs=1e-7)
    assert e.numbers["w_after"] != e.numbers["w_before"]
    if opt == "Adam":  # notes' m, v from the engine's scaled buffers, independently
        g = grad[k]
        m1 = 0.9 * (0.1 * g_first(stepper, graph, k)) + 0.1 * g
        assert e.numbers["m"] == pytest.approx(m1, rel=1e-4)


def g_first(stepper, graph, k):
    first = Stepper(graph).step()
    return np.concatenate([first.grads["fc"]["W"].ravel(), first.grads["fc"]["b"].ravel()])[k]


def test_explain_dropout_add_and_the_rest():
    graph = build(
        [("data", "Dataset", {"source": "linear", "n_samples": 64, "batch_size": 16}),
         ("fc1", "Dense", {"units": 6}), ("drop", "Dropout", {"rate": 0.5}), ("fc2", "Dense", {"units": 6}),
         ("add", "Add", {}), ("bn", "BatchNorm", {}), ("out", "Dense", {"units": 1}), ("mse", "MSE", {}),
         ("opt", "SGD", {"lr": 0.1})],
        ["data.x -> fc1.in", "fc1.out -> drop.in", "drop.out -> fc2.in", "fc2.out -> add.a", "fc1.out -> add.b",
         "add.out -> bn.in", "bn.out -> out.in", "out.out -> mse.pred", "data.y -> mse.target", "mse.loss -> opt.loss"],
        {"seed": 0})
    rec = Stepper(graph).step()
    for n in range(4):
        d = explain(rec, graph, "drop", Choice(sample=n, unit=1))
        assert d.numbers["factor"] in (0.0, pytest.approx(2.0))  # m / (1 - p) with p = 0.5
        assert d.numbers["dx"] == pytest.approx(d.numbers["dx_recomputed"], rel=1e-6, abs=1e-12)
    a = explain(rec, graph, "add", Choice(sample=2, unit=3))
    assert a.numbers["y"] == pytest.approx(a.numbers["a"] + a.numbers["b"], rel=1e-6)
    g = rec.probe.out_grads["add"]["out"]
    assert np.array_equal(rec.probe.in_grads["add"]["a"], g) and np.array_equal(rec.probe.in_grads["add"]["b"], g)
    bn = explain(rec, graph, "bn")
    assert any("μ_B" in f for f in bn.formulas) and bn.forward and bn.backward
    m = explain(rec, graph, "mse", Choice(sample=5))
    p, t = rec.probe.inputs["mse"]["pred"].astype(np.float64), rec.y.astype(np.float64).reshape(-1, 1)
    assert m.numbers["loss"] == pytest.approx(np.mean((p - t) ** 2), rel=1e-5)
    assert m.numbers["dp"] == pytest.approx(2 * (p[5, 0] - t[5, 0]) / p.size, rel=1e-4)
    assert m.numbers["dp_recomputed"] == pytest.approx(m.numbers["dp"], rel=1e-4)


def test_explain_softmax_cross_entropy_fused():
    graph = mlp_graph("SGD")
    rec = Stepper(graph).step()
    fc2 = explain(rec, graph, "fc2", Choice(sample=3, unit=1, input=5))
    delta = rec.probe.out_grads["fc2"]["out"].astype(np.float64)
    W = rec.weights_before["fc2"]["W"].astype(np.float64)
    assert fc2.numbers["dx"] == pytest.approx((delta @ W.T)[3, 5], rel=1e-4, abs=1e-10)
    assert fc2.numbers["dx_recomputed"] == pytest.approx((delta @ W.T)[3, 5], rel=1e-9)
    ce = explain(rec, graph, "ce", Choice(sample=4, unit=1))
    p = rec.probe.outputs["sm"]["out"].astype(np.float64)
    t = np.eye(2)[rec.y]
    assert ce.numbers["loss"] == pytest.approx(-np.mean(np.sum(t * np.log(p), axis=1)), rel=1e-5)
    assert ce.numbers["ds"] == pytest.approx((p[4, 1] - t[4, 1]) / len(p), rel=1e-4, abs=1e-9)
    assert ce.numbers["ds_recomputed"] == pytest.approx(ce.numbers["ds"], rel=1e-4, abs=1e-9)
    sm = explain(rec, graph, "sm", Choice(sample=4, unit=1))
    assert sm.numbers["dx"] == pytest.approx(sm.numbers["dx_recomputed"], rel=1e-3, abs=1e-9)
    assert sm.numbers["y_recomputed"] == pytest.approx(sm.numbers["y"], rel=1e-5)


def test_explain_the_data_and_the_optimizer_nodes():
    graph = mlp_graph("Adam")
    stepper = Stepper(graph)
    stepper.step()
    rec = stepper.step()
    data = explain(rec, graph, "data")
    assert str(len(rec.indices)) in data.forward[0] and str(int(rec.indices[0])) in data.forward[0]
    opt = explain(rec, graph, "opt")
    assert any("m̂" in f for f in opt.formulas) and "2" in opt.update[0]


ONE_PASS = {"source": "linear", "features": 2, "n_samples": 40, "noise": 0.3, "batch_size": 8,
            "validation_split": 0.0, "test_split": 0.0}


def two_objectives(steps: int = 2):
    return build(
        [("data", "Dataset", ONE_PASS), ("fa", "Dense", {"units": 1}), ("la", "MSE", {}),
         ("oa", "Adam", {"lr": 0.05, "steps": steps}),
         ("fb", "Dense", {"units": 1}), ("lb", "MSE", {}), ("ob", "Momentum", {"lr": 0.03})],
        ["data.x -> fa.in", "fa.out -> la.pred", "data.y -> la.target", "la.loss -> oa.loss",
         "data.x -> fb.in", "fb.out -> lb.pred", "data.y -> lb.target", "lb.loss -> ob.loss"],
        {"epochs": 2, "seed": 4},
    )


def gan():
    from tests.compute.test_objectives import gan_graph

    g = gan_graph(d_steps=2)
    g.nodes["data"].params["batch_size"] = 8
    g.training.update({"epochs": 2, "seed": 2})
    return g


@pytest.mark.parametrize("make", [two_objectives, gan], ids=["two_objectives_with_steps", "gan"])
def test_several_objectives_step_as_the_trainer_and_back_bit_for_bit(make):
    graph = make()
    after = []
    trainer = Trainer(graph, on_event=lambda e: after.append(trainer.network.flat_w.copy())
                      if e["event"] == "batch" else None)
    assert trainer.run().error is None
    stepper = Stepper(graph)
    first = stepper.network.flat_w.copy()
    states = [o.state_dict() for o in stepper.optimizers]
    for expected in after:
        rec = stepper.step()
        assert np.array_equal(stepper.network.flat_w, expected)
    assert len(rec.losses) == 2
    if make is gan:
        assert rec.elsewhere.get("d_fake") == "g_bce"
        assert "g_bce" in explain(rec, graph, "d_fake").formulas[0]
    while stepper.back():
        pass
    assert np.array_equal(stepper.network.flat_w, first)
    for opt, state in zip(stepper.optimizers, states, strict=True):
        assert all(np.array_equal(v, opt.state_dict()[k]) for k, v in state.items())
    again = Stepper(graph)
    for _ in range(3):
        again.step()
    for _ in range(3):
        stepper.step()
    assert np.array_equal(stepper.network.flat_w, again.network.flat_w)
