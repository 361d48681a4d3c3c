"""StepSession: the window's stepping state, one Stepper at a time, and the phase on show.

Step (actionStep) trains one batch with `nodeflow.compute.stepper.Stepper` and then shows it
in three phases, forward → backward → update, one after the other (`PHASE_MS` apart, or at
once by choosing a phase); Step Back (actionStepBack) rewinds to the state before the last
step. The stepper starts from fresh seeded weights, or from a paused run's weights and
optimizer state; any edit of the graph ends the session (its numbers no longer apply).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from nodeflow.compute.stepper import Stepper, StepRecord
from nodeflow.graph.document import Graph
from nodeflow.i18n.engine import engine_text

PHASES = ("forward", "backward", "update")
PHASE_MS = 700
"""Time each phase stays on show before the next when stepping."""


class StepSession(QObject):
    """`stepped(StepRecord | None)` after a step or a step back (None: nothing left to show);
    `phaseChanged(str)`; `message(str)` for the status bar; `ended()` when the session is
    dropped (the graph changed, a run started)."""

    stepped = Signal(object)
    phaseChanged = Signal(str)
    message = Signal(str)
    ended = Signal()

    def __init__(self, graph: Graph, controller: Any = None, base_dir: Any = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.graph = graph
        self.controller = controller
        self.base_dir = base_dir or (lambda: None)
        self.stepper: Stepper | None = None
        self.phase = PHASES[0]
        self.source = ""
        """Where the weights came from: "fresh" or "paused"."""
        self.timer = QTimer(self, objectName="stepPhaseTimer")
        self.timer.setSingleShot(True)
        self.timer.setInterval(PHASE_MS)
        self.timer.timeout.connect(self._next_phase)
        self.on_detach: list[Any] = []
        graph.changed.connect(self._on_graph_changed)

    def detach(self) -> None:
        """The window closes: stop the phase timer and whatever `on_detach` holds (the
        diagnoses' thread)."""
        self.timer.stop()
        for fn in self.on_detach:
            fn()
        try:
            self.graph.changed.disconnect(self._on_graph_changed)
        except (RuntimeError, TypeError):
            pass

    @property
    def record(self) -> StepRecord | None:
        return self.stepper.last if self.stepper is not None else None

    # ----------------------------------------------------------------- actions
    def step(self) -> StepRecord | None:
        """One batch; the first step builds the stepper (from a paused run if there is one)."""
        ctl = self.controller
        if ctl is not None and ctl.running and ctl.state != "paused":
            self.message.emit(self.tr("Pause training first: stepping goes one batch at a time"))
            return None
        if self.stepper is None and not self._start():
            return None
        assert self.stepper is not None
        try:
            rec = self.stepper.step()
        except (ValueError, MemoryError) as exc:  # bad labels for the loss, a batch too big
            self.message.emit(self.tr("Cannot step: {reason}").format(reason=engine_text(str(exc))))
            return None
        self.show_phase(PHASES[0], animate=True)
        self.stepped.emit(rec)
        self.message.emit(self.tr("Epoch {epoch}, batch {batch} of {batches}: loss {loss}").format(
            epoch=rec.epoch + 1, batch=rec.batch + 1, batches=rec.batches, loss=f"{rec.loss:.6g}"))
        return rec

    def back(self) -> bool:
        """Rewind the last step (weights, optimizer state, batch position)."""
        if self.stepper is None or not self.stepper.back():
            self.message.emit(self.tr("No step to take back"))
            return False
        self.timer.stop()
        rec = self.stepper.last
        self.phase = PHASES[-1]
        self.stepped.emit(rec)
        self.phaseChanged.emit(self.phase)
        self.message.emit(self.tr("Stepped back: the weights are those before the last step"))
        return True

    def show_phase(self, phase: str, animate: bool = False) -> None:
        """Show `phase`; with `animate` the next phases follow by themselves."""
        self.timer.stop()
        self.phase = phase
        self.phaseChanged.emit(phase)
        if animate and phase != PHASES[-1]:
            self.timer.start()

    def end(self) -> None:
        """Forget the stepper (its numbers no longer apply)."""
        self.timer.stop()
        if self.stepper is not None:
            self.stepper = None
            self.ended.emit()

    # --------------------------------------------------------------- internals
    def _start(self) -> bool:
        initial, source = None, "fresh"
        ctl = self.controller
        worker = getattr(ctl, "worker", None) if ctl is not None and ctl.state == "paused" else None
        trainer = getattr(worker, "trainer", None)
        if trainer is not None:  # the run waits between batches: its weights are consistent
            optimizers = getattr(trainer, "optimizers", None) or [trainer.optimizer]
            initial, source = (trainer.network.get_state(), [o.state_dict() for o in optimizers]), "paused"
        try:
            self.stepper = Stepper(self.graph, base_dir=self.base_dir(), initial=initial)
        except (ValueError, OSError) as exc:  # GraphError is a ValueError
            self.message.emit(self.tr("Cannot step: {reason}").format(reason=engine_text(str(exc))))
            return False
        self.source = source
        return True

    def _next_phase(self) -> None:
        i = PHASES.index(self.phase)
        if i + 1 < len(PHASES):
            self.show_phase(PHASES[i + 1], animate=True)

    def _on_graph_changed(self, kind: str, *args: Any) -> None:
        if kind not in ("node_moved", "reroutes_changed", "frame_added", "frame_removed", "frame_changed", "renamed"):
            self.end()
