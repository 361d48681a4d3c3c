"""Node types from plugins: packages outside nodeflow that declare node types in the same form as
the built-ins, found through the Python entry-point group `nodeflow.nodes`.

Writing a plugin
----------------
A plugin is an ordinary Python package. Its `pyproject.toml` names one entry point (or several)
in the group `nodeflow.nodes`::

    [project.entry-points."nodeflow.nodes"]
    gelu = "nodeflow_gelu:node_types"

The object it names is a `NodeSpec`, an iterable of them, or a function without arguments that
returns either. A `NodeSpec` is exactly what the built-ins declare (see `nodeflow.nodes.spec` and
docs/architecture.md, "How a node type is declared"): a type name, a category, a line of help,
input and output ports, typed `Param`s, a shape rule and the kernel, plus what the exporters
read (`torch`, a `TorchForm`; `sample_inputs` for the per-type test harness). Everything a
declaration needs is importable from this module::

    from nodeflow.nodes.plugins import NodeSpec, Param, TensorType, same_shape, torch_expr

    def node_types():
        return [NodeSpec(
            type="GELU", category="activation", help="x * Phi(x): a smooth ReLU.",
            shape_rule=same_shape, kernel="nodeflow_gelu.kernels:GELU",
            torch=torch_expr("F.gelu({x})"), sample_inputs={"in": TensorType((None, 8))},
        )]

The kernel ("module:Class") is a `nodeflow.compute.kernel.Kernel` subclass with `forward` and
`backward`, written with NumPy only, as the built-in kernels are; an activation is most simply a
subclass of `nodeflow.compute.kernels.activations.Activation` naming a pure pair of functions
`f(x, ...)` and `f_backward(x, y, dy, ...)`. Keep the kernel's module self-contained (NumPy, the
standard library, nodeflow's own kernels): the NumPy exporter copies its source into scripts.
examples/plugins/gelu is a complete plugin.

Loading
-------
`load_plugins()` runs once, when `nodeflow.nodes` is imported (so the window, the command line
and the exporters all see the same node types), and registers each plugin's types after the
built-ins. A plugin that fails to import, or declares something invalid (not a NodeSpec, a type
name already taken, a kernel that cannot be found, a shape rule that fails on its own sample
inputs), is left out and reported once, by name, on stderr and in `PROBLEMS` (the window shows
them too); nodeflow still starts. `NODEFLOW_NO_PLUGINS=1` turns loading off.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from nodeflow.nodes.rules import single_input
from nodeflow.nodes.spec import (
    CATEGORIES,
    Inferred,
    NodeError,
    NodeSpec,
    Param,
    ParamError,
    Registry,
    ShapeError,
    TensorType,
    TorchForm,
    Weight,
    torch_expr,
)

GROUP = "nodeflow.nodes"
"""The entry-point group plugins declare their node types in."""
DISABLE = "NODEFLOW_NO_PLUGINS"
"""Set to 1 (or any non-empty value but 0) to load no plugins."""

__all__ = [
    "GROUP", "DISABLE", "NodeSpec", "Param", "TensorType", "Inferred", "Weight", "ShapeError",
    "ParamError", "NodeError", "TorchForm", "torch_expr", "same_shape", "CATEGORIES", "load_plugins",
    "PROBLEMS", "LOADED", "Problem",
]


def same_shape(params: Any, inputs: Any) -> Inferred:
    """The shape rule of an element-wise node on `in`: any float tensor (N, ...) -> the same."""
    return Inferred({"out": single_input(inputs, min_rank=2)})


@dataclass(frozen=True)
class Problem:
    """A plugin left out: its entry point's name, the distribution that declares it, and why."""

    name: str
    distribution: str
    reason: str

    def __str__(self) -> str:
        return f"plugin {self.name!r} was not loaded: {self.reason}"


PROBLEMS: list[Problem] = []
"""The plugins left out at start-up, each once."""
LOADED: dict[str, list[str]] = {}
"""Entry-point name -> the node types it registered."""


@dataclass
class _Report:
    problems: list[Problem] = field(default_factory=list)
    loaded: dict[str, list[str]] = field(default_factory=dict)


