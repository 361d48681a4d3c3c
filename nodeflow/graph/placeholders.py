"""Placeholders: nodes of a type this installation does not have.

A file may name a node type that is not here: a plugin's (`nodeflow.nodes.plugins`) that is not
installed, or a newer nodeflow's. Read with `io.load(path, placeholders=True)` (the window does),
such a node becomes a placeholder: `Node.unknown` keeps its entry exactly as read, its ports are
the ones its wires name, and saving writes the entry back unchanged (with the id and position the
node has now), so the file round-trips byte for byte in its nodes. The canvas draws it as a
placeholder card that says what is missing; the analysis refuses the graph (`unknown node type`),
so `check`, `train` and the exporters never run it.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from nodeflow.compute.types import NodeError


@dataclass
class Unknown:
    """What is kept of a node of an unknown type: its entry as read, and the port names its
    wires use (inputs and outputs, in the order the file names them)."""

    entry: dict[str, Any]
    inputs: list[str] = field(default_factory=list)
    outputs: list[str] = field(default_factory=list)

    def add_port(self, name: str, output: bool) -> None:
        ports = self.outputs if output else self.inputs
        if name not in ports:
            ports.append(name)


def missing_text(type_name: str) -> str:
    """What a placeholder card and its tooltip say is missing (English; the canvas translates)."""
    return (f"unknown node type {type_name!r}: this nodeflow does not have it (a plugin that is not "
            "installed, or a node of a newer version); its parameters and wires are kept and saved unchanged")


def placeholder_node(entry: dict[str, Any], node_id: str, type_name: str, max_coord: float) -> Any:
    """A placeholder Node for a file entry of an unknown type (its `params` and `pos` are used
    when they are well-formed, kept in the entry either way)."""
    from nodeflow.graph.document import Node

    raw = entry.get("params", {})
    params = copy.deepcopy(raw) if isinstance(raw, dict) else {}
    pos = entry.get("pos")
    ok = (isinstance(pos, list) and len(pos) == 2
          and all(isinstance(v, (int, float)) and not isinstance(v, bool) and abs(v) <= max_coord for v in pos))
    return Node(node_id, type_name, params, (float(pos[0]), float(pos[1])) if ok else None,
                unknown=Unknown(copy.deepcopy(entry)))


def entry_of(node: Any, number: Callable[[float], Any]) -> dict[str, Any]:
    """The placeholder's entry to save: as read, with its current id and position."""
    entry = copy.deepcopy(node.unknown.entry)
    entry["id"] = node.id
    if node.pos is not None:
        new = [number(node.pos[0]), number(node.pos[1])]
        if entry.get("pos") != new:  # moved (1 == 1.0: a position read as written is kept as written)
            entry["pos"] = new
    return entry


def placeholder_spec(node: Any) -> Any:
    """A NodeSpec standing in for the missing type: its ports from the wires, no parameters,
    a shape rule that refuses."""
    return _spec(node.type, tuple(node.unknown.inputs), tuple(node.unknown.outputs))


@lru_cache(maxsize=256)
def _spec(type_name: str, inputs: tuple[str, ...], outputs: tuple[str, ...]) -> Any:
    from nodeflow.nodes.spec import NodeSpec

    def refuse(params: Any, ins: Any) -> Any:
        raise NodeError(missing_text(type_name))

    return NodeSpec(type=type_name, category="layer", help=missing_text(type_name), shape_rule=refuse,
                    inputs=inputs, outputs=outputs)
