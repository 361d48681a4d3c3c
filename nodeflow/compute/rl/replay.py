"""The replay buffer: the agent's recent transitions, sampled at random to learn from.

Learning from random old transitions instead of only the latest one breaks the correlation
between consecutive steps (Mnih et al., 2015). A buffer of size 1 sampled with batch size 1 is
textbook online Q-learning: every step learns from the transition just made.

Storage is preallocated (capacity, ...) arrays filled in a circle: once full, a new transition
replaces the oldest. Randomness contract: `sample` draws `rng.integers(0, len(buffer), size=batch)`
(with replacement).
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np


class Batch(NamedTuple):
    """Transitions (s, a, r, s', terminated): obs (B, F), actions (B,), rewards (B,),
    next_obs (B, F), terminated (B,) as 0/1 floats."""

    obs: np.ndarray
    actions: np.ndarray
    rewards: np.ndarray
    next_obs: np.ndarray
    terminated: np.ndarray


class ReplayBuffer:
    """Up to `capacity` transitions of `obs_size`-feature states."""

    def __init__(self, capacity: int, obs_size: int, dtype: np.dtype | type = np.float32) -> None:
        if capacity < 1:
            raise ValueError(f"the replay buffer needs room for at least 1 transition, got {capacity}")
        self.capacity = int(capacity)
        self.obs = np.zeros((capacity, obs_size), dtype)
        self.next_obs = np.zeros((capacity, obs_size), dtype)
        self.actions = np.zeros(capacity, np.int64)
        self.rewards = np.zeros(capacity, dtype)
        self.terminated = np.zeros(capacity, dtype)
        self.size = 0
        self._next = 0

    def __len__(self) -> int:
        return self.size

    def add(self, obs: np.ndarray, action: int, reward: float, next_obs: np.ndarray, terminated: bool) -> None:
        """Store one transition; obs and next_obs are (obs_size,) or (1, obs_size)."""
        i = self._next
        self.obs[i] = obs.reshape(-1)
        self.next_obs[i] = next_obs.reshape(-1)
        self.actions[i] = action
        self.rewards[i] = reward
        self.terminated[i] = float(terminated)
        self._next = (i + 1) % self.capacity
        self.size = min(self.size + 1, self.capacity)

    def sample(self, batch_size: int, rng: np.random.Generator) -> Batch:
        """`batch_size` transitions drawn uniformly (with replacement) from those stored."""
        if self.size == 0:
            raise ValueError("the replay buffer is empty")
        idx = rng.integers(0, self.size, size=batch_size)
        return Batch(self.obs[idx], self.actions[idx], self.rewards[idx], self.next_obs[idx], self.terminated[idx])
