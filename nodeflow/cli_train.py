"""`nodeflow train` and `nodeflow gradcheck` (dispatched here by `nodeflow.cli`).

Exit codes: 0 success; 1 a run that failed (divergence, bad data, gradient check above
tolerance); 2 a file that is not valid (printed as one `error: ...` line, like `check`).
"""

from __future__ import annotations

import json
import math
import sys
import time
from pathlib import Path
from typing import Any, TextIO

from nodeflow.cli import OUT_OF_MEMORY
from nodeflow.graph.document import GraphError

EPOCH_KEYS = ("event", "epoch", "train_loss", "val_loss", "train_acc", "val_acc", "losses", "seconds")
DONE_KEYS = ("event", "epochs", "test_loss", "test_acc", "test_rmse", "warnings")
"""The keys `--json` prints (DESIGN.md, "Command line"); accuracy only for classification,
`losses` ({loss id: mean training loss}) only for a graph with several objectives."""
EPISODE_KEYS = ("event", "episode", "return", "steps", "epsilon", "loss")
EVALUATION_KEYS = ("event", "episode", "mean_return")
RL_DONE_KEYS = ("event", "episodes", "steps", "stopped", "best_episode", "greedy_return")
"""What `--json` prints for a graph with an Environment (DESIGN.md, "Reinforcement learning")."""


def _load(path: str):
    """(graph, analysis) or GraphError with one line naming the problem."""
    from nodeflow.graph import io
    from nodeflow.graph.analysis import analyze

    try:
        graph = io.load(path)
    except OSError as exc:
        raise GraphError(f"cannot read {path}: {exc.strerror or exc}") from None
    analysis = analyze(graph)
    if not analysis.ok:
        raise GraphError(str(analysis.first_error))
    return graph, analysis


def _one_line(message: object) -> str:
    """One line for a person (error:, warning:, note: on stderr): the engine's English in the
    --lang language."""
    from nodeflow.cli import clean_line
    from nodeflow.i18n.engine import engine_text

    return engine_text(clean_line(message))


def _print_notes(analysis: Any) -> None:
    """Findings that are not errors (bad csv rows left out) go to stderr, so `--json` output
    on stdout stays one JSON object per line."""
    from nodeflow.cli import analysis_notes

    for note in analysis_notes(analysis):
        print(f"note: {_one_line(note)}", file=sys.stderr)


def _print_load_notes(trainer: Any, analysis: Any) -> None:
    """Findings made while the data were read (unreadable images skipped, by path), which the
    analysis before the run could not know; to stderr like the others."""
    from nodeflow.cli import analysis_notes
    from nodeflow.compute import datasets

    if getattr(trainer, "data_params", None) is None:
        return
    try:
        found = datasets.describe(trainer.data_params, trainer.base_dir).notes
    except ValueError:
        return
    shown = set(analysis_notes(analysis))
    for note in found:
        if note not in shown:
            print(f"note: {_one_line(note)}", file=sys.stderr)


def _json_value(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _json_value(v) for k, v in value.items()}
    return value


def _pick(event: dict, keys: tuple[str, ...]) -> dict:
    return {k: _json_value(event[k]) for k in keys if k in event}


def _fmt(value: float | None, percent: bool = False) -> str:
    if value is None:
        return "-"
    return f"{100 * value:.2f}%" if percent else f"{value:.4g}"


