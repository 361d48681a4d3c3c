"""Activations keep the shape; Softmax needs at least two values; their help tells learners the catch."""

from __future__ import annotations

import pytest

from nodeflow.nodes import REGISTRY, ParamError, ShapeError, batch

ACTIVATIONS = [s for s in REGISTRY if s.category == "activation"]


@pytest.mark.parametrize("spec", ACTIVATIONS, ids=[s.type for s in ACTIVATIONS])
@pytest.mark.parametrize("t", [batch(10), batch(3, 8, 8), batch(7, 4)], ids=str)
def test_keeps_the_shape(spec, t):
    r = spec.infer(spec.defaults(), {"in": t})
    assert r.outputs == {"out": t} and r.weights == {}


def test_alphas():
    assert REGISTRY.get("LeakyReLU").defaults() == {"alpha": 0.01}
    assert REGISTRY.get("ELU").defaults() == {"alpha": 1.0}
    with pytest.raises(ParamError, match="alpha"):
        REGISTRY.get("LeakyReLU").validate_params({"alpha": 2})
    assert REGISTRY.get("LeakyReLU").describe({"alpha": 0.2}) == "LeakyReLU 0.2"


def test_step_warns_about_its_gradient():
    assert "zero" in REGISTRY.get("Step").help and "gradient" in REGISTRY.get("Step").help


def test_softmax_and_sigmoid_mention_their_fused_loss():
    assert "CrossEntropy" in REGISTRY.get("Softmax").help
    assert "BCE" in REGISTRY.get("Sigmoid").help


def test_softmax_over_one_value_points_to_sigmoid():
    spec = REGISTRY.get("Softmax")
    with pytest.raises(ShapeError, match="Sigmoid"):
        spec.infer({}, {"in": batch(1)})
