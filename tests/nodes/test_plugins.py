"""Node types from plugins (the `nodeflow.nodes` entry-point group): loading, refusing what is
broken or invalid (once, by name), turning it off, and the example plugin (examples/plugins/gelu)
installed in a fresh virtual environment: palette, training, gradient check, both exporters."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import textwrap
from importlib.metadata import EntryPoint
from pathlib import Path

import pytest

from nodeflow.nodes import REGISTRY, plugins
from nodeflow.nodes.catalogue import activations  # noqa: F401  (the built-ins registered)
from nodeflow.nodes.spec import Registry

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "plugins" / "gelu"
SHARED_VENV = Path("/work/main/.venv")


def ep(name: str, value: str) -> EntryPoint:
    return EntryPoint(name=name, value=value, group=plugins.GROUP)


def fresh() -> Registry:
    """A registry holding the built-ins (so clashes with them can be seen)."""
    reg = Registry()
    for spec in REGISTRY:
        reg.register(spec)
    return reg


@pytest.fixture
def plugin_dir(tmp_path, monkeypatch):
    """The example plugin and some broken ones importable from sys.path."""
    monkeypatch.syspath_prepend(str(EXAMPLE))
    (tmp_path / "broken_import.py").write_text("raise ImportError('needs libfoo 2')\n")
    (tmp_path / "bad_decl.py").write_text(textwrap.dedent("""
        from nodeflow.nodes.plugins import NodeSpec, same_shape, TensorType
        def not_a_spec():
            return ["GELU2"]
        def clash():
            return NodeSpec(type="Dense", category="layer", help="x", shape_rule=same_shape, kernel="bad_decl:K")
        def no_kernel():
            return NodeSpec(type="Gone", category="activation", help="x", shape_rule=same_shape,
                            kernel="bad_decl:Missing", sample_inputs={"in": TensorType((None, 4))})
    """))
    monkeypatch.syspath_prepend(str(tmp_path))
    return tmp_path


def test_a_plugin_declares_a_node_type_as_the_built_ins_do(plugin_dir):
    reg = fresh()
    out = io.StringIO()
    assert plugins.load_plugins(reg, [ep("gelu", "nodeflow_gelu:node_types")], stderr=out) == []
    assert out.getvalue() == ""
    spec = reg.get("GELU")
    assert spec.category == "activation" and spec.inputs == ("in",) and spec.outputs == ("out",)
    assert [s.type for s in reg.by_category()["activation"]][-1] == "GELU"  # after the built-ins
    assert spec.describe(spec.validate_params({"approximate": "tanh"})) == "GELU (tanh)"
    assert "GELU" not in REGISTRY  # nothing leaked into the real registry


def test_broken_and_invalid_plugins_are_reported_once_by_name_and_left_out(plugin_dir):
    reg = fresh()
    out = io.StringIO()
    problems = plugins.load_plugins(reg, [
        ep("broken", "broken_import:node_types"),
        ep("notspec", "bad_decl:not_a_spec"),
        ep("clash", "bad_decl:clash"),
        ep("nokernel", "bad_decl:no_kernel"),
        ep("gelu", "nodeflow_gelu:node_types"),
    ], stderr=out)
    assert [p.name for p in problems] == ["broken", "notspec", "clash", "nokernel"]
    reasons = {p.name: p.reason for p in problems}
    assert reasons["broken"] == "ImportError: needs libfoo 2"
    assert reasons["notspec"] == "TypeError: it declares str, not a NodeSpec"
    assert "node type 'Dense' is already declared" in reasons["clash"]
    assert "bad_decl has no Missing" in reasons["nokernel"]
    lines = out.getvalue().splitlines()
    assert len(lines) == 4 and lines[0] == "nodeflow: plugin 'broken' was not loaded: ImportError: needs libfoo 2"
    assert "GELU" in reg and "Gone" not in reg and reg.get("Dense") is REGISTRY.get("Dense")


def test_nodeflow_no_plugins_turns_loading_off(plugin_dir, monkeypatch):
    monkeypatch.setenv(plugins.DISABLE, "1")
    reg = fresh()
    assert plugins.load_plugins(reg, [ep("gelu", "nodeflow_gelu:node_types")]) == []
    assert "GELU" not in reg


# ----------------------------------------------------------------------- a fresh venv
CHECK = r'''
import json, os, subprocess, sys
from nodeflow.nodes import REGISTRY, plugins
out = {"loaded": plugins.LOADED, "problems": [str(p) for p in plugins.PROBLEMS],
       "gelu": "GELU" in REGISTRY and REGISTRY.get("GELU").category}
if os.environ.get("NODEFLOW_NO_PLUGINS") or "GELU" not in REGISTRY:
    print(json.dumps(out)); sys.exit(0)
from nodeflow.graph.document import Graph
g = Graph("gelu")
g.add_node("Dataset", {"source": "moons", "n_samples": 200}, (0, 0), "data")
g.add_node("Dense", {"units": 16}, (220, 0), "fc1")
g.add_node("GELU", {}, (440, 0), "gelu")
g.add_node("Dense", {"units": 2}, (660, 0), "fc2")
g.add_node("Softmax", {}, (880, 0), "softmax")
g.add_node("CrossEntropy", {}, (1100, 0), "xent")
g.add_node("Adam", {"lr": 0.02}, (1320, 0), "adam")
for a, b in [(("data", "x"), ("fc1", "in")), (("fc1", "out"), ("gelu", "in")), (("gelu", "out"), ("fc2", "in")),
             (("fc2", "out"), ("softmax", "in")), (("softmax", "out"), ("xent", "pred")),
             (("data", "y"), ("xent", "target")), (("xent", "loss"), ("adam", "loss"))]:
    g.connect(a, b)
from nodeflow.graph import io
io.save(g, "gelu.nodeflow")
from nodeflow.compute.trainer import Trainer
events = []
Trainer(g, epochs=5, on_event=events.append).run()
epochs = [e for e in events if e["event"] == "epoch"]
out["losses"] = [e["train_loss"] for e in epochs]
out["acc"] = events[-1].get("test_acc")
from nodeflow.compute.graph_gradcheck import worst_errors
out["gradcheck"] = worst_errors(g)
from nodeflow.export import export_graph
open("script.py", "w").write(export_graph(g, "numpy"))
torch_src = export_graph(g, "torch")
open("torch_script.py", "w").write(torch_src)
out["torch_gelu"] = "F.gelu(" in torch_src
lines = subprocess.run([sys.executable, "script.py", "--epochs", "2"], capture_output=True, text=True)
out["script"] = [json.loads(x) for x in lines.stdout.splitlines() if x.startswith("{")]
out["script_err"] = lines.stderr[-500:]
engine = subprocess.run([sys.executable, "-m", "nodeflow", "train", "gelu.nodeflow", "--epochs", "2", "--json"],
                        capture_output=True, text=True)
out["engine"] = [json.loads(x) for x in engine.stdout.splitlines() if x.startswith("{")]
t = subprocess.run([sys.executable, "torch_script.py", "--epochs", "2"], capture_output=True, text=True)
out["torch"] = [json.loads(x) for x in t.stdout.splitlines() if x.startswith("{")]
out["torch_err"] = t.stderr[-500:]
from PySide6.QtWidgets import QApplication
app = QApplication([])
from nodeflow.ui import MainWindow
w = MainWindow()
out["palette"] = w.palette.categories()["activation"]
for _ in range(5):
    app.processEvents()
out["window_message"] = w.canvas.message.text.text()
w.close()
print(json.dumps(out))
'''


def _venv(tmp_path: Path) -> Path:
    """A fresh venv that sees the shared venv's packages (NumPy, PySide6, torch, pip,
    setuptools) through a .pth file, and this worktree's nodeflow; nothing installed in it."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", "--without-pip", str(venv)], check=True)
    site = next((venv / "lib").glob("python3*/site-packages"))
    shared = [p for p in sys.path if p.endswith("site-packages") and Path(p).is_dir()]
    (site / "shared.pth").write_text("\n".join([str(ROOT), *shared]) + "\n")
    return venv


