"""A shape error may name the node type whose insertion fixes it; the canvas offers that fix."""

from __future__ import annotations

import pytest

from nodeflow.nodes import REGISTRY, ShapeError, batch


def test_dense_fed_images_asks_for_a_flatten() -> None:
    spec = REGISTRY.get("Dense")
    with pytest.raises(ShapeError) as info:
        spec.infer(spec.validate_params({}), {"in": batch(16, 4, 4)})
    assert info.value.fix_insert == "Flatten" and info.value.port == "in"
    assert str(info.value).startswith("insert a Flatten before it")
    flatten = REGISTRY.get("Flatten")
    flat = flatten.infer({}, {"in": batch(16, 4, 4)}).outputs["out"]
    assert flat.shape == (None, 256)
    assert spec.infer(spec.validate_params({}), {"in": flat}).outputs["out"].shape[0] is None


def test_other_shape_errors_offer_no_insertion() -> None:
    spec = REGISTRY.get("Conv2D")
    with pytest.raises(ShapeError) as info:
        spec.infer(spec.validate_params({}), {"in": batch(16)})
    assert info.value.fix_insert is None
