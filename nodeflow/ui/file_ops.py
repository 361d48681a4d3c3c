"""Open, save, save as, dirty tracking, ask-to-save, recent files, autosave and crash recovery.

The window's one `Graph` stays the same object for its whole life: opening a file is
`graph.replace_with(loaded)` followed by `undo_stack.clear()`. "Modified" means the undo stack
is away from its clean index (or the document came back from an autosave and was never saved).

Every question to the user goes through `Dialogs`, so tests (and automation) can answer them
without modal windows: replace `window.dialogs` or pass `dialogs=` to the window.
"""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

from PySide6.QtCore import QDateTime, QObject, QSettings, QStandardPaths, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from nodeflow.graph import io as graph_io
from nodeflow.graph.document import Graph, GraphError
from nodeflow.i18n import QT_TRANSLATE_NOOP, translate
from nodeflow.i18n.engine import engine_text
from nodeflow.ui.i18n.live import text_of
from nodeflow.userfiles import UserFileError, is_regular_file, printable, shown_path, write_atomic

FILE_FILTER = QT_TRANSLATE_NOOP("FileOps", "nodeflow graphs (*.nodeflow);;All files (*)")
MAX_RECENT = 8
AUTOSAVE_INTERVAL_MS = 60_000


def app_settings() -> QSettings:
    """The application's settings (INI), relocatable with `QSettings.setPath` (tests do)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "nodeflow", "nodeflow")


def data_dir() -> Path:
    """Where autosaves live: $NODEFLOW_DATA_DIR, else the platform's application data folder."""
    env = os.environ.get("NODEFLOW_DATA_DIR")
    if env:
        return Path(env)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location or Path.home() / ".nodeflow")


