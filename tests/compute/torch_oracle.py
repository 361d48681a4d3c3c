"""An independent translation of a graph into PyTorch, for the random-graph property test.

Written apart from nodeflow's exporter on purpose: nothing here reads a declaration's torch
form, so a mistake in a form (the exporter's words) and the same mistake in a kernel cannot
agree by construction. Each node type is written from the textbook equation and the weight
layout the kernels document (Dense W (in, out); Conv2D W (F, C, k, k); recurrent Wx (F, G·H),
Wh (H, G·H), gate orders i, f, g, o and r, z, n with PyTorch's GRU equations; BatchNorm over
every axis but the features, biased variance in training). Losses are the mean over elements
(CrossEntropy over rows), each log of a probability clamped at -100 as PyTorch does; a fused
Softmax/Sigmoid pair is computed unfused here, which agrees with the logits form in float64 for
the moderate values random small graphs give.
"""

from __future__ import annotations

from typing import Any

import numpy as np

SELU_SCALE, SELU_ALPHA = 1.0507009873554805, 1.6732632423543772


def _clamped_log(p: Any) -> Any:
    import torch

    return torch.clamp(torch.log(p), min=-100.0)


def _recurrent(kind: str, x: Any, w: dict[str, Any], return_sequences: bool) -> Any:
    import torch

    n, steps, _ = x.shape
    hidden = w["Wh"].shape[0]
    h = x.new_zeros((n, hidden))
    c = x.new_zeros((n, hidden))
    outs = []
    for t in range(steps):
        xt = x[:, t]
        if kind == "RNN":
            h = torch.tanh(xt @ w["Wx"] + h @ w["Wh"] + w["b"])
        elif kind == "LSTM":
            a = xt @ w["Wx"] + h @ w["Wh"] + w["b"]
            i, f, g, o = (a[:, k * hidden:(k + 1) * hidden] for k in range(4))
            c = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
            h = torch.sigmoid(o) * torch.tanh(c)
        else:  # GRU, PyTorch's equations: n = tanh(x W_n + b_n + r * (h U_n + b_hn)), h = (1 - z) n + z h
            ax, ah = xt @ w["Wx"] + w["bx"], h @ w["Wh"] + w["bh"]
            r = torch.sigmoid(ax[:, :hidden] + ah[:, :hidden])
            z = torch.sigmoid(ax[:, hidden:2 * hidden] + ah[:, hidden:2 * hidden])
            cand = torch.tanh(ax[:, 2 * hidden:] + r * ah[:, 2 * hidden:])
            h = (1 - z) * cand + z * h
        outs.append(h)
    return torch.stack(outs, dim=1) if return_sequences else h


def _batchnorm(x: Any, w: dict[str, Any], eps: float) -> Any:
    feature_axis = 1 if x.ndim == 4 else x.ndim - 1
    axes = tuple(a for a in range(x.ndim) if a != feature_axis)
    shape = [1] * x.ndim
    shape[feature_axis] = -1
    mean = x.mean(dim=axes, keepdim=True)
    var = ((x - mean) ** 2).mean(dim=axes, keepdim=True)
    return (x - mean) / (var + eps).sqrt() * w["gamma"].reshape(shape) + w["beta"].reshape(shape)


def _conv2d(x: Any, w: dict[str, Any], p: dict[str, Any]) -> Any:
    import torch.nn.functional as F

    k = int(w["W"].shape[-1])
    padding = p["padding"]
    if padding == "same":
        before, after = (k - 1) // 2, k // 2
    elif padding == "valid":
        before = after = 0
    else:
        before = after = int(padding)
    x = F.pad(x, (before, after, before, after))
    return F.conv2d(x, w["W"], w.get("b"), stride=int(p["stride"]))


