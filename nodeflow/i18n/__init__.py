"""Translations for every part of nodeflow, without Qt.

One source of truth: the Korean Qt Linguist file `nodeflow/ui/i18n/nodeflow_ko.ts`, written
by `pyside6-lupdate` from the sources (scripts/update-translations.sh). Two readers of it:

- the window installs a `QTranslator` with the `.qm` that `pyside6-lrelease` builds from the
  `.ts`, and routes `translate()` here to `QCoreApplication.translate`, so Qt widgets and
  Qt-free modules (lesson checks, node help) switch language together;
- the command line, which must not import Qt, reads the same `.ts` with the standard
  library's XML parser (`catalogue.Catalogue`), only when the language is not English.

Marking strings in Qt-free code (both forms are what lupdate's Python parser extracts):

    translate("LessonCheck", "val_acc is {value}, below {limit}").format(value=..., limit=...)
    HELP = QT_TRANSLATE_NOOP("LessonCheck", "...")     # marked now, translated where shown

Placeholders are Python `str.format` fields (`{name}`), kept as they are in the translation.
English plural endings are chosen in code (two source strings, "1 node" / "{n} nodes"):
Korean has one form, so no numerus entries are needed.
"""

from __future__ import annotations

from collections.abc import Callable

from nodeflow.i18n.language import SUPPORTED, normalize, system_language

__all__ = [
    "SUPPORTED", "Marked", "QT_TRANSLATE_NOOP", "translate", "current_language", "set_language", "use_translator",
    "request_language", "requested_language", "normalize", "system_language",
]

Translator = Callable[[str, str, "str | None"], str]

_language = "en"
_translator: Translator | None = None
_requested: str | None = None


class Marked(str):
    """English text marked for translation that remembers its context, so the window can show
    it in the current language and show it again after a switch (`nodeflow.ui.i18n.live`)."""

    context: str

    def __new__(cls, text: str, context: str) -> Marked:
        marked = super().__new__(cls, text)
        marked.context = context
        return marked

    def translated(self) -> str:
        return translate(self.context, str(self))  # i18n: passthrough


def QT_TRANSLATE_NOOP(context: str, text: str) -> Marked:  # noqa: N802 - the name lupdate looks for
    """Mark `text` for translation in `context` without translating it now (module-level text).
    The result is `text` itself (a `str`) that also knows its context: `.translated()`."""
    return Marked(text, context)


def translate(context: str, text: str, disambiguation: str | None = None) -> str:
    """`text` in the current language (itself when English or when no translation exists)."""
    if _translator is None:
        return text
    translated = _translator(context, text, disambiguation)
    return translated if translated else text


def current_language() -> str:
    """The language `translate` answers in: "en" or "ko"."""
    return _language


def set_language(lang: str | None) -> str:
    """Answer in `lang` from now on, reading the `.ts` catalogue (the Qt-free path: the
    command line). None means the system's language. Returns the language in use."""
    global _language, _translator
    chosen = normalize(lang) if lang else system_language()
    _language = chosen
    if chosen == "en":
        _translator = None
    else:
        from nodeflow.i18n.catalogue import load_catalogue

        _translator = load_catalogue(chosen).lookup
    return chosen


def use_translator(lang: str, translator: Translator | None) -> None:
    """Route `translate` through `translator` (the window passes `QCoreApplication.translate`,
    so the installed `.qm` answers for Qt-free code too)."""
    global _language, _translator
    _language = normalize(lang)
    _translator = None if _language == "en" else translator


def request_language(lang: str | None) -> None:
    """Remember a language asked for on the command line (`--lang`), for the window to use
    for this session in place of its remembered choice."""
    global _requested
    _requested = normalize(lang) if lang else None


def requested_language() -> str | None:
    return _requested
