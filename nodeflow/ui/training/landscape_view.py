"""LandscapeView: the loss surface around the trained weights, with the path the run took.

After a run, *Compute loss surface* evaluates the training loss on a grid over a plane through
the final weights (`nodeflow.compute.landscape`) in a background thread, then draws it as a
heat map with contour lines (log scale: a bowl's floor and walls both read) and the run's path
from start to end. A model with two weights gets its own axes: the bowl of linear regression.
"""

from __future__ import annotations

import time
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from nodeflow.compute import landscape
from nodeflow.i18n import QT_TRANSLATE_NOOP
from nodeflow.ui.i18n.engine import engine_text
from nodeflow.ui.i18n.live import keep
from nodeflow.ui.training.background import BackgroundRunner

SAMPLES = 256
LEVELS = 8
SECONDS = 3.0
"""About how long a surface may take: the grid is as fine as that allows, 15 to 51 points a side."""


def grid_steps(seconds_per_loss: float, budget: float = SECONDS) -> int:
    return int(np.clip(np.sqrt(budget / max(seconds_per_loss, 1e-6)), 15, 51))


def compute(network: Any, path: landscape.WeightPath, data: tuple[np.ndarray, np.ndarray]) -> landscape.Surface:
    """The surface for a finished run (blocking: call it off the GUI thread)."""
    loss_at = landscape.NetworkLoss(network, *data, max_samples=SAMPLES)
    try:
        names = landscape.weight_names(network) or ("direction 1", "direction 2")
        weights = path.with_final(network.flat_w)
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):  # far corners may overflow
            started = time.perf_counter()
            loss_at(weights[-1])
            steps = grid_steps(time.perf_counter() - started)
            return landscape.surface(loss_at, weights, steps=steps, names=names)
    finally:
        loss_at.restore()


