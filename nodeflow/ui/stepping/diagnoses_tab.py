"""The Diagnoses tab: a copy of the graph trained for a few epochs off the GUI thread, and its
findings, each a plain sentence with a fix; clicking one selects its node."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nodeflow.compute.diagnose import Diagnosis, diagnose
from nodeflow.i18n.engine import engine_text
from nodeflow.ui.training.background import BackgroundRunner


class DiagnosesTab(QWidget):
    """Findings of a few epochs of stepping, each with its fix; clicking one selects its node."""

    nodePicked = Signal(str)
    diagnosed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = BackgroundRunner(self, "diagnoseThread")
        self.runner.finished.connect(self._on_finished)
        self.runner.failed.connect(self._on_failed)
        self.runner.ended.connect(lambda: self.run_button.setEnabled(True))
        self.run_button = QPushButton(objectName="diagnoseRun")
        self.epochs = QSpinBox(objectName="diagnoseEpochs")
        self.epochs.setRange(1, 500)
        self.epochs.setValue(6)
        self.epochs_label = QLabel()
        self.epochs_label.setBuddy(self.epochs)
        self.list = QListWidget(objectName="diagnosesList")
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._picked)
        self.list.itemClicked.connect(self._picked)
        self.status = QLabel(objectName="diagnoseStatus")
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.run_button)
        top.addWidget(self.epochs_label)
        top.addWidget(self.epochs)
        top.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        self.found: list[Diagnosis] | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.run_button.setText(self.tr("Diagnose"))
        self.run_button.setToolTip(self.tr("Train a copy for a few epochs, one batch at a time, and look for "
                                           "dead units, saturation, vanishing or exploding gradients, a rising "
                                           "loss, NaN and over-fitting"))
        self.epochs_label.setText(self.tr("Epochs"))
        if self.found is None:
            self.status.setText(self.tr("Nothing diagnosed yet"))

    def run(self, graph: Any, base_dir: str | None) -> bool:
        """Diagnose a copy of `graph` off the GUI thread; `diagnosed(list)` follows."""
        if self.runner.running:
            return False
        from nodeflow.graph import io

        copy = io.loads(io.dumps(graph))  # the window may edit the graph meanwhile
        epochs = self.epochs.value()
        self.run_button.setEnabled(False)
        self.status.setText(self.tr("Diagnosing: training a copy for {n} epochs…").format(n=epochs))
        return self.runner.run_in_background(lambda: diagnose(copy, epochs=epochs, base_dir=base_dir))

    def _on_failed(self, message: str) -> None:
        self.found = []
        self.list.clear()
        self.status.setText(self.tr("Cannot diagnose: {reason}").format(reason=engine_text(message)))
        self.diagnosed.emit([])

    def _on_finished(self, found: list[Diagnosis]) -> None:
        self.show_found(found)
        self.diagnosed.emit(found)

    def show_found(self, found: list[Diagnosis]) -> None:
        self.found = found
        self.list.clear()
        for d in found:
            where = f"{d.node}: " if d.node else ""
            item = QListWidgetItem(f"⚠ {where}{d.message}\n    → {d.fix}")
            item.setData(Qt.ItemDataRole.UserRole, d.node or "")
            item.setToolTip(d.fix)
            self.list.addItem(item)
        self.status.setText(self.tr("No problem found") if not found else
                            self.tr("{n} findings: click one to see its node explained").format(n=len(found)))

    def _picked(self, item: QListWidgetItem) -> None:
        node = item.data(Qt.ItemDataRole.UserRole)
        if node:
            self.nodePicked.emit(node)
