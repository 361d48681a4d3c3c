"""SGD takes `momentum` and `nesterov` as torch.optim.SGD and Keras's SGD do (issue 11): such a
graph was refused ("unknown parameter 'momentum'"); now it checks, trains as the Momentum node
would, and its torch export follows the engine's curve."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from nodeflow.cli import main
from nodeflow.export import export_graph
from nodeflow.graph import io
from tests.compute.graphs import build


def _graph(opt: str, params: dict):
    return build(
        [("data", "Dataset", {"source": "iris", "batch_size": 16}), ("fc", "Dense", {"units": 3}), ("sm", "Softmax", {}),
         ("xent", "CrossEntropy", {}), ("opt", opt, params)],
        ["data.x -> fc.in", "fc.out -> sm.in", "sm.out -> xent.pred", "data.y -> xent.target", "xent.loss -> opt.loss"],
        training={"epochs": 3, "seed": 0},
    )


def _losses(capsys, graph, tmp_path, name):
    path = tmp_path / f"{name}.nodeflow"
    io.save(graph, path)
    assert main(["check", str(path)]) == 0
    capsys.readouterr()
    assert main(["train", str(path), "--json"]) == 0
    out = capsys.readouterr().out
    return [json.loads(line)["train_loss"] for line in out.splitlines() if '"epoch"' in line and "train_loss" in line]


@pytest.mark.parametrize("nesterov", [False, True])
def test_sgd_with_momentum_trains_as_the_momentum_node(capsys, tmp_path, nesterov):
    params = {"lr": 0.05, "momentum": 0.9, "nesterov": nesterov}
    sgd = _losses(capsys, _graph("SGD", params), tmp_path, "sgd")
    momentum = _losses(capsys, _graph("Momentum", params), tmp_path, "momentum")
    assert len(sgd) == 3 and sgd == momentum
    assert sgd != _losses(capsys, _graph("SGD", {"lr": 0.05}), tmp_path, "plain")


@pytest.mark.torch
def test_the_torch_export_follows_the_engine(capsys, tmp_path):
    pytest.importorskip("torch")
    graph = _graph("SGD", {"lr": 0.05, "momentum": 0.9, "nesterov": True})
    engine = _losses(capsys, graph, tmp_path, "g")
    script = tmp_path / "t.py"
    script.write_text(export_graph(graph, "torch"), encoding="utf-8")
    assert "momentum=0.9, nesterov=True" in script.read_text(encoding="utf-8")
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    torch_losses = [json.loads(line)["train_loss"] for line in out.stdout.splitlines() if '"epoch"' in line]
    assert torch_losses == pytest.approx(engine, rel=1e-4)
