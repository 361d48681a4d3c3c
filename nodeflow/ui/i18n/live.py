"""Text that follows the Language menu without a `retranslate()` method of its own.

`keep(widget, "setText", QT_TRANSLATE_NOOP("Context", "&Save"))` sets the text in the current
language now and remembers, on the object itself (a dynamic property), where it came from;
after each switch `Languages` calls `retranslate_all()`, which sets every remembered text again.
Menus, actions, dock titles and fixed labels need nothing more; text worked out from the
document (the status bar, the inspector) is set again by its owner on a LanguageChange.
"""

from __future__ import annotations

import json
import re
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from nodeflow.i18n import Marked, translate

PREFIX = "i18n:"


def text_of(text: str, fields: dict[str, Any] | None = None) -> str:
    """`text` (marked with QT_TRANSLATE_NOOP) in the current language, its fields filled in."""
    out = text.translated() if isinstance(text, Marked) else text
    return out.format(**fields) if fields else out


MNEMONIC = re.compile(r"\s*\(&[^)]\)")
"""A translation's accelerator written after the text, as Korean menus do: "저장(&S)"."""


def short_label(text: str) -> str:
    """A menu text as a toolbar button's label: without its accelerator ("저장(&S)", "&Save")
    or a trailing ellipsis. (Qt strips "&" itself, but leaves "(S)" behind.)"""
    text = MNEMONIC.sub("", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.split("\t")[0].rstrip("…").rstrip(".").strip()


def keep(obj: QObject, setter: str, text: str, **fields: Any) -> str:
    """Call `obj.<setter>(text)` in the current language now and after every switch.
    Plain (unmarked) text is set as it is and forgotten. An action's text also sets its
    toolbar label (`short_label`), unless a label of its own is kept after it."""
    shown = text_of(text, fields)
    getattr(obj, setter)(shown)
    _remember(obj, setter, text, fields)
    if setter == "setText" and isinstance(obj, QAction):
        obj.setIconText(short_label(shown))
        _remember(obj, "setIconText", text, fields, short=True)
    return shown


def _remember(obj: QObject, setter: str, text: str, fields: dict[str, Any], short: bool = False) -> None:
    name = PREFIX + setter
    if isinstance(text, Marked):
        obj.setProperty(name, json.dumps([text.context, str(text), fields, short]))
    elif name.encode() in [bytes(n) for n in obj.dynamicPropertyNames()]:
        obj.setProperty(name, None)  # a plain text replaces a remembered one


def retranslate(obj: QObject) -> None:
    """Set again every text `keep` remembered on `obj`."""
    for raw in obj.dynamicPropertyNames():
        name = bytes(raw).decode()
        if not name.startswith(PREFIX):
            continue
        try:
            context, source, fields, short = json.loads(obj.property(name))
        except (TypeError, ValueError):
            continue
        shown = translate(context, source)  # i18n: passthrough
        shown = shown.format(**fields) if fields else shown
        getattr(obj, name[len(PREFIX):])(short_label(shown) if short else shown)


def retranslate_all() -> None:
    """Every remembered text of every window, in the current language."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    for top in app.topLevelWidgets():
        for obj in [top, *top.findChildren(QObject)]:
            retranslate(obj)
