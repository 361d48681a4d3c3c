"""Shape rules of RNN, LSTM and GRU: fused gate matrices, PyTorch gate order."""

from __future__ import annotations

import pytest

from nodeflow.nodes import REGISTRY, ShapeError, batch

GATES = {"RNN": 1, "LSTM": 4, "GRU": 3}


def infer(type_name: str, inputs, **params):
    spec = REGISTRY.get(type_name)
    return spec.infer(spec.validate_params(params), inputs)


@pytest.mark.parametrize("type_name", list(GATES))
@pytest.mark.parametrize("seq", [False, True])
def test_outputs(type_name, seq):
    r = infer(type_name, {"in": batch(10, 3)}, units=5, return_sequences=seq)
    assert r.outputs["out"] == (batch(10, 5) if seq else batch(5))
    g = GATES[type_name] * 5
    assert r.macs == 10 * (3 + 5) * g


@pytest.mark.parametrize("type_name", list(GATES))
def test_weight_shapes(type_name):
    r = infer(type_name, {"in": batch(10, 3)}, units=5)
    g = GATES[type_name] * 5
    wx, wh = r.weights["Wx"], r.weights["Wh"]
    assert (wx.shape, wx.init, wx.fan_in, wx.fan_out) == ((3, g), "fan", 3, g)
    assert (wh.shape, wh.init, wh.fan_in, wh.fan_out) == ((5, g), "fan", 5, g)
    biases = {k: w for k, w in r.weights.items() if k not in ("Wx", "Wh")}
    expected = {"bx", "bh"} if type_name == "GRU" else {"b"}
    assert set(biases) == expected
    assert all(b.shape == (g,) and b.init == "zeros" for b in biases.values())


def test_param_counts_match_pytorch():
    torch = pytest.importorskip("torch")
    f, h = 3, 5
    ours = {t: infer(t, {"in": batch(4, f)}, units=h).param_count for t in GATES}
    # PyTorch has two biases per cell; ours has one for RNN and LSTM, two for GRU (its equations need them).
    assert ours["GRU"] == sum(p.numel() for p in torch.nn.GRU(f, h).parameters())
    assert ours["LSTM"] == sum(p.numel() for p in torch.nn.LSTM(f, h).parameters()) - 4 * h
    assert ours["RNN"] == sum(p.numel() for p in torch.nn.RNN(f, h).parameters()) - h


@pytest.mark.parametrize("type_name", list(GATES))
def test_vectors_are_not_sequences(type_name):
    with pytest.raises(ShapeError) as info:
        infer(type_name, {"in": batch(64)})
    message = str(info.value)
    assert "(N, T, F)" in message and "(N, 64)" in message and "seq_len" in message
