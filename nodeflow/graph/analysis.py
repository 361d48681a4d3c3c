"""Check a graph as a whole: order, parameters, wiring, shapes, and what training needs.

`analyze(graph)` never raises for any graph content: every problem becomes a message on the
node at fault (`errors`, each starting with the node id) or on the graph (`graph_errors`), so
the window can show it on the canvas and `nodeflow check` can print the first one. Nodes
downstream of a failing node are skipped silently: their own error would only repeat it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from nodeflow.graph import memory
from nodeflow.graph.document import Graph
from nodeflow.graph.roles import check_roles
from nodeflow.nodes import REGISTRY, Inferred, NodeError, NodeSpec, ShapeError, TensorType
from nodeflow.nodes.spec import SHARE_PARAM, Registry


@dataclass
class Analysis:
    """What `analyze` found. `inferred` holds only the nodes whose shapes could be inferred."""

    order: list[str] = field(default_factory=list)
    params: dict[str, dict[str, Any]] = field(default_factory=dict)
    inferred: dict[str, Inferred] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    graph_errors: list[str] = field(default_factory=list)
    sources: dict[str, dict[str, tuple[str, str]]] = field(default_factory=dict)
    """Per node, the output port wired into each of its input ports."""
    memory: Any = None
    """What training needs (`graph.memory.Estimate`), once the whole graph analysed cleanly."""
    bypassed: dict[str, tuple[str, str]] = field(default_factory=dict)
    """Bypassed nodes (`nodeflow.graph.bypass`) -> the output port whose value they pass on.
    They are not in `order` or `inferred`: the analysis is of `graph.resolved()`."""
    block_ports: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)
    """(block node, output port) -> the inner port (in the flattened graph) whose value it gives."""
    plan: Any = None
    """The compiled plan (`nodeflow.compute.runtime.TrainingPlan`): data sources, objectives,
    fused pairs, the weights each optimizer trains, the round order. Set when the graph's
    nodes and training rules all check."""

    @property
    def ok(self) -> bool:
        return not self.errors and not self.graph_errors

    @property
    def first_error(self) -> str | None:
        """The first node error in topological order, else the first graph error. A bypassed node's
        error (it is outside `order`) comes first: the errors after it are its consequences."""
        in_order = set(self.order)  # a set: `order` is a list, and 100,000 lookups in it took minutes
        outside = [m for n, m in self.errors.items() if n not in in_order]
        if outside:  # a bypassed node that cannot pass its input through: what follows is its consequence
            return outside[0]
        for node_id in self.order:
            if node_id in self.errors:
                return self.errors[node_id]
        return self.graph_errors[0] if self.graph_errors else None

    def output_type(self, port: tuple[str, str]) -> TensorType | None:
        port = self.block_ports.get(port, port)
        if port[0] in self.bypassed:
            port = self.bypassed[port[0]]
            port = self.block_ports.get(port, port)
        inferred = self.inferred.get(port[0])
        return None if inferred is None else inferred.outputs.get(port[1])

    def input_types(self, node_id: str) -> dict[str, TensorType]:
        """The types arriving on each connected input port whose source was inferred."""
        types = {}
        for port, src in self.sources.get(node_id, {}).items():
            t = self.output_type(src)
            if t is not None:
                types[port] = t
        return types

    @property
    def sharing(self) -> dict[str, str]:
        """node -> the node whose weights it uses (its `share` parameter names another node)."""
        found = {}
        for n, params in self.params.items():
            other = params.get(SHARE_PARAM)
            if other and other != n and other in self.inferred and n in self.inferred:
                found[n] = other
        return found

    def node_param_count(self, node_id: str) -> int:
        """Trainable numbers of one node of the document: a block's are its inner nodes'."""
        inferred = self.inferred.get(node_id)
        if inferred is not None:
            return 0 if node_id in self.sharing else inferred.param_count
        prefix = node_id + "/"
        sharing = self.sharing
        return sum(inf.param_count for n, inf in self.inferred.items() if n.startswith(prefix) and n not in sharing)

    @property
    def param_count(self) -> int:
        """Trainable numbers in the graph: a node sharing another's weights adds none."""
        sharing = self.sharing
        return sum(inf.param_count for n, inf in self.inferred.items() if n not in sharing)

    @property
    def macs(self) -> int:
        """Multiply-adds per sample over all inferred nodes."""
        return sum(inf.macs for inf in self.inferred.values())


