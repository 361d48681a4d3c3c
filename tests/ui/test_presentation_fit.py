"""Presentation mode at a small projector resolution: the toolbar drops to icons only when its
labels do not fit (and only then), and the plots' text grows with the rest (ticks, titles, axis
labels), also after a language switch, and goes back when the mode ends."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolBar

from nodeflow.ui.i18n.translator import Languages
from nodeflow.ui.presentation import FONT_SCALE, plot_items

ICONS, TEXT = Qt.ToolButtonStyle.ToolButtonIconOnly, Qt.ToolButtonStyle.ToolButtonTextBesideIcon


@pytest.fixture
def korean_window(window, qapp, qtbot):
    languages = Languages.instance()
    assert languages.switch("ko")
    window.resize(1024, 700)
    window.show()
    qtbot.waitUntil(lambda: window.presentation.toolbar_fit is not None)
    yield window
    window.presentation.set_on(False)
    languages.switch("en")


def _windowed(window, qtbot) -> None:
    """The offscreen screen is smaller than a projector: keep the window at 1024 x 700."""
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowFullScreen)
    window.resize(1024, 700)
    qtbot.wait(50)


def test_toolbar_keeps_labels_while_they_fit_and_drops_to_icons_when_not(korean_window, qtbot):
    window = korean_window
    bar = window.findChild(QToolBar, "mainToolBar")
    fit = window.presentation.toolbar_fit
    fit.fit()
    assert fit.needed() <= window.width()
    assert bar.toolButtonStyle() == TEXT  # Korean labels fit 1024 px at the normal font
    window.presentation.set_on(True)
    _windowed(window, qtbot)
    qtbot.waitUntil(lambda: bar.toolButtonStyle() == ICONS)
    assert fit.needed() > window.width()
    assert bar.widgetForAction(window.actionTrain).toolTip()  # the label is still there, as a tooltip
    window.presentation.set_on(False)
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: bar.toolButtonStyle() == TEXT)
    window.resize(600, 700)  # too narrow even at the normal font
    qtbot.waitUntil(lambda: bar.toolButtonStyle() == ICONS)


def _sizes(window):
    return [(item.titleLabel.opts.get("size"), item.getAxis("bottom").labelStyle.get("font-size"),
             item.getAxis("left").style["tickFont"]) for item in plot_items(window)]


def _points(text: str | None) -> float:
    return float(str(text).removesuffix("pt"))


def test_plot_text_scales_with_presentation_mode(korean_window, qtbot):
    window = korean_window
    items = plot_items(window)
    assert len(items) >= 4  # the training curves live in a GraphicsLayoutWidget, not PlotWidgets
    before = _sizes(window)
    key = window.training.plots.key  # a label with a style sheet: the application font passes it by
    key_size = key.font().pointSizeF()
    window.presentation.set_on(True)
    qtbot.waitUntil(lambda: key.font().pointSizeF() == pytest.approx(key_size * FONT_SCALE))
    during = _sizes(window)
    for (title, _label, _tick), (title2, label2, tick2) in zip(before, during, strict=True):
        assert tick2 is not None
        if title is not None:
            assert _points(title2) == pytest.approx(_points(title) * FONT_SCALE, rel=0.01)
        assert label2 is not None
    curves = window.training.plots
    epoch_title = curves.epoch_plot.titleLabel.opts["size"]
    Languages.instance().switch("en")  # the plots set their titles again at their own size ...
    qtbot.waitUntil(lambda: "Loss per epoch" in curves.epoch_plot.titleLabel.text)
    qtbot.waitUntil(lambda: curves.epoch_plot.titleLabel.opts["size"] == epoch_title)  # ... and are scaled again
    window.presentation.set_on(False)
    qtbot.waitUntil(lambda: key.font().pointSizeF() == pytest.approx(key_size))
    assert [(t, lab) for t, lab, _ in _sizes(window)] == [(t, lab) for t, lab, _ in before]
    assert all(tick is None for _t, _l, tick in _sizes(window))
