"""Diagnoses with a cause and a fix: what a few epochs of stepping say about a network (no Qt).

`diagnose(graph)` trains a copy for a few epochs with the `Stepper` (so it sees every node's
output and every gradient, batch by batch) and reports, each in one plain sentence with a
suggested fix:

- dead units: a share of a ReLU's units never active over the last epoch (types declaring
  `units_can_die`);
- saturated Sigmoid / Tanh units (types declaring `saturates`: outputs pinned near their limits,
  where f′ ≈ 0), except an output activation that feeds the loss (confident predictions are
  its job);
- vanishing / exploding gradients: the mean |δ| (the gradient arriving at a weight layer's
  output, as the chain rule carries it back) of the first weight layer against the last's;
- a training loss that rises for several epochs in a row (learning rate too high);
- NaN or inf, with the first node and batch where it appeared;
- over-fitting: validation loss rising while training loss falls.

Thresholds are module constants; the tests build one small graph for each and check the
examples raise none they are not about.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from nodeflow.compute.stepper import Stepper
from nodeflow.i18n import translate

DEAD_SHARE = 0.5
"""A ReLU with at least this share of units never active is reported."""
SATURATED_SHARE = 0.6
VANISHING_RATIO = 1e-2
"""First weight layer's mean |δ| below this times the last layer's: vanishing."""
EXPLODING_RATIO = 1e2
RISING_EPOCHS = 3
"""Epochs in a row of rising loss that call for a smaller learning rate."""
MIN_LAYERS = 3
"""Weight layers needed before gradient ratios say anything."""


@dataclass
class Diagnosis:
    """One finding: `kind` (a stable key), the node it is about, a sentence, a fix, numbers."""

    kind: str
    node: str | None
    message: str
    fix: str
    numbers: dict[str, float] = field(default_factory=dict)


@dataclass
class _Watch:
    active: dict[str, np.ndarray] = field(default_factory=dict)
    saturated: dict[str, list[float]] = field(default_factory=dict)
    grads: dict[str, list[float]] = field(default_factory=dict)

    def reset(self) -> None:
        self.active.clear()
        self.saturated.clear()
        self.grads.clear()


def _feeds_loss(graph: Any, node: str) -> bool:
    return any(graph.nodes[e.dst[0]].spec.category == "loss" for e in graph.outgoing(node))


def diagnose(graph: Any, epochs: int = 6, *, base_dir: str | None = None, max_batches: int = 400,
             stepper: Stepper | None = None) -> list[Diagnosis]:
    """Step a copy of `graph` for `epochs` epochs (at most `max_batches` batches) and report."""
    st = stepper if stepper is not None else Stepper(graph, base_dir=base_dir)
    specs = {n: graph.nodes[n].spec for n in graph.nodes}
    weight_layers = [n for n in st.network.kernels if n in st.network.ranges]
    watch = _Watch()
    train_losses: list[float] = []
    val_losses: list[float] = []
    val = st.splits.val if st.splits.val is not None and len(st.splits.val[0]) else None
    found: list[Diagnosis] = []
    steps = 0
    for _epoch in range(epochs):
        watch.reset()
        loss_sum, seen = 0.0, 0
        for _b in range(st.batches):
            rec = st.step()
            steps += 1
            probe = rec.probe
            if not math.isfinite(probe.loss) or probe.first_nonfinite is not None:
                found.append(_nonfinite(rec, probe.first_nonfinite))
                return found
            loss_sum += probe.loss * len(rec.indices)
            seen += len(rec.indices)
            _watch_batch(watch, rec, specs, graph)
            if steps >= max_batches:
                break
        if seen < len(st.x):
            break
        train_losses.append(loss_sum / seen)
        if val is not None:
            with np.errstate(all="ignore"):
                val_losses.append(st.loss_at(val[0], val[1]))
    found += _units(watch, graph)
    found += _gradients(watch, weight_layers)
    found += _curves(train_losses, val_losses)
    return found


def _watch_batch(watch: _Watch, rec: Any, specs: dict[str, Any], graph: Any) -> None:
    """What the declarations say to watch: dead units (`units_can_die`), saturation (`saturates`)."""
    probe = rec.probe
    for node, outs in probe.outputs.items():
        spec = specs.get(node)
        out = outs.get("out")
        if out is None or not isinstance(out, np.ndarray) or out.ndim < 2:
            continue
        if spec is None:
            continue
        if spec.units_can_die:
            on = np.any(out.reshape(out.shape[0], -1) > 0, axis=0)
            watch.active[node] = on | watch.active[node] if node in watch.active else on
        elif spec.saturates is not None and not _feeds_loss(graph, node):
            low, high = spec.saturates
            watch.saturated.setdefault(node, []).append(float(np.mean((out < low) | (out > high))))
    for node in rec.grads:  # δ: the gradient arriving at each weight layer's output
        delta = probe.out_grads.get(node, {}).get("out")
        if isinstance(delta, np.ndarray):
            watch.grads.setdefault(node, []).append(float(np.abs(delta).mean()))


def _nonfinite(rec: Any, node: str | None) -> Diagnosis:
    where = node or translate("Diagnose", "the loss")
    return Diagnosis(
        "nonfinite", node,
        translate("Diagnose", "The numbers became NaN or inf in {node} at epoch {epoch}, batch {batch}: "
                              "the network diverged.").format(node=where, epoch=rec.epoch + 1, batch=rec.batch + 1),
        translate("Diagnose", "Lower the learning rate (try a tenth), standardize the inputs, or use a loss "
                              "fused with its activation (Softmax + CrossEntropy, Sigmoid + BCE)."),
        {"epoch": rec.epoch + 1, "batch": rec.batch + 1})


def _units(watch: _Watch, graph: Any) -> list[Diagnosis]:
    found = []
    for node, on in watch.active.items():
        dead = 1.0 - float(np.mean(on))
        if dead >= DEAD_SHARE:
            found.append(Diagnosis(
                "dead_relu", node,
                translate("Diagnose", "{share}% of the units of {node} never switched on during the last epoch "
                                      "(dead ReLUs): their gradient is 0, so they stop learning.").format(
                    share=round(100 * dead), node=node),
                translate("Diagnose", "Use a smaller learning rate, LeakyReLU or ELU instead of ReLU, or He "
                                      "initialization for the layer before it."),
                {"share": dead}))
    for node, shares in watch.saturated.items():
        share = float(np.mean(shares))
        if share >= SATURATED_SHARE:
            found.append(Diagnosis(
                "saturated", node,
                translate("Diagnose", "{share}% of the outputs of {node} sit near its limits (saturated), where "
                                      "its derivative is almost 0: little gradient passes.").format(
                    share=round(100 * share), node=node),
                translate("Diagnose", "Standardize the inputs, use smaller initial weights (Xavier), or use ReLU "
                                      "in the hidden layers."),
                {"share": share}))
    return found


def _gradients(watch: _Watch, layers: list[str]) -> list[Diagnosis]:
    means = {n: float(np.mean(watch.grads[n])) for n in layers if watch.grads.get(n)}
    order = [n for n in layers if n in means]
    if len(order) < MIN_LAYERS:
        return []
    first, last = order[0], order[-1]
    ratio = means[first] / means[last] if means[last] > 0 else math.inf
    numbers = {"ratio": ratio, "first": means[first], "last": means[last]}
    if ratio < VANISHING_RATIO:
        return [Diagnosis(
            "vanishing", first,
            translate("Diagnose", "Vanishing gradients: the first layer {first} gets {ratio} times the gradient "
                                  "of the last layer {last}, so the early layers barely learn.").format(
                first=first, last=last, ratio=f"{ratio:.1e}"),
            translate("Diagnose", "Use ReLU instead of Sigmoid or Tanh in the hidden layers, fewer layers, "
                                  "BatchNorm, or residual connections (Add)."),
            numbers)]
    if ratio > EXPLODING_RATIO:
        return [Diagnosis(
            "exploding", first,
            translate("Diagnose", "Exploding gradients: the first layer {first} gets {ratio} times the gradient "
                                  "of the last layer {last}; the steps of the early layers are far too big.").format(
                first=first, last=last, ratio=f"{ratio:.1e}"),
            translate("Diagnose", "Use smaller initial weights (Xavier or He), a smaller learning rate, BatchNorm, "
                                  "or fewer layers."),
            numbers)]
    return []


def _rising(values: list[float], count: int) -> int:
    """Length of the longest run of consecutive rises."""
    best = run = 0
    for a, b in zip(values, values[1:], strict=False):
        run = run + 1 if b > a else 0
        best = max(best, run)
    return best


def _falling(values: list[float], count: int) -> bool:
    return len(values) > count and values[-1] < values[-1 - count]


def _curves(train: list[float], val: list[float]) -> list[Diagnosis]:
    found = []
    if _rising(train, RISING_EPOCHS) >= RISING_EPOCHS:
        found.append(Diagnosis(
            "loss_rising", None,
            translate("Diagnose", "The training loss rose for {n} epochs in a row: the learning rate is too "
                                  "high, so each step overshoots the minimum.").format(n=_rising(train, RISING_EPOCHS)),
            translate("Diagnose", "Lower the learning rate (try a tenth) on the optimizer node."),
            {"epochs": _rising(train, RISING_EPOCHS)}))
    if len(val) > RISING_EPOCHS and all(b > a for a, b in zip(val[-1 - RISING_EPOCHS:-1], val[-RISING_EPOCHS:],
                                                              strict=False)) \
            and _falling(train, RISING_EPOCHS):
        found.append(Diagnosis(
            "overfitting", None,
            translate("Diagnose", "Over-fitting: the validation loss rose for the last {n} epochs while the "
                                  "training loss kept falling; the network learns the training samples by heart.").format(
                n=RISING_EPOCHS),
            translate("Diagnose", "Add Dropout, use early stopping (training patience), get more data, or use "
                                  "a smaller network."),
            {"val_last": val[-1], "train_last": train[-1]}))
    return found
