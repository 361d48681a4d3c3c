"""Names from the user never become code: hostile ids and names give scripts that run cleanly."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from cases import MOONS, chain_graph
from conftest import run_script

from nodeflow.export import export_graph
from nodeflow.export.naming import comment, identifier, literal, node_names

MARKER = "/tmp/nodeflow_pwned_marker"
EVIL_ID = 'x"); import os; os.system("echo pwned'
EVIL_ID2 = f"y'''); open({MARKER!r},'w') #"
EVIL_NAME = f'pwned\n"""\nimport os; os.system("echo pwned")\n\'\'\' open({MARKER!r}, "w")\r\n# """'


def _hostile_graph():
    g = chain_graph(MOONS, [("Dense", {"units": 4}), ("Tanh", {}), ("Dense", {"units": 2}), ("Softmax", {})],
                    ids=[EVIL_ID, EVIL_ID2, "n1_y", "1 class"], name=EVIL_NAME)
    g.description = EVIL_NAME
    return g


@pytest.mark.parametrize("target", ["numpy", "torch"])
def test_hostile_names_do_not_run(target, tmp_path):
    if target == "torch":
        pytest.importorskip("torch")
        pytest.importorskip("nodeflow.export.torch_script")
    Path(MARKER).unlink(missing_ok=True)
    text = export_graph(_hostile_graph(), target)
    ast.parse(text)
    script = tmp_path / "evil.py"
    script.write_text(text)
    done = run_script(script, "--epochs", "1")
    assert done.returncode == 0, done.stderr
    assert "pwned" not in done.stdout + done.stderr
    assert not Path(MARKER).exists()
    for line in text.splitlines():
        if line.lstrip().startswith("#"):
            assert "\n" not in line and "os.system" not in line.split("#", 1)[1].replace("\\", "") or "'" in line


def test_node_names_are_unique_identifiers():
    ids = [EVIL_ID, "a b", "a_b", "", "class", "n1_x", "1", "é", "__import__('os')"]
    names = node_names(ids)
    assert len(set(names.values())) == len(ids)
    for name in names.values():
        assert name.isidentifier() and name.isascii()
    assert names[EVIL_ID] == "n0_x_import_os_os_system"


def test_literals_and_comments_are_inert():
    for text in (EVIL_NAME, EVIL_ID, "\u2028\u202e\x00\\", '"""'):
        assert ast.literal_eval(literal(text)) == text
        line = comment(text)
        assert all(ch.isprintable() for ch in line)
        assert len(ast.parse(f"x = 1  # {line}").body) == 1
    assert ast.literal_eval(literal({"a": [1, 2.5, None, True, (3,)]})) == {"a": [1, 2.5, None, True, (3,)]}
    assert identifier("class") == "v_class" and identifier("3d") == "v_3d"
