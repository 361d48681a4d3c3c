"""The Lessons panel: the course's lessons with the learner's progress, and one lesson at a
time: its goal and steps, the prediction asked before Train, and the check's verdict with
hints after each run.

Every visible text is set in `retranslate()`, which runs again on a LanguageChange, so the
panel follows the Language menu at once (lesson texts come from the lesson file in the
current language; the panel's own words through `tr()`).
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from nodeflow.i18n import current_language
from nodeflow.lessons.checker import FAILED, NOT_GRADED, PASSED, Outcome
from nodeflow.lessons.loader import load_all
from nodeflow.lessons.model import Lesson
from nodeflow.ui.lessons.progress import PASSED as DONE
from nodeflow.ui.lessons.progress import STARTED
from nodeflow.ui.lessons.session import LessonSession

_BOX = "QFrame#lessonResult {{ background: {bg}; border: 1px solid {border}; border-radius: 6px; }}"
OUTCOME_STYLE = {
    PASSED: _BOX.format(bg="#e3f4e8", border="#3c9a5f"),
    FAILED: _BOX.format(bg="#fdf0e1", border="#d08a2c"),
    NOT_GRADED: _BOX.format(bg="#eeeeee", border="#999999"),
}
WAITING_STYLE = _BOX.format(bg="#e8f0fb", border="#5b86c5")
MARKS = {DONE: "✓", STARTED: "•"}


CODE_SPAN = re.compile(r"`([^`]+)`")


def rich(text: str) -> str:
    """A lesson text as rich text: escaped, `code` in a fixed-width font, paragraphs kept."""
    escaped = html.escape(text)
    escaped = CODE_SPAN.sub(lambda m: f"<code>{m.group(1)}</code>", escaped)
    return escaped.replace("\n\n", "<br><br>").replace("\n", "<br>")


def _label(name: str, *, bold: bool = False, scale: float = 1.0, selectable: bool = False,
           rich_text: bool = False) -> QLabel:
    label = QLabel(objectName=name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich_text else Qt.TextFormat.PlainText)
    label.setProperty("fontScale", scale)
    if bold:
        font = QFont()  # only the weight is set: the size still follows the application font
        font.setBold(True)
        label.setFont(font)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class _ChoiceLabel(QLabel):
    """A choice's text, wrapping, that selects its radio button when clicked."""

    def __init__(self, button: QRadioButton, text: str, objectName: str) -> None:  # noqa: N803 - Qt's name
        super().__init__(text, objectName=objectName)
        self.button = button
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setEnabled(button.isEnabled() or button.isChecked())

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.button.isEnabled():
            self.button.click()
        super().mousePressEvent(event)


