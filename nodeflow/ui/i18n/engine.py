"""The engine's messages in the window's language: see `nodeflow.i18n.engine` (Qt-free, so the
command line uses it too). Kept so that `from nodeflow.ui.i18n.engine import engine_text` works."""

from nodeflow.i18n.engine import TEMPLATES, engine_text, untranslated_messages

__all__ = ["TEMPLATES", "engine_text", "untranslated_messages"]
