"""Recurrent layers RNN (tanh), LSTM and GRU, with backpropagation through time.

Shapes: input x (N, T, F); output (N, T, H) with return_sequences, else (N, H) (the last step);
initial state zeros. Weights as the node declarations name them: RNN Wx (F, H), Wh (H, H),
b (H,); LSTM Wx (F, 4H), Wh (H, 4H), b (4H,), gates i, f, g, o; GRU Wx (F, 3H), Wh (H, 3H),
bx (3H,), bh (3H,), gates r, z, n with PyTorch's equations.

Speed (the loop over time steps is Python): internally everything is time-major (T, N, ...) so
each step's slice is contiguous; the input projection of all steps is ONE matrix product before
the loop, each step costs one product for the recurrence, and the weight gradients are single
products over all steps after the loop. Sigmoid gates are computed as 0.5 * tanh(a / 2) + 0.5
with the halving folded into copies of the weights (exact: a power of two), so each step needs
one tanh over the fused gate matrix. The pure functions use only NumPy, for the exporter:
`*_forward(x, weights..., return_sequences) -> (out, cache)` and
`*_backward(dout, cache, need_dx=True) -> (dx or None, dweights...)`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import numpy as np

from nodeflow.compute.kernel import Kernel
from nodeflow.compute.types import Inferred, TensorType


def _time_major(x: np.ndarray) -> np.ndarray:
    """(N, T, F) -> contiguous (T, N, F)."""
    return np.ascontiguousarray(x.transpose(1, 0, 2))


def _batch_major_output(hs: np.ndarray, return_sequences: bool) -> np.ndarray:
    """States (T + 1, N, H) with the zero initial state first -> (N, T, H) or the last (N, H)."""
    if return_sequences:
        return np.ascontiguousarray(hs[1:].transpose(1, 0, 2))
    return hs[-1].copy()


def _step_grads(dout: np.ndarray, T: int) -> tuple[np.ndarray | None, np.ndarray | None]:
    """Upstream gradient -> (per-step view (T, N, H) or None, last-step (N, H) or None)."""
    if dout.ndim == 3:
        return dout.transpose(1, 0, 2), None
    return None, dout


def _project(xt: np.ndarray, W: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Input projection of every step in one product: xt (T, N, F) -> xt W + b (T, N, G)."""
    T, N, F = xt.shape
    out = xt.reshape(T * N, F) @ W
    out += b  # in place: a second (T N, G) temporary costs more than the add
    return out.reshape(T, N, W.shape[1])


def _weight_grads(
    xt: np.ndarray, hs: np.ndarray, dX: np.ndarray, dHH: np.ndarray, Wx: np.ndarray, need_dx: bool = True
):
    """After the loop, one product each: dx (N, T, F) (None unless need_dx), dWx (F, G),
    dWh (H, G) and the bias sums.

    dX (T, N, G) is the gradient of the input projections, dHH that of the recurrent ones
    (the same array except in the GRU); hs (T + 1, N, H) holds the states, zeros first.
    """
    T, N, F = xt.shape
    G = dX.shape[-1]
    dX2, dHH2 = dX.reshape(T * N, G), dHH.reshape(T * N, G)
    dWx = xt.reshape(T * N, F).T @ dX2
    dWh = hs[:-1].reshape(T * N, hs.shape[-1]).T @ dHH2
    dx = np.ascontiguousarray((dX2 @ Wx.T).reshape(T, N, F).transpose(1, 0, 2)) if need_dx else None
    return dx, dWx, dWh, dX2.sum(axis=0), dHH2.sum(axis=0)


