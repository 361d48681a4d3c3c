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

CATEGORIES = ("data", "layer", "merge", "activation", "loss", "optimizer")
"""Palette order of the categories."""


class NodeError(ValueError):
    """A problem with one node; the message never names the node (the caller prefixes it)."""


class ParamError(NodeError):
    """A parameter value that does not fit its declaration."""


class ShapeError(NodeError):
    """Inputs whose shapes (or kinds) a node cannot take.

    `port` names the input port at fault when there is one, so the caller can add where the
    wire comes from: `fc2: expects (N, 128) but gets (N, 64) from fc1`.
    `fix_insert` names a node type that, inserted on the wire into `port`, fixes the problem
    (a Dense fed images: "Flatten"); the canvas offers it as a one-click fix.
    """

    def __init__(self, message: str, port: str | None = None, fix_insert: str | None = None) -> None:
        super().__init__(message)
        self.port = port
        self.fix_insert = fix_insert


@dataclass(frozen=True)
class TensorType:
    """What flows on a wire: a shape with the batch dimension first and symbolic (`None`).

    `kind` is "float" for activations and features, "labels" for integer class labels
    (shape `(N,)`, with `classes` set) and "loss" for a scalar loss (shape `()`).
    """

    shape: tuple[int | None, ...]
    kind: str = "float"
    classes: int | None = None

    @property
    def sample_shape(self) -> tuple[int, ...]:
        """The shape of one sample: everything after the batch dimension."""
        return tuple(int(d) for d in self.shape[1:])  # type: ignore[arg-type]

    def __str__(self) -> str:
        if self.kind == "loss":
            return "loss"
        dims = ["N" if d is None else str(d) for d in self.shape]
        text = "(" + ", ".join(dims) + ("," if len(dims) == 1 else "") + ")"
        if self.kind == "labels":
            text += f" labels<{self.classes}>"
        return text


def batch(*sample_shape: int) -> TensorType:
    """A float tensor of the given per-sample shape, e.g. `batch(128)` is `(N, 128)`."""
    return TensorType((None, *sample_shape))


LOSS = TensorType((), kind="loss")


@dataclass(frozen=True)
class Weight:
    """A trainable parameter a node owns: its shape and how the engine initialises it.

    `init` is "fan" (He or Xavier from `fan_in`/`fan_out`, chosen by the node's `init`
    parameter and the activation that follows), "zeros" or "ones".
    """

    shape: tuple[int, ...]
    init: str = "fan"
    fan_in: int = 0
    fan_out: int = 0

    @property
    def size(self) -> int:
        return math.prod(self.shape)


@dataclass(frozen=True)
class Inferred:
    """The result of a shape rule: output types, the weights the node owns, multiply-adds per sample."""

    outputs: dict[str, TensorType]
    weights: dict[str, Weight] = field(default_factory=dict)
    macs: int = 0
    data_values: int = 0
    """Numbers the node's data hold once loaded (a Dataset: samples x (input + target values)),
    for the memory estimate (`nodeflow.graph.memory`)."""
    notes: tuple[str, ...] = ()
    """Plain-words findings that are not errors (a csv's bad rows left out), shown with the analysis."""

    @property
    def param_count(self) -> int:
        return sum(w.size for w in self.weights.values())


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

    def __post_init__(self) -> None:
        if self.category not in CATEGORIES:
            raise ValueError(f"{self.type}: unknown category {self.category!r}")
        names = [p.name for p in self.params]
        if len(set(names)) != len(names):
            raise ValueError(f"{self.type}: duplicate parameter names")

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
