"""The NumPy script reproduces `nodeflow train --json` exactly, for every node type and example."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from cases import CASES
from conftest import json_lines, run_script
from file_cases import file_graph

from nodeflow.export import ExportError, export_graph
from nodeflow.graph import io

EXAMPLES = sorted((Path(__file__).parents[2] / "examples").glob("*.nodeflow"))


def _export(graph, tmp_path: Path, **kw) -> Path:
    out = tmp_path / "script.py"
    out.write_text(export_graph(graph, "numpy", **kw), encoding="utf-8")
    return out


@pytest.mark.parametrize("name", sorted(CASES))
def test_every_node_type_matches_engine_bitwise(name, tmp_path, engine_lines):
    graph = CASES[name]
    script = _export(graph, tmp_path)
    done = run_script(script, "--epochs", "2")
    assert done.returncode == 0, done.stderr
    assert json_lines(done.stdout) == engine_lines(graph, 2)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_examples_match_engine_line_for_line(path, tmp_path, engine_lines):
    graph = io.load(path)
    script = _export(graph, tmp_path)  # the GAN examples too (several objectives)
    done = run_script(script, "--epochs", "1")
    assert done.returncode == 0, done.stderr
    expected = engine_lines(graph, 1)
    assert json_lines(done.stdout) == expected
    assert expected[0]["event"] == "epoch" and expected[-1]["event"] == "done"


def test_script_runs_without_nodeflow(tmp_path):
    """A venv on the base interpreter (numpy/scikit-learn from its site-packages, never our
    package): `import nodeflow` fails there, the script still trains."""
    base = Path(sys.base_prefix) / "bin" / "python3"
    if not base.exists():
        pytest.skip("no base interpreter")
    probe = subprocess.run([str(base), "-c", "import numpy, sklearn"], capture_output=True, check=False)
    if probe.returncode != 0:
        pytest.skip("the base interpreter has no numpy/scikit-learn to build a nodeflow-free venv on")
    venv = tmp_path / "venv"  # pragma: no cover - depends on the machine
    subprocess.run([str(base), "-m", "venv", "--system-site-packages", "--without-pip", str(venv)], check=True)
    python = str(venv / "bin" / "python")
    no_nodeflow = subprocess.run([python, "-c", "import nodeflow"], capture_output=True, cwd=tmp_path, check=False)
    assert no_nodeflow.returncode != 0
    script = _export(CASES["LSTM"], tmp_path)
    done = run_script(script, "--epochs", "1", python=python)
    assert done.returncode == 0, done.stderr


def test_script_does_not_import_nodeflow(tmp_path):
    """Same check on this interpreter: the script runs with `nodeflow` made unimportable."""
    script = _export(CASES["Conv2D+MaxPool2D+BatchNorm"], tmp_path)
    text = script.read_text()
    assert not re.search(r"^\s*(import|from)\s+nodeflow", text, re.MULTILINE)
    blocker = tmp_path / "nodeflow.py"
    blocker.write_text("raise ImportError('nodeflow must not be imported by an exported script')\n")
    done = run_script(script, "--epochs", "1", cwd=tmp_path)
    assert done.returncode == 0, done.stderr


def test_weights_start_and_predict_module(tmp_path, engine_lines):
    from nodeflow.cli import main

    graph = CASES["BatchNorm"]
    path = tmp_path / "g.nodeflow"
    io.save(graph, path)
    weights = tmp_path / "w.npz"
    assert main(["train", str(path), "--epochs", "2", "--save-weights", str(weights)]) == 0
    script = _export(graph, tmp_path, weights=str(weights))
    started = json_lines(run_script(script, "--epochs", "1").stdout)
    fresh = engine_lines(graph, 1)
    assert started[0]["train_loss"] < fresh[0]["train_loss"]  # trained weights: a better start

    predict_src = export_graph(graph, "numpy", weights=str(weights), train=False)
    assert "def predict(" in predict_src and "def backward" in predict_src
    module_path = tmp_path / "exported_predict.py"
    module_path.write_text(predict_src)
    spec = importlib.util.spec_from_file_location("exported_predict", module_path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["exported_predict"] = module
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules["exported_predict"]
    import numpy as np

    from nodeflow.compute.network import Network
    from nodeflow.compute.weights import load_weights

    net = Network.compile(graph, dtype="float64")
    load_weights(net, weights)
    x = np.random.default_rng(1).standard_normal((5, 2))
    np.testing.assert_array_equal(module.predict(x), net.predict(x))


@pytest.mark.parametrize(("source", "task"), [("csv", "regression"), ("csv", "classification"),
                                              ("npz", "regression")])
def test_file_sources_match_the_engine_from_another_folder(source, task, tmp_path, engine_lines):
    """Your own data exported: the script reads the file the graph names (relative to the
    graph's folder) with nodeflow's own reader, and trains to the same numbers."""
    graph = file_graph(tmp_path, source, task)
    if task == "classification":
        assert graph.nodes["data"].spec.describe  # the -1/1 labels make a two-class problem
    elsewhere = tmp_path / "scripts"
    elsewhere.mkdir()
    script = elsewhere / "script.py"
    script.write_text(export_graph(graph, "numpy"), encoding="utf-8")
    done = run_script(script, "--epochs", "2")
    assert done.returncode == 0, done.stderr
    assert json_lines(done.stdout) == engine_lines(graph, 2)


def test_moved_data_is_found_with_data_dir_or_reported(tmp_path):
    graph = file_graph(tmp_path, "csv", "regression")
    (tmp_path / "out").mkdir()
    script = _export(graph, tmp_path / "out")
    moved = tmp_path / "moved"
    moved.mkdir()
    (tmp_path / "data.csv").rename(moved / "data.csv")
    lost = run_script(script, "--epochs", "1")
    assert lost.returncode != 0 and "error: csv file 'data.csv' not found" in lost.stderr
    assert "Traceback" not in lost.stderr
    found = run_script(script, "--epochs", "1", "--data-dir", str(moved))
    assert found.returncode == 0, found.stderr


def test_invalid_graph_is_an_export_error():
    g = CASES["MSE"].copy()
    g.nodes["l0"].params["units"] = 3  # MSE against (N, 1) targets
    with pytest.raises(ExportError):
        export_graph(g, "numpy")


@pytest.mark.skipif(shutil.which("ruff") is None and not (Path(sys.executable).parent / "ruff").exists(),
                    reason="ruff is not installed")
@pytest.mark.parametrize("name", ["LSTM", "Conv2D+MaxPool2D+BatchNorm", "Adam", "BCE"])
def test_generated_code_passes_ruff(name, tmp_path):
    ruff = str(Path(sys.executable).parent / "ruff") if (Path(sys.executable).parent / "ruff").exists() else "ruff"
    for train in (True, False):
        script = tmp_path / f"s_{train}.py"
        script.write_text(export_graph(CASES[name], "numpy", train=train))
        done = subprocess.run([ruff, "check", "--isolated", "--select", "E,F,W", "--ignore", "E501", str(script)],
                              capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stdout
