"""The check language: a whitelist, interpreted, never eval'd."""

from __future__ import annotations

import math

import numpy as np
import pytest

from nodeflow.lessons.expr import ExprError, Expression, Scope, Unavailable
from nodeflow.lessons.result import RunResult


def run(**curves) -> RunResult:
    result = RunResult(curves={k: list(v) for k, v in curves.items()})
    return result


def ev(text: str, current=None, named=None, run_names=()):
    return Expression.parse(text, run_names or tuple(named or ())).evaluate(Scope(current=current, named=named or {}))


def test_metrics_compare_by_their_last_value_and_summarise():
    r = run(train_loss=[2.0, 1.0, 0.5], val_loss=[2.5, None, 0.7], val_acc=[0.5, 0.8, 0.92])
    assert ev("val_acc >= 0.9", r) is True
    assert ev("val_loss < 0.5", r) is False
    assert ev("first(train_loss) / last(train_loss) == 4", r) is True
    assert ev("min(val_loss) == 0.7 and max(val_loss) == 2.5", r) is True
    assert ev("mean(train_loss) > 1", r) is True
    assert ev("first_epoch_below(train_loss, 1.5) == 2", r) is True
    assert ev("first_epoch_above(val_acc, 0.99) == inf", r) is True
    assert ev("0.5 < val_acc <= 1 and not (val_acc < 0.9)", r) is True
    assert ev("min(1, 2, -3) == -3 and abs(-2) == 2", r) is True


def test_run_functions_and_named_runs():
    a = RunResult(curves={"val_loss": [1.0]}, grads={"fc1": 1e-7}, weights={"dense/W": np.array([[2.01]])})
    b = RunResult(curves={"val_loss": [0.2]})
    assert ev('grad("fc1") < 1e-3', a) is True
    assert ev('abs(weight("dense/W") - 2) < 0.05', a) is True
    assert ev("fast.val_loss < slow.val_loss", a, {"fast": b, "slow": a}) is True
    with pytest.raises(Unavailable, match="no run yet for 'fast'"):
        ev("fast.val_loss < 1", a, {"fast": None})


def test_settings_of_the_run_graph():
    from nodeflow.graph.document import Graph

    g = Graph()
    g.add_node("SGD", {"lr": 0.5}, None, "sgd")
    g.add_node("Dense", {}, None, "fc")
    r = RunResult(graph=g)
    assert ev('param("sgd.lr") == 0.5 and type("fc") == "Dense"', r) is True
    assert ev('param("fc.units") > 0', r) is True  # a default, not written in the file
    with pytest.raises(Unavailable, match="no node 'nope'"):
        ev('param("nope.lr") > 0', r)


@pytest.mark.parametrize("text", [
    '__import__("os").system("echo hi")', "open('x')", "val_acc.__class__", "[1, 2][0]", "lambda: 1",
    "[x for x in val_loss]", "val_acc if true else 0", "2 ** 1000", "val_acc in (1, 2)", "x := 1",
    "f'{val_acc}'", "val_loss[0]", "grad(fc1) < 1", "abs(x=1)", "val_acc is None", "(1).real",
])
def test_anything_outside_the_language_is_refused(text):
    with pytest.raises(ExprError):
        Expression.parse(text)


def test_unknown_names_suggest_the_close_one_with_a_column():
    with pytest.raises(ExprError, match="did you mean 'val_acc'") as info:
        Expression.parse("epochs > 1 and val_ac > 0.9")
    assert info.value.column == 16


def test_size_limits():
    with pytest.raises(ExprError, match="longer than"):
        Expression.parse("1 + " * 200 + "1")
    with pytest.raises(ExprError):
        Expression.parse("(" * 100 + "1" + ")" * 100 + " + 1" * 120)


def test_a_missing_value_is_never_zero():
    with pytest.raises(Unavailable, match="no validation split"):
        ev("val_acc >= 0.9", run(train_loss=[1.0], val_acc=[None]))
    with pytest.raises(Unavailable, match="not true or false"):
        ev("val_acc and true", run(val_acc=[0.9]))
    assert ev("1 / 0 > 100", run()) is True
    assert math.isinf(Expression.parse("log10(0)").evaluate(Scope(None, {})))
