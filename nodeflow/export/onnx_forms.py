"""The ONNX form of each node type: how one node becomes ONNX operators (opset 17, float32).

One form per declared node type, attached to its declaration (`form_of(spec)`); a type with no
form cannot be exported, and the exporter says so naming the node. A form gets a `NodeContext`
(the node's validated parameters, input types and value names, its weights) and adds operators
through the shared `OnnxBuilder`; it returns the ONNX value name of each output port.

Layouts: the engine is batch-first like ONNX for vectors and images. Where they differ the
form converts: ONNX recurrent operators are time-major (T, N, F) with gates in another order
(LSTM i, o, f, c against the engine's i, f, g, o; GRU z, r, h against r, z, n) and weights
stored (gates, F) against the engine's (F, gates); ONNX BatchNormalization normalizes axis 1,
so a BatchNorm over sequences (N, T, F) is wrapped in two Transposes. The model is the one for
inference: Dropout is ONNX Dropout without training mode (the identity), BatchNorm uses the
running statistics.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from nodeflow.export.plan import ExportError
from nodeflow.nodes import REGISTRY, NodeSpec, TensorType

OPSET = 17
"""The ONNX opset the forms are written for (onnxruntime 1.14 and later run it)."""


def onnx_module() -> Any:
    """The `onnx` package, or ExportError saying how to install it."""
    try:
        import onnx
    except ImportError:
        raise ExportError(
            "ONNX export needs the onnx package: pip install 'nodeflow[interop]' (or pip install onnx onnxruntime)"
        ) from None
    return onnx


class OnnxBuilder:
    """Collects ONNX nodes and initializers; names are unique (an ONNX graph is single-assignment)."""

    def __init__(self) -> None:
        self.onnx = onnx_module()
        self.nodes: list[Any] = []
        self.initializers: list[Any] = []
        self.names: set[str] = set()
        self.node_names: set[str] = set()

    def claim(self, name: str) -> str:
        """`name`, or `name_2`, `name_3`... if taken."""
        candidate, i = name, 1
        while candidate in self.names:
            i += 1
            candidate = f"{name}_{i}"
        self.names.add(candidate)
        return candidate

    def const(self, name: str, value: Any, dtype: Any = np.float32) -> str:
        """An initializer holding `value` (float32 unless told)."""
        from onnx import numpy_helper

        name = self.claim(name)
        self.initializers.append(numpy_helper.from_array(np.array(value, dtype=dtype, order="C"), name))
        return name

    def op(self, op_type: str, inputs: list[str], outputs: list[str], node_name: str, **attrs: Any) -> list[str]:
        """Add one operator; `outputs` are claimed names (use `claim`). Operator names have their
        own namespace: a node's main operator is named after the node, its helpers `id/op`."""
        name, i = node_name, 1
        while name in self.node_names:
            i += 1
            name = f"{node_name}_{i}"
        self.node_names.add(name)
        self.nodes.append(self.onnx.helper.make_node(op_type, inputs, outputs, name=name, **attrs))
        return outputs


@dataclass
class NodeContext:
    """What a form may read about its node: nothing beyond the analysed graph and its weights."""

    node_id: str
    type: str
    params: Mapping[str, Any]
    in_types: Mapping[str, TensorType]
    out_types: Mapping[str, TensorType]
    inputs: Mapping[str, str]
    """ONNX value name arriving on each input port."""
    arrays: Mapping[str, np.ndarray]
    """The trained weights `{"node/param": array, "node/state/name": array}`."""
    builder: OnnxBuilder
    outputs: dict[str, str] = field(default_factory=dict)

    @property
    def x(self) -> str:
        return self.inputs["in"]

    @property
    def rank(self) -> int:
        return len(self.in_types["in"].shape)

    def weight(self, name: str) -> np.ndarray:
        return self._array(f"{self.node_id}/{name}", name)

    def state(self, name: str) -> np.ndarray:
        return self._array(f"{self.node_id}/state/{name}", name)

    def _array(self, key: str, name: str) -> np.ndarray:
        if key not in self.arrays:
            raise ExportError(f"{self.node_id}: the trained weights have no '{name}' (train the graph again)")
        return np.asarray(self.arrays[key], dtype=np.float32)

    def const(self, name: str, value: Any, dtype: Any = np.float32) -> str:
        return self.builder.const(f"{self.node_id}/{name}", value, dtype)

    def tmp(self, suffix: str) -> str:
        return self.builder.claim(f"{self.node_id}/{suffix}")

    def out(self, port: str = "out") -> str:
        """The value name of an output port: the node id for `out` (what people see in Netron)."""
        return self.builder.claim(self.node_id if port == "out" else f"{self.node_id}.{port}")

    def op(self, op_type: str, inputs: list[str], output: str | None = None, main: bool = True, **attrs: Any) -> str:
        """One operator with one output (a fresh temporary unless `output` is given). The main
        operator (the one an importer turns back into this node) is named after the node."""
        out = output if output is not None else self.tmp(op_type.lower())
        self.builder.op(op_type, inputs, [out], self.node_id if main else f"{self.node_id}/{op_type}", **attrs)
        return out

    def helper(self, op_type: str, inputs: list[str], output: str | None = None, **attrs: Any) -> str:
        """An operator that only adapts layouts or shapes around the main one."""
        return self.op(op_type, inputs, output, main=False, **attrs)


