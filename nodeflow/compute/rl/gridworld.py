"""The built-in grid world: a map of floor, walls, pits and a goal, deterministic or slippery.

The map is text, one row per line (or rows separated by '/'): '.' floor, '#' wall, 'P' pit,
'G' goal, 'S' start (exactly one). Actions 0-3 are up, right, down, left (as CliffWalking).
A move into a wall or off the map leaves the agent where it is.

Rewards: `goal_reward` for the step into the goal, `pit_reward` for the step into a pit (both
end the episode), `-step_penalty` for every other step. With `slip` > 0 the agent slides to one
of the two directions perpendicular to the one it chose, each with probability slip / 2 (as on
FrozenLake's ice). An episode is cut (truncated) after `max_steps` steps.

Randomness contract (the NumPy exporter copies this module): one `rng.random()` per step, and
only when `slip` > 0; nothing at reset (the start cell is fixed).
"""

from __future__ import annotations

import numpy as np

from nodeflow.compute.rl.environment import Environment, GridLayout, Step

MOVES = ((-1, 0), (0, 1), (1, 0), (0, -1))
"""(d_row, d_col) of the actions up, right, down, left."""
ACTION_NAMES = ("up", "right", "down", "left")
CELL_KINDS = ".#PGS"


DEFAULT_MAP = (
    "S....",
    ".##.#",
    "...P.",
    "P#...",
    "...#G",
)
"""The default 5 x 5 map: the shortest path from S to G takes 8 steps, one of them beside a pit."""


def parse_layout(text: str) -> tuple[str, ...]:
    """Rows of a map written as text (lines or '/'-separated; spaces ignored), checked:
    rectangular, only the known cell kinds, exactly one start, at least one goal."""
    rows = [row.replace(" ", "").replace("\t", "") for row in text.replace("/", "\n").splitlines()]
    rows = [row for row in rows if row]
    if not rows:
        raise ValueError("the grid world's layout is empty: write rows like 'S..' and '..G'")
    width = len(rows[0])
    for i, row in enumerate(rows, 1):
        if len(row) != width:
            raise ValueError(f"layout row {i} has {len(row)} cells but row 1 has {width}: rows must be equally long")
        bad = sorted(set(row) - set(CELL_KINDS))
        if bad:
            raise ValueError(f"layout row {i} has the unknown cell {bad[0]!r}: use . # P G S "
                             "(floor, wall, pit, goal, start)")
    starts = sum(row.count("S") for row in rows)
    if starts != 1:
        raise ValueError(f"the layout has {starts} start cells 'S': it needs exactly one")
    if not any("G" in row for row in rows):
        raise ValueError("the layout has no goal cell 'G'")
    return tuple(rows)


def open_layout(size: int) -> tuple[str, ...]:
    """A size x size map with no walls: start top-left, goal bottom-right."""
    if size < 2:
        raise ValueError(f"a grid world needs at least 2 x 2 cells, got size {size}")
    rows = ["." * size for _ in range(size)]
    rows[0] = "S" + rows[0][1:]
    rows[-1] = rows[-1][:-1] + "G"
    return tuple(rows)


def grid_move(cells: tuple[str, ...], state: int, move: tuple[int, int]) -> int:
    """The cell reached from `state` by one move; walls and the map's edge block it."""
    cols = len(cells[0])
    r, c = divmod(state, cols)
    r2, c2 = r + move[0], c + move[1]
    if 0 <= r2 < len(cells) and 0 <= c2 < cols and cells[r2][c2] != "#":
        return r2 * cols + c2
    return state


def slipped_action(action: int, slip: float, rng: np.random.Generator) -> int:
    """The action actually taken: the chosen one, or with probability slip one of the two
    perpendicular to it (slip / 2 each). Draws one number from `rng` when slip > 0."""
    if slip <= 0:
        return action
    u = rng.random()
    if u < slip / 2:
        return (action + 1) % 4
    if u < slip:
        return (action + 3) % 4
    return action


class GridWorld(Environment):
    """A grid world on `layout` (text or rows); see the module docstring for the rules."""

    action_names = ACTION_NAMES
    n_actions = 4

    def __init__(
        self,
        rng: np.random.Generator,
        layout: str | tuple[str, ...] = DEFAULT_MAP,
        step_penalty: float = 0.01,
        goal_reward: float = 1.0,
        pit_reward: float = -1.0,
        slip: float = 0.0,
        max_steps: int = 100,
    ) -> None:
        cells = parse_layout(layout if isinstance(layout, str) else "\n".join(layout))
        if not 0.0 <= slip <= 1.0:
            raise ValueError(f"slip must be a probability between 0 and 1, got {slip:g}")
        if max_steps < 1:
            raise ValueError(f"max_steps must be at least 1, got {max_steps}")
        self.rng = rng
        self.grid = GridLayout(cells, MOVES)
        self.cells = cells
        self.n_states = self.grid.n_states
        self.step_penalty = float(step_penalty)
        self.goal_reward = float(goal_reward)
        self.pit_reward = float(pit_reward)
        self.slip = float(slip)
        self.max_steps = int(max_steps)
        self.name = "gridworld" if self.slip == 0 else f"gridworld (slip {self.slip:g})"
        self.state = self.grid.start
        self.steps = 0
        self.done = True

    def reset(self) -> int:
        self.state = self.grid.start
        self.steps = 0
        self.done = False
        return self.state

    def step(self, action: int) -> Step:
        if self.done:
            raise RuntimeError("the episode has ended: call reset() first")
        if not 0 <= action < 4:
            raise ValueError(f"action {action} is not one of 0-3 (up, right, down, left)")
        taken = slipped_action(int(action), self.slip, self.rng)
        self.state = grid_move(self.cells, self.state, MOVES[taken])
        self.steps += 1
        kind = self.grid.kind(self.state)
        if kind == "G":
            reward, terminated = self.goal_reward, True
        elif kind == "P":
            reward, terminated = self.pit_reward, True
        else:
            reward, terminated = -self.step_penalty, False
        truncated = not terminated and self.steps >= self.max_steps
        self.done = terminated or truncated
        return Step(self.state, reward, terminated, truncated)
