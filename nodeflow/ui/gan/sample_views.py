"""The pictures of a GAN learning, after GAN Lab (Kahng et al., 2018), each fed one probe dict.

- `PlaneView` (2-D data): the discriminator's D(x) as a heat map behind everything (green
  where D says "real", purple where it says "fake", white where it cannot tell), the real
  samples as green dots, the generated ones as purple dots, and on the generated ones arrows
  pointing where the generator's gradient pushes them.
- `DensityView` (1-D data): the real and the generated densities as two histograms over the
  same axis, and D(x) as a curve over them on its own 0..1 scale at the right.
- `DigitsView` (image data): a grid of generated images, refreshed as training goes.

Each view only draws what the probe (`nodeflow.ui.gan.probe`) computed in the worker thread;
the axes stay fixed during a run (the probe fixes the grid once), so movement is the samples'.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

REAL = "#1a9850"
FAKE = "#7b3294"
ARROW = "#3d0f4f"
REAL_FILL = (26, 152, 80, 90)
FAKE_FILL = (123, 50, 148, 90)
D_CURVE = "#d95f02"
DECISION = pg.ColorMap([0.0, 0.5, 1.0], [(196, 160, 214), (250, 250, 250), (160, 214, 170)])
"""D(x): purple (0, "fake") through white (0.5, cannot tell) to green (1, "real")."""
ARROW_SHARE = 0.09
"""The longest arrow is this share of the plot's width (arrows show direction and relative size)."""
HEAD = 0.3
"""Arrow heads: this share of the arrow's length, at +-25 degrees."""
OUTSIDE = "#d9d9d9"
"""The plane's background outside the grid where D(x) was evaluated."""
GREEN_FIELD, PURPLE_FIELD = "#a0d6aa", "#c4a0d6"
"""DECISION's two ends, for the key."""


def mark(color: str, symbol: str, text: str) -> str:
    """One entry of a colour key: a symbol in the colour, then its words (non-breaking, so a
    wrapped key never splits a name)."""
    words = text.replace(" ", "&nbsp;")
    return f'<span style="color:{color}; font-weight:bold;">{symbol}</span>' + (f"&nbsp;{words}" if text else "")


def style_plot(plot: pg.PlotItem) -> None:
    for name in ("left", "bottom", "right"):
        axis = plot.getAxis(name)
        axis.setTextPen(pg.mkPen("#333"))
        axis.setPen(pg.mkPen("#777"))
        axis.enableAutoSIPrefix(False)  # a density of 0.8 reads 0.8, not "800 (x0.001)"


def arrow_segments(start: np.ndarray, vec: np.ndarray, length: float) -> tuple[np.ndarray, np.ndarray]:
    """x and y of line pairs (shaft + two head strokes per arrow) for `connect="pairs"`.

    `vec` (k, 2) is scaled so its longest row is `length`; zero rows draw nothing."""
    start, vec = np.asarray(start, np.float64), np.asarray(vec, np.float64)
    norms = np.hypot(vec[:, 0], vec[:, 1])
    keep = norms > 0
    if not np.any(keep):
        return np.zeros(0), np.zeros(0)
    start, vec, norms = start[keep], vec[keep], norms[keep]
    vec = vec * (length / norms.max())
    tip = start + vec
    pieces = [start, tip]
    for angle in (np.deg2rad(155.0), np.deg2rad(-155.0)):
        c, s = np.cos(angle), np.sin(angle)
        back = HEAD * np.stack([c * vec[:, 0] - s * vec[:, 1], s * vec[:, 0] + c * vec[:, 1]], axis=1)
        pieces += [tip, tip + back]
    # order: (start, tip), (tip, head1), (tip, head2) for each arrow
    pairs = np.stack([pieces[0], pieces[1], pieces[2], pieces[3], pieces[4], pieces[5]], axis=1).reshape(-1, 2)
    return pairs[:, 0], pairs[:, 1]


class _Translated(pg.PlotWidget):
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:  # pragma: no cover - overridden
        pass


