"""ResultsView: what the trained network does.

Classifiers: a confusion matrix (rows = true class, columns = predicted) with counts written
in the cells and per-class accuracy below, on the test split (else validation, else
training). 2-D inputs: a decision map (predicted probability of class 1, or the arg-max class)
with the training points scattered over it, updated live. Regression: predictions against
targets with the identity line and, for a single input feature, the data with the model's
curve through them, updated live (the line of a linear regression settling onto the points).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from nodeflow.ui.training.inspect import PALETTE

CLASS_COLORS = PALETTE  # the same colour for class k here as for series k elsewhere


def _style(plot: pg.PlotItem, title: str, bottom: str, left: str) -> None:
    plot.setTitle(title, color="#333", size="10pt")
    plot.setLabel("bottom", bottom, color="#333")
    plot.setLabel("left", left, color="#333")
    for name in ("left", "bottom"):
        plot.getAxis(name).setTextPen(pg.mkPen("#333"))
        plot.getAxis(name).setPen(pg.mkPen("#777"))


class ResultsView(QWidget):
    """Decision map, confusion matrix and prediction scatter; each plot shows when it applies."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsView")
        self.view = pg.GraphicsLayoutWidget()
        self.view.setBackground("w")
        self.summary = QLabel("Results appear when training runs.", objectName="resultsSummary")
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)

        self.boundary_plot = self.view.addPlot(row=0, col=0)
        _style(self.boundary_plot, "Decision boundary", "x0", "x1")
        self.boundary_image = pg.ImageItem(axisOrder="col-major")
        self.boundary_plot.addItem(self.boundary_image)
        self.boundary_points = pg.ScatterPlotItem(size=6, pen=pg.mkPen("w", width=0.8))
        self.boundary_plot.addItem(self.boundary_points)

        self.confusion_plot = self.view.addPlot(row=0, col=1)
        _style(self.confusion_plot, "Confusion matrix", "predicted class", "true class")
        self.confusion_plot.invertY(True)
        self.confusion_plot.setAspectLocked(True)
        self.confusion_image = pg.ImageItem(axisOrder="row-major")
        self.confusion_image.setColorMap(pg.colormap.get("CET-L12") or pg.colormap.get("viridis"))
        self.confusion_plot.addItem(self.confusion_image)
        self.confusion_texts: list[pg.TextItem] = []

        self.class_plot = self.view.addPlot(row=0, col=2)
        _style(self.class_plot, "Accuracy per class", "class", "accuracy")
        self.class_plot.setYRange(0, 1, padding=0.02)
        self.class_bars = pg.BarGraphItem(x=[], height=[], width=0.7, brush="#2f6fd6", pen=None)
        self.class_plot.addItem(self.class_bars)

        self.fit_plot = self.view.addPlot(row=0, col=3)
        _style(self.fit_plot, "Model and data", "x", "y")
        self.fit_points = pg.ScatterPlotItem(size=5, brush=pg.mkBrush(47, 111, 214, 120), pen=None)
        self.fit_curve = pg.PlotDataItem(pen=pg.mkPen("#e07b24", width=2.5))
        self.fit_plot.addItem(self.fit_points)
        self.fit_plot.addItem(self.fit_curve)

        self.regression_plot = self.view.addPlot(row=0, col=4)
        _style(self.regression_plot, "Predictions vs targets", "target", "prediction")
        self.regression_points = pg.ScatterPlotItem(size=5, brush=pg.mkBrush(47, 111, 214, 150), pen=None)
        self.regression_line = pg.PlotDataItem(
            pen=pg.mkPen("#999", width=1, style=pg.QtCore.Qt.PenStyle.DashLine)
        )
        self.regression_plot.addItem(self.regression_line)
        self.regression_plot.addItem(self.regression_points)

        self.last_boundary: dict | None = None
        self.last_results: dict | None = None
        self._dirty = False
        self.reset()

    def reset(self) -> None:
        for plot in (self.boundary_plot, self.confusion_plot, self.class_plot, self.fit_plot,
                     self.regression_plot):
            plot.hide()
        self.summary.setText("Results appear when training runs.")
        self.last_boundary = self.last_results = None
        self._dirty = False

    def add_update(self, payload: dict, redraw: bool = True) -> None:
        """Keep the newest decision map / results; draw them now or at the next `refresh`."""
        if payload.get("boundary") is not None:
            self.last_boundary, self._dirty = payload["boundary"], True
        if payload.get("results") is not None:
            self.last_results, self._dirty = payload["results"], True
        if redraw:
            self.refresh()

    def refresh(self, force: bool = False) -> None:
        if not self._dirty or not (force or self.isVisible()):
            return
        self._dirty = False
        if self.last_boundary is not None:
            self.show_boundary(self.last_boundary)
        if self.last_results is not None:
            self.show_results(self.last_results)
        self._fit_layout()

    def _fit_layout(self) -> None:
        """Showing or hiding plots makes the layout shrink itself to its size hint; give it the
        whole view again (as pyqtgraph's resizeEvent does)."""
        self.view.setRange(self.view.range, padding=0, disableAutoPixel=False)

    def showEvent(self, event) -> None:  # noqa: ANN001
        super().showEvent(event)
        self.refresh()

    def show_final(self, done: dict) -> None:
        self.add_update(done)

    # ------------------------------------------------------------------ decision map
    def show_boundary(self, data: dict) -> None:
        self.last_boundary = data
        image = np.asarray(data["image"])
        classes = int(data["classes"])
        if classes == 2:  # probability of class 1: blue (0) to white (0.5) to orange (1)
            cmap = pg.ColorMap([0.0, 0.5, 1.0], [(120, 160, 230), (250, 250, 250), (240, 170, 110)])
            levels = (0.0, 1.0)
        else:
            colors = [pg.mkColor(CLASS_COLORS[i % len(CLASS_COLORS)]).lighter(160) for i in range(classes)]
            cmap = pg.ColorMap(np.linspace(0, 1, classes), colors)
            levels = (0.0, float(classes - 1))
        self.boundary_image.setColorMap(cmap)
        self.boundary_image.setImage(image, levels=levels)  # col-major: image[i, j] at (x0_i, x1_j)
        x, y, w, h = data["rect"]
        self.boundary_image.setRect(x, y, w, h)
        labels = np.asarray(data["labels"])
        brushes = [pg.mkBrush(CLASS_COLORS[int(c) % len(CLASS_COLORS)]) for c in labels]
        pts = np.asarray(data["points"])
        self.boundary_points.setData(pts[:, 0], pts[:, 1], brush=brushes)
        self.boundary_plot.setRange(xRange=(x, x + w), yRange=(y, y + h), padding=0)
        self.boundary_plot.show()

    # ------------------------------------------------------------------ results
    def show_results(self, results: dict) -> None:
        self.last_results = results
        if results["kind"] == "classification":
            self._show_confusion(results)
        else:
            self._show_regression(results)

    def _show_confusion(self, results: dict) -> None:
        matrix = np.asarray(results["confusion"])
        k = matrix.shape[0]
        share = matrix / np.maximum(1, matrix.sum(axis=1, keepdims=True))
        self.confusion_image.setImage(share.astype(np.float32), levels=(0.0, 1.0))
        self.confusion_image.setRect(-0.5, -0.5, k, k)
        for item in self.confusion_texts:
            self.confusion_plot.removeItem(item)
        self.confusion_texts = []
        if k <= 12:
            for i in range(k):
                for j in range(k):
                    color = "w" if share[i, j] > 0.5 else "#222"
                    text = pg.TextItem(str(int(matrix[i, j])), color=color, anchor=(0.5, 0.5))
                    text.setPos(j, i)
                    self.confusion_plot.addItem(text)
                    self.confusion_texts.append(text)
        ticks = [[(i, str(i)) for i in range(k)]]
        self.confusion_plot.getAxis("bottom").setTicks(ticks)
        self.confusion_plot.getAxis("left").setTicks(ticks)
        self.confusion_plot.setRange(xRange=(-0.5, k - 0.5), yRange=(-0.5, k - 0.5), padding=0.02)
        per_class = " · ".join(
            f"{i}: {'–' if np.isnan(a) else f'{a:.0%}'}" for i, a in enumerate(results["per_class"])
        )
        self.summary.setText(
            f"Accuracy on the {results['split']} split ({int(matrix.sum())} samples): "
            f"{results['accuracy']:.1%}. Per class: {per_class}"
        )
        self.confusion_plot.show()
        acc = np.nan_to_num(np.asarray(results["per_class"], np.float64))
        self.class_bars.setOpts(x=np.arange(k), height=acc)
        self.class_plot.getAxis("bottom").setTicks(ticks)
        self.class_plot.setXRange(-0.6, k - 0.4, padding=0)
        self.class_plot.show()

    def _show_regression(self, results: dict) -> None:
        pred, target = np.asarray(results["pred"]), np.asarray(results["target"])
        self.regression_points.setData(target, pred)
        if len(target):
            lo = float(min(target.min(), pred.min()))
            hi = float(max(target.max(), pred.max()))
            self.regression_line.setData([lo, hi], [lo, hi])
            rmse = float(np.sqrt(np.mean((pred - target) ** 2)))
            self.summary.setText(
                f"Root mean squared error on the {results['split']} split ({len(target)} samples): {rmse:.4g}"
            )
        self.regression_plot.show()
        if "curve_x" in results:  # one input feature: the data and the model's curve through them
            self.fit_points.setData(np.asarray(results["x"]), target)
            self.fit_curve.setData(np.asarray(results["curve_x"]), np.asarray(results["curve_y"]))
            self.fit_plot.show()
        else:
            self.fit_plot.hide()
