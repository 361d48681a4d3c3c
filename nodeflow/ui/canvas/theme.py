"""Colours, fonts and sizes of the canvas, in one place so the look can be tuned without hunting."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont

CATEGORY_COLORS: dict[str, str] = {
    "data": "#3f8f5a",
    "layer": "#3a6ea5",
    "merge": "#7a5ea8",
    "activation": "#c07a2c",
    "loss": "#b0413e",
    "optimizer": "#5f6b78",
}
FALLBACK_COLOR = "#777777"

BACKGROUND = QColor("#20232a")
GRID_DOT = QColor("#3a3f4b")
CARD_FILL = QColor("#2d313a")
CARD_BORDER = QColor("#4a505c")
CARD_HOVER = QColor("#8a93a6")
CARD_SELECTED = QColor("#f2c94c")
ERROR = QColor("#ff5a52")
GRADIENT = QColor("#7ee081")  # the learning meter on trained layer cards
TEXT = QColor("#e8eaef")
TEXT_MUTED = QColor("#9aa3b2")
PORT_FILL = QColor("#c9ced8")
PORT_CANDIDATE = QColor("#6fcf97")
PORT_REFUSED = QColor("#ff5a52")
WIRE = QColor("#9aa3b2")
WIRE_SELECTED = QColor("#f2c94c")
WIRE_LABEL_BG = QColor(32, 35, 42, 210)
FIX_FILL = QColor("#6b4a1e")
FIX_TEXT = QColor("#ffd08a")
WIRE_HOVER = QColor("#d5dae4")
WIRE_TARGET = QColor("#6fcf97")
"""A wire a dragged card would be inserted on."""
REROUTE_FILL = QColor("#c9ced8")
KNIFE = QColor("#ff5a52")
REROUTE_LINE = QColor("#6fcf97")
MESSAGE_FILL = QColor("#3a2a2a")
MESSAGE_BORDER = QColor("#ff5a52")
MESSAGE_INFO_FILL = QColor("#2a3340")
MESSAGE_INFO_BORDER = QColor("#6f8fb8")
HINT_TEXT = QColor("#7d8594")
BYPASS = QColor("#b58cf0")
"""A bypassed card's border, chip and the line that shows its input passing through."""
PLACEHOLDER_HEADER = QColor("#555a63")
BLOCK = QColor("#2f8a8a")
"""A block card's header (several nodes collapsed into one)."""
BLOCK_CHIP = QColor("#8fd6d6")
PLACEHOLDER_BORDER = QColor("#d9a441")
MINIMAP_FILL = QColor(24, 26, 32, 225)
MINIMAP_VIEW = QColor("#f2c94c")

GRID = 20
"""Grid spacing in scene pixels; also the snap step."""
NODE_WIDTH = 160
HEADER_HEIGHT = 22
SUMMARY_HEIGHT = 18
ROW_HEIGHT = 18
FOOTER_HEIGHT = 16
CORNER = 6
PORT_RADIUS = 5
PORT_HIT_RADIUS = 9
LAYER_SPACING = 260
ROW_SPACING = 40
ZOOM_MIN, ZOOM_MAX = 0.1, 4.0
ZOOM_FIT_MAX = 1.25
READABLE_ZOOM = 0.7
"""The smallest zoom at which a card's text reads comfortably: a document opens at least this
close (showing where its data come in), even when zoom to fit would go further out."""
REROUTE_RADIUS = 4.0
FRAME_PAD = 24
FRAME_TITLE_HEIGHT = 26
TEXT_LOD = 0.55
"""Below this zoom factor cards and wires skip their small text: unreadable anyway, and it is
the expensive part of drawing 500 nodes. Cards then show only their id, in a font large
enough to read, down to OVERVIEW_LOD."""
OVERVIEW_LOD = 0.12


def category_color(category: str) -> QColor:
    return QColor(CATEGORY_COLORS.get(category, FALLBACK_COLOR))


def font(size: float = 9.0, bold: bool = False) -> QFont:
    f = QFont()
    f.setPointSizeF(size)
    f.setBold(bold)
    return f


TITLE_FONT_SIZE = 9.5
BODY_FONT_SIZE = 8.5
SMALL_FONT_SIZE = 7.5
