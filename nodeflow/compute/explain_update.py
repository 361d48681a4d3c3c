"""Explaining an optimizer's update of one weight in the notes' notation (SGD, Momentum
v ← αv − η∇, AdaGrad, RMSProp, Adam with bias correction), recomputed from the step's
numbers beside the engine's new weight (no Qt)."""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from nodeflow.compute.explain_base import Explanation, num, paren
from nodeflow.compute.stepper import StepRecord
from nodeflow.i18n import translate

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
    if opt_type == "SGD" and float(params.get("momentum") or 0.0) > 0.0:
        opt_type = "Momentum"  # SGD with momentum steps as the Momentum node does
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
