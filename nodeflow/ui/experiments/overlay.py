"""VariantCurves: every variant's loss curves on the same axes, one colour each, with a legend
naming the varied value.

Left: the loss per epoch (validation when the data have a validation split, else training),
where the race is decided. Right: the training loss per batch as it streams in (smoothed), so
a running race moves. A diverged variant's curve ends in a cross.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from nodeflow.graph import runs as R
from nodeflow.ui.experiments.colors import color, style

WINDOW = 9
COMPACT_WIDTH = 560
"""Below this width only the loss per epoch is shown."""


def smooth(values: np.ndarray, window: int = WINDOW) -> np.ndarray:
    """Centred moving average over `window` points (fewer at the ends), NaN left out;
    vectorised, since it runs for every variant at every redraw."""
    values = np.asarray(values, np.float64)
    if len(values) < 3:
        return values.copy()
    window = max(1, min(window, len(values)))
    finite = np.isfinite(values)
    kernel = np.ones(window)
    sums = np.convolve(np.where(finite, values, 0.0), kernel, mode="same")
    counts = np.convolve(finite.astype(np.float64), kernel, mode="same")
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(counts > 0, sums / np.maximum(counts, 1), np.nan)


class VariantCurves(QWidget):
    """`set_variants(labels, title)` when a sweep starts; `update_run(i, run)` as it goes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("variantCurves")
        self.layout_widget = pg.GraphicsLayoutWidget()
        self.layout_widget.setBackground("w")
        self.epoch_plot = self._plot(0)
        self.batch_plot = self._plot(1)
        self.key = ""
        self.legend = self.epoch_plot.addLegend(offset=(-10, 10), labelTextColor="#222", brush=pg.mkBrush(255, 255, 255, 220),
                                                pen=pg.mkPen("#999"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.layout_widget)
        self.epoch_curves: list[pg.PlotDataItem] = []
        self.train_curves: list[pg.PlotDataItem] = []
        self.batch_curves: list[pg.PlotDataItem] = []
        self.ends: list[pg.ScatterPlotItem] = []
        self.batch_ends: list[pg.ScatterPlotItem] = []
        self.labels: list[str] = []
        self.retranslate()

    def retranslate(self) -> None:
        """Titles and axes in the current language (again on a LanguageChange)."""
        title = self.tr("Loss per epoch · {title}").format(title=self.key) if self.key else self.tr("Loss per epoch")
        self.epoch_plot.setTitle(title, color="#333", size="10pt")
        self.epoch_plot.setLabel("bottom", self.tr("epoch"), color="#333")
        self.batch_plot.setTitle(self.tr("Training loss per batch (smoothed)"), color="#333", size="10pt")
        self.batch_plot.setLabel("bottom", self.tr("batch"), color="#333")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "batch_plot"):
            self.retranslate()
        super().changeEvent(event)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        """Narrow: only the loss per epoch (the race's result); the batch curves need room."""
        narrow = event.size().width() < COMPACT_WIDTH
        if narrow != getattr(self, "_narrow", None):
            self._narrow = narrow
            self.legend.setVisible(not narrow)  # (narrow: the table beside names each colour; the legend would cover the curves)
            self.batch_plot.setVisible(not narrow)
            if narrow:
                self.layout_widget.ci.removeItem(self.batch_plot)
            elif self.layout_widget.ci.getItem(0, 1) is None:
                self.layout_widget.ci.addItem(self.batch_plot, row=0, col=1)
        super().resizeEvent(event)

    def _plot(self, col: int) -> pg.PlotItem:
        plot = self.layout_widget.addPlot(row=0, col=col)
        plot.showGrid(x=True, y=True, alpha=0.2)
        plot.setLogMode(y=True)
        for name in ("left", "bottom"):
            plot.getAxis(name).setTextPen(pg.mkPen("#333"))
            plot.getAxis(name).setPen(pg.mkPen("#777"))
        return plot

    def set_variants(self, labels: Sequence[str], title: str = "") -> None:
        """One curve per variant, in the variant's colour; `title` heads the legend (the key varied)."""
        for plot in (self.epoch_plot, self.batch_plot):
            for item in list(plot.listDataItems()):
                plot.removeItem(item)
        for item in self.ends:
            self.epoch_plot.removeItem(item)
        for item in self.batch_ends:
            self.batch_plot.removeItem(item)
        self.batch_ends = []
        self.legend.clear()
        self.labels = list(labels)
        self.epoch_curves, self.train_curves, self.batch_curves, self.ends = [], [], [], []
        self.key = title
        self.retranslate()
        for i, label in enumerate(self.labels):
            pen = pg.mkPen(color(i), width=2.2, style=style(i))
            curve = self.epoch_plot.plot([], [], pen=pen, name=label, symbol="o", symbolSize=4,
                                         symbolBrush=color(i), symbolPen=None)
            faint = pg.mkColor(color(i))
            faint.setAlpha(110)
            train = self.epoch_plot.plot([], [], pen=pg.mkPen(faint, width=1.2, style=pg.QtCore.Qt.PenStyle.DashLine))
            batch = self.batch_plot.plot([], [], pen=pg.mkPen(color(i), width=1.6, style=style(i)))
            batch.setDownsampling(auto=True, method="mean")
            batch.setClipToView(True)
            end = pg.ScatterPlotItem(size=14, symbol="x", brush=pg.mkBrush(color(i)), pen=pg.mkPen(color(i), width=2))
            self.epoch_plot.addItem(end)
            batch_end = pg.ScatterPlotItem(size=14, symbol="x", brush=pg.mkBrush(color(i)),
                                           pen=pg.mkPen(color(i), width=2))
            self.batch_plot.addItem(batch_end)
            self.batch_ends.append(batch_end)
            self.epoch_curves.append(curve)
            self.train_curves.append(train)
            self.batch_curves.append(batch)
            self.ends.append(end)

    def update_run(self, index: int, run: R.Run) -> None:
        """Redraw variant `index` from its run record."""
        if not 0 <= index < len(self.epoch_curves):
            return
        xs = np.asarray(run.x_epochs(), np.float64)
        val = _column(run.series("val_loss"))
        train = _column(run.series("train_loss"))
        main = val if np.isfinite(val).any() else train
        self.epoch_curves[index].setData(*_positive(xs, main))
        self.train_curves[index].setData(*_positive(xs, train) if main is val else ([], []))
        losses = _column(run.batch_losses)
        bx = np.asarray(run.x_batches(), np.float64)
        smoothed = _positive(bx, smooth(losses))
        self.batch_curves[index].setData(*smoothed)
        self.ends[index].setData([], [])
        self.batch_ends[index].setData([], [])
        if run.result.status != R.DIVERGED:
            return
        finite = np.isfinite(main) & (main > 0)
        if finite.any():  # the cross at the last epoch measured ...
            k = int(np.flatnonzero(finite)[-1])
            self.ends[index].setData([xs[k]], [np.log10(main[k])])
        elif len(smoothed[1]):  # ... or, diverged within the first epoch, at epoch 1
            self.ends[index].setData([run.epoch_offset + 1], [np.log10(smoothed[1][-1])])
        if len(smoothed[1]):
            self.batch_ends[index].setData([smoothed[0][-1]], [np.log10(smoothed[1][-1])])

    def curve_count(self) -> int:
        """Variants with at least one epoch drawn (what a test looks for)."""
        return sum(1 for c in self.epoch_curves if c.xData is not None and len(c.xData))

    def legend_labels(self) -> list[str]:
        return [label.text for _sample, label in self.legend.items]

    def export_png(self, path: str | Path, width: int = 1600) -> Path:
        from pyqtgraph.exporters import ImageExporter

        exporter = ImageExporter(self.layout_widget.scene())
        exporter.parameters()["width"] = width
        exporter.export(str(path))
        return Path(path)

    def export_svg(self, path: str | Path) -> Path:
        from pyqtgraph.exporters import SVGExporter

        SVGExporter(self.layout_widget.scene()).export(str(path))
        return Path(path)


def _column(values: Sequence[Any]) -> np.ndarray:
    return np.asarray([np.nan if v is None else float(v) for v in values], np.float64)


def _positive(xs: np.ndarray, ys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Points a log axis can show (loss > 0, finite)."""
    n = min(len(xs), len(ys))
    xs, ys = xs[:n], ys[:n]
    keep = np.isfinite(ys) & (ys > 0)
    return xs[keep], ys[keep]
