"""Explain this node: its formula written out, then the same formula with the live numbers of
one sample and one unit from the last step, forward and backward (no Qt).

The numbers shown are recomputed here in float64 from the step's recorded inputs, in the
notes' notation (y = xW + b, σ′(s) = σ(s)(1 − σ(s)), gradient arriving × local derivative =
gradient leaving), and set beside what the engine computed, so a learner can check one against
the other; `Explanation.numbers` carries both for tests.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from nodeflow.compute.stepper import StepRecord
from nodeflow.i18n import QT_TRANSLATE_NOOP, translate

TERMS_SHOWN = 4
"""Terms of a sum written out before "…"."""

ELEMENTWISE = ("ReLU", "LeakyReLU", "ELU", "SELU", "Sigmoid", "Tanh", "Softplus", "Step", "Identity")


def num(value: float) -> str:
    """A number short enough to read in a formula (4 significant digits)."""
    value = float(value)
    if value == 0:
        return "0"
    if not math.isfinite(value):
        return str(value)
    return f"{value:.4g}"


def paren(value: float) -> str:
    """A number written in parentheses when negative, so "x · (−2)" reads right."""
    text = num(value)
    return f"({text})" if text.startswith("-") else text


@dataclass
class Choice:
    """Which sample, unit and input the live numbers are for (clamped to what exists)."""

    sample: int = 0
    unit: int = 0
    input: int = 0


@dataclass
class Explanation:
    """Lines of text for a panel, and the numbers they show (engine and recomputed) for tests."""

    node: str
    type: str
    formulas: list[str] = field(default_factory=list)
    forward: list[str] = field(default_factory=list)
    backward: list[str] = field(default_factory=list)
    update: list[str] = field(default_factory=list)
    numbers: dict[str, float] = field(default_factory=dict)


def _rows(a: np.ndarray) -> np.ndarray:
    """Batch first, everything else flattened: (N, F)."""
    a = np.asarray(a)
    return a.reshape(a.shape[0], -1) if a.ndim >= 1 else a.reshape(1, 1)


def _clamp(i: int, n: int) -> int:
    return max(0, min(int(i), max(n - 1, 0)))


# ------------------------------------------------------------------ activations
def derivative(type_name: str, s: np.ndarray, params: dict[str, Any] | None = None) -> np.ndarray:
    """f′(s) of an element-wise activation, written from its closed form (float64)."""
    s = np.asarray(s, np.float64)
    p = params or {}
    if type_name == "ReLU":
        return (s > 0).astype(np.float64)
    if type_name == "LeakyReLU":
        return np.where(s > 0, 1.0, float(p.get("alpha", 0.01)))
    if type_name == "ELU":
        return np.where(s > 0, 1.0, float(p.get("alpha", 1.0)) * np.exp(np.minimum(s, 0)))
    if type_name == "SELU":
        scale, alpha = 1.0507009873554805, 1.6732632423543772
        return scale * np.where(s > 0, 1.0, alpha * np.exp(np.minimum(s, 0)))
    if type_name == "Sigmoid":
        y = 1 / (1 + np.exp(-s))
        return y * (1 - y)
    if type_name == "Tanh":
        return 1 - np.tanh(s) ** 2
    if type_name == "Softplus":
        return 1 / (1 + np.exp(-s))
    if type_name == "Step":
        return np.zeros_like(s)
    return np.ones_like(s)  # Identity


def function(type_name: str, s: np.ndarray, params: dict[str, Any] | None = None) -> np.ndarray:
    """f(s) of an element-wise activation (float64), for the curves and the checks."""
    s = np.asarray(s, np.float64)
    p = params or {}
    if type_name == "ReLU":
        return np.maximum(s, 0)
    if type_name == "LeakyReLU":
        return np.where(s > 0, s, float(p.get("alpha", 0.01)) * s)
    if type_name == "ELU":
        return np.where(s > 0, s, float(p.get("alpha", 1.0)) * np.expm1(np.minimum(s, 0)))
    if type_name == "SELU":
        return 1.0507009873554805 * np.where(s > 0, s, 1.6732632423543772 * np.expm1(np.minimum(s, 0)))
    if type_name == "Sigmoid":
        return 1 / (1 + np.exp(-s))
    if type_name == "Tanh":
        return np.tanh(s)
    if type_name == "Softplus":
        return np.logaddexp(0, s)
    if type_name == "Step":
        return (s > 0).astype(np.float64)
    return s


ACTIVATION_FORMULAS: dict[str, tuple[str, str]] = {
    "ReLU": ("f(s) = max(0, s)", "f′(s) = 1 (s > 0), 0 (s ≤ 0)"),
    "LeakyReLU": ("f(s) = s (s > 0), αs (s ≤ 0)", "f′(s) = 1 (s > 0), α (s ≤ 0)"),
    "ELU": ("f(s) = s (s > 0), α(eˢ − 1) (s ≤ 0)", "f′(s) = 1 (s > 0), αeˢ (s ≤ 0)"),
    "SELU": ("f(s) = λs (s > 0), λα(eˢ − 1) (s ≤ 0)", "f′(s) = λ (s > 0), λαeˢ (s ≤ 0)"),
    "Sigmoid": ("σ(s) = 1 / (1 + e⁻ˢ)", "σ′(s) = σ(s)(1 − σ(s)) ≤ 1/4"),
    "Tanh": ("tanh(s) = (eˢ − e⁻ˢ) / (eˢ + e⁻ˢ)", "tanh′(s) = 1 − tanh²(s) ≤ 1"),
    "Softplus": ("f(s) = log(1 + eˢ)", "f′(s) = σ(s)"),
    "Step": ("f(s) = 1 (s > 0), 0 (s ≤ 0)", "f′(s) = 0"),
    "Identity": ("f(s) = s", "f′(s) = 1"),
}


def _activation(e: Explanation, rec: StepRecord, c: Choice, params: dict[str, Any]) -> None:
    probe, node, t = rec.probe, e.node, e.type
    f_text, d_text = ACTIVATION_FORMULAS[t]
    e.formulas += [f_text, d_text,
                   translate("Explain", "Backward: gradient leaving = gradient arriving × f′(s)")]
    if t == "Step":
        e.formulas.append(translate("Explain", "Step's derivative is 0 almost everywhere: no gradient passes it, "
                                               "so the layers before it cannot learn."))
    s = _rows(probe.inputs[node]["in"])
    y = _rows(probe.outputs[node]["out"])
    n, j = _clamp(c.sample, s.shape[0]), _clamp(c.unit, s.shape[1])
    c.sample, c.unit = n, j
    sv, yv = float(s[n, j]), float(y[n, j])
    mine = float(function(t, np.array([sv], np.float64), params)[0])
    e.forward.append(translate("Explain", "Sample {n}, unit {j}: s = {s}, f(s) = {y}").format(
        n=n, j=j, s=num(sv), y=num(yv)))
    e.numbers.update(s=sv, y=yv, y_recomputed=mine)
    if node not in probe.out_grads:
        e.backward.append(translate("Explain", "No gradient flows through this node (it does not lead to the loss, "
                                               "or nothing before it learns)."))
        return
    dy = float(_rows(probe.out_grads[node]["out"])[n, j])
    local = float(derivative(t, np.array([sv]), params)[0])
    leaving = float(_rows(probe.in_grads[node]["in"])[n, j])
    e.backward.append(translate("Explain", "gradient arriving ∂L/∂y = {dy}").format(dy=num(dy)))
    e.backward.append(translate("Explain", "local derivative f′(s) = {d}").format(d=num(local)))
    e.backward.append(translate("Explain", "gradient leaving ∂L/∂s = {dy} × {d} = {product} "
                                           "(the engine: {engine})").format(
        dy=num(dy), d=paren(local), product=num(dy * local), engine=num(leaving)))
    e.numbers.update(dy=dy, local=local, dx=leaving, dx_recomputed=dy * local)


def _softmax(e: Explanation, rec: StepRecord, c: Choice) -> None:
    probe, node = rec.probe, e.node
    e.formulas += ["yₖ = e^sₖ / Σₘ e^sₘ", "∂L/∂sₖ = yₖ (∂L/∂yₖ − Σₘ ∂L/∂yₘ · yₘ)"]
    s, y = _rows(probe.inputs[node]["in"]), _rows(probe.outputs[node]["out"])
    n, k = _clamp(c.sample, s.shape[0]), _clamp(c.unit, s.shape[1])
    c.sample, c.unit = n, k
    row = s[n].astype(np.float64)
    mine = np.exp(row - row.max())
    mine /= mine.sum()
    e.forward.append(translate("Explain", "Sample {n}, class {k}: s = {s}, y = {y}").format(
        n=n, k=k, s=num(row[k]), y=num(y[n, k])))
    e.numbers.update(s=float(row[k]), y=float(y[n, k]), y_recomputed=float(mine[k]))
    if node not in probe.out_grads:
        return
    dy = _rows(probe.out_grads[node]["out"])[n].astype(np.float64)
    leaving = float(_rows(probe.in_grads[node]["in"])[n, k])
    dot = float((dy * y[n]).sum())
    value = float(y[n, k]) * (dy[k] - dot)
    e.backward.append(translate("Explain", "gradient arriving ∂L/∂y = {dy}, Σₘ ∂L/∂yₘ · yₘ = {dot}").format(
        dy=num(dy[k]), dot=num(dot)))
    e.backward.append(translate("Explain", "gradient leaving ∂L/∂s = {y} × ({dy} − {dot}) = {value} "
                                           "(the engine: {engine})").format(
        y=num(y[n, k]), dy=num(dy[k]), dot=paren(dot), value=num(value), engine=num(leaving)))
    e.numbers.update(dx=leaving, dx_recomputed=value)


# ------------------------------------------------------------------------ dense
def _dense(e: Explanation, rec: StepRecord, c: Choice, graph: Any) -> None:
    probe, node = rec.probe, e.node
    e.formulas += ["y = xW + b:  yⱼ = Σᵢ xᵢ Wᵢⱼ + bⱼ",
                   "∂L/∂Wᵢⱼ = Σₙ xₙᵢ · δₙⱼ   (δ = ∂L/∂y)", "∂L/∂bⱼ = Σₙ δₙⱼ", "∂L/∂xᵢ = Σⱼ δⱼ Wᵢⱼ"]
    x = _rows(probe.inputs[node]["in"]).astype(np.float64)
    y = _rows(probe.outputs[node]["out"])
    W = rec.weights_before[node]["W"].astype(np.float64)
    b = rec.weights_before[node].get("b")
    n, j, i = _clamp(c.sample, x.shape[0]), _clamp(c.unit, W.shape[1]), _clamp(c.input, W.shape[0])
    c.sample, c.unit, c.input = n, j, i
    terms = [f"{paren(x[n, k])}·{paren(W[k, j])}" for k in range(min(TERMS_SHOWN, W.shape[0]))]
    more = W.shape[0] - TERMS_SHOWN
    written = " + ".join(terms) + (translate("Explain", " + … ({more} more terms)").format(more=more)
                                   if more > 0 else "")
    mine = float(x[n] @ W[:, j] + (float(b[j]) if b is not None else 0.0))
    bias = f" + {paren(b[j])}" if b is not None else ""
    e.forward.append(translate("Explain", "Sample {n}, unit {j}: y = {terms}{bias} = {value} "
                                          "(the engine: {engine})").format(
        n=n, j=j, terms=written, bias=bias, value=num(mine), engine=num(y[n, j])))
    e.numbers.update(y=float(y[n, j]), y_recomputed=mine)
    if node not in probe.out_grads:
        e.backward.append(translate("Explain", "No gradient flows through this node (it does not lead to the loss, "
                                               "or nothing before it learns)."))
        return
    delta = _rows(probe.out_grads[node]["out"]).astype(np.float64)
    engine = float(rec.grads[node]["W"][i, j])
    total = float(x[:, i] @ delta[:, j])
    e.backward.append(translate("Explain", "For the weight W[{i},{j}]: sample {n} gives x · δ = {x} × {d} = {p}").format(
        i=i, j=j, n=n, x=paren(x[n, i]), d=paren(delta[n, j]), p=num(x[n, i] * delta[n, j])))
    e.backward.append(translate("Explain", "∂L/∂W[{i},{j}] = Σₙ xₙ · δₙ over {count} samples = {total} "
                                           "(the engine: {engine})").format(
        i=i, j=j, count=x.shape[0], total=num(total), engine=num(engine)))
    e.numbers.update(x=float(x[n, i]), delta=float(delta[n, j]), dW=engine, dW_recomputed=total)
    leaving = probe.in_grads.get(node, {}).get("in")
    if leaving is not None:
        dx = float(delta[n] @ W[i])
        e.backward.append(translate("Explain", "gradient leaving ∂L/∂x[{n},{i}] = Σⱼ δ[{n},j] · W[{i},j] = {value} "
                                               "(the engine: {engine})").format(
            n=n, i=i, value=num(dx), engine=num(_rows(leaving)[n, i])))
        e.numbers.update(dx=float(_rows(leaving)[n, i]), dx_recomputed=dx)
    _chain(e, rec, graph, n, i, j, x)


def _chain(e: Explanation, rec: StepRecord, graph: Any, n: int, i: int, j: int, x: np.ndarray) -> None:
    """The chain rule written out for W[i,j] where the Dense feeds an element-wise activation."""
    probe = rec.probe
    outs = graph.outgoing(e.node) if graph is not None else []
    if len(outs) != 1:
        return
    act = outs[0].dst[0]
    act_type = graph.nodes[act].type
    if act_type not in ELEMENTWISE or act not in probe.out_grads:
        return
    s = float(_rows(probe.inputs[act]["in"])[n, j])
    da = float(_rows(probe.out_grads[act]["out"])[n, j])
    local = float(derivative(act_type, np.array([s]), dict(graph.nodes[act].params))[0])
    e.backward.append(translate("Explain", "Chain rule: ∂L/∂W[{i},{j}] = Σₙ ∂L/∂a · f′(s) · x, with a = {act}(s)").format(
        i=i, j=j, act=act_type))
    e.backward.append(translate("Explain", "sample {n}: {da} × {local} × {x} = {p}").format(
        n=n, da=paren(da), local=paren(local), x=paren(x[n, i]), p=num(da * local * x[n, i])))
    e.numbers.update(chain_da=da, chain_local=local, chain_product=da * local * float(x[n, i]))
    loss = next((o.dst[0] for o in graph.outgoing(act) if graph.nodes[o.dst[0]].type == "BCE"), None)
    if act_type == "Sigmoid" and loss is not None and loss in probe.inputs:
        p = _rows(probe.outputs[act]["out"]).astype(np.float64)
        t = _rows(np.asarray(rec.probe.inputs[loss]["target"], np.float64).reshape(p.shape))
        closed = float(((p[:, j] - t[:, j]) / p.size) @ x[:, i])
        e.backward.append(translate("Explain", "Sigmoid with binary cross-entropy: ∂L/∂W[{i},{j}] = Σₙ (xₙ − tₙ) · xₙᵢ / M "
                                               "= {value} (x: the sigmoid's output, M = {m} values)").format(
            i=i, j=j, value=num(closed), m=p.size))
        e.numbers["closed_form"] = closed


# ------------------------------------------------------------------------ losses
LOSS_FORMULAS: dict[str, tuple[str, str]] = {
    "MSE": ("L = (1/M) Σ (p − t)²", "∂L/∂p = 2(p − t)/M"),
    "MAE": ("L = (1/M) Σ |p − t|", "∂L/∂p = sign(p − t)/M"),
    "Huber": ("L = (1/M) Σ ½r² (|r| ≤ δ), δ(|r| − ½δ) (|r| > δ),  r = p − t", "∂L/∂p = clip(r, −δ, δ)/M"),
    "BCE": ("L = −(1/M) Σ [t log p + (1 − t) log(1 − p)]", "∂L/∂p = (p − t) / (p(1 − p) M)"),
    "CrossEntropy": ("L = −(1/N) Σₙ Σₖ tₙₖ log pₙₖ", "∂L/∂pₖ = −tₖ / (pₖ N)"),
}


def _loss(e: Explanation, rec: StepRecord, c: Choice, params: dict[str, Any]) -> None:
    probe, node, t = rec.probe, e.node, e.type
    e.formulas += list(LOSS_FORMULAS.get(t, ()))
    fused = probe.fused.get(node)
    if fused is not None:
        e.formulas.append(translate("Explain", "Fused with {act}: ∂L/∂s = (p − t)/{count}, computed from the logits s "
                                               "(finite for any s)").format(
            act=fused, count="N" if t == "CrossEntropy" else "M"))
    e.forward.append(translate("Explain", "L = {loss} on this batch of {n} samples").format(
        loss=num(probe.loss), n=len(rec.indices)))
    e.numbers["loss"] = probe.loss
    pred = _rows(probe.outputs[fused]["out"] if fused else probe.inputs[node]["pred"]).astype(np.float64)
    target = np.asarray(probe.inputs[node]["target"])
    if t == "CrossEntropy" and target.ndim == 1 and pred.shape[1] > 1:
        onehot = np.zeros_like(pred)
        onehot[np.arange(len(target)), target.astype(int)] = 1
        target = onehot
    tt = _rows(np.asarray(target, np.float64).reshape(pred.shape))
    n, k = _clamp(c.sample, pred.shape[0]), _clamp(c.unit, pred.shape[1])
    c.sample, c.unit = n, k
    pv, tv, m, rows = float(pred[n, k]), float(tt[n, k]), pred.size, pred.shape[0]
    e.forward.append(translate("Explain", "Sample {n}, output {k}: p = {p}, t = {t}").format(
        n=n, k=k, p=num(pv), t=num(tv)))
    e.numbers.update(p=pv, t=tv)
    if node not in probe.in_grads:
        return
    engine = float(_rows(probe.in_grads[node]["pred"])[n, k])
    eps = 1e-7
    pc = min(max(pv, eps), 1 - eps)
    mine = {"MSE": 2 * (pv - tv) / m, "MAE": float(np.sign(pv - tv)) / m,
            "Huber": float(np.clip(pv - tv, -float(params.get("delta", 1.0)), float(params.get("delta", 1.0)))) / m,
            "BCE": (pc - tv) / (pc * (1 - pc) * m),
            "CrossEntropy": -tv / (max(pv, eps) * rows)}.get(t)
    if mine is not None:
        e.backward.append(translate("Explain", "∂L/∂p = {value} (the engine: {engine})").format(
            value=num(mine), engine=num(engine)))
        e.numbers.update(dp=engine, dp_recomputed=mine)
    if fused is not None:
        logits = float(_rows(probe.in_grads[fused]["in"])[n, k])
        mine_s = (pv - tv) / (rows if t == "CrossEntropy" else m)
        e.backward.append(translate("Explain", "∂L/∂s = ({p} − {t}) / {count} = {value} (the engine: {engine})").format(
            p=num(pv), t=num(tv), count=rows if t == "CrossEntropy" else m, value=num(mine_s), engine=num(logits)))
        e.numbers.update(ds=logits, ds_recomputed=mine_s)


# ------------------------------------------------------------------- optimizers
OPTIMIZER_FORMULAS: dict[str, list[str]] = {
    "SGD": ["w ← w − η∇"],
    "Momentum": ["v ← αv − η∇,  w ← w + v",
                 "(the engine keeps u = −v/η: u ← αu + ∇, w ← w − ηu; the same for a fixed η)"],
    "AdaGrad": ["h ← h + ∇²", "w ← w − η∇ / (√h + ε)"],
    "RMSProp": ["h ← ρh + (1 − ρ)∇²", "w ← w − η∇ / (√h + ε)"],
    "Adam": ["m ← β₁m + (1 − β₁)∇,  v ← β₂v + (1 − β₂)∇²",
             "m̂ = m / (1 − β₁ᵗ),  v̂ = v / (1 − β₂ᵗ)", "w ← w − η m̂ / (√v̂ + ε)"],
}


def flat_index(net: Any, node: str, name: str, index: tuple[int, ...] | int) -> int:
    """Position of weight `name`[index] of `node` in the network's flat buffers."""
    view = net.kernels[node].w[name]
    base = (view.__array_interface__["data"][0] - net.flat_w.__array_interface__["data"][0]) // view.itemsize
    return int(base + np.ravel_multi_index(index, view.shape) if not isinstance(index, int) else base + index)


