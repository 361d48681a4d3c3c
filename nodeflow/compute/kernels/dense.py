"""Dense (fully connected) layer: y = x W + b on the last axis of (N, F) or (N, T, F) inputs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from nodeflow.compute.kernel import Kernel


def dense_forward(x: np.ndarray, W: np.ndarray, b: np.ndarray | None = None) -> np.ndarray:
    """x (..., F), W (F, U), b (U,) or None -> y (..., U). One matrix product (BLAS)."""
    y = np.matmul(x, W)
    if b is not None:
        y += b
    return y


def dense_backward(
    dy: np.ndarray,
    x: np.ndarray,
    W: np.ndarray,
    with_bias: bool = True,
    need_dx: bool = True,
    dW: np.ndarray | None = None,
    db: np.ndarray | None = None,
) -> tuple[np.ndarray | None, np.ndarray, np.ndarray | None]:
    """dy (..., U), x (..., F), W (F, U) -> (dx (..., F) or None, dW (F, U), db (U,) or None).

    Leading axes are folded into one, so dW is one GEMM, (F, M) @ (M, U). np.dot, not matmul:
    at batch 1 matmul treats the outer product as a broadcast loop and skips BLAS. `dW`/`db`
    may be given as contiguous output arrays (the kernel's gradient views) to save a copy.
    `need_dx=False` skips the input gradient (a first layer fed by data needs none).
    """
    F, U = W.shape
    x2 = x.reshape(-1, F)
    dy2 = dy.reshape(-1, U)
    if dW is None:
        dW = np.dot(x2.T, dy2)
    else:
        np.dot(x2.T, dy2, out=dW)
    if with_bias:
        if db is None:
            db = dy2.sum(axis=0)
        else:
            np.sum(dy2, axis=0, out=db)
    else:
        db = None
    dx = np.matmul(dy, W.T) if need_dx else None
    return dx, dW, db


class Dense(Kernel):
    """Weights W (F, units) and, if the node declares it, b (units,).

    `input_grad` may be set False by the engine when the input needs no gradient (it comes
    straight from the data); backward then returns no gradient for `in` and skips one GEMM.
    """

    input_grad: bool = True

    def __init__(self, params: Mapping[str, Any], inputs, inferred, dtype=np.float32) -> None:
        super().__init__(params, inputs, inferred, dtype)
        self._x: np.ndarray | None = None

    def forward(self, inputs, training, rng):
        x = inputs["in"]
        self._x = x
        return {"out": dense_forward(x, self.w["W"], self.w.get("b"))}

    def backward(self, grads):
        x = self._x
        if x is None:
            raise RuntimeError("Dense.backward called before forward")
        W = self.w["W"]
        gW = self.g["W"]
        gb = self.g.get("b")
        contiguous = gW.flags.c_contiguous and gW.dtype == np.result_type(x, grads["out"])
        dx, dW, db = dense_backward(
            grads["out"],
            x,
            W,
            with_bias="b" in self.w,
            need_dx=self.input_grad,
            dW=gW if contiguous else None,
            db=gb if contiguous and gb is not None and gb.flags.c_contiguous else None,
        )
        if dW is not gW:
            gW[...] = dW
        if gb is not None and db is not gb:
            gb[...] = db
        return {} if dx is None else {"in": dx}
