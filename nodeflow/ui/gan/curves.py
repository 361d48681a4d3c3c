"""GanCurves: the two sides of the game over time.

Top: every objective's loss per epoch (one curve per loss node, named by its id, e.g. d_loss
and g_loss): in a healthy GAN neither wins for good, so the curves level out rather than one
falling to zero. Bottom: D's mean output on real samples and on generated ones, with the 0.5
line where D can no longer tell them apart (where an ideal game ends), and D's accuracy on
each (the share it puts on the right side of 0.5), dashed. The colour key is one line of text
under the plots (`key`), not a legend inside them: at 1024x700 a legend covered the curves.
"""

from __future__ import annotations

from html import escape

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QBoxLayout, QLabel, QVBoxLayout, QWidget

from nodeflow.ui.gan.sample_views import FAKE, REAL, style_plot


def faded(color: str, alpha: int = 110) -> pg.QtGui.QColor:
    c = pg.mkColor(color)
    c.setAlpha(alpha)
    return c


LOSS_COLORS = ("#2f6fd6", "#c0392b", "#16a085", "#8e44ad", "#b8860b")
"""One per objective's loss, in round order: the same as the Curves tab's (plots.OBJECTIVE_COLORS)."""


def swatch(color: str, text: str, dashed: bool = False) -> str:
    """One entry of the colour key: a short line in the curve's colour (dashed for dashed
    curves), then its name (as the Curves tab's key, `plots._key_text`)."""
    line = "&#9476;&#9476;" if dashed else "&#9473;&#9473;"
    text = text.replace(" ", "&nbsp;")  # a wrapped key never splits a name
    return f'<span style="color:{color}; font-weight:bold;">{line}</span>&nbsp;{text}'


class GanCurves(QWidget):
    """`add_epoch(epoch, losses)` and `add_probe(epoch, probe)` store; `redraw()` draws."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ganCurves")
        self.loss_view = pg.PlotWidget(background="w")
        self.d_view = pg.PlotWidget(background="w")
        for view in (self.loss_view, self.d_view):
            view.setMinimumSize(150, 90)
        self.loss_plot = self.loss_view.getPlotItem()
        self.d_plot = self.d_view.getPlotItem()
        self.d_plot.setXLink(self.loss_plot)
        self.d_plot.setYRange(0.0, 1.0, padding=0.03)
        self.d_plot.getAxis("left").setTicks([[(0.0, "0"), (0.5, "0.5"), (1.0, "1")]])  # readable when low
        self.key = QLabel(objectName="ganKey")
        self.key.setTextFormat(Qt.TextFormat.RichText)
        self.key.setWordWrap(True)
        self.key.setStyleSheet("color: #333;")
        dash = pg.QtCore.Qt.PenStyle.DashLine
        self.d_plot.addItem(pg.InfiniteLine(pos=0.5, angle=0, pen=pg.mkPen("#bbb", width=1, style=dash)))
        self.d_real = self.d_plot.plot(pen=pg.mkPen(REAL, width=2), symbol="o", symbolSize=4,
                                       symbolBrush=REAL, symbolPen=None)
        self.d_fake = self.d_plot.plot(pen=pg.mkPen(FAKE, width=2), symbol="o", symbolSize=4,
                                       symbolBrush=FAKE, symbolPen=None)
        # accuracy flickers between 0 and 1 once D is near 0.5: drawn faint, behind the means
        self.acc_real = self.d_plot.plot(pen=pg.mkPen(faded(REAL), width=1, style=dash))
        self.acc_fake = self.d_plot.plot(pen=pg.mkPen(faded(FAKE), width=1, style=dash))
        for item in (self.acc_real, self.acc_fake):
            item.setZValue(-1)
        for plot in (self.loss_plot, self.d_plot):
            style_plot(plot)
            plot.showGrid(x=True, y=True, alpha=0.15)
            plot.setMenuEnabled(False)
        plots = QWidget()
        self.box = QBoxLayout(QBoxLayout.Direction.TopToBottom, plots)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(2)
        self.box.addWidget(self.loss_view)
        self.box.addWidget(self.d_view)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        outer.addWidget(plots, 1)
        outer.addWidget(self.key)
        self.loss_curves: dict[str, pg.PlotDataItem] = {}
        self.reset()
        self.retranslate()

    def retranslate(self) -> None:
        self.loss_plot.setTitle(self.tr("Losses per epoch"), color="#333", size="10pt")
        self.d_plot.setTitle(self.tr("D(x) on real and generated"), color="#333", size="10pt")
        self.d_plot.setLabel("bottom", self.tr("epoch"), color="#333")
        self.d_view.setToolTip(self.tr(
            "Bold: D's mean output on real samples (green) and on generated ones (purple); 0.5 is "
            "where D can no longer tell them apart. Faint dashed: the share of each that D puts on "
            "the right side of 0.5 (its accuracy)."))
        self._write_key()

    def _write_key(self) -> None:
        parts = [swatch(LOSS_COLORS[i % len(LOSS_COLORS)], escape(name)) for i, name in enumerate(self.losses)]
        parts += [swatch(REAL, self.tr("D(real)")), swatch(FAKE, self.tr("D(generated)")),
                  swatch(REAL, self.tr("D right on real"), True), swatch(FAKE, self.tr("D right on generated"), True)]
        self.key.setText("&nbsp;&nbsp; ".join(parts))

    def resizeEvent(self, event: QEvent) -> None:
        """Side by side in a wide, low strip (a short training dock), one above the other otherwise."""
        super().resizeEvent(event)
        wide = self.width() > 2.2 * self.height()
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.box.direction() != direction:
            self.box.setDirection(direction)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reset(self) -> None:
        self.losses: dict[str, list[tuple[float, float]]] = {}
        self.probes: list[tuple[float, float, float, float, float]] = []
        for curve in self.loss_curves.values():
            self.loss_plot.removeItem(curve)
        self.loss_curves = {}
        for curve in (self.d_real, self.d_fake, self.acc_real, self.acc_fake):
            curve.setData([], [])
        self._write_key()

    def add_epoch(self, epoch: float, losses: dict[str, float]) -> None:
        for name, value in losses.items():
            if value is not None:
                self.losses.setdefault(name, []).append((float(epoch), float(value)))

    def add_probe(self, epoch: float, probe: dict) -> None:
        if self.probes and self.probes[-1][0] == epoch:
            self.probes.pop()  # the end-of-run probe repeats the last epoch's
        self.probes.append((float(epoch), probe["d_real"], probe["d_fake"], probe["acc_real"], probe["acc_fake"]))

    def redraw(self) -> None:
        for i, (name, points) in enumerate(self.losses.items()):
            curve = self.loss_curves.get(name)
            if curve is None:
                color = LOSS_COLORS[i % len(LOSS_COLORS)]
                curve = self.loss_plot.plot(pen=pg.mkPen(color, width=2), name=name)
                self.loss_curves[name] = curve
                self._write_key()
            arr = np.asarray(points)
            curve.setData(arr[:, 0], arr[:, 1])
        if self.probes:
            arr = np.asarray(self.probes, np.float64)
            for col, curve in enumerate((self.d_real, self.d_fake, self.acc_real, self.acc_fake), start=1):
                curve.setData(arr[:, 0], arr[:, col])