def explain_update(rec: StepRecord, opt_type: str, params: dict[str, Any], flat_w_before: np.ndarray,
                   flat_g: np.ndarray, flat_w_after: np.ndarray, k: int, decay: float = 0.0) -> Explanation:
    """The optimizer's rule for weight number `k` of the flat buffer, with its numbers."""
    e = Explanation(node="", type=opt_type)
    e.formulas += list(OPTIMIZER_FORMULAS.get(opt_type, []))
    w0, g, w1 = float(flat_w_before[k]), float(flat_g[k]), float(flat_w_after[k])
    if decay:
        g = g + decay * w0
        e.formulas.append(translate("Explain", "weight decay: ∇ ← ∇ + λw (λ = {decay})").format(decay=num(decay)))
    lr = rec.lr
    before = {name: np.asarray(v) for name, v in rec.opt_before.items()}
    after = {name: np.asarray(v) for name, v in rec.opt_after.items()}
    t = int(after.get("t", np.array(0)))
    lines = [translate("Explain", "old weight w = {w}, gradient ∇ = {g}, learning rate η = {lr}").format(
        w=num(w0), g=num(g), lr=num(lr))]
    if opt_type == "SGD":
        new = w0 - lr * g
        lines.append(f"w ← {num(w0)} − {num(lr)} × {paren(g)} = {num(new)}")
    elif opt_type == "Momentum":
        mu = float(params.get("momentum", 0.9))
        u0, u1 = float(before["velocity"][k]), float(after["velocity"][k])
        new = w0 - lr * (mu * u0 + g) if not params.get("nesterov") else w0 - lr * (g + mu * (mu * u0 + g))
        lines.append(f"v ← {num(mu)} × {paren(-lr * u0)} − {num(lr)} × {paren(g)} = {num(-lr * u1)}")
        lines.append(f"w ← {num(w0)} + {paren(-lr * u1)} = {num(new)}")
    elif opt_type == "AdaGrad":
        eps = float(params.get("eps", 1e-8))
        h0 = float(before["sum"][k])
        h1 = h0 + g * g
        new = w0 - lr * g / (math.sqrt(h1) + eps)
        lines.append(f"h ← {num(h0)} + {paren(g)}² = {num(h1)}")
        lines.append(f"w ← {num(w0)} − {num(lr)} × {paren(g)} / (√{num(h1)} + {num(eps)}) = {num(new)}")
    elif opt_type == "RMSProp":
        rho, eps = float(params.get("rho", 0.9)), float(params.get("eps", 1e-8))
        h0 = float(before["square_avg"][k]) * (1 - rho)  # the engine stores h / (1 − ρ)
        h1 = rho * h0 + (1 - rho) * g * g
        new = w0 - lr * g / (math.sqrt(h1) + eps)
        lines.append(f"h ← {num(rho)} × {num(h0)} + {num(1 - rho)} × {paren(g)}² = {num(h1)}")
        lines.append(f"w ← {num(w0)} − {num(lr)} × {paren(g)} / (√{num(h1)} + {num(eps)}) = {num(new)}")
    elif opt_type == "Adam":
        b1, b2 = float(params.get("beta1", 0.9)), float(params.get("beta2", 0.999))
        eps = float(params.get("eps", 1e-8))
        m0, v0 = float(before["m"][k]) * (1 - b1), float(before["v"][k]) * (1 - b2)  # stored as m/(1−β₁), v/(1−β₂)
        m1, v1 = b1 * m0 + (1 - b1) * g, b2 * v0 + (1 - b2) * g * g
        mh, vh = m1 / (1 - b1 ** t), v1 / (1 - b2 ** t)
        new = w0 - lr * mh / (math.sqrt(vh) + eps)
        lines.append(f"m ← {num(b1)} × {paren(m0)} + {num(1 - b1)} × {paren(g)} = {num(m1)}")
        lines.append(f"v ← {num(b2)} × {num(v0)} + {num(1 - b2)} × {paren(g)}² = {num(v1)}")
        lines.append(f"m̂ = {num(m1)} / (1 − {num(b1)}^{t}) = {num(mh)},  v̂ = {num(v1)} / (1 − {num(b2)}^{t}) = {num(vh)}")
        lines.append(f"w ← {num(w0)} − {num(lr)} × {paren(mh)} / (√{num(vh)} + {num(eps)}) = {num(new)}")
        e.numbers.update(m=m1, v=v1, m_hat=mh, v_hat=vh)
    else:
        new = w1
    lines.append(translate("Explain", "new weight {new} (the engine: {engine}), moved by {delta}").format(
        new=num(new), engine=num(w1), delta=num(w1 - w0)))
    e.update = lines
    e.numbers.update(w_before=w0, grad=g, lr=lr, w_after=w1, w_after_recomputed=new)
    return e


