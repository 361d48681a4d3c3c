"""CrossEntropy and BCE of probabilities (the unfused path): the gradient is the derivative of
the reported loss, and the convention is torch's (logs clamped at -100) (issue 11)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from nodeflow.compute import datasets
from nodeflow.compute.graph_gradcheck import worst_errors
from nodeflow.compute.kernels import losses
from nodeflow.compute.network import Network
from nodeflow.graph.analysis import analyze
from tests.compute.graphs import build

FLOOR = math.exp(-100)
# saturated, tiny, clamped, exact 0/1 and ordinary probabilities
P = np.array([0.0, 1e-300, 1e-50, 1e-20, 1e-9, 1e-5, 0.3, 0.5, 0.9, 1 - 1e-9, 1.0])


def _unfused_graph(loss: str) -> object:
    act, units, source = ("Sigmoid", 1, "moons") if loss == "BCE" else ("Softmax", 3, "iris")
    return build(
        [("data", "Dataset", {"source": source, "n_samples": 60}), ("fc1", "Dense", {"units": 5}),
         ("fc2", "Dense", {"units": units}), ("act", act, {}), ("id", "Identity", {}),
         ("loss", loss, {}), ("opt", "SGD", {})],
        ["data.x -> fc1.in", "fc1.out -> fc2.in", "fc2.out -> act.in", "act.out -> id.in", "id.out -> loss.pred",
         "data.y -> loss.target", "loss.loss -> opt.loss"],
    )


@pytest.mark.parametrize("loss", ["BCE", "CrossEntropy"])
@pytest.mark.parametrize("scale", [1.0, 10.0, 40.0, 400.0])
def test_gradcheck_passes_on_the_unfused_path_even_saturated(loss, scale):
    """Inputs scaled up saturate the output; every target is the class the network finds least
    likely, so p of the target goes from ordinary (scale 1) past 1e-7 (scale 10, 40: clipped
    there before, the check failed) to below e^-100 (scale 400: the clamp holds, the derivative
    is 0 and so is the engine's). (Saturation towards p = 1 is not tried: 1 - p is then rounded
    to a multiple of 1.1e-16, which no loss of probabilities can undo; the fused path can.)"""
    graph = _unfused_graph(loss)
    analysis = analyze(graph)
    x, _ = datasets.load(analysis.params["data"], 0, np.float64).train
    x = x[:8] * scale
    net = Network.compile(graph, analysis, "float64", seed=0)
    net.forward(x, np.zeros(8, np.int64), True, np.random.default_rng(0))
    p = net.prediction()
    y = np.ones(8, np.int64) if loss == "BCE" else p.argmin(axis=1)
    errors = worst_errors(graph, data=(x, y), samples=8)
    assert errors and max(errors.values()) < 1e-6, errors


def _run(cls, pred, target):
    kernel = cls({}, {}, None, np.float64)
    loss = kernel.forward({"pred": pred, "target": target}, True, None)["loss"]
    return float(loss), kernel.backward({"loss": np.array(1.0)})["pred"]


def test_bce_loss_is_torchs_and_its_gradient_its_derivative():
    torch = pytest.importorskip("torch")
    F = torch.nn.functional
    p = np.concatenate([P, P])[:, None]
    t = np.concatenate([np.ones_like(P), np.zeros_like(P)])[:, None]
    t[3, 0] = 0.25  # a soft target too
    loss, grad = _run(losses.BCE, p, t)
    pt = torch.tensor(p, requires_grad=True)
    reference = F.binary_cross_entropy(pt, torch.tensor(t))
    assert loss == pytest.approx(float(reference.detach()), rel=1e-12)
    # the derivative of that very number: torch's autograd through the clamped logs
    q = torch.tensor(p, requires_grad=True)
    explicit = -(torch.tensor(t) * torch.log(q.clamp_min(FLOOR))
                 + (1 - torch.tensor(t)) * torch.log((1 - q).clamp_min(FLOOR))).mean()
    assert float(explicit) == pytest.approx(loss, rel=1e-12)
    explicit.backward()
    np.testing.assert_allclose(grad, q.grad.numpy(), rtol=1e-10, atol=0)
    # and torch's own BCE gradient wherever p (1 - p) >= 1e-12 (it divides by max(p (1 - p), 1e-12))
    reference.backward()
    ordinary = (p * (1 - p) >= 1e-12).ravel()
    np.testing.assert_allclose(grad[ordinary], pt.grad.numpy()[ordinary], rtol=1e-10)


def test_cross_entropy_of_probabilities_clamps_log_p_at_minus_100():
    torch = pytest.importorskip("torch")
    rest = (1 - P) / 2
    p = np.stack([P, rest, rest], axis=1)  # rows of probabilities, the first ranging to 0
    labels = np.zeros(len(P), np.int64)
    loss, grad = _run(losses.CrossEntropy, p, labels)
    q = torch.tensor(p, requires_grad=True)
    reference = torch.nn.functional.nll_loss(torch.log(q.clamp_min(FLOOR)), torch.tensor(labels))
    assert loss == pytest.approx(float(reference.detach()), rel=1e-12)
    reference.backward()
    np.testing.assert_allclose(grad, q.grad.numpy(), rtol=1e-10, atol=0)
    assert loss == pytest.approx((3 * 100 - sum(math.log(v) for v in P[3:])) / len(P))  # 0, 1e-300, 1e-50: -100


def test_float32_saturation_stays_finite_and_learns_nothing_where_clamped():
    p = np.array([[0.0], [np.float32(1e-44)], [1.0]], np.float32)
    kernel = losses.BCE({}, {}, None, np.float32)
    with np.errstate(all="raise"):
        loss = kernel.forward({"pred": p, "target": np.array([1, 1, 0])}, True, None)["loss"]
        grad = kernel.backward({"loss": np.array(1.0, np.float32)})["pred"]
    assert float(loss) == pytest.approx(100.0, rel=1e-6)  # every term hits the floor
    assert grad.dtype == np.float32 and np.isfinite(grad).all()
    assert grad[0, 0] == 0 and grad[2, 0] == 0  # log 0 is the constant -100


def test_the_torch_export_writes_the_same_cross_entropy():
    from nodeflow.nodes import REGISTRY

    text = REGISTRY.get("CrossEntropy").torch.loss({}, False)  # the form the torch exporter writes
    assert "clamp_min(3.720075976020836e-44)" in text


def test_the_help_states_the_convention():
    from nodeflow.nodes import REGISTRY

    for name in ("BCE", "CrossEntropy"):
        assert "clamped at -100" in REGISTRY.get(name).help
