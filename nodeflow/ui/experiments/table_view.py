"""ResultsTable: one sortable row per variant (final and best losses, accuracy, epochs,
seconds, diverged), each row marked with its variant's colour."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from nodeflow.experiments import table
from nodeflow.i18n.engine import engine_text
from nodeflow.ui.experiments.colors import color

SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class _Item(QTableWidgetItem):
    """Shows text, sorts by the number behind it (missing values last)."""

    def __init__(self, text: str, key: Any) -> None:
        super().__init__(text)
        self.setData(SORT_ROLE, key)
        self.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if mine is None or theirs is None:
            return theirs is None and mine is not None
        try:
            return mine < theirs
        except TypeError:
            return str(mine) < str(theirs)


class ResultsTable(QTableWidget):
    """`set_rows(rows)` with `experiments.table.Row`s in variant order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 10, parent)
        self.setObjectName("variantResults")
        self.key = ""
        self.retranslate()
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # sized once per change
        header.setStretchLastSection(True)
        self.rows: list[table.Row] = []
        self.labels: list[str] | None = None

    def retranslate(self) -> None:
        """Headers and the rows' words in the current language (again on a LanguageChange)."""
        self.columns = (
            ("variant", self.key or self.tr("Variant")), ("status", self.tr("Status")), ("epochs", self.tr("Epochs")),
            ("train_loss", self.tr("Train loss")), ("val_loss", self.tr("Val loss")),
            ("best_val_loss", self.tr("Best val loss")), ("train_acc", self.tr("Train acc.")),
            ("val_acc", self.tr("Val acc.")), ("seconds", self.tr("Seconds")), ("diverged", self.tr("Diverged")),
        )
        self.setHorizontalHeaderLabels([title for _key, title in self.columns])
        if getattr(self, "rows", None):
            self._signature = None
            self.set_rows(self.rows, self.labels)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def status_text(self, status: str) -> str:
        names = {"waiting": self.tr("waiting"), "paused": self.tr("paused"),
                 "running": self.tr("running"), "finished": self.tr("finished"), "stopped": self.tr("stopped"),
                 "early_stopped": self.tr("stopped early"), "diverged": self.tr("diverged"),
                 "error": self.tr("failed")}
        return names.get(status, status)

    def set_key(self, key: str) -> None:
        """Name what the variants vary in the first column's header ("adam.type")."""
        self.key = key
        self.setHorizontalHeaderItem(0, QTableWidgetItem(key or self.tr("Variant")))

    def set_rows(self, rows: Sequence[table.Row], labels: Sequence[str] | None = None) -> None:
        """`labels`: what the first column shows for each row (default: the full setting).
        Rows that did not change since the last call are not rebuilt."""
        rows = list(rows)
        signature = [(r.status, r.epochs, r.message) for r in rows]
        if signature == getattr(self, "_signature", None) and len(rows) == self.rowCount():
            return
        self._signature = signature
        self.rows = rows
        self.labels = list(labels) if labels is not None else None
        sorting = self.isSortingEnabled()
        self.setSortingEnabled(False)
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, (key, _title) in enumerate(self.columns):
                value = getattr(row, key)
                if key == "variant":
                    item = _Item(str(labels[r]) if labels is not None and r < len(labels) else str(value), r)
                    item.setData(Qt.ItemDataRole.UserRole, str(value))
                    item.setToolTip(str(value))
                    item.setForeground(QBrush(QColor(color(r))))
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                    if row.message:
                        item.setToolTip(f"{value}: {engine_text(row.message)}")
                elif key == "status":
                    item = _Item(self.status_text(str(value)), str(value))
                    if row.message:
                        item.setToolTip(engine_text(row.message))
                elif key == "diverged":
                    item = _Item(self.tr("yes") if value else self.tr("no"), int(bool(value)))
                elif key in ("train_acc", "val_acc"):
                    item = _Item(table.fmt(value, percent=True), value)
                elif key == "seconds":
                    item = _Item("-" if value is None else f"{value:.2f}", value)
                elif key == "epochs":
                    item = _Item(str(value), value)
                else:
                    item = _Item(table.fmt(value), value)
                if key != "variant":
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(r, c, item)
        self.setSortingEnabled(sorting)
        self.resizeColumnsToContents()

    def column_texts(self, key: str) -> list[str]:
        """The shown texts of one column, top to bottom (as sorted now)."""
        c = [k for k, _t in self.columns].index(key)
        return [self.item(r, c).text() for r in range(self.rowCount())]

    def settings(self) -> list[str]:
        """Each row's full setting ("adam.type=Adam"), top to bottom (as sorted now)."""
        return [self.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(self.rowCount())]
