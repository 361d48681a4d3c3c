"""The PyTorch target: an `nn.Module` whose forward follows the graph, torch.optim, a DataLoader.

The data and the initial weights come from the engine's own code (copied as in the NumPy
target) and the same seed, then are copied into the torch parameters (transposed where torch
stores them the other way round), and the batches are the engine's (same permutation per
epoch), so a graph without dropout starts on the engine's loss curve. Each node type says how
it is written in torch on its declaration (`NodeSpec.torch`, a `TorchForm`: the forward
expression, the module, where its weights go; a loss's expression; an optimizer's
torch.optim); a type without one raises ExportError naming the node.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable

from nodeflow.compute.runtime.loop import DIVERGE_GROWTH, EVAL_CHUNK
from nodeflow.export.naming import comment, literal
from nodeflow.export.numpy_script import _LOAD, _data_source, data_dir_line, target_lines
from nodeflow.export.plan import ExportError, Plan
from nodeflow.export.source import Collector
from nodeflow.nodes.spec import NodeError

ACCURACY: dict[str, str] = {
    "argmax": "int((prob.argmax(-1) == target).sum())",
    "threshold": "int(((prob > 0.5) == (target.reshape(prob.shape) > 0.5)).sum()) // max(1, prob[0].numel())",
}
"""A loss's accuracy rule (`NodeSpec.accuracy`, nodeflow.compute.metrics) in torch."""
SCHEDULES: dict[str, Callable[[dict], str]] = {
    "constant": lambda p: "torch.optim.lr_scheduler.LambdaLR(optimizer, lambda epoch: 1.0)",
    "step": lambda p: (f"torch.optim.lr_scheduler.StepLR(optimizer, step_size={int(p['decay_epochs'])}, "
                       f"gamma={float(p['decay_rate'])!r})"),
    "exponential": lambda p: f"torch.optim.lr_scheduler.ExponentialLR(optimizer, gamma={float(p['decay_rate'])!r})",
    "cosine": lambda p: "torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=max(epochs, 1))",
}



def init_from_seed_lines(layout: list[str]) -> list[str]:
    """The model's `init_from_seed` method: the engine's initial weights (same draws, same order)
    copied into the torch parameters; `layout` the lines of its (module, rule, copies, weights)
    table. Shared by the one-objective and the several-objective torch scripts."""
    return [
        "    def init_from_seed(self, rng: np.random.Generator) -> None:",
        '        """The engine\'s initial weights (same draws, same order), copied into the parameters."""',
        "        layout = [",
        *layout,
        "        ]",
        textwrap.indent(textwrap.dedent('''
            with torch.no_grad():
                for module, rule, copies, weights in layout:
                    values = [initial_value(w, rule, rng) for w in weights]
                    by_name = dict(zip([c[1] for c in copies], values, strict=True))
                    for attr, name, transpose in copies:
                        value = by_name[name].T if transpose else by_name[name]
                        getattr(module, attr).copy_(torch.from_numpy(np.ascontiguousarray(value)))
                    for param in module.parameters():
                        if not param.requires_grad:  # torch-only (e.g. a second RNN bias): zero
                            param.zero_()
        ''').strip("\n"), "        "),
    ]


