"""The own-data CNN example: make_shapes.py renders an image folder, the example reads it by
its relative path and trains to its stated accuracy; the class names are the folder names."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from nodeflow.cli import main

EXAMPLE = Path(__file__).parents[1] / "examples" / "own_data"


@pytest.mark.slow
def test_shapes_cnn_trains_on_a_generated_image_folder(tmp_path, capsys):
    shutil.copy(EXAMPLE / "shapes_cnn.nodeflow", tmp_path)
    made = subprocess.run([sys.executable, str(EXAMPLE / "make_shapes.py"), str(tmp_path / "shapes")],
                          capture_output=True, text=True, check=False)
    assert made.returncode == 0, made.stderr
    assert sorted(p.name for p in (tmp_path / "shapes").iterdir()) == ["circle", "square", "triangle"]
    assert main(["check", str(tmp_path / "shapes_cnn.nodeflow")]) == 0
    assert "(N, 1, 24, 24)" in capsys.readouterr().out
    assert main(["train", str(tmp_path / "shapes_cnn.nodeflow"), "--json"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.startswith("{")]
    done = lines[-1]
    assert done["event"] == "done" and done["epochs"] == 15
    assert done["test_acc"] >= 0.85  # the description says about 90% (92% with seed 0)


def test_the_example_says_how_to_make_its_folder():
    doc = json.loads((EXAMPLE / "shapes_cnn.nodeflow").read_text())
    assert "make_shapes.py" in doc["description"] and doc["nodes"][0]["params"]["path"] == "shapes"
