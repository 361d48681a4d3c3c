"""The PyTorch target for graphs the one-model script cannot write: several objectives (a GAN),
Noise / Constant sources, nodes sharing another node's weights.

The script follows nodeflow's round exactly as the engine runs it (`nodeflow.compute.runtime.loop`):
per batch, each objective in round order takes its `steps` updates, each one
`optimizer.zero_grad()`, the objective's loss, `backward()`, `optimizer.step()`, with one
`torch.optim` optimizer per objective over the parameters of the nodes it trains (the engine's
plan: `Objective.trains`). Detach is `.detach()`, so D's loss gives G no gradient; G's loss
does reach D's parameters, but D's optimizer clears them (`zero_grad`) before its own step and
G's optimizer does not hold them. A node sharing another's weights calls the owner's module.

The data, the initial weights and the random draws of Noise come from the engine's own code
(copied) and the same seed, in the same order (the epoch's permutation, then each Noise at its
place in each forward), so in float64 the script follows the app's curves to rounding. It
trains in one process (`--device cpu|cuda`); under torchrun it stops with a message.
"""

from __future__ import annotations

import textwrap

from nodeflow.compute.runtime.loop import DIVERGE_GROWTH, EVAL_CHUNK
from nodeflow.export.naming import comment, literal
from nodeflow.export.numpy_script import _LOAD, _data_source, data_dir_line, target_lines
from nodeflow.export.plan import ExportError, Plan
from nodeflow.export.source import Collector
from nodeflow.nodes.spec import NodeError


def needs_objectives_script(plan: Plan) -> bool:
    """Whether `torch_script` hands the graph to this module."""
    p = plan.network.plan
    others = [n for n in p.sources if n != plan.dataset]
    return len(p.objectives) > 1 or bool(p.shares) or bool(others)