def to_networkx(graph: Graph) -> nx.MultiDiGraph:
    """The graph as a NetworkX MultiDiGraph: nodes keyed by id (attribute `type`), one edge per
    wire with attributes `src_port` and `dst_port`. Wires naming unknown nodes are left out."""
    g = nx.MultiDiGraph()
    for node_id, node in graph.nodes.items():
        g.add_node(node_id, type=node.type)
    for e in graph.edges:
        if e.src[0] in graph.nodes and e.dst[0] in graph.nodes:
            g.add_edge(e.src[0], e.dst[0], src_port=e.src[1], dst_port=e.dst[1])
    return g


def analyze(graph: Graph, registry: Registry | None = None) -> Analysis:
    """Order, validate and infer the whole graph (see the module docstring).

    Relative data paths (a Dataset's csv) are read from `graph.base_dir`, the file's folder."""
    from nodeflow.compute.datasets import relative_to

    with relative_to(graph.base_dir):
        from nodeflow.graph.bypass import resolved

        work = resolved(graph)
        if work is graph:
            return _analyze(graph, registry)
        from nodeflow.graph import blocks, bypass

        result = _analyze(work, registry)
        result.block_ports = blocks.output_aliases(graph)
        for node_id, node in graph.nodes.items():  # an inner node's error shows on its block
            if node.block is not None:
                prefix = node_id + blocks.SEP
                inner = next((m for n, m in result.errors.items() if n.startswith(prefix)), None)
                if inner is not None:
                    result.errors[node_id] = f"{node_id}: {inner[len(prefix):]}"
        bypass.check(graph, result, lambda _n, spec, params, inputs: spec.infer(params, inputs))
        return result


def _analyze(graph: Graph, registry: Registry | None) -> Analysis:
    registry = REGISTRY if registry is None else registry
    result = Analysis()
    g = to_networkx(graph)
    index = {node_id: i for i, node_id in enumerate(graph.nodes)}
    cyclic = _find_cycles(g, index, result)
    result.order = _order(g, index, cyclic)

    specs: dict[str, NodeSpec] = {}
    for node_id, node in graph.nodes.items():
        try:
            specs[node_id] = registry.get(node.type if isinstance(node.type, str) else repr(node.type))
        except NodeError as exc:
            result.errors.setdefault(node_id, f"{node_id}: {exc}")
    _collect_sources(graph, specs, result)

    failed: set[str] = set(result.errors) | cyclic
    for node_id in result.order:
        if node_id in failed:
            continue
        if any(src[0] in failed for src in result.sources[node_id].values()):
            failed.add(node_id)  # downstream of an error: skipped silently
            continue
        message = _check_node(node_id, graph.nodes[node_id].params, specs[node_id], result)
        if message is not None:
            result.errors[node_id] = f"{node_id}: {message}"
            failed.add(node_id)

    check_roles(graph, specs, result)
    memory.check(graph, specs, result)  # last: it needs every shape, and refuses what cannot fit
    return result


# ----------------------------------------------------------------------------- helpers
def _find_cycles(g: nx.MultiDiGraph, index: dict[str, int], result: Analysis) -> set[str]:
    """Mark every node on a cycle with a message naming one cycle through it. Long cycles are
    named in bounded text ("a -> b -> c -> … (9,996 more) -> z -> a"), so a cycle of 100,000
    nodes costs linear time and memory, not one 100,000-name path per member."""
    shown_ends = 3
    cyclic: set[str] = set()
    for component in nx.strongly_connected_components(g):
        if len(component) == 1:
            (only,) = component
            if not g.has_edge(only, only):
                continue
        members = sorted(component, key=index.__getitem__)
        # the shortest cycle through the first member: breadth first inside the component
        start, parent = members[0], {members[0]: members[0]}
        frontier, last = [start], None
        while frontier and last is None:
            following = []
            for u in frontier:
                if start in g.succ[u]:
                    last = u
                    break
                for v in g.succ[u]:
                    if v in component and v not in parent:
                        parent[v] = u
                        following.append(v)
            frontier = following
        loop = [last if last is not None else start]
        while loop[-1] != start:
            loop.append(parent[loop[-1]])
        loop.reverse()
        position = {node_id: i for i, node_id in enumerate(loop)}
        for node_id in members:
            start = position.get(node_id, 0)
            n = len(loop)
            if n <= 2 * shown_ends + 1:
                names = [loop[(start + k) % n] for k in range(n)]
            else:
                head = [loop[(start + k) % n] for k in range(shown_ends)]
                names = [*head, f"… ({n - shown_ends - 1:,} more)", loop[(start - 1) % n]]
            text = " -> ".join([*names, loop[start]])
            result.errors[node_id] = f"{node_id}: cycle: {text}"
            cyclic.add(node_id)
    return cyclic


