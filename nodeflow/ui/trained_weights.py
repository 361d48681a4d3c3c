"""The open document's trained weights, kept beside its file as `<name>.npz`.

Training leaves its weights here; saving the graph writes them beside the file; opening a graph
with such a file brings them back, and the next run starts from them while they still fit the
graph (same layers, same shapes). The arrays are plain numbers read with `allow_pickle=False`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, Signal

from nodeflow.compute.weights import read_arrays, save_arrays, weight_arrays


def weights_path(graph_path: Path) -> Path:
    """`net.nodeflow` -> `net.npz`, in the same folder."""
    return graph_path.with_suffix(".npz")


def fits(analysis: Any, arrays: dict[str, np.ndarray]) -> bool:
    """True when every weight the analysed graph declares is in `arrays` with the same shape."""
    needed = {
        f"{node}/{name}": weight.shape
        for node, inferred in analysis.inferred.items()
        for name, weight in inferred.weights.items()
    }
    given = {k: v.shape for k, v in arrays.items() if "/state/" not in k}
    return bool(needed) and needed == given


class TrainedWeights(QObject):
    """`message(str)` tells the status bar when weights were loaded, saved or set aside;
    `changed(dict | None)` gives the arrays whenever a run or an opened file replaces them."""

    message = Signal(str)
    changed = Signal(object)

    def __init__(self, files: Any, training: Any, canvas: Any) -> None:
        super().__init__(files)
        self.arrays: dict[str, np.ndarray] | None = None
        self.canvas = canvas
        files.documentReplaced.connect(self._on_replaced)
        files.saved.connect(self._on_saved)
        # `ended` comes last, once the controller holds the run's network
        training.controller.ended.connect(lambda: self._on_trained(training.controller.network))
        training.initial_weights = self.for_training

    def for_training(self) -> dict[str, np.ndarray] | None:
        """The weights a new run starts from, or None (fresh initialisation) when there are none
        or the graph has changed so that they no longer fit."""
        if self.arrays is None:
            return None
        if not fits(self.canvas.analysis, self.arrays):
            self.message.emit("The graph changed since its weights were trained: training from scratch")
            return None
        return self.arrays

    def _on_trained(self, network: Any) -> None:
        """Keep what a run leaves (a stopped run's weights are consistent too), unless it diverged."""
        if network is None:
            return
        arrays = {k: np.array(v, copy=True) for k, v in weight_arrays(network).items()}
        if all(np.isfinite(a).all() for a in arrays.values()):
            self.arrays = arrays
            self.changed.emit(arrays)

    def _on_saved(self, path: Path) -> None:
        if self.arrays is None:
            return
        target = weights_path(path)
        try:
            save_arrays(self.arrays, target)
        except OSError as exc:
            self.message.emit(f"Graph saved, but not its weights: {exc.strerror or exc}")
            return
        self.message.emit(f"Saved {path.name} with its trained weights ({target.name})")

    def _on_replaced(self, path: Path | None) -> None:
        self.arrays = None
        self.changed.emit(None)
        if path is None or not weights_path(path).exists():
            return
        try:
            self.arrays = read_arrays(weights_path(path))
        except ValueError as exc:
            self.message.emit(f"Trained weights not loaded: {exc}")
            return
        self.changed.emit(self.arrays)
        self.message.emit(f"Trained weights loaded from {weights_path(path).name}: Train continues from them")