def rnn_forward(
    x: np.ndarray, Wx: np.ndarray, Wh: np.ndarray, b: np.ndarray, return_sequences: bool = False
) -> tuple[np.ndarray, tuple]:
    """h_t = tanh(x_t Wx + h_{t-1} Wh + b). x (N, T, F) -> (N, T, H) or (N, H)."""
    N, T, F = x.shape
    H = Wh.shape[0]
    xt = _time_major(x)
    hs = np.empty((T + 1, N, H), dtype=x.dtype)
    hs[0] = 0
    hs[1:] = _project(xt, Wx, b)
    for t in range(T):
        h = hs[t + 1]
        h += hs[t] @ Wh
        np.tanh(h, out=h)
    return _batch_major_output(hs, return_sequences), (xt, hs, Wx, Wh)


def rnn_backward(dout: np.ndarray, cache: tuple, need_dx: bool = True) -> tuple:
    """dout (N, T, H) or (N, H) -> (dx (N, T, F) or None without need_dx, dWx, dWh, db)."""
    xt, hs, Wx, Wh = cache
    T, N, F = xt.shape
    H = Wh.shape[0]
    dseq, dlast = _step_grads(dout, T)
    da = np.empty((T, N, H), dtype=hs.dtype)
    dh = np.zeros((N, H), dtype=hs.dtype) if dlast is None else np.array(dlast, dtype=hs.dtype, order="C")
    WhT = np.ascontiguousarray(Wh.T)
    for t in range(T - 1, -1, -1):
        if dseq is not None:
            dh += dseq[t]
        d = da[t]
        np.multiply(hs[t + 1], hs[t + 1], out=d)
        np.subtract(1, d, out=d)  # tanh' = 1 - h^2
        d *= dh
        if t:
            np.dot(d, WhT, out=dh)
    dx, dWx, dWh, db, _ = _weight_grads(xt, hs, da, da, Wx, need_dx)
    return dx, dWx, dWh, db


def _lstm_order(H: int) -> np.ndarray:
    """Column permutation from the declared gate order [i, f, g, o] to the internal [i, f, o, g]
    (the three sigmoid gates side by side, so each step treats them as one contiguous block)."""
    return np.r_[0 : 2 * H, 3 * H : 4 * H, 2 * H : 3 * H]


def lstm_forward(
    x: np.ndarray, Wx: np.ndarray, Wh: np.ndarray, b: np.ndarray, return_sequences: bool = False
) -> tuple[np.ndarray, tuple]:
    """LSTM with fused gates [i, f, g, o] (PyTorch's equations, one bias).

    i, f, o = sigmoid(.), g = tanh(.) of x_t Wx + h_{t-1} Wh + b; c_t = f c_{t-1} + i g;
    h_t = o tanh(c_t). x (N, T, F) -> (N, T, H) or (N, H).

    Internally feature-major: z_t = [h_{t-1}; x_t; 1] is (H + F + 1, N) and the gate
    pre-activations of one step are ONE product Wz^T z_t (4H, N) with Wz = [Wh; Wx; b], so every
    gate is a contiguous block of rows (row blocks of a C array are contiguous; column blocks
    of an (N, 4H) array are not, and strided ufuncs cost several times more on small arrays).
    """
    N, T, F = x.shape
    H = Wh.shape[0]
    K = H + F + 1
    dtype = x.dtype
    order = _lstm_order(H)
    Wz = np.concatenate([Wh, Wx, b.reshape(1, -1)]).astype(dtype, copy=False)[:, order]  # (K, 4H)
    # sigmoid(a) = 0.5 tanh(a / 2) + 0.5: halve the i, f, o columns, then one tanh per step.
    Wz[:, : 3 * H] *= 0.5
    WzT = np.ascontiguousarray(Wz.T)  # (4H, K)
    zs = np.empty((T + 1, K, N), dtype=dtype)
    zs[0, :H] = 0
    zs[:T, H : H + F] = x.transpose(1, 2, 0)
    zs[T, H : H + F] = 0
    zs[:, H + F] = 1
    gates = np.empty((T, 4 * H, N), dtype=dtype)
    cs = np.empty((T + 1, H, N), dtype=dtype)
    tcs = np.empty((T, H, N), dtype=dtype)
    cs[0] = 0
    tmp = np.empty((H, N), dtype=dtype)
    for t in range(T):
        a = gates[t]
        np.dot(WzT, zs[t], out=a)
        np.tanh(a, out=a)
        s = a[: 3 * H]
        s *= 0.5
        s += 0.5
        i, f, o, g = a[:H], a[H : 2 * H], a[2 * H : 3 * H], a[3 * H :]
        c = cs[t + 1]
        np.multiply(f, cs[t], out=c)
        np.multiply(i, g, out=tmp)
        c += tmp
        np.tanh(c, out=tcs[t])
        np.multiply(o, tcs[t], out=zs[t + 1, :H])
    hs = zs[1:, :H]  # (T, H, N)
    out = hs.transpose(2, 0, 1) if return_sequences else hs[-1].T
    return np.ascontiguousarray(out), (zs, gates, cs, tcs, Wx, Wh)


