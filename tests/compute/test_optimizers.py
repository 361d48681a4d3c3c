"""Optimizers against torch.optim, step by step, on a small random problem."""

from __future__ import annotations

import numpy as np
import pytest

from nodeflow.compute import optimizers
from nodeflow.compute.schedules import learning_rate

# (node type, our params, torch constructor, torch kwargs)
CASES = [
    ("SGD", {"lr": 0.1}, "SGD", {"lr": 0.1}),
    ("Momentum", {"lr": 0.05, "momentum": 0.9}, "SGD", {"lr": 0.05, "momentum": 0.9}),
    ("Momentum", {"lr": 0.05, "momentum": 0.8, "nesterov": True}, "SGD",
     {"lr": 0.05, "momentum": 0.8, "nesterov": True}),
    ("SGD", {"lr": 0.05, "momentum": 0.9}, "SGD", {"lr": 0.05, "momentum": 0.9}),
    ("SGD", {"lr": 0.05, "momentum": 0.7, "nesterov": True}, "SGD", {"lr": 0.05, "momentum": 0.7, "nesterov": True}),
    ("AdaGrad", {"lr": 0.1, "eps": 1e-10}, "Adagrad", {"lr": 0.1, "eps": 1e-10}),
    ("RMSProp", {"lr": 0.01, "rho": 0.9, "eps": 1e-8}, "RMSprop", {"lr": 0.01, "alpha": 0.9, "eps": 1e-8}),
    ("Adam", {"lr": 0.01, "beta1": 0.8, "beta2": 0.99, "eps": 1e-8}, "Adam",
     {"lr": 0.01, "betas": (0.8, 0.99), "eps": 1e-8}),
]
IDS = [f"{c[0]}-{i}" for i, c in enumerate(CASES)]

SHAPES = [(5, 4), (4,), (3, 2, 2)]  # "weights", "bias", a third tensor
SIZE = sum(int(np.prod(s)) for s in SHAPES)


def _problem(seed: int):
    """A quadratic-plus-quartic loss with state-dependent gradients, so trajectories diverge
    quickly if an update rule is even slightly different."""
    rng = np.random.default_rng(seed)
    w0 = rng.standard_normal(SIZE)
    a = rng.uniform(0.5, 2.0, SIZE)
    return w0, a


def _grad(w: np.ndarray, a: np.ndarray, step: int) -> np.ndarray:
    return a * w + 0.1 * w**3 + 0.05 * np.sin(step + np.arange(w.size))


def _torch_run(torch, ctor, kwargs, w0, a, steps, dtype, wd=0.0, masked=False, lrs=None):
    tdtype = {np.float64: torch.float64, np.float32: torch.float32}[dtype]
    chunks, start = [], 0
    for s in SHAPES:
        n = int(np.prod(s))
        chunks.append(torch.nn.Parameter(torch.tensor(w0[start:start + n].reshape(s), dtype=tdtype)))
        start += n
    if masked:  # the middle tensor plays the bias: no decay
        groups = [{"params": [chunks[0], chunks[2]], "weight_decay": wd}, {"params": [chunks[1]], "weight_decay": 0.0}]
    else:
        groups = [{"params": chunks, "weight_decay": wd}]
    opt = getattr(torch.optim, ctor)(groups, foreach=False, **kwargs)
    history = []
    for t in range(steps):
        flat = torch.cat([c.detach().reshape(-1) for c in chunks]).double().numpy()
        g = _grad(flat, a, t)
        start = 0
        for c in chunks:
            n = c.numel()
            c.grad = torch.tensor(g[start:start + n].reshape(c.shape), dtype=tdtype)
            start += n
        if lrs is not None:
            for group in opt.param_groups:
                group["lr"] = lrs[t]
        opt.step()
        history.append(torch.cat([c.detach().reshape(-1) for c in chunks]).double().numpy())
    return np.array(history)


def _our_run(name, params, w0, a, steps, dtype, wd=0.0, masked=False, lrs=None):
    opt = getattr(optimizers, name)({**params, "weight_decay": wd}, SIZE, dtype)
    w = w0.astype(dtype)
    mask = None
    if masked:
        mask = np.ones(SIZE, dtype)
        mask[20:24] = 0
    history = []
    for t in range(steps):
        g = _grad(w.astype(np.float64), a, t).astype(dtype)
        opt.step(w, g, params["lr"] if lrs is None else lrs[t], mask)
        history.append(w.astype(np.float64))
    return np.array(history)


