"""WorkerPool: the worker processes variants train in, reusable from one sweep to the next.

Starting a worker costs about half a second of CPU (a fresh interpreter importing NumPy and the
engine), as much as a small variant takes to train; so the window starts its pool when the
Run Variants dialog opens (the workers start while the learner chooses) and keeps it for the
next race. The command line makes one per sweep.

Workers are started with "spawn" (safe beside Qt's threads), each limited to one BLAS thread,
and share one message queue, two flags (stop, go) and a generation counter with this process.
Every job carries its sweep's token and every message comes back with it, so a message of a
sweep that was stopped never reaches the next one; every job also carries the generation its
sweep began in (`begin()` counts up), so a job of a stopped sweep that has not yet seen the stop
flag (the next sweep clears it) stops all the same.
"""

from __future__ import annotations

import os
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from nodeflow.experiments.worker import init_process, run_in_process, warm_up


def cores() -> int:
    return max(1, os.cpu_count() or 1)


class WorkerPool:
    """`workers` processes (default one per core), started at once and warmed up."""

    def __init__(self, workers: int | None = None, blas_threads: int = 1) -> None:
        import multiprocessing

        ctx = multiprocessing.get_context("spawn")
        self.workers = max(1, int(workers or cores()))
        self.queue: Any = ctx.Queue()
        self.stop_flag: Any = ctx.Event()
        self.go: Any = ctx.Event()
        self.go.set()
        self.generation: Any = ctx.Value("i", 0)
        self.executor: ProcessPoolExecutor | None = ProcessPoolExecutor(
            max_workers=self.workers, mp_context=ctx, initializer=init_process,
            initargs=(self.queue, self.stop_flag, self.go, blas_threads, self.generation))
        for _ in range(self.workers):  # each submit starts a worker; it imports the engine now
            self.executor.submit(warm_up)

    @property
    def alive(self) -> bool:
        return self.executor is not None

    def begin(self) -> int:
        """A new sweep: clear a previous sweep's stop and pause; returns the sweep's generation
        (jobs of earlier generations stop at their next check)."""
        with self.generation.get_lock():
            self.generation.value += 1
            generation = int(self.generation.value)
        self.stop_flag.clear()
        self.go.set()
        return generation

    def submit(self, job: dict) -> Future:
        if self.executor is None:
            raise RuntimeError("the worker pool was shut down")
        return self.executor.submit(run_in_process, job)

    def shutdown(self, wait: bool = True) -> None:
        """Stop the workers (running jobs are asked to stop first)."""
        executor, self.executor = self.executor, None
        if executor is not None:
            self.stop_flag.set()
            self.go.set()
            executor.shutdown(wait=wait, cancel_futures=True)
