"""States as network inputs: what the Q-network sees of a state.

- `one_hot`      grid states as one-hot rows (N, n_states): a Dense without bias on these rows
                 *is* a Q-table (row s of its weight matrix holds Q(s, .)).
- `coords`       grid states as (row, col), each scaled to [0, 1]: (N, 2). Neighbouring cells
                 get similar inputs, so what is learned in one cell carries over to the next.
- `observation`  the environment's observation vector as it is: (N, observation_size).

`auto` picks one_hot for grid environments and observation for the others.
"""

from __future__ import annotations

import numpy as np

from nodeflow.compute.rl.environment import Environment, State

ENCODINGS = ("auto", "one_hot", "coords", "observation")


def one_hot_states(states: np.ndarray, n_states: int, dtype: np.dtype | type = np.float32) -> np.ndarray:
    """Cell indices (N,) -> one-hot rows (N, n_states)."""
    states = np.asarray(states, dtype=np.int64).reshape(-1)
    out = np.zeros((states.size, n_states), dtype=dtype)
    out[np.arange(states.size), states] = 1
    return out


def coordinate_states(states: np.ndarray, rows: int, cols: int, dtype: np.dtype | type = np.float32) -> np.ndarray:
    """Cell indices (N,) -> (row / (rows - 1), col / (cols - 1)) rows (N, 2), in [0, 1]."""
    r, c = np.divmod(np.asarray(states, dtype=np.int64).reshape(-1), cols)
    return np.stack([r / max(rows - 1, 1), c / max(cols - 1, 1)], axis=1).astype(dtype)


def observation_states(states: np.ndarray, dtype: np.dtype | type = np.float32) -> np.ndarray:
    """Observation vectors (N, F) (or one (F,)) -> (N, F) in the run's dtype."""
    x = np.asarray(states, dtype=dtype)
    return x.reshape(1, -1) if x.ndim == 1 else x


class Encoder:
    """Turns an environment's states into network inputs of `size` features."""

    def __init__(self, env: Environment, kind: str = "auto", dtype: np.dtype | type = np.float32) -> None:
        if kind not in ENCODINGS:
            raise ValueError(f"unknown state encoding {kind!r}; choose one of {', '.join(ENCODINGS)}")
        grid = env.grid
        if kind == "auto":
            kind = "one_hot" if grid is not None else "observation"
        if grid is None and kind != "observation":
            raise ValueError(f"{env.name} gives an observation vector, not grid cells: "
                             f"set the state encoding to observation (or auto)")
        if grid is not None and kind == "observation":
            raise ValueError(f"{env.name} gives grid cells, not an observation vector: "
                             f"set the state encoding to one_hot or coords")
        self.env = env
        self.kind = kind
        self.dtype = np.dtype(dtype)
        if kind == "one_hot":
            self.size = grid.n_states  # type: ignore[union-attr]
        elif kind == "coords":
            self.size = 2
        else:
            self.size = int(env.observation_size or 0)

    def encode(self, states: State | list[State] | np.ndarray) -> np.ndarray:
        """One state or a batch of states -> (N, size) inputs."""
        grid = self.env.grid
        if self.kind == "one_hot":
            return one_hot_states(np.asarray(states), grid.n_states, self.dtype)  # type: ignore[union-attr]
        if self.kind == "coords":
            return coordinate_states(np.asarray(states), grid.rows, grid.cols, self.dtype)  # type: ignore[union-attr]
        return observation_states(np.asarray(states), self.dtype)

    def all_cells(self) -> np.ndarray:
        """Every cell of a grid environment encoded, (n_states, size): for the Q-table view."""
        if self.env.grid is None:
            raise ValueError(f"{self.env.name} has no grid")
        return self.encode(np.arange(self.env.grid.n_states))
