"""Weights files: round trip, and refusal of pickles, mis-shaped and missing arrays."""

from __future__ import annotations

import numpy as np
import pytest

from nodeflow.compute.network import Network
from nodeflow.compute.weights import load_weights, save_weights, weight_arrays
from nodeflow.graph.document import Graph, GraphError


def bn_graph(units: int = 8) -> Graph:
    g = Graph("w")
    for node_id, type_name, params in [
        ("data", "Dataset", {"source": "moons", "n_samples": 50}), ("fc", "Dense", {"units": units}),
        ("bn", "BatchNorm", {}), ("relu", "ReLU", {}), ("out", "Dense", {"units": 2}),
        ("sm", "Softmax", {}), ("ce", "CrossEntropy", {}), ("opt", "Adam", {}),
    ]:
        g.add_node(type_name, params, node_id=node_id)
    for a, b in [(("data", "x"), ("fc", "in")), (("fc", "out"), ("bn", "in")), (("bn", "out"), ("relu", "in")),
                 (("relu", "out"), ("out", "in")), (("out", "out"), ("sm", "in")), (("sm", "out"), ("ce", "pred")),
                 (("data", "y"), ("ce", "target")), (("ce", "loss"), ("opt", "loss"))]:
        g.connect(a, b)
    return g


def trained(seed: int = 0) -> Network:
    net = Network.compile(bn_graph(), seed=seed)
    rng = np.random.default_rng(0)
    x, y = rng.normal(size=(16, 2)).astype(np.float32), rng.integers(0, 2, 16)
    net.forward(x, y, True, rng)  # updates BatchNorm's running statistics
    return net


def test_round_trip_restores_weights_and_running_statistics(tmp_path):
    source = trained(seed=0)
    path = tmp_path / "w.npz"
    save_weights(source, path)
    keys = set(np.load(path).files)
    assert {"fc/W", "fc/b", "bn/gamma", "bn/beta", "out/W", "out/b"} <= keys
    assert {"bn/state/running_mean", "bn/state/running_var"} <= keys
    target = Network.compile(bn_graph(), seed=1)
    assert not np.array_equal(target.flat_w, source.flat_w)
    load_weights(target, path)
    assert np.array_equal(target.flat_w, source.flat_w)
    np.testing.assert_array_equal(target.kernels["bn"].state["running_mean"],
                                  source.kernels["bn"].state["running_mean"])
    x = np.random.default_rng(2).normal(size=(5, 2)).astype(np.float32)
    np.testing.assert_array_equal(target.predict(x), source.predict(x))
    assert [p.name for p in tmp_path.iterdir()] == ["w.npz"]  # no temporary file left


def test_mis_shaped_array_is_refused_naming_node_and_param(tmp_path):
    path = tmp_path / "w.npz"
    save_weights(Network.compile(bn_graph(units=8)), path)
    other = Network.compile(bn_graph(units=4))
    before = other.flat_w.copy()
    with pytest.raises(GraphError, match=r"fc: 'W' has shape \(2, 8\).*needs \(2, 4\)"):
        load_weights(other, path)
    assert np.array_equal(other.flat_w, before)  # nothing half-loaded


def test_missing_and_extra_arrays_are_refused(tmp_path):
    net = Network.compile(bn_graph())
    arrays = weight_arrays(net)
    missing = dict(arrays)
    del missing["out/b"]
    np.savez(tmp_path / "missing.npz", **missing)
    with pytest.raises(GraphError, match="out: the weights file has no 'b'"):
        load_weights(net, tmp_path / "missing.npz")
    np.savez(tmp_path / "extra.npz", **arrays, **{"ghost/W": np.zeros(3)})
    with pytest.raises(GraphError, match="ghost"):
        load_weights(net, tmp_path / "extra.npz")


def test_pickled_objects_are_refused(tmp_path):
    net = Network.compile(bn_graph())
    arrays = weight_arrays(net)
    arrays["fc/W"] = np.array([{"evil": 1}, None], dtype=object)
    np.savez(tmp_path / "pickle.npz", **arrays)
    with pytest.raises(ValueError, match="pickle"):
        load_weights(net, tmp_path / "pickle.npz")
    (tmp_path / "junk.npz").write_bytes(b"not a zip")
    with pytest.raises(ValueError, match="not a weights file"):
        load_weights(net, tmp_path / "junk.npz")
