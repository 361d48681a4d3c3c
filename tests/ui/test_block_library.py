"""The block library: shipped blocks (a residual block, a conv–BN–ReLU unit, an MLP head) and the
user's own (Save Block to Library…), listed in the palette's Blocks and placed as often as
wanted, each placement owning a copy; files are read as data, within limits."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from nodeflow import blocks as library
from nodeflow.graph import io as graph_io
from nodeflow.graph.analysis import analyze
from nodeflow.graph.document import Graph
from tests.ui.test_canvas_habits import header, right_click_menu
from tests.ui.test_canvas_habits import make_view as make_view  # noqa: F401  (a fixture)

RESIDUAL = Path(__file__).parents[2] / "examples" / "residual_mlp.nodeflow"
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def double_click_entry(qtbot, palette, title: str) -> None:
    header_item = next(palette.tree.topLevelItem(i) for i in range(palette.tree.topLevelItemCount())
                       if palette.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole + 1) == "blocks")
    item = next(header_item.child(j) for j in range(header_item.childCount()) if header_item.child(j).text(0) == title)
    palette.tree.scrollToItem(item)
    rect = palette.tree.visualItemRect(item)
    qtbot.mouseClick(palette.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(palette.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_shipped_blocks_check_and_their_texts_are_marked_for_translation():
    found, problems = library.entries()
    assert problems == []
    assert [b.key for b in found] == ["shipped/conv_bn_relu", "shipped/mlp_head", "shipped/residual"]
    for entry in found:
        name = entry.key.split("/")[1]
        assert entry.help == library.SHIPPED_HELP[name] and entry.title == library.SHIPPED_TITLES[name]
    types = {b.key: [n.type for n in b.block.nodes.values()] for b in found}
    assert types["shipped/conv_bn_relu"] == ["Conv2D", "BatchNorm", "ReLU"]
    assert types["shipped/mlp_head"] == ["Flatten", "Dense", "ReLU", "Dense"]
    assert "Add" in types["shipped/residual"]


def test_the_palette_places_a_shipped_block_many_times_each_with_its_own_copy(qtbot, window):
    window.resize(1400, 900)
    window.show()
    palette, view, g = window.palette, window.canvas, window.graph
    assert set(palette.blocks()) == {"Residual block", "Conv–BN–ReLU", "MLP head"}
    double_click_entry(qtbot, palette, "Residual block")
    double_click_entry(qtbot, palette, "Residual block")
    assert {"residual1", "residual2"} <= set(g.nodes)
    one, two = g.nodes["residual1"].block, g.nodes["residual2"].block
    assert one == two and one is not two and one.nodes["fc1"] is not two.nodes["fc1"] and not one.shares
    assert view.node_item("residual1").is_block and window.undo_stack.text(0) == "Place Residual block"
    # wired between data and loss, two placements train with two sets of weights
    g.add_node("Dataset", {"source": "spirals", "n_samples": 200}, (0, 0), "data")
    g.add_node("Dense", {"units": 32}, (0, 0), "fc0")
    g.add_node("Dense", {"units": 3}, (0, 0), "fc3")
    g.add_node("Softmax", {}, (0, 0), "softmax")
    g.add_node("CrossEntropy", {}, (0, 0), "xent")
    g.add_node("Adam", {}, (0, 0), "adam")
    for a, b in [(("data", "x"), ("fc0", "in")), (("fc0", "out"), ("residual1", "in")),
                 (("residual1", "out"), ("residual2", "in")), (("residual2", "out"), ("fc3", "in")),
                 (("fc3", "out"), ("softmax", "in")), (("softmax", "out"), ("xent", "pred")),
                 (("data", "y"), ("xent", "target")), (("xent", "loss"), ("adam", "loss"))]:
        g.connect(a, b)
    analysis = analyze(g)
    assert analysis.ok, analysis.first_error
    assert analysis.node_param_count("residual1") == analysis.node_param_count("residual2") == 2 * (32 * 32 + 32)
    # a block placed from the palette is a block like any other: Alt+D links it
    view.select_nodes(["residual1"])
    view.acts.linked_duplicate.trigger()
    assert g.nodes["residual3"].block.shares == "residual1"
    while window.undo_stack.canUndo():
        window.undo_stack.undo()
    assert "residual1" not in g.nodes


def test_save_block_to_library_lists_it_in_the_palette(qtbot, window, tmp_path):
    window.resize(1400, 900)
    window.show()
    assert window.open_example(RESIDUAL, ask=False)
    view, g = window.canvas, window.graph
    view.select_nodes(["fc2", "relu2", "add"])
    view.acts.make_block.trigger()
    menu = right_click_menu(view, header(view, "block1"))
    assert view.acts.save_block in menu.actions()
    menu.close()
    view.ask_text = lambda *_args: "My residual"
    view.select_nodes(["block1"])
    view.acts.save_block.trigger()
    path = tmp_path / "data" / "blocks" / "my_residual.nodeflow-block"
    assert path.is_file()
    saved, _ = library.read_block(path)
    assert saved.title == "My residual" and set(saved.nodes) == {"fc2", "relu2", "add"}
    assert "My residual" in window.palette.blocks()
    view.acts.save_block.trigger()  # the same name again: a second file, never an overwrite
    assert (tmp_path / "data" / "blocks" / "my_residual_2.nodeflow-block").is_file()
    double_click_entry(qtbot, window.palette, "My residual")
    placed = [n for n in g.nodes if n.startswith("my_residual")]
    assert placed and g.nodes[placed[0]].block.nodes == g.nodes["block1"].block.nodes


def test_library_files_are_read_as_data_within_limits(tmp_path):
    folder = tmp_path / "blocks"
    folder.mkdir()
    (folder / "broken.nodeflow-block").write_text("{not json")
    (folder / "big.nodeflow-block").write_bytes(b" " * (library.MAX_BYTES + 1))
    plain = Graph("two nodes")
    plain.add_node("Dense", {}, (0, 0), "a")
    (folder / "plain.nodeflow-block").write_text(graph_io.dumps(plain))
    evil = json.loads(library.SHIPPED.joinpath("mlp_head.nodeflow-block").read_text())
    evil["nodes"][0]["block"]["nodes"][0]["type"] = "__import__('os').system('touch pwned')"
    (folder / "evil.nodeflow-block").write_text(json.dumps(evil))
    found, problems = library.entries(folder)
    assert [b.key for b in found if not b.shipped] == []
    assert sorted(p.split(":")[0] for p in problems) == sorted(
        ["big.nodeflow-block", "broken.nodeflow-block", "evil.nodeflow-block", "plain.nodeflow-block"])
    assert not (tmp_path / "pwned").exists() and not Path("pwned").exists()
    assert any("too large" in p or "limit" in p for p in problems if p.startswith("big"))


def test_a_library_block_dragged_from_the_palette_lands_where_it_is_dropped(make_view):  # noqa: F811
    from PySide6.QtCore import QMimeData, QPoint, QPointF
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    from nodeflow.ui.canvas.view import NODE_MIME
    from nodeflow.ui.palette import Palette

    palette = Palette()
    payload = palette.blocks()["MLP head"]
    palette.deleteLater()
    assert payload == "block:shipped/mlp_head"
    g = Graph()
    view = make_view(g)
    mime = QMimeData()
    mime.setData(NODE_MIME, payload.encode("utf-8"))
    at = QPoint(300, 200)
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), QDragEnterEvent(at, *args))
    QApplication.sendEvent(view.viewport(), QDropEvent(QPointF(at), *args))
    assert list(g.nodes) == ["mlp_head1"] and [n.type for n in g.nodes["mlp_head1"].block.nodes.values()] == [
        "Flatten", "Dense", "ReLU", "Dense"]
    card = view.node_item("mlp_head1").sceneBoundingRect()
    assert card.contains(view.mapToScene(at))
    view.undo_stack.undo()
    assert not g.nodes
