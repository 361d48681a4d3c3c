"""Grading: passed, failed with the hints that apply, waiting for a missing run, and not
graded when the run changed a setting the lesson locks. Never passed by default."""

from __future__ import annotations

from pathlib import Path

import pytest

from nodeflow.lessons.checker import FAILED, NOT_GRADED, PASSED, WAITING, grade
from nodeflow.lessons.headless import apply_changes, load_graph
from nodeflow.lessons.loader import load
from nodeflow.lessons.result import RunResult

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def lr_lesson():
    return load(ROOT / "lessons" / "10_learning_rate.toml")


@pytest.fixture(scope="module")
def mse_lesson():
    return load(ROOT / "lessons" / "05_mse_mae_huber.toml")


def result(graph, **kw) -> RunResult:
    r = RunResult(graph=graph)
    r.curves = {"train_loss": kw.pop("train_loss", [1.0]), "val_loss": kw.pop("val_loss", [1.0])}
    for k, v in kw.items():
        setattr(r, k, v)
    return r


def test_no_run_is_waiting(lr_lesson):
    outcome = grade(lr_lesson, [])
    assert outcome.status == WAITING and "Train" in outcome.message


def test_pass_and_fail_with_the_hints_that_apply(lr_lesson):
    base = load_graph(lr_lesson)
    good = apply_changes(base, {"sgd.lr": 0.1})
    small = apply_changes(base, {"sgd.lr": 0.0001})
    outcome = grade(lr_lesson, [result(good, val_loss=[0.5, 0.011])], lesson_graph=base)
    assert outcome.status == PASSED
    assert ("val_loss", "0.011") in outcome.measured
    outcome = grade(lr_lesson, [result(small, val_loss=[2.2])], lesson_graph=base)
    assert outcome.status == FAILED
    assert len(outcome.hints) == 1 and "too small" in outcome.hints[0]


def test_a_diverged_run_fails_with_its_message_and_hint(lr_lesson):
    base = load_graph(lr_lesson)
    diverged = RunResult(graph=base)
    diverged.set_error("training diverged at epoch 1 (loss became inf); try a smaller learning rate (now 50)", "diverged")
    outcome = grade(lr_lesson, [diverged], lesson_graph=base, lang="ko")
    assert outcome.status == FAILED
    assert "diverged at epoch 1" in outcome.message
    assert outcome.hints == ["손실이 폭발했습니다(발산). 학습률을 10배쯤 작게 해 보세요."]


def test_a_run_that_changed_a_locked_setting_is_not_graded(lr_lesson):
    base = load_graph(lr_lesson)
    cheat = apply_changes(base, {"sgd.lr": 0.1, "training.epochs": 500})
    outcome = grade(lr_lesson, [result(cheat, val_loss=[0.01])], lesson_graph=base)
    assert outcome.status == NOT_GRADED
    assert "training.epochs (20 → 500)" in outcome.message


def test_named_runs_read_the_latest_matching_run(mse_lesson):
    import numpy as np

    base = load_graph(mse_lesson)
    mae = apply_changes(base, {"loss.type": "MAE"})

    def fit(graph, w, b):
        return RunResult(graph=graph, curves={"train_loss": [1.0]},
                         weights={"dense/W": np.array([[w]]), "dense/b": np.array([b])})

    mse_run, mae_run = fit(base, 1.8, 0.8), fit(mae, 1.99, -0.98)
    assert grade(mse_lesson, [mse_run], lesson_graph=base).status == WAITING
    waiting = grade(mse_lesson, [mse_run], lesson_graph=base, lang="ko")
    assert "MAE나 Huber로 한 번 학습하세요" in waiting.message
    assert grade(mse_lesson, [mse_run, mae_run], lesson_graph=base).status == PASSED
    assert grade(mse_lesson, [mae_run, mse_run], lesson_graph=base).status == PASSED  # order of runs does not matter
    bad_mae = fit(mae, 1.8, 0.8)  # the latest MAE run is the one read
    assert grade(mse_lesson, [mse_run, mae_run, bad_mae], lesson_graph=base).status == FAILED


def test_a_gradient_check_lesson_waits_for_the_check():
    lesson = load(ROOT / "lessons" / "07_backpropagation.toml")
    base = load_graph(lesson)
    assert grade(lesson, [result(base)]).status == WAITING
    assert grade(lesson, [RunResult.from_gradcheck({"fc1": 1e-9, "out": 2e-8}, graph=base)]).status == PASSED
    assert grade(lesson, [RunResult.from_gradcheck({"fc1": 1e-9, "out": 1e-3}, graph=base)]).status == FAILED
