"""The training loop as plain functions: the app's trainer runs it and the NumPy exporter copies
it into every script (as it copies the kernels), so an exported script cannot drift from the app.

`run_epochs` trains a network whose objectives (loss -> optimizer pairs, see `TrainingPlan`)
each have an optimizer and the view of the weights it updates. Per epoch it takes the batches
of a data source (`sources`); per batch one round: each objective in round order takes its
`steps` updates (forward, a finite-loss check, backward, its optimizer's step). After the
epoch it evaluates the held-out validation split, reports, and applies early stopping
(`patience` epochs without a better monitored loss; with `restore_best` the best epoch's
weights come back). The test split is scored once at the end.

The contract the torch exporter follows too (tests/export hold both to it):
- the monitored loss is the first objective's validation loss (its training loss without a
  validation split); "better" means strictly smaller;
- divergence is checked on every batch loss before the step and on the validation loss after
  the epoch, and raises `TrainingError(kind="diverged")` before anything of that epoch is
  reported;
- with `patience` 0 training never stops early and nothing is restored.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

EVAL_CHUNK = 1024
DIVERGE_GROWTH = 1e4
"""A run whose epoch loss reaches this many times its first batch's loss (at least 1) has
diverged even while the numbers stay finite: lr 1000 on an example ends at 6.6e12 without
ever reaching inf, and a learner would read the curve's last point as a result."""
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
    test_rmse: float | None = None
    """In the targets' own units, for a regression trained on standardized targets."""
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


@dataclass
class ObjectiveStep:
    """One objective as the loop sees it: its loss id, optimizer, the weights, gradients and
    decay mask it steps (views), its updates per round and its learning rate per epoch."""

    loss: str
    optimizer: Any
    w: np.ndarray
    g: np.ndarray
    mask: np.ndarray
    steps: int
    lr: Callable[[int], float]
    name: str = ""
    """The optimizer node's id (the key of the epoch event's `lrs`)."""


def diverged_message(epoch: int, loss: float, lr: float, loss_id: str | None = None) -> str:
    what = "nan" if math.isnan(loss) else "inf"
    which = f"loss {loss_id}" if loss_id else "loss"
    return (f"training diverged at epoch {epoch + 1} ({which} became {what}); "
            f"try a smaller learning rate (now {lr:g})")


def grew_message(epoch: int, start: float, loss: float, lr: float) -> str:
    return (f"training diverged at epoch {epoch + 1} (the loss grew from {start:.3g} to {loss:.3g}); "
            f"try a smaller learning rate (now {lr:g})")


def evaluate(net: Any, split: tuple[np.ndarray, np.ndarray], correct: Callable | None,
             objective: int = 0) -> tuple[float, float | None]:
    """(mean loss, accuracy or None) of objective `objective` over a whole split in inference
    mode, in chunks of EVAL_CHUNK, each chunk's mean loss weighted by its size."""
    x, y = split
    n = len(x)
    rng = np.random.default_rng(0)  # unused at inference; keeps the run's generator untouched
    loss_sum = 0.0
    right = 0
    counting = correct is not None and objective == 0
    for start in range(0, n, EVAL_CHUNK):
        xb, yb = x[start : start + EVAL_CHUNK], y[start : start + EVAL_CHUNK]
        loss_sum += net.forward(xb, yb, False, rng, objective) * len(xb)
        if counting:
            right += correct(net.prediction(), yb)
    return loss_sum / n, (right / n if counting else None)


