"""Node declarations: Conv2D, MaxPool2D, AvgPool2D on images (N, C, H, W), square windows."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from nodeflow.i18n import QT_TRANSLATE_NOOP
from nodeflow.nodes.registry import register
from nodeflow.nodes.rules import (
    IMAGES,
    expect_rank,
    fan_weight,
    init_param,
    resolve_padding,
    single_input,
    use_bias_param,
    zeros,
)
from nodeflow.nodes.spec import (
    Inferred,
    NodeSpec,
    Param,
    ShapeError,
    TensorType,
    TorchForm,
    Weight,
    torch_expr,
)

Params = Mapping[str, Any]
Inputs = Mapping[str, TensorType]

KERNELS = "nodeflow.compute.kernels.conv"


def image_input(inputs: Inputs) -> TensorType:
    """The images on `in`; vectors and sequences get a hint on how to make images."""
    t = single_input(inputs)
    hint = ""
    if len(t.shape) in (2, 3):
        hint = "Reshape to (C, H, W) first, or use a Dataset with as_images"
    elif len(t.shape) > 4:
        hint = "Reshape to (C, H, W) first"
    return expect_rank(t, 4, f"images {IMAGES}", hint=hint)


def same_pads(padding: Any, k: int) -> tuple[int, int]:
    """(before, after) zeros on each axis: "same" is (k - 1) // 2 and k // 2, so an even kernel
    keeps the size at stride 1 too, as PyTorch's padding="same" (kernels.conv.conv_pads)."""
    if padding == "same":
        return (k - 1) // 2, k // 2
    p = resolve_padding(padding, k)
    return p, p


