"""TrainingPlots: live loss, accuracy and learning-rate curves (pyqtgraph).

Batch losses go into preallocated NumPy buffers grown by doubling; every curve is drawn with
auto downsampling (peak for raw batch losses, mean for smooth lines) and clip-to-view, so a
run of a million batches still redraws cheaply (pyqtgraph's scrollingPlots recipe).

The bold curves are one run's: the one training, or the run picked in the runs list. The other
shown runs of the document are drawn faint behind it, from their records (`graph.runs.Run`);
click a faint curve to pick its run. A continued run's curves go on along the x axis from where
its parent stopped, with a dashed line where it took over.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Sequence
from html import escape
from pathlib import Path
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from nodeflow.graph.runs import CONTINUE, DIVERGED, FILE, Run
from nodeflow.ui.training.progress import ElidedLabel
from nodeflow.ui.training.runs_view import shown_name

TRAIN = "#2f6fd6"
VAL = "#e07b24"
SMOOTH = "#12306b"
LR = "#2e9d5b"
EMA_ALPHA = 0.05
CSV_FIELDS = ("epoch", "train_loss", "val_loss", "train_acc", "val_acc", "lr", "seconds")
OBJECTIVE_COLORS = (TRAIN, "#c0392b", "#16a085", "#8e44ad", "#b8860b")
"""Several objectives (a GAN): the first loss in the training colour, the others after it (the
GAN tab's loss curves use the same colours in the same order)."""
D_REAL, D_FAKE = "#1a9850", "#7b3294"
"""D's accuracy on real and on generated samples: the GAN views' colours for real and fake."""
D_ACC_KEYS = ("acc_real", "acc_fake")


def faded(color: str, alpha: int = 70) -> pg.QtGui.QColor:
    c = pg.mkColor(color)
    c.setAlpha(alpha)
    return c


class GrowingCurve:
    """x/y buffers that double when full; `data()` gives views of the filled part."""

    def __init__(self, capacity: int = 1024) -> None:
        self.x = np.zeros(capacity)
        self.y = np.zeros(capacity)
        self.n = 0

    def extend(self, xs: np.ndarray, ys: np.ndarray) -> None:
        need = self.n + len(ys)
        if need > len(self.y):
            size = len(self.y)
            while size < need:
                size *= 2
            self.x = np.resize(self.x, size)
            self.y = np.resize(self.y, size)
        self.x[self.n : need] = xs
        self.y[self.n : need] = ys
        self.n = need

    def data(self) -> tuple[np.ndarray, np.ndarray]:
        return self.x[: self.n], self.y[: self.n]


def _key_label() -> QLabel:
    """The colour key of the training and validation curves, shown once for all four plots."""
    label = QLabel(objectName="curvesKey")
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setText(_key_text())
    label.setStyleSheet("color: #333;")
    return label


def _key_text(objectives: Sequence[str] = (), d_accuracy: bool = False, validation: bool = True) -> str:
    """The colour key: training and validation; with several objectives one swatch per loss
    (named by its node id) and, for a GAN, D's accuracy on real and on generated samples."""
    def swatch(color: Any, text: str, dashed: bool = False) -> str:
        line = "&#9476;&#9476;" if dashed else "&#9473;&#9473;"
        return f'<span style="color:{pg.mkColor(color).name()}; font-weight:bold;">{line}</span>&nbsp;{text}'

    if len(objectives) > 1:
        parts = [swatch(OBJECTIVE_COLORS[i % len(OBJECTIVE_COLORS)], escape(loss)) for i, loss in enumerate(objectives)]
    else:
        parts = [swatch(TRAIN, QCoreApplication.translate("TrainingPlots", "training"))]
    if validation or len(objectives) <= 1:
        parts.append(swatch(VAL, QCoreApplication.translate("TrainingPlots", "validation")))
    if d_accuracy:
        parts += [swatch(D_REAL, QCoreApplication.translate("TrainingPlots", "D right on real"), True),
                  swatch(D_FAKE, QCoreApplication.translate("TrainingPlots", "D right on generated"), True)]
    return "&nbsp;&nbsp;".join(parts)


def ema(values: np.ndarray, start: float | None, alpha: float = EMA_ALPHA) -> np.ndarray:
    """Exponential moving average of values (n,), continuing from `start` (the last smoothed value)."""
    out = np.empty(len(values))
    last = start
    for i, v in enumerate(values):
        last = v if last is None or not math.isfinite(last) else last + alpha * (v - last)
        out[i] = last
    return out


class TrainingPlots(QWidget):
    """Loss per batch (+ EMA), loss per epoch, accuracy per epoch, learning rate.

    `runPicked(str)`: a faint curve was clicked (the id of its run)."""

    exported = Signal(str)
    runPicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingPlots")
        self.history: list[dict[str, Any]] = []
        self.earlier: dict[str, list[pg.PlotDataItem]] = {}
        """The faint curves of the other shown runs, by run id."""
        self.run_index = 0
        self.shown_run: Run | None = None
        """The run in the bold curves (None: nothing yet, or curves fed without a run record)."""
        self.epoch_offset = 0
        self.batch_offset = 0
        self.markers: list[pg.InfiniteLine] = []

        self.layout_widget = pg.GraphicsLayoutWidget()
        self.layout_widget.setBackground("w")
        self.batch_plot = self._plot(0)
        self.epoch_plot = self._plot(1)
        self.acc_plot = self._plot(2)
        self.lr_plot = self._plot(3)
        self.acc_plot.setYRange(0, 1, padding=0.02)

        self.batch_curve = self.batch_plot.plot(pen=pg.mkPen(faded(TRAIN, 110), width=1), name="batch")
        self.batch_curve.setDownsampling(auto=True, method="peak")
        self.batch_curve.setClipToView(True)
        self.smooth_curve = self.batch_plot.plot(pen=pg.mkPen(SMOOTH, width=2), name="smoothed")
        self.train_curve = self.epoch_plot.plot(pen=pg.mkPen(TRAIN, width=2), name="training")
        self.val_curve = self.epoch_plot.plot(
            pen=pg.mkPen(VAL, width=2), name="validation"
        )  # no symbols: cheaper paints
        self.train_acc_curve = self.acc_plot.plot(pen=pg.mkPen(TRAIN, width=2), name="training")
        self.val_acc_curve = self.acc_plot.plot(pen=pg.mkPen(VAL, width=2), name="validation")
        self.lr_curve = self.lr_plot.plot(pen=pg.mkPen(LR, width=2), name="lr")
        dash = Qt.PenStyle.DashLine
        self.d_acc_curves = {key: self.acc_plot.plot(pen=pg.mkPen(color, width=2, style=dash), name=key)
                             for key, color in zip(D_ACC_KEYS, (D_REAL, D_FAKE), strict=True)}
        """A GAN's D: the share of real / generated samples it judges right, per epoch."""
        self.loss_curves: dict[str, pg.PlotDataItem] = {}
        """With several objectives, one training-loss curve per loss id (the first is `train_curve`)."""
        for curve in self._live_curves()[1:]:
            # thick lines through more points than pixels cost ~5 ms each to stroke: draw about
            # as many points as the plot is wide (mean of each bucket: a smooth line stays smooth)
            curve.setDownsampling(auto=True, method="mean")
            curve.setClipToView(True)

        self.caption = ElidedLabel(objectName="curvesCaption")
        self.caption.setStyleSheet("color: #555;")
        self.caption.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.log_box = QCheckBox(objectName="logScale")
        self.log_box.toggled.connect(self.set_log_scale)
        self.png_button = QPushButton(objectName="exportPng")
        self.csv_button = QPushButton(objectName="exportCsv")
        self.png_button.clicked.connect(lambda: self._ask_export("png"))
        self.csv_button.clicked.connect(lambda: self._ask_export("csv"))
        self.key = _key_label()
        bar = QHBoxLayout()
        bar.addWidget(self.caption, 1)
        bar.addWidget(self.key)
        bar.addWidget(self.log_box)
        bar.addWidget(self.png_button)
        bar.addWidget(self.csv_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(bar)
        layout.addWidget(self.layout_widget, 1)
        self._reset_buffers()
        self.retranslate()

    def retranslate(self) -> None:
        """Titles, axes, legends and buttons in the current language (again on a LanguageChange)."""
        for plot, title, xlabel in ((self.batch_plot, self.tr("Loss per batch"), self.tr("batch")),
                                    (self.epoch_plot, self.tr("Loss per epoch"), self.tr("epoch")),
                                    (self.acc_plot, self._acc_title(), self.tr("epoch")),
                                    (self.lr_plot, self.tr("Learning rate"), self.tr("epoch"))):
            plot.setTitle(title, color="#333", size="10pt")
            plot.setLabel("bottom", xlabel, color="#333")
        self.key.setText(_key_text(list(self._objectives), self._d_acc[D_ACC_KEYS[0]].n > 0))
        self.log_box.setText(self.tr("Log scale"))
        self.png_button.setText(self.tr("Save image…"))
        self.csv_button.setText(self.tr("Save history…"))
        self._caption()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "csv_button"):
            self.retranslate()
        super().changeEvent(event)

    def _plot(self, col: int) -> pg.PlotItem:
        plot = self.layout_widget.addPlot(row=0, col=col)
        # no grid: it doubles the cost of each repaint (pyqtgraph draws every tick level), and a
        # repaint holds the GIL the training thread needs
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setPen(pg.mkPen("#777"))
            axis.setTextPen(pg.mkPen("#333"))
            axis.enableAutoSIPrefix(False)  # a changing "(x0.001)" in the label re-lays text each repaint
        # no legend inside the plots: at the default dock size it covered the curves; the
        # colour key sits once in the bar above (see `_key_label`)
        return plot

    def _reset_buffers(self) -> None:
        self.batches = GrowingCurve()
        self.smoothed = GrowingCurve()
        self._ema_last: float | None = None
        self.history = []
        self._columns: dict[str, GrowingCurve] = {key: GrowingCurve(64) for key in CSV_FIELDS[1:]}
        self._dirty = False
        self._batch_span_set = False
        self.planned_epochs: int | None = None
        self._names: dict[str, str] = getattr(self, "_names", {})
        self._objectives: dict[str, GrowingCurve] = {}
        self._lrs: dict[str, GrowingCurve] = {}
        for curve in getattr(self, "lr_curves", {}).values():
            self.lr_plot.removeItem(curve)
        self.lr_curves: dict[str, pg.PlotDataItem] = {}
        """With several objectives, one learning-rate curve per optimizer (its loss's colour)."""
        self._d_acc: dict[str, GrowingCurve] = {key: GrowingCurve(64) for key in D_ACC_KEYS}
        for loss_id in list(getattr(self, "loss_curves", {}))[1:]:
            self.epoch_plot.removeItem(self.loss_curves.pop(loss_id))
        if hasattr(self, "loss_curves"):
            self.loss_curves.clear()
            self.key.setText(_key_text())
            self.lr_curve.setPen(pg.mkPen(LR, width=2))
            self.batch_plot.setTitle(self.tr("Loss per batch"), color="#333", size="10pt")

    # ------------------------------------------------------------------ feeding
    def begin_run(self, epochs: int | None = None, run: Run | None = None, others: Sequence[Run] = ()) -> None:
        """Start empty bold curves for a new run (`run`, its record; it may continue another),
        with the other shown runs (`others`) faint behind them.

        With the planned `epochs`, the x axes span the whole run while it goes (the curves
        grow towards the end like a progress bar, and the axes need no re-layout each
        repaint); `end_run` fits them to the data again."""
        self.run_index += 1
        # the cleared plots are painted together with the run's first data, not on their own
        # (a full repaint while the worker starts costs it the GIL for ~15 ms)
        self.layout_widget.setUpdatesEnabled(False)
        self._reset_buffers()
        for curve in self._live_curves():
            curve.setData([], [])
        self.shown_run = run
        self.epoch_offset = run.epoch_offset if run is not None else 0
        self.batch_offset = run.batch_offset if run is not None else 0
        self._show_faint([r for r in others if r is not run])
        self._mark_continuation(run)
        self._caption()
        self.planned_epochs = int(epochs) if epochs else None
        if self.planned_epochs:
            last = max(self.epoch_offset + self.planned_epochs, self._earlier_extent(self.epoch_plot))
            for plot in (self.epoch_plot, self.acc_plot, self.lr_plot):
                plot.setXRange(1, max(2, last), padding=0.02)

    def show_runs(self, shown: Run | None, others: Sequence[Run]) -> None:
        """Draw the record of run `shown` in the bold curves (None: none) and `others` faint;
        the axes fit what is drawn. For runs that are not training (a document opened, a run
        picked in the list, one hidden or deleted)."""
        if shown is not self.shown_run or shown is None:
            self._reset_buffers()
            self.shown_run = shown
            self.epoch_offset = shown.epoch_offset if shown is not None else 0
            self.batch_offset = shown.batch_offset if shown is not None else 0
            if shown is not None:
                self._load_record(shown)
            self._dirty = True
        self._show_faint([r for r in others if r is not shown])
        self._mark_continuation(shown)
        self._caption()
        self.refresh(force=True)
        self.end_run()

    def _load_record(self, run: Run) -> None:
        """Fill the bold curves' buffers from a run's record (its batch losses downsampled)."""
        ys = np.array([np.nan if v is None else v for v in run.batch_losses], np.float64)
        if len(ys):
            xs = np.asarray(run.x_batches(), np.float64)
            self.batches.extend(xs, ys)
            smooth = ema(ys, None, min(1.0, EMA_ALPHA * run.batch_stride))
            self.smoothed.extend(xs, smooth)
        for i, epoch in enumerate(run.epochs):
            event = {"epoch": epoch, **{k: run.curves.get(k, [None] * (i + 1))[i] for k in CSV_FIELDS[1:]}}
            if len(run.losses) > 1:
                event["losses"] = {k: v[i] for k, v in run.losses.items() if i < len(v)}
            self.add_epoch(event, redraw=False)

    def _caption(self) -> None:
        run = self.shown_run
        if run is None:
            self.caption.setText("")
            return
        text = shown_name(run.name)
        if run.start in (CONTINUE, FILE):
            text += self.tr(" (continues {parent} from epoch {epoch})").format(
                parent=self._parent_name(run), epoch=run.epoch_offset)
        faint = len(self.earlier)
        if faint:
            text += (self.tr(" · 1 other run faint (click it to show it)") if faint == 1
                     else self.tr(" · {n} other runs faint (click one to show it)").format(n=faint))
        self.caption.setText(text)
        self.caption.setToolTip(text)

    def _parent_name(self, run: Run) -> str:
        return self._names.get(run.parent or "", self.tr("the saved weights") if run.start == FILE
                               else self.tr("an earlier run"))

    def _mark_continuation(self, run: Run | None) -> None:
        """A dashed line where a continued run took over from its parent."""
        for line in self.markers:
            if line.getViewBox() is not None:
                line.getViewBox().removeItem(line)
        self.markers = []
        if run is None or run.start not in (CONTINUE, FILE) or not (run.epoch_offset or run.batch_offset):
            return
        pen = pg.mkPen("#888", width=1, style=pg.QtCore.Qt.PenStyle.DashLine)
        for plot, x in ((self.batch_plot, run.batch_offset + 0.5), (self.epoch_plot, run.epoch_offset + 0.5),
                        (self.acc_plot, run.epoch_offset + 0.5), (self.lr_plot, run.epoch_offset + 0.5)):
            label = self.tr("continued") if plot is self.epoch_plot else None
            line = pg.InfiniteLine(pos=x, angle=90, pen=pen, movable=False, label=label,
                                   labelOpts={"position": 0.95, "color": "#666", "anchors": [(1, 0.5), (1, 0.5)]})
            plot.addItem(line, ignoreBounds=True)
            self.markers.append(line)

    def _show_faint(self, runs: Sequence[Run]) -> None:
        """Faint curves for exactly these runs (kept for runs already drawn: their records no
        longer change)."""
        self._names = {r.id: shown_name(r.name) for r in runs}
        if self.shown_run is not None:
            self._names[self.shown_run.id] = shown_name(self.shown_run.name)
        wanted = {r.id: r for r in runs}
        for run_id in [k for k in self.earlier if k not in wanted]:
            for ghost in self.earlier.pop(run_id):
                if ghost.getViewBox() is not None:
                    ghost.getViewBox().removeItem(ghost)
        for run_id, run in wanted.items():
            if run_id not in self.earlier:
                self.earlier[run_id] = self._faint_curves(run)

    def set_faint(self, runs: Sequence[Run]) -> None:
        """Draw exactly these runs faint (while one trains: its bold curves stay as they are)."""
        self._show_faint([r for r in runs if r is not self.shown_run])
        self._caption()

    def set_names(self, runs: Sequence[Run]) -> None:
        """Run names changed (a rename): the caption follows."""
        self._names.update({r.id: shown_name(r.name) for r in runs})
        self._caption()

    def _faint_curves(self, run: Run) -> list[pg.PlotDataItem]:
        curves = []
        ys = np.array([np.nan if v is None else v for v in run.batch_losses], np.float64)
        xe = np.asarray(run.x_epochs(), np.float64)
        parts = []
        if len(ys):
            parts.append((self.batch_plot, np.asarray(run.x_batches(), np.float64),
                          ema(ys, None, min(1.0, EMA_ALPHA * run.batch_stride)), SMOOTH))
        series = [(run.curves.get(key, []), plot, color) for key, plot, color in (
            ("train_loss", self.epoch_plot, TRAIN), ("val_loss", self.epoch_plot, VAL),
            ("train_acc", self.acc_plot, TRAIN), ("val_acc", self.acc_plot, VAL))]
        if len(run.losses) > 1:  # the other objectives' losses (the first is train_loss)
            series += [(values, self.epoch_plot, OBJECTIVE_COLORS[i % len(OBJECTIVE_COLORS)])
                       for i, values in enumerate(run.losses.values()) if i > 0]
        for column, plot, color in series:
            values = np.array([np.nan if v is None else v for v in column], np.float64)
            if len(values) and not np.isnan(values).all():
                keep = ~np.isnan(values)
                parts.append((plot, xe[keep], values[keep], color))
        # a diverged run's losses reach 1e30: drawn, but not allowed to squash the axes
        ignore = run.result.status == DIVERGED
        for plot, x, y, color in parts:
            ghost = pg.PlotDataItem(x, y, pen=pg.mkPen(faded(color), width=1))
            ghost.setZValue(-10)
            plot.addItem(ghost, ignoreBounds=ignore)
            ghost.setDownsampling(auto=True, method="mean")  # once in a plot (it asks its view)
            ghost.setClipToView(True)
            ghost.setCurveClickable(True, width=6)
            ghost.sigClicked.connect(lambda *_a, rid=run.id: self.runPicked.emit(rid))
            ghost.setToolTip(shown_name(run.name))
            curves.append(ghost)
        return curves

    def _live_curves(self) -> tuple[pg.PlotDataItem, ...]:
        """The curves of the current run (the batch curve first: it is peak-downsampled)."""
        return (self.batch_curve, self.smooth_curve, self.train_curve, self.val_curve,
                self.train_acc_curve, self.val_acc_curve, self.lr_curve, *self.d_acc_curves.values())

    def end_run(self) -> None:
        """Fit the axes to the data again (the run may have stopped early)."""
        self.layout_widget.setUpdatesEnabled(True)
        for plot in (self.batch_plot, self.epoch_plot, self.acc_plot, self.lr_plot):
            plot.enableAutoRange(x=True, y=plot is not self.acc_plot and plot is not self.lr_plot)
            plot.getViewBox().updateAutoRange()  # now, not at the next paint: readers see the fit

    def _earlier_extent(self, plot: pg.PlotItem) -> float:
        """The largest x of the faint curves of other runs drawn in `plot`."""
        extent = 0.0
        for kept in self.earlier.values():
            for ghost in kept:
                if ghost.getViewBox() is plot.getViewBox():
                    x, _y = ghost.getData()
                    if x is not None and len(x):
                        extent = max(extent, float(np.max(x)))
        return extent

    def _span_batches(self, batches_per_epoch: int) -> None:
        """Once the first batch says how many there are per epoch, span the planned run."""
        self._batch_span_set = True
        if self.planned_epochs and batches_per_epoch > 0:
            total = max(self.batch_offset + self.planned_epochs * batches_per_epoch,
                        self._earlier_extent(self.batch_plot))
            self.batch_plot.setXRange(1, max(2, total), padding=0.02)

    def clear_earlier(self) -> None:
        self._show_faint([])
        self._caption()

    def clear(self) -> None:
        """No curves at all (a new document with no runs)."""
        self.show_runs(None, [])

    def add_update(self, payload: dict, redraw: bool = True) -> None:
        """Take one coalesced update from the controller; `redraw=False` only stores it (the
        dock redraws at its own pace, and only what is visible)."""
        batch = payload.get("batch")
        if batch is not None and not self._batch_span_set:
            self._span_batches(int(batch.get("batches") or 0))
        losses = payload.get("losses")
        if losses is not None and len(losses):
            self.add_batches(np.asarray(losses, np.float64), redraw=False)
        for event in payload.get("epochs") or []:
            if not event.get("probe_only"):
                self.add_epoch(event, redraw=False)
        if redraw:
            self.refresh()

    def add_batches(self, losses: np.ndarray, redraw: bool = True) -> None:
        start = self.batch_offset + self.batches.n
        xs = np.arange(start + 1, start + len(losses) + 1, dtype=np.float64)
        self.batches.extend(xs, losses)
        smooth = ema(losses, self._ema_last)
        self._ema_last = float(smooth[-1])
        self.smoothed.extend(xs, smooth)
        self._dirty = True
        if redraw:
            self.refresh()

    def add_epoch(self, event: dict, redraw: bool = True) -> None:
        """One epoch event; its "epoch" counts within the run (a continued run's x goes on)."""
        row = {k: event.get(k) for k in CSV_FIELDS}
        row["epoch"] = self.epoch_offset + int(row["epoch"] or len(self.history) + 1)
        self.history.append(row)
        for key, column in self._columns.items():  # plotted from arrays: no per-epoch loop per redraw
            if row[key] is not None:
                column.extend(np.array([row["epoch"]], np.float64), np.array([row[key]], np.float64))
        x = np.array([row["epoch"]], np.float64)
        losses = event.get("losses") or {}
        if len(losses) > 1:  # several objectives: every loss, named by its node id
            row["losses"] = dict(losses)
            for loss_id, value in losses.items():
                column = self._objectives.setdefault(str(loss_id), GrowingCurve(64))
                if value is not None:
                    column.extend(x, np.array([value], np.float64))
        if len(losses) > 1:
            for opt_id, rate in (event.get("lrs") or {}).items():
                if rate is not None:
                    self._lrs.setdefault(str(opt_id), GrowingCurve(64)).extend(x, np.array([rate], np.float64))
        gan = event.get("gan") or {}
        for key in D_ACC_KEYS:
            if gan.get(key) is not None:
                row[key] = float(gan[key])
                self._d_acc[key].extend(x, np.array([gan[key]], np.float64))
        self._dirty = True
        if redraw:
            self.refresh()

    def refresh(self, force: bool = False) -> None:
        """Draw what arrived since the last draw; skipped while hidden (drawn when shown)."""
        if not self.layout_widget.updatesEnabled():
            self.layout_widget.setUpdatesEnabled(True)
        if not self._dirty or not (force or self.isVisible()):
            return
        self._dirty = False
        self.batch_curve.setData(*self.batches.data())
        self.smooth_curve.setData(*self.smoothed.data())
        self._redraw_epochs()

    def showEvent(self, event) -> None:  # noqa: ANN001
        super().showEvent(event)
        self.refresh()

    def _column(self, key: str) -> tuple[np.ndarray, np.ndarray]:
        """(epochs, values) of one per-epoch measure, skipping epochs without it."""
        return self._columns[key].data()

    def _redraw_epochs(self) -> None:
        self.train_curve.setData(*self._column("train_loss"))
        self.val_curve.setData(*self._column("val_loss"))
        self.train_acc_curve.setData(*self._column("train_acc"))
        self.val_acc_curve.setData(*self._column("val_acc"))
        epochs, lr = self._column("lr")
        self.lr_curve.setData(epochs, lr)
        top = float(lr.max()) if len(lr) else 0.0
        for i, (opt_id, column) in enumerate(self._lrs.items()):  # several optimizers: each one's rate
            curve = self.lr_curves.get(opt_id)
            if curve is None and i > 0:
                color = OBJECTIVE_COLORS[i % len(OBJECTIVE_COLORS)]
                curve = self.lr_curves[opt_id] = self.lr_plot.plot(pen=pg.mkPen(color, width=2), name=opt_id)
            if curve is not None:
                curve.setData(*column.data())
            if column.n:
                top = max(top, float(column.data()[1].max()))
        if self._lrs:  # the first optimizer's rate in its loss's colour
            self.lr_curve.setPen(pg.mkPen(OBJECTIVE_COLORS[0], width=2))
        if top > 0:  # from zero, so a constant rate is a flat line at its value, not mid-axis
            self.lr_plot.setYRange(0.0, top * 1.15, padding=0)
        self._redraw_objectives()
        has_acc = self._columns["train_acc"].n > 0
        d_acc = self._d_acc[D_ACC_KEYS[0]].n > 0
        for key, curve in self.d_acc_curves.items():
            curve.setData(*self._d_acc[key].data())
        self.acc_plot.setTitle(self._acc_title(), color="#333", size="10pt")
        self.acc_plot.setVisible(has_acc or d_acc or not self.history)
        self.key.setText(_key_text(list(self._objectives), d_acc, self._columns["val_loss"].n > 0))
        if len(self._objectives) > 1:  # the batch curve is the first objective's
            self.batch_plot.setTitle(self.tr("Loss per batch ({loss})").format(loss=next(iter(self._objectives))),
                                     color="#333", size="10pt")

    def _acc_title(self) -> str:
        """"Accuracy", or "D's accuracy" for a GAN (its losses report none of their own)."""
        gan = self._d_acc[D_ACC_KEYS[0]].n > 0 and self._columns["train_acc"].n == 0
        return self.tr("D's accuracy") if gan else self.tr("Accuracy")

    def _redraw_objectives(self) -> None:
        """One curve per objective's loss (the first is the training curve itself)."""
        for i, (loss_id, column) in enumerate(self._objectives.items()):
            curve = self.loss_curves.get(loss_id)
            if curve is None:
                if i == 0:
                    curve = self.train_curve
                else:
                    color = OBJECTIVE_COLORS[i % len(OBJECTIVE_COLORS)]
                    curve = self.epoch_plot.plot(pen=pg.mkPen(color, width=2), name=loss_id)
                    curve.setDownsampling(auto=True, method="mean")
                    curve.setClipToView(True)
                self.loss_curves[loss_id] = curve
            if i > 0:
                curve.setData(*column.data())

    def set_log_scale(self, on: bool) -> None:
        for plot in (self.batch_plot, self.epoch_plot):
            plot.setLogMode(y=bool(on))
        if self.log_box.isChecked() != bool(on):
            self.log_box.setChecked(bool(on))

    # ------------------------------------------------------------------ reading/exporting
    def batch_count(self) -> int:
        return self.batches.n

    def epoch_count(self) -> int:
        return len(self.history)

    def export_png(self, path: str | Path, width: int = 1600) -> Path:
        """Save the plots as a PNG image (pyqtgraph's ImageExporter on the whole layout)."""
        from pyqtgraph.exporters import ImageExporter

        self.refresh(force=True)
        exporter = ImageExporter(self.layout_widget.scene())
        exporter.parameters()["width"] = width
        exporter.export(str(path))
        self.exported.emit(str(path))
        return Path(path)

    def export_csv(self, path: str | Path) -> Path:
        """Save the per-epoch history (one row per epoch, empty cells where not measured)."""
        objectives = list(self._objectives)
        fields = CSV_FIELDS + tuple(f"loss:{k}" for k in objectives) + tuple(
            k for k in D_ACC_KEYS if self._d_acc[k].n)  # several objectives: each loss, D's accuracy
        with open(path, "w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, fieldnames=fields)
            writer.writeheader()
            for row in self.history:
                flat = {**row, **{f"loss:{k}": v for k, v in (row.get("losses") or {}).items()}}
                writer.writerow({k: ("" if flat.get(k) is None else flat[k]) for k in fields})
        self.exported.emit(str(path))
        return Path(path)

    def _ask_export(self, kind: str) -> None:
        from PySide6.QtWidgets import QFileDialog

        filters = {"png": self.tr("PNG image (*.png)"), "csv": self.tr("CSV table (*.csv)")}
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save"), f"training.{kind}", filters[kind])
        if path:
            (self.export_png if kind == "png" else self.export_csv)(path)
