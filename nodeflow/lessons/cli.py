"""`nodeflow lesson check FILE...` and `nodeflow lesson run FILE [--solution]`, for teachers.

`check` reads each lesson file and says whether it is valid (one line per file; a malformed
one names the line and the field). `run` trains the lesson's graph headless, as handed out or
with the lesson's own solution, and prints the verdict the Lessons panel would give, in the
language of `--lang` or of the system. Exit codes: 0 valid / passed, 1 the check did not
pass, 2 a file that is not a valid lesson.
"""

from __future__ import annotations

import sys
from typing import Any

from nodeflow.i18n import current_language, translate


def cmd_lesson(args: Any) -> int:
    if args.lesson_command == "check":
        return _check(args.files)
    return _run(args.file, bool(getattr(args, "solution", False)))


def _check(files: list[str]) -> int:
    from nodeflow.lessons.loader import LessonError, load

    status = 0
    for name in files:
        try:
            lesson = load(name)
        except LessonError as exc:
            print(f"error: {exc}", file=sys.stderr)
            status = 2
            continue
        print(translate("LessonCli", "{file}: ok ({title}; {steps} steps, check: {check})").format(
            file=name, title=lesson.title(current_language()), steps=len(lesson.steps), check=lesson.check.expect))
    return status


def _run(name: str, solution: bool) -> int:
    from nodeflow.lessons.checker import PASSED
    from nodeflow.lessons.headless import load_graph, run_solution
    from nodeflow.lessons.loader import LessonError, load
    from nodeflow.lessons.model import SolutionRun

    try:
        lesson = load(name)
    except LessonError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    lang = current_language()
    steps = lesson.solution or (SolutionRun({}, lesson.check.on),)
    if solution and not lesson.solution:
        print(translate("LessonCli", "note: the lesson has no [[solution]]; running its graph as handed out"),
              file=sys.stderr)
    print(lesson.title(lang))
    runs = run_solution(lesson, with_changes=solution, solution=steps)
    for i, (step, run) in enumerate(zip(steps, runs, strict=True), start=1):
        changes = ", ".join(f"{k} = {v}" for k, v in step.changes.items()) if solution else ""
        what = changes or translate("LessonCli", "the graph as handed out")
        ended = run.error or translate("LessonCli", "{n} epochs").format(n=run.epochs) if run.kind == "train" \
            else translate("LessonCli", "gradient check")
        print(translate("LessonCli", "run {n}: {what} ({ended})").format(n=i, what=what, ended=ended))
    from nodeflow.lessons.checker import grade

    outcome = grade(lesson, runs, lang=lang, lesson_graph=load_graph(lesson))
    print(f"{_status_word(outcome.status)}: {outcome.message}")
    for what, value in outcome.measured:
        print(f"  {what} = {value}")
    for hint in outcome.hints:
        print(f"  → {hint}")
    return 0 if outcome.status == PASSED else 1


def _status_word(status: str) -> str:
    words = {
        "passed": translate("LessonCli", "passed"),
        "failed": translate("LessonCli", "not yet"),
        "waiting": translate("LessonCli", "waiting"),
        "not_graded": translate("LessonCli", "not graded"),
    }
    return words.get(status, status)


def add_parser(sub: Any, parser_class: Any) -> None:
    """The `lesson` command's arguments (called by nodeflow.cli)."""
    lesson = sub.add_parser("lesson", help="check lesson files, or train a lesson and grade it")
    commands = lesson.add_subparsers(dest="lesson_command", required=True, parser_class=parser_class)
    check = commands.add_parser("check", help="say whether each lesson file is valid")
    check.add_argument("files", nargs="+", metavar="LESSON.toml")
    run = commands.add_parser("run", help="train the lesson's graph and grade the run")
    run.add_argument("file", metavar="LESSON.toml")
    run.add_argument("--solution", action="store_true", help="apply the lesson's [[solution]] first")
