"""TrainingSettings: epochs, seed and early-stopping patience, bound to `graph.training`.

Edits go through the undo stack (`SetTrainingCommand`) when one is given, so they undo like
any other edit; the editors follow the document when it changes (undo, open, reset).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QSpinBox, QWidget

from nodeflow.graph.document import Graph
from nodeflow.i18n import QT_TRANSLATE_NOOP
from nodeflow.ui.i18n.live import keep

FIELDS: dict[str, tuple[str, int, int, int, str]] = {
    "epochs": (QT_TRANSLATE_NOOP("TrainingSettings", "Epochs"), 1, 100_000, 30, QT_TRANSLATE_NOOP("TrainingSettings", "Passes over the training data")),
    "seed": (QT_TRANSLATE_NOOP("TrainingSettings", "Seed"), 0, 2**31 - 1, 0, QT_TRANSLATE_NOOP("TrainingSettings", "Fixes initial weights, shuffling and dropout: same seed, same curve")),
    "patience": (
        QT_TRANSLATE_NOOP("TrainingSettings", "Patience"),
        0,
        10_000,
        0,
        QT_TRANSLATE_NOOP("TrainingSettings", "Stop after this many epochs without a better validation loss (0: never stop early)"),
    ),
}


class TrainingSettings(QWidget):
    def __init__(self, graph: Graph, undo_stack: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingSettings")
        self.graph, self.undo_stack = graph, undo_stack
        self.editors: dict[str, QSpinBox] = {}
        form = QFormLayout(self)
        form.setContentsMargins(4, 4, 4, 4)
        for key, (label, lo, hi, _default, tip) in FIELDS.items():
            box = QSpinBox(objectName=f"training_{key}")
            box.setRange(lo, hi)
            keep(box, "setToolTip", tip)
            box.setKeyboardTracking(False)  # one edit per value, not per keystroke
            box.valueChanged.connect(lambda value, k=key: self._edit(k, value))
            if key == "patience":
                keep(box, "setSpecialValueText", QT_TRANSLATE_NOOP("TrainingSettings", "off"))
            title = QLabel()
            keep(title, "setText", label)
            form.addRow(title, box)
            self.editors[key] = box
        graph.changed.connect(self._on_changed)
        self.refresh()

    def detach(self) -> None:
        self.graph.changed.disconnect(self._on_changed)

    def value(self, key: str) -> int:
        raw = self.graph.training.get(key)
        default = FIELDS[key][3]
        return raw if isinstance(raw, int) and not isinstance(raw, bool) else default

    def refresh(self) -> None:
        for key, box in self.editors.items():
            box.blockSignals(True)
            box.setValue(self.value(key))
            box.blockSignals(False)

    def _on_changed(self, kind: str, *args: Any) -> None:
        if kind in ("training_changed", "reset"):
            self.refresh()

    def _edit(self, key: str, value: int) -> None:
        if self.graph.training.get(key) == value:
            return
        try:
            from nodeflow.ui.commands import SetTrainingCommand
        except ImportError:  # pragma: no cover - the commands module predates this panel
            SetTrainingCommand = None  # noqa: N806
        if self.undo_stack is not None and SetTrainingCommand is not None:
            self.undo_stack.push(SetTrainingCommand(self.graph, key, int(value)))
        else:
            self.graph.set_training(key, int(value))
