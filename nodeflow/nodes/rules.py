"""Shared pieces of shape rules: input checks with messages a learner understands, common params.

Every helper raises `ShapeError(message, port)` where the message says what the node expects and
what it got, in the notation of `str(TensorType)`: "expects (N, C, H, W) but gets (N, 64)".
Messages never name the node, and when `port` is set they END with what arrived on that port:
the graph analysis prefixes the node id and appends the wire's source ("... from fc1"). A hint on
how to fix it therefore comes first: "insert a Flatten before it; it expects ... but gets ...".
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from nodeflow.nodes.spec import Param, ShapeError, TensorType, Weight

LABELS_HINT = "labels can only go into a loss's target"
LOSS_HINT = "a loss can only go into an optimizer"

IMAGES = "(N, C, H, W)"
SEQUENCES = "(N, T, F)"
VECTORS = "(N, F)"


def get_input(inputs: Mapping[str, TensorType], port: str) -> TensorType:
    """The type on `port`; a missing wire is a ShapeError naming the port."""
    try:
        return inputs[port]
    except KeyError:
        raise ShapeError(f"input '{port}' is not connected", port=port) from None


def float_input(inputs: Mapping[str, TensorType], port: str = "in") -> TensorType:
    """The float tensor on `port`, refusing class labels and losses (they are not features)."""
    t = get_input(inputs, port)
    if t.kind == "labels":
        raise ShapeError(f"{LABELS_HINT}, but gets class labels {t}", port=port)
    if t.kind == "loss":
        raise ShapeError(f"{LOSS_HINT}, but gets a loss", port=port)
    if t.kind != "float":
        raise ShapeError(f"expects numbers but gets a {t.kind} tensor {t}", port=port)
    return t


def single_input(inputs: Mapping[str, TensorType], min_rank: int = 1) -> TensorType:
    """The float tensor on the single port `in`, at least `min_rank` dims (batch included)."""
    t = float_input(inputs, "in")
    if len(t.shape) < min_rank:
        wanted = {1: "(N, ...)", 2: "(N, F, ...)"}.get(min_rank, f"at least {min_rank} dimensions")
        raise ShapeError(f"expects {wanted} but gets {t}", port="in")
    return t


def expect_rank(
    t: TensorType, ranks: int | Sequence[int], expected: str, port: str = "in", hint: str = "",
    fix_insert: str | None = None,
) -> TensorType:
    """Refuse `t` unless it has one of `ranks` dimensions (batch included).

    `expected` is the layout in words, e.g. "(N, C, H, W)"; `hint` says how to fix it and goes first;
    `fix_insert` names the node type the canvas may offer to insert (see `ShapeError`).
    """
    allowed = (ranks,) if isinstance(ranks, int) else tuple(ranks)
    if len(t.shape) not in allowed:
        if hint:  # two whole messages, so that each has its template (nodeflow.i18n.engine)
            raise ShapeError(f"{hint}; it expects {expected} but gets {t}", port=port, fix_insert=fix_insert)
        raise ShapeError(f"expects {expected} but gets {t}", port=port, fix_insert=fix_insert)
    return t


def fmt_shape(sample_shape: Sequence[int]) -> str:
    """`(N, 1, 8, 8)` for the per-sample shape (1, 8, 8)."""
    return str(TensorType((None, *sample_shape)))


def resolve_padding(padding: int | str, kernel_size: int) -> int:
    """Pixels of zero padding on every side: "valid" is 0, "same" is (k - 1) // 2 (PyTorch style)."""
    if padding == "valid":
        return 0
    if padding == "same":
        return (kernel_size - 1) // 2
    return int(padding)


def conv_output_size(size: int, kernel_size: int, stride: int, padding: int) -> int:
    """Output length along one axis: floor((size + 2 * padding - kernel_size) / stride) + 1.

    May be < 1 when the window does not fit; callers turn that into a ShapeError.
    """
    return (size + 2 * padding - kernel_size) // stride + 1


def fan_weight(shape: tuple[int, ...], fan_in: int, fan_out: int) -> Weight:
    """A weight initialised by He or Xavier from its fans (which one is the engine's choice)."""
    return Weight(tuple(int(d) for d in shape), init="fan", fan_in=int(fan_in), fan_out=int(fan_out))


def zeros(*shape: int) -> Weight:
    return Weight(tuple(int(d) for d in shape), init="zeros")


def ones(*shape: int) -> Weight:
    return Weight(tuple(int(d) for d in shape), init="ones")


def elements(t: TensorType) -> int:
    """Values per sample."""
    return math.prod(t.sample_shape)


def init_param() -> Param:
    """The `init` parameter every layer with weights has."""
    return Param(
        "init", "choice", "auto",
        "How the starting weights are drawn: auto picks He before ReLU-like activations, else Xavier.",
        choices=("auto", "he", "xavier"),
    )


def use_bias_param() -> Param:
    return Param("use_bias", "bool", True, "Add a learned offset to every output.")

