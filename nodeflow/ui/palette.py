"""The palette: every registered node type, grouped by category, searchable, draggable.

It is built from `REGISTRY.by_category()` alone. Dragging an entry carries the type name as
UTF-8 under `NODE_MIME`, which the canvas accepts; double-clicking (or Enter in the search box,
or Add to Canvas in its right-click menu) emits `nodeRequested(type_name)`, which the window
turns into a card near the canvas's centre that covers no other.

Below the node types, a "Blocks" category lists the block library (`nodeflow.blocks`): the
shipped blocks, then the user's own. Their entries carry `block:<key>` instead of a type name;
the canvas places a copy of the block's definition for each (its own weights).
"""

from __future__ import annotations

import weakref

import shiboken6
from PySide6.QtCore import QEvent, QMimeData, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QIcon, QPixmap
from PySide6.QtWidgets import QLineEdit, QMenu, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from nodeflow.i18n import QT_TRANSLATE_NOOP
from nodeflow.i18n.node_strings import node_help
from nodeflow.nodes import REGISTRY, NodeSpec
from nodeflow.ui.i18n.live import keep, text_of
from nodeflow.ui.icons import category_chip, category_title

NODE_MIME = "application/x-nodeflow-node-type"
TYPE_ROLE = Qt.ItemDataRole.UserRole
HELP_ROLE = Qt.ItemDataRole.UserRole + 2
BLOCKS = "blocks"
"""The category key of the block library's entries (not a node category)."""


