"""The NumPy target: one standalone script that trains the graph exactly like the engine.

The kernels, optimizer, schedules, initializers, metrics and data generator are copied from
the engine's source (see `source.Collector`); only the per-graph glue is generated here: the
network class with its forward/backward written out node by node (from the engine's own
compiled plan), the data split, and the training loop, which follows the trainer's
reproducibility contract (`nodeflow.compute.trainer`) step for step, so the printed losses
are bitwise the engine's for the same seed.
"""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

from nodeflow.export.naming import comment, literal
from nodeflow.export.plan import ExportError, Plan
from nodeflow.export.source import Collector, SourceError

PROVIDED = frozenset({"REGISTRY"})
"""Names the copied engine code imports from nodeflow inside functions; defined by the script."""


def _data_source(plan: Plan, collector: Collector) -> str:
    """The statements in `load_data` that produce the raw (x, y) of the Dataset node, calling
    the engine's own loader (copied): a generator, scikit-learn's bundled sets, or the csv /
    npz readers with their checks and messages, and those of image folders, IDX and CIFAR-10 files
    and drawn points (files are read from DATA_DIR)."""
    from nodeflow.compute.datasets import bundled, sources, synthetic

    params = plan.analysis.params[plan.dataset]
    source = params["source"]
    generate = synthetic.GENERATORS.get(source)
    if generate is not None:
        name = collector.add(generate.__module__, generate.__name__)
        return f"x, y = {name}(DATA, rng)"
    if source in bundled.BUNDLED:
        collector.add(bundled.__name__, "BUNDLED")
        loader = collector.add(bundled.__name__, bundled.load_bundled.__name__)
        return f"x, y = {loader}(BUNDLED[DATA['source']], DATA)"
    reader = sources.SOURCES[source].raw if source in sources.SOURCES else None
    if reader is not None and reader.__name__ != "<lambda>":  # the engine's reader itself (a named function)
        raw = collector.add(reader.__module__, reader.__name__)
        error = collector.add("nodeflow.compute.datasets.types", "DataError")
        return _READ_FILE.format(raw=raw, error=error)
    raise ExportError(f"{plan.dataset}: the {source!r} source cannot be exported")


_READ_FILE = """try:
        raw = {raw}(DATA, rng, DATA_DIR)
    except {error} as exc:  # a missing or bad file: say which, no traceback
        raise SystemExit(f"error: {{exc}}") from None
    x, y = raw.x, raw.y"""


def data_dir_line(plan: Plan) -> str:
    """`DATA_DIR = ...`: where a relative csv/npz path is read from, as in nodeflow (the graph
    file's folder); change it, or pass --data-dir, when the data moved."""
    base = plan.graph.base_dir
    folder = str(Path(base).resolve()) if base is not None else None
    return f"DATA_DIR = {literal(folder)}  # relative data paths are read from here (--data-dir)"


def _kernel_class(plan: Plan, node: str, collector: Collector) -> str:
    kernel = plan.network.kernels[node]
    cls = type(kernel)
    try:
        return collector.add(cls.__module__, cls.__qualname__)
    except SourceError as exc:
        raise ExportError(f"{node}: its kernel cannot be copied into a script ({exc})") from None


def _registry(plan: Plan) -> str:
    from nodeflow.nodes import REGISTRY

    types = sorted({o.optimizer_type for o in plan.network.plan.objectives})
    items = ", ".join(f"{literal(t)}: NodeDefaults({literal(REGISTRY.get(t).defaults())})" for t in types)
    return textwrap.dedent(
        '''
        class NodeDefaults:
            """Stands in for nodeflow's node registry: the parameter defaults of one node type."""

            def __init__(self, defaults: dict) -> None:
                self._defaults = dict(defaults)

            def defaults(self) -> dict:
                return dict(self._defaults)


        '''
    ) + f"REGISTRY = {{{items}}}\n"


