"""A graph compiled for computation: kernels in topological order over one flat weight buffer.

`Network.compile` turns a checked graph into a plan of kernel calls. Every wire's value lives
in a slot of a list (one slot per output port), so a batch costs one small dict per kernel
call and nothing else. All weights share one flat buffer (`flat_w`) and all gradients
another (`flat_g`); kernels get views, so an optimizer updates everything with a few array
operations and early stopping snapshots the whole model with one copy.

The roles come from the compiled plan (`nodeflow.compute.runtime.TrainingPlan`, built by the
analysis): one backward plan per objective (loss -> optimizer pair) runs in reverse order over
the nodes upstream of that loss that own weights or lie downstream of a node that does, up to
any Detach; where an output feeds several inputs the gradients are summed. A loss fused with
the activation before it (`NodeSpec.fuses_with`: CrossEntropy after Softmax, BCE after Sigmoid)
gets the logits (`from_logits = True`) and its gradient flows to the activation's input,
skipping the activation's backward, which keeps the loss finite for logits of any size.

Weights are laid out objective by objective in round order (then weights no optimizer trains),
so each optimizer updates one contiguous view (`Network.trained_range`) with its own state; the
initial values are still drawn in run order, so a one-objective graph starts from exactly the
weights it always did.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from nodeflow.compute import initializers
from nodeflow.compute.kernel import Kernel
from nodeflow.compute.runtime.plan import Objective, TrainingPlan
from nodeflow.compute.types import GraphError

if TYPE_CHECKING:  # annotations only: compute does not import the graph layer
    from nodeflow.graph.document import Graph

_CLASSES: dict[str, type] = {}


def resolve(path: str) -> type:
    """The class named by a kernel path "module:Class" (imported once, then cached)."""
    cls = _CLASSES.get(path)
    if cls is None:
        module, _, name = path.partition(":")
        cls = getattr(importlib.import_module(module), name)
        _CLASSES[path] = cls
    return cls


@dataclass
class _Step:
    """One kernel call: where its inputs come from and where its outputs go (slot indices)."""

    node: str
    kernel: Kernel
    ins: list[tuple[str, int]]
    outs: list[tuple[str, int]]
    grad_ins: list[tuple[str, int]] = field(default_factory=list)
    """Input ports whose gradient is propagated, with the slot of their source (first objective)."""


@dataclass
class _Pass:
    """What the engine runs for one objective: its forward steps and its backward plan."""

    objective: Objective
    forward: list[_Step]
    back: list[tuple[_Step, list[tuple[str, int]], bool, bool]]
    """(step, input ports taking gradient with their source slots, input_grad, target_grad)."""
    loss_slot: int
    pred_slot: int
    sharers: list[tuple[str, str]]
    """(node sharing weights, owner) pairs whose gradients this pass adds to the owner's."""
    start: int = 0
    stop: int = 0
    """The trained weights' range in the flat buffers."""


