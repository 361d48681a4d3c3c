"""Screenshots of stepping through training, for the guide (docs/guide.md, "Step through
training"). Run from the repository root:
    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_stepping_screenshots.py

Each shot opens an example as a new document, presses Step (actionStep) as a person would,
picks a phase, selects a card and saves `window.grab()` at 1600 x 1000 and 1024 x 700:
stepping_forward_*, stepping_backward_*, stepping_explain_*, stepping_lab_*, stepping_diagnoses_*.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "docs" / "screenshots"
SIZES = {"1600x1000": (1600, 1000), "1024x700": (1024, 700)}


def settle(ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def window_on(example: str, size: tuple[int, int]):
    from nodeflow.ui import MainWindow

    window = MainWindow()
    window.open_example(ROOT / "examples" / f"{example}.nodeflow", ask=False)
    window.resize(*size)
    window._default_dock_sizes()
    window.show()
    settle()
    return window


def shoot(window, name: str, size_name: str) -> None:
    settle(250)
    path = OUT / f"{name}_{size_name}.png"
    window.grab().save(str(path))
    print(path.relative_to(ROOT))


def close(window) -> None:
    window.files.modifiedChanged.disconnect()
    window.dialogs.ask_save_changes = lambda *a: "discard"
    window.close()


def main() -> int:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)  # leave the user's settings alone
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    app = QApplication.instance() or QApplication(sys.argv)
    for size_name, size in SIZES.items():
        w = window_on("xor_mlp", size)
        w.actionStep.trigger()
        w.stepping_session.show_phase("forward")
        w.canvas.select_nodes(["fc1"])
        w.canvas.zoom_to_fit(readable=True)
        shoot(w, "stepping_forward", size_name)
        w.stepping_session.show_phase("backward")
        w.canvas.select_nodes(["tanh"])
        shoot(w, "stepping_backward", size_name)
        w.stepping_session.show_phase("update")
        w.canvas.select_nodes(["fc2"])
        w.stepping_panel.explain.input.setValue(3)
        shoot(w, "stepping_explain", size_name)
        w.canvas.select_nodes(["fc1"])
        w.stepping_panel.tabs.setCurrentWidget(w.stepping_panel.lab)
        w.stepping_panel.lab.run(w.stepping_session)
        shoot(w, "stepping_lab", size_name)
        close(w)
        w = window_on("vanishing_gradients", size)
        w.actionStep.trigger()
        w.stepping_session.show_phase("backward")
        panel = w.stepping_panel
        panel.tabs.setCurrentWidget(panel.diagnoses)
        panel.diagnoses.epochs.setValue(2)
        loop = QEventLoop()
        panel.diagnoses.diagnosed.connect(loop.quit)
        if panel.run_diagnoses():
            loop.exec()
        w.canvas.select_nodes(["sig1"])
        shoot(w, "stepping_diagnoses", size_name)
        close(w)
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
