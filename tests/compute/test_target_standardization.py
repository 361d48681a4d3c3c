"""Regression on real units: targets standardized on the training split, reported back in the
targets' own units, files from before the setting unchanged, the exports doing the same."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).parents[1]))
from house_prices import write_house_prices  # noqa: E402

from nodeflow.compute import datasets  # noqa: E402
from nodeflow.compute.trainer import Trainer  # noqa: E402
from nodeflow.graph import io  # noqa: E402
from nodeflow.graph.document import Graph  # noqa: E402


def house_graph(folder: Path, **data) -> Graph:
    write_house_prices(folder / "houses.csv")
    g = Graph("houses")
    g.add_node("Dataset", {"source": "csv", "path": "houses.csv", "target": "price", **data}, node_id="data")
    for node_id, kind, params in [("fc1", "Dense", {"units": 32}), ("relu", "ReLU", {}), ("fc2", "Dense", {"units": 1}),
                                  ("huber", "Huber", {}), ("adam", "Adam", {})]:
        g.add_node(kind, params, node_id=node_id)
    for a, b in [(("data", "x"), ("fc1", "in")), (("fc1", "out"), ("relu", "in")), (("relu", "out"), ("fc2", "in")),
                 (("fc2", "out"), ("huber", "pred")), (("data", "y"), ("huber", "target")),
                 (("huber", "loss"), ("adam", "loss"))]:
        g.connect(a, b)
    g.base_dir = str(folder)
    return g


def test_the_loader_standardizes_regression_targets_with_training_statistics_only(tmp_path):
    prices = write_house_prices(tmp_path / "houses.csv")
    params = {"source": "csv", "path": str(tmp_path / "houses.csv"), "target": "price"}
    raw = datasets.load({**params, "standardize_target": False}, 0, np.float64)
    std = datasets.load({**params, "standardize_target": True}, 0, np.float64)
    assert std.target_mean is not None and raw.target_mean is None
    assert std.target_mean[0, 0] == pytest.approx(raw.train[1].mean())  # the training split's, not all data's
    assert std.target_mean[0, 0] != pytest.approx(prices.mean(), rel=1e-9)
    assert std.train[1].mean() == pytest.approx(0, abs=1e-9) and std.train[1].std() == pytest.approx(1)
    np.testing.assert_allclose(std.to_target_units(std.test[1]), raw.test[1].reshape(-1, 1), rtol=1e-9)


def test_class_labels_are_never_standardized():
    splits = datasets.load({"source": "moons", "standardize_target": True}, 0)
    assert splits.target_mean is None and splits.train[1].dtype.kind == "i"


def test_new_datasets_standardize_and_files_from_before_keep_their_raw_targets(tmp_path):
    assert Graph("g").add_node("Dataset").spec.param("standardize_target").default is True
    old = {"format": "nodeflow", "version": 1, "name": "old", "nodes": [
        {"id": "data", "type": "Dataset", "params": {"source": "diabetes"}}, {"id": "d2", "type": "Dataset"}]}
    path = tmp_path / "old.nodeflow"
    path.write_text(json.dumps(old))
    graph = io.load(path)
    assert graph.nodes["data"].params["standardize_target"] is False
    assert graph.nodes["d2"].params["standardize_target"] is False
    io.save(graph, path)
    assert json.loads(path.read_text())["version"] == 2
    examples = Path(__file__).parents[2] / "examples"
    assert io.load(examples / "diabetes_regression.nodeflow").nodes["data"].params["standardize_target"] is False


@pytest.mark.slow
def test_house_prices_fit_with_default_settings_and_raw_targets_are_flagged(tmp_path):
    """sd of the prices ~100,000; noise 20,000: standardized, the test RMSE is near the noise;
    raw, Adam's small steps never reach prices of 300,000 and the run says it learned nothing."""
    events: list[dict] = []
    trainer = Trainer(house_graph(tmp_path), on_event=events.append)
    trainer.run()
    done = events[-1]
    assert done["event"] == "done" and "warnings" not in done
    assert done["test_rmse"] < 35_000, done
    raw: list[dict] = []
    Trainer(house_graph(tmp_path, standardize_target=False), on_event=raw.append).run()
    assert "learned nothing" in raw[-1]["warnings"][0] and "standardize_target" in raw[-1]["warnings"][0]


@pytest.mark.parametrize("target", ["numpy", "torch"])
def test_exported_scripts_standardize_and_report_the_same_rmse(tmp_path, target):
    if target == "torch":
        pytest.importorskip("torch")
    from nodeflow.export import export_graph

    graph = house_graph(tmp_path)
    graph.training = {"epochs": 3, "seed": 0, "dtype": "float64"}
    events: list[dict] = []
    Trainer(graph, on_event=events.append).run()
    script = tmp_path / f"exported_{target}.py"
    script.write_text(export_graph(graph, target))
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, cwd=tmp_path, env=env,
                         timeout=300, check=False)
    assert out.returncode == 0, out.stderr
    done = json.loads(out.stdout.splitlines()[-1])
    assert done["test_rmse"] == pytest.approx(events[-1]["test_rmse"], rel=1e-6)
    assert done["test_loss"] == pytest.approx(events[-1]["test_loss"], rel=1e-6)


def test_onnx_export_refuses_standardized_regression_rather_than_predicting_in_standard_units(tmp_path):
    pytest.importorskip("onnx")
    from nodeflow.export.onnx_export import export_onnx
    from nodeflow.export.plan import ExportError

    graph = house_graph(tmp_path)
    graph.training = {"epochs": 1, "seed": 0}
    trainer = Trainer(graph)
    trainer.run()
    from nodeflow.compute.weights import weight_arrays

    with pytest.raises(ExportError, match="standardize_target"):
        export_onnx(graph, weight_arrays(trainer.network), tmp_path / "m.onnx")
