"""The window fits its screen at scale factors 1 to 2, stays usable at 1024x700, and reads well:
its title, the counts in the status bar."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QPointF, QRect

from nodeflow.ui.main_window import fitted_geometry, plural, window_title

FIT_SCRIPT = """
import sys, tempfile
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
app = QApplication(sys.argv)
from nodeflow.ui import MainWindow
window = MainWindow()
window.show()
app.processEvents()
screen, frame = window.screen().availableGeometry(), window.frameGeometry()
print(screen.width(), screen.height(), frame.x(), frame.y(), frame.width(), frame.height(),
      window.minimumSizeHint().width(), window.minimumSizeHint().height(), flush=True)
window.close()
import os
os._exit(0)  # (Qt's teardown at interpreter exit is not what this test is about)
"""


@pytest.mark.parametrize(("width", "height", "scale"), [(1920, 1080, "1"), (1920, 1080, "2"), (1366, 768, "1.5"),
                                                       (1366, 768, "1"), (1280, 800, "1.25")])
def test_the_window_fits_the_screen_at_scale_factors_1_to_2(tmp_path, width, height, scale):
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "s", "x": 0, "y": 0, "width": width, "height": height,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "QT_SCALE_FACTOR": scale,
           "NODEFLOW_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, "-c", FIT_SCRIPT], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    sw, sh, x, y, w, h, min_w, min_h = map(int, done.stdout.split())
    assert sw == round(width / float(scale)) and sh == round(height / float(scale))  # logical pixels
    assert x >= 0 and y >= 0 and x + w <= sw and y + h <= sh, (sw, sh, x, y, w, h)
    assert min_w <= sw and min_h <= sh


def test_fitted_geometry_shrinks_and_moves_onto_the_screen():
    screen = QRect(0, 0, 960, 540)
    fitted = fitted_geometry(QRect(400, 300, 1280, 800), screen)
    assert screen.contains(fitted) and fitted.width() == int(960 * 0.92)
    assert fitted_geometry(QRect(10, 10, 600, 400), screen) == QRect(10, 10, 600, 400)  # fits: unchanged


def test_usable_at_1024_by_700(window, qtbot, examples_dir):
    window.open_example(examples_dir / "moons_mlp.nodeflow", ask=False)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(10)
    assert window.width() == 1024 and window.height() == 700  # nothing forces it wider
    assert window.palette_dock.width() >= 150 and window.inspector_dock.width() >= 200
    assert window.training.tabs.height() >= 150
    viewport = window.canvas.viewport()
    assert viewport.width() >= 400 and viewport.height() >= 200
    long = "Run 12 finished after 5000 epochs in 3:05 · test loss 0.01234 · ⚠ " + "a long warning " * 8
    window.training.progress.finish(long)
    window.training.plots.caption.setText(long)
    qtbot.wait(10)
    assert window.width() == 1024  # long texts are cut with "…", never widen the window


def test_title_names_the_document_once():
    from pathlib import Path

    assert window_title("Untitled", None) == "Untitled[*]"  # Qt adds " — nodeflow"
    assert window_title("Digits CNN", None) == "Digits CNN[*]"  # an example, not yet saved
    assert window_title("Digits CNN", Path("/x/digits.nodeflow")) == "digits.nodeflow[*]"


def test_counts_are_singular_or_plural(window, qtbot):
    assert plural(1, "multiply-add") == "1 multiply-add" and plural(2, "node") == "2 nodes"
    assert plural(1024, "parameter") == "1,024 parameters" and plural(0, "node") == "0 nodes"
    window.canvas.add_node_at("Dataset", QPointF(0, 0))
    window.canvas.add_node_at("Dense", QPointF(250, 0))
    window.graph.set_param("dataset1", "source", "linear")
    window.graph.set_param("dense1", "units", 1)
    window.graph.set_param("dense1", "use_bias", False)
    window.graph.connect(("dataset1", "x"), ("dense1", "in"))
    qtbot.waitUntil(lambda: window.analysis_label.text().startswith("2 nodes"), timeout=2000)
    assert window.analysis_label.text().startswith("2 nodes · 1 parameter · 1 multiply-add per sample · about ")
