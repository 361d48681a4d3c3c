"""ONNX files not made by nodeflow: written with onnx's helpers the way other tools write them."""

from __future__ import annotations

import numpy as np
import pytest
from predicting import predict

from nodeflow.cli import main
from nodeflow.graph import io

onnx = pytest.importorskip("onnx", reason="ONNX import needs the onnx package (pip install 'nodeflow[interop]')")
from onnx import TensorProto, helper, numpy_helper  # noqa: E402

from nodeflow.interop import import_model  # noqa: E402

RNG = np.random.default_rng(3)


def save(tmp_path, nodes, inits, x_shape, y_shape, opset=17):
    x = helper.make_tensor_value_info("input", TensorProto.FLOAT, ["batch", *x_shape])
    y = helper.make_tensor_value_info("output", TensorProto.FLOAT, ["batch", *y_shape])
    graph = helper.make_graph(nodes, "torch_jit", [x], [y],
                              initializer=[numpy_helper.from_array(v.astype(np.float32), k) for k, v in inits.items()])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", opset)])
    onnx.checker.check_model(model, full_check=True)
    path = tmp_path / "foreign.onnx"
    path.write_bytes(model.SerializeToString())
    return path


def test_a_pytorch_style_mlp_imports_behind_a_placeholder_dataset(tmp_path, capsys):
    W1, b1, W2, b2 = RNG.normal(size=(8, 4)), RNG.normal(size=8), RNG.normal(size=(3, 8)), RNG.normal(size=3)
    nodes = [helper.make_node("Gemm", ["input", "fc1.weight", "fc1.bias"], ["h"], name="/fc1/Gemm", transB=1),
             helper.make_node("LeakyRelu", ["h"], ["a"], name="/act/LeakyRelu", alpha=0.1),
             helper.make_node("Gemm", ["a", "fc2.weight", "fc2.bias"], ["z"], name="/fc2/Gemm", transB=1),
             helper.make_node("Softmax", ["z"], ["output"], name="/Softmax", axis=1)]
    path = save(tmp_path, nodes, {"fc1.weight": W1, "fc1.bias": b1, "fc2.weight": W2, "fc2.bias": b2}, [4], [3])
    imported = import_model(path)
    assert sorted(n.type for n in imported.graph.nodes.values()) == ["Dataset", "Dense", "Dense", "LeakyReLU", "Softmax"]
    x = RNG.normal(size=(9, 4)).astype(np.float32)
    h = x @ W1.T + b1
    z = np.where(h > 0, h, 0.1 * h) @ W2.T + b2
    e = np.exp(z - z.max(axis=1, keepdims=True))
    np.testing.assert_allclose(predict(imported, x, tmp_path), e / e.sum(axis=1, keepdims=True), rtol=1e-5, atol=1e-6)

    out = tmp_path / "foreign.nodeflow"
    assert main(["import", str(path), "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "placeholder" in printed and "(N, 4)" in printed and (tmp_path / "foreign.npz").exists()
    assert main(["check", str(out)]) == 2
    assert capsys.readouterr().err.strip() == "error: data: source 'npz' needs a file: set 'path' to a .npz file"
    assert "expects x of shape (N, 4)" in io.load(out).description


def test_conv_with_explicit_pads_pool_and_reshape(tmp_path):
    Wc, bc = RNG.normal(size=(2, 1, 3, 3)), RNG.normal(size=2)
    nodes = [helper.make_node("Conv", ["input", "w", "b"], ["c"], name="conv", pads=[1, 1, 1, 1], kernel_shape=[3, 3]),
             helper.make_node("Relu", ["c"], ["r"], name="relu"),
             helper.make_node("AveragePool", ["r"], ["p"], name="pool", kernel_shape=[2, 2], strides=[2, 2]),
             helper.make_node("Reshape", ["p", "shape"], ["output"], name="reshape")]
    inits = {"w": Wc, "b": bc}
    x_shape = [1, 4, 4]
    x = helper.make_tensor_value_info("input", TensorProto.FLOAT, ["batch", *x_shape])
    y = helper.make_tensor_value_info("output", TensorProto.FLOAT, ["batch", 8])
    shape = numpy_helper.from_array(np.array([-1, 8], np.int64), "shape")
    graph = helper.make_graph(nodes, "g", [x], [y], initializer=[
        *[numpy_helper.from_array(v.astype(np.float32), k) for k, v in inits.items()], shape])
    path = tmp_path / "conv.onnx"
    path.write_bytes(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]).SerializeToString())
    imported = import_model(path)
    conv = imported.graph.nodes["conv"]
    assert conv.params["padding"] == "same" and imported.graph.nodes["reshape"].params["shape"] == [8]
    xs = RNG.normal(size=(3, 1, 4, 4)).astype(np.float32)
    padded = np.pad(xs, ((0, 0), (0, 0), (1, 1), (1, 1)))
    c = np.stack([sum(padded[:, 0, i:i + 4, j:j + 4] * Wc[f, 0, i, j] for i in range(3) for j in range(3)) + bc[f]
                  for f in range(2)], axis=1)
    r = np.maximum(c, 0)
    p = r.reshape(3, 2, 2, 2, 2, 2).mean(axis=(3, 5))
    np.testing.assert_allclose(predict(imported, xs, tmp_path), p.reshape(3, 8), rtol=1e-5, atol=1e-6)


def test_a_gru_that_resets_before_the_linear_step_is_named(tmp_path):
    H, F = 3, 2
    nodes = [helper.make_node("Transpose", ["input"], ["t"], name="t", perm=[1, 0, 2]),
             helper.make_node("GRU", ["t", "W", "R"], ["y", "output"], name="gru", hidden_size=H)]
    x = helper.make_tensor_value_info("input", TensorProto.FLOAT, ["batch", 5, F])
    y = helper.make_tensor_value_info("output", TensorProto.FLOAT, [1, "batch", H])
    graph = helper.make_graph(nodes, "g", [x], [y], initializer=[
        numpy_helper.from_array(np.zeros((1, 3 * H, F), np.float32), "W"),
        numpy_helper.from_array(np.zeros((1, 3 * H, H), np.float32), "R")])
    path = tmp_path / "gru.onnx"
    path.write_bytes(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]).SerializeToString())
    with pytest.raises(ValueError, match="GRU node 'gru' resets before the linear step"):
        import_model(path)
