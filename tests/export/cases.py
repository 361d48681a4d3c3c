"""Small graphs that together use every node type, every optimizer and every dataset source."""

from __future__ import annotations

from nodeflow.graph.document import Graph
from nodeflow.nodes import REGISTRY

Chain = list[tuple[str, dict]]


def chain_graph(data: dict, layers: Chain, loss: str = "CrossEntropy", optimizer: str = "SGD",
                opt_params: dict | None = None, name: str = "case", ids: list[str] | None = None,
                dtype: str = "float64") -> Graph:
    """data -> layers... -> loss(pred, data.y) -> optimizer. `layers` entries (type, params);
    an "Add"/"Concat" entry takes the previous output on both inputs (a fan-out)."""
    g = Graph(name)
    g.training = {"epochs": 2, "seed": 3, "dtype": dtype}
    # raw regression targets, as these cases were written (standardized targets have their own
    # tests in tests/compute/test_target_standardization.py; ONNX refuses them)
    g.add_node("Dataset", {"n_samples": 60, "batch_size": 16, "standardize_target": False, **data}, node_id="data")
    prev = ("data", "x")
    for i, (type_name, params) in enumerate(layers):
        node_id = ids[i] if ids else f"l{i}"
        g.add_node(type_name, params, node_id=node_id)
        inputs = REGISTRY.get(type_name).inputs
        for port in inputs:
            g.connect(prev, (node_id, port))
        prev = (node_id, "out")
    g.add_node(loss, {}, node_id="loss")
    g.connect(prev, ("loss", "pred"))
    g.connect(("data", "y"), ("loss", "target"))
    g.add_node(optimizer, {"lr": 0.05, **(opt_params or {})}, node_id="opt")
    g.connect(("loss", "loss"), ("opt", "loss"))
    return g


MOONS = {"source": "moons", "noise": 0.2}
IMAGES = {"source": "digits", "as_images": True, "validation_split": 0.9, "test_split": 0.05}
SINE = {"source": "sine", "seq_len": 5}
LINEAR = {"source": "linear", "features": 3}
HEAD = [("Dense", {"units": 2}), ("Softmax", {})]

CASES: dict[str, Graph] = {}


def _add(name: str, graph: Graph) -> None:
    CASES[name] = graph


for act in ("ReLU", "LeakyReLU", "ELU", "SELU", "Sigmoid", "Tanh", "Softplus", "Step", "Identity"):
    _add(act, chain_graph(MOONS, [("Dense", {"units": 4}), (act, {})] + HEAD))
_add("Detach", chain_graph(MOONS, [("Dense", {"units": 4}), ("Tanh", {}), ("Detach", {}), ("Dense", {"units": 4}),
                                   ("ReLU", {})] + HEAD, optimizer="Adam", opt_params={"weight_decay": 0.1}))
_add("Dropout", chain_graph(MOONS, [("Dense", {"units": 8}), ("Dropout", {"rate": 0.3})] + HEAD))
_add("BatchNorm", chain_graph(MOONS, [("Dense", {"units": 4}), ("BatchNorm", {"momentum": 0.8})] + HEAD))
_add("Reshape", chain_graph(MOONS, [("Dense", {"units": 4}), ("Reshape", {"shape": [2, 2]}), ("Flatten", {})] + HEAD))
_add("Add", chain_graph(MOONS, [("Dense", {"units": 4}), ("Tanh", {}), ("Add", {})] + HEAD))
_add("Concat", chain_graph(MOONS, [("Dense", {"units": 4}), ("Concat", {"axis": -1})] + HEAD))
_add("Conv2D+MaxPool2D+BatchNorm", chain_graph(IMAGES, [
    ("Conv2D", {"filters": 2, "kernel_size": 3, "padding": "same"}), ("BatchNorm", {}), ("ReLU", {}),
    ("MaxPool2D", {}), ("Flatten", {}), ("Dense", {"units": 10}), ("Softmax", {})]))
_add("Conv2D+AvgPool2D", chain_graph(IMAGES, [
    ("Conv2D", {"filters": 2, "kernel_size": 3, "stride": 2, "use_bias": False}), ("AvgPool2D", {"pool_size": 2, "stride": 1}),
    ("Flatten", {}), ("Dense", {"units": 10}), ("Softmax", {})]))
for rnn in ("RNN", "LSTM", "GRU"):
    _add(rnn, chain_graph(SINE, [(rnn, {"units": 3}), ("Dense", {"units": 1})], loss="MSE"))
_add("GRU-sequences", chain_graph(SINE, [("GRU", {"units": 3, "return_sequences": True}), ("Flatten", {}),
                                         ("Dense", {"units": 1})], loss="MSE"))
for loss in ("MSE", "MAE", "Huber"):
    _add(loss, chain_graph(LINEAR, [("Dense", {"units": 1})], loss=loss))
_add("BCE", chain_graph(MOONS, [("Dense", {"units": 1}), ("Sigmoid", {})], loss="BCE"))
_add("CrossEntropy-unfused", chain_graph(MOONS, [("Dense", {"units": 2}), ("Softmax", {}), ("Identity", {})]))
for opt, extra in (("Momentum", {"nesterov": True}), ("AdaGrad", {}), ("RMSProp", {"lr": 0.01}),
                   ("Adam", {"weight_decay": 0.01, "schedule": "cosine"})):
    _add(opt, chain_graph(MOONS, [("Dense", {"units": 4}), ("Tanh", {})] + HEAD, optimizer=opt, opt_params=extra))
for source in ("xor", "circles", "spirals", "iris", "wine", "breast_cancer"):
    k = {"spirals": 3, "iris": 3, "wine": 3}.get(source, 2)
    _add(f"data-{source}", chain_graph({"source": source}, [("Dense", {"units": k}), ("Softmax", {})]))
_add("data-diabetes", chain_graph({"source": "diabetes"}, [("Dense", {"units": 1})], loss="MSE"))
_add("float32-step-schedule", chain_graph(MOONS, [("Dense", {"units": 4}), ("ReLU", {})] + HEAD, optimizer="Adam",
                                          opt_params={"schedule": "step", "decay_epochs": 1}, dtype="float32"))

NODE_TYPES_USED = {n.type for g in CASES.values() for n in g.nodes.values()}
