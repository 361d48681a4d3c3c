"""The core runs headless: importing it must not import Qt (DESIGN.md, "Layers")."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

CORE = ["nodeflow.graph", "nodeflow.nodes", "nodeflow.compute", "nodeflow.export", "nodeflow.interop", "nodeflow.cli"]


def test_core_never_imports_qt():
    code = (
        "import importlib, pkgutil, sys\n"
        f"for name in {CORE!r}:\n"
        "    mod = importlib.import_module(name)\n"
        "    for info in pkgutil.walk_packages(getattr(mod, '__path__', []), name + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6'))\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


ROOT = Path(__file__).resolve().parents[1]


def _lint_imports(package_root: Path, config: Path) -> subprocess.CompletedProcess:
    """Run import-linter's `lint-imports` on the `nodeflow` package found under `package_root`."""
    exe = str(Path(sys.executable).parent / "lint-imports")
    if not Path(exe).exists():
        exe = shutil.which("lint-imports") or exe
    if not Path(exe).exists():
        pytest.skip("import-linter is not installed (pip install -e .[test])")
    env = {**os.environ, "PYTHONPATH": str(package_root)}
    return subprocess.run([exe, "--config", str(config), "--no-cache"], capture_output=True, text=True,
                          env=env, cwd=str(package_root), timeout=600)


def test_the_layers_contract_holds():
    """ui -> export -> graph -> nodes -> compute (pyproject.toml, [tool.importlinter])."""
    result = _lint_imports(ROOT, ROOT / "pyproject.toml")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 kept, 0 broken" in result.stdout


def test_the_layers_contract_fails_on_a_forbidden_import(tmp_path):
    """An engine module that imports an upper layer breaks the contract (the check can fail)."""
    shutil.copytree(ROOT / "nodeflow", tmp_path / "nodeflow", ignore=shutil.ignore_patterns("__pycache__", "*.qm"))
    metrics = tmp_path / "nodeflow" / "compute" / "metrics.py"
    metrics.write_text(metrics.read_text() + "\nfrom nodeflow.export import naming  # forbidden: compute -> export\n")
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    result = _lint_imports(tmp_path, tmp_path / "pyproject.toml")
    assert result.returncode != 0
    assert "nodeflow.compute.metrics -> nodeflow.export.naming" in result.stdout
