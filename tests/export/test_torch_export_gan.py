"""The torch export of graphs with several objectives (issue 13): one torch.optim optimizer
per objective, in the app's round order, Detach as .detach(); one round of a small GAN in
float64 leaves the weights the app's round leaves (within 1e-6 relative, in fact ~1e-12), and
the GAN examples follow the app's curves."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import numpy as np
import pytest
from conftest import json_lines, run_script

sys.path.insert(0, str(Path(__file__).parents[1]))

from gan_graphs import build_gan, mlp  # noqa: E402

from nodeflow.compute.trainer import Trainer  # noqa: E402
from nodeflow.export import export_graph  # noqa: E402
from nodeflow.export.naming import node_names  # noqa: E402
from nodeflow.graph import io  # noqa: E402
from nodeflow.graph.analysis import analyze  # noqa: E402

torch = pytest.importorskip("torch")
pytestmark = pytest.mark.torch
EXAMPLES = Path(__file__).parents[2] / "examples"
ONE_ROUND = {"source": "mixture", "dims": 2, "components": 2, "spread": 3.0, "std": 0.3, "n_samples": 24,
             "batch_size": 1000, "shuffle": False, "standardize": False, "validation_split": 0.0, "test_split": 0.0}


def gan(d_steps: int = 1, d_opt: str = "Adam", g_opt: str = "Adam", data: dict | None = None, **kw):
    return build_gan("round", dict(data or ONE_ROUND), {"shape": [3]}, mlp([5], 2, ("Tanh", {})),
                     mlp([5], 1, ("LeakyReLU", {"alpha": 0.2}), last=("Sigmoid", {})),
                     d_opt=(d_opt, {"lr": 0.01, "beta1": 0.5, "steps": d_steps} if d_opt == "Adam" else
                            {"lr": 0.05, "steps": d_steps}),
                     g_opt=(g_opt, {"lr": 0.02} if g_opt != "Adam" else {"lr": 0.02, "beta1": 0.5}),
                     training={"epochs": 1, "dtype": "float64", "seed": 4}, **kw)


def _script(graph, tmp_path: Path) -> Path:
    out = tmp_path / "gan_torch.py"
    out.write_text(export_graph(graph, "torch"), encoding="utf-8")
    return out


def test_the_script_has_one_optimizer_per_objective_in_round_order(tmp_path):
    text = _script(gan(d_opt="SGD", g_opt="Adam"), tmp_path).read_text()
    made = re.findall(r"optimizer = (torch\.optim\.\w+)\(", text)
    assert made == ["torch.optim.SGD", "torch.optim.Adam"]  # d_opt's first: its turn comes first
    assert text.index("objective 0: 'd_opt'") < text.index("objective 1: 'g_opt'")
    assert ".detach()" in text
    assert "optimizers[k].zero_grad()" in text and "optimizers[k].step()" in text


@pytest.mark.parametrize("d_steps", [1, 2])
@pytest.mark.parametrize("opts", [("Adam", "Adam"), ("SGD", "RMSProp")])
def test_one_round_leaves_the_weights_the_app_leaves(d_steps, opts, tmp_path):
    """One epoch of one full batch is one round: D's steps (through the Detach), then G's."""
    graph = gan(d_steps, *opts)
    trainer = Trainer(graph)
    before = {n: {k: v.copy() for k, v in w.items()} for n, w in trainer.network.params_by_node().items()}
    history = trainer.run()
    assert history.error is None and history.epochs == 1
    after = trainer.network.params_by_node()
    out = tmp_path / "after.pt"
    done = run_script(_script(graph, tmp_path), "--save-weights", str(out))
    assert done.returncode == 0, done.stderr
    state = torch.load(out, weights_only=True)
    names = node_names([n for n in analyze(graph).order if n in graph.nodes])
    for node, weights in after.items():
        got_w = state[f"{names[node]}.weight"].numpy().T
        got_b = state[f"{names[node]}.bias"].numpy()
        assert not np.allclose(got_w, before[node]["W"])  # the round moved it
        np.testing.assert_allclose(got_w, weights["W"], rtol=1e-6, atol=1e-12, err_msg=node)
        np.testing.assert_allclose(got_b, weights["b"], rtol=1e-6, atol=1e-12, err_msg=node)
        assert np.max(np.abs(got_w - weights["W"])) <= 1e-10 * max(1.0, np.max(np.abs(weights["W"])))
    line = json_lines(done.stdout)[0]
    assert line["losses"] == pytest.approx(history.losses and {k: v[0] for k, v in history.losses.items()},
                                           rel=1e-10)


@pytest.mark.parametrize("name", ["gan_1d_gaussian", "gan_2d_ring", "gan_digits"])
def test_gan_examples_follow_the_app_curves(name, tmp_path, engine_lines):
    graph = io.load(EXAMPLES / f"{name}.nodeflow").copy()
    graph.training["dtype"] = "float64"
    epochs = 1 if name == "gan_digits" else 2
    done = run_script(_script(graph, tmp_path), "--epochs", str(epochs), timeout=300)
    assert done.returncode == 0, done.stderr
    got, want = json_lines(done.stdout), engine_lines(graph, epochs)
    assert [e["event"] for e in got] == [e["event"] for e in want]
    for mine, theirs in zip(got[:-1], want[:-1], strict=True):
        assert set(mine["losses"]) == set(theirs["losses"]) == {"d_loss", "g_loss"}
        for loss_id, value in theirs["losses"].items():
            assert mine["losses"][loss_id] == pytest.approx(value, rel=1e-6), (mine["epoch"], loss_id)
        assert mine["train_loss"] == pytest.approx(theirs["train_loss"], rel=1e-6)
