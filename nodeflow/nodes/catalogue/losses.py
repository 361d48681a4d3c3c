"""Node declarations: losses. Ports `pred` (the network's output) and `target` -> `loss` (a scalar).

Every loss is the mean over the batch and all elements (PyTorch's reduction='mean').
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from nodeflow.nodes.registry import register
from nodeflow.nodes.rules import LOSS_HINT, float_input, get_input
from nodeflow.nodes.spec import LOSS, ClosedForm, Inferred, NodeSpec, Param, ShapeError, TensorType, TorchForm

Params = Mapping[str, Any]
Inputs = Mapping[str, TensorType]

KERNELS = "nodeflow.compute.kernels.losses"
EXPLAINER = "nodeflow.compute.explain:loss"


def _clamped_log_derivative(kind: str):
    """∂ℓ/∂p of BCE or CrossEntropy per element, with each log clamped at -100 as the kernel and
    PyTorch do (0 where clamped); the kernel's own functions, imported when first used so that
    reading the catalogue does not import the engine."""
    def df(p: np.ndarray, t: np.ndarray, params: Mapping[str, Any]) -> np.ndarray:
        from nodeflow.compute.kernels import losses

        p, t = np.asarray(p, np.float64), np.asarray(t, np.float64)
        if kind == "bce":
            return losses.bce_backward(p, t) * p.size
        return losses.cross_entropy_backward(p, t) * (p.size // p.shape[-1])
    return df
CLASSIFY = "for classes use Softmax + CrossEntropy"


def _pred(inputs: Inputs) -> TensorType:
    t = float_input(inputs, "pred")
    if len(t.shape) < 2:
        raise ShapeError(f"expects predictions (N, ...) but gets {t}", port="pred")
    return t


def _target(inputs: Inputs) -> TensorType:
    t = get_input(inputs, "target")
    if t.kind == "loss":
        raise ShapeError(f"{LOSS_HINT}, but target gets a loss", port="target")
    if t.kind == "labels" and len(t.shape) != 1:
        raise ShapeError(f"expects labels (N,) but gets {t}", port="target")
    return t


def _same_shape(pred: TensorType, target: TensorType) -> None:
    if target.shape != pred.shape:
        raise ShapeError(f"expects a target of the same shape as pred {pred} but gets {target}", port="target")


def regression_rule(params: Params, inputs: Inputs) -> Inferred:
    """pred and target: float tensors of one shape, e.g. (N, 1). Class labels are refused."""
    pred, target = _pred(inputs), _target(inputs)
    if target.kind == "labels":
        raise ShapeError(f"compares numbers ({CLASSIFY}) but target gets class labels {target}", port="target")
    if target.kind != "float":
        raise ShapeError(f"expects numbers as target but gets {target}", port="target")
    _same_shape(pred, target)
    return Inferred({"loss": LOSS})


def bce_rule(params: Params, inputs: Inputs) -> Inferred:
    """pred: probabilities (N, 1) or (N, K); target: floats of the same shape, or 2-class labels (N,) when pred is (N, 1)."""
    pred, target = _pred(inputs), _target(inputs)
    if target.kind == "labels":
        if target.classes not in (None, 2):
            raise ShapeError(
                f"expects labels of 2 classes (for {target.classes} classes use Softmax + CrossEntropy) "
                f"but gets {target}",
                port="target",
            )
        if pred.shape != (None, 1):
            raise ShapeError(
                "give the last layer 1 unit; with class labels as target it expects one probability "
                f"per sample (N, 1) but gets {pred}",
                port="pred",
            )
        return Inferred({"loss": LOSS})
    _same_shape(pred, target)
    return Inferred({"loss": LOSS})


def cross_entropy_rule(params: Params, inputs: Inputs) -> Inferred:
    """pred: class probabilities (N, K); target: labels (N,) of K classes, or one-hot floats (N, K)."""
    pred, target = _pred(inputs), _target(inputs)
    if len(pred.shape) != 2:
        raise ShapeError(f"expects class probabilities (N, K) but gets {pred}", port="pred")
    k = pred.shape[1]
    if k < 2:
        raise ShapeError(
            f"for one output use Sigmoid + BCE; it expects (N, K) with K >= 2 classes but gets {pred}", port="pred"
        )
    if target.kind == "labels":
        if target.classes is not None and target.classes != k:
            c = target.classes
            raise ShapeError(
                f"give the last layer {c} units; the target {target} has {c} classes, so it expects "
                f"pred (N, {c}) but gets {pred}",
                port="pred",
            )
        return Inferred({"loss": LOSS})
    if target.shape != pred.shape:
        raise ShapeError(f"expects labels (N,) or one-hot targets {pred} but gets {target}", port="target")
    return Inferred({"loss": LOSS})


REGRESSION_SAMPLE = {"pred": TensorType((None, 3)), "target": TensorType((None, 3))}


def _loss(type_name: str, help_text: str, rule, *params: Param, torch, summary=None, fuses_with=None,
          accuracy=None, sample=None, formulas: tuple[str, ...] = (), closed_form: ClosedForm | None = None) -> None:
    register(NodeSpec(
        type=type_name,
        category="loss",
        help=help_text,
        inputs=("pred", "target"),
        outputs=("loss",),
        params=params,
        shape_rule=rule,
        kernel=f"{KERNELS}:{type_name}",
        summary=summary or (lambda p: type_name),
        fuses_with=fuses_with,
        accuracy=accuracy,
        torch=TorchForm(loss=torch),
        sample_inputs=sample or REGRESSION_SAMPLE,
        formulas=formulas,
        explainer=EXPLAINER,
        closed_form=closed_form,
    ))


TARGET = "target.reshape(pred.shape).to(pred.dtype)"

_loss("MSE", "Mean squared error: the average of (pred - target)^2; the usual regression loss.", regression_rule,
      torch=lambda p, logits: f"F.mse_loss(pred, {TARGET})",
      formulas=("L = (1/M) Σ (p − t)²", "∂L/∂p = 2(p − t)/M"),
      closed_form=ClosedForm(df=lambda p, t, prm: 2 * (np.asarray(p, np.float64) - t)))
_loss("MAE", "Mean absolute error: the average of |pred - target|; less swayed by outliers than MSE.",
      regression_rule, torch=lambda p, logits: f"F.l1_loss(pred, {TARGET})",
      formulas=("L = (1/M) Σ |p − t|", "∂L/∂p = sign(p − t)/M"),
      closed_form=ClosedForm(df=lambda p, t, prm: np.sign(np.asarray(p, np.float64) - t)))
_loss(
    "Huber", "Squared error for small errors, absolute error beyond delta: robust to outliers.",
    regression_rule,
    Param("delta", "float", 1.0, "Error size where the loss switches from squared to linear.", low=1e-6, high=1e6),
    summary=lambda p: f"Huber {p['delta']:g}",
    torch=lambda p, logits: f"F.huber_loss(pred, {TARGET}, delta={float(p['delta'])!r})",
    formulas=("L = (1/M) Σ ½r² (|r| ≤ δ), δ(|r| − ½δ) (|r| > δ),  r = p − t", "∂L/∂p = clip(r, −δ, δ)/M"),
    closed_form=ClosedForm(df=lambda p, t, prm: np.clip(np.asarray(p, np.float64) - t, -float(prm.get("delta", 1.0)),
                                                        float(prm.get("delta", 1.0)))),
)
_loss(
    "BCE",
    "Binary cross-entropy for yes/no targets; takes probabilities, as after Sigmoid (fused with it for stability)."
    " Not fused (e.g. an Identity in between), each log of a probability is clamped at -100, as in PyTorch,"
    " and the gradient is the derivative of that loss (0 where clamped).",
    bce_rule,
    fuses_with="Sigmoid",
    accuracy="threshold",
    sample={"pred": TensorType((None, 1)), "target": TensorType((None,), kind="labels", classes=2)},
    torch=lambda p, logits: (f"F.binary_cross_entropy_with_logits(pred, {TARGET})" if logits
                             else f"F.binary_cross_entropy(pred, {TARGET})"),
    formulas=("L = −(1/M) Σ [t log p + (1 − t) log(1 − p)]", "∂L/∂p = (p − t) / (p(1 − p) M)"),
    closed_form=ClosedForm(df=_clamped_log_derivative("bce")),
)
_loss(
    "CrossEntropy",
    "Cross-entropy for one class out of K; takes probabilities, as after Softmax (fused with it for stability)."
    " Not fused (e.g. an Identity in between), each log of a probability is clamped at -100, as in PyTorch,"
    " and the gradient is the derivative of that loss (0 where clamped).",
    cross_entropy_rule,
    fuses_with="Softmax",
    accuracy="argmax",
    sample={"pred": TensorType((None, 4)), "target": TensorType((None,), kind="labels", classes=4)},
    torch=lambda p, logits: (
        "F.cross_entropy(pred, target)" if logits  # unfused: log p clamped at -100, as the engine
        else "F.nll_loss(torch.log(pred.clamp_min(3.720075976020836e-44)), target)"),
    formulas=("L = −(1/N) Σₙ Σₖ tₙₖ log pₙₖ", "∂L/∂pₖ = −tₖ / (pₖ N)"),
    closed_form=ClosedForm(df=_clamped_log_derivative("ce"), mean="rows"),
)
