"""The GAN toy sources (gaussian, mixture, ring): seeded, shaped as described, where they say."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import numpy as np
import pytest

from nodeflow.compute import datasets
from nodeflow.compute.datasets import toys
from nodeflow.export import export_graph
from nodeflow.graph.document import Graph
from nodeflow.nodes import REGISTRY

SPEC = REGISTRY.get("Dataset")


def _raw(params: dict, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    full = SPEC.validate_params({"standardize": False, "validation_split": 0.0, "test_split": 0.0, **params})
    splits = datasets.load(full, seed, dtype=np.float64)
    return splits.train


@pytest.mark.parametrize("source", toys.TOY_GENERATORS)
@pytest.mark.parametrize("dims", [1, 2])
def test_describe_matches_load_and_seed_fixes_data(source, dims):
    params = {"source": source, "dims": dims, "n_samples": 300, "components": 4}
    signature = datasets.describe(params)
    x, y = _raw(params, seed=5)
    expected_dims = 2 if source == "ring" else dims
    assert signature.x.shape == (None, expected_dims) and x.shape == (300, expected_dims)
    assert signature.task == "classification" and signature.n == 300
    modes = 1 if source == "gaussian" else 4
    assert signature.classes == modes and set(np.unique(y)) == set(range(modes))
    again, _ = _raw(params, seed=5)
    other, _ = _raw(params, seed=6)
    assert np.array_equal(x, again) and not np.allclose(np.sort(x, axis=0), np.sort(other, axis=0))


def test_gaussian_has_the_stated_mean_and_std():
    x, y = _raw({"source": "gaussian", "dims": 2, "mean": -3.0, "std": 0.25, "n_samples": 20_000})
    assert np.allclose(x.mean(axis=0), -3.0, atol=0.01)
    assert np.allclose(x.std(axis=0), 0.25, rtol=0.02)
    assert np.all(y == 0)


def test_mixture_modes_sit_spread_apart_in_equal_shares():
    params = {"source": "mixture", "dims": 1, "components": 3, "mean": 1.0, "spread": 5.0, "std": 0.3,
              "n_samples": 9000}
    x, y = _raw(params)
    assert np.bincount(y).tolist() == [3000, 3000, 3000]
    for mode, centre in enumerate((-4.0, 1.0, 6.0)):
        assert abs(x[y == mode, 0].mean() - centre) < 0.03
        assert abs(x[y == mode, 0].std() - 0.3) < 0.02
    # two coordinates: the row of bells lies on x1 = mean
    x2, _ = _raw({**params, "dims": 2})
    assert abs(x2[:, 1].mean() - 1.0) < 0.02 and abs(x2[:, 1].std() - 0.3) < 0.02


def test_ring_modes_lie_on_the_circle_at_even_angles():
    x, y = _raw({"source": "ring", "components": 8, "radius": 2.0, "std": 0.02, "n_samples": 800})
    radius = np.hypot(x[:, 0], x[:, 1])
    assert np.all(np.abs(radius - 2.0) < 0.15)
    angle = np.arctan2(x[:, 1], x[:, 0]) % (2 * np.pi)
    expected = 2 * np.pi * y / 8
    wrapped = np.angle(np.exp(1j * (angle - expected)))
    assert np.max(np.abs(wrapped)) < 0.1
    assert np.bincount(y).tolist() == [100] * 8


def test_toy_parameters_show_only_for_their_sources():
    shown = {name: {p.name for p in SPEC.params if p.applies({"source": name})} for name in toys.TOY_GENERATORS}
    assert {"dims", "mean", "std", "n_samples"} <= shown["gaussian"] and "components" not in shown["gaussian"]
    assert {"components", "spread", "dims"} <= shown["mixture"] and "radius" not in shown["mixture"]
    assert {"components", "radius", "std"} <= shown["ring"] and "dims" not in shown["ring"]
    assert "noise" not in shown["ring"] and "radius" not in {p.name for p in SPEC.params if p.applies({"source": "moons"})}


def test_summary_names_source_and_dimension():
    assert datasets.summary({"source": "ring", "n_samples": 400}) == "ring 2-D (400)"
    assert datasets.summary({"source": "gaussian", "dims": 1}) == "gaussian 1-D (500)"


def test_numpy_export_generates_the_same_toy_data(tmp_path):
    """A one-objective graph on a toy source (which mode is this point from?) exports, and the
    script, which copies the generator, prints the engine's losses exactly."""
    from nodeflow.cli import main
    from nodeflow.graph import io

    g = Graph("modes")
    g.training = {"epochs": 2, "seed": 1, "dtype": "float64"}
    g.add_node("Dataset", {"source": "ring", "components": 4, "n_samples": 120, "batch_size": 16}, node_id="data")
    g.add_node("Dense", {"units": 4}, node_id="fc")
    g.add_node("Softmax", {}, node_id="sm")
    g.add_node("CrossEntropy", {}, node_id="loss")
    g.add_node("SGD", {"lr": 0.1}, node_id="opt")
    g.connect(("data", "x"), ("fc", "in"))
    g.connect(("fc", "out"), ("sm", "in"))
    g.connect(("sm", "out"), ("loss", "pred"))
    g.connect(("data", "y"), ("loss", "target"))
    g.connect(("loss", "loss"), ("opt", "loss"))
    path = tmp_path / "modes.nodeflow"
    io.save(g, path)
    script = tmp_path / "modes.py"
    script.write_text(export_graph(g, "numpy"), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, env=env,
                          cwd=str(tmp_path), timeout=120, check=False)
    assert done.returncode == 0, done.stderr

    def lines(text: str) -> list[dict]:
        rows = [json.loads(line) for line in text.splitlines() if line.startswith("{")]
        return [{k: v for k, v in r.items() if k != "seconds"} for r in rows]

    import contextlib
    import io as stdio

    out = stdio.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["train", str(path), "--json"]) == 0
    assert lines(done.stdout) == lines(out.getvalue())
    assert len(lines(done.stdout)) == 3
