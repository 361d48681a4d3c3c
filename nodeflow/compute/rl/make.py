"""An environment from a source name: `gridworld` or a supported Gymnasium id."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from nodeflow.compute.rl.environment import Environment
from nodeflow.compute.rl.gridworld import GridWorld, open_layout
from nodeflow.compute.rl.gym_tasks import SUPPORTED, GymEnvironment

SOURCES = ("gridworld", *SUPPORTED)
"""Every environment source, built-in first."""

GRIDWORLD_OPTIONS = ("layout", "size", "step_penalty", "goal_reward", "pit_reward", "slip", "max_steps")


def make_environment(source: str, rng: np.random.Generator, options: Mapping[str, Any] | None = None) -> Environment:
    """The environment named by `source`, drawing its randomness from `rng`.

    gridworld options: `layout` (map text; empty: an open `size` x `size` map), `step_penalty`,
    `goal_reward`, `pit_reward`, `slip`, `max_steps`. Gymnasium options: those of the task
    (FrozenLake's `is_slippery` and `map_name`, CliffWalking's `is_slippery`) and `max_steps`.
    """
    options = dict(options or {})
    if source == "gridworld":
        unknown = sorted(set(options) - set(GRIDWORLD_OPTIONS))
        if unknown:
            raise ValueError(f"gridworld has no option {unknown[0]!r} (options: {', '.join(GRIDWORLD_OPTIONS)})")
        size = options.pop("size", None)
        if not options.get("layout"):
            options["layout"] = open_layout(int(size)) if size else None
        if options.get("layout") is None:
            options.pop("layout")
        return GridWorld(rng, **options)
    max_steps = options.pop("max_steps", None)
    return GymEnvironment(source, rng, options, max_steps=max_steps)
