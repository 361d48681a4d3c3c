"""The exported scripts' text at the edges (issue 11): a `%` in the graph's name keeps
`--help` working (argparse formats descriptions with %), and the torch script's header says
that Dropout masks come from torch's generator."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from nodeflow.export import export_graph
from nodeflow.graph import io
from tests.compute.graphs import build

ROOT = Path(__file__).resolve().parents[2]
NAME = "%(prog)s at 100% %s"


def _graph(dropout: bool = False):
    nodes = [("data", "Dataset", {"source": "iris", "batch_size": 16}), ("fc", "Dense", {"units": 3}),
             ("sm", "Softmax", {}), ("xent", "CrossEntropy", {}), ("opt", "SGD", {})]
    edges = ["data.x -> fc.in", "fc.out -> sm.in", "sm.out -> xent.pred", "data.y -> xent.target", "xent.loss -> opt.loss"]
    if dropout:
        nodes.insert(2, ("drop_1", "Dropout", {"rate": 0.2}))
        edges[1:2] = ["fc.out -> drop_1.in", "drop_1.out -> sm.in"]
    g = build(nodes, edges, training={"epochs": 1, "seed": 0})
    g.name = NAME
    return g


def _help(text: str, tmp_path: Path) -> str:
    script = tmp_path / "script.py"
    script.write_text(text, encoding="utf-8")
    out = subprocess.run([sys.executable, str(script), "--help"], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout


@pytest.mark.parametrize("train", [True, False])
def test_percent_in_the_name_keeps_numpy_help_working(tmp_path, train):
    assert repr(NAME) in _help(export_graph(_graph(), "numpy", train=train), tmp_path)


def test_percent_in_the_name_keeps_rl_help_working(tmp_path):
    graph = io.load(ROOT / "examples" / "rl" / "gridworld_qtable.nodeflow")
    graph.name = NAME
    assert repr(NAME) in _help(export_graph(graph, "numpy"), tmp_path)


def test_torch_header_names_dropout_and_says_its_masks_are_torchs():
    head = export_graph(_graph(dropout=True), "torch").split('"""')[1]
    assert "Dropout (drop_1): this script draws the dropout masks from torch's generator" in head
    assert "Dropout" not in export_graph(_graph(), "torch").split('"""')[1]


@pytest.mark.parametrize("bad, words", [(np.nan, "holds NaN values"), (np.inf, "holds infinite values"),
                                        (1j, "holds complex numbers")])
def test_the_numpy_script_refuses_unusable_weights_by_name(tmp_path, bad, words):
    """As nodeflow's own loader does: not 'training diverged', not a silent cast."""
    graph = _graph()
    weights = tmp_path / "w.npz"
    np.savez(weights, **{"fc/W": np.full((4, 3), bad), "fc/b": np.zeros(3)})
    script = tmp_path / "script.py"
    script.write_text(export_graph(graph, "numpy", weights=str(weights)), encoding="utf-8")
    out = subprocess.run([sys.executable, str(script), "--epochs", "1"], capture_output=True, text=True, timeout=120)
    assert out.returncode == 1 and out.stdout == ""
    assert out.stderr.strip() == f"error: fc: 'W' in the weights {words}" + (
        "; weights must be real" if bad == 1j else "; weights must be finite numbers")


def _torch_weights_run(tmp_path: Path, state) -> subprocess.CompletedProcess:
    torch = pytest.importorskip("torch", reason="the torch script needs PyTorch")
    script = tmp_path / "script.py"
    script.write_text(export_graph(_graph(), "torch"), encoding="utf-8")
    weights = tmp_path / "w.pt"
    if isinstance(state, bytes):
        weights.write_bytes(state)
    else:
        torch.save(state, weights)
    return subprocess.run([sys.executable, str(script), "--epochs", "1", "--weights", str(weights)],
                          capture_output=True, text=True, timeout=120)


def _fc_state(value) -> dict:
    """A state_dict for the graph's one Dense, under the module name the script gives it."""
    import torch

    module = re.search(r"self\.(\w+) = nn\.Linear", export_graph(_graph(), "torch")).group(1)
    return {f"{module}.weight": torch.full((3, 4), value), f"{module}.bias": torch.zeros(3)}


@pytest.mark.torch
@pytest.mark.parametrize("bad, words", [(float("nan"), "holds NaN values; weights must be finite numbers"),
                                        (float("inf"), "holds infinite values; weights must be finite numbers"),
                                        (1j, "holds complex numbers; weights must be real")])
def test_the_torch_script_refuses_unusable_weights_by_name(tmp_path, bad, words):
    """As the numpy script and nodeflow do: one line naming the tensor, not a 'diverged' run."""
    state = _fc_state(bad)
    out = _torch_weights_run(tmp_path, state)
    assert out.returncode == 1 and out.stdout == "", out.stdout
    assert out.stderr.strip() == f"error: '{next(iter(state))}' in the weights {words}"


@pytest.mark.torch
def test_the_torch_script_says_in_one_line_when_weights_cannot_be_read_or_do_not_fit(tmp_path):
    out = _torch_weights_run(tmp_path, b"not a torch file")
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert out.stderr.strip().startswith(f"error: {tmp_path / 'w.pt'}: cannot read the weights (")
    out = _torch_weights_run(tmp_path, dict(list(_fc_state(0.0).items())[:1]))  # no bias
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert "the weights do not fit this model" in out.stderr and len(out.stderr.strip().splitlines()) == 1


@pytest.mark.torch
def test_the_torch_script_trains_from_good_weights(tmp_path):
    out = _torch_weights_run(tmp_path, _fc_state(0.1))
    assert out.returncode == 0, out.stderr
