"""VariantsDialog: choose what to vary (a preset comparison, or any node parameter, node type
or training setting with several values) and see the variants before they run.

The specs are the command line's (`adam.lr=0.1,0.01`, one per line), so what the dialog runs
can be typed at a terminal too. The preview checks them against the graph as they are typed;
Run is enabled only when every variant checks.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nodeflow.experiments import presets
from nodeflow.experiments.names import TRAINING, TYPE, SpecError
from nodeflow.graph.document import Graph
from nodeflow.i18n.engine import engine_text

CUSTOM = "custom"


@dataclass
class Choice:
    specs: list[str]
    epochs: int


class VariantsDialog(QDialog):
    def __init__(self, graph: Graph, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("variantsDialog")
        self.setWindowTitle(self.tr("Run Variants"))
        self.graph = graph
        self.preset = QComboBox(objectName="variantPreset")
        self.preset.addItem(self.tr("Custom: any parameter, type or setting"), CUSTOM)
        titles = {
            "optimizers": self.tr("Optimizer race (SGD, Momentum, AdaGrad, RMSProp, Adam)"),
            "batch": self.tr("Batch size race (stochastic 1, mini-batch 32, full batch)"),
            "lr": self.tr("Learning-rate sweep (×0.01 … ×10, log-spaced)"),
            "activations": self.tr("Activation swap (ReLU, Tanh, Sigmoid, LeakyReLU, ELU)"),
            "losses": self.tr("Loss race (MSE, MAE, Huber)"),
        }
        self._preset_specs: dict[str, list[str]] = {}
        model = self.preset.model()
        for p in presets.PRESETS:
            self.preset.addItem(titles.get(p.key, p.title), p.key)
            try:
                self._preset_specs[p.key] = p.specs(graph)
            except SpecError as exc:
                row = self.preset.count() - 1
                model.item(row).setEnabled(False)
                self.preset.setItemData(row, engine_text(str(exc)), Qt.ItemDataRole.ToolTipRole)
        self.preset.currentIndexChanged.connect(self._on_preset)

        self.node = QComboBox(objectName="variantNode")
        for node_id in graph.nodes:
            self.node.addItem(f"{node_id} ({graph.nodes[node_id].type})", node_id)
        self.node.addItem(self.tr("training settings"), TRAINING)
        self.param = QComboBox(objectName="variantParam")
        self.values = QLineEdit(objectName="variantValues")
        self.values.setPlaceholderText(self.tr("values, separated by commas: 0.1, 0.01, 0.001"))
        self.add = QPushButton(self.tr("Add"), objectName="variantAdd")
        self.add.clicked.connect(self.add_spec)
        self.node.currentIndexChanged.connect(self._fill_params)
        self._fill_params()
        builder = QHBoxLayout()
        builder.addWidget(self.node)
        builder.addWidget(self.param)
        builder.addWidget(self.values, 1)
        builder.addWidget(self.add)

        self.specs = QPlainTextEdit(objectName="variantSpecs")
        self.specs.setPlaceholderText(self.tr("One spec per line, as for nodeflow sweep --vary: adam.lr=0.1,0.01"))
        self.specs.setMaximumHeight(90)
        self.specs.textChanged.connect(self.check)
        self.epochs = QSpinBox(objectName="variantEpochs")
        self.epochs.setRange(1, 100_000)
        self.epochs.setValue(int(graph.training.get("epochs") or 30))
        self.preview = QLabel(objectName="variantPreview", wordWrap=True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        note = QLabel(self.tr("Every variant starts from the same initial weights and sees the data in the same "
                              "order, so the only difference is the one you chose. They train in parallel."),
                      wordWrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.run_button = self.buttons.addButton(self.tr("Run Variants"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.run_button.setObjectName("variantRun")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Compare"), self.preset)
        form.addRow(self.tr("Vary"), builder)
        form.addRow("", self.specs)
        form.addRow(self.tr("Epochs"), self.epochs)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.resize(640, 360)
        first = next((i for i in range(1, self.preset.count()) if model.item(i).isEnabled()), 0)
        self.preset.setCurrentIndex(first)
        self._on_preset()

    # ------------------------------------------------------------------ building specs
    def _fill_params(self) -> None:
        self.param.clear()
        target = self.node.currentData()
        if target == TRAINING:
            from nodeflow.experiments.spec import _training_params

            for name in _training_params():
                self.param.addItem(name, name)
            return
        node = self.graph.nodes.get(target)
        if node is None:
            return
        from nodeflow.nodes import REGISTRY

        if sum(s.category == node.spec.category for s in REGISTRY) > 1:  # another type to swap to
            self.param.addItem(self.tr("type (swap the node)"), TYPE)
        for p in node.spec.params:
            self.param.addItem(p.name, p.name)

    def add_spec(self) -> None:
        """Append the builder's NODE.PARAM=VALUES as a line of the specs."""
        values = ",".join(v.strip() for v in self.values.text().split(",") if v.strip())
        if not values:
            return
        line = f"{self.node.currentData()}.{self.param.currentData()}={values}"
        text = self.specs.toPlainText().rstrip()
        self.specs.setPlainText(f"{text}\n{line}" if text else line)
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(0)
        self.preset.blockSignals(False)

    def _on_preset(self) -> None:
        key = self.preset.currentData()
        if key != CUSTOM and key in self._preset_specs:
            self.specs.setPlainText("\n".join(self._preset_specs[key]))
        self.check()

    # ------------------------------------------------------------------ checking
    def spec_lines(self) -> list[str]:
        return [line.strip() for line in self.specs.toPlainText().splitlines() if line.strip()]

    def check(self) -> bool:
        """Plan the variants; show them, or the first problem. Returns whether they check."""
        from nodeflow.experiments.spec import plan

        lines = self.spec_lines()
        ok = False
        if not lines:
            self.preview.setText(self.tr("Choose a comparison, or add what to vary."))
        else:
            try:
                variants = plan(self.graph, lines)
            except SpecError as exc:
                self.preview.setText(self.tr("Cannot run: {problem}").format(problem=engine_text(str(exc))))
            else:
                ok = True
                self.preview.setText(self.tr("{count} variants: {names}").format(
                    count=len(variants), names=" · ".join(v.short_label for v in variants)))
        self.run_button.setEnabled(ok)
        return ok

    def choice(self) -> Choice | None:
        return Choice(self.spec_lines(), int(self.epochs.value())) if self.check() else None
