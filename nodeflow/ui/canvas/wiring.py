"""Wiring by dragging: from an output to an input (or backwards), lifting a wire off an input
to move or remove it, dropping onto an occupied input to replace its wire, and dropping on
empty canvas to pick, in the quick search, a node type that can take the port, created
already wired.

A wire the graph cannot take is refused with the reason in the canvas's message strip; when
the destination's shape rule names a fix (a missing Flatten), the strip offers it as a button
that makes the wire through the inserted node.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF

from nodeflow.graph.document import Edge, GraphError, PortRef
from nodeflow.i18n import translate
from nodeflow.nodes import NodeError
from nodeflow.ui.canvas import candidates, theme
from nodeflow.ui.canvas.fixes import Fix, fix_for
from nodeflow.ui.canvas.layout import port_offset
from nodeflow.ui.canvas.port_item import PortItem
from nodeflow.ui.canvas.wire_item import RubberWire
from nodeflow.ui.commands import ConnectCommand, RewireCommand
from nodeflow.ui.edit_commands import AddWiredNodeCommand, ConnectThroughCommand

if TYPE_CHECKING:
    from nodeflow.ui.canvas.view import CanvasView


@dataclass(frozen=True)
class Verdict:
    """Why a wire is refused, and the fix its destination's shape rule offers, if any."""

    reason: str
    fix: Fix | None = None


@dataclass(frozen=True)
class PendingWire:
    """A wire dropped on empty canvas, waiting for the quick search to name the other end."""

    port: PortRef
    from_output: bool
    remove: tuple[Edge, ...]
    choices: dict[str, str]
    """Type name -> the new node's port that the wire goes to."""