def update_for(rec: StepRecord, net: Any, graph: Any, node: str, index: tuple[int, ...],
               opt_params: dict[str, Any]) -> Explanation | None:
    """The first objective's optimizer update of weight W[index] of `node` in step `rec`
    (None when the node has no such weight or that optimizer does not train it)."""
    ws = rec.weights_before.get(node, {})
    if "W" not in ws or net.optimizer_id not in graph.nodes:
        return None
    names = list(ws)
    k = flat_index(net, node, "W", index)
    start, stop = net.ranges[node]
    off = rec.opt_offset
    size = next((np.size(v) for name, v in rec.opt_before.items() if name != "t"), None)
    if start < off or (size is not None and stop - off > size):
        return None

    def flat(d: dict) -> np.ndarray:
        return np.concatenate([d[node][n].ravel() for n in names])

    def part(state: dict) -> dict:
        return {n: (v[start - off:stop - off] if np.ndim(v) else v) for n, v in state.items()}

    sliced = StepRecord(**{**rec.__dict__, "opt_before": part(rec.opt_before), "opt_after": part(rec.opt_after)})
    decay = float(opt_params.get("weight_decay") or 0.0) if net.decay_mask[k] else 0.0
    return explain_update(sliced, graph.nodes[net.optimizer_id].type, opt_params, flat(rec.weights_before),
                          flat(rec.grads), flat(rec.weights_after), k - start, decay)


