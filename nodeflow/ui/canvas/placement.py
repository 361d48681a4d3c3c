"""Where a new card goes so that it covers no other card: as near as possible to where it was
wanted, preferring to move down or up (staying in its column) over moving sideways."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF

from nodeflow.ui.canvas import theme

MARGIN = 20.0
REACH = 2500.0
"""Only cards this close (scene pixels) are considered; the rest cannot be in the way."""


def free_spot(occupied: list[QRectF], want: QRectF, margin: float = MARGIN) -> QPointF:
    """The top-left of a rectangle of `want`'s size that overlaps none of `occupied` (kept
    `margin` apart), nearest to `want` (vertical moves count less than sideways ones)."""
    w, h = want.width(), want.height()
    far = want.adjusted(-REACH, -REACH, REACH, REACH)
    near = [r.adjusted(-margin, -margin, margin, margin) for r in occupied if r.intersects(far)]

    def free(x: float, y: float) -> bool:
        rect = QRectF(x, y, w, h)
        return not any(rect.intersects(o) for o in near)

    x0, y0 = want.left(), want.top()
    if free(x0, y0):
        return QPointF(x0, y0)
    xs, ys = {x0}, {y0}
    for o in near:
        xs.update((o.right() + 0.5, o.left() - w - 0.5))
        ys.update((o.bottom() + 0.5, o.top() - h - 0.5))
    candidates = sorted(((x, y) for x in xs for y in ys), key=lambda p: 1.6 * abs(p[0] - x0) + abs(p[1] - y0))
    g = theme.GRID
    for x, y in candidates:
        if free(x, y):
            sx, sy = _away(x, x0, g), _away(y, y0, g)  # on the grid, rounded away from the wanted spot
            return QPointF(sx, sy) if free(sx, sy) else QPointF(x, y)
    bottom = max((o.bottom() for o in near), default=y0)
    return QPointF(x0, bottom + margin)


def _away(v: float, origin: float, g: float) -> float:
    return (math.ceil(v / g) if v >= origin else math.floor(v / g)) * g
