"""The training worker: a QObject moved to a QThread that runs the engine's `Trainer`.

Why coalesce: a small network trains thousands of batches per second, and one queued signal
per batch would flood the GUI thread. The worker keeps the latest batch event, collects every
batch loss in a list and every epoch event (with its probes) in another, and sends them all in
one `update` signal at most `max_rate` times per second (and at once on pause, end or error).
Probes (histograms, decision map, final results) are computed here, between epochs, on the
network the trainer owns; only fresh copies cross to the GUI thread.

`pause`, `resume`, `stop`, `step_epoch` and `set_speed` are plain thread-safe calls (the
worker thread is busy inside `Trainer.run`, its event loop does not run), honoured between
batches. At a slow `Speed` the worker waits after each batch (interrupted at once by stop or a
change of speed), sends every epoch as it ends and draws the decision map every epoch; at full
speed none of that costs anything.
"""

from __future__ import annotations

import contextlib
import threading
import time
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, Signal, Slot

from nodeflow.compute.datasets.progress import reporting
from nodeflow.compute.landscape import WeightPath
from nodeflow.compute.runtime import inspect
from nodeflow.compute.trainer import Trainer
from nodeflow.compute.weights import set_weights
from nodeflow.graph.document import Graph
from nodeflow.ui.training import probes
from nodeflow.ui.training.speed import FULL, Speed

MAX_RATE = 10.0
"""Updates per second at most: the views redraw no more often than this (see pacer.py), so
more updates would only cost the GUI thread time, and the GIL, for nothing."""
PROBE_INTERVAL = 0.05
"""Seconds between histogram probes (tiny epochs would otherwise spend their time probing)."""
BOUNDARY_INTERVAL = 0.3
"""Seconds between live decision maps / prediction scatters."""


_blas_controller: Any = None


def _limit_blas(threads: int) -> Any:
    """A context limiting BLAS to `threads` in this thread's calls. The controller is built once:
    finding the loaded BLAS libraries takes ~15 ms, which every run would otherwise pay."""
    global _blas_controller
    if _blas_controller is None:
        from threadpoolctl import ThreadpoolController

        _blas_controller = ThreadpoolController()
    return _blas_controller.limit(limits=threads, user_api="blas")


LOAD_INTERVAL = 0.1
"""Seconds between two loading-progress signals."""


def _trainer_class(graph: Graph) -> type:
    """The agent's trainer for a graph with an Environment (rl), else the Trainer (which keeps
    the data splits it loaded, for the decision map and the results)."""
    from nodeflow.compute.rl.graph_agent import RLTrainer, is_rl_graph

    return RLTrainer if is_rl_graph(graph) else Trainer