# ------------------------------------------------------------------------- entry
def explain(rec: StepRecord, graph: Any, node: str, choice: Choice | None = None) -> Explanation:
    """The explanation of `node` for the step `rec` (choice: sample, unit, input; clamped)."""
    c = choice if choice is not None else Choice()
    gnode = graph.nodes[node]
    e = Explanation(node=node, type=gnode.type)
    params = dict(gnode.params)
    category = gnode.spec.category
    if category == "data":
        e.forward.append(translate("Explain", "This batch: {n} samples of the training split (rows {rows})").format(
            n=len(rec.indices), rows=_rows_text(rec.indices)))
        e.forward += [f"x: {summary(rec.x)}  {tuple(np.shape(rec.x))}", f"y: {summary(rec.y)}  {tuple(np.shape(rec.y))}"]
        return e
    if category == "optimizer":
        e.formulas += list(OPTIMIZER_FORMULAS.get(gnode.type, []))
        step = int(np.asarray(rec.opt_after.get("t", 0)))
        e.update.append(translate("Explain", "Update number {t} with learning rate η = {lr}; select a layer to see "
                                             "one weight's update with its numbers.").format(t=step, lr=num(rec.lr)))
        return e
    if node not in rec.probe.outputs and node in rec.elsewhere:
        e.formulas.append(translate("Explain", "This node runs in the step of another objective (the loss {loss}); "
                                               "the numbers shown are those of the first objective's step.").format(
            loss=rec.elsewhere[node]))
        return e
    if node not in rec.probe.outputs:
        e.formulas.append(translate("Explain", "This node does not run on the batch (it is not wired to the data)."))
        return e
    if gnode.type == "Dense":
        _dense(e, rec, c, graph)
    elif gnode.type in ELEMENTWISE:
        _activation(e, rec, c, params)
    elif gnode.type == "Softmax":
        _softmax(e, rec, c)
    elif gnode.type in LOSS_FORMULAS:
        _loss(e, rec, c, params)
    elif gnode.type == "Dropout":
        _dropout(e, rec, c, params)
    elif gnode.type == "Add":
        _add(e, rec, c)
    else:
        _general(e, rec)
    return e


