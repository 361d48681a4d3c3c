"""The Explain tab: the selected node's formula, then the same formula with the last step's
numbers for one sample, unit and input, its optimizer update for a Dense weight, and f, f′ as
curves for an activation."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from nodeflow.compute import explain as X
from nodeflow.ui.stepping.curves import ActivationCurves
from nodeflow.ui.stepping.session import StepSession


def _html_lines(title: str, lines: list[str], mono: bool = True) -> str:
    if not lines:
        return ""
    body = "<br>".join(html.escape(line) for line in lines)
    style = "font-family: monospace;" if mono else ""
    return f"<p><b>{html.escape(title)}</b><br><span style='{style}'>{body}</span></p>"


class ExplainTab(QWidget):
    """The selected node explained for the last step; spin boxes pick sample, unit, input."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sample = QSpinBox(objectName="explainSample")
        self.unit = QSpinBox(objectName="explainUnit")
        self.input = QSpinBox(objectName="explainInput")
        for box in (self.sample, self.unit, self.input):
            box.setRange(0, 100000)
        self.sample_label, self.unit_label, self.input_label = QLabel(), QLabel(), QLabel()
        row = QHBoxLayout()
        for label, box in ((self.sample_label, self.sample), (self.unit_label, self.unit),
                           (self.input_label, self.input)):
            label.setBuddy(box)
            row.addWidget(label)
            row.addWidget(box)
        row.addStretch(1)
        self.text = QTextBrowser(objectName="explainText")
        self.curves = ActivationCurves()
        self.curves.setMinimumWidth(160)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.text)
        split.addWidget(self.curves)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(row)
        layout.addWidget(split, 1)
        self.explanation: X.Explanation | None = None
        self.update_explanation: X.Explanation | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.sample_label.setText(self.tr("Sample"))
        self.unit_label.setText(self.tr("Unit"))
        self.input_label.setText(self.tr("Input"))
        self.sample.setToolTip(self.tr("Which sample of the batch the numbers are for"))
        self.unit.setToolTip(self.tr("Which output unit (column) of the node"))
        self.input.setToolTip(self.tr("Which input of a Dense layer: the weight shown is W[input, unit]"))

    def choice(self) -> X.Choice:
        return X.Choice(self.sample.value(), self.unit.value(), self.input.value())

    def show_node(self, session: StepSession, node: str | None) -> None:
        rec, graph = session.record, session.graph
        self.explanation = self.update_explanation = None
        self.curves.clear()
        if rec is None or node is None or node not in graph.nodes:
            hint = self.tr("Press Step (F8) to train one batch, then select a node to see how its numbers "
                           "were computed.") if rec is None else self.tr("Select a node on the canvas to explain it.")
            self.text.setPlainText(hint)
            self.curves.clear()
            self.curves.setVisible(False)
            return
        c = self.choice()
        e = X.explain(rec, graph, node, c)
        self.explanation = e
        for box, value in ((self.sample, c.sample), (self.unit, c.unit), (self.input, c.input)):
            if box.value() != value:
                box.blockSignals(True)
                box.setValue(value)
                box.blockSignals(False)
        parts = [f"<h3>{html.escape(node)} ({html.escape(e.type)})</h3>",
                 _html_lines(self.tr("Formula"), e.formulas),
                 _html_lines(self.tr("Forward, with this batch's numbers"), e.forward),
                 _html_lines(self.tr("Backward: gradient arriving × local derivative = gradient leaving"),
                             e.backward),
                 _html_lines(self.tr("Update"), e.update)]
        upd = self._update_lines(session, node, c)
        if upd is not None:
            self.update_explanation = upd
            parts.append(_html_lines(self.tr("Update of W[{i},{j}] by {optimizer}").format(
                i=c.input, j=c.unit, optimizer=upd.type), upd.formulas + upd.update))
        self.text.setHtml("".join(parts))
        self._draw_curves(e.type, dict(graph.nodes[node].params), e.numbers.get("s"))

    def _update_lines(self, session: StepSession, node: str, c: X.Choice) -> X.Explanation | None:
        st, rec = session.stepper, session.record
        if st is None or rec is None or node not in rec.weights_before or "W" not in rec.weights_before[node]:
            return None
        W = rec.weights_before[node]["W"]
        if W.ndim != 2:
            return None
        index = (min(c.input, W.shape[0] - 1), min(c.unit, W.shape[1] - 1))
        return X.update_for(rec, st.network, session.graph, node, index, st.trainer.opt_params)

    def _draw_curves(self, type_name: str, params: dict[str, Any], at: float | None) -> None:
        self.curves.show_for(type_name, params, at)
        if self.curves.type_name:
            self.curves.setTitle(self.tr("{type}: f and its derivative f′").format(type=type_name), size="9pt")