def output_hw(t: TensorType, k: int, stride: int, pad: int | tuple[int, int], window: str) -> tuple[int, int]:
    """Output height and width, or a ShapeError when the window does not fit the image.

    `pad`: zeros on every side, or (before, after) on each axis."""
    h, w = t.shape[2], t.shape[3]
    before, after = (pad, pad) if isinstance(pad, int) else pad
    oh, ow = ((s + before + after - k) // stride + 1 for s in (h, w))  # conv_output_size, uneven pads
    if oh < 1 or ow < 1:
        fix = "a smaller kernel_size or more padding" if window == "kernel" else "a smaller pool_size"
        need = max(k - before - after, 1)
        pad = before if before == after else f"{before} + {after}"
        padded = f"with padding {pad} " if window == "kernel" else ""
        raise ShapeError(
            f"the {k}x{k} {window} does not fit (use {fix}): {padded}it needs images of "
            f"at least {need}x{need} but gets {t}",
            port="in",
        )
    return oh, ow


def conv2d_rule(params: Params, inputs: Inputs) -> Inferred:
    """(N, C, H, W) -> (N, filters, H', W'), H' = (H + 2 pad - k) // stride + 1."""
    t = image_input(inputs)
    c, k, f, stride = t.shape[1], params["kernel_size"], params["filters"], params["stride"]
    oh, ow = output_hw(t, k, stride, same_pads(params["padding"], k), "kernel")
    weights: dict[str, Weight] = {"W": fan_weight((f, c, k, k), c * k * k, f * k * k)}
    if params["use_bias"]:
        weights["b"] = zeros(f)
    return Inferred({"out": TensorType((None, f, oh, ow))}, weights, macs=oh * ow * f * c * k * k)


def pool_rule(params: Params, inputs: Inputs) -> Inferred:
    """(N, C, H, W) -> (N, C, H', W'), H' = (H - pool_size) // stride + 1; no weights, no multiply-adds."""
    t = image_input(inputs)
    oh, ow = output_hw(t, params["pool_size"], params["stride"], 0, "pool window")
    return Inferred({"out": TensorType((None, t.shape[1], oh, ow))})


register(NodeSpec(
    type="Conv2D",
    category="layer",
    help="Slides learned filters over images; each filter detects one local pattern everywhere.",
    params=(
        Param("filters", "int", 16, "Number of filters, i.e. output channels.", low=1, high=4096),
        Param("kernel_size", "int", 3, "Width and height of each square filter, in pixels.", low=1, high=15),
        Param("stride", "int", 1, "Step between filter positions; 2 halves the image size.", low=1, high=15),
        Param("padding", "int_or_choice", "valid",
              "Zero border added around the image: valid (none), same (keeps the size at stride 1; an "
              "even kernel gets one pixel more at the bottom and right, as in PyTorch) or a number of pixels.",
              low=0, high=14, choices=("valid", "same")),
        use_bias_param(),
        init_param(),
    ),
    shape_rule=conv2d_rule,
    kernel=f"{KERNELS}:Conv2D",
    summary=lambda p: f"Conv2D {p['filters']} {p['kernel_size']}x{p['kernel_size']}"
    + (f" /{p['stride']}" if p["stride"] != 1 else ""),
    sample_inputs={"in": TensorType((None, 2, 6, 6))},
    torch=TorchForm(
        module=lambda p, s: (
            f"nn.Conv2d({int(s['in'][1])}, {int(p['filters'])}, {int(p['kernel_size'])}, stride={int(p['stride'])}, "
            f"padding={_torch_padding(p)}, bias={bool(p['use_bias'])})"),
        call=lambda p, i, s: _torch_conv_call(p, i),
        copy=(("weight", "W", False), ("bias", "b", False)),
    ),
    formulas=("y[n,f,i,j] = Σ_c Σ_u Σ_v x[n,c,i·s+u,j·s+v] · W[f,c,u,v] + b[f]",
              "∂L/∂W[f,c,u,v] = Σ_n Σ_i Σ_j x[n,c,i·s+u,j·s+v] · δ[n,f,i,j]"),
))


def _torch_pads(p: Mapping[str, Any]) -> tuple[int, int, int, int]:
    from nodeflow.compute.kernels.conv import conv_pads

    return conv_pads(p["padding"], int(p["kernel_size"]))


def _torch_padding(p: Mapping[str, Any]) -> int:
    """nn.Conv2d's padding: the engine's on every side, 0 when uneven (then F.pad does it)."""
    pads = _torch_pads(p)
    return pads[0] if len(set(pads)) == 1 else 0


def _torch_conv_call(p: Mapping[str, Any], i: Mapping[str, str]) -> str:
    pads = _torch_pads(p)
    if len(set(pads)) == 1:
        return f"self.{{me}}({i['in']})"
    top, bottom, left, right = pads  # "same" of an even kernel: one pixel more after, as PyTorch's "same"
    return f"self.{{me}}(F.pad({i['in']}, ({left}, {right}, {top}, {bottom})))"


def _pool(type_name: str, help_text: str, word: str, torch: str, formulas: tuple[str, ...]) -> None:
    register(NodeSpec(
        type=type_name,
        category="layer",
        help=help_text,
        params=(
            Param("pool_size", "int", 2, f"Width and height of the square window {word}.", low=1, high=15),
            Param("stride", "int", 2, "Step between windows; equal to pool_size for no overlap.", low=1, high=15),
        ),
        shape_rule=pool_rule,
        kernel=f"{KERNELS}:{type_name}",
        summary=lambda p: f"{type_name} {p['pool_size']}x{p['pool_size']}",
        torch=torch_expr(torch),
        sample_inputs={"in": TensorType((None, 2, 6, 6))},
        formulas=formulas,
    ))


_pool("MaxPool2D", "Keeps the largest value of each window: shrinks images, keeps strong responses.",
      "whose maximum is kept", "F.max_pool2d({x}, {pool_size}, {stride})",
      (QT_TRANSLATE_NOOP("Explain", "y = max over each window"),
       QT_TRANSLATE_NOOP("Explain", "∂L/∂x = ∂L/∂y at the window's maximum, 0 elsewhere")))
_pool("AvgPool2D", "Averages each window: shrinks images smoothly.", "that is averaged", "F.avg_pool2d({x}, {pool_size}, {stride})",
      (QT_TRANSLATE_NOOP("Explain", "y = mean over each window"),
       QT_TRANSLATE_NOOP("Explain", "∂L/∂x = ∂L/∂y / (window size), spread evenly")))
