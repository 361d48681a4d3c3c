"""Training one batch at a time, with every number kept: the stepping engine (no Qt).

A `Stepper` trains a graph exactly as `Trainer` does (same seed, same batch order, same
dropout masks, same optimizer), but one batch per `step()`, and it keeps what the batch
computed in a `StepRecord`: each node's inputs and outputs (forward), the gradient on each of
them (backward), and each weight before and after the optimizer's update (update). `back()`
restores the state before the last step bit for bit (weights, kernel state, optimizer
buffers, the random generator and the position in the epoch), so stepping forward again
gives the same numbers.

Everything that reads the network's internals goes through `probe_batch`, the one adapter to
switch to the runtime's inspection API when it lands.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from nodeflow.compute.trainer import Trainer

if TYPE_CHECKING:  # annotations only: compute does not import the graph layer
    from nodeflow.graph.document import Graph

MAX_HISTORY = 200
"""Steps that `back()` can undo (snapshots of weights and optimizer state)."""
MAX_RECORDS = 20
"""Snapshots that also keep the step shown before them (every port's values: the big part)."""


@dataclass
class Probe:
    """What one batch computed, per node: values on its ports and the gradients on them."""

    loss: float
    inputs: dict[str, dict[str, np.ndarray]] = field(default_factory=dict)
    outputs: dict[str, dict[str, np.ndarray]] = field(default_factory=dict)
    out_grads: dict[str, dict[str, np.ndarray]] = field(default_factory=dict)
    """node -> {output port: dL/d(output)}."""
    in_grads: dict[str, dict[str, np.ndarray]] = field(default_factory=dict)
    """node -> {input port: dL/d(input)}: what the node sends back along that wire."""
    fused: dict[str, str] = field(default_factory=dict)
    """loss node -> the Softmax/Sigmoid node whose backward the fused loss computed for it."""
    first_nonfinite: str | None = None
    """The first node (in forward order) whose output held NaN or inf."""


def probe_batch(net: Any, x: np.ndarray, y: np.ndarray, training: bool, rng: np.random.Generator,
                backward: bool = True) -> Probe:
    """Forward (and backward) one batch, keeping every port's value and gradient.

    The adapter to the network's internals (its plan, via `_plan`, and value slots); the
    arithmetic is `Network.forward` / `Network.backward` in the same order, so `flat_g` ends
    bit for bit as `backward()` leaves it.
    """
    forward_steps, back_steps, loss_slot, _several = _plan(net)
    loss = net.forward(x, y, training, rng)
    vals = net._vals
    probe = Probe(loss=loss)
    for step in forward_steps:
        probe.inputs[step.node] = {p: _copy(vals[s]) for p, s in step.ins}
        probe.outputs[step.node] = {p: _copy(vals[s]) for p, s in step.outs}
        if probe.first_nonfinite is None:
            for value in probe.outputs[step.node].values():
                if isinstance(value, np.ndarray) and value.dtype.kind == "f" and not np.isfinite(value).all():
                    probe.first_nonfinite = step.node
                    break
    if not backward or not math.isfinite(loss):
        return probe
    grads: list[Any] = [None] * len(vals)
    grads[loss_slot] = np.ones((), net.dtype)
    for step, grad_ins, flag in back_steps:
        if flag is not None:
            net._set_grad_flags(step.kernel, *flag)
        out_g = {}
        for p, s in step.outs:
            g = grads[s]
            out_g[p] = g if g is not None else np.zeros_like(vals[s])
        probe.out_grads[step.node] = {p: _copy(g) for p, g in out_g.items()}
        in_g = step.kernel.backward(out_g)
        probe.in_grads[step.node] = {p: _copy(g) for p, g in in_g.items() if g is not None}
        for p, s in grad_ins:
            g = in_g.get(p)
            if g is None:
                continue
            grads[s] = g if grads[s] is None else grads[s] + g
    _share_gradients(net, back_steps)
    # A fused loss (CrossEntropy after Softmax, BCE after Sigmoid) read the logits: show the
    # activation's own backward as the engine computed it (gradient leaving = dL/dlogits).
    for step, _grad_ins, _flag in back_steps:
        kernel = step.kernel
        if not getattr(kernel, "from_logits", False):
            continue
        edge = net.graph.incoming(step.node).get("pred")
        act = edge.src[0] if edge is not None else None
        if act not in probe.outputs or "pred" not in probe.in_grads.get(step.node, {}):
            continue
        probe.fused[step.node] = act
        dprob = _unfused_pred_grad(kernel, probe.outputs[act]["out"])
        probe.in_grads[act] = {"in": probe.in_grads[step.node]["pred"]}
        probe.out_grads[act] = {"out": dprob}
        probe.in_grads[step.node]["pred"] = dprob
    return probe


def _plan(net: Any) -> tuple[list[Any], list[tuple[Any, list[tuple[str, int]], tuple | None]], int, bool]:
    """(forward steps, [(backward step, input ports taking gradient, grad flags)], loss slot)
    of the first objective, from either engine layout (one plan, or `passes` per objective)."""
    passes = getattr(net, "passes", None)
    if passes:
        p = passes[0]
        several = len(passes) > 1
        back = [(st, gi, (ig, tg) if several else None) for st, gi, ig, tg in p.back]
        return list(p.forward), back, p.loss_slot, several
    return list(net._steps), [(st, st.grad_ins, None) for st in net._back], net._loss_slot, False


def _share_gradients(net: Any, back_steps: list) -> None:
    """Nodes sharing another's weights add their gradients to the owner's (as backward does)."""
    passes = getattr(net, "passes", None)
    if not passes:
        return
    ran = {st.node for st, _gi, _f in back_steps}
    for node, owner in passes[0].sharers:
        mine, theirs = net.kernels[node].g, net.kernels[owner].g
        for k, g in mine.items():
            if owner in ran:
                theirs[k] += g
            else:
                theirs[k][...] = g


def _copy(value: Any) -> Any:
    """A copy, so a kernel that reuses its buffers on the next call cannot change the record."""
    return np.array(value, copy=True) if isinstance(value, np.ndarray) else value


def _unfused_pred_grad(kernel: Any, prob: np.ndarray) -> np.ndarray:
    """dL/d(probabilities) by the loss's plain (unfused) form, for display."""
    fn = type(kernel).backward_fn
    return fn(prob, kernel._target, **getattr(kernel, "kwargs", {})).astype(prob.dtype, copy=False)


@dataclass
class StepRecord:
    """One step: where it was in the run, and every number the batch produced."""

    epoch: int
    """0-based epoch of the batch."""
    batch: int
    """0-based batch within the epoch."""
    batches: int
    lr: float
    indices: np.ndarray
    """Rows of the training split in this batch."""
    probe: Probe
    weights_before: dict[str, dict[str, np.ndarray]]
    grads: dict[str, dict[str, np.ndarray]]
    weights_after: dict[str, dict[str, np.ndarray]]
    opt_before: dict[str, np.ndarray]
    opt_after: dict[str, np.ndarray]
    x: np.ndarray
    y: np.ndarray
    opt_offset: int = 0
    """Where the first optimizer's buffers start in the flat weights (it may train a part)."""
    losses: dict[str, float] = field(default_factory=dict)
    """Each objective's loss (first step of its round) when the graph has several."""
    elsewhere: dict[str, str] = field(default_factory=dict)
    """Nodes computed only in a later objective's step -> that objective's loss id."""

    @property
    def loss(self) -> float:
        return self.probe.loss

    def moved(self) -> dict[str, float]:
        """{node: mean |w_after - w_before| over its weights} (how much each layer moved)."""
        out = {}
        for node, before in self.weights_before.items():
            after = self.weights_after[node]
            total = sum(float(np.abs(after[k].astype(np.float64) - before[k]).sum()) for k in before)
            count = sum(before[k].size for k in before)
            out[node] = total / max(count, 1)
        return out


@dataclass
class _Snapshot:
    net_state: dict[str, Any]
    opt_state: list[dict[str, np.ndarray]]
    rng_state: dict[str, Any]
    epoch: int
    batch: int
    order: np.ndarray | None
    record: StepRecord | None


def _rounds(t: Trainer) -> list[tuple]:
    """What one batch runs, objective by objective, as the trainer does: (objective, steps,
    optimizer, weights, gradients, decay mask, optimizer params, loss id)."""
    net = t.network
    plan = getattr(net, "plan", None)
    objectives = getattr(plan, "objectives", None)
    if objectives and hasattr(t, "optimizers") and hasattr(t, "views"):
        return [(k, int(getattr(o, "steps", 1)), t.optimizers[k], *t.views[k], t.analysis.params[o.optimizer], o.loss)
                for k, o in enumerate(objectives)]
    return [(0, 1, t.optimizer, net.flat_w, net.flat_g, net.decay_mask, t.opt_params, net.loss_id)]


def _offset(net: Any, view: np.ndarray) -> int:
    """Index in the flat weights where `view` (a slice of them) starts."""
    base = net.flat_w.__array_interface__["data"][0]
    return int((view.__array_interface__["data"][0] - base) // max(net.flat_w.itemsize, 1)) if view.size else 0


class Stepper:
    """Train `graph` one batch per `step()`, as `Trainer` would; `back()` undoes a step.

    `initial` (optional) is `(network state, optimizer state)` to start from, e.g. a paused
    run's (`Network.get_state()`, `Optimizer.state_dict()`); otherwise the seeded weights.
    """

    def __init__(self, graph: Graph, *, seed: int | None = None, dtype: str | None = None,
                 base_dir: str | None = None, analysis: Any = None,
                 initial: tuple[Mapping[str, Any], Mapping[str, np.ndarray]] | None = None) -> None:
        from nodeflow.compute import datasets

        self.trainer = Trainer(graph, seed=seed, dtype=dtype, analysis=analysis, base_dir=base_dir)
        t = self.trainer
        self.graph = graph
        self.network = t.network
        self.optimizer = t.optimizer
        self.rounds = _rounds(t)
        """[(objective, steps, optimizer, weights, gradients, decay mask, optimizer params, loss id)]"""
        self.optimizers = [r[2] for r in self.rounds]
        self.rng = t.rng
        self.splits = datasets.load(t.data_params, t.seed, t.dtype, base_dir=t.base_dir)
        self.x, self.y = self.splits.train
        n = len(self.x)
        if n == 0:
            raise ValueError("the training split is empty")
        bs = int(t.data_params.get("batch_size") or n)
        self.batch_size = n if bs <= 0 or bs >= n else bs
        self.shuffle = bool(t.data_params.get("shuffle", True))
        self.batches = -(-n // self.batch_size)
        if initial is not None:
            self.network.set_state(initial[0])
            states = initial[1] if isinstance(initial[1], list | tuple) else [initial[1]]
            for opt, state in zip(self.optimizers, states, strict=False):
                opt.load_state_dict(state)
        self.epoch = 0
        self.batch = 0
        self._order: np.ndarray | None = None
        self.history: list[_Snapshot] = []
        self.last: StepRecord | None = None
        self.epoch_losses: list[float] = []
        self._epoch_loss_sum = 0.0

    # ----------------------------------------------------------------- state
    def _snapshot(self) -> _Snapshot:
        return _Snapshot(self.network.get_state(), [opt.state_dict() for opt in self.optimizers],
                         self.rng.bit_generator.state, self.epoch, self.batch,
                         None if self._order is None else self._order.copy(), self.last)

    def weights(self) -> dict[str, dict[str, np.ndarray]]:
        """{node: {weight name: copy}} of the current weights."""
        return {n: {k: v.copy() for k, v in ws.items()} for n, ws in self.network.params_by_node().items()}

    def gradients(self) -> dict[str, dict[str, np.ndarray]]:
        """{node: {weight name: copy}} of the gradients of the last backward."""
        return {n: {k: v.copy() for k, v in k_.g.items()} for n, k_ in self.network.kernels.items() if k_.g}

    @property
    def steps_taken(self) -> int:
        return len(self.history)

    def learning_rate(self, epoch: int | None = None, objective: int = 0) -> float:
        from nodeflow.compute import schedules

        t = self.trainer
        params = self.rounds[objective][6]
        return float(schedules.learning_rate(params, self.epoch if epoch is None else epoch, t.epochs))

    def _elsewhere(self) -> dict[str, str]:
        objectives = getattr(getattr(self.network, "plan", None), "objectives", None) or []
        first = set(getattr(objectives[0], "forward", ())) if objectives else set()
        out: dict[str, str] = {}
        for o in objectives[1:]:
            for node in getattr(o, "forward", ()):
                if node not in first:
                    out.setdefault(node, o.loss)
        return out

    # ----------------------------------------------------------------- steps
    def step(self) -> StepRecord:
        """Forward, backward and update on the next batch; returns what it computed."""
        snap = self._snapshot()
        net, opt = self.network, self.optimizer
        lr = self.learning_rate()
        if self.batch == 0:
            self._order = self.rng.permutation(len(self.x)) if self.shuffle else None
            self._epoch_loss_sum = 0.0
        b, bs = self.batch, self.batch_size
        if self._order is None:
            idx = np.arange(b * bs, min((b + 1) * bs, len(self.x)))
            xb, yb = self.x[b * bs:(b + 1) * bs], self.y[b * bs:(b + 1) * bs]
        else:
            idx = self._order[b * bs:(b + 1) * bs]
            xb, yb = self.x[idx], self.y[idx]
        before = self.weights()
        opt_before = opt.state_dict()
        losses: dict[str, float] = {}
        probe: Probe | None = None
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            for k, steps, optimizer, w, g, mask, _params, loss_id in self.rounds:
                lr_k = self.learning_rate(objective=k)
                for i in range(steps):
                    if k == 0 and i == 0:  # the step shown: every port's value and gradient kept
                        probe = probe_batch(net, xb, yb, True, self.rng)
                        loss_k = probe.loss
                        grads = self.gradients()
                    else:
                        loss_k = float(net.forward(xb, yb, True, self.rng, k))
                        if math.isfinite(loss_k):
                            net.backward(k)
                    if not math.isfinite(loss_k):
                        break
                    optimizer.step(w, g, lr_k, mask)
                    if i == 0:
                        losses[loss_id] = loss_k
                if not math.isfinite(loss_k):
                    break
        assert probe is not None
        record = StepRecord(self.epoch, b, self.batches, lr, np.asarray(idx), probe, before, grads,
                            self.weights(), opt_before, opt.state_dict(), xb, yb,
                            opt_offset=_offset(net, self.rounds[0][3]),
                            losses=losses if len(self.rounds) > 1 else {}, elsewhere=self._elsewhere())
        self.history.append(snap)
        if len(self.history) > MAX_HISTORY:
            del self.history[0]
        if len(self.history) > MAX_RECORDS:
            self.history[-MAX_RECORDS - 1].record = None
        self.last = record
        self._epoch_loss_sum += probe.loss * len(xb)
        self.batch += 1
        if self.batch >= self.batches:
            self.epoch_losses.append(self._epoch_loss_sum / len(self.x))
            self.batch = 0
            self.epoch += 1
        return record

    def back(self) -> bool:
        """Undo the last step (False when there is none to undo)."""
        if not self.history:
            return False
        snap = self.history.pop()
        self.network.set_state(snap.net_state)
        for opt, state in zip(self.optimizers, snap.opt_state, strict=True):
            opt.load_state_dict(state)
        self.rng.bit_generator.state = snap.rng_state
        if snap.epoch < self.epoch and self.epoch_losses:
            self.epoch_losses.pop()
        self.epoch, self.batch, self._order, self.last = snap.epoch, snap.batch, snap.order, snap.record
        return True

    # ------------------------------------------------------------ evaluation
    def loss_at(self, x: np.ndarray, y: np.ndarray, flat_w: np.ndarray | None = None) -> float:
        """The loss on (x, y) at inference (dropout off), at `flat_w` or the current weights."""
        net = self.network
        if flat_w is None:
            return float(net.forward(x, y, False, np.random.default_rng(0)))
        saved = net.flat_w.copy()
        try:
            net.flat_w[...] = flat_w
            return float(net.forward(x, y, False, np.random.default_rng(0)))
        finally:
            net.flat_w[...] = saved