def torch_objectives_script(plan: Plan, weights: str | None = None, train: bool = True) -> str:
    """The torch script's source text (not yet formatted)."""
    from nodeflow.export.torch_script import (
        ACCURACY,
        SCHEDULES,
        _shapes,
        init_from_seed_lines,
        load_weights_lines,
    )

    if not train:
        raise ExportError("the torch target always includes training; use --target numpy for a predict-only module")
    net, a, names, slot, graph = plan.network, plan.analysis, plan.names, plan.slot_names, plan.graph
    tplan = net.plan
    shares = tplan.shares
    collector = Collector(provided=frozenset({"REGISTRY"}))
    for name in ("argparse", "json", "math", "os", "sys", "time"):
        collector.imports[name] = (name, None)
    collector.imports["np"] = ("numpy", None)
    source = _data_source(plan, collector)
    collector.add("nodeflow.compute.datasets", "split_sizes")
    collector.add("nodeflow.compute.initializers", "initial_value")
    collector.add("nodeflow.compute.initializers", "choose_rule")
    collector.add("nodeflow.nodes.spec", "Weight")
    collector.add("nodeflow.compute.runtime.loop", "diverged_message")
    collector.add("nodeflow.compute.runtime.loop", "grew_message")

    data_nodes = {s.node for s in net._steps if s.kernel in net._sources}
    init: list[str] = []
    exprs: dict[str, list[str]] = {}
    loss_defs: list[str] = []
    layout: list[str] = []
    for step in net._steps:
        node = step.node
        kind, me = plan.types[node], names[node]
        spec = graph.nodes[node].spec
        p, shapes = a.params[node], _shapes(plan, node)
        ins = {port: slot[s] for port, s in step.ins}
        out = slot[step.outs[0][1]]
        if node in data_nodes:  # Noise / Constant: the engine's own kernel draws the batch (copied)
            kernel = net.kernels[node]
            cls = collector.add(type(kernel).__module__, type(kernel).__qualname__)
            init.append(f"        # {me}: {kind}, node id {comment(node)} (nodeflow's kernel: the same draws)")
            init.append(f"        self.{me} = {cls}({literal(p)}, {{}}, None, DTYPE)  # (a source has no input types)")
            exprs[node] = [f"self.{me}.batch = n",
                           f"{out} = torch.from_numpy(self.{me}.forward({{}}, self.training, rng)['out']).to(device)"]
            continue
        form = spec.torch
        if spec.category == "loss":
            if form is None or form.loss is None:
                raise ExportError(f"{node}: {kind} losses have no PyTorch form in the exporter")
            fused = bool(getattr(net.kernels[node], "from_logits", False))
            loss_defs.append(f"def loss_{me}(pred: torch.Tensor, target: torch.Tensor) -> torch.Tensor:\n"
                             f"    \"\"\"{kind} of node {comment(node)}{' (on logits: fused with its activation)' if fused else ''}.\"\"\"\n"
                             f"    return {form.loss(p, fused)}\n")
            exprs[node] = [f"{out} = loss_{me}({ins['pred']}, {ins['target']})"]
            continue
        if form is None or form.call is None:
            raise ExportError(f"{node}: {kind} nodes have no PyTorch form in the exporter")
        owner = shares.get(node, node)
        try:
            if form.module is not None and node not in shares:
                init.append(f"        # {me}: {kind}, node id {comment(node)}")
                init.append(f"        self.{me} = {form.module(p, shapes)}")
                for attr in form.frozen:
                    init.append(f"        self.{me}.{attr}.requires_grad_(False)  # not in the engine: stays 0")
            expr = form.call(p, ins, shapes).replace("{me}", names[owner])
        except (ExportError, NodeError) as exc:
            raise ExportError(f"{node}: {exc}") from None
        note = f"  # {me} uses {names[owner]}'s weights" if node in shares else ""
        exprs[node] = [f"{out} = {expr}{note}"]
        weights_of = a.inferred[node].weights
        if weights_of and node not in shares:
            rule = f"choose_rule({literal(p.get('init'))}, {literal(plan.consumers.get(node, []))})"
            copies = [(attr, w, t) for attr, w, t in form.copy if w in weights_of]
            layout.append(f"        (self.{me}, {rule}, {literal(copies)}, {literal(list(weights_of.values()))}),")

    x_var = slot[net._x_slot]
    y_var = slot[net._y_slot] if net._y_slot >= 0 else "_y"
    body: list[str] = []
    for k, p in enumerate(net.passes):
        o = p.objective
        body.append(f"        if k == {k}:  # {comment(o.loss)} -> {comment(o.optimizer)}")
        for step in p.forward:
            body.extend(f"            {line}" for line in exprs[step.node])
        pred = slot[p.pred_slot] if p.pred_slot >= 0 else "None"
        body.append(f"            return {slot[p.loss_slot]}, {pred}")
    body.append("        raise IndexError(k)")

    objectives, optimizers = [], []
    for k, o in enumerate(tplan.objectives):
        params = a.params[o.optimizer]
        form = graph.nodes[o.optimizer].spec.torch
        if form is None or form.optimizer is None:
            raise ExportError(f"{o.optimizer}: no torch.optim equivalent")
        objectives.append(f"    ({literal(o.loss)}, {literal(o.optimizer)}, {int(o.steps)}),")
        modules = ", ".join(f"model.{names[n]}" for n in o.trains)
        decay = float(params.get("weight_decay") or 0.0)
        optimizers.append(textwrap.indent(textwrap.dedent(f"""
            # objective {k}: {comment(o.optimizer)} minimizes {comment(o.loss)} and trains {', '.join(comment(n) for n in o.trains)}
            trained = [p for m in ({modules},) for p in m.parameters() if p.requires_grad]
            params = [{{"params": [p for p in trained if p.dim() > 1], "weight_decay": {decay!r}}},  # kernels decay, biases not
                      {{"params": [p for p in trained if p.dim() <= 1], "weight_decay": 0.0}}]
            optimizer = {form.optimizer(params)}
            optimizers.append(optimizer)
            schedulers.append({SCHEDULES[params.get("schedule", "constant")](params)})
        """).strip("\n"), "    "))

    first = tplan.objectives[0]
    acc_expr = ACCURACY.get(graph.nodes[first.loss].spec.accuracy or "") if net.passes[0].pred_slot >= 0 else None

    lines: list[str] = []
    add = lines.append
    add('#!/usr/bin/env python3\n"""Train a nodeflow graph with several objectives in PyTorch (generated by `nodeflow export '
        '--target torch`).\n\n'
        "Each objective (a loss and the optimizer minimizing it) has its own torch.optim optimizer over\n"
        "the parameters of the nodes it trains; per batch they take turns in nodeflow's round order\n"
        "(OBJECTIVES), each its number of steps. Detach is .detach(). The data, the initial weights and\n"
        "the noise come from nodeflow's own code (copied below) and the same seed. Prints the same\n"
        'per-epoch JSON lines as `nodeflow train FILE --json` ("losses": one value per objective).\n"""')
    add("from __future__ import annotations\n")
    add("\n".join(collector.import_lines()))
    add("import torch\nimport torch.nn.functional as F\nfrom torch import nn\n")
    add("# ============================================================ nodeflow code (copied)\n")
    add(collector.render() + "\n")
    add("# ============================================================ this graph\n")
    add(f"GRAPH_NAME = {literal(str(graph.name or ''))}")
    add(f"DTYPE = np.dtype({literal(plan.dtype)})")
    add(f"torch.set_default_dtype(torch.{plan.dtype})")
    add(f"SEED = {plan.seed}\nEPOCHS = {plan.epochs}")
    add(f"EVAL_CHUNK = {EVAL_CHUNK}  # validation/test batches, as nodeflow's trainer")
    add(f"WEIGHTS = {literal(None if weights is None else str(weights))}")
    add(f"DATA = {literal(a.params[plan.dataset])}")
    add(data_dir_line(plan))
    for line in target_lines(plan):
        add(line)
    add(f"DIVERGE_GROWTH = {DIVERGE_GROWTH!r}  # an epoch loss this many times the first batch's has diverged")
    add(f"PATIENCE = {plan.patience}  # early stopping: epochs without a better loss (0: off)")
    add(f"RESTORE_BEST = {plan.restore_best}  # after an early stop, the best epoch's weights")
    add("OBJECTIVES = [  # round order: (loss, optimizer, updates per round)")
    lines.extend(objectives)
    add("]\n")
    add(_LOAD.replace("{source}", source))
    add("")
    lines.extend(loss_defs)
    add("\nclass Model(nn.Module):")
    add('    """The graph\'s layers; `objective(k, ...)` runs what objective k needs and returns its loss."""\n')
    add("    def __init__(self) -> None:")
    add("        super().__init__()")
    lines.extend(init)
    add("")
    add(f"    def objective(self, k: int, {x_var}: torch.Tensor, {y_var}: torch.Tensor, rng: np.random.Generator,")
    add("                  n: int) -> tuple:")
    add('        """(loss of objective k, what its loss compares with the target) for one batch of n samples;')
    add('        Noise draws from `rng`, in node order, as nodeflow does."""')
    add(f"        device = {x_var}.device")
    lines.extend(body)
    add("")
    lines.extend(init_from_seed_lines(layout))
    lines.extend(load_weights_lines())
    add("")
    add("\ndef make_optimizers(model: Model, epochs: int) -> tuple[list, list]:")
    add('    """One torch.optim optimizer (and learning-rate schedule) per objective, in round order."""')
    add("    optimizers, schedulers = [], []")
    lines.extend(optimizers)
    add("    return optimizers, schedulers\n")
    add(_LOOP.replace("{acc_expr}", acc_expr or "None"))
    return "\n".join(lines) + "\n"


