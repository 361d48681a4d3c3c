"""Whole-graph gradient checks: they pass on correct kernels and catch a broken one."""

from __future__ import annotations

from pathlib import Path

import pytest

from nodeflow.compute.graph_gradcheck import check_graph, worst_errors
from nodeflow.compute.kernels.dense import Dense
from nodeflow.graph import io
from nodeflow.graph.document import Graph

EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "examples").glob("*.nodeflow"))


def regularized_graph() -> Graph:
    """Dropout (masks must repeat between evaluations), BatchNorm (batch statistics) and an Add."""
    g = Graph("gc")
    for node_id, type_name, params in [
        ("data", "Dataset", {"source": "moons", "n_samples": 40}), ("fc1", "Dense", {"units": 6}),
        ("bn", "BatchNorm", {}), ("relu", "ReLU", {}), ("drop", "Dropout", {"rate": 0.3}),
        ("fc2", "Dense", {"units": 6}), ("add", "Add", {}), ("out", "Dense", {"units": 2}),
        ("sm", "Softmax", {}), ("ce", "CrossEntropy", {}), ("opt", "Adam", {}),
    ]:
        g.add_node(type_name, params, node_id=node_id)
    for a, b in [("data.x", "fc1.in"), ("fc1.out", "bn.in"), ("bn.out", "relu.in"), ("relu.out", "drop.in"),
                 ("drop.out", "fc2.in"), ("drop.out", "add.a"), ("fc2.out", "add.b"), ("add.out", "out.in"),
                 ("out.out", "sm.in"), ("sm.out", "ce.pred"), ("data.y", "ce.target"), ("ce.loss", "opt.loss")]:
        g.connect(tuple(a.split(".")), tuple(b.split(".")))
    return g


def test_gradients_of_a_graph_with_dropout_batchnorm_and_a_skip_agree():
    results = check_graph(regularized_graph())
    assert set(results) == {"fc1", "bn", "fc2", "out"}
    assert results["bn"].weights == ["gamma", "beta"]
    for check in results.values():
        assert check.entries > 0
        assert check.error < 1e-6, check


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_every_example_passes(path):
    graph = io.load(path)
    errors = worst_errors(graph, samples=4, per_array=6, base_dir=path.parent)
    assert errors and max(errors.values()) < 1e-6, errors


def test_a_broken_backward_is_caught(monkeypatch):
    original = Dense.backward

    def broken(self, grads):
        result = original(self, grads)
        if "W" in self.g:
            self.g["W"] *= 1.05  # 5% off: a typical scaling bug
        return result

    monkeypatch.setattr(Dense, "backward", broken)
    errors = worst_errors(regularized_graph())
    assert errors["fc1"] > 1e-3 and errors["out"] > 1e-3
    assert errors["bn"] < 1e-6  # BatchNorm's own gradient is still right
