"""The trained weights kept beside a graph file as `<name>.npz`: where, whether they fit, writing.

The arrays are plain numbers, read with `allow_pickle=False` (`compute.weights.read_arrays`)
and written atomically with the graph file's own permissions. Which weights a run starts from
is decided by `nodeflow.ui.training.run_book.RunBook`.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import numpy as np

from nodeflow.compute.weights import save_arrays
from nodeflow.graph.runs import file_mode


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


def save_beside(arrays: dict[str, np.ndarray], graph_path: Path) -> Path:
    """Write the weights beside the graph file, with the graph file's permissions (a private
    graph keeps private weights; raises OSError)."""
    target = weights_path(graph_path)
    save_arrays(arrays, target)
    os.chmod(target, file_mode(graph_path))
    return target
