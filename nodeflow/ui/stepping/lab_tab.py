"""The Differences tab: backprop's derivative of one weight beside the forward, central and
backward differences over h from 1e-1 to 1e-12, as a table and a log–log plot of the errors
(float64 solid, float32 dashed)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nodeflow.compute import explain as X
from nodeflow.compute.numdiff import LabResult, difference_lab
from nodeflow.ui.stepping.session import StepSession

KIND_COLORS = {"forward": "#5ba8f5", "central": "#7ee081", "backward": "#f2994a"}


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