class PlaneView(_Translated):
    """2-D samples over D's decision surface, with the generator's gradient arrows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        self.setObjectName("ganPlaneView")
        self.setMinimumSize(160, 140)
        plot = self.getPlotItem()
        style_plot(plot)
        plot.setAspectLocked(True, ratio=1.0)
        plot.setMenuEnabled(False)
        # grey where D was not evaluated (the plane drawn to scale is wider than the square grid):
        # white there would read as "D cannot tell"
        plot.getViewBox().setBackgroundColor(OUTSIDE)
        self.image = pg.ImageItem(axisOrder="col-major")
        self.image.setColorMap(DECISION)
        plot.addItem(self.image)
        self.real = pg.ScatterPlotItem(size=5, brush=pg.mkBrush(REAL), pen=pg.mkPen("w", width=0.5))
        self.fake = pg.ScatterPlotItem(size=5, brush=pg.mkBrush(FAKE), pen=pg.mkPen("w", width=0.5))
        self.arrows = pg.PlotDataItem(pen=pg.mkPen(ARROW, width=1.2), connect="pairs")
        for item in (self.real, self.fake, self.arrows):
            plot.addItem(item)
        self.last: dict | None = None
        self.retranslate()

    def retranslate(self) -> None:
        plot = self.getPlotItem()
        plot.setTitle(self.tr("Samples over D(x)"), color="#333", size="10pt")

    def key_text(self) -> str:
        """The colour key (shown under the view: a legend inside covered samples)."""
        return "&nbsp;&nbsp; ".join((
            mark(REAL, "&#9679;", self.tr("real")), mark(FAKE, "&#9679;", self.tr("generated")),
            mark(ARROW, "&#10230;", self.tr("G's next step")),
            self.tr("D(x): {real} real {half} cannot tell {fake} generated").format(
                real=mark(GREEN_FIELD, "&#9632;", ""), half=mark("#c8c8c8", "&#9633;", ""),
                fake=mark(PURPLE_FIELD, "&#9632;", "")),
        ))

    def reset(self) -> None:
        self.last = None
        self.image.clear()
        for item in (self.real, self.fake, self.arrows):
            item.setData([], [])

    def show_probe(self, probe: dict) -> None:
        self.last = probe
        field = probe.get("field")
        if field is not None:
            self.image.setImage(np.asarray(field["image"]), levels=(0.0, 1.0))
            x, y, w, h = field["rect"]
            self.image.setRect(x, y, w, h)
            self.getPlotItem().setRange(xRange=(x, x + w), yRange=(y, y + h), padding=0)
        real, fake = np.asarray(probe["real"]), np.asarray(probe["fake"])
        self.real.setData(real[:, 0], real[:, 1])
        self.fake.setData(fake[:, 0], fake[:, 1])
        arrows = probe.get("arrows")
        if arrows is not None and field is not None and len(arrows):
            k = len(arrows)
            xs, ys = arrow_segments(fake[:k], np.asarray(arrows), ARROW_SHARE * field["rect"][2])
            self.arrows.setData(xs, ys)
        else:
            self.arrows.setData([], [])


class DensityView(_Translated):
    """1-D: real and generated histograms (densities, same bins) and D(x) on a 0..1 axis."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        self.setObjectName("ganDensityView")
        self.setMinimumSize(160, 140)
        plot = self.getPlotItem()
        style_plot(plot)
        plot.setMenuEnabled(False)
        self.real = pg.PlotDataItem(stepMode="center", fillLevel=0, pen=pg.mkPen(REAL, width=1.5),
                                    brush=pg.mkBrush(*REAL_FILL))
        self.fake = pg.PlotDataItem(stepMode="center", fillLevel=0, pen=pg.mkPen(FAKE, width=1.5),
                                    brush=pg.mkBrush(*FAKE_FILL))
        plot.addItem(self.real)
        plot.addItem(self.fake)
        # D(x) lives on its own 0..1 scale at the right (pyqtgraph's MultiplePlotAxes recipe)
        self.d_box = pg.ViewBox()
        plot.showAxis("right")
        plot.scene().addItem(self.d_box)
        plot.getAxis("right").linkToView(self.d_box)
        self.d_box.setXLink(plot)
        self.d_box.setYRange(0.0, 1.0, padding=0.02)
        self.d_box.setMouseEnabled(x=False, y=False)
        self.d_curve = pg.PlotDataItem(pen=pg.mkPen(D_CURVE, width=2.5))
        self.half = pg.InfiniteLine(pos=0.5, angle=0, pen=pg.mkPen("#bbb", width=1, style=pg.QtCore.Qt.PenStyle.DashLine))
        self.d_box.addItem(self.half)
        self.d_box.addItem(self.d_curve)
        plot.vb.sigResized.connect(self._sync)
        self.last: dict | None = None
        self.retranslate()

    def _sync(self) -> None:
        self.d_box.setGeometry(self.getPlotItem().vb.sceneBoundingRect())

    def retranslate(self) -> None:
        plot = self.getPlotItem()
        plot.setTitle(self.tr("Densities and D(x)"), color="#333", size="10pt")
        plot.setLabel("bottom", "x", color="#333")
        plot.setLabel("left", self.tr("density"), color="#333")
        plot.setLabel("right", "D(x)", color=D_CURVE)

    def key_text(self) -> str:
        """The colour key (shown under the view: a legend inside covered D's curve)."""
        return "&nbsp;&nbsp; ".join((
            mark(REAL, "&#9608;", self.tr("real")), mark(FAKE, "&#9608;", self.tr("generated")),
            mark(D_CURVE, "&#9473;&#9473;", self.tr("D(x): P(real), on the right axis")),
        ))

    def reset(self) -> None:
        self.last = None
        for item in (self.real, self.fake, self.d_curve):
            item.setData([], [])

    def show_probe(self, probe: dict) -> None:
        self.last = probe
        edges = np.asarray(probe["hist_edges"])
        real_h, fake_h = np.asarray(probe["real_hist"]), np.asarray(probe["fake_hist"])
        self.real.setData(edges, real_h)
        self.fake.setData(edges, fake_h)
        field = probe.get("field")
        if field is not None:
            self.d_curve.setData(np.asarray(field["x"]), np.asarray(field["d"]))
        top = float(max(real_h.max(initial=0.0), fake_h.max(initial=0.0)))
        plot = self.getPlotItem()
        plot.setXRange(float(edges[0]), float(edges[-1]), padding=0)
        plot.setYRange(0.0, max(top, 1e-6) * 1.1, padding=0)
        self._sync()


