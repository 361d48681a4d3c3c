"""The canvas's message strip: why a wire was refused, what an edit did, and the fix or the
follow-up it offers ("Insert Flatten", "Reconnect"), as buttons.

It sits along the bottom edge of the canvas in a margin the view reserves for it, so it never
covers a card, and it stays until the next action on the canvas (a click, a key, an edit or
an undo) rather than fading before it is read.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QToolButton, QWidget

from nodeflow.i18n import QT_TRANSLATE_NOOP
from nodeflow.ui.canvas import theme
from nodeflow.ui.i18n.live import keep

Action = tuple[str, Callable[[], None]]


class CanvasMessage(QFrame):
    """Emits `shown(bool)` when it appears or goes, so the view can make room for it."""

    shown = Signal(bool)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("canvasMessage")
        self.kind = "info"
        self.text = QLabel(objectName="canvasMessageText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(10, 5, 6, 5)
        self._layout.setSpacing(8)
        self._layout.addWidget(self.text, 1)
        self.buttons: list[QPushButton] = []
        self.close_button = QToolButton(objectName="canvasMessageClose", text="✕", autoRaise=True)
        keep(self.close_button, "setToolTip",
             QT_TRANSLATE_NOOP("CanvasMessage", "Dismiss (or just carry on: the next action on the canvas dismisses it)"))
        self.close_button.clicked.connect(self.dismiss)
        self._layout.addWidget(self.close_button)
        self.hide()

    def show_message(self, text: str, kind: str = "error", actions: list[Action] | None = None) -> None:
        """Show `text` ("error" or "info") with a button per action; a button runs its action
        and dismisses the message."""
        for b in self.buttons:
            self._layout.removeWidget(b)
            b.deleteLater()
        self.buttons = []
        for i, (label, run) in enumerate(actions or []):
            button = QPushButton(label, objectName="canvasMessageAction")
            button.setDefault(i == 0)
            button.clicked.connect(lambda _c=False, run=run: self._run(run))
            self._layout.insertWidget(self._layout.count() - 1, button)
            self.buttons.append(button)
        self.kind = kind
        fill, border = ((theme.MESSAGE_FILL, theme.MESSAGE_BORDER) if kind == "error"
                        else (theme.MESSAGE_INFO_FILL, theme.MESSAGE_INFO_BORDER))
        self.setStyleSheet(
            f"#canvasMessage {{ background: {fill.name()}; border-top: 2px solid {border.name()}; }}"
            f"#canvasMessageText {{ color: {theme.TEXT.name()}; }}"
            f"#canvasMessageClose {{ color: {theme.TEXT_MUTED.name()}; }}"
        )
        self.text.setText(text)
        self.text.setToolTip(text)
        was = self.isVisible()
        self.show()
        self.raise_()
        if not was:
            self.shown.emit(True)

    def dismiss(self) -> None:
        if self.isVisible():
            self.hide()
            self.shown.emit(False)

    def _run(self, run: Callable[[], None]) -> None:
        self.dismiss()
        run()

    @property
    def message(self) -> str:
        return self.text.text() if self.isVisible() else ""
