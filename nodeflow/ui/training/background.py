"""BackgroundRunner: one function at a time on its own QThread, results back in the GUI thread.

For work that takes a second or more after training (the gradient check, a loss surface) and
must not freeze the window. `start(fn)` runs `fn()` in a new thread; `finished(result)` or
`failed(message)` arrive in the GUI thread, then `ended()`. The thread is never left running
behind the runner: `shutdown()` (also on application quit and on destruction) waits for it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot


def thread_for(worker: QObject, name: str) -> QThread:
    """A new (not yet started) thread that runs `worker.run()` as it starts and quits when the
    worker emits `ended`. Both connections are direct: `run` starts in the new thread without
    its event loop (which an earlier QCoreApplication.exit() can leave refusing to start), and
    the thread quits even while the GUI thread is blocked waiting for it."""
    thread = QThread()
    thread.setObjectName(name)
    worker.moveToThread(thread)
    thread.started.connect(worker.run, Qt.ConnectionType.DirectConnection)  # type: ignore[attr-defined]
    worker.ended.connect(thread.quit, Qt.ConnectionType.DirectConnection)  # type: ignore[attr-defined]
    return thread


class _Job(QObject):
    finished = Signal(object)
    failed = Signal(str)
    ended = Signal()

    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn

    @Slot()
    def run(self) -> None:
        try:
            self.finished.emit(self.fn())
        except (ValueError, OSError) as exc:  # GraphError and DataError are ValueErrors
            self.failed.emit(str(exc))
        except Exception as exc:  # noqa: BLE001 - report, never leave the thread hanging
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        finally:
            self.ended.emit()


class BackgroundRunner(QObject):
    """Runs one job at a time; signals arrive in the GUI thread, `ended` last."""

    finished = Signal(object)
    failed = Signal(str)
    ended = Signal()

    def __init__(self, parent: QObject | None = None, thread_name: str = "backgroundThread") -> None:
        super().__init__(parent)
        self.thread_name = thread_name
        self.thread: QThread | None = None
        self.job: _Job | None = None
        holder = self._holder = [None]
        self.destroyed.connect(lambda *_: holder[0] is not None and holder[0].wait())
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    @property
    def running(self) -> bool:
        return self.thread is not None

    def run_in_background(self, fn: Callable[[], Any]) -> bool:
        """Start `fn()` in a new thread; False when a job is already running."""
        if self.thread is not None:
            return False
        job = _Job(fn)
        thread = thread_for(job, self.thread_name)
        job.finished.connect(self._on_finished)
        job.failed.connect(self.failed)
        thread.finished.connect(self._on_thread_finished)
        self.thread, self.job = thread, job
        self._holder[0] = thread
        thread.start()
        return True

    def _on_finished(self, result: Any) -> None:
        self.finished.emit(result)

    def shutdown(self) -> None:
        """Wait for a running job (it cannot be interrupted)."""
        if self.thread is not None:
            self.thread.wait()
            self._on_thread_finished()

    def _on_thread_finished(self) -> None:
        if self.thread is None:
            return
        self.thread.wait()
        self.thread = self.job = None
        self._holder[0] = None
        self.ended.emit()
