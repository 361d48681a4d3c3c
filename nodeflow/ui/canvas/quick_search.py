"""Quick search: a small popup over the canvas with a line edit and the node types matching
what is typed (name, category or help text); Enter creates the chosen type at the cursor.

Opened from a wire dropped on empty canvas it lists only the types that can take that wire
(`allowed`), and says so in its title; when nothing matches it says that too.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from nodeflow.i18n.node_strings import category_name
from nodeflow.nodes import REGISTRY


class QuickSearch(QFrame):
    """Emits `chosen(type_name)` and hides itself; Escape or losing focus just hides it
    (`dismissed`)."""

    chosen = Signal(str)
    dismissed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("quickSearch")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.title = QLabel(self, objectName="quickSearchTitle")
        self.title.hide()
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Add node…"))
        self.edit.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setUniformItemSizes(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.edit)
        layout.addWidget(self.list)
        self.resize(260, 300)
        self.allowed: list[str] | None = None
        self.edit.textChanged.connect(self.filter)
        self.edit.installEventFilter(self)
        self.list.itemActivated.connect(lambda item: self._choose(item.data(Qt.ItemDataRole.UserRole)))
        self.hide()

    def popup(self, x: int, y: int, allowed: list[str] | None = None, title: str = "") -> None:
        """Show at (x, y) in the parent; `allowed` limits the list to those types."""
        self.allowed = None if allowed is None else list(allowed)
        self.title.setText(title)
        self.title.setVisible(bool(title))
        parent = self.parentWidget()
        if parent is not None:
            x = max(0, min(x, parent.width() - self.width()))
            y = max(0, min(y, parent.height() - self.height()))
        self.move(x, y)
        self.edit.clear()
        self.filter("")
        self.show()
        self.raise_()
        self.edit.setFocus()

    def filter(self, text: str) -> None:
        """Types whose name starts with the text first, then those that merely contain it."""
        needle = text.strip().lower()
        ranked = []
        for spec in REGISTRY:
            if self.allowed is not None and spec.type not in self.allowed:
                continue
            name = spec.type.lower()
            if not needle or name.startswith(needle):
                rank = 0
            elif needle in name:
                rank = 1
            elif needle in spec.category or needle in spec.help.lower():
                rank = 2
            else:
                continue
            ranked.append((rank, spec))
        ranked.sort(key=lambda r: r[0])  # stable: palette order within a rank
        self.list.clear()
        for _rank, spec in ranked:
            item = QListWidgetItem(f"{spec.type}    ·  {category_name(spec.category)}")
            item.setData(Qt.ItemDataRole.UserRole, spec.type)
            item.setToolTip(spec.help)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
            return
        if self.allowed is not None and not self.allowed:
            why = self.tr("No node type can take this wire")
        elif self.allowed is not None:
            why = self.tr("No node type that can take this wire matches “{text}”").format(text=text.strip())
        else:
            why = self.tr("No node type matches “{text}”").format(text=text.strip())
        empty = QListWidgetItem(why)
        empty.setFlags(Qt.ItemFlag.NoItemFlags)
        empty.setData(Qt.ItemDataRole.UserRole, None)
        self.list.addItem(empty)

    def current_type(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def names(self) -> list[str]:
        """The types listed now (for tests and automation)."""
        return [t for i in range(self.list.count()) if (t := self.list.item(i).data(Qt.ItemDataRole.UserRole))]

    def close_search(self) -> None:
        if self.isVisible():
            self.hide()
            self.dismissed.emit()

    def _choose(self, type_name: str | None) -> None:
        if not type_name:
            return
        self.hide()
        self.chosen.emit(type_name)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._choose(self.current_type())
                return True
            if key == Qt.Key.Key_Escape:
                self.close_search()
                self.parentWidget().setFocus()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(self.list.count() - 1, self.list.currentRow() + step))
                self.list.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)
