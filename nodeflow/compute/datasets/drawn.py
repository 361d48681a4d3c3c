"""Points drawn in the Dataset's inspector, stored in the graph file (parameter `points`).

Each point is `[x, y, class]`. For classification the inputs are (x, y) and the target its
class (0 = A, 1 = B, 2 = C); for regression the input is x and the target y (class ignored),
so a learner draws the curve a network should fit. Points live in the file, so a lesson
shares them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from nodeflow.compute.datasets.types import DataError

DRAWN_CLASS_NAMES = ("A", "B", "C")
MAX_POINTS = 5000


def drawn_task(params: Mapping[str, Any]) -> str:
    """"regression" only when asked; drawn points are classification otherwise."""
    return "regression" if params.get("task") == "regression" else "classification"


def drawn_arrays(params: Mapping[str, Any]) -> tuple[np.ndarray, np.ndarray, int | None]:
    """(x, y, classes): x float64 (n, 2) and labels int64 (n,), or x (n, 1) and y (n, 1)."""
    points = np.asarray(params.get("points") or [], dtype=np.float64).reshape(-1, 3)
    if len(points) == 0:
        raise DataError("no points drawn yet: click in the Dataset's drawing area to add points")
    if drawn_task(params) == "regression":
        if len(points) < 2:
            raise DataError("draw at least 2 points for regression (x across, the value to predict up)")
        return points[:, :1].copy(), points[:, 1:2].copy(), None
    labels = points[:, 2].astype(np.int64)
    present = np.unique(labels)
    if len(present) < 2:
        name = DRAWN_CLASS_NAMES[int(present[0])] if present[0] < len(DRAWN_CLASS_NAMES) else str(present[0])
        raise DataError(f"all drawn points are class {name}: draw points of at least two classes")
    return points[:, :2].copy(), labels, int(labels.max()) + 1