def load_weights_lines() -> list[str]:
    """The model's `load_weights` method: a state_dict from torch.save, each tensor refused by
    name when it is not real and finite (as nodeflow refuses such weights), so a run never
    starts from NaN weights and then reports "diverged". Shared by both torch scripts."""
    return textwrap.indent(textwrap.dedent('''
        def load_weights(self, path: str) -> None:
            """Load a state_dict saved with torch.save. A file that cannot be read, a tensor that
            is not real and finite, or names that do not fit this model end the run with one line."""
            try:
                state = torch.load(path, weights_only=True)
            except Exception as exc:  # a missing, truncated or foreign file: one line, not a traceback
                raise SystemExit(f"error: {path}: cannot read the weights ({type(exc).__name__}: {(str(exc).splitlines() or [''])[0][:200]})") from None
            if not isinstance(state, dict):
                raise SystemExit(f"error: {path}: the weights are not a state_dict")
            for name, value in state.items():
                problem = None
                if not torch.is_tensor(value):
                    problem = "is not a tensor"
                elif value.is_complex():
                    problem = "holds complex numbers; weights must be real"
                elif value.is_floating_point() and not bool(torch.isfinite(value).all()):
                    what = "NaN" if bool(torch.isnan(value).any()) else "infinite"
                    problem = f"holds {what} values; weights must be finite numbers"
                if problem is not None:
                    raise SystemExit(f"error: '{name}' in the weights {problem}")
            try:
                self.load_state_dict(state)
            except RuntimeError as exc:
                raise SystemExit(f"error: {path}: the weights do not fit this model ({(str(exc).splitlines() or [''])[-1].strip()[:200]})") from None
    '''), "    ").rstrip("\n").split("\n")


class _Flat(Exception):
    """A block whose inside cannot be written as one module (it reads a value that is not one of
    its inputs): the graph is written flattened, as without blocks."""


def _step_code(plan: Plan, step, me: str, var: dict[int, str], path: str, indent: str,
               label: str | None = None) -> tuple[list[str], str, str | None]:
    """One node's torch code: its module lines (`self.<me> = ...`), its forward line, and its row of
    the init_from_seed layout (`path`: how the model reaches the module) or None. `label`: the id
    its comment names (inside a block class: the inner id)."""
    a, node = plan.analysis, step.node
    kind = plan.types[node]
    spec = plan.graph.nodes[node].spec.torch
    if spec is None or spec.call is None:
        raise ExportError(f"{node}: {kind} nodes have no PyTorch form in the exporter")
    p, shapes = a.params[node], _shapes(plan, node)
    init: list[str] = []
    try:
        if spec.module is not None:
            init.append(f"{indent}# {me}: {kind}, node id {comment(node if label is None else label)}")
            init.append(f"{indent}self.{me} = {spec.module(p, shapes)}")
            for attr in spec.frozen:
                init.append(f"{indent}self.{me}.{attr}.requires_grad_(False)  # not in the engine: stays 0")
        expr = spec.call(p, {port: var[s] for port, s in step.ins}, shapes).replace("{me}", me)
    except (ExportError, NodeError) as exc:
        raise ExportError(f"{node}: {exc}") from None
    row = None
    weights_of = a.inferred[node].weights
    if weights_of:
        rule = f"choose_rule({literal(p.get('init'))}, {literal(plan.consumers.get(node, []))})"
        copies = [(attr, w, t) for attr, w, t in spec.copy if w in weights_of]
        row = f"        ({path}, {rule}, {literal(copies)}, {literal(list(weights_of.values()))}),"
    return init, f"{var[step.outs[0][1]]} = {expr}", row


def _only_linked_blocks_share(plan: Plan, linked: set[str]) -> bool:
    """Whether the graph needs the several-objectives script only because of weights shared by
    linked block placements that are one module instance here (one objective, no other source)."""
    from nodeflow.graph.blocks import SEP

    p = plan.network.plan
    if len(p.objectives) > 1 or any(n != plan.dataset for n in p.sources) or not p.shares:
        return False
    return all(any(node.startswith(b + SEP) for b in linked) for node in p.shares)