class WireTool:
    def __init__(self, view: CanvasView) -> None:
        self.view = view
        self.wire: RubberWire | None = None
        self.start: PortItem | None = None
        self.states: dict[PortItem, str] = {}
        self.picked: Edge | None = None
        """The wire lifted off an input by the drag in progress (drawn hidden until dropped)."""
        self.pending: PendingWire | None = None
        self.ghost: RubberWire | None = None

    @property
    def scene(self):
        return self.view.scene()

    @property
    def graph(self):
        return self.view.graph

    @property
    def active(self) -> bool:
        return self.wire is not None

    # ---------------------------------------------------------------- checks
    @staticmethod
    def ends(start: PortItem, other: PortItem) -> tuple[PortRef, PortRef]:
        return (start.ref, other.ref) if start.is_output else (other.ref, start.ref)

    def quick_refusal(self, src: PortRef, dst: PortRef) -> str | None:
        """A cheap check for highlighting while dragging: port rules, then the destination's
        own shape rule fed with the types the current analysis knows."""
        try:
            self.graph.check_connection(src, dst, replace=True)  # an occupied input: its wire is replaced
        except GraphError as exc:
            return str(exc)
        a = self.scene.analysis
        t = a.output_type(src)
        params = a.params.get(dst[0])
        if t is None or params is None:
            return None
        spec = self.graph.nodes[dst[0]].spec
        inputs = dict(a.input_types(dst[0]))
        inputs[dst[1]] = t
        if any(p not in inputs for p in spec.inputs):
            return None
        try:
            spec.infer(params, inputs)
        except NodeError as exc:
            return f"{dst[0]}: {exc}"
        except Exception:  # a faulty shape rule: let the full check decide
            return None
        return None

    def check(self, src: PortRef, dst: PortRef, remove: list[Edge] | None = None) -> Verdict | None:
        """Why `src -> dst` must not be wired (after taking out the wires in `remove`), or None:
        port rules, then the analysis of a copy of the graph with the wire added — a new error
        on the destination (a shape mismatch, a cycle) refuses it; a still-unconnected second
        input does not."""
        trial = self.graph.copy()
        for edge in remove or ():
            trial.disconnect(edge)
        try:
            trial.check_connection(src, dst)
        except GraphError as exc:
            return Verdict(str(exc))
        before = self.scene.analysis.errors.get(dst[0])
        trial.connect(src, dst)
        after = self.scene.analyzer(trial)
        message = after.errors.get(dst[0])
        if message and message != before and dst[0] not in after.inferred and "not connected" not in message:
            fix = fix_for(trial, after, dst[0])
            return Verdict(message, fix if fix is not None and fix.port == dst[1] else None)
        return None

    # ------------------------------------------------------------------ drag
    def begin(self, port: PortItem) -> None:
        view = self.view
        if view.locked:
            view.say(view.LOCKED)
            return
        source = None if port.is_output else self.graph.source_of(port.ref)
        if source is not None and self.scene.port_item(source) is not None:
            # a connected input: lift its wire off and carry it by its loose end
            self.picked = Edge(source, port.ref)
            self.scene.wires[self.picked].setVisible(False)
            port = self.scene.port_item(source)  # type: ignore[assignment]
        self.start = port
        self.wire = RubberWire(port.scenePos(), port.is_output)
        self.scene.addItem(self.wire)
        self.states = {}
        for item in self.scene.nodes.values():
            for other in (item.inputs if port.is_output else item.outputs).values():
                src, dst = self.ends(port, other)
                if self.quick_refusal(src, dst) is None:
                    self.states[other] = "candidate"
                    other.set_state("candidate")

    def follow(self, pos: QPoint) -> None:
        if self.wire is None:
            return
        self.wire.follow(self.view.mapToScene(pos))
        hovered = self.view.port_at(pos)
        for port, state in self.states.items():
            port.set_state(state)
        if hovered is not None and hovered not in self.states and hovered is not self.start:
            hovered.set_state("refused")
            self.states[hovered] = ""

    def cancel(self) -> None:
        if self.wire is not None:
            self.scene.removeItem(self.wire)
        for port in self.states:
            port.set_state("")
        if self.picked is not None and self.picked in self.scene.wires:
            self.scene.wires[self.picked].setVisible(True)
        self.wire, self.start, self.states, self.picked = None, None, {}, None

    def finish(self, pos: QPoint) -> None:
        """Drop the dragged wire: connect, move a lifted wire, replace an occupied input's wire,
        remove a lifted wire dropped on empty canvas, or open the quick search for a fresh wire
        dropped there; each is one undo step."""
        view = self.view
        start, picked = self.start, self.picked
        target = view.port_at(pos)
        self.cancel()
        if start is None:
            return
        if picked is not None and target is None:
            self.scene.push(lambda: RewireCommand(self.graph, [picked], None))
            view.say(translate("WireTool", "Removed the wire {wire}").format(
                wire=f"{picked.src[0]}.{picked.src[1]} → {picked.dst[0]}.{picked.dst[1]}"), "info")
            return
        if target is None:
            self._offer_new_node(start, pos)
            return
        if target is start or (picked is not None and target.ref == picked.dst):
            return  # put back where it was
        remove = [picked] if picked is not None else []
        if target.is_output == start.is_output:
            verdict = Verdict(translate("WireTool", "cannot wire an output to an output") if start.is_output
                              else translate("WireTool", "cannot wire an input to an input"))
            src = dst = None
        else:
            src, dst = self.ends(start, target)
            existing = self.graph.source_of(dst)
            if existing is not None and Edge(existing, dst) not in remove:
                remove.append(Edge(existing, dst))  # an occupied input: the new wire replaces its wire
            verdict = self.check(src, dst, remove)
        if verdict is None:
            assert src is not None and dst is not None
            if remove:
                self.scene.push(lambda: RewireCommand(self.graph, remove, (src, dst)))
            else:
                self.scene.push(lambda: ConnectCommand(self.graph, src, dst))
            return
        actions = []
        if verdict.fix is not None and src is not None and dst is not None:
            fix = verdict.fix
            actions.append((fix.label, lambda: self.connect_through(src, dst, fix.insert, remove)))
        view.say(verdict.reason, "error", actions)

    def connect_through(self, src: PortRef, dst: PortRef, type_name: str, remove: list[Edge]) -> None:
        """Make the refused wire through a new node of the fix's type, placed between the cards."""
        live = [e for e in remove if e in self.graph.edges]
        pos = self.scene.between(src[0], dst[0], type_name)
        self.scene.push(lambda: ConnectThroughCommand(self.graph, src, dst, type_name, pos, live))

    # ---------------------------------------------------- wire into nowhere
    def _offer_new_node(self, start: PortItem, pos: QPoint) -> None:
        """A fresh wire dropped on empty canvas: the quick search, showing only the types whose
        shape rule takes the port."""
        analysis = self.scene.analysis
        if start.is_output:
            choices = candidates.consumers(analysis.output_type(start.ref))
            remove: tuple[Edge, ...] = ()
        else:
            node = self.graph.nodes[start.node_id]
            params = analysis.params.get(start.node_id) or node.spec.validate_params({})
            others = {p: t for p, t in analysis.input_types(start.node_id).items() if p != start.name}
            choices = candidates.producers(node.spec, params, start.name, others)
            src = self.graph.source_of(start.ref)
            remove = (Edge(src, start.ref),) if src is not None else ()
        self.pending = PendingWire(start.ref, start.is_output, remove, choices)
        self.ghost = RubberWire(start.scenePos(), start.is_output)  # where the new node will be wired
        self.ghost.follow(self.view.mapToScene(pos))
        self.scene.addItem(self.ghost)
        what = f"{start.node_id}.{start.name}"
        self.view.open_quick_search(pos, allowed=list(choices), title=translate("WireTool", "Wire {port} to…").format(port=what))

    def drop_pending(self) -> None:
        """The quick search closed without a choice (or with one): nothing is waiting any more."""
        self.pending = None
        if self.ghost is not None:
            if self.ghost.scene() is not None:
                self.scene.removeItem(self.ghost)
            self.ghost = None

    def create_pending(self, type_name: str, scene_pos: QPointF) -> str | None:
        """The quick search named the type: create it with its port under the drop point."""
        pending = self.pending
        self.drop_pending()
        if pending is None or type_name not in pending.choices:
            return None
        port = pending.choices[type_name]
        from nodeflow.nodes import REGISTRY

        spec = REGISTRY.get(type_name)
        if pending.from_output:  # the new node takes the wire on its input, left edge
            want = QPointF(scene_pos.x(), scene_pos.y() - port_offset(spec.inputs.index(port)))
        else:
            want = QPointF(scene_pos.x() - theme.NODE_WIDTH, scene_pos.y() - port_offset(spec.outputs.index(port)))
        pos = self.scene.free_position(type_name, want)
        made: list[AddWiredNodeCommand] = []

        def make() -> AddWiredNodeCommand:
            made.append(AddWiredNodeCommand(self.graph, type_name, pos, port, pending.port,
                                            new_is_source=not pending.from_output, remove=pending.remove))
            return made[0]

        if not self.scene.push(make):
            return None
        return made[0].node_id
