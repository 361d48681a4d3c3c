"""The canvas-only parts of the `.nodeflow` format: frames and reroute points.

```json
"edges": [{"from": ["pool2", "out"], "to": ["fc", "in"], "via": [[900, 240], [1100, 240]]}],
"frames": [{"id": "frame1", "title": "Features", "color": "#4a6fa5",
            "note": "two conv blocks", "nodes": ["conv1", "pool1"]}]
```
Both are optional (older files have neither and load unchanged) and are written only when a
graph has some. The loader is as strict as for the rest of the file: unknown keys, wrong
types, ids of nodes that do not exist and oversized texts are refused with one line.
"""

from __future__ import annotations

import math
import re
from typing import Any

from nodeflow.graph.document import Frame, Graph, GraphError, Pos

FRAME_KEYS = ("id", "title", "color", "note", "nodes")
MAX_FRAMES = 1000
MAX_POINTS = 64
MAX_TITLE = 200
MAX_NOTE = 10_000
MAX_COORD = 1e7
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


def frames_to_list(graph: Graph) -> list[dict[str, Any]]:
    """Frames as JSON data, in document order; node ids in document order too."""
    out = []
    for frame in getattr(graph, "frames", {}).values():
        nodes = [n for n in graph.nodes if n in frame.nodes]
        if not nodes:
            continue
        entry: dict[str, Any] = {"id": frame.id, "title": frame.title, "color": frame.color}
        if frame.note:
            entry["note"] = frame.note
        entry["nodes"] = nodes
        out.append(entry)
    return out


def via_from_json(raw: Any, where: str) -> list[Pos]:
    """A wire's `via`: a list of [x, y] points."""
    if not isinstance(raw, list) or len(raw) > MAX_POINTS:
        raise GraphError(f'{where}: "via" must be a list of at most {MAX_POINTS} points [x, y]')
    points = []
    for p in raw:
        if not (
            isinstance(p, list) and len(p) == 2
            and all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)
                    and abs(v) <= MAX_COORD for v in p)
        ):
            raise GraphError(f'{where}: "via" must be a list of points [x, y], got {str(p)[:40]}')
        points.append((float(p[0]), float(p[1])))
    return points


def frames_from_json(raw: Any, graph: Graph) -> dict[str, Frame]:
    """Frames from a file, checked against the graph's nodes (a node in one frame at most)."""
    if not isinstance(raw, list) or len(raw) > MAX_FRAMES:
        raise GraphError(f'"frames" must be a list of at most {MAX_FRAMES} frames')
    frames: dict[str, Frame] = {}
    owner: dict[str, str] = {}
    for i, entry in enumerate(raw):
        where = f"frame #{i + 1}"
        if not isinstance(entry, dict):
            raise GraphError(f"{where}: expected an object")
        for key in entry:
            if key not in FRAME_KEYS:
                raise GraphError(f"{where}: unknown key {str(key)[:40]!r} (known: {', '.join(FRAME_KEYS)})")
        frame_id = entry.get("id")
        if not isinstance(frame_id, str) or not 0 < len(frame_id) <= 64 or frame_id in frames:
            raise GraphError(f'{where}: "id" must be a unique text of 1 to 64 characters')
        title = _text(entry.get("title", "Frame"), f"{frame_id}: title", MAX_TITLE)
        note = _text(entry.get("note", ""), f"{frame_id}: note", MAX_NOTE)
        color = entry.get("color", Frame.color)
        if not isinstance(color, str) or not _COLOR.match(color):
            raise GraphError(f'{frame_id}: "color" must be "#rrggbb", got {str(color)[:20]!r}')
        nodes = entry.get("nodes")
        if not isinstance(nodes, list) or not nodes or not all(isinstance(n, str) for n in nodes):
            raise GraphError(f'{frame_id}: "nodes" must be a list of node ids')
        for n in nodes:
            if n not in graph.nodes:
                raise GraphError(f"{frame_id}: no node named {n[:40]!r}")
            if n in owner:
                raise GraphError(f"{frame_id}: node {n!r} is already in {owner[n]}")
            owner[n] = frame_id
        members = set(nodes)
        frames[frame_id] = Frame(frame_id, title, color, note, [n for n in graph.nodes if n in members])
    return frames


def _text(value: Any, what: str, limit: int) -> str:
    if not isinstance(value, str) or len(value) > limit:
        raise GraphError(f"{what} must be a text of at most {limit} characters")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise GraphError(f"{what} is not valid unicode text") from None
    return value
