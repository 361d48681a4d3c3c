"""Gymnasium's tasks behind the Environment interface: ids, grids, seeding, clear messages."""

import importlib

import numpy as np
import pytest

from nodeflow.compute.rl import gym_tasks
from nodeflow.compute.rl.encoding import Encoder
from nodeflow.compute.rl.gym_tasks import INSTALL, SUPPORTED, GymEnvironment, GymUnavailable, registered_id
from nodeflow.compute.rl.make import make_environment

gymnasium = pytest.importorskip("gymnasium")


def rollout(env_id, seed, episodes=3, **options):
    rng = np.random.default_rng(seed)
    env = make_environment(env_id, rng, options)
    out = []
    for _ in range(episodes):
        state = env.reset()
        trace = [np.asarray(state, dtype=float).tolist()]
        while True:
            step = env.step(int(rng.integers(env.n_actions)))
            trace.append((np.asarray(step.state, dtype=float).tolist(), step.reward, step.terminated, step.truncated))
            if step.terminated or step.truncated:
                break
        out.append(trace)
    env.close()
    return out


@pytest.mark.parametrize("env_id", SUPPORTED)
def test_every_supported_task_is_seeded_by_the_run(env_id):
    assert rollout(env_id, 3) == rollout(env_id, 3)
    assert rollout(env_id, 3) != rollout(env_id, 4)


@pytest.mark.parametrize("env_id, states, size, actions, drawing", [
    ("FrozenLake-v1", 16, None, 4, None),
    ("CliffWalking-v1", 48, None, 4, None),
    ("CartPole-v1", None, 4, 2, "cartpole"),
    ("MountainCar-v0", None, 2, 3, "mountaincar"),
    ("Acrobot-v1", None, 6, 3, "acrobot"),
])
def test_tasks_describe_themselves(env_id, states, size, actions, drawing):
    env = make_environment(env_id, np.random.default_rng(0))
    assert (env.n_states, env.observation_size, env.n_actions, env.drawing) == (states, size, actions, drawing)
    assert len(env.action_names) == actions
    assert env.max_steps > 0  # every episode ends (CliffWalking gets a limit of its own)
    if states is None:
        assert Encoder(env).size == size
        assert env.reset().dtype == np.float64


def test_frozenlake_grid_matches_gymnasiums_map_and_moves():
    env = make_environment("FrozenLake-v1", np.random.default_rng(0), {"is_slippery": False})
    assert env.grid.cells == ("S...", ".P.P", "...P", "P..G")
    env.reset()
    for action, (dr, dc) in enumerate(env.grid.moves):  # each action moves as the grid says (from cell 5's
        env.env.unwrapped.s = 9                          # neighbour 9, an open cell with open neighbours)
        r, c = divmod(9, 4)
        assert env.step(action).state == (r + dr) * 4 + (c + dc)


def test_cliffwalking_grid_and_its_renamed_version():
    env = make_environment("CliffWalking-v1", np.random.default_rng(0))
    assert env.grid.cells[-1] == "SPPPPPPPPPPG" and not env.grid.pits_end
    assert registered_id("CliffWalking-v0") in gymnasium.registry
    assert registered_id("CliffWalking-v0").startswith("CliffWalking-v")


def test_truncation_at_the_step_limit_is_not_termination():
    env = make_environment("CartPole-v1", np.random.default_rng(0), {"max_steps": 5})
    env.reset()
    steps = [env.step(i % 2) for i in range(5)]
    assert steps[-1].truncated and not steps[-1].terminated


def test_unsupported_ids_and_options_get_a_clear_message():
    with pytest.raises(GymUnavailable, match="'Pong-v5' is not a supported environment; choose gridworld or"):
        make_environment("Pong-v5", np.random.default_rng(0))
    with pytest.raises(GymUnavailable, match="CartPole-v1 has no option 'is_slippery'"):
        make_environment("CartPole-v1", np.random.default_rng(0), {"is_slippery": True})
    with pytest.raises(GymUnavailable, match="must be bool"):
        make_environment("FrozenLake-v1", np.random.default_rng(0), {"is_slippery": "yes"})


def test_missing_gymnasium_names_the_install_command(monkeypatch):
    real = importlib.import_module

    def no_gymnasium(name, *args):
        if name == "gymnasium":
            raise ImportError("No module named 'gymnasium'")
        return real(name, *args)

    monkeypatch.setattr(gym_tasks.importlib, "import_module", no_gymnasium)
    with pytest.raises(GymUnavailable) as err:
        GymEnvironment("CartPole-v1", np.random.default_rng(0))
    assert "Gymnasium is not installed" in str(err.value) and INSTALL in str(err.value)
    assert 'pip install "nodeflow[rl]"' in INSTALL
