"""Flatten and Reshape kernels: shapes, gradients, dtype."""

import numpy as np
from kernel_harness import check_dtype, check_gradients, make_kernel

from nodeflow.compute.kernels.reshape import Flatten, Reshape

RNG = np.random.default_rng(2)


def test_flatten_forward_and_gradients():
    x = RNG.standard_normal((2, 3, 2, 2))
    k = make_kernel(Flatten, {}, {"in": x})
    y = k.forward({"in": x}, True, RNG)["out"]
    assert y.shape == (2, 12)
    np.testing.assert_array_equal(y[1], x[1].ravel())
    check_gradients(Flatten, {}, {"in": x})


def test_reshape_forward_and_gradients():
    x = RNG.standard_normal((3, 12))
    k = make_kernel(Reshape, {"shape": [3, 4]}, {"in": x})
    y = k.forward({"in": x}, True, RNG)["out"]
    assert y.shape == (3, 3, 4)
    np.testing.assert_array_equal(y[2, 1], x[2, 4:8])
    check_gradients(Reshape, {"shape": [2, 6]}, {"in": x})


def test_shape_ops_float32():
    assert check_dtype(Flatten, {}, {"in": RNG.standard_normal((2, 3, 4))})["out"].shape == (2, 12)
    assert check_dtype(Reshape, {"shape": [4, 3]}, {"in": RNG.standard_normal((2, 12))})["out"].shape == (
        2,
        4,
        3,
    )
