"""Read lesson files (TOML, UTF-8) into `Lesson`s, with one clear message for a malformed one.

TOML because teachers write lessons by hand, in Korean: no quoting of every key, comments,
multi-line strings, and the standard library reads it (`tomllib`). Every problem is a
`LessonError` naming the file, the field and, where it can be found, the line:
`lessons/10_learning_rate.toml:23: [check] expect: unknown name 'val_ac' (did you mean 'val_acc'?)`.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from nodeflow.i18n import translate
from nodeflow.lessons.expr import ExprError, Expression
from nodeflow.lessons.model import Check, Hint, Lesson, NamedRun, Prediction, SolutionRun, Text

FORMAT = "nodeflow-lesson"
VERSION = 1
MAX_BYTES = 256 * 1024
MAX_LESSONS = 500
NAME_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,31}$")
SETTING_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_\-]*\.[A-Za-z_][A-Za-z0-9_]*$")
TOP_KEYS = {"format", "version", "order", "graph", "title", "goal", "steps", "locked", "predict", "check",
            "runs", "solution", "concepts", "slow"}


class LessonError(ValueError):
    """A lesson file that cannot be used; the message names the file, line and field."""

    def __init__(self, path: Path, message: str, line: int | None = None) -> None:
        where = f"{path.name}:{line}" if line else path.name
        super().__init__(f"{where}: {message}")
        self.path, self.line, self.reason = path, line, message


def lessons_dir() -> Path:
    """The `lessons/` folder: beside the package in a checkout, or inside it when installed."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here.parent / "lessons", here / "lessons"):
        if candidate.is_dir():
            return candidate
    return here.parent / "lessons"


def load_all(folder: Path | None = None) -> tuple[list[Lesson], list[LessonError]]:
    """Every `*.toml` lesson in `folder` in course order, and the errors of those that failed
    (a malformed lesson never hides the others)."""
    folder = Path(folder) if folder is not None else lessons_dir()
    lessons, errors = [], []
    files = sorted(folder.glob("*.toml"))[:MAX_LESSONS] if folder.is_dir() else []
    for path in files:
        try:
            lessons.append(load(path))
        except LessonError as exc:
            errors.append(exc)
    lessons.sort(key=lambda lesson: (lesson.order, lesson.id))
    return lessons, errors