class LandscapeView(QWidget):
    """`set_run(network, path, data)` after a run enables *Compute*; `reset()` when a run starts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("landscapeView")
        self.button = QPushButton(objectName="landscapeCompute")
        keep(self.button, "setText", QT_TRANSLATE_NOOP("LandscapeView", "Compute loss surface"))
        self.button.clicked.connect(self.compute)
        self.summary = QLabel(objectName="landscapeSummary", wordWrap=True)
        self.view = pg.GraphicsLayoutWidget()
        self.view.setBackground("w")
        self.plot = self.view.addPlot()
        self.plot.setTitle(self.tr("Training loss around the trained weights"), color="#333", size="10pt")
        for name in ("left", "bottom"):
            self.plot.getAxis(name).setTextPen(pg.mkPen("#333"))
            self.plot.getAxis(name).setPen(pg.mkPen("#777"))
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setColorMap(pg.colormap.get("viridis"))
        self.plot.addItem(self.image)
        self.contours: list[pg.IsocurveItem] = []
        self.path_line = pg.PlotDataItem(pen=pg.mkPen("w", width=2), symbol="o", symbolSize=4,
                                         symbolBrush="w", symbolPen=None)
        self.start_mark = pg.ScatterPlotItem(size=12, symbol="o", brush=pg.mkBrush("#ffffff"),
                                             pen=pg.mkPen("#333", width=1.5))
        self.end_mark = pg.ScatterPlotItem(size=16, symbol="star", brush=pg.mkBrush("#e07b24"),
                                           pen=pg.mkPen("#333", width=1))
        for item in (self.path_line, self.start_mark, self.end_mark):
            self.plot.addItem(item)
        bar = QHBoxLayout()
        bar.addWidget(self.button)
        bar.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.runner = BackgroundRunner(self, thread_name="landscapeThread")
        self.runner.finished.connect(self._on_computed)
        self.runner.failed.connect(lambda message: self._say(
            self.tr("Could not compute the surface: {reason}").format(reason=engine_text(message))))
        self.runner.ended.connect(self._update_button)
        self.surface: landscape.Surface | None = None
        self._run: tuple[Any, Any, Any] | None = None
        self._generation = 0
        self._computing = -1
        self.reset()

    # ------------------------------------------------------------------ state
    def reset(self) -> None:
        """A run starts (or another document opens): the last surface no longer belongs to the
        network being trained; it is cleared, and one still being computed is dropped."""
        self._run = None
        self._generation += 1
        self.surface = None
        self.image.clear()
        for item in self.contours:
            item.setParentItem(None)
            if item.scene() is not None:
                item.scene().removeItem(item)
        self.contours = []
        for item in (self.path_line, self.start_mark, self.end_mark):
            item.setData([], [])
        self._update_button()
        self._say(self.tr("Train, then compute the loss surface around the weights the run found, "
                          "with the path it took to get there."))

    def set_run(self, network: Any, path: Any, data: Any) -> None:
        self._run = (network, path, data) if network is not None and path is not None and data is not None else None
        self._update_button()
        if self._run is not None:
            self._say(self.tr("Ready: the loss on {n} training samples over a grid (about {seconds} s at most).").format(
                n=min(SAMPLES, len(data[0])), seconds=f"{SECONDS:.0f}"))

    def set_failed(self, message: str) -> None:
        """The run ended with an error (a divergence): no surface around weights that flew off."""
        self._run = None
        self._update_button()
        self._say(self.tr("No surface: {reason}").format(reason=engine_text(message)))

    def _update_button(self) -> None:
        self.button.setEnabled(self._run is not None and not self.runner.running)

    def _say(self, text: str) -> None:
        self.summary.setText(text)

    def compute(self) -> bool:
        if self._run is None or self.runner.running:
            return False
        network, path, data = self._run
        self._computing = self._generation
        started = self.runner.run_in_background(lambda: compute(network, path, data))
        self._update_button()
        self._say(self.tr("Computing the loss surface…"))
        return started

    def shutdown(self) -> None:
        self.runner.shutdown()

    # ------------------------------------------------------------------ drawing
    def _on_computed(self, surface: landscape.Surface) -> None:
        if self._computing == self._generation:  # not for a run (or document) since replaced
            self.show_surface(surface)

    def show_surface(self, surface: landscape.Surface) -> None:
        self.surface = surface
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
        for item in self.contours:
            item.setParentItem(None)
            if item.scene() is not None:
                item.scene().removeItem(item)
        self.contours = []
        for level in np.linspace(low, top, LEVELS + 2)[1:-1]:
            # IsocurveItem indexes data[x, y]; the image holds rows of y: hand it the transpose
            curve = pg.IsocurveItem(data=shown.T, level=float(level), pen=pg.mkPen(255, 255, 255, 110))
            curve.setParentItem(self.image)  # in the image's coordinates, so it lines up
            self.contours.append(curve)
        path = np.asarray(surface.path)
        self.path_line.setData(path[:, 0], path[:, 1])
        self.start_mark.setData([path[0, 0]], [path[0, 1]])
        self.end_mark.setData([path[-1, 0]], [path[-1, 1]])
        self.plot.setLabel("bottom", self._axis(surface.axes[0]), color="#333")
        self.plot.setLabel("left", self._axis(surface.axes[1]), color="#333")
        self.plot.setRange(xRange=(a[0], a[-1]), yRange=(b[0], b[-1]), padding=0)
        if surface.explained >= 1.0 and surface.axes[0] != "direction 1":
            how = self.tr("The axes are the model's two weights")
        else:
            how = self.tr("The plane through the final weights spanned by the two directions the weights "
                          "moved most ({share} of the movement)").format(share=f"{surface.explained:.0%}")
        self._say(self.tr("{how}; colour is log10 of the training loss, from {low} to {high}. "
                          "The line is the run: ○ start, ★ end.").format(how=how, low=f"{10 ** low:.3g}",
                                                                        high=f"{10 ** top:.3g}"))

    def _axis(self, name: str) -> str:
        """"direction 1" (a direction the weights moved) in the current language; a weight's name as it is."""
        if name == "direction 1":
            return self.tr("direction 1")
        if name == "direction 2":
            return self.tr("direction 2")
        return name
