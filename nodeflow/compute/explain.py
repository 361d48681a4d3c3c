"""Explain this node: its formula written out, then the same formula with the live numbers of
one sample and one unit from the last step, forward and backward (no Qt).

The numbers shown are recomputed here in float64 from the step's recorded inputs, in the
notes' notation (y = xW + b, σ′(s) = σ(s)(1 − σ(s)), gradient arriving × local derivative =
gradient leaving), and set beside what the engine computed, so a learner can check one against
the other; `Explanation.numbers` carries both for tests.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from nodeflow.compute.explain_activations import (  # noqa: F401 - part of this module's interface
    derivative,
    elementwise,
    function,
    is_elementwise,
    softmax,
)
from nodeflow.compute.explain_base import (  # noqa: F401 - part of this module's interface
    TERMS_SHOWN,
    Choice,
    Explanation,
    _clamp,
    _rows,
    _rows_text,
    num,
    paren,
    summary,
)
from nodeflow.compute.explain_update import (  # noqa: F401 - part of this module's interface
    explain_update,
    flat_index,
    resolve,
    update_for,
)
from nodeflow.compute.stepper import StepRecord
from nodeflow.i18n import translate


# ------------------------------------------------------------------------ dense
def dense(e: Explanation, rec: StepRecord, c: Choice, graph: Any, params: dict[str, Any]) -> None:
    """Dense's explainer: one output written as its sum of products, one weight's gradient, and
    the chain rule through the activation after it."""
    probe, node = rec.probe, e.node
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
    act_spec = graph.nodes[act].spec
    act_type = act_spec.type
    if not is_elementwise(act_spec) or act not in probe.out_grads:
        return
    s = float(_rows(probe.inputs[act]["in"])[n, j])
    da = float(_rows(probe.out_grads[act]["out"])[n, j])
    local = float(derivative(act_spec, np.array([s]), dict(graph.nodes[act].params))[0])
    e.backward.append(translate("Explain", "Chain rule: ∂L/∂W[{i},{j}] = Σₙ ∂L/∂a · f′(s) · x, with a = {act}(s)").format(
        i=i, j=j, act=act_type))
    e.backward.append(translate("Explain", "sample {n}: {da} × {local} × {x} = {p}").format(
        n=n, da=paren(da), local=paren(local), x=paren(x[n, i]), p=num(da * local * x[n, i])))
    e.numbers.update(chain_da=da, chain_local=local, chain_product=da * local * float(x[n, i]))
    # the loss this activation is fused with (Sigmoid with BCE): ∂L/∂s is (p − t)/M in closed form
    loss = next((o.dst[0] for o in graph.outgoing(act) if graph.nodes[o.dst[0]].spec.fuses_with == act_type), None)
    if loss is not None and loss in probe.inputs:
        p = _rows(probe.outputs[act]["out"]).astype(np.float64)
        t = _rows(np.asarray(rec.probe.inputs[loss]["target"], np.float64).reshape(p.shape))
        closed = float(((p[:, j] - t[:, j]) / p.size) @ x[:, i])
        e.backward.append(translate("Explain", "Sigmoid with binary cross-entropy: ∂L/∂W[{i},{j}] = Σₙ (xₙ − tₙ) · xₙᵢ / M "
                                               "= {value} (x: the sigmoid's output, M = {m} values)").format(
            i=i, j=j, value=num(closed), m=p.size))
        e.numbers["closed_form"] = closed


# ------------------------------------------------------------------------ losses
def loss(e: Explanation, rec: StepRecord, c: Choice, graph: Any, params: dict[str, Any]) -> None:
    """A loss's explainer: its value on the batch, one element's p and t, and ∂L/∂p recomputed
    from the closed form on its declaration (and ∂L/∂s of the fused activation's logits)."""
    probe, node = rec.probe, e.node
    form = graph.nodes[node].spec.closed_form
    by_rows = form is not None and form.mean == "rows"
    fused = probe.fused.get(node)
    if fused is not None:
        e.formulas.append(translate("Explain", "Fused with {act}: ∂L/∂s = (p − t)/{count}, computed from the logits s "
                                               "(finite for any s)").format(
            act=fused, count="N" if by_rows else "M"))
    e.forward.append(translate("Explain", "L = {loss} on this batch of {n} samples").format(
        loss=num(probe.loss), n=len(rec.indices)))
    e.numbers["loss"] = probe.loss
    pred = _rows(probe.outputs[fused]["out"] if fused else probe.inputs[node]["pred"]).astype(np.float64)
    target = np.asarray(probe.inputs[node]["target"])
    if target.ndim == 1 and pred.shape[1] > 1:  # class labels: as one-hot rows
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
    count = rows if by_rows else m
    mine = None  # the loss's own derivative of this one element, from its closed form
    if form is not None:
        mine = float(np.asarray(form.df(np.array([[pv]]), np.array([[tv]]), params)).reshape(-1)[0]) / count
    if mine is not None:
        e.backward.append(translate("Explain", "∂L/∂p = {value} (the engine: {engine})").format(
            value=num(mine), engine=num(engine)))
        e.numbers.update(dp=engine, dp_recomputed=mine)
    if fused is not None:
        logits = float(_rows(probe.in_grads[fused]["in"])[n, k])
        mine_s = (pv - tv) / count
        e.backward.append(translate("Explain", "∂L/∂s = ({p} − {t}) / {count} = {value} (the engine: {engine})").format(
            p=num(pv), t=num(tv), count=count, value=num(mine_s), engine=num(logits)))
        e.numbers.update(ds=logits, ds_recomputed=mine_s)


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
        e.formulas += [translate("Explain", f) for f in gnode.spec.formulas]  # i18n: passthrough
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
    e.formulas += [translate("Explain", f) for f in gnode.spec.formulas]  # i18n: passthrough (declared QT_TRANSLATE_NOOP)
    if gnode.spec.explainer:
        resolve(gnode.spec.explainer)(e, rec, c, graph, params)
    else:
        general(e, rec, c, graph, params)
    return e


def general(e: Explanation, rec: StepRecord, c: Choice, graph: Any, params: dict[str, Any]) -> None:
    """A node without an explainer of its own: each port's values and gradients summed up."""
    probe, node = rec.probe, e.node
    for port, value in probe.outputs[node].items():
        e.forward.append(f"{port}: {summary(value)}  {tuple(np.shape(value))}")
    for port, grad in probe.out_grads.get(node, {}).items():
        e.backward.append(translate("Explain", "gradient arriving at {port}: {value}").format(port=port, value=summary(grad)))
    for port, grad in probe.in_grads.get(node, {}).items():
        e.backward.append(translate("Explain", "gradient leaving through {port}: {value}").format(
            port=port, value=summary(grad)))


def dropout(e: Explanation, rec: StepRecord, c: Choice, graph: Any, params: dict[str, Any]) -> None:
    """Dropout's explainer: the mask's factor m / (1 − p) of one unit, forward and backward."""
    probe, node = rec.probe, e.node
    rate = float(params.get("rate", 0.5))
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


def add(e: Explanation, rec: StepRecord, c: Choice, graph: Any, params: dict[str, Any]) -> None:
    """Add's explainer: one element's sum, and the gradient passed unchanged to both inputs."""
    probe, node = rec.probe, e.node
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
