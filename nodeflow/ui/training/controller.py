"""TrainingController: one training run at a time, its thread's whole life, and the canvas lock.

The thread is never left running behind a destroyed object: `shutdown()` (called by the
window's close, by `QApplication.aboutToQuit`, and by the controller's own `destroyed`) stops
the trainer, quits the thread and waits for it. All signals here are emitted in the GUI
thread, so tests and widgets can wait on them safely, and only for the current run: what a
worker sent before `shutdown()` abandoned it (a document closed mid-run) is dropped.
"""

from __future__ import annotations

import atexit
import sys
import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from nodeflow.graph.document import Graph
from nodeflow.ui.training.background import thread_for
from nodeflow.ui.training.speed import FULL, Speed
from nodeflow.ui.training.worker import TrainingWorker

_LIVE: dict[int, tuple[TrainingWorker, QThread]] = {}
"""Every started (worker, thread), kept alive here until it has finished: a controller deleted
from Python (its wrapper garbage-collected mid-run) must not take a running QThread with it."""


GIL_SLICE = 0.001
"""Seconds a thread may hold the GIL while another waits for it, during training (Python's
default is 0.005). The GUI thread paints in Python in many short steps, each needing the GIL
back from the training thread; with 5 ms slices a 10 ms repaint could stretch to 40 ms and
the window stutter. 1 ms keeps repaints near their own cost at no measurable cost to training."""

_default_slice: float | None = None


def _share_gil_finely(on: bool) -> None:
    """Shorten the GIL slice while any training thread runs; restore it when none does."""
    global _default_slice
    if on and _default_slice is None:
        _default_slice = sys.getswitchinterval()
        sys.setswitchinterval(min(_default_slice, GIL_SLICE))
    elif not on and _default_slice is not None and not any(t.isRunning() for _w, t in _LIVE.values()):
        sys.setswitchinterval(_default_slice)
        _default_slice = None


def _prune() -> None:
    for key, (_worker, thread) in list(_LIVE.items()):
        if thread.isFinished():
            del _LIVE[key]


@atexit.register
def stop_all() -> None:
    """Stop and wait for every training thread (at interpreter exit, or for tests)."""
    for worker, thread in list(_LIVE.values()):
        _shutdown(worker, thread)
    _LIVE.clear()


def _shutdown(worker: TrainingWorker | None, thread: QThread | None) -> None:
    if worker is not None:
        worker.resume()
        worker.stop()
    if thread is not None:
        thread.quit()
        thread.wait()


