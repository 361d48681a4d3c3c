"""A malformed lesson gets one clear line naming the file, the line and the field."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from nodeflow.lessons.loader import LessonError, load, load_all

ROOT = Path(__file__).resolve().parents[2]
GOOD = (ROOT / "lessons" / "10_learning_rate.toml").read_text(encoding="utf-8")


@pytest.fixture
def folder(tmp_path):
    shutil.copy(ROOT / "lessons" / "10_learning_rate.nodeflow", tmp_path / "10_learning_rate.nodeflow")
    return tmp_path


def write(folder: Path, text: str, name: str = "lesson.toml") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_shipped_lesson_loads(folder):
    lesson = load(write(folder, GOOD))
    assert lesson.title.ko == "학습률이 너무 크거나 너무 작으면"
    assert lesson.prediction.answer == 2
    assert str(lesson.check.expect) == "not diverged and val_loss < 0.03"
    assert lesson.locked[0] == "data.source"


@pytest.mark.parametrize(("old", "new", "message", "line_of"), [
    ('expect = "not diverged and val_loss < 0.03"', 'expect = "not diverged and val_los < 0.03"',
     "[check] expect: unknown name 'val_los' (did you mean 'val_loss'?)", 'expect = "not diverged'),
    ('expect = "not diverged and val_loss < 0.03"', 'expect = "__import__(\'os\')"',
     "[check] expect: unknown function '__import__'", "expect = "),
    ('title.ko = "학습률이 너무 크거나 너무 작으면"\n', "", "title: needs a text in ko too", None),
    ("answer = 3", "answer = 4", "[predict] answer: should be the number of the right choice, 1 to 3", "answer = 4"),
    ('graph = "10_learning_rate.nodeflow"', 'graph = "missing.nodeflow"', "graph: no such file: missing.nodeflow",
     "graph = "),
    ('locked = ["data.source"', 'locked = ["data.sorce"', "locked: data.sorce: ", "locked = "),
    ("[check]\n", "[chek]\n", "unknown field 'chek'", "[chek]"),
    ('when = "diverged"', 'when = "diverged +"', "[[check.hints]] 1 when: not a valid expression", 'when = "diverged +"'),
    ('set = { "sgd.lr" = 0.1 }', 'set = { "sgd.rate" = 0.1 }', "[[solution]] 1: sgd: unknown parameter 'rate'",
     'set = { "sgd.rate"'),
])
def test_malformed_lessons_name_the_field_and_line(folder, old, new, message, line_of):
    assert old in GOOD
    text = GOOD.replace(old, new, 1)
    with pytest.raises(LessonError) as info:
        load(write(folder, text))
    assert message in str(info.value)
    assert str(info.value).startswith("lesson.toml")
    if line_of is not None:
        expected = next(i for i, line in enumerate(text.splitlines(), start=1) if line_of in line)
        assert info.value.line == expected, str(info.value)


def test_a_toml_syntax_error_names_its_line(folder):
    text = GOOD.replace('order = 10', 'order = 10 10', 1)
    line = next(i for i, t in enumerate(text.splitlines(), start=1) if t.startswith("order = 10 10"))
    with pytest.raises(LessonError, match=rf"^lesson.toml:{line}: not valid TOML"):
        load(write(folder, text))


def test_a_bad_file_never_hides_the_others(folder):
    write(folder, GOOD, "10_good.toml")
    write(folder, "format = 'nodeflow-lesson'\n", "11_bad.toml")
    (folder / "12_bytes.toml").write_bytes(b"\xff\xfe")
    lessons, errors = load_all(folder)
    assert [lesson.id for lesson in lessons] == ["10_good"]
    assert sorted(e.path.name for e in errors) == ["11_bad.toml", "12_bytes.toml"]
    assert "not UTF-8" in str(next(e for e in errors if e.path.name == "12_bytes.toml"))


def test_only_regular_files_of_reasonable_size(folder, tmp_path):
    import os

    fifo = folder / "fifo.toml"
    os.mkfifo(fifo)
    with pytest.raises(LessonError, match="not a regular file"):
        load(fifo)
    big = write(folder, GOOD + "#" * 300_000)
    with pytest.raises(LessonError, match="larger than"):
        load(big)
