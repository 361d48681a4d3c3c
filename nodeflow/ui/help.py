"""The Help menu's windows: the user guide, the keyboard shortcuts, and About.

All three are plain non-modal windows (the main window stays usable beside them). The guide
is `docs/guide.md` rendered by Qt's Markdown reader, its screenshots scaled to the window; the
shortcut list is read from the window's own actions, so it is never out of date.
"""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QTextCursor, QTextDocument, QTextImageFormat
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

import nodeflow
from nodeflow.i18n import QT_TRANSLATE_NOOP, current_language, translate
from nodeflow.ui.i18n.live import short_label, text_of

GUIDE = Path(nodeflow.__file__).resolve().parents[1] / "docs" / "guide.md"
IMAGE_WIDTH = 760
"""Widest a screenshot is drawn in the guide window (they are taken at 1600 px)."""

CANVAS_GESTURES: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("Help", "Tab, or double-click empty canvas"), QT_TRANSLATE_NOOP("Help", "Quick search: add a node under the cursor")),
    (QT_TRANSLATE_NOOP("Help", "Drag from a port to a port"), QT_TRANSLATE_NOOP("Help", "Wire them (refused with a reason when they do not fit)")),
    (QT_TRANSLATE_NOOP("Help", "Drag a wire off an input"), QT_TRANSLATE_NOOP("Help", "Move it to another input, or drop it on the canvas to remove it")),
    (QT_TRANSLATE_NOOP("Help", "Mouse wheel"), QT_TRANSLATE_NOOP("Help", "Zoom")),
    (QT_TRANSLATE_NOOP("Help", "Middle button drag, or Space + drag"), QT_TRANSLATE_NOOP("Help", "Pan")),
    (QT_TRANSLATE_NOOP("Help", "Drag on empty canvas"), QT_TRANSLATE_NOOP("Help", "Select with a rubber band")),
    (QT_TRANSLATE_NOOP("Help", "Drag a wire out and let go on empty canvas"), QT_TRANSLATE_NOOP("Help", "Quick search of the types that take it; the one picked comes wired")),
    (QT_TRANSLATE_NOOP("Help", "Drop an unwired card (or a palette type) on a wire"), QT_TRANSLATE_NOOP("Help", "Insert it on the wire (shapes checked again)")),
    (QT_TRANSLATE_NOOP("Help", "Ctrl + right-drag across wires"), QT_TRANSLATE_NOOP("Help", "Cut them (the knife)")),
    (QT_TRANSLATE_NOOP("Help", "Shift + right-drag across wires, or double-click a wire"), QT_TRANSLATE_NOOP("Help", "Add reroute points")),
    (QT_TRANSLATE_NOOP("Help", "Drag a frame's title bar"), QT_TRANSLATE_NOOP("Help", "Move the frame with its nodes")),
    (QT_TRANSLATE_NOOP("Help", "Right-click"), QT_TRANSLATE_NOOP("Help", "The menu of what is under the pointer (canvas, card, wire, frame, palette entry)")),
    (QT_TRANSLATE_NOOP("Help", "F2 / double-click a run's name (Runs tab)"), QT_TRANSLATE_NOOP("Help", "Rename a run")),
)
"""What the keyboard and mouse do on the canvas beyond the menu actions."""


def guide_path(lang: str | None = None) -> Path | None:
    """The user guide beside the package (a source checkout) in `lang` (default: the current
    language; docs/guide.ko.md for Korean), else the English one; None when not installed."""
    lang = lang or current_language()
    translated = GUIDE.with_name(f"{GUIDE.stem}.{lang}{GUIDE.suffix}")
    if lang != "en" and translated.is_file():
        return translated
    return GUIDE if GUIDE.is_file() else None


def _fit_images(document: QTextDocument, width: int) -> None:
    """Scale every image down to at most `width` pixels wide, keeping its proportions."""
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.isImageFormat():
                image_format: QTextImageFormat = fmt.toImageFormat()
                image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(image_format.name()))
                natural = getattr(image, "width", lambda: 0)()
                if natural > width:
                    image_format.setWidth(width)
                    image_format.setHeight(image.height() * width / natural)
                    cursor = QTextCursor(document)
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                    cursor.setCharFormat(image_format)
            it += 1
        block = block.next()


class GuideWindow(QDialog):
    """docs/guide.md, readable in the app (links to other pages open in it too)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideWindow")
        self.setWindowTitle(self.tr("nodeflow user guide"))
        self.browser = QTextBrowser(objectName="guideText")
        self.browser.setOpenExternalLinks(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        path = guide_path()
        if path is None:
            self.browser.setMarkdown(self.tr(
                "# User guide\n\nThe guide is `docs/guide.md` in the nodeflow source repository; "
                "this installation does not include it."))
        else:
            self.browser.setSearchPaths([str(path.parent)])
            self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(path)))
            self.browser.setMarkdown(path.read_text(encoding="utf-8"))
            _fit_images(self.browser.document(), IMAGE_WIDTH)
        self.resize(IMAGE_WIDTH + 110, 720)


MEDIA_KEYS = {"Back", "Close", "Copy", "Cut", "Exit", "Find", "Forward", "Help", "New", "Open", "Paste", "Redo",
              "Refresh", "Save", "Undo"}
"""Keys of special keyboards that some standard shortcuts also list (Qt::Key_Redo...): not shown."""


KEYS_WINDOW = (760, 600)
"""The shortcuts window's size: room for the Korean descriptions beside the keys."""


def shortcut_rows(actions: list[QAction]) -> list[tuple[str, str]]:
    """(keys, what) for every action with a shortcut, in menu order, without duplicates."""
    rows, seen = [], set()
    for action in actions:
        texts = [k.toString(k.SequenceFormat.NativeText) for k in action.shortcuts()
                 if k.toString(k.SequenceFormat.PortableText) not in MEDIA_KEYS]  # (named in English)
        keys = ", ".join([t for t in texts if t][:2])
        name = short_label(action.text())
        if keys and (keys, name) not in seen:
            seen.add((keys, name))
            rows.append((keys, name))
    return rows


class ShortcutsWindow(QDialog):
    """Every keyboard shortcut of the window, and the canvas's mouse gestures."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsWindow")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows(actions) + [(text_of(keys), text_of(what)) for keys, what in CANVAS_GESTURES]
        self.table = QTableWidget(len(rows), 2, objectName="shortcutsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Does")])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for i, (keys, what) in enumerate(rows):
            for column, text in enumerate((keys, what)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # a long gesture or undo text is cut in the cell: whole here
                self.table.setItem(i, column, item)
        header = self.table.horizontalHeader()
        self.table.resizeColumnToContents(0)  # the keys, but never more than 40%: what they do needs the room
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), int(0.4 * KEYS_WINDOW[0])))
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(*KEYS_WINDOW)


def about_text() -> str:
    import numpy
    import PySide6

    blurb = translate("Help", "Build, train and understand neural networks by wiring nodes on a canvas.")
    licence = translate("Help", "MIT licence. Graphs are plain JSON files; trained weights and runs are kept beside them.")
    return (
        f"<h3>nodeflow {getattr(nodeflow, '__version__', '')}</h3>"
        f"<p>{blurb}</p>"
        f"<p>Python {platform.python_version()} · Qt {PySide6.QtCore.qVersion()} · "
        f"PySide6 {PySide6.__version__} · NumPy {numpy.__version__}</p>"
        f"<p>{licence}</p>"
    )


class AboutWindow(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutWindow")
        self.setWindowTitle(self.tr("About nodeflow"))
        self.text = QLabel(about_text(), objectName="aboutText")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(420, 200)
