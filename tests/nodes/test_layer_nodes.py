"""Shape rules of Dense, Flatten, Reshape, Dropout and BatchNorm."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nodeflow.nodes import REGISTRY, ShapeError, TensorType, batch


def infer(type_name: str, inputs, **params):
    spec = REGISTRY.get(type_name)
    return spec.infer(spec.validate_params(params), inputs)


def test_dense_on_vectors_declares_w_and_b():
    r = infer("Dense", {"in": batch(64)}, units=128)
    assert r.outputs == {"out": batch(128)}
    w, b = r.weights["W"], r.weights["b"]
    assert (w.shape, w.init, w.fan_in, w.fan_out) == ((64, 128), "fan", 64, 128)
    assert (b.shape, b.init) == ((128,), "zeros")
    assert r.param_count == 64 * 128 + 128
    assert r.macs == 64 * 128


def test_dense_without_bias_has_only_w():
    r = infer("Dense", {"in": batch(64)}, units=10, use_bias=False)
    assert set(r.weights) == {"W"}
    assert r.param_count == 640


def test_dense_acts_on_the_last_axis_of_sequences():
    r = infer("Dense", {"in": batch(7, 5)}, units=3)
    assert r.outputs["out"] == batch(7, 3)
    assert r.weights["W"].shape == (5, 3)
    assert r.macs == 7 * 5 * 3


@given(f=st.integers(1, 300), units=st.integers(1, 300), bias=st.booleans())
def test_dense_param_count(f, units, bias):
    r = infer("Dense", {"in": batch(f)}, units=units, use_bias=bias)
    assert r.param_count == f * units + (units if bias else 0)
    assert r.outputs["out"].shape == (None, units)


def test_dense_refuses_images_and_says_to_flatten():
    with pytest.raises(ShapeError) as info:
        infer("Dense", {"in": batch(1, 8, 8)})
    message = str(info.value)
    assert "(N, F)" in message and "(N, 1, 8, 8)" in message and "Flatten" in message
    assert info.value.port == "in"


def test_flatten():
    assert infer("Flatten", {"in": batch(16, 3, 3)}).outputs["out"] == batch(144)
    assert infer("Flatten", {"in": batch(10, 3)}).outputs["out"] == batch(30)
    assert infer("Flatten", {"in": batch(5)}).outputs["out"] == batch(5)
    assert infer("Flatten", {"in": batch(1, 8, 8)}).weights == {}


def test_reshape_keeps_the_count():
    assert infer("Reshape", {"in": batch(64)}, shape=[1, 8, 8]).outputs["out"] == batch(1, 8, 8)
    assert infer("Reshape", {"in": batch(2, 3, 4)}, shape=[6, 4]).outputs["out"] == batch(6, 4)


def test_reshape_count_mismatch_names_both_counts():
    with pytest.raises(ShapeError) as info:
        infer("Reshape", {"in": batch(64)}, shape=[4, 4])
    message = str(info.value)
    assert "(N, 64)" in message and "(N, 4, 4)" in message
    assert "64" in message and "16" in message


def test_dropout_keeps_the_shape():
    for t in (batch(64), batch(3, 8, 8), batch(10, 4)):
        r = infer("Dropout", {"in": t}, rate=0.2)
        assert r.outputs["out"] == t and r.weights == {}


@pytest.mark.parametrize(
    "t, features",
    [(batch(20), 20), (batch(7, 5), 5), (batch(3, 8, 8), 3), (batch(16, 4, 6), 16)],
)
def test_batchnorm_normalizes_features_or_channels(t: TensorType, features: int):
    r = infer("BatchNorm", {"in": t})
    assert r.outputs["out"] == t
    gamma, beta = r.weights["gamma"], r.weights["beta"]
    assert (gamma.shape, gamma.init) == ((features,), "ones")
    assert (beta.shape, beta.init) == ((features,), "zeros")
    assert r.param_count == 2 * features
    assert r.macs == math.prod(t.sample_shape)


def test_batchnorm_refuses_rank_five():
    with pytest.raises(ShapeError, match=r"\(N, 1, 2, 3, 4\)"):
        infer("BatchNorm", {"in": batch(1, 2, 3, 4)})
