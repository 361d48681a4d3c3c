"""One editor per parameter kind, built from the `Param` declaration (never from a node type).

`make_editor(param)` looks the kind up in `EDITORS`. Every editor has the same small surface:
`widget`, `value()` (the typed value the user entered; raises ValueError with a readable message
when the text does not parse), `set_value(v)` (shows a value without emitting) and the
`committed` signal, emitted when the user finishes an edit. Range checks stay with
`Param.coerce`, so the inspector reports every invalid value the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QToolButton,
    QWidget,
)

from nodeflow.i18n import translate
from nodeflow.i18n.node_strings import param_label, param_tip
from nodeflow.nodes import Param

INT_LIMIT = 2**31 - 1


def format_value(value: Any) -> str:
    """Text for a value in a line edit: floats keep full precision (`1e-05`, `0.001`)."""
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return str(value)


def range_text(param: Param) -> str:
    """What values a parameter takes (its declaration's `describe_range`), in the current language."""
    choices = ", ".join(param.choices or ())
    if param.kind == "choice":
        return translate("ParamEditor", "one of {choices}").format(choices=choices)
    if param.kind == "int_or_choice":
        return translate("ParamEditor", "an integer or one of {choices}").format(choices=choices)
    if param.low is not None and param.high is not None:
        return translate("ParamEditor", "between {low} and {high}").format(low=f"{param.low:g}", high=f"{param.high:g}")
    if param.low is not None:
        return translate("ParamEditor", ">= {low}").format(low=f"{param.low:g}")
    if param.high is not None:
        return translate("ParamEditor", "<= {high}").format(high=f"{param.high:g}")
    return ""


def parse_int(text: str, name: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise ValueError(translate("ParamEditor", "parameter '{param}' must be an integer, got {value}").format(
            param=name, value=repr(text.strip()))) from None


class ParamEditor(QObject):
    """Base class; subclasses build `self.widget` and connect its commit signal to `committed`."""

    committed = Signal()

    def __init__(self, param: Param) -> None:
        super().__init__()
        self.param = param
        self.widget: QWidget = self.build()
        self.widget.setToolTip(f"{param_tip(param)}\n{range_text(param)}".strip())
        self.widget.setObjectName(f"param_{param.name}")

    def build(self) -> QWidget:  # pragma: no cover - abstract
        raise NotImplementedError

    def value(self) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        with QSignalBlocker(self.widget):
            self._show(value)

    def _show(self, value: Any) -> None:  # pragma: no cover - abstract
        raise NotImplementedError


class IntEditor(ParamEditor):
    def build(self) -> QWidget:
        box = QSpinBox()
        low = -INT_LIMIT if self.param.low is None else max(-INT_LIMIT, int(self.param.low))
        high = INT_LIMIT if self.param.high is None else min(INT_LIMIT, int(self.param.high))
        box.setRange(low, high)
        box.setKeyboardTracking(False)  # commit on Enter / focus out / arrows, not per keystroke
        box.valueChanged.connect(lambda _v: self.committed.emit())
        return box

    def value(self) -> int:
        return self.widget.value()

    def _show(self, value: Any) -> None:
        self.widget.setValue(int(value) if value is not None else self.widget.minimum())


class LineEditor(ParamEditor):
    """A line edit committing on Enter or focus out; subclasses parse the text."""

    def build(self) -> QWidget:
        edit = QLineEdit()
        edit.editingFinished.connect(self._finished)
        self._last = None
        return edit

    def _finished(self) -> None:
        text = self.widget.text()
        if text != self._last:  # editingFinished fires on Enter and again on focus out
            self._last = text
            self.committed.emit()

    def _show(self, value: Any) -> None:
        self.widget.setText(format_value(value))
        self._last = self.widget.text()

    def text(self) -> str:
        return self.widget.text().strip()


class OptionalIntEditor(LineEditor):
    """An integer that may be left empty (declared default None)."""

    def value(self) -> int | None:
        return None if not self.text() else parse_int(self.text(), self.param.name)


class FloatEditor(LineEditor):
    """A line edit rather than a spin box, so that `1e-4` and `0.0003` are both easy to type."""

    def value(self) -> float | None:
        text = self.text()
        if not text and self.param.default is None:
            return None
        try:
            return float(text)
        except ValueError:
            raise ValueError(self.tr("parameter '{param}' must be a number, got {value}").format(
                param=self.param.name, value=repr(text))) from None


class StrEditor(LineEditor):
    def value(self) -> str | None:
        text = self.widget.text()
        return None if not text and self.param.default is None else text


class IntsEditor(LineEditor):
    """A list of integers typed as `1, 8, 8`."""

    def build(self) -> QWidget:
        edit = super().build()
        edit.setPlaceholderText(self.tr("e.g. 1, 8, 8"))
        return edit

    def value(self) -> list[int]:
        parts = [p for p in self.text().replace(",", " ").split() if p]
        if not parts:
            raise ValueError(self.tr("parameter '{param}' must be a list of integers such as 1, 8, 8").format(
                param=self.param.name))
        return [parse_int(p, self.param.name) for p in parts]


class PathEditor(StrEditor):
    """A line edit with a "…" button that opens a file dialog."""

    def build(self) -> QWidget:
        self.edit = QLineEdit()
        self.edit.editingFinished.connect(self._finished)
        self._last = None
        button = QToolButton()
        button.setText("…")
        button.setObjectName("browse")
        button.clicked.connect(self.browse)
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(button)
        return box

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.widget, self.tr("Choose {param}").format(param=param_label(self.param)),
                                              self.edit.text())
        if path:
            self.edit.setText(path)
            self._finished()

    def _finished(self) -> None:
        text = self.edit.text()
        if text != self._last:
            self._last = text
            self.committed.emit()

    def _show(self, value: Any) -> None:
        self.edit.setText(format_value(value))
        self._last = self.edit.text()

    def set_value(self, value: Any) -> None:
        with QSignalBlocker(self.edit):
            self._show(value)

    def value(self) -> str | None:
        text = self.edit.text()
        return None if not text and self.param.default is None else text


class BoolEditor(ParamEditor):
    def build(self) -> QWidget:
        box = QCheckBox()
        box.toggled.connect(lambda _v: self.committed.emit())
        return box

    def value(self) -> bool:
        return self.widget.isChecked()

    def _show(self, value: Any) -> None:
        self.widget.setChecked(bool(value))


class ChoiceEditor(ParamEditor):
    def build(self) -> QWidget:
        combo = QComboBox()
        combo.addItems(list(self.param.choices))
        combo.activated.connect(lambda _i: self.committed.emit())
        return combo

    def value(self) -> str:
        return self.widget.currentText()

    def _show(self, value: Any) -> None:
        self.widget.setCurrentIndex(max(0, self.widget.findText(str(value))))


class EditableComboEditor(ParamEditor):
    """An editable combo: pick an item or type; commits on a pick, Enter or focus out."""

    def build(self) -> QWidget:
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItems(list(self.param.choices))
        combo.activated.connect(lambda _i: self._finished())
        combo.lineEdit().editingFinished.connect(self._finished)
        self._last: str | None = None
        return combo

    def _finished(self) -> None:
        text = self.widget.currentText()
        if text != self._last:  # editingFinished fires on Enter and again on focus out
            self._last = text
            self.committed.emit()

    def _show(self, value: Any) -> None:
        self.widget.setCurrentText(format_value(value))
        self._last = self.widget.currentText()

    def set_value(self, value: Any) -> None:
        with QSignalBlocker(self.widget), QSignalBlocker(self.widget.lineEdit()):
            self._show(value)


class IntOrChoiceEditor(EditableComboEditor):
    """Pick one of the choices or type an integer (Conv2D padding)."""

    def value(self) -> int | str:
        text = self.widget.currentText().strip()
        return text if text in self.param.choices else parse_int(text, self.param.name)


class SuggestEditor(EditableComboEditor):
    """Text with suggestions: lists what `Param.suggest` offers (a csv's columns for `target`);
    typing something else stays possible."""

    def value(self) -> str | None:
        text = self.widget.currentText()
        return None if not text and self.param.default is None else text

    def suggestions(self) -> list[str]:
        return [self.widget.itemText(i) for i in range(self.widget.count())]

    def set_suggestions(self, items: list[str]) -> None:
        """Offer these values (the typed text is kept)."""
        if items == self.suggestions():
            return
        with QSignalBlocker(self.widget), QSignalBlocker(self.widget.lineEdit()):
            text = self.widget.currentText()
            self.widget.clear()
            self.widget.addItems(items)
            self.widget.setCurrentText(text)


def _int_editor(param: Param) -> ParamEditor:
    return OptionalIntEditor(param) if param.default is None else IntEditor(param)


EDITORS: dict[str, Callable[[Param], ParamEditor]] = {
    "int": _int_editor,
    "float": FloatEditor,
    "bool": BoolEditor,
    "choice": ChoiceEditor,
    "str": StrEditor,
    "path": PathEditor,
    "ints": IntsEditor,
    "int_or_choice": IntOrChoiceEditor,
}


def make_editor(param: Param) -> ParamEditor:
    """The editor for a parameter, chosen by its declared kind (text with suggestions gets a
    combo that lists them)."""
    if param.kind == "str" and param.suggest is not None:
        return SuggestEditor(param)
    if param.kind == "points":  # the drawing area (its own module: it is a whole widget)
        from nodeflow.ui.data_draw import PointsEditor

        return PointsEditor(param)
    return EDITORS[param.kind](param)
