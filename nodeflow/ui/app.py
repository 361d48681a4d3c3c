"""Start the application: `run(path)` shows the main window and runs the event loop."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from nodeflow.ui.i18n.translator import install as install_translations
from nodeflow.ui.main_window import MainWindow, example_entries

PREFERRED_FIRST_EXAMPLES = ("digits_cnn", "linear_regression")


def first_example():
    """The example a new user sees: digits_cnn or linear_regression when bundled, else the first."""
    try:
        entries = example_entries()
    except ImportError:
        return None
    for stem in PREFERRED_FIRST_EXAMPLES:
        for _title, path in entries:
            if path.stem == stem:
                return path
    return entries[0][1] if entries else None


def run(path: str | None = None) -> int:
    """Show the window on `path` (or on a first example) and return the event loop's exit code."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("nodeflow")
    app.setOrganizationName("nodeflow")
    app.setApplicationDisplayName("nodeflow")
    install_translations()  # --lang, else the remembered choice, else the system's language
    window = MainWindow(path)
    if path is None and not window.files.recovered:
        example = first_example()
        if example is not None:
            window.open_example(example, ask=False)
    window.show()
    QTimer.singleShot(0, window.canvas.zoom_to_fit)  # once the view has its real size
    app.aboutToQuit.connect(release_clipboard)
    return app.exec()


def release_clipboard() -> None:
    """Drop nodes we put on the clipboard before Qt goes: mime data still owned by the clipboard
    when the interpreter exits is freed after Python's objects, and the process segfaults."""
    from nodeflow.ui.canvas.clipboard import MIME

    clipboard = QApplication.clipboard()
    mime = clipboard.mimeData()
    if mime is not None and mime.hasFormat(MIME):
        clipboard.clear()
