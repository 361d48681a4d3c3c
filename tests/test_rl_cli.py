"""`nodeflow train` on a graph with an Environment: one JSON line per episode with the keys of
DESIGN.md, a closing line with the greedy score; a blow-up exits 1 with one error line."""

from __future__ import annotations

import json

from nodeflow.cli import main
from nodeflow.compute.weights import read_arrays
from nodeflow.examples import examples_dir
from nodeflow.graph import io

GRID = examples_dir() / "rl" / "gridworld_qtable.nodeflow"


def test_episode_lines_in_json(capsys, tmp_path):
    weights = tmp_path / "grid.npz"
    assert main(["train", str(GRID), "--json", "--epochs", "5", "--save-weights", str(weights)]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    episodes = [line for line in lines if line["event"] == "episode"]
    assert [e["episode"] for e in episodes] == [1, 2, 3, 4, 5]
    for e in episodes:
        assert list(e) == ["event", "episode", "return", "steps", "epsilon", "loss"]
        assert isinstance(e["return"], float) and e["steps"] >= 1 and 0 <= e["epsilon"] <= 1
    done = lines[-1]
    assert done["event"] == "done" and done["episodes"] == 5 and done["steps"] == sum(e["steps"] for e in episodes)
    assert "greedy_return" in done
    assert read_arrays(weights)["qtable/W"].shape == (25, 4)


def test_same_seed_same_lines(capsys):
    main(["train", str(GRID), "--json", "--epochs", "8"])
    first = capsys.readouterr().out
    main(["train", str(GRID), "--json", "--epochs", "8"])
    assert capsys.readouterr().out == first


def test_text_output_and_a_blow_up(capsys, tmp_path):
    assert main(["train", str(GRID), "--epochs", "2"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("episode 1/2  return ") and out[-1].startswith("done after 2 episodes")
    graph = io.load(GRID)
    graph.nodes["sgd"].params["lr"] = 900.0
    path = tmp_path / "hot.nodeflow"
    io.save(graph, path)
    assert main(["train", str(path), "--json"]) == 1
    last = json.loads(capsys.readouterr().out.splitlines()[-1])
    assert last["event"] == "error" and "smaller learning rate" in last["message"]


def test_check_describes_the_agent(capsys):
    assert main(["check", str(GRID)]) == 0
    out = capsys.readouterr().out
    assert "state (N, 25), target (N, 2)" in out and "100 parameters" in out
