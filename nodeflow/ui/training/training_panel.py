"""TrainingSettings: epochs, seed and early-stopping patience, bound to `graph.training`.

Edits go through the undo stack (`SetTrainingCommand`) when one is given, so they undo like
any other edit; the editors follow the document when it changes (undo, open, reset).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QSpinBox, QWidget

from nodeflow.compute.runtime.settings import BY_NAME
from nodeflow.graph.document import Graph

_LABELS = {"epochs": "Epochs", "seed": "Seed", "patience": "Patience"}
FIELDS: dict[str, tuple[str, int, int, int, str]] = {
    key: (label, int(BY_NAME[key].low or 0), int(min(BY_NAME[key].high or 2**31 - 1, 2**31 - 1)),
          BY_NAME[key].default, BY_NAME[key].help)
    for key, label in _LABELS.items()
}
"""(label, lowest, highest, default, tooltip) per setting, from the one declaration of the
training settings (nodeflow/compute/runtime/settings.py; a spin box holds at most 2**31 - 1)."""


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
            box.setToolTip(tip)
            box.setKeyboardTracking(False)  # one edit per value, not per keystroke
            box.valueChanged.connect(lambda value, k=key: self._edit(k, value))
            if key == "patience":
                box.setSpecialValueText("off")
            form.addRow(label, box)
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
