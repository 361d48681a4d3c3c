"""`gradcheck` checks each objective of a GAN on the weights its optimizer trains (issue 13):
D's nodes against D's loss, G's against G's loss (whose gradient runs through D); a wrong
backward in either is caught; a graph without a Dataset (noise only) is checked too."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parents[1]))

from gan_graphs import build_gan, mlp  # noqa: E402

from nodeflow.cli import main  # noqa: E402
from nodeflow.compute.graph_gradcheck import check_graph  # noqa: E402
from nodeflow.compute.kernels.dense import Dense  # noqa: E402
from nodeflow.compute.runtime import kernels  # noqa: E402
from nodeflow.graph import io  # noqa: E402
from nodeflow.graph.document import Graph  # noqa: E402

DATA = {"source": "ring", "dims": 2, "components": 4, "n_samples": 64, "batch_size": 32,
        "standardize": False, "validation_split": 0.0, "test_split": 0.0}


def gan() -> Graph:
    return build_gan("gc", dict(DATA), {"shape": [2]}, mlp([6], 2, ("Tanh", {})),
                     mlp([6], 1, ("Tanh", {}), last=("Sigmoid", {})))


def test_each_objective_is_checked_on_its_own_weights():
    results = check_graph(gan(), samples=6)
    assert {n: c.objective for n, c in results.items()} == {
        "d1": "d_loss", "d3": "d_loss", "g1": "g_loss", "g3": "g_loss"}
    for check in results.values():
        assert check.entries > 0
        assert check.error < 1e-6 and check.measured < 1e-6, check


def test_a_wrong_generator_gradient_is_caught(monkeypatch):
    """Scale the gradient a Dense passes to its input by 1.05: only G's check (its gradient
    comes through D's input gradient) can see it; D's own weights are still right."""
    original = Dense.backward

    def broken(self, grads):
        result = original(self, grads)
        if result.get("in") is not None:
            result["in"] = result["in"] * 1.05
        return result

    monkeypatch.setattr(Dense, "backward", broken)
    results = check_graph(gan(), samples=6)
    assert results["g1"].error > 1e-3 and results["g3"].error > 1e-3
    assert results["d3"].error < 1e-6  # the last D layer's weights see no input gradient


def test_a_detach_that_lets_gradient_through_is_harmless_to_the_check(monkeypatch):
    """D's objective checks D's weights only: whatever a Detach does to G's gradient there is
    not measured against D's loss (that was the old xfail: G's weights against D's loss)."""
    monkeypatch.setattr(kernels.Detach, "backward", lambda self, grads: {"in": grads["out"]})
    results = check_graph(gan(), samples=6)
    assert results["d1"].error < 1e-6 and results["g1"].error < 1e-6


def test_a_gan_without_a_dataset_is_checked_on_noise():
    """G learns to match a Constant through MSE with nothing but noise as input."""
    g = Graph("noise only")
    for node_id, type_name, params in [("z", "Noise", {"shape": [3], "batch_size": 5}), ("g", "Dense", {"units": 2}),
                                       ("t", "Constant", {"value": 0.5, "shape": [2]}), ("mse", "MSE", {}),
                                       ("sgd", "SGD", {})]:
        g.add_node(type_name, params, node_id=node_id)
    for a, b in [("z.out", "g.in"), ("g.out", "mse.pred"), ("t.out", "mse.target"), ("mse.loss", "sgd.loss")]:
        g.connect(tuple(a.split(".")), tuple(b.split(".")))
    results = check_graph(g, samples=5)
    assert results["g"].entries > 0 and results["g"].error < 1e-6


def test_the_command_names_each_node_s_loss(tmp_path, capsys):
    path = tmp_path / "gan.nodeflow"
    io.save(gan(), path)
    assert main(["gradcheck", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split()[:3] == ["node", "loss", "weights"]
    rows = {line.split()[0]: line.split()[1] for line in out[1:-1]}
    assert rows == {"d1": "d_loss", "d3": "d_loss", "g1": "g_loss", "g3": "g_loss"}
    assert np.all(["ok" in line for line in out[1:-1]])
