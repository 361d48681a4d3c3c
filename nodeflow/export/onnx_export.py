"""A trained graph as an ONNX model for inference, checked by ONNX's own checker.

`onnx_model(graph, analysis, arrays)` reads only the analysed graph (order, validated
parameters, input types, inferred weights) and the trained weights `{"node/param": array}`;
each node becomes operators through the ONNX form declared for its type (`onnx_forms`).

The model: one input, the Dataset's `x` (named after the Dataset node, batch axis `N`), and one
output per loss, the loss's prediction input (named after the node that computes it): class
probabilities when a Softmax/Sigmoid comes last, since that is what the graph predicts. Losses,
optimizers and the Dataset are not operators; a nodeflow graph's training set-up (Dataset,
loss, optimizer and training settings) is kept as JSON in the model's metadata
(`nodeflow.training`), so importing the file gives back a graph that trains like the original.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np

from nodeflow.export.onnx_forms import OPSET, NodeContext, OnnxBuilder, form_of, onnx_module
from nodeflow.export.plan import ExportError
from nodeflow.nodes import TensorType

IR_VERSION = 9
"""ONNX IR version written (onnx 1.14+ and onnxruntime 1.15+ read it)."""
TRAINING_KEY = "nodeflow.training"
BATCH = "N"
MODEL_CATEGORIES = ("layer", "activation", "merge")
"""Node categories that become operators; data nodes become the input, losses and optimizers stay out."""


def onnx_model(graph: Any, analysis: Any, arrays: Mapping[str, np.ndarray]) -> Any:
    """The ONNX `ModelProto` of the analysed `graph` with `arrays` as its weights.

    Raises ExportError (one line, naming the node) for a graph that is not valid, a node type
    with no ONNX form, or weights that do not fit the graph."""
    onnx = onnx_module()
    if not analysis.ok:
        raise ExportError(str(analysis.first_error))
    specs = {n: graph.nodes[n].spec for n in analysis.order}
    outputs = _model_outputs(specs, analysis)
    needed = _needed(outputs, specs, analysis)
    data_id = _data_input(needed, specs, analysis)
    _check_weights(needed, analysis, arrays)
    if analysis.params[data_id].get("standardize_target") and analysis.output_type((data_id, "y")).kind != "labels":
        raise ExportError(f"{data_id}: this regression trains on standardized targets and the ONNX model would "
                          "predict in standard units; set standardize_target off and train again to export it")

    builder = OnnxBuilder()
    builder.names.add(data_id)
    values: dict[tuple[str, str], str] = {(data_id, "x"): data_id}
    for node_id in analysis.order:
        if node_id not in needed or node_id == data_id:
            continue
        spec = specs[node_id]
        form = form_of(spec)
        if form is None:
            raise ExportError(f"{node_id}: {spec.type} has no ONNX form, so this graph cannot be exported to ONNX")
        context = NodeContext(
            node_id=node_id, type=spec.type, params=analysis.params[node_id],
            in_types=analysis.input_types(node_id), out_types=analysis.inferred[node_id].outputs,
            inputs={port: values[src] for port, src in analysis.sources[node_id].items()},
            arrays=arrays, builder=builder,
        )
        for port, value in form(context).items():
            values[(node_id, port)] = value

    helper = onnx.helper
    x_type = analysis.output_type((data_id, "x"))
    graph_proto = helper.make_graph(
        builder.nodes,
        _safe_text(graph.name) or "nodeflow",
        [_value_info(data_id, x_type)],
        [_value_info(values[port], analysis.output_type(port)) for port in outputs],
        initializer=builder.initializers,
        doc_string=_safe_text(getattr(graph, "description", "")),
    )
    model = helper.make_model(graph_proto, opset_imports=[helper.make_opsetid("", OPSET)],
                              producer_name="nodeflow", ir_version=IR_VERSION)
    from nodeflow import __version__

    model.producer_version = __version__
    head = training_head(graph, analysis, outputs, values)
    if head is not None:
        helper.set_model_props(model, {TRAINING_KEY: json.dumps(head, ensure_ascii=False)})
    return model


def _safe_text(text: str) -> str:
    return str(text or "").encode("utf-8", "replace").decode("utf-8")[:10_000]


def _value_info(name: str, t: TensorType | None) -> Any:
    onnx = onnx_module()
    dims = [BATCH if d is None else int(d) for d in (t.shape if t is not None else ())]
    return onnx.helper.make_tensor_value_info(name, onnx.TensorProto.FLOAT, dims)


def _model_outputs(specs: Mapping[str, Any], analysis: Any) -> list[tuple[str, str]]:
    """Each loss's prediction input; without losses, every model output nothing else reads."""
    preds = []
    for node_id, spec in specs.items():
        if spec.category == "loss" and "pred" in analysis.sources[node_id]:
            src = analysis.sources[node_id]["pred"]
            if src not in preds:
                preds.append(src)
    if preds:
        return preds
    read = {src for n, spec in specs.items() if spec.category in MODEL_CATEGORIES
            for src in analysis.sources[n].values()}
    sinks = [(n, port) for n, spec in specs.items() if spec.category in MODEL_CATEGORIES
             for port in spec.outputs if (n, port) not in read]
    if not sinks:
        raise ExportError("the graph has no layers to export: wire the Dataset's x through some layers")
    return sinks


