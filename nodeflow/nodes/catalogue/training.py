"""Node declarations for several objectives: Noise and Constant (data sources drawn per batch)
and Detach (a stop-gradient), as a GAN needs (DESIGN.md, "Contracts for the second wave")."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from nodeflow.nodes.registry import register
from nodeflow.nodes.rules import fmt_shape, single_input
from nodeflow.nodes.spec import Inferred, NodeSpec, Param, TensorType, torch_expr

KERNELS = "nodeflow.compute.runtime.kernels"


def source_rule(params: Mapping[str, Any], inputs: Mapping[str, Any]) -> Inferred:
    """No inputs -> (N, *shape) floats."""
    return Inferred({"out": TensorType((None, *params["shape"]))})


def detach_rule(params: Mapping[str, Any], inputs: Mapping[str, Any]) -> Inferred:
    """Keeps the type."""
    return Inferred({"out": single_input(inputs)})


SHAPE_HELP = "Shape of one sample, without the batch axis, e.g. 2 for points in the plane."
BATCH_HELP = ("Samples per batch when the graph has no Dataset; with a Dataset every batch has as many "
              "samples as the Dataset's batch.")

register(NodeSpec(
    type="Noise",
    category="data",
    help=("Random numbers, drawn fresh for every batch from the run's seeded generator: the input z "
          "a GAN's generator turns into fake samples."),
    inputs=(),
    outputs=("out",),
    params=(
        Param("distribution", "choice", "normal",
              "normal: bell-shaped around 0 with standard deviation scale; uniform: evenly spread "
              "between -scale and scale.", choices=("normal", "uniform")),
        Param("shape", "ints", [2], SHAPE_HELP),
        Param("scale", "float", 1.0, "Spread of the noise (standard deviation, or half the width).",
              low=0.0, high=1e6),
        Param("batch_size", "int", 32, BATCH_HELP, low=1, high=1_000_000),
    ),
    shape_rule=source_rule,
    kernel=f"{KERNELS}:Noise",
    random=True,
    summary=lambda p: f"Noise {p['distribution']} {fmt_shape(p['shape'])}",
))

register(NodeSpec(
    type="Constant",
    category="data",
    help=("A target filled with one value for every sample of the batch (as many as the round's batch "
          "holds): 1 for real and 0 for fake in a GAN, or 0.9 to smooth the labels."),
    inputs=(),
    outputs=("out",),
    params=(
        Param("value", "float", 1.0, "The value every entry holds.", low=-1e6, high=1e6),
        Param("shape", "ints", [1], "Shape of one sample, without the batch axis (1 for a yes/no score)."),
    ),
    shape_rule=source_rule,
    kernel=f"{KERNELS}:Constant",
    summary=lambda p: f"Constant {p['value']:g}",
))

register(NodeSpec(
    type="Detach",
    category="layer",
    help=("Passes its input through unchanged but lets no gradient flow back: an optimizer whose "
          "loss lies after it does not train the weights before it (a GAN's discriminator step "
          "must not move the generator)."),
    shape_rule=detach_rule,
    kernel=f"{KERNELS}:Detach",
    summary=lambda p: "Detach",
    stops_gradient=True,
    torch=torch_expr("{x}.detach()"),
    sample_inputs={"in": TensorType((None, 5))},
))
