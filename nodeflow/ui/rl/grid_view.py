"""GridValueView: a grid world as the agent knows it.

Each floor cell is coloured by V(s) = max_a Q(s, a) (viridis, low dark to high yellow, scale
under the grid) and carries an arrow for the greedy action argmax_a Q(s, a); walls are dark
grey, pits black holes with a red rim, the goal a green square, the start marked S. The last
episode is drawn over it as an orange path. Fed with plain arrays: `set_layout(GridLayout)`,
`set_q_table((n_states, n_actions))`, `set_path([state, ...])`.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from nodeflow.compute.rl.environment import GridLayout
from nodeflow.ui.rl.colormap import text_on, value_color

WALL = QColor("#4a4f5a")
PIT = QColor("#151515")
PIT_RIM = QColor("#d64541")
GOAL = QColor("#2e9d5b")
PATH = QColor(255, 140, 0, 150)
EMPTY = QColor("#e9ebef")
GRID_LINE = QColor("#ffffff")
LEGEND_HEIGHT = 46
LEGEND_ROOM = 200
"""Below this height (a 1024 x 700 window) the grid takes the whole view and the legend is left out."""
MARGIN = 8


class GridValueView(QWidget):
    """See the module docstring."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rlGridView")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(100, 100)  # the panel's button and status fit under it at 1024 x 700
        self.layout_: GridLayout | None = None
        self.q_table: np.ndarray | None = None
        self.path: list[int] = []
        self.agent: int | None = None
        """The cell where the agent stands in a replay (a filled dot), or None."""
        self.show_values = True

    # ------------------------------------------------------------------ data
    def set_layout(self, layout: GridLayout | None) -> None:
        self.layout_ = layout
        self.q_table = None
        self.path = []
        self.update()

    def set_q_table(self, q_table: np.ndarray | None) -> None:
        """Q-values (n_states, n_actions), or None to show the map alone."""
        self.q_table = None if q_table is None else np.asarray(q_table, dtype=float)
        self.update()

    def set_path(self, path: list[int]) -> None:
        self.path = [int(s) for s in path]
        self.update()

    def set_agent(self, state: int | None) -> None:
        """Mark where the agent stands (a replay step), or None for no marker."""
        self.agent = None if state is None else int(state)
        self.update()

    def greedy_actions(self) -> np.ndarray | None:
        """The action each arrow shows, (n_states,), or None before a Q-table arrived."""
        return None if self.q_table is None else self.q_table.argmax(axis=1)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(420, 420)

    # --------------------------------------------------------------- drawing
    def cell_rect(self, state: int) -> QRectF:
        """Where a cell is drawn in widget coordinates."""
        layout = self.layout_
        assert layout is not None
        side = self._cell_side()
        r, c = divmod(state, layout.cols)
        x0 = (self.width() - side * layout.cols) / 2
        return QRectF(x0 + c * side, MARGIN + r * side, side, side)

    def _cell_side(self) -> float:
        layout = self.layout_
        assert layout is not None
        return max(min((self.width() - 2 * MARGIN) / layout.cols,
                       (self.height() - 2 * MARGIN - self._legend_height()) / layout.rows), 4.0)

    def _legend_height(self) -> int:
        return LEGEND_HEIGHT if self.height() >= LEGEND_ROOM else 0

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        if self.layout_ is None:
            painter.setPen(QColor("#777777"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("no grid environment"))
            return
        layout = self.layout_
        values = self._values()
        low, high = (float(np.min(values)), float(np.max(values))) if values is not None else (0.0, 0.0)
        policy = self.greedy_actions()
        side = self._cell_side()
        font = QFont()
        font.setPixelSize(max(int(side * 0.16), 8))
        painter.setFont(font)
        fills: dict[int, QColor] = {}
        for s in range(layout.n_states):  # cells first, then the path, then arrows and labels on top
            rect = self.cell_rect(s)
            kind = layout.kind(s)
            if kind == "#":
                painter.fillRect(rect, WALL)
            elif kind == "P":
                painter.fillRect(rect, EMPTY)
                painter.setPen(QPen(PIT_RIM, max(side * 0.05, 1.5)))
                painter.setBrush(PIT)
                painter.drawEllipse(rect.center(), side * 0.32, side * 0.32)
            elif kind == "G":
                painter.fillRect(rect, GOAL)
            else:
                fills[s] = EMPTY if values is None else value_color((values[s] - low) / (high - low or 1.0))
                painter.fillRect(rect, fills[s])
        painter.setPen(QPen(GRID_LINE, 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for s in range(layout.n_states):
            painter.drawRect(self.cell_rect(s))
        self._draw_path(painter, side)
        for s in layout.cells_of("G"):
            self._label(painter, self.cell_rect(s), "G", QColor("#ffffff"), 0.42)
        for s, fill in fills.items():
            rect = self.cell_rect(s)
            ink = text_on(fill)
            if policy is not None:
                self._arrow(painter, rect, layout.moves[int(policy[s])], ink)
            painter.setPen(ink)
            if self.show_values and values is not None and side >= 44:
                painter.drawText(rect.adjusted(3, 2, -3, -2),
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, f"{values[s]:.2f}")
            if layout.kind(s) == "S":
                painter.drawText(rect.adjusted(4, 2, -3, -2), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, "S")
        self._draw_agent(painter, side)
        if self._legend_height():
            self._legend(painter, low, high, values is not None)

    def _values(self) -> np.ndarray | None:
        layout = self.layout_
        if self.q_table is None or layout is None or self.q_table.shape[0] != layout.n_states:
            return None
        v = self.q_table.max(axis=1)
        floor = np.array([layout.kind(s) in ".S" for s in range(layout.n_states)])
        if not floor.any():
            return None
        # colour the floor only: walls, pits and goals are never learned about
        shown = v.copy()
        shown[~floor] = v[floor].min()
        return shown

    @staticmethod
    def _label(painter: QPainter, rect: QRectF, text: str, color: QColor, size: float) -> None:
        font = QFont(painter.font())
        font.setPixelSize(max(int(rect.height() * size), 8))
        font.setBold(True)
        painter.save()
        painter.setFont(font)
        painter.setPen(color)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    @staticmethod
    def _arrow(painter: QPainter, rect: QRectF, move: tuple[int, int], color: QColor) -> None:
        """An arrow from the cell's centre toward the neighbour the greedy action aims at."""
        dr, dc = move
        angle = math.atan2(dr, dc)
        c = rect.center()
        length = rect.width() * 0.30
        tip = QPointF(c.x() + math.cos(angle) * length, c.y() + math.sin(angle) * length)
        tail = QPointF(c.x() - math.cos(angle) * length * 0.7, c.y() - math.sin(angle) * length * 0.7)
        head = rect.width() * 0.16
        left = QPointF(tip.x() - head * math.cos(angle - 0.5), tip.y() - head * math.sin(angle - 0.5))
        right = QPointF(tip.x() - head * math.cos(angle + 0.5), tip.y() - head * math.sin(angle + 0.5))
        painter.setPen(QPen(color, max(rect.width() * 0.045, 1.5), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(tail, tip)
        painter.setBrush(color)
        painter.drawPolygon(QPolygonF([tip, left, right]))

    def _draw_path(self, painter: QPainter, side: float) -> None:
        if len(self.path) < 2 or self.layout_ is None:
            return
        path = QPainterPath()
        points = [self.cell_rect(s).center() for s in self.path]
        path.moveTo(points[0])
        for p in points[1:]:
            path.lineTo(p)
        painter.setPen(QPen(PATH, max(side * 0.07, 2.0), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                            Qt.PenJoinStyle.RoundJoin))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.setBrush(PATH)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(points[0], side * 0.08, side * 0.08)

    def _draw_agent(self, painter: QPainter, side: float) -> None:
        if self.agent is None or self.layout_ is None or not 0 <= self.agent < self.layout_.n_states:
            return
        painter.setPen(QPen(QColor("#ffffff"), max(side * 0.03, 1.5)))
        painter.setBrush(QColor(255, 140, 0))
        painter.drawEllipse(self.cell_rect(self.agent).center(), side * 0.18, side * 0.18)

    def _legend(self, painter: QPainter, low: float, high: float, shown: bool) -> None:
        layout = self.layout_
        assert layout is not None
        first, last = self.cell_rect(0), self.cell_rect(layout.n_states - 1)
        top = last.bottom() + 10
        width = min(last.right() - first.left(), 260.0)
        left = first.left()
        font = QFont(painter.font())
        font.setPixelSize(12)
        painter.setFont(font)
        painter.setPen(QColor("#333333"))
        if not shown:
            painter.drawText(QRectF(left, top, self.width() - left - MARGIN, 16), Qt.AlignmentFlag.AlignLeft,
                             self.tr("V(s) = max Q(s, a) appears here as the agent learns"))
            return
        steps = 40
        for i in range(steps):
            painter.fillRect(QRectF(left + 40 + i * (width - 80) / steps, top + 2, (width - 80) / steps + 0.5, 10),
                             value_color(i / (steps - 1)))
        painter.drawText(QRectF(left, top, 38, 14), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         f"{low:.2f}")
        painter.drawText(QRectF(left + width - 38, top, 60, 14),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, f"{high:.2f}")
        room = self.width() - left - MARGIN
        text = painter.fontMetrics().elidedText(
            self.tr("colour: V(s) = max Q(s, ·)  ·  arrows: the greedy action  ·  orange: the last episode"),
            Qt.TextElideMode.ElideRight, int(room))
        painter.drawText(QRectF(left, top + 18, room, 16), Qt.AlignmentFlag.AlignLeft, text)
