"""Align and distribute cards: new top-left positions from the cards' current rectangles
(x, y, width, height), pure arithmetic so it is tested without a display."""

from __future__ import annotations

from collections.abc import Mapping

from nodeflow.i18n import QT_TRANSLATE_NOOP

Rect = tuple[float, float, float, float]
Pos = tuple[float, float]

ALIGNMENTS: dict[str, str] = {
    "left": QT_TRANSLATE_NOOP("CanvasActions", "Align Left Edges"),
    "center": QT_TRANSLATE_NOOP("CanvasActions", "Align Centres (vertical line)"),
    "right": QT_TRANSLATE_NOOP("CanvasActions", "Align Right Edges"),
    "top": QT_TRANSLATE_NOOP("CanvasActions", "Align Top Edges"),
    "middle": QT_TRANSLATE_NOOP("CanvasActions", "Align Middles (horizontal line)"),
    "bottom": QT_TRANSLATE_NOOP("CanvasActions", "Align Bottom Edges"),
}
"""How a selection can be aligned, with the menu text of each."""


def align(rects: Mapping[str, Rect], how: str) -> dict[str, Pos]:
    """Line the cards up on the selection's left/center/right edge (moving them sideways) or
    top/middle/bottom edge (moving them up or down)."""
    if how not in ALIGNMENTS:
        raise ValueError(f"unknown alignment {how!r}")
    left = min(x for x, _y, _w, _h in rects.values())
    right = max(x + w for x, _y, w, _h in rects.values())
    top = min(y for _x, y, _w, _h in rects.values())
    bottom = max(y + h for _x, y, _w, h in rects.values())
    out = {}
    for n, (x, y, w, h) in rects.items():
        if how == "left":
            out[n] = (left, y)
        elif how == "right":
            out[n] = (right - w, y)
        elif how == "center":
            out[n] = ((left + right) / 2 - w / 2, y)
        elif how == "top":
            out[n] = (x, top)
        elif how == "bottom":
            out[n] = (x, bottom - h)
        else:
            out[n] = (x, (top + bottom) / 2 - h / 2)
    return out


def distribute(rects: Mapping[str, Rect], horizontal: bool) -> dict[str, Pos]:
    """Equal gaps between the cards, keeping the first and last (in that direction) in place."""
    axis = 0 if horizontal else 1
    order = sorted(rects, key=lambda n: (rects[n][axis], n))
    if len(order) < 3:
        return {n: (rects[n][0], rects[n][1]) for n in order}
    size = [rects[n][2 + axis] for n in order]
    start = rects[order[0]][axis]
    end = rects[order[-1]][axis] + size[-1]
    gap = (end - start - sum(size)) / (len(order) - 1)
    out, cursor = {}, start
    for n, s in zip(order, size, strict=True):
        x, y = rects[n][0], rects[n][1]
        out[n] = (cursor, y) if horizontal else (x, cursor)
        cursor += s + gap
    return out