Form = Callable[[NodeContext], dict[str, str]]

_FORMS: dict[int, Form] = {}
"""id(NodeSpec) -> form: keyed by the declaration itself (specs live as long as the registry)."""


def form_of(spec: NodeSpec) -> Form | None:
    """The ONNX form declared for `spec`, or None when the type has no ONNX counterpart.

    A declaration that names its form itself (`onnx="module:function"`, resolved lazily like
    `kernel`, once NodeSpec has that field) wins over the forms attached in this module."""
    declared = getattr(spec, "onnx", None)
    if isinstance(declared, str):
        import importlib

        module, _, name = declared.partition(":")
        return getattr(importlib.import_module(module), name)
    return _FORMS.get(id(spec))


def attach(type_name: str) -> Callable[[Form], Form]:
    """Attach a form to the declaration of `type_name` (which must be declared)."""

    def register(form: Form) -> Form:
        spec = REGISTRY.get(type_name)
        if id(spec) in _FORMS:
            raise ValueError(f"{type_name} already has an ONNX form")
        _FORMS[id(spec)] = form
        return form

    return register


# ----------------------------------------------------------------------------- layers
@attach("Dense")
def dense(c: NodeContext) -> dict[str, str]:
    """(N, F) -> Gemm(x, W (F, U), b); (N, T, F) -> MatMul then Add (Gemm takes only matrices)."""
    W = c.const("W", c.weight("W"))
    has_bias = bool(c.params["use_bias"])
    if c.rank == 2:
        inputs = [c.x, W] + ([c.const("b", c.weight("b"))] if has_bias else [])
        return {"out": c.op("Gemm", inputs, c.out())}
    if not has_bias:
        return {"out": c.op("MatMul", [c.x, W], c.out())}
    product = c.op("MatMul", [c.x, W])
    return {"out": c.helper("Add", [product, c.const("b", c.weight("b"))], c.out())}


def conv_pad(padding: Any, k: int) -> tuple[int, int]:
    """The engine's padding (before, after) on each axis (kernels.conv.conv_pads, kept free of
    compute imports): "same" pads an even kernel one more after, as PyTorch's padding="same"."""
    if padding == "valid":
        return 0, 0
    if padding == "same":
        return (k - 1) // 2, k // 2
    return int(padding), int(padding)


@attach("Conv2D")
def conv2d(c: NodeContext) -> dict[str, str]:
    """Conv with W (F, C, k, k) as stored by the engine, explicit pads (uneven for "same" of an
    even kernel: ONNX's order is [top, left, bottom, right])."""
    k, s = int(c.params["kernel_size"]), int(c.params["stride"])
    before, after = conv_pad(c.params["padding"], k)
    inputs = [c.x, c.const("W", c.weight("W"))]
    if c.params["use_bias"]:
        inputs.append(c.const("b", c.weight("b")))
    return {"out": c.op("Conv", inputs, c.out(), kernel_shape=[k, k], strides=[s, s],
                                 pads=[before, before, after, after])}


def _pool(op_type: str) -> Form:
    def form(c: NodeContext) -> dict[str, str]:
        """No padding, floor division of the size, like the engine."""
        k, s = int(c.params["pool_size"]), int(c.params["stride"])
        return {"out": c.op(op_type, [c.x], c.out(), kernel_shape=[k, k], strides=[s, s])}

    return form


attach("MaxPool2D")(_pool("MaxPool"))
attach("AvgPool2D")(_pool("AveragePool"))


@attach("Flatten")
def flatten(c: NodeContext) -> dict[str, str]:
    return {"out": c.op("Flatten", [c.x], c.out(), axis=1)}


@attach("Reshape")
def reshape(c: NodeContext) -> dict[str, str]:
    """Reshape to (-1, *shape): the batch axis is whatever is left."""
    shape = c.const("shape", [-1, *[int(d) for d in c.params["shape"]]], np.int64)
    return {"out": c.op("Reshape", [c.x, shape], c.out())}


@attach("Dropout")
def dropout(c: NodeContext) -> dict[str, str]:
    """ONNX Dropout without training_mode is the identity; the rate stays in the file for importers."""
    ratio = c.const("ratio", np.float32(c.params["rate"]))
    return {"out": c.op("Dropout", [c.x, ratio], c.out())}


@attach("BatchNorm")
def batchnorm(c: NodeContext) -> dict[str, str]:
    """BatchNormalization with the running statistics; sequences are normalized per last axis."""
    inputs = [c.const("gamma", c.weight("gamma")), c.const("beta", c.weight("beta")),
              c.const("running_mean", c.state("running_mean")), c.const("running_var", c.state("running_var"))]
    eps = float(c.params["eps"])
    momentum = float(c.params["momentum"])
    if c.rank != 3:
        return {"out": c.op("BatchNormalization", [c.x, *inputs], c.out(), epsilon=eps, momentum=momentum)}
    features_first = c.helper("Transpose", [c.x], perm=[0, 2, 1])
    normed = c.op("BatchNormalization", [features_first, *inputs], epsilon=eps, momentum=momentum)
    return {"out": c.helper("Transpose", [normed], c.out(), perm=[0, 2, 1])}


