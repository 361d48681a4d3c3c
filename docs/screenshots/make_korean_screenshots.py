"""Screenshots of the whole window in Korean (`--lang ko`), to look at for clipped labels and
missing glyphs: the canvas with a node selected (inspector), the training dock after a run
(Curves, Runs, Results, Inspect), the Lessons panel, the File and Run menus, at 1600x1000 and
1024x700, and presentation mode at 1024x700, into docs/screenshots/ko_*.png.

    QT_QPA_PLATFORM=offscreen python docs/screenshots/make_korean_screenshots.py [OUT_DIR]

Settings and autosaves go to a temporary folder; the user's own are never touched. The
repository keeps ten of them (docs/guide.ko.md shows some); the rest are for looking at.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QRadioButton  # noqa: E402

SIZES = ((1600, 1000), (1024, 700))


def settle(app: QApplication, seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def train(app: QApplication, window) -> None:
    window.actionTrain.trigger()
    end = time.monotonic() + 120
    while window.training.controller.running and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)
    settle(app)


def main(out: Path) -> list[Path]:
    tmp = tempfile.mkdtemp(prefix="nodeflow-shots-")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
    os.environ["NODEFLOW_DATA_DIR"] = tmp
    import nodeflow.i18n as i18n

    i18n.request_language("ko")  # what `nodeflow --lang ko` does
    app = QApplication.instance() or QApplication([])
    from nodeflow.ui import MainWindow
    from nodeflow.ui.i18n.translator import install

    install()
    saved: list[Path] = []

    def shoot(widget, name: str) -> None:
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        saved.append(path)

    window = MainWindow()
    window.dialogs.ask_save_changes = lambda *_a: "discard"
    window.open_example(ROOT / "examples" / "moons_mlp.nodeflow", ask=False)
    window.graph.training["epochs"] = 15
    for width, height in SIZES:
        window.resize(width, height)
        window._default_dock_sizes()
        window.show()
        settle(app)
        window.canvas.zoom_to_fit(readable=True)
        node = next(n for n, v in window.graph.nodes.items() if v.type == "Dense")
        window.canvas.select_nodes([node])
        settle(app)
        shoot(window, f"ko_window_{width}x{height}")
        if width == SIZES[0][0]:
            train(app, window)
        for tab in range(window.training.tabs.count()):
            window.training.tabs.setCurrentIndex(tab)
            settle(app, 0.2)
            title = window.training.tabs.widget(tab).objectName()
            shoot(window, f"ko_training_{title}_{width}x{height}")
        window.training.tabs.setCurrentIndex(0)
        window.canvas.select_nodes([])
        settle(app)
        shoot(window, f"ko_settings_{width}x{height}")
        if not window.actionLessons.isChecked():
            window.actionLessons.trigger()
        window.lessons_dock.raise_()
        window.lessons_panel.show_lesson("01_linear_regression")
        settle(app)
        shoot(window, f"ko_lesson_{width}x{height}")
        if width == SIZES[0][0]:  # a lesson run: predict, train, the verdict with its hints
            panel = window.lessons_panel
            panel.open_current()
            settle(app)
            panel.findChild(QRadioButton, "lessonChoice1").click()
            panel.lock_in.click()
            train(app, window)
        shoot(window, f"ko_lesson_verdict_{width}x{height}")
        window.palette_dock.raise_()
        window.actionLessons.trigger()
    # a shape error: the card, the message strip and the status bar say it in Korean
    window.open_example(ROOT / "examples" / "digits_cnn.nodeflow", ask=False)
    flatten = next(n for n, v in window.graph.nodes.items() if v.type == "Flatten")
    window.canvas.select_nodes([flatten])
    window.canvas.acts.delete_reconnect.trigger()  # Ctrl+X: the chain stays wired, fc gets images
    for width, height in SIZES:
        window.resize(width, height)
        window._default_dock_sizes()
        settle(app)
        window.canvas.zoom_to_fit(readable=True)
        settle(app)
        shoot(window, f"ko_error_{width}x{height}")
    # presentation mode on a 1024 x 700 projector: icons-only toolbar, larger plot text
    from PySide6.QtCore import Qt

    window.presentation.set_on(True)
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowFullScreen)  # the projector's size
    window.resize(1024, 700)
    settle(app, 0.5)
    shoot(window, "ko_presentation_1024x700")
    window.presentation.set_on(False)
    window.resize(1024, 700)
    settle(app)
    shortcuts = window.show_help("shortcuts")
    settle(app)
    shoot(shortcuts, "ko_shortcuts")
    shortcuts.close()
    for menu in window.menuBar().findChildren(type(window.examples_menu)):
        if menu.parent() is window.menuBar() and menu.objectName() in ("", "menuEdit", "menuView", "menuHelp"):
            menu.popup(window.mapToGlobal(QPoint(20, 20)))
            settle(app, 0.2)
            shoot(menu, f"ko_menu_{menu.objectName() or menu.title().split('(')[0]}")
            menu.hide()
    window.close()
    from nodeflow.ui.app import release_clipboard

    release_clipboard()  # Ctrl+X put nodes there: a clipboard still holding them crashes the exit
    return saved


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    target.mkdir(parents=True, exist_ok=True)
    for path in main(target):
        print(path)
