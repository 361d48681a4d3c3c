"""Without the interop extra each feature says which package is missing and how to install it."""

from __future__ import annotations

import sys

import pytest

from nodeflow.cli import main
from nodeflow.examples import examples_dir


@pytest.mark.parametrize("package", ["onnx", "tensorboard"])
def test_a_missing_package_is_named_with_the_install_command(package, monkeypatch, tmp_path, capsys):
    for name in list(sys.modules):
        if name == package or name.startswith(package + "."):
            monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, package, None)  # import raises ImportError
    example = examples_dir() / "xor_mlp.nodeflow"
    if package == "onnx":
        (tmp_path / "m.onnx").write_bytes(b"")
        assert main(["import", str(tmp_path / "m.onnx"), "-o", str(tmp_path / "g.nodeflow")]) == 2
        first = capsys.readouterr().err
        graph = tmp_path / "xor.nodeflow"
        graph.write_text(example.read_text())
        assert main(["train", str(graph), "--epochs", "1", "--save-weights", str(tmp_path / "xor.npz")]) == 0
        assert main(["export", str(graph), "--target", "onnx", "-o", str(tmp_path / "x.onnx")]) == 2
        second = capsys.readouterr().err
        errors = [first, second.splitlines()[-1]]
    else:
        assert main(["train", str(example), "--epochs", "1", "--tensorboard", str(tmp_path)]) == 2
        errors = [capsys.readouterr().err]
    for err in errors:
        assert err.startswith("error: ") and "pip install 'nodeflow[interop]'" in err and package in err
