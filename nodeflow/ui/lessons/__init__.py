"""The Lessons panel (a dock): lessons from `lessons/`, progress, predictions and checks.

`install_lessons(window, view_menu)` adds it to the main window (see dock.py)."""

from nodeflow.ui.lessons.dock import install_lessons

__all__ = ["install_lessons"]
