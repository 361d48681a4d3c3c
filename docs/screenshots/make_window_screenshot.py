"""Screenshots of the real window, for the README and the guide.

Run from the repository root:
    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_window_screenshot.py
(or under xvfb-run with QT_QPA_PLATFORM=xcb for a real X window). Each shot opens an example
as a new document (nothing is written beside the examples), drives the window's own actions
and saves `window.grab()`:

- digits_cnn.png: the curves of a short run (also in the README);
- window_moons_results.png: decision boundary and confusion matrix;
- window_digits_results.png: a 10x10 confusion matrix at the default dock size;
- window_vanishing_inspect.png: gradients per layer in a deep sigmoid stack;
- window_runs.png / window_continue.png: the Runs list and a continued run's curves on
  Linear regression;
- window_1024.png: the same at 1024 x 700.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "docs" / "screenshots"


def settle(ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


class Session:
    """One main window on an example, driven by its actions."""

    def __init__(self, example: str, size: tuple[int, int] = (1600, 1000), epochs: int | None = None) -> None:
        from nodeflow.ui import MainWindow

        self.window = MainWindow()
        self.window.open_example(ROOT / "examples" / f"{example}.nodeflow", ask=False)
        self.window.resize(*size)
        self.window._default_dock_sizes()
        self.window.show()
        if epochs is not None:
            self.window.graph.training["epochs"] = epochs
        settle()

    def run(self, action: str = "actionTrain") -> None:
        controller = self.window.training.controller
        loop = QEventLoop()
        controller.ended.connect(loop.quit)
        getattr(self.window, action).trigger()
        if controller.running:
            loop.exec()
        controller.ended.disconnect(loop.quit)
        settle(200)

    def set_lr(self, lr: float) -> None:
        opt = next(n for n in self.window.graph.nodes.values() if n.spec.category == "optimizer")
        self.window.graph.set_param(opt.id, "lr", lr)

    def shot(self, tab: str, name: str) -> None:
        tabs = self.window.training.tabs
        tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.tabText(i).startswith(tab)))
        self.window.canvas.zoom_to_fit()
        self.window.training.refresh()
        settle(400)
        self.window.grab().save(str(OUT / name))
        print(OUT / name)

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

    s = Session("digits_cnn", epochs=6)
    s.run()
    s.shot("Curves", "digits_cnn.png")
    s.shot("Results", "window_digits_results.png")
    s.close()

    s = Session("moons_mlp", epochs=30)
    s.run()
    s.shot("Results", "window_moons_results.png")
    s.close()

    s = Session("vanishing_gradients", epochs=8)
    s.run()
    s.shot("Inspect", "window_vanishing_inspect.png")
    s.close()

    for size, names in (((1600, 1000), ("window_runs.png", "window_continue.png")),
                        ((1024, 700), ("window_1024.png", None))):
        s = Session("linear_regression", size=size, epochs=15)
        s.run()
        s.run()  # the same again: the same curve
        s.set_lr(0.02)
        s.run()
        s.run("actionContinue")
        s.set_lr(50.0)
        s.run()  # diverges, and says so
        s.window.statusBar().clearMessage()
        s.shot("Runs", names[0])
        if names[1]:
            s.window.training.show_run("run-4")
            s.window.training.plots.set_log_scale(True)  # the continued part is near zero
            s.shot("Curves", names[1])
        s.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
