"""Screenshots of blocks for the guide, in the real main window, at 1600x1000 and 1024x700.

Run from the repository root:
    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_block_screenshots.py
It writes, for each size, block_closed_<W>x<H>.png (the residual MLP with its skip connection made
into a block, and a linked placement), block_open_<W>x<H>.png (the same block entered with Tab:
its nodes between the port cards, the breadcrumb at the top) and block_palette_<W>x<H>.png (the
palette's Blocks with a shipped residual block placed from it).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "docs" / "screenshots"


def settle(ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def shots(size: tuple[int, int]) -> None:
    from nodeflow.ui import MainWindow

    tag = f"{size[0]}x{size[1]}"
    window = MainWindow()
    window.open_example(ROOT / "examples" / "residual_mlp.nodeflow", ask=False)
    window.resize(*size)
    window._default_dock_sizes()
    window.show()
    settle()
    view = window.canvas
    view.select_nodes(["fc2", "relu2", "add"])
    view.acts.make_block.trigger()
    view.acts.auto_layout.trigger()
    view.select_nodes(["fc1", "block1", "fc3"])
    view.zoom_to_selection()
    view.select_nodes(["block1"])
    settle()
    window.grab().save(str(OUT / f"block_closed_{tag}.png"))
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Tab)  # enter the block
    settle()
    view.acts.auto_layout.trigger()  # inside too: the skip wire routed round the cards (one undo step)
    settle()
    view.select_nodes(["fc2"])
    settle()
    window.grab().save(str(OUT / f"block_open_{tag}.png"))
    QTest.keyClick(view, Qt.Key.Key_Escape)
    settle()
    palette = window.palette
    palette.search.setText("block")  # the Blocks category (and the types whose help says block)
    settle()
    header = next(palette.tree.topLevelItem(i) for i in range(palette.tree.topLevelItemCount())
                  if palette.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole + 1) == "blocks")
    entry = next(header.child(j) for j in range(header.childCount())
                 if header.child(j).data(0, Qt.ItemDataRole.UserRole) == "block:shipped/residual")
    palette.tree.setCurrentItem(entry)
    window.add_node_at_center(entry.data(0, Qt.ItemDataRole.UserRole))  # what a double-click on it does
    settle()
    placed = view.scene().selected_node_ids()
    view.select_nodes(["block1", *placed])
    view.zoom_to_selection()
    view.select_nodes(placed)
    settle()
    window.grab().save(str(OUT / f"block_palette_{tag}.png"))
    window.dialogs.ask_save_changes = lambda *_args: "discard"
    window.close()
    window.deleteLater()
    settle(50)


def main() -> int:
    scratch = tempfile.mkdtemp()
    os.environ["NODEFLOW_DATA_DIR"] = scratch  # autosaves and the user's block library stay out of the way
    app = QApplication.instance() or QApplication(sys.argv)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, scratch)
    app.setApplicationDisplayName("nodeflow")
    for size in ((1600, 1000), (1024, 700)):
        shots(size)
    print(OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
