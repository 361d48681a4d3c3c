"""Q-learning's update equals the textbook rule.

A Dense layer without bias fed one-hot states is a Q-table: Q(s, .) = W[s]. With plain SGD at
learning rate alpha on the TD loss (1/2) (Q(s, a) - y)^2 (the 1/2 convention of nodeflow's TD
loss, so no factor 2 appears), one transition (s, a, r, s') changes exactly one entry:

    Q(s, a) <- Q(s, a) + alpha [r + gamma max_a' Q(s', a') - Q(s, a)]
"""

import numpy as np
import pytest

from nodeflow.compute.rl.encoding import Encoder
from nodeflow.compute.rl.episodes import EpisodeRunner, QLearningSettings
from nodeflow.compute.rl.gridworld import GridWorld
from nodeflow.compute.rl.qnetwork import DenseQNetwork
from nodeflow.compute.rl.td import pack_targets, td_targets

ALPHA, GAMMA = 0.3, 0.9


def q_table_net(n_states=5, seed=0):
    return DenseQNetwork(n_states, 4, np.random.default_rng(seed), use_bias=False, optimizer="sgd", lr=ALPHA,
                         loss="mse", dtype=np.float64)


@pytest.mark.parametrize("terminated", [False, True])
def test_one_transition_is_the_textbook_update(terminated):
    net = q_table_net()
    Q = net.layers[0][0].copy()  # the Q-table by hand, (5 states, 4 actions)
    s, a, r, s2 = 1, 2, 0.7, 3
    one_hot = np.eye(5)
    y = td_targets(np.array([r]), net.target_q_values(one_hot[[s2]]), np.array([float(terminated)]), GAMMA)
    net.train_batch(one_hot[[s]], pack_targets(np.array([a]), y))

    future = 0.0 if terminated else GAMMA * Q[s2].max()
    Q[s, a] = Q[s, a] + ALPHA * (r + future - Q[s, a])
    assert np.allclose(net.layers[0][0], Q, rtol=0, atol=1e-15)
    assert np.count_nonzero(net.layers[0][0] != q_table_net().layers[0][0]) == 1


class RecordingGridWorld(GridWorld):
    """The grid world, writing down every transition (s, a, r, s', terminated) it makes."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.transitions = []

    def step(self, action):
        s = self.state
        step = super().step(action)
        self.transitions.append((s, action, step.reward, step.state, step.terminated))
        return step


def test_episodes_of_online_q_learning_are_the_textbook_loop():
    """Replay of size 1 sampled with batch 1 and the target refreshed every step is online
    Q-learning: the loop's Q-table after three episodes equals the rule applied by hand to each
    transition the agent made, in order."""
    env = RecordingGridWorld(np.random.default_rng(1), "S..P/.#.G", step_penalty=0.05, slip=0.2)
    enc = Encoder(env, dtype=np.float64)  # float64 throughout, so the comparison can be exact
    net = DenseQNetwork(enc.size, 4, np.random.default_rng(2), use_bias=False, optimizer="sgd", lr=ALPHA,
                        dtype=np.float64)
    Q = net.layers[0][0].copy()
    cfg = QLearningSettings(episodes=3, gamma=GAMMA, epsilon_start=0.5, epsilon_end=0.5, replay_size=1,
                            batch_size=1, warmup=1, target_every=1)
    history = EpisodeRunner(env, enc, net, cfg, np.random.default_rng(3)).run()
    assert history.error is None and len(env.transitions) == sum(history.steps) > 3
    for s, a, r, s2, terminated in env.transitions:
        future = 0.0 if terminated else GAMMA * Q[s2].max()
        Q[s, a] += ALPHA * (r + future - Q[s, a])
    assert np.allclose(net.layers[0][0], Q, rtol=0, atol=1e-12)
