"""Epsilon-greedy exploration: a random action with probability epsilon, else the best known.

Epsilon falls from `start` to `end` over `steps` environment steps and then stays at `end`:

- linear       start + (end - start) * min(t / steps, 1)
- exponential  end + (start - end) * 0.01 ** (t / steps): the gap to `end` shrinks by the same
               factor every step, to 1% after `steps` steps (then epsilon is `end`)

`t` counts environment steps from 0 over the whole run (not per episode).

Randomness contract: `epsilon_greedy` draws one `rng.random()`, then, only when exploring,
one `rng.integers(n_actions)`. Ties between equal Q-values go to the lowest action (np.argmax).
"""

from __future__ import annotations

import math

import numpy as np

DECAYS = ("linear", "exponential")
EXPONENTIAL_FLOOR = 0.01
"""The fraction of (start - end) left after `steps` steps of exponential decay."""


def epsilon_at(t: int, start: float, end: float, steps: int, decay: str = "linear") -> float:
    """Epsilon after `t` environment steps (closed form, so resuming at any t gives the same value)."""
    if steps <= 0:
        return float(end)
    if decay == "linear":
        return float(start + (end - start) * min(t / steps, 1.0))
    if decay == "exponential":
        if t >= steps:
            return float(end)
        return float(end + (start - end) * math.exp(math.log(EXPONENTIAL_FLOOR) * t / steps))
    raise ValueError(f"unknown epsilon decay {decay!r}; choose linear or exponential")


def epsilon_greedy(q: np.ndarray, epsilon: float, rng: np.random.Generator) -> int:
    """An action for Q-values `q` (n_actions,): random with probability epsilon, else argmax."""
    if rng.random() < epsilon:
        return int(rng.integers(q.shape[-1]))
    return int(np.argmax(q))
