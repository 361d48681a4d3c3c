"""`nodeflow sweep` with a bad --vary: one clear `error:` line naming the spec, exit code 2,
nothing on stdout, nothing trained (issue 15's Done-when, one kind of mistake each)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT

MOONS = str(ROOT / "examples" / "moons_mlp.nodeflow")


@pytest.mark.parametrize("spec, words", [
    ("nope.lr=1", "the graph has no node 'nope' (its nodes: data, fc1,"),
    ("adam.lrr=1", "adam (Adam) has no parameter 'lrr'"),
    ("adam.lr=-1", "parameter 'lr' must be between 1e-08 and 1000, got -1.0"),
    ("fc1.units=1,1000000000", "parameter 'units' must be between 1 and 65536"),
    ("adam.type=ReLU", "adam is an optimizer node and ReLU is an activation node"),
])
def test_a_bad_vary_is_one_error_line_and_exit_2(spec, words):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "nodeflow", "sweep", MOONS, "--vary", spec, "--epochs", "1"],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: --vary {spec}: ") and words in lines[0]
    assert done.stdout == ""
