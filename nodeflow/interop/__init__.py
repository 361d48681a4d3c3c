"""Models in and out of other tools: ONNX and Keras import, TensorBoard logs (no Qt here).

`import_model(path)` reads `MODEL.onnx` or `MODEL.keras` into an editable graph with its
weights (`Imported`); `cmd_import(args)` is `nodeflow import MODEL -o GRAPH.nodeflow`, which
writes the graph and, when the model has weights, `GRAPH.npz` beside it.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from nodeflow.interop.building import Imported
from nodeflow.interop.safe_files import ImportRefused

__all__ = ["IMPORT_SUFFIXES", "ImportRefused", "Imported", "cmd_import", "import_model", "save_imported"]

IMPORT_SUFFIXES = (".onnx", ".keras")


def import_model(path: str | Path) -> Imported:
    """The graph, weights and notes of an ONNX or Keras file; ImportRefused (one line) otherwise."""
    suffix = Path(path).suffix.lower()
    if suffix == ".onnx":
        from nodeflow.interop.onnx_import import import_onnx

        return import_onnx(path)
    if suffix == ".keras":
        from nodeflow.interop.keras_import import import_keras

        return import_keras(path)
    raise ImportRefused(f"{Path(path).name}: nodeflow imports .onnx and .keras files")


def save_imported(imported: Imported, out: str | Path) -> Path | None:
    """Write the graph to `out` and its weights beside it (`out` with .npz); returns the weights path."""
    from nodeflow.compute.weights import save_arrays
    from nodeflow.graph import io

    out = Path(out)
    weights = out.with_suffix(".npz") if imported.arrays else None
    if weights is not None:
        save_arrays(imported.arrays, weights)
    io.save(imported.graph, out)
    return weights


def cmd_import(args: Any) -> int:
    """`nodeflow import MODEL -o GRAPH.nodeflow`: 0 done, 2 a model that is refused."""
    from nodeflow.graph.document import GraphError

    try:
        imported = import_model(args.model)
        weights = save_imported(imported, args.output)
    except (ImportRefused, GraphError, ValueError) as exc:  # ValueError: MissingPackage, say how to install
        print("error: " + " ".join(str(exc).split()), file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"error: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    n = len(imported.graph.nodes)
    saved = f" and its weights to {weights}" if weights else " (the model has no weights)"
    print(f"imported {n} nodes from {Path(args.model).name}: wrote {args.output}{saved}")
    for note in imported.notes:
        print(note)
    return 0
