"""Install the window's translations: nodeflow's own `.qm` and Qt's (standard dialogs' buttons).

Which language: `nodeflow --lang ko|en` for this session, else the choice remembered from the
Language menu (QSettings "ui/language": "system", "en" or "ko"), else the system's locale.
Switching applies at once: Qt sends every widget a LanguageChange event, and widgets that
show text set it again in their `retranslate()` (see nodeflow.ui.lessons for the pattern).

The `.qm` is built from the committed `.ts` by `pyside6-lrelease` (scripts/setup.sh, or
`python -m nodeflow.i18n.tools release`). In a checkout where it was not built, or where the
`.ts` is newer, it is built on the fly into a cache folder, so the window never shows a stale
or missing translation.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QSettings, QTranslator, Signal

import nodeflow.i18n as i18n
from nodeflow.i18n.catalogue import I18N_DIR, ts_path
from nodeflow.i18n.language import SUPPORTED, normalize
from nodeflow.ui.file_ops import app_settings
from nodeflow.ui.i18n.live import retranslate_all

SETTING = "ui/language"
SYSTEM = "system"


def remembered_choice(settings: QSettings | None = None) -> str:
    """"system", "en" or "ko", as last chosen in the Language menu."""
    settings = settings or app_settings()
    value = str(settings.value(SETTING, SYSTEM) or SYSTEM)
    return value if value in (SYSTEM, *SUPPORTED) else SYSTEM


def remember_choice(choice: str, settings: QSettings | None = None) -> None:
    settings = settings or app_settings()
    settings.setValue(SETTING, choice if choice in (SYSTEM, *SUPPORTED) else SYSTEM)
    settings.sync()


def system_ui_language() -> str:
    """The first supported language of the system's preferred UI languages."""
    for name in QLocale.system().uiLanguages():
        lang = normalize(name)
        if lang != "en" or name.lower().startswith("en"):
            return lang
    return "en"


def startup_language(settings: QSettings | None = None) -> str:
    """--lang, else the remembered choice, else the system's language."""
    requested = i18n.requested_language()
    if requested:
        return requested
    choice = remembered_choice(settings)
    return system_ui_language() if choice == SYSTEM else choice


def qm_file(lang: str) -> Path | None:
    """The `.qm` for `lang`: the built one beside the `.ts`, or one built now into a cache
    folder when that is missing or older than the `.ts`. None when neither can be had."""
    ts = ts_path(lang)
    built = I18N_DIR / f"nodeflow_{lang}.qm"
    if built.is_file() and (not ts.is_file() or built.stat().st_mtime >= ts.stat().st_mtime):
        return built
    if not ts.is_file():
        return None
    digest = hashlib.sha1(ts.read_bytes()).hexdigest()[:12]
    cache = Path(os.environ.get("NODEFLOW_CACHE_DIR") or Path(tempfile.gettempdir()) / "nodeflow-i18n")
    cached = cache / f"nodeflow_{lang}_{digest}.qm"
    if cached.is_file():
        return cached
    from nodeflow.i18n import tools

    try:
        tools.release(cache, [lang])
        (cache / f"nodeflow_{lang}.qm").replace(cached)
    except (RuntimeError, OSError, tools.ToolMissing):
        return None
    return cached


class Languages(QObject):
    """The application's translators; one per application (`Languages.instance()`).

    `changed(str)` is emitted after a switch, once Qt has queued its LanguageChange events."""

    changed = Signal(str)
    _instance: Languages | None = None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = "en"
        self.problem: str | None = None
        """Why the chosen language could not be loaded (shown by the Language menu)."""
        self._translators: list[QTranslator] = []

    @classmethod
    def instance(cls) -> Languages:
        app = QCoreApplication.instance()
        if cls._instance is None or cls._instance.parent() is not app:
            cls._instance = cls(app)
        return cls._instance

    def switch(self, lang: str) -> bool:
        """Speak `lang` from now on; False (and `problem` set) when its translation is missing."""
        lang = normalize(lang)
        app = QCoreApplication.instance()
        for translator in self._translators:
            app.removeTranslator(translator)
        self._translators = []
        self.problem = None
        ok = True
        if lang != "en":
            ok = self._install(lang)
        self.language = lang if ok else "en"
        i18n.use_translator(self.language, _qt_translate)
        QLocale.setDefault(QLocale(self.language))
        retranslate_all()  # texts set with live.keep; widgets with retranslate() get a LanguageChange
        self.changed.emit(self.language)
        return ok

    def _install(self, lang: str) -> bool:
        app = QCoreApplication.instance()
        qm = qm_file(lang)
        own = QTranslator(self)
        if qm is None or not own.load(str(qm)):
            self.problem = self.tr("The translation for {language} could not be loaded: run scripts/setup.sh "
                                   "to build it").format(language=lang)
            return False
        qt = QTranslator(self)  # Qt's own strings (OK, Cancel, file dialogs)
        if qt.load(QLocale(lang), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            self._translators.append(qt)
        app.installTranslator(own)
        self._translators.append(own)
        return True


def _qt_translate(context: str, text: str, disambiguation: str | None) -> str:
    return QCoreApplication.translate(context, text, disambiguation)  # i18n: passthrough


def install(lang: str | None = None) -> Languages:
    """Install the startup language (or `lang`) on the running application."""
    languages = Languages.instance()
    languages.switch(lang or startup_language())
    return languages
