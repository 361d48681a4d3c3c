"""A graph compiled for computation: kernels in topological order over one flat weight buffer.

`Network.compile` turns a checked graph into a plan of kernel calls. Every wire's value lives
in a slot of a list (one slot per output port), so a batch costs one small dict per kernel
call and nothing else. All weights share one flat buffer (`flat_w`) and all gradients
another (`flat_g`); kernels get views, so an optimizer updates everything with a few array
operations and early stopping snapshots the whole model with one copy.

Backward runs in reverse order over the nodes upstream of the minimised loss that own weights
or lie downstream of a node that does; where an output feeds several inputs the gradients are
summed. A CrossEntropy fed straight by a Softmax (BCE by a Sigmoid) is fused: the loss gets
the logits (`from_logits = True`) and its gradient flows to the Softmax's input, skipping the
Softmax's backward, which keeps the loss finite for logits of any size.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from nodeflow.compute import initializers
from nodeflow.compute.kernel import Kernel
from nodeflow.graph.document import Graph, GraphError

FUSIONS: dict[str, str] = {"CrossEntropy": "Softmax", "BCE": "Sigmoid"}
"""Loss type -> the activation whose output it may take as logits instead."""

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
    """Input ports whose gradient is propagated, with the slot of their source."""


class Network:
    """Kernels, weights and the forward/backward plan of one graph. Build with `compile`."""

    def __init__(self) -> None:
        self.graph: Graph
        self.dtype: np.dtype = np.dtype(np.float32)
        self.kernels: dict[str, Kernel] = {}
        self.flat_w = np.zeros(0, np.float32)
        self.flat_g = np.zeros(0, np.float32)
        self.decay_mask = np.zeros(0, np.float32)
        self.dataset_id: str | None = None
        self.optimizer_id: str | None = None
        self.loss_id: str | None = None
        self.loss_type: str | None = None
        self.node_types: dict[str, str] = {}
        self.ranges: dict[str, tuple[int, int]] = {}
        """node id -> (start, stop) of its weights in the flat buffers."""
        self._slots: dict[tuple[str, str], int] = {}
        self._vals: list[Any] = []
        self._steps: list[_Step] = []
        self._back: list[_Step] = []
        self._predict_steps: list[_Step] = []
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

        analysis = analysis if analysis is not None else analyze(graph)
        if not analysis.ok:
            raise GraphError(str(analysis.first_error))
        net = cls()
        net.graph = graph
        net.dtype = np.dtype(dtype)
        net._build(analysis)
        net._allocate(analysis, rng if rng is not None else np.random.default_rng(seed))
        return net

    def _build(self, analysis: Any) -> None:
        graph = self.graph
        order = [n for n in analysis.order if n in graph.nodes]
        specs = {n: graph.nodes[n].spec for n in order}
        self.node_types = {n: graph.nodes[n].type for n in order}
        sources = {n: {p: e.src for p, e in graph.incoming(n).items()} for n in order}
        consumers: dict[tuple[str, str], list[tuple[str, str]]] = {}
        for e in graph.edges:
            consumers.setdefault(e.src, []).append(e.dst)

        data = [n for n in order if specs[n].category == "data"]
        opts = [n for n in order if specs[n].category == "optimizer"]
        if len(data) > 1:
            raise GraphError("the graph has more than one Dataset node; keep one", data[1])
        if len(opts) > 1:
            raise GraphError("the graph has more than one optimizer node; keep one", opts[1])
        self.dataset_id = data[0] if data else None
        self.optimizer_id = opts[0] if opts else None
        losses = [n for n in order if specs[n].category == "loss"]
        if self.optimizer_id is not None:
            src = sources[self.optimizer_id].get("loss")
            self.loss_id = src[0] if src else None
        elif len(losses) == 1:
            self.loss_id = losses[0]
        self.loss_type = self.node_types.get(self.loss_id) if self.loss_id else None

        # Slots: one per output port of every node that runs (and the dataset's x, y).
        slot = self._slots
        if self.dataset_id is not None:
            for port in specs[self.dataset_id].outputs:
                slot[(self.dataset_id, port)] = len(slot)
            self._x_slot = slot.get((self.dataset_id, "x"), -1)
            self._y_slot = slot.get((self.dataset_id, "y"), -1)
            if self.node_types[self.dataset_id] == "Environment":  # rl hook: its state and target ports
                self._x_slot, self._y_slot = slot[(self.dataset_id, "state")], slot[(self.dataset_id, "target")]
        running: list[str] = []
        for n in order:
            spec = specs[n]
            if spec.kernel is None or spec.category in ("data", "optimizer"):
                continue
            ins = sources[n]
            if any(p not in ins or ins[p] not in slot for p in spec.inputs):
                continue  # not wired to the data: nothing to compute
            for port in spec.outputs:
                slot[(n, port)] = len(slot)
            running.append(n)

        # Fusion: the loss reads the activation's input (logits) instead of its output.
        effective = {n: dict(sources[n]) for n in running}
        fused: set[str] = set()
        for n in running:
            act_type = FUSIONS.get(self.node_types[n])
            pred = sources[n].get("pred")
            if act_type is None or pred is None or self.node_types.get(pred[0]) != act_type:
                continue
            act = pred[0]
            others = [c for c in consumers.get(pred, []) if c != (n, "pred")]
            if act not in running or any(self._feeds_loss(c[0], effective) for c in others):
                continue
            effective[n]["pred"] = sources[act]["in"]
            fused.add(n)

        for n in running:
            cls_ = resolve(specs[n].kernel)  # type: ignore[arg-type]
            kernel = cls_(analysis.params[n], analysis.input_types(n), analysis.inferred[n], self.dtype)
            if n in fused:
                kernel.from_logits = True
            self.kernels[n] = kernel
            ins = [(p, slot[effective[n][p]]) for p in specs[n].inputs]
            outs = [(p, slot[(n, p)]) for p in specs[n].outputs]
            self._steps.append(_Step(n, kernel, ins, outs))
        self._vals = [None] * len(slot)

        if self.loss_id is None or self.loss_id not in self.kernels:
            return
        self._loss_slot = slot[(self.loss_id, specs[self.loss_id].outputs[0])]
        self._pred_slot = slot[sources[self.loss_id]["pred"]]
        steps = {s.node: s for s in self._steps}

        # Backward: nodes upstream of the loss (through the fused wiring) that need gradients.
        upstream = self._ancestors(self.loss_id, effective) | {self.loss_id}
        owns = {n: bool(analysis.inferred[n].weights) for n in running}
        needs: set[str] = set()
        for n in running:  # topological: a node needs gradient if it or an input's source does
            if n in upstream and (owns[n] or any(src[0] in needs for src in effective[n].values())):
                needs.add(n)
        for n in reversed(running):
            if n in needs:
                step = steps[n]
                step.grad_ins = [(p, slot[effective[n][p]]) for p in specs[n].inputs
                                 if effective[n][p][0] in needs]
                if not step.grad_ins and hasattr(step.kernel, "input_grad"):
                    step.kernel.input_grad = False  # fed by data: skip computing d(input)
                self._back.append(step)

        # Prediction: only what the loss's pred source needs.
        pred_node = sources[self.loss_id]["pred"][0]
        wanted = self._ancestors(pred_node, sources) | {pred_node}
        self._predict_steps = [steps[n] for n in running if n in wanted]

    @staticmethod
    def _ancestors(node: str, sources: Mapping[str, Mapping[str, tuple[str, str]]]) -> set[str]:
        seen: set[str] = set()
        todo = [node]
        while todo:
            for src, _port in sources.get(todo.pop(), {}).values():
                if src not in seen:
                    seen.add(src)
                    todo.append(src)
        return seen

    def _feeds_loss(self, node: str, sources: Mapping[str, Mapping[str, tuple[str, str]]]) -> bool:
        """True when `node` is (or is upstream of) the minimised loss."""
        if self.loss_id is None:
            return False
        return node == self.loss_id or node in self._ancestors(self.loss_id, sources)

    def _allocate(self, analysis: Any, rng: np.random.Generator) -> None:
        layout: list[tuple[str, str, Any, int]] = []
        total = 0
        for step in self._steps:
            start = total
            for name, weight in analysis.inferred[step.node].weights.items():
                layout.append((step.node, name, weight, total))
                total += weight.size
            if total > start:
                self.ranges[step.node] = (start, total)
        self.flat_w = np.zeros(total, self.dtype)
        self.flat_g = np.zeros(total, self.dtype)
        self.decay_mask = np.zeros(total, self.dtype)
        consumers: dict[str, list[str]] = {}
        for e in self.graph.edges:
            consumers.setdefault(e.src[0], []).append(self.node_types.get(e.dst[0], ""))
        for node, name, weight, offset in layout:
            kernel = self.kernels[node]
            rule = initializers.choose_rule(kernel.params.get("init"), consumers.get(node, []))
            view = self.flat_w[offset : offset + weight.size].reshape(weight.shape)
            view[...] = initializers.initial_value(weight, rule, rng)
            kernel.w[name] = view
            kernel.g[name] = self.flat_g[offset : offset + weight.size].reshape(weight.shape)
            if initializers.decays(weight):
                self.decay_mask[offset : offset + weight.size] = 1

    # -------------------------------------------------------------- compute
    def forward(self, x: np.ndarray, y: np.ndarray, training: bool, rng: np.random.Generator) -> float:
        """Run every kernel on one batch (x: the Dataset's x, y: its y); returns the loss.

        Activations stay cached for `backward`, `prediction` and `activations`.
        """
        if self._loss_slot < 0 or self._x_slot < 0:
            raise GraphError("nothing to train: wire a Dataset through a loss into an optimizer node")
        vals = self._vals
        vals[self._x_slot] = x
        if self._y_slot >= 0:
            vals[self._y_slot] = y
        for step in self._steps:
            out = step.kernel.forward({p: vals[s] for p, s in step.ins}, training, rng)
            for p, s in step.outs:
                vals[s] = out[p]
        return float(vals[self._loss_slot])

    def backward(self) -> None:
        """Gradients of the last forward's loss into `flat_g` (reverse order, fan-out summed)."""
        vals = self._vals
        grads: list[Any] = [None] * len(vals)
        grads[self._loss_slot] = np.ones((), self.dtype)
        for step in self._back:
            out_g = {}
            for p, s in step.outs:
                g = grads[s]
                out_g[p] = g if g is not None else np.zeros_like(vals[s])
            in_g = step.kernel.backward(out_g)
            for p, s in step.grad_ins:
                g = in_g.get(p)
                if g is None:
                    continue
                grads[s] = g if grads[s] is None else grads[s] + g

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

    def prediction(self) -> np.ndarray:
        """The loss's prediction input from the last forward."""
        return self._vals[self._pred_slot]

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
        """{node id: {weight name: array view}} for nodes that own weights."""
        return {n: dict(k.w) for n, k in self.kernels.items() if k.w}

    def grad_stats(self) -> dict[str, float]:
        """{node id: mean |gradient|} over the node's weights, from the last backward."""
        g = self.flat_g
        return {n: float(np.abs(g[a:b]).mean()) for n, (a, b) in self.ranges.items()}

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
