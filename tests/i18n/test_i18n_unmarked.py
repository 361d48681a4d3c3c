"""No window text bypasses translation: a string literal (or an f-string with words in it)
handed straight to a Qt call that shows text (setText, setToolTip, addAction, QLabel(...),
showMessage, a message strip's `say`...) or paints it (QPainter.drawText on the canvas and the
views, pyqtgraph's TextItem, a curve's legend `name=`) anywhere in nodeflow/ui, the RL views
included, is English a Korean learner would see untranslated. Mark it (`self.tr`, `translate`, `QT_TRANSLATE_NOOP`, see
docs/translating.md) or, for text that is not words (a symbol, a file suffix), leave it
without letters."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from nodeflow.i18n import tools

UI = tools.PACKAGE_DIR / "ui"

SHOWS_TEXT = {
    "setText": 1, "setTitle": 1, "setWindowTitle": 1, "setToolTip": 2, "setStatusTip": 1, "setWhatsThis": 1,
    "setPlaceholderText": 1, "setIconText": 1, "setSpecialValueText": 1, "setPrefix": 1, "setSuffix": 1,
    "addAction": 2, "addMenu": 2, "addTab": 2, "insertTab": 3, "setTabText": 2, "setTabToolTip": 2,
    "addItem": 1, "addItems": 1, "setItemText": 2, "setHeaderLabels": 1, "setHorizontalHeaderLabels": 1,
    "setVerticalHeaderLabels": 1, "showMessage": 1, "setLabel": 2, "say": 1, "beginMacro": 1,
    "QLabel": 1, "QPushButton": 1, "QCheckBox": 1, "QRadioButton": 1, "QGroupBox": 1, "QAction": 1,
    "QMenu": 1, "QToolBar": 1, "QDockWidget": 1, "QTreeWidgetItem": 1, "QListWidgetItem": 1,
    "QTableWidgetItem": 1, "information": 3, "warning": 3, "critical": 3, "question": 3,
    "getOpenFileName": 2, "getSaveFileName": 2, "getExistingDirectory": 2, "getText": 3,
    "error": 3, "inform": 3, "_action": 6, "_menu": 2, "_dock": 2,
    "drawText": 6, "drawStaticText": 3, "TextItem": 1, "LabelItem": 1, "QGraphicsSimpleTextItem": 1,
    "QGraphicsTextItem": 1, "setPlainText": 1, "setHtml": 1, "setFormat": 1, "QStaticText": 1, "elidedText": 1,
}
"""Calls that put text on screen, with how many leading arguments may be that text."""
LEGENDS = {"plot", "PlotDataItem", "PlotCurveItem", "ScatterPlotItem", "BarGraphItem", "addPlot"}
"""pyqtgraph items whose `name=` appears in the plot's legend."""

WORDS = re.compile(r"[A-Za-z]{2,}")
NOT_WORDS = re.compile(r"^(#[0-9a-fA-F]{3,8}|[a-z]+(_[a-z0-9]+)+|[a-z]+\d+|[xy]|[.…]+|)$")
"""Colours, snake_case identifiers, axis names such as x0."""
MARKUP = re.compile(r"<[^>]*>|&\w+;")
"""Rich-text tags and entities are not words."""

PENDING: dict[str, str] = {}
"""Folders whose text is still being written by another team, and why they wait."""


