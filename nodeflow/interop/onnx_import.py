"""An ONNX inference model as an editable graph (the operators listed in `SUPPORTED`).

Each ONNX value is tracked as a `View` of a nodeflow port: usually the port itself, but ONNX
recurrent operators work time-major, so `Transpose(perm=[1, 0, 2])` gives a time-major view of
a sequence, the recurrent operator reads it, and `Squeeze` of its output gives back the port
(`return_sequences` set by which output is used). The same goes for the transposes around a
BatchNormalization over sequences. Operators that only reshape what nodeflow already does this
way (these transposes and squeezes, MatMul followed by Add of a bias, Greater then Cast for
Step) fold into one node; anything else this importer does not know is refused with one line
naming the operator and the ONNX node.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from nodeflow.interop.building import GraphBuilder, Imported
from nodeflow.interop.safe_files import ImportRefused, check_elements, read_regular_file, refuse_pickle

SUPPORTED = ("Gemm", "MatMul+Add", "Conv", "MaxPool", "AveragePool", "Flatten", "Reshape", "Relu", "LeakyRelu",
             "Elu", "Selu", "Sigmoid", "Tanh", "Softplus", "Softmax", "BatchNormalization", "Dropout", "Add",
             "Concat", "LSTM", "GRU", "RNN", "Identity")
TRAINING_KEY = "nodeflow.training"
SELU_ALPHA, SELU_GAMMA = 1.6732632423543772, 1.0507009873554805


@dataclass(frozen=True)
class View:
    """An ONNX value in terms of a nodeflow port: `layout` "plain" (the port's own tensor),
    "time_major" (a sequence as (T, N, F)), "features_first" ((N, F, T)), "rnn_y" / "rnn_h"
    (a recurrent operator's outputs before Squeeze), "dense" (a MatMul awaiting its bias) or
    "greater" (x > 0 awaiting the Cast that makes it a Step)."""

    port: tuple[str, str]
    layout: str = "plain"
    rank: int | None = None
    name: str = ""
    """For "greater": the ONNX node the Step is named after."""


class _Importer:
    def __init__(self, model: Any, source: str) -> None:
        import onnx

        self.onnx = onnx
        self.model = model
        self.source = source
        self.consts: dict[str, np.ndarray] = {}
        self.views: dict[str, View] = {}
        self.uses: dict[str, int] = {}
        self.recurrent_use: dict[str, str] = {}
        self.counted = [0]
        self.opset = next((o.version for o in model.opset_import if o.domain in ("", "ai.onnx")), 13)
        self.shapes = self._infer_shapes()
        head = self._head()
        self.build = GraphBuilder(model.graph.name or Path(source).stem, source, head)

    # ------------------------------------------------------------------ reading
    def _fail(self, message: str) -> ImportRefused:
        return ImportRefused(f"{self.source}: {message}")

    def _head(self) -> dict | None:
        for prop in self.model.metadata_props:
            if prop.key == TRAINING_KEY:
                try:
                    head = json.loads(prop.value)
                except ValueError:
                    return None
                return head if isinstance(head, dict) else None
        return None

    def _infer_shapes(self) -> dict[str, tuple[Any, ...]]:
        try:
            inferred = self.onnx.shape_inference.infer_shapes(self.model)
        except Exception:  # noqa: BLE001 - shapes are a help; every operator is checked on its own
            inferred = self.model
        shapes: dict[str, tuple[Any, ...]] = {}
        graph = inferred.graph
        for info in [*graph.input, *graph.value_info, *graph.output]:
            t = info.type.tensor_type
            if t.HasField("shape"):
                shapes[info.name] = tuple(d.dim_value if d.HasField("dim_value") else None for d in t.shape.dim)
        return shapes

    def _tensor(self, proto: Any, what: str) -> np.ndarray:
        from onnx import numpy_helper

        if proto.data_location == self.onnx.TensorProto.EXTERNAL or proto.external_data:
            raise self._fail(f"{what} keeps its numbers in an external file, which nodeflow does not read")
        check_elements(f"{self.source}: {what}", tuple(proto.dims), self.counted)
        try:
            array = numpy_helper.to_array(proto)
        except (ValueError, TypeError) as exc:
            raise self._fail(f"{what} cannot be read ({exc})") from None
        if array.dtype.kind not in "fiub":
            raise self._fail(f"{what} is not numeric")
        return array

    # ------------------------------------------------------------------ the walk
    def run(self) -> Imported:
        graph = self.model.graph
        if len(self.model.functions):
            raise self._fail("the model defines its own functions, which nodeflow does not import")
        for init in graph.initializer:
            self.consts[init.name] = self._tensor(init, f"initializer {_short(init.name)}")
        inputs = [i for i in graph.input if i.name not in self.consts]
        if len(inputs) != 1:
            raise self._fail(f"the model has {len(inputs)} inputs; nodeflow imports models with exactly one")
        x = inputs[0]
        if x.type.tensor_type.elem_type not in (self.onnx.TensorProto.FLOAT, self.onnx.TensorProto.DOUBLE):
            raise self._fail(f"the input {_short(x.name)} is not a float tensor")
        shape = self.shapes.get(x.name) or ()
        if len(shape) < 2:
            raise self._fail(f"the input {_short(x.name)} has no batch axis and features (shape {shape})")
        self.views[x.name] = View(self.build.input, "plain", len(shape))
        for node in graph.node:
            for name in node.input:
                if name:
                    self.uses[name] = self.uses.get(name, 0) + 1
        for out in graph.output:
            self.uses[out.name] = self.uses.get(out.name, 0) + 1
        for node in graph.node:
            handler = HANDLERS.get(node.op_type) if node.domain in ("", "ai.onnx") else None
            if handler is None:
                raise self._fail(f"operator {_short(node.op_type)} (node {_short(node.name or '?')}) is not supported; "
                                 f"nodeflow imports {', '.join(SUPPORTED)}")
            handler(self, node)
        outputs = []
        by_name: dict[str, tuple[str, str]] = {}
        for out in graph.output:
            view = self.views.get(out.name)
            if view is None or view.layout != "plain" or view.port == self.build.input:
                raise self._fail(f"the output {_short(out.name)} is not computed by layers nodeflow imports")
            outputs.append(view.port)
            by_name[out.name] = view.port
        return self.build.finish(outputs, (None, *shape[1:]), by_name,
                                 description=f"Imported from {Path(self.source).name}.")

    # ------------------------------------------------------------------ helpers for handlers
    def attrs(self, node: Any) -> dict[str, Any]:
        helper = self.onnx.helper
        values = {}
        for a in node.attribute:
            if a.type == self.onnx.AttributeProto.TENSOR:
                values[a.name] = self._tensor(a.t, f"node {_short(node.name)} attribute {a.name}")
            elif a.type in (self.onnx.AttributeProto.GRAPH, self.onnx.AttributeProto.GRAPHS):
                raise self._fail(f"node {_short(node.name)} holds a subgraph, which nodeflow does not import")
            else:
                values[a.name] = helper.get_attribute_value(a)
                if isinstance(values[a.name], bytes):
                    values[a.name] = values[a.name].decode("utf-8", "replace")
        return values

    def view(self, node: Any, i: int = 0, layout: str | tuple[str, ...] = "plain") -> View:
        name = node.input[i] if i < len(node.input) else ""
        view = self.views.get(name)
        if view is None:
            what = "a constant" if name in self.consts else "a value nodeflow cannot compute"
            raise self._fail(f"{node.op_type} node {_short(node.name)}: input {i + 1} is {what}")
        allowed = (layout,) if isinstance(layout, str) else layout
        if view.layout == "dense" and "plain" in allowed:
            view = View(view.port, "plain", view.rank)  # a MatMul read as it is: a Dense without bias
        if view.layout not in allowed:
            raise self._fail(f"{node.op_type} node {_short(node.name)} reads a {view.layout.replace('_', '-')} tensor, "
                             "which has no nodeflow node")
        return view

    def const(self, node: Any, i: int, default: Any = None) -> np.ndarray | None:
        name = node.input[i] if i < len(node.input) else ""
        if not name:
            return default
        if name not in self.consts:
            raise self._fail(f"{node.op_type} node {_short(node.name)}: input {i + 1} must be a constant")
        return self.consts[name]

    def shape_of(self, name: str) -> tuple[Any, ...] | None:
        return self.shapes.get(name)

    def rank(self, node: Any, view: View) -> int | None:
        shape = self.shape_of(node.input[0])
        return len(shape) if shape else view.rank

    def emit(self, node: Any, type_name: str, params: dict[str, Any], inputs: dict[str, tuple[str, str]],
             layout: str = "plain", output: int = 0, wanted: str | None = None) -> str:
        node_id = self.build.node(type_name, params, inputs, wanted or node.name or None)
        rank = len(self.shape_of(node.output[output]) or ()) or None
        self.views[node.output[output]] = View((node_id, "out"), layout, rank)
        return node_id

    def alias(self, node: Any, view: View, output: int = 0) -> None:
        self.views[node.output[output]] = view


def _short(text: str) -> str:
    text = str(text).encode("ascii", "backslashreplace").decode("ascii")
    return repr(text if len(text) <= 40 else text[:37] + "...")


# ----------------------------------------------------------------------------- handlers
Handler = Callable[[_Importer, Any], None]


def _activation(type_name: str, check: Callable[[dict], dict] = lambda a: {}) -> Handler:
    def handle(im: _Importer, node: Any) -> None:
        view = im.view(node, 0, ("plain", "time_major", "features_first"))
        im.emit(node, type_name, check(im.attrs(node)), {"in": view.port}, layout=view.layout)

    return handle


def _alpha(default: float) -> Callable[[dict], dict]:
    return lambda a: {"alpha": float(a.get("alpha", default))}


def _selu(attrs: dict) -> dict:
    if not (math.isclose(attrs.get("alpha", SELU_ALPHA), SELU_ALPHA, rel_tol=1e-6)
            and math.isclose(attrs.get("gamma", SELU_GAMMA), SELU_GAMMA, rel_tol=1e-6)):
        raise ImportRefused("Selu with other constants than SELU's has no nodeflow node")
    return {}


def _softmax(im: _Importer, node: Any) -> None:
    view = im.view(node)
    rank = im.rank(node, view)
    axis = int(im.attrs(node).get("axis", -1 if im.opset >= 13 else 1))
    if rank is None or axis % rank != rank - 1:
        raise im._fail(f"Softmax node {_short(node.name)} is not over the last axis, which nodeflow's Softmax is")
    im.emit(node, "Softmax", {}, {"in": view.port})


def _gemm(im: _Importer, node: Any) -> None:
    a = im.attrs(node)
    view = im.view(node)
    if a.get("transA", 0):
        raise im._fail(f"Gemm node {_short(node.name)} transposes its input, which has no nodeflow node")
    W = im.const(node, 1)
    if W is None or W.ndim != 2:
        raise im._fail(f"Gemm node {_short(node.name)} needs a constant matrix of weights")
    W = (W.T if a.get("transB", 0) else W) * float(a.get("alpha", 1.0))
    b = im.const(node, 2)
    params = {"units": int(W.shape[1]), "use_bias": b is not None}
    node_id = im.emit(node, "Dense", params, {"in": view.port})
    im.build.weights(node_id, W=W)
    if b is not None:
        im.build.weights(node_id, b=np.broadcast_to(b * float(a.get("beta", 1.0)), (W.shape[1],)))


def _matmul(im: _Importer, node: Any) -> None:
    view = im.view(node)
    W = im.const(node, 1)
    if W is None or W.ndim != 2:
        raise im._fail(f"MatMul node {_short(node.name)} needs a constant matrix of weights as its second input")
    node_id = im.emit(node, "Dense", {"units": int(W.shape[1]), "use_bias": False}, {"in": view.port})
    im.build.weights(node_id, W=W)
    if im.uses.get(node.output[0], 0) == 1:
        im.views[node.output[0]] = View((node_id, "out"), "dense", view.rank)


def _add(im: _Importer, node: Any) -> None:
    names = list(node.input)
    if len(names) == 2 and (names[0] in im.consts) != (names[1] in im.consts):
        value, bias = (names[1], names[0]) if names[0] in im.consts else (names[0], names[1])
        view = im.views.get(value)
        b = im.consts[bias]
        if view is not None and view.layout == "dense":
            units = int(im.build.arrays[f"{view.port[0]}/W"].shape[1])
            if b.size == units and all(d == 1 for d in b.shape[:-1]):
                im.build.set_param(view.port[0], "use_bias", True)
                im.build.weights(view.port[0], b=b.reshape(units))
                im.alias(node, View(view.port, "plain", view.rank))
                return
        raise im._fail(f"Add node {_short(node.name)} adds a constant, which only a Dense layer's bias does here")
    a, b = (im.view(node, i, ("plain", "dense")) for i in (0, 1))
    im.emit(node, "Add", {}, {"a": a.port, "b": b.port})


def _conv(im: _Importer, node: Any) -> None:
    a = im.attrs(node)
    view = im.view(node)
    W = im.const(node, 1)
    name = _short(node.name)
    if W is None or W.ndim != 4 or W.shape[2] != W.shape[3]:
        raise im._fail(f"Conv node {name} is not a 2-D convolution with square constant filters")
    k = int(W.shape[2])
    strides = list(a.get("strides", [1, 1]))
    if a.get("group", 1) != 1 or any(d != 1 for d in a.get("dilations", [1, 1])) or len(set(strides)) != 1:
        raise im._fail(f"Conv node {name} uses groups, dilation or unequal strides, which nodeflow's Conv2D has not")
    pad = _padding(im, node, a, k, int(strides[0]))
    padding: Any = "valid" if pad == 0 else ("same" if pad == "same" or (k % 2 == 1 and pad == (k - 1) // 2) else pad)
    b = im.const(node, 2)
    params = {"filters": int(W.shape[0]), "kernel_size": k, "stride": int(strides[0]), "padding": padding,
              "use_bias": b is not None}
    node_id = im.emit(node, "Conv2D", params, {"in": view.port})
    im.build.weights(node_id, W=W, **({"b": b} if b is not None else {}))


def _padding(im: _Importer, node: Any, a: dict, k: int, stride: int) -> int | str:
    auto = a.get("auto_pad", "NOTSET")
    if auto in ("SAME_UPPER", "SAME_LOWER") and stride == 1 and k % 2 == 1:
        return (k - 1) // 2
    if auto == "SAME_UPPER" and stride == 1:  # the extra pixel after, as nodeflow's "same"
        return "same"
    before, after = (k - 1) // 2, k // 2
    if auto == "NOTSET" and k % 2 == 0 and list(a.get("pads", [])) == [before, before, after, after]:
        return "same"  # an even kernel's "same" as nodeflow exports it
    if auto not in ("NOTSET", "VALID"):
        raise im._fail(f"{node.op_type} node {_short(node.name)} pads unevenly (auto_pad {auto}), which nodeflow does not")
    pads = list(a.get("pads", [0, 0, 0, 0])) if auto == "NOTSET" else [0, 0, 0, 0]
    if len(set(pads)) != 1:
        raise im._fail(f"{node.op_type} node {_short(node.name)} pads its sides differently, which nodeflow does not")
    return int(pads[0])


def _pool(type_name: str) -> Handler:
    def handle(im: _Importer, node: Any) -> None:
        a = im.attrs(node)
        view = im.view(node)
        kernel = list(a.get("kernel_shape", []))
        strides = list(a.get("strides", [1] * len(kernel)))
        if len(kernel) != 2 or len(set(kernel)) != 1 or len(set(strides)) != 1:
            raise im._fail(f"{node.op_type} node {_short(node.name)} is not a square 2-D pool")
        if a.get("ceil_mode", 0) or any(d != 1 for d in a.get("dilations", [1, 1])) or _padding(
                im, node, a, 1, 2) != 0:
            raise im._fail(f"{node.op_type} node {_short(node.name)} pads, dilates or rounds up, which nodeflow's pools do not")
        im.emit(node, type_name, {"pool_size": int(kernel[0]), "stride": int(strides[0])}, {"in": view.port})

    return handle


def _flatten(im: _Importer, node: Any) -> None:
    view = im.view(node)
    if int(im.attrs(node).get("axis", 1)) != 1:
        raise im._fail(f"Flatten node {_short(node.name)} does not keep the batch axis alone")
    im.emit(node, "Flatten", {}, {"in": view.port})


def _reshape(im: _Importer, node: Any) -> None:
    view = im.view(node)
    target = im.const(node, 1)
    out = im.shape_of(node.output[0])
    if target is None or target.ndim != 1 or len(target) < 2 or int(target[0]) not in (-1, 0):
        raise im._fail(f"Reshape node {_short(node.name)} does not keep the batch axis first")
    rest = [int(d) for d in target[1:]]
    if any(d <= 0 for d in rest):
        if not out or any(d is None for d in out[1:]):
            raise im._fail(f"Reshape node {_short(node.name)}: its output shape cannot be worked out")
        rest = [int(d) for d in out[1:]]
    im.emit(node, "Reshape", {"shape": rest}, {"in": view.port})


def _dropout(im: _Importer, node: Any) -> None:
    view = im.view(node, 0, ("plain", "time_major", "features_first"))
    ratio = im.const(node, 1)
    rate = float(ratio) if ratio is not None else float(im.attrs(node).get("ratio", 0.5))
    training = im.const(node, 2)
    if training is not None and bool(training):
        raise im._fail(f"Dropout node {_short(node.name)} is in training mode; an inference model has none")
    im.emit(node, "Dropout", {"rate": min(rate, 0.99)}, {"in": view.port}, layout=view.layout)


def _batchnorm(im: _Importer, node: Any) -> None:
    view = im.view(node, 0, ("plain", "features_first"))
    a = im.attrs(node)
    if a.get("training_mode", 0):
        raise im._fail(f"BatchNormalization node {_short(node.name)} is in training mode")
    rank = im.rank(node, view)
    if view.layout == "plain" and rank not in (2, 4):
        raise im._fail(f"BatchNormalization node {_short(node.name)} normalizes axis 1 of a rank-{rank} tensor; "
                       "nodeflow's BatchNorm normalizes images per channel and vectors or sequences per feature")
    scale, bias, mean, var = (im.const(node, i) for i in range(1, 5))
    if any(v is None for v in (scale, bias, mean, var)):
        raise im._fail(f"BatchNormalization node {_short(node.name)} needs constant scale, bias, mean and variance")
    params = {"eps": float(a.get("epsilon", 1e-5)), "momentum": min(float(a.get("momentum", 0.9)), 0.999)}
    node_id = im.emit(node, "BatchNorm", params, {"in": view.port}, layout=view.layout)
    im.build.weights(node_id, gamma=scale, beta=bias)
    im.build.state(node_id, running_mean=mean, running_var=var)


def _transpose(im: _Importer, node: Any) -> None:
    view = im.view(node, 0, ("plain", "time_major", "features_first"))
    perm = list(im.attrs(node).get("perm", []))
    swaps = {("plain", (1, 0, 2)): "time_major", ("time_major", (1, 0, 2)): "plain",
             ("plain", (0, 2, 1)): "features_first", ("features_first", (0, 2, 1)): "plain"}
    layout = swaps.get((view.layout, tuple(perm))) if im.rank(node, view) in (3, None) else None
    if layout is None:
        raise im._fail(f"Transpose node {_short(node.name)} (perm {perm}) has no nodeflow node")
    im.alias(node, View(view.port, layout, 3))


def _squeeze(im: _Importer, node: Any) -> None:
    view = im.view(node, 0, ("rnn_y", "rnn_h"))
    axes = im.const(node, 1)
    axes = list(axes) if axes is not None else list(im.attrs(node).get("axes", []))
    wanted = [1] if view.layout == "rnn_y" else [0]
    if [int(a) for a in axes] != wanted:
        raise im._fail(f"Squeeze node {_short(node.name)} does not drop the recurrent layer's direction axis")
    node_id = view.port[0]
    sequences = view.layout == "rnn_y"
    if im.recurrent_use.setdefault(node_id, view.layout) != view.layout:
        raise im._fail(f"the recurrent layer {_short(node_id)} is read both step by step and at its last step")
    im.build.set_param(node_id, "return_sequences", sequences)
    im.alias(node, View(view.port, "time_major" if sequences else "plain", 3 if sequences else 2))


LSTM_FROM_ONNX = [0, 2, 3, 1]
"""Engine gate blocks i, f, g, o taken from ONNX's i, o, f, c."""
GRU_FROM_ONNX = [1, 0, 2]
"""Engine gate blocks r, z, n taken from ONNX's z, r, h."""


def _recurrent(type_name: str, gates: int, order: list[int], split_bias: bool) -> Handler:
    def handle(im: _Importer, node: Any) -> None:
        a = im.attrs(node)
        name = _short(node.name)
        layout = int(a.get("layout", 0))
        view = im.view(node, 0, "plain" if layout == 1 else "time_major")
        W, R = im.const(node, 1), im.const(node, 2)
        B = im.const(node, 3)
        if a.get("direction", "forward") != "forward" or W is None or R is None or W.shape[0] != 1:
            raise im._fail(f"{node.op_type} node {name} is not a one-direction layer with constant weights")
        extra = [i for i in range(4, len(node.input)) if node.input[i]]
        if extra:
            raise im._fail(f"{node.op_type} node {name} has sequence lengths, an initial state or peepholes, "
                           "which nodeflow's layers have not")
        defaults = {"RNN": ["Tanh"], "LSTM": ["Sigmoid", "Tanh", "Tanh"], "GRU": ["Sigmoid", "Tanh"]}[node.op_type]
        if [s.capitalize() for s in a.get("activations", defaults)] != defaults or "clip" in a or a.get(
                "input_forget", 0):
            raise im._fail(f"{node.op_type} node {name} uses other activations or a clip than nodeflow's")
        if node.op_type == "GRU" and not a.get("linear_before_reset", 0):
            raise im._fail(f"GRU node {name} resets before the linear step (linear_before_reset 0); nodeflow's GRU "
                           "(like PyTorch's and Keras's) resets after it")
        hidden = int(a.get("hidden_size", R.shape[-1]))
        Wx = _reorder(W[0].T, order, gates)
        Wh = _reorder(R[0].T, order, gates)
        bias = np.zeros(2 * gates * hidden) if B is None else B[0]
        bx, bh = _reorder(bias[: gates * hidden], order, gates), _reorder(bias[gates * hidden:], order, gates)
        node_id = im.build.node(type_name, {"units": hidden}, {"in": view.port}, node.name or None)
        if split_bias:
            im.build.weights(node_id, Wx=Wx, Wh=Wh, bx=bx, bh=bh)
        else:
            im.build.weights(node_id, Wx=Wx, Wh=Wh, b=bx + bh)
        im.views[node.output[0]] = View((node_id, "out"), "rnn_y", 4)
        if len(node.output) > 1 and node.output[1]:
            im.views[node.output[1]] = View((node_id, "out"), "rnn_h", 3)
        if len(node.output) > 2 and node.output[2] and im.uses.get(node.output[2]):
            raise im._fail(f"LSTM node {name}: its cell state is read, which nodeflow's LSTM does not give")

    return handle


def _reorder(a: np.ndarray, order: list[int], gates: int) -> np.ndarray:
    blocks = np.split(np.asarray(a), gates, axis=-1)
    return np.concatenate([blocks[i] for i in order], axis=-1)


def _concat(im: _Importer, node: Any) -> None:
    views = [im.view(node, i, ("plain", "dense")) for i in range(len(node.input))]
    axis = int(im.attrs(node).get("axis", 1))
    rank = im.rank(node, views[0]) or 2
    if axis % rank == 0:
        raise im._fail(f"Concat node {_short(node.name)} joins along the batch axis")
    port = views[0].port
    for i, other in enumerate(views[1:], start=1):
        wanted = node.name if i == len(views) - 1 else f"{node.name}_{i}"
        port = (im.build.node("Concat", {"axis": axis % rank}, {"a": port, "b": other.port}, wanted or None), "out")
    im.alias(node, View(port, "plain", rank))


def _identity(im: _Importer, node: Any) -> None:
    view = im.view(node, 0, ("plain", "time_major", "features_first"))
    im.emit(node, "Identity", {}, {"in": view.port}, layout=view.layout)


def _constant(im: _Importer, node: Any) -> None:
    a = im.attrs(node)
    if "value" not in a:
        raise im._fail(f"Constant node {_short(node.name)} holds no tensor nodeflow reads")
    im.consts[node.output[0]] = a["value"]


def _greater(im: _Importer, node: Any) -> None:
    view = im.view(node)
    zero = im.const(node, 1)
    if zero is None or zero.size != 1 or float(zero.reshape(-1)[0]) != 0.0 or im.uses.get(node.output[0]) != 1:
        raise im._fail(f"Greater node {_short(node.name)} is not x > 0 followed by a Cast (a Step)")
    im.alias(node, View(view.port, "greater", view.rank, node.name))


def _cast(im: _Importer, node: Any) -> None:
    view = im.view(node, 0, "greater")
    if int(im.attrs(node).get("to", 0)) != im.onnx.TensorProto.FLOAT:
        raise im._fail(f"Cast node {_short(node.name)} is not to float")
    im.emit(node, "Step", {}, {"in": view.port}, wanted=view.name)


HANDLERS: dict[str, Handler] = {
    "Gemm": _gemm, "MatMul": _matmul, "Add": _add, "Conv": _conv,
    "MaxPool": _pool("MaxPool2D"), "AveragePool": _pool("AvgPool2D"), "Flatten": _flatten, "Reshape": _reshape,
    "Relu": _activation("ReLU"), "LeakyRelu": _activation("LeakyReLU", _alpha(0.01)),
    "Elu": _activation("ELU", _alpha(1.0)), "Selu": _activation("SELU", _selu),
    "Sigmoid": _activation("Sigmoid"), "Tanh": _activation("Tanh"), "Softplus": _activation("Softplus"),
    "Softmax": _softmax, "BatchNormalization": _batchnorm, "Dropout": _dropout, "Concat": _concat,
    "Transpose": _transpose, "Squeeze": _squeeze, "Identity": _identity, "Constant": _constant,
    "Greater": _greater, "Cast": _cast,
    "RNN": _recurrent("RNN", 1, [0], False), "LSTM": _recurrent("LSTM", 4, LSTM_FROM_ONNX, False),
    "GRU": _recurrent("GRU", 3, GRU_FROM_ONNX, True),
}
"""ONNX operator -> what makes it a node (keyed by ONNX's names, not nodeflow's types)."""


def import_onnx(path: str | Path) -> Imported:
    """Read an ONNX file (limits and refusals as in `safe_files`) into an editable graph."""
    try:
        import onnx
    except ImportError:
        raise ImportRefused("importing ONNX needs the onnx package: pip install 'nodeflow[interop]'") from None
    source = str(path)
    data = read_regular_file(path)
    refuse_pickle(Path(source).name, data)
    model = onnx.ModelProto()
    try:
        model.ParseFromString(data)
    except Exception:  # noqa: BLE001 - protobuf raises its own DecodeError and others
        raise ImportRefused(f"{Path(source).name} is not an ONNX model (it does not parse)") from None
    if not model.HasField("graph") or not model.graph.node:
        raise ImportRefused(f"{Path(source).name} is not an ONNX model (it holds no graph)")
    return _Importer(model, Path(source).name).run()