GENERAL_FORMULAS: dict[str, list[str]] = {
    "Conv2D": ["y[n,f,i,j] = Σ_c Σ_u Σ_v x[n,c,i·s+u,j·s+v] · W[f,c,u,v] + b[f]",
               "∂L/∂W[f,c,u,v] = Σ_n Σ_i Σ_j x[n,c,i·s+u,j·s+v] · δ[n,f,i,j]"],
    "MaxPool2D": [QT_TRANSLATE_NOOP("Explain", "y = max over each window"), QT_TRANSLATE_NOOP("Explain", "∂L/∂x = ∂L/∂y at the window's maximum, 0 elsewhere")],
    "AvgPool2D": [QT_TRANSLATE_NOOP("Explain", "y = mean over each window"), QT_TRANSLATE_NOOP("Explain", "∂L/∂x = ∂L/∂y / (window size), spread evenly")],
    "Flatten": [QT_TRANSLATE_NOOP("Explain", "y = x reshaped to (N, C·H·W)"), QT_TRANSLATE_NOOP("Explain", "∂L/∂x = ∂L/∂y reshaped back")],
    "Reshape": [QT_TRANSLATE_NOOP("Explain", "y = x reshaped"), QT_TRANSLATE_NOOP("Explain", "∂L/∂x = ∂L/∂y reshaped back")],
    "Concat": [QT_TRANSLATE_NOOP("Explain", "y = [a, b] along the axis"), QT_TRANSLATE_NOOP("Explain", "∂L/∂a, ∂L/∂b = the two parts of ∂L/∂y")],
    "BatchNorm": ["x̂ = (x − μ_B) / √(σ²_B + ε),  y = γ x̂ + β",
                  QT_TRANSLATE_NOOP("Explain", "μ_B, σ²_B: mean and variance over the batch (running averages at inference)")],
    "RNN": ["h_t = tanh(x_t W + h_{t−1} U + b)", QT_TRANSLATE_NOOP("Explain", "∂L/∂W = Σ_t x_tᵀ δ_t  (backpropagation through time)")],
    "LSTM": ["i, f, o = σ(·), g = tanh(·),  c_t = f ⊙ c_{t−1} + i ⊙ g,  h_t = o ⊙ tanh(c_t)"],
    "GRU": ["z, r = σ(·),  h̃ = tanh(x W + (r ⊙ h_{t−1}) U),  h_t = (1 − z) ⊙ h_{t−1} + z ⊙ h̃"],
}