class TrainingController(QObject):
    """Start, pause, resume and stop training of a graph.

    Signals (GUI thread): `started()`, `update(dict)` (the worker's coalesced batches and
    epochs, in order), `finished(dict)` (done event + results), `failed(str)`,
    `stateChanged(str)` ("running" / "paused" / "idle"), and `ended()` last, once the thread
    has finished and the canvas is unlocked again. `speed` applies to every run from the next
    batch on (`set_speed`); `step_epoch()` trains one more epoch and pauses.
    """

    started = Signal()
    update = Signal(object)
    finished = Signal(object)
    failed = Signal(str)
    stateChanged = Signal(str)
    ended = Signal()
    loading = Signal(int, int, str)
    """(done, total, what) while the run's data load (a large image folder)."""

    def __init__(self, canvas: Any = None, parent: QObject | None = None, **worker_options: Any) -> None:
        super().__init__(parent)
        self.canvas = canvas
        self.worker_options = worker_options
        self.worker: TrainingWorker | None = None
        self.thread: QThread | None = None
        self.network: Any = None
        """The network of the last run, readable once `ended` was emitted."""
        self.path: Any = None
        """The last run's recorded weights (a WeightPath) and its training split, likewise."""
        self.train_data: Any = None
        self.state = "idle"
        self.speed: Speed = FULL
        self.started_at = 0.0
        self._next_seq = 0
        self._held: dict[int, dict] = {}
        holder = self._holder = [None, None]  # what the destroyed-hook needs, without self
        self.destroyed.connect(lambda *_: _shutdown(holder[0], holder[1]))
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    # ------------------------------------------------------------------ control
    @property
    def running(self) -> bool:
        return self.thread is not None

    def start(
        self,
        graph: Graph,
        *,
        epochs: int | None = None,
        seed: int | None = None,
        base_dir: str | None = None,
        initial_weights: dict | None = None,
        step: bool = False,
    ) -> bool:
        """Train a copy of `graph` in a new thread; False when a run is already going.

        `initial_weights` ("node/param" arrays, as saved beside a graph) continue an earlier run;
        without them the run starts from the seeded initialisation. `step`: pause after the
        first epoch (as `step_epoch`)."""
        if self.thread is not None:
            return False
        self.network = self.path = self.train_data = None
        self._next_seq, self._held = 0, {}
        worker = TrainingWorker(graph, epochs=epochs, seed=seed, base_dir=base_dir,
                                initial_weights=initial_weights, speed=self.speed, **self.worker_options)
        if step:
            worker.step_epoch()
        thread = thread_for(worker, "trainingThread")
        worker.update.connect(self._on_update)
        worker.finished.connect(self._on_finished)
        worker.failed.connect(self._on_failed)
        worker.stepped.connect(self._on_stepped)
        worker.loading.connect(self._on_loading)
        thread.finished.connect(self._on_thread_finished)
        self.worker, self.thread = worker, thread
        self._holder[:] = [worker, thread]
        _prune()
        _LIVE[id(thread)] = (worker, thread)
        self._lock(True)
        self.started_at = time.perf_counter()
        _share_gil_finely(True)
        thread.start()
        self._set_state("running")
        self.started.emit()
        return True

    def pause(self) -> None:
        if self.worker is not None and self.state == "running":
            self.worker.pause()
            self._set_state("paused")

    def resume(self) -> None:
        if self.worker is not None and self.state == "paused":
            self.worker.resume()
            self._set_state("running")

    def toggle_pause(self) -> None:
        self.resume() if self.state == "paused" else self.pause()

    def step_epoch(self) -> bool:
        """Train the running or paused run to the end of an epoch and pause there; False when
        no run goes (the caller starts one with `start(..., step=True)`)."""
        if self.worker is None:
            return False
        self.worker.step_epoch()
        self._set_state("running")
        return True

    def set_speed(self, speed: Speed) -> None:
        """The minimum time per epoch / batch, for this run (from its next batch) and the next."""
        self.speed = speed
        if self.worker is not None:
            self.worker.set_speed(speed)

    def stop(self) -> None:
        """Ask the run to stop after the current batch; `ended` follows."""
        if self.worker is not None:
            self.worker.resume()
            self.worker.stop()

    def shutdown(self) -> None:
        """Stop and wait for the thread (blocking, at most one batch); safe to call any time."""
        worker, thread = self.worker, self.thread
        if thread is None:
            return
        _shutdown(worker, thread)
        self._on_thread_finished()

    # ------------------------------------------------------------------ internals
    def _lock(self, locked: bool) -> None:
        if self.canvas is not None and hasattr(self.canvas, "set_locked"):
            self.canvas.set_locked(locked)

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.stateChanged.emit(state)

    def _current(self) -> bool:
        """True in a slot called by the current run's worker (not by an abandoned one)."""
        sender = self.sender()
        return sender is None or sender is self.worker

    def _on_finished(self, done: dict) -> None:
        if self._current():
            self.finished.emit(done)

    def _on_failed(self, message: str) -> None:
        if self._current():
            self.error_kind = getattr(self.worker, "error_kind", None)
            self.failed.emit(message)

    def _on_loading(self, done: int, total: int, what: str) -> None:
        if self._current():
            self.loading.emit(done, total, what)

    def _on_stepped(self, _epoch: int) -> None:
        if self._current() and self.worker is not None:
            self._set_state("paused")

    def _on_update(self, payload: dict) -> None:
        """Deliver updates in order (a flush on pause, from this thread, may overtake one queued)."""
        if not self._current():
            return
        self._held[int(payload.get("seq", self._next_seq))] = payload
        while self._next_seq in self._held:
            self.update.emit(self._held.pop(self._next_seq))
            self._next_seq += 1

    def _on_thread_finished(self) -> None:
        thread, worker = self.thread, self.worker
        if thread is None:
            return
        thread.wait()
        for seq in sorted(self._held):  # nothing may be lost, even out of order
            self.update.emit(self._held.pop(seq))
        self.network = worker.network if worker is not None else None
        self.path = worker.path if worker is not None else None
        self.train_data = worker.train_data if worker is not None else None
        self.thread = self.worker = None
        self._holder[:] = [None, None]
        _LIVE.pop(id(thread), None)
        _share_gil_finely(False)
        try:
            thread.finished.disconnect(self._on_thread_finished)
        except (RuntimeError, TypeError):
            pass
        # no deleteLater: Python owns the finished thread and frees it with its last reference
        self._lock(False)
        self._set_state("idle")
        self.ended.emit()
