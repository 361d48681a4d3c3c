"""The episode loop: an agent acts epsilon-greedily, stores transitions, learns from replayed ones.

Each environment step (t counts steps over the whole run, from 0):

1. epsilon = epsilon_at(t); the action is epsilon-greedy on Q(s, .) of the online network;
2. the environment steps; (s, a, r, s', terminated) goes into the replay buffer;
3. when the buffer holds at least max(warmup, batch_size) transitions and t + 1 is a multiple
   of `train_every`: a batch is sampled, its TD targets r + gamma max Q_target(s', .) (r alone
   where terminated) are computed from the target network, and the Q-network takes one
   optimizer step on the TD loss;
4. when t + 1 is a multiple of `target_every`, the target network is refreshed (every 1:
   the target is the online network itself, as in textbook Q-learning).

Randomness contract (the exporter follows it): one generator; the Q-network's initial weights
are drawn first, then everything in the order it happens: the environment (slips, Gymnasium's
seed at the first reset), `epsilon_greedy`'s draws, `ReplayBuffer.sample`'s draws.

One `{"event": "episode", "episode": k, "return": ..., "steps": ..., "epsilon": ..., "loss": ...}`
per episode (`loss` the mean TD loss of the episode's updates, None before learning starts);
grid environments add `path` (the cells visited) and `q_table` ((n_states, n_actions) after
the episode); the others add `observations` ((steps + 1, F), the states of the episode). Last
comes `{"event": "done", ...}`, or `{"event": "error", "message": ...}` for a run that diverged.
Pause and stop are honoured between steps.

With `eval_every` > 0, every `eval_every` episodes the greedy policy (epsilon 0, no learning)
plays `eval_episodes` episodes in a second environment, `eval_env` (so evaluating never moves
the training environment's randomness), and `{"event": "evaluation", "episode": k,
"mean_return": ...}` is emitted. DQN's greedy policy can get worse again with more training;
with `restore_best` the run ends with the weights of the best evaluation (as the supervised
trainer restores the weights of the best validation loss).
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from typing import Any, Protocol

import numpy as np

from nodeflow.compute.rl.encoding import Encoder
from nodeflow.compute.rl.environment import Environment
from nodeflow.compute.rl.exploration import DECAYS, epsilon_at, epsilon_greedy
from nodeflow.compute.rl.replay import ReplayBuffer
from nodeflow.compute.rl.td import pack_targets, td_targets

BLOWUP_FACTOR = 10.0
"""Q-values beyond this many times the largest possible return mean the learning diverged."""


class QNetwork(Protocol):
    """What the loop needs of a Q-network (see `qnetwork.DenseQNetwork`)."""

    n_actions: int

    def q_values(self, obs: np.ndarray) -> np.ndarray: ...
    def target_q_values(self, obs: np.ndarray) -> np.ndarray: ...
    def train_batch(self, obs: np.ndarray, target: np.ndarray) -> tuple[float, np.ndarray]: ...
    def sync_target(self) -> None: ...
    def get_weights(self) -> np.ndarray: ...
    def set_weights(self, weights: np.ndarray) -> None: ...


class RLError(ValueError):
    """A setting or a run that cannot go on; the message is for the user."""


@dataclass
class QLearningSettings:
    """The agent's settings, each with the range it must lie in (checked by `problems`)."""

    episodes: int = 300
    gamma: float = 0.99
    """Discount factor: how much a reward one step later is worth, in [0, 1]."""
    epsilon_start: float = 1.0
    epsilon_end: float = 0.05
    epsilon_steps: int = 1000
    """Environment steps over which epsilon falls from start to end."""
    epsilon_decay: str = "linear"
    replay_size: int = 10000
    batch_size: int = 32
    warmup: int = 100
    """Transitions stored before learning starts."""
    target_every: int = 1
    """Refresh the target network every this many environment steps (1: no separate target)."""
    train_every: int = 1
    """Learn every this many environment steps."""
    eval_every: int = 0
    """Evaluate the greedy policy every this many episodes (0: never)."""
    eval_episodes: int = 10
    """Greedy episodes per evaluation."""
    restore_best: bool = True
    """End with the weights of the best evaluation (when evaluating)."""

    def problems(self) -> list[tuple[str, str]]:
        """(setting name, message) for each setting out of range; empty when all are fine."""
        out: list[tuple[str, str]] = []
        if not 0.0 <= self.gamma <= 1.0:
            out.append(("gamma", f"the discount gamma must lie in [0, 1], got {self.gamma:g}"))
        for name in ("epsilon_start", "epsilon_end"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                out.append((name, f"{name} is a probability and must lie in [0, 1], got {value:g}"))
        if self.epsilon_decay not in DECAYS:
            out.append(("epsilon_decay", f"epsilon_decay must be linear or exponential, got {self.epsilon_decay!r}"))
        for name in ("episodes", "replay_size", "batch_size", "target_every", "train_every", "eval_episodes"):
            if getattr(self, name) < 1:
                out.append((name, f"{name} must be at least 1, got {getattr(self, name)}"))
        for name in ("epsilon_steps", "warmup", "eval_every"):
            if getattr(self, name) < 0:
                out.append((name, f"{name} cannot be negative, got {getattr(self, name)}"))
        if self.batch_size > self.replay_size:
            out.append(("batch_size", f"the replay batch ({self.batch_size}) is larger than the replay buffer "
                                      f"({self.replay_size}): make the buffer at least as large as the batch"))
        if self.warmup > self.replay_size:
            out.append(("warmup", f"the warm-up ({self.warmup} transitions) is more than the replay buffer holds "
                                  f"({self.replay_size}), so learning would never start"))
        return out

    def check(self) -> None:
        """Raise RLError with the first problem."""
        problems = self.problems()
        if problems:
            raise RLError(problems[0][1])

    @classmethod
    def names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))


