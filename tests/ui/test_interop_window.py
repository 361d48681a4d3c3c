"""The window's ONNX export, model import and TensorBoard logs, driven through their actions."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QAction

from nodeflow.compute import datasets
from nodeflow.graph import io

sys.path.insert(0, str(Path(__file__).parents[1] / "interop"))  # keras_files: .keras files from the format
onnx = pytest.importorskip("onnx", reason="needs the interop extra (pip install 'nodeflow[interop]')")
pytest.importorskip("onnxruntime", reason="needs the interop extra (pip install 'nodeflow[interop]')")


class Answers:
    def __init__(self):
        self.onnx = self.model = self.folder = None
        self.informed: list[str] = []

    def onnx_path(self, parent, suggested):
        return self.onnx

    def import_path(self, parent, directory):
        return self.model

    def tensorboard_dir(self, parent, current):
        return self.folder

    def inform(self, parent, title, message):
        self.informed.append(message)


@pytest.fixture
def answers(window):
    window.interop.dialogs = Answers()
    return window.interop.dialogs


def train(qtbot, window, epochs=3):
    window.graph.training["epochs"] = epochs
    with qtbot.waitSignal(window.training.controller.ended, timeout=30000):
        window.actionTrain.trigger()


def test_actions_are_in_the_menus(window):
    titles = {}
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            titles[action.objectName()] = menu_action.text().replace("&", "")
    assert titles["actionExportOnnx"] == "File" and titles["actionImport"] == "File"
    assert titles["actionTensorBoard"] == "Run" and window.actionTensorBoard.isCheckable()
    for name in ("actionExportOnnx", "actionImport", "actionTensorBoard"):
        assert isinstance(window.findChild(QAction, name), QAction)


def test_export_onnx_needs_a_trained_model_then_writes_one(qtbot, window, dialogs, answers, examples_dir, tmp_path):
    from nodeflow.export.onnx_export import run

    window.open_example(examples_dir / "moons_mlp.nodeflow", ask=False)
    answers.onnx = str(tmp_path / "moons.onnx")
    window.actionExportOnnx.trigger()
    assert dialogs.errors and "no trained weights" in dialogs.errors[-1] and not (tmp_path / "moons.onnx").exists()
    train(qtbot, window)
    window.actionExportOnnx.trigger()
    assert (tmp_path / "moons.onnx").exists(), dialogs.errors
    net = window.training.controller.network
    params = window.graph.nodes["data"].params
    spec = window.graph.nodes["data"].spec
    splits = datasets.load(spec.validate_params(params), window.graph.training.get("seed", 0), "float32")
    x = splits.test[0]
    np.testing.assert_allclose(run(str(tmp_path / "moons.onnx"), x)[0], net.predict(x), rtol=1e-5, atol=1e-5)


def test_import_opens_an_editable_graph_with_its_weights(qtbot, window, dialogs, answers, tmp_path):
    from keras_files import input_layer, layer, sequential, write_keras

    rng = np.random.default_rng(1)
    config = sequential([input_layer([8, 8, 1]),
                         layer("Conv2D", "conv", filters=3, kernel_size=[3, 3], padding="valid", activation="relu"),
                         layer("MaxPooling2D", "pool", pool_size=[2, 2]), layer("Flatten", "flat"),
                         layer("Dense", "fc", units=4, activation="softmax")])
    path = write_keras(tmp_path / "cnn.keras", config, {"conv": [rng.normal(size=(3, 3, 1, 3)), np.zeros(3)],
                                                        "fc": [rng.normal(size=(27, 4)), np.zeros(4)]})
    answers.model = str(path)
    window.actionImport.trigger()
    assert not dialogs.errors
    assert {n.type for n in window.graph.nodes.values()} == {"Dataset", "Conv2D", "ReLU", "MaxPool2D", "Flatten",
                                                            "Dense", "Softmax"}
    assert window.runs.weights is not None and window.runs.weights["conv/W"].shape == (3, 1, 3, 3)
    assert any("placeholder" in text for text in answers.informed)
    qtbot.waitUntil(lambda: "needs a file" in window.analysis_label.text(), timeout=5000)
    assert window.files.path is None  # a new, untitled document: saving asks where
    window.files.save_as(tmp_path / "imported.nodeflow")
    assert (tmp_path / "imported.npz").exists()
    assert io.load(tmp_path / "imported.nodeflow").nodes["fc"].params["units"] == 4
    window.resize(1600, 1000)
    window.show()
    qtbot.waitExposed(window)
    window.canvas.zoom_to_fit()
    os.makedirs("/tmp/shots", exist_ok=True)
    window.grab().save("/tmp/shots/imported_1600.png")
    window.resize(1024, 700)
    qtbot.wait(20)
    window.canvas.zoom_to_fit()
    window.grab().save("/tmp/shots/imported_1024.png")


def test_a_refused_import_leaves_the_document_as_it_was(window, dialogs, answers, tmp_path, examples_dir):
    window.open_example(examples_dir / "xor_mlp.nodeflow", ask=False)
    before = io.dumps(window.graph)
    bad = tmp_path / "bad.onnx"
    bad.write_bytes(b"\x80\x04not a model")
    answers.model = str(bad)
    window.actionImport.trigger()
    assert dialogs.errors and "pickle" in dialogs.errors[-1]
    assert io.dumps(window.graph) == before


def test_tensorboard_logs_follow_the_checkable_action(qtbot, window, answers, examples_dir, tmp_path):
    pytest.importorskip("tensorboard")
    from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

    window.open_example(examples_dir / "xor_mlp.nodeflow", ask=False)
    window.actionTensorBoard.trigger()  # no folder chosen: stays off
    assert not window.actionTensorBoard.isChecked()
    answers.folder = str(tmp_path / "logs")
    window.actionTensorBoard.trigger()
    assert window.actionTensorBoard.isChecked()
    train(qtbot, window, epochs=4)
    runs = list((tmp_path / "logs").iterdir())
    assert len(runs) == 1
    acc = EventAccumulator(str(runs[0]), size_guidance={"tensors": 0})
    acc.Reload()
    assert [e.step for e in acc.Tensors("loss/train")] == [1, 2, 3, 4]
    window.actionTensorBoard.trigger()
    assert not window.actionTensorBoard.isChecked()
    train(qtbot, window, epochs=2)
    assert len(list((tmp_path / "logs").iterdir())) == 1


def test_export_onnx_refuses_weights_trained_for_another_model(qtbot, window, dialogs, answers, examples_dir, tmp_path):
    """Tanh -> ReLU keeps every weight's shape, but the trained weights belong to the Tanh model."""
    from PySide6.QtWidgets import QComboBox

    window.open_example(examples_dir / "moons_mlp.nodeflow", ask=False)
    answers.onnx = str(tmp_path / "moons.onnx")
    train(qtbot, window)
    window.canvas.scene().clearSelection()
    window.canvas.node_item("tanh1").setSelected(True)
    combo = window.inspector.findChild(QComboBox, "inspectorType")
    combo.setCurrentText("ReLU")
    combo.textActivated.emit("ReLU")
    assert "tanh1" not in window.graph.nodes and window.graph.nodes["relu1"].type == "ReLU"  # renamed by type
    assert window.inspector.node_ids == ["relu1"]  # the inspector stays on the swapped node
    window.actionExportOnnx.trigger()
    assert not (tmp_path / "moons.onnx").exists()
    assert "+ relu1, − tanh1" in dialogs.errors[-1] and "Train the graph as it is now" in dialogs.errors[-1]
    train(qtbot, window, epochs=2)
    window.actionExportOnnx.trigger()
    assert (tmp_path / "moons.onnx").exists(), dialogs.errors[-1:]
