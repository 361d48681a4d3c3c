"""Stepping through training one batch at a time: `install_stepping(window, run_menu)` adds
Run ▸ Step One Batch (actionStep, F8) and Step Back (actionStepBack, Shift+F8), the numbers
drawn on the canvas, and the Stepping dock (Explain, Differences, Diagnoses)."""

from nodeflow.ui.stepping.dock import install_stepping

__all__ = ["install_stepping"]
