"""One variant's training, as run inside a worker process (or in-process, one after another).

A job is plain data: the variant graph as `.nodeflow` JSON text (never pickled objects or user
code), its folder, the epochs, and the shared start (named arrays and a generator state). The
worker sends `(index, kind, payload)` messages of plain numbers and arrays (from a pool
process, as `(token, index, kind, payload)`: the job's sweep token first):

- `("started", {"epochs", "weights", "shared"})`: the trainer is built; `shared` counts the
  weight arrays taken from the shared start.
- `("batches", float64 array)`: batch losses since the last message (at most ~10 a second).
- `("epoch", {...})`: the trainer's epoch event (numbers only).
- `("path", (T, P) float64 array)`: the weights so far, start to now (thinned), every
  LIVE_PATH_INTERVAL seconds while training, when the job asks for it (`"live_path"`) and the
  model is small: for a landscape drawn while the variants run.
- `("done", {...})` or `("error", {"message"})`: how the run ended; both carry `"first_loss"`
  (the loss of the very first batch, the same for variants that share their start) and
  `"path"` (the weights after each epoch, (T, P) float64, thinned) when the model is small.
- `("ended", {})`: always last.

Stop and pause are shared flags checked between batches, so every variant stops or pauses
within one batch of being asked.
"""

from __future__ import annotations

import math
import os
import time
from collections.abc import Callable
from typing import Any

BLAS_ENV = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS",
            "VECLIB_MAXIMUM_THREADS", "NUMEXPR_NUM_THREADS")
SEND_INTERVAL = 0.1
PATH_SNAPSHOTS = 64
BATCH_PATH_SNAPSHOTS = 200
BATCH_PATH_WEIGHTS = 5_000
"""Models this small record their weights after every batch (thinned evenly to at most
BATCH_PATH_SNAPSHOTS), so the path shows the steps within the first epoch too."""
MAX_PATH_WEIGHTS = 100_000
"""Models with more weights than this send no trajectory (the landscape is for small models)."""
LIVE_PATH_INTERVAL = 1.5
"""Seconds between the trajectories sent while training (jobs with "live_path": the window's
live landscape; the command line asks for none)."""
LIVE_PATH_ROWS = 48
"""A trajectory sent while training is thinned evenly to at most this many snapshots (first
and last kept): enough for a picture, little to send."""
LIVE_PATH_BYTES = 2 * 2**20
"""Trajectories larger than this (after thinning) are sent only when the run ends."""

_channel: tuple[Any, Any, Any, Any] | None = None
_blas_limit: Any = None


def init_process(queue: Any, stop: Any, go: Any, blas_threads: int = 1, generation: Any = None) -> None:
    """Pool initializer: one BLAS thread per worker (so N workers use N cores, not N²)."""
    global _channel, _blas_limit
    for name in BLAS_ENV:
        os.environ[name] = str(blas_threads)
    try:
        from threadpoolctl import threadpool_limits

        _blas_limit = threadpool_limits(limits=blas_threads, user_api="blas")
    except ImportError:  # pragma: no cover - threadpoolctl comes with the app's dependencies
        _blas_limit = None
    _channel = (queue, stop, go, generation)


def warm_up() -> None:
    """Import what a variant needs while the parent prepares the jobs."""
    import numpy  # noqa: F401

    import nodeflow.compute.trainer  # noqa: F401
    import nodeflow.graph.io  # noqa: F401


def run_in_process(job: dict) -> int:
    """Pool entry point: run `job` with the process's channel; returns the job's index."""
    assert _channel is not None, "init_process was not called"
    queue, stop, go, generation = _channel
    token, mine = job.get("token"), job.get("generation")

    def stopped() -> bool:  # this sweep was stopped, or a later one began
        return stop.is_set() or (generation is not None and mine is not None and generation.value != mine)

    run_job(job, lambda kind, payload: queue.put((token, job["index"], kind, payload)), stopped, go)
    return int(job["index"])


def run_job(job: dict, send: Callable[[str, Any], None], stopped: Callable[[], bool], go: Any) -> None:
    """Train one variant, reporting through `send(kind, payload)` (see the module docstring).
    `stopped()` is polled between batches; `go` is an Event-like object cleared to pause."""
    try:
        if not stopped():  # (a job of a sweep stopped before this worker reached it)
            _Variant(job, send, stopped, go).run()
    finally:
        send("ended", {})


