"""The NumPy export of graphs with several objectives (issue 13): the script prints exactly the
lines `nodeflow train --json` prints (both losses, bit for bit) for the GAN examples and for
small GANs with k discriminator steps per round, label smoothing, a validation split and
weight decay."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from conftest import json_lines, run_script

sys.path.insert(0, str(Path(__file__).parents[1]))

from gan_graphs import build_gan, mlp  # noqa: E402

from nodeflow.export import export_graph  # noqa: E402
from nodeflow.graph import io  # noqa: E402

EXAMPLES = Path(__file__).parents[2] / "examples"
GANS = ["gan_1d_gaussian", "gan_2d_mixture", "gan_2d_ring", "gan_digits"]


def _script(graph, tmp_path: Path) -> Path:
    out = tmp_path / "gan_script.py"
    out.write_text(export_graph(graph, "numpy"), encoding="utf-8")
    return out


@pytest.mark.parametrize("name", GANS)
def test_gan_examples_match_the_app_line_for_line(name, tmp_path, engine_lines):
    graph = io.load(EXAMPLES / f"{name}.nodeflow")
    epochs = 1 if name == "gan_digits" else 3
    done = run_script(_script(graph, tmp_path), "--epochs", str(epochs))
    assert done.returncode == 0, done.stderr
    expected = engine_lines(graph, epochs)
    assert json_lines(done.stdout) == expected
    assert set(expected[0]["losses"]) == {"d_loss", "g_loss"}


def small_gan(**kw):
    data = {"source": "mixture", "dims": 2, "components": 2, "spread": 3.0, "std": 0.3, "n_samples": 96,
            "batch_size": 32, "standardize": False, "validation_split": 0.25, "test_split": 0.0}
    return build_gan("small", data, {"shape": [2], "distribution": "uniform"}, mlp([8], 2, ("Tanh", {})),
                     mlp([8], 1, ("ReLU", {}), last=("Sigmoid", {})), **kw)


@pytest.mark.parametrize("case", ["k=3 D steps, smoothing", "SGD+RMSProp, decay, schedule", "float64"])
def test_small_gans_match_the_app(case, tmp_path, engine_lines):
    if case.startswith("k=3"):
        graph = small_gan(d_opt=("Adam", {"lr": 0.003, "beta1": 0.5, "steps": 3}), real_label=0.9)
    elif case.startswith("SGD"):
        graph = small_gan(d_opt=("SGD", {"lr": 0.05, "weight_decay": 0.01, "schedule": "step", "decay_epochs": 1,
                                         "decay_rate": 0.5}),
                          g_opt=("RMSProp", {"lr": 0.005, "weight_decay": 0.001}), loss="MSE")
    else:
        graph = small_gan(training={"dtype": "float64", "seed": 7})
    done = run_script(_script(graph, tmp_path), "--epochs", "3")
    assert done.returncode == 0, done.stderr
    expected = engine_lines(graph, 3)
    assert json_lines(done.stdout) == expected
    assert expected[0]["val_loss"] is not None and set(expected[0]["losses"]) == {"d_loss", "g_loss"}
