"""The desktop application (PySide6). Nothing outside `nodeflow.ui` imports Qt."""

from nodeflow.ui.main_window import MainWindow

__all__ = ["MainWindow"]
