"""What every explanation is made of: the sample/unit choice, the lines and numbers of one
explanation, and numbers written short enough to read in a formula (no Qt)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from nodeflow.i18n import translate

TERMS_SHOWN = 4
"""Terms of a sum written out before "…"."""


def num(value: float) -> str:
    """A number short enough to read in a formula (4 significant digits)."""
    value = float(value)
    if value == 0:
        return "0"
    if not math.isfinite(value):
        return str(value)
    return f"{value:.4g}"


def paren(value: float) -> str:
    """A number written in parentheses when negative, so "x · (−2)" reads right."""
    text = num(value)
    return f"({text})" if text.startswith("-") else text


@dataclass
class Choice:
    """Which sample, unit and input the live numbers are for (clamped to what exists)."""

    sample: int = 0
    unit: int = 0
    input: int = 0


@dataclass
class Explanation:
    """Lines of text for a panel, and the numbers they show (engine and recomputed) for tests."""

    node: str
    type: str
    formulas: list[str] = field(default_factory=list)
    forward: list[str] = field(default_factory=list)
    backward: list[str] = field(default_factory=list)
    update: list[str] = field(default_factory=list)
    numbers: dict[str, float] = field(default_factory=dict)


def _rows(a: np.ndarray) -> np.ndarray:
    """Batch first, everything else flattened: (N, F)."""
    a = np.asarray(a)
    return a.reshape(a.shape[0], -1) if a.ndim >= 1 else a.reshape(1, 1)


def _clamp(i: int, n: int) -> int:
    return max(0, min(int(i), max(n - 1, 0)))


# ------------------------------------------------------------------ activations
def _rows_text(indices: np.ndarray) -> str:
    shown = ", ".join(str(int(i)) for i in indices[:6])
    return shown + (", …" if len(indices) > 6 else "")


def summary(value: Any) -> str:
    """mean, range and shape of an array, for a card or a wire: "μ 0.12 [−1.3, 2.4] (32, 16)"."""
    a = np.asarray(value)
    if a.size == 0:
        return "—"
    if a.dtype.kind not in "fc":
        a = a.astype(np.float64)
    finite = np.isfinite(a)
    if not finite.all():
        bad = int((~finite).sum())
        return translate("Explain", "{bad} values are NaN or inf").format(bad=bad)
    if a.size == 1:
        return num(a.reshape(()))
    return f"μ {num(a.mean())} [{num(a.min())}, {num(a.max())}]"
