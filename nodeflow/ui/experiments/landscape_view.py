"""SharedLandscape: one loss surface with every variant's path over it, each in its colour,
all leaving from the shared start (○); a variant's end is a star, a diverged one's a cross.

While the variants train the controller redraws it every few seconds (a variant still going
ends in a dot, not a star) and "Update now" (`updateRequested`) asks for a redraw at once."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from nodeflow.experiments.landscape import SharedSurface
from nodeflow.ui.experiments.colors import color
from nodeflow.ui.training.progress import ElidedLabel

LEVELS = 8
COMPACT_HEIGHT = 300
"""Below this height the explanation is one line (all of it in the tooltip) and the legend a
line of coloured names above the plot, so the surface keeps the room (a 1024 x 700 window)."""


class SharedLandscape(QWidget):
    updateRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("variantLandscape")
        self.summary = QLabel(objectName="variantLandscapeSummary", wordWrap=True)
        self.summary_line = ElidedLabel(objectName="variantLandscapeSummaryLine")
        self.summary_line.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.summary_line.hide()
        self.key_line = QLabel(objectName="variantLandscapeKey")
        self.key_line.setTextFormat(Qt.TextFormat.RichText)
        self.key_line.hide()
        self.compact = False
        self.update_now = QPushButton(objectName="variantLandscapeUpdate")
        self.update_now.clicked.connect(self.updateRequested)
        self.update_now.setEnabled(False)
        self.live = False
        self.updates = 0
        """Surfaces drawn since the last `clear` (a test reads it)."""
        self.view = pg.GraphicsLayoutWidget()
        self.view.setBackground("w")
        self.plot = self.view.addPlot()
        self.retranslate()
        for name in ("left", "bottom"):
            self.plot.getAxis(name).setTextPen(pg.mkPen("#333"))
            self.plot.getAxis(name).setPen(pg.mkPen("#777"))
        self.image = pg.ImageItem(axisOrder="row-major")
        # light greys (white valley, darker walls): every variant's colour stands out on it
        self.image.setColorMap(pg.ColorMap([0.0, 1.0], [(252, 252, 252), (105, 112, 128)]))
        self.plot.addItem(self.image)
        self.legend = self.plot.addLegend(offset=(-10, 10), labelTextColor="#222", brush=pg.mkBrush(255, 255, 255, 220),
                                          pen=pg.mkPen("#999"))
        self.items: list[pg.GraphicsObject] = []
        self.contours: list[pg.IsocurveItem] = []
        self.surface: SharedSurface | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.summary_line, 1)
        top.addWidget(self.update_now)
        layout.addLayout(top)
        layout.addWidget(self.key_line)
        layout.addWidget(self.view, 1)
        self.say(self.tr("While the variants train, and when they end, their paths are drawn here over one "
                         "loss surface (for variants that train the same function: optimizers, learning rates, "
                         "batch sizes)."))

    def retranslate(self) -> None:
        """The title in the current language (the summary follows the next surface)."""
        self.plot.setTitle(self.tr("Training loss around the shared start"), color="#333", size="10pt")
        self.update_now.setText(self.tr("Update now"))
        self.update_now.setToolTip(self.tr("Draw every variant's path so far (while they train, this view "
                                           "is redrawn every few seconds)"))

    def set_live(self, live: bool) -> None:
        """Variants with a shared surface are training: "Update now" may be pressed."""
        self.live = live
        self.update_now.setEnabled(live)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "plot"):
            self.retranslate()
        super().changeEvent(event)

    def say(self, text: str) -> None:
        self.summary.setText(text)
        self.summary_line.setText(text)
        self.summary_line.setToolTip(text)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        compact = event.size().height() < COMPACT_HEIGHT
        if compact != self.compact:
            self.compact = compact
            self.summary.setVisible(not compact)
            self.summary_line.setVisible(compact)
            self._show_key()
        super().resizeEvent(event)

    def _show_key(self) -> None:
        """The legend in the plot, or (compact) a line of coloured names above it."""
        has = bool(self.key_line.text())
        self.legend.setVisible(not self.compact)
        self.key_line.setVisible(self.compact and has)

    def clear(self) -> None:
        self.surface = None
        self.updates = 0
        self.key_line.setText("")
        self.key_line.hide()
        self.image.clear()
        for item in self.items:
            self.plot.removeItem(item)
        for item in self.contours:
            item.setParentItem(None)
            if item.scene() is not None:
                item.scene().removeItem(item)
        self.items, self.contours = [], []
        self.legend.clear()

    def show_surface(self, surface: SharedSurface, labels: Sequence[str], diverged: Sequence[bool],
                     live: bool = False) -> None:
        """Draw `surface`; `live`: the variants still train (their ends are dots, not stars)."""
        updates = self.updates
        self.clear()
        self.updates = updates + 1
        self.surface = surface
        self.set_live(live)
        loss = np.asarray(surface.loss, np.float64)
        finite = np.isfinite(loss) & (loss > 0)
        floor = float(loss[finite].min()) if finite.any() else 1.0
        shown = np.log10(np.where(finite, loss, np.nan).clip(min=floor))
        top = float(np.nanmax(shown)) if np.isfinite(shown).any() else 1.0
        shown = np.nan_to_num(shown, nan=top)
        low = float(shown.min())
        a, b = surface.alphas, surface.betas
        self.image.setImage(shown, levels=(low, max(top, low + 1e-9)))
        self.image.setRect(float(a[0]), float(b[0]), float(a[-1] - a[0]), float(b[-1] - b[0]))
        for level in np.linspace(low, top, LEVELS + 2)[1:-1]:
            curve = pg.IsocurveItem(data=shown.T, level=float(level), pen=pg.mkPen(60, 60, 60, 70))
            curve.setParentItem(self.image)
            self.contours.append(curve)
        start = None
        for i, path in enumerate(surface.paths):
            if path is None or not len(path):
                continue
            start = path[0] if start is None else start
            pen = pg.mkPen(color(i), width=2.5)
            line = pg.PlotDataItem(path[:, 0], path[:, 1], pen=pen, name=labels[i] if i < len(labels) else str(i),
                                   symbol="o", symbolSize=4, symbolBrush=color(i), symbolPen=None)
            symbol = "x" if diverged[i] else "o" if live else "star"
            end = pg.ScatterPlotItem([path[-1, 0]], [path[-1, 1]], size=14 if diverged[i] or live else 16,
                                     symbol=symbol, brush=pg.mkBrush(color(i)), pen=pg.mkPen("#222", width=1))
            for item in (line, end):
                self.plot.addItem(item)
                self.items.append(item)
        if start is not None:
            mark = pg.ScatterPlotItem([start[0]], [start[1]], size=13, symbol="o", brush=pg.mkBrush("#ffffff"),
                                      pen=pg.mkPen("#222", width=1.5))
            self.plot.addItem(mark)
            self.items.append(mark)
        from html import escape

        names = [(i, labels[i] if i < len(labels) else str(i)) for i, p in enumerate(surface.paths)
                 if p is not None and len(p)]
        self.key_line.setText("&nbsp;&nbsp;".join(
            f'<span style="color:{color(i)}; font-weight:bold">━ {escape(name)}</span>' for i, name in names))
        self._show_key()
        self.plot.setLabel("bottom", surface.axes[0], color="#333")
        self.plot.setLabel("left", surface.axes[1], color="#333")
        self.plot.setRange(xRange=(a[0], a[-1]), yRange=(b[0], b[-1]), padding=0)
        if surface.explained >= 1.0 and surface.axes[0] != "direction 1":
            how = self.tr("The axes are the model's two weights")
        else:
            how = self.tr("The plane through the shared start spanned by the two directions the variants "
                          "moved most ({share} of their movement)").format(share=f"{surface.explained:.0%}")
        text = self.tr("{how}; darker is a higher training loss (log scale, from {low} to {high}). "
                       "○ the shared start, ★ where each variant ended, × a variant that diverged.").format(
            how=how, low=f"{10 ** low:.3g}", high=f"{10 ** top:.3g}")
        if live:
            text = self.tr("Training: the paths so far (a dot: where a variant is now), redrawn every few "
                           "seconds.") + " " + text
        self.say(text)

    def path_count(self) -> int:
        return 0 if self.surface is None else sum(p is not None for p in self.surface.paths)
