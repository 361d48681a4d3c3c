"""ConfusionMatrixView: a k x k confusion matrix drawn with QPainter, its counts legible.

Why not a plot: pyqtgraph's text items keep a fixed font size while the cells shrink, so a
10 x 10 matrix at the default dock size had its counts overlapping. Here the cells are square
and as large as the widget allows, and the font is sized to the cell (and to the widest count),
so every number stays inside its cell. Colour is each row's share (recall): the diagonal is
dark when a class is recognised. Hovering a cell says what it counts.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

LOW = QColor("#f4f7fb")
HIGH = QColor("#1f4e9c")
MIN_TEXT_PX = 7.0
MAX_TEXT_PX = 15.0


def cell_color(share: float) -> QColor:
    """White-ish for 0 to dark blue for 1 (a row's share of its samples)."""
    t = float(np.clip(share, 0.0, 1.0)) ** 0.7  # small shares still show
    return QColor(
        round(LOW.red() + t * (HIGH.red() - LOW.red())),
        round(LOW.green() + t * (HIGH.green() - LOW.green())),
        round(LOW.blue() + t * (HIGH.blue() - LOW.blue())),
    )


class ConfusionMatrixView(QWidget):
    """`set_matrix(counts (k, k))`: rows are true classes, columns predicted ones."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confusionMatrix")
        self.setMouseTracking(True)
        self.setMinimumSize(150, 150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.matrix = np.zeros((0, 0), np.int64)
        self.share = np.zeros((0, 0))
        self.names: list[str] = []
        self.title = self.tr("Confusion matrix · rows: true class, columns: predicted")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.title = self.tr("Confusion matrix · rows: true class, columns: predicted")
            self.update()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(280, 260)

    def set_matrix(self, matrix: np.ndarray, names: list[str] | None = None) -> None:
        """`names`: the classes' names (image folder names, text labels); None numbers them."""
        self.matrix = np.asarray(matrix, np.int64)
        k = self.matrix.shape[0] if self.matrix.ndim == 2 else 0
        self.names = list(names) if names is not None and len(names) == k else [str(i) for i in range(k)]
        self.share = self.matrix / np.maximum(1, self.matrix.sum(axis=1, keepdims=True))
        self.update()

    # ------------------------------------------------------------------ geometry
    def _layout(self) -> tuple[QRectF, float, QFont, QFont]:
        """(grid rectangle, cell size, count font, label font) for the current size: the title
        on top, predicted classes across the top of the grid, true classes down its left side."""
        k = max(1, self.matrix.shape[0])
        label_font = QFont(self.font())
        label_font.setPixelSize(11)
        fm = QFontMetricsF(label_font)
        line = fm.height()
        widest = max((fm.horizontalAdvance(n) for n in self.names), default=fm.horizontalAdvance(str(k - 1)))
        left, top = min(widest, max(40.0, self.width() * 0.25)) + 8, 2 * line + 4
        cell = max(4.0, min((self.width() - left - 4) / k, (self.height() - top - 2) / k))
        grid = QRectF(left + (self.width() - left - 4 - cell * k) / 2, top, cell * k, cell * k)
        digits = max(1, len(str(int(self.matrix.max()))) if self.matrix.size else 1)
        count_font = QFont(self.font())
        size = min(MAX_TEXT_PX, cell * 0.55)
        count_font.setPixelSize(max(1, int(size)))
        widest = QFontMetricsF(count_font).horizontalAdvance("8" * digits)
        if widest > 0.85 * cell:  # the widest count fits inside its cell
            count_font.setPixelSize(max(1, int(size * 0.85 * cell / widest)))
        return grid, cell, count_font, label_font

    def cell_at(self, x: float, y: float) -> tuple[int, int] | None:
        """(true, predicted) of the cell under a point, or None."""
        if not self.matrix.size:
            return None
        grid, cell, _f, _l = self._layout()
        if not grid.contains(x, y):
            return None
        return int((y - grid.top()) // cell), int((x - grid.left()) // cell)

    def count_font_px(self) -> int:
        """The pixel size the counts are drawn at (0 when too small to be drawn)."""
        _g, _c, font, _l = self._layout()
        return font.pixelSize() if font.pixelSize() >= MIN_TEXT_PX else 0

    # ------------------------------------------------------------------ painting
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        grid, cell, count_font, label_font = self._layout()
        k = self.matrix.shape[0]
        fm = QFontMetricsF(label_font)
        painter.setPen(QColor("#333"))
        painter.setFont(label_font)
        title = fm.elidedText(self.title, Qt.TextElideMode.ElideRight, self.width() - 4)
        painter.drawText(QRectF(0, 1, self.width(), fm.height()), Qt.AlignmentFlag.AlignCenter, title)
        if not k:
            return
        show_counts = count_font.pixelSize() >= MIN_TEXT_PX
        painter.setFont(count_font)
        for i in range(k):
            for j in range(k):
                rect = QRectF(grid.left() + j * cell, grid.top() + i * cell, cell, cell)
                share = float(self.share[i, j])
                painter.fillRect(rect, cell_color(share))
                if show_counts:
                    painter.setPen(QColor("white") if share > 0.45 else QColor("#222"))
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(int(self.matrix[i, j])))
        painter.setPen(QPen(QColor("#999"), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(grid)
        painter.setFont(label_font)
        painter.setPen(QColor("#555"))
        names = self.names if len(self.names) == k else [str(i) for i in range(k)]
        step = max(1, int(np.ceil(fm.horizontalAdvance(str(k - 1)) * 1.4 / cell)))  # while they fit
        for c in range(0, k, step):
            shown = fm.elidedText(names[c], Qt.TextElideMode.ElideRight, cell * step - 2)
            painter.drawText(QRectF(grid.left() + c * cell, grid.top() - fm.height() - 1, cell * step, fm.height()),
                             Qt.AlignmentFlag.AlignLeft if step > 1 else Qt.AlignmentFlag.AlignCenter, shown)
        margin = grid.left() - 6
        for c in range(0, k, max(1, int(np.ceil(fm.height() / cell)))):
            shown = fm.elidedText(names[c], Qt.TextElideMode.ElideRight, margin)
            painter.drawText(QRectF(grid.left() - 3 - margin, grid.top() + c * cell, margin, cell),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, shown)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        where = self.cell_at(event.position().x(), event.position().y())
        if where is None:
            QToolTip.hideText()
            return
        i, j = where
        n, row = int(self.matrix[i, j]), int(self.matrix[i].sum())
        names = self.names if len(self.names) > max(i, j) else [str(c) for c in range(self.matrix.shape[0])]
        what = self.tr("correct") if i == j else self.tr("taken for {j}").format(j=names[j])
        QToolTip.showText(event.globalPosition().toPoint(),
                          self.tr("true {i}, predicted {j}: {n} of {row} samples of class {i} ({what})").format(
                              i=names[i], j=names[j], n=n, row=row, what=what), self)
