"""The core runs headless: importing it must not import Qt (DESIGN.md, "Layers")."""

import subprocess
import sys

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
