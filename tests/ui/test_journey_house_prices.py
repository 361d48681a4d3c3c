"""Journey 6 with real units: a csv of house prices, built and trained in the window with the
default settings, fits (test RMSE well below the prices' spread) and says in which units.

Marked e2e like the other journeys (shared/JOURNEYS.md, "Your own data")."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF

sys.path[:0] = [str(Path(__file__).parent), str(Path(__file__).parents[1])]
from house_prices import write_house_prices  # noqa: E402
from test_journeys import drag_wire, edit_param, train  # noqa: E402

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


def test_house_prices_fit_with_default_settings(qtbot, window, tmp_path):
    prices = write_house_prices(tmp_path / "houses.csv")
    window.actionNew.trigger()
    window.show()
    canvas, g = window.canvas, window.graph
    for i, kind in enumerate(["Dataset", "Dense", "ReLU", "Dense", "Huber", "Adam"]):
        canvas.add_node_at(kind, QPointF(i * 230, (i % 2) * 60))
    ids = {kind: [n.id for n in g.nodes.values() if n.type == kind] for kind in ("Dataset", "Dense", "ReLU", "Huber", "Adam")}
    data, (fc1, fc2), relu, huber, adam = ids["Dataset"][0], ids["Dense"], ids["ReLU"][0], ids["Huber"][0], ids["Adam"][0]
    canvas.zoom_to_fit()
    edit_param(window, data, "source", "csv")
    edit_param(window, data, "path", str(tmp_path / "houses.csv"))
    target = window.inspector.editors["target"]
    target.widget.setCurrentIndex(target.suggestions().index("price"))
    target.widget.activated.emit(target.widget.currentIndex())
    assert g.nodes[data].params["target"] == "price"
    assert window.inspector.editors["standardize_target"].value() is True  # the default for a new Dataset
    edit_param(window, fc2, "units", 1)
    for src, dst in [((data, "x"), (fc1, "in")), ((fc1, "out"), (relu, "in")), ((relu, "out"), (fc2, "in")),
                     ((fc2, "out"), (huber, "pred")), ((data, "y"), (huber, "target")), ((huber, "loss"), (adam, "loss"))]:
        drag_wire(canvas, src, dst)
        assert g.source_of(dst) == src
    qtbot.waitUntil(lambda: canvas.analysis.ok, timeout=5000)
    train(qtbot, window, timeout=120000)  # the default epochs, learning rate, batch size
    assert "test RMSE" in window.statusBar().currentMessage()
    window.training.tabs.setCurrentWidget(window.training.results)  # the person opens the Results tab
    text = window.training.results.summary.text()
    assert "Root mean squared error" in text, (text, window.statusBar().currentMessage())
    rmse = float(re.search(r"\): ([0-9.e+]+)", text).group(1))
    assert rmse < 0.35 * prices.std(), text  # the spread is ~100,000, the noise 20,000
    assert "own units" in text
    assert "learned nothing" not in window.statusBar().currentMessage()
