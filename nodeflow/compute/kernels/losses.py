"""Loss functions: pure forward/backward pairs and the kernels that wrap them.

Each loss is `name(pred, target, ...) -> float` and `name_backward(pred, target, ...) -> dpred`,
the gradient of the mean loss (reduction "mean", as PyTorch's default) with respect to `pred`,
same shape and dtype as `pred`. The targets these functions receive are already float arrays
of `pred`'s shape (the kernels turn class labels into one-hot rows first). CrossEntropy and
BCE also have a fused `_logits` form, used when the engine sets `from_logits` because `pred`
comes straight from Softmax / Sigmoid: log-sum-exp keeps them finite for any logits, and the
gradient is the familiar (softmax(z) - t) / N. NumPy only, for the exporter.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import numpy as np

from nodeflow.compute.kernel import Kernel
from nodeflow.compute.types import Inferred, TensorType


def mse(pred: np.ndarray, target: np.ndarray) -> float:
    """Mean of (pred - target)^2 over every element."""
    r = pred - target
    return float(np.mean(r * r))


def mse_backward(pred: np.ndarray, target: np.ndarray) -> np.ndarray:
    return (pred - target) * (2.0 / pred.size)


def mae(pred: np.ndarray, target: np.ndarray) -> float:
    """Mean of |pred - target| over every element."""
    return float(np.mean(np.abs(pred - target)))


def mae_backward(pred: np.ndarray, target: np.ndarray) -> np.ndarray:
    return np.sign(pred - target) * (1.0 / pred.size)


def huber(pred: np.ndarray, target: np.ndarray, delta: float = 1.0) -> float:
    """Squared for |r| <= delta, linear beyond (as torch.nn.functional.huber_loss)."""
    a = np.abs(pred - target)
    return float(np.mean(np.where(a <= delta, 0.5 * a * a, delta * (a - 0.5 * delta))))


def huber_backward(pred: np.ndarray, target: np.ndarray, delta: float = 1.0) -> np.ndarray:
    return np.clip(pred - target, -delta, delta) * (1.0 / pred.size)


LOG_FLOOR = -100.0
"""The unfused CrossEntropy and BCE clamp every log of a probability below at -100, as
torch's binary_cross_entropy does: log(0) counts as -100, so a saturated probability gives a
large finite loss. The gradients are the exact derivatives of these numbers: where the clamp
holds (p <= e^-100) the log is a constant and its derivative is 0. Elsewhere they are
torch's, except that torch's BCE divides by max(p (1 - p), 1e-12) (it differs where
p (1 - p) < 1e-12, about |logit| > 27.6). Probabilities outside [0, 1] are clipped into it
(gradient 0 beyond). For any logits the fused forms below are exact and stable."""


def _clamped_log(q: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(max(log q, LOG_FLOOR), 1/q where the clamp does not hold, else 0), for q in [0, 1]."""
    floor = np.exp(LOG_FLOOR)
    live = q > floor
    safe = np.where(live, q, 1.0)
    return np.where(live, np.log(safe), LOG_FLOOR), np.where(live, 1.0 / safe, 0.0)


def _finite_as(x: np.ndarray, like: np.ndarray) -> np.ndarray:
    """x cast to like's dtype, saturated at its largest finite number (1/p of a tiny float32 p)."""
    big = np.finfo(like.dtype).max if np.issubdtype(like.dtype, np.floating) else np.inf
    return np.clip(x, -big, big).astype(like.dtype, copy=False)


def _bce_parts(prob: np.ndarray, target: np.ndarray):
    p = np.clip(np.asarray(prob, np.float64), 0.0, 1.0)
    inside = (prob >= 0) & (prob <= 1)
    log_p, inv_p = _clamped_log(p)
    log_q, inv_q = _clamped_log(1.0 - p)
    return np.asarray(target, np.float64), inside, log_p, inv_p, log_q, inv_q


def bce(prob: np.ndarray, target: np.ndarray) -> float:
    """Binary cross-entropy of probabilities, mean over every element; logs clamped at -100."""
    t, _, log_p, _, log_q, _ = _bce_parts(prob, target)
    return float(-np.mean(t * log_p + (1 - t) * log_q))


