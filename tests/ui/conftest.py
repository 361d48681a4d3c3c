"""GUI test set-up: a main window with its settings and autosaves in tmp_path, dialogs answered
by a fake (never a modal box), and checks that no timer or thread outlives a test."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThreadPool, QTimer

from nodeflow.ui import file_ops


class FakeDialogs(file_ops.Dialogs):
    """Answers every question from attributes and records what was asked."""

    def __init__(self) -> None:
        self.save_answer = "discard"
        self.recover = False
        self.open_answer: str | None = None
        self.save_answer_path: str | None = None
        self.export_answer: tuple[str, str] | None = None
        self.asked: list[str] = []
        self.errors: list[str] = []

    def ask_save_changes(self, parent, name):
        self.asked.append(f"save changes to {name}")
        return self.save_answer

    def error(self, parent, title, message):
        self.errors.append(message)

    def open_path(self, parent, directory):
        return self.open_answer

    def save_path(self, parent, suggested):
        return self.save_answer_path

    def export_path(self, parent, suggested):
        return self.export_answer

    def offer_leftover(self, parent, saved_at):
        self.asked.append("keep untitled")
        return self.recover

    def offer_recovery(self, parent, name, saved_at):
        self.asked.append(f"recover {name}")
        return self.recover


@pytest.fixture
def settings_dir(tmp_path: Path, monkeypatch) -> Path:
    """QSettings and autosaves go to tmp_path, never to the user's real files."""
    root = tmp_path / "settings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(root))
    monkeypatch.setenv("NODEFLOW_DATA_DIR", str(tmp_path / "data"))
    return root


@pytest.fixture
def dialogs() -> FakeDialogs:
    return FakeDialogs()


@pytest.fixture
def make_window(qtbot, settings_dir, dialogs):
    """Build main windows; each is closed at teardown and must leave no timer or thread running."""
    from nodeflow.ui import MainWindow

    threads_before = set(threading.enumerate())
    made = []

    def make(path=None, **kwargs):
        window = MainWindow(path, dialogs=kwargs.pop("dialogs", dialogs), **kwargs)
        made.append(window)
        return window

    yield make
    for window in made:
        window.dialogs.save_answer = "discard"
        window.close()
        leaked = [t.objectName() or f"{t!r} of {t.parent()!r}" for t in window.findChildren(QTimer) if t.isActive()]
        window.deleteLater()
        assert not leaked, f"timers still running after close: {leaked}"
    qtbot.wait(1)
    assert QThreadPool.globalInstance().activeThreadCount() == 0
    # a _DummyThread is Python's record of a Qt thread that started Python threads (an image
    # folder decoded by a thread pool in the training thread); it stays "alive" in the list
    # after that QThread ended (checked above through the controller), so it is no leak
    leaked_threads = [t.name for t in set(threading.enumerate()) - threads_before
                      if t.is_alive() and not isinstance(t, threading._DummyThread)]
    assert not leaked_threads, f"threads still running: {leaked_threads}"


@pytest.fixture
def window(make_window):
    return make_window()


@pytest.fixture(scope="session", autouse=True)
def clear_clipboard_at_exit(qapp):
    """Mime data left on the clipboard is destroyed with the application at interpreter exit,
    after Python has torn down the objects it refers to: a segfault after "N passed". Clear it."""
    yield
    from nodeflow.ui.app import release_clipboard

    release_clipboard()
    qapp.processEvents()
