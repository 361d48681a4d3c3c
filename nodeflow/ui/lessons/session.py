"""The lesson a learner is doing in the window: its graph is the open document, its locked
settings hold, Train waits for its prediction, and every run of that document is graded.

A lesson is *attached* from the moment its graph is opened until another document replaces
it (New, Open, an example): only runs made while attached are graded, so a result from
another graph can never pass a lesson.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from nodeflow.i18n.engine import engine_text
from nodeflow.lessons.checker import Outcome, grade
from nodeflow.lessons.headless import load_graph
from nodeflow.lessons.model import Lesson
from nodeflow.lessons.result import RunResult
from nodeflow.ui.lessons.guards import LockGuard, TrainGate
from nodeflow.ui.lessons.progress import LessonProgress
from nodeflow.ui.lessons.recorder import RunRecorder


class LessonSession(QObject):
    """Signals: `attachedChanged(bool)`, `graded(object)` (an Outcome, after each run),
    `runStarted()` (a graded document started training)."""

    attachedChanged = Signal(bool)
    graded = Signal(object)
    runStarted = Signal()

    def __init__(self, window: Any, progress: LessonProgress | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent or window)
        self.window = window
        self.progress = progress or LessonProgress()
        self.lesson: Lesson | None = None
        self.lesson_graph: Any = None
        self.attached = False
        self.runs: list[RunResult] = []
        self.outcome: Outcome | None = None
        self._opening = False
        self.recorder = RunRecorder(window.training, window.graph, self)
        self.recorder.recorded.connect(self._on_recorded)
        self.recorder.started.connect(self._on_run_started)
        self.locks = LockGuard(window.graph, window.undo_stack, self._say, self)
        self.gate = TrainGate(window.actionTrain, self)
        window.files.documentReplaced.connect(self._on_document_replaced)

    # ------------------------------------------------------------------ lesson
    def open(self, lesson: Lesson) -> bool:
        """Open the lesson's graph as a new document (asking to save the current one first)."""
        try:
            lesson_graph = load_graph(lesson)
        except (ValueError, OSError) as exc:
            self._say(engine_text(str(exc)))
            return False
        self._opening = True
        try:
            ok = self.window.open_example(lesson.graph_path)
        finally:
            self._opening = False
        if not ok:
            return False
        self.lesson, self.lesson_graph = lesson, lesson_graph
        self.runs, self.outcome = [], None
        self.progress.set_started(lesson.id)
        self._set_attached(True)
        return True

    def close(self) -> None:
        """Stop holding the window to the lesson (the document stays as it is)."""
        self._set_attached(False)
        self.lesson = self.lesson_graph = None

    def predict(self, choice: int) -> None:
        """Lock in the learner's prediction; Train is free from now on."""
        if self.lesson is None:
            return
        self.progress.set_prediction(self.lesson.id, choice)
        self._update_gate()

    @property
    def prediction(self) -> int | None:
        return None if self.lesson is None else self.progress.prediction(self.lesson.id)

    def needs_prediction(self) -> bool:
        return bool(self.attached and self.lesson is not None and self.lesson.prediction is not None
                    and self.prediction is None)

    # ------------------------------------------------------------------ events
    def _set_attached(self, attached: bool) -> None:
        self.attached = attached
        self.locks.watch(self.lesson if attached else None, self.lesson_graph)
        self._update_gate()
        self.attachedChanged.emit(attached)

    def _update_gate(self) -> None:
        if self.needs_prediction():
            self.gate.close(self.tr("Answer the lesson's prediction first (Lessons panel)"))
        else:
            self.gate.open()

    def _on_document_replaced(self, *_args: Any) -> None:
        if not self._opening and self.attached:
            self._set_attached(False)

    def _on_run_started(self) -> None:
        if self.attached:
            self.runStarted.emit()

    def _on_recorded(self, result: RunResult) -> None:
        if not self.attached or self.lesson is None:
            return
        self.runs.append(result)
        from nodeflow.i18n import current_language

        self.outcome = grade(self.lesson, self.runs, lang=current_language(), lesson_graph=self.lesson_graph)
        if self.outcome.passed:
            self.progress.set_passed(self.lesson.id)
        self.graded.emit(self.outcome)

    def reset_lesson(self, lesson: Lesson) -> None:
        """Forget the learner's progress on `lesson` (and its runs, when it is the open one)."""
        self.progress.reset(lesson.id)
        if self.lesson is lesson:
            self.runs, self.outcome = [], None
            self._update_gate()

    def regrade(self) -> Outcome | None:
        """Grade again (after a language switch: the outcome's texts are in the old language)."""
        if self.lesson is None or not self.runs:
            return None
        from nodeflow.i18n import current_language

        self.outcome = grade(self.lesson, self.runs, lang=current_language(), lesson_graph=self.lesson_graph)
        return self.outcome

    def _say(self, text: str) -> None:
        bar = getattr(self.window, "statusBar", None)
        if bar is not None:
            bar().showMessage(text, 8000)
