"""Random graphs against PyTorch in float64 (issue 11): a hypothesis property test.

Each example is a graph drawn at random: a Dataset (features, a sequence or 8x8 images), a chain
of layers, activations and merges with random parameters (every layer, activation and merge
type of the registry can be drawn, Dropout and weight sharing aside: Dropout's masks come from
another generator, sharing needs two Dense), and a loss head (regression, fused or unfused
CrossEntropy / BCE). The engine's loss and every weight's gradient for one batch are compared
with PyTorch's autograd of the same graph twice: written by an independent translation from the
equations (tests/compute/torch_oracle.py, which reads no declaration's torch form), and written
with each node's torch form (what the exporter writes); both from the engine's initial weights.
Skipped with a reason without torch.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nodeflow.compute.network import Network
from nodeflow.graph.analysis import analyze
from nodeflow.nodes import REGISTRY, NodeError
from tests.compute.graphs import build
from tests.compute.torch_oracle import oracle_loss

torch = pytest.importorskip("torch", reason="the random-graph property test compares with PyTorch")
F = torch.nn.functional

pytestmark = pytest.mark.torch

SKIP = {"Dropout"}
CHAIN = [s for s in REGISTRY if s.category in ("layer", "activation") and s.type not in SKIP and len(s.inputs) == 1]
MERGES = [s for s in REGISTRY if s.category == "merge"]
SOURCES = [
    ({"source": "linear", "features": 3}, "regression"),
    ({"source": "sine"}, "regression"),
    ({"source": "digits", "as_images": True}, "classes"),
    ({"source": "moons"}, "two"),
]
BATCH = 5


def _params(spec, rng, sample: tuple[int, ...]) -> dict:
    """Small random values for every parameter (a choice the shape rule refuses is redrawn)."""
    out = {}
    for p in spec.params:
        if p.name == "share":
            continue
        if p.kind == "bool":
            out[p.name] = bool(rng.integers(2))
        elif p.kind == "choice":
            out[p.name] = str(rng.choice(p.choices))
        elif p.kind == "int_or_choice":
            out[p.name] = rng.choice([*p.choices, 0, 1]).item()
        elif p.kind == "int":
            if p.name == "axis":
                out[p.name] = int(rng.choice([-1, *range(1, len(sample) + 1)]))
            else:
                low = int(p.low if p.low is not None else 1)
                out[p.name] = int(rng.integers(low, min(int(p.high), low + 4) + 1))
        elif p.kind == "float":
            low = float(p.low if p.low is not None else 0.0)
            high = min(float(p.high if p.high is not None else low + 1.0), low + 1.0)
            out[p.name] = float(rng.uniform(low, high))
        elif p.kind == "ints":
            size = int(np.prod(sample))
            out[p.name] = [[size], [size, 1], [1, size]][int(rng.integers(3))]
    return out


def _random_graph(seed: int):
    """A graph that checks, and the kind of its target."""
    rng = np.random.default_rng(seed)
    source, task = SOURCES[int(rng.integers(len(SOURCES)))]
    nodes = [("data", "Dataset", {**source, "batch_size": BATCH})]
    edges: list[str] = []
    last = "data.x"
    types = []

    def sample_of(port: str) -> tuple[int, ...] | None:
        analysis = analyze(build(nodes, edges))
        node, name = port.split(".")
        if node in analysis.errors or node not in analysis.inferred:
            return None
        return analysis.inferred[node].outputs[name].sample_shape

    for i in range(int(rng.integers(1, 5))):
        sample = sample_of(last)
        for _try in range(8):
            merge = rng.random() < 0.2
            spec = MERGES[int(rng.integers(len(MERGES)))] if merge else CHAIN[int(rng.integers(len(CHAIN)))]
            node = f"n{i}"
            params = _params(spec, rng, sample)
            extra_nodes, extra_edges = [(node, spec.type, params)], []
            if merge:  # b: the same value through an activation
                branch = f"b{i}"
                act = str(rng.choice(["ReLU", "Tanh", "Identity", "Sigmoid"]))
                extra_nodes.insert(0, (branch, act, {}))
                extra_edges = [f"{last} -> {branch}.in", f"{last} -> {node}.a", f"{branch}.out -> {node}.b"]
            else:
                extra_edges = [f"{last} -> {node}.in"]
            analysis = analyze(build(nodes + extra_nodes, edges + extra_edges))
            if not any(n in analysis.errors or n not in analysis.inferred for n, _, _ in extra_nodes):
                nodes += extra_nodes
                edges += extra_edges
                last = f"{node}.out"
                types.append(spec.type)
                break
    sample = sample_of(last)
    if sample is None:
        return None
    if len(sample) > 1:
        nodes.append(("flat", "Flatten", {}))
        edges.append(f"{last} -> flat.in")
        last = "flat.out"
    head = int(rng.integers(3))
    unfused = bool(rng.integers(2))
    if task == "regression" and head < 2:
        loss = ["MSE", "MAE", "Huber"][int(rng.integers(3))]
        nodes += [("out", "Dense", {"units": 1}), ("loss", loss, {"delta": float(rng.uniform(0.1, 2))} if loss == "Huber" else {})]
        edges += [f"{last} -> out.in", "out.out -> loss.pred"]
        target = "float"
    elif task == "classes" or (task == "two" and head == 0):
        k = 10 if task == "classes" else 2
        nodes += [("out", "Dense", {"units": k}), ("act", "Softmax", {}), ("loss", "CrossEntropy", {})]
        edges += [f"{last} -> out.in", "out.out -> act.in"]
        target = f"labels{k}"
    else:
        nodes += [("out", "Dense", {"units": 1}), ("act", "Sigmoid", {}), ("loss", "BCE", {})]
        edges += [f"{last} -> out.in", "out.out -> act.in"]
        target = "labels2" if task == "two" else "probability"
    if "act" in {n for n, _, _ in nodes}:
        if unfused:
            nodes.append(("id", "Identity", {}))
            edges += ["act.out -> id.in", "id.out -> loss.pred"]
        else:
            edges.append("act.out -> loss.pred")
    nodes.append(("opt", "SGD", {}))
    edges += ["data.y -> loss.target", "loss.loss -> opt.loss"]
    graph = build(nodes, edges, training={"seed": seed % 1000, "dtype": "float64"})
    return graph, target, types


def _torch_loss(graph, analysis, net, x, y):
    """The graph in torch: each node's torch form, the engine's weights; loss and parameters."""
    env = {"torch": torch, "F": F, "nn": torch.nn}
    values = {("data", "x"): torch.from_numpy(x), ("data", "y"): torch.from_numpy(y)}
    params = {}
    plan = analysis.plan

    class Me:
        pass

    for n in plan.running:
        spec = graph.nodes[n].spec
        form = spec.torch
        ins = plan.inputs[n]
        shapes = {p: analysis.input_types(n)[p].shape for p in spec.inputs}
        if spec.category == "loss":
            pred, target = values[ins["pred"]], values[ins["target"]]
            if target.dtype != torch.int64:
                target = target.to(torch.float64)
            loss = eval(form.loss(analysis.params[n], n in plan.fused), env, {"pred": pred, "target": target})
            continue
        me = Me()
        if form.module is not None:
            module = eval(form.module(analysis.params[n], shapes), env).to(torch.float64)
            module.train()
            kernel = net.kernels[n]
            with torch.no_grad():
                for attr, name, transpose in form.copy:
                    if name in kernel.w:
                        value = kernel.w[name].T if transpose else kernel.w[name]
                        getattr(module, attr).copy_(torch.from_numpy(np.ascontiguousarray(value)))
                        params[(n, name)] = (getattr(module, attr), transpose)
                for attr in form.frozen:
                    getattr(module, attr).zero_()
                    getattr(module, attr).requires_grad_(False)
            me.m = module
        names = {p: f"v_{p}" for p in spec.inputs}
        local = {names[p]: values[ins[p]] for p in spec.inputs}
        out = eval(form.call(analysis.params[n], names, shapes).replace("{me}", "m"), env, {"self": me, **local})
        values[(n, spec.outputs[0])] = out
    return loss, params


FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(seed=st.integers(0, 2**31 - 1))
def test_random_graphs_match_torch_in_float64(seed):
    made = _random_graph(seed)
    if made is None:
        return
    graph, target, _types = made
    _types = [graph.nodes[n].type for n in graph.nodes]
    analysis = analyze(graph)
    assert not analysis.errors, analysis.errors
    net = Network.compile(graph, analysis, "float64", seed=0)
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((BATCH, *analysis.inferred["data"].outputs["x"].sample_shape))
    if target == "float":
        y = rng.standard_normal((BATCH, 1))
    elif target == "probability":
        y = rng.uniform(0, 1, (BATCH, 1))
    else:
        y = rng.integers(0, int(target[6:]), BATCH)
    weights = {n: {name: np.array(v) for name, v in kernel.w.items()} for n, kernel in net.kernels.items()}
    loss = float(net.forward(x, y, True, np.random.default_rng(0)))
    net.backward(0)
    # 1. the independent translation (tests/compute/torch_oracle.py): written from the equations
    o_loss, o_leaves = oracle_loss(graph, analysis, weights, x, y)
    o_loss.backward()
    assert loss == pytest.approx(float(o_loss.detach()), rel=1e-9, abs=1e-12), f"oracle loss in {_types}"
    for (n, name), leaf in o_leaves.items():
        grad = leaf.grad.numpy() if leaf.grad is not None else np.zeros(tuple(leaf.shape))
        np.testing.assert_allclose(net.kernels[n].g[name], grad, rtol=1e-6, atol=1e-9,
                                   err_msg=f"oracle: {n}.{name} in {_types}")
    # 2. the exporter's torch forms, on the same graph
    try:
        t_loss, t_params = _torch_loss(graph, analysis, net, x, y)
    except NodeError as exc:  # a form that says it cannot write this (BatchNorm over sequences)
        assert "no torch equivalent" in str(exc)
        return
    t_loss.backward()
    assert loss == pytest.approx(float(t_loss.detach()), rel=1e-9, abs=1e-12)
    for (n, name), (param, transpose) in t_params.items():
        grad = param.grad.numpy() if param.grad is not None else np.zeros(tuple(param.shape))
        np.testing.assert_allclose(net.kernels[n].g[name], grad.T if transpose else grad, rtol=1e-6, atol=1e-9,
                                   err_msg=f"{n}.{name} in {_types}")


def test_every_chain_and_merge_type_can_be_drawn():
    """The generator reaches every type it may draw (over a fixed set of seeds)."""
    seen = set()
    for seed in range(300):
        made = _random_graph(seed)
        if made is not None:
            seen.update(made[2])
    assert {s.type for s in CHAIN + MERGES} <= seen, {s.type for s in CHAIN + MERGES} - seen