_LOOP = '''
def correct(prob, target):
    """Right answers of the first objective's prediction (None: its loss reports no accuracy)."""
    if prob is None:
        return None
    return {acc_expr}


def evaluate(model: Model, split: tuple, device, k: int = 0) -> tuple:
    """(mean loss of objective k, accuracy or None) in inference mode, in chunks of EVAL_CHUNK
    like the engine (its Noise drawn from a generator of its own, seeded 0)."""
    model.eval()
    x, y = split
    rng = np.random.default_rng(0)
    loss_sum, hits = 0.0, 0
    with torch.no_grad():
        for start in range(0, len(x), EVAL_CHUNK):
            xb = torch.from_numpy(x[start : start + EVAL_CHUNK]).to(device)
            yb = torch.from_numpy(y[start : start + EVAL_CHUNK]).to(device)
            loss, pred = model.objective(k, xb, yb, rng, len(xb))
            loss_sum += float(loss) * len(xb)
            got = correct(pred, yb) if k == 0 else None
            hits = None if got is None or hits is None else hits + got
    model.train()
    return loss_sum / len(x), (None if hits is None else hits / len(x))


def main(argv=None) -> int:
    global DATA_DIR
    parser = argparse.ArgumentParser(description="Train the exported graph " + repr(GRAPH_NAME).replace("%", "%%"))
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--weights", default=WEIGHTS, help="a state_dict saved with torch.save")
    parser.add_argument("--data-dir", default=DATA_DIR, help="folder a relative csv/npz path is read from")
    parser.add_argument("--device", choices=("cpu", "cuda"), default="cpu",
                        help="where to train (cpu reproduces nodeflow's numbers most closely)")
    parser.add_argument("--save-weights", default=None, help="save the trained state_dict here (torch.save)")
    args = parser.parse_args(argv)
    DATA_DIR = args.data_dir
    epochs = args.epochs
    if int(os.environ.get("WORLD_SIZE", "1")) > 1:
        raise SystemExit("error: a graph with several objectives trains in one process here; run it without torchrun")
    if args.device == "cuda" and not torch.cuda.is_available():
        raise SystemExit("error: --device cuda: this PyTorch sees no CUDA device; use --device cpu")
    device = torch.device(args.device)
    torch.manual_seed(args.seed)
    rng = np.random.default_rng(args.seed)  # initial weights, then each epoch's order and the noise
    model = Model()
    model.init_from_seed(rng)
    if args.weights:
        model.load_weights(args.weights)
    model.to(device)
    (x, y), val, test = load_data(args.seed)
    n = len(x)
    bs = int(DATA.get("batch_size") or n)
    bs = n if bs <= 0 or bs >= n else bs
    optimizers, schedulers = make_optimizers(model, epochs)
    several = len(OBJECTIVES) > 1
    patience, restore_best = PATIENCE, RESTORE_BEST
    best, best_state, best_epoch, wait, stopped_early, done_epochs = math.inf, None, None, 0, False, 0
    classifies = None
    first_loss, start_loss = None, 1.0
    for epoch in range(epochs):
        lrs = [opt.param_groups[0]["lr"] for opt in optimizers]
        order = rng.permutation(n) if DATA.get("shuffle", True) else np.arange(n)
        t0 = time.perf_counter()
        sums = [0.0] * len(OBJECTIVES)
        hits = 0
        for start in range(0, n, bs):
            batch = order[start : start + bs]
            xb, yb = torch.from_numpy(x[batch]).to(device), torch.from_numpy(y[batch]).to(device)
            m = len(batch)
            for k, (loss_id, _opt_id, updates) in enumerate(OBJECTIVES):  # the round: each objective in turn
                for step in range(updates):
                    optimizers[k].zero_grad()
                    loss, pred = model.objective(k, xb, yb, rng, m)
                    value = float(loss.detach())
                    if not math.isfinite(value):  # before the step, as the engine: the weights stay finite
                        print(json.dumps({"event": "error", "kind": "diverged", "message": diverged_message(
                            epoch, value, lrs[k], loss_id if several else None)}), flush=True)
                        return 1
                    loss.backward()
                    optimizers[k].step()
                    if step == 0:
                        sums[k] += value * m
                        if k == 0:
                            if first_loss is None:
                                first_loss = value
                            got = correct(pred.detach() if pred is not None else None, yb)
                            classifies = got is not None
                            hits += int(got or 0)
        for scheduler in schedulers:
            scheduler.step()
        if epoch == 0 and first_loss is not None:
            start_loss = first_loss
        train_loss = sums[0] / n
        if train_loss > DIVERGE_GROWTH * max(start_loss, 1.0):  # finite, but orders of magnitude up
            print(json.dumps({"event": "error", "kind": "diverged",
                              "message": grew_message(epoch, start_loss, train_loss, lrs[0])}), flush=True)
            return 1
        event = {"event": "epoch", "epoch": epoch + 1, "train_loss": train_loss}
        event["val_loss"], val_acc = evaluate(model, val, device) if len(val[0]) else (None, None)
        if event["val_loss"] is not None and not math.isfinite(event["val_loss"]):
            print(json.dumps({"event": "error", "kind": "diverged",
                              "message": diverged_message(epoch, event["val_loss"], lrs[0])}), flush=True)
            return 1
        if classifies:
            event["train_acc"], event["val_acc"] = hits / n, val_acc
        if several:
            event["losses"] = {loss_id: total / n for (loss_id, _o, _s), total in zip(OBJECTIVES, sums, strict=True)}
        event["seconds"] = time.perf_counter() - t0
        print(json.dumps(event), flush=True)
        done_epochs = epoch + 1
        monitored = event["val_loss"] if event["val_loss"] is not None else event["train_loss"]
        if monitored < best:
            best, wait, best_epoch = monitored, 0, epoch + 1
            if patience > 0 and restore_best:
                best_state = {k: v.detach().clone() for k, v in model.state_dict().items()}
        else:
            wait += 1
            if patience > 0 and wait >= patience:
                stopped_early = True
                break
    if stopped_early and best_state is not None:
        model.load_state_dict(best_state)
    test_loss, test_acc = evaluate(model, test, device) if len(test[0]) else (None, None)
    done = {"event": "done", "epochs": done_epochs, "test_loss": test_loss}
    if test_acc is not None:
        done["test_acc"] = test_acc
    print(json.dumps(done), flush=True)
    if stopped_early:
        print(f"stopped early; best epoch {best_epoch}", file=sys.stderr)
    if args.save_weights:
        torch.save(model.state_dict(), args.save_weights)
    return 0


if __name__ == "__main__":
    sys.exit(main())
'''
