"""Screenshots of the canvas habits for the guide, in the real main window.

Run from the repository root:
    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_canvas_screenshots.py [WIDTH HEIGHT]
It writes canvas_frames.png (two frames, a note, the minimap), canvas_insert_flatten.png (a
refused wire and the fix offered), canvas_wire_search.png (a wire dropped on empty canvas),
canvas_menus.png (the right-click menus on a card, a wire and the canvas) and
canvas_examples.png (every example at zoom to fit). With WIDTH HEIGHT (e.g. 1024 700) the
files go to a temporary folder instead, to look at the small window.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, QPointF, QSettings, Qt  # noqa: E402
from PySide6.QtGui import QColor, QContextMenuEvent, QImage, QPainter  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


def main() -> int:
    size = (int(sys.argv[1]), int(sys.argv[2])) if len(sys.argv) == 3 else (1600, 1000)
    out = ROOT / "docs" / "screenshots" if len(sys.argv) != 3 else Path(tempfile.mkdtemp(prefix="canvas-shots-"))
    scratch = tempfile.mkdtemp()
    os.environ["NODEFLOW_DATA_DIR"] = scratch  # autosaves and settings never touch the user's
    app = QApplication.instance() or QApplication(sys.argv)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, scratch)
    Shots(app, size, out).all()
    print(out)
    return 0


class Shots:
    def __init__(self, app: QApplication, size: tuple[int, int], out: Path) -> None:
        self.app, self.size, self.out = app, size, out

    def settle(self) -> None:
        for _ in range(8):
            self.app.processEvents()

    def window(self, example: str):
        from nodeflow.ui import MainWindow

        win = MainWindow()
        win.resize(*self.size)
        win.show()
        win.activateWindow()
        QTest.qWaitForWindowActive(win)
        win.open_example(ROOT / "examples" / f"{example}.nodeflow", ask=False)
        self.settle()
        return win

    def close(self, win) -> None:  # noqa: ANN001
        win.undo_stack.clear()
        win.close()
        win.deleteLater()
        self.settle()

    def save(self, image, name: str) -> None:  # noqa: ANN001
        image.save(str(self.out / name))

    def all(self) -> None:
        self.frames()
        self.insert_flatten()
        self.wire_search()
        self.menus()
        self.examples()

    def frames(self) -> None:
        win = self.window("digits_cnn")
        c = win.canvas
        for nodes, title, color, note in (
            (["conv1", "relu1", "pool1"], "Feature extractor", None, "3x3 convolution, ReLU, 2x2 max pooling"),
            (["conv2", "relu2", "pool2"], "Second block", "#4f8a5b", ""),
        ):
            c.select_nodes(nodes)
            c.acts.frame.trigger()
            c.inline.widget.setText(title)
            QTest.keyClick(c.inline.widget, Qt.Key.Key_Return)
            frame_id = next(reversed(c.graph.frames))
            if color:
                c.edits.edit_frame(frame_id, color=color)
            if note:
                c.edits.edit_frame(frame_id, note=note)
        c.scene().clearSelection()
        c.zoom_to_fit(readable=True)
        self.settle()
        self.save(win.grab(), "canvas_frames.png")
        self.close(win)

    def insert_flatten(self) -> None:
        win = self.window("digits_cnn")
        c = win.canvas
        c.graph.remove_node("flatten")
        c.centerOn(c.node_item("fc").sceneBoundingRect().center() - QPointF(150, 0))
        self.settle()
        self.drag(c, c.port_scene_pos(("pool2", "out")), c.port_scene_pos(("fc", "in")))
        self.settle()
        self.save(win.grab(), "canvas_insert_flatten.png")
        self.close(win)

    def wire_search(self) -> None:
        win = self.window("moons_mlp")
        c = win.canvas
        c.graph.remove_node("tanh2")
        self.settle()
        start = c.port_scene_pos(("fc2", "out"))
        self.drag(c, start, start + QPointF(60, 110))
        QTest.keyClicks(c.quick_search.edit, "ta")
        self.settle()
        self.save(win.grab(), "canvas_wire_search.png")
        c.quick_search.close_search()
        self.close(win)

    def menus(self) -> None:
        from nodeflow.graph.document import Edge

        win = self.window("moons_mlp")
        c = win.canvas
        images = []
        for pos in (c.node_item("fc1").scenePos() + QPointF(60, 8),
                    c.scene().wires[Edge(("fc1", "out"), ("tanh1", "in"))].curve().pointAtPercent(0.5),
                    c.node_item("fc1").scenePos() + QPointF(100, 260)):
            at = c.mapFromScene(pos)
            QApplication.sendEvent(c.viewport(), QContextMenuEvent(
                QContextMenuEvent.Reason.Mouse, at, c.viewport().mapToGlobal(at), Qt.KeyboardModifier.NoModifier))
            self.settle()
            images.append(c.last_menu.grab().toImage())
            c.last_menu.close()
            self.settle()
        self.save(_side_by_side(images, 12), "canvas_menus.png")
        self.close(win)

    def examples(self) -> None:
        from nodeflow.examples import list_examples

        tiles = []
        for _title, path in list_examples():
            win = self.window(Path(path).stem)
            win.canvas.zoom_to_fit()
            self.settle()
            tiles.append(win.canvas.viewport().grab().toImage())
            self.close(win)
        self.save(_grid(tiles, 2, 8), "canvas_examples.png")

    @staticmethod
    def drag(c, a: QPointF, b: QPointF) -> None:  # noqa: ANN001
        port = c.viewport()
        pa, pb = c.mapFromScene(a), c.mapFromScene(b)
        QTest.mousePress(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pa)
        for i in range(1, 7):
            QTest.mouseMove(port, pa + (pb - pa) * (i / 6))
        QTest.mouseRelease(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pb)


def _side_by_side(images: list[QImage], gap: int) -> QImage:
    out = QImage(sum(i.width() for i in images) + gap * (len(images) + 1), max(i.height() for i in images) + 2 * gap,
                 QImage.Format.Format_RGB32)
    out.fill(QColor("#f3f4f6"))
    p = QPainter(out)
    x = gap
    for i in images:
        p.drawImage(QPoint(x, gap), i)
        x += i.width() + gap
    p.end()
    return out


def _grid(images: list[QImage], cols: int, gap: int) -> QImage:
    w, h = images[0].width(), images[0].height()
    rows = (len(images) + cols - 1) // cols
    out = QImage(cols * w + (cols + 1) * gap, rows * h + (rows + 1) * gap, QImage.Format.Format_RGB32)
    out.fill(QColor("#f3f4f6"))
    p = QPainter(out)
    for k, img in enumerate(images):
        p.drawImage(QPoint(gap + (k % cols) * (w + gap), gap + (k // cols) * (h + gap)), img.scaled(w, h))
    p.end()
    return out


if __name__ == "__main__":
    sys.exit(main())
