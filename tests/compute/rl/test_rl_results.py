"""The stated results, seeded: tabular Q-learning finds the grid world's shortest path, a Q-table
with replay learns FrozenLake's best policy (>= 70% success), a DQN balances CartPole (>= 195).

Each final score is measured in an environment of its own, seeded apart from training."""

import numpy as np
import pytest

from nodeflow.compute.rl.encoding import Encoder
from nodeflow.compute.rl.episodes import EpisodeRunner, QLearningSettings, greedy_returns
from nodeflow.compute.rl.grid_policy import greedy_path, shortest_distances, shortest_path_actions
from nodeflow.compute.rl.make import make_environment
from nodeflow.compute.rl.qnetwork import DenseQNetwork


def test_tabular_q_learning_finds_the_shortest_path_in_the_grid_world():
    rng = np.random.default_rng(0)
    env = make_environment("gridworld", rng)
    enc = Encoder(env, "one_hot")
    q = DenseQNetwork(enc.size, 4, rng, use_bias=False, optimizer="sgd", lr=0.5)
    cfg = QLearningSettings(episodes=200, gamma=0.95, epsilon_steps=2000, replay_size=1, batch_size=1, warmup=1)
    history = EpisodeRunner(env, enc, q, cfg, rng).run()
    assert history.error is None
    table = q.q_values(enc.all_cells())
    path = greedy_path(table, env.grid)
    start = divmod(env.grid.start, env.grid.cols)
    assert env.grid.kind(path[-1]) == "G"
    assert len(path) - 1 == shortest_distances(env.grid)[start] == 8
    good = shortest_path_actions(env.grid)
    assert all(int(table[s].argmax()) in good[s] for s in path[:-1])  # every arrow on the way points closer


def frozenlake_best_policy(env) -> np.ndarray:
    """Value iteration on Gymnasium's own transition table, gamma 0.99: the policy to learn."""
    P = env.env.unwrapped.P
    V = np.zeros(16)
    for _ in range(1000):
        Q = np.array([[sum(p * (r + 0.99 * (0 if done else V[s2])) for p, s2, r, done in P[s][a]) for a in range(4)]
                      for s in range(16)])
        V = Q.max(axis=1)
    return Q.argmax(axis=1)


@pytest.mark.slow
def test_frozenlake_q_table_with_replay_succeeds_70_percent_on_slippery_ice():
    pytest.importorskip("gymnasium")
    rng = np.random.default_rng(1)
    env = make_environment("FrozenLake-v1", rng)  # 4 x 4, slippery
    enc = Encoder(env, "one_hot")
    q = DenseQNetwork(enc.size, 4, rng, use_bias=False, optimizer="sgd", lr=0.1)
    cfg = QLearningSettings(episodes=3000, gamma=0.99, epsilon_steps=20000, replay_size=10000, batch_size=32,
                            warmup=500, target_every=200)
    assert EpisodeRunner(env, enc, q, cfg, rng).run().error is None
    policy = q.q_values(enc.all_cells()).argmax(axis=1)
    frozen = [s for s in range(16) if env.grid.kind(s) in ".S"]
    assert np.array_equal(policy[frozen], frozenlake_best_policy(env)[frozen])
    test_env = make_environment("FrozenLake-v1", np.random.default_rng(1001))
    success = np.mean([r for r, _ in greedy_returns(test_env, enc, q, 100)])
    assert success >= 0.70


@pytest.mark.slow
def test_cartpole_dqn_balances_for_195_steps_on_average():
    pytest.importorskip("gymnasium")
    # 600 episodes: at 400 the run reached 195 on one machine but only 110 on another (the same seed follows
    # a different path where BLAS rounds differently); at 600 seeds 0-3 all end at 320-500 with restore-best.
    rng = np.random.default_rng(2)
    env = make_environment("CartPole-v1", rng)
    enc = Encoder(env)
    q = DenseQNetwork(enc.size, 2, rng, hidden=(64, 64), optimizer="adam", lr=1e-3, loss="huber")
    cfg = QLearningSettings(episodes=600, gamma=0.99, epsilon_steps=5000, epsilon_end=0.02, replay_size=50000,
                            batch_size=64, warmup=1000, target_every=200, eval_every=20, eval_episodes=10)
    eval_env = make_environment("CartPole-v1", np.random.default_rng(502))
    history = EpisodeRunner(env, enc, q, cfg, rng, eval_env=eval_env).run()
    assert history.error is None and history.best_episode is not None
    test_env = make_environment("CartPole-v1", np.random.default_rng(1002))
    returns = [r for r, _ in greedy_returns(test_env, enc, q, 20)]
    assert np.mean(returns) >= 195