def disabled() -> bool:
    value = os.environ.get(DISABLE, "").strip()
    return bool(value) and value != "0"


def load_plugins(registry: Registry | None = None, entry_points: Iterable[Any] | None = None,
                 stderr: Any = None) -> list[Problem]:
    """Register the node types of every plugin in the `nodeflow.nodes` group (or of the given
    entry points); returns the problems (each also written once to `stderr`). Nothing happens
    when `NODEFLOW_NO_PLUGINS` is set."""
    if disabled():
        return []
    if registry is None:
        from nodeflow.nodes.registry import REGISTRY

        registry = REGISTRY
    if entry_points is None:
        entry_points = _group_entry_points()
    report = _Report()
    for ep in entry_points:
        name = str(getattr(ep, "name", ep))
        dist = getattr(getattr(ep, "dist", None), "name", None) or "?"
        try:
            specs = _declared(ep.load())
            for spec in specs:
                _check(spec, registry)
        except Exception as exc:  # noqa: BLE001 - any failure of someone else's code is reported, not raised
            report.problems.append(Problem(name, dist, _reason(exc)))
            continue
        taken: set[str] = set()
        try:
            for spec in specs:
                if spec.type in taken:
                    raise ValueError(f"declares node type {spec.type!r} twice")
                taken.add(spec.type)
        except ValueError as exc:
            report.problems.append(Problem(name, dist, str(exc)))
            continue
        for spec in specs:
            registry.register(spec)
        report.loaded[name] = [s.type for s in specs]
    out = sys.stderr if stderr is None else stderr
    for problem in report.problems:
        print(f"nodeflow: {problem}", file=out)
    PROBLEMS.extend(report.problems)
    LOADED.update(report.loaded)
    return report.problems


def _group_entry_points() -> list[Any]:
    from importlib.metadata import entry_points

    try:
        found = list(entry_points(group=GROUP))
    except Exception:  # noqa: BLE001 - a broken installed distribution must not stop nodeflow
        return []
    unique: dict[tuple[str, str], Any] = {}
    for ep in found:  # the same distribution on sys.path twice lists its entry points twice
        unique.setdefault((ep.name, ep.value), ep)
    return list(unique.values())


def _declared(obj: Any) -> list[NodeSpec]:
    if callable(obj) and not isinstance(obj, NodeSpec):
        obj = obj()
    if isinstance(obj, NodeSpec):
        return [obj]
    if isinstance(obj, (str, bytes)) or not isinstance(obj, Iterable):
        raise TypeError(f"it gives {type(obj).__name__}, not a NodeSpec or a list of them")
    specs = list(obj)
    for s in specs:
        if not isinstance(s, NodeSpec):
            raise TypeError(f"it declares {type(s).__name__}, not a NodeSpec")
    if not specs:
        raise ValueError("it declares no node types")
    return specs


def _check(spec: NodeSpec, registry: Registry) -> None:
    """Refuse what a built-in declaration could not be: a taken name, no kernel, a kernel that
    does not resolve, a shape rule that fails on the declared sample inputs."""
    name = spec.type
    if not isinstance(name, str) or not name.isidentifier():
        raise ValueError(f"node type name {name!r} is not a name (letters, digits, _)")
    if name in registry:
        raise ValueError(f"node type {name!r} is already declared (by nodeflow or another plugin)")
    if not spec.kernel or ":" not in spec.kernel:
        raise ValueError(f"{name}: kernel must be 'module:Class', got {spec.kernel!r}")
    import importlib

    module, _, attr = spec.kernel.partition(":")
    cls = getattr(importlib.import_module(module), attr, None)
    if cls is None:
        raise ValueError(f"{name}: kernel {spec.kernel}: {module} has no {attr}")
    for method in ("forward", "backward"):
        if not callable(getattr(cls, method, None)):
            raise ValueError(f"{name}: kernel {spec.kernel} has no {method}()")
    sample = spec.sample()
    if sample is not None:
        params = spec.validate_params({})
        inferred = spec.infer(params, sample)
        if not isinstance(inferred, Inferred) or any(p not in inferred.outputs for p in spec.outputs):
            raise ValueError(f"{name}: its shape rule gives no type for every output on its sample inputs")


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
