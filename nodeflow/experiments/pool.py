"""WorkerPool: the worker processes variants train in, reusable from one sweep to the next.

Starting a worker costs about half a second of CPU (a fresh interpreter importing NumPy and the
engine), as much as a small variant takes to train; so the window starts its pool when the
Run Variants dialog opens (the workers start while the learner chooses) and keeps it for the
next race. The command line makes one per sweep.

Workers are started with "spawn" (safe beside Qt's threads), each limited to one BLAS thread,
and share one message queue and two flags (stop, go) with this process. Every job carries its
sweep's token and every message comes back with it, so a message of a sweep that was stopped
never reaches the next one.
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
        self.executor: ProcessPoolExecutor | None = ProcessPoolExecutor(
            max_workers=self.workers, mp_context=ctx, initializer=init_process,
            initargs=(self.queue, self.stop_flag, self.go, blas_threads))
        for _ in range(self.workers):  # each submit starts a worker; it imports the engine now
            self.executor.submit(warm_up)

    @property
    def alive(self) -> bool:
        return self.executor is not None

    def begin(self) -> None:
        """A new sweep: clear a previous sweep's stop and pause."""
        self.stop_flag.clear()
        self.go.set()

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