class Network:
    """Kernels, weights and the forward/backward plan of one graph. Build with `compile`."""

    def __init__(self) -> None:
        self.graph: Graph
        self.plan: TrainingPlan = TrainingPlan()
        self.dtype: np.dtype = np.dtype(np.float32)
        self.kernels: dict[str, Kernel] = {}
        self.flat_w = np.zeros(0, np.float32)
        self.flat_g = np.zeros(0, np.float32)
        self.decay_mask = np.zeros(0, np.float32)
        self.dataset_id: str | None = None
        self.optimizer_id: str | None = None
        self.loss_id: str | None = None
        self.loss_type: str | None = None
        self.accuracy: str | None = None
        """The first loss's accuracy rule (`NodeSpec.accuracy`); None: it reports no accuracy."""
        self.node_types: dict[str, str] = {}
        self.ranges: dict[str, tuple[int, int]] = {}
        """node id -> (start, stop) of its weights in the flat buffers (sharing nodes: the owner's)."""
        self.passes: list[_Pass] = []
        """One per objective, in round order."""
        self._slots: dict[tuple[str, str], int] = {}
        self._vals: list[Any] = []
        self._steps: list[_Step] = []
        self._back: list[_Step] = []
        self._predict_steps: list[_Step] = []
        self._sources: list[Kernel] = []
        self._x_slot = self._y_slot = -1
        self._loss_slot = self._pred_slot = -1

    # ------------------------------------------------------------------ build
    @classmethod
    def compile(
        cls,
        graph: Graph,
        analysis: Any = None,
        dtype: str | np.dtype | type = "float32",
        seed: int = 0,
        rng: np.random.Generator | None = None,
    ) -> Network:
        """Build kernels and initialise weights; raises GraphError when the graph is not valid.

        `rng` (default `np.random.default_rng(seed)`) supplies the initial weights; the trainer
        passes its own generator so one seed fixes the whole run.
        """
        from nodeflow.graph.analysis import analyze

        graph = graph.resolved()  # bypassed nodes pass their input through: train the graph without them
        analysis = analysis if analysis is not None else analyze(graph)
        if not analysis.ok:
            raise GraphError(str(analysis.first_error))
        net = cls()
        net.graph = graph
        net.dtype = np.dtype(dtype)
        net.plan = analysis.plan if analysis.plan is not None else TrainingPlan()
        net._build(analysis)
        net._allocate(analysis, rng if rng is not None else np.random.default_rng(seed))
        return net

    def _build(self, analysis: Any) -> None:
        graph, plan = self.graph, self.plan
        order = [n for n in analysis.order if n in graph.nodes]
        specs = {n: graph.nodes[n].spec for n in order}
        self.node_types = {n: graph.nodes[n].type for n in order}
        sources = {n: {p: e.src for p, e in graph.incoming(n).items()} for n in order}
        self.dataset_id = plan.dataset
        first = plan.first
        self.optimizer_id = first.optimizer if first else None
        self.loss_id = first.loss if first else None
        self.loss_type = self.node_types.get(self.loss_id) if self.loss_id else None
        self.accuracy = graph.nodes[self.loss_id].spec.accuracy if self.loss_id else None

        # Slots: one per output port of the Dataset, then of every node that runs.
        slot = self._slots
        if self.dataset_id is not None:
            for port in specs[self.dataset_id].outputs:
                slot[(self.dataset_id, port)] = len(slot)
            self._x_slot = slot.get((self.dataset_id, "x"), -1)
            self._y_slot = slot.get((self.dataset_id, "y"), -1)
            if self.node_types[self.dataset_id] == "Environment":  # rl hook: its state and target ports
                self._x_slot, self._y_slot = slot[(self.dataset_id, "state")], slot[(self.dataset_id, "target")]
        for n in plan.running:
            for port in specs[n].outputs:
                slot[(n, port)] = len(slot)

        effective = plan.inputs
        steps: dict[str, _Step] = {}
        for n in plan.running:
            cls_ = resolve(specs[n].kernel)  # type: ignore[arg-type]
            kernel = cls_(analysis.params[n], analysis.input_types(n), analysis.inferred[n], self.dtype)
            kernel.node_id = n
            if n in plan.fused:
                kernel.from_logits = True
            self.kernels[n] = kernel
            ins = [(p, slot[effective[n][p]]) for p in specs[n].inputs]
            outs = [(p, slot[(n, p)]) for p in specs[n].outputs]
            steps[n] = _Step(n, kernel, ins, outs)
            self._steps.append(steps[n])
            if specs[n].category == "data":
                self._sources.append(kernel)
        self._vals = [None] * len(slot)

        for obj in plan.objectives:
            needs = set(obj.backward)
            back = []
            for n in reversed(obj.backward):
                grad_ins = [(p, slot[effective[n][p]]) for p in specs[n].inputs if effective[n][p][0] in needs]
                ports = {p for p, _ in grad_ins}
                back.append((steps[n], grad_ins, bool(grad_ins), "target" in ports))
            sharers = [(n, o) for n, o in plan.shares.items() if n in needs]
            self.passes.append(_Pass(
                objective=obj, forward=[steps[n] for n in obj.forward], back=back,
                loss_slot=slot[(obj.loss, specs[obj.loss].outputs[0])],
                pred_slot=slot[sources[obj.loss]["pred"]] if "pred" in sources[obj.loss] else -1,
                sharers=sharers,
            ))
        if not self.passes:
            return
        main = self.passes[0]
        self._loss_slot, self._pred_slot = main.loss_slot, main.pred_slot
        for step, grad_ins, _input_grad, _target in main.back:
            step.grad_ins = grad_ins
            self._back.append(step)
        if len(self.passes) == 1:  # set once; with several objectives each backward sets them
            for step, _g, input_grad, target_grad in main.back:
                self._set_grad_flags(step.kernel, input_grad, target_grad)

        # Prediction: only what the first loss's pred source needs.
        if "pred" not in sources[main.objective.loss]:
            return
        pred_node = sources[main.objective.loss]["pred"][0]
        wanted = _ancestors(pred_node, sources) | {pred_node}
        self._predict_steps = [steps[n] for n in plan.running if n in wanted]

    @staticmethod
    def _set_grad_flags(kernel: Kernel, input_grad: bool, target_grad: bool) -> None:
        if hasattr(kernel, "input_grad"):
            if not input_grad:
                kernel.input_grad = False  # fed by data: skip computing d(input)
            elif kernel.__dict__.get("input_grad") is False:
                kernel.input_grad = True
        if hasattr(kernel, "target_grad"):
            kernel.target_grad = target_grad

    def _allocate(self, analysis: Any, rng: np.random.Generator) -> None:
        plan = self.plan
        shares = plan.shares
        groups = {o.optimizer: i for i, o in enumerate(plan.objectives)}
        owners = [s.node for s in self._steps if analysis.inferred[s.node].weights and s.node not in shares]
        rank = {n: (groups.get(plan.owner.get(n), len(groups)), i) for i, n in enumerate(owners)}
        total = 0
        offsets: dict[str, int] = {}
        for n in sorted(owners, key=rank.__getitem__):
            offsets[n] = total
            size = sum(w.size for w in analysis.inferred[n].weights.values())
            self.ranges[n] = (total, total + size)
            total += size
        for p in self.passes:
            spans = [self.ranges[n] for n in p.objective.trains]
            p.start = min((a for a, _ in spans), default=0)
            p.stop = max((b for _, b in spans), default=0)
        self.flat_w = np.zeros(total, self.dtype)
        self.flat_g = np.zeros(total, self.dtype)
        self.decay_mask = np.zeros(total, self.dtype)
        consumers: dict[str, list[str]] = {}
        for e in self.graph.edges:
            consumers.setdefault(e.src[0], []).append(self.graph.nodes[e.dst[0]].spec.init_before)
        for node in owners:  # initial values in run order, whatever the layout
            kernel = self.kernels[node]
            offset = offsets[node]
            for name, weight in analysis.inferred[node].weights.items():
                rule = initializers.choose_rule(kernel.params.get("init"), consumers.get(node, []))
                view = self.flat_w[offset : offset + weight.size].reshape(weight.shape)
                view[...] = initializers.initial_value(weight, rule, rng)
                kernel.w[name] = view
                kernel.g[name] = self.flat_g[offset : offset + weight.size].reshape(weight.shape)
                if initializers.decays(weight) and node in plan.owner:
                    # only weights some optimizer trains (upstream of its loss): as torch.optim
                    # skips a parameter without a gradient, a dead branch is never decayed
                    self.decay_mask[offset : offset + weight.size] = 1
                offset += weight.size
        for node, owner in shares.items():
            if node in self.kernels:
                kernel, source = self.kernels[node], self.kernels[owner]
                kernel.w = source.w  # the same views: one set of weights used twice
                kernel.g = {k: np.zeros_like(v) for k, v in source.g.items()}
                self.ranges[node] = self.ranges[owner]

    def trained_range(self, objective: int = 0) -> tuple[int, int]:
        """(start, stop) in the flat buffers of the weights objective `objective`'s optimizer trains."""
        p = self.passes[objective]
        return p.start, p.stop

    # -------------------------------------------------------------- compute
    def forward(self, x: np.ndarray | None, y: np.ndarray | None, training: bool, rng: np.random.Generator,
                objective: int = 0, n: int | None = None) -> float:
        """Run the kernels of objective `objective` (default the first) on one batch (x: the
        Dataset's x, y: its y; None without a Dataset); returns that objective's loss.

        Data sources (Noise, Constant) give batches of len(x) samples (of `n` without a
        Dataset, else their own batch_size); Noise draws from `rng`. Activations stay cached for `backward`,
        `prediction` and `activations`.
        """
        if not self.passes:
            raise GraphError("nothing to train: wire a Dataset through a loss into an optimizer node")
        p = self.passes[objective]
        vals = self._vals
        if self._x_slot >= 0:
            vals[self._x_slot] = x
        if self._y_slot >= 0:
            vals[self._y_slot] = y
        if self._sources:
            n = len(x) if x is not None else n
            for kernel in self._sources:
                kernel.batch = n
        for step in p.forward:
            out = step.kernel.forward({q: vals[s] for q, s in step.ins}, training, rng)
            for q, s in step.outs:
                vals[s] = out[q]
        return float(vals[p.loss_slot])

    def backward(self, objective: int = 0) -> None:
        """Gradients of the last forward's loss (objective `objective`) into `flat_g` (reverse
        order, fan-out summed); the gradients of a node sharing weights add to the owner's."""
        vals = self._vals
        p = self.passes[objective]
        grads: list[Any] = [None] * len(vals)
        grads[p.loss_slot] = np.ones((), self.dtype)
        several = len(self.passes) > 1
        for step, grad_ins, input_grad, target_grad in p.back:
            if several:
                self._set_grad_flags(step.kernel, input_grad, target_grad)
            out_g = {}
            for q, s in step.outs:
                g = grads[s]
                out_g[q] = g if g is not None else np.zeros_like(vals[s])
            in_g = step.kernel.backward(out_g)
            for q, s in grad_ins:
                g = in_g.get(q)
                if g is None:
                    continue
                grads[s] = g if grads[s] is None else grads[s] + g
        ran = {step.node for step, *_ in p.back}
        for node, owner in p.sharers:
            mine, theirs = self.kernels[node].g, self.kernels[owner].g
            for k, g in mine.items():
                if owner in ran:
                    theirs[k] += g
                else:
                    theirs[k][...] = g

    def predict(self, x: np.ndarray, rng: np.random.Generator | None = None) -> np.ndarray:
        """The loss's prediction input (probabilities after Softmax/Sigmoid) for inputs x,
        at inference (dropout off, running BatchNorm statistics)."""
        if self._pred_slot < 0 or self._x_slot < 0:
            raise GraphError("nothing to predict: wire a Dataset through a loss into an optimizer node")
        vals = self._vals
        vals[self._x_slot] = x
        rng = rng if rng is not None else np.random.default_rng(0)
        for step in self._predict_steps:
            out = step.kernel.forward({p: vals[s] for p, s in step.ins}, False, rng)
            for p, s in step.outs:
                vals[s] = out[p]
        return vals[self._pred_slot]

    def prediction(self, objective: int = 0) -> np.ndarray:
        """The loss's prediction input from the last forward (of objective `objective`)."""
        return self._vals[self.passes[objective].pred_slot if self.passes else self._pred_slot]

    # ---------------------------------------------------------- inspection
    @property
    def activations(self) -> dict[str, np.ndarray]:
        """Each node's first output from the last forward (for histograms)."""
        result = {}
        for step in self._steps:
            value = self._vals[step.outs[0][1]] if step.outs else None
            if value is not None:
                result[step.node] = value
        return result

    def params_by_node(self) -> dict[str, dict[str, np.ndarray]]:
        """{node id: {weight name: array view}} for nodes that own weights (not those sharing them)."""
        return {n: dict(k.w) for n, k in self.kernels.items() if k.w and n not in self.plan.shares}

    def grad_stats(self) -> dict[str, float]:
        """{node id: mean |gradient|} over the node's weights, from the last backward."""
        g = self.flat_g
        return {n: float(np.abs(g[a:b]).mean()) for n, (a, b) in self.ranges.items() if b > a}

    def get_state(self) -> dict[str, Any]:
        """A copy of all weights and kernel state (BatchNorm running statistics)."""
        return {
            "w": self.flat_w.copy(),
            "state": {n: {k: np.array(v, copy=True) for k, v in kern.state.items()}
                      for n, kern in self.kernels.items() if kern.state},
        }

    def set_state(self, state: Mapping[str, Any]) -> None:
        """Put back a state from `get_state` (in place: kernels keep their views)."""
        self.flat_w[...] = state["w"]
        for n, buffers in state["state"].items():
            kernel_state = self.kernels[n].state
            for k, v in buffers.items():
                current = kernel_state.get(k)
                if isinstance(current, np.ndarray) and current.shape == np.shape(v):
                    current[...] = v
                else:
                    kernel_state[k] = np.array(v, copy=True)

    @property
    def size(self) -> int:
        return int(self.flat_w.size)


def _ancestors(node: str, sources: Mapping[str, Mapping[str, tuple[str, str]]]) -> set[str]:
    seen: set[str] = set()
    todo = [node]
    while todo:
        for src, _port in sources.get(todo.pop(), {}).values():
            if src not in seen:
                seen.add(src)
                todo.append(src)
    return seen
