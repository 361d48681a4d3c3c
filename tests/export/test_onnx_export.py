"""ONNX export: every node type with an ONNX form exports, passes ONNX's full check and shape
inference, and onnxruntime's predictions equal the engine's; importing the file gives back a
graph that predicts the same. The bundled examples go through the command line."""

from __future__ import annotations

import json

import numpy as np
import pytest
from cases import CASES, IMAGES, SINE, chain_graph

from nodeflow.cli import main
from nodeflow.compute import datasets
from nodeflow.compute.network import Network
from nodeflow.compute.trainer import Trainer
from nodeflow.compute.weights import set_weights, weight_arrays
from nodeflow.examples import examples_dir
from nodeflow.export.plan import ExportError
from nodeflow.graph import io
from nodeflow.graph.analysis import analyze
from nodeflow.nodes import REGISTRY

onnx = pytest.importorskip("onnx", reason="ONNX export needs the onnx package (pip install 'nodeflow[interop]')")
pytest.importorskip("onnxruntime", reason="the ONNX checks run models with onnxruntime (pip install 'nodeflow[interop]')")

from nodeflow.export import onnx_forms  # noqa: E402
from nodeflow.export.onnx_export import check, onnx_model, run  # noqa: E402
from nodeflow.interop import import_model  # noqa: E402

WITHOUT_ONNX_FORM: set[str] = set()
"""Model node types (layer, activation, merge) with no ONNX counterpart; none so far."""

EXTRA = {
    "Dense-over-sequences+BatchNorm-sequences": chain_graph(SINE, [
        ("Dense", {"units": 3}), ("BatchNorm", {}), ("Tanh", {}), ("Flatten", {}), ("Dense", {"units": 1})], loss="MSE"),
    "LSTM-sequences+RNN-sequences": chain_graph(SINE, [
        ("LSTM", {"units": 3, "return_sequences": True}), ("RNN", {"units": 2, "return_sequences": True}),
        ("Flatten", {}), ("Dense", {"units": 1, "use_bias": False})], loss="MSE"),
    "Conv2D-int-padding+Concat-channels": chain_graph(IMAGES, [
        ("Conv2D", {"filters": 2, "kernel_size": 3, "padding": 2}), ("Concat", {"axis": 1}), ("ELU", {"alpha": 0.5}),
        ("AvgPool2D", {"pool_size": 3, "stride": 2}), ("Flatten", {}), ("Dense", {"units": 10}), ("Softmax", {})]),
    "LeakyReLU-alpha+Reshape-images": chain_graph(IMAGES, [
        ("Flatten", {}), ("Reshape", {"shape": [4, 4, 4]}), ("Conv2D", {"filters": 3, "kernel_size": 2}),
        ("LeakyReLU", {"alpha": 0.2}), ("Flatten", {}), ("Dense", {"units": 10}), ("Softmax", {})]),
}
ALL = {**CASES, **EXTRA}


def trained(graph, epochs: int = 1):
    g = graph.copy()
    g.training = {**g.training, "dtype": "float32"}
    trainer = Trainer(g, epochs=epochs)
    history = trainer.run()
    assert history.error is None, history.error
    splits = datasets.load(trainer.data_params, trainer.seed, "float32")
    x = next(part[0] for part in (splits.test, splits.val, splits.train) if part is not None and len(part[0]))
    return g, trainer, x


def engine_predict(graph, arrays, x):
    net = Network.compile(graph, analyze(graph))
    set_weights(net, arrays)
    return net.predict(x)


@pytest.mark.parametrize("name", sorted(ALL))
def test_every_node_type_exports_checks_runs_and_imports_back(name, tmp_path):
    graph, trainer, x = trained(ALL[name])
    arrays = weight_arrays(trainer.network)
    model = onnx_model(graph, analyze(graph), arrays)
    check(model)
    expected = trainer.network.predict(x)
    (got,) = run(model, x)
    np.testing.assert_allclose(got, expected, rtol=1e-5, atol=1e-5)

    path = tmp_path / "model.onnx"
    path.write_bytes(model.SerializeToString())
    imported = import_model(path)
    as_onnx = {"Detach": "Identity"}  # inference has no gradients: a Detach comes back as an Identity
    assert {n.type for n in imported.graph.nodes.values()} == {as_onnx.get(n.type, n.type) for n in graph.nodes.values()}
    np.testing.assert_array_equal(engine_predict(imported.graph, imported.arrays, x), expected)


