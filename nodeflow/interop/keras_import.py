"""A Keras `.keras` file as an editable graph, read without TensorFlow or Keras.

A `.keras` file is a zip archive with `config.json` (the model's layers and their settings, as
`keras.saving.serialize_keras_object` writes them), `model.weights.h5` (each layer's variables
at `layers/<layer name>/vars/<i>`, a recurrent layer's under `layers/<name>/cell/vars/<i>`) and
`metadata.json`. The archive is read in memory with limits (`safe_files.SafeZip`); the weights
with h5py, an optional dependency, checking every dataset's declared size before reading it.

Keras's images are channels-last (N, H, W, C), nodeflow's channels-first (N, C, H, W): the
imported graph takes channels-first images (its notes say how to transpose), convolution
filters are transposed, and a Dense layer after a Flatten of images has its weight rows
reordered so that it sees each value where Keras did. A layer's `activation` becomes its own
activation node after it. Supported layers are those in `LAYERS`; any other is named in one line.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from nodeflow.interop.building import GraphBuilder, Imported
from nodeflow.interop.safe_files import (
    ImportRefused,
    MissingPackage,
    SafeZip,
    check_elements,
    read_regular_file,
)
from nodeflow.nodes import REGISTRY, NodeError, TensorType

MAX_CONFIG_BYTES = 16 * 2**20
MAX_LAYERS = 2000
ACTIVATIONS: dict[str, tuple[str, dict[str, Any]] | None] = {
    "linear": None, "relu": ("ReLU", {}), "sigmoid": ("Sigmoid", {}), "tanh": ("Tanh", {}),
    "softmax": ("Softmax", {}), "elu": ("ELU", {"alpha": 1.0}), "selu": ("SELU", {}),
    "softplus": ("Softplus", {}), "leaky_relu": ("LeakyReLU", {"alpha": 0.2}),
}
"""Keras activation name -> nodeflow node (None: no node)."""


@dataclass
class Tensor:
    """A Keras tensor as a nodeflow port. `channels_last`: an image whose Keras form is
    (N, H, W, C) (nodeflow holds it as (N, C, H, W)); `flat_hwc`: a Flatten of such an image,
    the (H, W, C) it came from."""

    port: tuple[str, str]
    type: TensorType
    channels_last: bool = False
    flat_hwc: tuple[int, int, int] | None = None


class _Keras:
    def __init__(self, config: dict, weights: Any, source: str) -> None:
        self.config = config
        self.weights = weights
        self.source = source
        self.counted = [0]
        model_config = config.get("config") if isinstance(config.get("config"), dict) else {}
        name = str(model_config.get("name") or "")
        generic = name.rstrip("_0123456789") in ("", "sequential", "functional", "model")
        self.build = GraphBuilder(Path(source).stem if generic else name, source)
        self.tensors: dict[str, Tensor] = {}
        self.inferred: dict[str, Any] = {}
        self.channels_last_input = False

    def fail(self, message: str) -> ImportRefused:
        return ImportRefused(f"{self.source}: {message}")

    # ------------------------------------------------------------------ weights
    def vars(self, name: str, count: int | None = None, sub: str = "") -> list[np.ndarray]:
        """A layer's variables in Keras's order, each size-checked before it is read."""
        if self.weights is None:
            raise self.fail(f"layer {name!r} has weights but the file has no model.weights.h5")
        path = f"layers/{name}/{sub + '/' if sub else ''}vars"
        group = self.weights.get(path)
        if group is None:
            raise self.fail(f"model.weights.h5 has no weights for layer {name!r} ({path})")
        arrays = []
        for i in range(len(group)):
            dataset = group.get(str(i))
            if dataset is None or not hasattr(dataset, "shape"):
                raise self.fail(f"model.weights.h5: {path}/{i} is not an array")
            check_elements(f"{self.source}: {path}/{i}", tuple(dataset.shape), self.counted)
            if dataset.dtype.kind not in "fiu":
                raise self.fail(f"model.weights.h5: {path}/{i} is not numeric")
            arrays.append(np.asarray(dataset[()], dtype=np.float32))
        if count is not None and len(arrays) != count:
            raise self.fail(f"layer {name!r} has {len(arrays)} weight arrays in model.weights.h5, not {count}")
        return arrays

    # ------------------------------------------------------------------ graph
    def add(self, name: str, type_name: str, params: dict, inputs: dict[str, Tensor], **flags: Any) -> Tensor:
        spec = REGISTRY.get(type_name)
        try:
            full = spec.validate_params(params)
            inferred = spec.infer(full, {port: t.type for port, t in inputs.items()})
        except NodeError as exc:
            raise self.fail(f"layer {name!r} ({type_name}): {exc}") from None
        node_id = self.build.node(type_name, params, {p: t.port for p, t in inputs.items()}, name)
        self.inferred[node_id] = inferred
        return Tensor((node_id, "out"), inferred.outputs["out"], **flags)

    def set_weights(self, node_id: str, state: bool = False, **arrays: np.ndarray) -> None:
        """Weights for a node, which must have the shapes its layer's settings declare."""
        declared = self.inferred[node_id].weights
        for name, value in arrays.items():
            if not state and name in declared and tuple(value.shape) != tuple(declared[name].shape):
                raise self.fail(f"layer {node_id!r}: its weights have shape {tuple(value.shape)} but its settings "
                                f"make {tuple(declared[name].shape)}")
        (self.build.state if state else self.build.weights)(node_id, **arrays)

    def activation(self, name: str, activation: Any, x: Tensor) -> Tensor:
        key = _activation_name(activation)
        if key not in ACTIVATIONS:
            raise self.fail(f"layer {name!r}: activation {key!r} has no nodeflow node "
                            f"(nodeflow has {', '.join(sorted(ACTIVATIONS))})")
        node = ACTIVATIONS[key]
        if node is None:
            return x
        wanted = f"{name}_{key}" if name in self.build.graph.nodes else name
        return self.add(wanted, node[0], dict(node[1]), {"in": x}, channels_last=x.channels_last,
                        flat_hwc=x.flat_hwc)

    # ------------------------------------------------------------------ the walk
    def run(self) -> Imported:
        kind = self.config.get("class_name")
        model = self.config.get("config")
        if not isinstance(model, dict) or not isinstance(model.get("layers"), list):
            raise self.fail("config.json does not describe a Keras model (no layers)")
        layers = model["layers"]
        if len(layers) > MAX_LAYERS:
            raise self.fail(f"the model has more than {MAX_LAYERS} layers")
        if kind == "Sequential":
            outputs = self._sequential(model, layers)
        elif kind in ("Functional", "Model"):
            outputs = self._functional(model, layers)
        else:
            raise self.fail(f"a {kind!r} model is not supported (Sequential and Functional models are)")
        if self.channels_last_input:
            self.build.notes.append("Keras gives images channels-last (N, H, W, C); this graph takes them "
                                    "channels-first (N, C, H, W): feed x.transpose(0, 3, 1, 2).")
        self._compile_head(outputs)
        return self.build.finish([t.port for t in outputs], self.input_type.shape,
                                 description=f"Imported from {Path(self.source).name}.")

    def _input(self, shape: Any, name: str) -> Tensor:
        if not isinstance(shape, list) or len(shape) < 2 or any(
                not (isinstance(d, int) and 0 < d < 2**31) for d in shape[1:]):
            raise self.fail(f"the input layer {name!r} has no usable shape ({shape!r})")
        dims = [int(d) for d in shape[1:]]
        if len(dims) == 3 and self._images_channels_last():
            self.channels_last_input = True
            dims = [dims[2], dims[0], dims[1]]
        self.input_type = TensorType((None, *dims))
        return Tensor(self.build.input, self.input_type, channels_last=self.channels_last_input)

    def _images_channels_last(self) -> bool:
        model = self.config.get("config") or {}
        formats = {(layer.get("config") or {}).get("data_format") for layer in model.get("layers", [])
                   if isinstance(layer, dict) and layer.get("class_name") in IMAGE_LAYERS}
        return "channels_first" not in formats

    def _sequential(self, model: dict, layers: list) -> list[Tensor]:
        x: Tensor | None = None
        for layer in layers:
            cls, cfg = _layer(layer)
            name = str(cfg.get("name") or cls.lower())
            if cls == "InputLayer":
                x = self._input(cfg.get("batch_shape", cfg.get("batch_input_shape")), name)
                continue
            if x is None:
                shape = model.get("build_input_shape") or cfg.get("batch_input_shape") or (
                    layer.get("build_config") or {}).get("input_shape")
                x = self._input(shape, name)
            x = self.layer(cls, name, cfg, [x])
        if x is None:
            raise self.fail("the model has no layers")
        return [x]

    def _functional(self, model: dict, layers: list) -> list[Tensor]:
        for layer in layers:
            cls, cfg = _layer(layer)
            name = str(layer.get("name") or cfg.get("name") or cls.lower())
            if cls == "InputLayer":
                self.tensors[name] = self._input(cfg.get("batch_shape", cfg.get("batch_input_shape")), name)
                continue
            inbound = layer.get("inbound_nodes") or []
            if len(inbound) != 1:
                raise self.fail(f"layer {name!r} is used {len(inbound)} times; nodeflow imports layers used once")
            sources = [self._tensor_of(ref, name) for ref in _inbound_refs(inbound[0])]
            self.tensors[name] = self.layer(cls, name, cfg, sources)
        outs = model.get("output_layers") or []
        if outs and isinstance(outs[0], str):
            outs = [outs]
        return [self._tensor_of(ref[0] if isinstance(ref, list) else ref, "the model's output") for ref in outs]

    def _tensor_of(self, layer_name: Any, reader: str) -> Tensor:
        tensor = self.tensors.get(str(layer_name))
        if tensor is None:
            raise self.fail(f"layer {reader!r} reads {layer_name!r}, which comes later or does not exist")
        return tensor

    # ------------------------------------------------------------------ one layer
    def layer(self, cls: str, name: str, cfg: dict, inputs: list[Tensor]) -> Tensor:
        handler = LAYERS.get(cls)
        if handler is None:
            raise self.fail(f"layer {name!r}: Keras {cls} is not supported; nodeflow imports "
                            f"{', '.join(sorted(LAYERS))}")
        if len(inputs) != (2 if cls in ("Add", "Concatenate") else 1) and not (cls in ("Add", "Concatenate")
                                                                             and len(inputs) >= 2):
            raise self.fail(f"layer {name!r} ({cls}) gets {len(inputs)} inputs")
        return handler(self, name, cfg, inputs)

    # ------------------------------------------------------------------ loss and optimizer
    def _compile_head(self, outputs: list[Tensor]) -> None:
        compiled = self.config.get("compile_config")
        if not isinstance(compiled, dict) or len(outputs) != 1:
            return
        loss = _name(compiled.get("loss"))
        optimizer = compiled.get("optimizer")
        mapped_loss = LOSSES.get(loss.lower().replace("_", "")) if loss else None
        mapped_opt = _optimizer(optimizer)
        if mapped_loss is None or mapped_opt is None:
            what = loss or "none"
            self.build.notes.append(f"The model's loss ({what}) or optimizer has no nodeflow node; add both to train it.")
            return
        out = outputs[0]
        last = self.build.graph.nodes[out.port[0]].type
        if mapped_loss == "CrossEntropy" and last != "Softmax" or mapped_loss == "BCE" and last != "Sigmoid":
            self.build.notes.append(f"The model's loss {loss} needs probabilities (a final "
                                    f"{'Softmax' if mapped_loss == 'CrossEntropy' else 'Sigmoid'}); add a loss to train it.")
            return
        graph = self.build.graph
        loss_id = graph.add_node(mapped_loss, {}, node_id=graph.new_id(mapped_loss)).id
        graph.connect(out.port, (loss_id, "pred"))
        graph.connect((self.build.data_id, "y"), (loss_id, "target"))
        opt_type, opt_params = mapped_opt
        opt_id = graph.add_node(opt_type, opt_params, node_id=graph.new_id(opt_type)).id
        graph.connect((loss_id, "loss"), (opt_id, "loss"))
        self.build.notes.append(f"The loss ({loss}) and optimizer come from the model's compile settings.")


