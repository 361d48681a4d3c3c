from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))


def run_script(path: Path, *args: str, python: str = sys.executable, timeout: float = 120,
               cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run a generated script with a clean environment (no PYTHONPATH, cwd = its folder)."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP")}
    return subprocess.run([python, str(path), *args], capture_output=True, text=True, timeout=timeout,
                          cwd=str(cwd or path.parent), env=env, check=False)


def json_lines(text: str, drop: tuple[str, ...] = ("seconds",)) -> list[dict]:
    rows = [json.loads(line) for line in text.splitlines() if line.startswith("{")]
    return [{k: v for k, v in row.items() if k not in drop} for row in rows]


@pytest.fixture
def engine_lines(tmp_path, capsys):
    """`nodeflow train FILE --json --epochs N` for a graph, as parsed lines (no "seconds")."""
    from nodeflow.cli import main
    from nodeflow.graph import io

    def run(graph, epochs: int) -> list[dict]:
        path = tmp_path / "graph.nodeflow"
        io.save(graph, path)
        capsys.readouterr()
        code = main(["train", str(path), "--json", "--epochs", str(epochs)])
        out = capsys.readouterr().out
        assert code == 0, out
        return json_lines(out)

    return run
