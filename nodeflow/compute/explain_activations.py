"""Explaining activations: f and f′ of each one written from its closed form, and the
live numbers "gradient arriving × f′(s) = gradient leaving" for one sample and unit (no Qt)."""

from __future__ import annotations

from typing import Any

import numpy as np

from nodeflow.compute.explain_base import Choice, Explanation, _clamp, _rows, num, paren
from nodeflow.compute.stepper import StepRecord
from nodeflow.i18n import translate

ELEMENTWISE = ("ReLU", "LeakyReLU", "ELU", "SELU", "Sigmoid", "Tanh", "Softplus", "Step", "Identity")


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
