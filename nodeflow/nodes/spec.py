"""The declaration of a node type.

A node type is declared once, as a `NodeSpec`: its ports, its typed parameters, its shape rule
and the kernel the engine builds for it. The palette, the inspector's editors, validation, the
serializer, the engine and the exporters all read this declaration; none of them knows a node
type by name.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from nodeflow.compute.types import (  # noqa: F401  (the value types, declared below the layers)
    LOSS,
    Inferred,
    NodeError,
    ParamError,
    ShapeError,
    TensorType,
    Weight,
    batch,
)

CATEGORIES = ("data", "layer", "merge", "activation", "loss", "optimizer")
"""Palette order of the categories."""


PARAM_KINDS = ("int", "float", "bool", "choice", "str", "path", "ints", "int_or_choice", "points")
"""`ints` is a list of positive integers (Reshape's shape); `int_or_choice` is an integer or one
of `choices` (Conv2D padding: "valid", "same" or a number); `points` is a list of `[x, y,
class]` (points drawn for the Dataset's `drawn` source, at most MAX_POINTS)."""
MAX_POINTS = 5000
POINT_LIMIT = 1e6
"""Drawn coordinates lie within +-POINT_LIMIT; classes are 0..9."""


@dataclass(frozen=True)
class Param:
    """A typed parameter with a default, a range or choices, and one line of help."""

    name: str
    kind: str
    default: Any
    help: str
    low: float | None = None
    high: float | None = None
    choices: tuple[str, ...] = ()
    suggest: Callable[[Mapping[str, Any], str | None], list[str]] | None = field(default=None, compare=False)
    """For text parameters: values worth offering, from the node's other parameters and the
    graph file's folder (a csv's column names for `target`). Any text stays allowed."""
    only_for: Mapping[str, tuple[Any, ...]] | None = field(default=None, compare=False)
    """Where the parameter applies: {other parameter: the values it applies for} (the Dataset's
    `path` only for source csv or npz). Elsewhere the inspector hides it; its value is kept."""

    def applies(self, values: Mapping[str, Any]) -> bool:
        """True when the parameter matters for a node whose parameters are `values`."""
        return self.only_for is None or all(values.get(k) in allowed for k, allowed in self.only_for.items())

    def __post_init__(self) -> None:
        if self.kind not in PARAM_KINDS:
            raise ValueError(f"parameter {self.name}: unknown kind {self.kind!r}")
        if self.kind in ("choice", "int_or_choice") and not self.choices:
            raise ValueError(f"parameter {self.name}: kind {self.kind} needs choices")
        if self.default is not None:
            self.coerce(self.default)  # a declaration whose default is invalid is a bug

    def describe_range(self) -> str:
        if self.kind == "choice":
            return "one of " + ", ".join(self.choices)
        if self.kind == "int_or_choice":
            return "an integer or one of " + ", ".join(self.choices)
        if self.low is not None and self.high is not None:
            return f"between {self.low:g} and {self.high:g}"
        if self.low is not None:
            return f">= {self.low:g}"
        if self.high is not None:
            return f"<= {self.high:g}"
        return ""

    def coerce(self, value: Any) -> Any:
        """Return the canonical value, or raise ParamError saying what was expected."""
        kind = self.kind
        if value is None and self.default is None:
            return None
        if kind == "bool":
            if isinstance(value, bool):
                return value
            raise self._error("true or false", value)
        if kind == "int_or_choice" and isinstance(value, str):
            if value in self.choices:
                return value
            raise self._error(self.describe_range(), value)
        if kind in ("int", "int_or_choice"):
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise self._error("an integer", value)
            if isinstance(value, float) and not (math.isfinite(value) and value.is_integer()):
                raise self._error("an integer", value)
            return self._check_range(int(value))
        if kind == "float":
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise self._error("a number", value)
            if not math.isfinite(value):
                raise self._error("a finite number", value)
            return self._check_range(float(value))
        if kind == "choice":
            if isinstance(value, str) and value in self.choices:
                return value
            raise self._error(self.describe_range(), value)
        if kind in ("str", "path"):
            if isinstance(value, str) and len(value) <= 4096 and "\x00" not in value:
                return value
            raise self._error("a text", value)
        if kind == "ints":
            if (
                isinstance(value, (list, tuple))
                and 0 < len(value) <= 8
                and all(isinstance(v, int) and not isinstance(v, bool) and 0 < v < 2**31 for v in value)
            ):
                return [int(v) for v in value]
            raise self._error("a list of 1 to 8 positive integers", value)
        if kind == "points":
            return _coerce_points(self, value)
        raise AssertionError(kind)  # pragma: no cover - kinds are checked in __post_init__

    def _check_range(self, value: int | float) -> int | float:
        if (self.low is not None and value < self.low) or (self.high is not None and value > self.high):
            raise self._error(self.describe_range(), value)
        return value

    def _error(self, expected: str, value: Any) -> ParamError:
        shown = repr(value)
        if len(shown) > 40:
            shown = shown[:37] + "..."
        return ParamError(f"parameter '{self.name}' must be {expected}, got {shown}")


def _coerce_points(param: Param, value: Any) -> list[list[float | int]]:
    """[[x, y, class], ...] with finite coordinates and classes 0..9."""
    if not isinstance(value, (list, tuple)) or len(value) > MAX_POINTS:
        raise param._error(f"a list of at most {MAX_POINTS} points [x, y, class]", value)
    points: list[list[float | int]] = []
    for item in value:
        if not (isinstance(item, (list, tuple)) and len(item) == 3):
            raise param._error("points [x, y, class]", item)
        x, y, c = item
        numbers = all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (x, y))
        if not numbers or not all(math.isfinite(v) and abs(v) <= POINT_LIMIT for v in (x, y)):
            raise param._error(f"points with coordinates within +-{POINT_LIMIT:g}", item)
        if isinstance(c, bool) or not isinstance(c, int) or not 0 <= c <= 9:
            raise param._error("points whose class is 0..9", item)
        points.append([float(x), float(y), int(c)])
    return points


ShapeRule = Callable[[Mapping[str, Any], Mapping[str, TensorType]], Inferred]
Summary = Callable[[Mapping[str, Any]], str]


@dataclass(frozen=True)
class TorchForm:
    """How a node type is written in PyTorch (read by `nodeflow.export.torch_script`).

    A layer, merge or activation: `call(p, ins, shapes)` -> the forward expression from its
    input variable names (`{me}` stands for the module attribute), `module(p, shapes)` ->
    constructor source or None (functional); `copy` (torch attribute, engine weight, transpose?)
    says where each engine weight goes; `frozen` names torch parameters the engine does not have:
    held at zero and never trained (torch's RNN/LSTM add a second bias `bias_hh_l0` to the
    engine's one `b`; trained too, it would get its own optimizer step, so the sum b_ih + b_hh
    would move twice as fast as the engine's b).
    A loss: `loss(p, from_logits)` -> the expression of the loss of `pred` and `target`.
    An optimizer: `optimizer(p)` -> the torch.optim constructor over `params`.
    `p` is the node's validated parameters, `shapes` the input ports' shapes. A form that cannot
    write a node raises NodeError saying why.
    """

    call: Callable[[dict, dict, dict], str] | None = None
    module: Callable[[dict, dict], str] | None = None
    copy: tuple[tuple[str, str, bool], ...] = ()
    frozen: tuple[str, ...] = ()
    loss: Callable[[dict, bool], str] | None = None
    optimizer: Callable[[dict], str] | None = None


def torch_expr(expr: str) -> TorchForm:
    """A functional form: `expr` with `{x}` the input and `{param}` each parameter's value."""
    return TorchForm(call=lambda p, i, s: expr.format(x=i.get("in"), **{k: repr(v) for k, v in p.items()}))


@dataclass(frozen=True)
class ClosedForm:
    """The textbook formula of a node in float64, written apart from its kernel, so the Explain
    tab can recompute the engine's numbers and set them side by side (a learner checks one
    against the other, and a test checks the kernel against the formula).

    An element-wise activation: `f(s, params)` and its derivative `df(s, params)`.
    A loss: `df(p, t, params)`, ∂ℓ/∂p of each element before the mean, and `mean` over what the
    mean runs ("elements": all M values; "rows": the N samples, as CrossEntropy sums over classes).
    """

    df: Callable[..., Any]
    f: Callable[..., Any] | None = None
    mean: str = "elements"


ACCURACY_RULES = ("argmax", "threshold")
"""How a classification loss counts correct predictions (`nodeflow.compute.metrics`): "argmax"
(the predicted class against labels or one-hot targets), "threshold" (probability > 0.5
against targets > 0.5)."""

INIT_FAMILIES = ("he",)
"""What an activation asks of the layer before it when that layer's `init` is "auto"."""


@dataclass(frozen=True)
class NodeSpec:
    """Everything about one node type.

    `shape_rule(params, inputs)` receives validated parameters and the types on every input
    port, and returns an `Inferred` or raises `ShapeError` naming what it expected and what it
    got. `kernel` is "module:Class", resolved lazily by the engine so that reading and
    validating graphs never imports the compute code.
    """

    type: str
    category: str
    help: str
    shape_rule: ShapeRule
    inputs: tuple[str, ...] = ("in",)
    outputs: tuple[str, ...] = ("out",)
    params: tuple[Param, ...] = ()
    kernel: str | None = None
    summary: Summary | None = None
    legacy_names: tuple[str, ...] = ()
    fuses_with: str | None = None
    """A loss: the activation type whose output it may take as logits instead (CrossEntropy:
    "Softmax"), which keeps the loss finite for logits of any size."""
    stops_gradient: bool = False
    """Passes values forward and no gradient backward (Detach): an optimizer's weights are
    those upstream of its loss up to such a node."""
    random: bool = False
    """A data source of random numbers (Noise): no target for a loss (the analysis says so)."""
    init_before: str | None = None
    """An activation: the initialisation that "auto" picks for a layer whose output it reads
    directly ("he" for the ReLU family: He et al. derived their scale for ReLU); None: Xavier."""
    accuracy: str | None = None
    """A classification loss: how accuracy counts correct predictions (one of ACCURACY_RULES);
    None: a regression loss that reports no accuracy."""
    saturates: tuple[float, float] | None = None
    """An activation with limits its outputs approach: outputs outside (low, high) count as
    saturated, where its derivative is nearly 0 (the diagnosis reports a layer stuck there)."""
    units_can_die: bool = False
    """An activation whose output and gradient are exactly 0 for every negative input, so a unit
    that never activates never learns again (ReLU): the diagnosis reports dead units."""
    torch: TorchForm | None = field(default=None, compare=False)
    """How the PyTorch exporter writes the node; None: the type has no torch form."""
    formulas: tuple[str, ...] = ()
    """What the Explain tab writes first: the forward and backward formulas in the course's
    notation (y = xW + b). Text with words is marked QT_TRANSLATE_NOOP("Explain", ...) where it
    is declared, so the Korean is found in context Explain; pure notation is shown as written."""
    explainer: str | None = None
    """"module:function" that writes the node's worked numbers for one sample and unit of a step
    (`nodeflow.compute.explain`), resolved lazily like `kernel`; None: the formulas and each
    port's values and gradients summed up. An optimizer's explains one weight's update."""
    closed_form: ClosedForm | None = field(default=None, compare=False)
    """The formula in float64 the explainer recomputes the engine's numbers with (see ClosedForm)."""
    sample_inputs: Mapping[str, TensorType] | None = field(default=None, compare=False)
    """Typical types on every input port, which infer with the default parameters: what the
    per-type test harness (tests/nodes/test_every_node_type.py) builds, runs, differentiates
    and exports the node with. A type with inputs and no sample fails the harness."""

    def __post_init__(self) -> None:
        if self.category not in CATEGORIES:
            raise ValueError(f"{self.type}: unknown category {self.category!r}")
        if self.accuracy is not None and self.accuracy not in ACCURACY_RULES:
            raise ValueError(f"{self.type}: unknown accuracy rule {self.accuracy!r}")
        if self.init_before is not None and self.init_before not in INIT_FAMILIES:
            raise ValueError(f"{self.type}: unknown initialisation family {self.init_before!r}")
        names = [p.name for p in self.params]
        if len(set(names)) != len(names):
            raise ValueError(f"{self.type}: duplicate parameter names")

    def sample(self) -> Mapping[str, TensorType] | None:
        """`sample_inputs`, or {} for a type without inputs (a data source)."""
        return {} if not self.inputs else self.sample_inputs

    def param(self, name: str) -> Param:
        for p in self.params:
            if p.name == name:
                return p
        raise KeyError(name)

    def defaults(self) -> dict[str, Any]:
        return {p.name: p.default for p in self.params}

    def validate_params(self, raw: Mapping[str, Any]) -> dict[str, Any]:
        """All parameters with defaults filled in; raises ParamError on unknown or bad values."""
        known = {p.name for p in self.params}
        for name in raw:
            if name not in known:
                hint = f" (known: {', '.join(sorted(known))})" if known else ""
                raise ParamError(f"unknown parameter '{name}' for {self.type}{hint}")
        return {p.name: p.coerce(raw[p.name]) if p.name in raw else p.default for p in self.params}

    def infer(self, params: Mapping[str, Any], inputs: Mapping[str, TensorType]) -> Inferred:
        return self.shape_rule(params, inputs)

    def describe(self, params: Mapping[str, Any]) -> str:
        """A short card summary such as `Dense 128`."""
        return self.summary(params) if self.summary else self.type


SHARE_PARAM = "share"
"""A node type declaring a parameter of this name (kind "str") may use another node's weights:
the id of a node of the same type whose weights it shares (empty: its own)."""


class UnknownNodeType(NodeError):
    pass


class Registry:
    """Node types by name; registering a name twice is an error."""

    def __init__(self) -> None:
        self._specs: dict[str, NodeSpec] = {}
        self._legacy: dict[str, str] = {}

    def register(self, spec: NodeSpec) -> NodeSpec:
        if spec.type in self._specs or spec.type in self._legacy:
            raise ValueError(f"node type {spec.type!r} is already registered")
        self._specs[spec.type] = spec
        for old in spec.legacy_names:
            self._legacy[old] = spec.type
        return spec

    def get(self, type_name: str) -> NodeSpec:
        try:
            return self._specs[self._legacy.get(type_name, type_name)]
        except (KeyError, TypeError):  # TypeError: an unhashable value read from a file
            raise UnknownNodeType(f"unknown node type {str(type_name)[:40]!r}") from None

    def __contains__(self, type_name: object) -> bool:
        return isinstance(type_name, str) and (type_name in self._specs or type_name in self._legacy)

    def __iter__(self):
        return iter(self._specs.values())

    def __len__(self) -> int:
        return len(self._specs)

    def by_category(self) -> dict[str, list[NodeSpec]]:
        """Specs grouped by category in palette order, each group in declaration order."""
        groups: dict[str, list[NodeSpec]] = {c: [] for c in CATEGORIES}
        for spec in self._specs.values():
            groups[spec.category].append(spec)
        return groups
