"""The compiled network: plan, weights, fan-out gradients, fusion, initialisation."""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import pytest
from graphs import build

from nodeflow.compute.gradcheck import numerical_gradient, relative_error
from nodeflow.compute.network import Network
from nodeflow.graph.analysis import analyze
from nodeflow.graph.document import Graph, GraphError
from nodeflow.nodes import REGISTRY
from nodeflow.nodes.spec import Registry


def residual_graph(extra_nodes=(), extra_edges=()) -> Graph:
    """data -> fc1 -> tanh -+-> fc2 -> add -> out -> softmax -> ce -> adam
                             +--------^  (fan-out of tanh, summed gradient)"""
    return build(
        [("data", "Dataset", {"source": "moons", "n_samples": 64}),
         ("fc1", "Dense", {"units": 6}), ("act", "Tanh", {}), ("fc2", "Dense", {"units": 6}),
         ("add", "Add", {}), ("out", "Dense", {"units": 2}), ("sm", "Softmax", {}),
         ("ce", "CrossEntropy", {}), ("opt", "Adam", {}), *extra_nodes],
        ["data.x -> fc1.in", "fc1.out -> act.in", "act.out -> fc2.in", "act.out -> add.a",
         "fc2.out -> add.b", "add.out -> out.in", "out.out -> sm.in", "sm.out -> ce.pred",
         "data.y -> ce.target", "ce.loss -> opt.loss", *extra_edges],
    )


def batch(n=12, seed=0):
    rng = np.random.default_rng(seed)
    return rng.normal(size=(n, 2)), rng.integers(0, 2, n)


def test_fan_out_and_residual_gradients_match_central_differences():
    net = Network.compile(residual_graph(), dtype="float64", seed=3)
    x, y = batch()
    rng = np.random.default_rng(0)
    loss = lambda: net.forward(x, y, True, rng)  # noqa: E731
    loss()
    net.backward()
    for node in ("fc1", "fc2", "out"):
        for name, w in net.kernels[node].w.items():
            numeric = numerical_gradient(loss, w)
            assert relative_error(numeric, net.kernels[node].g[name]) < 1e-7, (node, name)


def test_fan_out_gradient_is_the_sum_of_both_paths():
    """Breaking the skip path's contribution (dropping 'a') must change fc1's gradient."""
    net = Network.compile(residual_graph(), dtype="float64", seed=3)
    x, y = batch()
    net.forward(x, y, True, np.random.default_rng(0))
    net.backward()
    full = net.kernels["fc1"].g["W"].copy()
    add = net.kernels["add"]
    original = add.backward
    add.backward = lambda grads: {k: v for k, v in original(grads).items() if k != "a"}
    net.backward()
    assert not np.allclose(full, net.kernels["fc1"].g["W"])


def test_weights_live_in_one_flat_buffer_with_a_decay_mask():
    net = Network.compile(residual_graph(), seed=0)
    assert net.flat_w.dtype == np.float32
    sizes = {n: sum(w.size for w in k.w.values()) for n, k in net.kernels.items()}
    assert net.flat_w.size == sum(sizes.values()) == 2 * 6 + 6 + 6 * 6 + 6 + 6 * 2 + 2
    for kernel in net.kernels.values():
        for name, w in kernel.w.items():
            assert np.shares_memory(w, net.flat_w)
            assert np.shares_memory(kernel.g[name], net.flat_g)
    start, stop = net.ranges["fc1"]
    assert net.decay_mask[start : start + 12].tolist() == [1] * 12  # W decays
    assert net.decay_mask[start + 12 : stop].tolist() == [0] * 6  # b does not
    assert np.all(net.kernels["fc1"].w["b"] == 0)


def test_same_seed_same_weights_and_other_seed_differs():
    a = Network.compile(residual_graph(), seed=5).flat_w
    b = Network.compile(residual_graph(), seed=5).flat_w
    c = Network.compile(residual_graph(), seed=6).flat_w
    assert np.array_equal(a, b)
    assert not np.array_equal(a, c)


def test_auto_init_is_he_before_relu_and_xavier_otherwise():
    g = build(
        [("data", "Dataset", {"source": "digits"}), ("relu_fc", "Dense", {"units": 400}),
         ("relu", "ReLU", {}), ("tanh_fc", "Dense", {"units": 400}), ("tanh", "Tanh", {}),
         ("xav", "Dense", {"units": 400, "init": "xavier"}), ("he", "Dense", {"units": 10, "init": "he"}),
         ("sm", "Softmax", {}), ("ce", "CrossEntropy", {}), ("opt", "SGD", {})],
        ["data.x -> relu_fc.in", "relu_fc.out -> relu.in", "relu.out -> tanh_fc.in",
         "tanh_fc.out -> tanh.in", "tanh.out -> xav.in", "xav.out -> he.in", "he.out -> sm.in",
         "sm.out -> ce.pred", "data.y -> ce.target", "ce.loss -> opt.loss"],
    )
    net = Network.compile(g, seed=0)
    w = {n: net.kernels[n].w["W"].astype(np.float64) for n in ("relu_fc", "tanh_fc", "xav", "he")}
    assert w["relu_fc"].std() == pytest.approx(math.sqrt(2 / 64), rel=0.05)
    assert abs(w["tanh_fc"]).max() <= math.sqrt(6 / 800) + 1e-7
    assert w["tanh_fc"].std() == pytest.approx(math.sqrt(6 / 800) / math.sqrt(3), rel=0.05)
    assert abs(w["xav"]).max() <= math.sqrt(6 / 800) + 1e-7
    assert w["he"].std() == pytest.approx(math.sqrt(2 / 400), rel=0.1)


