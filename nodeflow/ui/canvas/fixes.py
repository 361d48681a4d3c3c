"""One-click fixes for shape errors, read from the node declarations: a shape rule that knows
what would fix its input raises `ShapeError(..., fix_insert="Flatten")`; here that rule is
run again on the analysed input types to find out (no message text is searched)."""

from __future__ import annotations

from dataclasses import dataclass

from nodeflow.graph.analysis import Analysis
from nodeflow.graph.document import Graph
from nodeflow.i18n import translate
from nodeflow.nodes import ShapeError


@dataclass(frozen=True)
class Fix:
    node: str
    """The node whose input does not fit."""
    port: str
    """That input port."""
    insert: str
    """The node type to insert on the wire into it."""

    @property
    def label(self) -> str:
        return translate("CanvasMenu", "Insert {type}").format(type=self.insert)


def fix_for(graph: Graph, analysis: Analysis, node_id: str) -> Fix | None:
    """The fix the node's shape rule offers for its current inputs, if any."""
    node = graph.nodes.get(node_id)
    params = analysis.params.get(node_id)
    if node is None or params is None or node_id in analysis.inferred:
        return None
    try:
        spec = node.spec
    except Exception:  # an unknown type: the analysis reports it
        return None
    inputs = analysis.input_types(node_id)
    if any(p not in inputs for p in spec.inputs):
        return None
    try:
        spec.infer(params, inputs)
    except ShapeError as exc:
        if exc.fix_insert and exc.port in spec.inputs:
            return Fix(node_id, exc.port, exc.fix_insert)
    except Exception:  # a faulty rule or another error: nothing to offer
        return None
    return None
