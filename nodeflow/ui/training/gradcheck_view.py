"""Gradient check from the window: the engine's check in a worker thread, colours for the cards.

`GradcheckRunner.start(graph)` checks a copy of the graph off the GUI thread (it takes a
second on a big graph) and emits `finished({node: worst relative error})` or `failed(str)` in
the GUI thread; `badge(error)` gives the colour and tooltip a node card draws.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor

from nodeflow.graph.document import Graph
from nodeflow.ui.training.background import BackgroundRunner

TOLERANCE = 1e-6
GOOD = QColor("#2e9d5b")
BAD = QColor("#c0392b")


def badge(error: float) -> tuple[QColor, str]:
    """(colour, tooltip) for a node's worst relative gradient error: green below TOLERANCE."""
    ok = error < TOLERANCE
    verdict = "backprop matches finite differences" if ok else "backprop disagrees with finite differences"
    return (GOOD if ok else BAD), f"Gradient check: worst relative error {error:.1e} ({verdict})"


class GradcheckRunner(BackgroundRunner):
    """One gradient check at a time; `finished({node: worst relative error})`, `ended` last."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent, thread_name="gradcheckThread")
        self.errors: dict[str, float] = {}

    def start(self, graph: Graph, base_dir: str | None = None) -> bool:
        from nodeflow.compute.graph_gradcheck import worst_errors

        copy = graph.copy()
        return self.run_in_background(lambda: worst_errors(copy, base_dir=base_dir))

    def _on_finished(self, errors: Any) -> None:
        self.errors = dict(errors)
        self.finished.emit(self.errors)
