"""`nodeflow sweep FILE --vary NODE.PARAM=V1,V2,... [--vary ...] [--json]`.

Trains every combination of the varied values from the same start, in parallel worker
processes, and prints each variant's epochs (`--json`: one object per line, each with
`"variant": {"NODE.PARAM": value}`) and a results table. Exit codes: 0 when at least one
variant finished (a diverging learning rate is a result, not a failure), 1 when none did,
2 for a file or a `--vary` spec that is not valid (one `error: ...` line), 130 on Ctrl-C.
"""

from __future__ import annotations

import json
import math
import sys
import time
from pathlib import Path
from typing import Any, TextIO

from nodeflow.experiments.names import SpecError

EPOCH_KEYS = ("epoch", "train_loss", "val_loss", "train_acc", "val_acc", "seconds")
DONE_KEYS = ("epochs", "test_loss", "test_acc", "seconds", "first_loss")


def add_parser(sub: Any, parser_class: Any) -> None:
    """The `sweep` subcommand on the command line's subparsers."""
    from nodeflow.experiments.presets import PRESETS

    sweep = sub.add_parser("sweep", help="train variants of a graph side by side from the same start")
    sweep.add_argument("file")
    sweep.add_argument("--vary", action="append", default=[], metavar="NODE.PARAM=V1,V2,...",
                       help="values to try: adam.lr=0.1,0.01; opt.type=SGD,Adam; training.epochs=10,30; "
                            "data.batch_size=1,32,full (several --vary make a grid)")
    sweep.add_argument("--preset", action="append", default=[], choices=[p.key for p in PRESETS],
                       help="a ready-made comparison: " + "; ".join(f"{p.key}: {p.title}" for p in PRESETS))
    sweep.add_argument("--epochs", type=int, help="override the file's epochs")
    sweep.add_argument("--seed", type=int, help="override the file's seed")
    sweep.add_argument("--json", action="store_true", help="print one JSON object per line, tagged by variant")
    sweep.add_argument("--workers", type=int, help="worker processes (default: one per core)")
    sweep.add_argument("--sequential", action="store_true", help="train the variants one after another here")
    sweep.add_argument("--csv", metavar="OUT.csv", help="also write the results table as CSV")
    sweep.add_argument("--record", action="store_true",
                       help="keep the variants in FILE's runs list (FILE.runs.json), as the window does")


def _one_line(message: object) -> str:
    return " ".join(str(message).split()) or "unknown error"


def _fail(message: object, code: int = 2) -> int:
    print(f"error: {_one_line(message)}", file=sys.stderr)
    return code