def bce_backward(prob: np.ndarray, target: np.ndarray) -> np.ndarray:
    """The derivative of `bce`: (-t/p + (1 - t)/(1 - p)) / count, 0 where a log is clamped."""
    t, inside, _, inv_p, _, inv_q = _bce_parts(prob, target)
    d = np.where(inside, (1 - t) * inv_q - t * inv_p, 0.0) * (1.0 / prob.size)
    return _finite_as(d, prob)


def bce_logits(z: np.ndarray, target: np.ndarray) -> float:
    """BCE of sigmoid(z) from the logits z: softplus(z) - t z, stable for any z."""
    return float(np.mean(np.logaddexp(0, z) - target * z))


def bce_logits_backward(z: np.ndarray, target: np.ndarray) -> np.ndarray:
    e = np.exp(-np.abs(z))
    s = np.where(z >= 0, 1, e) / (1 + e)  # sigmoid(z) without overflow
    return (s - target) * (1.0 / z.size)


def _ce_parts(prob: np.ndarray):
    p = np.clip(np.asarray(prob, np.float64), 0.0, 1.0)
    log_p, inv_p = _clamped_log(p)
    return log_p, np.where((prob >= 0) & (prob <= 1), inv_p, 0.0)


def cross_entropy(prob: np.ndarray, target: np.ndarray) -> float:
    """-sum(t log p) over classes (last axis), mean over the rows; log p clamped at -100.

    prob, target: (N, K) (or (..., K), every leading position counting as a row).
    """
    rows = prob.size // prob.shape[-1]
    log_p, _ = _ce_parts(prob)
    return float(-np.sum(np.asarray(target, np.float64) * log_p) / rows)


def cross_entropy_backward(prob: np.ndarray, target: np.ndarray) -> np.ndarray:
    """The derivative of `cross_entropy`: -t / p / rows, 0 where log p is clamped."""
    rows = prob.size // prob.shape[-1]
    _, inv_p = _ce_parts(prob)
    return _finite_as(np.asarray(target, np.float64) * inv_p * (-1.0 / rows), prob)


def log_softmax(z: np.ndarray) -> np.ndarray:
    """log(softmax(z)) over the last axis by log-sum-exp: finite for any finite z."""
    shifted = z - z.max(axis=-1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))


def cross_entropy_logits(z: np.ndarray, target: np.ndarray) -> float:
    """Cross-entropy of softmax(z) from the logits z (N, K), mean over the rows."""
    rows = z.size // z.shape[-1]
    return float(-np.sum(target * log_softmax(z)) / rows)


def cross_entropy_logits_backward(z: np.ndarray, target: np.ndarray) -> np.ndarray:
    """(softmax(z) * sum(t) - t) / N; for one-hot or probability rows sum(t) = 1."""
    rows = z.size // z.shape[-1]
    s = np.exp(log_softmax(z))
    return (s * target.sum(axis=-1, keepdims=True) - target) * (1.0 / rows)


def mse_target_backward(pred: np.ndarray, target: np.ndarray) -> np.ndarray:
    """d(loss)/d(target) of a loss of (pred - target) is the negated d(loss)/d(pred)."""
    return -mse_backward(pred, target)


def mae_target_backward(pred: np.ndarray, target: np.ndarray) -> np.ndarray:
    return -mae_backward(pred, target)


def huber_target_backward(pred: np.ndarray, target: np.ndarray, delta: float = 1.0) -> np.ndarray:
    return -huber_backward(pred, target, delta)


def bce_target_backward(prob: np.ndarray, target: np.ndarray) -> np.ndarray:
    """d(bce)/d(target) = -(log p - log(1 - p)) / count, with the logs clamped as in `bce`."""
    _, _, log_p, _, log_q, _ = _bce_parts(prob, target)
    return (-(log_p - log_q) * (1.0 / prob.size)).astype(prob.dtype, copy=False)


def bce_logits_target_backward(z: np.ndarray, target: np.ndarray) -> np.ndarray:
    return -z * (1.0 / z.size)


def cross_entropy_target_backward(prob: np.ndarray, target: np.ndarray) -> np.ndarray:
    rows = prob.size // prob.shape[-1]
    log_p, _ = _ce_parts(prob)
    return (-log_p * (1.0 / rows)).astype(prob.dtype, copy=False)


def cross_entropy_logits_target_backward(z: np.ndarray, target: np.ndarray) -> np.ndarray:
    rows = z.size // z.shape[-1]
    return -log_softmax(z) * (1.0 / rows)


