"""Automatic layered layout, left to right by topological depth, with few wire crossings.

A small Sugiyama layout:
1. layers by longest path from the sources (data on the left, optimizer on the right); a
   source that only feeds late nodes moves right, next to them;
2. a wire that spans several layers gets a *lane*: one dummy per layer it crosses, so it is
   routed around cards instead of behind them (its dummies become reroute points);
3. order inside each layer by alternating barycentre sweeps, keeping the order with the
   fewest crossings (ports count: a Dataset's `x` sits above its `y`);
4. heights by weighted isotonic regression per layer: every card as close as it can get to
   the ports it is wired to without overlapping its neighbours, so chains run straight.

Pure geometry on the document (no Qt items), so it runs headless (the examples were laid out
with it) and is tested without a display.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from nodeflow.graph.document import Edge, Graph, Pos
from nodeflow.nodes import NodeSpec
from nodeflow.ui.canvas import theme

SWEEPS = 12
REFINE_PASSES = 7
LANE_GAP = 20.0


@dataclass
class Layout:
    positions: dict[str, Pos] = field(default_factory=dict)
    """Top-left scene position of every card."""
    reroutes: dict[Edge, list[Pos]] = field(default_factory=dict)
    """Points for the wires that run in a lane past other cards (all other wires: none)."""


def spec_height(spec: NodeSpec) -> float:
    """A card's height from its declaration (port rows and the footer), as the canvas draws it."""
    rows = max(len(spec.inputs), len(spec.outputs), 1)
    return theme.HEADER_HEIGHT + theme.SUMMARY_HEIGHT + rows * theme.ROW_HEIGHT + 4 + theme.FOOTER_HEIGHT


def card_height(graph: Graph, node_id: str) -> float:
    return spec_height(graph.nodes[node_id].spec)


def port_offset(index: int) -> float:
    """The height of a card's `index`-th port row below its top."""
    return theme.HEADER_HEIGHT + theme.SUMMARY_HEIGHT + index * theme.ROW_HEIGHT + theme.ROW_HEIGHT / 2


@dataclass
class _Item:
    key: object
    layer: int
    height: float
    real: bool
    y: float = 0.0
    up: list[tuple[_Item, float, float]] = field(default_factory=list)
    """(neighbour in the layer before, its port offset, my port offset)."""
    down: list[tuple[_Item, float, float]] = field(default_factory=list)


def auto_layout(
    graph: Graph,
    height_of: Callable[[str], float] | None = None,
    layer_spacing: float = theme.LAYER_SPACING,
    row_spacing: float = theme.ROW_SPACING,
) -> Layout:
    """Positions for every node (top-left at 0, 0) and lane points for long wires."""
    height_of = height_of or (lambda n: card_height(graph, n))
    ids = list(graph.nodes)
    if not ids:
        return Layout()
    wires = [e for e in graph.edges if e.src[0] in graph.nodes and e.dst[0] in graph.nodes and e.src[0] != e.dst[0]]
    wires = _acyclic(ids, wires)
    layer = _layers(ids, wires)

    items: dict[object, _Item] = {n: _Item(n, layer[n], height_of(n), True) for n in ids}
    lanes: dict[Edge, list[_Item]] = {}
    for e in wires:
        a, b = items[e.src[0]], items[e.dst[0]]
        out_off = port_offset(graph.nodes[e.src[0]].spec.outputs.index(e.src[1]))
        in_off = port_offset(graph.nodes[e.dst[0]].spec.inputs.index(e.dst[1]))
        chain = [a]
        for k in range(a.layer + 1, b.layer):
            dummy = _Item((e, k), k, 0.0, False)
            items[dummy.key] = dummy
            chain.append(dummy)
            lanes.setdefault(e, []).append(dummy)
        chain.append(b)
        for i in range(len(chain) - 1):
            u, v = chain[i], chain[i + 1]
            off_u = out_off if i == 0 else 0.0
            off_v = in_off if i == len(chain) - 2 else 0.0
            u.down.append((v, off_v, off_u))
            v.up.append((u, off_u, off_v))

    columns = _order(items, ids, max(layer.values()) + 1)
    _heights(columns, row_spacing)

    top = min(it.y for col in columns for it in col)
    positions = {}
    for n in ids:
        it = items[n]
        positions[n] = (float(it.layer * layer_spacing), _snap(it.y - top))
    layout = Layout(positions)
    for e, dummies in lanes.items():
        points = [(it.layer * layer_spacing + theme.NODE_WIDTH / 2, _snap(it.y - top)) for it in dummies]
        points = _compress(points)
        if _crosses_cards(graph, e, positions, height_of, points):
            layout.reroutes[e] = points
    return layout


def layered_positions(graph: Graph, height_of: Callable[[str], float] | None = None) -> dict[str, Pos]:
    """Top-left scene positions for every node, keyed by node id (see `auto_layout`)."""
    return auto_layout(graph, height_of).positions


