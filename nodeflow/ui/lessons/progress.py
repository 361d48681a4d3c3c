"""A learner's progress through the lessons, remembered between sessions (QSettings).

Per lesson: the prediction locked in (a choice index) and whether its check has passed.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from nodeflow.ui.file_ops import app_settings

NEW, STARTED, PASSED = "new", "started", "passed"


class LessonProgress:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings

    @property
    def settings(self) -> QSettings:
        return self._settings or app_settings()

    def _key(self, lesson_id: str, what: str) -> str:
        return f"lessons/{lesson_id}/{what}"

    def status(self, lesson_id: str) -> str:
        s = self.settings
        if s.value(self._key(lesson_id, "passed"), False) in (True, "true"):
            return PASSED
        if s.value(self._key(lesson_id, "prediction")) is not None or s.value(self._key(lesson_id, "started"),
                                                                                False) in (True, "true"):
            return STARTED
        return NEW

    def prediction(self, lesson_id: str) -> int | None:
        value = self.settings.value(self._key(lesson_id, "prediction"))
        try:
            return None if value is None else int(value)
        except (TypeError, ValueError):
            return None

    def set_prediction(self, lesson_id: str, choice: int) -> None:
        self._set(lesson_id, "prediction", int(choice))

    def set_started(self, lesson_id: str) -> None:
        self._set(lesson_id, "started", True)

    def set_passed(self, lesson_id: str) -> None:
        self._set(lesson_id, "passed", True)

    def reset(self, lesson_id: str) -> None:
        s = self.settings
        s.remove(f"lessons/{lesson_id}")
        s.sync()

    def _set(self, lesson_id: str, what: str, value: object) -> None:
        s = self.settings
        s.setValue(self._key(lesson_id, what), value)
        s.sync()
