"""`nodeflow step FILE` and `nodeflow diagnose FILE`: stepping, explanations, the difference
lab and the diagnoses without the window (the same engine as Run ▸ Step One Batch).

    nodeflow step FILE [--batches N] [--explain NODE [--sample S --unit U --input I]] [--lab] [--json]
    nodeflow diagnose FILE [--epochs N] [--json]

`step` trains N batches (default 1) exactly as `nodeflow train` would and prints each one's
loss and how much each layer moved; `--explain` writes out NODE's formula with the last
batch's numbers (and its update for a Dense weight W[input, unit]); `--lab` adds the
forward/central/backward differences for that weight. `diagnose` exits 1 when it finds
something (each finding with its fix), 0 when it finds nothing.
"""

from __future__ import annotations

import json
from typing import Any


def add_parser(sub: Any, parser_class: Any) -> None:
    """The commands' arguments (called by nodeflow.cli)."""
    step = sub.add_parser("step", help="train one batch at a time and explain the numbers")
    step.add_argument("file")
    step.add_argument("--batches", type=int, default=1, help="batches to step (1)")
    step.add_argument("--explain", metavar="NODE", help="write out NODE's formula with the last batch's numbers")
    step.add_argument("--sample", type=int, default=0, help="which sample of the batch (0)")
    step.add_argument("--unit", type=int, default=0, help="which output unit (0)")
    step.add_argument("--input", type=int, default=0, help="which input of a Dense layer: the weight W[input, unit] (0)")
    step.add_argument("--lab", action="store_true", help="numerical differences for that weight beside backprop")
    step.add_argument("--json", action="store_true", help="print JSON objects, one per line")
    diag = sub.add_parser("diagnose", help="train a few epochs and report problems with a cause and a fix")
    diag.add_argument("file")
    diag.add_argument("--epochs", type=int, default=6, help="epochs to train (6)")
    diag.add_argument("--json", action="store_true", help="print one JSON object per finding")


def _emit(obj: dict, as_json: bool, text: str) -> None:
    print(json.dumps(obj, ensure_ascii=False) if as_json else text)


def cmd_step(args: Any) -> int:
    import numpy as np

    from nodeflow.compute import explain as X
    from nodeflow.compute.numdiff import difference_lab
    from nodeflow.compute.stepper import Stepper
    from nodeflow.graph.document import GraphError
    from nodeflow.graph.io import load

    graph = load(args.file)
    if args.batches < 1:
        raise GraphError(f"--batches must be at least 1, got {args.batches}")
    if args.explain is not None and args.explain not in graph.nodes:
        raise GraphError(f"--explain: the graph has no node '{args.explain}'")
    stepper = Stepper(graph, base_dir=graph.base_dir)
    rec = None
    for _ in range(args.batches):
        rec = stepper.step()
        moved = {n: float(v) for n, v in rec.moved().items()}
        _emit({"event": "step", "epoch": rec.epoch + 1, "batch": rec.batch + 1, "batches": rec.batches,
               "loss": rec.loss, "lr": rec.lr, "moved": moved}, args.json,
              f"epoch {rec.epoch + 1} batch {rec.batch + 1}/{rec.batches}  loss {rec.loss:.6g}  "
              + "  ".join(f"{n} |Δw| {X.num(v)}" for n, v in moved.items()))
        if not np.isfinite(rec.loss):
            return 1
    if args.explain is None or rec is None:
        return 0
    choice = X.Choice(args.sample, args.unit, args.input)
    e = X.explain(rec, graph, args.explain, choice)
    lines = e.formulas + e.forward + e.backward
    ws = rec.weights_before.get(args.explain, {})
    k = None
    if "W" in ws and ws["W"].ndim == 2:
        index = (min(choice.input, ws["W"].shape[0] - 1), min(choice.unit, ws["W"].shape[1] - 1))
        k = X.flat_index(stepper.network, args.explain, "W", index)
        u = X.update_for(rec, stepper.network, graph, args.explain, index, stepper.trainer.opt_params)
        if u is not None:
            lines += u.formulas + u.update
            e.numbers.update({f"update_{key}": value for key, value in u.numbers.items()})
    _emit({"event": "explain", "node": e.node, "type": e.type, "sample": choice.sample, "unit": choice.unit,
           "input": choice.input, "lines": lines, "numbers": e.numbers}, args.json,
          f"{e.node} ({e.type})\n  " + "\n  ".join(lines))
    if args.lab:
        if k is None:
            raise GraphError(f"--lab needs a Dense node with weights W; {args.explain} has none")
        for dtype in ("float64", "float32"):
            lab = difference_lab(stepper, k, dtype)
            rows = [{"h": h, "forward": f, "central": c, "backward": b}
                    for h, f, c, b in zip(lab.h, lab.forward, lab.central, lab.backward, strict=True)]
            text = [f"differences ({dtype}): backprop {lab.backprop:.10g}, float64 backprop {lab.reference:.10g}"]
            text += [f"  h {r['h']:.0e}  forward {r['forward']:.10g}  central {r['central']:.10g}  "
                     f"backward {r['backward']:.10g}" for r in rows]
            _emit({"event": "lab", "dtype": dtype, "backprop": lab.backprop, "reference": lab.reference,
                   "rows": rows}, args.json, "\n".join(text))
    return 0


def cmd_diagnose(args: Any) -> int:
    from nodeflow.compute.diagnose import diagnose
    from nodeflow.graph.document import GraphError
    from nodeflow.graph.io import load

    graph = load(args.file)
    if args.epochs < 1:
        raise GraphError(f"--epochs must be at least 1, got {args.epochs}")
    found = diagnose(graph, epochs=args.epochs, base_dir=graph.base_dir)
    for d in found:
        _emit({"event": "diagnosis", "kind": d.kind, "node": d.node, "message": d.message, "fix": d.fix,
               "numbers": d.numbers}, args.json, f"{d.kind}{' ' + d.node if d.node else ''}: {d.message}\n  → {d.fix}")
    if not found and not args.json:
        print("no problem found")
    return 1 if found else 0
