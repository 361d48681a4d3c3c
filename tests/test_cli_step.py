"""`nodeflow step` and `nodeflow diagnose`: the stepping engine from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from nodeflow.cli import main
from nodeflow.compute.trainer import Trainer
from nodeflow.graph import io
from tests.compute.test_stepper import bce_graph
from tests.compute.test_stepping_lab import MOONS, layers

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def lines(capsys):
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_step_json_explains_a_weight_with_the_engines_numbers(tmp_path, capsys):
    path = tmp_path / "bce.nodeflow"
    io.save(bce_graph(), path)
    assert main(["step", str(path), "--batches", "2", "--explain", "fc", "--input", "1", "--json"]) == 0
    out = lines(capsys)
    assert [o["event"] for o in out] == ["step", "step", "explain"]
    after = []
    trainer = Trainer(io.load(path), epochs=1,
                      on_event=lambda e: after.append((e["loss"], trainer.network.flat_w.copy()))
                      if e["event"] == "batch" else None)
    trainer.run()
    assert [o["loss"] for o in out[:2]] == [after[0][0], after[1][0]]  # the trainer's batch losses
    moved = np.abs(after[1][1] - after[0][1]).mean()
    assert out[1]["moved"]["fc"] == pytest.approx(moved, rel=1e-5)
    numbers = out[2]["numbers"]
    assert numbers["dW"] == pytest.approx(numbers["closed_form"], rel=1e-4)
    assert numbers["update_w_after"] == pytest.approx(after[1][1][1], rel=1e-6)  # W[1,0] after step 2
    assert numbers["update_w_after_recomputed"] == pytest.approx(numbers["update_w_after"], rel=1e-5)


def test_step_lab_prints_both_precisions(tmp_path, capsys):
    path = tmp_path / "bce.nodeflow"
    io.save(bce_graph(), path)
    assert main(["step", str(path), "--explain", "fc", "--lab", "--json"]) == 0
    labs = [o for o in lines(capsys) if o["event"] == "lab"]
    assert [lab["dtype"] for lab in labs] == ["float64", "float32"]
    central = [abs(r["central"] - labs[0]["reference"]) for r in labs[0]["rows"]]
    assert central[0] > 1e3 * central[2]


def test_step_refuses_an_unknown_node(tmp_path, capsys):
    path = tmp_path / "bce.nodeflow"
    io.save(bce_graph(), path)
    assert main(["step", str(path), "--explain", "nope"]) == 2
    assert "no node 'nope'" in capsys.readouterr().err


def test_diagnose_exit_codes(tmp_path, capsys):
    sick = tmp_path / "dead.nodeflow"
    io.save(layers(MOONS, [(16, "ReLU"), (2, None)], lr=20), sick)
    assert main(["diagnose", str(sick), "--json"]) == 1
    assert "dead_relu" in {o["kind"] for o in lines(capsys)}
    assert main(["diagnose", str(EXAMPLES / "xor_mlp.nodeflow")]) == 0
    assert "no problem found" in capsys.readouterr().out