def _network_class(plan: Plan, collector: Collector) -> str:
    net = plan.network
    a = plan.analysis
    names = plan.names
    slot = plan.slot_names
    steps = net._steps
    lines: list[str] = []
    add = lines.append
    add("class Network:")
    add('    """The graph\'s nodes in the engine\'s order; weights live in one flat buffer."""')
    add("")
    add("    def __init__(self, rng: np.random.Generator) -> None:")
    for step in steps:
        node = step.node
        cls = _kernel_class(plan, node, collector)
        inputs = literal(a.input_types(node))
        add(f"        # {names[node]}: {plan.types[node]}, node id {comment(node)}")
        add(f"        self.{names[node]} = {cls}({literal(a.params[node])}, {inputs}, "
            f"{literal(a.inferred[node])}, DTYPE)")
        kernel = net.kernels[node]
        if getattr(kernel, "from_logits", False):
            add(f"        self.{names[node]}.from_logits = True  # fused with the activation before it")
        if getattr(kernel, "input_grad", True) is False:
            add(f"        self.{names[node]}.input_grad = False  # fed by the data: no input gradient")
        if getattr(kernel, "target_grad", False) is True:
            add(f"        self.{names[node]}.target_grad = True  # a learned target: it takes a gradient too")
    add("        self.kernels = {")
    for step in steps:
        add(f"            {literal(step.node)}: self.{names[step.node]},")
    add("        }")
    # weights: the engine's layout (run order, each node's weights in declaration order)
    collector.add("nodeflow.compute.initializers", "initial_value")
    collector.add("nodeflow.compute.initializers", "decays")
    collector.add("nodeflow.compute.initializers", "choose_rule")
    shares = net.plan.shares
    owners = [s.node for s in steps if a.inferred[s.node].weights and s.node not in shares]
    add("        layout = [  # (kernel, init rule, offset): drawn in run order, placed as the engine places them")
    for node in owners:
        init = net.kernels[node].params.get("init")
        add(f"            (self.{names[node]}, choose_rule({literal(init)}, {literal(plan.consumers.get(node, []))}), "
            f"{net.ranges[node][0]}),")
    add("        ]")
    add(textwrap.indent(textwrap.dedent("""
        total = sum(w.size for kernel, _, _ in layout for w in kernel.inferred.weights.values())
        self.flat_w = np.zeros(total, DTYPE)
        self.flat_g = np.zeros(total, DTYPE)
        self.decay_mask = np.zeros(total, DTYPE)
        for kernel, rule, offset in layout:
            for name, weight in kernel.inferred.weights.items():
                part = slice(offset, offset + weight.size)
                view = self.flat_w[part].reshape(weight.shape)
                view[...] = initial_value(weight, rule, rng)
                kernel.w[name] = view
                kernel.g[name] = self.flat_g[part].reshape(weight.shape)
                if decays(weight):
                    self.decay_mask[part] = 1
                offset += weight.size
    """).strip("\n"), "        "))
    for node, owner in shares.items():
        add(f"        # {names[node]} uses the weights of {names[owner]} (its own gradients add to theirs)")
        add(f"        self.{names[node]}.w = self.{names[owner]}.w")
        add(f"        self.{names[node]}.g = {{k: np.zeros_like(v) for k, v in self.{names[owner]}.g.items()}}")
    add(f"        self.shared = {literal(sorted(shares))}  # nodes whose weights are another node's")
    data_sources = [s.node for s in steps if s.kernel in net._sources]
    add("")

    x_var, y_var = slot[net._x_slot], slot[net._y_slot] if net._y_slot >= 0 else None

    def run_steps(step_list: list, training: str, pad: str = "        ") -> None:
        for step in step_list:
            ins = ", ".join(f"{literal(p)}: self.{slot[s]}" for p, s in step.ins)
            call = f"self.{names[step.node]}.forward({{{ins}}}, {training}, rng)"
            if len(step.outs) == 1:
                p, s = step.outs[0]
                add(f"{pad}self.{slot[s]} = {call}[{literal(p)}]")
            else:
                add(f"{pad}out = {call}")
                for p, s in step.outs:
                    add(f"{pad}self.{slot[s]} = out[{literal(p)}]")

    passes = net.passes
    several = len(passes) > 1
    add("    def forward(self, x: np.ndarray, y: np.ndarray, training: bool, rng: np.random.Generator,")
    add("                objective: int = 0, n: int | None = None) -> float:")
    if several:
        add('        """One batch through the nodes objective `objective` needs (in round order: '
            + ", ".join(comment(p.objective.loss) for p in passes) + '); returns its loss."""')
    else:
        add('        """One batch through every node; returns the loss (values stay for backward)."""')
    add(f"        self.{x_var} = x")
    if y_var:
        add(f"        self.{y_var} = y")
    if data_sources:  # Noise and Constant give as many samples as the Dataset's batch
        add("        n = len(x) if x is not None else n")
        for node in data_sources:
            add(f"        self.{names[node]}.batch = n")
    if several:
        for k, p in enumerate(passes):
            add(f"        if objective == {k}:  # {comment(p.objective.loss)} -> {comment(p.objective.optimizer)}")
            run_steps(p.forward, "training", "            ")
            add(f"            return float(self.{slot[p.loss_slot]})")
        add("        raise IndexError(objective)")
    else:
        run_steps(steps, "training")
        add(f"        return float(self.{slot[net._loss_slot]})")
    add("")
    add("    def backward(self, objective: int = 0) -> None:")
    add('        """Gradients of the last loss into flat_g, in reverse order; fan-out gradients add up."""')
    if several:
        for k, p in enumerate(passes):
            add(f"        if objective == {k}:  # {comment(p.objective.loss)}; trains "
                + ", ".join(comment(n) for n in p.objective.trains))
            body = _backward_lines(p.back, p.loss_slot, slot, names, net.kernels, set_flags=True)
            body += _sharer_lines(p, names)
            lines.extend("    " + line for line in body)
            add("            return")
    else:
        lines.extend(_backward_lines([(step, step.grad_ins, None, None) for step in net._back], net._loss_slot,
                                     slot, names, net.kernels, set_flags=False))
        lines.extend(_sharer_lines(passes[0], names) if passes else [])
    add("")
    add("    def predict(self, x: np.ndarray) -> np.ndarray:")
    add('        """What the loss compares with the target (probabilities after Softmax/Sigmoid), at inference."""')
    add("        rng = np.random.default_rng(0)  # unused at inference")
    add(f"        self.{x_var} = x")
    if net._pred_slot >= 0:
        run_steps(net._predict_steps, "False")
        add(f"        return self.{slot[net._pred_slot]}")
    else:  # the first objective minimizes a sum of losses (a GAN's D): no one prediction to give
        add(f"        raise ValueError({literal('the first objective (' + str(net.loss_id) + ') has no prediction')})")
    add("")
    add("    def prediction(self, objective: int = 0) -> np.ndarray:")
    if several:
        preds = ", ".join(f"getattr(self, {literal(slot[p.pred_slot])}, None)" if p.pred_slot >= 0 else "None"
                          for p in passes)
        add(f"        return ({preds},)[objective]")
    else:
        add(f"        return self.{slot[net._pred_slot]}")
    add("")
    add(textwrap.indent(textwrap.dedent('''
        def get_state(self) -> dict:
            """A copy of all weights and kernel state (for early stopping)."""
            return {
                "w": self.flat_w.copy(),
                "state": {n: {k: np.array(v, copy=True) for k, v in kern.state.items()}
                          for n, kern in self.kernels.items() if kern.state},
            }

        def set_state(self, state: dict) -> None:
            self.flat_w[...] = state["w"]
            for n, buffers in state["state"].items():
                for k, v in buffers.items():
                    self.kernels[n].state[k][...] = v

        def load_weights(self, path: str) -> None:
            """Copy the arrays of a weights file ("node/param", "node/state/name") into the network;
            NaN, infinite, complex or too large values are refused by name, as nodeflow does."""
            with np.load(path, allow_pickle=False) as archive:
                for node, kernel in self.kernels.items():
                    for name, value in (kernel.w.items() if node not in self.shared else ()):
                        value[...] = checked_weight(archive[f"{node}/{name}"], node, name)
                    for name, value in kernel.state.items():
                        key = f"{node}/state/{name}"
                        if key in archive.files:
                            value[...] = checked_weight(archive[key], node, f"state/{name}")
    ''').strip("\n"), "    "))
    unusable = collector.add("nodeflow.compute.weights", "_unusable")
    add("")
    add("")
    add("def checked_weight(value: np.ndarray, node: str, name: str) -> np.ndarray:")
    add('    """value, or exit with one line when it cannot be a weight (nodeflow.compute.weights)."""')
    add(f"    problem = {unusable}(value, DTYPE)")
    add("    if problem is not None:")
    add("        raise SystemExit(f\"error: {node}: '{name}' in the weights {problem}\")")
    add("    return value")
    return "\n".join(lines) + "\n"


