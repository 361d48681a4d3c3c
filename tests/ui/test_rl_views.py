"""The RL views, fed by a real run's events: the grid's arrows show the greedy actions, walls,
pits and goal are marked, the panel draws every episode, the control drawings follow the state."""

from __future__ import annotations

import math

import numpy as np
import pytest
from PySide6.QtGui import QColor

from nodeflow.compute.rl.encoding import Encoder
from nodeflow.compute.rl.episodes import EpisodeRunner, QLearningSettings
from nodeflow.compute.rl.gridworld import GridWorld
from nodeflow.compute.rl.qnetwork import DenseQNetwork
from nodeflow.ui.rl import grid_view
from nodeflow.ui.rl.control_view import ACCENT, ControlStateView
from nodeflow.ui.rl.grid_view import GridValueView
from nodeflow.ui.rl.rl_panel import RLPanel


def tabular_run(episodes=150):
    rng = np.random.default_rng(0)
    env = GridWorld(rng)
    enc = Encoder(env)
    q = DenseQNetwork(enc.size, 4, rng, use_bias=False, optimizer="sgd", lr=0.5)
    events = []
    cfg = QLearningSettings(episodes=episodes, gamma=0.95, epsilon_steps=2000, replay_size=1, batch_size=1, warmup=1)
    EpisodeRunner(env, enc, q, cfg, rng, events.append).run()
    return env, events


def close(a: QColor, b: QColor, tol: int = 40) -> bool:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) <= tol


def test_arrows_point_where_the_greedy_action_goes(qtbot):
    env, events = tabular_run()
    view = GridValueView()
    qtbot.addWidget(view)
    view.resize(500, 546)
    view.set_layout(env.grid)
    view.set_q_table(events[-2]["q_table"])
    view.show_values = False
    image = view.grab().toImage()
    policy = view.greedy_actions()
    assert np.array_equal(policy, events[-2]["q_table"].argmax(axis=1))
    checked = 0
    for s in range(env.grid.n_states):
        if env.grid.kind(s) not in ".S":
            continue
        rect = view.cell_rect(s)
        c = rect.center()
        fill = image.pixelColor(int(c.x() + rect.width() * 0.4), int(c.y() + rect.height() * 0.4))
        for a, (dr, dc) in enumerate(env.grid.moves):
            x = c.x() + dc * rect.width() * 0.26  # the shaft reaches 0.30 ahead, 0.21 behind
            y = c.y() + dr * rect.height() * 0.26
            pixel = image.pixelColor(int(x), int(y))
            assert close(pixel, fill) != (a == policy[s]), f"cell {s}, action {a}"
        checked += 1
    assert checked == 17


def test_walls_pits_and_goal_are_marked(qtbot):
    env, _events = tabular_run(3)
    view = GridValueView()
    qtbot.addWidget(view)
    view.resize(400, 446)
    view.set_layout(env.grid)
    image = view.grab().toImage()

    def at(state):
        c = view.cell_rect(state).center()
        return image.pixelColor(int(c.x()) + 2, int(c.y()) + 8)

    assert close(at(env.grid.cells_of("#")[0]), grid_view.WALL, 5)
    assert close(at(env.grid.cells_of("P")[0]), grid_view.PIT, 5)
    assert close(at(env.grid.cells_of("G")[0]), grid_view.GOAL, 5) or at(env.grid.cells_of("G")[0]) == QColor("white")


def test_panel_draws_every_episode_and_the_last_path(qtbot):
    env, events = tabular_run(40)
    panel = RLPanel()
    qtbot.addWidget(panel)
    panel.set_environment(env)
    for e in events:
        panel.on_event(e)
    x, y = panel.raw_curve.getData()
    assert len(x) == 40 and np.allclose(y, [e["return"] for e in events[:-1]])
    assert panel.grid_view.path == events[-2]["path"]
    assert "Finished 40 episodes" in panel.status.text()
    panel.on_event({"event": "error", "message": "training diverged in episode 3"})
    assert "diverged" in panel.status.text()


@pytest.mark.parametrize("drawing, obs", [
    ("cartpole", [0.0, 0.0, 0.0, 0.0]),
    ("mountaincar", [-0.5, 0.0]),
    ("acrobot", [1.0, 0.0, 1.0, 0.0, 0.0, 0.0]),
])
def test_control_drawings_show_a_state(qtbot, drawing, obs):
    view = ControlStateView()
    qtbot.addWidget(view)
    view.resize(400, 260)
    view.set_drawing(drawing)
    blank = view.grab().toImage()
    view.show_state(np.array(obs))
    drawn = view.grab().toImage()
    assert drawn != blank


def test_cartpole_pole_leans_with_theta(qtbot):
    view = ControlStateView()
    qtbot.addWidget(view)
    view.resize(400, 260)
    view.set_drawing("cartpole")

    def blue_columns(theta):
        view.show_state(np.array([0.0, 0.0, theta, 0.0]))
        image = view.grab().toImage()
        row = 100  # between the cart (top at y 160) and the pole's tip (y 91): only the pole is there
        return [x for x in range(400) if close(image.pixelColor(x, row), ACCENT, 30)]

    upright, right = blue_columns(0.0), blue_columns(math.radians(11))
    assert upright and right
    assert abs(np.mean(upright) - 200) < 6  # above the cart at the track's centre
    assert np.mean(right) > np.mean(upright) + 8  # 60 px up the pole, tan(11 degrees) * 60 = 11.7 px


def test_replay_plays_an_episode_to_its_end(qtbot):
    view = ControlStateView(fps=200)
    qtbot.addWidget(view)
    view.set_drawing("cartpole")
    frames = np.zeros((6, 4))
    frames[:, 0] = np.linspace(-1, 1, 6)
    view.play(frames, "episode 1")
    assert view.playing
    qtbot.waitUntil(lambda: not view.playing, timeout=5000)
    assert np.array_equal(view.observation, frames[-1])
    with pytest.raises(ValueError, match="no drawing for 'pong'"):
        view.set_drawing("pong")


@pytest.mark.parametrize("size, arrangement", [((1400, 260), "columns"), ((700, 260), "mixed"),
                                               ((480, 260), "single"), ((600, 700), "rows")])
def test_the_panel_arranges_its_plots_to_fit(qtbot, size, arrangement):
    """From wide to narrow and back, every plot shown lies inside the plot area (a plot wider than
    the panel would be cut off at its right edge)."""
    panel = RLPanel()
    qtbot.addWidget(panel)
    panel.resize(1600, 260)
    panel.show()
    qtbot.waitExposed(panel)
    panel.resize(*size)
    qtbot.wait(30)
    assert panel.arrangement == arrangement
    shown = [p for p in (panel.return_plot, panel.steps_plot, panel.epsilon_plot) if p.isVisible()]
    assert panel.return_plot in shown and len(shown) == (1 if arrangement == "single" else 3)
    for plot in shown:
        assert plot.mapRectToScene(plot.boundingRect()).right() <= panel.plots.width() + 1
