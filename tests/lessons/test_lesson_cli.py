"""`nodeflow lesson check` and `nodeflow lesson run`, for teachers."""

from __future__ import annotations

from pathlib import Path

import nodeflow.i18n as i18n
from nodeflow.cli import main

ROOT = Path(__file__).resolve().parents[2]
LESSON = str(ROOT / "lessons" / "01_linear_regression.toml")


def test_check_says_ok_or_names_the_problem(tmp_path, capsys):
    assert main(["--lang", "en", "lesson", "check", LESSON]) == 0
    i18n.request_language(None)
    assert "ok (Linear regression by gradient descent; 3 steps" in capsys.readouterr().out
    bad = tmp_path / "bad.toml"
    bad.write_text('format = "nodeflow-lesson"\ngraph = 3\n', encoding="utf-8")
    assert main(["lesson", "check", LESSON, str(bad)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["error: bad.toml:2: graph: needs the graph file beside the lesson, e.g. graph = \"10_learning_rate.nodeflow\""]


def test_run_grades_the_solution_and_the_graph_as_handed_out(capsys):
    try:
        assert main(["--lang", "ko", "lesson", "run", LESSON, "--solution"]) == 0
        out = capsys.readouterr().out
        assert "통과: W와 b가 직선 y = 2x − 1의" in out
        assert "실행 1: training.epochs = 100 (100 에포크)" in out
        assert main(["lesson", "run", LESSON, "--lang", "en"]) == 1
        out = capsys.readouterr().out
        assert "not yet:" in out and "Not enough steps" in out
    finally:
        i18n.set_language("en")
        i18n.request_language(None)
