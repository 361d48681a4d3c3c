"""What an experiment varies: `--vary NODE.PARAM=V1,V2,...` specs, checked against a graph,
and the variants (graphs) they make.

A spec names a node parameter (`adam.lr=0.1,0.01`), a node's type (`opt.type=SGD,Adam`: the
node is swapped for one of another type of the same category, keeping the parameters both
types have), or a training setting (`training.epochs=10,30`). Several specs make a grid (every
combination). Everything wrong with a spec is a `SpecError` whose message is one line for the
user, naming the spec: an unknown node or parameter, a value out of range, a type of another
category, a variant graph that no longer checks.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from nodeflow.experiments.names import FULL_BATCH, TRAINING, TYPE, SpecError
from nodeflow.graph.document import Graph, GraphError, Node

__all__ = ["FULL_BATCH", "TRAINING", "TYPE", "Axis", "SpecError", "Variant", "apply", "parse_axis", "plan"]

MAX_VARIANTS = 32
"""More variants than this is a typo (a grid of four specs of five values), not an experiment."""
FULL_BATCH_SIZE = 1_000_000
"""The batch_size "full" stands for (the trainer takes any size >= the split as one batch)."""


@dataclass(frozen=True)
class Axis:
    """One thing varied: `target` (a node id or "training"), `key` (a parameter name or
    "type"), and the values in the order given; `labels` are the values as the user wrote
    them (what legends and JSON lines show)."""

    target: str
    key: str
    values: tuple[Any, ...]
    labels: tuple[Any, ...]

    @property
    def name(self) -> str:
        """"adam.lr", "opt.type", "training.epochs": the key of a variant's JSON "variant"."""
        return f"{self.target}.{self.key}"


@dataclass
class Variant:
    """One combination: `setting` {"NODE.PARAM": value as written} and the graph it trains."""

    index: int
    setting: dict[str, Any]
    graph: Graph
    changes: list[tuple[str, str, Any]] = field(default_factory=list)
    """(target, key, value) applied to the base graph, in order."""
    title: str = ""
    """A name instead of the setting (a replay: "again from Run 3's start")."""

    @property
    def label(self) -> str:
        """"opt.type=Adam" or "adam.lr=0.1, data.batch_size=32" (legend and runs list)."""
        return self.title or ", ".join(f"{k}={_shown(v)}" for k, v in self.setting.items())

    @property
    def short_label(self) -> str:
        """Only the values ("Adam", "0.1 · 32"): enough when the legend's title names the keys."""
        return self.title or " · ".join(_shown(v) for v in self.setting.values())


