"""The built-in grid world: map parsing, moves, rewards, episode ends, seeded slipping."""

import numpy as np
import pytest

from nodeflow.compute.rl.gridworld import DEFAULT_MAP, GridWorld, open_layout, parse_layout
from nodeflow.compute.rl.make import make_environment

UP, RIGHT, DOWN, LEFT = range(4)


def world(layout="S.G", **kw):
    return GridWorld(np.random.default_rng(0), layout, **kw)


@pytest.mark.parametrize("text, message", [
    ("", "empty"),
    ("S..\n.G", "row 2 has 2 cells but row 1 has 3"),
    ("S.x/..G", "unknown cell 'x'"),
    ("..G", "0 start cells"),
    ("S../S.G", "2 start cells"),
    ("S..", "no goal"),
])
def test_bad_layouts_are_refused_with_a_reason(text, message):
    with pytest.raises(ValueError, match=message):
        parse_layout(text)


def test_layout_accepts_lines_slashes_and_spaces():
    assert parse_layout("S . #\n. . G") == parse_layout("S.#/..G") == ("S.#", "..G")


def test_walls_and_edges_block_moves_and_cells_are_numbered_row_by_row():
    env = world("S#../...G")
    assert env.n_states == 8 and env.grid.rows == 2 and env.grid.cols == 4
    assert env.reset() == 0
    assert env.step(RIGHT).state == 0  # wall
    assert env.step(UP).state == 0  # edge
    assert env.step(LEFT).state == 0  # edge
    assert env.step(DOWN).state == 4


def test_rewards_and_termination():
    env = world("SPG/...", step_penalty=0.1, goal_reward=2.0, pit_reward=-3.0)
    env.reset()
    step = env.step(DOWN)
    assert step == (3, -0.1, False, False)
    env.step(RIGHT)
    env.step(RIGHT)
    step = env.step(UP)
    assert step == (2, 2.0, True, False)
    with pytest.raises(RuntimeError, match="reset"):
        env.step(UP)
    env.reset()
    assert env.step(RIGHT) == (1, -3.0, True, False)


def test_step_limit_truncates_without_terminating():
    env = world("S.G", max_steps=3)
    env.reset()
    assert env.step(LEFT).truncated is False
    assert env.step(LEFT).truncated is False
    last = env.step(LEFT)
    assert last.truncated is True and last.terminated is False


def test_deterministic_world_draws_nothing_from_the_generator():
    rng = np.random.default_rng(5)
    env = GridWorld(rng, DEFAULT_MAP)
    env.reset()
    for a in (DOWN, DOWN, RIGHT):
        env.step(a)
    assert rng.random() == np.random.default_rng(5).random()


def test_slip_goes_sideways_at_the_stated_rate_and_is_seeded():
    def moves(seed):
        env = GridWorld(np.random.default_rng(seed), open_layout(9), slip=0.4)
        out = []
        for _ in range(4000):
            env.reset()
            env.state = 40  # the middle of the map
            out.append(env.step(UP).state)
        return np.array(out)

    a = moves(1)
    assert np.array_equal(a, moves(1))
    assert not np.array_equal(a, moves(2))
    share = {cell: np.mean(a == cell) for cell in (31, 41, 39)}  # up, right, left of 40
    assert share[31] == pytest.approx(0.6, abs=0.03)
    assert share[41] == pytest.approx(0.2, abs=0.02)
    assert share[39] == pytest.approx(0.2, abs=0.02)
    assert share[31] + share[41] + share[39] == 1.0


def test_make_environment_builds_gridworlds_from_options():
    env = make_environment("gridworld", np.random.default_rng(0), {"size": 4, "slip": 0.2})
    assert env.grid.cells == open_layout(4) and env.slip == 0.2
    env = make_environment("gridworld", np.random.default_rng(0), {"layout": "S.G", "size": 4})
    assert env.grid.cells == ("S.G",)
    with pytest.raises(ValueError, match="no option 'slipp'"):
        make_environment("gridworld", np.random.default_rng(0), {"slipp": 0.2})
    with pytest.raises(ValueError, match="between 0 and 1"):
        make_environment("gridworld", np.random.default_rng(0), {"slip": 1.5})