def place_missing(graph: Graph, height_of: Callable[[str], float] | None = None) -> dict[str, Pos]:
    """Positions for the nodes whose `pos` is None only; placed below the positioned ones."""
    missing = [n for n, node in graph.nodes.items() if node.pos is None]
    if not missing:
        return {}
    laid = layered_positions(graph, height_of)
    placed = [node.pos for node in graph.nodes.values() if node.pos is not None]
    dy = (max(p[1] for p in placed) + 200.0) if placed else 0.0
    return {n: (laid[n][0], laid[n][1] + dy) for n in missing}


# ----------------------------------------------------------------------------- steps
def _acyclic(ids: list[str], wires: list[Edge]) -> list[Edge]:
    """Drop the wires that close a cycle (found depth-first in document order), so a graph
    with a cycle (an error the canvas shows) still gets a layout."""
    succ: dict[str, list[Edge]] = {n: [] for n in ids}
    for e in wires:
        succ[e.src[0]].append(e)
    state: dict[str, int] = {}
    back: set[Edge] = set()
    for root in ids:
        if root in state:
            continue
        stack = [(root, iter(succ[root]))]
        state[root] = 1
        while stack:
            node, it = stack[-1]
            e = next(it, None)
            if e is None:
                state[node] = 2
                stack.pop()
                continue
            nxt = e.dst[0]
            if state.get(nxt) == 1:
                back.add(e)
            elif nxt not in state:
                state[nxt] = 1
                stack.append((nxt, iter(succ[nxt])))
    return [e for e in wires if e not in back]


def _layers(ids: list[str], wires: list[Edge]) -> dict[str, int]:
    preds: dict[str, set[str]] = {n: set() for n in ids}
    succs: dict[str, set[str]] = {n: set() for n in ids}
    for e in wires:
        preds[e.dst[0]].add(e.src[0])
        succs[e.src[0]].add(e.dst[0])
    doc = {n: i for i, n in enumerate(ids)}
    layer: dict[str, int] = {}
    pending = {n: len(preds[n]) for n in ids}
    ready = [n for n in ids if not pending[n]]
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        layer[n] = max((layer[p] + 1 for p in preds[n]), default=0)
        for s in sorted(succs[n], key=doc.__getitem__):
            pending[s] -= 1
            if not pending[s]:
                ready.append(s)
    for n in reversed(order):  # a source that only feeds late nodes sits just before them
        if not preds[n] and succs[n]:
            layer[n] = max(layer[n], min(layer[s] for s in succs[n]) - 1)
    return layer


def _order(items: dict[object, _Item], ids: list[str], n_layers: int) -> list[list[_Item]]:
    columns: list[list[_Item]] = [[] for _ in range(n_layers)]
    doc = {n: i for i, n in enumerate(ids)}
    for it in items.values():
        columns[it.layer].append(it)
    columns[0].sort(key=lambda it: doc.get(it.key, 0))  # type: ignore[arg-type]
    for k in range(1, n_layers):
        _sort_by(columns[k], columns[k - 1], "up", doc)
    best = [list(c) for c in columns]
    best_cross = _crossings(columns)
    for sweep in range(SWEEPS):
        if best_cross == 0:
            break
        if sweep % 2 == 0:
            for k in range(1, n_layers):
                _sort_by(columns[k], columns[k - 1], "up", doc)
        else:
            for k in range(n_layers - 2, -1, -1):
                _sort_by(columns[k], columns[k + 1], "down", doc)
        cross = _crossings(columns)
        if cross < best_cross:
            best, best_cross = [list(c) for c in columns], cross
    return best


def _slot(col: list[_Item]) -> dict[int, float]:
    return {id(it): float(i) for i, it in enumerate(col)}


def _sort_by(col: list[_Item], fixed: list[_Item], side: str, doc: dict[str, int]) -> None:
    """Order `col` by the mean place of its neighbours in `fixed` (port rows refine it)."""
    place = _slot(fixed)
    current = _slot(col)

    def key(it: _Item) -> tuple[float, float]:
        links = it.up if side == "up" else it.down
        vals = [place[id(v)] + off_v / 1000.0 for v, off_v, _mine in links if id(v) in place]
        bary = sum(vals) / len(vals) if vals else current[id(it)]
        return (bary, current[id(it)])

    col.sort(key=key)


def _crossings(columns: list[list[_Item]]) -> int:
    total = 0
    for k in range(len(columns) - 1):
        here, there = _slot(columns[k]), _slot(columns[k + 1])
        pairs = sorted(
            (here[id(u)] + off_u / 1000.0, there[id(v)] + off_v / 1000.0)
            for u in columns[k] for v, off_v, off_u in u.down
        )
        for i in range(len(pairs)):
            for j in range(i + 1, len(pairs)):
                if pairs[i][0] < pairs[j][0] and pairs[i][1] > pairs[j][1]:
                    total += 1
    return total


