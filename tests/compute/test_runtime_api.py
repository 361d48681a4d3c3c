"""The runtime's public pieces (issue 12 stage 2): training settings declared once, data
sources behind one interface, and the inspection API."""

from __future__ import annotations

import numpy as np
import pytest
from graphs import build

from nodeflow.compute import datasets
from nodeflow.compute.network import Network
from nodeflow.compute.runtime import inspect
from nodeflow.compute.runtime.settings import SETTINGS, SettingError, TrainingSettings
from nodeflow.compute.runtime.sources import DatasetSource, NoiseSource
from nodeflow.compute.trainer import Trainer
from nodeflow.graph import io

DATA = {"source": "moons", "n_samples": 100, "batch_size": 16}


def mlp():
    return build(
        [("data", "Dataset", DATA), ("fc", "Dense", {"units": 5}), ("act", "Tanh", {}), ("out", "Dense", {"units": 2}),
         ("sm", "Softmax", {}), ("ce", "CrossEntropy", {}), ("adam", "Adam", {})],
        ["data.x -> fc.in", "fc.out -> act.in", "act.out -> out.in", "out.out -> sm.in", "sm.out -> ce.pred",
         "data.y -> ce.target", "ce.loss -> adam.loss"],
    )


def test_settings_are_declared_once_and_read_everywhere():
    names = [s.name for s in SETTINGS]
    assert [p.name for p in io.TRAINING_PARAMS] == names
    assert {p.name: p.default for p in io.TRAINING_PARAMS} == {s.name: s.default for s in SETTINGS}
    trainer = Trainer(mlp())
    assert trainer.settings == TrainingSettings.read({})
    assert trainer.restore_best is True and TrainingSettings().restore_best is True
    assert TrainingSettings.read({"epochs": 5}, epochs=None, seed=3) == TrainingSettings(epochs=5, seed=3)
    with pytest.raises(SettingError, match="'epochs' must be at least 1"):
        TrainingSettings.read({"epochs": 0})
    with pytest.raises(SettingError, match="'restore_best' must be true or false"):
        TrainingSettings.read({"restore_best": 1})


def test_dataset_source_cuts_epochs_as_the_contract_says():
    params = Trainer(mlp()).data_params
    source = DatasetSource(params, 0, "float32")
    source.load()
    x, y = datasets.load(params, 0, "float32").train
    assert source.n == len(x) and source.batches_per_epoch == -(-len(x) // 16)
    rng, same = np.random.default_rng(7), np.random.default_rng(7)
    order = same.permutation(len(x))
    got = list(source.batches(rng))
    np.testing.assert_array_equal(np.concatenate([b[0] for b in got]), x[order])
    assert [len(b[0]) for b in got][-1] == len(x) - 16 * (len(got) - 1)
    assert source.held_out("val") is not None


def test_a_graph_without_dataset_trains_from_noise():
    """Noise -> Dense -> MSE against Constant 3: the layer learns to output 3 whatever the noise."""
    g = build(
        [("z", "Noise", {"shape": [2], "batch_size": 8}), ("fc", "Dense", {"units": 1}),
         ("three", "Constant", {"value": 3.0}), ("mse", "MSE", {}), ("sgd", "SGD", {"lr": 0.1})],
        ["z.out -> fc.in", "fc.out -> mse.pred", "three.out -> mse.target", "mse.loss -> sgd.loss"],
        training={"epochs": 60},
    )
    trainer = Trainer(g)
    assert isinstance(trainer.source, NoiseSource)
    history = trainer.run()
    assert history.error is None, history.error
    assert history.train_loss[-1] < 0.01 * history.train_loss[0]
    assert abs(float(inspect.weights(trainer.network)["fc"]["b"][0]) - 3.0) < 0.1


def test_inspection_api():
    net = Network.compile(mlp(), dtype="float64", seed=1)
    x = np.random.default_rng(0).standard_normal((10, 2))
    y = np.arange(10) % 2
    loss = net.forward(x, y, False, np.random.default_rng(0))
    net.backward()
    assert inspect.weight_nodes(net) == ["fc", "out"]
    grads = inspect.gradients(net)
    np.testing.assert_array_equal(np.concatenate([grads["fc"]["W"].ravel(), grads["fc"]["b"].ravel()]),
                                  inspect.node_gradients(net, "fc"))
    w0 = inspect.all_weights(net).copy()
    assert inspect.loss_at(net, None, x, y) == pytest.approx(loss, rel=1e-12)
    moved = inspect.loss_at(net, w0 * 0, x, y)
    assert moved == pytest.approx(np.log(2), rel=1e-9)  # zero weights: uniform probabilities
    np.testing.assert_array_equal(inspect.all_weights(net), w0)  # put back
    acts = inspect.probe(net, x)
    assert acts["sm"].shape == (10, 2) and "ce" not in acts
    np.testing.assert_allclose(acts["sm"].sum(axis=1), 1.0)
    full = inspect.probe(net, x, y)
    assert "ce" in full and float(full["ce"]) == pytest.approx(loss, rel=1e-12)
