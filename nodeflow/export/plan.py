"""What both exporters need to know about a graph, read from the engine itself.

The graph is compiled with the engine's `Network` (so fusion, the backward plan and the
weight layout are the engine's, not a second opinion) and described as plain data: nodes in
run order with safe names, where each input comes from, which kernels are fused, the data
and optimizer parameters and the training settings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from nodeflow.graph.document import Graph, GraphError


class ExportError(Exception):
    """The graph cannot be exported; the message names the node and why (one line)."""


@dataclass
class Plan:
    graph: Graph
    analysis: Any
    network: Any
    names: dict[str, str]
    """node id -> safe identifier (`n<i>_<slug>`)."""
    slot_names: dict[int, str]
    """engine value slot -> variable name (`<node name>_<port>`)."""
    dataset: str
    optimizer: str | None
    loss: str | None
    epochs: int
    seed: int
    dtype: str
    patience: int
    restore_best: bool
    consumers: dict[str, list[str]] = field(default_factory=dict)
    """node -> the initialisation families (`NodeSpec.init_before`) its readers ask for."""
    blocks: dict[str, Any] = field(default_factory=dict)
    """block node id -> its definition (`nodeflow.graph.blocks.Block`), from the graph before it was
    flattened: the torch target writes one nn.Module per block definition."""

    @property
    def types(self) -> dict[str, str]:
        return self.network.node_types


def make_plan(graph: Graph, train: bool = True) -> Plan:
    """Compile `graph` with the engine and describe it; raises ExportError for a graph that
    is not valid or has nothing to export."""
    from nodeflow.compute.network import Network
    from nodeflow.compute.runtime.settings import SettingError, TrainingSettings
    from nodeflow.graph.analysis import analyze

    blocks = {n: node.block for n, node in graph.nodes.items() if node.block is not None}
    graph = graph.resolved()  # bypassed nodes pass their input through: export the graph without them
    analysis = analyze(graph)
    if not analysis.ok:
        raise ExportError(str(analysis.first_error))
    try:
        settings = TrainingSettings.read(graph.training)
        epochs, seed, dtype = settings.epochs, settings.seed, settings.dtype
        patience, restore_best = settings.patience, settings.restore_best
        network = Network.compile(graph, analysis, dtype, seed=seed)
    except (GraphError, SettingError) as exc:
        raise ExportError(str(exc)) from None
    if network.dataset_id is None:
        raise ExportError("the graph has no Dataset node: an exported script needs data to train on")
    if network.loss_id is None or network.loss_id not in network.kernels:
        raise ExportError("the graph has no loss computed from the data")
    if train and network.optimizer_id is None:
        raise ExportError("the graph has no optimizer node: wire a loss into one (e.g. Adam)")
    order = [n for n in analysis.order if n in graph.nodes]
    from nodeflow.export.naming import node_names

    names = node_names(order)
    slot_names = {slot: f"{names[node]}_{port}" for (node, port), slot in network._slots.items()}
    consumers: dict[str, list[str]] = {}
    for e in graph.edges:
        family = graph.nodes[e.dst[0]].spec.init_before
        consumers.setdefault(e.src[0], []).extend([family] if family else [])
    return Plan(
        graph=graph, analysis=analysis, network=network, names=names, slot_names=slot_names,
        dataset=network.dataset_id, optimizer=network.optimizer_id, loss=network.loss_id,
        epochs=epochs, seed=seed, dtype=dtype, patience=patience, restore_best=restore_best,
        consumers=consumers, blocks=blocks,
    )
