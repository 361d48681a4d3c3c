"""The torch script keeps the engine's loop contract (docs/architecture.md, "the loop"): early
stopping with restore-best, divergence caught before the step that would print a non-finite
epoch, `--device`, and torchrun/DDP giving one process's numbers, printed once."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from cases import chain_graph
from conftest import json_lines, run_script

from nodeflow.export import export_graph
from nodeflow.graph import io

torch = pytest.importorskip("torch")
pytestmark = pytest.mark.torch


def _export(graph, tmp_path, dtype="float64"):
    graph = graph.copy()
    graph.training["dtype"] = dtype
    script = tmp_path / "t.py"
    script.write_text(export_graph(graph, "torch"))
    return graph, script


def test_early_stopping_restores_the_best_epoch_like_the_engine(tmp_path, engine_lines):
    """lr 0.5 on moons overshoots, the validation loss stops improving and patience 2 ends the run;
    the torch script stops at the same epoch and tests the best epoch's weights."""
    graph = chain_graph({"source": "moons", "n_samples": 300, "batch_size": 16},
                        [("Dense", {"units": 16}), ("Tanh", {}), ("Dense", {"units": 2}), ("Softmax", {})],
                        optimizer="SGD", opt_params={"lr": 0.5})
    graph.training.update(epochs=40, patience=2, restore_best=True)
    graph, script = _export(graph, tmp_path)
    want = engine_lines(graph, 40)
    done = run_script(script)
    assert done.returncode == 0, done.stderr
    got = json_lines(done.stdout)
    assert len(want) < 41, "the engine should have stopped early on this graph"
    assert [r["event"] for r in got] == [r["event"] for r in want]
    for mine, theirs in zip(got, want, strict=True):
        for key in ("train_loss", "val_loss", "test_loss"):
            if key in theirs:
                assert mine[key] == pytest.approx(theirs[key], rel=1e-6), (mine, theirs)
    assert "stopped early; best epoch" in done.stderr


def test_divergence_is_the_engines_error_line_and_no_non_finite_epoch(tmp_path, engine_lines, capsys):
    from nodeflow.cli import main

    graph = io.load(os.path.join(os.path.dirname(__file__), "..", "..", "examples", "linear_regression.nodeflow"))
    opt = next(n for n in graph.nodes.values() if n.spec.category == "optimizer")
    opt.params["lr"] = 50.0
    graph, script = _export(graph, tmp_path)
    path = tmp_path / "g.nodeflow"
    io.save(graph, path)
    capsys.readouterr()
    assert main(["train", str(path), "--json", "--epochs", "5"]) != 0
    want = json_lines(capsys.readouterr().out)
    done = run_script(script, "--epochs", "5")
    assert done.returncode == 1, done.stderr
    got = json_lines(done.stdout)
    assert want[-1]["event"] == got[-1]["event"] == "error"
    assert got[-1]["message"] == want[-1]["message"]
    epochs = [(a, b) for a, b in zip(got, want, strict=True) if b["event"] == "epoch"]
    assert len(epochs) == len(want) - 1
    for a, b in epochs:
        assert (a["epoch"], a["train_loss"]) == (b["epoch"], pytest.approx(b["train_loss"], rel=1e-6))


def test_device_cpu_is_the_default_and_cuda_without_a_gpu_says_so(tmp_path):
    graph = chain_graph({"source": "xor", "n_samples": 64}, [("Dense", {"units": 2}), ("Softmax", {})])
    _, script = _export(graph, tmp_path)
    default, cpu = run_script(script, "--epochs", "1"), run_script(script, "--epochs", "1", "--device", "cpu")
    assert default.returncode == cpu.returncode == 0
    drop = ("seconds",)
    assert json_lines(default.stdout, drop) == json_lines(cpu.stdout, drop)
    if not torch.cuda.is_available():
        cuda = run_script(script, "--epochs", "1", "--device", "cuda")
        assert cuda.returncode != 0 and "--device cuda" in cuda.stderr and "Traceback" not in cuda.stderr


@pytest.mark.slow
def test_torchrun_two_processes_print_one_process_numbers_once(tmp_path):
    """Each of two gloo processes takes half of every batch; DDP averages the gradients, so the
    run follows the single process's curve (up to float32 summation order), and only rank 0
    prints."""
    graph = io.load(os.path.join(os.path.dirname(__file__), "..", "..", "examples", "moons_mlp.nodeflow"))
    _, script = _export(graph, tmp_path, dtype="float32")
    single = run_script(script, "--epochs", "3")
    assert single.returncode == 0, single.stderr
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env["OMP_NUM_THREADS"] = "1"
    ran = subprocess.run([sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node=2",
                          str(script), "--epochs", "3"], capture_output=True, text=True, timeout=300,
                         cwd=str(tmp_path), env=env, check=False)
    assert ran.returncode == 0, ran.stderr[-2000:]
    one, two = json_lines(single.stdout), json_lines(ran.stdout)
    assert [r["event"] for r in two] == ["epoch", "epoch", "epoch", "done"]  # printed once, not twice
    for a, b in zip(one, two, strict=True):
        for key in ("train_loss", "val_loss", "test_loss", "train_acc", "val_acc", "test_acc"):
            if key in a:
                assert b[key] == pytest.approx(a[key], rel=1e-5, abs=1e-7), key