class TrainingWorker(QObject):
    """Runs one training of a copy of `graph`. Signals carry plain dicts of numbers and arrays:

    - `update(dict)`: {"seq": 0, 1, 2... (a flush on pause may overtake a queued one), "batch": latest batch event or None, "losses": float64 (n,) batch losses
      since the last update, "epochs": [epoch events, each maybe with "hist" {node: {kind:
      counts (bins,)}} and "hist_edges" {node: {kind: (bins + 1,)}}; an entry with "probe_only"
      carries only histograms], "boundary": decision map or None, "results": live results or None,
      "weights": {"node/param": array} of the small weights after the latest epoch, or None}
    - `finished(dict)`: the trainer's "done" event plus "results" (confusion matrix or
      predictions vs targets) and "boundary".
    - `failed(str)`: the run could not start or stopped with an error (message for the user).
    - `stepped(int)`: a `step_epoch` request paused the run after this epoch.
    - `ended()`: always last, from the worker thread (connect it directly to `QThread.quit`).
    """

    update = Signal(object)
    finished = Signal(object)
    failed = Signal(str)
    stepped = Signal(int)
    ended = Signal()
    loading = Signal(int, int, str)
    """(done, total, what) while a large data set loads (an image folder); Stop cancels it."""

    def __init__(
        self,
        graph: Graph,
        *,
        epochs: int | None = None,
        seed: int | None = None,
        base_dir: str | None = None,
        initial_weights: dict | None = None,
        max_rate: float = MAX_RATE,
        blas_threads: int | None = None,
        probes_enabled: bool = True,
        speed: Speed = FULL,
        run_logger: Any = None,
    ) -> None:
        super().__init__()
        self.graph = graph.copy()  # the GUI may go on editing its own document
        self.epochs, self.seed, self.base_dir = epochs, seed, base_dir
        self.initial_weights = initial_weights
        self.interval = 1.0 / max_rate
        self.blas_threads = blas_threads
        self.probes_enabled = probes_enabled
        self.run_logger = run_logger
        """Called with the trainer before it runs (e.g. TensorBoard logs, which hook its on_event)."""
        self.trainer: Trainer | None = None
        self.histograms = probes.HistogramProbe()
        self.path = WeightPath()
        """The weights after each epoch (thinned on long runs), for the loss landscape."""
        self.emitted = 0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._paused = False
        self._reset_pending()
        self._last_emit = 0.0
        self._last_probe = -1.0
        self._last_boundary = -1.0
        self._last_gan = -1.0
        self.gan: Any = None
        """The GAN views' probe (`nodeflow.ui.gan.probe.GanProbe`) for graphs with several
        objectives, made at the first epoch (when the network and its data exist)."""
        self._gan_checked = False
        self._last_epoch: dict | None = None
        self.speed = speed
        self._paced = speed.paced
        self._wake = threading.Event()
        self._batch_started = 0.0
        self._step = False

    def _reset_pending(self) -> None:
        self._batch: dict | None = None
        self._losses: list[float] = []
        self._epochs: list[dict] = []
        self._boundary: dict | None = None
        self._results: dict | None = None
        self._weights: dict | None = None
        self._episodes: list[dict] = []
        self._gan: dict | None = None

    # ----------------------------------------------------------- control (any thread)
    def pause(self) -> None:
        with self._lock:
            self._paused = True
            if self.trainer is not None:
                self.trainer.pause()
        self.flush()  # what arrived since the last update shows while paused

    def resume(self) -> None:
        with self._lock:
            self._paused = False
            if self.trainer is not None:
                self.trainer.resume()

    def stop(self) -> None:
        with self._lock:
            self._stop.set()
            if self.trainer is not None:
                self.trainer.stop()
        self._wake.set()

    def step_epoch(self) -> None:
        """Train on to the end of the current (or, when paused between epochs, the next) epoch
        and pause there; `stepped(epoch)` says where. A run that ends first just ends."""
        with self._lock:
            self._step = True
            self._paused = False
            if self.trainer is not None:
                self.trainer.resume()

    def set_speed(self, speed: Speed) -> None:
        """Change the minimum time per epoch / batch, also while a run goes (a wait in progress
        is cut short and measured again)."""
        self._batch_started = time.perf_counter()
        self.speed, self._paced = speed, speed.paced
        self._wake.set()

    @property
    def network(self) -> Any:
        """The trained network (read it only after `ended`)."""
        return self.trainer.network if self.trainer is not None else None

    @property
    def train_data(self) -> tuple[np.ndarray, np.ndarray] | None:
        """The training split the run learned from (read it only after `ended`)."""
        splits = self.trainer.splits if self.trainer is not None else None
        return None if splits is None else splits.train

    # ------------------------------------------------------------------ worker thread
    @Slot()
    def run(self) -> None:
        """Build the trainer and train; blocking (call it in the worker thread)."""
        limits: Any = contextlib.nullcontext()
        if self.blas_threads:
            limits = _limit_blas(self.blas_threads)
        try:
            with limits, reporting(self._on_load_progress):
                try:
                    trainer = _trainer_class(self.graph)(
                        self.graph,
                        epochs=self.epochs,
                        seed=self.seed,
                        on_event=self._on_event,
                        base_dir=self.base_dir,
                    )
                    if self.initial_weights is not None:
                        set_weights(trainer.network, self.initial_weights)
                    self.path.record(inspect.all_weights(trainer.network))  # where the run starts
                    if self.run_logger is not None:
                        self.run_logger(trainer)
                except (ValueError, OSError) as exc:  # GraphError is a ValueError
                    self.failed.emit(str(exc))
                    return
                self._batch_started = time.perf_counter()
                with self._lock:
                    self.trainer = trainer
                    if self._paused:
                        trainer.pause()
                    if self._stop.is_set():
                        trainer.stop()
                try:
                    trainer.run()
                except Exception:  # noqa: BLE001 - Trainer.run already reported it as an error event
                    pass
        finally:
            self.ended.emit()

    def _on_load_progress(self, done: int, total: int, what: str) -> bool:
        """From the data loader (worker thread): pass the figures on a few times a second;
        False (cancel) once Stop was pressed."""
        now = time.perf_counter()
        if done >= total or done == 0 or now - getattr(self, "_load_shown", 0.0) >= LOAD_INTERVAL:
            self._load_shown = now
            self.loading.emit(done, total, what)
        return not self._stop.is_set()

    def _on_event(self, event: dict) -> None:
        kind = event.get("event")
        if kind == "batch":
            with self._lock:
                self._batch = event
                self._losses.append(float(event["loss"]))
            if time.perf_counter() - self._last_emit >= self.interval or self._paused:
                self.flush()
            if self._paced:
                self._keep_pace(int(event.get("batches") or 1))
        elif kind == "epoch":
            self._on_epoch(event)
        elif kind in ("episode", "evaluation"):
            self._on_episode(event)
        elif kind == "done":
            self._final_probe()
            self.flush()
            self.finished.emit(self._final(event))
        elif kind == "error":
            self.flush()
            self.error_kind = event.get("kind")  # "diverged" marks a loss that became nan or inf
            self.failed.emit(str(event.get("message", "training failed")))

    def _on_episode(self, event: dict) -> None:
        """rl: an agent's episode is one point of the curves (its mean TD loss as the epoch's
        training loss) and one step of the progress line; the event itself goes to the RL tab
        in `update`'s "episodes"."""
        now = time.perf_counter()
        with self._lock:
            self._episodes.append(event)
            if event["event"] == "episode":
                k, loss = int(event["episode"]), event.get("loss")
                seconds = now - self._batch_started
                self._batch = {"event": "batch", "epoch": k, "batch": 1, "batches": 1, "unit": "Episode",
                               "loss": float("nan") if loss is None else loss,
                               "samples_per_s": event["steps"] / max(seconds, 1e-9), "rate_unit": "steps"}
                if loss is not None:
                    self._losses.append(float(loss))
                self._epochs.append({"event": "epoch", "epoch": k, "train_loss": loss, "val_loss": None,
                                     "seconds": seconds, "grad_stats": {}})
                self._batch_started = now
        if now - self._last_emit >= self.interval or self._paused or self._paced:
            self.flush()
        if self._paced:
            self._keep_pace(1)
        if self._step and event["event"] == "episode":
            self._pause_after_step(int(event["episode"]))

    def _keep_pace(self, batches: int) -> None:
        """Wait until this batch has taken the speed's minimum time (or stop / a new speed)."""
        while not self._stop.is_set():
            left = self._batch_started + self.speed.seconds_per_batch(batches) - time.perf_counter()
            if left <= 0:
                break
            self._wake.wait(left)
            self._wake.clear()
        self._batch_started = time.perf_counter()

    def _on_epoch(self, event: dict) -> None:
        event = dict(event)
        event["grad_stats"] = dict(event.get("grad_stats") or {})
        net = self.trainer.network if self.trainer is not None else None
        now = time.perf_counter()
        boundary = results = None
        if self.probes_enabled and net is not None:
            if now - self._last_probe >= PROBE_INTERVAL or event["epoch"] == 1:
                event["hist"] = hist = self.histograms.sample(net)
                event["hist_edges"] = {
                    n: {k: self.histograms.edges_for(n, k) for k in kinds} for n, kinds in hist.items()
                }
                self._last_probe = now
            if (now - self._last_boundary >= BOUNDARY_INTERVAL or self._paced) and not self._several(net):
                boundary, results = self._boundary_now(), self._live_results()
                self._last_boundary = time.perf_counter()
        gan_picture = None
        gan = self._gan_probe()
        if gan is not None:  # D's verdicts every epoch (cheap); the picture as often as the map
            event["gan"] = gan.numbers()
            if now - self._last_gan >= BOUNDARY_INTERVAL or self._paced or event["epoch"] == 1:
                gan_picture = gan.picture(int(event["epoch"]))
                self._last_gan = time.perf_counter()
        if net is not None:
            self.path.record(inspect.all_weights(net))
        weights = probes.small_weights(net) if net is not None and self.probes_enabled else None
        with self._lock:
            self._epochs.append(event)
            self._last_epoch = event
            if weights:
                self._weights = weights
            if boundary is not None:
                self._boundary = boundary
            if results is not None:
                self._results = results
            if gan_picture is not None:
                self._gan = gan_picture
        if time.perf_counter() - self._last_emit >= self.interval or self._paced:
            self.flush()  # (slowed down: every epoch shows as it ends)
        if self._step:
            self._pause_after_step(int(event["epoch"]))

    def _pause_after_step(self, epoch: int) -> None:
        trainer = self.trainer
        if trainer is None or epoch >= trainer.epochs:
            return  # the last epoch: the run ends by itself
        with self._lock:
            self._step = False
            self._paused = True
            trainer.pause()
        self.flush()
        self.stepped.emit(epoch)

    def _final_probe(self) -> None:
        """Histograms after the last epoch, when the time throttle skipped it (probe-only entry)."""
        net = self.trainer.network if self.trainer is not None else None
        last = self._last_epoch
        if net is None or not self.probes_enabled or last is None or "hist" in last:
            return
        hist = self.histograms.sample(net)
        edges = {n: {k: self.histograms.edges_for(n, k) for k in kinds} for n, kinds in hist.items()}
        with self._lock:
            self._epochs.append(
                {"epoch": last["epoch"], "probe_only": True, "hist": hist, "hist_edges": edges}
            )

    @staticmethod
    def _several(net: Any) -> bool:
        """True for a network with several objectives: its first loss's "prediction" is no
        classifier's or regression's answer (a GAN's D on real samples), so the decision map
        and the results are not drawn for it; the GAN tab shows what it does instead."""
        return len(getattr(getattr(net, "plan", None), "objectives", ())) > 1

    def _gan_probe(self) -> Any:
        """The GAN probe, made once per run for a graph with several objectives (else None)."""
        if not self._gan_checked and self.probes_enabled and self.trainer is not None:
            self._gan_checked = True
            from nodeflow.ui.gan.probe import GanProbe

            trainer = self.trainer
            self.gan = GanProbe.create(trainer.network, trainer.splits, getattr(trainer, "data_params", None))
        return self.gan

    def _boundary_now(self) -> dict | None:
        trainer = self.trainer
        if trainer is None or trainer.splits is None or not probes.is_classifier(trainer.network):
            return None
        x, y = trainer.splits.train
        return probes.boundary(trainer.network, x, y)

    def _eval_split(self) -> tuple[str, np.ndarray, np.ndarray] | None:
        splits = self.trainer.splits if self.trainer is not None else None
        if splits is None:
            return None
        for name in ("test", "val", "train"):
            part = getattr(splits, name)
            if part is not None and len(part[0]):
                return name, part[0], part[1]
        return None

    def _live_results(self) -> dict | None:
        """Predictions vs targets for regression (cheap enough to follow live)."""
        trainer = self.trainer
        if trainer is None or probes.is_classifier(trainer.network):
            return None
        found = self._eval_split()
        return probes.regression_results(trainer.network, found[1], found[2], found[0], trainer.splits) if found else None

    def _final(self, done: dict) -> dict:
        result = dict(done)
        trainer = self.trainer
        found = self._eval_split()
        if trainer is not None and found is not None and self.probes_enabled and not self._several(trainer.network):
            name, x, y = found
            net = trainer.network
            result["results"] = (
                probes.classification_results(net, x, y, name)
                if probes.is_classifier(net)
                else probes.regression_results(net, x, y, name, trainer.splits)
            )
            result["boundary"] = self._boundary_now()
            names = getattr(trainer.splits, "class_names", None)
            if names and result["results"].get("kind") == "classification":
                result["results"]["class_names"] = list(names)  # folder names, text labels: shown on the views
        gan = self._gan_probe()
        if gan is not None:
            result["gan"] = gan.picture(int(done.get("epochs") or 0))
        return result

    def flush(self) -> None:
        """Send what is pending as one `update` (from whichever thread calls it)."""
        with self._lock:
            if (self._batch is None and not self._losses and not self._epochs and self._boundary is None
                    and not self._episodes):
                return
            payload = {
                "seq": self.emitted,
                "batch": self._batch,
                "losses": np.asarray(self._losses, np.float64),
                "epochs": self._epochs,
                "boundary": self._boundary,
                "results": self._results,
                "weights": self._weights,
                "episodes": self._episodes,
                "gan": self._gan,
            }
            self._reset_pending()
            self._last_emit = time.perf_counter()
            self.emitted += 1
        self.update.emit(payload)
