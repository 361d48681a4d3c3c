"""Keras files written from the documented format import and predict as Keras's layers define."""

from __future__ import annotations

import numpy as np
import pytest
from keras_files import called, functional, input_layer, layer, sequential, write_keras
from keras_reference import (
    batchnorm,
    conv2d_nhwc,
    dense,
    gru,
    lstm,
    maxpool_nhwc,
    relu,
    simple_rnn,
    softmax,
)
from predicting import predict

from nodeflow.interop import ImportRefused, import_model
from nodeflow.interop.building import BAND

RNG = np.random.default_rng(0)


def w(*shape):
    return RNG.normal(0, 0.5, shape).astype(np.float32)


def test_sequential_mlp_with_its_loss_and_optimizer(tmp_path):
    k1, b1, k2, b2 = w(4, 8), w(8), w(8, 3), w(3)
    config = sequential(
        [input_layer([4]), layer("Dense", "hidden", units=8, activation="relu", use_bias=True),
         layer("Dropout", "drop", rate=0.25), layer("Dense", "out", units=3, activation="softmax", use_bias=True)],
        compile_config={"optimizer": {"module": "keras.optimizers", "class_name": "Adam",
                                      "config": {"learning_rate": 0.01, "beta_1": 0.8}},
                        "loss": "sparse_categorical_crossentropy", "metrics": ["accuracy"]})
    path = write_keras(tmp_path / "mlp.keras", config, {"hidden": [k1, b1], "out": [k2, b2]})
    imported = import_model(path)
    types = {n.id: n.type for n in imported.graph.nodes.values()}
    assert types["hidden"] == "Dense" and types["hidden_relu"] == "ReLU" and types["drop"] == "Dropout"
    assert types["out_softmax"] == "Softmax"
    adam = next(n for n in imported.graph.nodes.values() if n.type == "Adam")
    assert adam.params["lr"] == 0.01 and adam.params["beta1"] == 0.8
    assert any(n.type == "CrossEntropy" for n in imported.graph.nodes.values())
    x = RNG.normal(size=(16, 4)).astype(np.float32)
    expected = softmax(dense(relu(dense(x, k1, b1)), k2, b2))
    np.testing.assert_allclose(predict(imported, x, tmp_path), expected, rtol=1e-5, atol=1e-6)
    order = ["data", "hidden", "hidden_relu", "drop", "out", "out_softmax"]
    xs = [imported.graph.nodes[n].pos[0] for n in order]
    assert xs == sorted(xs) and len(set(xs)) == BAND, "left to right by depth"
    loss = next(n for n in imported.graph.nodes.values() if n.type == "CrossEntropy")
    assert loss.pos[0] == 0 and loss.pos[1] > imported.graph.nodes["data"].pos[1], "deeper nodes: a band below"
    assert imported.graph.name == "mlp"


def test_channels_last_cnn_takes_channels_first_images(tmp_path):
    kc, bc = w(3, 3, 1, 4), w(4)
    gamma, beta, mean, var = w(4), w(4), w(4), np.abs(w(4)) + 0.5
    kd, bd = w(4 * 4 * 4, 5), w(5)
    config = sequential([
        input_layer([8, 8, 1]),
        layer("Conv2D", "conv", filters=4, kernel_size=[3, 3], strides=[1, 1], padding="same",
              data_format="channels_last", dilation_rate=[1, 1], groups=1, activation="relu", use_bias=True),
        layer("MaxPooling2D", "pool", pool_size=[2, 2], strides=[2, 2], padding="valid", data_format="channels_last"),
        layer("BatchNormalization", "bn", axis=-1, momentum=0.99, epsilon=0.001, center=True, scale=True),
        layer("Flatten", "flat", data_format="channels_last"),
        layer("Dense", "fc", units=5, activation="softmax", use_bias=True),
    ])
    path = write_keras(tmp_path / "cnn.keras", config,
                       {"conv": [kc, bc], "bn": [gamma, beta, mean, var], "fc": [kd, bd]})
    imported = import_model(path)
    assert any("transpose(0, 3, 1, 2)" in note for note in imported.notes)
    x = RNG.normal(size=(6, 8, 8, 1)).astype(np.float32)
    h = maxpool_nhwc(relu(conv2d_nhwc(x, kc, bc, padding="same")))
    expected = softmax(dense(batchnorm(h, gamma, beta, mean, var, 1e-3).reshape(6, -1), kd, bd))
    got = predict(imported, x.transpose(0, 3, 1, 2).copy(), tmp_path)
    np.testing.assert_allclose(got, expected, rtol=1e-4, atol=1e-6)


