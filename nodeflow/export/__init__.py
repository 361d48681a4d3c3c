"""Exporters: a graph as a runnable Python script (NumPy or PyTorch).

`export_graph(graph, target)` returns the script's text; `cmd_export(args)` is
`nodeflow export FILE -o OUT.py [--target numpy|torch] [--weights W.npz] [--no-train]`.
Nothing the user typed (node ids, names, paths) is ever written as code: see `naming`.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from nodeflow.export.plan import ExportError, make_plan

__all__ = ["ExportError", "TARGETS", "cmd_export", "export_graph", "format_source"]

TARGETS = ("numpy", "torch")


def _ruff() -> str | None:
    here = Path(sys.executable).parent / "ruff"
    return str(here) if here.exists() else shutil.which("ruff")


def format_source(text: str) -> str:
    """`ruff format` the generated code when ruff is available (else return it unchanged)."""
    ruff = _ruff()
    if ruff is None:
        return text
    try:
        done = subprocess.run([ruff, "format", "--line-length", "110", "-"], input=text, capture_output=True,
                              text=True, timeout=60, check=False)
    except (OSError, subprocess.SubprocessError):
        return text
    return done.stdout if done.returncode == 0 and done.stdout else text


def export_graph(graph: Any, target: str = "numpy", weights: str | None = None, train: bool = True,
                 formatted: bool = True) -> str:
    """The source of a standalone script for `graph` (`target` "numpy" or "torch").

    `weights` is a .npz path the script loads by default (it is not embedded); `train=False`
    gives a prediction-only module with `predict(x)`. Raises ExportError (one line, naming
    the node) for a graph that cannot be exported.
    """
    if target not in TARGETS:
        raise ExportError(f"unknown export target {target!r} (choose {' or '.join(TARGETS)})")
    if any(node.type == "Environment" for node in graph.nodes.values()):  # rl: an agent's graph
        from nodeflow.export.rl_script import rl_script

        text = rl_script(graph, target, weights=weights, train=train)
        return format_source(text) if formatted else text
    plan = make_plan(graph, train=train)
    if target == "numpy":
        from nodeflow.export.numpy_script import numpy_script

        text = numpy_script(plan, weights=weights, train=train)
    else:
        from nodeflow.export.torch_script import torch_script

        text = torch_script(plan, weights=weights, train=train)
    return format_source(text) if formatted else text


def cmd_export(args: Any) -> int:
    """`nodeflow export`: args.file, args.output, args.target, args.weights, args.no_train."""
    if getattr(args, "target", None) == "onnx":
        from nodeflow.export.onnx_export import cmd_export_onnx

        return cmd_export_onnx(args)
    from nodeflow.graph import io
    from nodeflow.graph.document import GraphError

    try:
        graph = io.load(args.file)
    except OSError as exc:
        print(f"error: cannot read {args.file}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    except GraphError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    weights = getattr(args, "weights", None)
    try:
        text = export_graph(graph, getattr(args, "target", None) or "numpy",
                            weights=str(Path(weights).resolve()) if weights else None,
                            train=not getattr(args, "no_train", False))
    except ExportError as exc:
        print("error: " + " ".join(str(exc).split()), file=sys.stderr)
        return 2
    from nodeflow.userfiles import UserFileError, write_atomic

    try:  # atomic, and a failed write leaves no temporary file behind
        write_atomic(args.output, lambda fh: fh.write(text.encode("utf-8")))
    except UserFileError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0
