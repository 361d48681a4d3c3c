"""Epsilon schedules, epsilon-greedy choices and the replay buffer."""

import numpy as np
import pytest

from nodeflow.compute.rl.exploration import epsilon_at, epsilon_greedy
from nodeflow.compute.rl.replay import ReplayBuffer


def test_linear_schedule():
    assert [epsilon_at(t, 1.0, 0.1, 10) for t in (0, 5, 10, 50)] == pytest.approx([1.0, 0.55, 0.1, 0.1])


def test_exponential_schedule_shrinks_the_gap_by_a_constant_factor():
    values = [epsilon_at(t, 1.0, 0.1, 100, "exponential") for t in range(0, 101, 10)]
    gaps = np.array(values[:-1]) - 0.1
    assert values[0] == 1.0 and values[-1] == 0.1
    assert np.allclose(gaps[1:] / gaps[:-1], 0.01 ** 0.1)
    assert epsilon_at(99, 1.0, 0.1, 100, "exponential") == pytest.approx(0.1 + 0.9 * 0.01 ** 0.99)
    with pytest.raises(ValueError, match="linear or exponential"):
        epsilon_at(0, 1, 0, 10, "cosine")
    assert epsilon_at(3, 1.0, 0.2, 0) == 0.2


def test_epsilon_greedy_draws_as_documented():
    q = np.array([0.0, 3.0, 1.0])
    rng = np.random.default_rng(7)
    assert epsilon_greedy(q, 0.0, rng) == 1
    ref = np.random.default_rng(7)
    ref.random()
    assert rng.random() == ref.random()  # greedy: one draw
    rng, ref = np.random.default_rng(7), np.random.default_rng(7)
    chosen = epsilon_greedy(q, 1.0, rng)
    ref.random()
    assert chosen == ref.integers(3) and rng.random() == ref.random()  # exploring: two draws
    picks = [epsilon_greedy(q, 0.3, np.random.default_rng(s)) for s in range(3000)]
    assert np.mean(np.array(picks) != 1) == pytest.approx(0.2, abs=0.03)  # 0.3 * 2/3 explore elsewhere


def test_replay_buffer_is_a_circle_and_samples_with_the_runs_generator():
    buf = ReplayBuffer(3, 2)
    for i in range(5):
        buf.add(np.array([i, i]), i % 2, float(i), np.array([i + 1, i + 1]), i == 4)
    assert len(buf) == 3
    assert sorted(buf.rewards.tolist()) == [2.0, 3.0, 4.0]  # the two oldest were replaced
    batch = buf.sample(6, np.random.default_rng(1))
    idx = np.random.default_rng(1).integers(0, 3, size=6)
    assert np.array_equal(batch.rewards, buf.rewards[idx])
    assert np.array_equal(batch.next_obs[:, 0], batch.obs[:, 0] + 1)
    assert np.array_equal(batch.terminated, (batch.rewards == 4).astype(np.float32))
    with pytest.raises(ValueError, match="empty"):
        ReplayBuffer(2, 1).sample(1, np.random.default_rng(0))
    with pytest.raises(ValueError, match="at least 1"):
        ReplayBuffer(0, 1)
