"""The episode loop: events, seeding, pause/stop, bad settings, divergence and Q-value blow-up."""

import threading

import numpy as np
import pytest

from nodeflow.compute.rl.encoding import Encoder
from nodeflow.compute.rl.episodes import EpisodeRunner, QLearningSettings, RLError
from nodeflow.compute.rl.gridworld import GridWorld
from nodeflow.compute.rl.qnetwork import DenseQNetwork

EPISODE_KEYS = {"event", "episode", "return", "steps", "epsilon", "loss"}


def runner(seed=0, lr=0.5, layout="S...P/.#..G", slip=0.1, hidden=(), on_event=None, **settings):
    rng = np.random.default_rng(seed)
    env = GridWorld(rng, layout, slip=slip)
    enc = Encoder(env)
    net = DenseQNetwork(enc.size, 4, rng, hidden=hidden, use_bias=bool(hidden), optimizer="sgd", lr=lr)
    cfg = dict(episodes=20, gamma=0.9, replay_size=50, batch_size=4, warmup=8, epsilon_steps=100, target_every=5)
    cfg.update(settings)
    return EpisodeRunner(env, enc, net, QLearningSettings(**cfg), rng, on_event)


def test_one_event_per_episode_then_done():
    events = []
    history = runner(on_event=events.append).run()
    episodes = [e for e in events if e["event"] == "episode"]
    assert [e["episode"] for e in episodes] == list(range(1, 21))
    assert events[-1]["event"] == "done" and events[-1]["episodes"] == 20
    for e in episodes:
        assert EPISODE_KEYS <= set(e)
        assert e["steps"] == len(e["path"]) - 1 and e["q_table"].shape == (10, 4)
    assert episodes[0]["loss"] is None or episodes[0]["steps"] >= 8  # no learning before the warm-up
    assert any(e["loss"] is not None for e in episodes)
    assert [e["return"] for e in episodes] == history.returns
    assert history.epsilons == sorted(history.epsilons, reverse=True) and history.epsilons[-1] < 1


def test_same_seed_same_run_other_seed_other_run():
    a, b, c = runner(0).run(), runner(0).run(), runner(1).run()
    assert (a.returns, a.steps, a.losses) == (b.returns, b.steps, b.losses)
    assert (a.returns, a.steps) != (c.returns, c.steps)


def test_stop_between_steps_and_pause_holds_the_run():
    gate = threading.Event()
    seen = []

    def on_event(event):
        seen.append(event)
        if event["event"] == "episode" and event["episode"] == 2:
            run.pause()
            gate.set()

    run = runner(on_event=on_event, episodes=1000)
    thread = threading.Thread(target=run.run)
    thread.start()
    assert gate.wait(30)
    count = len(seen)
    thread.join(0.3)
    assert thread.is_alive() and len(seen) == count  # paused: nothing happens
    run.stop()
    thread.join(30)
    assert not thread.is_alive()
    assert run.history.stopped and run.history.episodes == 2
    assert seen[-1]["event"] == "done" and seen[-1]["stopped"] is True


@pytest.mark.parametrize("settings, message", [
    ({"gamma": 1.5}, "the discount gamma must lie in [0, 1], got 1.5"),
    ({"gamma": -0.1}, "the discount gamma must lie in [0, 1]"),
    ({"batch_size": 64, "replay_size": 32}, "the replay batch (64) is larger than the replay buffer (32)"),
    ({"warmup": 100, "replay_size": 50}, "so learning would never start"),
    ({"epsilon_start": 2.0}, "epsilon_start is a probability"),
    ({"epsilon_decay": "cosine"}, "linear or exponential"),
    ({"target_every": 0}, "target_every must be at least 1"),
])
def test_bad_settings_are_refused_with_a_reason(settings, message):
    with pytest.raises(RLError) as err:
        runner(**settings)
    assert message in str(err.value)


def test_a_q_network_of_the_wrong_width_is_refused():
    rng = np.random.default_rng(0)
    env = GridWorld(rng, "S.G")
    enc = Encoder(env)
    net = DenseQNetwork(enc.size, 3, rng)
    with pytest.raises(RLError, match="gives 3 values per state but gridworld has 4 actions: its last layer needs 4 units"):
        EpisodeRunner(env, enc, net, QLearningSettings(), rng)


def test_divergence_stops_the_run_with_a_message():
    events = []
    history = runner(lr=1e38, hidden=(8,), on_event=events.append).run()
    assert history.error is not None and "training diverged in episode" in history.error
    assert "try a smaller learning rate" in history.error
    assert events[-1] == {"event": "error", "message": history.error}


def test_q_value_blow_up_is_caught_before_it_overflows():
    history = runner(lr=3.0, hidden=(16,), gamma=0.99, target_every=1, slip=0.0, episodes=200).run()
    assert history.error is not None and "the Q-values blew up in episode" in history.error
    assert "no return can exceed 100 here (rewards up to 1, gamma 0.99)" in history.error


def test_evaluations_use_their_own_environment_and_the_best_weights_come_back():
    events = []
    rng = np.random.default_rng(0)
    env = GridWorld(rng, "S...P/.#..G", slip=0.1)
    enc = Encoder(env)
    net = DenseQNetwork(enc.size, 4, rng, optimizer="sgd", lr=0.5, use_bias=False)
    cfg = QLearningSettings(episodes=30, gamma=0.9, replay_size=50, batch_size=4, warmup=8, epsilon_steps=100,
                            eval_every=10, eval_episodes=3)
    snapshots = {}

    def on_event(event):
        events.append(event)
        if event["event"] == "evaluation":
            snapshots[event["episode"]] = net.get_weights()

    eval_env = GridWorld(np.random.default_rng(99), "S...P/.#..G", slip=0.1)
    history = EpisodeRunner(env, enc, net, cfg, rng, on_event, eval_env=eval_env).run()
    evaluations = [e for e in events if e["event"] == "evaluation"]
    assert [e["episode"] for e in evaluations] == [10, 20, 30]
    assert history.evaluations == [(e["episode"], e["mean_return"]) for e in evaluations]
    best = max(history.evaluations, key=lambda e: e[1])
    assert history.best_episode == best[0] and events[-1]["best_episode"] == best[0]
    assert np.array_equal(net.get_weights(), snapshots[best[0]])
    assert np.array_equal(net.target_w, net.flat_w)
    # the training environment's randomness is untouched by evaluation: same returns as without it
    rng = np.random.default_rng(0)
    env = GridWorld(rng, "S...P/.#..G", slip=0.1)
    net = DenseQNetwork(enc.size, 4, rng, optimizer="sgd", lr=0.5, use_bias=False)
    cfg.eval_every = 0
    assert EpisodeRunner(env, enc, net, cfg, rng).run().returns == history.returns


def test_evaluating_needs_a_second_environment():
    with pytest.raises(RLError, match="needs a second environment"):
        runner(eval_every=5)
