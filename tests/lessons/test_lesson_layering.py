"""Lessons and translations work headless: nodeflow.lessons and nodeflow.i18n never import Qt
(the command line grades lessons and speaks Korean without a display)."""

import subprocess
import sys


def test_lessons_and_i18n_never_import_qt():
    code = (
        "import importlib, pkgutil, sys\n"
        "for name in ('nodeflow.lessons', 'nodeflow.i18n'):\n"
        "    mod = importlib.import_module(name)\n"
        "    for info in pkgutil.walk_packages(mod.__path__, name + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "import nodeflow.i18n as i18n\n"
        "i18n.set_language('ko')\n"
        "assert i18n.translate('LessonCheck', 'yes') == '예'\n"
        "from nodeflow.lessons.headless import grade_solution\n"
        "from nodeflow.lessons.loader import load_all\n"
        "lessons, errors = load_all()\n"
        "assert grade_solution(lessons[0]).passed\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6'))\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
