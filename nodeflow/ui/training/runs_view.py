"""RunsView: the document's runs as a list: name, what changed, result; show, hide, rename, delete.

Newest first. The tick box shows or hides a run's curves; the name is edited in place
(double-click or F2); Delete (the key, the button or the context menu) removes a run; picking
a row draws that run in the bold curves. The view keeps nothing: it redraws from the
`RunHistory` it is given and reports edits as signals.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nodeflow.graph import runs as R
from nodeflow.i18n import translate
from nodeflow.ui.i18n.engine import engine_text

ID_ROLE = Qt.ItemDataRole.UserRole
NAME_ROLE = Qt.ItemDataRole.UserRole + 1
SHOWN_ROLE = Qt.ItemDataRole.UserRole + 2
BAD = "#c0392b"
WARN = "#b8860b"


def start_text(history: R.RunHistory, run: R.Run) -> str:
    """How a run started, in words: "fresh weights", "continues Run 2", "continues the saved weights"."""
    if run.start == R.CONTINUE:
        parent = history.get(run.parent)
        return translate("RunsView", "continues {run}").format(run=parent.name if parent is not None else translate("RunsView", "a deleted run"))
    if run.start == R.FILE:
        return translate("RunsView", "continues the saved weights")
    return translate("RunsView", "fresh weights")


def result_summary(result: R.RunResult) -> str:
    """`Result.summary()` in the window's language: "test accuracy 96.7%", "diverged at epoch 1"."""
    n = result.epochs
    if result.status == R.RUNNING:
        return translate("RunsView", "running, epoch {n}").format(n=n) if n else translate("RunsView", "running")
    if result.status in (R.DIVERGED, R.ERROR):
        text = result.message.split(";")[0].strip()
        if result.status == R.DIVERGED:
            return engine_text(text.replace("training ", ""))
        return translate("RunsView", "error: {reason}").format(reason=engine_text(text) if text else translate("RunsView", "unknown"))
    if result.status == R.STOPPED:
        parts = [translate("RunsView", "stopped after 1 epoch") if n == 1 else translate("RunsView", "stopped after {n} epochs").format(n=n)]
    elif result.status == R.EARLY_STOPPED:
        parts = [translate("RunsView", "stopped early at epoch {n}").format(n=n)]
    else:
        parts = [translate("RunsView", "1 epoch") if n == 1 else translate("RunsView", "{n} epochs").format(n=n)]
    if result.test_acc is not None:
        parts.append(translate("RunsView", "test accuracy {value}").format(value=f"{result.test_acc:.1%}"))
    elif result.test_loss is not None:
        parts.append(translate("RunsView", "test loss {value}").format(value=f"{result.test_loss:.4g}"))
    if result.warnings:
        more = translate("RunsView", " (+{n} more)").format(n=len(result.warnings) - 1) if len(result.warnings) > 1 else ""
        parts.append(f"⚠ {engine_text(result.warnings[0])}{more}")
    return " · ".join(parts)


def changes_text(history: R.RunHistory, run: R.Run) -> str:
    """What the list's second column says: how the run started when it continues, then the
    settings that differ from the run before it ("first run", "same settings")."""
    changes = history.changes(run)
    before = history.previous(run)
    parts = [start_text(history, run)] if run.start != R.FRESH else []
    if changes:
        parts.append(", ".join(changes))
    elif before is None:
        parts.append(translate("RunsView", "first run"))
    elif run.start == R.FRESH:
        parts.append(translate("RunsView", "same settings"))
    return "; ".join(parts)


def tooltip(history: R.RunHistory, run: R.Run) -> str:
    lines = [f"{run.name} ({start_text(history, run)})"]
    if run.created:
        lines.append(translate("RunsView", "started {time}").format(time=run.created.replace("T", " ")[:19]))
    before = history.previous(run)
    changes = history.changes(run)
    if before is not None:
        lines.append(translate("RunsView", "changed from {run}: {changes}").format(
            run=before.name, changes=", ".join(changes) if changes else translate("RunsView", "nothing")))
    lines.append(result_summary(run.result))
    if run.result.message:
        lines.append(engine_text(run.result.message))
    lines.extend(f"⚠ {engine_text(w)}" for w in run.result.warnings)
    return "\n".join(lines)


