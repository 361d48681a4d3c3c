"""TrainingProgress: a progress bar with epoch, batch, samples per second and time left."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QSizePolicy, QWidget


def format_seconds(seconds: float) -> str:
    seconds = max(0, int(round(seconds)))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def format_duration(seconds: float) -> str:
    """A run's length for a status line: "0.03 s", "0.7 s", "4.2 s", "42 s", "3:05"."""
    if seconds < 1:
        return f"{seconds:.2g} s"
    if seconds < 10:
        return f"{seconds:.1f} s"
    if seconds < 60:
        return f"{seconds:.0f} s"
    return format_seconds(seconds)


MIN_INTERVAL = 0.25
"""Seconds between redraws of the bar: QProgressBar.setValue repaints at once (about 1 ms,
holding the GIL the training thread needs), and four times a second reads as moving."""


class ElidedLabel(QLabel):
    """A one-line label that ends in "…" when cut, rather than in the middle of a word."""

    def paintEvent(self, event) -> None:  # noqa: ANN001
        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, int(self.alignment()), text)


class TrainingProgress(QWidget):
    """Fed with the trainer's batch/epoch events; estimates time left from the fraction done."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingProgress")
        self.bar = QProgressBar(objectName="trainingProgressBar")
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.label = ElidedLabel("Idle", objectName="trainingProgressLabel")
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # a long line ("… · ⚠ the model did no better than …") must not widen the dock
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.bar.setMinimumWidth(60)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.label, 2)
        self.epochs = 1
        self.t0 = time.perf_counter()
        self.paused_for = 0.0
        self._paused_at: float | None = None
        self._shown_at = -1.0

    def reset(self) -> None:
        """Nothing trained yet (another document)."""
        self.bar.setValue(0)
        self.label.setText(self.tr("Idle"))
        self._paused_at = None

    def start(self, epochs: int) -> None:
        self.epochs = max(1, int(epochs))
        self.t0 = time.perf_counter()
        self.paused_for = 0.0
        self._paused_at = None
        self._shown_at = -1.0
        self.bar.setValue(0)
        self.label.setText(self.tr("Epoch 1/{epochs} · starting…").format(epochs=self.epochs))

    def show_loading(self, done: int, total: int, what: str) -> None:
        """The data are still loading (a large image folder): how far, and that Stop cancels."""
        self.bar.setValue(int(1000 * done / max(1, total)))
        self.label.setText(self.tr("Loading {what}: {done} of {total} · Stop cancels").format(
            what=what, done=f"{done:,}", total=f"{total:,}"))

    def set_paused(self, paused: bool) -> None:
        now = time.perf_counter()
        if paused and self._paused_at is None:
            self._paused_at = now
        elif not paused and self._paused_at is not None:
            self.paused_for += now - self._paused_at
            self._paused_at = None
        if paused:
            paused_text = self.tr(" · paused")
            self.label.setText(self.label.text().split(paused_text)[0] + paused_text)

    def fraction(self, epoch: int, batch: int, batches: int) -> float:
        return min(1.0, ((epoch - 1) + batch / max(1, batches)) / self.epochs)

    def update_batch(self, event: dict, force: bool = False) -> None:
        """Show the latest batch event (at most every MIN_INTERVAL seconds unless `force`)."""
        now = time.perf_counter()
        if not force and now - self._shown_at < MIN_INTERVAL:
            return
        self._shown_at = now
        epoch, batch, batches = int(event["epoch"]), int(event["batch"]), int(event["batches"])
        done = self.fraction(epoch, batch, batches)
        self.bar.setValue(int(done * 1000))
        elapsed = time.perf_counter() - self.t0 - self.paused_for
        left = elapsed * (1 - done) / done if done > 0 else 0.0
        rate = float(event.get("samples_per_s") or 0.0)
        self.label.setText(self.tr("Epoch {epoch}/{epochs} · batch {batch}/{batches} · {rate} samples/s · {left} left").format(
            epoch=epoch, epochs=self.epochs, batch=batch, batches=batches, rate=f"{rate:,.0f}", left=format_seconds(left)))

    def finish(self, text: str, complete: bool = True) -> None:
        """Say how the run ended; the bar fills only when it ran to its end (`complete`)."""
        if complete:
            self.bar.setValue(self.bar.maximum())
        self.label.setText(text)
        self.label.setToolTip(text)