@dataclass
class EpisodeHistory:
    """Per-episode results of a run (lists indexed by episode - 1)."""

    returns: list[float] = field(default_factory=list)
    steps: list[int] = field(default_factory=list)
    epsilons: list[float] = field(default_factory=list)
    losses: list[float | None] = field(default_factory=list)
    evaluations: list[tuple[int, float]] = field(default_factory=list)
    """(episode, mean greedy return) of each evaluation."""
    best_episode: int | None = None
    """The episode whose evaluation was best (its weights are restored with restore_best)."""
    total_steps: int = 0
    stopped: bool = False
    error: str | None = None
    seconds: float = 0.0

    @property
    def episodes(self) -> int:
        return len(self.returns)


class EpisodeRunner:
    """Runs `settings.episodes` episodes of Q-learning of `qnet` in `env`; see the module docstring."""

    def __init__(
        self,
        env: Environment,
        encoder: Encoder,
        qnet: QNetwork,
        settings: QLearningSettings,
        rng: np.random.Generator,
        on_event: Callable[[dict], None] | None = None,
        eval_env: Environment | None = None,
    ) -> None:
        settings.check()
        if settings.eval_every > 0 and eval_env is None:
            raise RLError("evaluating the greedy policy needs a second environment (eval_env)")
        if qnet.n_actions != env.n_actions:
            raise RLError(f"the Q-network gives {qnet.n_actions} values per state but {env.name} has "
                          f"{env.n_actions} actions: its last layer needs {env.n_actions} units")
        self.env, self.encoder, self.qnet, self.settings, self.rng = env, encoder, qnet, settings, rng
        self.on_event = on_event
        self.eval_env = eval_env
        self._best: tuple[float, np.ndarray] | None = None
        self.buffer = ReplayBuffer(settings.replay_size, encoder.size, encoder.dtype)
        self.history = EpisodeHistory()
        self.t = 0
        self.max_abs_reward = 1.0
        self._go = threading.Event()
        self._go.set()
        self._stop = threading.Event()

    # ------------------------------------------------------------ control
    def pause(self) -> None:
        self._go.clear()

    def resume(self) -> None:
        self._go.set()

    def stop(self) -> None:
        self._stop.set()
        self._go.set()

    def _emit(self, event: dict) -> None:
        if self.on_event is not None:
            self.on_event(event)

    # ---------------------------------------------------------------- run
    def run(self) -> EpisodeHistory:
        """Run every episode (or until stopped or diverged); blocking."""
        started = time.perf_counter()
        try:
            with np.errstate(over="ignore", invalid="ignore", divide="ignore"):  # divergence is checked
                for k in range(self.settings.episodes):
                    if not self._episode(k):
                        self.history.stopped = True
                        break
                    if self.settings.eval_every and (k + 1) % self.settings.eval_every == 0:
                        self._evaluate(k)
        except RLError as exc:
            self.history.error = str(exc)
            self._emit({"event": "error", "message": str(exc)})
            return self.history
        h = self.history
        if self._best is not None and self.settings.restore_best:
            self.qnet.set_weights(self._best[1])
        h.seconds = time.perf_counter() - started
        self._emit({"event": "done", "episodes": h.episodes, "steps": h.total_steps, "stopped": h.stopped,
                    "best_episode": h.best_episode, "seconds": h.seconds})
        return h

    def _evaluate(self, k: int) -> None:
        assert self.eval_env is not None
        results = greedy_returns(self.eval_env, self.encoder, self.qnet, self.settings.eval_episodes)
        mean = float(np.mean([r for r, _ in results]))
        self.history.evaluations.append((k + 1, mean))
        if self._best is None or mean > self._best[0]:
            self._best = (mean, self.qnet.get_weights())
            self.history.best_episode = k + 1
        self._emit({"event": "evaluation", "episode": k + 1, "mean_return": mean,
                    "episodes": self.settings.eval_episodes})

    def _episode(self, k: int) -> bool:
        """One episode; False when stopped before it ended."""
        env, enc, qnet, rng, cfg = self.env, self.encoder, self.qnet, self.rng, self.settings
        state = env.reset()
        x = enc.encode(state)
        visited = [state]
        total = 0.0
        steps = 0
        losses: list[float] = []
        eps = epsilon_at(self.t, cfg.epsilon_start, cfg.epsilon_end, cfg.epsilon_steps, cfg.epsilon_decay)
        while True:
            if not self._go.is_set():
                self._go.wait()
            if self._stop.is_set():
                return False
            eps = epsilon_at(self.t, cfg.epsilon_start, cfg.epsilon_end, cfg.epsilon_steps, cfg.epsilon_decay)
            action = epsilon_greedy(qnet.q_values(x)[0], eps, rng)
            step = env.step(action)
            x2 = enc.encode(step.state)
            self.buffer.add(x, action, step.reward, x2, step.terminated)
            self.max_abs_reward = max(self.max_abs_reward, abs(step.reward))
            self.t += 1
            if len(self.buffer) >= max(cfg.warmup, cfg.batch_size) and self.t % cfg.train_every == 0:
                losses.append(self._learn(k))
            if self.t % cfg.target_every == 0:
                qnet.sync_target()
            total += step.reward
            steps += 1
            visited.append(step.state)
            x = x2
            if step.terminated or step.truncated:
                break
        mean_loss = float(np.mean(losses)) if losses else None
        h = self.history
        h.returns.append(total)
        h.steps.append(steps)
        h.epsilons.append(eps)
        h.losses.append(mean_loss)
        h.total_steps = self.t
        event: dict[str, Any] = {"event": "episode", "episode": k + 1, "return": total, "steps": steps,
                                 "epsilon": eps, "loss": mean_loss}
        if env.grid is not None:
            event["path"] = [int(v) for v in visited]
            event["q_table"] = qnet.q_values(enc.all_cells())
        else:
            event["observations"] = np.stack(visited)
        self._emit(event)
        return True

    def _learn(self, k: int) -> float:
        cfg, qnet = self.settings, self.qnet
        batch = self.buffer.sample(cfg.batch_size, self.rng)
        y = td_targets(batch.rewards, qnet.target_q_values(batch.next_obs), batch.terminated, cfg.gamma)
        loss, q = qnet.train_batch(batch.obs, pack_targets(batch.actions, y))
        peak = float(np.max(np.abs(q)))
        if not (math.isfinite(loss) and math.isfinite(peak)):
            what = "the TD loss" if not math.isfinite(loss) else "a Q-value"
            value = loss if not math.isfinite(loss) else peak
            raise RLError(f"training diverged in episode {k + 1} ({what} became "
                          f"{'nan' if math.isnan(value) else 'inf'}); try a smaller learning rate")
        bound = self.return_bound()
        if peak > BLOWUP_FACTOR * bound:
            raise RLError(f"the Q-values blew up in episode {k + 1}: |Q| reached {peak:.3g}, but no return can "
                          f"exceed {bound:.3g} here (rewards up to {self.max_abs_reward:g}, gamma "
                          f"{cfg.gamma:g}); try a smaller learning rate or refresh the target network less often")
        return loss

    def return_bound(self) -> float:
        """The largest |return| possible with the rewards seen so far: max|r| / (1 - gamma),
        or max|r| * max_steps when gamma is 1."""
        gamma = self.settings.gamma
        if gamma < 1.0:
            return self.max_abs_reward / (1.0 - gamma)
        return self.max_abs_reward * max(self.env.max_steps, 1)


def greedy_returns(env: Environment, encoder: Encoder, qnet: QNetwork, episodes: int) -> list[tuple[float, int]]:
    """(return, steps) of `episodes` episodes acting greedily (epsilon 0, no learning)."""
    out = []
    for _ in range(episodes):
        x = encoder.encode(env.reset())
        total, steps = 0.0, 0
        while True:
            step = env.step(int(np.argmax(qnet.q_values(x)[0])))
            total += step.reward
            steps += 1
            x = encoder.encode(step.state)
            if step.terminated or step.truncated:
                break
        out.append((total, steps))
    return out