def load(path: str | Path) -> Lesson:
    """One lesson; raises LessonError."""
    path = Path(path)
    if not path.is_file():
        raise LessonError(path, translate("LessonFile", "not a regular file"))
    if path.stat().st_size > MAX_BYTES:
        raise LessonError(path, translate("LessonFile", "larger than {n} KB").format(n=MAX_BYTES // 1024))
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise LessonError(path, translate("LessonFile", "not UTF-8 text (byte {n})").format(n=exc.start)) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        match = re.search(r"\(at line (\d+), column (\d+)\)", message)
        line = int(match.group(1)) if match else None
        reason = re.sub(r"\s*\(at line \d+, column \d+\)", "", message)
        raise LessonError(path, translate("LessonFile", "not valid TOML: {reason}").format(reason=reason),
                          line) from None
    return _Reader(path, text, data).lesson()


class _Reader:
    def __init__(self, path: Path, text: str, data: dict[str, Any]) -> None:
        self.path, self.lines, self.data = path, text.splitlines(), data

    # ---------------------------------------------------------------- errors
    def fail(self, where: str, message: str, key_path: Sequence[str | int] = ()) -> LessonError:
        line = self.locate(key_path) if key_path else None
        return LessonError(self.path, f"{where}: {message}" if where else message, line)

    def locate(self, key_path: Sequence[str | int]) -> int | None:
        """Best-effort line of a key: `("check", "expect")`, `("steps", 2, "ko")`. TOML
        keeps no positions, so look for the table header, then the key after it."""
        tables = [str(k) for k in key_path if not isinstance(k, int)]
        indices = [k for k in key_path if isinstance(k, int)]
        if len(tables) == 1 and not indices:  # a top-level key, or a table of that name
            key = re.escape(tables[0])
            for i, line in enumerate(self.lines):
                if re.match(r"^\s*(\"?)" + key + r"\1\s*[=.]", line) or re.match(r"^\s*\[\[?\s*" + key + r"\s*[\].]", line):
                    return i + 1
            return None
        start = 0
        if len(tables) > 1 or indices:
            table = ".".join(tables[:-1]) if len(tables) > 1 else tables[0]
            header = re.compile(r"^\s*\[\[?\s*" + re.escape(table) + r"\s*\]\]?\s*(#.*)?$")
            hits = [i for i, line in enumerate(self.lines) if header.match(line)]
            if hits:
                start = hits[min(indices[0], len(hits) - 1)] if indices else hits[0]
                if not indices and len(tables) == 1:
                    return start + 1
        key = tables[-1]
        pattern = re.compile(r"^\s*(\"?)" + re.escape(key) + r"\1\s*[=.]")
        dotted = re.compile(r"^\s*" + re.escape(".".join(tables)) + r"\s*[=.]") if len(tables) > 1 else None
        for i in range(start, len(self.lines)):
            line = self.lines[i]
            if i > start and re.match(r"^\s*\[", line) and start:
                break
            if pattern.match(line) or (dotted is not None and dotted.match(line)):
                return i + 1
        return start + 1 if start else None

    # ---------------------------------------------------------------- fields
    def text(self, value: Any, where: str, key_path: Sequence[str | int]) -> Text:
        if isinstance(value, Mapping):
            unknown = set(value) - {"en", "ko"}
            if unknown:
                raise self.fail(where, translate("LessonFile", "unknown language '{lang}' (write ko and en)")
                                .format(lang=sorted(unknown)[0]), key_path)
            en, ko = value.get("en"), value.get("ko")
            missing = [lang for lang, v in (("ko", ko), ("en", en)) if not (isinstance(v, str) and v.strip())]
            if missing:
                raise self.fail(where, translate("LessonFile", "needs a text in {lang} too")
                                .format(lang=" and ".join(missing)), key_path)
            return Text(en=_clean(en), ko=_clean(ko))
        raise self.fail(where, translate("LessonFile", "needs a text in Korean and English: ko = \"...\" and "
                                         "en = \"...\""), key_path)

    def expression(self, value: Any, where: str, key_path: Sequence[str | int], run_names: Sequence[str]) -> Expression:
        if not isinstance(value, str):
            raise self.fail(where, translate("LessonFile", "needs an expression in quotes, e.g. \"val_acc >= 0.9\""),
                            key_path)
        try:
            return Expression.parse(value, run_names)
        except ExprError as exc:
            column = f" (column {exc.column})" if exc.column and exc.column > 0 else ""
            raise self.fail(where, f"{exc}{column}", key_path) from None

    def table(self, value: Any, where: str, key_path: Sequence[str | int]) -> Mapping[str, Any]:
        if not isinstance(value, Mapping):
            raise self.fail(where, translate("LessonFile", "should be a table ([{name}])").format(name=where.strip("[]")),
                            key_path)
        return value

    # ---------------------------------------------------------------- the lesson
    def lesson(self) -> Lesson:
        d = self.data
        unknown = sorted(set(d) - TOP_KEYS)
        if unknown:
            raise self.fail("", translate("LessonFile", "unknown field '{name}' (known: {known})")
                            .format(name=unknown[0], known=", ".join(sorted(TOP_KEYS))), (unknown[0],))
        if d.get("format") != FORMAT:
            raise self.fail("format", translate("LessonFile", "should be \"{format}\"").format(format=FORMAT),
                            ("format",))
        version = d.get("version", VERSION)
        if version != VERSION:
            raise self.fail("version", translate("LessonFile", "version {v} is not supported (this nodeflow reads "
                                                 "version {ok})").format(v=version, ok=VERSION), ("version",))
        graph = d.get("graph")
        if not isinstance(graph, str) or not graph.strip():
            raise self.fail("graph", translate("LessonFile", "needs the graph file beside the lesson, e.g. "
                                               "graph = \"10_learning_rate.nodeflow\""), ("graph",))
        graph_path = (self.path.parent / graph).resolve()
        if not graph_path.is_file():
            raise self.fail("graph", translate("LessonFile", "no such file: {name}").format(name=graph), ("graph",))

        steps_raw = d.get("steps")
        if not isinstance(steps_raw, list) or not steps_raw:
            raise self.fail("[[steps]]", translate("LessonFile", "a lesson needs at least one step"), ("steps",))
        steps = tuple(self.text(s, f"[[steps]] {i + 1}", ("steps", i)) for i, s in enumerate(steps_raw))

        runs = self.named_runs(d.get("runs", {}))
        names = [r.name for r in runs]
        check = self.check(d.get("check"), names)
        locked = self.settings_list(d.get("locked", []), "locked", ("locked",))
        order = d.get("order", 0)
        if isinstance(order, bool) or not isinstance(order, (int, float)):
            raise self.fail("order", translate("LessonFile", "should be a number"), ("order",))
        concepts = d.get("concepts", [])
        if not (isinstance(concepts, list) and all(isinstance(c, str) for c in concepts)):
            raise self.fail("concepts", translate("LessonFile", "should be a list of glossary terms in quotes"),
                            ("concepts",))
        lesson = Lesson(
            id=self.path.stem,
            path=self.path,
            title=self.text(d.get("title"), "title", ("title",)),
            goal=self.text(d.get("goal"), "goal", ("goal",)),
            graph_path=graph_path,
            steps=steps,
            check=check,
            prediction=self.prediction(d.get("predict")),
            locked=locked,
            runs=runs,
            solution=self.solution(d.get("solution", [])),
            order=float(order),
            concepts=tuple(concepts),
            slow=bool(d.get("slow", False)),
        )
        self.check_against_graph(lesson)
        return lesson

    def check_against_graph(self, lesson: Lesson) -> None:
        """The graph loads, and every locked setting and solution change names something in it."""
        from nodeflow.graph import io
        from nodeflow.graph.document import GraphError
        from nodeflow.lessons.expr import Unavailable
        from nodeflow.lessons.headless import apply_changes
        from nodeflow.lessons.result import setting

        try:
            graph = io.load(lesson.graph_path)
        except (GraphError, OSError) as exc:
            raise self.fail("graph", translate("LessonFile", "cannot open {name}: {reason}")
                            .format(name=lesson.graph_path.name, reason=exc), ("graph",)) from None
        for key in lesson.locked:
            try:
                setting(graph, key)
            except Unavailable as exc:
                if not key.startswith("training."):
                    raise self.fail("locked", f"{key}: {exc}", ("locked",)) from None
        for i, run in enumerate(lesson.solution):
            try:
                apply_changes(graph, run.changes)
            except GraphError as exc:
                raise self.fail(f"[[solution]] {i + 1}", str(exc), ("solution", i, "set")) from None

    def settings_list(self, value: Any, where: str, key_path: Sequence[str | int]) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(v, str) and SETTING_RE.match(v) for v in value):
            raise self.fail(where, translate("LessonFile", "should be a list of settings such as "
                                             "[\"data.source\", \"sgd.type\", \"training.epochs\"]"), key_path)
        return tuple(value)

    def prediction(self, value: Any) -> Prediction | None:
        if value is None:
            return None
        p = self.table(value, "[predict]", ("predict",))
        unknown = sorted(set(p) - {"question", "choices", "answer", "explain"})
        if unknown:
            raise self.fail("[predict]", translate("LessonFile", "unknown field '{name}'").format(name=unknown[0]),
                            ("predict", unknown[0]))
        question = self.text(p.get("question"), "[predict] question", ("predict", "question"))
        raw = p.get("choices")
        if not isinstance(raw, list) or len(raw) < 2:
            raise self.fail("[[predict.choices]]", translate("LessonFile", "a prediction needs at least two choices"),
                            ("predict", "choices"))
        choices = tuple(self.text(c, f"[[predict.choices]] {i + 1}", ("predict.choices", i, "en"))
                        for i, c in enumerate(raw))
        answer = p.get("answer")
        if isinstance(answer, bool) or not isinstance(answer, int) or not 1 <= answer <= len(choices):
            raise self.fail("[predict] answer", translate("LessonFile", "should be the number of the right choice, "
                                                          "1 to {n}").format(n=len(choices)), ("predict", "answer"))
        explain = p.get("explain")
        return Prediction(
            question=question, choices=choices, answer=answer - 1,
            explain=self.text(explain, "[predict] explain", ("predict", "explain")) if explain is not None else None,
        )

    def named_runs(self, value: Any) -> tuple[NamedRun, ...]:
        table = self.table(value, "[runs]", ("runs",))
        runs = []
        for name, spec in table.items():
            where = f"[runs.{name}]"
            if not NAME_RE.match(name):
                raise self.fail(where, translate("LessonFile", "a run's name is a word of letters, digits and _"),
                                ("runs", name))
            from nodeflow.lessons.expr import CONSTANTS, FIELDS, FUNCTIONS, RUN_FUNCTIONS

            if name in FIELDS or name in FUNCTIONS or name in RUN_FUNCTIONS or name in CONSTANTS:
                raise self.fail(where, translate("LessonFile", "'{name}' is already a word of the check language; "
                                                 "name the run otherwise").format(name=name), ("runs", name))
            spec = self.table(spec, where, ("runs", name))
            unknown = sorted(set(spec) - {"where", "en", "ko"})
            if unknown:
                raise self.fail(where, translate("LessonFile", "unknown field '{name}'").format(name=unknown[0]),
                                (f"runs.{name}", unknown[0]))
            runs.append(NamedRun(
                name=name,
                where=self.expression(spec.get("where"), f"{where} where", (f"runs.{name}", "where"), ()),
                todo=self.text({k: spec[k] for k in ("en", "ko") if k in spec}, where, ("runs", name)),
            ))
        return tuple(runs)

    def check(self, value: Any, run_names: Sequence[str]) -> Check:
        if value is None:
            raise self.fail("[check]", translate("LessonFile", "a lesson needs a check: [check] expect = \"...\""),
                            ("check",))
        c = self.table(value, "[check]", ("check",))
        unknown = sorted(set(c) - {"expect", "pass", "hints", "on"})
        if unknown:
            raise self.fail("[check]", translate("LessonFile", "unknown field '{name}'").format(name=unknown[0]),
                            ("check", unknown[0]))
        on = c.get("on", "train")
        if on not in ("train", "gradcheck"):
            raise self.fail("[check] on", translate("LessonFile", "should be \"train\" or \"gradcheck\""),
                            ("check", "on"))
        expect = self.expression(c.get("expect"), "[check] expect", ("check", "expect"), run_names)
        hints_raw = c.get("hints", [])
        if not isinstance(hints_raw, list):
            raise self.fail("[[check.hints]]", translate("LessonFile", "should be a list of hints"), ("check", "hints"))
        hints = []
        for i, h in enumerate(hints_raw):
            where = f"[[check.hints]] {i + 1}"
            h = self.table(h, where, ("check.hints", i, "en"))
            unknown = sorted(set(h) - {"when", "en", "ko"})
            if unknown:
                raise self.fail(where, translate("LessonFile", "unknown field '{name}'").format(name=unknown[0]),
                                ("check.hints", i, unknown[0]))
            when = h.get("when")
            hints.append(Hint(
                text=self.text({k: h[k] for k in ("en", "ko") if k in h}, where, ("check.hints", i, "en")),
                when=self.expression(when, f"{where} when", ("check.hints", i, "when"), run_names)
                if when is not None else None,
            ))
        return Check(expect=expect, passed=self.text(c.get("pass"), "[check] pass", ("check", "pass")),
                     hints=tuple(hints), on=on)

    def solution(self, value: Any) -> tuple[SolutionRun, ...]:
        if not isinstance(value, list):
            raise self.fail("[[solution]]", translate("LessonFile", "should be a list of runs ([[solution]])"),
                            ("solution",))
        runs = []
        for i, s in enumerate(value):
            where = f"[[solution]] {i + 1}"
            s = self.table(s, where, ("solution", i, "set"))
            unknown = sorted(set(s) - {"set", "action"})
            if unknown:
                raise self.fail(where, translate("LessonFile", "unknown field '{name}'").format(name=unknown[0]),
                                ("solution", i, unknown[0]))
            action = s.get("action", "train")
            if action not in ("train", "gradcheck"):
                raise self.fail(f"{where} action", translate("LessonFile", "should be \"train\" or \"gradcheck\""),
                                ("solution", i, "action"))
            changes = _flatten(self.table(s.get("set", {}), f"{where} set", ("solution", i, "set")))
            bad = [k for k in changes if not SETTING_RE.match(k)]
            if bad:
                raise self.fail(f"{where} set", translate("LessonFile", "'{key}' should read node.parameter, "
                                                          "node.type or training.key").format(key=bad[0]),
                                ("solution", i, "set"))
            runs.append(SolutionRun(changes=changes, action=action))
        return tuple(runs)


def _flatten(table: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """{"sgd": {"lr": 0.1}} (TOML's reading of sgd.lr = 0.1) -> {"sgd.lr": 0.1}."""
    out: dict[str, Any] = {}
    for key, value in table.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            out.update(_flatten(value, name + "."))
        else:
            out[name] = value
    return out


def _clean(text: str) -> str:
    """Paragraphs as written, with the line breaks of a multi-line TOML string inside a
    paragraph joined (teachers wrap long sentences)."""
    paragraphs = re.split(r"\n\s*\n", text.strip())
    return "\n\n".join(" ".join(p.split()) for p in paragraphs)
