"""The window's experiments: Run ▸ Run Variants… and the Experiments tab (see controller.py)."""

from nodeflow.ui.experiments.controller import ExperimentsController, install_experiments

__all__ = ["ExperimentsController", "install_experiments"]
