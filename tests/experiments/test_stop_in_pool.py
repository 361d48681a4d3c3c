"""Stopping a race in the process pool: variants still waiting for a worker end "stopped" (not
failed), and a stopped sweep's jobs stop even once the next sweep cleared the stop flag."""

from __future__ import annotations

import time

from nodeflow.experiments import presets
from nodeflow.experiments.pool import WorkerPool
from nodeflow.experiments.spec import plan
from nodeflow.experiments.sweep import Sweep
from nodeflow.graph import io
from nodeflow.graph import runs as R
from tests.conftest import ROOT

EXAMPLES = ROOT / "examples"


def test_variants_waiting_for_a_worker_end_stopped_and_the_next_sweep_is_not_slowed():
    graph = io.load(EXAMPLES / "linear_regression.nodeflow")
    pool = WorkerPool(1)
    try:
        race = Sweep(graph, plan(graph, presets.optimizer_race(graph)), base_dir=str(EXAMPLES), epochs=100_000)
        race.start(pool)
        deadline = time.monotonic() + 60
        while not any(o.run.epochs for o in race.outcomes) and time.monotonic() < deadline:
            race.poll(timeout=0.1)
        assert any(o.run.epochs for o in race.outcomes)
        waiting = [o for o in race.outcomes if not o.started]
        assert waiting  # one worker: four wait
        race.abandon()  # (another document): no waiting for the messages
        assert all(o.ended and o.status == R.STOPPED for o in race.outcomes)
        # the next sweep begins at once (clearing the stop flag): the old job stops anyway
        after = Sweep(graph, plan(graph, ["sgd.lr=0.05"]), base_dir=str(EXAMPLES), epochs=2)
        started = time.monotonic()
        after.start(pool)
        after.wait()
        assert after.outcomes[0].status == R.FINISHED and len(after.outcomes[0].run.epochs) == 2
        assert time.monotonic() - started < 30  # (the old variant would have trained 100,000 epochs)
        race = Sweep(graph, plan(graph, ["sgd.lr=0.05,0.1,0.2"]), base_dir=str(EXAMPLES), epochs=100_000)
        race.start(pool)
        while not any(o.run.epochs for o in race.outcomes) and time.monotonic() < deadline + 60:
            race.poll(timeout=0.1)
        race.stop()
        race.wait()
        assert [o.status for o in race.outcomes] == [R.STOPPED] * 3  # none "failed: cancelled"
    finally:
        pool.shutdown()
