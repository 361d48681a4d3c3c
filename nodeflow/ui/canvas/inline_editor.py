"""An editor opened in place on the canvas: a line for a node's id or a frame's title (F2), a
box of lines for a frame's note. Enter (Ctrl+Enter for a note) commits, Escape cancels, and
clicking elsewhere commits."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from nodeflow.i18n import translate


class InlineEditor(QObject):
    """Owns at most one open editor over the view's viewport."""

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self.host = host
        self.widget: QLineEdit | QPlainTextEdit | None = None
        self._commit: Callable[[str], None] | None = None

    @property
    def is_open(self) -> bool:
        return self.widget is not None

    def open_line(self, rect: QRect, text: str, commit: Callable[[str], None], tip: str = "") -> QLineEdit:
        self.close()
        edit = QLineEdit(self.host, objectName="canvasInlineEditor")
        edit.setText(text)
        edit.selectAll()
        edit.setToolTip(tip)
        return self._open(edit, rect, commit)  # type: ignore[return-value]

    def open_text(self, rect: QRect, text: str, commit: Callable[[str], None], tip: str = "") -> QPlainTextEdit:
        self.close()
        edit = QPlainTextEdit(self.host, objectName="canvasInlineEditor")
        edit.setPlainText(text)
        edit.setToolTip(tip or translate("InlineEditor", "Ctrl+Enter to finish, Escape to cancel"))
        return self._open(edit, rect, commit)  # type: ignore[return-value]

    def _open(self, edit: QWidget, rect: QRect, commit: Callable[[str], None]) -> QWidget:
        self.widget, self._commit = edit, commit  # type: ignore[assignment]
        edit.setGeometry(rect)
        edit.installEventFilter(self)
        edit.show()
        edit.setFocus()
        return edit

    def text(self) -> str:
        w = self.widget
        if isinstance(w, QLineEdit):
            return w.text()
        return w.toPlainText() if w is not None else ""

    def finish(self) -> None:
        """Commit what is typed and close."""
        commit, text = self._commit, self.text()
        self.close()
        if commit is not None:
            commit(text)

    def close(self) -> None:
        w, self.widget, self._commit = self.widget, None, None
        if w is not None:
            w.removeEventFilter(self)
            w.hide()
            w.deleteLater()
            self.host.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.widget:
            return False
        if event.type() == QEvent.Type.KeyPress:
            key, mods = event.key(), event.modifiers()
            if key == Qt.Key.Key_Escape:
                self.close()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
                isinstance(watched, QLineEdit) or mods & Qt.KeyboardModifier.ControlModifier
            ):
                self.finish()
                return True
        elif event.type() == QEvent.Type.FocusOut and self.widget is watched:
            self.finish()
            return False
        return False