def _clean(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def build(args: Any) -> Any:
    """The Sweep the arguments ask for; SpecError / GraphError / OSError for bad input."""
    from nodeflow.experiments.presets import preset
    from nodeflow.experiments.spec import plan
    from nodeflow.experiments.sweep import Sweep
    from nodeflow.graph import io
    from nodeflow.graph.analysis import analyze
    from nodeflow.graph.document import GraphError

    try:
        graph = io.load(args.file)
    except OSError as exc:
        raise GraphError(f"cannot read {args.file}: {exc.strerror or exc}") from None
    analysis = analyze(graph)
    if not analysis.ok:
        raise GraphError(str(analysis.first_error))
    if args.epochs is not None and args.epochs < 1:
        raise SpecError(f"--epochs must be at least 1, got {args.epochs}")
    if args.workers is not None and args.workers < 1:
        raise SpecError(f"--workers must be at least 1, got {args.workers}")
    specs = [s for key in args.preset for s in preset(key).specs(graph)] + list(args.vary)
    variants = plan(graph, specs)
    base_dir = str(Path(args.file).resolve().parent)
    history = None
    if args.record:
        from nodeflow.graph import runs as R

        path = R.runs_path(args.file)
        history = R.RunHistory.load(path)[0] if path.exists() else R.RunHistory()
    return Sweep(graph, variants, base_dir=base_dir, epochs=args.epochs, seed=args.seed,
                 workers=args.workers, history=history)


class _Printer:
    """Turns the sweep's messages into lines: JSON objects, or plain text with a live status
    line on a terminal's stderr."""

    def __init__(self, sweep: Any, as_json: bool, out: TextIO, err: TextIO) -> None:
        self.sweep, self.as_json, self.out, self.err = sweep, as_json, out, err
        self.live = not as_json and err.isatty()
        self._last = 0.0

    def __call__(self, index: int, kind: str, payload: Any) -> None:
        outcome = self.sweep.outcomes[index]
        variant = outcome.variant.setting
        if kind == "epoch":
            if self.as_json:
                line = {"event": "epoch", "variant": variant}
                line.update({k: _clean(payload[k]) for k in EPOCH_KEYS if k in payload})
                if "losses" in payload:
                    line["losses"] = payload["losses"]
                self._print(json.dumps(line))
        elif kind == "done":
            result = outcome.run.result
            if self.as_json:
                line = {"event": "done", "variant": variant, "status": result.status}
                line.update({k: _clean(payload.get(k)) for k in DONE_KEYS if k in payload})
                self._print(json.dumps(line))
            else:
                self._print(f"{outcome.variant.label}: {result.summary()}")
        elif kind == "error":
            result = outcome.run.result
            if self.as_json:
                self._print(json.dumps({"event": "error", "variant": variant, "status": result.status,
                                        "message": _one_line(payload.get("message")),
                                        "epochs": len(outcome.run.epochs),
                                        "first_loss": _clean(payload.get("first_loss"))}))
            else:
                self._print(f"{outcome.variant.label}: {result.status}: {_one_line(payload.get('message'))}")
        if self.live:
            self.status()

    def _print(self, text: str) -> None:
        if self.live:
            self.err.write("\r" + " " * 100 + "\r")
        print(text, file=self.out, flush=True)

    def status(self, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self._last < 0.2:
            return
        self._last = now
        ended = sum(o.ended for o in self.sweep.outcomes)
        parts = []
        for o in self.sweep.outcomes:
            if o.ended:
                continue
            planned = o.planned_epochs or "?"
            parts.append(f"{o.variant.short_label} {len(o.run.epochs)}/{planned}")
        text = f"[{ended}/{len(self.sweep.outcomes)} done] " + "  ".join(parts)
        self.err.write("\r" + text[:99].ljust(99))
        self.err.flush()


def cmd_sweep(args: Any) -> int:
    """Run the sweep the arguments describe; see the module docstring for the exit codes."""
    from nodeflow.experiments import table
    from nodeflow.graph.document import GraphError

    try:
        sweep = build(args)
    except (SpecError, GraphError, ValueError) as exc:
        return _fail(exc)
    except OSError as exc:
        return _fail(exc.strerror or exc)
    printer = _Printer(sweep, bool(args.json), sys.stdout, sys.stderr)
    sweep.on_message = printer
    workers = 0
    try:
        if args.sequential:
            sweep.run_sequential()
        else:
            sweep.start()
            workers = sweep.worker_count
            sweep.wait()
    except KeyboardInterrupt:
        print("\ninterrupted", file=sys.stderr)
        return 130
    except MemoryError:
        return _fail("out of memory", 1)
    if printer.live:
        sys.stderr.write("\r" + " " * 100 + "\r")
    rows = table.rows(sweep.outcomes)
    finished = sum(r.status in ("finished", "early_stopped", "stopped") for r in rows)
    diverged = sum(r.diverged for r in rows)
    if args.json:
        print(json.dumps({"event": "summary", "variants": len(rows), "finished": finished, "diverged": diverged,
                          "failed": len(rows) - finished - diverged, "workers": workers,
                          "seconds": round(sweep.seconds, 3)}), flush=True)
    else:
        print(table.text(rows))
        print(f"{len(rows)} variants in {sweep.seconds:.1f} s "
              f"({'one after another' if args.sequential else f'{workers} worker processes'})")
    if args.csv:
        try:
            table.save_csv(rows, args.csv)
        except OSError as exc:
            return _fail(f"cannot write {args.csv}: {exc.strerror or exc}", 1)
    if args.record:
        from nodeflow.graph import runs as R

        try:
            sweep.history.save(R.runs_path(args.file), mode_like=args.file)
        except OSError as exc:
            return _fail(f"cannot write the runs file: {exc.strerror or exc}", 1)
    return 0 if finished else 1