def lstm_backward(dout: np.ndarray, cache: tuple, need_dx: bool = True) -> tuple:
    """dout (N, T, H) or (N, H) -> (dx (N, T, F) or None without need_dx, dWx (F, 4H), dWh (H, 4H), db (4H,)).

    Feature-major like the forward pass. Per step: the gate gradients d (4H, N), one product
    for the state gradient (and the input's), and one for the weight gradient
    d z_t^T (4H, K) accumulated over the steps: the same products as one GEMM over all steps,
    without transposing (T, ., N) arrays after the loop.
    """
    zs, gates, cs, tcs, Wx, Wh = cache
    T, K, N = zs.shape[0] - 1, zs.shape[1], zs.shape[2]
    H = Wh.shape[0]
    F = K - H - 1
    dtype = zs.dtype
    order = _lstm_order(H)
    rows = H + F if need_dx else H  # which rows of dz = Wz d are needed
    Wback = np.concatenate([Wh, Wx]).astype(dtype, copy=False)[:rows, order]  # (rows, 4H)
    dseq = np.ascontiguousarray(dout.transpose(1, 2, 0)) if dout.ndim == 3 else None  # (T, H, N)
    dz = np.zeros((rows, N), dtype=dtype)
    dh = dz[:H]
    if dseq is None:
        dh[...] = dout.T
    dxT = np.empty((T, F, N), dtype=dtype) if need_dx else None
    dc = np.zeros((H, N), dtype=dtype)
    tmp = np.empty((H, N), dtype=dtype)
    d = np.empty((4 * H, N), dtype=dtype)
    D = np.empty((3 * H, N), dtype=dtype)
    gz = np.zeros((4 * H, K), dtype=dtype)  # sum over steps of d z_t^T
    gstep = np.empty((4 * H, K), dtype=dtype)
    di, df, do, dg = d[:H], d[H : 2 * H], d[2 * H : 3 * H], d[3 * H :]
    for t in range(T - 1, -1, -1):
        a = gates[t]
        i, f, o, g = a[:H], a[H : 2 * H], a[2 * H : 3 * H], a[3 * H :]
        tc = tcs[t]
        if dseq is not None:
            dh += dseq[t]
        np.multiply(dh, tc, out=do)
        np.multiply(tc, tc, out=tmp)  # dc += dh o (1 - tanh(c)^2)
        np.subtract(1, tmp, out=tmp)
        tmp *= o
        tmp *= dh
        dc += tmp
        np.multiply(dc, g, out=di)
        np.multiply(dc, cs[t], out=df)
        np.multiply(dc, i, out=dg)
        dc *= f
        s = a[: 3 * H]  # through the nonlinearities: s (1 - s) for i, f, o; 1 - g^2 for g
        np.subtract(1, s, out=D)
        D *= s
        d[: 3 * H] *= D
        np.multiply(g, g, out=tmp)
        np.subtract(1, tmp, out=tmp)
        dg *= tmp
        np.dot(d, zs[t].T, out=gstep)
        gz += gstep
        if need_dx:
            np.dot(Wback, d, out=dz)
            dxT[t] = dz[H:]
        elif t:
            np.dot(Wback, d, out=dz)
    inverse = np.argsort(order)
    gz = gz[inverse]  # back to the declared gate order (4H, K)
    dx = np.ascontiguousarray(dxT.transpose(2, 0, 1)) if need_dx else None
    return (
        dx,
        np.ascontiguousarray(gz[:, H : H + F].T),
        np.ascontiguousarray(gz[:, :H].T),
        gz[:, H + F].copy(),
    )


