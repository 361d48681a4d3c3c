"""Right-click menus on the canvas: on empty canvas, on a card, on a wire, on a frame. They
hold the same actions as the window's menus (shortcuts shown), plus what only makes sense
where the click was: add a node here, paste here, insert a node on this wire, a bend point
here, the frame's colour and note."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QMenu

from nodeflow.i18n import translate
from nodeflow.i18n.node_strings import node_help
from nodeflow.nodes import REGISTRY
from nodeflow.ui.canvas.frame_item import FrameItem
from nodeflow.ui.canvas.node_item import NodeItem
from nodeflow.ui.canvas.wire_item import RerouteHandle, WireItem
from nodeflow.ui.commands import ReplaceNodeTypeCommand
from nodeflow.ui.i18n.live import text_of
from nodeflow.ui.icons import category_chip, category_title
from nodeflow.ui.layout_commands import FRAME_COLORS

if TYPE_CHECKING:
    from nodeflow.ui.canvas.view import CanvasView


def context_menu(view: CanvasView, scene_pos: QPointF) -> QMenu:
    """The menu for a right-click at `scene_pos` (what is under it decides which)."""
    item = next((i for i in view.scene().items(scene_pos)
                 if isinstance(i, (NodeItem, WireItem, FrameItem, RerouteHandle))), None)
    if isinstance(item, RerouteHandle):
        item = item.wire
    menu = QMenu(view)
    menu.setObjectName("canvasContextMenu")
    if isinstance(item, NodeItem):
        _select_for_menu(view, item)
        _node_menu(view, menu, item)
    elif isinstance(item, WireItem):
        _wire_menu(view, menu, item, scene_pos)
    elif isinstance(item, FrameItem):
        _select_for_menu(view, item)
        _frame_menu(view, menu, item)
    else:
        _canvas_menu(view, menu, scene_pos)
    return menu


def _select_for_menu(view: CanvasView, item) -> None:  # noqa: ANN001
    """A right-click on something not selected acts on it alone (as in every editor)."""
    if not item.isSelected():
        view.scene().clearSelection()
        item.setSelected(True)


def _add(menu: QMenu, actions) -> None:  # noqa: ANN001
    for a in actions:
        if a is None:
            menu.addSeparator()
        else:
            menu.addAction(a)


def add_node_menu(view: CanvasView, parent: QMenu, scene_pos: QPointF, title: str | None = None) -> QMenu:
    sub = parent.addMenu(title or translate("CanvasMenu", "&Add Node"))
    sub.setObjectName("menuAddNode")
    for category, specs in REGISTRY.by_category().items():
        if not specs:
            continue
        group = sub.addMenu(category_chip(category), category_title(category))
        for spec in specs:
            action = group.addAction(spec.type)
            action.setToolTip(node_help(spec))
            action.setData(spec.type)
            action.triggered.connect(lambda _c=False, t=spec.type: view.add_node_free(t, scene_pos))
    return sub


def _canvas_menu(view: CanvasView, menu: QMenu, scene_pos: QPointF) -> None:
    acts = view.acts
    add_node_menu(view, menu, scene_pos)
    search = menu.addAction(translate("CanvasMenu", "Search Nodes…\tTab"))
    search.triggered.connect(lambda: view.open_quick_search(view.mapFromScene(scene_pos)))
    here = menu.addAction(translate("CanvasMenu", "Paste Here"))
    here.setObjectName("actionPasteHere")
    here.triggered.connect(lambda: view.paste(at=scene_pos))
    menu.addSeparator()
    _add(menu, [acts.select_all, None, acts.zoom_fit, acts.zoom_selection, acts.auto_layout, acts.minimap,
                None, acts.knife, acts.reroute])
    if view.block_session is not None:
        _add(menu, [None, acts.leave_block])


def _node_menu(view: CanvasView, menu: QMenu, item: NodeItem) -> None:
    acts = view.acts
    fix = item.fix.fix if item.fix.isVisible() else None
    if fix is not None:
        action = menu.addAction(translate("CanvasMenu", "Fix: {fix}").format(fix=fix.label))
        action.setObjectName("actionApplyFix")
        action.triggered.connect(lambda: view.scene().apply_fix(fix))
        menu.addSeparator()
    _add(menu, [acts.rename, acts.bypass, None, acts.cut, acts.copy, acts.duplicate, acts.linked_duplicate,
                None, acts.delete, acts.delete_reconnect, None])
    spec = view.graph.nodes[item.node_id].spec
    swaps = [s.type for s in REGISTRY if s.category == spec.category and s.inputs == spec.inputs
             and s.outputs == spec.outputs and s.type != spec.type]
    if swaps and spec.type in REGISTRY:  # not for a block card or a block's port card
        change = menu.addMenu(translate("CanvasMenu", "Change &Type"))
        change.setObjectName("menuChangeType")
        for t in swaps:
            change.addAction(t).triggered.connect(lambda _c=False, t=t: _change_type(view, t))
    blockish = [acts.enter_block, acts.save_block] if view.graph.nodes[item.node_id].block is not None else []
    _add(menu, [acts.select_same_type, None, acts.frame, acts.unframe, acts.make_block, acts.ungroup_block, *blockish,
                None, acts.zoom_selection])
    arrange = menu.addMenu(translate("CanvasMenu", "A&rrange"))
    _add(arrange, view.acts.arrange_menu[2:])


def _change_type(view: CanvasView, type_name: str) -> None:
    ids = [n for n in view.scene().selected_node_ids() if view.graph.nodes[n].type != type_name]
    spec = REGISTRY.get(type_name)
    ids = [n for n in ids if view.graph.nodes[n].spec.inputs == spec.inputs
           and view.graph.nodes[n].spec.outputs == spec.outputs]
    if not ids:
        return
    stack = view.undo_stack
    stack.beginMacro(translate("CanvasMenu", "Change {node} to {type}").format(node=ids[0], type=type_name) if len(ids) == 1
                     else translate("CanvasMenu", "Change {n} nodes to {type}").format(n=len(ids), type=type_name))
    try:
        for n in ids:
            view.scene().push(lambda n=n: ReplaceNodeTypeCommand(view.graph, n, type_name))
    finally:
        stack.endMacro()


def _wire_menu(view: CanvasView, menu: QMenu, wire: WireItem, scene_pos: QPointF) -> None:
    edge = wire.edge
    insert = menu.addMenu(translate("CanvasMenu", "&Insert Node Here"))
    insert.setObjectName("menuInsertNode")
    analysis = view.scene().analysis
    t = analysis.output_type(edge.src)
    from nodeflow.ui.canvas.candidates import consumers

    fits = consumers(t)
    for category, specs in REGISTRY.by_category().items():
        usable = [s for s in specs if s.type in fits and s.outputs and s.inputs and s.inputs[0] == fits[s.type]]
        if not usable:
            continue
        group = insert.addMenu(category_chip(category), category_title(category))
        for spec in usable:
            group.addAction(spec.type).triggered.connect(
                lambda _c=False, s=spec.type: view.insert_on_wire(edge, s, scene_pos))
    bend = menu.addAction(translate("CanvasMenu", "Add Reroute Point Here\tDouble-click"))
    bend.setObjectName("actionAddRerouteHere")
    bend.triggered.connect(lambda: view.edits.add_reroute(wire, scene_pos))
    if wire.handles:
        straighten = menu.addAction(translate("CanvasMenu", "Remove Reroute Points"))
        straighten.triggered.connect(lambda: view.straighten(edge))
    menu.addSeparator()
    delete = menu.addAction(translate("CanvasMenu", "&Delete Wire"))
    delete.setObjectName("actionDeleteWire")
    delete.triggered.connect(lambda: view.delete_wires([edge]))
    _add(menu, [None, view.acts.knife])


def _frame_menu(view: CanvasView, menu: QMenu, item: FrameItem) -> None:
    frame_id = item.frame_id
    rename = menu.addAction(translate("CanvasMenu", "Re&name…\tF2"))
    rename.triggered.connect(view.edits.rename_selected)
    note = menu.addAction(translate("CanvasMenu", "Edit &Note…"))
    note.setObjectName("actionFrameNote")
    note.triggered.connect(lambda: view.edits.edit_frame_note(frame_id))
    colors = menu.addMenu(translate("CanvasMenu", "&Colour"))
    colors.setObjectName("menuFrameColour")
    for name, hex_color in FRAME_COLORS.items():
        action = colors.addAction(text_of(name))
        action.setData(hex_color)
        action.triggered.connect(lambda _c=False, c=hex_color: view.edits.edit_frame(frame_id, color=c))
    menu.addSeparator()
    select = menu.addAction(translate("CanvasMenu", "Select Its Nodes"))
    select.triggered.connect(lambda: view.select_nodes(view.graph.frames[frame_id].nodes))
    remove = menu.addAction(translate("CanvasMenu", "&Remove Frame (keep the nodes)\tDel"))
    remove.setObjectName("actionRemoveFrame")
    remove.triggered.connect(view.delete_selected)
