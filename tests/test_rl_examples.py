"""The RL examples (examples/rl/) load, pass `check`, round-trip exactly, say what they show,
and are listed under File ▸ Examples."""

from __future__ import annotations

import json

import pytest

from nodeflow.cli import main
from nodeflow.examples import examples_dir, list_examples
from nodeflow.graph import analyze, dumps, load

NAMES = ("gridworld_qtable", "frozenlake_dqn", "cartpole_dqn")


@pytest.mark.parametrize("name", NAMES)
def test_rl_example_checks_and_round_trips(name, capsys):
    pytest.importorskip("gymnasium")
    path = examples_dir() / "rl" / f"{name}.nodeflow"
    assert main(["check", str(path)]) == 0
    assert capsys.readouterr().out.splitlines()[-1].endswith("multiply-adds per sample")
    graph = load(path)
    assert analyze(graph).ok
    text = path.read_text(encoding="utf-8")
    assert dumps(graph) == text
    data = json.loads(text)
    assert len(data["description"]) > 200 and {n["type"] for n in data["nodes"]} >= {"Environment", "TDLoss"}
    assert path in [p for _, p in list_examples()]
