"""Gymnasium's classic tasks through Gymnasium's own API (an optional dependency).

Supported: FrozenLake-v1, CliffWalking-v1, CartPole-v1, MountainCar-v0, Acrobot-v1. Gymnasium
renamed CliffWalking-v0 to -v1 (1.1); either name is accepted and mapped to the one the
installed Gymnasium registers. Grid tasks (FrozenLake, CliffWalking) give cell indices and a
`GridLayout` for the views; the control tasks give observation vectors (float64).

Seeding: the first `reset()` passes `seed=` drawn from the run's generator
(`rng.integers(2**31 - 1)`); later resets continue Gymnasium's own generator, so two runs with
the same seed see the same episodes. Nothing is rendered: views draw from the observation.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from nodeflow.compute.rl.environment import Environment, GridLayout, Step

INSTALL = 'pip install "nodeflow[rl]"  (or: pip install gymnasium)'
"""What to run when Gymnasium is missing."""


class GymUnavailable(ValueError):
    """Gymnasium is not installed, or the id is not one nodeflow supports; the message says what to do."""


def _frozenlake_grid(env: Any) -> GridLayout:
    desc = [b"".join(row).decode() for row in env.unwrapped.desc]
    cells = tuple(row.replace("F", ".").replace("H", "P") for row in desc)
    return GridLayout(cells, ((0, -1), (1, 0), (0, 1), (-1, 0)))  # left, down, right, up


def _cliffwalking_grid(env: Any) -> GridLayout:
    rows, cols = env.unwrapped.shape
    cells = [["."] * cols for _ in range(rows)]
    cliff = np.asarray(env.unwrapped._cliff)
    for r, c in zip(*np.nonzero(cliff), strict=True):
        cells[r][c] = "P"
    cells[rows - 1][0] = "S"
    cells[rows - 1][cols - 1] = "G"
    return GridLayout(tuple("".join(row) for row in cells), ((-1, 0), (0, 1), (1, 0), (0, -1)), pits_end=False)


@dataclass(frozen=True)
class Task:
    """What nodeflow knows about one supported Gymnasium task."""

    family: str
    """The id without its version ("CliffWalking")."""
    actions: tuple[str, ...]
    grid: Callable[[Any], GridLayout] | None = None
    drawing: str | None = None
    options: Mapping[str, type] = field(default_factory=dict)
    """Keyword arguments of gymnasium.make that may be set (name -> type)."""
    max_steps: int | None = None
    """A step limit for tasks Gymnasium does not limit (CliffWalking)."""


TASKS: dict[str, Task] = {
    "FrozenLake-v1": Task("FrozenLake", ("left", "down", "right", "up"), _frozenlake_grid,
                          options={"is_slippery": bool, "map_name": str}),
    "CliffWalking-v1": Task("CliffWalking", ("up", "right", "down", "left"), _cliffwalking_grid,
                            options={"is_slippery": bool}, max_steps=200),
    "CartPole-v1": Task("CartPole", ("push left", "push right"), drawing="cartpole"),
    "MountainCar-v0": Task("MountainCar", ("accelerate left", "coast", "accelerate right"), drawing="mountaincar"),
    "Acrobot-v1": Task("Acrobot", ("torque -1", "torque 0", "torque +1"), drawing="acrobot"),
}
SUPPORTED = tuple(TASKS)


def _gymnasium() -> Any:
    try:
        return importlib.import_module("gymnasium")
    except ImportError:
        raise GymUnavailable(f"Gymnasium is not installed; install it with: {INSTALL}") from None


def _task_key(env_id: str) -> str:
    """The key in TASKS for an id, accepting any version of a supported family."""
    if env_id in TASKS:
        return env_id
    family = env_id.rsplit("-v", 1)[0]
    for key, task in TASKS.items():
        if task.family == family:
            return key
    raise GymUnavailable(f"{env_id!r} is not a supported environment; choose gridworld or one of "
                         f"{', '.join(SUPPORTED)}")


def registered_id(env_id: str) -> str:
    """The id to pass to gymnasium.make for `env_id` (CliffWalking-v0/-v1 mapped to the installed one)."""
    key = _task_key(env_id)
    gym = _gymnasium()
    family = TASKS[key].family
    if env_id in gym.registry:
        return env_id
    versions = sorted(k for k in gym.registry if k.rsplit("-v", 1)[0] == family)
    if not versions:
        raise GymUnavailable(f"the installed Gymnasium {gym.__version__} has no {family} task; "
                             f"upgrade it with: pip install -U gymnasium")
    return versions[-1]


class GymEnvironment(Environment):
    """One Gymnasium environment behind nodeflow's `Environment` interface."""

    def __init__(self, env_id: str, rng: np.random.Generator, options: Mapping[str, Any] | None = None,
                 max_steps: int | None = None) -> None:
        key = _task_key(env_id)
        task = TASKS[key]
        options = dict(options or {})
        for name, value in options.items():
            kind = task.options.get(name)
            if kind is None:
                allowed = ", ".join(task.options) or "none"
                raise GymUnavailable(f"{key} has no option {name!r} (options: {allowed})")
            if not isinstance(value, kind):
                raise GymUnavailable(f"{key}: option {name!r} must be {kind.__name__}, got {value!r}")
        gym = _gymnasium()
        self.gym_id = registered_id(env_id)
        limit = max_steps if max_steps is not None else task.max_steps
        kwargs: dict[str, Any] = dict(options)
        if limit is not None:
            kwargs["max_episode_steps"] = int(limit)
        self.env = gym.make(self.gym_id, **kwargs)
        self.rng = rng
        self._seeded = False
        self.name = self.gym_id
        self.action_names = task.actions
        self.n_actions = int(self.env.action_space.n)
        self.drawing = task.drawing
        self.max_steps = int(self.env.spec.max_episode_steps or 0) if self.env.spec else 0
        space = self.env.observation_space
        if task.grid is not None:
            self.grid = task.grid(self.env)
            self.n_states = int(space.n)
        else:
            self.observation_size = int(np.prod(space.shape))

    def _state(self, observation: Any) -> int | np.ndarray:
        if self.grid is not None:
            return int(observation)
        return np.asarray(observation, dtype=np.float64).reshape(-1)

    def reset(self) -> int | np.ndarray:
        if not self._seeded:
            self._seeded = True
            observation, _info = self.env.reset(seed=int(self.rng.integers(2**31 - 1)))
        else:
            observation, _info = self.env.reset()
        return self._state(observation)

    def step(self, action: int) -> Step:
        observation, reward, terminated, truncated, _info = self.env.step(int(action))
        return Step(self._state(observation), float(reward), bool(terminated), bool(truncated))

    def close(self) -> None:
        self.env.close()