def gru_forward(
    x: np.ndarray,
    Wx: np.ndarray,
    Wh: np.ndarray,
    bx: np.ndarray,
    bh: np.ndarray,
    return_sequences: bool = False,
) -> tuple[np.ndarray, tuple]:
    """GRU with gates [r, z, n], exactly PyTorch's equations.

    r, z = sigmoid(x_t Wx + bx + h Wh + bh) (their columns); n = tanh(x_t Wx_n + bx_n +
    r (h Wh_n + bh_n)); h_t = (1 - z) n + z h_{t-1}. x (N, T, F) -> (N, T, H) or (N, H).
    """
    N, T, F = x.shape
    H = Wh.shape[0]
    half = np.full(3 * H, 0.5, dtype=x.dtype)
    half[2 * H :] = 1
    xt = _time_major(x)
    gates = _project(xt, Wx * half, bx * half)  # becomes [r, z, n] step by step, in place
    Whs, bhs = Wh * half, bh * half
    hh_all = np.empty((T, N, 3 * H), dtype=x.dtype)  # h Wh + bh; its n part is needed for dr
    hs = np.empty((T + 1, N, H), dtype=x.dtype)
    hs[0] = 0
    tmp = np.empty((N, H), dtype=x.dtype)
    for t in range(T):
        a, hh = gates[t], hh_all[t]
        np.dot(hs[t], Whs, out=hh)
        hh += bhs
        s = a[:, : 2 * H]
        s += hh[:, : 2 * H]
        np.tanh(s, out=s)
        s *= 0.5
        s += 0.5
        n = a[:, 2 * H :]
        np.multiply(s[:, :H], hh[:, 2 * H :], out=tmp)
        n += tmp
        np.tanh(n, out=n)
        h = hs[t + 1]
        np.subtract(hs[t], n, out=h)
        h *= s[:, H:]
        h += n
    return _batch_major_output(hs, return_sequences), (xt, gates, hh_all, hs, Wx, Wh)


def gru_backward(dout: np.ndarray, cache: tuple, need_dx: bool = True) -> tuple:
    """dout (N, T, H) or (N, H) -> (dx (N, T, F) or None without need_dx, dWx (F, 3H), dWh (H, 3H), dbx, dbh (3H,))."""
    xt, gates, hh_all, hs, Wx, Wh = cache
    T, N, F = xt.shape
    H = Wh.shape[0]
    dtype = hs.dtype
    dseq, dlast = _step_grads(dout, T)
    dX = np.empty((T, N, 3 * H), dtype=dtype)  # gradient of the input projections
    dHH = np.empty((T, N, 3 * H), dtype=dtype)  # gradient of the recurrent projections
    dh = np.zeros((N, H), dtype=dtype) if dlast is None else np.array(dlast, dtype=dtype, order="C")
    tmp = np.empty((N, H), dtype=dtype)
    D = np.empty((N, 2 * H), dtype=dtype)
    back = np.empty((N, H), dtype=dtype)
    WhT = np.ascontiguousarray(Wh.T)
    for t in range(T - 1, -1, -1):
        s, n = gates[t, :, : 2 * H], gates[t, :, 2 * H :]
        r, z = s[:, :H], s[:, H:]
        if dseq is not None:
            dh += dseq[t]
        dn, dhh = dX[t, :, 2 * H :], dHH[t]
        np.multiply(n, n, out=dn)  # dn = dh (1 - z) (1 - n^2)
        np.subtract(1, dn, out=dn)
        dn *= dh
        np.subtract(1, z, out=tmp)
        dn *= tmp
        np.multiply(dn, r, out=dhh[:, 2 * H :])
        np.multiply(dn, hh_all[t, :, 2 * H :], out=dhh[:, :H])  # dr before the sigmoid
        dz = dhh[:, H : 2 * H]
        np.subtract(hs[t], n, out=dz)  # dz before the sigmoid
        dz *= dh
        np.subtract(1, s, out=D)  # sigmoid' of r and z together
        D *= s
        dhh[:, : 2 * H] *= D
        if t:
            dh *= z
            np.dot(dhh, WhT, out=back)
            dh += back
    dX[:, :, : 2 * H] = dHH[:, :, : 2 * H]  # r and z see the same sum in both projections
    return _weight_grads(xt, hs, dX, dHH, Wx, need_dx)


