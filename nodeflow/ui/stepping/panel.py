"""The Stepping panel: the last step's phase buttons and summary, and three tabs: Explain (the
selected node's formula with the live numbers), Differences (the numerical differentiation
lab for one weight) and Diagnoses (findings with a cause and a fix).

Every visible text is set in `retranslate()` (again on LanguageChange); the numbers come from
`nodeflow.compute.explain`, `numdiff` and `diagnose`.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from nodeflow.compute.diagnose import Diagnosis
from nodeflow.ui.stepping.diagnoses_tab import DiagnosesTab
from nodeflow.ui.stepping.explain_tab import ExplainTab
from nodeflow.ui.stepping.lab_tab import LabTab
from nodeflow.ui.stepping.session import PHASES, StepSession

WARN = QColor("#d08a2c")


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
