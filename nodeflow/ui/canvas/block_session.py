"""Entering a block (Tab or a double-click on its card; Esc leaves): the canvas edits its inside.

The canvas shows a *sub-document*: a `Graph` made from the block's definition
(`blocks.inner_graph`), with two port cards standing for the block's inputs and outputs. Every
edit there (a parameter, a node added, removed or wired, a move) is an ordinary canvas command,
pushed on a private `BlockEditStack`; as soon as it is done, the stack turns it into one
`EditBlockCommand` on the window's undo stack, which holds the definition before and after. So the
window's history only ever holds edits of the real document: Ctrl+Z undoes an inside edit (the
inside is made again from the definition), and nothing on the stack points at a sub-document that
is gone once the block is left. An edit that would leave no valid block (a port card deleted, a
block output unwired) is taken back on the spot, with the reason.

Shapes, parameter counts and errors inside come from the outer graph analysed with the edited
inside as the block's definition (`blocks.inner_analysis`): the inputs card shows the types the
wires into the block bring.

A linked placement (Alt+D) shares its definition and its weights: editing the inside of one edits
every placement linked with it. A copy (Ctrl+D, or a block placed from the library) is edited alone.
"""

from __future__ import annotations

import copy
import weakref
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack

from nodeflow.graph import blocks
from nodeflow.graph.analysis import Analysis
from nodeflow.graph.document import Graph, GraphError, Node
from nodeflow.i18n import translate
from nodeflow.i18n.engine import engine_text
from nodeflow.ui.canvas.scene import CanvasScene

if TYPE_CHECKING:
    from nodeflow.ui.canvas.view import CanvasView


def link_group(graph: Graph, block_id: str) -> list[str]:
    """The block nodes that share `block_id`'s definition and weights: its linked placements and
    the one they link to (just itself when it is not linked)."""
    def root(n: str) -> str:
        owner = blocks.linked_owner(graph, n)
        return n if owner is None else owner.id

    mine = root(block_id)
    return [n for n, node in graph.nodes.items() if node.block is not None and root(n) == mine]


class EditBlockCommand(QUndoCommand):
    """An edit inside a block: its definition (and that of every placement linked with it) before
    and after; each placement keeps its own title and link."""

    def __init__(self, graph: Graph, block_id: str, before: blocks.Block, after: blocks.Block, text: str) -> None:
        super().__init__(translate("BlockSession", "{edit} (in {block})").format(edit=text, block=block_id)
                         if text else translate("BlockSession", "Edit block {block}").format(block=block_id))
        self.graph = graph
        self.ids = link_group(graph, block_id)
        self.before = {n: copy.deepcopy(graph.nodes[n].block) for n in self.ids}
        self.after = copy.deepcopy(after)

    def _apply(self, definitions: dict[str, blocks.Block]) -> None:
        for n in self.ids:
            node = self.graph.node(n)
            node.block = copy.deepcopy(definitions[n])
            self.graph.changed.emit("block_changed", node)

    def redo(self) -> None:
        self._apply({n: blocks.Block(b.title, self.after.nodes, self.after.edges, self.after.inputs,
                                     self.after.outputs, b.shares) for n, b in self.before.items()})

    def undo(self) -> None:
        self._apply(self.before)


class BlockEditStack(QUndoStack):
    """The entered block's own stack: each command (or macro) pushed on it is handed to `commit`
    once done, which records it on the window's stack or refuses it (it is then undone here)."""

    def __init__(self, commit: Any, main: QUndoStack, parent: Any = None) -> None:
        super().__init__(parent)
        self._commit = commit
        self.main = main
        self._depth = 0
        self._macro = ""
        self.refused = False
        """The last edit was taken back (the canvas says why, and nothing else, until the next)."""

    def _start(self) -> None:
        self.clear()  # the commands handed over before: done with (kept until now for their callers)
        self.refused = False

    def push(self, command: QUndoCommand) -> None:
        if self._depth == 0:
            self._start()
        text = command.text()
        super().push(command)
        if self._depth == 0:
            self._settle(text)

    def beginMacro(self, text: str) -> None:
        if self._depth == 0:
            self._start()
            self._macro = text
        self._depth += 1
        super().beginMacro(text)

    def endMacro(self) -> None:
        super().endMacro()
        self._depth -= 1
        if self._depth == 0:
            self._settle(self._macro)

    def _settle(self, text: str) -> None:
        if self.count() and super().index() == self.count() and not self._commit(text):
            self.refused = True
            super().undo()

    # what the canvas undoes itself (a message's "Reconnect") is undone on the window's stack
    def undo(self) -> None:
        self.main.undo()

    def redo(self) -> None:
        self.main.redo()

    def canUndo(self) -> bool:
        return self.main.canUndo()

    def index(self) -> int:
        return self.main.index() if self._depth == 0 else super().index()


