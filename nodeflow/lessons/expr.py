"""The small, safe language of a lesson's checks: `val_acc >= 0.9`, `diverged`,
`abs(mae.weight("dense/W") - 2) < abs(mse.weight("dense/W") - 2)`.

Nothing a teacher writes is ever executed: the text is parsed by Python's own parser
(`ast.parse`, which only builds a tree) and the tree is checked against a whitelist of node
kinds, names and functions, then interpreted here. Anything else (attribute access on
anything but a named run, subscripts, lambdas, comprehensions, unknown names) is refused at
load time with the column where it stands.

Values: numbers, true/false, text, *series* (a metric per epoch, such as `val_loss`, read as
its last value unless given to first/last/min/max/mean/first_epoch_below/first_epoch_above)
and named runs (`mse.val_loss`). A value a run does not have (`val_acc` without a validation
split) stops the check with a message saying so; it is never read as 0.
"""

from __future__ import annotations

import ast
import math
import operator
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from nodeflow.i18n import translate

MAX_LENGTH = 500
MAX_NODES = 200


class ExprError(ValueError):
    """A malformed expression; `column` (1-based) points at the offending part."""

    def __init__(self, message: str, column: int | None = None) -> None:
        super().__init__(message)
        self.column = column


class Unavailable(Exception):
    """The expression is well formed but the run lacks a value it reads (no validation split,
    no such run yet, no gradient check). The message says what is missing, for the learner."""


class Series(tuple):
    """A metric per epoch. In arithmetic and comparisons it stands for its last value."""

    name: str = ""

    def __new__(cls, values: Sequence[float | None], name: str = "") -> Series:
        obj = super().__new__(cls, values)
        obj.name = name
        return obj


class RunLike(Protocol):
    """What the interpreter asks of a run (see nodeflow.lessons.result.RunResult)."""

    def field(self, name: str) -> Any: ...
    def call(self, name: str, args: Sequence[Any]) -> Any: ...


FIELDS = {
    "train_loss": "series", "val_loss": "series", "train_acc": "series", "val_acc": "series",
    "lr": "series",
    "test_loss": "number", "test_acc": "number", "epochs": "number", "best_epoch": "number",
    "seconds": "number", "param_count": "number", "gradcheck_error": "number",
    "diverged": "bool", "stopped_early": "bool", "stopped": "bool", "finished": "bool", "failed": "bool",
}
"""What a run offers by name (documented in docs/lessons.md)."""

RUN_FUNCTIONS = {
    "grad": (1, 1), "weight": (1, 1), "param": (1, 1), "type": (1, 1), "gradcheck": (1, 1),
}
"""Functions that read the run (optionally a named one: `mse.grad("fc1")`): (min, max) arguments."""

CONSTANTS = {"true": True, "false": False, "True": True, "False": False, "inf": math.inf}


def _number(value: Any, what: str) -> float:
    if isinstance(value, Series):
        value = _last(value, what)
    if isinstance(value, bool):
        return float(value)
    if isinstance(value, (int, float)):
        return float(value)
    raise Unavailable(translate("LessonExpression", "{what} is not a number").format(what=what))


def _last(series: Series, what: str) -> float:
    for v in reversed(series):
        if v is not None:
            return float(v)
    raise Unavailable(translate("LessonExpression", "this run has no values of {name}").format(name=series.name or what))


def _values(series: Any, what: str) -> list[float]:
    if not isinstance(series, Series):
        raise Unavailable(translate("LessonExpression", "{what} needs a metric per epoch, such as val_loss").format(what=what))
    values = [float(v) for v in series if v is not None]
    if not values:
        raise Unavailable(translate("LessonExpression", "this run has no values of {name}").format(name=series.name))
    return values


def _first_epoch(series: Any, limit: Any, below: bool, what: str) -> float:
    bound = _number(limit, what)
    if not isinstance(series, Series):
        raise Unavailable(translate("LessonExpression", "{what} needs a metric per epoch, such as val_loss").format(what=what))
    for epoch, v in enumerate(series, start=1):
        if v is not None and (v < bound if below else v > bound):
            return float(epoch)
    return math.inf


