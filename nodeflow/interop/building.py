"""Turning an imported model into an editable graph: nodes, wires, weights, a readable layout,
and the Dataset the user picks.

What an import gives: the model's layers as nodes (ids from the model's own layer names where
they are valid), its weights as `{"node/param": array}` for the `.npz` beside the graph, and a
Dataset node in front. A model carries no data, so unless the file says how it was trained
(nodeflow's own ONNX files do, and a Keras file may name its loss and optimizer), the Dataset
is a placeholder (`source` npz with no file yet, `standardize` off so inputs reach the model as
they are); `nodeflow check` then says that it needs a file, and the graph's description says
what shape of `x` the model expects and what to add to train it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from nodeflow.graph.document import Graph, GraphError
from nodeflow.interop.safe_files import ImportRefused
from nodeflow.nodes import REGISTRY, NodeError

COLUMN = 280
ROW = 170
DATA_ID = "data"
PLACEHOLDER = {"source": "npz", "standardize": False}
_ID_OK = re.compile(r"^[A-Za-z0-9_.\-]{1,64}$")


@dataclass
class Imported:
    """An imported model: the graph, its weights and what the user should know (one line each)."""

    graph: Graph
    arrays: dict[str, np.ndarray]
    notes: list[str] = field(default_factory=list)


class GraphBuilder:
    """Collects nodes and weights in model order; `finish` adds the set-up and the layout."""

    def __init__(self, name: str, source: str, head: dict | None = None) -> None:
        self.source = source
        self.graph = Graph(_clean_text(name) or "Imported model")
        self.arrays: dict[str, np.ndarray] = {}
        self.notes: list[str] = []
        self.head = head
        data_id = DATA_ID
        if head is not None:
            data_id = str(head.get("dataset", {}).get("id") or DATA_ID)
        self.data_id = self.graph.add_node("Dataset", dict(PLACEHOLDER), node_id=self._free_id(data_id, "data")).id
        self.reserved = {str(n.get("id")) for n in (head or {}).get("losses", []) + (head or {}).get("optimizers", [])}

    @property
    def input(self) -> tuple[str, str]:
        return (self.data_id, "x")

    def _free_id(self, wanted: str | None, type_name: str) -> str:
        if wanted and _ID_OK.match(wanted) and wanted not in self.graph.nodes and wanted not in getattr(
                self, "reserved", ()):
            return wanted
        return self.graph.new_id(type_name)

    def node(self, type_name: str, params: dict[str, Any], inputs: dict[str, tuple[str, str]],
             wanted_id: str | None = None) -> str:
        """Add a node with validated `params`, wired from `inputs` {port: (node, port)}."""
        spec = REGISTRY.get(type_name)
        try:
            spec.validate_params(params)
        except NodeError as exc:
            raise ImportRefused(f"{self.source}: {wanted_id or type_name}: {exc}") from None
        node_id = self._free_id(wanted_id, type_name)
        self.graph.add_node(type_name, params, node_id=node_id)
        for port, src in inputs.items():
            self.graph.connect(src, (node_id, port))
        return node_id

    def set_param(self, node_id: str, name: str, value: Any) -> None:
        self.graph.set_param(node_id, name, value)

    def weights(self, node_id: str, **arrays: np.ndarray) -> None:
        for name, value in arrays.items():
            self.arrays[f"{node_id}/{name}"] = np.ascontiguousarray(value, dtype=np.float32)

    def state(self, node_id: str, **arrays: np.ndarray) -> None:
        for name, value in arrays.items():
            self.arrays[f"{node_id}/state/{name}"] = np.ascontiguousarray(value, dtype=np.float32)

    # ------------------------------------------------------------------ finishing
    def finish(self, outputs: list[tuple[str, str]], input_shape: tuple[Any, ...], head_outputs: dict[str, tuple[str, str]]
               | None = None, description: str = "") -> Imported:
        """Add the training set-up (from `head`, when it fits) or explain the placeholder; lay out."""
        shape = "(" + ", ".join("N" if d is None else str(d) for d in input_shape) + ")"
        restored = self.head is not None and head_outputs is not None and self._restore(head_outputs)
        if not restored:
            self.notes.append(
                f"The Dataset '{self.data_id}' is a placeholder: the model expects x of shape {shape}; set its "
                "source (an npz file with arrays x and y, for example) to data of that shape.")
            if not any(node.spec.category == "loss" for node in self.graph.nodes.values()):
                self.notes.append(f"To train it, wire its output ({', '.join(n for n, _p in outputs)}) and the "
                                  "Dataset's y into a loss, and the loss into an optimizer.")
        self.graph.description = _clean_text(" ".join([description, *self.notes]).strip())
        layout(self.graph)
        return Imported(self.graph, self.arrays, self.notes)

    def _restore(self, head_outputs: dict[str, tuple[str, str]]) -> bool:
        """Put back the Dataset, losses, optimizers and settings a nodeflow ONNX file describes."""
        head = self.head or {}
        graph = self.graph.copy()
        try:
            graph.nodes[self.data_id].params = _valid("Dataset", head["dataset"]["params"])
            for loss in head["losses"]:
                pred = head_outputs[loss["pred"]]
                graph.add_node(loss["type"], _valid(loss["type"], loss["params"]), node_id=str(loss["id"]))
                graph.connect(pred, (str(loss["id"]), "pred"))
                graph.connect((self.data_id, "y"), (str(loss["id"]), "target"))
            for opt in head["optimizers"]:
                graph.add_node(opt["type"], _valid(opt["type"], opt["params"]), node_id=str(opt["id"]))
                graph.connect((str(opt["loss"]), "loss"), (str(opt["id"]), "loss"))
            from nodeflow.graph import io

            graph.training = io.graph_from_dict({**io.graph_to_dict(graph), "training": head["training"]}).training
        except (KeyError, TypeError, ValueError, NodeError, GraphError) as exc:
            self.notes.append(f"The file's training set-up was not restored ({exc}).")
            return False
        self.graph.replace_with(graph)
        self.graph.name = _clean_text(str(head.get("name") or self.graph.name))
        return True


def _valid(type_name: str, params: Any) -> dict[str, Any]:
    if not isinstance(params, dict):
        raise ValueError(f"{type_name} parameters are not an object")
    REGISTRY.get(type_name).validate_params(params)
    return dict(params)


def _clean_text(text: str) -> str:
    text = "".join(ch for ch in str(text) if ch >= " " or ch in "\n\t")
    return text.encode("utf-8", "replace").decode("utf-8")[:2000]


BAND = 6
"""Columns per band: a deeper model continues in a band below, as the bundled examples do."""


def layout(graph: Graph) -> None:
    """Left to right by depth (the longest path from the Dataset), each column top to bottom in
    model order; losses and optimizers after the layer they read. Past BAND columns the next
    depths start again at the left, below, so a deep model stays readable at any zoom."""
    depth: dict[str, int] = {}
    incoming: dict[str, list[str]] = {n: [] for n in graph.nodes}
    for e in graph.edges:
        incoming[e.dst[0]].append(e.src[0])
    from nodeflow.graph.analysis import analyze

    for node_id in analyze(graph).order:
        depth[node_id] = 1 + max((depth.get(src, 0) for src in incoming[node_id]), default=-1)
    rows: dict[int, int] = {}
    for node_id in graph.nodes:
        column = depth.get(node_id, 0)
        rows[column] = rows.get(column, 0) + 1
    band_height: dict[int, int] = {}
    for column, count in rows.items():
        band_height[column // BAND] = max(band_height.get(column // BAND, 0), count)
    band_top = {0: 0}
    for band in range(1, max(band_height, default=0) + 1):
        band_top[band] = band_top[band - 1] + band_height.get(band - 1, 1)
    placed: dict[int, int] = {}
    for node_id in graph.nodes:
        column = depth.get(node_id, 0)
        row = placed.get(column, 0)
        placed[column] = row + 1
        y = (band_top[column // BAND] + row) * ROW
        graph.nodes[node_id].pos = (float((column % BAND) * COLUMN), float(y))
