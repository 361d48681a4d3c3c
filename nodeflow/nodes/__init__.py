"""Node declarations: one `NodeSpec` per type, registered in `REGISTRY` (see spec.py)."""

# Importing the catalogue modules registers every node type, in palette order.
from nodeflow.nodes import catalogue as _catalogue  # noqa: F401,E402
from nodeflow.nodes.registry import REGISTRY, register
from nodeflow.nodes.spec import (
    CATEGORIES,
    LOSS,
    Inferred,
    NodeError,
    NodeSpec,
    Param,
    ParamError,
    ShapeError,
    TensorType,
    UnknownNodeType,
    Weight,
    batch,
)

__all__ = [
    "REGISTRY", "register", "LOSS", "CATEGORIES", "Inferred", "NodeError", "NodeSpec", "Param",
    "ParamError", "ShapeError", "TensorType", "UnknownNodeType", "Weight", "batch",
]

# Node types from plugins (the `nodeflow.nodes` entry-point group), after the built-ins.
from nodeflow.nodes.plugins import load_plugins as _load_plugins  # noqa: E402

_load_plugins()
