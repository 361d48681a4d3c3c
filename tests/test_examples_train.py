"""Every example trains to the result its description states (fixed seed, as `nodeflow train` does)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nodeflow.cli import main
from nodeflow.compute.trainer import Trainer
from nodeflow.graph import io

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
pytestmark = pytest.mark.slow


def train(name: str) -> Trainer:
    path = EXAMPLES / f"{name}.nodeflow"
    trainer = Trainer(io.load(path), base_dir=str(path.parent))
    history = trainer.run()
    assert history.error is None, history.error
    return trainer


@pytest.mark.parametrize("name, key, at_least", [
    ("digits_mlp", "test_acc", 0.97),
    ("digits_cnn", "test_acc", 0.97),
    ("moons_mlp", "val_acc", 0.97),
    ("iris_softmax", "test_acc", 0.93),
])
def test_classifiers_reach_their_accuracy(name, key, at_least):
    history = train(name).history
    reached = history.test_acc if key == "test_acc" else history.val_acc[-1]
    assert reached >= at_least, f"{name}: {key} {reached:.4f} < {at_least}"


def test_linear_regression_recovers_slope_and_intercept():
    trainer = train("linear_regression")
    data = trainer.graph.nodes["data"].params
    weights = trainer.network.params_by_node()["dense"]
    assert float(weights["W"][0, 0]) == pytest.approx(data["slope"], rel=0.02)
    assert float(weights["b"][0]) == pytest.approx(data["intercept"], rel=0.02)


def test_sine_lstm_predicts_the_next_value():
    history = train("sine_lstm").history
    assert history.val_loss[-1] < 0.01


def test_residual_mlp_trains():
    history = train("residual_mlp").history
    assert history.train_loss[-1] < 0.5 * history.train_loss[0]
    assert history.val_acc[-1] > 0.9


def test_vanishing_gradients_sigmoid_stalls_and_relu_learns():
    sigmoid = train("vanishing_gradients")
    assert sigmoid.history.test_acc < 0.3
    grads = sigmoid.network.grad_stats()
    assert grads["fc1"] < 1e-2 * grads["fc8"]  # the first layer hardly learns
    graph = io.load(EXAMPLES / "vanishing_gradients.nodeflow")
    for node in graph.nodes.values():
        if node.type == "Sigmoid":
            node.type = "ReLU"
    relu = Trainer(graph)
    relu.run()
    assert relu.history.test_acc > 0.9


def test_every_example_has_a_result_test():
    covered = {"digits_mlp", "digits_cnn", "moons_mlp", "iris_softmax", "linear_regression", "sine_lstm",
               "residual_mlp", "vanishing_gradients", "xor_mlp", "diabetes_regression",
               "gan_1d_gaussian", "gan_2d_mixture", "gan_2d_ring", "gan_digits"}  # GANs: tests/test_gan_examples.py
    assert {p.stem for p in EXAMPLES.glob("*.nodeflow")} <= covered


def test_xor_and_diabetes_train():
    xor = train("xor_mlp").history
    assert xor.val_acc[-1] > 0.85
    diabetes = train("diabetes_regression").history
    assert diabetes.val_loss[-1] < 0.5 * diabetes.val_loss[0]


def test_the_command_line_reports_the_same_run(capsys):
    """`nodeflow train --json` on an example gives the Trainer's numbers exactly."""
    path = EXAMPLES / "moons_mlp.nodeflow"
    assert main(["train", str(path), "--json"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    history = Trainer(io.load(path)).run()
    assert [e["train_loss"] for e in lines[:-1]] == history.train_loss
    assert lines[-1]["test_acc"] == history.test_acc
