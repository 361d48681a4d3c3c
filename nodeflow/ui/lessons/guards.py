"""What a lesson holds the window to while it is open: its locked settings, and *predict,
then run* (Train waits for the prediction).

Locks work on the document, whatever edited it (inspector, type swap, paste): an undo step
that changes a locked setting is undone again at once and the status bar says why; Redo would
only repeat the refusal. The checker refuses runs that changed a locked setting anyway, so
nothing depends on every path being caught here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer

from nodeflow.lessons.checker import locked_changes
from nodeflow.lessons.model import Lesson
from nodeflow.lessons.result import RunResult


class LockGuard(QObject):
    """Undoes an edit that changes a setting `lesson` locks."""

    def __init__(self, graph: Any, undo_stack: Any, say: Callable[[str], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.graph, self.undo_stack, self.say = graph, undo_stack, say
        self.lesson: Lesson | None = None
        self.lesson_graph: Any = None
        self._ok_index = 0
        self._timer = QTimer(self, objectName="lessonLockTimer")
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._check)
        undo_stack.indexChanged.connect(lambda _i: self._timer.start())
        graph.changed.connect(self._on_graph_changed)

    def watch(self, lesson: Lesson | None, lesson_graph: Any = None) -> None:
        self.lesson, self.lesson_graph = lesson, lesson_graph
        self._ok_index = self.undo_stack.index()

    def violations(self) -> list[str]:
        if self.lesson is None or not self.lesson.locked:
            return []
        return locked_changes(self.lesson, RunResult(graph=self.graph), self.lesson_graph)

    def _on_graph_changed(self, *_args: Any) -> None:
        if self.lesson is not None:
            self._timer.start()

    def _check(self) -> None:
        if self.lesson is None:
            return
        changed = self.violations()
        index = self.undo_stack.index()
        if not changed:
            self._ok_index = index
            return
        if index > self._ok_index:
            self.undo_stack.setIndex(self._ok_index)
            self.say(self.tr("The lesson keeps this setting fixed: {settings}").format(settings=", ".join(changed)))
        else:
            self.say(self.tr("This graph changed a setting the lesson keeps fixed ({settings}): runs will not be "
                             "graded until it is set back").format(settings=", ".join(changed)))


class TrainGate(QObject):
    """Keeps an action (Train) disabled while `closed`, remembering what its owner wants:
    whoever enables or disables it meanwhile is obeyed again once the gate opens."""

    def __init__(self, action: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.action = action
        self.closed = False
        self._wanted = action.isEnabled()
        self._busy = False
        self._tip = action.toolTip()
        action.changed.connect(self._on_changed)

    def close(self, tip: str) -> None:
        if not self.closed:
            self._wanted = self.action.isEnabled()
            self._tip = self.action.toolTip()
        self.closed = True
        self._apply(False)
        self._busy = True
        self.action.setToolTip(tip)
        self._busy = False

    def open(self) -> None:
        if not self.closed:
            return
        self.closed = False
        self._busy = True
        self.action.setToolTip(self._tip)
        self._busy = False
        self._apply(self._wanted)

    def _apply(self, enabled: bool) -> None:
        self._busy = True
        try:
            self.action.setEnabled(enabled)
        finally:
            self._busy = False

    def _on_changed(self) -> None:
        if self._busy or not self.closed:
            return
        self._wanted = self.action.isEnabled()
        if self._wanted:
            self._apply(False)
