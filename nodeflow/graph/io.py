"""The `.nodeflow` file format: strict JSON in, deterministic JSON out.

Loading checks the structure (keys, types, node types, parameters, ports, wires) and raises
`GraphError` with one line naming the node at fault. Cycles and shape mismatches are *not*
load errors: the window opens such files and shows the problems on the nodes
(`graph.analysis.analyze` finds them). Saving is atomic and byte-for-byte deterministic, so a
file that is loaded and saved again does not change.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from nodeflow.compute.runtime.settings import SETTINGS
from nodeflow.graph import blocks, frames_io, placeholders
from nodeflow.graph.document import DEFAULT_TRAINING, Edge, Graph, GraphError, Node
from nodeflow.nodes import REGISTRY, NodeError, Param
from nodeflow.nodes.spec import Registry
from nodeflow.userfiles import UserFileError, printable, read_regular, write_atomic

FORMAT = "nodeflow"
VERSION = 2
MAX_BYTES = 20 * 1024 * 1024
MAX_TEXT = 100_000
MAX_DIGITS = 30
MAX_COORD = 1e7
MAX_NODES = 5_000
MAX_EDGES = 20_000
"""Far beyond any network wired by hand (or imported); a file past them is refused at once,
before the window builds a card for every node."""
MAX_ID = 64

TRAINING_PARAMS: tuple[Param, ...] = tuple(
    Param(s.name, s.kind, s.default, s.help, low=s.low, high=s.high, choices=s.choices) for s in SETTINGS
)
"""The `training` section as node-style parameters, from its one declaration
(`nodeflow.compute.runtime.settings.SETTINGS`; add settings there)."""

TOP_KEYS = ("format", "version", "name", "description", "nodes", "edges", "training", "frames")
NODE_KEYS = ("id", "type", "params", "pos", "bypass", "block")
EDGE_KEYS = ("from", "to", "via")
"""`via` (optional): the wire's reroute points on the canvas; `frames` (optional): see
`nodeflow.graph.frames_io`. Both are written only when there are some, so older files and
graphs without them read and write exactly as before. `bypass` (optional, written only when
true): the node is bypassed (`nodeflow.graph.bypass`).