def _general(e: Explanation, rec: StepRecord) -> None:
    """The formula where one is written down, and each port's values and gradients summed up."""
    probe, node = rec.probe, e.node
    e.formulas += [translate("Explain", f) for f in GENERAL_FORMULAS.get(e.type, [])]  # i18n: passthrough
    for port, value in probe.outputs[node].items():
        e.forward.append(f"{port}: {summary(value)}  {tuple(np.shape(value))}")
    for port, grad in probe.out_grads.get(node, {}).items():
        e.backward.append(translate("Explain", "gradient arriving at {port}: {value}").format(port=port, value=summary(grad)))
    for port, grad in probe.in_grads.get(node, {}).items():
        e.backward.append(translate("Explain", "gradient leaving through {port}: {value}").format(
            port=port, value=summary(grad)))


def _dropout(e: Explanation, rec: StepRecord, c: Choice, params: dict[str, Any]) -> None:
    probe, node = rec.probe, e.node
    rate = float(params.get("rate", 0.5))
    e.formulas += ["y = x · m / (1 − p),  m ~ Bernoulli(1 − p)", "∂L/∂x = ∂L/∂y · m / (1 − p)"]
    x, y = _rows(probe.inputs[node]["in"]), _rows(probe.outputs[node]["out"])
    n, j = _clamp(c.sample, x.shape[0]), _clamp(c.unit, x.shape[1])
    c.sample, c.unit = n, j
    factor = float(y[n, j] / x[n, j]) if x[n, j] != 0 else 0.0
    e.forward.append(translate("Explain", "Sample {n}, unit {j}: x = {x}, p = {p}, m / (1 − p) = {m}, y = {y}").format(
        n=n, j=j, x=num(x[n, j]), p=num(rate), m=num(factor), y=num(y[n, j])))
    e.numbers.update(x=float(x[n, j]), y=float(y[n, j]), factor=factor)
    if node in probe.out_grads and "in" in probe.in_grads.get(node, {}):
        dy = float(_rows(probe.out_grads[node]["out"])[n, j])
        dx = float(_rows(probe.in_grads[node]["in"])[n, j])
        e.backward.append(translate("Explain", "gradient leaving ∂L/∂x = {dy} × {m} = {value} (the engine: {engine})").format(
            dy=num(dy), m=paren(factor), value=num(dy * factor), engine=num(dx)))
        e.numbers.update(dy=dy, dx=dx, dx_recomputed=dy * factor)


