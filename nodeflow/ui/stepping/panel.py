"""The Stepping panel: the last step's phase, and three tabs: Explain (the selected node's
formula with the live numbers, and f, f′ as curves for activations), Differences (the
numerical differentiation lab for one weight) and Diagnoses (findings with a cause and a fix).

Every visible text is set in `retranslate()` (again on LanguageChange); the numbers come from
`nodeflow.compute.explain`, `numdiff` and `diagnose`.
"""

from __future__ import annotations

import html
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from nodeflow.compute import explain as X
from nodeflow.compute.diagnose import Diagnosis, diagnose
from nodeflow.compute.numdiff import LabResult, difference_lab
from nodeflow.ui.stepping.curves import ActivationCurves
from nodeflow.ui.stepping.session import PHASES, StepSession
from nodeflow.ui.training.background import BackgroundRunner

KIND_COLORS = {"forward": "#5ba8f5", "central": "#7ee081", "backward": "#f2994a"}
WARN = QColor("#d08a2c")


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


class LabTab(QWidget):
    """Backprop beside forward, central and backward differences for one weight, over h."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.weight_label = QLabel(objectName="labWeight")
        self.weight_label.setWordWrap(True)
        self.run_button = QPushButton(objectName="labRun")
        self.table = QTableWidget(0, 7, objectName="labTable")
        self.table.verticalHeader().setVisible(False)
        self.plot = pg.PlotWidget(objectName="labPlot")
        self.plot.setBackground("w")
        self.plot.setLogMode(x=True, y=True)
        self.plot.showGrid(x=True, y=True, alpha=0.3)
        self.plot.addLegend(offset=(5, 5))
        self.plot.setMinimumWidth(180)
        for axis in ("bottom", "left"):
            self.plot.getAxis(axis).enableAutoSIPrefix(False)
        top = QHBoxLayout()
        top.addWidget(self.weight_label, 1)
        top.addWidget(self.run_button)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.plot)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.results: dict[str, LabResult] = {}
        self.target: tuple[str, str, tuple[int, ...]] | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.run_button.setText(self.tr("Compare"))
        self.run_button.setToolTip(self.tr("Compute the differences for this weight on the last step's batch"))
        self.table.setHorizontalHeaderLabels([
            "h", self.tr("forward"), self.tr("central"), self.tr("backward"),
            self.tr("error forward"), self.tr("error central"), self.tr("error backward")])
        self.plot.setLabel("bottom", self.tr("step h (solid: float64, dashed: float32)"))
        self.plot.setLabel("left", self.tr("|difference − backprop|"))
        self._describe()

    def set_target(self, target: tuple[str, str, tuple[int, ...]] | None) -> None:
        if target != self.target:
            self.target = target
            self.results = {}
            self.table.setRowCount(0)
            self.plot.clear()
        self._describe()

    def _describe(self) -> None:
        if self.target is None:
            self.weight_label.setText(self.tr("Step once, then select a Dense layer: its weight W[input, unit] "
                                              "(chosen in Explain) is differentiated here."))
            return
        node, name, index = self.target
        text = self.tr("Weight {weight}: backprop against (L(w+h) − L(w))/h, "
                       "(L(w+h) − L(w−h))/2h and (L(w) − L(w−h))/h").format(
            weight=f"{node}.{name}[{','.join(str(i) for i in index)}]")
        ref = self.results.get("float64")
        if ref is not None:
            b32 = self.results.get("float32")
            text += "\n" + self.tr("backprop float64: {b64}   float32: {b32}").format(
                b64=f"{ref.reference:.10g}", b32=f"{b32.backprop:.8g}" if b32 else "—")
        self.weight_label.setText(text)

    def run(self, session: StepSession) -> bool:
        st = session.stepper
        if st is None or self.target is None:
            return False
        node, name, index = self.target
        k = X.flat_index(st.network, node, name, index)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.results = {dt: difference_lab(st, k, dt) for dt in ("float64", "float32")}
        finally:
            QApplication.restoreOverrideCursor()
        self._fill()
        return True

    def _fill(self) -> None:
        r64 = self.results["float64"]
        self.table.setRowCount(len(r64.h))
        for row, h in enumerate(r64.h):
            values = [h, r64.forward[row], r64.central[row], r64.backward[row],
                      *(float(r64.errors(kind)[row]) for kind in ("forward", "central", "backward"))]
            for col, value in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(f"{value:.3g}" if col in (0, 4, 5, 6)
                                                              else f"{value:.10g}"))
        self.table.resizeColumnsToContents()
        self.plot.clear()
        names = {"forward": self.tr("forward"), "central": self.tr("central"), "backward": self.tr("backward")}
        for dt, style in (("float64", Qt.PenStyle.SolidLine), ("float32", Qt.PenStyle.DashLine)):
            res = self.results[dt]
            for kind, color in KIND_COLORS.items():
                err = np.maximum(res.errors(kind), 1e-18)
                self.plot.plot(res.h, err, pen=pg.mkPen(color, width=2, style=style), symbol="o", symbolSize=4,
                               symbolBrush=color, name=names[kind] if dt == "float64" else None)
        self._describe()


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
        self.status.setText(self.tr("Cannot diagnose: {reason}").format(reason=message))
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


class SteppingPanel(QWidget):
    """objectName "steppingPanel"; `session` is the window's StepSession."""

    def __init__(self, session: StepSession, canvas: Any = None, base_dir: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("steppingPanel")
        self.session, self.canvas = session, canvas
        self.base_dir = base_dir or (lambda: None)
        self.node: str | None = None
        self.summary = QLabel(objectName="stepSummary")
        self.summary.setWordWrap(True)
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.step_button, self.back_button = QToolButton(objectName="stepButton"), QToolButton(objectName="stepBackButton")
        self.phase_buttons: dict[str, QPushButton] = {}
        self.phase_group = QButtonGroup(self)
        self.phase_group.setExclusive(True)
        top = QHBoxLayout()
        top.addWidget(self.step_button)
        top.addWidget(self.back_button)
        for phase in PHASES:
            button = QPushButton(objectName=f"stepPhase{phase.title()}")
            button.setCheckable(True)
            button.clicked.connect(lambda _c=False, p=phase: self.session.show_phase(p))
            self.phase_group.addButton(button)
            self.phase_buttons[phase] = button
            top.addWidget(button)
        top.addWidget(self.summary, 1)
        self.explain = ExplainTab()
        self.lab = LabTab()
        self.diagnoses = DiagnosesTab()
        self.tabs = QTabWidget(objectName="steppingTabs")
        self.tabs.addTab(self.explain, "")
        self.tabs.addTab(self.lab, "")
        self.tabs.addTab(self.diagnoses, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        for box in (self.explain.sample, self.explain.unit, self.explain.input):
            box.valueChanged.connect(lambda _v: self.refresh())
        self.lab.run_button.clicked.connect(lambda: self.lab.run(self.session))
        self.diagnoses.run_button.clicked.connect(self.run_diagnoses)
        self.diagnoses.nodePicked.connect(self._pick_node)
        self.diagnoses.diagnosed.connect(self._mark_cards)
        session.stepped.connect(lambda _rec: self.refresh())
        session.phaseChanged.connect(self._on_phase)
        session.ended.connect(self.refresh)
        self.retranslate()
        self.refresh()

    def bind(self, step_action: Any, back_action: Any) -> None:
        self.step_button.setDefaultAction(step_action)
        self.back_button.setDefaultAction(back_action)
        self.step_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.back_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

    def retranslate(self) -> None:
        names = {"forward": self.tr("Forward"), "backward": self.tr("Backward"), "update": self.tr("Update")}
        tips = {"forward": self.tr("Each card shows its output, each wire the values on it"),
                "backward": self.tr("Each wire shows the gradient flowing back along it"),
                "update": self.tr("Each layer shows how much its weights moved")}
        for phase, button in self.phase_buttons.items():
            button.setText(names[phase])
            button.setToolTip(tips[phase])
        self.tabs.setTabText(0, self.tr("Explain"))
        self.tabs.setTabText(1, self.tr("Differences"))
        self.tabs.setTabText(2, self.tr("Diagnoses"))
        self.explain.retranslate()
        self.lab.retranslate()
        self.diagnoses.retranslate()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---------------------------------------------------------------- updates
    def set_nodes(self, node_ids: list[str]) -> None:
        """The canvas selection: the first selected node is explained."""
        self.node = node_ids[0] if node_ids else None
        self.refresh()

    def refresh(self) -> None:
        rec = self.session.record
        if rec is None:
            self.summary.setText(self.tr("No step yet: Step (F8) trains one batch and shows it in three phases"))
        else:
            source = self.tr(" · from the paused run's weights") if self.session.source == "paused" else ""
            self.summary.setText(self.tr("Epoch {epoch}, batch {batch} of {batches} · {n} samples · loss {loss} · "
                                         "learning rate {lr}").format(
                epoch=rec.epoch + 1, batch=rec.batch + 1, batches=rec.batches, n=len(rec.indices),
                loss=f"{rec.loss:.6g}", lr=f"{rec.lr:g}") + source
                + "".join(f" · {loss_id} {value:.4g}" for loss_id, value in rec.losses.items()))
        for button in self.phase_buttons.values():
            button.setEnabled(rec is not None)
        self.explain.show_node(self.session, self.node)
        self.lab.set_target(self._lab_target())

    def _lab_target(self) -> tuple[str, str, tuple[int, ...]] | None:
        """The weight the lab differentiates: W[input, unit] of the selected (else the first)
        Dense layer, or element `unit` (flattened) of another layer's first weight."""
        rec = self.session.record
        if rec is None:
            return None
        owners = [n for n, ws in rec.weights_before.items() if ws]
        node = self.node if self.node in owners else next(
            (n for n in owners if rec.weights_before[n].get("W") is not None and rec.weights_before[n]["W"].ndim == 2),
            owners[0] if owners else None)
        if node is None:
            return None
        c = self.explain.choice()
        ws = rec.weights_before[node]
        if "W" in ws and ws["W"].ndim == 2:
            W = ws["W"]
            return node, "W", (min(c.input, W.shape[0] - 1), min(c.unit, W.shape[1] - 1))
        name = next(iter(ws))
        return node, name, tuple(int(i) for i in np.unravel_index(min(c.unit, ws[name].size - 1), ws[name].shape))

    def _on_phase(self, phase: str) -> None:
        button = self.phase_buttons.get(phase)
        if button is not None and not button.isChecked():
            button.setChecked(True)

    def run_diagnoses(self) -> bool:
        """Start the diagnoses; the list and the cards show them when they are done."""
        return self.diagnoses.run(self.session.graph, self.base_dir())

    def shutdown(self) -> None:
        self.diagnoses.runner.shutdown()

    def _mark_cards(self, found: list[Diagnosis]) -> None:
        if self.canvas is None:
            return
        for node_id in self.session.graph.nodes:
            item = self.canvas.node_item(node_id)
            if item is not None and getattr(item, "verdict", None) and str(item.verdict).startswith("⚠"):
                item.set_verdict(None)
        label = "⚠ " + self.tr("check")
        for d in found:
            if d.node not in self.session.graph.nodes:
                continue
            item = self.canvas.node_item(d.node) if d.node else None
            if item is not None:
                item.set_verdict(label, WARN, f"{d.message}\n→ {d.fix}")

    def _pick_node(self, node: str) -> None:
        if self.canvas is not None and hasattr(self.canvas, "select_nodes"):
            self.canvas.select_nodes([node])
        self.node = node
        self.tabs.setCurrentWidget(self.explain)
        self.refresh()