def _backward_lines(back: list, loss_slot: int, slot: dict[int, str], names: dict[str, str], kernels: dict,
                    set_flags: bool) -> list[str]:
    """One objective's backward, node by node in reverse (the engine's `_Pass.back`): each
    kernel's backward on its outputs' gradients, fan-out summed. With several objectives the
    kernels' input/target-gradient flags are set per objective first, as the engine does."""
    out: list[str] = []
    add = out.append
    seen: set[int] = {loss_slot}
    add(f"        g_{slot[loss_slot]} = np.ones((), DTYPE)")
    for step, grad_ins, input_grad, target_grad in back:
        kernel = kernels[step.node]
        if set_flags:
            if hasattr(kernel, "input_grad"):
                add(f"        self.{names[step.node]}.input_grad = {bool(input_grad)}")
            if hasattr(kernel, "target_grad"):
                add(f"        self.{names[step.node]}.target_grad = {bool(target_grad)}")
        outs = []
        for p, s in step.outs:
            if s in seen:
                outs.append(f"{literal(p)}: g_{slot[s]} if g_{slot[s]} is not None else np.zeros_like(self.{slot[s]})"
                            if s != loss_slot else f"{literal(p)}: g_{slot[s]}")
            else:
                outs.append(f"{literal(p)}: np.zeros_like(self.{slot[s]})")
        target = "d = " if grad_ins else ""
        add(f"        {target}self.{names[step.node]}.backward({{{', '.join(outs)}}})")
        for p, s in grad_ins:
            if s in seen:
                add(f"        g_{slot[s]} = add_grad(g_{slot[s]}, d.get({literal(p)}))")
            else:
                add(f"        g_{slot[s]} = d.get({literal(p)})")
                seen.add(s)
    return out


