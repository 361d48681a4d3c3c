"""Screenshots of experiments in the real window (issue 15), for the guide.

Run from the repository root:
    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_variant_screenshots.py [OUT_DIR]

Each shot opens an example as a new document, runs Run ▸ Run Variants… with the answer the
dialog would give, and saves `window.grab()`, at 1600 x 1000 and at 1024 x 700:

- variants_moons_race[_1024x700].png: the optimizer race on Two moons, the Race tab (the five
  labelled curves and the results table);
- variants_moons_landscape[_1024x700].png: the Landscape tab, five paths over one surface;
- variants_moons_live[_1024x700].png: the Landscape tab while the variants still train;
- variants_linear_batch_landscape.png: batch size 1 / 32 / full on Linear regression's bowl.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"


def settle(ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for(signal, ms: int = 300_000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    signal.disconnect(loop.quit)


class Session:
    def __init__(self, example: str, size: tuple[int, int]) -> None:
        from nodeflow.ui import MainWindow

        self.window = MainWindow()
        self.window.open_example(ROOT / "examples" / f"{example}.nodeflow", ask=False)
        self.window.resize(*size)
        self.window._default_dock_sizes()
        self.window.show()
        self.suffix = "" if size == (1600, 1000) else f"_{size[0]}x{size[1]}"
        settle()

    def race(self, specs: list[str], epochs: int) -> None:
        from nodeflow.ui.experiments.dialog import Choice

        experiments = self.window.experiments
        loop = QEventLoop()
        experiments.surfaceReady.connect(loop.quit)
        experiments.run_variants(Choice(specs, epochs))
        if experiments.running or experiments.surface_runner.running:
            loop.exec()
        experiments.surfaceReady.disconnect(loop.quit)
        settle(400)

    def live(self, specs: list[str], name: str) -> None:
        """The Landscape tab while the variants train (they are stopped after the shot)."""
        from nodeflow.ui.experiments.dialog import Choice

        experiments = self.window.experiments
        experiments.run_variants(Choice(specs, 100_000))
        panel = experiments.panel
        start = time.monotonic()
        while time.monotonic() - start < 120:
            if sum(len(o.run.epochs) >= 40 for o in experiments.sweep.outcomes) >= 2:
                break
            settle(100)
        panel.tabs.setCurrentWidget(panel.landscape)
        wait_for(experiments.surfaceUpdated, 60_000)
        settle(200)
        self.save(name)
        wait_for_end = QEventLoop()
        experiments.surfaceReady.connect(wait_for_end.quit)
        self.window.actionStop.trigger()
        wait_for_end.exec()
        experiments.surfaceReady.disconnect(wait_for_end.quit)
        settle(300)

    def save(self, name: str) -> None:
        self.window.canvas.zoom_to_fit()
        settle(300)
        path = OUT / f"{name}{self.suffix}.png"
        self.window.grab().save(str(path))
        print(path)

    def shot(self, tab: int, name: str) -> None:
        panel = self.window.experiments.panel
        panel.tabs.setCurrentIndex(tab)
        self.save(name)

    def close(self) -> None:
        self.window.dialogs.ask_save_changes = lambda *_args: "discard"
        self.window.close()
        self.window.deleteLater()
        settle(50)


def main() -> int:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)  # leave the user's settings alone
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationDisplayName("nodeflow")
    from nodeflow.experiments import presets
    from nodeflow.graph import io

    moons = io.load(ROOT / "examples" / "moons_mlp.nodeflow")
    for size in ((1600, 1000), (1024, 700)):
        s = Session("moons_mlp", size)
        s.live(presets.optimizer_race(moons), "variants_moons_live")
        s.race(presets.optimizer_race(moons), 60)
        s.shot(0, "variants_moons_race")
        s.shot(1, "variants_moons_landscape")
        s.close()
    line = io.load(ROOT / "examples" / "linear_regression.nodeflow")
    s = Session("linear_regression", (1600, 1000))
    s.race(presets.batch_race(line), 15)
    s.shot(1, "variants_linear_batch_landscape")
    s.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
