"""InspectView: seeing inside the network while it trains.

Top: mean |gradient| per layer over epochs on a log axis, one line per layer; in a deep
Sigmoid stack the first layers' lines sit decades below the last ones (vanishing gradients),
with ReLU they stay together. Below: for the layer picked in the list, heat maps of its
weights, activations and log10|gradients| histograms over time (x = epoch, y = value bin,
colour = share of values in the bin).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from nodeflow.i18n import QT_TRANSLATE_NOOP
from nodeflow.ui.i18n.live import keep, text_of
from nodeflow.ui.training.probes import KINDS

PALETTE = (
    "#2f6fd6",
    "#e07b24",
    "#2e9d5b",
    "#c0392b",
    "#8e44ad",
    "#16a085",
    "#d35400",
    "#7f8c8d",
    "#b8860b",
    "#1f3a93",
)
AXIS_LABEL = {"weights": QT_TRANSLATE_NOOP("InspectView", "weight"),
              "activations": QT_TRANSLATE_NOOP("InspectView", "activation"),
              "gradients": QT_TRANSLATE_NOOP("InspectView", "log10 |gradient|")}
TITLES = {"weights": QT_TRANSLATE_NOOP("InspectView", "Weights"),
          "activations": QT_TRANSLATE_NOOP("InspectView", "Activations"),
          "gradients": QT_TRANSLATE_NOOP("InspectView", "Gradients")}


class InspectView(QWidget):
    """Fed with epoch events carrying "grad_stats" and (sometimes) "hist" from the worker."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspectView")
        self.grad_history: dict[str, list[tuple[int, float]]] = {}
        self.columns: dict[str, dict[str, list[tuple[int, np.ndarray]]]] = {}
        self.edges: dict[tuple[str, str], np.ndarray] = {}
        self._dirty = False

        self.node_box = QComboBox(objectName="inspectNode")
        self.node_box.currentTextChanged.connect(lambda _t: self._draw_heatmaps())
        top = QHBoxLayout()
        layer_label = QLabel()
        keep(layer_label, "setText", QT_TRANSLATE_NOOP("InspectView", "Layer:"))
        top.addWidget(layer_label)
        top.addWidget(self.node_box, 1)

        self.view = pg.GraphicsLayoutWidget()
        self.view.setBackground("w")
        # one row, so the view stays readable in a low dock: the per-layer gradients first and
        # wider, then the selected layer's weights, activations and gradients over time
        self.grad_plot = self.view.addPlot(row=0, col=0)
        # no grid: cheaper repaints while training
        self.grad_legend = self.grad_plot.addLegend(
            offset=(-5, 5), labelTextColor="#333", brush=pg.mkBrush(255, 255, 255, 200)
        )
        self.grad_curves: dict[str, pg.PlotDataItem] = {}
        self.heat_plots: dict[str, pg.PlotItem] = {}
        self.images: dict[str, pg.ImageItem] = {}
        cmap = pg.colormap.get("viridis")
        for col, kind in enumerate(KINDS):
            plot = self.view.addPlot(row=0, col=col + 1)
            plot.getAxis("left").enableAutoSIPrefix(False)  # "0.4", not "400 (x0.001)"
            image = pg.ImageItem(axisOrder="row-major")
            image.setColorMap(cmap)
            plot.addItem(image)
            self.heat_plots[kind] = plot
            self.images[kind] = image
        for plot in (self.grad_plot, *self.heat_plots.values()):
            for name in ("left", "bottom"):
                plot.getAxis(name).setTextPen(pg.mkPen("#333"))
                plot.getAxis(name).setPen(pg.mkPen("#777"))
        self.view.ci.layout.setColumnStretchFactor(0, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self._label_plots()

    def _label_plots(self) -> None:
        """Titles and axes in the current language (again on a LanguageChange)."""
        self.grad_plot.setTitle(self.tr("Mean |gradient| per layer"), color="#333", size="10pt")
        self.grad_plot.setLabel("left", self.tr("mean |gradient|"), color="#333")
        self.grad_plot.setLabel("bottom", self.tr("epoch"), color="#333")
        for kind, plot in self.heat_plots.items():
            plot.setTitle(text_of(TITLES[kind]), color="#333", size="10pt")
            plot.setLabel("bottom", self.tr("epoch"), color="#333")
            plot.setLabel("left", text_of(AXIS_LABEL[kind]), color="#333")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "heat_plots"):
            self._label_plots()
        super().changeEvent(event)

    def reset(self) -> None:
        self.grad_history.clear()
        self.columns.clear()
        self.edges.clear()
        for curve in self.grad_curves.values():
            self.grad_plot.removeItem(curve)
        self.grad_curves.clear()
        self.grad_legend.clear()
        self.node_box.clear()
        for image in self.images.values():
            image.clear()

    def set_edges(self, edges: dict[tuple[str, str], np.ndarray]) -> None:
        """Histogram bin edges (from the worker's HistogramProbe), for the y axes."""
        self.edges.update(edges)

    def add_update(self, payload: dict, redraw: bool = True) -> None:
        for event in payload.get("epochs") or []:
            self.add_epoch(event, redraw=False)
        if redraw:
            self.refresh()

    def refresh(self, force: bool = False) -> None:
        """Draw what arrived since the last draw; skipped while hidden (drawn when shown)."""
        if not self._dirty or not (force or self.isVisible()):
            return
        self._dirty = False
        self._draw_gradients()
        self._draw_heatmaps()

    def showEvent(self, event) -> None:  # noqa: ANN001
        super().showEvent(event)
        self.refresh()

    def add_epoch(self, event: dict, redraw: bool = True) -> None:
        epoch = int(event["epoch"])
        for node, value in (event.get("grad_stats") or {}).items():
            self.grad_history.setdefault(node, []).append((epoch, max(float(value), 1e-30)))
        for node, kinds in (event.get("hist") or {}).items():
            for kind, counts in kinds.items():
                self.columns.setdefault(node, {}).setdefault(kind, []).append((epoch, counts))
        for node, kinds in (event.get("hist_edges") or {}).items():
            for kind, edges in kinds.items():
                if edges is not None:
                    self.edges[(node, kind)] = edges
        if self.node_box.count() != len(self.columns):
            current = self.node_box.currentText()
            self.node_box.blockSignals(True)
            self.node_box.clear()
            self.node_box.addItems(list(self.columns))
            if current in self.columns:
                self.node_box.setCurrentText(current)
            self.node_box.blockSignals(False)
        self._dirty = True
        if redraw:
            self.refresh()

    def _draw_gradients(self) -> None:
        for i, (node, points) in enumerate(self.grad_history.items()):
            curve = self.grad_curves.get(node)
            if curve is None:
                curve = self.grad_plot.plot(pen=pg.mkPen(PALETTE[i % len(PALETTE)], width=2), name=node)
                self.grad_curves[node] = curve
            arr = np.asarray(points, np.float64)
            curve.setData(arr[:, 0], np.log10(arr[:, 1]))  # drawn in decades; ticks labelled 1e-k
        values = [v for points in self.grad_history.values() for _e, v in points]
        if values:  # at least two decades, labelled at whole decades only (readable on a short plot)
            lo, hi = np.log10(min(values)), np.log10(max(values))
            mid, half = (lo + hi) / 2, max((hi - lo) / 2 + 0.2, 1.1)
            self.grad_plot.setYRange(mid - half, mid + half, padding=0)
            decades = range(int(np.floor(mid - half)), int(np.ceil(mid + half)) + 1)
            step = max(1, len(decades) // 5)
            self.grad_plot.getAxis("left").setTicks([[(d, f"1e{d}") for d in decades[::step]], []])
        self.grad_legend.setColumnCount(max(1, (len(self.grad_history) + 1) // 2))

    def heatmap(self, node: str, kind: str) -> np.ndarray | None:
        """(bins, epochs) shares of values per bin; epochs without a probe repeat the last one."""
        cols = self.columns.get(node, {}).get(kind)
        if not cols:
            return None
        first, last = cols[0][0], cols[-1][0]
        bins = len(cols[0][1])
        out = np.zeros((bins, last - first + 1), np.float32)
        j = 0
        for e in range(first, last + 1):
            while j + 1 < len(cols) and cols[j + 1][0] <= e:
                j += 1
            counts = cols[j][1]
            total = float(counts.sum()) or 1.0
            out[:, e - first] = counts / total
        return out

    def _draw_heatmaps(self) -> None:
        node = self.node_box.currentText()
        for kind, image in self.images.items():
            data = self.heatmap(node, kind) if node else None
            if data is None:
                image.clear()
                continue
            cols = self.columns[node][kind]
            first = cols[0][0]
            edges = self.edges.get((node, kind))
            lo, hi = (float(edges[0]), float(edges[-1])) if edges is not None else (0.0, float(data.shape[0]))
            image.setImage(
                np.sqrt(data), autoLevels=False, levels=(0.0, max(1e-6, float(np.sqrt(data).max())))
            )
            image.setRect(first - 0.5, lo, data.shape[1], hi - lo)