def _text_args(call: ast.Call, legend: bool = True) -> list[ast.expr]:
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
    if name in LEGENDS:  # plot(x, y, name="train loss"): a legend shows the name (if the file makes one)
        if not legend:
            return []
        return [kw.value for kw in call.keywords if kw.arg == "name"]
    if name not in SHOWS_TEXT:
        return []
    if name in ("drawText", "drawStaticText"):  # (x, y, text), (point, text), (rect, flags, text): the text is last
        return [a for a in call.args[-1:] if not isinstance(a, ast.Constant) or isinstance(a.value, str)]
    if name == "setLabel":  # pyqtgraph: setLabel(axis, text)
        return call.args[1:2]
    if name in ("_action", "_menu", "_dock"):  # the main window's helpers: (name, text, ..., tip)
        return [*call.args[1:2], *call.args[5:6], *[kw.value for kw in call.keywords if kw.arg == "tip"]]
    args = list(call.args[:SHOWS_TEXT[name]])
    if name in ("information", "warning", "critical", "question", "getText", "error", "inform", "getOpenFileName", "getSaveFileName",
                "getExistingDirectory"):
        return call.args[1:SHOWS_TEXT[name]]  # (parent, title[, text]): the parent is not text
    if name in ("setToolTip", "setTabText", "setTabToolTip", "setItemText", "addAction", "addMenu", "addTab"):
        args = args[-1:] if len(args) > 1 else args  # (column|index|icon, text) or (text)
    return args + [kw.value for kw in call.keywords if kw.arg in ("text", "title", "toolTip", "placeholderText")]


def _is_words(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = MARKUP.sub(" ", node.value)
        return bool(WORDS.search(text)) and not NOT_WORDS.match(text.strip())
    if isinstance(node, ast.JoinedStr):  # the fixed parts, the values as {} (a tag may span them)
        text = "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
        return bool(WORDS.search(MARKUP.sub(" ", text)))
    if isinstance(node, ast.BinOp):
        return _is_words(node.left) or _is_words(node.right)
    if isinstance(node, (ast.List, ast.Tuple)):
        return any(_is_words(e) for e in node.elts)
    if isinstance(node, ast.IfExp):
        return _is_words(node.body) or _is_words(node.orelse)
    return False


def unmarked(path: Path, root: Path = tools.PACKAGE_DIR) -> list[str]:
    text = path.read_text(encoding="utf-8")
    found = []
    legend = "addLegend" in text or "LegendItem" in text
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.Call):
            for arg in _text_args(node, legend):
                if _is_words(arg):
                    found.append(f"{path.relative_to(root)}:{node.lineno}: {ast.unparse(node)[:90]}")
    return found


def test_no_window_text_bypasses_translation():
    bad = []
    for path in tools.source_files(UI):
        rel = path.relative_to(UI).as_posix()
        if any(rel.startswith(folder) for folder in PENDING):
            continue
        bad += unmarked(path)
    assert not bad, "text shown without translation:\n" + "\n".join(bad)


def test_the_check_finds_unmarked_text(tmp_path):
    """The check itself: plain and f-string text is found, marked text and non-words are not."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        "label.setText('Idle')\n"
        "button = QPushButton(f'Save {name}')\n"
        "menu.addAction(icon, 'Open')\n"
        "label.setText(self.tr('Idle'))\n"
        "label.setText(translate('Ctx', 'Idle'))\n"
        "plot.setLabel('left', 'x1')\n"
        "plot.setLabel('left', 'loss')\n"
        "self._action('actionX', QT_TRANSLATE_NOOP('MainWindow', '&X'), None, None, '', 'Does X')\n"
        "label.setText('…')\n"
        "plot.setTitle(f'{name}: <span style=\"color:{RAW}\">{each}</span>')\n"
        "painter.drawText(rect, flags, 'Drop a node here')\n"
        "painter.drawText(x, y, self.tr('Drop a node here'))\n"
        "painter.drawText(rect, flags, f'{value:.2f}')\n"
        "plot.plot(xs, ys, name='train loss')\n"
        "plot.plot(xs, ys, name=self.tr('train loss'))\n"
        "item = pg.TextItem('greedy path')\n"
        "text = fm.elidedText('the last episode', mode, width)\n"
        "plot.addLegend()\n",
        encoding="utf-8",
    )
    lines = [line.split(":")[1] for line in unmarked(sample, tmp_path)]
    assert lines == ["1", "2", "3", "7", "8", "11", "14", "16", "17"], lines
    sample.write_text("plot.plot(xs, ys, name='train loss')\n", encoding="utf-8")
    assert unmarked(sample, tmp_path) == []  # no legend in this file: the name is never shown