def _min_max(pick: Callable[..., float], name: str) -> Callable[..., float]:
    def fn(*args: Any) -> float:
        if len(args) == 1:
            return pick(_values(args[0], name))
        return pick(_number(a, name) for a in args)
    return fn


FUNCTIONS: dict[str, tuple[int, int, Callable[..., Any]]] = {
    "abs": (1, 1, lambda x: abs(_number(x, "abs"))),
    "log10": (1, 1, lambda x: math.log10(_number(x, "log10")) if _number(x, "log10") > 0 else -math.inf),
    "first": (1, 1, lambda s: _values(s, "first")[0]),
    "last": (1, 1, lambda s: _values(s, "last")[-1]),
    "min": (1, 8, _min_max(min, "min")),
    "max": (1, 8, _min_max(max, "max")),
    "mean": (1, 1, lambda s: sum(_values(s, "mean")) / len(_values(s, "mean"))),
    "first_epoch_below": (2, 2, lambda s, x: _first_epoch(s, x, True, "first_epoch_below")),
    "first_epoch_above": (2, 2, lambda s, x: _first_epoch(s, x, False, "first_epoch_above")),
}
"""Pure functions of values: (min, max) arguments and the function."""

_COMPARE = {
    ast.Lt: operator.lt, ast.LtE: operator.le, ast.Gt: operator.gt, ast.GtE: operator.ge,
    ast.Eq: operator.eq, ast.NotEq: operator.ne,
}
_ARITH = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


@dataclass(frozen=True)
class Expression:
    """A checked expression; `evaluate(scope)` interprets it."""

    text: str
    tree: ast.expr
    run_names: frozenset[str]
    """The named runs it reads (`mse` in `mse.val_loss`)."""

    @classmethod
    def parse(cls, text: str, run_names: Sequence[str] = ()) -> Expression:
        """Parse and check `text`; `run_names` are the lesson's named runs. Raises ExprError."""
        if not isinstance(text, str) or not text.strip():
            raise ExprError(translate("LessonExpression", "the expression is empty"))
        if len(text) > MAX_LENGTH:
            raise ExprError(translate("LessonExpression", "the expression is longer than {n} characters").format(n=MAX_LENGTH))
        source = " ".join(text.split())  # a check may span lines in the lesson file
        try:
            tree = ast.parse(source, mode="eval")
        except SyntaxError as exc:
            raise ExprError(translate("LessonExpression", "not a valid expression ({reason})").format(reason=exc.msg),
                            exc.offset) from None
        if sum(1 for _ in ast.walk(tree)) > MAX_NODES:
            raise ExprError(translate("LessonExpression", "the expression is too long"))
        used: set[str] = set()
        _Checker(set(run_names), used).visit(tree.body)
        return cls(source, tree.body, frozenset(used))

    def evaluate(self, scope: Scope) -> Any:
        """The value (a bool for a check). Raises Unavailable when a needed value is missing."""
        return _Interpreter(scope).eval(self.tree)

    def __str__(self) -> str:
        return self.text


@dataclass
class Scope:
    """What names mean while evaluating: the latest run, and the lesson's named runs
    (None for a named run the learner has not made yet)."""

    current: RunLike | None
    named: Mapping[str, RunLike | None]
    describe_named: Mapping[str, str] | None = None
    """For messages: what the learner should do to make each named run."""


