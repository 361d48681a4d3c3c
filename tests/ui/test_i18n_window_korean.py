"""The window in Korean: the built .qm answers every string the sources mark, and switching
the language while the window is open retitles its menus, actions, docks, tabs and panels
(and switching back gives the English again)."""

from __future__ import annotations

import re
import shutil

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QLabel

from nodeflow.i18n import tools
from nodeflow.i18n.catalogue import read_messages, ts_path
from nodeflow.ui.i18n.translator import Languages

HANGUL = re.compile("[\uac00-\ud7a3]")
WORDS = re.compile(r"[A-Za-z]{3}")
FIELD = re.compile(r"\{\w+\}")


def _words(text: str) -> bool:
    return bool(WORDS.search(FIELD.sub("", text)))


@pytest.fixture(scope="module")
def marked(tmp_path_factory):
    """Every message lupdate finds in the sources now (and the node catalogue)."""
    folder = tmp_path_factory.mktemp("marked")
    copy = folder / "nodeflow_ko.ts"
    shutil.copy(ts_path("ko"), copy)
    tools.update(copy, generated=folder / "node_catalogue.py")
    return read_messages(copy)


def test_the_korean_qm_covers_every_marked_string(qapp, tmp_path, marked):
    (qm,) = tools.release(tmp_path)
    loaded = QTranslator()
    assert loaded.load(str(qm))
    untranslated = [f"[{m.context}] {m.source[:70]!r}" for m in marked
                    if not loaded.translate(m.context, m.source, m.comment)
                    or (_words(m.source) and not HANGUL.search(loaded.translate(m.context, m.source, m.comment)))]
    assert not untranslated, "\n".join(untranslated)
    assert len(marked) > 700


@pytest.fixture
def languages(qapp):
    languages = Languages.instance()
    yield languages
    languages.switch("en")


def _menu_titles(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions() if not a.isSeparator()]


def test_switching_language_retitles_the_window(window, languages, qapp):
    assert _menu_titles(window)[:2] == ["&File", "&Edit"]
    assert window.actionTrain.text() == "&Train"

    assert languages.switch("ko")
    qapp.processEvents()  # the LanguageChange events
    titles = _menu_titles(window)
    assert titles[:2] == ["파일(&F)", "편집(&E)"] and all(HANGUL.search(t) for t in titles), titles
    assert window.actionTrain.text() == "학습(&T)" and window.actionTrain.iconText() == "학습"
    assert window.actionSave.iconText() == "저장"  # the toolbar label has no "(S)"
    assert window.actionCut.text() == "잘라내기(&T)"  # the canvas's actions too
    assert window.inspector_dock.windowTitle() == "인스펙터"
    assert window.training.tabs.tabText(0) == "곡선"
    assert HANGUL.search(window.analysis_label.text())  # "노드 0개 · ..."
    shown = [a.text() for a in window.menu_actions()
             if WORDS.search(a.text()) and a.parent() is not window.examples_menu
             and a.objectName() not in ("actionLanguageEn",)]
    english = [t for t in shown if not HANGUL.search(t)]
    assert not english, english

    assert languages.switch("en")
    qapp.processEvents()
    assert _menu_titles(window)[:2] == ["&File", "&Edit"]
    assert window.actionTrain.text() == "&Train" and window.actionSave.iconText() == "Save"
    assert window.training.tabs.tabText(0) == "Curves"
    assert window.inspector_dock.windowTitle() == "Inspector"


def test_the_inspector_speaks_korean(window, languages, qapp, qtbot):
    window.open_example(tools.REPO_DIR / "examples" / "moons_mlp.nodeflow", ask=False)
    node = next(n for n, v in window.graph.nodes.items() if v.type == "Dense")
    window.canvas.select_nodes([node])
    assert languages.switch("ko")
    qapp.processEvents()
    labels = [w.text() for w in window.inspector.form_host.findChildren(QLabel) if w.isVisibleTo(window.inspector)]
    assert "유닛 수" in labels, labels  # the parameter `units`
    assert HANGUL.search(window.inspector.help.text())  # the node's help
    window.canvas.select_nodes([])
    qapp.processEvents()
    labels = [w.text() for w in window.inspector.form_host.findChildren(QLabel) if w.isVisibleTo(window.inspector)]
    assert "에포크 수" in labels and "시드" in labels, labels
