"""The torch script starts on the engine's loss curve (float64, no dropout)."""

from __future__ import annotations

from pathlib import Path

import pytest
from cases import CASES, SINE, chain_graph
from conftest import json_lines, run_script

from nodeflow.export import export_graph
from nodeflow.graph import io

torch = pytest.importorskip("torch")
EXAMPLES = Path(__file__).parents[2] / "examples"
NAMES = sorted(n for n in CASES if n not in ("Dropout", "Step", "data-breast_cancer"))


def _check(graph, tmp_path, engine_lines, epochs: int = 1, keys: tuple[str, ...] = ("train_loss",)):
    """Export `graph` in float64, run both for `epochs`; the `keys` of each epoch line agree.
    Returns (torch lines, engine lines)."""
    graph = graph.copy()
    graph.training["dtype"] = "float64"
    script = tmp_path / "t.py"
    script.write_text(export_graph(graph, "torch"))
    done = run_script(script, "--epochs", str(epochs))
    assert done.returncode == 0, done.stderr
    got, want = json_lines(done.stdout), engine_lines(graph, epochs)
    for epoch in range(epochs):
        for key in keys:
            assert got[epoch][key] == pytest.approx(want[epoch][key], rel=1e-4), (epoch, key)
    return got, want


@pytest.mark.parametrize("name", ["moons_mlp", "sine_lstm", "digits_cnn", "residual_mlp"])
def test_examples_first_epoch_loss(name, tmp_path, engine_lines):
    _check(io.load(EXAMPLES / f"{name}.nodeflow"), tmp_path, engine_lines)


@pytest.mark.parametrize("name", NAMES)
def test_node_types_first_epoch_loss(name, tmp_path, engine_lines):
    _check(CASES[name], tmp_path, engine_lines)


@pytest.mark.parametrize(("source", "task"), [("csv", "regression"), ("npz", "classification")])
def test_file_sources_first_epoch_loss(source, task, tmp_path, engine_lines):
    from file_cases import file_graph

    _check(file_graph(tmp_path, source, task), tmp_path, engine_lines)


@pytest.mark.parametrize("rnn", ["RNN", "LSTM", "GRU"])
def test_recurrent_adam_weight_decay_follows_engine(rnn, tmp_path, engine_lines):
    """Adam steps each parameter on its own scale, so a second trained RNN/LSTM bias in torch
    (bias_hh_l0 next to bias_ih_l0) would move the effective bias twice as fast as the engine's
    one b; and the engine's L2 decay covers the recurrent kernels Wx, Wh (weight_ih/hh_l0)."""
    graph = chain_graph(SINE, [(rnn, {"units": 3}), ("Dense", {"units": 1})], loss="MSE", optimizer="Adam",
                        opt_params={"lr": 0.05, "weight_decay": 0.05})
    _check(graph, tmp_path, engine_lines, epochs=2, keys=("train_loss", "val_loss"))


def test_evaluation_in_chunks_like_the_engine(tmp_path, engine_lines):
    """A validation split of several evaluation chunks (1024 rows) and a partial last chunk: every
    row counted, each chunk's loss weighted by its size, as the engine does."""
    graph = chain_graph({"source": "moons", "n_samples": 2600, "batch_size": 256, "validation_split": 0.5},
                        [("Dense", {"units": 4}), ("Tanh", {}), ("Dense", {"units": 2}), ("Softmax", {})])
    got, want = _check(graph, tmp_path, engine_lines, epochs=1, keys=("train_loss", "val_loss", "val_acc"))
    assert got[-1]["test_loss"] == pytest.approx(want[-1]["test_loss"], rel=1e-4)
    assert got[-1]["test_acc"] == pytest.approx(want[-1]["test_acc"])


def test_moons_mlp_reaches_the_stated_accuracy(tmp_path):
    """The example says validation accuracy reaches about 97% within 50 epochs of Adam; the
    exported torch script, run for the example's full epochs, gets there too."""
    graph = io.load(EXAMPLES / "moons_mlp.nodeflow")
    script = tmp_path / "t.py"
    script.write_text(export_graph(graph, "torch"))
    done = run_script(script)
    assert done.returncode == 0, done.stderr
    epochs = [row for row in json_lines(done.stdout) if row["event"] == "epoch"]
    assert len(epochs) == graph.training["epochs"]
    assert epochs[-1]["val_acc"] >= 0.97
