"""One harness every kernel test goes through (in the spirit of Keras's `run_layer_test`).

Typical use, in a test module next to this file::

    from kernel_harness import check_gradients, check_dtype

    def test_dense_gradients():
        x = np.random.default_rng(0).standard_normal((4, 3))
        check_gradients(Dense, {"units": 5}, {"in": x}, weights={"W": (3, 5), "b": (5,)})

`check_gradients` builds the kernel in float64 the way the engine does (weights and gradients
are views into one flat buffer each), runs forward, backpropagates a random upstream gradient
`u` on every float output, and compares the gradient of `sum(out * u)` with respect to every
float input and every weight against central differences. It fails with the worst relative
error per array, and also when backward rebinds `g[name]` instead of writing into it, leaves a
weight gradient unwritten, or returns a gradient of the wrong shape.

- `weights`: name -> shape (filled with seeded normals * 0.5) or an array (copied).
- `training`, `seed`: forward is called with `training` and a fresh `default_rng(seed)` every
  time, so random kernels (Dropout) see the same mask on every call.
- `no_grad`: input ports that take no gradient (a loss's `target`); integer inputs (labels)
  are never checked.
- `attrs`: attributes set on the kernel after construction (e.g. `{"from_logits": True}`).
- `input_types`: TensorType per port, when the default (batch-first float type of the array's
  shape; `labels` with `classes = max + 1` for integer arrays) is not what the kernel expects.
- `inferred`: the node's Inferred, when the kernel reads more than the weights from it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from nodeflow.compute.gradcheck import numerical_gradient, relative_error
from nodeflow.compute.kernel import Kernel
from nodeflow.nodes.spec import Inferred, TensorType, Weight

WeightsArg = Mapping[str, "np.ndarray | tuple[int, ...]"] | None


def tensor_type(a: np.ndarray) -> TensorType:
    """The wire type the engine would give an array: batch dimension symbolic."""
    if np.issubdtype(a.dtype, np.integer):
        return TensorType((None,), kind="labels", classes=int(a.max()) + 1 if a.size else 1)
    return TensorType((None, *a.shape[1:]))


def make_kernel(
    kernel_cls: type[Kernel],
    params: Mapping[str, Any],
    inputs: Mapping[str, np.ndarray],
    weights: WeightsArg = None,
    *,
    dtype: Any = np.float64,
    seed: int = 0,
    attrs: Mapping[str, Any] | None = None,
    input_types: Mapping[str, TensorType] | None = None,
    inferred: Inferred | None = None,
) -> Kernel:
    """Construct `kernel_cls` and give it weights and gradients as views of two flat buffers."""
    rng = np.random.default_rng(seed + 1)
    values = {}
    for name, w in (weights or {}).items():
        if isinstance(w, np.ndarray):
            values[name] = w
        else:
            values[name] = rng.standard_normal(tuple(w)) * 0.5
    types = {p: tensor_type(a) for p, a in inputs.items()}
    types.update(input_types or {})
    if inferred is None:
        inferred = Inferred(outputs={}, weights={n: Weight(tuple(v.shape)) for n, v in values.items()})
    kernel = kernel_cls(params, types, inferred, dtype)
    size = sum(v.size for v in values.values())
    w_flat = np.zeros(size, dtype=dtype)
    g_flat = np.zeros(size, dtype=dtype)
    offset = 0
    for name, v in values.items():
        kernel.w[name] = w_flat[offset : offset + v.size].reshape(v.shape)
        kernel.w[name][...] = v
        kernel.g[name] = g_flat[offset : offset + v.size].reshape(v.shape)
        offset += v.size
    for key, value in (attrs or {}).items():
        setattr(kernel, key, value)
    return kernel


def check_gradients(
    kernel_cls: type[Kernel],
    params: Mapping[str, Any],
    inputs: Mapping[str, np.ndarray],
    weights: WeightsArg = None,
    *,
    training: bool = True,
    seed: int = 0,
    eps: float = 1e-6,
    tol: float = 1e-6,
    no_grad: tuple[str, ...] = (),
    attrs: Mapping[str, Any] | None = None,
    input_types: Mapping[str, TensorType] | None = None,
    inferred: Inferred | None = None,
) -> dict[str, float]:
    """Backprop vs central differences in float64; returns {array name: relative error}.

    Names are input ports ("in", "a") and weight names ("W"); asserts every error < tol.
    """
    xs = {
        p: np.array(a, dtype=np.float64 if np.issubdtype(np.asarray(a).dtype, np.floating) else None)
        for p, a in inputs.items()
    }
    kernel = make_kernel(
        kernel_cls,
        params,
        xs,
        weights,
        dtype=np.float64,
        seed=seed,
        attrs=attrs,
        input_types=input_types,
        inferred=inferred,
    )

    def run() -> dict[str, np.ndarray]:
        return kernel.forward(xs, training, np.random.default_rng(seed))

    outs = run()
    urng = np.random.default_rng(seed + 2)
    upstream = {
        p: urng.standard_normal(np.shape(o))
        for p, o in outs.items()
        if np.issubdtype(np.asarray(o).dtype, np.floating)
    }
    assert upstream, f"{kernel_cls.__name__}: forward returned no float output"

    def objective() -> float:
        out = run()
        return float(sum(np.sum(out[p] * u) for p, u in upstream.items()))

    g_views = dict(kernel.g)
    for g in g_views.values():
        g[...] = np.nan
    run()
    grads = {p: np.array(d, copy=True) for p, d in kernel.backward(upstream).items()}
    problems = []
    for name, g in g_views.items():
        if kernel.g[name] is not g:
            problems.append(f"backward rebound g[{name!r}] instead of writing into it")
        elif np.isnan(g).any():
            problems.append(f"backward did not write g[{name!r}]")
    errors: dict[str, float] = {}
    for port, x in xs.items():
        if port in no_grad or not np.issubdtype(x.dtype, np.floating):
            continue
        if port not in grads:
            problems.append(f"no gradient for input {port!r}")
            continue
        if grads[port].shape != x.shape:
            problems.append(f"gradient for {port!r} has shape {grads[port].shape}, input {x.shape}")
            continue
        errors[port] = relative_error(grads[port], numerical_gradient(objective, x, eps))
    for name, g in g_views.items():
        errors[name] = relative_error(g, numerical_gradient(objective, kernel.w[name], eps))
    bad = {k: e for k, e in errors.items() if not e < tol}
    assert not problems and not bad, f"{kernel_cls.__name__}: {'; '.join(problems)} " + " ".join(
        f"{k}: relative error {e:.2e} (tolerance {tol:g})" for k, e in bad.items()
    )
    return errors


def check_dtype(
    kernel_cls: type[Kernel],
    params: Mapping[str, Any],
    inputs: Mapping[str, np.ndarray],
    weights: WeightsArg = None,
    *,
    dtype: Any = np.float32,
    training: bool = True,
    seed: int = 0,
    **kwargs: Any,
) -> dict[str, np.ndarray]:
    """Run forward and backward in `dtype` and assert no output or gradient changed dtype.

    Float inputs are cast to `dtype`; returns the forward outputs.
    """
    dtype = np.dtype(dtype)
    xs = {p: (a.astype(dtype) if np.issubdtype(a.dtype, np.floating) else a) for p, a in inputs.items()}
    kernel = make_kernel(kernel_cls, params, xs, weights, dtype=dtype, seed=seed, **kwargs)
    outs = kernel.forward(xs, training, np.random.default_rng(seed))
    for p, o in outs.items():
        assert np.asarray(o).dtype == dtype, f"output {p!r} is {np.asarray(o).dtype}, expected {dtype}"
    upstream = {p: np.ones(np.shape(o), dtype=dtype) for p, o in outs.items()}
    grads = kernel.backward(upstream)
    for p, d in grads.items():
        assert d.dtype == dtype, f"gradient for {p!r} is {d.dtype}, expected {dtype}"
    for name, g in kernel.g.items():
        assert g.dtype == dtype and np.isfinite(g).all(), f"weight gradient {name!r}"
    return outs
