"""Run the variants of one graph side by side: in a pool of worker processes, or one after
another in this process (the baseline the benchmark compares with).

Why processes: the training loop is Python between NumPy calls, so threads would take turns
on the GIL. Each worker is limited to one BLAS thread, so N workers keep N cores busy without
oversubscribing them. Workers are started with "spawn" (safe beside Qt's threads) and get
each variant as `.nodeflow` JSON text plus the shared start as plain arrays: no pickled
objects or user code cross the process boundary, only data.

Every variant is a `graph.runs.Run` (in the given `RunHistory`, named by its setting), filled
in as its messages arrive; `poll()` drains what arrived without blocking (the window calls it
from a timer), `wait()` blocks until every variant ended (the command line).
"""

from __future__ import annotations

import queue as queue_module
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from nodeflow.experiments import engine
from nodeflow.experiments.pool import WorkerPool, cores
from nodeflow.experiments.spec import TRAINING, Variant
from nodeflow.experiments.worker import MAX_PATH_WEIGHTS, run_job
from nodeflow.graph import runs as R
from nodeflow.graph.document import Graph

Message = tuple[int, str, Any]
MAX_SHARED_BYTES = 512 * 2**20
"""Data larger than this are not sent to the workers: each loads its own."""


@dataclass
class Outcome:
    """What one variant did so far: its run record plus what the run model does not keep."""

    variant: Variant
    run: R.Run
    planned_epochs: int | None = None
    shared: int = 0
    """Weight arrays taken from the shared start (0: none fitted, or the start was not shared)."""
    first_loss: float | None = None
    path: np.ndarray | None = None
    """(T, P) weights after each epoch, start to end, for small models."""
    ended: bool = False
    last_loss: float | None = None
    path_version: int = 0
    """Counts the paths received (a live landscape redraws when it changed)."""
    started: bool = False

    def state(self, paused: bool = False) -> str:
        """What the variant is doing: "waiting" (for a free worker), "running", "paused", or how
        its run ended (the run model's status: finished, diverged, stopped, ...)."""
        if not self.ended and self.run.result.status == R.RUNNING:
            if not self.started:
                return "waiting"
            return "paused" if paused else "running"
        return self.run.result.status

    @property
    def status(self) -> str:
        return self.run.result.status

    @property
    def diverged(self) -> bool:
        return self.run.result.status == R.DIVERGED


def fail(run: R.Run, message: str, kind: str | None) -> None:
    """Mark the run failed: diverged (the trainer's error event says so by its "kind", or, from
    an engine that does not mark it, by its words) or another error."""
    kind = kind or (R.DIVERGED if "diverged" in message.lower() else R.ERROR)
    try:
        run.fail(message, kind)  # type: ignore[call-arg]
    except TypeError:  # a run model that tells them apart by the message
        run.fail(message)


def replay(graph: Graph, earlier: R.Run, **kwargs: Any) -> Sweep:
    """A sweep of one variant: `graph` (as the learner changed it) trained again from the start
    `earlier` began with: its initial weights where the shapes still fit, and, with the same
    seed, its data order."""
    variant = Variant(0, {}, graph.copy(), [], title=f"again from {earlier.name}'s start")
    start_graph = earlier.graph_document()
    start_graph.training = {**start_graph.training, **earlier.training}
    return Sweep(graph, [variant], start_graph=start_graph, **kwargs)


def default_workers(count: int) -> int:
    """As many workers as cores (at most one per variant)."""
    return max(1, min(count, cores()))