@pytest.mark.torch
@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_matches_torch_float64(case):
    torch = pytest.importorskip("torch")
    name, params, ctor, kwargs = case
    w0, a = _problem(1)
    ours = _our_run(name, params, w0, a, 40, np.float64)
    ref = _torch_run(torch, ctor, kwargs, w0, a, 40, np.float64)
    np.testing.assert_allclose(ours, ref, rtol=1e-10, atol=1e-12)
    assert not np.allclose(ours[-1], w0)  # it moved


@pytest.mark.torch
@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_matches_torch_float32(case):
    torch = pytest.importorskip("torch")
    name, params, ctor, kwargs = case
    w0, a = _problem(2)
    ours = _our_run(name, params, w0, a, 20, np.float32)
    ref = _torch_run(torch, ctor, kwargs, w0, a, 20, np.float32)
    np.testing.assert_allclose(ours, ref, rtol=2e-5, atol=2e-5)


@pytest.mark.torch
@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_weight_decay_with_mask_matches_torch_param_groups(case):
    torch = pytest.importorskip("torch")
    name, params, ctor, kwargs = case
    w0, a = _problem(3)
    ours = _our_run(name, params, w0, a, 25, np.float64, wd=0.05, masked=True)
    ref = _torch_run(torch, ctor, kwargs, w0, a, 25, np.float64, wd=0.05, masked=True)
    np.testing.assert_allclose(ours, ref, rtol=1e-10, atol=1e-12)
    # and the mask mattered: decaying everything gives a different trajectory
    unmasked = _our_run(name, params, w0, a, 25, np.float64, wd=0.05, masked=False)
    assert not np.allclose(unmasked[-1, 20:24], ours[-1, 20:24])


