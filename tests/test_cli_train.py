"""`nodeflow train` and `nodeflow gradcheck` from the command line: output format, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from nodeflow.cli import main
from nodeflow.graph import io
from nodeflow.graph.document import Graph

ROOT = Path(__file__).resolve().parents[1]


def moons_file(tmp_path: Path, lr: float = 0.01, name: str = "moons.nodeflow", loss: str = "CrossEntropy") -> Path:
    g = Graph("moons")
    for node_id, type_name, params in [
        ("data", "Dataset", {"source": "moons", "n_samples": 120, "batch_size": 16}),
        ("fc1", "Dense", {"units": 8}), ("act", "Tanh", {}), ("fc2", "Dense", {"units": 2}),
        ("sm", "Softmax", {}), ("loss", loss, {}), ("opt", "Adam", {"lr": lr}),
    ]:
        g.add_node(type_name, params, node_id=node_id)
    for a, b in [("data.x", "fc1.in"), ("fc1.out", "act.in"), ("act.out", "fc2.in"), ("fc2.out", "sm.in"),
                 ("sm.out", "loss.pred"), ("data.y", "loss.target"), ("loss.loss", "opt.loss")]:
        g.connect(tuple(a.split(".")), tuple(b.split(".")))
    g.training.update(epochs=3, seed=0)
    path = tmp_path / name
    io.save(g, path)
    return path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_train_json_prints_one_object_per_epoch_then_done(capsys, tmp_path):
    code, out, err = run(capsys, "train", str(moons_file(tmp_path)), "--json", "--epochs", "4")
    assert code == 0, err
    lines = [json.loads(line) for line in out.splitlines()]
    assert [e["event"] for e in lines] == ["epoch"] * 4 + ["done"]
    for i, e in enumerate(lines[:4], 1):
        assert list(e) == ["event", "epoch", "train_loss", "val_loss", "train_acc", "val_acc", "seconds"]
        assert e["epoch"] == i and all(isinstance(e[k], float) for k in list(e)[2:])
    assert list(lines[-1]) == ["event", "epochs", "test_loss", "test_acc"] and lines[-1]["epochs"] == 4


def test_train_is_reproducible_and_seed_overrides(capsys, tmp_path):
    path = str(moons_file(tmp_path))
    losses = []
    for seed in ("0", "0", "1"):
        code, out, _ = run(capsys, "train", path, "--json", "--seed", seed)
        assert code == 0
        losses.append([json.loads(line).get("train_loss") for line in out.splitlines()])
    assert losses[0] == losses[1] != losses[2]


def test_train_text_output_and_save_weights(capsys, tmp_path):
    out_npz = tmp_path / "trained.npz"
    code, out, err = run(capsys, "train", str(moons_file(tmp_path)), "--save-weights", str(out_npz))
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith("epoch 1/3") and "val_acc" in lines[0]
    assert lines[-1].startswith("done after 3 epochs") and "test_acc" in lines[-1]
    with np.load(out_npz, allow_pickle=False) as saved:
        assert {"fc1/W", "fc1/b", "fc2/W", "fc2/b"} == set(saved.files)


def test_divergence_exits_1_with_an_error_event(capsys, tmp_path):
    g = io.load(ROOT / "examples" / "linear_regression.nodeflow")
    g.set_param("sgd", "lr", 50.0)  # the "break it on purpose" journey
    path = tmp_path / "diverge.nodeflow"
    io.save(g, path)
    code, out, _ = run(capsys, "train", str(path), "--json")
    assert code == 1
    last = json.loads(out.splitlines()[-1])
    assert last["event"] == "error" and last["message"].startswith("training diverged at epoch")
    assert "smaller learning rate (now 50)" in last["message"]
    code, out, err = run(capsys, "train", str(path))
    assert code == 1 and err.strip().splitlines()[-1].startswith("error: training diverged")


def test_bad_files_exit_2_with_one_line(capsys, tmp_path):
    missing = tmp_path / "nope.nodeflow"
    code, out, err = run(capsys, "train", str(missing))
    assert code == 2 and err.startswith("error: ") and len(err.strip().splitlines()) == 1
    bad = tmp_path / "bad.nodeflow"
    data = json.loads(moons_file(tmp_path).read_text())
    for node in data["nodes"]:
        if node["id"] == "fc2":
            node["params"]["units"] = 3  # 3 classes against 2-class labels
    bad.write_text(json.dumps(data))
    code, out, err = run(capsys, "train", str(bad), "--json")
    assert code == 2 and err.startswith("error: ") and "Traceback" not in err
    code, out, err = run(capsys, "gradcheck", str(bad))
    assert code == 2 and err.startswith("error: ")


def test_gradcheck_passes_and_fails(capsys, tmp_path, monkeypatch):
    path = str(moons_file(tmp_path))
    code, out, _ = run(capsys, "gradcheck", path)
    assert code == 0 and "fc1" in out and "fc2" in out and "all gradients agree" in out
    from nodeflow.compute.kernels.activations import Tanh

    original = Tanh.backward
    monkeypatch.setattr(Tanh, "backward", lambda self, grads: {"in": 1.1 * original(self, grads)["in"]})
    code, out, _ = run(capsys, "gradcheck", path)
    assert code == 1 and "FAIL" in out and "fc1" in out.splitlines()[-1]


@pytest.mark.slow
def test_python_m_nodeflow_train_subprocess(tmp_path):
    result = subprocess.run([sys.executable, "-m", "nodeflow", "train", str(moons_file(tmp_path)), "--json",
                             "--epochs", "1"], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["event"] for line in result.stdout.splitlines()] == ["epoch", "done"]


def test_json_lines_of_several_objectives_carry_every_loss(tmp_path, capsys):
    """DESIGN.md: `train_loss` stays the first objective's; `losses` gives each loss by id."""
    from nodeflow.graph import io
    from nodeflow.graph.document import Graph

    g = Graph("two")
    for node_id, type_name, params in [
        ("data", "Dataset", {"source": "linear", "features": 2}), ("fa", "Dense", {"units": 1}), ("la", "MSE", {}),
        ("oa", "SGD", {"lr": 0.05}), ("fb", "Dense", {"units": 1}), ("lb", "MAE", {}), ("ob", "Adam", {})]:
        g.add_node(type_name, params, node_id=node_id)
    for src, dst in [("data.x", "fa.in"), ("fa.out", "la.pred"), ("data.y", "la.target"), ("la.loss", "oa.loss"),
                     ("data.x", "fb.in"), ("fb.out", "lb.pred"), ("data.y", "lb.target"), ("lb.loss", "ob.loss")]:
        g.connect(tuple(src.split(".")), tuple(dst.split(".")))
    path = tmp_path / "two.nodeflow"
    io.save(g, path)
    assert main(["train", str(path), "--json", "--epochs", "2"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    epochs = [line for line in lines if line["event"] == "epoch"]
    assert len(epochs) == 2
    for line in epochs:
        assert set(line["losses"]) == {"la", "lb"}
        assert line["train_loss"] == line["losses"]["la"]
        assert line["losses"]["lb"] != line["losses"]["la"]
