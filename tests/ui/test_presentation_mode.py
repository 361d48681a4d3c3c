"""Presentation mode (F11): larger text and cards, palette and inspector hidden until needed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.e2e


def test_f11_toggles_the_projector_look_and_back(window, qtbot, examples_dir):
    window.open_example(examples_dir / "linear_regression.nodeflow", ask=False)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    size = QApplication.font().pointSizeF()
    zoom = window.canvas.transform().m11()
    title = window.lessons_panel.title.font().pointSizeF()
    QTest.keyClick(window, Qt.Key.Key_F11)
    assert window.actionPresentation.isChecked()
    assert QApplication.font().pointSizeF() == pytest.approx(size * 1.5)
    assert window.canvas.transform().m11() == pytest.approx(zoom * 1.4)
    qtbot.waitUntil(lambda: window.lessons_panel.title.font().pointSizeF() == pytest.approx(title * 1.5))
    assert not window.palette_dock.isVisible() and not window.inspector_dock.isVisible()
    window.canvas.scene().select_nodes(["dense"]) if hasattr(window.canvas.scene(), "select_nodes") else \
        window.canvas.node_item("dense").setSelected(True)
    qtbot.waitUntil(window.inspector_dock.isVisible)  # needed: something is selected
    QTest.keyClick(window, Qt.Key.Key_F11)
    assert not window.actionPresentation.isChecked()
    assert QApplication.font().pointSizeF() == pytest.approx(size)
    assert window.canvas.transform().m11() == pytest.approx(zoom)
    assert window.palette_dock.isVisible() and window.inspector_dock.isVisible()
    assert not window.windowState() & Qt.WindowState.WindowFullScreen
