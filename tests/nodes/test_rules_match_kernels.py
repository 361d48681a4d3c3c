"""The declared shapes are the computed shapes: build each kernel from its shape rule, run it on a
small batch and compare every array with what the rule promised (Keras's "build, call, check")."""

from __future__ import annotations

import importlib
import importlib.util

import numpy as np
import pytest
from catalogue_cases import CASES

from nodeflow.nodes import REGISTRY, TensorType, batch

N = 3

EXTRA = [
    ("Dense", {"units": 4, "use_bias": False}, {"in": batch(5, 7)}),
    ("Conv2D", {"filters": 3, "kernel_size": 3, "stride": 2, "padding": "same"}, {"in": batch(2, 9, 7)}),
    ("Conv2D", {"filters": 2, "kernel_size": 4, "padding": 1}, {"in": batch(1, 6, 6)}),
    ("MaxPool2D", {"pool_size": 3, "stride": 1}, {"in": batch(2, 5, 6)}),
    ("AvgPool2D", {"pool_size": 2, "stride": 2}, {"in": batch(2, 7, 7)}),
    ("BatchNorm", {}, {"in": batch(6)}),
    ("BatchNorm", {}, {"in": batch(4, 6)}),
    ("Reshape", {"shape": [4, 2, 2]}, {"in": batch(2, 8)}),
    ("Flatten", {}, {"in": batch(3, 2, 2)}),
    ("RNN", {"units": 4, "return_sequences": True}, {"in": batch(5, 2)}),
    ("LSTM", {"units": 4, "return_sequences": True}, {"in": batch(5, 2)}),
    ("GRU", {"units": 4, "return_sequences": True}, {"in": batch(5, 2)}),
    ("Concat", {"axis": 1}, {"a": batch(2, 4, 4), "b": batch(3, 4, 4)}),
    ("Softmax", {}, {"in": batch(5, 4)}),
    ("CrossEntropy", {}, {"pred": batch(3), "target": batch(3)}),
    ("BCE", {}, {"pred": batch(4), "target": batch(4)}),
    ("MSE", {}, {"pred": batch(2, 3), "target": batch(2, 3)}),
]
CALLS = [(t, {}, good) for t, (good, _) in CASES.items()] + EXTRA


def _array(t: TensorType, rng: np.random.Generator) -> np.ndarray:
    if t.kind == "labels":
        return rng.integers(0, t.classes, size=N)
    return rng.standard_normal((N, *t.sample_shape))


def _concrete(t: TensorType) -> tuple[int, ...]:
    return tuple(N if d is None else d for d in t.shape)


@pytest.mark.parametrize("type_name, raw, inputs", CALLS, ids=lambda v: str(v))
def test_kernel_computes_the_declared_shapes(type_name, raw, inputs):
    spec = REGISTRY.get(type_name)
    module, cls = spec.kernel.split(":")
    params = spec.validate_params(raw)
    inferred = spec.infer(params, inputs)
    kernel = getattr(importlib.import_module(module), cls)(params, inputs, inferred, np.float64)
    rng = np.random.default_rng(0)
    for name, w in inferred.weights.items():
        kernel.w[name] = rng.standard_normal(w.shape) * 0.1
        kernel.g[name] = np.zeros(w.shape)
    arrays = {port: _array(t, rng) for port, t in inputs.items()}
    if spec.category == "loss":  # probabilities in (0, 1) for the log-based losses
        arrays["pred"] = 1 / (1 + np.exp(-arrays["pred"]))
        if inputs["target"].kind == "float":
            arrays["target"] = rng.uniform(0, 1, arrays["pred"].shape)
        if type_name == "CrossEntropy" and arrays["target"].ndim == 2:  # class probabilities per row
            arrays["target"] = arrays["target"] / arrays["target"].sum(axis=1, keepdims=True)
    out = kernel.forward(arrays, True, rng)
    assert set(out) == set(inferred.outputs)
    for port, t in inferred.outputs.items():
        assert out[port].shape == _concrete(t), port
        assert np.all(np.isfinite(out[port]))
    grads = kernel.backward({port: np.ones(_concrete(t)) for port, t in inferred.outputs.items()})
    for port, g in grads.items():
        assert g.shape == arrays[port].shape, port
    for name, w in inferred.weights.items():
        assert kernel.g[name].shape == w.shape, name