class _Checker(ast.NodeVisitor):
    """Refuses every node kind, name and call that is not part of the language."""

    def __init__(self, run_names: set[str], used: set[str]) -> None:
        self.run_names, self.used = run_names, used

    def fail(self, node: ast.AST, message: str) -> None:
        raise ExprError(message, getattr(node, "col_offset", -1) + 1)

    def generic_visit(self, node: ast.AST) -> None:
        self.fail(node, translate("LessonExpression", "'{what}' is not allowed in a check").format(what=_shown(node)))

    def visit_BoolOp(self, node: ast.BoolOp) -> None:
        for v in node.values:
            self.visit(v)

    def visit_UnaryOp(self, node: ast.UnaryOp) -> None:
        if not isinstance(node.op, (ast.Not, ast.USub, ast.UAdd)):
            self.fail(node, translate("LessonExpression", "only 'not', '-' and '+' may stand before a value"))
        self.visit(node.operand)

    def visit_BinOp(self, node: ast.BinOp) -> None:
        if type(node.op) not in _ARITH:
            self.fail(node, translate("LessonExpression", "only + - * / may combine numbers"))
        self.visit(node.left)
        self.visit(node.right)

    def visit_Compare(self, node: ast.Compare) -> None:
        for op in node.ops:
            if type(op) not in _COMPARE:
                self.fail(node, translate("LessonExpression", "only < <= > >= == != may compare values"))
        self.visit(node.left)
        for c in node.comparators:
            self.visit(c)

    def visit_Constant(self, node: ast.Constant) -> None:
        if not isinstance(node.value, (int, float, str)) or (isinstance(node.value, str) and len(node.value) > 200):
            self.fail(node, translate("LessonExpression", "only numbers, true/false and short texts may be written"))

    def visit_Name(self, node: ast.Name) -> None:
        name = node.id
        if name in FIELDS or name in CONSTANTS:
            return
        if name in self.run_names:
            self.fail(node, translate("LessonExpression", "'{name}' is a run: write what to read from it, e.g. {name}.val_loss")
                      .format(name=name))
        self.fail(node, _unknown(name, self.run_names))

    def visit_Attribute(self, node: ast.Attribute) -> None:
        run = node.value
        if not isinstance(run, ast.Name) or run.id not in self.run_names:
            self.fail(node, translate("LessonExpression", "'.' may only follow a named run of the lesson ({names})")
                      .format(names=", ".join(sorted(self.run_names)) or "-"))
        if node.attr not in FIELDS:
            self.fail(node, translate("LessonExpression", "a run has no '{name}' (it has: {known})")
                      .format(name=node.attr, known=", ".join(FIELDS)))
        self.used.add(run.id)  # type: ignore[union-attr]

    def visit_Call(self, node: ast.Call) -> None:
        if node.keywords:
            self.fail(node, translate("LessonExpression", "functions take plain arguments, not name=value"))
        func = node.func
        if isinstance(func, ast.Name) and func.id in FUNCTIONS:
            low, high, _fn = FUNCTIONS[func.id]
        elif isinstance(func, ast.Name) and func.id in RUN_FUNCTIONS:
            low, high = RUN_FUNCTIONS[func.id]
        elif (isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)
              and func.value.id in self.run_names and func.attr in RUN_FUNCTIONS):
            low, high = RUN_FUNCTIONS[func.attr]
            self.used.add(func.value.id)
        else:
            name = func.id if isinstance(func, ast.Name) else _shown(func)
            self.fail(node, translate("LessonExpression", "unknown function '{name}' (known: {known})")
                      .format(name=name, known=", ".join([*FUNCTIONS, *RUN_FUNCTIONS])))
            return
        name = func.id if isinstance(func, ast.Name) else func.attr  # type: ignore[union-attr]
        if not low <= len(node.args) <= high:
            expected = str(low) if low == high else f"{low}-{high}"
            self.fail(node, translate("LessonExpression", "{name}() takes {n} argument(s), got {got}")
                      .format(name=name, n=expected, got=len(node.args)))
        if name in RUN_FUNCTIONS and not (isinstance(node.args[0], ast.Constant)
                                          and isinstance(node.args[0].value, str)):
            self.fail(node, translate("LessonExpression", "{name}() takes a quoted name, e.g. {name}(\"fc1\")").format(name=name))
        for a in node.args:
            self.visit(a)


