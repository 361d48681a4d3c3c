"""Every lesson of the course, trained headless: its check passes with the intended change
(the lesson's [[solution]]) and fails without it (the graph as handed out, trained as often)."""

from __future__ import annotations

import pytest

from nodeflow.lessons.checker import PASSED
from nodeflow.lessons.headless import grade_solution
from nodeflow.lessons.loader import load_all

LESSONS, ERRORS = load_all()
COURSE = ["linear_regression", "linear_stack", "activation_functions", "one_hidden_layer", "mse_mae_huber",
          "softmax_cross_entropy", "backpropagation", "numerical_differentiation", "batch_size", "learning_rate",
          "optimizers", "vanishing_gradients", "dropout", "batch_normalization", "early_stopping",
          "train_validation_test", "cnn", "rnn_lstm", "loss_surface"]


def _param(lesson):
    return pytest.param(lesson, id=lesson.id, marks=[pytest.mark.slow] if lesson.slow else [])


def test_the_course_is_complete_and_every_lesson_loads():
    assert not ERRORS, [str(e) for e in ERRORS]
    names = [lesson.id.split("_", 1)[1] for lesson in LESSONS]
    assert names == COURSE


@pytest.mark.parametrize("lesson", [_param(lesson) for lesson in LESSONS])
def test_the_check_passes_with_the_intended_change(lesson):
    assert lesson.solution, f"{lesson.id} has no [[solution]]"
    outcome = grade_solution(lesson, with_changes=True)
    assert outcome.status == PASSED, (outcome.message, outcome.measured)


@pytest.mark.parametrize("lesson", [_param(lesson) for lesson in LESSONS])
def test_the_check_fails_without_it(lesson):
    outcome = grade_solution(lesson, with_changes=False)
    assert outcome.status != PASSED, (outcome.message, outcome.measured)


@pytest.mark.parametrize("lesson", [_param(lesson) for lesson in LESSONS])
def test_every_lesson_asks_a_prediction_with_an_explanation(lesson):
    p = lesson.prediction
    assert p is not None and p.explain is not None and 2 <= len(p.choices) <= 5
    assert lesson.check.hints, "a failed check must say what to try"
