"""ResultsView: what the trained network does.

Classifiers: a confusion matrix (rows = true class, columns = predicted) with counts written
in the cells and per-class accuracy below, on the test split (else validation, else
training). 2-D inputs: a decision map (predicted probability of class 1, or the arg-max class)
with the training points scattered over it, updated live. Regression: predictions against
targets with the identity line and, for a single input feature, the data with the model's
curve through them, updated live (the line of a linear regression settling onto the points).

Each picture is its own widget in a row, shown when it applies. The decision map and the
predictions-against-targets plot keep equal axes (drawn to scale: a circle looks round, the
identity line runs at 45 degrees); the confusion matrix sizes its counts to its cells.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from nodeflow.ui.training.confusion_view import ConfusionMatrixView
from nodeflow.ui.training.inspect import PALETTE

CLASS_COLORS = PALETTE  # the same colour for class k here as for series k elsewhere


def _style(plot: pg.PlotItem, title: str, bottom: str, left: str) -> None:
    plot.setTitle(title, color="#333", size="10pt")
    plot.setLabel("bottom", bottom, color="#333")
    plot.setLabel("left", left, color="#333")
    for name in ("left", "bottom"):
        plot.getAxis(name).setTextPen(pg.mkPen("#333"))
        plot.getAxis(name).setPen(pg.mkPen("#777"))


def _plot_view(title: str, bottom: str, left: str) -> pg.PlotWidget:
    view = pg.PlotWidget(background="w")
    view.setMinimumSize(140, 140)
    _style(view.getPlotItem(), title, bottom, left)
    return view


class ResultsView(QWidget):
    """Decision map, confusion matrix and prediction scatter; each plot shows when it applies."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsView")
        self.summary = QLabel(objectName="resultsSummary")
        self.summary.setWordWrap(True)

        self.boundary_view = _plot_view("Decision boundary", "x0", "x1")
        self.boundary_plot = self.boundary_view.getPlotItem()
        self.boundary_plot.setAspectLocked(True, ratio=1.0)  # drawn to scale
        self.boundary_image = pg.ImageItem(axisOrder="col-major")
        self.boundary_plot.addItem(self.boundary_image)
        self.boundary_points = pg.ScatterPlotItem(size=6, pen=pg.mkPen("w", width=0.8))
        self.boundary_plot.addItem(self.boundary_points)

        self.confusion_view = ConfusionMatrixView()

        self.class_view = _plot_view("Accuracy per class", "class", "accuracy")
        self.class_plot = self.class_view.getPlotItem()
        self.class_plot.setYRange(0, 1, padding=0.02)
        self.class_bars = pg.BarGraphItem(x=[], height=[], width=0.7, brush="#2f6fd6", pen=None)
        self.class_plot.addItem(self.class_bars)

        self.fit_view = _plot_view("Model and data", "x", "y")
        self.fit_plot = self.fit_view.getPlotItem()
        self.fit_points = pg.ScatterPlotItem(size=5, brush=pg.mkBrush(47, 111, 214, 120), pen=None)
        self.fit_curve = pg.PlotDataItem(pen=pg.mkPen("#e07b24", width=2.5))
        self.fit_plot.addItem(self.fit_points)
        self.fit_plot.addItem(self.fit_curve)

        self.regression_view = _plot_view("Predictions vs targets", "target", "prediction")
        self.regression_plot = self.regression_view.getPlotItem()
        self.regression_plot.setAspectLocked(True, ratio=1.0)  # the identity line at 45 degrees
        self.regression_points = pg.ScatterPlotItem(size=5, brush=pg.mkBrush(47, 111, 214, 150), pen=None)
        self.regression_line = pg.PlotDataItem(
            pen=pg.mkPen("#999", width=1, style=pg.QtCore.Qt.PenStyle.DashLine)
        )
        self.regression_plot.addItem(self.regression_line)
        self.regression_plot.addItem(self.regression_points)

        row = QHBoxLayout()
        row.setSpacing(4)
        for view, stretch in ((self.boundary_view, 3), (self.confusion_view, 3), (self.class_view, 2),
                              (self.fit_view, 3), (self.regression_view, 3)):
            row.addWidget(view, stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.summary)
        layout.addLayout(row, 1)

        self.last_boundary: dict | None = None
        self.last_results: dict | None = None
        self._dirty = False
        self._has_classes = False
        self._label_plots()
        self.reset()

    def _label_plots(self) -> None:
        """Titles and axes in the current language (again on a LanguageChange)."""
        _style(self.boundary_view.getPlotItem(), self.tr("Decision boundary"), "x0", "x1")
        _style(self.class_plot, self.tr("Accuracy per class"), self.tr("class"), self.tr("accuracy"))
        _style(self.fit_plot, self.tr("Model and data"), "x", "y")
        _style(self.regression_plot, self.tr("Predictions vs targets"), self.tr("target"), self.tr("prediction"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "regression_plot"):
            self._label_plots()
            if self.last_results is not None:
                self.show_results(self.last_results)
            elif not self.last_boundary:
                self.summary.setText(self.tr("Results appear when training runs."))
        super().changeEvent(event)

    def _split(self, split: str) -> str:
        return {"test": self.tr("test"), "val": self.tr("validation"), "train": self.tr("training")}.get(split, split)

    NARROW = 720
    """Below this width the per-class bars give way (the summary line lists the same numbers)."""

    def resizeEvent(self, event) -> None:  # noqa: ANN001
        super().resizeEvent(event)
        self._place_class_bars()

    def _place_class_bars(self) -> None:
        self.class_view.setVisible(self._has_classes and self.width() >= self.NARROW)

    @property
    def views(self) -> tuple[QWidget, ...]:
        return (self.boundary_view, self.confusion_view, self.class_view, self.fit_view, self.regression_view)

    def reset(self) -> None:
        for view in self.views:
            view.hide()
        self.boundary_image.clear()
        self.boundary_points.setData([], [])
        self.confusion_view.set_matrix(np.zeros((0, 0)))
        self._has_classes = False
        self.summary.setText(self.tr("Results appear when training runs."))
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
        self.boundary_view.show()

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
        names = [str(n) for n in results.get("class_names") or []]
        names = names if len(names) == k else [str(i) for i in range(k)]
        self.confusion_view.set_matrix(matrix, names)
        per_class = " · ".join(
            f"{names[i]}: {'–' if np.isnan(a) else f'{a:.0%}'}" for i, a in enumerate(results["per_class"])
        )
        self.summary.setText(self.tr("Accuracy on the {split} split ({n} samples): {value}. Per class: {classes}").format(
            split=self._split(results["split"]), n=int(matrix.sum()), value=f"{results['accuracy']:.1%}",
            classes=per_class))
        self.confusion_view.show()
        acc = np.nan_to_num(np.asarray(results["per_class"], np.float64))
        self.class_bars.setOpts(x=np.arange(k), height=acc)
        step = max(1, k // 10)
        self.class_plot.getAxis("bottom").setTicks([[(i, names[i][:12]) for i in range(0, k, step)]])
        self.class_plot.setXRange(-0.6, k - 0.4, padding=0)
        self._has_classes = True
        self._place_class_bars()

    def _show_regression(self, results: dict) -> None:
        pred, target = np.asarray(results["pred"]), np.asarray(results["target"])
        self.regression_points.setData(target, pred)
        if len(target):
            lo = float(min(target.min(), pred.min()))
            hi = float(max(target.max(), pred.max()))
            self.regression_line.setData([lo, hi], [lo, hi])
            self.regression_plot.setRange(xRange=(lo, hi), yRange=(lo, hi), padding=0.05)
            rmse = float(np.sqrt(np.mean((pred - target) ** 2)))
            self.summary.setText(self.tr("Root mean squared error on the {split} split ({n} samples): {value}").format(
                split=self._split(results["split"]), n=len(target), value=f"{rmse:.4g}"))
        self.regression_view.show()
        if "curve_x" in results:  # one input feature: the data and the model's curve through them
            self.fit_points.setData(np.asarray(results["x"]), target)
            self.fit_curve.setData(np.asarray(results["curve_x"]), np.asarray(results["curve_y"]))
            self.fit_view.show()
        else:
            self.fit_view.hide()
