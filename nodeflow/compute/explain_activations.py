"""Explaining activations: f and f′ of each one written from its closed form, and the
live numbers "gradient arriving × f′(s) = gradient leaving" for one sample and unit (no Qt)."""

from __future__ import annotations

from typing import Any

import numpy as np

from nodeflow.compute.explain_base import Choice, Explanation, _clamp, _rows, num, paren
from nodeflow.compute.stepper import StepRecord
from nodeflow.i18n import translate


def is_elementwise(spec: Any) -> bool:
    """An element-wise activation: its declaration carries f and f′ (a ClosedForm with f)."""
    form = getattr(spec, "closed_form", None)
    return spec.category == "activation" and form is not None and form.f is not None


def derivative(spec: Any, s: np.ndarray, params: dict[str, Any] | None = None) -> np.ndarray:
    """f′(s) of an element-wise activation, from the closed form on its declaration (float64)."""
    return np.asarray(spec.closed_form.df(np.asarray(s, np.float64), params or {}), np.float64)


def function(spec: Any, s: np.ndarray, params: dict[str, Any] | None = None) -> np.ndarray:
    """f(s) of an element-wise activation (float64), for the curves and the checks."""
    return np.asarray(spec.closed_form.f(np.asarray(s, np.float64), params or {}), np.float64)


def elementwise(e: Explanation, rec: StepRecord, c: Choice, graph: Any, params: dict[str, Any]) -> None:
    """The explainer of an element-wise activation: one sample and unit, s, f(s), then gradient
    arriving × f′(s) = gradient leaving, recomputed from the declaration's closed form."""
    probe, node = rec.probe, e.node
    spec = graph.nodes[node].spec
    e.formulas.insert(min(2, len(e.formulas)), translate("Explain", "Backward: gradient leaving = gradient arriving × f′(s)"))
    s = _rows(probe.inputs[node]["in"])
    y = _rows(probe.outputs[node]["out"])
    n, j = _clamp(c.sample, s.shape[0]), _clamp(c.unit, s.shape[1])
    c.sample, c.unit = n, j
    sv, yv = float(s[n, j]), float(y[n, j])
    mine = float(function(spec, np.array([sv], np.float64), params)[0])
    e.forward.append(translate("Explain", "Sample {n}, unit {j}: s = {s}, f(s) = {y}").format(
        n=n, j=j, s=num(sv), y=num(yv)))
    e.numbers.update(s=sv, y=yv, y_recomputed=mine)
    if node not in probe.out_grads:
        e.backward.append(translate("Explain", "No gradient flows through this node (it does not lead to the loss, "
                                               "or nothing before it learns)."))
        return
    dy = float(_rows(probe.out_grads[node]["out"])[n, j])
    local = float(derivative(spec, np.array([sv]), params)[0])
    leaving = float(_rows(probe.in_grads[node]["in"])[n, j])
    e.backward.append(translate("Explain", "gradient arriving ∂L/∂y = {dy}").format(dy=num(dy)))
    e.backward.append(translate("Explain", "local derivative f′(s) = {d}").format(d=num(local)))
    e.backward.append(translate("Explain", "gradient leaving ∂L/∂s = {dy} × {d} = {product} "
                                           "(the engine: {engine})").format(
        dy=num(dy), d=paren(local), product=num(dy * local), engine=num(leaving)))
    e.numbers.update(dy=dy, local=local, dx=leaving, dx_recomputed=dy * local)


def softmax(e: Explanation, rec: StepRecord, c: Choice, graph: Any, params: dict[str, Any]) -> None:
    """Softmax's explainer: one sample and class, y recomputed, and its Jacobian-vector product."""
    probe, node = rec.probe, e.node
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