def one_hot(labels: np.ndarray, classes: int, dtype: Any = np.float32) -> np.ndarray:
    """Integer labels (N,) (or any shape S) -> one-hot rows (N, classes) (S + (classes,))."""
    out = np.zeros((labels.size, classes), dtype=dtype)
    out[np.arange(labels.size), labels.reshape(-1)] = 1
    return out.reshape(*labels.shape, classes)


class Loss(Kernel):
    """A kernel wrapping one loss pair: inputs `pred`, `target`, output `loss` (0-d array).

    `param_names` are node parameters passed to the pure functions (Huber's `delta`). When
    `from_logits` is True and the class has a fused pair, `pred` holds logits and the fused pair
    runs instead. Backward returns the gradient for `pred`, and for `target` when the engine sets
`target_grad` (a target computed from learned weights).
    """

    forward_fn: Callable[..., float]
    backward_fn: Callable[..., np.ndarray]
    logits_forward_fn: Callable[..., float] | None = None
    logits_backward_fn: Callable[..., np.ndarray] | None = None
    param_names: tuple[str, ...] = ()
    target_backward_fn: Callable[..., np.ndarray] | None = None
    logits_target_backward_fn: Callable[..., np.ndarray] | None = None
    target_grad: bool = False
    """Set by the engine when the target comes from learned weights: backward then also gives
    the gradient for `target` (of the target's own shape), as autograd does."""

    def __init__(
        self,
        params: Mapping[str, Any],
        inputs: Mapping[str, TensorType],
        inferred: Inferred | None,
        dtype: np.dtype | type = np.float32,
    ) -> None:
        super().__init__(params, inputs, inferred, dtype)
        self.from_logits = False
        self.kwargs: dict[str, Any] = {
            name: self.params[name] for name in self.param_names if self.params.get(name) is not None
        }
        self._pred: np.ndarray | None = None
        self._target: np.ndarray | None = None

    def _functions(self) -> tuple[Callable[..., float], Callable[..., np.ndarray]]:
        cls = type(self)
        if self.from_logits:
            if cls.logits_forward_fn is None or cls.logits_backward_fn is None:
                raise ValueError(f"{cls.__name__} has no fused form for logits")
            return cls.logits_forward_fn, cls.logits_backward_fn
        return cls.forward_fn, cls.backward_fn

    def prepare_target(self, pred: np.ndarray, target: np.ndarray) -> np.ndarray:
        """The target as a float array of pred's shape; a same-size array is reshaped."""
        if target.shape != pred.shape:
            if target.size != pred.size:
                raise ValueError(
                    f"{type(self).__name__}: target of shape {target.shape} does not match "
                    f"the prediction's shape {pred.shape}"
                )
            target = target.reshape(pred.shape)
        return target.astype(pred.dtype, copy=False)

    def forward(
        self, inputs: Mapping[str, np.ndarray], training: bool, rng: np.random.Generator
    ) -> dict[str, np.ndarray]:
        pred = inputs["pred"]
        raw = np.asarray(inputs["target"])
        self._target_shape = raw.shape
        target = self.prepare_target(pred, raw)
        fwd, _ = self._functions()
        self._pred, self._target = pred, target
        return {"loss": np.asarray(fwd(pred, target, **self.kwargs), dtype=pred.dtype)}

    def backward(self, grads: Mapping[str, np.ndarray]) -> dict[str, np.ndarray]:
        if self._pred is None:
            raise RuntimeError(f"{type(self).__name__}: backward called before forward")
        _, bwd = self._functions()
        scale = float(np.asarray(grads["loss"]).reshape(()))
        dpred = bwd(self._pred, self._target, **self.kwargs)
        if scale != 1.0:
            dpred = dpred * scale
        out = {"pred": dpred.astype(self._pred.dtype, copy=False)}
        if self.target_grad:
            cls = type(self)
            tbwd = cls.logits_target_backward_fn if self.from_logits else cls.target_backward_fn
            if tbwd is None:
                raise ValueError(f"{cls.__name__} gives no gradient for a learned target")
            dt = tbwd(self._pred, self._target, **self.kwargs) * scale
            out["target"] = dt.reshape(self._target_shape).astype(self._pred.dtype, copy=False)
        return out


def _check_labels(name: str, labels: np.ndarray, classes: int) -> None:
    if labels.size and (labels.min() < 0 or labels.max() >= classes):
        bad = labels.min() if labels.min() < 0 else labels.max()
        raise ValueError(f"{name}: label {int(bad)} is out of range for {classes} classes")


