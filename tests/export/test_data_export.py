"""Own data exported: the numpy script carries the engine's readers for image folders, IDX and
CIFAR-10 files, drawn points and text csv columns, reads the same files (relative to the
graph's folder) and prints the engine's loss curve exactly; the torch script starts on it."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import numpy as np
import pytest
from conftest import json_lines, run_script

from nodeflow.export import export_graph
from nodeflow.graph import io

sys.path.insert(0, str(Path(__file__).parents[1]))
from data_fixtures import shapes_folder, write_cifar_batch, write_cifar_meta, write_idx  # noqa: E402


def _graph(tmp_path: Path, data: dict, classes: int, flatten: bool) -> object:
    nodes = [{"id": "data", "type": "Dataset", "params": {"batch_size": 8, **data}}]
    edges = []
    last = ("data", "x")
    if flatten:
        nodes.append({"id": "flat", "type": "Flatten", "params": {}})
        edges.append((last, ("flat", "in")))
        last = ("flat", "out")
    nodes += [{"id": "fc", "type": "Dense", "params": {"units": classes}},
              {"id": "soft", "type": "Softmax", "params": {}},
              {"id": "loss", "type": "CrossEntropy", "params": {}},
              {"id": "opt", "type": "Adam", "params": {"lr": 0.01}}]
    edges += [(last, ("fc", "in")), (("fc", "out"), ("soft", "in")), (("soft", "out"), ("loss", "pred")),
              (("data", "y"), ("loss", "target")), (("loss", "loss"), ("opt", "loss"))]
    doc = {"format": "nodeflow", "version": 1, "name": "own data", "training": {"epochs": 2, "seed": 0},
           "nodes": [dict(n, pos=[0, 0]) for n in nodes],
           "edges": [{"from": list(a), "to": list(b)} for a, b in edges]}
    (tmp_path / "graph.nodeflow").write_text(json.dumps(doc))
    return io.load(tmp_path / "graph.nodeflow")


def _case(kind: str, tmp_path: Path):
    rng = np.random.default_rng(5)
    if kind == "image_folder":
        shapes_folder(tmp_path / "shapes", per_class=8, size=16)
        return _graph(tmp_path, {"source": "image_folder", "path": "shapes", "image_size": 8, "color": "rgb"}, 3, True)
    if kind == "idx":
        write_idx(tmp_path / "mnist", rng.integers(0, 256, (30, 6, 6)), np.arange(30) % 3, gz=True)
        return _graph(tmp_path, {"source": "idx", "path": "mnist/train-images-idx3-ubyte.gz"}, 3, True)
    if kind == "cifar10":
        folder = tmp_path / "cifar-10-batches-py"
        write_cifar_batch(folder / "data_batch_1", rng.integers(0, 256, (20, 3, 32, 32)), list(np.arange(20) % 10))
        write_cifar_meta(folder, [f"c{i}" for i in range(10)])
        return _graph(tmp_path, {"source": "cifar10", "path": "cifar-10-batches-py"}, 10, True)
    if kind == "drawn":
        points = [[float(a), float(b), int(a > b)] for a, b in rng.uniform(-1, 1, (30, 2))]
        return _graph(tmp_path, {"source": "drawn", "points": points}, 2, False)
    rows = "".join(f"{a:.3f},{['red', 'green', 'blue'][i % 3]},{['yes', 'no'][int(a > 0)]}\n"
                   for i, a in enumerate(rng.standard_normal(30)))
    (tmp_path / "t.csv").write_text("a,colour,answer\n" + rows)
    return _graph(tmp_path, {"source": "csv", "path": "t.csv"}, 2, False)


KINDS = ["image_folder", "idx", "cifar10", "drawn", "csv_text"]


@pytest.mark.parametrize("kind", KINDS)
def test_numpy_script_reads_the_same_data_and_matches_the_engine(kind, tmp_path, engine_lines):
    graph = _case(kind, tmp_path)
    elsewhere = tmp_path / "scripts"
    elsewhere.mkdir()
    script = elsewhere / "script.py"
    script.write_text(export_graph(graph, "numpy"), encoding="utf-8")
    assert "nodeflow" not in "".join(line for line in script.read_text().splitlines() if line.startswith(("import", "from")))
    done = run_script(script, "--epochs", "2")
    assert done.returncode == 0, done.stderr
    assert json_lines(done.stdout) == engine_lines(graph, 2)


def test_numpy_script_refuses_a_hostile_pickle_too(tmp_path):
    graph = _case("cifar10", tmp_path)
    script = tmp_path / "script.py"
    script.write_text(export_graph(graph, "numpy"), encoding="utf-8")
    import pickle

    batch = tmp_path / "cifar-10-batches-py" / "data_batch_1"
    batch.write_bytes(b"cos\nsystem\n(S'touch " + str(tmp_path / "ran").encode() + b"'\ntR." + pickle.dumps(0)[2:])
    done = run_script(script, "--epochs", "1")
    assert done.returncode != 0 and "asks for os.system" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "ran").exists()


@pytest.mark.skipif(importlib.util.find_spec("torch") is None, reason="needs PyTorch")
@pytest.mark.parametrize("kind", ["image_folder", "csv_text"])
def test_torch_script_starts_on_the_engine_loss(kind, tmp_path, engine_lines):
    graph = _case(kind, tmp_path).copy()
    graph.training["dtype"] = "float64"
    script = tmp_path / "t.py"
    script.write_text(export_graph(graph, "torch"))
    done = run_script(script, "--epochs", "1")
    assert done.returncode == 0, done.stderr
    got, want = json_lines(done.stdout), engine_lines(graph, 1)
    assert got[0]["train_loss"] == pytest.approx(want[0]["train_loss"], rel=1e-4)
