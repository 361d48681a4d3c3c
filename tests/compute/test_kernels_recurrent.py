"""Recurrent kernels: BPTT against central differences, PyTorch's RNN/LSTM/GRU as oracle, dtypes."""

from __future__ import annotations

import numpy as np
import pytest
from kernel_harness import check_dtype, check_gradients, make_kernel

from nodeflow.compute.kernels import recurrent

N, T, F, H = 3, 5, 4, 3


def weight_shapes(name: str, f: int = F, h: int = H) -> dict[str, tuple[int, ...]]:
    gates = {"RNN": 1, "LSTM": 4, "GRU": 3}[name]
    shapes = {"Wx": (f, gates * h), "Wh": (h, gates * h)}
    if name == "GRU":
        shapes.update(bx=(gates * h,), bh=(gates * h,))
    else:
        shapes["b"] = (gates * h,)
    return shapes


def sequence(n: int = N, t: int = T, f: int = F, seed: int = 0) -> np.ndarray:
    return np.random.default_rng(seed).standard_normal((n, t, f))


@pytest.mark.parametrize("name", ["RNN", "LSTM", "GRU"])
@pytest.mark.parametrize("return_sequences", [False, True])
def test_gradients_through_time(name, return_sequences):
    params = {"units": H, "return_sequences": return_sequences}
    errors = check_gradients(getattr(recurrent, name), params, {"in": sequence()}, weight_shapes(name))
    assert set(errors) == {"in", *weight_shapes(name)}


@pytest.mark.parametrize("name", ["RNN", "LSTM", "GRU"])
@pytest.mark.parametrize("return_sequences", [False, True])
def test_output_shapes_and_float32(name, return_sequences):
    params = {"units": H, "return_sequences": return_sequences}
    out = check_dtype(getattr(recurrent, name), params, {"in": sequence()}, weight_shapes(name))["out"]
    assert out.shape == ((N, T, H) if return_sequences else (N, H))
    assert out.flags.c_contiguous


@pytest.mark.parametrize("name", ["RNN", "LSTM", "GRU"])
def test_last_step_equals_the_last_of_the_sequence(name):
    x = sequence()
    seq = make_kernel(getattr(recurrent, name), {"return_sequences": True}, {"in": x}, weight_shapes(name))
    last = make_kernel(getattr(recurrent, name), {"return_sequences": False}, {"in": x}, weight_shapes(name))
    a = seq.forward({"in": x}, True, None)["out"]
    b = last.forward({"in": x}, True, None)["out"]
    assert np.array_equal(a[:, -1], b)
    # a step only depends on the past: changing the last input leaves earlier outputs alone
    x2 = x.copy()
    x2[:, -1] += 1
    a2 = seq.forward({"in": x2}, True, None)["out"]
    assert np.array_equal(a2[:, :-1], a[:, :-1]) and not np.allclose(a2[:, -1], a[:, -1])


def test_rejects_non_sequences_clearly():
    k = make_kernel(recurrent.LSTM, {}, {"in": np.zeros((2, 3))}, weight_shapes("LSTM"))
    with pytest.raises(ValueError, match=r"expects \(N, T, F\) sequences"):
        k.forward({"in": np.zeros((2, 3))}, True, None)


def torch_module(torch, name: str, kernel):
    """The matching torch module with our weights copied in (torch keeps W as (gates*H, F))."""
    cls = {"RNN": torch.nn.RNN, "LSTM": torch.nn.LSTM, "GRU": torch.nn.GRU}[name]
    module = cls(F, H, batch_first=True).double()
    w = kernel.w
    with torch.no_grad():
        module.weight_ih_l0.copy_(torch.tensor(w["Wx"].T))
        module.weight_hh_l0.copy_(torch.tensor(w["Wh"].T))
        if name == "GRU":
            module.bias_ih_l0.copy_(torch.tensor(w["bx"]))
            module.bias_hh_l0.copy_(torch.tensor(w["bh"]))
        else:  # one bias here; torch adds two
            module.bias_ih_l0.copy_(torch.tensor(w["b"]))
            module.bias_hh_l0.zero_()
    return module


@pytest.mark.torch
@pytest.mark.parametrize("name", ["RNN", "LSTM", "GRU"])
def test_matches_pytorch(name):
    torch = pytest.importorskip("torch")
    x = sequence(seed=4)
    kernel = make_kernel(getattr(recurrent, name), {"return_sequences": True}, {"in": x}, weight_shapes(name))
    module = torch_module(torch, name, kernel)
    tx = torch.tensor(x, requires_grad=True)
    expected, _ = module(tx)
    out = kernel.forward({"in": x}, True, None)["out"]
    np.testing.assert_allclose(out, expected.detach().numpy(), rtol=1e-10, atol=1e-12)

    u = np.random.default_rng(5).standard_normal(out.shape)
    (expected * torch.tensor(u)).sum().backward()
    dx = kernel.backward({"out": u})["in"]
    np.testing.assert_allclose(dx, tx.grad.numpy(), rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(kernel.g["Wx"], module.weight_ih_l0.grad.numpy().T, rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(kernel.g["Wh"], module.weight_hh_l0.grad.numpy().T, rtol=1e-9, atol=1e-12)
    if name == "GRU":
        np.testing.assert_allclose(kernel.g["bh"], module.bias_hh_l0.grad.numpy(), rtol=1e-9, atol=1e-12)
        np.testing.assert_allclose(kernel.g["bx"], module.bias_ih_l0.grad.numpy(), rtol=1e-9, atol=1e-12)
    else:
        np.testing.assert_allclose(kernel.g["b"], module.bias_ih_l0.grad.numpy(), rtol=1e-9, atol=1e-12)


@pytest.mark.parametrize("name", ["RNN", "LSTM", "GRU"])
@pytest.mark.parametrize("return_sequences", [False, True])
def test_backward_leaves_the_upstream_gradient_alone(name, return_sequences):
    x = sequence()
    k = make_kernel(getattr(recurrent, name), {"return_sequences": return_sequences}, {"in": x},
                    weight_shapes(name))
    out = k.forward({"in": x}, True, None)["out"]
    u = np.asfortranarray(np.random.default_rng(1).standard_normal(out.shape))  # not C-ordered
    kept = u.copy()
    dx1 = k.backward({"out": u})["in"].copy()
    dx2 = k.backward({"out": np.ascontiguousarray(u)})["in"]
    assert np.array_equal(u, kept) and np.allclose(dx1, dx2)


@pytest.mark.parametrize("name", ["RNN", "LSTM", "GRU"])
def test_input_grad_off_skips_dx_but_not_the_weights(name):
    x = sequence()
    kernels = []
    for need in (True, False):
        k = make_kernel(getattr(recurrent, name), {"return_sequences": True}, {"in": x}, weight_shapes(name))
        k.input_grad = need
        out = k.forward({"in": x}, True, None)["out"]
        kernels.append((k, k.backward({"out": np.ones_like(out)})))
    (on, g_on), (off, g_off) = kernels
    assert set(g_on) == {"in"} and g_off == {}
    for w in on.g:
        assert np.array_equal(on.g[w], off.g[w])