def _block_parts(plan: Plan, model_steps: list) -> tuple[list[str], list[str], list[str], list[str], set[str]] | None:
    """The model written with one nn.Module class per block definition: (class lines, Model
    __init__ lines, forward lines, init_from_seed layout rows, the linked placements that are
    their owner's instance), or None to write it flattened.

    Placements whose module code is the same share the class; a linked placement (sharing its
    weights) is the same module instance as the block it links to. The layout keeps the engine's
    order of weighted nodes, so the same seed gives the same initial weights."""
    from nodeflow.export.naming import identifier, slug
    from nodeflow.graph.blocks import inner_id, linked_owner

    net, slot = plan.network, plan.slot_names
    member: dict[str, str] = {}
    for b, block in plan.blocks.items():
        for inner in block.nodes:
            if inner_id(b, inner) in plan.graph.nodes:
                member[inner_id(b, inner)] = b
    steps_of = {b: [s for s in model_steps if member.get(s.node) == b] for b in plan.blocks}
    steps_of = {b: steps for b, steps in steps_of.items() if steps}
    if not steps_of:
        return None
    produced = {s: step.node for step in model_steps for _port, s in step.outs}
    try:
        code: dict[str, dict] = {}
        for b, steps in steps_of.items():
            block, prefix = plan.blocks[b], b + "/"
            local = {step.node: step.node[len(prefix):] for step in steps}
            inner_names = {n: f"n{i}_{slug(local[n])}" if slug(local[n]) else f"n{i}" for i, n in enumerate(local)}
            args: list[tuple[str, int]] = []  # (argument name, outer slot)
            for i, port in enumerate(block.inputs):
                sources = {dict(st.ins).get(q) for st in steps for n, q in port.refs if st.node == inner_id(b, n)}
                sources.discard(None)
                if len(sources) > 1:
                    raise _Flat
                if sources:
                    arg = f"x_{slug(port.name)}" if slug(port.name) else f"x{i}"
                    args.append((arg if all(arg != a for a, _s in args) else f"{arg}_{i}", sources.pop()))
            var = {s: name for name, s in args}
            for step in steps:
                for port, s in step.outs:
                    var[s] = f"{inner_names[step.node]}_{identifier(port)}"
            if any(s not in var for step in steps for _p, s in step.ins):
                raise _Flat
            outs = []
            for port in block.outputs:
                s = net._slots.get((inner_id(b, port.node), port.port))
                if s is None or s not in var or produced.get(s) not in local:
                    raise _Flat
                outs.append(s)
            init, forward = [], []
            for step in steps:
                lines, line, _row = _step_code(plan, step, inner_names[step.node], var, "", "        ", local[step.node])
                init.extend(lines)
                forward.append(f"        {line}")
            code[b] = {"title": block.title, "args": args, "outs": outs, "init": init, "forward": forward,
                       "names": inner_names, "text": "\n".join([*(a for a, _s in args), *init, *forward,
                                                               *(var[s] for s in outs)]), "var": var}
        classes: dict[str, str] = {}  # module text -> class name
        class_lines: list[str] = []
        bnames = {b: f"blk{i}_{slug(b)}" if slug(b) else f"blk{i}" for i, b in enumerate(steps_of)}
        for c in code.values():
            if c["text"] in classes:
                continue
            name = f"Block{len(classes)}_{slug(c['title'])}" if slug(c["title"]) else f"Block{len(classes)}"
            classes[c["text"]] = name
            users = [comment(x) for x, d in code.items() if d["text"] == c["text"]]
            class_lines += ["", "", f"class {name}(nn.Module):",
                            f'    """Block {literal(c["title"])}: its inner nodes as one module (used by {", ".join(users)})."""',
                            "", "    def __init__(self) -> None:", "        super().__init__()", *c["init"], "",
                            f"    def forward(self, {', '.join(f'{a}: torch.Tensor' for a, _s in c['args'])}):",
                            *c["forward"], f"        return {', '.join(c['var'][s] for s in c['outs'])}"]
        init: list[str] = []
        linked: set[str] = set()
        for b, c in code.items():
            owner = linked_owner(_as_graph(plan), b)
            if owner is not None and owner.id in code and code[owner.id]["text"] == c["text"]:
                linked.add(b)
                init.append(f"        self.{bnames[b]} = self.{bnames[owner.id]}  # {comment(b)}: linked to "
                            f"{comment(owner.id)}, the same weights")
            else:
                init.append(f"        self.{bnames[b]} = {classes[c['text']]}()  # block {comment(b)}")
        # forward: each block called once all its inputs are there (its outputs come out together)
        body: list[str] = []
        layout: list[str] = []
        ready = {net._x_slot}
        pending = [("step", s) for s in model_steps if s.node not in member] + [("block", b) for b in code]
        index = {s.node: i for i, s in enumerate(model_steps)}
        pending.sort(key=lambda u: index[u[1].node] if u[0] == "step" else index[steps_of[u[1]][0].node])
        while pending:
            for k, (what, unit) in enumerate(pending):  # noqa: B007 - k is used after the loop
                needs = [s for _p, s in unit.ins] if what == "step" else [s for _a, s in code[unit]["args"]]
                if all(s in ready or s not in produced for s in needs):
                    break
            else:
                raise _Flat
            pending.pop(k)
            if what == "step":
                lines, line, _row = _step_code(plan, unit, plan.names[unit.node], slot, "", "        ")
                init.extend(lines)
                body.append(f"        {line}")
                ready.update(s for _p, s in unit.outs)
            else:
                c = code[unit]
                args = ", ".join(slot[s] for _a, s in c["args"])
                body.append(f"        {', '.join(slot[s] for s in c['outs'])} = self.{bnames[unit]}({args})")
                ready.update(s for step in steps_of[unit] for _p, s in step.outs)
        loss_step = next(st for st in net._steps if st.node == plan.loss)
        pred = dict(loss_step.ins).get("pred")
        if pred is not None and pred in produced and pred not in ready:
            raise _Flat  # the loss reads a value inside a block (a fused activation's logits)
        for step in model_steps:  # the engine's order of weighted nodes
            b = member.get(step.node)
            if b is None:
                _i, _l, row = _step_code(plan, step, plan.names[step.node], slot, f"self.{plan.names[step.node]}", "")
            else:
                owner = linked_owner(_as_graph(plan), b)
                if owner is not None and owner.id in code and code[owner.id]["text"] == code[b]["text"]:
                    continue  # the owner's weights
                me = code[b]["names"][step.node]
                _i, _l, row = _step_code(plan, step, me, code[b]["var"], f"self.{bnames[b]}.{me}", "")
            if row is not None:
                layout.append(row)
        return class_lines, init, body, layout, linked
    except _Flat:
        return None


