"""Regenerate docs/screenshots/digits_cnn.png: the real window on digits_cnn after a short run.

Run from the repository root:  QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_window_screenshot.py
(or under xvfb-run with QT_QPA_PLATFORM=xcb for a real X window).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]


def main(epochs: int = 6, out: Path = ROOT / "docs" / "screenshots" / "digits_cnn.png") -> int:
    from nodeflow.ui import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    window = MainWindow(str(ROOT / "examples" / "digits_cnn.nodeflow"))
    window.resize(1500, 950)
    window.show()
    window.graph.training["epochs"] = epochs

    def snap() -> None:
        window.canvas.zoom_to_fit()
        window.training.refresh()
        QTimer.singleShot(300, lambda: (window.grab().save(str(out)), print(out), window.close(), app.quit()))

    window.training.controller.ended.connect(lambda: QTimer.singleShot(200, snap))
    QTimer.singleShot(300, window.actionTrain.trigger)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
