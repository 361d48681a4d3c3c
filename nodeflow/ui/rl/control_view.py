"""ControlStateView: CartPole, MountainCar or Acrobot drawn by the app from the observation.

No pygame window and no Gymnasium renderer: the drawing follows the observation vector alone,
with the tasks' own geometry:

- cartpole     (x, x_dot, theta, theta_dot): a cart on a track of +-2.4 (where the episode
               ends), a pole at angle theta from upright (ends beyond +-12 degrees)
- mountaincar  (position, velocity): the hill y = sin(3 x) over [-1.2, 0.6], the car at
               `position`, the flag at 0.5
- acrobot      (cos t1, sin t1, cos t2, sin t2, dt1, dt2): two links hanging from a pivot, t1
               from straight down, t2 relative to the first link; the goal line one link up

`show(observation)` draws one state; `play(observations)` replays an episode at `fps`.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

DRAWINGS = ("cartpole", "mountaincar", "acrobot")
INK = QColor("#333333")
ACCENT = QColor("#2f6fd6")
WARM = QColor("#e07b24")
GROUND = QColor("#8a7f72")
FAINT = QColor("#b9bec8")


class ControlStateView(QWidget):
    """See the module docstring."""

    def __init__(self, parent: QWidget | None = None, fps: int = 30) -> None:
        super().__init__(parent)
        self.setObjectName("rlStateView")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 140)
        self.drawing: str | None = None
        self.observation: np.ndarray | None = None
        self.caption = ""
        self._frames: np.ndarray | None = None
        self._frame = 0
        self._timer = QTimer(self)
        self._timer.setInterval(max(int(1000 / fps), 1))
        self._timer.timeout.connect(self._next_frame)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(420, 260)

    def set_drawing(self, drawing: str | None) -> None:
        """Which task to draw ("cartpole", "mountaincar", "acrobot"), or None for nothing."""
        if drawing is not None and drawing not in DRAWINGS:
            raise ValueError(f"no drawing for {drawing!r}; known: {', '.join(DRAWINGS)}")
        self.stop()
        self.drawing = drawing
        self.observation = None
        self.update()

    def show_state(self, observation: np.ndarray, caption: str = "") -> None:
        self.observation = np.asarray(observation, dtype=float).reshape(-1)
        self.caption = caption
        self.update()

    def play(self, observations: np.ndarray, caption: str = "") -> None:
        """Replay an episode's observations (T, F), one frame per tick; a new call replaces it."""
        frames = np.asarray(observations, dtype=float)
        if frames.ndim != 2 or len(frames) == 0:
            return
        self._frames = frames
        self._frame = 0
        self.caption = caption
        self.show_state(frames[0], caption)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def playing(self) -> bool:
        return self._timer.isActive()

    def _next_frame(self) -> None:
        frames = self._frames
        if frames is None or self._frame + 1 >= len(frames):
            self._timer.stop()
            return
        self._frame += 1
        self.show_state(frames[self._frame], self.caption)

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.stop()
        super().hideEvent(event)

    # --------------------------------------------------------------- drawing
    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        area = QRectF(self.rect()).adjusted(10, 10, -10, -26)
        obs = self.observation
        if self.drawing is None or obs is None:
            painter.setPen(QColor("#777777"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             self.tr("the agent's state appears here while it learns"))
            return
        {"cartpole": self._cartpole, "mountaincar": self._mountaincar, "acrobot": self._acrobot}[self.drawing](
            painter, area, obs)
        if self.caption:
            font = QFont()
            font.setPixelSize(12)
            painter.setFont(font)
            painter.setPen(INK)
            painter.drawText(QRectF(10, self.height() - 22, self.width() - 20, 18),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.caption)

    @staticmethod
    def _cartpole(painter: QPainter, area: QRectF, obs: np.ndarray) -> None:
        x, theta = float(obs[0]), float(obs[2])
        half_track = 2.4
        scale = area.width() / (2 * half_track * 1.15)
        ground = area.top() + area.height() * 0.78
        cx = area.center().x() + x * scale
        painter.setPen(QPen(GROUND, 2))
        painter.drawLine(QPointF(area.left(), ground), QPointF(area.right(), ground))
        for edge in (-half_track, half_track):  # where the episode ends
            ex = area.center().x() + edge * scale
            painter.setPen(QPen(WARM, 2, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(ex, ground - area.height() * 0.6), QPointF(ex, ground + 6))
        cart_w, cart_h = 0.5 * scale, 0.3 * scale
        cart = QRectF(cx - cart_w / 2, ground - cart_h - 4, cart_w, cart_h)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(INK)
        painter.drawRoundedRect(cart, 3, 3)
        pivot = QPointF(cx, cart.top())
        pole = min(2 * 0.5 * scale, area.height() * 0.62)  # the pole is 1.0 long (2 x half-length 0.5)
        tip = QPointF(pivot.x() + pole * math.sin(theta), pivot.y() - pole * math.cos(theta))
        limit = math.radians(12)
        upright = abs(theta) < limit
        painter.setPen(QPen(ACCENT if upright else QColor("#d64541"), max(scale * 0.08, 4), Qt.PenStyle.SolidLine,
                            Qt.PenCapStyle.RoundCap))
        painter.drawLine(pivot, tip)
        painter.setPen(QPen(FAINT, 1, Qt.PenStyle.DotLine))
        for side in (-1, 1):  # the +-12 degree limits
            painter.drawLine(pivot, QPointF(pivot.x() + pole * math.sin(side * limit),
                                            pivot.y() - pole * math.cos(side * limit)))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(WARM)
        painter.drawEllipse(pivot, 4, 4)

    @staticmethod
    def _mountaincar(painter: QPainter, area: QRectF, obs: np.ndarray) -> None:
        lo, hi = -1.2, 0.6
        sx = area.width() / (hi - lo)

        def point(p: float) -> QPointF:
            y = math.sin(3 * p)  # height in [-1, 1]
            return QPointF(area.left() + (p - lo) * sx, area.bottom() - (y + 1) / 2 * area.height() * 0.8)

        hill = QPainterPath(point(lo))
        for p in np.linspace(lo, hi, 120):
            hill.lineTo(point(float(p)))
        painter.setPen(QPen(GROUND, 3))
        painter.drawPath(hill)
        flag = point(0.5)
        painter.setPen(QPen(INK, 2))
        painter.drawLine(flag, QPointF(flag.x(), flag.y() - 34))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#2e9d5b"))
        painter.drawRect(QRectF(flag.x(), flag.y() - 34, 18, 11))
        pos = min(max(float(obs[0]), lo), hi)
        car = point(pos)
        slope = math.atan(3 * math.cos(3 * pos) * (area.height() * 0.4) / sx)
        painter.save()
        painter.translate(car)
        painter.rotate(-math.degrees(slope))
        painter.setBrush(ACCENT)
        painter.drawRoundedRect(QRectF(-16, -16, 32, 12), 3, 3)
        painter.setBrush(INK)
        painter.drawEllipse(QPointF(-9, -3), 4, 4)
        painter.drawEllipse(QPointF(9, -3), 4, 4)
        painter.restore()

    @staticmethod
    def _acrobot(painter: QPainter, area: QRectF, obs: np.ndarray) -> None:
        t1 = math.atan2(float(obs[1]), float(obs[0]))
        t2 = math.atan2(float(obs[3]), float(obs[2]))
        link = min(area.width(), area.height()) * 0.23
        pivot = QPointF(area.center().x(), area.center().y())
        # angles from straight down; screen y grows downwards
        elbow = QPointF(pivot.x() + link * math.sin(t1), pivot.y() + link * math.cos(t1))
        hand = QPointF(elbow.x() + link * math.sin(t1 + t2), elbow.y() + link * math.cos(t1 + t2))
        goal_y = pivot.y() - link  # the tip must rise above one link length over the pivot
        painter.setPen(QPen(QColor("#2e9d5b"), 2, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(area.left(), goal_y), QPointF(area.right(), goal_y))
        painter.setPen(QPen(ACCENT, max(link * 0.09, 4), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(pivot, elbow)
        painter.setPen(QPen(WARM, max(link * 0.09, 4), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(elbow, hand)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(INK)
        for p in (pivot, elbow):
            painter.drawEllipse(p, 5, 5)