class Recurrent(Kernel):
    """A kernel wrapping a recurrent (forward, backward) pair over the weights in `weight_names`.

    Params: `return_sequences` (default False). The number of units is read from `Wh`.
    `input_grad` may be set False by the engine when the input needs no gradient (it comes
    straight from the data); backward then returns no gradient for `in` and skips one product.
    """

    input_grad: bool = True

    forward_fn: Callable[..., tuple[np.ndarray, tuple]]
    backward_fn: Callable[..., tuple[np.ndarray, ...]]
    weight_names: tuple[str, ...] = ("Wx", "Wh", "b")

    def __init__(
        self,
        params: Mapping[str, Any],
        inputs: Mapping[str, TensorType],
        inferred: Inferred | None,
        dtype: np.dtype | type = np.float32,
    ) -> None:
        super().__init__(params, inputs, inferred, dtype)
        self.return_sequences = bool(self.params.get("return_sequences", False))
        self._cache: tuple[Any, ...] | None = None

    def forward(
        self, inputs: Mapping[str, np.ndarray], training: bool, rng: np.random.Generator
    ) -> dict[str, np.ndarray]:
        x = inputs["in"]
        if x.ndim != 3:
            raise ValueError(f"{type(self).__name__} expects (N, T, F) sequences, got shape {x.shape}")
        weights = [self.w[name] for name in self.weight_names]
        self._cache = None  # let the last batch's activations go before this batch's are made
        out, self._cache = type(self).forward_fn(x, *weights, self.return_sequences)
        return {"out": out}

    def backward(self, grads: Mapping[str, np.ndarray]) -> dict[str, np.ndarray]:
        if self._cache is None:
            raise RuntimeError(f"{type(self).__name__}: backward called before forward")
        dx, *dws = type(self).backward_fn(grads["out"], self._cache, self.input_grad)
        for name, dw in zip(self.weight_names, dws, strict=True):
            self.g[name][...] = dw
        return {} if dx is None else {"in": dx}


class RNN(Recurrent):
    """Simple tanh RNN: Wx (F, H), Wh (H, H), b (H,)."""

    forward_fn = staticmethod(rnn_forward)
    backward_fn = staticmethod(rnn_backward)


class LSTM(Recurrent):
    """LSTM: Wx (F, 4H), Wh (H, 4H), b (4H,), gate order i, f, g, o."""

    forward_fn = staticmethod(lstm_forward)
    backward_fn = staticmethod(lstm_backward)


class GRU(Recurrent):
    """GRU: Wx (F, 3H), Wh (H, 3H), bx (3H,), bh (3H,), gate order r, z, n."""

    forward_fn = staticmethod(gru_forward)
    backward_fn = staticmethod(gru_backward)
    weight_names = ("Wx", "Wh", "bx", "bh")


KERNELS: dict[str, type[Recurrent]] = {cls.__name__: cls for cls in (RNN, LSTM, GRU)}
"""Recurrent kernels by node type name."""
