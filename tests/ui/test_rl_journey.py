"""Journey: a learner opens the grid-world example from File ▸ Examples, presses Train and
watches the agent learn on the RL tab: the greedy arrows end up pointing along the shortest
path, the returns climb, and "Replay last episode" walks the agent to the goal."""

from __future__ import annotations

import os

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from nodeflow.compute.rl.grid_policy import greedy_path, shortest_distances, shortest_path_actions

pytestmark = pytest.mark.e2e
SHOTS = os.environ.get("NODEFLOW_SHOTS", "/tmp/shots")


def example_action(window, title: str):
    for action in window.examples_menu.actions():
        if action.text() == title:
            return action
    raise AssertionError(f"no example {title!r} in {[a.text() for a in window.examples_menu.actions()]}")


def train_and_wait(qtbot, window, timeout: int = 120000) -> None:
    with qtbot.waitSignal(window.training.controller.ended, timeout=timeout):
        window.actionTrain.trigger()
        assert window.training.controller.running, window.statusBar().currentMessage()


def test_the_grid_world_agent_learns_the_shortest_path_in_the_window(qtbot, window):
    window.resize(1600, 1000)
    window.show()
    qtbot.waitExposed(window)
    example_action(window, "Grid world: a Q-table learns the shortest path").trigger()
    assert {n.type for n in window.graph.nodes.values()} == {"Environment", "Dense", "TDLoss", "SGD"}
    dock = window.training
    assert dock.rl.visible  # the RL tab is there for an RL graph
    train_and_wait(qtbot, window)
    message = window.statusBar().currentMessage()
    assert "finished after 200 episodes" in message and "greedy return" in message, message
    assert dock.tabs.currentWidget() is dock.rl.panel
    panel = dock.rl.panel
    assert len(panel.returns) == 200
    assert np.mean(panel.returns[-20:]) > np.mean(panel.returns[:20]) + 1.0  # it learned to stop falling in pits
    assert panel.epsilons[0] > 0.9 and panel.epsilons[-1] == pytest.approx(0.05)

    grid = panel.grid_view.layout_
    arrows = panel.grid_view.greedy_actions()
    good = shortest_path_actions(grid)
    # follow the arrows from the start: every one points one step closer to the goal
    state, walked = grid.start, 0
    while grid.kind(state) != "G":
        assert int(arrows[state]) in good[state], f"cell {state}: arrow {arrows[state]} not on a shortest path"
        r, c = divmod(state, grid.cols)
        dr, dc = grid.moves[int(arrows[state])]
        state = (r + dr) * grid.cols + (c + dc)
        walked += 1
        assert walked <= grid.n_states
    start = divmod(grid.start, grid.cols)
    assert walked == shortest_distances(grid)[start] == 8
    assert panel.grid_view.path == panel.last_path or len(panel.grid_view.path) == 9  # the greedy path drawn

    os.makedirs(SHOTS, exist_ok=True)
    window.canvas.zoom_to_fit()
    qtbot.wait(50)
    window.grab().save(f"{SHOTS}/rl_gridworld_1600x1000.png")
    # replay the last episode: the agent walks its path step by step to the goal
    QTest.mouseClick(panel.replay_button, Qt.MouseButton.LeftButton)
    assert panel.replaying and len(panel.grid_view.path) == 1
    qtbot.waitUntil(lambda: not panel.replaying, timeout=10000)
    assert panel.grid_view.agent == panel.last_path[-1] and grid.kind(panel.grid_view.agent) == "G"
    window.resize(1024, 700)
    qtbot.wait(50)
    window.canvas.zoom_to_fit()
    qtbot.wait(50)
    window.grab().save(f"{SHOTS}/rl_gridworld_1024x700.png")
    panel.grab().save(f"{SHOTS}/rl_tab_1024x700.png")
    # the Environment's card in the inspector: the grid world's settings, not FrozenLake's
    window.canvas.scene().clearSelection()
    window.canvas.node_item("env").setSelected(True)
    qtbot.wait(50)
    editors = window.inspector.editors
    assert {"source", "layout", "slip", "episodes", "epsilon_start", "replay_size"} <= set(editors)
    shown = {name for name, editor in editors.items() if editor.widget.isVisibleTo(window.inspector)}
    assert "slip" in shown and "map_name" not in shown and "slippery" not in shown
    window.resize(1600, 1000)
    qtbot.wait(50)
    window.grab().save(f"{SHOTS}/rl_inspector_1600x1000.png")