def _sharer_lines(p: Any, names: dict[str, str]) -> list[str]:
    """A node sharing another's weights: its gradients added to the owner's (set, when the
    owner itself is not on this objective's path), as `Network.backward`."""
    ran = {step.node for step, *_ in p.back}
    out = []
    for node, owner in p.sharers:
        op = "+=" if owner in ran else "[...] ="
        out.append(f"        for k, g in self.{names[node]}.g.items():  # shares {names[owner]}'s weights")
        out.append(f"            self.{names[owner]}.g[k] {op} g")
    return out


_HELPERS = '''
def add_grad(total, g):
    """Fan-out: a value read by several nodes gets the sum of their gradients."""
    if g is None:
        return total
    return g if total is None else total + g
'''

_LOAD = '''
def load_data(seed: int) -> tuple:
    """(train, val, test) as (x, y) pairs: generated/read, shuffled with `seed`, split, and x
    standardized with the training split's statistics (as nodeflow's datasets.load)."""
    rng = np.random.default_rng(seed)
    {source}
    n_train, n_val, _ = split_sizes(len(x), DATA["validation_split"], DATA["test_split"])
    order = rng.permutation(len(x))
    parts = np.split(order, [n_train, n_train + n_val])
    if DATA["standardize"]:
        train_x = x[parts[0]]
        mean = train_x.mean(axis=0, keepdims=True)
        std = train_x.std(axis=0, keepdims=True)
        std[std < 1e-12] = 1.0
        x = (x - mean) / std
    global TARGET_MEAN, TARGET_STD
    if STANDARDIZE_TARGET and y.dtype.kind == "f":  # regression targets, as datasets.load
        train_y = y[parts[0]].astype(np.float64)
        TARGET_MEAN = train_y.mean(axis=0, keepdims=True)
        TARGET_STD = train_y.std(axis=0, keepdims=True)
        TARGET_STD[TARGET_STD < 1e-12] = 1.0
        y = (y - TARGET_MEAN) / TARGET_STD
    x = x.astype(DTYPE)
    y = y if y.dtype.kind == "i" else y.astype(DTYPE)
    return tuple((x[i], y[i]) for i in parts)


def target_rmse(pred: np.ndarray, y: np.ndarray) -> float:
    """RMSE in the targets' own units of standardized predictions against standardized targets."""
    pred = np.asarray(pred, np.float64).reshape(len(pred), -1) * TARGET_STD + TARGET_MEAN
    y = np.asarray(y, np.float64).reshape(len(y), -1) * TARGET_STD + TARGET_MEAN
    return float(np.sqrt(np.mean((pred - y) ** 2)))
'''

