"""Grade a lesson's check against the runs a learner made: passed, failed (with the hints that
apply), waiting (a run the check needs is still missing), or not graded (the run changed a
setting the lesson keeps fixed).

A check is never passed by default: an expression that cannot be evaluated (the run has no
validation split, the run diverged before its first epoch) is reported as such, with the
reason, and never read as success.
"""

from __future__ import annotations

import ast
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from nodeflow.i18n import translate
from nodeflow.lessons.expr import FIELDS, RUN_FUNCTIONS, Expression, Scope, Series, Unavailable, _Interpreter
from nodeflow.lessons.model import Lesson
from nodeflow.lessons.result import RunResult, setting

PASSED, FAILED, WAITING, NOT_GRADED = "passed", "failed", "waiting", "not_graded"


@dataclass
class Outcome:
    """The verdict on the latest run, in the learner's language."""

    status: str
    message: str
    hints: list[str] = field(default_factory=list)
    measured: list[tuple[str, str]] = field(default_factory=list)
    """(what, value) read by the check, such as ("val_acc", "0.871"), so the learner sees why."""

    @property
    def passed(self) -> bool:
        return self.status == PASSED


def grade(lesson: Lesson, runs: Sequence[RunResult], *, lang: str = "en", lesson_graph: Any = None) -> Outcome:
    """Grade `lesson` on `runs` (oldest first, this lesson's document only). `lesson_graph`,
    the graph as the lesson hands it out, lets the check refuse runs that changed a locked
    setting."""
    kind = lesson.check.on
    relevant = [r for r in runs if r.kind == kind]
    if not relevant:
        what = (translate("LessonCheck", "Run ▸ Check Gradients to check this lesson.") if kind == "gradcheck"
                else translate("LessonCheck", "Press Train to check this lesson."))
        return Outcome(WAITING, what)
    current = relevant[-1]
    if lesson_graph is not None:
        changed = locked_changes(lesson, current, lesson_graph)
        if changed:
            return Outcome(NOT_GRADED, translate(
                "LessonCheck", "Not graded: this run changed {changes}, which the lesson keeps fixed. "
                "Set it back and run again.").format(changes=", ".join(changed)))

    training = [r for r in runs if r.kind == "train"]
    named: dict[str, RunResult | None] = {}
    for run_spec in lesson.runs:
        named[run_spec.name] = _latest_where(run_spec.where, training, lesson, lesson_graph)
    scope = Scope(current=current, named=named,
                  describe_named={r.name: r.todo(lang) for r in lesson.runs})
    measured = measure(lesson.check.expect, scope)
    try:
        ok = _truth(lesson.check.expect, scope)
    except Unavailable as exc:
        if current.error is not None:
            return Outcome(FAILED, _run_failed(current), _hints(lesson, scope, lang), measured)
        return Outcome(WAITING, str(exc), [], measured)
    if ok:
        return Outcome(PASSED, lesson.check.passed(lang), [], measured)
    hints = _hints(lesson, scope, lang)
    if current.error is not None:
        message = _run_failed(current)
    elif hints:
        message = translate("LessonCheck", "Not yet: the run does not show it. Try again with the hints below.")
    else:
        message = translate("LessonCheck", "Not yet: the run does not show it.")
    return Outcome(FAILED, message, hints, measured)


def locked_changes(lesson: Lesson, run: RunResult, lesson_graph: Any) -> list[str]:
    """'data.n_samples (500 → 1000)' for each locked setting the run's graph changed."""
    if run.graph is None:
        return []
    changed = []
    for key in lesson.locked:
        try:
            want = setting(lesson_graph, key)
        except Unavailable:
            continue
        try:
            got = setting(run.graph, key)
        except Unavailable:
            got = None
        if got != want:
            changed.append(f"{key} ({want} → {got})")
    return changed


def _latest_where(where: Expression, runs: Sequence[RunResult], lesson: Lesson, lesson_graph: Any) -> RunResult | None:
    for run in reversed(runs):
        if lesson_graph is not None and locked_changes(lesson, run, lesson_graph):
            continue
        try:
            if _truth(where, Scope(current=run, named={})):
                return run
        except Unavailable:
            continue
    return None


def _truth(expr: Expression, scope: Scope) -> bool:
    value = expr.evaluate(scope)
    if isinstance(value, Series):
        raise Unavailable(translate("LessonCheck", "the check reads a metric without comparing it: {expr}")
                          .format(expr=expr.text))
    if not isinstance(value, bool):
        raise Unavailable(translate("LessonCheck", "the check does not say true or false: {expr}").format(expr=expr.text))
    return value


def _hints(lesson: Lesson, scope: Scope, lang: str) -> list[str]:
    shown = []
    for hint in lesson.check.hints:
        if hint.when is not None:
            try:
                if not _truth(hint.when, scope):
                    continue
            except Unavailable:
                continue
        shown.append(hint.text(lang))
    return shown


def _run_failed(run: RunResult) -> str:
    if run.diverged:
        return translate("LessonCheck", "The run diverged (the loss became infinite): {error}").format(error=run.error)
    return translate("LessonCheck", "The run ended with an error: {error}").format(error=run.error)


SERIES_FUNCTIONS = ("first", "last", "min", "max", "mean", "first_epoch_below", "first_epoch_above")


def measure(expr: Expression, scope: Scope) -> list[tuple[str, str]]:
    """The values the expression reads, each once: metrics (`val_acc`, `mse.val_loss`), what
    it asks of a run (`grad("fc1")`) and summaries of curves (`min(val_loss)`)."""
    methods = {id(n.func) for n in ast.walk(expr.tree) if isinstance(n, ast.Call)}
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    interpreter = _Interpreter(scope)
    for node in ast.walk(expr.tree):
        if isinstance(node, ast.Name):
            wanted = node.id in FIELDS and id(node) not in methods
        elif isinstance(node, ast.Attribute):
            wanted = id(node) not in methods
        elif isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            wanted = name in RUN_FUNCTIONS or name in SERIES_FUNCTIONS
        else:
            wanted = False
        label = ast.unparse(node) if wanted else ""
        if not wanted or label in seen:
            continue
        seen.add(label)
        try:
            value = interpreter.eval(node)
        except Unavailable:
            continue
        out.append((label, _format(value)))
    return out


def _format(value: Any) -> str:
    if isinstance(value, Series):
        value = next((v for v in reversed(value) if v is not None), None)
    if isinstance(value, bool):
        return translate("LessonCheck", "yes") if value else translate("LessonCheck", "no")
    if isinstance(value, float):
        if math.isinf(value):
            return translate("LessonCheck", "never") if value > 0 else "-inf"
        return f"{value:.4g}"
    return str(value)