def _layer(entry: Any) -> tuple[str, dict]:
    if not isinstance(entry, dict) or not isinstance(entry.get("class_name"), str):
        raise ImportRefused("config.json: a layer entry is not an object with a class_name")
    cfg = entry.get("config")
    return entry["class_name"], cfg if isinstance(cfg, dict) else {}


def _inbound_refs(node: Any) -> list[str]:
    """Layer names a layer call reads, from Keras 3's {"args": [...]} or Keras 2's [[name, 0, 0, {}], ...]."""
    names: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            history = (value.get("config") or {}).get("keras_history") if value.get("class_name") == "__keras_tensor__" \
                else None
            if history:
                names.append(str(history[0]))
                return
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            if len(value) >= 3 and isinstance(value[0], str) and isinstance(value[1], int):
                names.append(value[0])
                return
            for v in value:
                walk(v)

    walk(node.get("args") if isinstance(node, dict) else node)
    return names


def _name(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return str(value.get("class_name") or value.get("config", {}).get("name") or "")
    if isinstance(value, list) and len(value) == 1:
        return _name(value[0])
    return ""


def _activation_name(value: Any) -> str:
    if value is None:
        return "linear"
    if isinstance(value, dict):
        value = value.get("config") if isinstance(value.get("config"), str) else value.get("class_name")
    return str(value).lower()


LOSSES = {"sparsecategoricalcrossentropy": "CrossEntropy", "categoricalcrossentropy": "CrossEntropy",
          "binarycrossentropy": "BCE", "mse": "MSE", "meansquarederror": "MSE", "mae": "MAE",
          "meanabsoluteerror": "MAE", "huber": "Huber"}


def _optimizer(value: Any) -> tuple[str, dict] | None:
    if isinstance(value, str):
        value = {"class_name": value, "config": {}}
    if not isinstance(value, dict):
        return None
    cls = str(value.get("class_name", "")).lower()
    cfg = value.get("config") if isinstance(value.get("config"), dict) else {}
    lr = cfg.get("learning_rate", None)
    params: dict[str, Any] = {"lr": float(lr)} if isinstance(lr, (int, float)) and 1e-8 <= lr <= 1000 else {}
    if cls == "adam":
        for k, ours in (("beta_1", "beta1"), ("beta_2", "beta2"), ("epsilon", "eps")):
            if isinstance(cfg.get(k), (int, float)):
                params[ours] = float(cfg[k])
        return "Adam", params
    if cls == "sgd":
        momentum = float(cfg.get("momentum") or 0.0)
        if momentum > 0:
            return "Momentum", {**params, "momentum": min(momentum, 0.999), "nesterov": bool(cfg.get("nesterov"))}
        return "SGD", params
    if cls == "rmsprop" and not cfg.get("momentum") and not cfg.get("centered"):
        return "RMSProp", {**params, **({"rho": float(cfg["rho"])} if isinstance(cfg.get("rho"), (int, float)) else {})}
    if cls == "adagrad":
        return "AdaGrad", params
    return None


# ----------------------------------------------------------------------------- layer handlers
Handler = Callable[[_Keras, str, dict, list[Tensor]], Tensor]
IMAGE_LAYERS = ("Conv2D", "MaxPooling2D", "AveragePooling2D")


def _dense(k: _Keras, name: str, cfg: dict, ins: list[Tensor]) -> Tensor:
    x = ins[0]
    if x.channels_last:
        raise k.fail(f"layer {name!r}: a Dense layer on channels-last images has no nodeflow form; Flatten first")
    use_bias = bool(cfg.get("use_bias", True))
    arrays = k.vars(name, 2 if use_bias else 1)
    W = arrays[0]
    if x.flat_hwc is not None:  # Keras flattened (h, w, c); nodeflow flattens (c, h, w)
        h, w, c = x.flat_hwc
        W = W.reshape(h, w, c, -1).transpose(2, 0, 1, 3).reshape(h * w * c, -1)
    out = k.add(name, "Dense", {"units": int(cfg.get("units", W.shape[1])), "use_bias": use_bias}, {"in": x})
    k.set_weights(out.port[0], W=W, **({"b": arrays[1]} if use_bias else {}))
    return k.activation(name, cfg.get("activation"), out)


def _channels_last(k: _Keras, name: str, cfg: dict, x: Tensor) -> bool:
    fmt = cfg.get("data_format") or "channels_last"
    if fmt == "channels_last" and not x.channels_last:
        raise k.fail(f"layer {name!r}: channels-last images must come straight from the input or another image layer")
    return fmt == "channels_last"


def _pair(k: _Keras, name: str, value: Any, what: str) -> int:
    values = value if isinstance(value, list) else [value]
    if len(set(values)) != 1 or not isinstance(values[0], int):
        raise k.fail(f"layer {name!r}: {what} {value!r} is not square (nodeflow's windows are)")
    return int(values[0])


def _conv(k: _Keras, name: str, cfg: dict, ins: list[Tensor]) -> Tensor:
    x = ins[0]
    last = _channels_last(k, name, cfg, x)
    kernel = _pair(k, name, cfg.get("kernel_size"), "kernel_size")
    stride = _pair(k, name, cfg.get("strides", 1), "strides")
    if _pair(k, name, cfg.get("dilation_rate", 1), "dilation_rate") != 1 or int(cfg.get("groups", 1)) != 1:
        raise k.fail(f"layer {name!r}: dilated or grouped convolutions have no nodeflow form")
    padding = cfg.get("padding", "valid")
    if padding == "same" and (stride != 1 or kernel % 2 == 0):
        raise k.fail(f"layer {name!r}: 'same' padding with stride {stride} and kernel {kernel} pads unevenly, "
                     "which nodeflow's Conv2D does not")
    if padding not in ("valid", "same"):
        raise k.fail(f"layer {name!r}: padding {padding!r} is not supported")
    use_bias = bool(cfg.get("use_bias", True))
    arrays = k.vars(name, 2 if use_bias else 1)
    W = arrays[0].transpose(3, 2, 0, 1) if last else arrays[0]  # (kh, kw, C, F) -> (F, C, kh, kw)
    params = {"filters": int(cfg.get("filters", W.shape[0])), "kernel_size": kernel, "stride": stride, "padding": padding,
              "use_bias": use_bias}
    out = k.add(name, "Conv2D", params, {"in": x}, channels_last=last)
    k.set_weights(out.port[0], W=W, **({"b": arrays[1]} if use_bias else {}))
    return k.activation(name, cfg.get("activation"), out)


def _pool(type_name: str) -> Handler:
    def handle(k: _Keras, name: str, cfg: dict, ins: list[Tensor]) -> Tensor:
        x = ins[0]
        last = _channels_last(k, name, cfg, x)
        size = _pair(k, name, cfg.get("pool_size", 2), "pool_size")
        stride = _pair(k, name, cfg.get("strides") or size, "strides")
        if cfg.get("padding", "valid") != "valid":
            raise k.fail(f"layer {name!r}: pooling with padding {cfg.get('padding')!r} has no nodeflow form")
        return k.add(name, type_name, {"pool_size": size, "stride": stride}, {"in": x}, channels_last=last)

    return handle


def _flatten(k: _Keras, name: str, cfg: dict, ins: list[Tensor]) -> Tensor:
    x = ins[0]
    hwc = (x.type.shape[2], x.type.shape[3], x.type.shape[1]) if x.channels_last else None
    return k.add(name, "Flatten", {}, {"in": x}, flat_hwc=hwc)


def _reshape(k: _Keras, name: str, cfg: dict, ins: list[Tensor]) -> Tensor:
    if ins[0].channels_last or ins[0].flat_hwc:
        raise k.fail(f"layer {name!r}: reshaping channels-last images has no nodeflow form")
    target = cfg.get("target_shape")
    if not isinstance(target, list) or any(not isinstance(d, int) or d < 1 for d in target):
        raise k.fail(f"layer {name!r}: target_shape {target!r} must be positive whole numbers")
    return k.add(name, "Reshape", {"shape": target}, {"in": ins[0]})


def _passing(type_name: str, params: Callable[[_Keras, str, dict], dict]) -> Handler:
    """A layer that keeps the layout (activations, Dropout)."""

    def handle(k: _Keras, name: str, cfg: dict, ins: list[Tensor]) -> Tensor:
        x = ins[0]
        return k.add(name, type_name, params(k, name, cfg), {"in": x}, channels_last=x.channels_last,
                     flat_hwc=x.flat_hwc)

    return handle


def _activation_layer(k: _Keras, name: str, cfg: dict, ins: list[Tensor]) -> Tensor:
    x = ins[0]
    out = k.activation(name, cfg.get("activation"), x)
    if out is x:
        return k.add(name, "Identity", {}, {"in": x}, channels_last=x.channels_last, flat_hwc=x.flat_hwc)
    return out


def _relu_params(k: _Keras, name: str, cfg: dict) -> dict:
    if cfg.get("max_value") is not None or float(cfg.get("threshold") or 0) != 0 or float(
            cfg.get("negative_slope") or 0) != 0:
        raise k.fail(f"layer {name!r}: a ReLU with max_value, threshold or negative_slope has no nodeflow node")
    return {}


def _softmax_params(k: _Keras, name: str, cfg: dict) -> dict:
    if cfg.get("axis", -1) not in (-1, [-1]):
        raise k.fail(f"layer {name!r}: Softmax over axis {cfg.get('axis')!r}; nodeflow's is over the last axis")
    return {}


def _batchnorm(k: _Keras, name: str, cfg: dict, ins: list[Tensor]) -> Tensor:
    x = ins[0]
    axis = cfg.get("axis", -1)
    axis = axis[0] if isinstance(axis, list) and len(axis) == 1 else axis
    rank = len(x.type.shape)
    channel_axis = -1 if (x.channels_last or rank != 4) else 1
    if axis not in (channel_axis, rank - 1 if channel_axis == -1 else 1):
        raise k.fail(f"layer {name!r}: BatchNormalization over axis {axis!r}; nodeflow normalizes image channels "
                     "or the last axis")
    scale, center = bool(cfg.get("scale", True)), bool(cfg.get("center", True))
    arrays = k.vars(name, 2 + scale + center)
    gamma = arrays.pop(0) if scale else np.ones_like(arrays[-1])
    beta = arrays.pop(0) if center else np.zeros_like(arrays[-1])
    mean, var = arrays
    params = {"eps": float(cfg.get("epsilon", 1e-3)), "momentum": min(float(cfg.get("momentum", 0.99)), 0.999)}
    out = k.add(name, "BatchNorm", params, {"in": x}, channels_last=x.channels_last, flat_hwc=x.flat_hwc)
    k.set_weights(out.port[0], gamma=gamma, beta=beta)
    if mean.shape != gamma.shape or var.shape != gamma.shape:
        raise k.fail(f"layer {name!r}: its moving mean and variance do not match its {gamma.shape[0]} features")
    k.set_weights(out.port[0], state=True, running_mean=mean, running_var=var)
    return out


def _recurrent(type_name: str, gates: int, order: list[int]) -> Handler:
    def handle(k: _Keras, name: str, cfg: dict, ins: list[Tensor]) -> Tensor:
        defaults = {"activation": "tanh", "recurrent_activation": "sigmoid"}
        for key, wanted in defaults.items():
            if key in cfg and _activation_name(cfg[key]) != wanted and not (key == "recurrent_activation"
                                                                            and type_name == "RNN"):
                raise k.fail(f"layer {name!r}: {key} {_activation_name(cfg[key])!r}; nodeflow's {type_name} uses {wanted}")
        if cfg.get("go_backwards") or cfg.get("stateful") or cfg.get("return_state"):
            raise k.fail(f"layer {name!r}: go_backwards, stateful and return_state have no nodeflow form")
        if type_name == "GRU" and not cfg.get("reset_after", True):
            raise k.fail(f"layer {name!r}: GRU with reset_after false; nodeflow's GRU resets after (Keras's default)")
        if not cfg.get("use_bias", True):
            raise k.fail(f"layer {name!r}: a recurrent layer without bias has no nodeflow form")
        try:
            arrays = k.vars(name, 3, sub="cell")
        except ImportRefused:
            arrays = k.vars(name, 3)
        kernel, recurrent, bias = arrays
        params = {"units": int(cfg.get("units", recurrent.shape[0])), "return_sequences": bool(cfg.get("return_sequences"))}
        out = k.add(name, type_name, params, {"in": ins[0]})
        Wx, Wh = _reorder(kernel, order, gates), _reorder(recurrent, order, gates)
        if type_name == "GRU":
            if bias.size % 2:
                raise k.fail(f"layer {name!r}: a GRU's bias holds an input and a recurrent part (2, 3 * units)")
            bias = bias.reshape(2, -1)
            k.set_weights(out.port[0], Wx=Wx, Wh=Wh, bx=_reorder(bias[0], order, gates),
                          bh=_reorder(bias[1], order, gates))
        else:
            k.set_weights(out.port[0], Wx=Wx, Wh=Wh, b=_reorder(bias, order, gates))
        return out

    return handle


def _reorder(a: np.ndarray, order: list[int], gates: int) -> np.ndarray:
    blocks = np.split(np.asarray(a), gates, axis=-1)
    return np.concatenate([blocks[i] for i in order], axis=-1)


def _merge(type_name: str) -> Handler:
    def handle(k: _Keras, name: str, cfg: dict, ins: list[Tensor]) -> Tensor:
        if any(t.flat_hwc for t in ins) or len({t.channels_last for t in ins}) != 1:
            raise k.fail(f"layer {name!r}: joining flattened images has no nodeflow form")
        out = ins[0]
        for i, other in enumerate(ins[1:], start=1):
            params: dict[str, Any] = {}
            if type_name == "Concat":
                axis = int(cfg.get("axis", -1))
                rank = len(out.type.shape)
                if out.channels_last:
                    axis = {-1: 1, 3: 1, 1: 2, 2: 3}.get(axis, axis)
                params["axis"] = axis if axis < 0 else axis % rank
            wanted = name if i == len(ins) - 1 else f"{name}_{i}"
            out = k.add(wanted, type_name, params, {"a": out, "b": other}, channels_last=out.channels_last)
        return out

    return handle


LAYERS: dict[str, Handler] = {
    "Dense": _dense, "Conv2D": _conv, "MaxPooling2D": _pool("MaxPool2D"), "AveragePooling2D": _pool("AvgPool2D"),
    "Flatten": _flatten, "Reshape": _reshape, "Activation": _activation_layer,
    "Dropout": _passing("Dropout", lambda k, n, c: {"rate": min(float(c.get("rate", 0.5)), 0.99)}),
    "ReLU": _passing("ReLU", _relu_params),
    "LeakyReLU": _passing("LeakyReLU", lambda k, n, c: {"alpha": float(c.get("negative_slope", c.get("alpha", 0.3)))}),
    "ELU": _passing("ELU", lambda k, n, c: {"alpha": float(c.get("alpha", 1.0))}),
    "Softmax": _passing("Softmax", _softmax_params),
    "BatchNormalization": _batchnorm,
    "SimpleRNN": _recurrent("RNN", 1, [0]), "LSTM": _recurrent("LSTM", 4, [0, 1, 2, 3]),
    "GRU": _recurrent("GRU", 3, [1, 0, 2]),  # Keras z, r, h -> nodeflow r, z, n
    "Add": _merge("Add"), "Concatenate": _merge("Concat"),
}
"""Keras layer class -> how it becomes nodes (keyed by Keras's names)."""


# ----------------------------------------------------------------------------- the file
def import_keras(path: str | Path) -> Imported:
    """Read a `.keras` archive into an editable graph (ImportRefused with one line otherwise)."""
    name = Path(path).name
    archive = SafeZip(name, read_regular_file(path))
    if "config.json" not in archive.members:
        raise ImportRefused(f"{name} has no config.json: not a Keras 3 .keras file")
    if archive.members["config.json"].file_size > MAX_CONFIG_BYTES:
        raise ImportRefused(f"{name}: config.json is larger than {MAX_CONFIG_BYTES // 2**20} MB")
    try:
        config = json.loads(archive.read("config.json").decode("utf-8"),
                            parse_constant=lambda c: (_ for _ in ()).throw(ValueError(c)))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise ImportRefused(f"{name}: config.json is not valid JSON ({str(exc)[:60]})") from None
    if not isinstance(config, dict):
        raise ImportRefused(f"{name}: config.json is not a JSON object")
    weights = None
    if "model.weights.h5" in archive.members:
        try:
            import h5py
        except ImportError:
            raise MissingPackage("reading Keras weights needs h5py: pip install 'nodeflow[interop]' (or pip install h5py)") from None
        data = archive.read("model.weights.h5")
        try:
            weights = h5py.File(io.BytesIO(data), "r")
        except (OSError, ValueError):
            raise ImportRefused(f"{name}: model.weights.h5 is not an HDF5 file") from None
    try:
        return _Keras(config, weights, name).run()
    finally:
        if weights is not None:
            weights.close()

