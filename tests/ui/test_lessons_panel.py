"""The Lessons panel in the real window: list, open a lesson, predict before Train, the check
after the run with hints, progress remembered, locked settings held, language switched."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QRadioButton

from nodeflow.ui.commands import SetParamCommand, SetTrainingCommand
from nodeflow.ui.lessons.progress import PASSED, LessonProgress

pytestmark = pytest.mark.e2e


@pytest.fixture
def english():
    from nodeflow.ui.i18n.translator import Languages

    yield
    Languages.instance().switch("en")


def open_lesson(window, qtbot, lesson_id: str):
    window.show()
    qtbot.waitExposed(window)
    window.actionLessons.trigger()
    panel = window.lessons_panel
    assert window.lessons_dock.isVisible()
    row = next(i for i in range(panel.list.count()) if panel.list.item(i).data(Qt.ItemDataRole.UserRole) == lesson_id)
    panel.list.setCurrentRow(row)
    QTest.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert panel.pages.currentIndex() == 1
    QTest.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    return panel


def predict(panel, choice: int) -> None:
    """Click the choice's text (as a learner does), then Lock in."""
    QTest.mouseClick(panel.findChild(QLabel, f"lessonChoiceText{choice}"), Qt.MouseButton.LeftButton)
    assert panel.findChild(QRadioButton, f"lessonChoice{choice}").isChecked()
    QTest.mouseClick(panel.lock_in, Qt.MouseButton.LeftButton)


def train_and_wait(window, qtbot, panel):
    runs = len(window.lessons_session.runs)
    window.actionTrain.trigger()
    qtbot.waitUntil(lambda: len(window.lessons_session.runs) > runs and not window.training.controller.running,
                    timeout=60000)
    qtbot.waitUntil(lambda: panel.result.isVisible() and panel.result_title.text() not in ("", "Training…"))


def test_the_panel_lists_the_course(window):
    window.actionLessons.trigger()
    panel = window.lessons_panel
    assert panel.list.count() == 19
    assert panel.summary.text() == "0 of 19 lessons passed"
    assert panel.list.item(0).text().endswith("1. Linear regression by gradient descent")
    assert not panel.errors_label.isVisible()


def test_predict_then_run_then_the_check_says_what_to_try(window, qtbot):
    panel = open_lesson(window, qtbot, "10_learning_rate")
    assert window.graph.nodes["sgd"].params["lr"] == 50.0
    assert window.lessons_session.attached
    assert not window.actionTrain.isEnabled()  # predict first
    assert "prediction" in window.actionTrain.toolTip()
    predict(panel, 3)
    assert window.actionTrain.isEnabled()

    train_and_wait(window, qtbot, panel)
    assert panel.result_title.text() == "Not yet"
    assert "diverged" in panel.result_text.text()
    assert "10 times smaller" in panel.hints.text()
    assert "Your prediction was right." in panel.answer.text()



def test_the_intended_change_passes_and_progress_is_remembered(window, qtbot):
    panel = open_lesson(window, qtbot, "01_linear_regression")
    predict(panel, 2)
    train_and_wait(window, qtbot, panel)
    assert panel.result_title.text() == "Not yet"
    assert "Not enough steps" in panel.hints.text()
    assert "weight('dense/W') = " in panel.measured.text()
    window.undo_stack.push(SetTrainingCommand(window.graph, "epochs", 100))  # what the inspector does
    train_and_wait(window, qtbot, panel)
    assert panel.result_title.text() == "✓ Passed", panel.result_text.text()
    assert LessonProgress().status("01_linear_regression") == PASSED
    assert panel.list.item(0).text().startswith("✓")
    panel.show_list()
    assert panel.summary.text() == "1 of 19 lessons passed"


def test_a_locked_setting_is_put_back(window, qtbot):
    panel = open_lesson(window, qtbot, "10_learning_rate")
    window.undo_stack.push(SetParamCommand(window.graph, "data", "n_samples", 5000))
    qtbot.waitUntil(lambda: window.graph.nodes["data"].params["n_samples"] == 1000)
    assert "keeps this setting fixed: data.n_samples" in window.statusBar().currentMessage()
    window.undo_stack.push(SetParamCommand(window.graph, "sgd", "lr", 0.5))  # not locked: stays
    qtbot.wait(10)
    assert window.graph.nodes["sgd"].params["lr"] == 0.5
    assert panel.session.locks.violations() == []


def test_another_document_ends_the_lesson(window, qtbot):
    panel = open_lesson(window, qtbot, "10_learning_rate")
    assert not window.actionTrain.isEnabled()
    window.actionNew.trigger()
    assert not window.lessons_session.attached
    assert window.actionTrain.isEnabled()  # the gate opened with the lesson gone
    assert panel.state.text() == "Open the lesson's graph to begin."


def test_the_language_switches_at_once_and_is_remembered(window, qtbot, english):
    from nodeflow.ui.file_ops import app_settings

    panel = open_lesson(window, qtbot, "12_vanishing_gradients")
    window.findChild(type(window.actionTrain), "actionLanguageKo").trigger()
    qtbot.waitUntil(lambda: window.lessons_dock.windowTitle() == "실습")
    assert panel.title.text() == "기울기 소실"
    assert panel.back.text() == "◀ 실습 목록"
    assert window.actionLessons.text() == "실습(&L)"
    assert app_settings().value("ui/language") == "ko"
    window.findChild(type(window.actionTrain), "actionLanguageEn").trigger()
    qtbot.waitUntil(lambda: panel.title.text() == "Vanishing gradients")
    assert app_settings().value("ui/language") == "en"
