"""Node declarations: Add and Concat, which join two branches (residual blocks, skip connections)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from nodeflow.i18n import QT_TRANSLATE_NOOP
from nodeflow.nodes.registry import register
from nodeflow.nodes.rules import float_input
from nodeflow.nodes.spec import LOSS, Inferred, NodeSpec, Param, ShapeError, TensorType, TorchForm

Params = Mapping[str, Any]
Inputs = Mapping[str, TensorType]

KERNELS = "nodeflow.compute.kernels.merge"


def _pair(inputs: Inputs) -> tuple[TensorType, TensorType]:
    a, b = float_input(inputs, "a"), float_input(inputs, "b")
    for port, t in (("a", a), ("b", b)):
        if len(t.shape) < 2:
            raise ShapeError(f"expects (N, ...) with feature axes but gets {t}", port=port)
    return a, b


def add_rule(params: Params, inputs: Inputs) -> Inferred:
    """a + b element-wise; both (N, ...) of the same shape, or two losses (a loss to minimise
    that sums them, as a GAN discriminator's loss on real plus its loss on fake)."""
    a, b = inputs.get("a"), inputs.get("b")
    if a is not None and b is not None and a.kind == "loss" and b.kind == "loss":
        return Inferred({"out": LOSS})
    a, b = _pair(inputs)
    if a.shape != b.shape:
        raise ShapeError(f"expects the same shape on a and b but gets {a} on a and {b} on b", port="b")
    return Inferred({"out": a})


def concat_rule(params: Params, inputs: Inputs) -> Inferred:
    """Joins a and b along `axis` (of the full tensor, batch axis 0 excluded); other axes must match."""
    a, b = _pair(inputs)
    if len(a.shape) != len(b.shape):
        raise ShapeError(
            f"expects a and b with the same number of axes but gets {a} on a and {b} on b", port="b"
        )
    rank, axis = len(a.shape), params["axis"]
    if not -rank <= axis < rank:
        raise ShapeError(f"axis {axis} does not exist in {a}; use 1 to {rank - 1} (or -1 for the last axis)")
    axis %= rank
    if axis == 0:
        raise ShapeError("cannot concatenate along the batch axis 0; use axis 1 to "
                         f"{rank - 1} (or -1 for the last axis)")
    if any(da != db for i, (da, db) in enumerate(zip(a.shape, b.shape, strict=True)) if i != axis):
        raise ShapeError(
            f"expects shapes that differ only on axis {axis} but gets {a} on a and {b} on b", port="b"
        )
    shape = list(a.shape)
    shape[axis] = a.shape[axis] + b.shape[axis]
    return Inferred({"out": TensorType(tuple(shape))})


register(NodeSpec(
    type="Add",
    category="merge",
    help=("Adds two tensors of the same shape element by element, e.g. a residual connection; or "
          "two losses, to minimise their sum with one optimizer."),
    inputs=("a", "b"),
    shape_rule=add_rule,
    kernel=f"{KERNELS}:Add",
    summary=lambda p: "Add",
    torch=TorchForm(call=lambda p, i, s: f"{i['a']} + {i['b']}"),
    formulas=("y = a + b", "∂L/∂a = ∂L/∂y,  ∂L/∂b = ∂L/∂y"),
    explainer="nodeflow.compute.explain:add",
    sample_inputs={"a": TensorType((None, 6)), "b": TensorType((None, 6))},
))

register(NodeSpec(
    type="Concat",
    category="merge",
    help="Joins two tensors side by side along one axis; the other axes must match.",
    inputs=("a", "b"),
    params=(
        Param("axis", "int", -1,
              "Axis to join along, counting the batch axis as 0; -1 is the last axis (features).",
              low=-8, high=8),
    ),
    shape_rule=concat_rule,
    kernel=f"{KERNELS}:Concat",
    summary=lambda p: "Concat" if p["axis"] == -1 else f"Concat axis {p['axis']}",
    torch=TorchForm(call=lambda p, i, s: f"torch.cat([{i['a']}, {i['b']}], dim={int(p['axis'])})"),
    formulas=(QT_TRANSLATE_NOOP("Explain", "y = [a, b] along the axis"),
              QT_TRANSLATE_NOOP("Explain", "∂L/∂a, ∂L/∂b = the two parts of ∂L/∂y")),
    sample_inputs={"a": TensorType((None, 6)), "b": TensorType((None, 4))},
))
