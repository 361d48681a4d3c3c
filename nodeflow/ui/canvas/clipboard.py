"""Copy and paste of nodes: the selection (and the wires among it) as a small `.nodeflow`
document, put on the system clipboard as "application/x-nodeflow-nodes" and as plain text,
so it can be pasted into another window or read in a text editor."""

from __future__ import annotations

import json
from collections.abc import Iterable

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from nodeflow.graph.document import Edge, Graph, GraphError, Node
from nodeflow.graph.io import graph_from_dict, graph_to_dict
from nodeflow.i18n import translate

MIME = "application/x-nodeflow-nodes"


def subgraph(graph: Graph, node_ids: Iterable[str]) -> Graph:
    """A copy of the given nodes and the edges that run between them (none to the outside)."""
    keep = [n for n in graph.nodes if n in set(node_ids)]
    full = graph.copy()
    part = Graph(graph.name)
    part.nodes = {n: full.nodes[n] for n in keep}
    part.edges = [e for e in full.edges if e.src[0] in part.nodes and e.dst[0] in part.nodes]
    return part


def to_text(graph: Graph, node_ids: Iterable[str]) -> str:
    return json.dumps(graph_to_dict(subgraph(graph, node_ids)), indent=1, ensure_ascii=False)


def from_text(text: str) -> tuple[list[Node], list[Edge]]:
    """Nodes and edges from copied text; raises GraphError when it is not a nodeflow fragment."""
    try:
        data = json.loads(text)
    except (ValueError, TypeError):
        raise GraphError(translate("Clipboard", "the clipboard holds no nodeflow nodes")) from None
    part = graph_from_dict(data)
    return list(part.nodes.values()), list(part.edges)


def copy_nodes(graph: Graph, node_ids: Iterable[str]) -> str:
    """Put the nodes on the clipboard; returns the text that was put there."""
    text = to_text(graph, node_ids)
    mime = QMimeData()
    mime.setData(MIME, text.encode("utf-8"))
    mime.setText(text)
    QGuiApplication.clipboard().setMimeData(mime)
    return text


def clipboard_text() -> str | None:
    """The copied nodes as text, preferring our own mime type; None when there is nothing usable."""
    mime = QGuiApplication.clipboard().mimeData()
    if mime is None:
        return None
    if mime.hasFormat(MIME):
        return bytes(mime.data(MIME).data()).decode("utf-8")
    if mime.hasText() and '"nodeflow"' in mime.text():
        return mime.text()
    return None
