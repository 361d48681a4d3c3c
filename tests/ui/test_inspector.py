"""The inspector builds its editors from the declarations and edits through undoable commands."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtGui import QUndoStack

from nodeflow.graph.document import Graph
from nodeflow.nodes import REGISTRY
from nodeflow.ui.inspector import TRAINING_PARAMS, Inspector


@pytest.fixture
def setup(qtbot):
    graph = Graph("Test graph")
    stack = QUndoStack()
    inspector = Inspector(graph, stack)
    qtbot.addWidget(inspector)
    yield graph, stack, inspector
    inspector.detach()


def _type_into(editor, text: str) -> None:
    """Type into a line-edit based editor and finish the edit, as a user pressing Enter."""
    edit = getattr(editor, "edit", None) or editor.widget
    if hasattr(edit, "lineEdit"):
        edit = edit.lineEdit()
    edit.setText(text)
    edit.editingFinished.emit()


@pytest.mark.parametrize("spec", list(REGISTRY), ids=lambda s: s.type)
def test_an_editor_for_every_param_showing_its_default(setup, spec):
    graph, _stack, inspector = setup
    node = graph.add_node(spec.type)
    inspector.set_nodes([node.id])
    assert list(inspector.editors) == [p.name for p in spec.params]
    assert inspector.title.text() == f"{node.id}  ·  {spec.type}"
    assert inspector.help.text() == spec.help
    for param in spec.params:
        editor = inspector.editors[param.name]
        assert param.help in editor.widget.toolTip()
        assert param.coerce(editor.value()) == param.coerce(param.default)  # (drawn points: [] for ())


def test_edit_changes_the_document_and_undo_restores_it_exactly(setup):
    graph, stack, inspector = setup
    node = graph.add_node("Dense", {"use_bias": False})
    original = copy.deepcopy(node.params)
    inspector.set_nodes([node.id])
    inspector.editors["units"].widget.setValue(128)
    assert graph.nodes[node.id].params["units"] == 128
    assert stack.count() == 1
    stack.undo()
    assert graph.nodes[node.id].params == original  # "units" is unset again, not 64
    assert inspector.editors["units"].value() == 64  # the panel follows the undo
    stack.redo()
    assert inspector.editors["units"].value() == 128


@pytest.mark.parametrize(
    "type_name, name, text, expected",
    [
        ("Dropout", "rate", "0.25", 0.25),
        ("Adam", "lr", "1e-4", 1e-4),
        ("Reshape", "shape", "2, 4, 8", [2, 4, 8]),
        ("Reshape", "shape", "64", [64]),
        ("Conv2D", "padding", "same", "same"),
        ("Conv2D", "padding", "2", 2),
    ],
)
def test_typed_values_are_parsed(setup, type_name, name, text, expected):
    graph, stack, inspector = setup
    node = graph.add_node(type_name)
    inspector.set_nodes([node.id])
    _type_into(inspector.editors[name], text)
    assert graph.nodes[node.id].params[name] == expected
    assert not inspector.error.isVisibleTo(inspector)


@pytest.mark.parametrize(
    "type_name, name, text, message",
    [
        ("Dropout", "rate", "1.5", "parameter 'rate' must be"),
        ("Dropout", "rate", "abc", "parameter 'rate' must be a number"),
        ("Reshape", "shape", "1, x", "parameter 'shape' must be an integer"),
        ("Reshape", "shape", "0, 8", "parameter 'shape' must be a list"),
        ("Conv2D", "padding", "wide", "parameter 'padding' must be an integer"),
    ],
)
def test_invalid_value_is_refused_with_the_message(setup, type_name, name, text, message):
    graph, stack, inspector = setup
    node = graph.add_node(type_name)
    before = copy.deepcopy(node.params)
    inspector.set_nodes([node.id])
    _type_into(inspector.editors[name], text)
    assert graph.nodes[node.id].params == before
    assert stack.count() == 0
    assert inspector.error.isVisibleTo(inspector)
    assert message in inspector.error.text()
    assert "c0392b" in inspector.error.styleSheet()


def test_no_selection_edits_training_settings(setup):
    graph, stack, inspector = setup
    inspector.set_nodes([])
    assert inspector.title.text() == "Test graph"
    assert list(inspector.editors) == [p.name for p in TRAINING_PARAMS]
    assert {"epochs", "seed", "dtype", "patience"} <= set(inspector.editors)
    inspector.editors["epochs"].widget.setValue(5)
    assert graph.training["epochs"] == 5
    inspector.editors["dtype"].widget.setCurrentText("float64")
    inspector.editors["dtype"].widget.activated.emit(1)
    assert graph.training["dtype"] == "float64"
    stack.undo()
    stack.undo()
    assert graph.training["epochs"] == 30 and graph.training["dtype"] == "float32"
    assert inspector.editors["epochs"].value() == 30


def test_selection_follows_removal_and_multi_select(setup):
    graph, _stack, inspector = setup
    a, b = graph.add_node("Dense"), graph.add_node("ReLU")
    inspector.set_nodes([a.id, b.id])
    assert inspector.title.text() == "2 nodes selected" and not inspector.editors
    inspector.set_nodes([a.id])
    graph.remove_node(a.id)
    assert inspector.node_ids == [] and inspector.title.text() == "Test graph"


def test_change_type_swaps_sigmoid_for_relu_keeping_wires_and_undo_restores(setup):
    from PySide6.QtWidgets import QComboBox

    from nodeflow.graph.io import graph_to_dict

    graph, stack, inspector = setup
    graph.add_node("Dense", node_id="fc1")
    graph.add_node("Sigmoid", node_id="act")
    graph.add_node("Dense", node_id="fc2")
    graph.connect(("fc1", "out"), ("act", "in"))
    graph.connect(("act", "out"), ("fc2", "in"))
    before = graph_to_dict(graph)
    inspector.set_nodes(["act"])
    combo = inspector.findChild(QComboBox, "inspectorType")
    assert "ReLU" in [combo.itemText(i) for i in range(combo.count())]
    assert "Dense" not in [combo.itemText(i) for i in range(combo.count())]  # only same-port activations
    combo.textActivated.emit("ReLU")
    assert graph.nodes["act"].type == "ReLU"
    assert {str(e) for e in graph.edges} == {"fc1.out -> act.in", "act.out -> fc2.in"}
    assert inspector.title.text() == "act  ·  ReLU"
    stack.undo()
    assert graph_to_dict(graph) == before


def test_nodes_of_one_type_change_type_together_in_one_undo_step(setup):
    from PySide6.QtWidgets import QComboBox

    from nodeflow.graph.io import graph_to_dict

    graph, stack, inspector = setup
    prev = graph.add_node("Dense", node_id="fc0").id
    for i in range(1, 4):
        graph.add_node("Sigmoid", node_id=f"sig{i}")
        graph.add_node("Dense", node_id=f"fc{i}")
        graph.connect((prev, "out"), (f"sig{i}", "in"))
        graph.connect((f"sig{i}", "out"), (f"fc{i}", "in"))
        prev = f"fc{i}"
    before = graph_to_dict(graph)
    inspector.set_nodes(["sig1", "fc1"])  # mixed types: nothing to change together
    assert inspector.findChild(QComboBox, "inspectorType") is None
    assert "Select Same Type" in inspector.help.text()
    inspector.set_nodes(["sig1", "sig2", "sig3"])
    assert inspector.title.text() == "3 Sigmoid nodes"
    inspector.findChild(QComboBox, "inspectorType").textActivated.emit("ReLU")
    assert [graph.nodes[f"sig{i}"].type for i in range(1, 4)] == ["ReLU"] * 3
    assert len(graph.edges) == 6 and inspector.title.text() == "3 ReLU nodes"
    assert stack.count() == 1 and stack.undoText() == "Change 3 nodes to ReLU"
    stack.undo()
    assert graph_to_dict(graph) == before


def test_no_type_changer_for_a_node_without_alternatives(setup):
    from PySide6.QtWidgets import QComboBox

    graph, _stack, inspector = setup
    graph.add_node("Dataset", node_id="data")
    inspector.set_nodes(["data"])
    assert inspector.findChild(QComboBox, "inspectorType") is None


def test_learned_text_lists_small_weights_and_summarises_large_ones() -> None:
    import numpy as np

    from nodeflow.ui.inspector import learned_text

    arrays = {"fc/W": np.array([[2.0031]]), "fc/b": np.array([-1.0042]), "big/W": np.arange(100.0).reshape(10, 10),
              "bn/state/running_mean": np.zeros(3)}
    assert learned_text("fc", arrays) == "W (1×1): 2.003\nb (1): \u22121.004"
    big = learned_text("big", arrays)
    assert big.startswith("W (10×10): mean 49.5, std 28.87, range 0 … 99")
    assert learned_text("bn", arrays) == "running_mean (3): 0, 0, 0"
    assert learned_text("other", arrays) == "" and learned_text("fc", None) == ""
    # weights trained for an earlier shape of the node are not passed off as its own
    assert "earlier version" in learned_text("fc", arrays, {"W": (1, 4), "b": (4,)})
    assert learned_text("fc", arrays, {"W": (1, 1), "b": (1,)}).startswith("W (1×1)")


def test_inspector_shows_what_the_selected_node_learned(setup):
    import numpy as np

    graph, _stack, inspector = setup
    node = graph.add_node("Dense", {"units": 1})
    inspector.show_learned({f"{node.id}/W": np.array([[0.5]]), f"{node.id}/b": np.array([0.25])})
    assert inspector.learned.isHidden()  # nothing selected: training settings, no weights
    inspector.set_nodes([node.id])
    assert not inspector.learned.isHidden()
    assert inspector.learned.text() == "W (1×1): 0.5\nb (1): 0.25"
    inspector.show_learned(None)
    assert inspector.learned.isHidden() and inspector.learned_title.isHidden()


def test_target_offers_the_csv_columns_and_follows_the_file(setup, tmp_path):
    graph, _stack, inspector = setup
    (tmp_path / "houses.csv").write_text("rooms,area,price\n1,2,3\n")
    (tmp_path / "wine.csv").write_text("acid,sugar,quality\n1,2,3\n")
    graph.base_dir = str(tmp_path)  # relative paths are read from the graph's folder
    node = graph.add_node("Dataset", {"source": "moons"})
    inspector.set_nodes([node.id])
    target = inspector.editors["target"]
    assert target.suggestions() == []  # not a csv source
    _commit(inspector, "source", "csv")
    _commit(inspector, "path", "houses.csv")
    assert target.suggestions() == ["rooms", "area", "price"]
    _commit(inspector, "path", "wine.csv")
    assert target.suggestions() == ["acid", "sugar", "quality"]
    target.widget.setCurrentText("sugar")  # typed rather than picked: any text is allowed
    target.widget.lineEdit().editingFinished.emit()
    assert graph.nodes[node.id].params["target"] == "sugar"


def _commit(inspector, name, value) -> None:
    editor = inspector.editors[name]
    editor.set_value(value)
    editor.committed.emit()


def test_an_out_of_range_value_is_put_back_visibly(setup):
    """Typing 1.5 for a dropout rate must not leave 1.5 on screen while the node keeps 0.5."""
    graph, stack, inspector = setup
    node = graph.add_node("Dropout", {"rate": 0.3})
    inspector.set_nodes([node.id])
    editor = inspector.editors["rate"]
    _type_into(editor, "1.5")
    assert graph.nodes[node.id].params["rate"] == 0.3 and stack.count() == 0
    assert editor.widget.text() == "0.3"  # the value the node has, shown again
    assert "c0392b" in editor.widget.styleSheet()  # ...outlined, so the change is seen
    assert inspector.error.text().endswith("got 1.5; kept 0.3")
    _type_into(editor, "0.4")  # the next good edit clears both
    assert graph.nodes[node.id].params["rate"] == 0.4
    assert editor.widget.styleSheet() == "" and not inspector.error.isVisibleTo(inspector)


def test_a_dataset_shows_only_the_parameters_of_its_source(setup):
    graph, stack, inspector = setup
    node = graph.add_node("Dataset", {"source": "moons"})
    inspector.set_nodes([node.id])
    shown = inspector.shown_params()
    assert {"source", "n_samples", "noise", "batch_size", "validation_split"} <= set(shown)
    assert not {"path", "target", "task", "features", "slope", "seq_len", "as_images"} & set(shown)
    combo = inspector.editors["source"].widget
    combo.setCurrentIndex(combo.findText("csv"))
    combo.activated.emit(combo.currentIndex())  # as a person picks it
    assert graph.nodes[node.id].params["source"] == "csv"
    shown = inspector.shown_params()
    assert {"path", "target", "task", "batch_size"} <= set(shown) and "n_samples" not in shown
    stack.undo()
    assert "path" not in inspector.shown_params() and "noise" in inspector.shown_params()
    graph.set_param(node.id, "source", "digits")
    assert "as_images" in inspector.shown_params() and "noise" not in inspector.shown_params()
