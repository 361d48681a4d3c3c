"""Initial weight values, drawn in a fixed order so exported scripts can reproduce them.

Contract (the NumPy exporter follows it to get identical weights):

- One `np.random.Generator`; the nodes computed from the data, in `Analysis.order`, each
  node's weights in the order its shape rule declares them (`Inferred.weights`).
- `Weight.init == "zeros"` / `"ones"`: filled, draws nothing from the generator.
- `Weight.init == "fan"`: He-normal `rng.normal(0.0, sqrt(2 / fan_in), size=shape)` or
  Xavier-uniform `rng.uniform(-limit, limit, size=shape)` with
  `limit = sqrt(6 / (fan_in + fan_out))`, drawn in float64 and then cast to the run's dtype.
- The node's `init` parameter picks the rule; "auto" means He when the node's output feeds an
  activation that asks for it directly (`NodeSpec.init_before == "he"`: the ReLU family, as He
  et al. derived their scale for ReLU), Xavier otherwise.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable

import numpy as np

from nodeflow.compute.types import Weight


def _fans(weight: Weight) -> tuple[int, int]:
    fan_in = weight.fan_in or (weight.shape[0] if weight.shape else 1)
    fan_out = weight.fan_out or (weight.shape[-1] if weight.shape else 1)
    return max(int(fan_in), 1), max(int(fan_out), 1)


def he_normal(weight: Weight, rng: np.random.Generator) -> np.ndarray:
    """He (Kaiming) normal: std sqrt(2 / fan_in); float64 array of `weight.shape`."""
    fan_in, _ = _fans(weight)
    return rng.normal(0.0, math.sqrt(2.0 / fan_in), size=weight.shape)


def xavier_uniform(weight: Weight, rng: np.random.Generator) -> np.ndarray:
    """Glorot/Xavier uniform: U(-l, l), l = sqrt(6 / (fan_in + fan_out)); float64 array."""
    fan_in, fan_out = _fans(weight)
    limit = math.sqrt(6.0 / (fan_in + fan_out))
    return rng.uniform(-limit, limit, size=weight.shape)


FAN_RULES: dict[str, Callable[[Weight, np.random.Generator], np.ndarray]] = {
    "he": he_normal,
    "xavier": xavier_uniform,
}
CONSTANTS: dict[str, float] = {"zeros": 0.0, "ones": 1.0}


def choose_rule(init_param: str | None, consumer_families: Iterable[str | None]) -> str:
    """"he" or "xavier" for a node whose `init` parameter is `init_param` and whose output is
    read by nodes asking for `consumer_families` (their `NodeSpec.init_before`)."""
    if init_param in FAN_RULES:
        return init_param  # type: ignore[return-value]
    return "he" if "he" in consumer_families else "xavier"


def initial_value(weight: Weight, rule: str, rng: np.random.Generator) -> np.ndarray:
    """The initial float64 value of one weight (constants draw nothing)."""
    if weight.init in CONSTANTS:
        return np.full(weight.shape, CONSTANTS[weight.init])
    if weight.init != "fan":
        raise ValueError(f"unknown weight initialisation {weight.init!r}")
    return FAN_RULES[rule](weight, rng)


def decays(weight: Weight) -> bool:
    """Weight decay applies to "fan" weights (kernels), not to biases or BatchNorm's scale/shift."""
    return weight.init == "fan"
