"""Regenerate the training screenshots: `QT_QPA_PLATFORM=offscreen python docs/screenshots/make_screenshots.py`."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from nodeflow.graph import Graph, load
from nodeflow.ui.training.dock import TrainingDock

HERE = Path(__file__).resolve().parent
EXAMPLES = HERE.parents[1] / "examples"


def deep_stack(activation: str, layers: int = 6) -> Graph:
    """Digits through `layers` Dense(32) + activation blocks: Sigmoid gradients vanish, ReLU's don't."""
    g = Graph(f"deep {activation}")
    g.add_node("Dataset", {"source": "digits", "batch_size": 32}, node_id="data")
    prev = ("data", "x")
    for i in range(1, layers + 1):
        g.add_node("Dense", {"units": 32}, node_id=f"fc{i}")
        g.add_node(activation, {}, node_id=f"act{i}")
        g.connect(prev, (f"fc{i}", "in"))
        g.connect((f"fc{i}", "out"), (f"act{i}", "in"))
        prev = (f"act{i}", "out")
    g.add_node("Dense", {"units": 10}, node_id="out")
    g.add_node("Softmax", {}, node_id="softmax")
    g.add_node("CrossEntropy", {}, node_id="xent")
    g.add_node("SGD", {"lr": 0.05}, node_id="sgd")
    g.connect(prev, ("out", "in"))
    g.connect(("out", "out"), ("softmax", "in"))
    g.connect(("softmax", "out"), ("xent", "pred"))
    g.connect(("data", "y"), ("xent", "target"))
    g.connect(("xent", "loss"), ("sgd", "loss"))
    g.training.update(epochs=15, seed=0)
    return g


def train(app: QApplication, dock: TrainingDock, during: str | None = None) -> None:
    dock.train()
    shot = False
    while dock.controller.running:
        app.processEvents()
        if during and not shot and dock.plots.epoch_count() >= 4:
            dock.tabs.setCurrentWidget(dock.plots)
            dock.refresh()  # the dock redraws on a 10 Hz timer; draw now for the picture
            app.processEvents()
            dock.grab().save(str(HERE / during))
            shot = True
    app.processEvents()


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    moons = load(EXAMPLES / "moons_mlp.nodeflow")
    dock = TrainingDock(moons)
    dock.resize(1400, 480)
    dock.show()
    moons.training["epochs"] = 20
    train(app, dock)
    moons.training["epochs"] = 50
    train(app, dock, during="training_during.png")
    dock.grab().save(str(HERE / "training_after.png"))
    dock.tabs.setCurrentWidget(dock.results)
    app.processEvents()
    dock.grab().save(str(HERE / "moons_boundary.png"))
    dock.shutdown()
    dock.deleteLater()

    digits = load(EXAMPLES / "digits_mlp.nodeflow")
    digits.training["epochs"] = 10
    dock = TrainingDock(digits)
    dock.resize(1400, 520)
    dock.show()
    train(app, dock)
    dock.tabs.setCurrentWidget(dock.results)
    app.processEvents()
    dock.grab().save(str(HERE / "confusion_matrix.png"))
    dock.shutdown()
    dock.deleteLater()

    for act in ("Sigmoid", "ReLU"):
        dock = TrainingDock(deep_stack(act))
        dock.resize(1400, 560)
        dock.show()
        train(app, dock)
        dock.tabs.setCurrentWidget(dock.inspect)
        dock.inspect.node_box.setCurrentText("fc1")
        app.processEvents()
        dock.grab().save(str(HERE / f"inspect_{act.lower()}.png"))
        dock.shutdown()
        dock.deleteLater()


if __name__ == "__main__":
    main()
    QApplication.processEvents()
