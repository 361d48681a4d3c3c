"""padding "same" with an even kernel keeps the size, as PyTorch's padding="same" (issue 11):
the shape rule, the engine, the torch exporter and the ONNX exporter agree."""

from __future__ import annotations

import numpy as np
import pytest

from nodeflow.compute import datasets
from nodeflow.compute.graph_gradcheck import worst_errors
from nodeflow.compute.kernels.conv import Conv2D
from nodeflow.compute.network import Network
from nodeflow.graph.analysis import analyze
from tests.compute.graphs import build

RNG = np.random.default_rng(11)


def conv_graph(k: int, stride: int = 1, padding="same"):
    return build(
        [("data", "Dataset", {"source": "digits", "as_images": True, "n_samples": 40}),
         ("conv", "Conv2D", {"filters": 3, "kernel_size": k, "stride": stride, "padding": padding}),
         ("act", "Tanh", {}), ("flat", "Flatten", {}), ("fc", "Dense", {"units": 10}), ("sm", "Softmax", {}),
         ("ce", "CrossEntropy", {}), ("opt", "SGD", {})],
        ["data.x -> conv.in", "conv.out -> act.in", "act.out -> flat.in", "flat.out -> fc.in",
         "fc.out -> sm.in", "sm.out -> ce.pred", "data.y -> ce.target", "ce.loss -> opt.loss"],
    )


@pytest.mark.parametrize("k", [1, 2, 3, 4, 5, 6])
def test_same_keeps_8x8_for_every_kernel_size(k):
    a = analyze(conv_graph(k))
    assert a.ok, a.first_error
    assert a.input_types("act")["in"].shape == (None, 3, 8, 8)
    net = Network.compile(conv_graph(k), a, "float64")
    x = np.zeros((2, 1, 8, 8))
    assert net.kernels["conv"].forward({"in": x}, False, RNG)["out"].shape == (2, 3, 8, 8)


def test_the_shape_rule_says_8x8_for_k4():
    a = analyze(conv_graph(4))
    assert str(a.input_types("act")["in"]) == "(N, 3, 8, 8)"
    assert analyze(conv_graph(4, stride=2)).input_types("act")["in"].shape == (None, 3, 4, 4)
    assert analyze(conv_graph(4, padding="valid")).input_types("act")["in"].shape == (None, 3, 5, 5)


@pytest.mark.parametrize("k", [2, 4])
def test_gradcheck_with_an_even_same_kernel(k):
    errors = worst_errors(conv_graph(k), samples=4)
    assert set(errors) == {"conv", "fc"} and max(errors.values()) < 1e-6, errors


@pytest.mark.torch
@pytest.mark.parametrize("k", [2, 3, 4, 6])
def test_engine_equals_torch_padding_same(k):
    torch = pytest.importorskip("torch")
    x = RNG.normal(size=(2, 3, 8, 8))
    W, b = RNG.normal(size=(4, 3, k, k)), RNG.normal(size=4)
    kernel = Conv2D({"kernel_size": k, "padding": "same", "filters": 4}, {}, None, np.float64)
    kernel.w, kernel.g = {"W": W, "b": b}, {"W": np.zeros_like(W), "b": np.zeros_like(b)}
    y = kernel.forward({"in": x}, True, RNG)["out"]
    dy = RNG.normal(size=y.shape)
    dx = kernel.backward({"out": dy})["in"]
    xt, Wt, bt = (torch.tensor(v, requires_grad=True) for v in (x, W, b))
    yt = torch.nn.functional.conv2d(xt, Wt, bt, padding="same")
    assert y.shape == tuple(yt.shape) == (2, 4, 8, 8)
    np.testing.assert_allclose(y, yt.detach().numpy(), rtol=1e-12, atol=1e-12)
    yt.backward(torch.tensor(dy))
    np.testing.assert_allclose(dx, xt.grad.numpy(), rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(kernel.g["W"], Wt.grad.numpy(), rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(kernel.g["b"], bt.grad.numpy(), rtol=1e-12, atol=1e-12)


@pytest.mark.torch
@pytest.mark.parametrize("k", [3, 4])
def test_the_torch_export_writes_what_the_engine_computes(k):
    torch = pytest.importorskip("torch")
    from torch import nn
    from torch.nn import functional as F

    from nodeflow.nodes import REGISTRY

    p = {"filters": 4, "kernel_size": k, "stride": 1, "padding": "same", "use_bias": True}
    shapes = {"in": (None, 3, 8, 8)}
    node = REGISTRY.get("Conv2D").torch  # the form the torch exporter writes
    module = eval(node.module(p, shapes), {"nn": nn})  # noqa: S307 - our own exporter's text
    x = RNG.normal(size=(2, 3, 8, 8))
    call = node.call(p, {"in": "x"}, shapes).replace("{me}", "conv")
    got = eval(call, {"F": F, "x": torch.tensor(x, dtype=torch.float32), "self": type("M", (), {"conv": module})})
    kernel = Conv2D(p, {}, None, np.float32)
    W, b = module.weight.detach().numpy(), module.bias.detach().numpy()
    kernel.w, kernel.g = {"W": W, "b": b}, {"W": np.zeros_like(W), "b": np.zeros_like(b)}
    expected = kernel.forward({"in": x.astype(np.float32)}, False, RNG)["out"]
    assert tuple(got.shape) == (2, 4, 8, 8)
    np.testing.assert_allclose(got.detach().numpy(), expected, rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize("k", [3, 4])
def test_onnx_runtime_equals_the_engine_and_imports_back_as_same(k, tmp_path):
    pytest.importorskip("onnx")
    pytest.importorskip("onnxruntime")
    from nodeflow.compute.weights import weight_arrays
    from nodeflow.export.onnx_export import check, onnx_model, run
    from nodeflow.interop import import_model

    graph = conv_graph(k)
    graph.training.update({"dtype": "float32"})
    analysis = analyze(graph)
    net = Network.compile(graph, analysis, "float32", seed=1)
    x = datasets.load(analysis.params["data"], 0, np.float32).train[0][:5]
    model = onnx_model(graph, analysis, weight_arrays(net))
    check(model)
    (got,) = run(model, x)
    np.testing.assert_allclose(got, net.predict(x), rtol=1e-5, atol=1e-6)
    conv = next(n for n in model.graph.node if n.op_type == "Conv")
    pads = next(list(a.ints) for a in conv.attribute if a.name == "pads")
    assert pads == [(k - 1) // 2, (k - 1) // 2, k // 2, k // 2]
    path = tmp_path / "conv.onnx"
    path.write_bytes(model.SerializeToString())
    imported = import_model(path)
    assert next(n for n in imported.graph.nodes.values() if n.type == "Conv2D").params["padding"] == "same"
