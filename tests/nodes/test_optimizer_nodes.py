"""The five optimizer nodes: declaration, shape rule, and that their kernels exist."""

from __future__ import annotations

import importlib

import numpy as np
import pytest

from nodeflow.nodes import LOSS, REGISTRY, ShapeError, TensorType, batch

NAMES = ["SGD", "Momentum", "AdaGrad", "RMSProp", "Adam"]


@pytest.mark.parametrize("name", NAMES)
def test_declaration(name):
    spec = REGISTRY.get(name)
    assert spec.category == "optimizer" and spec.inputs == ("loss",) and spec.outputs == ()
    assert "Minimizes the loss" in spec.help
    params = spec.validate_params({})
    for common in ("lr", "weight_decay", "schedule", "decay_rate", "decay_epochs"):
        assert common in params
    assert spec.param("schedule").choices == ("constant", "step", "exponential", "cosine")
    assert spec.describe(params) == f"{name} lr={params['lr']:g}"
    module, cls = spec.kernel.split(":")
    opt = getattr(importlib.import_module(module), cls)(params, 3, np.float32)
    w = np.ones(3, np.float32)
    opt.step(w, np.ones(3, np.float32), params["lr"])
    assert np.all(w < 1)


def test_defaults():
    adam = REGISTRY.get("Adam").validate_params({})
    expected = {"lr": 0.001, "beta1": 0.9, "beta2": 0.999, "eps": 1e-8, "weight_decay": 0.0, "schedule": "constant"}
    assert {k: adam[k] for k in expected} == expected
    momentum = REGISTRY.get("Momentum").validate_params({})
    assert momentum["momentum"] == 0.9 and momentum["nesterov"] is False
    assert REGISTRY.get("RMSProp").validate_params({})["rho"] == 0.9


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize(
    "given", [batch(10), TensorType((None,), "labels", 3)], ids=["features", "labels"]
)
def test_refuses_non_loss(name, given):
    spec = REGISTRY.get(name)
    with pytest.raises(ShapeError, match="expects a loss") as info:
        spec.infer(spec.validate_params({}), {"loss": given})
    assert info.value.port == "loss"


@pytest.mark.parametrize("name", NAMES)
def test_accepts_loss_and_reports_unconnected(name):
    spec = REGISTRY.get(name)
    assert spec.infer(spec.validate_params({}), {"loss": LOSS}).outputs == {}
    with pytest.raises(ShapeError, match="not connected"):
        spec.infer(spec.validate_params({}), {})