@pytest.mark.torch
def test_changing_learning_rate_matches_torch():
    torch = pytest.importorskip("torch")
    w0, a = _problem(4)
    params = {"lr": 0.01, "schedule": "cosine"}
    lrs = [learning_rate(params, t // 5, 6) for t in range(30)]  # 5 batches per epoch
    ours = _our_run("Adam", params, w0, a, 30, np.float64, lrs=lrs)
    ref = _torch_run(torch, "Adam", {"lr": 0.01}, w0, a, 30, np.float64, lrs=lrs)
    np.testing.assert_allclose(ours, ref, rtol=1e-10, atol=1e-12)


def test_sgd_closed_form_without_torch():
    opt = optimizers.SGD({"lr": 0.5}, 3, np.float64)
    w = np.array([1.0, -2.0, 3.0])
    g = np.array([0.2, 0.4, -0.6])
    opt.step(w, g, 0.5)
    np.testing.assert_allclose(w, [0.9, -2.2, 3.3])
    np.testing.assert_allclose(g, [0.2, 0.4, -0.6])  # the gradient buffer is not modified


def test_weight_decay_leaves_gradient_untouched_and_skips_masked():
    opt = optimizers.SGD({"lr": 1.0, "weight_decay": 0.1}, 2, np.float64)
    w = np.array([1.0, 1.0])
    g = np.zeros(2)
    opt.step(w, g, 1.0, np.array([1.0, 0.0]))
    np.testing.assert_allclose(w, [0.9, 1.0])
    assert not g.any()


@pytest.mark.parametrize("name", ["SGD", "Momentum", "AdaGrad", "RMSProp", "Adam"])
def test_float32_state_and_in_place(name):
    opt = getattr(optimizers, name)({}, 10, np.float32)
    w = np.ones(10, np.float32)
    before = w
    opt.step(w, np.full(10, 0.5, np.float32), 0.01)
    assert w is before and w.dtype == np.float32 and np.all(w < 1)
    assert all(b.dtype == np.float32 for b in opt.state.values())


def test_state_dict_round_trip():
    opt = optimizers.Adam({"lr": 0.1}, 4, np.float64)
    w = np.ones(4)
    opt.step(w, np.arange(4.0), 0.1)
    saved = opt.state_dict()
    other = optimizers.Adam({"lr": 0.1}, 4, np.float64)
    other.load_state_dict(saved)
    w2 = w.copy()
    opt.step(w, np.ones(4), 0.1)
    other.step(w2, np.ones(4), 0.1)
    np.testing.assert_array_equal(w, w2)


def _unsliced(name, opt, w, g, lr, mask):
    """One step of `name` over whole buffers, one pass per operation (the rule before slicing)."""
    import math

    t = opt.t + 1
    if opt.weight_decay:
        g = g + (w * opt.weight_decay if mask is None else w * np.multiply(mask, opt.weight_decay, dtype=w.dtype))
    st = {k: v.copy() for k, v in opt.state.items()}
    if name == "SGD":
        w = w - g * lr
    elif name == "Momentum":
        v = st["velocity"]
        v *= opt.momentum
        v += g
        w = w - ((v * opt.momentum + g) * lr if opt.nesterov else v * lr)
    elif name == "AdaGrad":
        s = st["sum"]
        s += g * g
        tmp = np.sqrt(s)
        tmp += opt.eps
        tmp = g / tmp
        tmp *= lr
        w = w - tmp
    elif name == "RMSProp":
        s = st["square_avg"]
        a = math.sqrt(1.0 - opt.rho)
        s *= opt.rho
        s += g * g
        tmp = np.sqrt(s)
        tmp += opt.eps / a
        tmp = g / tmp
        tmp *= lr / a
        w = w - tmp
    else:
        m, v = st["m"], st["v"]
        m *= opt.beta1
        m += g
        v *= opt.beta2
        v += g * g
        a = math.sqrt((1.0 - opt.beta2) / (1.0 - opt.beta2**t))
        step_size = lr * (1.0 - opt.beta1) / ((1.0 - opt.beta1**t) * a)
        tmp = np.sqrt(v)
        tmp += opt.eps / a
        tmp = m / tmp
        tmp *= step_size
        w = w - tmp
    return w, st


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("wd, masked", [(0.0, False), (0.01, False), (0.01, True)])
@pytest.mark.parametrize("name", ["SGD", "Momentum", "AdaGrad", "RMSProp", "Adam"])
def test_sliced_step_is_the_whole_buffer_rule_to_the_bit(name, wd, masked, dtype):
    """A buffer of several slices and a ragged last one: weights and state equal, bit for bit,
    one pass per operation over the whole buffers, over several steps."""
    rng = np.random.default_rng(3)
    params = {"weight_decay": wd, **({"nesterov": True} if name == "Momentum" else {})}
    size = 2 * (optimizers.SLICE_BYTES // np.dtype(dtype).itemsize) + 12345
    opt = getattr(optimizers, name)(params, size, dtype)
    assert opt.size > 2 * opt.slice
    w = rng.standard_normal(size).astype(dtype)
    mask = (rng.random(size) < 0.8).astype(dtype) if masked else None
    for step in range(4):
        g = rng.standard_normal(size).astype(dtype)
        expected_w, expected_state = _unsliced(name, opt, w.copy(), g, 0.01 * (step + 1), mask)
        g_before = g.copy()
        opt.step(w, g, 0.01 * (step + 1), mask)
        np.testing.assert_array_equal(w, expected_w)
        for key, buf in expected_state.items():
            np.testing.assert_array_equal(opt.state[key], buf)
        np.testing.assert_array_equal(g, g_before)


def test_sgd_with_momentum_steps_as_the_momentum_node_and_without_as_before():
    """SGD accepts torch.optim.SGD's momentum and nesterov (issue 11); at momentum 0 it keeps no
    velocity and steps exactly as plain SGD did, nesterov or not."""
    rng = np.random.default_rng(0)
    for nesterov in (False, True):
        a = optimizers.SGD({"momentum": 0.8, "nesterov": nesterov}, 7, np.float64)
        b = optimizers.Momentum({"momentum": 0.8, "nesterov": nesterov}, 7, np.float64)
        wa, wb = np.ones(7), np.ones(7)
        for _ in range(5):
            g = rng.standard_normal(7)
            a.step(wa, g, 0.1)
            b.step(wb, g, 0.1)
        np.testing.assert_array_equal(wa, wb)
        plain = optimizers.SGD({"nesterov": nesterov}, 7, np.float64)
        assert "velocity" not in plain.state
        w = np.ones(7)
        g = rng.standard_normal(7)
        plain.step(w, g, 0.1)
        np.testing.assert_array_equal(w, np.ones(7) - g * 0.1)


def test_sgd_torch_form_writes_momentum_only_when_set():
    from nodeflow.nodes import REGISTRY

    form = REGISTRY.get("SGD").torch.optimizer
    defaults = REGISTRY.get("SGD").defaults()
    assert form({**defaults, "lr": 0.1}) == "torch.optim.SGD(params, lr=0.1)"
    assert form({**defaults, "lr": 0.1, "nesterov": True}) == "torch.optim.SGD(params, lr=0.1)"
    assert form({**defaults, "lr": 0.1, "momentum": 0.9, "nesterov": True}) == (
        "torch.optim.SGD(params, lr=0.1, momentum=0.9, nesterov=True)")
