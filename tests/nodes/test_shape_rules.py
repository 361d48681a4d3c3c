"""The shared shape-rule helpers of nodeflow.nodes.rules."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nodeflow.nodes import ShapeError, TensorType, batch
from nodeflow.nodes.rules import (
    conv_output_size,
    expect_rank,
    float_input,
    fmt_shape,
    resolve_padding,
    single_input,
)


@given(size=st.integers(1, 40), k=st.integers(1, 9), stride=st.integers(1, 5), pad=st.integers(0, 4))
def test_conv_output_size_counts_window_positions(size, k, stride, pad):
    positions = len([s for s in range(0, size + 2 * pad, stride) if s + k <= size + 2 * pad])
    out = conv_output_size(size, k, stride, pad)
    assert max(out, 0) == positions


@pytest.mark.parametrize("k", range(1, 16))
def test_same_padding_keeps_odd_sizes(k):
    pad = resolve_padding("same", k)
    assert resolve_padding("valid", k) == 0 and resolve_padding(3, k) == 3
    if k % 2:
        assert conv_output_size(20, k, 1, pad) == 20


def test_expect_rank_message_and_hint():
    with pytest.raises(ShapeError) as info:
        expect_rank(batch(64), 4, "(N, C, H, W)", hint="reshape it", port="x")
    assert str(info.value) == "reshape it; it expects (N, C, H, W) but gets (N, 64)"
    assert info.value.port == "x"
    assert expect_rank(batch(1, 2, 3), (3, 4), "(N, C, H, W)") == batch(1, 2, 3)


def test_inputs_refuse_labels_losses_and_missing_wires():
    lab = TensorType((None,), kind="labels", classes=4)
    with pytest.raises(ShapeError, match=r"labels can only go into a loss's target, but gets class labels \(N,\) labels<4>"):
        float_input({"in": lab})
    with pytest.raises(ShapeError, match="optimizer"):
        float_input({"in": TensorType((), kind="loss")})
    with pytest.raises(ShapeError, match="not connected"):
        float_input({}, "a")
    with pytest.raises(ShapeError, match=r"expects \(N, F, ...\)"):
        single_input({"in": TensorType((None,))}, min_rank=2)


def test_fmt_shape():
    assert fmt_shape((1, 8, 8)) == "(N, 1, 8, 8)"