class _Printer:
    """Turns trainer events into the command line's output."""

    def __init__(self, as_json: bool, epochs: int, out: TextIO, err: TextIO) -> None:
        self.as_json = as_json
        self.epochs = epochs
        self.out, self.err = out, err
        self.bar = not as_json and err.isatty()
        self._last = 0.0

    def __call__(self, event: dict) -> None:
        kind = event["event"]
        if kind == "batch":
            now = time.monotonic()
            if self.bar and (now - self._last > 0.1 or event["batch"] == event["batches"]):
                self._last = now
                done = event["batch"] / event["batches"]
                filled = int(20 * done)
                self.err.write(f"\repoch {event['epoch']}/{self.epochs} [{'#' * filled}{'.' * (20 - filled)}] "
                               f"loss {event['loss']:.4g}  {event['samples_per_s']:.0f} samples/s ")
                self.err.flush()
            return
        if self.bar:
            self.err.write("\r" + " " * 78 + "\r")
        if kind in ("episode", "evaluation") or (kind == "done" and "episodes" in event):
            self._rl(event)
            return
        if self.as_json:
            keys = {"epoch": EPOCH_KEYS, "done": DONE_KEYS}.get(kind)
            line = _pick(event, keys) if keys else {"event": "error", "message": event.get("message")}
            if kind == "error" and event.get("kind"):
                line["kind"] = event["kind"]
            if kind in ("epoch", "done", "error"):
                print(json.dumps(line), file=self.out, flush=True)
            return
        if kind == "epoch":
            parts = [f"epoch {event['epoch']}/{self.epochs}", f"train_loss {_fmt(event['train_loss'])}",
                     f"val_loss {_fmt(event['val_loss'])}"]
            if "train_acc" in event:
                parts += [f"train_acc {_fmt(event['train_acc'], True)}", f"val_acc {_fmt(event['val_acc'], True)}"]
            parts.append(f"{event['seconds']:.2f}s")
            print("  ".join(parts), file=self.out, flush=True)
        elif kind == "done":
            parts = [f"done after {event['epochs']} epochs", f"test_loss {_fmt(event['test_loss'])}"]
            if "test_acc" in event:
                parts.append(f"test_acc {_fmt(event['test_acc'], True)}")
            if "test_rmse" in event:
                parts.append(f"test_rmse {_fmt(event['test_rmse'])} (in the targets' units)")
            if event.get("stopped_early"):
                parts.append(f"(stopped early; best epoch {event['best_epoch']})")
            print("  ".join(parts), file=self.out, flush=True)
            for warning in event.get("warnings") or ():
                print(f"warning: {_one_line(warning)}", file=self.err, flush=True)
        elif kind == "error":
            print(f"error: {_one_line(event['message'])}", file=self.err, flush=True)


    def _rl(self, event: dict) -> None:
        """An agent's episode, greedy evaluation or end (a graph with an Environment)."""
        kind = event["event"]
        if self.as_json:
            keys = {"episode": EPISODE_KEYS, "evaluation": EVALUATION_KEYS}.get(kind, RL_DONE_KEYS)
            print(json.dumps(_pick(event, keys)), file=self.out, flush=True)
        elif kind == "episode":
            print(f"episode {event['episode']}/{self.epochs}  return {event['return']:.4g}  steps {event['steps']}  "
                  f"epsilon {event['epsilon']:.3f}  TD loss {_fmt(event['loss'])}", file=self.out, flush=True)
        elif kind == "evaluation":
            print(f"greedy evaluation after episode {event['episode']}: mean return {event['mean_return']:.4g}",
                  file=self.out, flush=True)
        else:
            parts = [f"done after {event['episodes']} episodes ({event['steps']} steps)"]
            if event.get("greedy_return") is not None:
                parts.append(f"greedy return {event['greedy_return']:.4g}")
            if event.get("best_episode") is not None:
                parts.append(f"(weights of the best evaluation, episode {event['best_episode']})")
            print("  ".join(parts), file=self.out, flush=True)


def trainer_class(graph: Any) -> type:
    """`Trainer` for a Dataset graph, the agent's `RLTrainer` for a graph with an Environment."""
    from nodeflow.compute.rl.graph_agent import RLTrainer, is_rl_graph
    from nodeflow.compute.trainer import Trainer

    return RLTrainer if is_rl_graph(graph) else Trainer