def _heights(columns: list[list[_Item]], row_spacing: float) -> None:
    """Stack every column, then pull each item toward the ports it is wired to, down and up."""
    for col in columns:
        y = 0.0
        for i, it in enumerate(col):
            if i:
                y += _gap(col[i - 1], it, row_spacing)
            it.y = y
            y += it.height
    for p in range(REFINE_PASSES):
        down = p % 2 == 0
        order = columns[1:] if down else columns[-2::-1]
        for col in order:
            targets, weights = [], []
            for it in col:
                links = it.up if down else it.down
                if not links:
                    targets.append(it.y)
                    weights.append(0.01)
                    continue
                w = [_weight(it, v) for v, _o, _m in links]
                t = sum(wi * (v.y + off_v - mine) for wi, (v, off_v, mine) in zip(w, links, strict=True)) / sum(w)
                targets.append(t)
                weights.append(sum(w))
            _place(col, targets, weights, row_spacing)


def _weight(a: _Item, b: _Item) -> float:
    """Lanes pull hardest on each other (long wires run straight), cards on cards (chains run
    straight); where a lane meets a card the wire bends, so that pull is weak."""
    return 8.0 if not a.real and not b.real else 0.1 if not (a.real and b.real) else 1.0


def _gap(a: _Item, b: _Item, row_spacing: float) -> float:
    return row_spacing if a.real and b.real else LANE_GAP


def _place(col: list[_Item], targets: list[float], weights: list[float], row_spacing: float) -> None:
    """y as close to the targets as the order and the gaps allow (weighted isotonic regression
    of target minus the room the items above need)."""
    offsets, acc = [], 0.0
    for i, it in enumerate(col):
        if i:
            acc += col[i - 1].height + _gap(col[i - 1], it, row_spacing)
        offsets.append(acc)
    blocks: list[list[float]] = []  # [mean, weight, count]
    for t, w, off in zip(targets, weights, offsets, strict=True):
        blocks.append([t - off, w, 1])
        while len(blocks) > 1 and blocks[-2][0] > blocks[-1][0]:
            m2, w2, c2 = blocks.pop()
            m1, w1, c1 = blocks.pop()
            blocks.append([(m1 * w1 + m2 * w2) / (w1 + w2), w1 + w2, c1 + c2])
    i = 0
    for mean, _w, count in blocks:
        for _ in range(int(count)):
            col[i].y = mean + offsets[i]
            i += 1


def _snap(y: float) -> float:
    return float(round(y / theme.GRID) * theme.GRID)


def _compress(points: list[Pos]) -> list[Pos]:
    """Keep the ends of each straight run of lane points."""
    out: list[Pos] = []
    for i, p in enumerate(points):
        prev_same = i > 0 and points[i - 1][1] == p[1]
        next_same = i + 1 < len(points) and points[i + 1][1] == p[1]
        if not (prev_same and next_same):
            out.append(p)
    return out


def _crosses_cards(
    graph: Graph, e: Edge, positions: dict[str, Pos], height_of: Callable[[str], float], lane: list[Pos]
) -> bool:
    """Whether the wire drawn straight from port to port would pass behind a card (or near one)."""
    sx, sy = positions[e.src[0]]
    dx, dy = positions[e.dst[0]]
    a = (sx + theme.NODE_WIDTH, sy + port_offset(graph.nodes[e.src[0]].spec.outputs.index(e.src[1])))
    b = (dx, dy + port_offset(graph.nodes[e.dst[0]].spec.inputs.index(e.dst[1])))
    boxes = [
        (x - 14, y - 14, x + theme.NODE_WIDTH + 14, y + height_of(n) + 14)
        for n, (x, y) in positions.items() if n not in (e.src[0], e.dst[0])
    ]
    for px, py in _bezier_points(a, b, 48):
        if any(x0 <= px <= x1 and y0 <= py <= y1 for x0, y0, x1, y1 in boxes):
            return True
    return False


def _bezier_points(a: Pos, b: Pos, n: int) -> list[Pos]:
    """Points along the canvas's wire curve (see wire_item.bezier)."""
    d = max(40.0, abs(b[0] - a[0]) * 0.5)
    c1, c2 = (a[0] + d, a[1]), (b[0] - d, b[1])
    out = []
    for i in range(1, n):
        t = i / n
        u = 1 - t
        x = u**3 * a[0] + 3 * u * u * t * c1[0] + 3 * u * t * t * c2[0] + t**3 * b[0]
        y = u**3 * a[1] + 3 * u * u * t * c1[1] + 3 * u * t * t * c2[1] + t**3 * b[1]
        out.append((x, y))
    return out