def _tint(label: QLabel, color: str) -> None:
    """Text colour through the palette: a style sheet would pin the label's font, and it must
    follow the application font (presentation mode enlarges it)."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(color))
    label.setPalette(palette)


def _scale_fonts(root: QWidget) -> None:
    """Titles are a fixed ratio larger than the application font (presentation mode changes it)."""
    base = QApplication.font().pointSizeF()
    for label in root.findChildren(QLabel):
        scale = label.property("fontScale")
        if scale and scale != 1.0 and base > 0:
            font = QFont(label.font())
            font.setPointSizeF(base * float(scale))
            label.setFont(font)


class LessonsPanel(QWidget):
    """objectName "lessonsPanel". `session` holds the window to the lesson being done."""

    lessonOpened = Signal(str)

    def __init__(self, session: LessonSession, folder: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lessonsPanel")
        self.setMinimumWidth(220)  # narrower, the lesson's text is a column of single words
        self.session = session
        self.lessons, self.errors = load_all(folder)
        self.current: Lesson | None = None
        self.pages = QStackedWidget(objectName="lessonsPages")
        self.pages.addWidget(self._build_list_page())
        self.pages.addWidget(self._build_lesson_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.pages)
        session.attachedChanged.connect(lambda _a: self._show_lesson_state())
        session.graded.connect(self._show_outcome)
        session.runStarted.connect(self._on_run_started)
        _scale_fonts(self)
        self.retranslate()

    # ---------------------------------------------------------------- building
    def _build_list_page(self) -> QWidget:
        page = QWidget(objectName="lessonsListPage")
        self.header = _label("lessonsHeader", bold=True, scale=1.3)
        self.summary = _label("lessonsSummary")
        self.list = QListWidget(objectName="lessonsList")
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.itemActivated.connect(self._on_item_activated)
        self.list.itemDoubleClicked.connect(self._on_item_activated)
        self.start_button = QPushButton(objectName="lessonsStart")
        self.start_button.clicked.connect(lambda: self._on_item_activated(self.list.currentItem()))
        self.errors_label = _label("lessonsErrors", selectable=True)
        _tint(self.errors_label, "#c0392b")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.start_button)
        layout.addWidget(self.errors_label)
        return page

    def _build_lesson_page(self) -> QWidget:
        page = QWidget(objectName="lessonPage")
        self.back = QToolButton(objectName="lessonBack")
        self.back.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.back.clicked.connect(self.show_list)
        self.position = _label("lessonPosition")
        self.title = _label("lessonTitle", bold=True, scale=1.3)
        self.goal = _label("lessonGoal", rich_text=True)
        self.open_button = QPushButton(objectName="lessonOpen")
        self.open_button.clicked.connect(self.open_current)
        self.state = _label("lessonState")
        self.steps_title = _label("lessonStepsTitle", bold=True)
        self.steps = QLabel(objectName="lessonSteps")
        self.steps.setWordWrap(True)
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.locked = _label("lessonLocked")
        _tint(self.locked, "#555555")

        self.predict_box = QGroupBox(objectName="lessonPredict")
        self.question = _label("lessonQuestion", bold=True, rich_text=True)
        self.choices = QButtonGroup(self)
        self.choices_layout = QVBoxLayout()
        self.lock_in = QPushButton(objectName="lessonLockIn")
        self.lock_in.clicked.connect(self._lock_in)
        self.answer = _label("lessonAnswer", rich_text=True)
        box = QVBoxLayout(self.predict_box)
        box.addWidget(self.question)
        box.addLayout(self.choices_layout)
        box.addWidget(self.lock_in, 0, Qt.AlignmentFlag.AlignLeft)
        box.addWidget(self.answer)

        self.result = QFrame(objectName="lessonResult")
        self.result_title = _label("lessonResultTitle", bold=True)
        self.result_text = _label("lessonResultText", selectable=True, rich_text=True)
        self.measured = _label("lessonMeasured", selectable=True)
        self.hints = _label("lessonHints", rich_text=True)
        result_layout = QVBoxLayout(self.result)
        for w in (self.result_title, self.result_text, self.measured, self.hints):
            result_layout.addWidget(w)

        self.reset_button = QPushButton(objectName="lessonReset")
        self.reset_button.setFlat(True)
        self.reset_button.clicked.connect(self._reset_progress)

        body = QWidget(objectName="lessonBody")
        inner = QVBoxLayout(body)
        inner.setContentsMargins(2, 2, 8, 2)
        for w in (self.position, self.title, self.goal, self.open_button, self.state, self.steps_title,
                  self.steps, self.locked, self.predict_box, self.result):
            inner.addWidget(w)
        inner.addWidget(self.reset_button, 0, Qt.AlignmentFlag.AlignRight)
        inner.addStretch(1)
        scroll = QScrollArea(objectName="lessonScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addStretch(1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        return page

    # ---------------------------------------------------------------- pages
    def show_list(self) -> None:
        self._fill_list()
        self.pages.setCurrentIndex(0)

    def show_lesson(self, lesson_id: str) -> bool:
        lesson = next((lesson for lesson in self.lessons if lesson.id == lesson_id), None)
        if lesson is None:
            return False
        self.current = lesson
        self._fill_lesson()
        self.pages.setCurrentIndex(1)
        return True

    def open_current(self) -> bool:
        """Open the current lesson's graph in the window (the lesson's "start")."""
        if self.current is None:
            return False
        ok = self.session.open(self.current)
        if ok:
            self.lessonOpened.emit(self.current.id)
        self._fill_lesson()
        return ok

    def _on_item_activated(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.show_lesson(item.data(Qt.ItemDataRole.UserRole))

    # ---------------------------------------------------------------- text
    def retranslate(self) -> None:
        self.header.setText(self.tr("Lessons"))
        self.start_button.setText(self.tr("Open lesson"))
        self.back.setText(self.tr("◀ All lessons"))
        self.steps_title.setText(self.tr("Steps"))
        self.predict_box.setTitle(self.tr("Predict, then run"))
        self.lock_in.setText(self.tr("Lock in my prediction"))
        self.result_title.setText("")
        self.reset_button.setText(self.tr("Reset this lesson"))
        if self.errors:
            lines = [self.tr("These lesson files could not be read:")] + [str(e) for e in self.errors]
            self.errors_label.setText("\n".join(lines))
        self.errors_label.setVisible(bool(self.errors))
        self._fill_list()
        if self.current is not None:
            self.session.regrade()
            self._fill_lesson()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:  # the application font changed (presentation mode)
            _scale_fonts(self)
        super().changeEvent(event)

    def _fill_list(self) -> None:
        lang = current_language()
        current = self.list.currentRow()
        self.list.clear()
        progress = self.session.progress
        passed = 0
        for i, lesson in enumerate(self.lessons, start=1):
            status = progress.status(lesson.id)
            passed += status == DONE
            item = QListWidgetItem(f"{MARKS.get(status, ' ')}  {i}. {lesson.title(lang)}")
            item.setData(Qt.ItemDataRole.UserRole, lesson.id)
            item.setToolTip(lesson.goal(lang))
            self.list.addItem(item)
        self.list.setCurrentRow(max(current, 0) if self.lessons else -1)
        self.summary.setText(self.tr("{passed} of {total} lessons passed").format(passed=passed, total=len(self.lessons))
                             if self.lessons else self.tr("No lessons found in the lessons folder."))
        self.start_button.setEnabled(bool(self.lessons))

    def _fill_lesson(self) -> None:
        lesson = self.current
        if lesson is None:
            return
        lang = current_language()
        index = self.lessons.index(lesson) + 1
        self.position.setText(self.tr("Lesson {n} of {total}").format(n=index, total=len(self.lessons)))
        self.title.setText(lesson.title(lang))
        self.goal.setText(rich(lesson.goal(lang)))
        items = "".join(f"<li style='margin-bottom: 4px'>{rich(step(lang))}</li>" for step in lesson.steps)
        self.steps.setText(f"<ol style='margin-left: 0px; -qt-list-indent: 1'>{items}</ol>")
        self.locked.setText(self.tr("Fixed by the lesson: {settings}").format(settings=", ".join(lesson.locked))
                            if lesson.locked else "")
        self.locked.setVisible(bool(lesson.locked))
        self._fill_prediction()
        self._show_lesson_state()
        self._show_outcome(self.session.outcome if self._is_active() else None)

    def _is_active(self) -> bool:
        return self.session.attached and self.session.lesson is self.current

    def _show_lesson_state(self) -> None:
        if self.current is None:
            return
        active = self._is_active()
        self.open_button.setText(self.tr("Start over") if active else self.tr("Open the lesson's graph"))
        if active:
            text = self.tr("The lesson's graph is open: follow the steps.")
        elif self.session.attached:
            text = self.tr("Another lesson is open.")
        else:
            text = self.tr("Open the lesson's graph to begin.")
        self.state.setText(text)
        self._fill_prediction()

    def _fill_prediction(self) -> None:
        lesson = self.current
        for button in self.choices.buttons():
            self.choices.removeButton(button)
        while self.choices_layout.count():
            item = self.choices_layout.takeAt(0)
            row = item.widget()
            if row is not None:  # hidden and unparented now: deleteLater waits for the event loop
                row.hide()
                row.setParent(None)
                row.deleteLater()
        if lesson is None or lesson.prediction is None:
            self.predict_box.setVisible(False)
            return
        self.predict_box.setVisible(True)
        lang = current_language()
        p = lesson.prediction
        chosen = self.session.progress.prediction(lesson.id)
        self.question.setText(rich(p.question(lang)))
        for i, choice in enumerate(p.choices):
            # a radio button's own text never wraps: the choice is a label beside it
            row = QWidget(objectName=f"lessonChoiceRow{i + 1}")
            button = QRadioButton(objectName=f"lessonChoice{i + 1}")
            button.setChecked(chosen == i)
            button.setEnabled(chosen is None and self._is_active())
            text = _ChoiceLabel(button, rich(choice(lang)), objectName=f"lessonChoiceText{i + 1}")
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            line.addWidget(text, 1)
            self.choices.addButton(button, i)
            self.choices_layout.addWidget(row)
        self.lock_in.setVisible(chosen is None)
        self.lock_in.setEnabled(self._is_active())
        if chosen is None:
            self.answer.setText(html.escape(self.tr("Choose an answer and lock it in; then Train."))
                                if self._is_active() else "")
        else:
            lines = [html.escape(self.tr("Your prediction: {choice}")).format(choice=rich(p.choices[chosen](lang)))]
            if self._has_run():
                right = rich(p.choices[p.answer](lang))
                lines.append("<b>" + (html.escape(self.tr("Your prediction was right.")) if chosen == p.answer
                                      else html.escape(self.tr("The run shows: {answer}")).format(answer=right))
                             + "</b>")
                if p.explain is not None:
                    lines.append(rich(p.explain(lang)))
            self.answer.setText("<br>".join(lines))
        self.answer.setVisible(bool(self.answer.text()))

    def _has_run(self) -> bool:
        return self._is_active() and bool(self.session.runs)

    def _lock_in(self) -> None:
        choice = self.choices.checkedId()
        if choice < 0:
            self.answer.setText(html.escape(self.tr("Choose one of the answers first.")))
            self.answer.setVisible(True)
            return
        self.session.predict(choice)
        self._fill_prediction()
        self._fill_list()

    def _on_run_started(self) -> None:
        self.result.setVisible(True)
        self.result.setStyleSheet(WAITING_STYLE)
        self.result_title.setText(self.tr("Training…"))
        self.result_text.setText(html.escape(self.tr("The lesson checks the result when the run ends.")))
        self.measured.setVisible(False)
        self.hints.setVisible(False)

    def _show_outcome(self, outcome: Outcome | None) -> None:
        if outcome is None:
            self.result.setVisible(False)
            return
        self.result.setVisible(True)
        self.result.setStyleSheet(OUTCOME_STYLE.get(outcome.status, WAITING_STYLE))
        titles = {PASSED: self.tr("✓ Passed"), FAILED: self.tr("Not yet"), NOT_GRADED: self.tr("Not graded")}
        self.result_title.setText(titles.get(outcome.status, self.tr("Waiting for a run")))
        self.result_text.setText(rich(outcome.message))
        measured = "  ·  ".join(f"{what} = {value}" for what, value in outcome.measured)
        self.measured.setText(self.tr("Measured: {values}").format(values=measured) if measured else "")
        self.measured.setVisible(bool(measured))
        hints = "<br>".join(f"→ {rich(h)}" for h in outcome.hints)
        self.hints.setText(html.escape(self.tr("What to try:")) + "<br>" + hints if hints else "")
        self.hints.setVisible(bool(hints))
        self._fill_prediction()
        self._fill_list()

    def _reset_progress(self) -> None:
        if self.current is None:
            return
        self.session.reset_lesson(self.current)
        self._fill_lesson()
        self._fill_list()