def _broken_package(tmp_path: Path) -> Path:
    pkg = tmp_path / "broken_plugin"
    (pkg / "nodeflow_broken").mkdir(parents=True)
    (pkg / "nodeflow_broken" / "__init__.py").write_text("raise RuntimeError('this plugin is broken on purpose')\n")
    (pkg / "pyproject.toml").write_text(textwrap.dedent("""
        [build-system]
        requires = ["setuptools>=61"]
        build-backend = "setuptools.build_meta"
        [project]
        name = "nodeflow-broken"
        version = "0.0.1"
        [project.entry-points."nodeflow.nodes"]
        broken = "nodeflow_broken:node_types"
        [tool.setuptools]
        packages = ["nodeflow_broken"]
    """))
    return pkg


@pytest.mark.slow
def test_the_example_plugin_installed_in_a_fresh_venv(tmp_path):
    venv = _venv(tmp_path)
    python = str(venv / "bin" / "python")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PIP_NO_INDEX": "1", "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    env.pop("PYTHONPATH", None)
    env.pop(plugins.DISABLE, None)
    before = subprocess.run([python, "-c", CHECK], capture_output=True, text=True, env={**env, "NODEFLOW_NO_PLUGINS": ""},
                            cwd=tmp_path)
    assert json.loads(before.stdout.splitlines()[-1])["gelu"] is False, before.stderr  # not installed yet
    for pkg in (EXAMPLE, _broken_package(tmp_path)):
        done = subprocess.run([python, "-m", "pip", "install", "--no-deps", "--no-build-isolation", "--no-index",
                               "-q", str(pkg)], capture_output=True, text=True, env=env, cwd=tmp_path)
        assert done.returncode == 0, done.stderr[-2000:]
    run = subprocess.run([python, "-c", CHECK], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    out = json.loads(run.stdout.splitlines()[-1])
    # reported once, by name, and the app still started
    assert out["loaded"] == {"gelu": ["GELU"]} and out["gelu"] == "activation"
    assert out["problems"] == ["plugin 'broken' was not loaded: RuntimeError: this plugin is broken on purpose"]
    assert run.stderr.count("plugin 'broken' was not loaded") == 1
    assert out["palette"][-1] == "GELU"
    assert "broken (RuntimeError: this plugin is broken on purpose)" in out["window_message"]
    # trains, passes the gradient check, and exports
    assert out["losses"][-1] < out["losses"][0] * 0.8 and out["acc"] > 0.8, out
    assert max(out["gradcheck"].values()) < 1e-6, out["gradcheck"]
    def timeless(lines):
        return [{k: v for k, v in line.items() if k != "seconds"} for line in lines]

    assert timeless(out["script"]) == timeless(out["engine"]) and out["engine"][-1]["event"] == "done", out["script_err"]
    assert out["torch_gelu"] and out["torch"][-1]["event"] == "done", out["torch_err"]
    assert abs(out["torch"][0]["train_loss"] - out["engine"][0]["train_loss"]) < 0.05
    off = subprocess.run([python, "-c", CHECK], capture_output=True, text=True, env={**env, "NODEFLOW_NO_PLUGINS": "1"},
                         cwd=tmp_path)
    off_out = json.loads(off.stdout.splitlines()[-1])
    assert off_out["gelu"] is False and off_out["problems"] == [] and off.stderr.count("broken") == 0