def _shown(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def split_spec(text: str) -> tuple[str, str, list[str]]:
    """"adam.lr=0.1,0.01" -> ("adam", "lr", ["0.1", "0.01"]); SpecError for a malformed spec.
    The node id is everything before the last dot of the left side (ids may hold dots)."""
    spec = str(text).strip()
    left, eq, right = spec.partition("=")
    if not eq:
        raise SpecError(f"--vary {spec}: expected NODE.PARAM=V1,V2,... (an '=' is missing)")
    target, dot, key = left.strip().rpartition(".")
    if not dot or not target or not key:
        raise SpecError(f"--vary {spec}: expected NODE.PARAM=V1,V2,... (name a node and a parameter: adam.lr)")
    values = [v.strip() for v in right.split(",")]
    if not right.strip() or any(not v for v in values):
        raise SpecError(f"--vary {spec}: give one or more values separated by commas")
    return target, key.strip(), values


def parse_axis(graph: Graph, text: str) -> Axis:
    """A spec checked against `graph`: the node and parameter exist and every value is allowed."""
    target, key, tokens = split_spec(text)
    where = f"--vary {text.strip()}"
    if target == TRAINING:
        params = _training_params()
        if key not in params:
            raise SpecError(f"{where}: unknown training setting '{key}' (known: {', '.join(params)})")
        values = tuple(_coerce(params[key], t, where) for t in tokens)
        return Axis(TRAINING, key, values, tuple(_label(v, t) for v, t in zip(values, tokens, strict=True)))
    ids = node_ids(graph, target)
    missing = [i for i in ids if i not in graph.nodes]
    if missing:
        known = ", ".join(list(graph.nodes)[:12])
        raise SpecError(f"{where}: the graph has no node '{missing[0]}' (its nodes: {known})")
    if len(ids) > 1:  # "tanh1+tanh2.type=ReLU,Tanh": the same change on each
        parts = [parse_axis(graph, f"{i}.{key}={','.join(tokens)}") for i in ids]
        if len({p.values for p in parts}) != 1:
            raise SpecError(f"{where}: the nodes {', '.join(ids)} do not take the same values")
        return Axis(target, key, parts[0].values, parts[0].labels)
    node = graph.nodes[target]
    spec = node.spec
    if key == TYPE:
        return Axis(target, TYPE, tuple(_node_type(node, t, where) for t in tokens), tuple(tokens))
    try:
        param = spec.param(key)
    except KeyError:
        known = ", ".join(p.name for p in spec.params) or "none"
        raise SpecError(f"{where}: {target} ({node.type}) has no parameter '{key}' "
                        f"(its parameters: {known}; or vary {target}.type)") from None
    values = tuple(_coerce(param, t, where, batch_size=(key == "batch_size" and spec.category == "data"))
                   for t in tokens)
    return Axis(target, key, values, tuple(_label(v, t) for v, t in zip(values, tokens, strict=True)))


def node_ids(graph: Graph, target: str) -> list[str]:
    """The nodes a spec's target names: one id, or several joined by "+" (`tanh1+tanh2`)."""
    if target in graph.nodes or "+" not in target:
        return [target]
    return [part.strip() for part in target.split("+")]


def _label(value: Any, token: str) -> Any:
    """What the variant's JSON "variant" shows: the parsed number, or the word as written."""
    return token if token == FULL_BATCH else value


def _training_params() -> dict[str, Any]:
    from nodeflow.graph import io

    declared = getattr(io, "TRAINING_PARAMS", ())
    return {p.name: p for p in declared}


def _coerce(param: Any, token: str, where: str, batch_size: bool = False) -> Any:
    """The token as a value of `param` (numbers, true/false, a choice), checked by its range."""
    if batch_size and token.lower() == FULL_BATCH:
        return FULL_BATCH_SIZE
    value: Any = token
    kind = param.kind
    if kind == "bool":
        lowered = token.lower()
        if lowered in ("true", "on", "yes", "1"):
            value = True
        elif lowered in ("false", "off", "no", "0"):
            value = False
    elif kind in ("int", "float") or (kind == "int_or_choice" and token not in param.choices):
        value = _number(token)
    elif kind == "ints":
        value = [_number(t) for t in token.replace("x", " ").split()]
    try:
        return param.coerce(value)
    except ValueError as exc:
        raise SpecError(f"{where}: {exc}") from None


def _number(token: str) -> Any:
    try:
        return int(token)
    except ValueError:
        pass
    try:
        return float(token)
    except ValueError:
        return token  # coerce says "must be a number, got 'abc'"


def _node_type(node: Node, token: str, where: str) -> str:
    """A registered type of the same category as `node` (an optimizer for an optimizer)."""
    from nodeflow.nodes import REGISTRY

    by_name = {t.lower(): t for t in (s.type for s in REGISTRY)}
    name = by_name.get(token.lower())
    category = node.spec.category
    if name is None:
        same = ", ".join(s.type for s in REGISTRY if s.category == category)
        raise SpecError(f"{where}: unknown node type '{token}' ({_a(category)} node can be: {same})")
    other = REGISTRY.get(name)
    if other.category != category:
        raise SpecError(f"{where}: {node.id} is {_a(category)} node and {name} is {_a(other.category)} node")
    return name


def _a(word: str) -> str:
    return f"{'an' if word[:1].lower() in 'aeiou' else 'a'} {word}"


def swap_type(graph: Graph, node_id: str, new_type: str) -> None:
    """Give `node_id` another type in place: parameters both types have are kept (if the new
    type accepts their values), wires stay; GraphError when a wired port does not exist there."""
    from nodeflow.nodes import REGISTRY

    old = graph.nodes[node_id]
    if old.type == new_type:
        return
    spec = REGISTRY.get(new_type)
    names = {p.name: p for p in spec.params}
    params = {}
    for name, value in old.params.items():
        if name in names:
            try:
                params[name] = names[name].coerce(value)
            except ValueError:
                pass
    for edge in graph.edges_of(node_id):
        port = edge.src[1] if edge.src[0] == node_id else edge.dst[1]
        ports = spec.outputs if edge.src[0] == node_id else spec.inputs
        if port not in ports:
            raise GraphError(f"{node_id}: a {new_type} node has no port '{port}' to keep its wire", node_id)
    graph.nodes[node_id] = Node(node_id, new_type, params, old.pos)


def apply(graph: Graph, changes: Iterable[tuple[str, str, Any]]) -> Graph:
    """A copy of `graph` with the changes made: type swaps first, then parameters and settings."""
    out = graph.copy()
    ordered = sorted(changes, key=lambda c: c[1] != TYPE)
    for target, key, value in ordered:
        if target == TRAINING:
            out.training[key] = value
            continue
        for node_id in node_ids(out, target):
            if key == TYPE:
                swap_type(out, node_id, value)
            else:
                out.set_param(node_id, key, value)
    return out


def plan(graph: Graph, specs: Sequence[str | Axis], *, check: bool = True) -> list[Variant]:
    """Every combination of the specs' values as a variant of `graph` (the first spec varies
    slowest). With `check`, each variant graph is analysed and a SpecError names the first
    variant that does not check."""
    axes = [s if isinstance(s, Axis) else parse_axis(graph, s) for s in specs]
    if not axes:
        raise SpecError("nothing to vary: give at least one --vary NODE.PARAM=V1,V2,...")
    names = [a.name for a in axes]
    if len(set(names)) != len(names):
        twice = next(n for n in names if names.count(n) > 1)
        raise SpecError(f"--vary {twice} is given twice: put all its values in one spec")
    count = 1
    for axis in axes:
        count *= len(axis.values)
    if count > MAX_VARIANTS:
        raise SpecError(f"{count} variants is too many (at most {MAX_VARIANTS}): give fewer values")
    variants = []
    for i, combo in enumerate(itertools.product(*(range(len(a.values)) for a in axes))):
        changes = [(a.target, a.key, a.values[k]) for a, k in zip(axes, combo, strict=True)]
        setting = {a.name: a.labels[k] for a, k in zip(axes, combo, strict=True)}
        try:
            variant_graph = apply(graph, changes)
        except GraphError as exc:
            raise SpecError(f"variant {_label_of(setting)}: {exc}") from None
        variants.append(Variant(i, setting, variant_graph, changes))
    if check:
        for variant in variants:
            problem = graph_problem(variant.graph)
            if problem:
                raise SpecError(f"variant {variant.label}: {problem}")
    return variants


def _label_of(setting: dict[str, Any]) -> str:
    return ", ".join(f"{k}={_shown(v)}" for k, v in setting.items())


def graph_problem(graph: Graph) -> str | None:
    """The first error of `graph` in words, or None when it checks."""
    from nodeflow.graph.analysis import analyze

    try:
        analysis = analyze(graph)
    except GraphError as exc:
        return str(exc)
    return None if analysis.ok else str(analysis.first_error or "the graph is not valid")
