"""Screenshots of the Lessons panel (Korean and English) and of a lesson in presentation mode,
at 1600x1000 and 1024x700, into docs/screenshots/.

    QT_QPA_PLATFORM=offscreen python docs/screenshots/make_lesson_screenshots.py

Settings and autosaves go to a temporary folder; the user's own are never touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QRadioButton  # noqa: E402

SIZES = ((1600, 1000), (1024, 700))


def wait(app: QApplication, condition, seconds: float = 60.0) -> None:
    end = time.monotonic() + seconds
    while not condition() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def shoot(app: QApplication, window, name: str) -> None:
    for width, height in SIZES:
        window.resize(width, height)
        for _ in range(5):
            app.processEvents()
        window.grab().save(str(HERE / f"{name}_{width}x{height}.png"))


def lesson_run(app: QApplication, window, lesson_id: str, choice: int) -> None:
    """Open a lesson, lock in a prediction by clicking, train, and wait for the verdict."""
    panel = window.lessons_panel
    panel.show_lesson(lesson_id)
    panel.open_current()
    panel.findChild(QRadioButton, f"lessonChoice{choice}").click()
    panel.lock_in.click()
    window.actionTrain.trigger()
    wait(app, lambda: window.lessons_session.outcome is not None and not window.training.controller.running)
    for _ in range(10):
        app.processEvents()


def main() -> None:
    tmp = tempfile.mkdtemp(prefix="nodeflow-shots-")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
    os.environ["NODEFLOW_DATA_DIR"] = tmp
    app = QApplication([])
    from nodeflow.ui import MainWindow
    from nodeflow.ui.i18n.translator import install

    for lang in ("ko", "en"):
        install(lang)
        window = MainWindow()
        window.dialogs.ask_save_changes = lambda *_a: "discard"
        window.resize(*SIZES[0])
        window.show()
        if not window.actionLessons.isChecked():
            window.actionLessons.trigger()
        window.lessons_dock.raise_()
        window.lessons_panel.show_list()
        shoot(app, window, f"lessons_list_{lang}")
        lesson_run(app, window, "12_vanishing_gradients", 3)
        shoot(app, window, f"lesson_{lang}")
        if lang == "ko":
            window.actionPresentation.trigger()
            window.setWindowState(Qt.WindowState.WindowNoState)  # offscreen: the projector's size below
            shoot(app, window, "lesson_presentation_ko")
            window.actionPresentation.trigger()
        window.close()
        window.deleteLater()
        app.processEvents()
    install("en")


if __name__ == "__main__":
    main()
