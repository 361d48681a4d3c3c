"""Node declarations: Dense, Flatten, Reshape, Dropout, BatchNorm.

Shapes are batch-first: vectors (N, F), sequences (N, T, F), images (N, C, H, W).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from nodeflow.i18n import QT_TRANSLATE_NOOP
from nodeflow.nodes.registry import register
from nodeflow.nodes.rules import (
    SEQUENCES,
    VECTORS,
    elements,
    expect_rank,
    fan_weight,
    fmt_shape,
    init_param,
    ones,
    single_input,
    use_bias_param,
    zeros,
)
from nodeflow.nodes.spec import (
    Inferred,
    NodeError,
    NodeSpec,
    Param,
    ShapeError,
    TensorType,
    TorchForm,
    Weight,
    torch_expr,
)

Params = Mapping[str, Any]
Inputs = Mapping[str, TensorType]


def dense_rule(params: Params, inputs: Inputs) -> Inferred:
    """(N, F) -> (N, units) or (N, T, F) -> (N, T, units): a matrix product on the last axis."""
    t = single_input(inputs)
    images = len(t.shape) >= 4
    expect_rank(
        t, (2, 3), f"{VECTORS} or {SEQUENCES}",
        hint="insert a Flatten before it" if images else "", fix_insert="Flatten" if images else None,
    )
    features, units = t.shape[-1], params["units"]
    weights: dict[str, Weight] = {"W": fan_weight((features, units), features, units)}
    if params["use_bias"]:
        weights["b"] = zeros(units)
    positions = math.prod(t.sample_shape[:-1])
    return Inferred({"out": TensorType((*t.shape[:-1], units))}, weights, macs=positions * features * units)


def flatten_rule(params: Params, inputs: Inputs) -> Inferred:
    """(N, d1, d2, ...) -> (N, d1 * d2 * ...)."""
    t = single_input(inputs)
    expect_rank(t, (2, 3, 4, 5, 6, 7, 8), "(N, ...) with at least one feature axis")
    return Inferred({"out": TensorType((None, elements(t)))})


def reshape_rule(params: Params, inputs: Inputs) -> Inferred:
    """(N, ...) -> (N, *shape); the number of values per sample must stay the same."""
    t = single_input(inputs, min_rank=2)
    shape = tuple(params["shape"])
    if math.prod(shape) != elements(t):
        raise ShapeError(
            f"expects {math.prod(shape)} values per sample to make {fmt_shape(shape)} "
            f"but gets {elements(t)} values per sample in {t}",
            port="in",
        )
    return Inferred({"out": TensorType((None, *shape))})


def dropout_rule(params: Params, inputs: Inputs) -> Inferred:
    """Keeps the shape."""
    t = single_input(inputs, min_rank=2)
    return Inferred({"out": t})


def batchnorm_rule(params: Params, inputs: Inputs) -> Inferred:
    """Keeps the shape; gamma/beta per channel for images (N, C, H, W), per last-axis feature otherwise."""
    t = single_input(inputs)
    expect_rank(t, (2, 3, 4), f"{VECTORS}, {SEQUENCES} or (N, C, H, W)")
    features = t.shape[1] if len(t.shape) == 4 else t.shape[-1]
    weights = {"gamma": ones(features), "beta": zeros(features)}
    return Inferred({"out": t}, weights, macs=elements(t))


def _batchnorm_module(p: Mapping[str, Any], s: Mapping[str, Any]) -> str:
    shape = s["in"]
    if len(shape) not in (2, 4):
        raise NodeError("BatchNorm over (N, T, F) sequences has no torch equivalent here")
    kind = "BatchNorm2d" if len(shape) == 4 else "BatchNorm1d"
    return f"nn.{kind}({int(shape[1])}, eps={float(p['eps'])!r}, momentum={1.0 - float(p['momentum'])!r})"


register(NodeSpec(
    type="Dense",
    category="layer",
    help="Fully connected layer: every output is a weighted sum of all inputs plus a bias.",
    params=(
        Param("units", "int", 64, "Number of outputs (neurons).", low=1, high=65536),
        use_bias_param(),
        init_param(),
        Param("share", "str", "",
              "The id of another Dense whose weights this one uses (empty: its own), so one layer "
              "judges two inputs with the same weights, as a GAN's discriminator does real and fake "
              "samples. Gradients from both uses add up."),
    ),
    shape_rule=dense_rule,
    kernel="nodeflow.compute.kernels.dense:Dense",
    summary=lambda p: f"Dense {p['units']}",
    sample_inputs={"in": TensorType((None, 12))},
    torch=TorchForm(
        module=lambda p, s: f"nn.Linear({int(s['in'][-1])}, {int(p['units'])}, bias={bool(p['use_bias'])})",
        call=lambda p, i, s: f"self.{{me}}({i['in']})",
        copy=(("weight", "W", True), ("bias", "b", False)),
    ),
    formulas=("y = xW + b:  yⱼ = Σᵢ xᵢ Wᵢⱼ + bⱼ",
              "∂L/∂Wᵢⱼ = Σₙ xₙᵢ · δₙⱼ   (δ = ∂L/∂y)", "∂L/∂bⱼ = Σₙ δₙⱼ", "∂L/∂xᵢ = Σⱼ δⱼ Wᵢⱼ"),
    explainer="nodeflow.compute.explain:dense",
))

register(NodeSpec(
    type="Flatten",
    category="layer",
    help="Unrolls each sample into one long vector, e.g. (N, 1, 8, 8) -> (N, 64), to feed a Dense.",
    shape_rule=flatten_rule,
    kernel="nodeflow.compute.kernels.reshape:Flatten",
    summary=lambda p: "Flatten",
    sample_inputs={"in": TensorType((None, 2, 3, 3))},
    torch=torch_expr("torch.flatten({x}, 1)"),
    formulas=(QT_TRANSLATE_NOOP("Explain", "y = x reshaped to (N, C·H·W)"),
              QT_TRANSLATE_NOOP("Explain", "∂L/∂x = ∂L/∂y reshaped back")),
))

register(NodeSpec(
    type="Reshape",
    category="layer",
    help="Rearranges each sample's values into a new shape with the same number of values.",
    params=(
        Param("shape", "ints", [1, 8, 8],
              "Shape of one sample, without the batch axis, e.g. 1, 8, 8 for a grey 8x8 image."),
    ),
    shape_rule=reshape_rule,
    kernel="nodeflow.compute.kernels.reshape:Reshape",
    summary=lambda p: f"Reshape {fmt_shape(p['shape'])}",
    sample_inputs={"in": TensorType((None, 64))},
    torch=TorchForm(call=lambda p, i, s: f"{i['in']}.reshape(-1, {', '.join(str(int(d)) for d in p['shape'])})"),
    formulas=(QT_TRANSLATE_NOOP("Explain", "y = x reshaped"), QT_TRANSLATE_NOOP("Explain", "∂L/∂x = ∂L/∂y reshaped back")),
))

register(NodeSpec(
    type="Dropout",
    category="layer",
    help="Randomly zeroes inputs while training so the network cannot rely on any single one.",
    params=(
        Param("rate", "float", 0.5, "Fraction of inputs zeroed during training; none at inference.",
              low=0.0, high=0.99),
    ),
    shape_rule=dropout_rule,
    kernel="nodeflow.compute.kernels.regularization:Dropout",
    summary=lambda p: f"Dropout {p['rate']:g}",
    sample_inputs={"in": TensorType((None, 10))},
    torch=TorchForm(module=lambda p, s: f"nn.Dropout({float(p['rate'])!r})", call=lambda p, i, s: f"self.{{me}}({i['in']})"),
    formulas=("y = x · m / (1 − p),  m ~ Bernoulli(1 − p)", "∂L/∂x = ∂L/∂y · m / (1 − p)"),
    explainer="nodeflow.compute.explain:dropout",
))

register(NodeSpec(
    type="BatchNorm",
    category="layer",
    help="Normalizes each feature (or image channel) over the batch, then scales and shifts it.",
    params=(
        Param("momentum", "float", 0.9,
              "How slowly the running mean and variance used at inference follow each batch.",
              low=0.0, high=0.999),
        Param("eps", "float", 1e-5, "Small number added to the variance to avoid dividing by zero.",
              low=1e-12, high=1.0),
    ),
    shape_rule=batchnorm_rule,
    kernel="nodeflow.compute.kernels.regularization:BatchNorm",
    summary=lambda p: "BatchNorm",
    sample_inputs={"in": TensorType((None, 2, 4, 4))},
    torch=TorchForm(module=lambda p, s: _batchnorm_module(p, s), call=lambda p, i, s: f"self.{{me}}({i['in']})",
                    copy=(("weight", "gamma", False), ("bias", "beta", False))),
    formulas=("x̂ = (x − μ_B) / √(σ²_B + ε),  y = γ x̂ + β",
              QT_TRANSLATE_NOOP("Explain", "μ_B, σ²_B: mean and variance over the batch (running averages at inference)")),
))