def _needed(outputs: list[tuple[str, str]], specs: Mapping[str, Any], analysis: Any) -> set[str]:
    """The nodes the outputs are computed from (data nodes included)."""
    needed: set[str] = set()
    todo = [node for node, _port in outputs]
    while todo:
        node = todo.pop()
        if node in needed:
            continue
        needed.add(node)
        todo.extend(src for src, _port in analysis.sources[node].values())
    for node in needed:
        category = specs[node].category
        if category not in MODEL_CATEGORIES and category != "data":
            raise ExportError(f"{node}: a {category} node cannot be part of an ONNX inference model")
    return needed


def _data_input(needed: set[str], specs: Mapping[str, Any], analysis: Any) -> str:
    """The one data node whose `x` is the model input; its `y` (the answers) may not be used."""
    data = [n for n in analysis.order if n in needed and specs[n].category == "data"]
    if not data:
        raise ExportError("the model does not read any data: wire a Dataset's x into the first layer")
    if len(data) > 1:
        raise ExportError(f"{data[1]}: an ONNX model here takes one input; the graph reads {data[0]} and {data[1]}")
    for node in needed:
        for port, src in analysis.sources[node].items():
            if src[0] == data[0] and src[1] != "x":
                raise ExportError(f"{node}: its input '{port}' is the Dataset's {src[1]}, which an inference model "
                                  "does not get (only x)")
    return data[0]


def _check_weights(needed: set[str], analysis: Any, arrays: Mapping[str, np.ndarray]) -> None:
    for node in analysis.order:
        if node not in needed or node not in analysis.inferred:
            continue
        for name, weight in analysis.inferred[node].weights.items():
            value = arrays.get(f"{node}/{name}")
            if value is None:
                raise ExportError(f"{node}: the trained weights have no '{name}'; train the graph again")
            if tuple(np.shape(value)) != tuple(weight.shape):
                raise ExportError(f"{node}: '{name}' has shape {tuple(np.shape(value))} in the weights but the graph "
                                  f"needs {tuple(weight.shape)}; train the graph again")
            if not np.all(np.isfinite(value)):
                raise ExportError(f"{node}: '{name}' holds nan or inf (a diverged run); train the graph again")


def training_head(graph: Any, analysis: Any, outputs: list[tuple[str, str]],
                  values: Mapping[tuple[str, str], str]) -> dict | None:
    """The training set-up around the model, as plain JSON data (None without a Dataset and loss):
    `{"name", "description", "training", "dataset": {"id", "params"}, "losses": [{"id", "type",
    "params", "pred": output name, "target": "y"}], "optimizers": [{"id", "type", "params", "loss"}]}`."""
    nodes = graph.nodes
    data = [n for n in analysis.order if nodes[n].spec.category == "data"]
    losses = [n for n in analysis.order if nodes[n].spec.category == "loss"]
    if len(data) != 1 or not losses:
        return None
    head: dict[str, Any] = {
        "name": graph.name, "description": getattr(graph, "description", ""),
        "training": dict(graph.training), "dataset": {"id": data[0], "params": dict(nodes[data[0]].params)},
        "losses": [], "optimizers": [],
    }
    for loss in losses:
        sources = analysis.sources[loss]
        pred, target = sources.get("pred"), sources.get("target")
        if pred not in values or target != (data[0], "y"):
            return None  # a set-up this format does not describe: leave it out rather than half of it
        head["losses"].append({"id": loss, "type": nodes[loss].type, "params": dict(nodes[loss].params),
                               "pred": values[pred]})
    for node_id in analysis.order:
        if nodes[node_id].spec.category == "optimizer":
            src = analysis.sources[node_id].get("loss")
            if src is None or src[0] not in losses:
                return None
            head["optimizers"].append({"id": node_id, "type": nodes[node_id].type,
                                       "params": dict(nodes[node_id].params), "loss": src[0]})
    return head