_TRAIN = '''
EPOCH_KEYS = ("event", "epoch", "train_loss", "val_loss", "train_acc", "val_acc", "losses", "seconds")
DONE_KEYS = ("event", "epochs", "test_loss", "test_acc", "test_rmse", "warnings")
ERROR_KEYS = ("event", "message", "kind")


def json_value(value):
    if isinstance(value, dict):
        return {k: json_value(v) for k, v in value.items()}
    return None if isinstance(value, float) and not math.isfinite(value) else value


def emit(event: dict) -> None:
    """Print the keys `nodeflow train --json` prints, one JSON object per line."""
    keys = {"epoch": EPOCH_KEYS, "done": DONE_KEYS}.get(event["event"], ERROR_KEYS)
    print(json.dumps({k: json_value(event[k]) for k in keys if k in event}), flush=True)


def train(epochs: int, seed: int, weights: str | None) -> int:
    """nodeflow's own loop (run_epochs, copied above): same random draws in the same order,
    same numbers printed."""
    rng = np.random.default_rng(seed)
    net = Network(rng)  # initial weights come first from the run's generator
    if weights:
        net.load_weights(weights)
    steps = [ObjectiveStep(loss_id, cls(params, part.stop - part.start, DTYPE), net.flat_w[part], net.flat_g[part],
                           net.decay_mask[part], updates, lambda epoch, p=params: learning_rate(p, epoch, epochs),
                           opt_id)
             for loss_id, opt_id, cls, params, part, updates in OBJECTIVES]  # each optimizer on its own weights
    train_split, val, test = load_data(seed)
    source = ArraySource(train_split, val, test, int(DATA.get("batch_size") or 0), bool(DATA.get("shuffle", True)))
    def finish(done: dict, hist) -> None:  # the trainer's findings (Trainer._finish)
        if TARGET_STD is not None and len(test[0]):
            done["test_rmse"] = target_rmse(np.concatenate([np.array(net.predict(test[0][i : i + 1024]))
                                                            for i in range(0, len(test[0]), 1024)]), test[1])
        if FINDING is not None and not hist.stopped:
            restored = hist.stopped_early and RESTORE_BEST and PATIENCE > 0
            warnings = run_findings(FINDING[0], hist.train_loss, hist.val_loss, restored, train_split[1],
                                    val[1] if val is not None else None, FINDING[1], FINDING[2])
            if warnings:
                done["warnings"] = warnings

    try:
        run_epochs(net, steps, source, rng, epochs=epochs, patience=PATIENCE, restore_best=RESTORE_BEST,
                   correct=CORRECT, emit=emit, finish=finish)
    except TrainingError as exc:
        emit({"event": "error", "message": str(exc), "kind": exc.kind})
        return 1
    return 0


def main(argv=None) -> int:
    global DATA_DIR
    parser = argparse.ArgumentParser(description="Train the exported graph " + repr(GRAPH_NAME).replace("%", "%%"))
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--weights", default=WEIGHTS, help="start from these weights (.npz)")
    parser.add_argument("--data-dir", default=DATA_DIR, help="folder a relative csv/npz path is read from")
    args = parser.parse_args(argv)
    DATA_DIR = args.data_dir
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):  # divergence is checked
        return train(args.epochs, args.seed, args.weights)


if __name__ == "__main__":
    sys.exit(main())
'''

