"""The Qt-free reader of the .ts (the command line's translations) and `translate()`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import nodeflow.i18n as i18n
from nodeflow.i18n.catalogue import Catalogue, read_messages, ts_path
from nodeflow.i18n.node_strings import category_name, node_help, param_help

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def korean():
    i18n.set_language("ko")
    yield
    i18n.set_language("en")


def test_catalogue_skips_what_lrelease_skips(tmp_path):
    ts = tmp_path / "x.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="ko_KR">'
        "<context><name>C</name>"
        "<message><source>done</source><translation>완료</translation></message>"
        '<message><source>todo</source><translation type="unfinished">미완</translation></message>'
        '<message><source>gone</source><translation type="vanished">사라짐</translation></message>'
        "<message><source>same</source><comment>menu</comment><translation>메뉴</translation></message>"
        "</context></TS>", encoding="utf-8")
    catalogue = Catalogue.from_ts(ts)
    assert catalogue.lookup("C", "done") == "완료"
    assert catalogue.lookup("C", "todo") == "todo"
    assert catalogue.lookup("C", "gone") == "gone"
    assert catalogue.lookup("C", "same", "menu") == "메뉴"
    assert catalogue.lookup("C", "same") == "same"
    assert catalogue.lookup("Other", "done") == "done"


def test_translate_speaks_korean_when_asked(korean):
    from nodeflow.nodes import REGISTRY

    sgd = REGISTRY.get("SGD")
    assert "경사하강법" in node_help(sgd)
    assert node_help(sgd) != sgd.help
    assert "학습률" in param_help(sgd.param("lr"))
    assert category_name("optimizer") == "옵티마이저"
    assert i18n.translate("LessonsPanel", "no such string") == "no such string"


def test_english_is_the_source(korean):
    i18n.set_language("en")
    from nodeflow.nodes import REGISTRY

    assert node_help(REGISTRY.get("SGD")) == REGISTRY.get("SGD").help


def test_every_finished_message_is_read():
    messages = read_messages(ts_path("ko"))
    catalogue = Catalogue.from_ts(ts_path("ko"))
    assert len(catalogue.entries) == len({(m.context, m.source, m.comment) for m in messages})


def _cli(*args: str, env_lang: str = "C") -> subprocess.CompletedProcess:
    import os

    env = dict(os.environ, PYTHONPATH=str(ROOT), LANG=env_lang, LC_ALL="", LANGUAGE="")
    return subprocess.run([sys.executable, "-m", "nodeflow", *args], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=120)


def test_the_command_line_speaks_korean_without_importing_qt():
    code = ("import sys, nodeflow.cli as c\n"
            "c.main(['--lang', 'ko', 'lesson', 'check', 'lessons/01_linear_regression.toml'])\n"
            "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph')]\n"
            "assert not bad, bad\n")
    import os

    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120,
                            env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert result.returncode == 0, result.stderr
    assert "올바름" in result.stdout and "경사하강법으로 선형 회귀" in result.stdout


def test_the_command_line_follows_the_locale():
    korean = _cli("lesson", "check", "lessons/01_linear_regression.toml", env_lang="ko_KR.UTF-8")
    english = _cli("lesson", "check", "lessons/01_linear_regression.toml", env_lang="C")
    assert korean.returncode == english.returncode == 0
    assert "올바름" in korean.stdout
    assert "ok (Linear regression by gradient descent" in english.stdout


def test_a_bad_lang_is_one_error_line():
    result = _cli("--lang", "fr", "check", "x.nodeflow")
    assert result.returncode == 2
    assert result.stderr.strip().startswith("error: --lang must be one of en, ko")


def test_fill_from_gives_unfinished_entries_the_other_sides_korean(tmp_path):
    from nodeflow.i18n import tools

    ts = tmp_path / "nodeflow_ko.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="ko_KR">\n'
        "<context><name>A</name>"
        '<message><source>Train</source><translation type="unfinished"></translation></message>'
        '<message><source>Stop</source><translation type="unfinished"></translation></message>'
        "<message><source>Kept</source><translation>유지</translation></message>"
        "</context></TS>\n", encoding="utf-8")
    assert tools.fill_from(ts, {("A", "Train"): "학습"}, {"Stop": "중지", "Kept": "바뀜"}) == 2
    got = {m.source: (m.translation, m.kind) for m in read_messages(ts)}
    assert got == {"Train": ("학습", None), "Stop": ("중지", None), "Kept": ("유지", None)}
