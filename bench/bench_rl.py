"""How long the reinforcement-learning results take: the budget a learner waits for.

    .venv/bin/python bench/bench_rl.py            # all; --only grid,frozenlake,cartpole,example_grid,...

Runs the seeded settings of tests/compute/rl/test_rl_results.py and prints, for each, the
episodes and environment steps trained, wall and CPU seconds, and the result measured in an
environment seeded apart from training. For the grid world it also prints the first episode
after which the greedy policy follows the shortest path. The `example_*` cases train the
examples in examples/rl/ through the graph (`RLTrainer`, as the window and `nodeflow train` do).
"""

from __future__ import annotations

import argparse
import time

import numpy as np
from threadpoolctl import threadpool_info

from nodeflow.compute.rl.encoding import Encoder
from nodeflow.compute.rl.episodes import EpisodeRunner, QLearningSettings, greedy_returns
from nodeflow.compute.rl.grid_policy import greedy_path
from nodeflow.compute.rl.make import make_environment
from nodeflow.compute.rl.qnetwork import DenseQNetwork


def timed(runner: EpisodeRunner):
    wall, cpu = time.perf_counter(), time.process_time()
    history = runner.run()
    return history, time.perf_counter() - wall, time.process_time() - cpu


def grid() -> str:
    rng = np.random.default_rng(0)
    env = make_environment("gridworld", rng)
    enc = Encoder(env)
    q = DenseQNetwork(enc.size, 4, rng, use_bias=False, optimizer="sgd", lr=0.5)
    first: list[int] = []

    def on_event(e):
        if e["event"] == "episode" and not first:
            path = greedy_path(e["q_table"], env.grid)
            if env.grid.kind(path[-1]) == "G" and len(path) - 1 == 8:
                first.append(e["episode"])

    cfg = QLearningSettings(episodes=200, gamma=0.95, epsilon_steps=2000, replay_size=1, batch_size=1, warmup=1)
    h, wall, cpu = timed(EpisodeRunner(env, enc, q, cfg, rng, on_event))
    path = greedy_path(q.q_values(enc.all_cells()), env.grid)
    return (f"grid world 5x5 tabular: {h.episodes} episodes, {h.total_steps} steps, {wall:.2f} s wall, {cpu:.2f} s CPU; "
            f"greedy path {len(path) - 1} steps (shortest 8), first shortest after episode {first[0] if first else '-'}")


def frozenlake() -> str:
    rng = np.random.default_rng(1)
    env = make_environment("FrozenLake-v1", rng)
    enc = Encoder(env)
    q = DenseQNetwork(enc.size, 4, rng, use_bias=False, optimizer="sgd", lr=0.1)
    cfg = QLearningSettings(episodes=3000, gamma=0.99, epsilon_steps=20000, replay_size=10000, batch_size=32,
                            warmup=500, target_every=200)
    h, wall, cpu = timed(EpisodeRunner(env, enc, q, cfg, rng))
    success = [np.mean([r for r, _ in greedy_returns(make_environment("FrozenLake-v1", np.random.default_rng(s)), enc, q, n)])
               for s, n in ((1001, 100), (2001, 1000))]
    return (f"FrozenLake 4x4 slippery, Q-table + replay: {h.episodes} episodes, {h.total_steps} steps, {wall:.1f} s wall, "
            f"{cpu:.1f} s CPU; greedy success {success[0]:.0%} over 100 episodes, {success[1]:.1%} over 1000 "
            f"(the best possible is 74.4%)")


def cartpole() -> str:
    rng = np.random.default_rng(2)
    env = make_environment("CartPole-v1", rng)
    enc = Encoder(env)
    q = DenseQNetwork(enc.size, 2, rng, hidden=(64, 64), optimizer="adam", lr=1e-3, loss="huber")
    cfg = QLearningSettings(episodes=400, gamma=0.99, epsilon_steps=5000, epsilon_end=0.02, replay_size=50000,
                            batch_size=64, warmup=1000, target_every=200, eval_every=20, eval_episodes=10)
    eval_env = make_environment("CartPole-v1", np.random.default_rng(502))
    h, wall, cpu = timed(EpisodeRunner(env, enc, q, cfg, rng, eval_env=eval_env))
    returns = [r for r, _ in greedy_returns(make_environment("CartPole-v1", np.random.default_rng(1002)), enc, q, 20)]
    return (f"CartPole DQN 4-64-64-2: {h.episodes} episodes, {h.total_steps} steps, {wall:.1f} s wall, {cpu:.1f} s CPU "
            f"({1e6 * wall / h.total_steps:.0f} us per step); best evaluation after episode {h.best_episode}; "
            f"greedy mean return {np.mean(returns):.1f} over 20 episodes")


def example(name: str, greedy_episodes: int) -> str:
    """An example graph trained as the window and `nodeflow train` train it (RLTrainer)."""
    from nodeflow.compute.rl.describe import make_from_params
    from nodeflow.compute.rl.graph_agent import RLTrainer
    from nodeflow.examples import examples_dir
    from nodeflow.graph import io

    trainer = RLTrainer(io.load(examples_dir() / "rl" / f"{name}.nodeflow"))
    wall, cpu = time.perf_counter(), time.process_time()
    h = trainer.run()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    env, enc = make_from_params(trainer.env_params, np.random.default_rng(trainer.seed + 1000))
    score = np.mean([r for r, _ in greedy_returns(env, enc, trainer.qnet, greedy_episodes)])
    return (f"example {name} (graph): {h.episodes} episodes, {h.total_steps} steps, {wall:.1f} s wall, {cpu:.1f} s CPU "
            f"({1e6 * wall / h.total_steps:.0f} us per step); greedy mean return {score:.3g} over {greedy_episodes} "
            f"episodes")


CASES = {"grid": grid, "frozenlake": frozenlake, "cartpole": cartpole,
         "example_grid": lambda: example("gridworld_qtable", 1),
         "example_frozenlake": lambda: example("frozenlake_dqn", 100),
         "example_cartpole": lambda: example("cartpole_dqn", 20)}

if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default=",".join(CASES), help="comma-separated: " + ", ".join(CASES))
    args = parser.parse_args()
    print("BLAS:", ", ".join(f"{i['internal_api']} {i['num_threads']} threads" for i in threadpool_info()))
    for name in args.only.split(","):
        print(CASES[name](), flush=True)
