"""GanPanel: the GAN tab of the training area (objectName "ganPanel").

Left, the samples: a plane of real and generated points over D's decision surface with the
generator's gradient arrows (2-D data), two densities and D(x) (1-D), or a sheet of generated
images. Right, the game over time (`GanCurves`). Above, one line of numbers: the generated
samples' mean and spread against the real ones', the modes covered, what D says.

It follows the training views' protocol (see `nodeflow.ui.training.dock`): `add_update(payload,
redraw=False)` stores what the worker sent (epoch events with "losses" and "gan" numbers, and
the latest "gan" picture), `refresh()` draws, only while visible, as the dock's redraw pacer
says; `reset()` when a run starts; `show_final(done)` with the run's last picture.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from nodeflow.i18n.engine import engine_text
from nodeflow.ui.gan.curves import GanCurves
from nodeflow.ui.gan.sample_views import DensityView, DigitsView, PlaneView


def _numbers(values: Any) -> str:
    """One number, or a point's coordinates in parentheses (2-D data: "(1.27, 0.003)")."""
    values = np.atleast_1d(values)
    text = ", ".join(f"{float(v):.3g}" for v in values)
    return text if len(values) == 1 else f"({text})"


class GanPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ganPanel")
        self.summary = QLabel(objectName="ganSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.plane = PlaneView()
        self.density = DensityView()
        self.digits = DigitsView()
        self.stack = QStackedWidget()
        for view in (self.density, self.plane, self.digits):
            self.stack.addWidget(view)
        self.key = QLabel(objectName="ganSamplesKey")  # the samples view's colour key, under it
        self.key.setTextFormat(Qt.TextFormat.RichText)
        self.key.setWordWrap(True)
        self.key.setStyleSheet("color: #333;")
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.stack, 1)
        column.addWidget(self.key)
        self.curves = GanCurves()
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.curves)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        self.last_probe: dict | None = None
        self.last_epoch: int | None = None
        self._dirty = False
        self.reset()

    def resizeEvent(self, event: Any) -> None:
        """The samples plane is drawn to scale (square): give it about its height in width and
        the curves the rest, so a wide window does not pad the plane with blank margins."""
        super().resizeEvent(event)
        total = self.splitter.width()
        if total > 0:
            left = int(min(max(1.2 * self.stack.height(), 0.3 * total), 0.55 * total))
            self.splitter.setSizes([left, total - left])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._write_summary()
            self._write_key()
        super().changeEvent(event)

    # ------------------------------------------------------------------ protocol
    def reset(self) -> None:
        self.last_probe = None
        self.last_epoch = None
        self._dirty = False
        for view in (self.plane, self.density, self.digits):
            view.reset()
        self.curves.reset()
        self.curves.redraw()
        self._write_summary()
        self._write_key()

    def add_update(self, payload: dict, redraw: bool = True) -> None:
        for event in payload.get("epochs") or ():
            if event.get("probe_only"):
                continue
            epoch = event.get("epoch")
            losses = event.get("losses")
            if losses is None and event.get("train_loss") is not None:
                losses = {"loss": event["train_loss"]}
            if epoch is not None and losses:
                self.curves.add_epoch(epoch, losses)
                self.last_epoch = int(epoch)
                self._dirty = True
            if epoch is not None and event.get("gan"):
                self.curves.add_probe(epoch, event["gan"])
        probe = payload.get("gan")
        if probe is not None:
            self.last_probe, self._dirty = probe, True
        if redraw:
            self.refresh()

    def show_final(self, done: dict) -> None:
        self.add_update({"gan": done.get("gan")}, redraw=False)
        self.refresh(force=True)

    def refresh(self, force: bool = False) -> None:
        if not self._dirty or not (force or self.isVisible()):
            return
        self._dirty = False
        self.curves.redraw()
        probe = self.last_probe
        if probe is not None and not probe.get("error"):
            view = self._view_for(probe)
            view.show_probe(probe)
            self.stack.setCurrentWidget(view)
        self._write_summary()
        self._write_key()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.refresh()

    # ------------------------------------------------------------------ drawing
    def _view_for(self, probe: dict) -> QWidget:
        if probe.get("images") is not None:
            return self.digits
        return self.density if probe.get("dims") == 1 else self.plane

    def _write_key(self) -> None:
        shown = self.last_probe is not None and not self.last_probe.get("error")
        self.key.setText(self.stack.currentWidget().key_text() if shown else "")
        self.key.setVisible(shown)

    def _write_summary(self) -> None:
        probe = self.last_probe
        if probe is None:
            self.summary.setText(self.tr(
                "Train to watch the game: the generator G turns noise into samples, the "
                "discriminator D tells real from generated, and each learns against the other."
            ))
            return
        if probe.get("error"):  # the probe's reason is an engine message: translated by its template
            self.summary.setText(self.tr("No GAN pictures for this graph: {reason}").format(
                reason=engine_text(str(probe["error"]))))
            return
        parts = [self.tr("Epoch {n}").format(n=probe.get("epoch", "–"))]
        stats = probe.get("stats")
        if stats is not None and probe.get("images") is None:
            parts.append(self.tr("generated mean {m}, std {s}; real {rm}, {rs}").format(
                m=_numbers(stats["fake_mean"]), s=_numbers(stats["fake_std"]),
                rm=_numbers(stats["real_mean"]), rs=_numbers(stats["real_std"])))
        modes = probe.get("modes")
        if modes is not None:
            parts.append(self.tr("modes covered: {k} of {n}").format(k=modes["covered"], n=modes["total"]))
        parts.append(self.tr("D(real) {r:.2f}, D(generated) {f:.2f}").format(r=probe["d_real"], f=probe["d_fake"]))
        self.summary.setText(" · ".join(parts))
