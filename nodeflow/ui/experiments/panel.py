"""ExperimentsPanel: the training dock's "Experiments" tab.

On top, how far the race is (epochs done of all variants), Pause/Resume and Stop acting on
every variant, and exports (table as CSV, curves as PNG or SVG). Below, the "Race" tab puts
the overlaid curves beside the sortable results table; the "Landscape" tab draws every
variant's path over one loss surface once they finish (when they share one).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from nodeflow.experiments import table
from nodeflow.ui.experiments.landscape_view import SharedLandscape
from nodeflow.ui.experiments.overlay import VariantCurves
from nodeflow.ui.experiments.table_view import ResultsTable
from nodeflow.ui.training.progress import ElidedLabel


class ExperimentsPanel(QWidget):
    """`pauseRequested()`, `stopRequested()`: the buttons; the runner does the rest."""

    pauseRequested = Signal()
    stopRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("experimentsPanel")
        self.status = ElidedLabel(objectName="variantStatus")  # cut with "…" in a narrow window
        self.status.setMinimumWidth(60)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.progress = QProgressBar(objectName="variantProgress")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setMaximumWidth(220)
        self.progress.setMinimumWidth(60)
        self.pause = QPushButton(objectName="variantPause")
        self.stop = QPushButton(objectName="variantStop")
        self.csv = QPushButton(objectName="variantCsv")
        self.png = QPushButton(objectName="variantPng")
        self.pause.clicked.connect(self.pauseRequested)
        self.stop.clicked.connect(self.stopRequested)
        self.csv.clicked.connect(lambda: self._ask_export("csv"))
        self.png.clicked.connect(lambda: self._ask_export("png"))
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.progress)
        for button in (self.pause, self.stop, self.csv, self.png):
            bar.addWidget(button)
        self.curves = VariantCurves()
        self.table = ResultsTable()
        self.landscape = SharedLandscape()
        race = QSplitter(Qt.Orientation.Horizontal, objectName="variantRace")
        race.addWidget(self.curves)
        race.addWidget(self.table)
        race.setStretchFactor(0, 3)
        race.setStretchFactor(1, 2)
        race.setSizes([620, 420])
        self.race = race
        self.tabs = QTabWidget(objectName="variantTabs")
        self.tabs.addTab(race, "")
        self.tabs.addTab(self.landscape, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)
        self.sweep: Any = None
        self.labels: list[str] = []
        self.retitle: Any = None
        """Sets this panel's tab title in the training dock (given by whoever adds the tab)."""
        self._paused = False
        self.retranslate()
        self.set_running(False)

    def retranslate(self) -> None:
        """Fixed texts in the current language (again on a LanguageChange)."""
        if self.sweep is None:
            self.status.setText(self.tr("Run ▸ Run Variants… trains several variants of this graph side by side, "
                                        "all from the same start."))
        self.pause.setText(self.tr("Resume") if self._paused else self.tr("Pause"))
        self.stop.setText(self.tr("Stop"))
        self.csv.setText(self.tr("CSV…"))
        self.csv.setToolTip(self.tr("Save the results table as CSV"))
        self.png.setText(self.tr("PNG/SVG…"))
        self.png.setToolTip(self.tr("Save the curves as a PNG image or an SVG drawing"))
        self.tabs.setTabText(0, self.tr("Race"))
        self.tabs.setTabText(1, self.tr("Landscape"))
        if self.retitle is not None:
            self.retitle()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        """Curves and table share the width 3:2 (the table scrolls sideways when narrow)."""
        width = event.size().width()
        self.race.setSizes([int(0.6 * width), int(0.4 * width)])
        super().resizeEvent(event)

    # ------------------------------------------------------------------ a sweep
    def begin(self, sweep: Any, references: Sequence[Any] = ()) -> None:
        """Show `sweep`; `references` are earlier runs drawn beside it (a replay's original)."""
        self.sweep = sweep
        labels = [o.variant.short_label for o in sweep.outcomes]
        keys = ", ".join(dict.fromkeys(k for o in sweep.outcomes for k in o.variant.setting))
        self.curves.set_variants([*labels, *(r.name for r in references)], keys)
        for k, run in enumerate(references):
            self.curves.update_run(len(labels) + k, run)
        self.table.set_key(keys)
        self.labels = labels
        self.landscape.clear()
        self.landscape.say(self.tr("The paths are drawn while the variants train (every few seconds while "
                                   "this tab is shown) and once more when they end."))
        self.tabs.setCurrentIndex(0)
        self.refresh(range(len(sweep.outcomes)))
        self.set_running(True)

    def refresh(self, touched: Iterable[int]) -> None:
        sweep = self.sweep
        if sweep is None:
            return
        for i in touched:
            self.curves.update_run(i, sweep.outcomes[i].run)
        self._refresh_table()

    def _refresh_table(self) -> None:
        sweep = self.sweep
        self.table.set_rows(table.rows(sweep.outcomes, sweep.paused), self.labels)
        planned = sum(o.planned_epochs or sweep.graphs[i].training.get("epochs") or 1
                      for i, o in enumerate(sweep.outcomes))
        done = sum(o.planned_epochs or len(o.run.epochs) if o.ended else len(o.run.epochs) for o in sweep.outcomes)
        self.progress.setRange(0, max(1, int(planned)))
        self.progress.setValue(min(int(done), int(planned)))
        going = sum(not o.ended for o in sweep.outcomes)
        ended = len(sweep.outcomes) - going
        waiting = sum(not o.ended and not getattr(o, "started", True) for o in sweep.outcomes)
        running = going - waiting
        if going:
            if waiting:
                text = self.tr("{count} variants: {ended} ended, {running} training, {waiting} waiting for a "
                               "worker").format(count=len(sweep.outcomes), ended=ended, running=running,
                                                waiting=waiting)
            else:
                text = self.tr("{count} variants: {ended} ended, {running} training").format(
                    count=len(sweep.outcomes), ended=ended, running=running)
            if sweep.paused:
                text += " · " + self.tr("paused")
            self.status.setText(text)

    def clear(self) -> None:
        """No sweep shown (another document was opened): empty curves, table and landscape."""
        self.sweep = None
        self.labels = []
        self.curves.set_variants([], "")
        self.table.set_key("")
        self.table.set_rows([])
        self.landscape.clear()
        self.landscape.set_live(False)
        self.status.setToolTip("")
        self.set_running(False)
        self.retranslate()
        self.tabs.setCurrentIndex(0)

    def finish(self, summary: str) -> None:
        self.set_running(False)
        self.status.setText(summary)
        self.status.setToolTip(summary)

    def set_running(self, running: bool) -> None:
        self.pause.setEnabled(running)
        self.stop.setEnabled(running)
        has = self.sweep is not None
        self.csv.setEnabled(has and not running)
        self.png.setEnabled(has)
        self._paused = False
        self.pause.setText(self.tr("Pause"))

    def set_paused(self, paused: bool) -> None:
        self._paused = paused
        self.pause.setText(self.tr("Resume") if paused else self.tr("Pause"))
        self.refresh(())

    # ------------------------------------------------------------------ exports
    def export_csv(self, path: str | Path) -> Path:
        table.save_csv(table.rows(self.sweep.outcomes), path)
        return Path(path)

    def _ask_export(self, kind: str) -> None:
        if kind == "csv":
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the results table"), "variants.csv",
                                                  self.tr("CSV table (*.csv)"))
            if path:
                self.export_csv(path)
            return
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Save the curves"), "variants.png",
                                                   self.tr("PNG image (*.png);;SVG drawing (*.svg)"))
        if path:
            if path.lower().endswith(".svg") or "svg" in chosen.lower():
                self.curves.export_svg(path if path.lower().endswith(".svg") else path + ".svg")
            else:
                self.curves.export_png(path)