def node_output(node_type: str, p: dict[str, Any], ins: dict[str, Any], w: dict[str, Any]) -> Any:
    """The output of one node from its inputs and weights (training mode, no Dropout)."""
    import torch
    import torch.nn.functional as F

    x = ins.get("in")
    if node_type == "Dense":
        return x @ w["W"] + w["b"] if "b" in w else x @ w["W"]
    if node_type == "Flatten":
        return x.reshape(x.shape[0], -1)
    if node_type == "Reshape":
        return x.reshape(x.shape[0], *[int(d) for d in p["shape"]])
    if node_type == "Detach":
        return x.detach()
    if node_type == "BatchNorm":
        return _batchnorm(x, w, float(p["eps"]))
    if node_type == "Conv2D":
        return _conv2d(x, w, p)
    if node_type in ("MaxPool2D", "AvgPool2D"):
        pool = F.max_pool2d if node_type == "MaxPool2D" else F.avg_pool2d
        return pool(x, int(p["pool_size"]), int(p["stride"]))
    if node_type in ("RNN", "LSTM", "GRU"):
        return _recurrent(node_type, x, w, bool(p["return_sequences"]))
    if node_type == "Add":
        return ins["a"] + ins["b"]
    if node_type == "Concat":
        return torch.cat([ins["a"], ins["b"]], dim=int(p["axis"]) % ins["a"].ndim)
    if node_type == "ReLU":
        return torch.where(x > 0, x, torch.zeros_like(x))
    if node_type == "LeakyReLU":
        return torch.where(x > 0, x, float(p["alpha"]) * x)
    if node_type == "ELU":
        return torch.where(x > 0, x, float(p["alpha"]) * torch.expm1(torch.clamp(x, max=0)))
    if node_type == "SELU":
        return SELU_SCALE * torch.where(x > 0, x, SELU_ALPHA * torch.expm1(torch.clamp(x, max=0)))
    if node_type == "Sigmoid":
        return 1 / (1 + torch.exp(-x))
    if node_type == "Tanh":
        return torch.tanh(x)
    if node_type == "Softplus":
        return torch.logaddexp(x, torch.zeros_like(x))
    if node_type == "Softmax":
        e = torch.exp(x - x.max(dim=-1, keepdim=True).values)
        return e / e.sum(dim=-1, keepdim=True)
    if node_type == "Step":
        return (x > 0).to(x.dtype)
    if node_type == "Identity":
        return x
    raise NotImplementedError(f"the oracle has no translation of {node_type}")


def loss_value(node_type: str, p: dict[str, Any], pred: Any, target: Any) -> Any:
    """The loss of `pred` against `target` (labels as int64, anything else float)."""
    import torch

    if node_type == "CrossEntropy":
        if target.dtype == torch.int64:
            picked = pred.gather(1, target.reshape(-1, 1)).reshape(-1)
            return -_clamped_log(picked).mean()
        return -(target * _clamped_log(pred)).sum(dim=-1).mean()
    t = target.reshape(pred.shape).to(pred.dtype)
    if node_type == "MSE":
        return ((pred - t) ** 2).mean()
    if node_type == "MAE":
        return (pred - t).abs().mean()
    if node_type == "Huber":
        delta, r = float(p["delta"]), (pred - t).abs()
        return torch.where(r <= delta, 0.5 * r ** 2, delta * (r - 0.5 * delta)).mean()
    if node_type == "BCE":
        return -(t * _clamped_log(pred) + (1 - t) * _clamped_log(1 - pred)).mean()
    raise NotImplementedError(f"the oracle has no translation of the loss {node_type}")


def oracle_loss(graph: Any, analysis: Any, weights: dict[str, dict[str, np.ndarray]], x: np.ndarray,
                y: np.ndarray) -> tuple[Any, dict[tuple[str, str], Any]]:
    """The graph's loss for one batch in torch float64 from the engine's initial `weights`
    ({node: {name: array}}), and {(node, name): leaf tensor} to read gradients from."""
    import torch

    plan = analysis.plan
    values: dict[tuple[str, str], Any] = {("data", "x"): torch.from_numpy(x), ("data", "y"): torch.from_numpy(y)}
    leaves: dict[tuple[str, str], Any] = {}
    loss = None
    for n in plan.running:
        spec = graph.nodes[n].spec
        if spec.category == "data":
            continue
        ins = {port: values[plan.inputs[n][port]] for port in spec.inputs}
        params = dict(analysis.params[n])
        if spec.category == "loss":
            # a fused loss reads the logits in the plan; the oracle takes the activation's
            # probabilities and the unfused formula instead (the same number in float64)
            pred = values[(plan.fused[n], "out")] if n in plan.fused else ins["pred"]
            loss = loss_value(spec.type, params, pred, ins["target"])
            continue
        w = {}
        for name, value in weights.get(n, {}).items():
            leaf = torch.tensor(np.array(value, np.float64), requires_grad=True)
            leaves[(n, name)] = leaf
            w[name] = leaf
        values[(n, spec.outputs[0])] = node_output(spec.type, params, ins, w)
    return loss, leaves
