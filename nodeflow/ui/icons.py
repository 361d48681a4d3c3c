"""Icons for the window: Qt's standard icons where one fits, small inline SVGs elsewhere, and
the palette's category chips (in the canvas's category colours)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QStyle

from nodeflow.i18n import QT_TRANSLATE_NOOP
from nodeflow.i18n.node_strings import category_name
from nodeflow.ui.i18n.live import text_of

try:  # the canvas's card colours, so palette chips match the cards
    from nodeflow.ui.canvas.theme import CATEGORY_COLORS
except ImportError:  # pragma: no cover - the canvas ships with the window
    CATEGORY_COLORS = {"data": "#3f8f5a", "layer": "#3a6ea5", "merge": "#7a5ea8",
                       "activation": "#c07a2c", "loss": "#b0413e", "optimizer": "#5f6b78"}

CATEGORY_TITLES: dict[str, str] = {
    "data": QT_TRANSLATE_NOOP("NodeCategory", "Data"),
    "layer": QT_TRANSLATE_NOOP("NodeCategory", "Layers"),
    "merge": QT_TRANSLATE_NOOP("NodeCategory", "Merge"),
    "activation": QT_TRANSLATE_NOOP("NodeCategory", "Activations"),
    "loss": QT_TRANSLATE_NOOP("NodeCategory", "Losses"),
    "optimizer": QT_TRANSLATE_NOOP("NodeCategory", "Optimizers"),
}


def category_title(category: str) -> str:
    """A category's heading in the palette and the canvas menus, in the current language."""
    title = CATEGORY_TITLES.get(category)
    if title is None:
        return category_name(category).title()
    return text_of(title)


_SVG: dict[str, str] = {
    "train": '<path d="M5 3 L13 8 L5 13 Z" fill="#2e9d4f"/>',
    "pause": '<rect x="4" y="3" width="3" height="10" fill="#c98a12"/>'
    '<rect x="9" y="3" width="3" height="10" fill="#c98a12"/>',
    "stop": '<rect x="4" y="4" width="8" height="8" fill="#c0392b"/>',
    "continue": '<path d="M2 3 L8 8 L2 13 Z M8 3 L14 8 L8 13 Z" fill="#2e9d4f"/>',
    "step": '<path d="M3 3 L10 8 L3 13 Z" fill="#2e9d4f"/><rect x="11" y="3" width="2.2" height="10" fill="#2e9d4f"/>',
    "zoom_fit": '<path d="M2 6 V2 H6 M10 2 H14 V6 M14 10 V14 H10 M6 14 H2 V10" '
    'stroke="#444" stroke-width="1.6" fill="none"/>',
    "duplicate": '<rect x="2" y="2" width="8" height="8" fill="none" stroke="#444" stroke-width="1.4"/>'
    '<rect x="6" y="6" width="8" height="8" fill="#ddd" stroke="#444" stroke-width="1.4"/>',
    "export": '<path d="M8 2 V10 M4.5 6.5 L8 10 L11.5 6.5 M3 13 H13" stroke="#444" '
    'stroke-width="1.6" fill="none"/>',
}

_STANDARD: dict[str, QStyle.StandardPixmap] = {
    "new": QStyle.StandardPixmap.SP_FileIcon,
    "open": QStyle.StandardPixmap.SP_DialogOpenButton,
    "save": QStyle.StandardPixmap.SP_DialogSaveButton,
    "undo": QStyle.StandardPixmap.SP_ArrowBack,
    "redo": QStyle.StandardPixmap.SP_ArrowForward,
    "delete": QStyle.StandardPixmap.SP_TrashIcon,
}

_cache: dict[str, QIcon] = {}


def _svg_icon(body: str, size: int = 32) -> QIcon:
    svg = f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16">{body}</svg>'
    renderer = QSvgRenderer(QByteArray(svg.encode()))
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter)
    painter.end()
    return QIcon(pixmap)


def icon(name: str) -> QIcon:
    """The icon called `name` (a key of the tables above); an empty icon for unknown names."""
    if name not in _cache:
        if name in _STANDARD:
            _cache[name] = QApplication.style().standardIcon(_STANDARD[name])
        elif name in _SVG:
            _cache[name] = _svg_icon(_SVG[name])
        else:
            return QIcon()
    return _cache[name]


def category_chip(category: str, size: int = 12) -> QIcon:
    """A small rounded square in the category's colour, for the palette."""
    key = f"chip:{category}:{size}"
    if key not in _cache:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(CATEGORY_COLORS.get(category, "#888888")))
        painter.drawRoundedRect(QRectF(1, 1, size - 2, size - 2), 3, 3)
        painter.end()
        _cache[key] = QIcon(pixmap)
    return _cache[key]
