"""Explaining an optimizer's update of one weight in the notes' notation (SGD, Momentum
v ← αv − η∇, AdaGrad, RMSProp, Adam with bias correction), recomputed from the step's
numbers beside the engine's new weight (no Qt)."""

from __future__ import annotations

import importlib
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from nodeflow.compute.explain_base import Explanation, num, paren
from nodeflow.compute.stepper import StepRecord
from nodeflow.i18n import translate


@dataclass
class Update:
    """One weight's step, as an optimizer's explainer reads it: the old weight, its gradient (weight
    decay included), the learning rate, the step number and the optimizer's buffers for this
    weight before and after (as the engine stores them)."""

    w0: float
    g: float
    lr: float
    t: int
    params: dict[str, Any]
    before: dict[str, float]
    after: dict[str, float]


def resolve(ref: str) -> Callable[..., Any]:
    """A declaration's "module:function" (its `explainer`)."""
    module, _, name = ref.partition(":")
    return getattr(importlib.import_module(module), name)


def flat_index(net: Any, node: str, name: str, index: tuple[int, ...] | int) -> int:
    """Position of weight `name`[index] of `node` in the network's flat buffers."""
    view = net.kernels[node].w[name]
    base = (view.__array_interface__["data"][0] - net.flat_w.__array_interface__["data"][0]) // view.itemsize
    return int(base + np.ravel_multi_index(index, view.shape) if not isinstance(index, int) else base + index)


def explain_update(rec: StepRecord, spec: Any, params: dict[str, Any], flat_w_before: np.ndarray,
                   flat_g: np.ndarray, flat_w_after: np.ndarray, k: int, decay: float = 0.0) -> Explanation:
    """The optimizer's rule for weight number `k` of the flat buffer, with its numbers: the
    formulas its declaration (`spec`) carries, then its explainer's worked numbers."""
    e = Explanation(node="", type=spec.type)
    e.formulas += [translate("Explain", f) for f in spec.formulas]  # i18n: passthrough (declared QT_TRANSLATE_NOOP)
    w0, g, w1 = float(flat_w_before[k]), float(flat_g[k]), float(flat_w_after[k])
    if decay:
        g = g + decay * w0
        e.formulas.append(translate("Explain", "weight decay: ∇ ← ∇ + λw (λ = {decay})").format(decay=num(decay)))
    after = {name: np.asarray(v) for name, v in rec.opt_after.items()}
    u = Update(w0=w0, g=g, lr=rec.lr, t=int(after.get("t", np.array(0))), params=params,
               before={n: float(np.asarray(v)[k]) for n, v in rec.opt_before.items() if np.ndim(v)},
               after={n: float(v[k]) for n, v in after.items() if np.ndim(v)})
    e.update = [translate("Explain", "old weight w = {w}, gradient ∇ = {g}, learning rate η = {lr}").format(
        w=num(w0), g=num(g), lr=num(u.lr))]
    new = resolve(spec.explainer)(e, u) if spec.explainer else w1
    e.update.append(translate("Explain", "new weight {new} (the engine: {engine}), moved by {delta}").format(
        new=num(new), engine=num(w1), delta=num(w1 - w0)))
    e.numbers.update(w_before=w0, grad=g, lr=u.lr, w_after=w1, w_after_recomputed=new)
    return e


# The optimizers' explainers (their declarations name them): append the worked lines, return the new weight.
def sgd(e: Explanation, u: Update) -> float:
    if float(u.params.get("momentum") or 0.0) > 0.0:  # SGD with momentum steps as the Momentum node does
        e.formulas.append(translate("Explain", "with momentum μ > 0 it steps as the Momentum node: "
                                               "v ← μv − η∇,  w ← w + v"))
        return momentum(e, u)
    new = u.w0 - u.lr * u.g
    e.update.append(f"w ← {num(u.w0)} − {num(u.lr)} × {paren(u.g)} = {num(new)}")
    return new


def momentum(e: Explanation, u: Update) -> float:
    mu, lr, g, w0 = float(u.params.get("momentum", 0.9)), u.lr, u.g, u.w0
    u0, u1 = u.before["velocity"], u.after["velocity"]
    new = w0 - lr * (mu * u0 + g) if not u.params.get("nesterov") else w0 - lr * (g + mu * (mu * u0 + g))
    e.update.append(f"v ← {num(mu)} × {paren(-lr * u0)} − {num(lr)} × {paren(g)} = {num(-lr * u1)}")
    e.update.append(f"w ← {num(w0)} + {paren(-lr * u1)} = {num(new)}")
    return new


def adagrad(e: Explanation, u: Update) -> float:
    eps, lr, g, w0 = float(u.params.get("eps", 1e-8)), u.lr, u.g, u.w0
    h0 = u.before["sum"]
    h1 = h0 + g * g
    new = w0 - lr * g / (math.sqrt(h1) + eps)
    e.update.append(f"h ← {num(h0)} + {paren(g)}² = {num(h1)}")
    e.update.append(f"w ← {num(w0)} − {num(lr)} × {paren(g)} / (√{num(h1)} + {num(eps)}) = {num(new)}")
    return new


def rmsprop(e: Explanation, u: Update) -> float:
    rho, eps = float(u.params.get("rho", 0.9)), float(u.params.get("eps", 1e-8))
    lr, g, w0 = u.lr, u.g, u.w0
    h0 = u.before["square_avg"] * (1 - rho)  # the engine stores h / (1 − ρ)
    h1 = rho * h0 + (1 - rho) * g * g
    new = w0 - lr * g / (math.sqrt(h1) + eps)
    e.update.append(f"h ← {num(rho)} × {num(h0)} + {num(1 - rho)} × {paren(g)}² = {num(h1)}")
    e.update.append(f"w ← {num(w0)} − {num(lr)} × {paren(g)} / (√{num(h1)} + {num(eps)}) = {num(new)}")
    return new


def adam(e: Explanation, u: Update) -> float:
    b1, b2 = float(u.params.get("beta1", 0.9)), float(u.params.get("beta2", 0.999))
    eps, lr, g, w0, t = float(u.params.get("eps", 1e-8)), u.lr, u.g, u.w0, u.t
    m0, v0 = u.before["m"] * (1 - b1), u.before["v"] * (1 - b2)  # stored as m/(1−β₁), v/(1−β₂)
    m1, v1 = b1 * m0 + (1 - b1) * g, b2 * v0 + (1 - b2) * g * g
    mh, vh = m1 / (1 - b1 ** t), v1 / (1 - b2 ** t)
    new = w0 - lr * mh / (math.sqrt(vh) + eps)
    e.update.append(f"m ← {num(b1)} × {paren(m0)} + {num(1 - b1)} × {paren(g)} = {num(m1)}")
    e.update.append(f"v ← {num(b2)} × {num(v0)} + {num(1 - b2)} × {paren(g)}² = {num(v1)}")
    e.update.append(f"m̂ = {num(m1)} / (1 − {num(b1)}^{t}) = {num(mh)},  v̂ = {num(v1)} / (1 − {num(b2)}^{t}) = {num(vh)}")
    e.update.append(f"w ← {num(w0)} − {num(lr)} × {paren(mh)} / (√{num(vh)} + {num(eps)}) = {num(new)}")
    e.numbers.update(m=m1, v=v1, m_hat=mh, v_hat=vh)
    return new


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
    return explain_update(sliced, graph.nodes[net.optimizer_id].spec, opt_params, flat(rec.weights_before),
                          flat(rec.grads), flat(rec.weights_after), k - start, decay)
