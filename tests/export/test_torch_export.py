"""The torch script starts on the engine's loss curve (float64, no dropout)."""

from __future__ import annotations

from pathlib import Path

import pytest
from cases import CASES
from conftest import json_lines, run_script

from nodeflow.export import export_graph
from nodeflow.graph import io

torch = pytest.importorskip("torch")
EXAMPLES = Path(__file__).parents[2] / "examples"
NAMES = sorted(n for n in CASES if n not in ("Dropout", "Step", "data-breast_cancer"))


def _check(graph, tmp_path, engine_lines):
    graph = graph.copy()
    graph.training["dtype"] = "float64"
    script = tmp_path / "t.py"
    script.write_text(export_graph(graph, "torch"))
    done = run_script(script, "--epochs", "1")
    assert done.returncode == 0, done.stderr
    got = json_lines(done.stdout)[0]["train_loss"]
    want = engine_lines(graph, 1)[0]["train_loss"]
    assert got == pytest.approx(want, rel=1e-4)


KNOWN = pytest.mark.xfail(reason="RNN/LSTM torch start differs from the engine in this test; under investigation",
                          strict=False)


@pytest.mark.parametrize("name", ["moons_mlp", pytest.param("sine_lstm", marks=KNOWN), "digits_cnn", "residual_mlp"])
def test_examples_first_epoch_loss(name, tmp_path, engine_lines):
    _check(io.load(EXAMPLES / f"{name}.nodeflow"), tmp_path, engine_lines)


@pytest.mark.parametrize("name", [pytest.param(n, marks=KNOWN) if n in ("RNN", "LSTM") else n for n in NAMES])
def test_node_types_first_epoch_loss(name, tmp_path, engine_lines):
    _check(CASES[name], tmp_path, engine_lines)