def test_recurrent_layers_follow_keras_gate_orders(tmp_path):
    lk, lr_, lb = w(3, 20), w(5, 20), w(20)
    gk, gr, gb = w(5, 12), w(4, 12), w(2, 12)
    rk, rr, rb = w(4, 2), w(2, 2), w(2)
    dk, db = w(2, 1), w(1)
    config = sequential([
        input_layer([6, 3]),
        layer("LSTM", "lstm", units=5, return_sequences=True, activation="tanh", recurrent_activation="sigmoid",
              use_bias=True),
        layer("GRU", "gru", units=4, return_sequences=True, reset_after=True, use_bias=True),
        layer("SimpleRNN", "rnn", units=2, activation="tanh", use_bias=True),
        layer("Dense", "fc", units=1, activation="linear", use_bias=True),
    ])
    path = write_keras(tmp_path / "rnn.keras", config, {"lstm/cell": [lk, lr_, lb], "gru/cell": [gk, gr, gb],
                                                         "rnn/cell": [rk, rr, rb], "fc": [dk, db]})
    imported = import_model(path)
    x = RNG.normal(size=(7, 6, 3)).astype(np.float32)
    seq = gru(lstm(x, lk, lr_, lb, True), gk, gr, gb, True)
    expected = dense(simple_rnn(seq, rk, rr, rb), dk, db)
    np.testing.assert_allclose(predict(imported, x, tmp_path), expected, rtol=1e-4, atol=1e-5)


def test_functional_model_with_add_and_concatenate(tmp_path):
    ka, ba, kb, bb = w(4, 4), w(4), w(8, 2), w(2)
    layers = [
        {**input_layer([4], "inp"), "name": "inp", "inbound_nodes": []},
        called(layer("Dense", "a", units=4, activation="tanh", use_bias=True), "inp"),
        called(layer("Add", "sum"), "inp", "a"),
        called(layer("Concatenate", "join", axis=-1), "sum", "a"),
        called(layer("Dense", "head", units=2, activation="linear", use_bias=True), "join"),
    ]
    path = write_keras(tmp_path / "res.keras", functional(layers, ["inp"], ["head"]), {"a": [ka, ba], "head": [kb, bb]})
    imported = import_model(path)
    x = RNG.normal(size=(5, 4)).astype(np.float32)
    a = np.tanh(dense(x, ka, ba))
    expected = dense(np.concatenate([x + a, a], axis=-1), kb, bb)
    np.testing.assert_allclose(predict(imported, x, tmp_path), expected, rtol=1e-5, atol=1e-6)
    assert any("placeholder" in note for note in imported.notes)


def test_an_unsupported_layer_is_named(tmp_path):
    config = sequential([input_layer([4]), layer("Dense", "d", units=2, use_bias=True),
                         layer("LayerNormalization", "norm", axis=-1)])
    path = write_keras(tmp_path / "ln.keras", config, {"d": [w(4, 2), w(2)]})
    with pytest.raises(ImportRefused, match=r"ln.keras: layer 'norm': Keras LayerNormalization is not supported"):
        import_model(path)


def test_an_unsupported_activation_is_named(tmp_path):
    config = sequential([input_layer([4]), layer("Dense", "d", units=2, activation="gelu", use_bias=True)])
    path = write_keras(tmp_path / "gelu.keras", config, {"d": [w(4, 2), w(2)]})
    with pytest.raises(ImportRefused, match="activation 'gelu' has no nodeflow node"):
        import_model(path)


def test_weights_of_the_wrong_shape_are_refused(tmp_path):
    config = sequential([input_layer([4]), layer("Dense", "d", units=2, use_bias=True)])
    path = write_keras(tmp_path / "bad.keras", config, {"d": [w(4, 3), w(3)]})
    with pytest.raises(ImportRefused, match=r"layer 'd': its weights have shape \(4, 3\) but its settings make \(4, 2\)"):
        import_model(path)
