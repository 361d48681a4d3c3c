"""The command line says the engine's errors in the --lang language too (the same templates
the window uses, read from the .ts without Qt)."""

from __future__ import annotations

import json
import subprocess
import sys


def _check(tmp_path, *lang: str) -> str:
    graph = tmp_path / "open_input.nodeflow"
    graph.write_text(json.dumps({"format": "nodeflow", "version": 1, "name": "x", "edges": [],
                                 "nodes": [{"id": "fc", "type": "Dense", "params": {"units": 4}}]}))
    result = subprocess.run([sys.executable, "-m", "nodeflow", *lang, "check", str(graph)],
                            capture_output=True, text=True, encoding="utf-8")
    assert result.returncode != 0
    return result.stderr.strip()


def test_check_errors_in_korean_and_english(tmp_path):
    assert _check(tmp_path, "--lang", "ko") == "error: fc: 입력 'in'이(가) 연결되지 않았습니다"
    assert _check(tmp_path, "--lang", "en") == "error: fc: input 'in' is not connected"


def test_train_errors_in_korean(tmp_path):
    """`nodeflow --lang ko train` says why it cannot train in Korean too."""
    graph = tmp_path / "no_data.nodeflow"
    graph.write_text(json.dumps({"format": "nodeflow", "version": 1, "name": "x", "edges": [],
                                 "nodes": [{"id": "fc", "type": "Dense", "params": {"units": 4}}]}))
    result = subprocess.run([sys.executable, "-m", "nodeflow", "--lang", "ko", "train", str(graph)],
                            capture_output=True, text=True, encoding="utf-8")
    assert result.returncode != 0
    assert result.stderr.strip() == "error: fc: 입력 'in'이(가) 연결되지 않았습니다", result.stderr
