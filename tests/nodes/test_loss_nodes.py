"""Which pred/target combinations each loss accepts, and what it says about the others."""

from __future__ import annotations

import pytest

from nodeflow.nodes import LOSS, REGISTRY, ShapeError, TensorType, batch


def labels(k: int) -> TensorType:
    return TensorType((None,), kind="labels", classes=k)


REGRESSION = ("MSE", "MAE", "Huber")

ACCEPTED = [
    *[(t, batch(1), batch(1)) for t in REGRESSION],
    *[(t, batch(3), batch(3)) for t in REGRESSION],
    *[(t, batch(10, 1), batch(10, 1)) for t in REGRESSION],
    ("BCE", batch(1), batch(1)),
    ("BCE", batch(4), batch(4)),
    ("BCE", batch(1), labels(2)),
    ("CrossEntropy", batch(3), labels(3)),
    ("CrossEntropy", batch(10), labels(10)),
    ("CrossEntropy", batch(3), batch(3)),
]

# (type, pred, target, a fragment of the message, the port at fault)
REFUSED = [
    *[(t, batch(1), batch(2), "same shape", "target") for t in REGRESSION],
    *[(t, batch(1), labels(3), "CrossEntropy", "target") for t in REGRESSION],
    *[(t, labels(3), batch(1), "loss's target", "pred") for t in REGRESSION],
    ("BCE", batch(1), labels(3), "2 classes", "target"),
    ("BCE", batch(3), labels(2), "(N, 1)", "pred"),
    ("BCE", batch(1), batch(2), "same shape", "target"),
    ("CrossEntropy", batch(3), labels(10), "10 units", "pred"),
    ("CrossEntropy", batch(1), labels(2), "Sigmoid + BCE", "pred"),
    ("CrossEntropy", batch(3), batch(4), "one-hot", "target"),
    ("CrossEntropy", batch(5, 3), labels(3), "(N, K)", "pred"),
    ("CrossEntropy", labels(3), labels(3), "loss's target", "pred"),
]


@pytest.mark.parametrize("type_name, pred, target", ACCEPTED, ids=lambda v: str(v))
def test_accepted(type_name, pred, target):
    spec = REGISTRY.get(type_name)
    r = spec.infer(spec.defaults(), {"pred": pred, "target": target})
    assert r.outputs == {"loss": LOSS}
    assert r.weights == {}


@pytest.mark.parametrize("type_name, pred, target, fragment, port", REFUSED, ids=lambda v: str(v))
def test_refused(type_name, pred, target, fragment, port):
    spec = REGISTRY.get(type_name)
    with pytest.raises(ShapeError) as info:
        spec.infer(spec.defaults(), {"pred": pred, "target": target})
    assert fragment in str(info.value)
    assert info.value.port == port


def test_mismatch_names_both_shapes():
    spec = REGISTRY.get("MSE")
    with pytest.raises(ShapeError) as info:
        spec.infer({}, {"pred": batch(1), "target": batch(2)})
    assert "(N, 1)" in str(info.value) and "(N, 2)" in str(info.value)


def test_huber_delta():
    spec = REGISTRY.get("Huber")
    assert spec.defaults() == {"delta": 1.0}
    assert spec.describe({"delta": 0.5}) == "Huber 0.5"
