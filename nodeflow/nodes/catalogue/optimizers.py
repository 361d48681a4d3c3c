"""Node declarations: optimizers. Each takes the loss to minimize and says how it steps.

Update rules live in nodeflow.compute.optimizers (they match torch.optim exactly) and the
learning-rate schedules in nodeflow.compute.schedules.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from nodeflow.i18n import QT_TRANSLATE_NOOP
from nodeflow.nodes.registry import register
from nodeflow.nodes.spec import LOSS, Inferred, NodeSpec, Param, ShapeError, TensorType, TorchForm

KERNELS = "nodeflow.compute.optimizers"

MINIMIZES = (
    "Minimizes the loss wired into it: after every batch, backpropagation gives the gradient of "
    "that loss with respect to every weight in the network, and this optimizer "
)


def optimizer_rule(params: Mapping[str, Any], inputs: Mapping[str, TensorType]) -> Inferred:
    """A scalar loss in, nothing out."""
    t = inputs.get("loss")
    if t is None:
        raise ShapeError("input 'loss' is not connected; wire a loss node's output into it", port="loss")
    if t.kind != "loss":
        raise ShapeError(
            f"expects a loss but gets {t}; connect the output of a loss node (MSE, CrossEntropy, ...)",
            port="loss",
        )
    return Inferred({})


def _lr(default: float) -> Param:
    return Param(
        "lr", "float", default,
        "Learning rate: how big a step to take. Too large and the loss jumps around or explodes; "
        "too small and training crawls.",
        low=1e-8, high=1000.0,  # high enough to watch a run diverge on purpose
    )


COMMON = (
    Param(
        "weight_decay", "float", 0.0,
        "L2 penalty: adds weight_decay * w to each weight's gradient, pulling weights towards 0 "
        "to fight overfitting. Biases and BatchNorm parameters are not decayed. (This is classic "
        "L2 regularization; the decoupled AdamW variant is not offered.)",
        low=0.0, high=1.0,
    ),
    Param(
        "schedule", "choice", "constant",
        "How the learning rate changes over epochs: constant; step (multiply by decay_rate every "
        "decay_epochs epochs); exponential (multiply by decay_rate every epoch); cosine (glide "
        "smoothly from lr down to 0 by the last epoch).",
        choices=("constant", "step", "exponential", "cosine"),
    ),
    Param(
        "decay_rate", "float", 0.5,
        "step and exponential schedules: the factor the learning rate is multiplied by.",
        low=1e-6, high=1.0,
    ),
    Param(
        "decay_epochs", "int", 10,
        "step schedule: epochs between two decays.",
        low=1, high=100_000,
    ),
    Param(
        "steps", "int", 1,
        "Updates this optimizer takes in each round, on the same batch (with several optimizers, "
        "e.g. k discriminator steps per generator step in a GAN). Rounds take the optimizers in "
        "the order they were added to the graph.",
        low=1, high=1000,
    ),
)

EPS_HELP = "A tiny number added to the denominator so the step never divides by zero."


def _optimizer(type_name: str, how: str, *params: Param, torch, formulas: tuple[str, ...] = ()) -> NodeSpec:
    return register(NodeSpec(
        type=type_name,
        category="optimizer",
        help=MINIMIZES + how,
        inputs=("loss",),
        outputs=(),
        params=(*params, *COMMON),
        shape_rule=optimizer_rule,
        kernel=f"{KERNELS}:{type_name}",
        summary=lambda p: f"{type_name} lr={p['lr']:g}",
        torch=TorchForm(optimizer=torch),
        sample_inputs={"loss": LOSS},
        formulas=formulas,
        explainer=f"nodeflow.compute.explain_update:{type_name.lower()}",
    ))


def _sgd_torch(p: Mapping[str, Any]) -> str:
    if not float(p.get("momentum") or 0.0):
        return f"torch.optim.SGD(params, lr={p['lr']!r})"  # torch refuses nesterov without momentum
    return f"torch.optim.SGD(params, lr={p['lr']!r}, momentum={p['momentum']!r}, nesterov={bool(p['nesterov'])})"


SGD = _optimizer(
    "SGD",
    "moves every weight a small step downhill: w -= lr * gradient. Plain gradient descent. With "
    "momentum above 0 it keeps a velocity as the Momentum node does (torch.optim.SGD's and "
    "Keras's SGD momentum).",
    _lr(0.1),
    Param(
        "momentum", "float", 0.0,
        "0 for plain SGD; above 0, how much of the previous velocity is kept each step, as in "
        "the Momentum node (v = momentum * v + gradient, w -= lr * v).",
        low=0.0, high=0.999,
    ),
    Param(
        "nesterov", "bool", False,
        "With momentum above 0: Nesterov momentum (look ahead along the velocity before stepping).",
    ),
    torch=_sgd_torch,
    formulas=("w ← w − η∇",),
)
MOMENTUM = _optimizer(
    "Momentum",
    "keeps a velocity, a running sum of past gradients (v = momentum * v + gradient), and moves "
    "along it: w -= lr * v. It rolls through flat stretches and damps zig-zags. This is PyTorch's "
    "form; the course notes write v = momentum * v - lr * gradient, w += v. The two take the same "
    "steps while lr is constant; under a schedule PyTorch's form applies a new lr to the whole "
    "velocity at once, the notes' form only to the gradients that follow.",
    _lr(0.01),
    Param(
        "momentum", "float", 0.9,
        "How much of the previous velocity is kept each step (0 is plain SGD).",
        low=0.0, high=0.999,
    ),
    Param(
        "nesterov", "bool", False,
        "Nesterov momentum: look ahead along the velocity before stepping; often a little smoother.",
    ),
    torch=lambda p: (f"torch.optim.SGD(params, lr={p['lr']!r}, momentum={p['momentum']!r}, "
                     f"nesterov={bool(p['nesterov'])})"),
    formulas=("v ← αv − η∇,  w ← w + v",
              QT_TRANSLATE_NOOP("Explain", "(the engine keeps u = −v/η: u ← αu + ∇, w ← w − ηu; the same for a fixed η)")),
)
ADAGRAD = _optimizer(
    "AdaGrad",
    "gives every weight its own step size: it sums that weight's squared gradients and divides "
    "the step by their square root, so often-updated weights slow down: "
    "w -= lr * g / (sqrt(sum g^2) + eps).",
    _lr(0.05),
    Param("eps", "float", 1e-10, EPS_HELP, low=0.0, high=1.0),
    torch=lambda p: f"torch.optim.Adagrad(params, lr={p['lr']!r}, eps={p['eps']!r})",
    formulas=("h ← h + ∇²", "w ← w − η∇ / (√h + ε)"),
)
RMSPROP = _optimizer(
    "RMSProp",
    "divides each weight's step by a running average of its recent squared gradients, so "
    "steps stay a sensible size whether gradients are large or small: "
    "s = rho * s + (1 - rho) * g^2, w -= lr * g / (sqrt(s) + eps).",
    _lr(0.001),
    Param("rho", "float", 0.9, "How slowly the average of squared gradients forgets (0.9 to 0.99).",
          low=0.0, high=0.9999),
    Param("eps", "float", 1e-8, EPS_HELP, low=0.0, high=1.0),
    torch=lambda p: f"torch.optim.RMSprop(params, lr={p['lr']!r}, alpha={p['rho']!r}, eps={p['eps']!r})",
    formulas=("h ← ρh + (1 − ρ)∇²", "w ← w − η∇ / (√h + ε)"),
)
ADAM = _optimizer(
    "Adam",
    "combines momentum (a running average of gradients) with RMSProp's per-weight scaling "
    "(a running average of squared gradients), both corrected for starting at zero. A robust "
    "default for most networks.",
    _lr(0.001),
    Param("beta1", "float", 0.9, "How slowly the average of gradients (the momentum) forgets.",
          low=0.0, high=0.9999),
    Param("beta2", "float", 0.999, "How slowly the average of squared gradients forgets.",
          low=0.0, high=0.99999),
    Param("eps", "float", 1e-8, EPS_HELP, low=0.0, high=1.0),
    torch=lambda p: f"torch.optim.Adam(params, lr={p['lr']!r}, betas=({p['beta1']!r}, {p['beta2']!r}), eps={p['eps']!r})",
    formulas=("m ← β₁m + (1 − β₁)∇,  v ← β₂v + (1 − β₂)∇²",
              "m̂ = m / (1 − β₁ᵗ),  v̂ = v / (1 − β₂ᵗ)", "w ← w − η m̂ / (√v̂ + ε)"),
)
