"""Predictions of an imported graph with the engine: the test plays the user who picks data
(an npz of the model's input shape) and, where the import added none, a loss and an optimizer."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from nodeflow.compute.network import Network
from nodeflow.compute.weights import set_weights
from nodeflow.graph.analysis import analyze


def _sink(graph) -> str:
    read = {e.src[0] for e in graph.edges}
    return next(n.id for n in graph.nodes.values() if n.spec.category in ("layer", "activation", "merge")
                and n.id not in read)


def predict(imported, x: np.ndarray, folder: Path) -> np.ndarray:
    g = imported.graph.copy()
    data = next(n for n in g.nodes.values() if n.type == "Dataset")
    losses = [n for n in g.nodes.values() if n.spec.category == "loss"]
    out = g.source_of((losses[0].id, "pred"))[0] if losses else _sink(g)
    path = folder / "picked.npz"
    np.savez(path, x=x, y=np.zeros((len(x), 1), np.float32))
    data.params = {"source": "npz", "path": str(path), "standardize": False, "task": "regression",
                   "validation_split": 0.0, "test_split": 0.0}
    out_type = analyze(g).output_type((out, "out"))
    assert out_type is not None, analyze(g).first_error
    if losses and losses[0].type in ("CrossEntropy",):
        k = out_type.shape[-1]
        np.savez(path, x=x, y=np.arange(len(x)) % k)
        data.params["task"] = "classification"
    else:
        np.savez(path, x=x, y=np.zeros((len(x), *out_type.sample_shape), np.float32))
    if not losses:
        g.add_node("MSE", {}, node_id="picked_loss")
        g.connect((out, "out"), ("picked_loss", "pred"))
        g.connect((data.id, "y"), ("picked_loss", "target"))
        g.add_node("SGD", {}, node_id="picked_opt")
        g.connect(("picked_loss", "loss"), ("picked_opt", "loss"))
    analysis = analyze(g)
    assert analysis.ok, analysis.first_error
    net = Network.compile(g, analysis)
    set_weights(net, imported.arrays)
    return net.predict(x.astype(np.float32))
