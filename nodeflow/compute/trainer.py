"""The training loop: mini-batches, epochs, schedules, early stopping, events.

The same `Trainer` runs in the window's worker thread and headless from the command line. It
reports through `on_event(dict)` (batch / epoch / done / error) and can be paused, resumed
and stopped from another thread; those requests are honoured between batches, so the weights
are always those after a complete optimizer step.

Reproducibility contract (the NumPy exporter follows it to reproduce loss curves exactly):

1. `rng = np.random.default_rng(seed)`; the data come from
   `datasets.load(dataset_params, seed, dtype)` (which keeps its own generator).
2. The initial weights are drawn from `rng` (see `initializers`).
3. Each epoch, when the Dataset's `shuffle` is true: `order = rng.permutation(n_train)`;
   otherwise the stored order. Batches are consecutive slices of `batch_size` samples of that
   order (the last one may be smaller; batch_size 0 or >= n_train means one full batch).
4. Dropout masks are drawn from `rng` during each training forward, in node order.
5. The learning rate of epoch e (0-based) is `schedules.learning_rate(opt_params, e, epochs)`.

Reported numbers: `train_loss` is the mean of the epoch's batch losses weighted by batch size
(each measured before that batch's step, in training mode); `train_acc` likewise counts the
training-mode predictions of the epoch's batches. `val_*` and `test_*` are computed after the
epoch in inference mode (no dropout, running BatchNorm statistics) over the whole split, in
chunks of 1024, weighting each chunk's mean loss by its size. Accuracy only for
classification losses (see `metrics`).
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from nodeflow.compute import metrics
from nodeflow.compute.network import Network, resolve
from nodeflow.graph.document import Graph, GraphError

EVAL_CHUNK = 1024
DTYPES = ("float32", "float64")


DIVERGED = "diverged"
"""`kind` of the error event (and `History.error_kind`) of a run whose loss became nan or inf;
lessons and the run book test this marker, never the message's words."""


class TrainingError(RuntimeError):
    """A run that cannot go on (divergence, bad data); the message is for the user, `kind` for
    programs ("diverged" or "error")."""

    def __init__(self, message: str, kind: str = "error") -> None:
        super().__init__(message)
        self.kind = kind


@dataclass
class History:
    """Per-epoch results of a run (lists indexed by epoch - 1)."""

    train_loss: list[float] = field(default_factory=list)
    val_loss: list[float | None] = field(default_factory=list)
    train_acc: list[float] = field(default_factory=list)
    val_acc: list[float | None] = field(default_factory=list)
    lr: list[float] = field(default_factory=list)
    seconds: list[float] = field(default_factory=list)
    test_loss: float | None = None
    test_acc: float | None = None
    best_epoch: int | None = None
    stopped_early: bool = False
    stopped: bool = False
    error: str | None = None
    error_kind: str | None = None
    """"diverged" when the loss became nan or inf, "error" for any other failure."""
    losses: dict[str, list[float]] = field(default_factory=dict)
    """Per loss node id, its mean training loss per epoch (every objective; the first is `train_loss`)."""
    run_seconds: float = 0.0
    """Wall time of the whole run (data, epochs, test), the figure in-window training is held to."""

    @property
    def epochs(self) -> int:
        return len(self.train_loss)


def _setting(training: dict, key: str, default: Any, kind: type) -> Any:
    value = training.get(key, default)
    if value is None:
        return default
    if kind is int and (isinstance(value, bool) or not isinstance(value, int)):
        raise GraphError(f"training: '{key}' must be an integer, got {value!r}")
    if kind is bool and not isinstance(value, bool):
        raise GraphError(f"training: '{key}' must be true or false, got {value!r}")
    return value


