"""One harness for every registered node type, driven by the registry (like Keras's `run_layer_test`).

Nothing here names a node type: a newly registered type is covered as soon as it is declared,
and a type with inputs but no `sample_inputs` on its declaration fails. For every type: the
declaration (help, ports, parameters with defaults), the sample infers, the node builds in a
minimal graph and the analysis agrees with the shape rule, the file format keeps it; for every
kernel (layer, merge, activation, loss): the forward pass gives the inferred shapes, backward
matches central differences, and the torch form (where torch is installed) computes the same.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from nodeflow.nodes import CATEGORIES, LOSS, REGISTRY, NodeSpec, TensorType

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "compute"))
from kernel_harness import check_gradients, make_kernel  # noqa: E402

SPECS = list(REGISTRY)
IDS = [s.type for s in SPECS]
KERNEL_CATEGORIES = ("layer", "merge", "activation", "loss")
KERNELS = [s for s in SPECS if s.category in KERNEL_CATEGORIES]
N = 3


def _sample(spec: NodeSpec):
    sample = spec.sample()
    assert sample is not None, f"{spec.type}: declare sample_inputs on its NodeSpec (typical input types)"
    return sample


def _values(types: dict[str, TensorType], rng: np.random.Generator, spec: NodeSpec) -> dict[str, np.ndarray]:
    """Random arrays of the sample types: normals, labels below `classes`, (action, target) pairs.
    The pred of a loss that is not fed logits is made a probability where the loss needs one."""
    out: dict[str, np.ndarray] = {}
    for port, t in types.items():
        if t.kind == "labels":
            out[port] = rng.integers(0, t.classes or 2, size=N)
        elif t.kind == "td":
            out[port] = np.stack([rng.integers(0, t.classes or 2, size=N).astype(np.float64),
                                  rng.standard_normal(N)], axis=1)
        else:
            out[port] = rng.standard_normal((N, *t.sample_shape))
    return out


def _resolve(path: str):
    module, name = path.split(":")
    return getattr(importlib.import_module(module), name)


def _kernel(spec: NodeSpec, seed: int = 0, logits: bool = False):
    params, sample = spec.defaults(), _sample(spec)
    inferred = spec.infer(params, sample)
    rng = np.random.default_rng(seed)
    xs = _values(dict(sample), rng, spec)
    weights = {name: rng.standard_normal(w.shape) * 0.5 + (1.0 if w.init == "ones" else 0.0)
               for name, w in inferred.weights.items()}
    attrs = {"from_logits": True} if logits else None
    kernel = make_kernel(_resolve(spec.kernel), params, xs, weights, dtype=np.float64, attrs=attrs,
                         input_types=dict(sample), inferred=inferred)
    return kernel, xs, weights, inferred


def _modes(spec: NodeSpec) -> list[bool]:
    """A loss fused with an activation is checked on logits (its probabilities need a range)."""
    return [True] if spec.fuses_with else [False]


# ------------------------------------------------------------------ declaration
@pytest.mark.parametrize("spec", SPECS, ids=IDS)
def test_declaration(spec: NodeSpec):
    assert spec.category in CATEGORIES
    assert spec.help.strip() and "\n" not in spec.help
    assert all(isinstance(p, str) and p for p in (*spec.inputs, *spec.outputs))
    assert len(set(spec.inputs)) == len(spec.inputs) and len(set(spec.outputs)) == len(spec.outputs)
    if spec.category != "optimizer":
        assert spec.outputs, "only an optimizer ends the graph"
    for p in spec.params:
        assert p.help.strip() and "\n" not in p.help, p.name
        assert p.coerce(p.default) == p.default, p.name
    assert spec.validate_params({}) == spec.defaults()
    assert isinstance(spec.describe(spec.defaults()), str)
    if spec.kernel is not None:
        assert _resolve(spec.kernel) is not None


@pytest.mark.parametrize("spec", SPECS, ids=IDS)
def test_sample_infers(spec: NodeSpec):
    sample = _sample(spec)
    assert set(sample) == set(spec.inputs)
    inferred = spec.infer(spec.defaults(), sample)
    assert set(inferred.outputs) == set(spec.outputs)
    if spec.category == "loss":
        assert inferred.outputs == {spec.outputs[0]: LOSS}


def test_a_type_without_a_sample_fails_the_harness():
    spec = next(s for s in KERNELS if s.inputs)
    bare = NodeSpec(type="Bare", category=spec.category, help="x", shape_rule=spec.shape_rule,
                    inputs=spec.inputs, outputs=spec.outputs, kernel=spec.kernel)
    with pytest.raises(AssertionError, match="declare sample_inputs"):
        _sample(bare)


# ------------------------------------------------------------------ in a graph
def _minimal_graph(spec: NodeSpec):
    """The node fed by Noise sources of its sample's float types (other kinds: no graph)."""
    from nodeflow.graph.document import Graph

    sample = _sample(spec)
    if any(t.kind != "float" for t in sample.values()):
        return None
    g = Graph("harness")
    g.add_node(spec.type, {}, node_id="node")
    for port, t in sample.items():
        src = g.add_node("Noise", {"shape": list(t.sample_shape), "batch_size": N}, node_id=f"src_{port}")
        g.connect((src.id, "out"), ("node", port))
    return g


