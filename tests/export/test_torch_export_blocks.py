"""The torch target writes each block definition as one nn.Module class, used by its placements:
a residual net from two placements of one block runs under torch on the engine's loss curve; a
graph without blocks is written as before (the golden files check that byte for byte)."""

from __future__ import annotations

import copy
import re

import pytest
from conftest import json_lines, run_script

from nodeflow import blocks as library
from nodeflow.export import export_graph
from nodeflow.graph.document import Graph, Node

torch = pytest.importorskip("torch")


def residual_net(placements: int = 2) -> Graph:
    """spirals -> Dense 32 -> residual block x `placements` (copies from the library) -> Dense 3."""
    entry = library.find("shipped/residual")
    assert entry is not None
    g = Graph("two residual blocks")
    g.add_node("Dataset", {"source": "spirals", "n_samples": 300, "batch_size": 50}, (0, 0), "data")
    g.add_node("Dense", {"units": 32}, (260, 0), "fc0")
    g.connect(("data", "x"), ("fc0", "in"))
    last = ("fc0", "out")
    for i in range(1, placements + 1):
        g.insert_node(Node(f"res{i}", "Block", {}, (260.0 * (i + 1), 0.0), block=copy.deepcopy(library.placement(entry))))
        g.connect(last, (f"res{i}", "in"))
        last = (f"res{i}", "out")
    g.add_node("Dense", {"units": 3}, (1200, 0), "head")
    g.add_node("Softmax", {}, (1460, 0), "softmax")
    g.add_node("CrossEntropy", {}, (1720, 0), "xent")
    g.add_node("Adam", {"lr": 0.01}, (1980, 0), "adam")
    for a, b in [(last, ("head", "in")), (("head", "out"), ("softmax", "in")), (("softmax", "out"), ("xent", "pred")),
                 (("data", "y"), ("xent", "target")), (("xent", "loss"), ("adam", "loss"))]:
        g.connect(a, b)
    g.training["dtype"] = "float64"
    return g


def test_two_placements_of_a_block_are_one_module_class_and_match_the_engine(tmp_path, engine_lines):
    g = residual_net()
    text = export_graph(g, "torch")
    assert text.count("class Block0_residual_block(nn.Module):") == 1 and "class Block1" not in text
    assert "self.blk0_res1 = Block0_residual_block()" in text and "self.blk1_res2 = Block0_residual_block()" in text
    assert re.search(r"= self\.blk1_res2\(\w+\)", text)
    script = tmp_path / "t.py"
    script.write_text(text)
    done = run_script(script, "--epochs", "2")
    assert done.returncode == 0, done.stderr
    got, want = json_lines(done.stdout), engine_lines(g, 2)
    for epoch in range(2):
        assert got[epoch]["train_loss"] == pytest.approx(want[epoch]["train_loss"], rel=1e-4)
    # the module holds the weights under the block: a state_dict names them so
    probe = tmp_path / "probe.py"
    probe.write_text(text.replace('if __name__ == "__main__":', 'if False:')
                     + "\nprint(sorted(k for k in Model().state_dict() if 'res' in k)[:2])\n")
    keys = run_script(probe)
    assert keys.returncode == 0, keys.stderr
    assert "blk0_res1.n0_fc1.weight" in keys.stdout.replace("'", "")


def test_a_graph_without_blocks_is_written_flattened_as_before():
    g = residual_net(placements=0)
    text = export_graph(g, "torch")
    assert "class Block" not in text and "self.blk" not in text


def test_a_linked_placement_is_the_same_module_instance_one_set_of_weights(tmp_path, engine_lines):
    g = residual_net()
    g.nodes["res2"].block.shares = "res1"  # Alt+D's link: res2 uses res1's weights
    text = export_graph(g, "torch")
    assert "self.blk1_res2 = self.blk0_res1" in text and text.count("Block0_residual_block()") == 1
    assert "def objective" not in text and "if k == 0" not in text  # the one-objective script
    script = tmp_path / "t.py"
    script.write_text(text)
    done = run_script(script, "--epochs", "2")
    assert done.returncode == 0, done.stderr
    got, want = json_lines(done.stdout), engine_lines(g, 2)
    for epoch in range(2):
        assert got[epoch]["train_loss"] == pytest.approx(want[epoch]["train_loss"], rel=1e-4)
    probe = tmp_path / "probe.py"
    probe.write_text(text.replace('if __name__ == "__main__":', 'if False:')
                     + "\nm = Model()\nprint(sum(p.numel() for p in m.parameters()), m.blk0_res1 is m.blk1_res2)\n")
    out = run_script(probe)
    assert out.returncode == 0, out.stderr
    # fc0 (2*32+32) + one residual block (2 * (32*32+32)) + head (32*3+3): the block's weights counted once
    assert out.stdout.split() == [str(96 + 2 * 1056 + 99), "True"]
