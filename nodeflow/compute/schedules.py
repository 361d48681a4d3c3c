"""Learning-rate schedules, stepped once per epoch, matching torch.optim.lr_scheduler.

`learning_rate(params, epoch, epochs)` is the rate used for all batches of `epoch` (0-based):

- constant     lr
- step         lr * decay_rate ** (epoch // decay_epochs)        StepLR(step_size, gamma)
- exponential  lr * decay_rate ** epoch                          ExponentialLR(gamma)
- cosine       lr * (1 + cos(pi * epoch / epochs)) / 2            CosineAnnealingLR(T_max=epochs, eta_min=0)

The formulas are closed forms, so resuming at any epoch gives the same rate.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from typing import Any

Schedule = Callable[[float, Mapping[str, Any], int, int], float]


def _constant(lr: float, p: Mapping[str, Any], epoch: int, epochs: int) -> float:
    return lr


def _step(lr: float, p: Mapping[str, Any], epoch: int, epochs: int) -> float:
    return lr * float(p["decay_rate"]) ** (epoch // int(p["decay_epochs"]))


def _exponential(lr: float, p: Mapping[str, Any], epoch: int, epochs: int) -> float:
    return lr * float(p["decay_rate"]) ** epoch


def _cosine(lr: float, p: Mapping[str, Any], epoch: int, epochs: int) -> float:
    return lr * (1.0 + math.cos(math.pi * epoch / max(epochs, 1))) / 2.0


SCHEDULES: dict[str, Schedule] = {
    "constant": _constant,
    "step": _step,
    "exponential": _exponential,
    "cosine": _cosine,
}

DEFAULTS = {"schedule": "constant", "decay_rate": 0.5, "decay_epochs": 10}


def learning_rate(params: Mapping[str, Any], epoch: int, epochs: int) -> float:
    """The learning rate for 0-based `epoch` of `epochs`, from an optimizer node's parameters."""
    p = {**DEFAULTS, **params}
    return SCHEDULES[p["schedule"]](float(p["lr"]), p, int(epoch), int(epochs))