@pytest.mark.parametrize("spec", [s for s in SPECS if s.category != "optimizer"], ids=lambda s: s.type)
def test_builds_in_a_minimal_graph_and_survives_save_and_load(spec: NodeSpec, tmp_path):
    from nodeflow.graph import io
    from nodeflow.graph.analysis import analyze

    g = _minimal_graph(spec)
    if g is None:
        pytest.skip(f"{spec.type}: its sample takes {[t.kind for t in _sample(spec).values()]} inputs, "
                    "which only a Dataset/Environment gives")
    a = analyze(g)
    assert "node" in a.inferred, str(a.errors if hasattr(a, "errors") else a.first_error)
    assert a.inferred["node"].outputs == spec.infer(spec.defaults(), _sample(spec)).outputs
    path = tmp_path / "g.nodeflow"
    io.save(g, path)
    back = io.load(path)
    assert back.nodes["node"].type == spec.type
    assert analyze(back).inferred["node"].outputs == a.inferred["node"].outputs


# ------------------------------------------------------------------ kernels
@pytest.mark.parametrize("spec", KERNELS, ids=lambda s: s.type)
def test_forward_gives_the_inferred_shapes(spec: NodeSpec):
    for logits in {False, *_modes(spec)}:
        kernel, xs, _, inferred = _kernel(spec, logits=logits)
        for training in (True, False):
            out = kernel.forward(xs, training, np.random.default_rng(0))
            assert set(out) == set(inferred.outputs)
            for port, t in inferred.outputs.items():
                got = np.asarray(out[port])
                if t.kind == "loss":
                    assert got.shape == () and np.isfinite(got)
                else:
                    assert got.shape == (N, *t.sample_shape), (port, got.shape, t)
                    assert np.isfinite(got).all()


@pytest.mark.parametrize("spec", KERNELS, ids=lambda s: s.type)
def test_backward_matches_central_differences(spec: NodeSpec):
    for logits in _modes(spec):
        params, sample = spec.defaults(), _sample(spec)
        kernel, xs, weights, inferred = _kernel(spec, logits=logits)
        target_grad = getattr(kernel, "target_grad", False)
        no_grad = tuple(p for p in spec.inputs if spec.category == "loss" and p == "target" and not target_grad)
        if spec.stops_gradient:  # passes values, no gradient: backward gives none (or zeros)
            kernel.forward(xs, True, np.random.default_rng(0))
            back = kernel.backward({p: np.ones((N, *t.sample_shape)) for p, t in inferred.outputs.items()})
            assert all(not np.any(back.get(p, 0.0)) for p in spec.inputs)
            no_grad = spec.inputs
        check_gradients(_resolve(spec.kernel), params, xs, weights, training=True, no_grad=no_grad,
                        attrs={"from_logits": True} if logits else None, input_types=dict(sample),
                        inferred=inferred, tol=1e-5)


# ------------------------------------------------------------------ torch
def _torch_value(spec: NodeSpec, kernel, xs, weights, logits: bool):
    torch = pytest.importorskip("torch")
    import torch.nn.functional as F
    from torch import nn

    form = spec.torch
    if form is None:
        pytest.skip(f"{spec.type} has no torch form")
    params = spec.defaults()
    shapes = {p: t.shape for p, t in _sample(spec).items()}
    env = {"torch": torch, "F": F, "nn": nn}
    tensors = {}
    for port, x in xs.items():
        t = torch.from_numpy(np.asarray(x))
        tensors[port] = t if t.dtype == torch.int64 else t.to(torch.float64)
    if spec.category == "loss":
        if form.loss is None:
            pytest.skip(f"{spec.type} has no torch loss form")
        return eval(form.loss(params, logits), env, {"pred": tensors["pred"], "target": tensors["target"]})
    me = SimpleNamespace()
    if form.module is not None:
        module = eval(form.module(params, shapes), env).to(torch.float64)
        with torch.no_grad():
            for attr, name, transpose in form.copy:
                if name in weights:
                    value = weights[name].T if transpose else weights[name]
                    getattr(module, attr).copy_(torch.from_numpy(np.ascontiguousarray(value)))
            for attr in form.frozen:
                getattr(module, attr).zero_()
        module.eval()
        me.m = module
    names = {port: f"v_{port}" for port in xs}
    expr = form.call(params, names, shapes).replace("{me}", "m")
    with torch.no_grad():
        return eval(expr, env, {"self": me, **{names[p]: tensors[p] for p in xs}})


@pytest.mark.parametrize("spec", KERNELS, ids=lambda s: s.type)
def test_torch_form_computes_the_same(spec: NodeSpec):
    for logits in _modes(spec):
        kernel, xs, weights, _ = _kernel(spec, logits=logits)
        got = _torch_value(spec, kernel, xs, weights, logits)
        out = kernel.forward(xs, False, np.random.default_rng(0))
        mine = np.asarray(out[spec.outputs[0]])
        np.testing.assert_allclose(np.asarray(got.detach().numpy()), mine, rtol=1e-7, atol=1e-9,
                                   err_msg=f"{spec.type}: torch form and kernel differ")


@pytest.mark.parametrize("spec", [s for s in SPECS if s.category == "optimizer"], ids=lambda s: s.type)
def test_optimizer_torch_form_builds(spec: NodeSpec):
    torch = pytest.importorskip("torch")
    if spec.torch is None or spec.torch.optimizer is None:
        pytest.skip(f"{spec.type} has no torch.optim form")
    params = [torch.nn.Parameter(torch.zeros(3))]
    opt = eval(spec.torch.optimizer(spec.defaults()), {"torch": torch}, {"params": params})
    assert isinstance(opt, torch.optim.Optimizer)
    assert opt.param_groups[0]["lr"] == spec.defaults()["lr"]


# ------------------------------------------------------------------ palette
def test_every_type_appears_in_the_palette(qapp):
    from nodeflow.ui.palette import Palette

    palette = Palette()
    shown = palette.categories()
    for spec in SPECS:
        assert spec.type in shown.get(spec.category, []), spec.type
