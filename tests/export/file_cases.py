"""Graphs that read their data from a csv or npz file written beside them (export tests)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from cases import CASES

from nodeflow.graph import io


def file_graph(tmp_path: Path, source: str, task: str):
    """CASES["MSE"] (or a classifier) reading its data from a file beside the saved graph."""
    rng = np.random.default_rng(3)
    x = rng.standard_normal((60, 2))
    if task == "regression":
        g = CASES["MSE"].copy()
        g.nodes["l0"].params.update(units=1)
        y = x @ [1.5, -2.0] + 0.1 * rng.standard_normal(60)
    else:  # labels -1 / 1: renumbered to 0 / 1 by the reader, in the script as in nodeflow
        g = CASES["ReLU"].copy()
        y = np.where(x[:, 0] + x[:, 1] > 0, 1.0, -1.0)
    if source == "csv":
        rows = "".join(f"{a!r},{b!r},{t!r}\n" for (a, b), t in zip(x.tolist(), y.tolist(), strict=True))
        (tmp_path / "data.csv").write_text("a,b,target\n" + rows)
        g.nodes["data"].params.update(source="csv", path="data.csv", target="target", task=task)
    else:
        np.savez(tmp_path / "data.npz", x=x, y=y)
        g.nodes["data"].params.update(source="npz", path="data.npz", task=task)
    io.save(g, tmp_path / "graph.nodeflow")
    return io.load(tmp_path / "graph.nodeflow")