class BlockSession:
    """One entered block: its sub-document, stack and scene, kept in step with the definition."""

    def __init__(self, view: CanvasView, block_id: str) -> None:
        # no reference cycles through Qt objects: the session goes when the view lets it go (a cycle
        # would leave the window's undo stack to the garbage collector, at any later moment)
        self._view = weakref.ref(view)
        self.outer: Graph = view.graph
        self.main_stack: QUndoStack = view.undo_stack
        self.outer_scene: CanvasScene = view.scene()
        self.block_id = block_id
        node = self.outer.node(block_id)
        if node.block is None:
            raise GraphError(translate("BlockSession", "{node} is not a block").format(node=block_id), block_id)
        self.inner: Graph = blocks.inner_graph(node.block, block_id)
        self.inner.base_dir = self.outer.base_dir
        me = weakref.ref(self)
        self.stack = BlockEditStack(lambda text: (lambda s: s is not None and s._commit(text))(me()), self.main_stack, view)
        self._applying = False
        self.reloading = False
        self.refusal = ""
        self._pending = False
        self.scene = CanvasScene(self.inner, self.stack, view,
                                 analyzer=lambda g: me().analyze(g) if me() is not None else Analysis())
        self.outer.changed.connect(self._on_outer_changed)

    @property
    def view(self) -> Any:
        return self._view()

    @property
    def node(self) -> Node | None:
        node = self.outer.nodes.get(self.block_id)
        return node if node is not None and node.block is not None else None

    def analyze(self, graph: Graph) -> Analysis:
        return blocks.inner_analysis(self.outer, self.block_id, graph)

    def close(self) -> None:
        """Stop following the document; the scene's items go back to Python before the scene is
        deleted (Qt would delete them under their Python wrappers)."""
        self.outer.changed.disconnect(self._on_outer_changed)
        self.scene.detach()
        self.stack.clear()
        for item in list(self.scene.items()):
            if item.parentItem() is None:
                self.scene.removeItem(item)
        self.scene.nodes.clear()
        self.scene.wires.clear()
        self.scene.frames.clear()
        self.scene._wires_of.clear()

    # ------------------------------------------------------------------ edits
    def _commit(self, text: str) -> bool:
        node = self.node
        if node is None:
            return False
        try:
            after = blocks.definition_of(self.inner, node.block)
        except GraphError as exc:
            self.refusal = translate("BlockSession", "Not changed: {reason}").format(reason=engine_text(str(exc)))
            self.view.say(self.refusal)
            return False
        if after == node.block:
            return True  # a port card moved: nothing the block holds changed
        self._applying = True
        try:
            self.main_stack.push(EditBlockCommand(self.outer, self.block_id, node.block, after, text))
        finally:
            self._applying = False
        return True

    # ------------------------------------------------- the definition changed
    def _on_outer_changed(self, kind: str, *args: Any) -> None:
        if kind == "node_renamed" and args[0] == self.block_id:
            self.block_id = args[1]
            self.view.block_path_changed()
        elif kind == "reset":  # another document (New, Open): back to it
            QTimer.singleShot(0, self.view, lambda: self.view.leave_block() if self.view.block_session is self else None)
        elif kind == "block_changed" and not self._applying and args[0].id == self.block_id:
            self._reload()  # at once: what the canvas does next (a "Reconnect") works on the inside as it is now
        elif kind in ("node_removed", "node_added") and args and getattr(args[0], "id", None) == self.block_id:
            self._schedule()

    def _schedule(self) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self.view, self._settle)

    def _settle(self) -> None:
        """After an undo, a redo or an edit outside: leave when the block is gone, else make the
        inside again from its definition (the port cards stay where they were)."""
        self._pending = False
        if self.view.block_session is not self:
            return
        if self.node is None:
            self.view.leave_block()
            return
        self._reload()

    def _reload(self) -> None:
        node = self.node
        if node is None:
            return
        if blocks.definition_of(self.inner, node.block, strict=False) == node.block:
            return
        fresh = blocks.inner_graph(node.block, self.block_id)
        for card in blocks.CARDS:
            if card in self.inner.nodes:
                fresh.nodes[card].pos = self.inner.nodes[card].pos
        fresh.base_dir = self.outer.base_dir
        self.stack.clear()
        self.reloading = True
        try:
            self.inner.replace_with(fresh)
        finally:
            self.reloading = False