# ----------------------------------------------------------------------------- checking and running
def check(model: Any) -> Any:
    """ONNX's full check and strict shape inference; returns the model with inferred shapes.

    Raises ExportError when the checker refuses the model or the inferred output shapes differ
    from the declared ones (either would be a bug in a form)."""
    onnx = onnx_module()
    try:
        onnx.checker.check_model(model, full_check=True)
        inferred = onnx.shape_inference.infer_shapes(model, check_type=True, strict_mode=True)
    except (onnx.checker.ValidationError, onnx.shape_inference.InferenceError) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ExportError(f"the ONNX checker refused the model: {first}") from None
    for declared, found in zip(model.graph.output, inferred.graph.output, strict=True):
        if _dims(declared) != _dims(found):
            raise ExportError(f"ONNX shape inference gives {_dims(found)} for output {declared.name}, "
                              f"not {_dims(declared)}")
    return inferred


def _dims(info: Any) -> list[Any]:
    return [d.dim_param or d.dim_value for d in info.type.tensor_type.shape.dim]


def run(model: Any, x: np.ndarray) -> list[np.ndarray]:
    """Run the model with onnxruntime on the CPU: x (N, ...) -> one array per output."""
    try:
        import onnxruntime
    except ImportError:
        raise ExportError("running ONNX models needs onnxruntime: pip install 'nodeflow[interop]'") from None
    data = model if isinstance(model, (bytes, str, os.PathLike)) else model.SerializeToString()
    options = onnxruntime.SessionOptions()
    options.log_severity_level = 3  # warnings about unused initializers are not the user's business
    session = onnxruntime.InferenceSession(data if not isinstance(data, os.PathLike) else str(data),
                                           sess_options=options, providers=["CPUExecutionProvider"])
    name = session.get_inputs()[0].name
    return session.run(None, {name: np.ascontiguousarray(x, dtype=np.float32)})


# ----------------------------------------------------------------------------- files and the command
def export_onnx(graph: Any, arrays: Mapping[str, np.ndarray], path: str | os.PathLike) -> Any:
    """Build, check and write the model to `path` atomically; returns the model."""
    from nodeflow.graph.analysis import analyze

    graph = graph.resolved()  # bypassed nodes pass their input through: export the graph without them
    model = onnx_model(graph, analyze(graph), arrays)
    check(model)
    write_atomically(Path(path), model.SerializeToString())
    return model


def write_atomically(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent if str(path.parent) else ".")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


NO_WEIGHTS = ("{graph} has no trained weights ({weights} not found): an ONNX model of untrained weights "
              "predicts nothing useful. Train it first (nodeflow train {graph} --save-weights {weights}) or "
              "pass --weights W.npz")


def cmd_export_onnx(args: Any) -> int:
    """`nodeflow export FILE --target onnx -o MODEL.onnx [--weights W.npz]`.

    The weights are `--weights`, else the `.npz` beside FILE (where the window saves them);
    without either the export is refused: there is nothing trained to serve."""
    import sys

    from nodeflow.compute.weights import read_arrays
    from nodeflow.graph import io
    from nodeflow.graph.document import GraphError

    def fail(message: str, code: int = 2) -> int:
        print("error: " + " ".join(str(message).split()), file=sys.stderr)
        return code

    try:
        graph = io.load(args.file)
    except GraphError as exc:
        return fail(str(exc))
    weights = Path(args.weights) if getattr(args, "weights", None) else Path(args.file).with_suffix(".npz")
    if not weights.is_file():
        if getattr(args, "weights", None):
            return fail(f"no such weights file: {weights}")
        return fail(NO_WEIGHTS.format(graph=args.file, weights=weights))
    try:
        arrays = read_arrays(weights)
        export_onnx(graph, arrays, args.output)
    except (ExportError, ValueError) as exc:
        return fail(str(exc))
    except OSError as exc:
        return fail(f"cannot write {args.output}: {exc.strerror or exc}", 1)
    return 0
