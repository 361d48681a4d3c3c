"""Temporal-difference targets and the TD loss, with the gradient only on the action taken.

Q-learning moves Q(s, a) toward the target  y = r + gamma * max_a' Q_target(s', a'),  and
y = r where the episode terminated in s' (nothing follows a goal or a pit). An episode that
was only cut by a step limit (truncated) still bootstraps from s': the task had not ended.

The loss compares Q(s, a) of the taken action with y; the other actions' outputs get no
gradient. Conventions (mean over the batch of B transitions, delta = d = Q(s, a) - y):

- mse    (1/2) d^2          gradient d / B on Q(s, a)
- huber  (1/2) d^2 for |d| <= delta, delta (|d| - delta / 2) beyond (torch.nn.functional.huber_loss)
                            gradient clip(d, -delta, delta) / B

The 1/2 makes plain SGD at learning rate alpha on a Q-table (a Dense without bias fed one-hot
states) exactly the textbook rule  Q(s, a) <- Q(s, a) + alpha [r + gamma max Q(s', .) - Q(s, a)],
and makes Huber equal to this MSE wherever |d| <= delta.

The loss takes the target packed as (B, 2): column 0 the action taken (a whole number), column 1
the TD target y, so it fits the engine's (pred, target) loss interface.
"""

from __future__ import annotations

import numpy as np

from nodeflow.compute.kernels.losses import huber, huber_backward

TD_LOSSES = ("mse", "huber")


def td_targets(rewards: np.ndarray, next_q: np.ndarray, terminated: np.ndarray, gamma: float) -> np.ndarray:
    """r + gamma * max_a' next_q (zero future where terminated): rewards (B,), next_q (B, A),
    terminated (B,) 0/1 -> (B,) in next_q's dtype."""
    future = next_q.max(axis=1) * (1 - terminated)
    return (rewards + gamma * future).astype(next_q.dtype, copy=False)


def pack_targets(actions: np.ndarray, targets: np.ndarray) -> np.ndarray:
    """(B,) actions and (B,) TD targets -> the (B, 2) target the TD loss takes."""
    return np.stack([actions.astype(targets.dtype), targets], axis=1)


def _taken(q: np.ndarray, target: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rows = np.arange(q.shape[0])
    actions = target[:, 0].astype(np.int64)
    return rows, actions, q[rows, actions]


def td_loss(q: np.ndarray, target: np.ndarray, kind: str = "mse", delta: float = 1.0) -> float:
    """The TD loss of Q-values q (B, A) against target (B, 2) = (action, y); see the module docstring."""
    _rows, _actions, q_taken = _taken(q, target)
    if kind == "mse":
        d = q_taken - target[:, 1]
        return float(0.5 * np.mean(d * d))
    if kind == "huber":
        return huber(q_taken, target[:, 1], delta)
    raise ValueError(f"unknown TD loss {kind!r}; choose mse or huber")


def td_loss_backward(q: np.ndarray, target: np.ndarray, kind: str = "mse", delta: float = 1.0) -> np.ndarray:
    """d loss / d q (B, A): nonzero only in each row's taken action."""
    rows, actions, q_taken = _taken(q, target)
    if kind == "mse":
        d = (q_taken - target[:, 1]) * (1.0 / q.shape[0])
    elif kind == "huber":
        d = huber_backward(q_taken, target[:, 1], delta)
    else:
        raise ValueError(f"unknown TD loss {kind!r}; choose mse or huber")
    dq = np.zeros_like(q)
    dq[rows, actions] = d
    return dq
