"""One colour per variant, safe for colour-blind readers (Okabe & Ito, 2008), with a line
style per round of colours so that more than eight variants stay apart."""

from __future__ import annotations

from PySide6.QtCore import Qt

OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#A08C00", "#000000")
"""Blue, orange, bluish green, vermillion, reddish purple, sky blue, a darkened yellow (the
original #F0E442 vanishes on white), black."""
STYLES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine, Qt.PenStyle.DashDotLine)


def color(index: int) -> str:
    return OKABE_ITO[index % len(OKABE_ITO)]


def style(index: int) -> Qt.PenStyle:
    return STYLES[(index // len(OKABE_ITO)) % len(STYLES)]
