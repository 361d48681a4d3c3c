"""A perceptually even colour scale (viridis, sampled) for value heat maps, in plain Qt."""

from __future__ import annotations

from PySide6.QtGui import QColor

VIRIDIS = ("#440154", "#482878", "#3e4989", "#31688e", "#26828e", "#1f9e89", "#35b779", "#6ece58",
           "#b5de2b", "#fde725")
"""Ten stops of matplotlib's viridis, low to high."""


def value_color(fraction: float) -> QColor:
    """The colour at `fraction` in [0, 1] of the scale (linear between stops; clipped)."""
    f = min(max(fraction, 0.0), 1.0) * (len(VIRIDIS) - 1)
    i = min(int(f), len(VIRIDIS) - 2)
    t = f - i
    a, b = QColor(VIRIDIS[i]), QColor(VIRIDIS[i + 1])
    return QColor(round(a.red() + t * (b.red() - a.red())), round(a.green() + t * (b.green() - a.green())),
                  round(a.blue() + t * (b.blue() - a.blue())))


def text_on(color: QColor) -> QColor:
    """Black or white, whichever reads better on `color`."""
    luminance = 0.299 * color.red() + 0.587 * color.green() + 0.114 * color.blue()
    return QColor("#111111") if luminance > 140 else QColor("#ffffff")
