"""Gradient check from the window: the engine's check in a worker thread, colours for the cards.

`GradcheckRunner.start(graph)` checks a copy of the graph off the GUI thread (it takes a
second on a big graph) and emits `finished({node: worst relative error})` or `failed(str)` in
the GUI thread; `badge(error)` gives the colour and tooltip a node card draws.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QColor

from nodeflow.graph.document import Graph

TOLERANCE = 1e-6
GOOD = QColor("#2e9d5b")
BAD = QColor("#c0392b")


def badge(error: float) -> tuple[QColor, str]:
    """(colour, tooltip) for a node's worst relative gradient error: green below TOLERANCE."""
    ok = error < TOLERANCE
    verdict = "backprop matches finite differences" if ok else "backprop disagrees with finite differences"
    return (GOOD if ok else BAD), f"Gradient check: worst relative error {error:.1e} ({verdict})"


class _Job(QObject):
    finished = Signal(object)
    failed = Signal(str)
    ended = Signal()

    def __init__(self, graph: Graph, base_dir: str | None) -> None:
        super().__init__()
        self.graph, self.base_dir = graph, base_dir

    @Slot()
    def run(self) -> None:
        from nodeflow.compute.graph_gradcheck import worst_errors

        try:
            self.finished.emit(worst_errors(self.graph, base_dir=self.base_dir))
        except (ValueError, OSError) as exc:  # GraphError is a ValueError
            self.failed.emit(str(exc))
        except Exception as exc:  # noqa: BLE001 - report, never leave the thread hanging
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        finally:
            self.ended.emit()


class GradcheckRunner(QObject):
    """One gradient check at a time; signals arrive in the GUI thread, `ended` last."""

    finished = Signal(object)
    failed = Signal(str)
    ended = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thread: QThread | None = None
        self.job: _Job | None = None
        self.errors: dict[str, float] = {}
        holder = self._holder = [None]
        self.destroyed.connect(lambda *_: holder[0] is not None and holder[0].wait())
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    @property
    def running(self) -> bool:
        return self.thread is not None

    def start(self, graph: Graph, base_dir: str | None = None) -> bool:
        if self.thread is not None:
            return False
        job = _Job(graph.copy(), base_dir)
        thread = QThread()
        thread.setObjectName("gradcheckThread")
        job.moveToThread(thread)
        thread.started.connect(job.run, Qt.ConnectionType.DirectConnection)  # runs in the new thread
        job.ended.connect(thread.quit, Qt.ConnectionType.DirectConnection)  # even while the GUI waits
        job.finished.connect(self._on_finished)
        job.failed.connect(self.failed)
        thread.finished.connect(self._on_thread_finished)
        self.thread, self.job = thread, job
        self._holder[0] = thread
        thread.start()
        return True

    def _on_finished(self, errors: Any) -> None:
        self.errors = dict(errors)
        self.finished.emit(self.errors)

    def shutdown(self) -> None:
        """Wait for a running check (it cannot be interrupted; it is short)."""
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