def _add(e: Explanation, rec: StepRecord, c: Choice) -> None:
    probe, node = rec.probe, e.node
    e.formulas += ["y = a + b", "∂L/∂a = ∂L/∂y,  ∂L/∂b = ∂L/∂y"]
    a, b, y = (_rows(v) for v in (probe.inputs[node]["a"], probe.inputs[node]["b"], probe.outputs[node]["out"]))
    n, j = _clamp(c.sample, y.shape[0]), _clamp(c.unit, y.shape[1])
    c.sample, c.unit = n, j
    e.forward.append(f"y[{n},{j}] = {num(a[n, j])} + {paren(b[n, j])} = {num(y[n, j])}")
    e.numbers.update(a=float(a[n, j]), b=float(b[n, j]), y=float(y[n, j]))
    if node in probe.out_grads:
        dy = float(_rows(probe.out_grads[node]["out"])[n, j])
        grads = probe.in_grads.get(node, {})
        parts = ", ".join(f"∂L/∂{p} = {num(_rows(g)[n, j])}" for p, g in grads.items())
        e.backward.append(f"∂L/∂y = {num(dy)}  →  {parts}")
        e.numbers["dy"] = dy


def _rows_text(indices: np.ndarray) -> str:
    shown = ", ".join(str(int(i)) for i in indices[:6])
    return shown + (", …" if len(indices) > 6 else "")


def summary(value: Any) -> str:
    """mean, range and shape of an array, for a card or a wire: "μ 0.12 [−1.3, 2.4] (32, 16)"."""
    a = np.asarray(value)
    if a.size == 0:
        return "—"
    if a.dtype.kind not in "fc":
        a = a.astype(np.float64)
    finite = np.isfinite(a)
    if not finite.all():
        bad = int((~finite).sum())
        return translate("Explain", "{bad} values are NaN or inf").format(bad=bad)
    if a.size == 1:
        return num(a.reshape(()))
    return f"μ {num(a.mean())} [{num(a.min())}, {num(a.max())}]"