# ----------------------------------------------------------------------------- recurrent
def _gates(a: np.ndarray, order: list[int], count: int) -> np.ndarray:
    """Reorder the `count` gate blocks along the last axis of `a` (..., count * H)."""
    blocks = np.split(a, count, axis=-1)
    return np.concatenate([blocks[i] for i in order], axis=-1)


def _recurrent(op_type: str, count: int, order: list[int], bias: Callable[[NodeContext], np.ndarray],
               **attrs: Any) -> Form:
    """ONNX RNN/LSTM/GRU over the time-major input; W (1, G, F), R (1, G, H), B (1, 2G)."""

    def form(c: NodeContext) -> dict[str, str]:
        hidden = int(c.params["units"])
        W = _gates(c.weight("Wx"), order, count).T[None]
        R = _gates(c.weight("Wh"), order, count).T[None]
        time_major = c.helper("Transpose", [c.x], perm=[1, 0, 2])
        y, y_h = c.tmp("Y"), c.tmp("Y_h")
        c.builder.op(op_type, [time_major, c.const("W", W), c.const("R", R), c.const("B", bias(c)[None])],
                     [y, y_h], c.node_id, hidden_size=hidden, **attrs)
        if c.params["return_sequences"]:
            steps = c.helper("Squeeze", [y, c.const("axis1", [1], np.int64)])  # (T, N, H)
            return {"out": c.helper("Transpose", [steps], c.out(), perm=[1, 0, 2])}
        return {"out": c.helper("Squeeze", [y_h, c.const("axis0", [0], np.int64)], c.out())}

    return form


LSTM_ORDER = [0, 3, 1, 2]
"""ONNX LSTM gate blocks i, o, f, c taken from the engine's i, f, g, o."""
GRU_ORDER = [1, 0, 2]
"""ONNX GRU gate blocks z, r, h taken from the engine's r, z, n."""


def _one_bias(count: int, order: list[int]) -> Callable[[NodeContext], np.ndarray]:
    """The engine's single bias b becomes ONNX's input bias; the recurrent bias is zero."""
    return lambda c: np.concatenate([_gates(c.weight("b"), order, count), np.zeros(count * int(c.params["units"]))])


attach("RNN")(_recurrent("RNN", 1, [0], _one_bias(1, [0])))
attach("LSTM")(_recurrent("LSTM", 4, LSTM_ORDER, _one_bias(4, LSTM_ORDER)))
attach("GRU")(_recurrent(
    "GRU", 3, GRU_ORDER,
    lambda c: np.concatenate([_gates(c.weight("bx"), GRU_ORDER, 3), _gates(c.weight("bh"), GRU_ORDER, 3)]),
    linear_before_reset=1,  # n = tanh(x Wn + bn + r (h Rn + Rbn)): the engine's (PyTorch's) GRU
))


# ----------------------------------------------------------------------------- merge
@attach("Add")
def add(c: NodeContext) -> dict[str, str]:
    return {"out": c.op("Add", [c.inputs["a"], c.inputs["b"]], c.out())}


@attach("Concat")
def concat(c: NodeContext) -> dict[str, str]:
    rank = len(c.in_types["a"].shape)
    return {"out": c.op("Concat", [c.inputs["a"], c.inputs["b"]], c.out(), axis=int(c.params["axis"]) % rank)}


# ----------------------------------------------------------------------------- activations
def _unary(op_type: str, **fixed: Any) -> Form:
    def form(c: NodeContext) -> dict[str, str]:
        attrs = dict(fixed)
        if "alpha" in c.params:
            attrs["alpha"] = float(c.params["alpha"])
        return {"out": c.op(op_type, [c.x], c.out(), **attrs)}

    return form


for _type, _op in (("ReLU", "Relu"), ("LeakyReLU", "LeakyRelu"), ("ELU", "Elu"), ("Sigmoid", "Sigmoid"),
                   ("Tanh", "Tanh"), ("Softplus", "Softplus"), ("Identity", "Identity"),
                   ("Detach", "Identity")):  # Detach: values through; gradients do not exist at inference
    attach(_type)(_unary(_op))
attach("SELU")(_unary("Selu"))  # ONNX's default alpha and gamma are SELU's constants
attach("Softmax")(_unary("Softmax", axis=-1))


@attach("Step")
def step(c: NodeContext) -> dict[str, str]:
    """1 where x > 0 else 0: Greater, then Cast back to float."""
    positive = c.op("Greater", [c.x, c.const("zero", np.float32(0))])
    return {"out": c.helper("Cast", [positive], c.out(), to=c.builder.onnx.TensorProto.FLOAT)}
