"""A file naming node types this installation does not have (a plugin not installed, a newer
nodeflow's node) opens in the window with placeholder cards, and saves back unchanged."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF

from nodeflow.cli import main
from nodeflow.graph import io as graph_io

EXAMPLE = Path(__file__).parents[2] / "examples" / "xor_mlp.nodeflow"
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def unknown_file(tmp_path: Path) -> Path:
    """xor_mlp with its Tanh as a plugin's GELU (with its own parameters and a key of a newer
    version), written as nodeflow writes files."""
    data = json.loads(EXAMPLE.read_text())
    node = next(n for n in data["nodes"] if n["id"] == "tanh")
    node.update(type="GELU", params={"approximate": "tanh", "scale": 1.5})
    node["plugin"] = {"package": "nodeflow-gelu", "version": "0.1"}
    path = tmp_path / "gelu.nodeflow"
    path.write_text(graph_io._format(data, 0) + "\n", encoding="utf-8")
    return path


def node_lines(text: str) -> list[str]:
    data = json.loads(text)
    return [json.dumps(n, ensure_ascii=False) for n in data["nodes"]]


def test_the_window_opens_it_with_a_placeholder_and_saves_it_back_unchanged(make_window, tmp_path, qtbot):
    path = unknown_file(tmp_path)
    original = path.read_text(encoding="utf-8")
    window = make_window(str(path))
    window.show()
    qtbot.waitExposed(window)
    view = window.canvas
    card = view.node_item("tanh")
    assert card is not None and card.placeholder
    assert card.summary == "GELU: not installed"
    assert "no node type GELU" in card.toolTip() and "saved unchanged" in card.toolTip()
    assert set(card.inputs) == {"in"} and set(card.outputs) == {"out"}  # its ports, from its wires
    assert window.graph.source_of(("fc2", "in")) == ("tanh", "out")
    qtbot.waitUntil(lambda: "node types this nodeflow does not have: GELU (tanh)" in view.message.message)
    assert not view.analysis.ok and view.analysis.errors["tanh"].startswith("tanh: unknown node type 'GELU'")
    assert window.files.save()
    assert path.read_text(encoding="utf-8") == original  # byte for byte

    # moving another card, and the placeholder itself: only positions change
    view.scene().clearSelection()
    card.setSelected(True)
    view.scene().begin_drag()
    card.setPos(card.pos() + QPointF(40, 20))
    view.scene().end_drag()
    assert window.files.save()
    before, after = node_lines(original), node_lines(path.read_text(encoding="utf-8"))
    assert [b == a for b, a in zip(before, after, strict=True)] == [True, True, False, True, True, True, True]
    moved = json.loads(after[2])
    assert moved["params"] == {"approximate": "tanh", "scale": 1.5} and moved["plugin"]["version"] == "0.1"
    assert moved["pos"] != json.loads(before[2])["pos"]
    window.undo_stack.undo()
    assert window.files.save()
    assert path.read_text(encoding="utf-8") == original


def test_a_placeholder_cannot_be_bypassed_but_can_be_renamed_and_duplicated(make_window, tmp_path, qtbot):
    window = make_window(str(unknown_file(tmp_path)))
    window.show()
    qtbot.waitExposed(window)
    view = window.canvas
    view.select_nodes(["tanh"])
    view.acts.bypass.trigger()  # M (the key itself: tests/ui/test_canvas_bypass.py)
    assert not window.graph.nodes["tanh"].bypass
    assert "GELU is not installed" in view.message.message
    made = view.duplicate_selected()
    assert len(made) == 1 and window.graph.nodes[made[0]].is_placeholder
    assert window.graph.nodes[made[0]].params == {"approximate": "tanh", "scale": 1.5}
    window.undo_stack.undo()
    assert made[0] not in window.graph.nodes


def test_a_placeholder_card_looks_missing(make_window, tmp_path, qtbot):
    window = make_window(str(unknown_file(tmp_path)))
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)
    view = window.canvas
    view.scene().clearSelection()
    view.resetTransform()
    view.scale(1.4, 1.4)
    view.centerOn(view.node_item("tanh"))
    keep = os.environ.get("NODEFLOW_SHOTS")
    if keep:
        window.grab().save(os.path.join(keep, "placeholder_card.png"))


@pytest.mark.parametrize("command", ["check", "train"])
def test_check_and_train_refuse_with_one_line(tmp_path, capsys, command):
    code = main([command, str(unknown_file(tmp_path))])
    err = capsys.readouterr().err.strip().splitlines()
    assert code != 0 and len(err) == 1
    assert err[0] == ("error: tanh: unknown node type 'GELU' (not installed: a plugin's node type "
                      "or a newer nodeflow's)")
