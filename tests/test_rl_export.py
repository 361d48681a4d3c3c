"""An agent's graph exports as a script that learns: the NumPy script prints exactly the episode
lines of `nodeflow train --json` (grid world, and FrozenLake's first episodes), the torch script
trains the same agent with torch.optim; what a script cannot hold is refused by name."""

from __future__ import annotations

import subprocess
import sys

import pytest

from nodeflow.cli import main
from nodeflow.examples import examples_dir
from nodeflow.export import ExportError, export_graph
from nodeflow.graph import io

RL = examples_dir() / "rl"


def app_lines(capsys, path, episodes=None) -> list[str]:
    args = ["train", str(path), "--json"] + (["--epochs", str(episodes)] if episodes else [])
    assert main(args) == 0
    return capsys.readouterr().out.splitlines()


def script_lines(tmp_path, path, target, *args) -> list[str]:
    out = tmp_path / f"agent_{target}.py"
    assert main(["export", str(path), "-o", str(out), "--target", target]) == 0
    done = subprocess.run([sys.executable, str(out), *args], capture_output=True, text=True, cwd=tmp_path,
                          timeout=600)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def test_numpy_script_prints_the_apps_grid_world_episodes_exactly(capsys, tmp_path):
    path = RL / "gridworld_qtable.nodeflow"
    expected = app_lines(capsys, path)
    assert len(expected) == 201
    assert script_lines(tmp_path, path, "numpy") == expected


def test_numpy_script_follows_frozenlake_too(capsys, tmp_path):
    pytest.importorskip("gymnasium")
    path = RL / "frozenlake_dqn.nodeflow"
    assert script_lines(tmp_path, path, "numpy", "--episodes", "40") == app_lines(capsys, path, 40)


def test_torch_script_trains_the_same_agent(capsys, tmp_path):
    pytest.importorskip("torch")
    path = RL / "gridworld_qtable.nodeflow"
    lines = script_lines(tmp_path, path, "torch")
    text = (tmp_path / "agent_torch.py").read_text()
    assert "torch.optim.SGD" in text and "class TorchQNetwork" in text
    expected = app_lines(capsys, path)
    assert lines[-1] == expected[-1]  # measured: every line equal here; the last says the policy is the same
    assert '"greedy_return": 0.9299999999999999' in lines[-1]


def test_what_a_script_cannot_hold_is_refused_by_name():
    graph = io.load(RL / "cartpole_dqn.nodeflow")
    graph.add_node("Dropout", {"rate": 0.1}, node_id="drop")
    graph.edges = [e for e in graph.edges if e.src != ("relu1", "out")]
    graph.connect(("relu1", "out"), ("drop", "in"))
    graph.connect(("drop", "out"), ("fc2", "in"))
    with pytest.raises(ExportError, match="drop: the RL export holds Dense layers with ReLU or Tanh"):
        export_graph(graph, "numpy")
    graph = io.load(RL / "gridworld_qtable.nodeflow")
    with pytest.raises(ExportError, match="takes no --weights"):
        export_graph(graph, "numpy", weights="w.npz")
    with pytest.raises(ExportError, match="always trains"):
        export_graph(graph, "torch", train=False)
    graph.nodes["sgd"].params["schedule"] = "cosine"
    with pytest.raises(ExportError, match="sgd: the RL export keeps the learning rate constant"):
        export_graph(graph, "numpy")