class RunsView(QWidget):
    """`visibilityChanged(run id, shown)`, `renamed(run id, name)`, `deleteRequested(run id)`,
    `picked(run id)` (a row was selected)."""

    visibilityChanged = Signal(str, bool)
    renamed = Signal(str, str)
    deleteRequested = Signal(str)
    picked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runsView")
        self.tree = QTreeWidget(objectName="runsList")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels(["", "", ""])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.tree.setColumnWidth(0, 130)
        self.tree.setColumnWidth(2, 240)
        self.tree.itemChanged.connect(self._on_item_changed)
        self.tree.itemSelectionChanged.connect(self._on_selection)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._menu)

        self.tree.installEventFilter(self)  # the Delete key deletes the selected run
        self.delete_button = QPushButton(objectName="deleteRun")
        self.delete_button.clicked.connect(self.delete_selected)
        self.rename_button = QPushButton(objectName="renameRun")
        self.rename_button.clicked.connect(self.rename_selected)
        self.hint = QLabel(objectName="runsHint")
        self.hint.setStyleSheet("color: #666;")
        bar = QHBoxLayout()
        bar.addWidget(self.hint, 1)
        bar.addWidget(self.rename_button)
        bar.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(bar)
        layout.addWidget(self.tree, 1)
        self._filling = False
        self.running: str | None = None
        self._history: R.RunHistory | None = None
        self._update_buttons()
        self.retranslate()

    def retranslate(self) -> None:
        """Headers, buttons and the rows in the current language (again on a LanguageChange)."""
        self.tree.setHeaderLabels([self.tr("Run"), self.tr("Changed"), self.tr("Result")])
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected run from the list (Delete)"))
        self.rename_button.setText(self.tr("Rename"))
        self.rename_button.setToolTip(self.tr("Rename the selected run (F2 or double-click its name)"))
        if self._history is not None:
            self.set_runs(self._history, self.selected_id(), self.running)
        else:
            self.hint.setText(self.tr("No runs yet: press Train."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "hint"):
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------------ model -> view
    def set_runs(self, history: R.RunHistory, shown: str | None = None, running: str | None = None) -> None:
        """List `history`'s runs, newest first; `shown` is the run in the bold curves (selected),
        `running` the one training now (not deletable). Rows of the same runs are updated in
        place (this may be called from an edit of one of them)."""
        self._filling = True
        self.running = running
        self._history = history
        runs = list(reversed(history.runs))
        ids = [self.tree.topLevelItem(i).data(0, ID_ROLE) for i in range(self.tree.topLevelItemCount())]
        if ids != [r.id for r in runs]:
            self.tree.clear()
            for run in runs:
                item = QTreeWidgetItem()
                item.setData(0, ID_ROLE, run.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable)
                self.tree.addTopLevelItem(item)
        for i, run in enumerate(runs):
            self._fill(self.tree.topLevelItem(i), history, run)
        item = self.item_for(shown) if shown else None
        if item is not None and not item.isSelected():
            self.tree.setCurrentItem(item)
        n = len(history)
        if n:
            self.hint.setText(self.tr("1 run · tick to show, double-click a name to rename") if n == 1
                              else self.tr("{n} runs · tick to show, double-click a name to rename").format(n=n))
        else:
            self.hint.setText(self.tr("No runs yet: press Train."))
        self._filling = False
        self._update_buttons()

    @staticmethod
    def _fill(item: QTreeWidgetItem, history: R.RunHistory, run: R.Run) -> None:
        item.setData(0, NAME_ROLE, run.name)
        item.setData(0, SHOWN_ROLE, run.visible)
        item.setText(0, run.name)
        item.setText(1, changes_text(history, run))
        item.setText(2, result_summary(run.result))
        item.setCheckState(0, Qt.CheckState.Checked if run.visible else Qt.CheckState.Unchecked)
        tip = tooltip(history, run)
        for column in range(3):
            item.setToolTip(column, tip)
        if run.result.status in (R.DIVERGED, R.ERROR):
            item.setForeground(2, _brush(BAD))
        elif run.result.warnings:
            item.setForeground(2, _brush(WARN))
        else:
            item.setData(2, Qt.ItemDataRole.ForegroundRole, None)

    def item_for(self, run_id: str) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, ID_ROLE) == run_id:
                return item
        return None

    def selected_id(self) -> str | None:
        items = self.tree.selectedItems()
        return items[0].data(0, ID_ROLE) if items else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.tree and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)  # type: ignore[attr-defined]
                and self.tree.state() != QAbstractItemView.State.EditingState):
            self.delete_selected()
            return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ view -> signals
    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        """A tick or a name edited in the first column: report what changed."""
        if self._filling or column != 0:
            return
        run_id = item.data(0, ID_ROLE)
        shown = item.checkState(0) == Qt.CheckState.Checked
        if item.data(0, SHOWN_ROLE) != shown:
            item.setData(0, SHOWN_ROLE, shown)
            self.visibilityChanged.emit(run_id, shown)
        elif item.text(0) != item.data(0, NAME_ROLE):
            self.renamed.emit(run_id, item.text(0))

    def _on_selection(self) -> None:
        self._update_buttons()
        run_id = self.selected_id()
        if run_id is not None and not self._filling:
            self.picked.emit(run_id)

    def _update_buttons(self) -> None:
        run_id = self.selected_id()
        self.delete_button.setEnabled(run_id is not None and run_id != self.running)
        self.rename_button.setEnabled(run_id is not None)

    def delete_selected(self) -> None:
        run_id = self.selected_id()
        if run_id is not None and run_id != self.running:
            self.deleteRequested.emit(run_id)

    def rename_selected(self) -> None:
        items = self.tree.selectedItems()
        if items:
            self.tree.editItem(items[0], 0)

    def _menu(self, pos: QPoint) -> None:
        item = self.tree.itemAt(pos)
        if item is None:
            return
        self.tree.setCurrentItem(item)
        run_id = item.data(0, ID_ROLE)
        shown = item.checkState(0) == Qt.CheckState.Checked
        menu = QMenu(self)
        toggle = menu.addAction(self.tr("Hide curves") if shown else self.tr("Show curves"))
        toggle.triggered.connect(lambda: item.setCheckState(0, Qt.CheckState.Unchecked if shown else Qt.CheckState.Checked))
        menu.addAction(self.tr("Rename"), lambda: self.tree.editItem(item, 0))
        delete = menu.addAction(self.tr("Delete"), lambda: self.deleteRequested.emit(run_id))
        delete.setEnabled(run_id != self.running)
        menu.popup(self.tree.viewport().mapToGlobal(pos))


def _brush(color: str) -> QBrush:
    return QBrush(QColor(color))