_PREDICT = '''
_NETWORK = None


def predict(x: np.ndarray, weights: str | None = None) -> np.ndarray:
    """The network's output for inputs x (shaped and standardized like the training data),
    with the trained weights from `weights` (default WEIGHTS)."""
    global _NETWORK
    if _NETWORK is None or weights is not None:
        path = weights or WEIGHTS
        if not path:
            raise SystemExit("predict needs a weights file (.npz)")
        _NETWORK = Network(np.random.default_rng(SEED))
        _NETWORK.load_weights(path)
    out = _NETWORK.predict(np.asarray(x, dtype=DTYPE))
    if TARGET_STD is not None:  # trained on standardized targets: back in the targets' own units
        out = (np.asarray(out, np.float64).reshape(len(out), -1) * TARGET_STD + TARGET_MEAN).reshape(out.shape)
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Predict with the exported graph " + repr(GRAPH_NAME).replace("%", "%%"))
    parser.add_argument("inputs", help="a .npy file of inputs")
    parser.add_argument("--weights", default=WEIGHTS, help="trained weights (.npz)")
    args = parser.parse_args(argv)
    out = predict(np.load(args.inputs, allow_pickle=False), args.weights)
    print(json.dumps(np.asarray(out).tolist()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
'''


def numpy_script(plan: Plan, weights: str | None = None, train: bool = True) -> str:
    """The script's source text (not yet formatted)."""
    from nodeflow.compute import metrics, schedules
    from nodeflow.compute.runtime import loop, sources

    collector = Collector(provided=PROVIDED)
    for name in ("json", "sys", "argparse") + (("math", "time") if train else ()):
        collector.imports[name] = (name, None)
    collector.imports["np"] = ("numpy", None)
    network_src = _network_class(plan, collector)
    parts: list[str] = []
    graph = plan.graph
    settings: list[str] = [
        f"GRAPH_NAME = {literal(str(graph.name or ''))}",
        f"DTYPE = np.dtype({literal(plan.dtype)})",
        f"SEED = {plan.seed}",
        f"WEIGHTS = {literal(None if weights is None else str(weights))}",
        f"DATA = {literal(plan.analysis.params[plan.dataset])}",
        data_dir_line(plan),
        *target_lines(plan, train),
    ]
    tail = _PREDICT
    data_src = ""
    if train:
        source = _data_source(plan, collector)
        collector.add(schedules.__name__, "learning_rate")
        collector.add("nodeflow.compute.datasets", "split_sizes")
        collector.add(loop.__name__, "run_epochs")  # the app's own training loop
        collector.add(loop.__name__, "ObjectiveStep")
        collector.add(loop.__name__, "TrainingError")
        collector.add(sources.__name__, "ArraySource")
        objectives = []
        for k, o in enumerate(plan.network.plan.objectives):
            opt_cls = type(_optimizer(plan, o.optimizer))
            collector.add(opt_cls.__module__, opt_cls.__qualname__)
            objectives.append(f"    ({literal(o.loss)}, {literal(o.optimizer)}, {opt_cls.__qualname__}, "
                              f"{literal(plan.analysis.params[o.optimizer])}, "
                              f"slice(*{literal(plan.network.trained_range(k))}), {int(o.steps)}),")
        count = metrics.correct_counter(plan.graph.nodes[plan.loss].spec.accuracy)
        correct = collector.add(count.__module__, count.__name__) if count else "None"
        settings += [
            f"EPOCHS = {plan.epochs}",
            f"PATIENCE = {plan.patience}",
            f"RESTORE_BEST = {plan.restore_best}",
            "OBJECTIVES = [  # round order: (loss, optimizer, its class, its parameters, the weights it updates, "
            "updates per round)",
            *objectives,
            "]",
            f"CORRECT = {correct}",
            f"FINDING = {literal(_finding(plan, collector))}  # (loss, classes, delta) judged against the best constant",
        ]
        data_src = _LOAD.replace("{source}", source)
        tail = _TRAIN
    header = _header(plan, train)
    parts.append(header)
    parts.append("from __future__ import annotations\n")
    parts.append("\n".join(collector.import_lines()) + "\n")
    parts.append("# ============================================================ engine code (copied)\n")
    parts.append(collector.render() + "\n")
    parts.append("# ============================================================ this graph\n")
    parts.append("\n".join(settings) + "\n")
    if train and plan.optimizer:
        parts.append(_registry(plan))
    parts.append(_HELPERS)
    parts.append(data_src)
    parts.append(network_src)
    parts.append(tail)
    return "\n\n".join(p.strip("\n") + "\n" for p in parts if p)