def cmd_train(args: Any) -> int:
    """Train args.file headless; args.epochs, args.seed, args.json, args.save_weights."""
    as_json = bool(getattr(args, "json", False))
    try:
        graph, analysis = _load(args.file)
        _print_notes(analysis)
        printer = _Printer(as_json, 0, sys.stdout, sys.stderr)
        trainer = trainer_class(graph)(graph, epochs=getattr(args, "epochs", None), seed=getattr(args, "seed", None),
                          on_event=printer, analysis=analysis, base_dir=str(Path(args.file).parent))
        printer.epochs = trainer.epochs
        log = _tensorboard(trainer, getattr(args, "tensorboard", None))
    except (GraphError, ValueError, OSError) as exc:  # ValueError: tensorboard is not installed
        print(f"error: {_one_line(exc)}", file=sys.stderr)
        return 2
    except MemoryError:
        print(f"error: {OUT_OF_MEMORY}", file=sys.stderr)
        return 1
    try:
        history = trainer.run()
    except KeyboardInterrupt:
        print("\ninterrupted", file=sys.stderr)
        return 130
    except MemoryError:  # reported once: by the trainer's error event when it sent one
        if trainer.history.error is None:
            print(f"error: {OUT_OF_MEMORY}", file=sys.stderr)
        return 1
    finally:
        if log is not None:
            log.close()
    _print_load_notes(trainer, analysis)
    if history.error is not None:
        return 1
    out = getattr(args, "save_weights", None)
    if out:
        from nodeflow.compute.weights import save_weights

        try:
            save_weights(trainer.network, out)
        except OSError as exc:
            from nodeflow.cli import clean_line

            message = clean_line(exc if exc.errno is None else f"cannot write {out}: {exc.strerror or exc}")
            if as_json:
                print(json.dumps({"event": "error", "message": message}), flush=True)
            else:
                print(f"error: {_one_line(message)}", file=sys.stderr)
            return 1
    return 0


def _tensorboard(trainer: Any, root: str | None) -> Any:
    """With --tensorboard DIR: a TensorBoard log of the run in a new folder under DIR (said on stderr)."""
    if not root:
        return None
    from nodeflow.interop.tensorboard_log import attach

    log = attach(trainer, root)
    print(f"TensorBoard logs: {log.folder} (view them with: tensorboard --logdir {root})", file=sys.stderr)
    return log


def cmd_gradcheck(args: Any) -> int:
    """Print the worst relative error per node for args.file; exit 1 above args.tolerance."""
    from nodeflow.compute.graph_gradcheck import check_graph

    tolerance = float(getattr(args, "tolerance", None) or 1e-6)
    try:
        graph, analysis = _load(args.file)
        seed = getattr(args, "seed", None)
        seed = int(seed if seed is not None else graph.training.get("seed", 0) or 0)
        results = check_graph(graph, analysis=analysis, seed=seed, base_dir=Path(args.file).parent)
    except GraphError as exc:
        print(f"error: {_one_line(exc)}", file=sys.stderr)
        return 2
    except (ValueError, OSError) as exc:  # the data could not be loaded
        print(f"error: {_one_line(exc)}", file=sys.stderr)
        return 1
    except MemoryError:
        print(f"error: {OUT_OF_MEMORY}", file=sys.stderr)
        return 1
    if not results:
        print("nothing to check: no node has weights")
        return 0
    width = max(len("node"), *(len(n) for n in results))
    several = any(c.objective for c in results.values())  # each objective on its own weights: name its loss
    lw = max(len("loss"), *(len(c.objective) for c in results.values())) if several else 0
    loss_head = f"{'loss':<{lw}}  " if several else ""
    print(f"{'node':<{width}}  {loss_head}{'weights':<12} {'entries':>7}  {'worst rel. error':>16}")
    failed = []
    for node, check in results.items():
        ok = check.error <= tolerance
        if not ok:
            failed.append(node)
        loss = f"{check.objective:<{lw}}  " if several else ""
        print(f"{node:<{width}}  {loss}{','.join(check.weights):<12} {check.entries:>7}  {check.error:>16.2e}"
              f"  {'ok' if ok else 'FAIL'}")
    if failed:
        print(f"gradient check failed for {', '.join(failed)} (tolerance {tolerance:g})")
        return 1
    print(f"all gradients agree (tolerance {tolerance:g})")
    return 0