def _string_list(value: object) -> list[str]:
    """QSettings hands back a str for a one-element list and None for no list."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value else []
    return [str(v) for v in value]  # type: ignore[union-attr]


def absolute(path: str | os.PathLike) -> Path:
    """`path` made absolute with links resolved where they can be; a path that cannot be
    resolved (a symbolic-link loop, a name too long, a folder without permission) is only made
    absolute, so that opening or saving it reports the problem in words instead of raising."""
    text = os.fspath(path)
    try:
        text = os.path.expanduser(text)
    except (RuntimeError, KeyError):  # "~user" of no such user
        pass
    try:
        return Path(text).resolve()
    except (OSError, RuntimeError, ValueError):
        return Path(os.path.abspath(text))


def exists(path: Path) -> bool:
    """True when something is at `path`; False also when it cannot be looked at (never raises)."""
    try:
        os.stat(path)
    except (OSError, ValueError):
        return False
    return True


def export_script(graph: Graph, path: Path, target: str) -> None:
    """Write `graph` as a standalone Python script; raises ValueError with a one-line reason."""
    from nodeflow.export import ExportError, export_graph

    try:
        text = export_graph(graph, target=target)
    except (ExportError, GraphError) as exc:
        raise ValueError(str(exc)) from None
    try:
        write_atomic(path, lambda fh: fh.write(text.encode("utf-8")))
    except UserFileError as exc:
        raise ValueError(str(exc)) from None


class Dialogs:
    """The questions the window asks. Override any method to answer without a modal dialog."""

    def ask_save_changes(self, parent: QWidget, name: str) -> str:
        """'save', 'discard' or 'cancel'."""
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            parent, translate("FileOps", "Unsaved changes"), translate("FileOps", "Save the changes to “{name}” before closing it?").format(name=name),
            buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save,
        )
        return {buttons.Save: "save", buttons.Discard: "discard"}.get(answer, "cancel")

    def error(self, parent: QWidget, title: str, message: str) -> None:
        QMessageBox.warning(parent, title, engine_text(message))  # a GraphError's text in the window's language

    def open_path(self, parent: QWidget, directory: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(parent, translate("FileOps", "Open graph"), directory, text_of(FILE_FILTER))
        return path or None

    def save_path(self, parent: QWidget, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, translate("FileOps", "Save graph"), suggested, text_of(FILE_FILTER))
        if path and not Path(path).suffix:
            path += ".nodeflow"
        return path or None

    def export_path(self, parent: QWidget, suggested: str) -> tuple[str, str] | None:
        """(path, target) with target 'numpy' or 'torch'."""
        torch = translate("FileOps", "PyTorch script (*.py)")
        filters = translate("FileOps", "NumPy script (*.py)") + ";;" + torch
        path, chosen = QFileDialog.getSaveFileName(parent, translate("FileOps", "Export as Python script"), suggested, filters)
        return (path, "torch" if chosen == torch else "numpy") if path else None

    def offer_leftover(self, parent: QWidget, saved_at: str) -> bool:
        """Keep unsaved work on an untitled graph that an earlier session left (True) or delete it."""
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            parent, translate("FileOps", "Unsaved untitled work"),
            translate("FileOps", "nodeflow found unsaved work on an untitled graph from {saved_at}.\nKeep it? It is kept as a file you can open from File ▸ Open Recent.").format(saved_at=saved_at),
            buttons.Yes | buttons.No, buttons.Yes,
        )
        return answer == buttons.Yes

    def offer_recovery(self, parent: QWidget, name: str, saved_at: str) -> bool:
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            parent, translate("FileOps", "Recover unsaved work"),
            translate("FileOps", "nodeflow found unsaved changes to “{name}” from {saved_at}.\nRecover them?").format(name=name, saved_at=saved_at),
            buttons.Yes | buttons.No, buttons.Yes,
        )
        return answer == buttons.Yes


class FileOps(QObject):
    """Owns the document's file: its path, modified state, recent files and autosave."""

    pathChanged = Signal(object)  # Path | None
    modifiedChanged = Signal(bool)
    recentChanged = Signal(list)
    documentReplaced = Signal(object)  # Path | None: a new, opened or recovered document
    saved = Signal(object)  # Path: the document was written there

    def __init__(self, graph: Graph, undo_stack: QUndoStack, window: QWidget, dialogs: Dialogs) -> None:
        super().__init__(window)
        self.graph = graph
        self.undo_stack = undo_stack
        self.window = window
        self.dialogs = dialogs
        self.path: Path | None = None
        self.recovered = False
        self._unsaved_recovery = False  # a recovered document is modified until saved
        self._was_modified = False
        self._shut_down = False
        undo_stack.cleanChanged.connect(self._on_clean_changed)
        self.timer = QTimer(self, objectName="autosaveTimer")
        self.timer.setInterval(AUTOSAVE_INTERVAL_MS)
        self.timer.timeout.connect(self.autosave)
        self.timer.start()

    # ------------------------------------------------------------------ state
    def is_modified(self) -> bool:
        return self._unsaved_recovery or not self.undo_stack.isClean()

    def _on_clean_changed(self, clean: bool) -> None:
        self._announce(self._unsaved_recovery or not clean)

    def _announce(self, modified: bool | None = None) -> None:
        modified = self.is_modified() if modified is None else modified
        if modified != self._was_modified:
            self._was_modified = modified
            self.modifiedChanged.emit(modified)

    def display_name(self) -> str:
        return self.path.name if self.path else "untitled"

    def _set_path(self, path: Path | None) -> None:
        self.path = path
        self.pathChanged.emit(path)

    def _mark_saved(self) -> None:
        self._unsaved_recovery = False
        self.undo_stack.setClean()
        self._announce()

    def _take(self, loaded: Graph, path: Path | None) -> None:
        """Make `loaded` the document: same Graph object, fresh history."""
        self.graph.replace_with(loaded)
        self.undo_stack.clear()
        self._unsaved_recovery = False
        self._set_path(path)
        self._announce()
        self.documentReplaced.emit(path)

    # ------------------------------------------------------------ questions
    def maybe_save(self) -> bool:
        """Ask Save/Discard/Cancel when modified; True when the caller may go on."""
        if not self.is_modified():
            return True
        answer = self.dialogs.ask_save_changes(self.window, self.path.name if self.path else self.graph.name)
        if answer == "save":
            return self.save()
        if answer == "discard":
            self.discard_autosave()
            return True
        return False

    def _read(self, path: Path) -> Graph | None:
        try:
            return graph_io.load(path, placeholders=True)  # unknown node types open as placeholder cards
        except (GraphError, OSError, UnicodeDecodeError, MemoryError) as exc:
            if isinstance(exc, GraphError):
                message = str(exc)
            elif isinstance(exc, MemoryError):
                message = translate("FileOps", "cannot open {file}: not enough memory").format(file=shown_path(path.name))
            else:
                message = translate("FileOps", "cannot read {file}: {reason}").format(file=shown_path(path.name), reason=exc)
            self.dialogs.error(self.window, translate("FileOps", "Cannot open graph"), message)
            return None

    # ------------------------------------------------------------- commands
    def new(self) -> bool:
        if not self.maybe_save():
            return False
        self.discard_autosave()
        self._take(Graph(), None)
        return True

    def start(self, path: str | os.PathLike | None = None) -> bool:
        """The window's first document: `path`, or (without one) unsaved work offered back.

        Starting on a file, unsaved untitled work an earlier session left is offered first (and
        kept as a file when wanted), so opening the file never deletes it unasked."""
        if path is None:
            return self.check_recovery()
        self.offer_leftover_untitled()
        return self.open(path, ask=False)

    def offer_leftover_untitled(self) -> Path | None:
        """Ask about an untitled autosave left by an earlier session: keep it as a file in
        `data_dir()/recovered` (listed in Open Recent; returned), or delete it."""
        auto = self.autosave_path(None)
        if not is_regular_file(auto):
            return None
        mtime = auto.stat().st_mtime
        stamp = QDateTime.fromSecsSinceEpoch(int(mtime)).toString("yyyy-MM-dd hh:mm")
        if not self.dialogs.offer_leftover(self.window, stamp):
            auto.unlink(missing_ok=True)
            return None
        folder = data_dir() / "recovered"
        name = "untitled-" + time.strftime("%Y%m%d-%H%M%S", time.localtime(mtime))
        target = folder / f"{name}.nodeflow"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            n = 1
            while exists(target):
                n += 1
                target = folder / f"{name}-{n}.nodeflow"
            os.replace(auto, target)
        except OSError as exc:
            self.dialogs.error(self.window, translate("FileOps", "Cannot keep the untitled work"),
                               translate("FileOps", "it stays at {file}: {reason}").format(file=shown_path(auto), reason=printable(exc.strerror or str(exc))))
            return None
        self.add_recent(target)
        self.window.statusBar().showMessage(  # type: ignore[attr-defined]
            translate("FileOps", "Unsaved untitled work kept as {name}: File ▸ Open Recent").format(name=target.name), 10_000)
        return target

    def open(self, path: str | os.PathLike | None = None, ask: bool = True) -> bool:
        """Open a file (asking for one when `path` is None); a bad file leaves the graph as it was."""
        if ask and not self.maybe_save():
            return False
        if path is None:
            start = str(self.path.parent) if self.path else app_settings().value("lastDir", "")
            chosen = self.dialogs.open_path(self.window, str(start or ""))
            if not chosen:
                return False
            path = chosen
        path = absolute(path)
        loaded = self._read(path)
        if loaded is None:
            if not exists(path):
                self.forget_recent(path)
            return False
        self.discard_autosave()
        self._take(loaded, path)
        self.add_recent(path)
        self.check_recovery()
        return True

    def open_template(self, path: str | os.PathLike, ask: bool = True) -> bool:
        """Open a graph (an example) as a new untitled document, so saving never overwrites it."""
        if ask and not self.maybe_save():
            return False
        loaded = self._read(absolute(path))
        if loaded is None:
            return False
        self.discard_autosave()
        self._take(loaded, None)
        return True

    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        return self._write(self.path)

    def save_as(self, path: str | os.PathLike | None = None) -> bool:
        if path is None:
            base = self.path or Path(str(app_settings().value("lastDir", "") or Path.home())) / (
                self.graph.name.replace("/", "_") + ".nodeflow"
            )
            chosen = self.dialogs.save_path(self.window, str(base))
            if not chosen:
                return False
            path = chosen
        return self._write(absolute(path))

    def _write(self, path: Path) -> bool:
        """Save to `path`; a read-only file, a missing folder or any other problem is one
        message in a dialog, and the document stays as it was (modified, same name)."""
        try:
            graph_io.save(self.graph, path)
        except (GraphError, OSError) as exc:
            message = str(exc) if isinstance(exc, GraphError) else translate("FileOps", "cannot save {file}: {reason}").format(file=shown_path(path.name), reason=exc)
            self.dialogs.error(self.window, translate("FileOps", "Cannot save graph"), message)
            return False
        self.discard_autosave()  # the old name's autosave (untitled or the previous path)
        self._set_path(path)
        self._mark_saved()
        self.discard_autosave()
        self.add_recent(path)
        self.saved.emit(path)
        return True

    # ----------------------------------------------------------- recent files
    def recent_files(self) -> list[str]:
        return _string_list(app_settings().value("recentFiles"))

    def _store_recent(self, files: list[str]) -> None:
        settings = app_settings()
        settings.setValue("recentFiles", files[:MAX_RECENT])
        settings.sync()
        self.recentChanged.emit(files[:MAX_RECENT])

    def add_recent(self, path: Path) -> None:
        text = str(path)
        self._store_recent([text] + [f for f in self.recent_files() if f != text])
        app_settings().setValue("lastDir", str(path.parent))

    def forget_recent(self, path: Path) -> None:
        self._store_recent([f for f in self.recent_files() if f != str(path)])

    # --------------------------------------------------------------- autosave
    def autosave_path(self, path: Path | None = None) -> Path:
        """Where the document at `path` (None: the current one) is autosaved."""
        path = self.path if path is None else path
        if path is None:
            name = "untitled.nodeflow"
        else:
            digest = hashlib.sha1(str(path).encode("utf-8")).hexdigest()[:10]
            name = f"{path.stem}-{digest}.nodeflow"
        return data_dir() / "autosave" / name

    def autosave(self) -> Path | None:
        """Write the document to its autosave file if it is modified (the timer calls this)."""
        if not self.is_modified():
            return None
        target = self.autosave_path()
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            graph_io.save(self.graph, target)
        except (GraphError, OSError) as exc:
            self.window.statusBar().showMessage(translate("FileOps", "Autosave failed: {reason}").format(reason=exc), 5000)  # type: ignore[attr-defined]
            return None
        return target

    def discard_autosave(self) -> None:
        try:
            self.autosave_path().unlink(missing_ok=True)
        except OSError:
            pass

    def check_recovery(self) -> bool:
        """Offer back an autosave newer than the current file (or any untitled one)."""
        auto = self.autosave_path()
        if not is_regular_file(auto):
            return False
        saved_at = auto.stat().st_mtime
        if self.path is not None and is_regular_file(self.path) and saved_at <= self.path.stat().st_mtime:
            auto.unlink(missing_ok=True)  # stale: the file was saved after it
            return False
        stamp = QDateTime.fromSecsSinceEpoch(int(saved_at)).toString("yyyy-MM-dd hh:mm")
        if not self.dialogs.offer_recovery(self.window, self.display_name(), stamp):
            auto.unlink(missing_ok=True)
            return False
        try:
            loaded = graph_io.load(auto, placeholders=True)
        except (GraphError, OSError, UnicodeDecodeError) as exc:
            self.dialogs.error(self.window, translate("FileOps", "Cannot recover"), translate("FileOps", "the autosave could not be read: {reason}").format(reason=exc))
            auto.unlink(missing_ok=True)
            return False
        self.graph.replace_with(loaded)
        self.undo_stack.clear()
        self._unsaved_recovery = True
        self.recovered = True
        self._announce()
        return True

    def shutdown(self) -> None:
        """Stop the timer; a document closed clean (saved or discarded) leaves no autosave."""
        self.timer.stop()
        if not self.is_modified():
            self.discard_autosave()
        if not self._shut_down:
            self._shut_down = True
            self.undo_stack.cleanChanged.disconnect(self._on_clean_changed)
