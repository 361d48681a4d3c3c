"""Q-learning of a graph drawn on the canvas: Environment -> layers -> TDLoss -> optimizer.

`RLTrainer` is what `Trainer` is for a Dataset graph, with the same surface (`run`, `pause`,
`resume`, `stop`, `network`, `history`, `epochs`, `on_event`), so the command line and the
window's worker run either without caring which. It compiles the graph twice, the online
Q-network and its target copy, and hands both to the episode loop (`episodes.EpisodeRunner`)
through `GraphQNetwork`; the optimizer node's kernel steps the online weights.

Settings: the Environment node's parameters (episodes, exploration, replay, evaluation) and
the TDLoss node's (gamma, target_every, mse or huber); `training.seed` and `training.dtype` as
for any graph; `training.restore_best` ends with the weights of the best greedy evaluation when
the Environment evaluates (`eval_every` > 0). The optimizer's learning-rate schedule advances
per episode (an episode plays the part of an epoch).

Randomness contract (as `episodes`): `rng = default_rng(seed)`; the online network's initial
weights are drawn first (as `Trainer` draws them), then the environment and the loop draw from
the same generator in the order things happen. The target copy and the closing greedy score
use generators of their own, so they never move the run's.

Events: the loop's ("episode", "evaluation", "error"), then one "done" carrying, besides the
loop's numbers, `greedy_return` (mean return of `eval_episodes` greedy episodes in a world
seeded `seed + 1000`) and, for grid worlds, `greedy_path` (the cells the greedy policy visits
from the start without slipping) and `q_table`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import numpy as np

from nodeflow.compute.rl.describe import make_from_params, settings_from
from nodeflow.compute.rl.episodes import EpisodeHistory, EpisodeRunner, RLError, greedy_returns
from nodeflow.compute.rl.grid_policy import greedy_path

GREEDY_SEED_OFFSET = 1000
"""The closing greedy score plays in a world seeded `seed + GREEDY_SEED_OFFSET`."""


def environment_node(graph: Any) -> str | None:
    """The id of the graph's Environment node, or None (then it is not an RL graph)."""
    for node_id, node in graph.nodes.items():
        if node.type == "Environment":
            return node_id
    return None


def is_rl_graph(graph: Any) -> bool:
    return environment_node(graph) is not None


class GraphQNetwork:
    """A compiled graph as the episode loop's Q-network (see `episodes.QNetwork`)."""

    def __init__(self, network: Any, target: Any, optimizer: Any, lr: float, rng: np.random.Generator,
                 n_inputs: int) -> None:
        self.net, self.target, self.optimizer, self.lr, self.rng = network, target, optimizer, float(lr), rng
        self.n_inputs = int(n_inputs)
        self.n_actions = int(network.predict(np.zeros((1, self.n_inputs), network.dtype)).shape[1])
        self.sync_target()

    def q_values(self, obs: np.ndarray) -> np.ndarray:
        return np.array(self.net.predict(obs), copy=True)

    def target_q_values(self, obs: np.ndarray) -> np.ndarray:
        return np.array(self.target.predict(obs), copy=True)

    def train_batch(self, obs: np.ndarray, target: np.ndarray) -> tuple[float, np.ndarray]:
        net = self.net
        loss = net.forward(obs, target, True, self.rng)
        q = np.array(net.prediction(), copy=True)
        net.backward()
        self.optimizer.step(net.flat_w, net.flat_g, self.lr, net.decay_mask)
        return loss, q

    def sync_target(self) -> None:
        self.target.set_state(self.net.get_state())

    def get_weights(self) -> np.ndarray:
        return self.net.get_state()  # type: ignore[return-value]

    def set_weights(self, weights: Any) -> None:
        self.net.set_state(weights)
        self.sync_target()


