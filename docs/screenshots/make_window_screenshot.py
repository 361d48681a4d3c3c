"""Screenshots of the real window after a short run, for the README and the guide.

Run from the repository root:
    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_window_screenshot.py
(or under xvfb-run with QT_QPA_PLATFORM=xcb for a real X window). It writes digits_cnn.png
(curves), window_moons_results.png and window_vanishing_inspect.png.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]


SHOTS = [  # (example, epochs, training tab, file)
    ("digits_cnn", 6, "Curves", "digits_cnn.png"),
    ("moons_mlp", 30, "Results", "window_moons_results.png"),
    ("vanishing_gradients", 8, "Inspect", "window_vanishing_inspect.png"),
]


def main() -> int:
    for example, epochs, tab, name in SHOTS:
        shoot(example, epochs, tab, ROOT / "docs" / "screenshots" / name)
    return 0


def shoot(example: str, epochs: int, tab: str, out: Path) -> None:
    from nodeflow.ui import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    window = MainWindow(str(ROOT / "examples" / f"{example}.nodeflow"))
    window.resize(1500, 950)
    window.show()
    window.graph.training["epochs"] = epochs

    def snap() -> None:
        tabs = window.training.tabs
        tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.tabText(i).startswith(tab)))
        window.canvas.zoom_to_fit()
        window.training.refresh()
        QTimer.singleShot(400, lambda: (window.grab().save(str(out)), print(out), window.close(), app.quit()))

    window.training.controller.ended.connect(lambda: QTimer.singleShot(200, snap))
    QTimer.singleShot(300, window.actionTrain.trigger)
    app.exec()


if __name__ == "__main__":
    sys.exit(main())