def test_every_model_node_type_has_an_onnx_form():
    model_types = {s.type for s in REGISTRY if s.category in ("layer", "activation", "merge")}
    with_form = {s.type for s in REGISTRY if onnx_forms.form_of(s) is not None}
    assert model_types - WITHOUT_ONNX_FORM <= with_form
    covered = {n.type for g in ALL.values() for n in g.nodes.values()}
    assert with_form <= covered, f"no export test uses {sorted(with_form - covered)}"


def test_a_type_without_an_onnx_form_is_named(monkeypatch):
    graph = CASES["Softplus"]
    spec = REGISTRY.get("Softplus")
    monkeypatch.delitem(onnx_forms._FORMS, id(spec))
    with pytest.raises(ExportError, match=r"^l1: Softplus has no ONNX form, so this graph cannot be exported to ONNX$"):
        onnx_model(graph, analyze(graph), weight_arrays(Network.compile(graph)))


def test_the_model_is_for_inference_and_keeps_the_training_setup():
    graph, trainer, x = trained(CASES["Dropout"])
    model = onnx_model(graph, analyze(graph), weight_arrays(trainer.network))
    assert [i.name for i in model.graph.input] == ["data"] and [o.name for o in model.graph.output] == ["l3"]
    assert model.graph.input[0].type.tensor_type.shape.dim[0].dim_param == "N"
    assert "Dropout" in {n.op_type for n in model.graph.node}  # without training_mode: the identity
    head = json.loads({p.key: p.value for p in model.metadata_props}["nodeflow.training"])
    assert head["dataset"]["id"] == "data" and head["losses"][0]["type"] == "CrossEntropy"
    assert head["optimizers"][0] == {"id": "opt", "type": "SGD", "params": {"lr": 0.05}, "loss": "loss"}
    (a,), (b,) = run(model, x), run(model, x)
    np.testing.assert_array_equal(a, b)


def test_weights_that_do_not_fit_are_refused():
    graph = CASES["ReLU"]
    arrays = weight_arrays(Network.compile(graph))
    arrays["l0/W"] = np.zeros((3, 3))
    with pytest.raises(ExportError, match=r"l0: 'W' has shape \(3, 3\) in the weights but the graph needs \(2, 4\)"):
        onnx_model(graph, analyze(graph), arrays)
    del arrays["l0/W"]
    with pytest.raises(ExportError, match="l0: the trained weights have no 'W'"):
        onnx_model(graph, analyze(graph), arrays)


def test_the_command_refuses_a_graph_without_trained_weights(tmp_path, capsys):
    path = tmp_path / "g.nodeflow"
    io.save(CASES["ReLU"], path)
    assert main(["export", str(path), "--target", "onnx", "-o", str(tmp_path / "m.onnx")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: ") and "has no trained weights" in err and "--save-weights" in err
    assert "\n" not in err and not (tmp_path / "m.onnx").exists()
    assert main(["export", str(path), "--target", "onnx", "-o", str(tmp_path / "m.onnx"),
                 "--weights", str(tmp_path / "nope.npz")]) == 2
    assert "no such weights file" in capsys.readouterr().err


EXAMPLES = sorted(p.name for p in examples_dir().glob("*.nodeflow")
                  if '"Noise"' not in p.read_text())  # (gan) a GAN reads data and noise: no one-input model


@pytest.mark.parametrize("example", EXAMPLES)
def test_examples_export_run_and_import_through_the_command_line(example, tmp_path, capsys):
    src = examples_dir() / example
    graph = io.load(src)
    path = tmp_path / example
    io.save(graph, path)
    assert main(["train", str(path), "--epochs", "2", "--save-weights", str(path.with_suffix(".npz"))]) == 0
    out = tmp_path / "model.onnx"
    assert main(["export", str(path), "--target", "onnx", "-o", str(out)]) == 0, capsys.readouterr().err
    model = onnx.load(str(out))
    check(model)

    trainer = Trainer(graph, base_dir=str(src.parent))
    set_weights(trainer.network, dict(np.load(path.with_suffix(".npz"))))
    splits = datasets.load(trainer.data_params, trainer.seed, trainer.dtype, base_dir=str(src.parent))
    x = splits.test[0]
    expected = trainer.network.predict(x)
    (got,) = run(out, x)
    np.testing.assert_allclose(got, expected, rtol=1e-5, atol=1e-5)

    back = tmp_path / "imported.nodeflow"
    capsys.readouterr()
    assert main(["import", str(out), "-o", str(back)]) == 0
    assert "imported" in capsys.readouterr().out
    again = io.load(back)
    assert analyze(again).ok
    arrays = dict(np.load(back.with_suffix(".npz")))
    np.testing.assert_array_equal(engine_predict(again, arrays, x), expected)