def test_a_dataset_graph_has_no_rl_tab(window, examples_dir):
    window.open_example(examples_dir / "xor_mlp.nodeflow", ask=False)
    assert not window.training.rl.visible


def test_pause_and_stop_an_agent_and_watch_cartpole(qtbot, window):
    pytest.importorskip("gymnasium")
    window.resize(1600, 1000)
    window.show()
    qtbot.waitExposed(window)
    example_action(window, "CartPole: a deep Q-network balances a pole").trigger()
    dock, panel = window.training, window.training.rl.panel
    controller = dock.controller
    window.actionTrain.trigger()
    assert controller.running
    qtbot.waitUntil(lambda: len(panel.returns) >= 5, timeout=60000)
    window.actionPause.trigger()
    qtbot.waitUntil(lambda: controller.state == "paused", timeout=5000)
    qtbot.wait(300)  # what was on its way arrives; then nothing more while paused
    seen = len(panel.returns)
    qtbot.wait(400)
    assert len(panel.returns) == seen and window.actionPause.text() == "&Resume"
    assert panel.stack.currentWidget() is panel.state_view and panel.state_view.drawing == "cartpole"
    assert panel.state_view.observation is not None and panel.state_view.observation.shape == (4,)
    window.canvas.zoom_to_fit()
    qtbot.wait(50)
    os.makedirs(SHOTS, exist_ok=True)
    window.grab().save(f"{SHOTS}/rl_cartpole_1600x1000.png")
    with qtbot.waitSignal(controller.ended, timeout=30000):
        window.actionStop.trigger()
    assert "stopped after" in window.statusBar().currentMessage()
    assert seen <= len(panel.returns) < 400
    QTest.mouseClick(panel.replay_button, Qt.MouseButton.LeftButton)
    assert panel.state_view.playing  # the last episode drawn again, frame by frame


def test_step_plays_one_episode_and_continue_starts_from_the_learned_q_table(qtbot, window):
    window.show()
    example_action(window, "Grid world: a Q-table learns the shortest path").trigger()
    dock, panel = window.training, window.training.rl.panel
    controller = dock.controller
    window.actionStepEpoch.trigger()  # idle: a new run that pauses after its first episode
    qtbot.waitUntil(lambda: controller.state == "paused", timeout=30000)
    qtbot.wait(200)
    assert len(panel.returns) == 1
    window.actionStepEpoch.trigger()
    qtbot.waitUntil(lambda: len(panel.returns) == 2 and controller.state == "paused", timeout=30000)
    with qtbot.waitSignal(controller.ended, timeout=30000):
        window.actionStop.trigger()
    train_and_wait(qtbot, window)  # a full run: its Q-table is what Continue starts from
    assert window.actionContinue.isEnabled()
    episodes: list[dict] = []
    controller.update.connect(lambda payload: episodes.extend(payload.get("episodes") or ()))
    with qtbot.waitSignal(controller.ended, timeout=120000):
        window.actionContinue.trigger()
    message = window.statusBar().currentMessage()
    assert "finished after 200 episodes" in message, message
    # Continue started from the learned Q-table: after its very first episode (epsilon 1, a
    # random walk) the greedy policy already walks the shortest path, which a fresh table cannot
    grid = panel.grid_view.layout_
    first = next(e for e in episodes if e["event"] == "episode" and e["episode"] == 1)
    path = greedy_path(first["q_table"], grid)
    assert grid.kind(path[-1]) == "G" and len(path) - 1 == 8
