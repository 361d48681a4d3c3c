"""What a Q-table says about a grid: V(s) = max_a Q(s, a), the greedy policy, its path; and the
true shortest distances to the goal, to check a learned policy against."""

from __future__ import annotations

from collections import deque

import numpy as np

from nodeflow.compute.rl.environment import GridLayout
from nodeflow.compute.rl.gridworld import grid_move


def values_and_policy(q_table: np.ndarray, layout: GridLayout) -> tuple[np.ndarray, np.ndarray]:
    """q_table (n_states, n_actions) -> V (rows, cols) = max_a Q and the greedy action (rows, cols)
    (np.argmax: ties to the lowest action)."""
    q = np.asarray(q_table).reshape(layout.rows, layout.cols, -1)
    return q.max(axis=-1), q.argmax(axis=-1)


def greedy_path(q_table: np.ndarray, layout: GridLayout, max_steps: int | None = None) -> list[int]:
    """The cells visited following the greedy policy from the start without slipping, until a goal
    or pit, a cell seen before (a loop) or `max_steps` (default: the number of cells)."""
    _v, policy = values_and_policy(q_table, layout)
    state = layout.start
    path = [state]
    for _ in range(max_steps or layout.n_states):
        if layout.kind(state) in "GP":
            break
        r, c = divmod(state, layout.cols)
        state = grid_move(layout.cells, state, layout.moves[int(policy[r, c])])
        if state in path:
            path.append(state)
            break
        path.append(state)
    return path


def shortest_distances(layout: GridLayout) -> np.ndarray:
    """Fewest steps from each cell to a goal without entering a pit or wall, (rows, cols) float
    (inf where the goal cannot be reached; walls and pits inf, goals 0)."""
    dist = np.full(layout.n_states, np.inf)
    todo = deque(layout.cells_of("G"))
    for g in todo:
        dist[g] = 0
    while todo:
        cell = todo.popleft()
        for s in range(layout.n_states):  # predecessors: cells one move away
            if np.isfinite(dist[s]) or layout.kind(s) in "#PG":
                continue
            if any(grid_move(layout.cells, s, m) == cell for m in layout.moves):
                dist[s] = dist[cell] + 1
                todo.append(s)
    return dist.reshape(layout.rows, layout.cols)


def shortest_path_actions(layout: GridLayout) -> list[set[int]]:
    """For each cell, the actions that move one step closer to a goal (empty for walls, pits, goals
    and cells that cannot reach one)."""
    dist = shortest_distances(layout).reshape(-1)
    out: list[set[int]] = []
    for s in range(layout.n_states):
        good = set()
        if np.isfinite(dist[s]) and dist[s] > 0:
            for a, m in enumerate(layout.moves):
                if dist[grid_move(layout.cells, s, m)] == dist[s] - 1:
                    good.add(a)
        out.append(good)
    return out
