"""The course's comparisons as ready-made vary specs for a given graph.

Each preset finds the node it is about (the optimizer, the Dataset, the loss, the hidden
activations) and returns the spec text `nodeflow sweep --vary` takes, or raises SpecError
saying why the graph has nothing to compare (no optimizer node, a classification loss for the
loss race).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from nodeflow.experiments.names import FULL_BATCH, SpecError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from nodeflow.graph.document import Graph

OPTIMIZERS = ("SGD", "Momentum", "AdaGrad", "RMSProp", "Adam")
ACTIVATIONS = ("ReLU", "Tanh", "Sigmoid", "LeakyReLU", "ELU")
REGRESSION_LOSSES = ("MSE", "MAE", "Huber")
BATCH_SIZES = ("1", "32", FULL_BATCH)
LR_DECADES = (-2, -1, 0, 1)
"""The learning-rate sweep: the node's rate times 10^k, from crawling to diverging."""
OUTPUT_ACTIVATIONS = frozenset({"Softmax", "Identity"})


def _first(graph: Graph, category: str, skip: frozenset[str] = frozenset()) -> list[str]:
    from nodeflow.graph.analysis import analyze

    order = analyze(graph).order or list(graph.nodes)
    return [i for i in order if i in graph.nodes and graph.nodes[i].spec.category == category
            and graph.nodes[i].type not in skip]


def optimizer_race(graph: Graph) -> list[str]:
    """Every optimizer on the same start: `opt.type=SGD,Momentum,AdaGrad,RMSProp,Adam`."""
    found = _first(graph, "optimizer")
    if not found:
        raise SpecError("the optimizer race needs an optimizer node (wire the loss into SGD or Adam)")
    return [f"{found[0]}.type={','.join(OPTIMIZERS)}"]


def batch_race(graph: Graph) -> list[str]:
    """Stochastic (1), mini-batch (32) and full-batch descent: `data.batch_size=1,32,full`."""
    found = _first(graph, "data")
    if not found or "batch_size" not in {p.name for p in graph.nodes[found[0]].spec.params}:
        raise SpecError("the batch-size race needs a Dataset node")
    return [f"{found[0]}.batch_size={','.join(BATCH_SIZES)}"]


def lr_sweep(graph: Graph) -> list[str]:
    """The optimizer's learning rate times 0.01, 0.1, 1 and 10 (log-spaced)."""
    found = _first(graph, "optimizer")
    if not found:
        raise SpecError("the learning-rate sweep needs an optimizer node")
    node = graph.nodes[found[0]]
    param = node.spec.param("lr")
    lr = float(node.params.get("lr", param.default))
    values = []
    for k in LR_DECADES:
        value = float(f"{lr * 10.0 ** k:.3g}")
        if (param.low is None or value >= param.low) and (param.high is None or value <= param.high):
            values.append(f"{value:g}")
    return [f"{node.id}.lr={','.join(dict.fromkeys(values))}"]


def activation_swap(graph: Graph) -> list[str]:
    """All hidden activations swapped together: `tanh1+tanh2.type=ReLU,Tanh,Sigmoid,...`."""
    found = _first(graph, "activation", OUTPUT_ACTIVATIONS)
    if not found:
        raise SpecError("the activation swap needs a hidden activation node (ReLU, Tanh, Sigmoid, ...)")
    return [f"{'+'.join(found)}.type={','.join(ACTIVATIONS)}"]


def loss_race(graph: Graph) -> list[str]:
    """MSE, MAE and Huber on a regression: `mse.type=MSE,MAE,Huber`."""
    found = [i for i in _first(graph, "loss") if graph.nodes[i].type in REGRESSION_LOSSES]
    if not found:
        raise SpecError("the loss race compares regression losses (MSE, MAE, Huber): the graph has none")
    return [f"{found[0]}.type={','.join(REGRESSION_LOSSES)}"]


@dataclass(frozen=True)
class Preset:
    key: str
    title: str
    specs: Callable[[Graph], list[str]]


PRESETS: tuple[Preset, ...] = (
    Preset("optimizers", "Optimizer race (SGD, Momentum, AdaGrad, RMSProp, Adam)", optimizer_race),
    Preset("batch", "Batch size race (stochastic 1, mini-batch 32, full batch)", batch_race),
    Preset("lr", "Learning-rate sweep (×0.01 … ×10, log-spaced)", lr_sweep),
    Preset("activations", "Activation swap (ReLU, Tanh, Sigmoid, LeakyReLU, ELU)", activation_swap),
    Preset("losses", "Loss race (MSE, MAE, Huber)", loss_race),
)


def preset(key: str) -> Preset:
    for p in PRESETS:
        if p.key == key:
            return p
    raise SpecError(f"unknown preset '{key}' (known: {', '.join(p.key for p in PRESETS)})")


def log_spaced(low: float, high: float, count: int) -> list[float]:
    """`count` values from `low` to `high`, evenly spaced on a log scale (3 significant digits)."""
    if count < 2 or low <= 0 or high <= 0:
        return [low]
    step = (math.log10(high) - math.log10(low)) / (count - 1)
    return [float(f"{10 ** (math.log10(low) + i * step):.3g}") for i in range(count)]
