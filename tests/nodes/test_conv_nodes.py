"""Shape rules of Conv2D, MaxPool2D and AvgPool2D."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nodeflow.nodes import REGISTRY, ShapeError, batch


def infer(type_name: str, inputs, **params):
    spec = REGISTRY.get(type_name)
    return spec.infer(spec.validate_params(params), inputs)


def test_conv_valid():
    r = infer("Conv2D", {"in": batch(1, 8, 8)}, filters=16, kernel_size=3)
    assert r.outputs["out"] == batch(16, 6, 6)
    w = r.weights["W"]
    assert (w.shape, w.fan_in, w.fan_out) == ((16, 1, 3, 3), 9, 16 * 9)
    assert r.weights["b"].shape == (16,)
    assert r.param_count == 16 * 9 + 16
    assert r.macs == 6 * 6 * 16 * 1 * 3 * 3


def test_conv_same_keeps_the_size():
    r = infer("Conv2D", {"in": batch(3, 10, 6)}, filters=4, kernel_size=5, padding="same")
    assert r.outputs["out"] == batch(4, 10, 6)
    assert r.macs == 10 * 6 * 4 * 3 * 5 * 5


def test_conv_stride_two_halves():
    r = infer("Conv2D", {"in": batch(8, 8, 8)}, filters=8, kernel_size=3, stride=2, padding="same")
    assert r.outputs["out"] == batch(8, 4, 4)
    assert r.macs == 4 * 4 * 8 * 8 * 3 * 3


def test_conv_integer_padding_and_no_bias():
    r = infer("Conv2D", {"in": batch(2, 5, 5)}, filters=3, kernel_size=3, padding=2, use_bias=False)
    assert r.outputs["out"] == batch(3, 7, 7)
    assert set(r.weights) == {"W"}


def test_conv_that_does_not_fit_is_explained():
    with pytest.raises(ShapeError) as info:
        infer("Conv2D", {"in": batch(1, 3, 3)}, kernel_size=5)
    message = str(info.value)
    assert "5x5" in message and "(N, 1, 3, 3)" in message and "does not fit" in message


def test_conv_fed_vectors_asks_for_images():
    with pytest.raises(ShapeError) as info:
        infer("Conv2D", {"in": batch(64)})
    message = str(info.value)
    assert "(N, C, H, W)" in message and "(N, 64)" in message and "images" in message


@settings(max_examples=40, deadline=None)
@given(
    c=st.integers(1, 3), h=st.integers(1, 12), w=st.integers(1, 12), f=st.integers(1, 4),
    k=st.integers(1, 5), stride=st.integers(1, 3),
    padding=st.one_of(st.sampled_from(["valid", "same"]), st.integers(0, 3)),
)
def test_conv_matches_pytorch(c, h, w, f, k, stride, padding):
    torch = pytest.importorskip("torch")
    # "same" pads (k - 1) // 2 before and k // 2 after (PyTorch's padding="same", any stride here)
    before, after = {"valid": (0, 0), "same": ((k - 1) // 2, k // 2)}.get(padding, (padding, padding))
    layer = torch.nn.Conv2d(c, f, k, stride=stride, padding=0)
    params = dict(filters=f, kernel_size=k, stride=stride, padding=padding)
    if h + before + after < k or w + before + after < k:
        with pytest.raises(ShapeError):
            infer("Conv2D", {"in": batch(c, h, w)}, **params)
        return
    r = infer("Conv2D", {"in": batch(c, h, w)}, **params)
    out = layer(torch.nn.functional.pad(torch.zeros(1, c, h, w), (before, after, before, after)))
    if padding == "same" and stride == 1:
        assert tuple(out.shape[2:]) == (h, w)
    assert r.outputs["out"].sample_shape == tuple(out.shape[1:])
    assert r.param_count == sum(p.numel() for p in layer.parameters())


@pytest.mark.parametrize("type_name", ["MaxPool2D", "AvgPool2D"])
def test_pools(type_name):
    assert infer(type_name, {"in": batch(16, 6, 6)}).outputs["out"] == batch(16, 3, 3)
    assert infer(type_name, {"in": batch(3, 7, 7)}).outputs["out"] == batch(3, 3, 3)
    r = infer(type_name, {"in": batch(2, 5, 5)}, pool_size=3, stride=1)
    assert r.outputs["out"] == batch(2, 3, 3)
    assert r.weights == {} and r.macs == 0
    with pytest.raises(ShapeError, match="does not fit"):
        infer(type_name, {"in": batch(2, 1, 4)})
    with pytest.raises(ShapeError, match=r"\(N, C, H, W\)"):
        infer(type_name, {"in": batch(10, 4)})


@settings(max_examples=30, deadline=None)
@given(h=st.integers(1, 12), w=st.integers(1, 12), p=st.integers(1, 4), s=st.integers(1, 4))
def test_pools_match_pytorch(h, w, p, s):
    torch = pytest.importorskip("torch")
    if h < p or w < p:
        with pytest.raises(ShapeError):
            infer("MaxPool2D", {"in": batch(2, h, w)}, pool_size=p, stride=s)
        return
    out = torch.nn.MaxPool2d(p, s)(torch.zeros(1, 2, h, w))
    for type_name in ("MaxPool2D", "AvgPool2D"):
        r = infer(type_name, {"in": batch(2, h, w)}, pool_size=p, stride=s)
        assert r.outputs["out"].sample_shape == tuple(out.shape[1:])