def run_epochs(
    net: Any,
    objectives: Sequence[ObjectiveStep],
    source: Any,
    rng: np.random.Generator,
    *,
    epochs: int,
    patience: int = 0,
    restore_best: bool = True,
    correct: Callable | None = None,
    emit: Callable[[dict], None] | None = None,
    batch_events: bool = False,
    pause: Callable[[], None] | None = None,
    stopped: Callable[[], bool] | None = None,
    history: History | None = None,
    score: Callable[..., tuple[float, float | None]] | None = None,
    finish: Callable[[dict, History], None] | None = None,
) -> History:
    """Train `net` (see the module docstring); returns the History. `emit` receives the epoch
    and done events (and batch events with `batch_events`); `pause()` is called before every
    batch (it may block), `stopped()` ends the run between batches; `score(split[, objective])`
    replaces `evaluate` for the held-out splits; `finish(done, history)` may add findings to the
    done event before it is emitted. Raises TrainingError."""
    started = time.perf_counter()
    if score is None:
        def score(split, objective=0):
            return evaluate(net, split, correct, objective)
    hist = history if history is not None else History()
    emit = emit if emit is not None else (lambda event: None)
    source.load()
    n = source.n
    if n == 0:
        raise TrainingError("the training split is empty")
    val, test = source.held_out("val"), source.held_out("test")
    several = len(objectives) > 1
    loss_ids = [o.loss for o in objectives]
    for loss_id in loss_ids:
        hist.losses.setdefault(loss_id, [])
    batches = source.batches_per_epoch
    best = math.inf
    best_state = None
    wait = 0
    first_loss, start_loss = None, 1.0
    for epoch in range(epochs):
        lrs = [float(o.lr(epoch)) for o in objectives]
        lr = lrs[0]
        epoch_batches = source.batches(rng)  # a Dataset draws the epoch's order on the first batch
        t0 = time.perf_counter()
        loss_sum = 0.0
        loss_sums = [0.0] * len(objectives)
        right = 0
        seen = 0
        loss = math.nan
        for b, (xb, yb) in enumerate(epoch_batches):
            if pause is not None:
                pause()
            if stopped is not None and stopped():
                break
            m = len(xb) if xb is not None else source.batch_size
            for k, o in enumerate(objectives):
                for step in range(o.steps):
                    loss_k = net.forward(xb, yb, True, rng, k, m)
                    if not math.isfinite(loss_k):
                        raise TrainingError(diverged_message(epoch, loss_k, lrs[k], o.loss if several else None),
                                            DIVERGED)
                    net.backward(k)
                    o.optimizer.step(o.w, o.g, lrs[k], o.mask)
                    if step == 0:
                        loss_sums[k] += loss_k * m
                        if k == 0:
                            loss = loss_k
                            if first_loss is None:
                                first_loss = loss_k
                            if correct is not None:
                                right += correct(net.prediction(), yb)
            seen += m
            loss_sum += loss * m
            if batch_events:
                emit({"event": "batch", "epoch": epoch + 1, "batch": b + 1, "batches": batches, "loss": loss,
                      "lr": lr, "samples_per_s": seen / max(time.perf_counter() - t0, 1e-9)})
        if seen < n:  # stopped in the middle of an epoch: keep the weights, report nothing
            hist.stopped = True
            break
        train_loss = loss_sum / n
        if epoch == 0 and first_loss is not None:
            start_loss = first_loss
        if train_loss > DIVERGE_GROWTH * max(start_loss, 1.0):  # finite, but orders of magnitude up
            raise TrainingError(grew_message(epoch, start_loss, train_loss, lr), DIVERGED)
        val_loss, val_acc = score(val) if val is not None else (None, None)
        if val_loss is not None and not math.isfinite(val_loss):
            raise TrainingError(diverged_message(epoch, val_loss, lr), DIVERGED)
        for loss_id, total in zip(loss_ids, loss_sums, strict=True):
            hist.losses[loss_id].append(total / n)
        seconds = time.perf_counter() - t0
        train_acc = right / n if correct is not None else None
        hist.train_loss.append(train_loss)
        hist.val_loss.append(val_loss)
        hist.train_acc.append(train_acc)  # type: ignore[arg-type]
        hist.val_acc.append(val_acc)
        hist.lr.append(lr)
        hist.seconds.append(seconds)
        event: dict[str, Any] = {"event": "epoch", "epoch": epoch + 1, "train_loss": train_loss, "val_loss": val_loss}
        if correct is not None:
            event["train_acc"] = train_acc
            event["val_acc"] = val_acc
        if several:
            event["losses"] = {loss_id: hist.losses[loss_id][-1] for loss_id in loss_ids}
            if val is not None:
                event["val_losses"] = {o.loss: (val_loss if k == 0 else score(val, k)[0])
                                       for k, o in enumerate(objectives)}
            event["lrs"] = {o.name: rate for o, rate in zip(objectives, lrs, strict=True)}
        event.update(lr=lr, seconds=seconds)
        emit(event)

        monitored = val_loss if val_loss is not None else train_loss
        if monitored < best:
            best, wait, hist.best_epoch = monitored, 0, epoch + 1
            if patience > 0 and restore_best:
                best_state = net.get_state()
        else:
            wait += 1
            if patience > 0 and wait >= patience:
                hist.stopped_early = True
                break
        if stopped is not None and stopped():
            hist.stopped = True
            break
    if hist.stopped_early and best_state is not None:
        net.set_state(best_state)
    if test is not None:
        hist.test_loss, hist.test_acc = score(test)
    done: dict[str, Any] = {"event": "done", "epochs": hist.epochs, "test_loss": hist.test_loss}
    if correct is not None:
        done["test_acc"] = hist.test_acc
    hist.run_seconds = time.perf_counter() - started
    done.update(stopped_early=hist.stopped_early, stopped=hist.stopped, best_epoch=hist.best_epoch,
                seconds=hist.run_seconds)
    if finish is not None:
        finish(done, hist)
    emit(done)
    return hist