def _order(g: nx.MultiDiGraph, index: dict[str, int], cyclic: set[str]) -> list[str]:
    """Topological order, ties broken by the order nodes appear in the document (stable).
    Nodes on cycles come where their strongly connected component would."""
    if not cyclic:
        return list(nx.lexicographical_topological_sort(g, key=index.__getitem__))
    dag = nx.condensation(g)
    members = {c: sorted(dag.nodes[c]["members"], key=index.__getitem__) for c in dag.nodes}
    order: list[str] = []
    for c in nx.lexicographical_topological_sort(dag, key=lambda c: index[members[c][0]]):
        order.extend(members[c])
    return order


def _collect_sources(graph: Graph, specs: dict[str, NodeSpec], result: Analysis) -> None:
    """Index wires by destination port; report wires to unknown nodes or ports."""
    result.sources = {node_id: {} for node_id in graph.nodes}
    for e in graph.edges:
        (s_id, s_port), (d_id, d_port) = e.src, e.dst
        if d_id not in graph.nodes:
            result.graph_errors.append(f"wire {e} goes to a node that does not exist")
            continue
        if s_id not in graph.nodes:
            result.errors.setdefault(d_id, f"{d_id}: input '{d_port}' comes from a missing node '{s_id}'")
            continue
        if s_id in specs and s_port not in specs[s_id].outputs:
            result.errors.setdefault(s_id, f"{s_id}: has no output port '{s_port}'")
            continue
        if d_id in specs and d_port not in specs[d_id].inputs:
            result.errors.setdefault(d_id, f"{d_id}: has no input port '{d_port}'")
            continue
        if d_port in result.sources[d_id]:
            result.errors.setdefault(d_id, f"{d_id}: input '{d_port}' is connected twice")
            continue
        result.sources[d_id][d_port] = (s_id, s_port)


def _check_node(node_id: str, raw: dict[str, Any], spec: NodeSpec, result: Analysis) -> str | None:
    """Validate one node whose inputs are all inferred; returns an error message or None."""
    try:
        params = spec.validate_params(raw if isinstance(raw, dict) else {})
    except NodeError as exc:
        return str(exc)
    result.params[node_id] = params
    sources = result.sources[node_id]
    missing = [p for p in spec.inputs if p not in sources]
    if missing:
        names = " and ".join(f"'{p}'" for p in missing)
        return f"input{'s' if len(missing) > 1 else ''} {names} {'are' if len(missing) > 1 else 'is'} not connected"
    inputs: dict[str, TensorType] = {}
    for port, src in sources.items():
        t = result.output_type(src)
        if t is None:
            return f"input '{port}': {src[0]} gives no output '{src[1]}'"
        inputs[port] = t
    try:
        inferred = spec.infer(params, inputs)
    except ShapeError as exc:
        src = sources.get(exc.port) if exc.port else None
        return f"{exc} from {src[0]}" if src else str(exc)
    except NodeError as exc:
        return str(exc)
    except Exception as exc:  # a bug in a shape rule must not take the window down
        return f"internal error in shape rule: {type(exc).__name__}: {exc}"
    if not isinstance(inferred, Inferred) or any(p not in inferred.outputs for p in spec.outputs):
        return f"internal error in shape rule: it gave no type for every output of {spec.type}"
    result.inferred[node_id] = inferred
    return None