class Trainer:
    """Trains one graph. Settings come from `graph.training` (epochs, seed, dtype, patience,
    restore_best); the keyword arguments override them. `base_dir` (the graph file's folder,
    default `graph.base_dir`) resolves relative csv/npz paths. Raises GraphError for a graph that
    cannot be compiled; everything that goes wrong while running is reported as an "error"
    event and in `History.error`."""

    def __init__(
        self,
        graph: Graph,
        *,
        epochs: int | None = None,
        seed: int | None = None,
        dtype: str | None = None,
        on_event: Callable[[dict], None] | None = None,
        analysis: Any = None,
        base_dir: str | None = None,
    ) -> None:
        from nodeflow.graph.analysis import analyze

        training = dict(graph.training or {})
        self.epochs = int(epochs if epochs is not None else _setting(training, "epochs", 30, int))
        self.seed = int(seed if seed is not None else _setting(training, "seed", 0, int))
        self.dtype = str(dtype if dtype is not None else training.get("dtype") or "float32")
        self.patience = int(_setting(training, "patience", 0, int))
        self.restore_best = bool(_setting(training, "restore_best", True, bool))
        if self.epochs < 1:
            raise GraphError(f"training: 'epochs' must be at least 1, got {self.epochs}")
        if self.dtype not in DTYPES:
            raise GraphError(f"training: 'dtype' must be one of {', '.join(DTYPES)}, got {self.dtype!r}")
        self.on_event = on_event
        self.base_dir = base_dir if base_dir is not None else getattr(graph, "base_dir", None)
        self.graph = graph
        self.analysis = analysis if analysis is not None else analyze(graph)
        self.rng = np.random.default_rng(self.seed)
        self.network = Network.compile(graph, self.analysis, self.dtype, rng=self.rng)
        net = self.network
        if net.dataset_id is None:
            raise GraphError("the graph has no Dataset node to train on")
        if net.optimizer_id is None:
            raise GraphError("the graph has no optimizer node: wire a loss into one (e.g. Adam)")
        self.data_params = self.analysis.params[net.dataset_id]
        self.optimizers: list[Any] = []
        """One per objective, in round order; each updates only its own weights (`views`)."""
        self.views: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
        """(weights, gradients, decay mask) each optimizer steps: views into the flat buffers."""
        for k, objective in enumerate(net.plan.objectives):
            start, stop = net.trained_range(k)
            params = self.analysis.params[objective.optimizer]
            opt_cls = resolve(graph.nodes[objective.optimizer].spec.kernel)
            self.optimizers.append(opt_cls(params, stop - start, net.dtype))
            self.views.append((net.flat_w[start:stop], net.flat_g[start:stop], net.decay_mask[start:stop]))
        self.opt_params = self.analysis.params[net.optimizer_id]
        self.optimizer = self.optimizers[0]
        """The first objective's optimizer."""
        self.correct = metrics.correct_counter(net.loss_type)
        self.history = History()
        self._go = threading.Event()
        self._go.set()
        self._stop = threading.Event()

    # ------------------------------------------------------------ control
    def pause(self) -> None:
        self._go.clear()

    def resume(self) -> None:
        self._go.set()

    def stop(self) -> None:
        self._stop.set()
        self._go.set()

    @property
    def paused(self) -> bool:
        return not self._go.is_set()

    def _emit(self, event: dict) -> None:
        if self.on_event is not None:
            self.on_event(event)

    # ---------------------------------------------------------------- run
    def run(self) -> History:
        """Train to the end (or until stopped, early-stopped or diverged); blocking."""
        try:
            with np.errstate(over="ignore", invalid="ignore", divide="ignore"):  # divergence is checked
                self._run()
        except TrainingError as exc:
            self._fail(str(exc), exc.kind)
        except (GraphError, ValueError, OSError) as exc:
            self._fail(str(exc))
        except MemoryError:  # a user's problem (too large a batch or data set), not a bug
            self._fail("out of memory: the network or its data do not fit (try a smaller batch_size or fewer samples)")
        except Exception as exc:  # a bug should still end the run with a message, not a hung UI
            self._fail(f"{type(exc).__name__}: {exc}")
            raise
        return self.history

    def _fail(self, message: str, kind: str = "error") -> None:
        self.history.error = message
        self.history.error_kind = kind
        self._emit({"event": "error", "message": message, "kind": kind})

    def _load(self):
        from nodeflow.compute import datasets

        return datasets.load(self.data_params, self.seed, self.dtype, base_dir=self.base_dir)

    def _run(self) -> None:
        from nodeflow.compute import schedules

        started = time.perf_counter()
        splits = self._load()
        x, y = splits.train
        n = len(x)
        if n == 0:
            raise TrainingError("the training split is empty")
        bs = int(self.data_params.get("batch_size") or n)
        bs = n if bs <= 0 or bs >= n else bs
        shuffle = bool(self.data_params.get("shuffle", True))
        val = splits.val if splits.val is not None and len(splits.val[0]) else None
        test = splits.test if splits.test is not None and len(splits.test[0]) else None
        net, rng, hist = self.network, self.rng, self.history
        objectives = net.plan.objectives
        several = len(objectives) > 1
        rounds = [(k, o.steps, self.optimizers[k], *self.views[k]) for k, o in enumerate(objectives)]
        loss_ids = [o.loss for o in objectives]
        for loss_id in loss_ids:
            hist.losses.setdefault(loss_id, [])
        batches = -(-n // bs)
        best = math.inf
        best_state = None
        wait = 0
        emit_batch = self.on_event is not None
        for epoch in range(self.epochs):
            lrs = [float(schedules.learning_rate(self.analysis.params[o.optimizer], epoch, self.epochs))
                   for o in objectives]
            lr = lrs[0]
            order = rng.permutation(n) if shuffle else None
            t0 = time.perf_counter()
            loss_sum = 0.0
            loss_sums = [0.0] * len(objectives)
            correct = 0
            seen = 0
            for b in range(batches):
                if not self._go.is_set():
                    self._go.wait()
                if self._stop.is_set():
                    break
                if order is None:
                    xb, yb = x[b * bs : (b + 1) * bs], y[b * bs : (b + 1) * bs]
                else:
                    idx = order[b * bs : (b + 1) * bs]
                    xb, yb = x[idx], y[idx]
                m = len(xb)
                for k, steps, opt, w, g, mask in rounds:
                    for step in range(steps):
                        loss_k = net.forward(xb, yb, True, rng, k)
                        if not math.isfinite(loss_k):
                            raise TrainingError(self._diverged(epoch, loss_k, lrs[k],
                                                               objectives[k].loss if several else None), DIVERGED)
                        net.backward(k)
                        opt.step(w, g, lrs[k], mask)
                        if step == 0:
                            loss_sums[k] += loss_k * m
                            if k == 0 and self.correct is not None:
                                correct += self.correct(net.prediction(), yb)
                            if k == 0:
                                loss = loss_k
                seen += m
                loss_sum += loss * m
                if emit_batch:
                    self._emit({"event": "batch", "epoch": epoch + 1, "batch": b + 1, "batches": batches,
                                "loss": loss, "lr": lr,
                                "samples_per_s": seen / max(time.perf_counter() - t0, 1e-9)})
            if seen < n:  # stopped in the middle of an epoch: keep the weights, report nothing
                hist.stopped = True
                break
            train_loss = loss_sum / n
            val_loss, val_acc = self.evaluate(val) if val is not None else (None, None)
            if val_loss is not None and not math.isfinite(val_loss):
                raise TrainingError(self._diverged(epoch, val_loss, lr), DIVERGED)
            for loss_id, total in zip(loss_ids, loss_sums, strict=True):
                hist.losses[loss_id].append(total / n)
            seconds = time.perf_counter() - t0
            train_acc = correct / n if self.correct is not None else None
            hist.train_loss.append(train_loss)
            hist.val_loss.append(val_loss)
            hist.train_acc.append(train_acc)  # type: ignore[arg-type]
            hist.val_acc.append(val_acc)
            hist.lr.append(lr)
            hist.seconds.append(seconds)
            event = {"event": "epoch", "epoch": epoch + 1, "train_loss": train_loss, "val_loss": val_loss}
            if self.correct is not None:
                event["train_acc"] = train_acc
                event["val_acc"] = val_acc
            if several:
                event["losses"] = {loss_id: hist.losses[loss_id][-1] for loss_id in loss_ids}
                if val is not None:
                    event["val_losses"] = {o.loss: self.evaluate(val, k)[0] for k, o in enumerate(objectives)}
                event["lrs"] = dict(zip((o.optimizer for o in objectives), lrs, strict=True))
            event.update(lr=lr, seconds=seconds, grad_stats=net.grad_stats())
            self._emit(event)

            monitored = val_loss if val_loss is not None else train_loss
            if monitored < best:
                best, wait, hist.best_epoch = monitored, 0, epoch + 1
                if self.patience > 0 and self.restore_best:
                    best_state = net.get_state()
            else:
                wait += 1
                if self.patience > 0 and wait >= self.patience:
                    hist.stopped_early = True
                    break
            if self._stop.is_set():
                hist.stopped = True
                break
        if hist.stopped_early and best_state is not None:
            net.set_state(best_state)
        if test is not None:
            hist.test_loss, hist.test_acc = self.evaluate(test)
        done = {"event": "done", "epochs": hist.epochs, "test_loss": hist.test_loss}
        if self.correct is not None:
            done["test_acc"] = hist.test_acc
        hist.run_seconds = time.perf_counter() - started
        done.update(stopped_early=hist.stopped_early, stopped=hist.stopped, best_epoch=hist.best_epoch,
                    seconds=hist.run_seconds)
        self._emit(done)

    @staticmethod
    def _diverged(epoch: int, loss: float, lr: float, loss_id: str | None = None) -> str:
        what = "nan" if math.isnan(loss) else "inf"
        which = f"loss {loss_id}" if loss_id else "loss"
        return (f"training diverged at epoch {epoch + 1} ({which} became {what}); "
                f"try a smaller learning rate (now {lr:g})")

    def evaluate(self, split: tuple[np.ndarray, np.ndarray], objective: int = 0) -> tuple[float, float | None]:
        """(mean loss, accuracy or None) of objective `objective` over a whole split in inference mode."""
        x, y = split
        n = len(x)
        net = self.network
        rng = np.random.default_rng(0)  # unused at inference; keeps the run's generator untouched
        loss_sum = 0.0
        correct = 0
        for start in range(0, n, EVAL_CHUNK):
            xb, yb = x[start : start + EVAL_CHUNK], y[start : start + EVAL_CHUNK]
            loss_sum += net.forward(xb, yb, False, rng, objective) * len(xb)
            if self.correct is not None and objective == 0:
                correct += self.correct(net.prediction(), yb)
        return loss_sum / n, (correct / n if self.correct is not None and objective == 0 else None)
