"""The palette lists every registered node type by category, filters, drags and requests nodes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from nodeflow.nodes import REGISTRY
from nodeflow.ui.palette import NODE_MIME, Palette


@pytest.fixture
def palette(qtbot):
    widget = Palette()
    qtbot.addWidget(widget)
    return widget


def test_lists_every_registered_type_grouped_by_category(palette):
    expected = {cat: [s.type for s in specs] for cat, specs in REGISTRY.by_category().items() if specs}
    assert palette.categories() == expected
    assert sum(len(v) for v in palette.categories().values()) == len(REGISTRY)


def test_category_titles_and_tooltips(palette):
    titles = [palette.tree.topLevelItem(i).text(0) for i in range(palette.tree.topLevelItemCount())]
    assert titles == ["Data", "Layers", "Merge", "Activations", "Losses", "Optimizers", "Blocks"]  # then the block library
    for spec in REGISTRY:
        item = palette.item_for(spec.type)
        assert item.toolTip(0) == spec.help
        assert not item.icon(0).isNull()


def test_search_filters_as_you_type(palette, qtbot):
    qtbot.keyClicks(palette.search, "pool")
    shown = palette.categories()
    assert shown == {"layer": ["MaxPool2D", "AvgPool2D"]}
    palette.search.clear()
    assert sum(len(v) for v in palette.categories().values()) == len(REGISTRY)


def test_search_is_case_insensitive_and_matches_help(palette):
    palette.search.setText("LSTM")
    assert "LSTM" in palette.categories()["layer"]
    palette.search.setText("zzzz-no-such-node")
    assert palette.categories() == {}


def test_drag_payload_is_the_type_name(palette):
    item = palette.item_for("Conv2D")
    mime = palette.tree.mimeData([item])
    assert mime.hasFormat(NODE_MIME)
    assert bytes(mime.data(NODE_MIME)).decode("utf-8") == "Conv2D"
    assert palette.tree.mimeTypes() == [NODE_MIME]
    header = palette.tree.topLevelItem(0)
    assert not header.flags() & Qt.ItemFlag.ItemIsDragEnabled
    assert item.flags() & Qt.ItemFlag.ItemIsDragEnabled


def test_activation_and_enter_request_a_node(palette, qtbot):
    item = palette.item_for("Dense")
    with qtbot.waitSignal(palette.nodeRequested) as blocker:
        palette.tree.itemActivated.emit(item, 0)
    assert blocker.args == ["Dense"]
    palette.search.setText("softmax")
    with qtbot.waitSignal(palette.nodeRequested) as blocker:
        qtbot.keyClick(palette.search, Qt.Key.Key_Return)
    assert blocker.args == ["Softmax"]


def test_double_click_requests_a_node(palette, qtbot):
    palette.show()
    qtbot.waitExposed(palette)
    item = palette.item_for("ReLU")
    palette.tree.scrollToItem(item)
    rect = palette.tree.visualItemRect(item)
    qtbot.mouseClick(palette.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(palette.nodeRequested) as blocker:
        qtbot.mouseDClick(palette.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["ReLU"]
