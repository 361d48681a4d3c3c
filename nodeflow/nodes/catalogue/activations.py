"""Node declarations: element-wise activations (and Softmax over the last axis). All keep the shape."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from nodeflow.i18n import QT_TRANSLATE_NOOP
from nodeflow.nodes.registry import register
from nodeflow.nodes.rules import single_input
from nodeflow.nodes.spec import ClosedForm, Inferred, NodeSpec, Param, ShapeError, TensorType, torch_expr

Params = Mapping[str, Any]
Inputs = Mapping[str, TensorType]

KERNELS = "nodeflow.compute.kernels.activations"
EXPLAIN = "nodeflow.compute.explain_activations"
SELU_SCALE, SELU_ALPHA = 1.0507009873554805, 1.6732632423543772


def _s(s: Any) -> np.ndarray:
    return np.asarray(s, np.float64)


def _sigmoid(s: Any) -> np.ndarray:
    return 1 / (1 + np.exp(-_s(s)))


def same_shape_rule(params: Params, inputs: Inputs) -> Inferred:
    """Any float tensor (N, ...) -> the same shape."""
    return Inferred({"out": single_input(inputs, min_rank=2)})


def softmax_rule(params: Params, inputs: Inputs) -> Inferred:
    """(N, ..., K) -> same shape, probabilities over the last axis; K = 1 would always give 1."""
    t = single_input(inputs, min_rank=2)
    if t.shape[-1] == 1:
        raise ShapeError(
            "use Sigmoid for a single output (softmax over one value is always 1); "
            f"it expects (N, K) with K >= 2 classes but gets {t}",
            port="in",
        )
    return Inferred({"out": t})


def _activation(type_name: str, help_text: str, *params: Param, torch: str, rule=same_shape_rule,
                alpha: bool = False, init_before: str | None = None, sample: int = 8,
                saturates: tuple[float, float] | None = None, units_can_die: bool = False,
                formulas: tuple[str, ...] = (), f=None, df=None, explainer: str = "elementwise") -> None:
    def summary(p: Params) -> str:
        return f"{type_name} {p['alpha']:g}" if alpha else type_name

    register(NodeSpec(
        type=type_name,
        category="activation",
        help=help_text,
        params=params,
        shape_rule=rule,
        kernel=f"{KERNELS}:{type_name}",
        summary=summary,
        init_before=init_before,
        saturates=saturates,
        units_can_die=units_can_die,
        torch=torch_expr(torch),
        formulas=formulas,
        explainer=f"{EXPLAIN}:{explainer}",
        closed_form=ClosedForm(f=f, df=df) if df is not None else None,
        sample_inputs={"in": TensorType((None, sample))},
    ))


_activation("ReLU", "max(0, x): passes positive values, zeroes negative ones.", torch="torch.relu({x})",
            init_before="he", units_can_die=True,
            formulas=("f(s) = max(0, s)", "f′(s) = 1 (s > 0), 0 (s ≤ 0)"),
            f=lambda s, p: np.maximum(_s(s), 0), df=lambda s, p: (_s(s) > 0).astype(np.float64))
_activation(
    "LeakyReLU", "x for positive values, alpha * x for negative ones, so negative inputs still learn.",
    Param("alpha", "float", 0.01, "Slope for negative inputs.", low=0.0, high=1.0),
    alpha=True, init_before="he", torch="F.leaky_relu({x}, {alpha})",
    formulas=("f(s) = s (s > 0), αs (s ≤ 0)", "f′(s) = 1 (s > 0), α (s ≤ 0)"),
    f=lambda s, p: np.where(_s(s) > 0, _s(s), float(p.get("alpha", 0.01)) * _s(s)),
    df=lambda s, p: np.where(_s(s) > 0, 1.0, float(p.get("alpha", 0.01))),
)
_activation(
    "ELU", "x for positive values, alpha * (exp(x) - 1) for negative ones: smooth near zero.",
    Param("alpha", "float", 1.0, "Value the output approaches for very negative inputs (as -alpha).",
          low=0.0, high=10.0),
    alpha=True, init_before="he", torch="F.elu({x}, {alpha})",
    formulas=("f(s) = s (s > 0), α(eˢ − 1) (s ≤ 0)", "f′(s) = 1 (s > 0), αeˢ (s ≤ 0)"),
    f=lambda s, p: np.where(_s(s) > 0, _s(s), float(p.get("alpha", 1.0)) * np.expm1(np.minimum(_s(s), 0))),
    df=lambda s, p: np.where(_s(s) > 0, 1.0, float(p.get("alpha", 1.0)) * np.exp(np.minimum(_s(s), 0))),
)
_activation("SELU", "Scaled ELU with fixed constants that keep activations normalized in deep stacks.",
            torch="F.selu({x})", init_before="he",
            formulas=("f(s) = λs (s > 0), λα(eˢ − 1) (s ≤ 0)", "f′(s) = λ (s > 0), λαeˢ (s ≤ 0)"),
            f=lambda s, p: SELU_SCALE * np.where(_s(s) > 0, _s(s), SELU_ALPHA * np.expm1(np.minimum(_s(s), 0))),
            df=lambda s, p: SELU_SCALE * np.where(_s(s) > 0, 1.0, SELU_ALPHA * np.exp(np.minimum(_s(s), 0))))
_activation(
    "Sigmoid",
    "1 / (1 + exp(-x)): squashes to (0, 1). Followed by BCE, the pair is computed in a stable fused form.",
    torch="torch.sigmoid({x})",
    saturates=(0.02, 0.98),  # σ′ < 0.02 outside
    formulas=("σ(s) = 1 / (1 + e⁻ˢ)", "σ′(s) = σ(s)(1 − σ(s)) ≤ 1/4"),
    f=lambda s, p: _sigmoid(s), df=lambda s, p: _sigmoid(s) * (1 - _sigmoid(s)),
)
_activation("Tanh", "Hyperbolic tangent: squashes to (-1, 1), centred on zero.", torch="torch.tanh({x})",
            saturates=(-0.98, 0.98),  # tanh′ < 0.04 outside
            formulas=("tanh(s) = (eˢ − e⁻ˢ) / (eˢ + e⁻ˢ)", "tanh′(s) = 1 − tanh²(s) ≤ 1"),
            f=lambda s, p: np.tanh(_s(s)), df=lambda s, p: 1 - np.tanh(_s(s)) ** 2)
_activation("Softplus", "log(1 + exp(x)): a smooth version of ReLU, always positive.", torch="F.softplus({x})",
            formulas=("f(s) = log(1 + eˢ)", "f′(s) = σ(s)"),
            f=lambda s, p: np.logaddexp(0, _s(s)), df=lambda s, p: _sigmoid(s))
_activation(
    "Softmax",
    "Turns the last axis into probabilities that sum to 1. Followed by CrossEntropy, the pair is "
    "computed in a stable fused form.",
    rule=softmax_rule, torch="torch.softmax({x}, dim=-1)",
    formulas=("yₖ = e^sₖ / Σₘ e^sₘ", "∂L/∂sₖ = yₖ (∂L/∂yₖ − Σₘ ∂L/∂yₘ · yₘ)"), explainer="softmax",
)
_activation(
    "Step",
    "1 where x > 0, else 0. Its gradient is zero almost everywhere, so layers before it cannot learn "
    "by gradient descent.",
    torch="({x} > 0).to({x}.dtype)",
    formulas=("f(s) = 1 (s > 0), 0 (s ≤ 0)", "f′(s) = 0",
              QT_TRANSLATE_NOOP("Explain", "Step's derivative is 0 almost everywhere: no gradient passes it, "
                                           "so the layers before it cannot learn.")),
    f=lambda s, p: (_s(s) > 0).astype(np.float64), df=lambda s, p: np.zeros_like(_s(s)),
)
_activation("Identity", "Passes values through unchanged (a linear activation).", torch="{x}",
            formulas=("f(s) = s", "f′(s) = 1"), f=lambda s, p: _s(s), df=lambda s, p: np.ones_like(_s(s)))