class _Runner(EpisodeRunner):
    """The episode loop, stepping the optimizer's learning-rate schedule once per episode."""

    def __init__(self, *args: Any, schedule: Callable[[int], float], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.schedule = schedule

    def _episode(self, k: int) -> bool:
        self.qnet.lr = self.schedule(k)  # type: ignore[attr-defined]
        return super()._episode(k)


class RLTrainer:
    """Trains an RL graph; see the module docstring. Raises GraphError for a graph that cannot
    be compiled; what goes wrong while running is an "error" event and `history.error`.

    `epochs` (the command line's --epochs) overrides the Environment's `episodes`."""

    def __init__(
        self,
        graph: Any,
        *,
        epochs: int | None = None,
        seed: int | None = None,
        dtype: str | None = None,
        on_event: Callable[[dict], None] | None = None,
        analysis: Any = None,
        base_dir: str | None = None,
    ) -> None:
        from nodeflow.compute import schedules
        from nodeflow.compute.network import Network, resolve
        from nodeflow.compute.types import GraphError
        from nodeflow.graph.analysis import analyze

        training = dict(graph.training or {})
        self.graph = graph
        self.analysis = analysis if analysis is not None else analyze(graph)
        if not self.analysis.ok:
            raise GraphError(str(self.analysis.first_error))
        self.seed = int(seed if seed is not None else training.get("seed") or 0)
        self.dtype = str(dtype or training.get("dtype") or "float32")
        restore_best = training.get("restore_best")
        self.on_event = on_event
        self.base_dir = base_dir
        self.env_id = environment_node(graph)
        if self.env_id is None:
            raise GraphError("the graph has no Environment node to learn in")
        self.rng = np.random.default_rng(self.seed)
        self.network = Network.compile(graph, self.analysis, self.dtype, rng=self.rng)
        net = self.network
        if net.optimizer_id is None:
            raise GraphError("the graph has no optimizer node: wire the TDLoss into one (e.g. Adam)")
        if net.loss_id is None or net.node_types.get(net.loss_id) != "TDLoss":
            raise GraphError(f"{net.optimizer_id}: an Environment's agent learns from a TDLoss; wire the "
                             f"Q-values into a TDLoss's pred and the Environment's target into its target",
                             net.optimizer_id)
        self.env_params = dict(self.analysis.params[self.env_id])
        self.td_params = dict(self.analysis.params[net.loss_id])
        self.settings = settings_from(self.env_params, self.td_params)
        if epochs is not None:
            self.settings.episodes = int(epochs)
        if isinstance(restore_best, bool):
            self.settings.restore_best = restore_best
        try:
            self.settings.check()
        except RLError as exc:
            raise GraphError(f"{self.env_id}: {exc}", self.env_id) from None
        self.epochs = self.settings.episodes
        self.opt_params = dict(self.analysis.params[net.optimizer_id])
        optimizer = resolve(graph.nodes[net.optimizer_id].spec.kernel)(self.opt_params, net.size, net.dtype)
        target = Network.compile(graph, self.analysis, self.dtype, rng=np.random.default_rng(0))
        episodes = self.settings.episodes

        def lr_at(k: int) -> float:
            return float(schedules.learning_rate(self.opt_params, k, episodes))

        state = self.analysis.output_type((self.env_id, "state"))
        self.qnet = GraphQNetwork(net, target, optimizer, lr_at(0), self.rng, int(state.shape[1]))
        self._schedule = lr_at
        self.env: Any = None
        self.encoder: Any = None
        self.runner: _Runner | None = None
        self.history = EpisodeHistory()
        self.splits = None
        """(Dataset graphs' trainers keep their data splits; an agent has none.)"""
        self._go = threading.Event()
        self._go.set()
        self._stop = threading.Event()

    # ------------------------------------------------------------ control
    def pause(self) -> None:
        self._go.clear()
        if self.runner is not None:
            self.runner.pause()

    def resume(self) -> None:
        self._go.set()
        if self.runner is not None:
            self.runner.resume()

    def stop(self) -> None:
        self._stop.set()
        self._go.set()
        if self.runner is not None:
            self.runner.stop()

    @property
    def paused(self) -> bool:
        return not self._go.is_set()

    def _emit(self, event: dict) -> None:
        if self.on_event is not None:
            self.on_event(event)

    # ---------------------------------------------------------------- run
    def run(self) -> EpisodeHistory:
        """Play and learn every episode (or until stopped or diverged); blocking."""
        try:
            self._run()
        except (ValueError, OSError) as exc:  # RLError, a bad setting met while running
            self._fail(str(exc))
        except MemoryError:
            self._fail("out of memory: the replay buffer or the network do not fit (try a smaller replay_size)")
        except Exception as exc:  # a bug should still end the run with a message
            self._fail(f"{type(exc).__name__}: {exc}")
            raise
        return self.history

    def _fail(self, message: str) -> None:
        self.history.error = message
        self._emit({"event": "error", "message": message})

    def _run(self) -> None:
        self.env, self.encoder = make_from_params(self.env_params, self.rng)
        eval_env = None
        if self.settings.eval_every > 0:
            eval_env, _ = make_from_params(self.env_params, np.random.default_rng(self.seed + 500))
        if self.encoder.size != self.qnet.n_inputs:  # pragma: no cover - the analysis agrees
            raise RLError("the environment's states changed size since the graph was checked")
        self.qnet.sync_target()  # Continue: the weights put in after compiling
        done: list[dict] = []

        def on_event(event: dict) -> None:
            if event.get("event") == "done":
                done.append(event)
            else:
                self._emit(event)

        runner = _Runner(self.env, self.encoder, self.qnet, self.settings, self.rng, on_event, eval_env,
                         schedule=self._schedule)
        self.runner = runner
        if not self._go.is_set():
            runner.pause()
        if self._stop.is_set():
            runner.stop()
        try:
            self.history = runner.run()
        finally:
            self.env.close()
            if eval_env is not None:
                eval_env.close()
        if done:
            self._emit(self._closing(done[0]))

    def _closing(self, event: dict) -> dict:
        """The loop's "done" with the greedy policy's score added."""
        out = dict(event)
        out["epochs"] = out.get("episodes", 0)
        env, encoder = make_from_params(self.env_params, np.random.default_rng(self.seed + GREEDY_SEED_OFFSET))
        try:
            if env.max_steps and self.settings.eval_episodes:
                results = greedy_returns(env, encoder, self.qnet, self.settings.eval_episodes)
                out["greedy_return"] = float(np.mean([r for r, _ in results]))
                out["greedy_steps"] = float(np.mean([s for _, s in results]))
            if env.grid is not None:
                table = self.qnet.q_values(encoder.all_cells())
                out["q_table"] = table
                out["greedy_path"] = [int(s) for s in greedy_path(table, env.grid)]
        finally:
            env.close()
        self.history.greedy_return = out.get("greedy_return")  # type: ignore[attr-defined]
        return out