@dataclass
class Sweep:
    """The variants of `graph` and their runs. `workers` 0 runs them one after another in this
    process (`run_sequential`); otherwise `start()` hands them to a process pool."""

    graph: Graph
    variants: Sequence[Variant]
    base_dir: str | None = None
    epochs: int | None = None
    seed: int | None = None
    workers: int | None = None
    shared_start: bool = True
    history: R.RunHistory | None = None
    on_message: Callable[[int, str, Any], None] | None = None
    path_limit: int = MAX_PATH_WEIGHTS
    start_graph: Graph | None = None
    """Whose start the variants share (default `graph`): an earlier run's graph, to train the
    current graph again from the weights and data order that run began with."""
    live_paths: bool = False
    """Workers send each variant's trajectory every few seconds while training (the window's
    live landscape); otherwise only when it ends."""
    outcomes: list[Outcome] = field(default_factory=list)
    started_at: float = 0.0
    seconds: float = 0.0

    def __post_init__(self) -> None:
        if self.history is None:
            self.history = R.RunHistory()
        self.graphs = [self._with_overrides(v) for v in self.variants]
        for variant, graph in zip(self.variants, self.graphs, strict=True):
            run = self.history.new_run(graph)
            run.name = variant.label[:200]
            self.outcomes.append(Outcome(variant, run))
        self._queue: Any = None
        self._stop: Any = None
        self._go: Any = None
        self._futures: list[Future] = []
        self._start: engine.Start | None = None
        self._data: Any = None
        """The shared DataSplits once loaded (False: not shareable)."""
        self._launcher: threading.Thread | None = None
        self._launched = False
        self._launch_error: str | None = None
        self._closer: threading.Thread | None = None
        self._pool: WorkerPool | None = None
        self._own_pool = False
        self._submitted = False
        self._generation: int | None = None
        self._cancelled = threading.Event()
        """Set by `stop`: this sweep's jobs are not handed over any more (the pool's stop flag is
        shared with the next sweep, which clears it)."""
        self.token = uuid.uuid4().hex
        self.worker_count = 0
        """Worker processes the pool was started with (0: not started, or one after another)."""

    def _with_overrides(self, variant: Variant) -> Graph:
        """The variant's graph with --epochs / --seed written into its training settings (unless
        the variant varies that setting itself), so its run record says what it ran with."""
        graph = variant.graph.copy()
        varied = {key for target, key, _ in variant.changes if target == TRAINING}
        if self.epochs is not None and "epochs" not in varied:
            graph.training["epochs"] = int(self.epochs)
        if self.seed is not None and "seed" not in varied:
            graph.training["seed"] = int(self.seed)
        if graph.base_dir is None:
            graph.base_dir = self.base_dir
        return graph

    # ------------------------------------------------------------------ jobs
    def shared(self) -> engine.Start | None:
        """The base graph's start (built once)."""
        if self._start is None and self.shared_start:
            source = self._base_graph() if self.start_graph is None else self.start_graph
            self._start = engine.start_of(source, base_dir=self.base_dir)
        return self._start

    def _base_graph(self) -> Graph:
        base = self.graph.copy()
        if self.seed is not None:
            base.training["seed"] = int(self.seed)
        return base

    def same_data(self, variant: Variant) -> bool:
        """True when `variant` trains on the base graph's data (it changes no data parameter
        but the batch size or shuffling, nor the seed or dtype the data are made with)."""
        from nodeflow.experiments.spec import node_ids

        for target, key, _value in variant.changes:
            if target == TRAINING:
                if key in ("seed", "dtype"):
                    return False
                continue
            for node_id in node_ids(self.graph, target):
                node = self.graph.nodes.get(node_id)
                if node is None or (node.spec.category == "data" and key not in ("batch_size", "shuffle")):
                    return False
        return True

    def shared_data(self) -> Any:
        """The base graph's data splits (`DataSplits`), loaded once here for every variant that
        shares them (None when they cannot be loaded, or are too large to send: each variant
        then loads, and reports, its own)."""
        if self._data is None and any(self.same_data(v) for v in self.variants):
            try:
                trainer = engine.make_trainer(self._base_graph(), base_dir=self.base_dir)
                data = engine.load_data(trainer)
            except (ValueError, OSError, MemoryError):
                return None
            self._data = data if data is not None and engine.data_bytes(data) <= MAX_SHARED_BYTES else False
        return self._data or None

    def jobs(self) -> list[dict]:
        from nodeflow.graph import io

        start = self.shared()
        share = None if start is None else {"weights": start.weights, "rng_state": start.rng_state,
                                            "seed": start.seed}
        data = self.shared_data()
        payload = None if data is None else engine.splits_payload(data)
        return [{"index": i, "graph": io.dumps(graph), "base_dir": self.base_dir, "epochs": None,
                 "start": share, "path_limit": self.path_limit, "live_path": self.live_paths,
                 "data": payload if payload is not None and self.same_data(self.variants[i]) else None}
                for i, graph in enumerate(self.graphs)]

    # ------------------------------------------------------------------ running
    def start(self, pool: WorkerPool | None = None) -> None:
        """Train in `pool` (kept running afterwards), or in a pool of this sweep's own (one
        worker per core, at most one per variant; shut down by `close`). Returns at once: the
        shared start and data are prepared, and the jobs handed over, in a thread; read
        progress with `poll`, or `wait`."""
        if pool is None or not pool.alive:
            pool = WorkerPool(self.workers or default_workers(len(self.graphs)))
            self._own_pool = True
        self._generation = pool.begin()
        self._pool = pool
        self._queue, self._stop, self._go = pool.queue, pool.stop_flag, pool.go
        self.worker_count = pool.workers
        self.started_at = time.perf_counter()
        self._launcher = threading.Thread(target=self._launch, name="variantLauncher", daemon=True)
        self._launcher.start()

    def _launch(self) -> None:
        try:
            jobs = self.jobs()
            if not self._stop.is_set() and not self._cancelled.is_set():
                self._futures = [self._pool.submit({**job, "token": self.token, "generation": self._generation})
                                 for job in jobs]
                self._submitted = True
        except Exception as exc:  # noqa: BLE001 - reported on every variant by poll
            self._launch_error = f"{type(exc).__name__}: {exc}" if not isinstance(exc, (ValueError, OSError)) \
                else str(exc)
        finally:
            self._launched = True

    def run_sequential(self, blas_threads: int | None = 1) -> None:
        """Train the variants one after another in this process (blocking)."""
        import contextlib

        self.started_at = time.perf_counter()
        self._stop, self._go = threading.Event(), threading.Event()
        self._go.set()
        limit: Any = contextlib.nullcontext()
        if blas_threads:
            from threadpoolctl import threadpool_limits

            limit = threadpool_limits(limits=blas_threads, user_api="blas")
        with limit:
            for job in self.jobs():
                if self._stop.is_set():
                    break
                index = job["index"]
                run_job(job, lambda kind, payload, i=index: self._handle((i, kind, payload)),
                        self._stop.is_set, self._go)
        for i, outcome in enumerate(self.outcomes):
            if not outcome.ended:  # stopped before it began
                self._handle((i, "ended", {}))
        self.seconds = time.perf_counter() - self.started_at

    def poll(self, timeout: float = 0.0, limit: int = 10_000) -> set[int]:
        """Apply the messages that arrived (waiting up to `timeout` for the first); returns the
        indices of the variants they were about."""
        touched: set[int] = set()
        if self._queue is None:
            return touched
        wait = timeout
        for _ in range(limit):
            try:
                message = self._queue.get(timeout=wait) if wait > 0 else self._queue.get_nowait()
            except queue_module.Empty:
                break
            except (EOFError, OSError):  # the pool went away
                break
            wait = 0.0
            token, *rest = message
            if token != self.token:  # an earlier sweep's, stopped before it was all read
                continue
            self._handle(tuple(rest))  # type: ignore[arg-type]
            touched.add(rest[0])
        self._check_crashes(touched)
        if self._launched and not self._submitted:  # the jobs never started (stopped first, or failed)
            for i, outcome in enumerate(self.outcomes):
                if not outcome.ended:
                    if self._launch_error and outcome.status == R.RUNNING:
                        fail(outcome.run, self._launch_error, R.ERROR)
                    self._handle((i, "ended", {}))
                    touched.add(i)
        if self.done and not self.seconds:
            self.seconds = time.perf_counter() - self.started_at
        return touched

    def _check_crashes(self, touched: set[int]) -> None:
        """A worker that died (killed, out of memory) ends its variant with an error."""
        for i, future in enumerate(self._futures):
            outcome = self.outcomes[i]
            if outcome.ended or not future.done():
                continue
            if future.cancelled():  # stopped before a worker took it: stopped, not failed
                if outcome.status == R.RUNNING:
                    outcome.run.result.status = R.STOPPED
                    outcome.run.result.message = "stopped before it began"
                outcome.ended = True
                touched.add(i)
                continue
            exc = future.exception()
            if exc is None:
                continue  # finished normally: its messages are still on their way
            if outcome.status == R.RUNNING:
                fail(outcome.run, f"the worker process stopped: {type(exc).__name__}", R.ERROR)
            outcome.ended = True
            touched.add(i)

    def wait(self, poll_interval: float = 0.2) -> None:
        """Block until every variant ended (Ctrl-C stops them all and re-raises)."""
        try:
            while not self.done:
                self.poll(timeout=poll_interval)
        except KeyboardInterrupt:
            self.stop()
            raise
        finally:
            self.close()

    @property
    def done(self) -> bool:
        return all(o.ended for o in self.outcomes)

    def stop(self) -> None:
        """Stop every variant within a batch; cancel those not begun."""
        self._cancelled.set()
        if self._stop is not None:
            self._stop.set()
        if self._go is not None:
            self._go.set()
        for future in self._futures:
            future.cancel()

    def abandon(self, message: str = "stopped: another document was opened") -> None:
        """Stop every variant and forget them now, without waiting for their last messages
        (the window opened another document): every variant not ended is marked stopped, no
        message reaches `on_message` any more, and a later sweep in the same pool drops the
        late ones by their token; the pool's own workers (if any) shut down in a thread."""
        self.on_message = None
        self.stop()
        for outcome in self.outcomes:
            if not outcome.ended:
                outcome.ended = True
                if outcome.run.result.status == R.RUNNING:
                    outcome.run.result.status = R.STOPPED
                    outcome.run.result.message = message
        if not self.seconds and self.started_at:
            self.seconds = time.perf_counter() - self.started_at
        self._queue = None  # poll reads nothing more
        if self._closer is None:
            self._closer = threading.Thread(target=self._shut, name="variantPoolShutdown", daemon=True)
            self._closer.start()

    def pause(self) -> None:
        if self._go is not None:
            self._go.clear()

    def resume(self) -> None:
        if self._go is not None:
            self._go.set()

    @property
    def paused(self) -> bool:
        return self._go is not None and not self._go.is_set()

    def close(self, wait: bool = True) -> None:
        """Shut the pool down (running variants are stopped first and end within a batch).
        With `wait` false the workers are joined in a thread (the window's GUI thread must not
        wait for processes to exit); `join()` waits for it."""
        if not self.done:
            self.stop()
            deadline = time.monotonic() + 5.0
            while not self.done and time.monotonic() < deadline:
                self.poll(timeout=0.1)
        for i, outcome in enumerate(self.outcomes):
            if not outcome.ended:
                self._handle((i, "ended", {}))
        if wait:
            self._shut()
        elif self._closer is None:
            self._closer = threading.Thread(target=self._shut, name="variantPoolShutdown", daemon=True)
            self._closer.start()

    def _shut(self) -> None:
        if self._launcher is not None:
            self._launcher.join()
        if self._own_pool and self._pool is not None:
            self._pool.shutdown(wait=True)

    def join(self) -> None:
        """Wait until a `close(wait=False)` has shut the pool down."""
        if self._closer is not None:
            self._closer.join()
        self._shut()

    # ------------------------------------------------------------------ messages
    def _handle(self, message: Message) -> None:
        index, kind, payload = message
        outcome = self.outcomes[index]
        run = outcome.run
        if kind == "started":
            outcome.started = True
            outcome.planned_epochs = int(payload.get("epochs") or 0) or None
            outcome.shared = int(payload.get("shared") or 0)
        elif kind == "batches":
            run.record_batches(payload)
            if len(payload):
                outcome.last_loss = float(payload[-1])
        elif kind == "epoch":
            run.record_epoch(payload)
        elif kind == "path":
            if not outcome.ended:
                outcome.path = np.asarray(payload, np.float64)
                outcome.path_version += 1
        elif kind in ("done", "error"):
            if kind == "done":
                run.finish(payload)
            else:
                fail(run, str(payload.get("message", "training failed")), payload.get("kind"))
            outcome.first_loss = payload.get("first_loss")
            path = payload.get("path")
            outcome.path = None if path is None else np.asarray(path, np.float64)
            outcome.path_version += 1
        elif kind == "ended":
            outcome.ended = True
            if run.result.status == R.RUNNING:
                run.result.status = R.STOPPED
                run.result.message = "stopped before it finished"
        if self.on_message is not None:
            self.on_message(index, kind, payload)