A node whose type this installation does not have (a plugin not installed, a newer nodeflow's
node) is refused by default; with `placeholders=True` (the window) it is read as a placeholder
(`nodeflow.graph.placeholders`): its entry is kept as read and written back unchanged."""


def _migrate_0(data: dict[str, Any]) -> dict[str, Any]:
    """Version 0 ("legacy") files named wires `{"src": "id.port", "dst": "id.port"}`."""
    if not isinstance(data.get("edges", []), list):
        return {**data, "version": 1}  # reported as a version-1 file would be
    edges = []
    for e in data.get("edges", []):
        if isinstance(e, dict) and isinstance(e.get("src"), str) and isinstance(e.get("dst"), str):
            edges.append({"from": e["src"].rsplit(".", 1), "to": e["dst"].rsplit(".", 1)})
        else:
            edges.append(e)
    return {**data, "edges": edges, "version": 1}


def _migrate_1(data: dict[str, Any]) -> dict[str, Any]:
    """Version 2 added the Dataset's `standardize_target` (on by default for new nodes); a
    version-1 file trained its regressions on raw targets, so its Datasets keep it off and
    train exactly as they did."""
    nodes = data.get("nodes")
    if isinstance(nodes, list):
        nodes = [
            {**n, "params": {**n["params"], "standardize_target": False}}
            if isinstance(n, dict) and n.get("type") == "Dataset" and isinstance(n.get("params"), dict)
            and "standardize_target" not in n["params"]
            else ({**n, "params": {"standardize_target": False}}
                  if isinstance(n, dict) and n.get("type") == "Dataset" and "params" not in n else n)
            for n in nodes
        ]
        data = {**data, "nodes": nodes}
    return {**data, "version": 2}


MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {0: _migrate_0, 1: _migrate_1}
"""`MIGRATIONS[v]` turns a version-`v` document into a version `v + 1` document."""


# ----------------------------------------------------------------------------- writing
def graph_to_dict(graph: Graph) -> dict[str, Any]:
    """The document as plain JSON data, keys in a fixed order. Parameters are written as
    stored (defaults are not added), so what was loaded is what is saved."""
    data: dict[str, Any] = {"format": FORMAT, "version": VERSION, "name": graph.name}
    description = getattr(graph, "description", "")
    if description:
        data["description"] = description
    nodes = []
    for node in graph.nodes.values():
        nodes.append(_node_to_dict(node))
    data["nodes"] = nodes
    data["edges"] = [_edge_to_dict(e, graph) for e in graph.edges]
    known = [p.name for p in TRAINING_PARAMS]
    training = {k: graph.training[k] for k in known if k in graph.training}
    training.update({k: v for k, v in graph.training.items() if k not in training})
    data["training"] = training
    frames = frames_io.frames_to_list(graph)
    if frames:
        data["frames"] = frames
    return data


def _node_to_dict(node: Node) -> dict[str, Any]:
    if node.unknown is not None:
        return placeholders.entry_of(node, _number)
    entry: dict[str, Any] = {"id": node.id, "type": node.type, "params": dict(node.params)}
    if node.pos is not None:
        entry["pos"] = [_number(node.pos[0]), _number(node.pos[1])]
    if node.bypass:
        entry["bypass"] = True
    if node.block is not None:
        b = node.block
        entry["block"] = {
            "title": b.title,
            "nodes": [_node_to_dict(n) for n in b.nodes.values()],
            "edges": [{"from": [e.src[0], e.src[1]], "to": [e.dst[0], e.dst[1]]} for e in b.edges],
            "inputs": [{"name": p.name, "to": [[n, q] for n, q in p.refs]} for p in b.inputs],
            "outputs": [{"name": p.name, "from": [p.node, p.port]} for p in b.outputs],
        }
        if b.shares:
            entry["block"]["shares"] = b.shares
    return entry


def _edge_to_dict(e: Edge, graph: Graph) -> dict[str, Any]:
    entry: dict[str, Any] = {"from": [e.src[0], e.src[1]], "to": [e.dst[0], e.dst[1]]}
    via = getattr(graph, "reroutes", {}).get(e)
    if via:
        entry["via"] = [[_number(x), _number(y)] for x, y in via]
    return entry


def _number(x: float) -> int | float:
    """Whole coordinates are written as integers (`220`, not `220.0`)."""
    return int(x) if float(x).is_integer() else float(x)


def dumps(graph: Graph) -> str:
    """Pretty, deterministic JSON text (indent 2, fixed key order, UTF-8 characters kept).
    Below the top two levels a value that fits in one short line is written on one line, so a
    node or a wire is one line of a diff."""
    return _format(graph_to_dict(graph), 0) + "\n"


LINE = 100


def _format(value: Any, depth: int) -> str:
    flat = json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(", ", ": "))
    if not isinstance(value, (dict, list)) or not value or (depth >= 2 and len(flat) + 2 * depth <= LINE):
        return flat
    pad, inner = "  " * depth, "  " * (depth + 1)
    if isinstance(value, dict):
        items = [f"{inner}{json.dumps(k, ensure_ascii=False)}: {_format(v, depth + 1)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    items = [f"{inner}{_format(v, depth + 1)}" for v in value]
    return "[\n" + ",\n".join(items) + "\n" + pad + "]"


def save(graph: Graph, path: str | os.PathLike[str]) -> None:
    """Write atomically: a temporary file in the same folder, then `os.replace`, so a crash or a
    failed write leaves the previous file intact. A read-only file is refused, not replaced."""
    path = Path(path)
    try:
        text = dumps(graph)
        data = text.encode("utf-8")
    except (ValueError, TypeError, UnicodeError) as exc:
        raise GraphError(f"cannot save {printable(path.name)}: {exc}") from None
    try:
        write_atomic(path, lambda fh: fh.write(data))
    except UserFileError as exc:
        raise GraphError(str(exc)) from None
    graph.base_dir = os.path.dirname(os.path.realpath(path))


# ----------------------------------------------------------------------------- reading
def load(path: str | os.PathLike[str], placeholders: bool = False) -> Graph:
    """Read a `.nodeflow` file; every failure is a GraphError with one clear line.

    Only a regular file of at most MAX_BYTES is read (a FIFO or a device is refused at once,
    never waited on)."""
    try:
        raw = read_regular(path, MAX_BYTES, "nodeflow graph")
    except UserFileError as exc:
        raise GraphError(str(exc)) from None
    graph = loads(raw, placeholders=placeholders)
    graph.base_dir = os.path.dirname(os.path.realpath(path))
    return graph


def loads(text: str | bytes, placeholders: bool = False) -> Graph:
    """Parse a document from text (or UTF-8 bytes); raises GraphError. With `placeholders`, nodes
    of unknown types are read as placeholders instead of refused."""
    if isinstance(text, (bytes, bytearray)):
        if len(text) > MAX_BYTES:
            raise GraphError("the file is too large (the limit is 20 MB)")
        try:
            text = bytes(text).decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise GraphError(f"not a nodeflow file: not UTF-8 text (byte {exc.start})") from None
    elif len(text) > MAX_BYTES:
        raise GraphError("the file is too large (the limit is 20 MB)")
    if not text.strip():
        raise GraphError("not a nodeflow file: it is empty")
    try:
        data = json.loads(text, parse_constant=_reject_constant, parse_int=_parse_int, parse_float=_parse_float)
    except json.JSONDecodeError as exc:
        raise GraphError(f"not a nodeflow file: invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
    except RecursionError:
        raise GraphError("not a nodeflow file: JSON nested too deeply") from None
    except _NumberError as exc:
        raise GraphError(f"not a nodeflow file: {exc}") from None
    if "\\u" in text and _has_surrogate(json.dumps(data, ensure_ascii=False)):
        raise GraphError("not a nodeflow file: it contains an invalid unicode escape (a lone surrogate)")
    return graph_from_dict(data, placeholders=True) if placeholders else graph_from_dict(data)


class _NumberError(ValueError):
    pass


def _reject_constant(name: str) -> float:
    raise _NumberError(f"{name} is not a valid number")


def _parse_int(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_DIGITS:
        raise _NumberError(f"number too large ({digits[:12]}...)")
    return int(digits)


def _parse_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _NumberError(f"number too large ({text[:12]})")
    return value


def graph_from_dict(data: Any, registry: Registry | None = None, placeholders: bool = False) -> Graph:
    """Build a Graph from parsed JSON, migrating older versions; raises GraphError. With
    `placeholders`, a node of a type the registry does not have becomes a placeholder."""
    registry = REGISTRY if registry is None else registry
    if not isinstance(data, dict):
        raise GraphError(f"not a nodeflow file: expected a JSON object, got {_json_kind(data)}")
    if data.get("format") != FORMAT:
        raise GraphError('not a nodeflow file: "format" must be "nodeflow"')
    data = _migrate(data)
    _no_unknown_keys(data, TOP_KEYS, "")
    graph = Graph(_text(data.get("name", "Untitled"), "name", MAX_TEXT))
    graph.description = _text(data.get("description", ""), "description", MAX_TEXT)

    nodes = data.get("nodes", [])
    if not isinstance(nodes, list):
        raise GraphError(f'"nodes" must be a list, got {_json_kind(nodes)}')
    if len(nodes) > MAX_NODES:
        raise GraphError(f"the file has {len(nodes):,} nodes; nodeflow opens graphs of at most {MAX_NODES:,}")
    for i, entry in enumerate(nodes):
        node = _node_from_dict(entry, i, registry, placeholders)
        if node.id in graph.nodes:
            raise GraphError(f"{node.id}: two nodes have this id", node.id)
        graph.nodes[node.id] = node

    edges = data.get("edges", [])
    if not isinstance(edges, list):
        raise GraphError(f'"edges" must be a list, got {_json_kind(edges)}')
    if len(edges) > MAX_EDGES:
        raise GraphError(f"the file has {len(edges):,} wires; nodeflow opens graphs of at most {MAX_EDGES:,}")
    taken: dict[tuple[str, str], tuple[str, str]] = {}
    for i, entry in enumerate(edges):
        edge = _edge_from_dict(entry, i, graph, registry)
        if edge.dst in taken:
            other = taken[edge.dst]
            raise GraphError(
                f"{edge.dst[0]}: input '{edge.dst[1]}' is connected twice (from {other[0]}.{other[1]} "
                f"and {edge.src[0]}.{edge.src[1]})",
                edge.dst[0],
            )
        taken[edge.dst] = edge.src
        graph.edges.append(edge)
        if "via" in entry:
            graph.reroutes[edge] = frames_io.via_from_json(entry["via"], f"wire #{i + 1}")

    graph.training = _training_from_dict(data.get("training", {}))
    graph.frames = frames_io.frames_from_json(data.get("frames", []), graph)
    return graph


def _migrate(data: dict[str, Any]) -> dict[str, Any]:
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise GraphError('"version" must be an integer')
    if version > VERSION:
        raise GraphError(f"this file was made by a newer nodeflow (format version {version}; this one reads {VERSION})")
    while version < VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise GraphError(f"format version {version} is too old to read")
        try:
            data = step(dict(data))
        except GraphError:
            raise
        except Exception as exc:
            raise GraphError(f"cannot migrate the file from version {version}: {exc}") from None
        version += 1
        data["version"] = version
    return data


def _node_from_dict(entry: Any, i: int, registry: Registry, keep_unknown: bool = False) -> Node:
    if not isinstance(entry, dict):
        raise GraphError(f"node #{i + 1}: expected an object, got {_json_kind(entry)}")
    node_id = entry.get("id")
    problem = id_problem(node_id)
    if problem is not None:
        raise GraphError(f'node #{i + 1}: "id" {problem}, got {_short(node_id)}')
    type_name = entry.get("type")
    if not isinstance(type_name, str):
        raise GraphError(f'{node_id}: "type" must be a node type name, got {_short(type_name)}', node_id)
    if type_name == blocks.BLOCK_TYPE and "block" in entry:
        return _block_node(entry, node_id, registry)
    if type_name not in registry:
        if keep_unknown:
            return placeholders.placeholder_node(entry, node_id, type_name, MAX_COORD)
        raise GraphError(f"{node_id}: unknown node type {type_name[:40]!r} (not installed: a plugin's node "
                         "type or a newer nodeflow's)", node_id)
    _no_unknown_keys(entry, NODE_KEYS, f"{node_id}: ", node_id)
    spec = registry.get(type_name)
    raw = entry.get("params", {})
    if not isinstance(raw, dict):
        raise GraphError(f'{node_id}: "params" must be an object, got {_json_kind(raw)}', node_id)
    try:
        full = spec.validate_params(raw)
    except NodeError as exc:
        raise GraphError(f"{node_id}: {exc}", node_id) from None
    params = {name: full[name] for name in raw}
    pos = entry.get("pos")
    if pos is not None:
        if (
            not isinstance(pos, list)
            or len(pos) != 2
            or not all(isinstance(v, (int, float)) and not isinstance(v, bool) and abs(v) <= MAX_COORD for v in pos)
        ):
            raise GraphError(f'{node_id}: "pos" must be two numbers [x, y], got {_short(pos)}', node_id)
        pos = (float(pos[0]), float(pos[1]))
    bypass = entry.get("bypass", False)
    if not isinstance(bypass, bool):
        raise GraphError(f'{node_id}: "bypass" must be true or false, got {_short(bypass)}', node_id)
    return Node(node_id, spec.type, params, pos, bypass=bypass)


BLOCK_KEYS = ("title", "nodes", "edges", "inputs", "outputs", "shares")


def _block_node(entry: dict[str, Any], node_id: str, registry: Registry) -> Node:
    """A block node: its definition read like a small graph (known node types only, no blocks
    inside), its ports checked against the inner nodes."""
    _no_unknown_keys(entry, NODE_KEYS, f"{node_id}: ", node_id)
    raw = entry["block"]
    if not isinstance(raw, dict):
        raise GraphError(f'{node_id}: "block" must be an object, got {_json_kind(raw)}', node_id)
    _no_unknown_keys(raw, BLOCK_KEYS, f"{node_id}: block: ", node_id)
    inner = Graph()
    for i, item in enumerate(raw.get("nodes", []) if isinstance(raw.get("nodes", []), list) else []):
        node = _node_from_dict(item, i, registry)
        if node.block is not None or node.unknown is not None or node.id in inner.nodes or blocks.SEP in node.id:
            raise GraphError(f"{node_id}: block: node {node.id!r} cannot be in a block", node_id)
        inner.nodes[node.id] = node
    if not inner.nodes:
        raise GraphError(f"{node_id}: a block needs at least one node", node_id)
    for i, item in enumerate(raw.get("edges", []) if isinstance(raw.get("edges", []), list) else []):
        try:
            inner.edges.append(_edge_from_dict(item, i, inner, registry))
        except GraphError as exc:
            raise GraphError(f"{node_id}: block: {exc}", node_id) from None
    ports: dict[str, list[blocks.BlockPort]] = {"inputs": [], "outputs": []}
    def is_ref(ref: Any) -> bool:
        return (isinstance(ref, list) and len(ref) == 2 and all(isinstance(v, str) for v in ref)
                and ref[0] in inner.nodes)

    for kind, key in (("inputs", "to"), ("outputs", "from")):
        items = raw.get(kind, [])
        for item in items if isinstance(items, list) else []:
            got = item.get(key) if isinstance(item, dict) else None
            name = item.get("name") if isinstance(item, dict) else None
            refs = [got] if kind == "outputs" else got
            if not (isinstance(name, str) and name and isinstance(refs, list) and refs and all(map(is_ref, refs))):
                shape = "[inner node, port]" if kind == "outputs" else "[[inner node, port], ...]"
                raise GraphError(f"{node_id}: block: {kind[:-1]} {_short(item)} must be "
                                 f'{{"name": ..., "{key}": {shape}}}', node_id)
            for ref in refs:
                spec = inner.nodes[ref[0]].spec
                if ref[1] not in (spec.inputs if kind == "inputs" else spec.outputs):
                    raise GraphError(f"{node_id}: block: {ref[0]} has no {kind[:-1]} port {_short(ref[1])}", node_id)
            if any(p.name == name for p in ports[kind]):
                raise GraphError(f"{node_id}: block: two {kind} are named {_short(name)}", node_id)
            ports[kind].append(blocks.BlockPort(name, [(r[0], r[1]) for r in refs]))
    title = _text(raw.get("title", "Block"), "title", MAX_ID * 4)
    shares = _text(raw.get("shares", ""), "shares", MAX_ID)
    node = Node(node_id, blocks.BLOCK_TYPE, {}, None, block=blocks.Block(title, inner.nodes, inner.edges,
                                                                           ports["inputs"], ports["outputs"], shares))
    pos = entry.get("pos")
    if pos is not None:
        if not (isinstance(pos, list) and len(pos) == 2
                and all(isinstance(v, (int, float)) and not isinstance(v, bool) and abs(v) <= MAX_COORD for v in pos)):
            raise GraphError(f'{node_id}: "pos" must be two numbers [x, y], got {_short(pos)}', node_id)
        node.pos = (float(pos[0]), float(pos[1]))
    return node


def _edge_from_dict(entry: Any, i: int, graph: Graph, registry: Registry) -> Edge:
    if not isinstance(entry, dict):
        raise GraphError(f"wire #{i + 1}: expected an object, got {_json_kind(entry)}")
    _no_unknown_keys(entry, EDGE_KEYS, f"wire #{i + 1}: ")
    ends = []
    for key in ("from", "to"):
        ref = entry.get(key)
        if not (isinstance(ref, list) and len(ref) == 2 and all(isinstance(v, str) for v in ref)):
            raise GraphError(f'wire #{i + 1}: "{key}" must be [node id, port name], got {_short(ref)}')
        ends.append((ref[0], ref[1]))
    (s_id, s_port), (d_id, d_port) = ends
    for node_id in (s_id, d_id):
        if node_id not in graph.nodes:
            raise GraphError(f"wire #{i + 1}: no node named {_short(node_id)}")
    s_node, d_node = graph.nodes[s_id], graph.nodes[d_id]
    if s_node.unknown is not None:
        s_node.unknown.add_port(s_port, output=True)
    if d_node.unknown is not None:
        d_node.unknown.add_port(d_port, output=False)
    s_spec = s_node.spec if s_node.unknown is not None or s_node.block is not None else registry.get(s_node.type)
    d_spec = d_node.spec if d_node.unknown is not None or d_node.block is not None else registry.get(d_node.type)
    if s_port not in s_spec.outputs:
        raise GraphError(f"{s_id}: {s_spec.type} has no output port {_short(s_port)}", s_id)
    if d_port not in d_spec.inputs:
        raise GraphError(f"{d_id}: {d_spec.type} has no input port {_short(d_port)}", d_id)
    return Edge((s_id, s_port), (d_id, d_port))


def _training_from_dict(raw: Any) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise GraphError(f'"training" must be an object, got {_json_kind(raw)}')
    declared = {p.name: p for p in TRAINING_PARAMS}
    training = dict(DEFAULT_TRAINING)
    for key, value in raw.items():
        if key not in declared:
            raise GraphError(f"training: unknown setting {_short(key)} (known: {', '.join(declared)})")
        try:
            training[key] = declared[key].coerce(value)
        except NodeError as exc:
            raise GraphError(f"training: {exc}") from None
    return training


# ----------------------------------------------------------------------------- small checks
_INVISIBLE = re.compile("[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]")
"""Control characters, line separators and text-direction controls: an id is one line of
visible text (a direction override would make a card show another id than the one stored)."""


def id_problem(node_id: Any) -> str | None:
    """What is wrong with `node_id` as a node id, in words ("is too long (70 characters; ..."),
    or None when it is a good id: a text of 1 to 64 visible characters on one line."""
    if not isinstance(node_id, str):
        return f"must be a text, not {_json_kind(node_id)}"
    if not node_id:
        return "must not be empty"
    if len(node_id) > MAX_ID:
        return f"is too long ({len(node_id)} characters; the limit is {MAX_ID})"
    if _has_surrogate(node_id):
        return "is not valid unicode text"
    bad = _INVISIBLE.search(node_id)
    if bad is not None:
        return f"must not contain control characters (it has {printable(bad.group())} at position {bad.start() + 1})"
    return None


def _no_unknown_keys(entry: dict[str, Any], known: tuple[str, ...], prefix: str, node: str | None = None) -> None:
    for key in entry:
        if key not in known:
            raise GraphError(f"{prefix}unknown key {_short(key)} (known: {', '.join(known)})", node)


def _text(value: Any, what: str, limit: int) -> str:
    if not isinstance(value, str):
        raise GraphError(f'"{what}" must be a text, got {_json_kind(value)}')
    if len(value) > limit:
        raise GraphError(f'"{what}" is too long ({len(value)} characters; the limit is {limit})')
    if _has_surrogate(value):
        raise GraphError(f'"{what}" is not valid unicode text')
    return value


def _has_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _json_kind(value: Any) -> str:
    names = {dict: "an object", list: "a list", str: "a text", bool: "true/false", int: "a number", float: "a number"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


def _short(value: Any) -> str:
    shown = json.dumps(value, ensure_ascii=True) if _jsonable(value) else repr(value)
    return shown if len(shown) <= 40 else shown[:37] + "..."


def _jsonable(value: Any) -> bool:
    try:
        json.dumps(value)
    except (TypeError, ValueError, RecursionError):
        return False
    return True