def test_fusion_gives_the_same_loss_and_gradient_and_stays_finite():
    x, y = batch()
    fused = Network.compile(residual_graph(), dtype="float64", seed=1)
    assert fused.kernels["ce"].from_logits
    graph = residual_graph()
    unfused = Registry()  # the same catalogue, but CrossEntropy declares no fused partner
    for spec in REGISTRY:
        unfused.register(dataclasses.replace(spec, fuses_with=None) if spec.type == "CrossEntropy" else spec)
    analysis = analyze(graph, unfused)
    plain = Network.compile(graph, analysis, dtype="float64", seed=1)
    assert not plain.kernels["ce"].from_logits
    rng = np.random.default_rng(0)
    assert fused.forward(x, y, True, rng) == pytest.approx(plain.forward(x, y, True, rng), rel=1e-12)
    fused.backward()
    plain.backward()
    np.testing.assert_allclose(fused.flat_g, plain.flat_g, rtol=1e-9, atol=1e-12)
    # The Softmax still runs, so predictions are probabilities.
    np.testing.assert_allclose(fused.prediction().sum(axis=1), 1.0)

    for scale in (1e4, -1e4):  # logits of about +-1e4: the fused form stays finite
        fused.kernels["out"].w["W"][...] = 0
        fused.kernels["out"].w["b"][...] = [scale, -scale]
        loss = fused.forward(x, y, True, rng)
        fused.backward()
        assert math.isfinite(loss) and loss > 100
        assert np.all(np.isfinite(fused.flat_g))


def test_a_softmax_inside_the_network_keeps_its_backward():
    """Only the Softmax right before the loss is fused; one deeper in the network (with fan-out)
    still back-propagates through its own Jacobian."""
    g = build(
        [("data", "Dataset", {"source": "moons", "n_samples": 64}), ("fc", "Dense", {"units": 2}),
         ("sm", "Softmax", {}), ("fc2", "Dense", {"units": 2}), ("add", "Add", {}),
         ("sm2", "Softmax", {}), ("ce", "CrossEntropy", {}), ("opt", "SGD", {})],
        ["data.x -> fc.in", "fc.out -> sm.in", "sm.out -> fc2.in", "sm.out -> add.a", "fc2.out -> add.b",
         "add.out -> sm2.in", "sm2.out -> ce.pred", "data.y -> ce.target", "ce.loss -> opt.loss"],
    )
    net = Network.compile(g, dtype="float64", seed=0)
    assert net.kernels["ce"].from_logits  # sm2 feeds only the loss
    assert "sm" in [step.node for step in net._back] and "sm2" not in [step.node for step in net._back]
    x, y = batch()
    rng = np.random.default_rng(0)
    loss = lambda: net.forward(x, y, True, rng)  # noqa: E731
    loss()
    net.backward()
    numeric = numerical_gradient(loss, net.kernels["fc"].w["W"])
    assert relative_error(numeric, net.kernels["fc"].g["W"]) < 1e-7


def test_nodes_off_the_loss_path_get_no_backward():
    g = residual_graph([("side", "Dense", {"units": 3}), ("probe", "Identity", {})],
                       ["act.out -> side.in", "sm.out -> probe.in"])
    net = Network.compile(g, dtype="float64", seed=0)
    x, y = batch()
    net.forward(x, y, True, np.random.default_rng(0))
    assert net.activations["side"].shape == (12, 3)
    assert net.kernels["ce"].from_logits  # sm's other reader needs no gradient: still fused
    np.testing.assert_allclose(net.activations["probe"].sum(axis=1), 1.0)
    net.backward()
    start, stop = net.ranges["side"]
    assert not net.flat_g[start:stop].any()
    assert net.grad_stats()["side"] == 0.0
    assert net.grad_stats()["fc1"] > 0.0


def test_predict_state_and_params():
    net = Network.compile(residual_graph(), seed=0)
    x, _ = batch()
    p = net.predict(x.astype(np.float32))
    assert p.shape == (12, 2)
    np.testing.assert_allclose(p.sum(axis=1), 1.0, rtol=1e-5)
    state = net.get_state()
    net.flat_w += 1
    assert not np.allclose(net.predict(x.astype(np.float32)), p)
    net.set_state(state)
    np.testing.assert_allclose(net.predict(x.astype(np.float32)), p)
    assert set(net.params_by_node()) == {"fc1", "fc2", "out"}
    assert set(net.params_by_node()["fc1"]) == {"W", "b"}


def test_compile_refuses_an_invalid_graph_with_the_first_error():
    g = residual_graph()
    g.set_param("fc2", "units", 5)  # Add now gets (N, 6) and (N, 5)
    with pytest.raises(GraphError, match="add"):
        Network.compile(g)


def test_float64_network():
    net = Network.compile(residual_graph(), dtype="float64")
    x, y = batch()
    net.forward(x, y, True, np.random.default_rng(0))
    assert net.flat_w.dtype == np.float64 and net.prediction().dtype == np.float64