class MSE(Loss):
    """Mean squared error over every element."""

    forward_fn = staticmethod(mse)
    backward_fn = staticmethod(mse_backward)
    target_backward_fn = staticmethod(mse_target_backward)


class MAE(Loss):
    """Mean absolute error over every element (gradient sign(r) / count, 0 at r = 0)."""

    forward_fn = staticmethod(mae)
    backward_fn = staticmethod(mae_backward)
    target_backward_fn = staticmethod(mae_target_backward)


class Huber(Loss):
    """Huber loss with threshold `delta` (default 1.0), mean over every element."""

    forward_fn = staticmethod(huber)
    backward_fn = staticmethod(huber_backward)
    target_backward_fn = staticmethod(huber_target_backward)
    param_names = ("delta",)


class BCE(Loss):
    """Binary cross-entropy: probabilities (N, 1) or (N, K) against floats of the same shape, or
    against integer labels (N,) in {0, 1} when pred is (N, 1)."""

    forward_fn = staticmethod(bce)
    backward_fn = staticmethod(bce_backward)
    logits_forward_fn = staticmethod(bce_logits)
    logits_backward_fn = staticmethod(bce_logits_backward)
    target_backward_fn = staticmethod(bce_target_backward)
    logits_target_backward_fn = staticmethod(bce_logits_target_backward)

    def prepare_target(self, pred: np.ndarray, target: np.ndarray) -> np.ndarray:
        if np.issubdtype(target.dtype, np.integer):
            _check_labels(self.node_id or "BCE", target, 2)
        return super().prepare_target(pred, target)


class CrossEntropy(Loss):
    """Categorical cross-entropy: probabilities (N, K) against integer labels (N,) or one-hot
    (or probability) rows (N, K); mean over the batch."""

    forward_fn = staticmethod(cross_entropy)
    backward_fn = staticmethod(cross_entropy_backward)
    logits_forward_fn = staticmethod(cross_entropy_logits)
    logits_backward_fn = staticmethod(cross_entropy_logits_backward)
    target_backward_fn = staticmethod(cross_entropy_target_backward)
    logits_target_backward_fn = staticmethod(cross_entropy_logits_target_backward)

    def prepare_target(self, pred: np.ndarray, target: np.ndarray) -> np.ndarray:
        if np.issubdtype(target.dtype, np.integer) and target.shape == pred.shape[:-1]:
            classes = pred.shape[-1]
            _check_labels(self.node_id or "CrossEntropy", target, classes)
            return one_hot(target, classes, pred.dtype)
        target = super().prepare_target(pred, target)
        _check_probabilities(self.node_id or "CrossEntropy", target)
        return target


PROBABILITY_SLACK = 1e-3
"""How far a float target row of CrossEntropy may sum from 1 (and its values stray outside
[0, 1]) and still count as class probabilities: float32 Softmax rows of 1,000 classes sum to 1
within about 1e-4."""


def _check_probabilities(name: str, target: np.ndarray) -> None:
    """A float CrossEntropy target must be class probabilities (one-hot or soft labels): with
    anything else (features wired in by mistake) the loss has no meaning and falls below 0."""
    if not target.size:
        return
    rows = target.reshape(-1, target.shape[-1])
    sums = rows.sum(axis=-1, dtype=np.float64)
    low, high = rows.min(axis=-1), rows.max(axis=-1)
    bad = (np.abs(sums - 1.0) > PROBABILITY_SLACK) | (low < -PROBABILITY_SLACK) | (high > 1.0 + PROBABILITY_SLACK)
    bad |= ~np.isfinite(sums)
    if bad.any():
        i = int(np.argmax(bad))
        shown = ", ".join(f"{float(v):.4g}" for v in rows[i][:4]) + (", ..." if rows.shape[1] > 4 else "")
        raise ValueError(
            f"{name}: its float target must hold class probabilities (one-hot or soft labels: each value "
            f"in [0, 1], each row summing to 1), but row {i} of the batch is [{shown}]; wire class labels "
            "into target, or use MSE to fit numbers"
        )


KERNELS: dict[str, type[Loss]] = {cls.__name__: cls for cls in (MSE, MAE, Huber, BCE, CrossEntropy)}
"""Loss kernels by node type name."""
