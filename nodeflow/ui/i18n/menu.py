"""View ▸ Language: System, English, 한국어 (each language named in its own words).

The choice is remembered (QSettings) and applies at once; `nodeflow --lang` overrides it for
one session without changing what is remembered.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

import nodeflow.i18n as i18n
from nodeflow.i18n.language import LANGUAGE_NAMES, SUPPORTED
from nodeflow.ui.i18n.translator import (
    SYSTEM,
    Languages,
    remember_choice,
    remembered_choice,
    system_ui_language,
)


class LanguageMenu(QMenu):
    """A submenu with one checkable action per choice (objectName "menuLanguage"; actions
    "actionLanguageSystem", "actionLanguageEn", "actionLanguageKo")."""

    def __init__(self, parent: QWidget | None = None, status=None) -> None:
        super().__init__(parent)
        self.setObjectName("menuLanguage")
        self.status = status or (lambda text: None)
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions_by_choice: dict[str, QAction] = {}
        for choice in (SYSTEM, *SUPPORTED):
            action = QAction(self)
            action.setObjectName(f"actionLanguage{choice.capitalize()}")
            action.setCheckable(True)
            action.setData(choice)
            action.triggered.connect(lambda _checked=False, c=choice: self.choose(c))
            self.group.addAction(action)
            self.addAction(action)
            self.actions_by_choice[choice] = action
        self._mark(SYSTEM if i18n.requested_language() is None and remembered_choice() == SYSTEM
                   else i18n.requested_language() or remembered_choice())
        self.retranslate()

    def choose(self, choice: str) -> None:
        """Remember `choice` and switch to it now."""
        remember_choice(choice)
        lang = system_ui_language() if choice == SYSTEM else choice
        languages = Languages.instance()
        if not languages.switch(lang):
            self.status(languages.problem or "")
        self._mark(choice)

    def _mark(self, choice: str) -> None:
        action = self.actions_by_choice.get(choice)
        if action is not None:
            action.setChecked(True)

    def retranslate(self) -> None:
        self.setTitle(self.tr("&Language"))
        system = LANGUAGE_NAMES[system_ui_language()]
        self.actions_by_choice[SYSTEM].setText(self.tr("System ({language})").format(language=system))
        for lang in SUPPORTED:
            self.actions_by_choice[lang].setText(LANGUAGE_NAMES[lang])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def add_language_menu(window: QObject, menu: QMenu) -> LanguageMenu:
    """Add View ▸ Language to `menu` of `window` (one line in the main window)."""
    status_bar = getattr(window, "statusBar", None)
    sub = LanguageMenu(menu, status=(lambda text: status_bar().showMessage(text, 8000)) if status_bar else None)
    menu.addSeparator()
    menu.addMenu(sub)
    window.language_menu = sub
    return sub