def _shown(node: ast.AST) -> str:
    try:
        return ast.unparse(node)[:40]
    except Exception:  # noqa: BLE001 - only for a message
        return type(node).__name__


def _unknown(name: str, run_names: set[str]) -> str:
    import difflib

    known = [*FIELDS, *run_names]
    close = difflib.get_close_matches(name, known, n=1)
    if close:
        return translate("LessonExpression", "unknown name '{name}' (did you mean '{close}'?)").format(name=name, close=close[0])
    return translate("LessonExpression", "unknown name '{name}' (known: {known})").format(name=name, known=", ".join(known))


class _Interpreter:
    def __init__(self, scope: Scope) -> None:
        self.scope = scope

    def run(self, name: str | None) -> RunLike:
        if name is None:
            if self.scope.current is None:
                raise Unavailable(translate("LessonExpression", "no run yet: press Train"))
            return self.scope.current
        run = self.scope.named.get(name)
        if run is None:
            what = (self.scope.describe_named or {}).get(name) or name
            raise Unavailable(translate("LessonExpression", "no run yet for '{name}': {what}").format(name=name, what=what))
        return run

    def eval(self, node: ast.expr) -> Any:
        if isinstance(node, ast.Constant):
            return node.value
        if isinstance(node, ast.Name):
            if node.id in CONSTANTS:
                return CONSTANTS[node.id]
            return self.run(None).field(node.id)
        if isinstance(node, ast.Attribute):
            return self.run(node.value.id).field(node.attr)  # type: ignore[attr-defined]
        if isinstance(node, ast.BoolOp):
            if isinstance(node.op, ast.And):
                return all(self.truth(v) for v in node.values)
            return any(self.truth(v) for v in node.values)
        if isinstance(node, ast.UnaryOp):
            if isinstance(node.op, ast.Not):
                return not self.truth(node.operand)
            value = _number(self.eval(node.operand), _shown(node.operand))
            return -value if isinstance(node.op, ast.USub) else value
        if isinstance(node, ast.BinOp):
            left = _number(self.eval(node.left), _shown(node.left))
            right = _number(self.eval(node.right), _shown(node.right))
            if isinstance(node.op, ast.Div) and right == 0:
                return math.inf if left > 0 else -math.inf if left < 0 else math.nan
            return _ARITH[type(node.op)](left, right)
        if isinstance(node, ast.Compare):
            left = self.eval(node.left)
            for op, right_node in zip(node.ops, node.comparators, strict=True):
                right = self.eval(right_node)
                if not self.compare(op, left, right, node):
                    return False
                left = right
            return True
        if isinstance(node, ast.Call):
            func = node.func
            args = [self.eval(a) for a in node.args]
            if isinstance(func, ast.Attribute):
                return self.run(func.value.id).call(func.attr, args)  # type: ignore[attr-defined]
            if func.id in FUNCTIONS:  # type: ignore[union-attr]
                return FUNCTIONS[func.id][2](*args)  # type: ignore[union-attr]
            return self.run(None).call(func.id, args)  # type: ignore[union-attr]
        raise AssertionError(type(node).__name__)  # pragma: no cover - refused by _Checker

    def truth(self, node: ast.expr) -> bool:
        value = self.eval(node)
        if isinstance(value, bool):
            return value
        raise Unavailable(translate("LessonExpression", "'{what}' is not true or false: compare it, e.g. {what} < 0.1")
                          .format(what=_shown(node)))

    @staticmethod
    def compare(op: ast.cmpop, left: Any, right: Any, node: ast.AST) -> bool:
        if isinstance(left, str) or isinstance(right, str):
            if type(op) not in (ast.Eq, ast.NotEq):
                raise Unavailable(translate("LessonExpression", "texts can only be compared with == or !="))
            return _COMPARE[type(op)](str(left), str(right))
        a, b = _number(left, _shown(node)), _number(right, _shown(node))
        return bool(_COMPARE[type(op)](a, b))
