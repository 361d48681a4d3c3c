"""Add and Concat kernels: gradients for both inputs, dtype, values."""

import numpy as np
import pytest
from kernel_harness import check_dtype, check_gradients, make_kernel

from nodeflow.compute.kernels.merge import Add, Concat

RNG = np.random.default_rng(3)


def test_add_gradients_and_values():
    a, b = RNG.standard_normal((3, 4)), RNG.standard_normal((3, 4))
    assert set(check_gradients(Add, {}, {"a": a, "b": b})) == {"a", "b"}
    k = make_kernel(Add, {}, {"a": a, "b": b})
    np.testing.assert_array_equal(k.forward({"a": a, "b": b}, True, RNG)["out"], a + b)
    grads = k.backward({"out": np.ones((3, 4))})
    assert not np.shares_memory(grads["a"], grads["b"])  # safe for in-place fan-out accumulation


@pytest.mark.parametrize(
    "shape_a, shape_b, axis, out_shape",
    [
        ((2, 3), (2, 4), -1, (2, 7)),
        ((2, 2, 3, 3), (2, 5, 3, 3), 1, (2, 7, 3, 3)),
        ((2, 3, 2), (2, 3, 1), 2, (2, 3, 3)),
    ],
)
def test_concat(shape_a, shape_b, axis, out_shape):
    a, b = RNG.standard_normal(shape_a), RNG.standard_normal(shape_b)
    k = make_kernel(Concat, {"axis": axis}, {"a": a, "b": b})
    y = k.forward({"a": a, "b": b}, True, RNG)["out"]
    assert y.shape == out_shape
    np.testing.assert_array_equal(np.take(y, range(shape_a[axis]), axis=axis), a)
    assert set(check_gradients(Concat, {"axis": axis}, {"a": a, "b": b})) == {"a", "b"}


def test_merge_float32():
    a, b = RNG.standard_normal((2, 3)), RNG.standard_normal((2, 3))
    check_dtype(Add, {}, {"a": a, "b": b})
    assert check_dtype(Concat, {"axis": -1}, {"a": a, "b": b})["out"].shape == (2, 6)
