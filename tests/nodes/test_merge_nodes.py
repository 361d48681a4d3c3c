"""Shape rules of Add and Concat."""

from __future__ import annotations

import pytest

from nodeflow.nodes import REGISTRY, ShapeError, batch


def infer(type_name: str, inputs, **params):
    spec = REGISTRY.get(type_name)
    return spec.infer(spec.validate_params(params), inputs)


def test_add_equal_shapes():
    for t in (batch(64), batch(4, 8, 8)):
        r = infer("Add", {"a": t, "b": t})
        assert r.outputs["out"] == t and r.weights == {}


def test_add_mismatch_names_both_shapes():
    with pytest.raises(ShapeError) as info:
        infer("Add", {"a": batch(64), "b": batch(32)})
    assert "(N, 64)" in str(info.value) and "(N, 32)" in str(info.value)
    assert info.value.port == "b"


def test_concat_last_axis():
    assert infer("Concat", {"a": batch(64), "b": batch(32)}).outputs["out"] == batch(96)
    assert infer("Concat", {"a": batch(5, 2), "b": batch(5, 3)}).outputs["out"] == batch(5, 5)


def test_concat_channels():
    r = infer("Concat", {"a": batch(3, 8, 8), "b": batch(5, 8, 8)}, axis=1)
    assert r.outputs["out"] == batch(8, 8, 8)
    r = infer("Concat", {"a": batch(3, 8, 8), "b": batch(3, 2, 8)}, axis=-2)
    assert r.outputs["out"] == batch(3, 10, 8)


def test_concat_other_axes_must_match():
    with pytest.raises(ShapeError, match="differ only on axis 1") as info:
        infer("Concat", {"a": batch(3, 8, 8), "b": batch(5, 4, 8)}, axis=1)
    assert "(N, 3, 8, 8)" in str(info.value) and "(N, 5, 4, 8)" in str(info.value)


def test_concat_rank_mismatch():
    with pytest.raises(ShapeError, match="same number of axes"):
        infer("Concat", {"a": batch(1, 8, 8), "b": batch(64)})


@pytest.mark.parametrize("axis", [0, -2, 2, 5])
def test_concat_refuses_batch_axis_and_missing_axes(axis):
    with pytest.raises(ShapeError, match="axis"):
        infer("Concat", {"a": batch(64), "b": batch(32)}, axis=axis)
