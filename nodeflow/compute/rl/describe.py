"""From an Environment node's parameters: the environment, its settings, and what it gives.

The node's shape rule calls `describe` on every analysis (each edit on the canvas), so the
answer is cached by the parameters that decide it; making a Gymnasium environment costs a few
milliseconds, a grid world less.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from nodeflow.compute.rl.encoding import Encoder
from nodeflow.compute.rl.environment import Environment
from nodeflow.compute.rl.episodes import QLearningSettings
from nodeflow.compute.rl.make import make_environment

ENVIRONMENT_KEYS = ("source", "layout", "size", "step_penalty", "goal_reward", "pit_reward", "slip",
                    "slippery", "map_name", "max_steps", "encoding")
"""The parameters that decide which environment is made and how its states are encoded."""
SETTINGS_KEYS = ("episodes", "epsilon_start", "epsilon_end", "epsilon_steps", "epsilon_decay", "replay_size",
                 "batch_size", "warmup", "train_every", "eval_every", "eval_episodes")
"""Environment node parameters that are `QLearningSettings` fields of the same name."""


@dataclass(frozen=True)
class Signature:
    """What an Environment node gives: `features` per encoded state, `actions` to choose from."""

    features: int
    actions: int
    grid: bool
    name: str
    replay_values: int
    """Numbers the replay buffer holds when full (two states per transition), for the memory estimate."""
    notes: tuple[str, ...] = ()


def environment_options(params: Mapping[str, Any]) -> tuple[str, dict[str, Any]]:
    """(source, options for `make_environment`) from the node's parameters."""
    source = str(params.get("source") or "gridworld")
    options: dict[str, Any] = {}
    max_steps = int(params.get("max_steps") or 0)
    if source == "gridworld":
        layout = str(params.get("layout") or "").strip()
        size = int(params.get("size") or 0)
        if layout:
            options["layout"] = layout
        elif size:
            options["size"] = size
        for key in ("step_penalty", "goal_reward", "pit_reward", "slip"):
            if params.get(key) is not None:
                options[key] = float(params[key])
    elif source.startswith("FrozenLake"):
        options["is_slippery"] = bool(params.get("slippery", True))
        options["map_name"] = str(params.get("map_name") or "4x4")
    if max_steps:
        options["max_steps"] = max_steps
    return source, options


def make_from_params(params: Mapping[str, Any], rng: np.random.Generator) -> tuple[Environment, Encoder]:
    """The environment an Environment node describes, drawing from `rng`, and its state encoder."""
    source, options = environment_options(params)
    env = make_environment(source, rng, options)
    try:
        encoder = Encoder(env, str(params.get("encoding") or "auto"))
    except ValueError:
        env.close()
        raise
    return env, encoder


def settings_from(env_params: Mapping[str, Any], td_params: Mapping[str, Any] | None = None) -> QLearningSettings:
    """The agent's settings: the Environment node's, gamma and the target refresh from the TD loss."""
    values = {k: env_params[k] for k in SETTINGS_KEYS if env_params.get(k) is not None}
    td = td_params or {}
    if td.get("gamma") is not None:
        values["gamma"] = float(td["gamma"])
    if td.get("target_every") is not None:
        values["target_every"] = int(td["target_every"])
    return QLearningSettings(**values)


def describe(params: Mapping[str, Any]) -> Signature:
    """The Signature of an Environment node; ValueError (with what to do) when it cannot be made."""
    key = tuple((k, params.get(k)) for k in ENVIRONMENT_KEYS)
    sig = _describe(key)
    settings = settings_from(params)
    problems = [message for name, message in settings.problems() if name not in ("gamma", "target_every")]
    if problems:
        raise ValueError(problems[0])
    replay = int(params.get("replay_size") or 0)
    return Signature(sig.features, sig.actions, sig.grid, sig.name, 2 * replay * sig.features, sig.notes)


@functools.lru_cache(maxsize=64)
def _describe(key: tuple[tuple[str, Any], ...]) -> Signature:
    env, encoder = make_from_params(dict(key), np.random.default_rng(0))
    try:
        return Signature(encoder.size, env.n_actions, env.grid is not None, env.name, 0)
    finally:
        env.close()

