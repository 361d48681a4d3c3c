"""The canvas's commands as QActions, with their shortcuts: the window puts them in its Edit
and View menus and the canvas in its right-click menus, so every habit is discoverable with
its key shown.

Shortcuts follow Blender's node editor where there is a habit to meet: Ctrl+X deletes with
reconnect (and also puts the nodes on the clipboard, so Ctrl+X, Ctrl+V still moves them as a
cut would); Shift+Delete is the plain Cut. Home and "." frame everything and the selection,
Ctrl+J puts the selection in a frame, Alt+P takes it out, F2 renames, M bypasses (mutes) the
selected nodes, Alt+D makes a linked duplicate (sharing the weights), Ctrl+Alt+G makes a block (Ctrl+G is Snap to Grid),
Tab enters the selected block and Esc leaves it. Mouse gestures (the
knife, reroute lines) are listed with their gesture; choosing them from the menu arms them for
the next left-drag.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from nodeflow.i18n import QT_TRANSLATE_NOOP
from nodeflow.ui.canvas.arrange import ALIGNMENTS
from nodeflow.ui.i18n.live import keep

if TYPE_CHECKING:
    from nodeflow.ui.canvas.view import CanvasView


class CanvasActions:
    """Every action is a child of the view, named `action...` for tests and automation."""

    def __init__(self, view: CanvasView) -> None:
        self.view = view
        K = QKeySequence.StandardKey
        v, e = view, view.edits
        a = self._make
        self.cut = a("actionCut", QT_TRANSLATE_NOOP("CanvasActions", "Cu&t"), v.cut_selected, ["Shift+Del"],
                     QT_TRANSLATE_NOOP("CanvasActions", "Copy the selection to the clipboard and delete it (its wires go with it)"))
        self.copy = a("actionCopy", QT_TRANSLATE_NOOP("CanvasActions", "&Copy"), v.copy_selected, [K.Copy])
        self.paste = a("actionPaste", QT_TRANSLATE_NOOP("CanvasActions", "&Paste"), v.paste, [K.Paste],
                       QT_TRANSLATE_NOOP("CanvasActions", "Paste the copied nodes at the mouse pointer"))
        self.duplicate = a("actionDuplicate", QT_TRANSLATE_NOOP("CanvasActions", "D&uplicate"), v.duplicate_selected, ["Ctrl+D"])
        self.linked_duplicate = a(
            "actionLinkedDuplicate", QT_TRANSLATE_NOOP("CanvasActions", "Duplicate &Linked"), e.linked_duplicate, ["Alt+D"],
            QT_TRANSLATE_NOOP("CanvasActions", "A second use of the selected layer that shares its weights (one set of "
                              "weights used twice, as a siamese network needs); Blender's Alt+D"))
        self.bypass = a(
            "actionBypass", QT_TRANSLATE_NOOP("CanvasActions", "&Bypass"), e.bypass_selected, ["M"],
            QT_TRANSLATE_NOOP("CanvasActions", "Let the selected nodes pass their input through unchanged (press M "
                              "again to take it off): train without a Dropout or a BatchNorm and compare"))
        self.make_block = a(
            "actionMakeBlock", QT_TRANSLATE_NOOP("CanvasActions", "Make &Block"), e.make_block, ["Ctrl+Alt+G"],
            QT_TRANSLATE_NOOP("CanvasActions", "Collapse the selected nodes into one block card whose ports are the wires "
                              "that crossed the selection (it trains as the nodes it holds)"))
        self.ungroup_block = a(
            "actionUngroupBlock", QT_TRANSLATE_NOOP("CanvasActions", "&Ungroup Block"), e.ungroup_block, ["Alt+G"],
            QT_TRANSLATE_NOOP("CanvasActions", "Put the selected block's nodes back on the canvas, wired as its ports were"))
        # Tab and Esc stay the canvas's own keys (Tab opens the quick search unless one block card
        # is selected; Esc cancels a wire first): the menu shows them without binding them
        self.enter_block = a(
            "actionEnterBlock", QT_TRANSLATE_NOOP("CanvasActions", "&Enter Block\tTab"), lambda: v.enter_block(), None,
            QT_TRANSLATE_NOOP("CanvasActions", "Edit the selected block's inside: its nodes and wires, between cards for "
                              "its inputs and outputs (double-clicking the card does it too)"))
        self.leave_block = a(
            "actionLeaveBlock", QT_TRANSLATE_NOOP("CanvasActions", "&Leave Block\tEsc"), v.leave_block, None,
            QT_TRANSLATE_NOOP("CanvasActions", "Back from a block's inside to the graph"))
        self.save_block = a(
            "actionSaveBlockToLibrary", QT_TRANSLATE_NOOP("CanvasActions", "Save Block to Li&brary…"),
            v.save_block_to_library, None,
            QT_TRANSLATE_NOOP("CanvasActions", "Keep the selected block in your block library: the palette's Blocks "
                              "lists it, to place as often as you like (each placement owns a copy)"))
        self.delete = a("actionDelete", QT_TRANSLATE_NOOP("CanvasActions", "&Delete"), v.delete_selected, [K.Delete])
        self.delete_reconnect = a(
            "actionDeleteReconnect", QT_TRANSLATE_NOOP("CanvasActions", "Delete and &Reconnect"), e.delete_reconnect, ["Ctrl+X"],
            QT_TRANSLATE_NOOP("CanvasActions", "Delete the selected nodes and wire what fed them to what they fed, so the chain stays "
                              "connected (Blender's Ctrl+X); the nodes also go to the clipboard"))
        self.rename = a("actionRename", QT_TRANSLATE_NOOP("CanvasActions", "Re&name…"), e.rename_selected, ["F2"],
                        QT_TRANSLATE_NOOP("CanvasActions", "Rename the selected node (its wires follow) or frame"))
        self.select_all = a("actionSelectAll", QT_TRANSLATE_NOOP("CanvasActions", "Select &All"), v.select_all, [K.SelectAll])
        self.select_same_type = a("actionSelectSameType", QT_TRANSLATE_NOOP("CanvasActions", "Select Same &Type"), v.select_same_type, ["Ctrl+Shift+A"],
                                  QT_TRANSLATE_NOOP("CanvasActions", "Select every node of the selected nodes' types"))
        self.frame = a("actionFrameNodes", QT_TRANSLATE_NOOP("CanvasActions", "Put in a &Frame"), e.frame_selected, ["Ctrl+J"],
                       QT_TRANSLATE_NOOP("CanvasActions", "Draw a titled, coloured frame around the selected nodes; it moves with them"))
        self.unframe = a("actionUnframe", QT_TRANSLATE_NOOP("CanvasActions", "Take Out of Frame"), e.unframe_selected, ["Alt+P"])
        self.knife = a("actionKnife", QT_TRANSLATE_NOOP("CanvasActions", "Cut Wires\tCtrl+Right-drag"), lambda: v.arm_gesture("knife"), None,
                       QT_TRANSLATE_NOOP("CanvasActions", "Drag a line across wires to cut them (or choose this, then drag with the left button)"))
        self.reroute = a("actionRerouteLine", QT_TRANSLATE_NOOP("CanvasActions", "Add Reroute Points\tShift+Right-drag"),
                         lambda: v.arm_gesture("reroute"), None,
                         QT_TRANSLATE_NOOP("CanvasActions", "Drag a line across wires to add a bend point on each (double-click a wire adds one)"))

        self.zoom_fit = a("actionZoomToFit", QT_TRANSLATE_NOOP("CanvasActions", "&Zoom to Fit"), v.zoom_to_fit, ["Home", "F"],
                          QT_TRANSLATE_NOOP("CanvasActions", "Show the whole graph: every card, wire and frame"))
        self.zoom_selection = a("actionZoomToSelection", QT_TRANSLATE_NOOP("CanvasActions", "Zoom to &Selection"), v.zoom_to_selection, ["."],
                                QT_TRANSLATE_NOOP("CanvasActions", "Show the selected nodes"))
        self.auto_layout = a("actionAutoLayout", QT_TRANSLATE_NOOP("CanvasActions", "Auto &Layout"), e.auto_layout, ["Ctrl+Alt+L"],
                             QT_TRANSLATE_NOOP("CanvasActions", "Lay the graph out left to right by depth, with few crossing wires"))
        self.minimap = a("actionMinimap", QT_TRANSLATE_NOOP("CanvasActions", "&Minimap"), None, ["Ctrl+Shift+M"],
                         QT_TRANSLATE_NOOP("CanvasActions", "Show the whole graph in a corner while part of it is off screen"))
        self.minimap.setCheckable(True)
        self.minimap.setChecked(True)
        self.minimap.toggled.connect(v.set_minimap_enabled)
        self.align = {
            how: a(f"actionAlign{how.title()}", text, lambda _c=False, how=how: e.align(how), None)
            for how, text in ALIGNMENTS.items()
        }
        self.distribute_h = a("actionDistributeHorizontally", QT_TRANSLATE_NOOP("CanvasActions", "Distribute Horizontally"),
                              lambda: e.distribute(True), None, QT_TRANSLATE_NOOP("CanvasActions", "Equal gaps between the selected nodes, left to right"))
        self.distribute_v = a("actionDistributeVertically", QT_TRANSLATE_NOOP("CanvasActions", "Distribute Vertically"),
                              lambda: e.distribute(False), None, QT_TRANSLATE_NOOP("CanvasActions", "Equal gaps between the selected nodes, top to bottom"))

    def _make(self, name: str, text: str, slot: Callable[[], object] | None, keys: list | None,
              tip: str = "") -> QAction:
        action = QAction(self.view)
        action.setObjectName(name)
        keep(action, "setText", text)
        if keys:
            action.setShortcuts([QKeySequence(k) for k in keys])
        if tip:
            keep(action, "setStatusTip", tip)
            keep(action, "setToolTip", tip)
        if slot is not None:
            action.triggered.connect(lambda _checked=False: slot())
        # canvas-only keys: Delete in the palette or Ctrl+A in a text field stay theirs
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.view.addAction(action)
        return action

    @property
    def edit_menu(self) -> list[QAction | None]:
        """The Edit menu's canvas part, in order (None: a separator)."""
        return [self.cut, self.copy, self.paste, self.duplicate, self.linked_duplicate, self.delete,
                self.delete_reconnect, None, self.bypass, self.make_block, self.ungroup_block,
                self.enter_block, self.leave_block, self.save_block,
                self.rename, self.frame, self.unframe, None, self.knife, self.reroute, None,
                self.select_all, self.select_same_type]

    @property
    def view_menu(self) -> list[QAction | None]:
        return [self.zoom_fit, self.zoom_selection, self.minimap]

    @property
    def arrange_menu(self) -> list[QAction | None]:
        return [self.auto_layout, None, *self.align.values(), None, self.distribute_h, self.distribute_v]
