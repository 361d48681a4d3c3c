"""The window's translations: the .qm lrelease builds from the .ts answers exactly as the .ts
says, a missing or stale .qm is rebuilt, and the startup language is --lang, else the
remembered choice, else the system's."""

from __future__ import annotations

from PySide6.QtCore import QTranslator

import nodeflow.i18n as i18n
from nodeflow.i18n import tools
from nodeflow.i18n.catalogue import Catalogue, ts_path
from nodeflow.ui.i18n import translator


def test_the_qm_says_what_the_ts_says(qapp, tmp_path):
    (qm,) = tools.release(tmp_path)
    loaded = QTranslator()
    assert loaded.load(str(qm))
    entries = Catalogue.from_ts(ts_path("ko")).entries
    wrong = [src for (ctx, src, comment), ko in entries.items() if loaded.translate(ctx, src, comment) != ko]
    assert not wrong, wrong[:5]
    assert len(entries) > 200


def test_a_missing_qm_is_built_into_the_cache(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(translator, "I18N_DIR", tmp_path / "package")  # as in a checkout never set up
    monkeypatch.setenv("NODEFLOW_CACHE_DIR", str(tmp_path / "cache"))
    qm = translator.qm_file("ko")
    assert qm is not None and qm.parent == tmp_path / "cache" and qm.stat().st_size > 1000
    assert translator.qm_file("ko") == qm  # built once per .ts content


def test_startup_language(qapp, settings_dir, monkeypatch):
    monkeypatch.setattr(translator, "system_ui_language", lambda: "ko")
    try:
        assert translator.startup_language() == "ko"  # nothing chosen: the system's
        translator.remember_choice("en")
        assert translator.startup_language() == "en"  # the remembered choice
        i18n.request_language("ko")
        assert translator.startup_language() == "ko"  # --lang, for this session only
        assert translator.remembered_choice() == "en"
    finally:
        i18n.request_language(None)


def test_switching_routes_qt_free_text_through_the_qm(qapp):
    languages = translator.Languages.instance()
    try:
        assert languages.switch("ko")
        assert i18n.current_language() == "ko"
        assert i18n.translate("LessonCheck", "yes") == "예"
        from nodeflow.i18n.node_strings import category_name

        assert category_name("loss") == "손실"
    finally:
        languages.switch("en")
    assert i18n.translate("LessonCheck", "yes") == "yes"
