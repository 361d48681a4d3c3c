"""What a declaration says for the Explain tab holds (issue 12: knowledge about a type lives on
its declaration). Driven by the registry: every explainer a declaration names resolves; the
closed form an activation or a loss declares agrees with its kernel, so the numbers Explain
recomputes "beside the engine's" are the textbook formula and the kernel really follows it."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from nodeflow.compute.explain_update import resolve
from nodeflow.nodes import REGISTRY, NodeSpec, TensorType

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "compute"))
from kernel_harness import make_kernel  # noqa: E402

SPECS = list(REGISTRY)
ACTIVATIONS = [s for s in SPECS if s.category == "activation" and s.closed_form is not None]
LOSSES = [s for s in SPECS if s.category == "loss" and s.closed_form is not None]


@pytest.mark.parametrize("spec", [s for s in SPECS if s.explainer], ids=lambda s: s.type)
def test_the_explainer_a_declaration_names_resolves(spec: NodeSpec):
    assert callable(resolve(spec.explainer))


def test_every_activation_layer_loss_and_optimizer_of_the_course_has_formulas():
    for name in ("Dense", "Conv2D", "LSTM", "ReLU", "Sigmoid", "Tanh", "Softmax", "MSE", "CrossEntropy",
                 "SGD", "Momentum", "AdaGrad", "RMSProp", "Adam", "Dropout", "BatchNorm"):
        assert REGISTRY.get(name).formulas, name


def test_the_course_activations_and_losses_declare_closed_forms():
    assert {"ReLU", "LeakyReLU", "ELU", "SELU", "Sigmoid", "Tanh", "Softplus", "Step", "Identity"} <= {
        s.type for s in ACTIVATIONS}
    assert {"MSE", "MAE", "Huber", "BCE", "CrossEntropy"} <= {s.type for s in LOSSES}


@pytest.mark.parametrize("spec", ACTIVATIONS, ids=lambda s: s.type)
def test_an_activations_closed_form_is_what_its_kernel_computes(spec: NodeSpec):
    rng = np.random.default_rng(0)
    s = rng.standard_normal((6, 8)) * 3
    s[0, :3] = [-1e-3, 1e-3, 2.5]
    params = spec.defaults()
    kernel = make_kernel(_resolve(spec.kernel), params, {"in": s}, dtype=np.float64,
                         input_types={"in": TensorType((None, 8))}, inferred=spec.infer(params, {"in": TensorType((None, 8))}))
    y = kernel.forward({"in": s}, True, np.random.default_rng(0))["out"]
    np.testing.assert_allclose(spec.closed_form.f(s, params), y, rtol=1e-12, atol=1e-12)
    upstream = rng.standard_normal(s.shape)
    dx = kernel.backward({"out": upstream})["in"]
    np.testing.assert_allclose(upstream * spec.closed_form.df(s, params), dx, rtol=1e-10, atol=1e-12)


@pytest.mark.parametrize("spec", LOSSES, ids=lambda s: s.type)
def test_a_losss_closed_form_derivative_is_what_its_kernel_computes(spec: NodeSpec):
    rng = np.random.default_rng(1)
    params = spec.defaults()
    sample = dict(spec.sample())
    if spec.fuses_with == "Softmax":  # probabilities against class labels
        z = rng.standard_normal((5, 4))
        pred = np.exp(z) / np.exp(z).sum(axis=1, keepdims=True)
        target = rng.integers(0, 4, 5)
        dense_target = np.eye(4)[target]
    elif spec.fuses_with == "Sigmoid":
        pred, target = rng.uniform(0.05, 0.95, (5, 1)), rng.integers(0, 2, 5)
        dense_target = target.reshape(5, 1).astype(np.float64)
    else:
        pred, target = rng.standard_normal((5, 1)) * 2, rng.standard_normal((5, 1))
        dense_target = target
        sample = {"pred": TensorType((None, 1)), "target": TensorType((None, 1))}
    kernel = make_kernel(_resolve(spec.kernel), params, {"pred": pred, "target": target}, dtype=np.float64,
                         input_types=sample, inferred=spec.infer(params, sample))
    kernel.forward({"pred": pred, "target": target}, True, np.random.default_rng(0))
    dp = kernel.backward({"loss": np.array(1.0)})["pred"]
    count = pred.shape[0] if spec.closed_form.mean == "rows" else pred.size
    np.testing.assert_allclose(spec.closed_form.df(pred, dense_target, params) / count, dp, rtol=1e-10, atol=1e-12)


def _resolve(path: str):
    return resolve(path)