class DigitsView(_Translated):
    """Generated images in a grid (on the real images' grey scale when the probe gives it, 1-pixel gaps)."""

    COLUMNS = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        self.setObjectName("ganDigitsView")
        self.setMinimumSize(140, 140)
        plot = self.getPlotItem()
        plot.hideAxis("left")
        plot.hideAxis("bottom")
        plot.setAspectLocked(True, ratio=1.0)
        plot.setMenuEnabled(False)
        plot.invertY(True)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setColorMap(pg.ColorMap([0.0, 1.0], [(255, 255, 255), (20, 20, 20)]))
        plot.addItem(self.image)
        self.last: dict | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.getPlotItem().setTitle(self.tr("Generated images"), color="#333", size="10pt")

    def key_text(self) -> str:
        return self.tr("the same noise every time: each square is one generated sample as it changes")

    def reset(self) -> None:
        self.last = None
        self.image.clear()

    @classmethod
    def sheet(cls, images: np.ndarray) -> np.ndarray:
        """(n, h, w) -> one (rows*(h+1)-1, cols*(w+1)-1) picture, NaN in the gaps (drawn white)."""
        n, h, w = images.shape
        cols = min(cls.COLUMNS, n)
        rows = -(-n // cols)
        out = np.full((rows * (h + 1) - 1, cols * (w + 1) - 1), np.nan)
        for i in range(n):
            r, c = divmod(i, cols)
            out[r * (h + 1): r * (h + 1) + h, c * (w + 1): c * (w + 1) + w] = images[i]
        return out

    def show_probe(self, probe: dict) -> None:
        self.last = probe
        images = np.asarray(probe["images"], np.float64)
        if images.size == 0:
            return
        sheet = self.sheet(images)
        finite = sheet[np.isfinite(sheet)]
        lo, hi = probe.get("levels") or (float(finite.min()), float(finite.max()))
        sheet = np.where(np.isfinite(sheet), sheet, lo)  # the gaps: background
        self.image.setImage(sheet, levels=(lo, hi if hi > lo else lo + 1.0))
        self.getPlotItem().setRange(xRange=(0, sheet.shape[1]), yRange=(0, sheet.shape[0]), padding=0.02)
