"""The interface every environment implements, so the episode loop does not care which it is.

An environment is stepped one action at a time. Its state is either a cell index (grid
environments: `n_states` cells numbered row by row, `grid` describes the map) or an
observation vector of `observation_size` numbers (CartPole, MountainCar, Acrobot). Gymnasium's
distinction between the two ways an episode ends is kept: `terminated` means the task ended
(goal, pit, pole fallen: no future reward, the TD target is r alone), `truncated` means the
episode was cut by a step limit (the TD target still bootstraps from s').
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

State = int | np.ndarray
"""A cell index (grid environments) or an observation vector (float64, (observation_size,))."""


class Step(NamedTuple):
    """What one action leads to."""

    state: State
    reward: float
    terminated: bool
    truncated: bool


@dataclass(frozen=True)
class GridLayout:
    """A grid map for views and shortest-path checks.

    `cells` holds one string per row, one character per cell: '.' floor, '#' wall, 'P' pit
    (ends the episode badly; FrozenLake's holes, CliffWalking's cliff), 'G' goal, 'S' start.
    `moves[a]` is the (d_row, d_col) action `a` intends; state index = row * cols + col.
    `pits_end` is False where stepping into a pit sends the agent back to the start instead
    of ending the episode (CliffWalking).
    """

    cells: tuple[str, ...]
    moves: tuple[tuple[int, int], ...]
    pits_end: bool = True

    @property
    def rows(self) -> int:
        return len(self.cells)

    @property
    def cols(self) -> int:
        return len(self.cells[0])

    @property
    def n_states(self) -> int:
        return self.rows * self.cols

    def kind(self, state: int) -> str:
        r, c = divmod(int(state), self.cols)
        return self.cells[r][c]

    def cells_of(self, kind: str) -> list[int]:
        """State indices of every cell of one kind ('#', 'P', 'G', 'S', '.')."""
        return [r * self.cols + c for r, row in enumerate(self.cells) for c, ch in enumerate(row) if ch == kind]

    @property
    def start(self) -> int:
        return self.cells_of("S")[0]


class Environment:
    """Base class: `reset()` starts an episode and returns the first state; `step(action)`
    returns a `Step`. Randomness comes only from the generator the environment was made with,
    so two runs with the same seed are identical.

    Attributes: `name`, `n_actions`, `action_names`, `n_states` (grid environments) or
    `observation_size` (vector environments), `grid` (a `GridLayout` or None), `max_steps`
    (the step limit that truncates an episode), `drawing` (how a view draws an observation:
    "cartpole", "mountaincar", "acrobot", or None).
    """

    name: str = ""
    n_actions: int = 0
    action_names: tuple[str, ...] = ()
    n_states: int | None = None
    observation_size: int | None = None
    grid: GridLayout | None = None
    max_steps: int = 0
    drawing: str | None = None

    def reset(self) -> State:
        raise NotImplementedError

    def step(self, action: int) -> Step:
        raise NotImplementedError

    def close(self) -> None:
        """Free what the environment holds (Gymnasium's resources); nothing by default."""