def _as_graph(plan: Plan):
    """A stand-in graph of the block nodes (for `linked_owner`)."""
    from nodeflow.graph.document import Graph, Node

    g = Graph()
    g.nodes = {b: Node(b, "Block", {}, None, block=block) for b, block in plan.blocks.items()}
    return g


def _shapes(plan: Plan, node: str) -> dict:
    return {port: t.shape for port, t in plan.analysis.input_types(node).items()}


def _dropout_note(plan: Plan) -> str:
    """The header's paragraph on Dropout: torch draws the masks from its own generator."""
    drops = sorted(n for n, node in plan.graph.nodes.items() if node.type == "Dropout" and n in plan.analysis.params)
    if not drops:
        return ""
    plain = all(n.replace("_", "").replace("-", "").replace(".", "").isalnum() and n.isascii() for n in drops)
    which = ", ".join(drops) if plain and len(drops) <= 6 else f"{len(drops)} nodes"  # nothing that could end the docstring
    return ("\nDropout (" + which + "): this script draws the dropout masks from torch's generator (seeded\n"
            "with the run's seed), nodeflow from its own NumPy generator, so the two runs drop different\n"
            "units: the losses agree in distribution, not number for number, from the first batch on.\n"
            "Without dropout the curves are the same.\n")


def torch_script(plan: Plan, weights: str | None = None, train: bool = True) -> str:
    """The torch script's source text (not yet formatted)."""
    net, a, names, slot = plan.network, plan.analysis, plan.names, plan.slot_names
    from nodeflow.export.torch_objectives import needs_objectives_script, torch_objectives_script

    parts = None
    if plan.blocks and plan.loss is not None:
        parts = _block_parts(plan, [s for s in net._steps if s.node != plan.loss])
    if needs_objectives_script(plan) and not (parts is not None and _only_linked_blocks_share(plan, parts[4])):
        return torch_objectives_script(plan, weights=weights, train=train)  # several objectives (a GAN), Noise/Constant, shared weights
    loss_node = plan.loss
    loss_type = plan.types[loss_node]
    fused = bool(getattr(net.kernels[loss_node], "from_logits", False))
    collector = Collector(provided=frozenset({"REGISTRY"}))
    for name in ("argparse", "json", "math", "os", "sys", "time"):
        collector.imports[name] = (name, None)
    collector.imports["np"] = ("numpy", None)
    source = _data_source(plan, collector)
    collector.add("nodeflow.compute.datasets", "split_sizes")
    collector.add("nodeflow.compute.initializers", "initial_value")
    collector.add("nodeflow.compute.initializers", "choose_rule")
    collector.add("nodeflow.nodes.spec", "Weight")

    model_steps = [s for s in net._steps if s.node != loss_node]
    init: list[str] = []
    body: list[str] = []
    layout: list[str] = []
    classes: list[str] = []
    if parts is not None:  # one nn.Module per block definition, its placements calling it
        classes, init, body, layout, _linked = parts
    for step in model_steps if parts is None else []:
        node = step.node
        kind = plan.types[node]
        spec = plan.graph.nodes[node].spec.torch
        if spec is None or spec.call is None:
            raise ExportError(f"{node}: {kind} nodes have no PyTorch form in the exporter")
        p, shapes = a.params[node], _shapes(plan, node)
        me = names[node]
        try:
            if spec.module is not None:
                init.append(f"        # {me}: {kind}, node id {comment(node)}")
                init.append(f"        self.{me} = {spec.module(p, shapes)}")
                for attr in spec.frozen:
                    init.append(f"        self.{me}.{attr}.requires_grad_(False)  # not in the engine: stays 0")
            ins = {port: slot[s] for port, s in step.ins}
            expr = spec.call(p, ins, shapes).replace("{me}", me)
        except (ExportError, NodeError) as exc:
            raise ExportError(f"{node}: {exc}") from None
        body.append(f"        {slot[step.outs[0][1]]} = {expr}")
        weights_of = a.inferred[node].weights
        if weights_of:
            rule = f"choose_rule({literal(p.get('init'))}, {literal(plan.consumers.get(node, []))})"
            copies = [(attr, w, t) for attr, w, t in spec.copy if w in weights_of]
            layout.append(f"        (self.{me}, {rule}, {literal(copies)}, {literal(list(weights_of.values()))}),")
    pred_var = slot[dict(net._steps[[s.node for s in net._steps].index(loss_node)].ins)["pred"]]
    loss_spec = plan.graph.nodes[loss_node].spec
    if loss_spec.torch is None or loss_spec.torch.loss is None:
        raise ExportError(f"{loss_node}: {loss_type} losses have no PyTorch form in the exporter")
    prob_expr = "pred"
    if fused:  # the loss reads logits: the probabilities are its fused activation's torch form
        act = plan.graph.nodes[net.plan.fused[loss_node]]
        prob_expr = act.spec.torch.call(a.params[act.id], {"in": "pred"}, {})
    loss_expr = loss_spec.torch.loss(a.params[loss_node], fused)
    acc_expr = ACCURACY.get(loss_spec.accuracy or "")

    opt = a.params[plan.optimizer] if plan.optimizer else None
    opt_form = plan.graph.nodes[plan.optimizer].spec.torch if plan.optimizer else None
    if train and (opt_form is None or opt_form.optimizer is None):
        raise ExportError(f"{plan.optimizer}: no torch.optim equivalent")
    decay = float(opt.get("weight_decay") or 0.0) if opt else 0.0

    lines: list[str] = []
    add = lines.append
    add('#!/usr/bin/env python3\n"""Train a nodeflow graph with PyTorch (generated by `nodeflow export --target torch`).\n\n'
        "The data and the initial weights come from nodeflow's own code (copied below) and the same\n"
        "seed; the model is an nn.Module whose forward follows the graph. Prints the same per-epoch\n"
        'JSON lines as `nodeflow train FILE --json`.\n' + _dropout_note(plan) + '"""')
    add("from __future__ import annotations\n")
    add("\n".join(collector.import_lines()))
    add("import torch\nimport torch.nn.functional as F\nfrom torch import nn\nfrom torch.utils.data import DataLoader, TensorDataset\n")
    add("# ============================================================ nodeflow code (copied)\n")
    add(collector.render() + "\n")
    add("# ============================================================ this graph\n")
    add(f"GRAPH_NAME = {literal(str(plan.graph.name or ''))}")
    add(f"DTYPE = np.dtype({literal(plan.dtype)})")
    add(f"torch.set_default_dtype(torch.{plan.dtype})")
    add(f"SEED = {plan.seed}\nEPOCHS = {plan.epochs}")
    add(f"EVAL_CHUNK = {EVAL_CHUNK}  # validation/test batches, as nodeflow's trainer")
    add(f"WEIGHTS = {literal(None if weights is None else str(weights))}")
    add(f"DATA = {literal(a.params[plan.dataset])}")
    add(data_dir_line(plan))
    for line in target_lines(plan):
        add(line)
    add(f"OPTIMIZER = {literal(opt)}")
    add(f"DIVERGE_GROWTH = {DIVERGE_GROWTH!r}  # an epoch loss this many times the first batch's has diverged")
    add(f"PATIENCE = {plan.patience}  # early stopping: epochs without a better loss (0: off)")
    add(f"RESTORE_BEST = {plan.restore_best}  # after an early stop, the best epoch's weights\n")
    add(_LOAD.replace("{source}", source))
    lines.extend(classes)
    add("\nclass Model(nn.Module):")
    add('    """The graph as a module; forward returns what the loss reads (logits when fused)."""\n')
    add("    def __init__(self) -> None:")
    add("        super().__init__()")
    lines.extend(init)
    add("")
    add(f"    def forward(self, {slot[net._x_slot]}: torch.Tensor) -> torch.Tensor:")
    lines.extend(body)
    add(f"        return {pred_var}\n")
    lines.extend(init_from_seed_lines(layout))
    lines.extend(load_weights_lines())
    add("")
    add(textwrap.dedent(f'''
        def loss_fn(pred: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
            return {loss_expr}


        def correct(pred: torch.Tensor, target: torch.Tensor):
            prob = {prob_expr}
            return {acc_expr or "None"}


        def evaluate(model: Model, split: tuple, device=None) -> tuple:
            """(mean loss, accuracy or None) in inference mode, in chunks of EVAL_CHUNK like the
            engine: each chunk's mean loss weighted by its size."""
            model.eval()
            x, y = split
            loss_sum, hits = 0.0, 0
            with torch.no_grad():
                for start in range(0, len(x), EVAL_CHUNK):
                    xb = torch.from_numpy(x[start : start + EVAL_CHUNK]).to(device)
                    yb = torch.from_numpy(y[start : start + EVAL_CHUNK]).to(device)
                    pred = model(xb)
                    loss_sum += float(loss_fn(pred, yb)) * len(xb)
                    got = correct(pred, yb)
                    hits = None if got is None or hits is None else hits + got
            model.train()
            return loss_sum / len(x), (None if hits is None else hits / len(x))


        def start_device(name: str):
            """(device, rank, world size) for this process. Under torchrun (WORLD_SIZE > 1) it joins
            the process group: NCCL on CUDA, gloo on the CPU; each process takes one GPU."""
            world = int(os.environ.get("WORLD_SIZE", "1"))
            rank = int(os.environ.get("RANK", "0"))
            if name == "cuda":
                if not torch.cuda.is_available():
                    raise SystemExit("error: --device cuda: this PyTorch sees no CUDA device; use --device cpu")
                device = torch.device("cuda", int(os.environ.get("LOCAL_RANK", "0")) % torch.cuda.device_count())
                torch.cuda.set_device(device)
            else:
                device = torch.device("cpu")
            if world > 1:
                import torch.distributed as dist

                dist.init_process_group("nccl" if device.type == "cuda" else "gloo")
            return device, rank, world


        def all_sum(values: list, device) -> list:
            """Sum numbers over every process (the numbers themselves with one process)."""
            if int(os.environ.get("WORLD_SIZE", "1")) == 1:
                return values
            import torch.distributed as dist

            t = torch.tensor(values, dtype=torch.float64, device=device)
            dist.all_reduce(t)
            return t.tolist()


        def main(argv=None) -> int:
            global DATA_DIR
            parser = argparse.ArgumentParser(description="Train the exported graph " + repr(GRAPH_NAME).replace("%", "%%"))
            parser.add_argument("--epochs", type=int, default=EPOCHS)
            parser.add_argument("--seed", type=int, default=SEED)
            parser.add_argument("--weights", default=WEIGHTS, help="a state_dict saved with torch.save")
            parser.add_argument("--data-dir", default=DATA_DIR, help="folder a relative csv/npz path is read from")
            parser.add_argument("--device", choices=("cpu", "cuda"), default="cpu",
                                help="where to train (cpu reproduces nodeflow's numbers most closely)")
            args = parser.parse_args(argv)
            DATA_DIR = args.data_dir
            epochs = args.epochs
            device, rank, world = start_device(args.device)
            say = print if rank == 0 else (lambda *a, **k: None)  # under torchrun only the first process prints
            torch.manual_seed(args.seed + rank)  # dropout masks differ between processes, as their samples do
            rng = np.random.default_rng(args.seed)  # the same batches and initial weights in every process
            model = Model()
            model.init_from_seed(rng)
            if args.weights:
                model.load_weights(args.weights)
            model.to(device)
            net = model
            if world > 1:
                if device.type == "cuda":
                    net = nn.SyncBatchNorm.convert_sync_batchnorm(net)  # batch statistics over every process
                elif any(isinstance(m, nn.modules.batchnorm._BatchNorm) for m in model.modules()):
                    say("note: on the CPU each process normalizes over its own part of the batch "
                        "(SyncBatchNorm needs CUDA), so losses differ a little from one process", file=sys.stderr)
                net = nn.parallel.DistributedDataParallel(net, device_ids=[device.index] if device.type == "cuda" else None)
            model = net.module if world > 1 else net
            (x, y), val, test = load_data(args.seed)
            n = len(x)
            bs = int(DATA.get("batch_size") or n)
            bs = n if bs <= 0 or bs >= n else bs
            if bs < world:
                raise SystemExit(f"error: a batch of {{bs}} cannot be shared by {{world}} processes; "
                                 "use fewer processes or a larger batch_size")
            data = TensorDataset(torch.from_numpy(x), torch.from_numpy(y))
            # the engine decays kernels (Dense/Conv W, recurrent Wx/Wh), not biases or BatchNorm
            trained = [p for p in model.parameters() if p.requires_grad]
            decay = [p for p in trained if p.dim() > 1]
            rest = [p for p in trained if p.dim() <= 1]
            params = [{{"params": decay, "weight_decay": {decay!r}}}, {{"params": rest, "weight_decay": 0.0}}]
            optimizer = {opt_form.optimizer(opt) if train else "None"}
            scheduler = {SCHEDULES[opt.get("schedule", "constant")](opt) if train else "None"}
            patience, restore_best = PATIENCE, RESTORE_BEST
            best, best_state, best_epoch, wait, stopped_early, done_epochs = math.inf, None, None, 0, False, 0
            classifies = None
            first_loss, start_loss = None, 1.0
            for epoch in range(epochs):
                lr = optimizer.param_groups[0]["lr"]
                # the engine's batches: a fresh permutation of the training split from the run's generator;
                # under torchrun each process takes its share of every batch and DDP averages the gradients
                order = rng.permutation(n) if DATA.get("shuffle", True) else np.arange(n)
                batches = [order[i : i + bs] for i in range(0, n, bs)]
                shares = [np.array_split(b, world)[rank].tolist() for b in batches]
                t0 = time.perf_counter()
                loss_sum, hits = 0.0, 0
                for (xb, yb), batch in zip(DataLoader(data, batch_sampler=shares), batches, strict=True):
                    xb, yb = xb.to(device), yb.to(device)
                    optimizer.zero_grad()
                    pred = net(xb)
                    loss = loss_fn(pred, yb)
                    got = correct(pred.detach(), yb)
                    classifies = got is not None
                    total, right = all_sum([float(loss.detach()) * len(xb), float(got or 0)], device)
                    if not math.isfinite(total):  # before the step, as the engine: the weights stay finite
                        what = "nan" if math.isnan(total) else "inf"
                        say(json.dumps({{"event": "error", "kind": "diverged", "message": (
                            f"training diverged at epoch {{epoch + 1}} (loss became {{what}}); "
                            f"try a smaller learning rate (now {{lr:g}})")}}), flush=True)
                        return 1
                    (loss * (len(xb) * world / len(batch))).backward()  # the gradient of the whole batch's mean
                    optimizer.step()
                    loss_sum += total
                    hits += int(right)
                    if first_loss is None:
                        first_loss = total / len(batch)
                scheduler.step()
                if epoch == 0:
                    start_loss = first_loss
                if loss_sum / n > DIVERGE_GROWTH * max(start_loss, 1.0):  # finite, but orders of magnitude up
                    say(json.dumps({{"event": "error", "kind": "diverged", "message": (
                        f"training diverged at epoch {{epoch + 1}} (the loss grew from {{start_loss:.3g}} to "
                        f"{{loss_sum / n:.3g}}); try a smaller learning rate (now {{lr:g}})")}}), flush=True)
                    return 1
                event = {{"event": "epoch", "epoch": epoch + 1, "train_loss": loss_sum / n}}
                event["val_loss"], val_acc = evaluate(model, val, device) if len(val[0]) else (None, None)
                if event["val_loss"] is not None and not math.isfinite(event["val_loss"]):
                    what = "nan" if math.isnan(event["val_loss"]) else "inf"
                    say(json.dumps({{"event": "error", "kind": "diverged", "message": (
                        f"training diverged at epoch {{epoch + 1}} (loss became {{what}}); "
                        f"try a smaller learning rate (now {{lr:g}})")}}), flush=True)
                    return 1
                if classifies:
                    event["train_acc"], event["val_acc"] = hits / n, val_acc
                event["seconds"] = time.perf_counter() - t0
                say(json.dumps(event), flush=True)
                done_epochs = epoch + 1
                # early stopping as the engine: watch the validation loss (or the training loss)
                monitored = event["val_loss"] if event["val_loss"] is not None else event["train_loss"]
                if monitored < best:
                    best, wait, best_epoch = monitored, 0, epoch + 1
                    if patience > 0 and restore_best:
                        best_state = {{k: v.detach().clone() for k, v in model.state_dict().items()}}
                else:
                    wait += 1
                    if patience > 0 and wait >= patience:
                        stopped_early = True
                        break
            if stopped_early and best_state is not None:
                model.load_state_dict(best_state)
            test_loss, test_acc = evaluate(model, test, device) if len(test[0]) else (None, None)
            done = {{"event": "done", "epochs": done_epochs, "test_loss": test_loss}}
            if test_acc is not None:
                done["test_acc"] = test_acc
            if TARGET_STD is not None and len(test[0]):
                model.eval()
                with torch.no_grad():
                    pred = np.concatenate([model(torch.from_numpy(test[0][i : i + EVAL_CHUNK]).to(device)).cpu().numpy()
                                           for i in range(0, len(test[0]), EVAL_CHUNK)])
                done["test_rmse"] = target_rmse(pred, test[1])
            say(json.dumps(done), flush=True)
            if stopped_early:
                say(f"stopped early; best epoch {{best_epoch}}", file=sys.stderr)
            if world > 1:
                import torch.distributed as dist

                dist.destroy_process_group()
            return 0


        if __name__ == "__main__":
            sys.exit(main())
    ''').strip("\n"))
    if not train:
        raise ExportError("the torch target always includes training; use --target numpy for a predict-only module")
    return "\n".join(lines) + "\n"
