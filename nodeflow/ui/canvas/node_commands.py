"""Undoable canvas edits of nodes themselves: bypass (M) and the linked duplicate (Alt+D).

Bypass toggles `Node.bypass` (see `nodeflow.graph.bypass`); it is refused, with the reason,
for a node that cannot pass its input through. A linked duplicate is a second use of a layer
that shares the first one's weights (its `share` parameter names the owner), as a siamese
network or a GAN's discriminator needs; the engine trains one set of weights for both.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QUndoCommand

from nodeflow.graph import bypass
from nodeflow.graph.analysis import Analysis
from nodeflow.graph.document import Graph, GraphError
from nodeflow.i18n import translate
from nodeflow.nodes.spec import SHARE_PARAM


class SetBypassCommand(QUndoCommand):
    """Bypass the nodes (`on`) or take their bypass off. Bypassing refuses, with the first
    node's reason, when a node cannot pass its input through (`bypass.refusal`)."""

    def __init__(self, graph: Graph, node_ids: Iterable[str], on: bool, analysis: Analysis | None = None) -> None:
        self.graph, self.on = graph, bool(on)
        self.node_ids = [n for n in node_ids if graph.node(n).bypass != self.on]
        if not self.node_ids:
            raise GraphError(translate("NodeCommands", "nothing to change"))
        if self.on:
            for n in self.node_ids:
                reason = bypass.refusal(graph, n, analysis)
                if reason is not None:
                    raise GraphError(reason, n)
        first, count = self.node_ids[0], len(self.node_ids)
        if self.on:
            text = (translate("NodeCommands", "Bypass {node}").format(node=first) if count == 1
                    else translate("NodeCommands", "Bypass {n} nodes").format(n=count))
        else:
            text = (translate("NodeCommands", "Stop bypassing {node}").format(node=first) if count == 1
                    else translate("NodeCommands", "Stop bypassing {n} nodes").format(n=count))
        super().__init__(text)

    def redo(self) -> None:
        for n in self.node_ids:
            self.graph.set_bypass(n, self.on)

    def undo(self) -> None:
        for n in reversed(self.node_ids):
            self.graph.set_bypass(n, not self.on)


def weight_owner(graph: Graph, node_id: str) -> str:
    """The node whose weights `node_id` uses: itself, or the node its `share` names."""
    node = graph.node(node_id)
    other = node.params.get(SHARE_PARAM)
    return other if isinstance(other, str) and other and other in graph.nodes else node_id


def can_link(graph: Graph, node_id: str) -> str | None:
    """Why `node_id` cannot have a linked duplicate, or None when it can (its type declares a
    `share` parameter)."""
    node = graph.node(node_id)
    try:
        spec = node.spec
        spec.param(SHARE_PARAM)
    except (KeyError, Exception):
        return translate("NodeCommands", "{node}: a {type} cannot share its weights with a linked duplicate "
                                         "(only layers with a 'share' parameter, such as Dense, can)").format(
            node=node_id, type=node.type)
    return None


class LinkedDuplicateCommand(QUndoCommand):
    """Add a copy of each node that uses the original's weights (`share` = the owner's id), with
    no wires, shifted by `offset`; `ids` holds the new ids."""

    def __init__(self, graph: Graph, node_ids: Iterable[str], offset: tuple[float, float] = (40.0, 40.0)) -> None:
        self.graph = graph
        node_ids = list(node_ids)
        for n in node_ids:
            reason = can_link(graph, n)
            if reason is not None:
                raise GraphError(reason, n)
        if not node_ids:
            raise GraphError(translate("NodeCommands", "Select a layer to duplicate with linked weights"))
        self.made: list[tuple[str, str, dict, tuple[float, float] | None]] = []
        probe = Graph()
        probe.nodes = dict.fromkeys(graph.nodes)  # type: ignore[assignment]  # only keys matter for new_id
        for n in node_ids:
            node = graph.node(n)
            new = probe.new_id(n)
            probe.nodes[new] = None  # type: ignore[assignment]
            params = dict(node.params)
            params[SHARE_PARAM] = weight_owner(graph, n)
            pos = None if node.pos is None else (node.pos[0] + offset[0], node.pos[1] + offset[1])
            self.made.append((new, node.type, params, pos))
        self.ids = [m[0] for m in self.made]
        super().__init__(translate("NodeCommands", "Linked duplicate of {node}").format(node=node_ids[0])
                         if len(node_ids) == 1 else
                         translate("NodeCommands", "Linked duplicates of {n} nodes").format(n=len(node_ids)))

    def redo(self) -> None:
        for new, type_name, params, pos in self.made:
            self.graph.add_node(type_name, dict(params), pos, new)

    def undo(self) -> None:
        for new, *_rest in reversed(self.made):
            self.graph.remove_node(new)