class _Variant:
    def __init__(self, job: dict, send: Callable[[str, Any], None], stopped: Callable[[], bool], go: Any) -> None:
        self.job, self.send, self.stopped, self.go = job, send, stopped, go
        self.losses: list[float] = []
        self.first_loss: float | None = None
        self.last_send = 0.0
        self.last_path = time.monotonic()
        self.trainer: Any = None
        self.path: Any = None
        self.per_batch = False

    def run(self) -> None:
        import numpy as np

        from nodeflow.compute.landscape import WeightPath
        from nodeflow.experiments import engine
        from nodeflow.graph import io

        job = self.job
        try:
            graph = io.loads(job["graph"])
            graph.base_dir = job.get("base_dir")
            data = engine.splits_from(job["data"]) if job.get("data") is not None else None
            trainer = engine.make_trainer(graph, epochs=job.get("epochs"), on_event=self.on_event,
                                          base_dir=job.get("base_dir"), data=data)
            start = job.get("start")
            shared = engine.use_start(trainer, engine.Start(**start)) if start else 0
        except (ValueError, OSError) as exc:  # GraphError is a ValueError
            self.send("error", {"message": " ".join(str(exc).split()), "first_loss": None, "path": None})
            return
        except MemoryError:
            self.send("error", {"message": "out of memory", "first_loss": None, "path": None})
            return
        self.trainer = trainer
        size = engine.weight_count(trainer)
        if 0 < size <= int(job.get("path_limit", MAX_PATH_WEIGHTS)):
            self.per_batch = size <= BATCH_PATH_WEIGHTS
            self.path = WeightPath(BATCH_PATH_SNAPSHOTS if self.per_batch else PATH_SNAPSHOTS)
            self.path.record(engine.flat_weights(trainer))
        self.send("started", {"epochs": int(trainer.epochs), "weights": size, "shared": shared})
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            try:
                trainer.run()
            except Exception as exc:  # noqa: BLE001 - the trainer already sent an error event
                if getattr(trainer.history, "error", None) is None:
                    self.send("error", {"message": f"{type(exc).__name__}: {exc}", "first_loss": self.first_loss,
                                        "path": self._path()})

    def _path(self) -> Any:
        if self.path is None or self.trainer is None:
            return None
        from nodeflow.experiments import engine

        return self.path.with_final(engine.flat_weights(self.trainer))

    def _send_path(self) -> None:
        """The trajectory so far, when asked for, due and small enough to send while training."""
        if self.path is None or not self.job.get("live_path") or time.monotonic() - self.last_path < LIVE_PATH_INTERVAL:
            return
        self.last_path = time.monotonic()
        rows = min(LIVE_PATH_ROWS, len(self.path.snapshots) + 1)
        if rows * engine_size(self.path) * 8 <= LIVE_PATH_BYTES:
            import numpy as np

            path = self._path()
            if len(path) > LIVE_PATH_ROWS:
                path = path[np.unique(np.linspace(0, len(path) - 1, LIVE_PATH_ROWS).round().astype(int))]
            self.send("path", path)

    def _flush(self) -> None:
        if self.losses:
            import numpy as np

            self.send("batches", np.asarray(self.losses, np.float64))
            self.losses = []
        self.last_send = time.monotonic()

    def on_event(self, event: dict) -> None:
        kind = event.get("event")
        if kind == "batch":
            loss = float(event["loss"])
            if self.first_loss is None:
                self.first_loss = loss
            self.losses.append(loss)
            if self.per_batch and self.trainer is not None:
                from nodeflow.experiments import engine

                self.path.record(engine.flat_weights(self.trainer))
            if time.monotonic() - self.last_send >= SEND_INTERVAL:
                self._flush()
                self._send_path()
                self._honour_controls()
            return
        self._flush()
        if kind == "epoch":
            if self.path is not None and self.trainer is not None and not self.per_batch:
                from nodeflow.experiments import engine

                self.path.record(engine.flat_weights(self.trainer))
            self.send("epoch", _numbers(event))
            self._send_path()
            self._honour_controls()
        elif kind == "done":
            payload = _numbers(event)
            payload.update(first_loss=self.first_loss, path=self._path())
            self.send("done", payload)
        elif kind == "error":
            self.send("error", {"message": str(event.get("message", "training failed")), "kind": event.get("kind"),
                                "first_loss": self.first_loss, "path": self._path()})

    def _honour_controls(self) -> None:
        trainer = self.trainer
        if self.stopped():
            if trainer is not None:
                trainer.stop()
            return
        if self.go is not None and not self.go.is_set():
            while not self.go.wait(0.1):
                if self.stopped():
                    break
            if self.stopped() and trainer is not None:
                trainer.stop()


def engine_size(path: Any) -> int:
    """Weights per snapshot of a WeightPath (0 before the first)."""
    return int(path.snapshots[0].size) if path.snapshots else 0


def _numbers(event: dict) -> dict:
    """The event's plain values (no gradient statistics or arrays), NaN kept as None."""
    out: dict[str, Any] = {}
    for key, value in event.items():
        if key in ("grad_stats",):
            continue
        if isinstance(value, bool) or value is None or isinstance(value, (int, str)):
            out[key] = value
        elif isinstance(value, float):
            out[key] = value if math.isfinite(value) else None
        elif isinstance(value, dict) and key == "losses":
            out[key] = {str(k): (float(v) if v is not None and math.isfinite(float(v)) else None)
                        for k, v in value.items()}
        elif isinstance(value, list) and all(isinstance(v, str) for v in value):
            out[key] = list(value)
        else:
            try:
                number = float(value)
            except (TypeError, ValueError):
                continue
            out[key] = number if math.isfinite(number) else None
    return out
