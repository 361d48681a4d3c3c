"""The value types every layer passes around: what flows on a wire (`TensorType`), the weights
a node owns (`Weight`), a shape rule's result (`Inferred`) and the errors about one node or one
graph. They live at the bottom of the layers (compute) so that kernels, the initialisers and the
datasets read them without importing the node declarations; `nodeflow.nodes.spec` and
`nodeflow.graph.document` re-export them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field


class NodeError(ValueError):
    """A problem with one node; the message never names the node (the caller prefixes it)."""


class ParamError(NodeError):
    """A parameter value that does not fit its declaration."""


class ShapeError(NodeError):
    """Inputs whose shapes (or kinds) a node cannot take.

    `port` names the input port at fault when there is one, so the caller can add where the
    wire comes from: `fc2: expects (N, 128) but gets (N, 64) from fc1`.
    `fix_insert` names a node type that, inserted on the wire into `port`, fixes the problem
    (a Dense fed images: "Flatten"); the canvas offers it as a one-click fix.
    """

    def __init__(self, message: str, port: str | None = None, fix_insert: str | None = None) -> None:
        super().__init__(message)
        self.port = port
        self.fix_insert = fix_insert


@dataclass(frozen=True)
class TensorType:
    """What flows on a wire: a shape with the batch dimension first and symbolic (`None`).

    `kind` is "float" for activations and features, "labels" for integer class labels
    (shape `(N,)`, with `classes` set) and "loss" for a scalar loss (shape `()`).
    """

    shape: tuple[int | None, ...]
    kind: str = "float"
    classes: int | None = None

    @property
    def sample_shape(self) -> tuple[int, ...]:
        """The shape of one sample: everything after the batch dimension."""
        return tuple(int(d) for d in self.shape[1:])  # type: ignore[arg-type]

    def __str__(self) -> str:
        if self.kind == "loss":
            return "loss"
        dims = ["N" if d is None else str(d) for d in self.shape]
        text = "(" + ", ".join(dims) + ("," if len(dims) == 1 else "") + ")"
        if self.kind == "labels":
            text += f" labels<{self.classes}>"
        return text


def batch(*sample_shape: int) -> TensorType:
    """A float tensor of the given per-sample shape, e.g. `batch(128)` is `(N, 128)`."""
    return TensorType((None, *sample_shape))


LOSS = TensorType((), kind="loss")


@dataclass(frozen=True)
class Weight:
    """A trainable parameter a node owns: its shape and how the engine initialises it.

    `init` is "fan" (He or Xavier from `fan_in`/`fan_out`, chosen by the node's `init`
    parameter and the activation that follows), "zeros" or "ones".
    """

    shape: tuple[int, ...]
    init: str = "fan"
    fan_in: int = 0
    fan_out: int = 0

    @property
    def size(self) -> int:
        return math.prod(self.shape)


@dataclass(frozen=True)
class Inferred:
    """The result of a shape rule: output types, the weights the node owns, multiply-adds per sample."""

    outputs: dict[str, TensorType]
    weights: dict[str, Weight] = field(default_factory=dict)
    macs: int = 0
    data_values: int = 0
    """Numbers the node's data hold once loaded (a Dataset: samples x (input + target values)),
    for the memory estimate (`nodeflow.graph.memory`)."""
    notes: tuple[str, ...] = ()
    """Plain-words findings that are not errors (a csv's bad rows left out), shown with the analysis."""

    @property
    def param_count(self) -> int:
        return sum(w.size for w in self.weights.values())


class GraphError(ValueError):
    """An edit or a file the graph cannot take; `node` names the node at fault when there is one."""

    def __init__(self, message: str, node: str | None = None) -> None:
        super().__init__(message)
        self.node = node
