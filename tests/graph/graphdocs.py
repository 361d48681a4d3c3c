"""A small test-only node catalogue and document builders, so graph tests do not depend on the real catalogue."""

from __future__ import annotations

from typing import Any

from nodeflow.nodes import LOSS, Inferred, NodeError, NodeSpec, Param, ShapeError, Weight, batch


def _data(params, inputs):
    if params["fail"]:
        raise NodeError("cannot read data.csv")
    return Inferred({"x": batch(params["features"]), "y": batch(1)})


def _dense(params, inputs):
    t = inputs["in"]
    if len(t.shape) != 2 or t.kind != "float":
        raise ShapeError(f"expects (N, F) but gets {t}", port="in")
    f, u = t.shape[1], params["units"]
    return Inferred({"out": batch(u)}, {"W": Weight((f, u)), "b": Weight((u,), "zeros")}, macs=f * u)


def _same(params, inputs):
    return Inferred({"out": inputs["in"]})


def _add(params, inputs):
    a, b = inputs["a"], inputs["b"]
    if a != b:
        raise ShapeError(f"expects {a} but gets {b}", port="b")
    return Inferred({"out": a})


def _loss(params, inputs):
    p, t = inputs["pred"], inputs["target"]
    if p.shape != t.shape:
        raise ShapeError(f"expects {p} but gets {t}", port="target")
    return Inferred({"loss": LOSS})


def _broken(params, inputs):
    return 1 / 0


SPECS = [
    NodeSpec("TData", "data", "data", _data, inputs=(), outputs=("x", "y"),
             params=(Param("features", "int", 2, "f", low=1), Param("fail", "bool", False, "f"),
                     Param("path", "str", "", "p"))),
    NodeSpec("TDense", "layer", "dense", _dense,
             params=(Param("units", "int", 4, "u", low=1, high=100000), Param("rate", "float", 0.5, "r", low=0, high=1))),
    NodeSpec("TReLU", "activation", "relu", _same, legacy_names=("TRectifier",)),
    NodeSpec("TAdd", "merge", "add", _add, inputs=("a", "b")),
    NodeSpec("TMSE", "loss", "mse", _loss, inputs=("pred", "target"), outputs=("loss",)),
    NodeSpec("TSGD", "optimizer", "sgd", lambda p, i: Inferred({}), inputs=("loss",), outputs=(),
             params=(Param("lr", "float", 0.1, "lr", low=0),)),
    NodeSpec("TBroken", "layer", "broken", _broken),
]


def doc(nodes: list[tuple], edges: list[tuple[str, str]], **extra: Any) -> dict:
    """A document from `(id, type, params)` tuples and `"a.x" -> "b.in"` pairs."""
    return {
        "format": "nodeflow",
        "version": 1,
        "name": extra.pop("name", "test"),
        "nodes": [{"id": n[0], "type": n[1], "params": n[2] if len(n) > 2 else {}} for n in nodes],
        "edges": [{"from": s.split("."), "to": d.split(".")} for s, d in edges],
        **extra,
    }


def mlp_doc() -> dict:
    """data -> fc1 -> relu -> fc2 -> mse <- data.y ; mse -> sgd."""
    return doc(
        [("data", "TData", {"features": 3}), ("fc1", "TDense", {"units": 8}), ("relu", "TReLU"),
         ("fc2", "TDense", {"units": 1}), ("mse", "TMSE"), ("sgd", "TSGD")],
        [("data.x", "fc1.in"), ("fc1.out", "relu.in"), ("relu.out", "fc2.in"), ("fc2.out", "mse.pred"),
         ("data.y", "mse.target"), ("mse.loss", "sgd.loss")],
    )