class PaletteTree(QTreeWidget):
    """The tree; only node entries (not category headers) can be dragged."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paletteTree")
        self.setHeaderHidden(True)
        self.setDragEnabled(True)
        self.setDragDropMode(QTreeWidget.DragDropMode.DragOnly)
        self.setRootIsDecorated(True)
        self.setIndentation(14)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.parent_palette().open_menu(self.itemAt(event.pos()), event.globalPos())
        event.accept()

    def parent_palette(self) -> Palette:
        return self.parentWidget()  # type: ignore[return-value]

    def mimeTypes(self) -> list[str]:
        return [NODE_MIME]

    def mimeData(self, items: list[QTreeWidgetItem]) -> QMimeData:
        data = QMimeData()
        types = [it.data(0, TYPE_ROLE) for it in items if it.data(0, TYPE_ROLE)]
        if types:
            data.setData(NODE_MIME, types[0].encode("utf-8"))
            data.setText(types[0])
        return data


def _follow_library(palette: Palette) -> None:
    """List newly saved library blocks in `palette` for as long as it lives (a weak reference:
    the library's event never keeps a closed window's palette, nor calls into a deleted one)."""
    from nodeflow import blocks as library

    ref = weakref.ref(palette)

    def refresh() -> None:
        p = ref()
        if p is None or not shiboken6.isValid(p):
            library.CHANGED.disconnect(refresh)
            return
        p.refresh_blocks()

    library.CHANGED.connect(refresh)


class Palette(QWidget):
    """Search box above the categorised tree of node types."""

    nodeRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("palettePanel")
        self.search = QLineEdit(objectName="paletteSearch")
        keep(self.search, "setPlaceholderText", QT_TRANSLATE_NOOP("Palette", "Search nodes…"))
        self.search.setClearButtonEnabled(True)
        self.tree = PaletteTree(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        self.last_menu: QMenu | None = None
        self._populate()
        _follow_library(self)
        self.search.textChanged.connect(self.filter)
        self.search.returnPressed.connect(self._request_first)
        self.tree.itemActivated.connect(self._activated)

    def _populate(self) -> None:
        for category, specs in REGISTRY.by_category().items():
            if not specs:
                continue
            header = QTreeWidgetItem([category_title(category)])
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = header.font(0)
            font.setBold(True)
            header.setFont(0, font)
            header.setData(0, Qt.ItemDataRole.UserRole + 1, category)
            self.tree.addTopLevelItem(header)
            for spec in specs:
                header.addChild(self._entry(spec))
        self._add_blocks()
        self.tree.expandAll()

    def _add_blocks(self) -> None:
        from nodeflow import blocks as library
        from nodeflow.i18n import translate
        from nodeflow.ui.canvas import theme
        from nodeflow.ui.file_ops import data_dir

        found, _problems = library.entries(library.user_folder(data_dir()))
        header = QTreeWidgetItem([translate("Palette", "Blocks")])
        header.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = header.font(0)
        font.setBold(True)
        header.setFont(0, font)
        header.setData(0, Qt.ItemDataRole.UserRole + 1, BLOCKS)
        header.setToolTip(0, translate("Palette", "Blocks built once and placed many times: each placement owns a copy "
                                                  "(Alt+D on one makes a linked placement that shares its weights)"))
        self.tree.addTopLevelItem(header)
        chip = QPixmap(12, 12)
        chip.fill(theme.BLOCK)
        for entry in found:
            name = entry.key.split("/", 1)[1]
            title = text_of(library.SHIPPED_TITLES[name]) if entry.shipped and name in library.SHIPPED_TITLES \
                else entry.title
            item = QTreeWidgetItem([title])
            item.setIcon(0, QIcon(chip))
            inner = ", ".join(f"{n.type}" for n in entry.block.nodes.values())
            tip = text_of(library.SHIPPED_HELP[name]) if entry.shipped and name in library.SHIPPED_HELP else entry.help
            item.setToolTip(0, f"{tip}\n{inner}".strip())
            item.setData(0, HELP_ROLE, f"{entry.title} {entry.help} {inner}")
            item.setData(0, TYPE_ROLE, library.PREFIX + entry.key)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled)
            header.addChild(item)

    def refresh_blocks(self) -> None:
        """A block was saved to the library: list it."""
        for i in range(self.tree.topLevelItemCount()):
            if self.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole + 1) == BLOCKS:
                self.tree.takeTopLevelItem(i)
                break
        self._add_blocks()
        self.filter(self.search.text())

    def blocks(self) -> dict[str, str]:
        """The block library's visible entries: title -> what the entry carries (`block:<key>`)."""
        for i in range(self.tree.topLevelItemCount()):
            header = self.tree.topLevelItem(i)
            if header.data(0, Qt.ItemDataRole.UserRole + 1) == BLOCKS and not header.isHidden():
                return {header.child(j).text(0): header.child(j).data(0, TYPE_ROLE)
                        for j in range(header.childCount()) if not header.child(j).isHidden()}
        return {}

    @staticmethod
    def _entry(spec: NodeSpec) -> QTreeWidgetItem:
        item = QTreeWidgetItem([spec.type])
        item.setIcon(0, category_chip(spec.category))
        item.setToolTip(0, node_help(spec))
        item.setData(0, HELP_ROLE, spec.help)  # English too: a search in either language finds it
        item.setData(0, TYPE_ROLE, spec.type)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled)
        return item

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "tree"):
            self.tree.clear()  # headings and help in the new language, the search kept
            self._populate()
            self.filter(self.search.text())
        super().changeEvent(event)

    # ----------------------------------------------------------------- queries
    def categories(self) -> dict[str, list[str]]:
        """Visible entries by category key, in display order (used by tests and automation)."""
        result: dict[str, list[str]] = {}
        for i in range(self.tree.topLevelItemCount()):
            header = self.tree.topLevelItem(i)
            if header.isHidden():
                continue
            key = header.data(0, Qt.ItemDataRole.UserRole + 1)
            if key == BLOCKS:
                continue  # see blocks()
            result[key] = [
                header.child(j).data(0, TYPE_ROLE)
                for j in range(header.childCount())
                if not header.child(j).isHidden()
            ]
        return result

    def item_for(self, type_name: str) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            header = self.tree.topLevelItem(i)
            for j in range(header.childCount()):
                if header.child(j).data(0, TYPE_ROLE) == type_name:
                    return header.child(j)
        return None

    # ----------------------------------------------------------------- actions
    def filter(self, text: str) -> None:
        """Show entries whose type name or help contains every word typed (case-insensitive)."""
        words = text.lower().split()
        for i in range(self.tree.topLevelItemCount()):
            header = self.tree.topLevelItem(i)
            visible = 0
            for j in range(header.childCount()):
                item = header.child(j)
                english = item.data(0, HELP_ROLE) or ""
                haystack = f"{item.text(0)} {item.toolTip(0)} {english} {header.text(0)}".lower()
                hide = not all(w in haystack for w in words)
                item.setHidden(hide)
                visible += not hide
            header.setHidden(visible == 0)
        self.tree.expandAll()

    def menu_for(self, item: QTreeWidgetItem | None) -> QMenu:
        """The right-click menu for an entry (or the empty tree)."""
        menu = QMenu(self)
        menu.setObjectName("paletteMenu")
        type_name = item.data(0, TYPE_ROLE) if item is not None else None
        if type_name:
            add = menu.addAction(self.tr("Add {type} to the Canvas").format(type=item.text(0)))
            add.setObjectName("actionPaletteAdd")
            add.setToolTip(self.tr("Placed near the canvas's centre, where it covers no other card (as a double-click)"))
            add.triggered.connect(lambda: self.nodeRequested.emit(type_name))
            text = item.toolTip(0)
            about = menu.addAction(text if len(text) <= 80 else text[:77] + "…")  # what it does, to read
            about.setToolTip(text)
            about.setEnabled(False)
            menu.addSeparator()
        find = menu.addAction(self.tr("Search Nodes…"))
        find.triggered.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
        menu.addAction(self.tr("Expand All")).triggered.connect(self.tree.expandAll)
        menu.addAction(self.tr("Collapse All")).triggered.connect(self.tree.collapseAll)
        return menu

    def open_menu(self, item: QTreeWidgetItem | None, global_pos) -> QMenu:  # noqa: ANN001
        menu = self.menu_for(item)
        menu.aboutToHide.connect(menu.deleteLater)
        self.last_menu = menu
        menu.popup(global_pos)
        return menu

    def _request_first(self) -> None:
        for types in self.categories().values():
            if types:
                self.nodeRequested.emit(types[0])
                return

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        type_name = item.data(0, TYPE_ROLE)
        if type_name:
            self.nodeRequested.emit(type_name)