def _finding(plan: Plan, collector: Collector) -> tuple | None:
    """What the done line's findings need (as the trainer's `_finish`): the loss type, the
    prediction's width and Huber's delta, for one objective whose target is the Dataset's
    labels; None otherwise."""
    loss = plan.loss
    if len(plan.network.plan.objectives) != 1 or loss is None or \
            plan.graph.source_of((loss, "target")) != (plan.dataset, "y"):
        return None
    collector.add("nodeflow.compute.baseline", "run_findings")
    pred = plan.analysis.input_types(loss).get("pred")
    classes = int(pred.shape[-1]) if pred is not None and pred.shape else None
    return (plan.types[loss], classes, float(plan.analysis.params[loss].get("delta", 1.0)))


def standardizes_target(plan: Plan) -> bool:
    """Whether the engine trains this graph's regression targets in standard units."""
    from nodeflow.compute import datasets

    params = plan.analysis.params[plan.dataset]
    try:
        task = datasets.describe(params, getattr(plan.graph, "base_dir", None)).task
    except Exception:  # noqa: BLE001 - the data cannot be described here: the loader will say why
        task = None
    return bool(params.get("standardize_target")) and task == "regression"


def target_lines(plan: Plan, train: bool = True) -> list[str]:
    """Whether the script standardizes the regression targets, and where it keeps their
    statistics: set by load_data when the script trains; a predict-only script has them baked
    in (the training split's, from the engine's own loader with the graph's seed)."""
    on = standardizes_target(plan)
    lines = [f"STANDARDIZE_TARGET = {on}  # regression targets trained in standard units (Dataset standardize_target)"]
    if on and not train:
        from nodeflow.compute import datasets

        splits = datasets.load(plan.analysis.params[plan.dataset], plan.seed, plan.dtype,
                               base_dir=getattr(plan.graph, "base_dir", None))
        lines.append(f"TARGET_MEAN = np.array({literal(splits.target_mean.tolist())})  # the training targets' mean")
        lines.append(f"TARGET_STD = np.array({literal(splits.target_std.tolist())})  # and standard deviation")
    else:
        lines.append("TARGET_MEAN = TARGET_STD = None  # set by load_data")
    return lines


def _optimizer(plan: Plan, node: str | None = None) -> Any:
    from nodeflow.compute.network import resolve

    node = node or plan.optimizer
    return resolve(plan.graph.nodes[node].spec.kernel)(plan.analysis.params[node], 0, plan.dtype)


def _header(plan: Plan, train: bool) -> str:
    what = "Train" if train else "Predict with"
    usage = "python THIS.py [--epochs N] [--seed S] [--weights W.npz]" if train else \
        "python THIS.py INPUTS.npy --weights W.npz   (or import it and call predict(x))"
    return textwrap.dedent(f'''
        #!/usr/bin/env python3
        """{what} a nodeflow graph with NumPy only (generated by `nodeflow export`).

        The graph's name is in GRAPH_NAME. The engine code (kernels, optimizer, schedules,
        initializers, data) is copied verbatim from nodeflow; the part after it is this graph:
        its nodes in order, the forward and backward passes and the training loop. With the same
        seed it prints the same per-epoch JSON lines as `nodeflow train FILE --json`.

        Usage: {usage}
        """
    ''').strip("\n") + "\n"

