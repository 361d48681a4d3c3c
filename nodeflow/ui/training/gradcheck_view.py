"""Gradient check from the window: the engine's check in a worker thread, verdicts for the cards.

`GradcheckRunner.start(graph)` checks a copy of the graph off the GUI thread (it takes a
second on a big graph) and emits `finished({node: NodeCheck})` or `failed(str)` in the GUI
thread. `verdict(check)` gives the label, colour and explanation a node card shows;
`summary(checks)` the status line: what was measured, the largest difference and where.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor

from nodeflow.graph.document import Graph
from nodeflow.i18n import translate
from nodeflow.ui.training.background import BackgroundRunner

TOLERANCE = 1e-6
GOOD = QColor("#2e9d5b")
BAD = QColor("#c0392b")


def _measured(check: Any) -> float:
    return float(getattr(check, "measured", 0.0) or check.error)


def verdict(check: Any) -> tuple[str, QColor, str]:
    """(card label, colour, tooltip) for one node's check: green "✓ grad" below TOLERANCE."""
    ok = check.error < TOLERANCE
    fields = dict(measured=f"{_measured(check):.1e}", n=check.entries, tolerance=f"{TOLERANCE:g}",
                  error=f"{check.error:.1e}", where=getattr(check, "where", "") or "")
    if fields["where"]:
        detail = translate("Gradcheck", "Gradient check: largest relative difference between backprop and central differences "
                           "{measured} at {where}, over {n} sampled weights; ").format(**fields)
    else:
        detail = translate("Gradcheck", "Gradient check: largest relative difference between backprop and central differences "
                           "{measured}, over {n} sampled weights; ").format(**fields)
    if ok:
        detail += translate("Gradcheck", "below the tolerance {tolerance} once rounding is allowed for: backprop is right.").format(**fields)
    else:
        detail += translate("Gradcheck", "{error} beyond rounding, above the tolerance {tolerance}: the backward pass is wrong.").format(
            **fields)
    label = "✓ grad" if ok else f"✗ grad {check.error:.0e}"
    return label, (GOOD if ok else BAD), detail


def summary(checks: dict[str, Any]) -> str:
    """One status line for a whole check."""
    if not checks:
        return translate("Gradcheck", "Gradient check: no layer with weights to check")
    n = len(checks)
    layers = translate("Gradcheck", "1 layer") if n == 1 else translate("Gradcheck", "{n} layers").format(n=n)
    bad = [c for c in checks.values() if c.error >= TOLERANCE]
    worst = max(checks.values(), key=_measured)
    where = f" ({worst.node} {worst.where})" if getattr(worst, "where", "") else f" ({worst.node})"
    if not bad:
        return translate("Gradcheck", "Gradient check: backprop matches central differences on all {layers}; largest relative "
                         "difference {measured}{where}, tolerance {tolerance}").format(
            layers=layers, measured=f"{_measured(worst):.1e}", where=where, tolerance=f"{TOLERANCE:g}")
    first = max(bad, key=lambda c: c.error)
    return translate("Gradcheck", "Gradient check: {n} of {layers} disagree; worst {node}, relative error "
                     "{error} at {where} (tolerance {tolerance})").format(
        n=len(bad), layers=layers, node=first.node, error=f"{first.error:.1e}",
        where=first.where or translate("Gradcheck", "its weights"), tolerance=f"{TOLERANCE:g}")


class GradcheckRunner(BackgroundRunner):
    """One gradient check at a time; `finished({node: NodeCheck})`, `ended` last."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent, thread_name="gradcheckThread")
        self.checks: dict[str, Any] = {}

    def start(self, graph: Graph, base_dir: str | None = None) -> bool:
        from nodeflow.compute.graph_gradcheck import check_graph

        copy = graph.copy()
        return self.run_in_background(lambda: check_graph(copy, base_dir=base_dir))

    @property
    def errors(self) -> dict[str, float]:
        """{node: worst relative error} of the last check."""
        return {n: c.error for n, c in self.checks.items()}

    def _on_finished(self, checks: Any) -> None:
        self.checks = dict(checks)
        self.finished.emit(self.checks)
