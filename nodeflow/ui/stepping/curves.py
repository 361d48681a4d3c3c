"""f and f′ of an activation as two small curves (σ′ peaks at 1/4; ReLU′ is 0 or 1; Step′ is
0 almost everywhere), for the inspector and the Explain tab."""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from nodeflow.compute import explain as X
from nodeflow.nodes import REGISTRY

S = np.linspace(-6, 6, 241)


def draw(plot: pg.PlotWidget, type_name: str, params: dict[str, Any] | None = None, at: float | None = None) -> bool:
    """Draw f and f′ of `type_name` on `plot` (cleared first); False for a non-activation."""
    plot.clear()
    spec = REGISTRY.get(type_name) if type_name in REGISTRY else None
    if spec is None or not X.is_elementwise(spec):
        return False
    plot.plot(S, X.function(spec, S, params), pen=pg.mkPen("#2f6db5", width=2), name="f(s)")
    plot.plot(S, X.derivative(spec, S, params), pen=pg.mkPen("#d0632c", width=2), name="f′(s)")
    if at is not None and np.isfinite(at):
        x = float(np.clip(at, S[0], S[-1]))
        plot.plot([x], [float(X.derivative(spec, np.array([x]), params)[0])], pen=None, symbol="o",
                  symbolBrush="#d0632c", symbolSize=8)
    return True


class ActivationCurves(pg.PlotWidget):
    """objectName "activationCurves": a small plot of f and f′, hidden for other nodes."""

    def __init__(self, parent: QWidget | None = None, height: int = 0) -> None:
        super().__init__(parent)
        self.setObjectName("activationCurves")
        self.setBackground("w")
        self.showGrid(x=True, y=True, alpha=0.3)
        self.addLegend(offset=(5, 5))
        if height:
            self.setFixedHeight(height)
        self.type_name: str | None = None

    def show_for(self, type_name: str | None, params: dict[str, Any] | None = None, at: float | None = None) -> None:
        shown = type_name is not None and draw(self, type_name, params, at)
        self.type_name = type_name if shown else None
        self.setVisible(shown)
