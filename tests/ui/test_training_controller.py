"""Training from the window: worker thread, throttled updates, pause/resume/stop, errors."""

from __future__ import annotations

import gc
import time

import pytest

from nodeflow.graph import load
from nodeflow.ui.training.controller import TrainingController, stop_all
from nodeflow.ui.training.plots import TrainingPlots
from nodeflow.ui.training.worker import MAX_RATE


class FakeCanvas:
    def __init__(self) -> None:
        self.locked = False
        self.calls: list[bool] = []

    def set_locked(self, locked: bool) -> None:
        self.locked = locked
        self.calls.append(locked)


@pytest.fixture
def canvas() -> FakeCanvas:
    return FakeCanvas()


@pytest.fixture
def controller(qtbot, canvas):
    ctl = TrainingController(canvas)
    yield ctl
    ctl.shutdown()
    assert not ctl.running


def graph_of(examples_dir, name: str, **training):
    graph = load(examples_dir / f"{name}.nodeflow")
    graph.training.update(training)
    return graph


def test_train_plots_and_finish(qtbot, controller, canvas, examples_dir):
    plots = TrainingPlots()
    qtbot.addWidget(plots)
    controller.update.connect(plots.add_update)
    done: list[dict] = []
    batches: list[int] = []
    controller.finished.connect(done.append)
    controller.update.connect(lambda p: p["batch"] and batches.append(p["batch"]["batches"]))
    assert controller.start(graph_of(examples_dir, "xor_mlp", epochs=5))
    assert canvas.locked
    assert not controller.start(graph_of(examples_dir, "xor_mlp"))  # one run at a time
    with qtbot.waitSignal(controller.ended, timeout=20000):
        pass
    assert not canvas.locked and canvas.calls == [True, False]
    assert plots.epoch_count() == 5
    assert plots.batch_count() == 5 * batches[-1] > 5
    assert done and done[0]["epochs"] == 5
    assert done[0]["results"]["kind"] == "classification"
    assert controller.network is not None and controller.state == "idle"


def test_gil_slice_is_short_only_while_training(qtbot, controller, examples_dir):
    """The GUI's Python repaints get the GIL back quickly during a run; the default returns after."""
    import sys

    from nodeflow.ui.training.controller import GIL_SLICE

    before = sys.getswitchinterval()
    assert before > GIL_SLICE
    assert controller.start(graph_of(examples_dir, "xor_mlp", epochs=3))
    assert sys.getswitchinterval() == pytest.approx(GIL_SLICE)
    with qtbot.waitSignal(controller.ended, timeout=20000):
        pass
    assert sys.getswitchinterval() == pytest.approx(before)


def test_pause_resume_stop(qtbot, controller, canvas, examples_dir):
    counts: list[int] = []
    controller.update.connect(lambda p: counts.append(len(p["losses"])))
    # batch size 1: thousands of batches, long enough to pause in the middle
    graph = graph_of(examples_dir, "xor_mlp", epochs=50)
    graph.nodes["data"].params["batch_size"] = 1
    controller.start(graph)
    qtbot.waitUntil(lambda: sum(counts) > 20, timeout=10000)
    controller.pause()
    assert controller.state == "paused"
    qtbot.wait(150)  # anything in flight arrives
    frozen = sum(counts)
    qtbot.wait(300)
    assert sum(counts) == frozen, "batches advanced while paused"
    controller.resume()
    qtbot.waitUntil(lambda: sum(counts) > frozen + 20, timeout=10000)
    thread = controller.thread
    controller.stop()
    qtbot.waitUntil(lambda: not controller.running, timeout=10000)
    assert thread is None or thread.isFinished()
    assert not canvas.locked and controller.state == "idle"


def test_thread_finished_after_stop(qtbot, controller, examples_dir):
    graph = graph_of(examples_dir, "xor_mlp", epochs=1000)
    controller.start(graph)
    thread = controller.thread
    qtbot.wait(50)
    controller.stop()
    with qtbot.waitSignal(controller.ended, timeout=10000):
        pass
    assert thread.isFinished()


def test_divergence_is_reported(qtbot, controller, canvas, examples_dir):
    graph = graph_of(examples_dir, "linear_regression", epochs=30)
    graph.nodes["sgd"].params["lr"] = 50.0
    errors: list[str] = []
    controller.failed.connect(errors.append)
    controller.start(graph)
    with qtbot.waitSignal(controller.ended, timeout=10000):
        pass
    assert errors and "diverged" in errors[0]
    assert not canvas.locked


def test_invalid_graph_is_reported(qtbot, controller, examples_dir):
    graph = graph_of(examples_dir, "xor_mlp")
    graph.remove_node("adam")
    errors: list[str] = []
    controller.failed.connect(errors.append)
    controller.start(graph)
    with qtbot.waitSignal(controller.ended, timeout=10000):
        pass
    assert errors and "optimizer" in errors[0]


def test_updates_are_throttled(qtbot, controller, examples_dir):
    graph = graph_of(examples_dir, "xor_mlp", epochs=40)
    graph.nodes["data"].params["batch_size"] = 1
    times: list[float] = []
    total: list[int] = []
    per_epoch: list[int] = []
    controller.update.connect(
        lambda p: (
            times.append(time.perf_counter()),
            total.append(len(p["losses"])),
            p["batch"] and per_epoch.append(p["batch"]["batches"]),
        )
    )
    t0 = time.perf_counter()
    controller.start(graph)
    with qtbot.waitSignal(controller.ended, timeout=30000):
        pass
    seconds = time.perf_counter() - t0
    assert sum(total) == 40 * per_epoch[-1]  # every batch loss arrives, none lost in coalescing
    # at most MAX_RATE a second, plus the flushes at the end of the run
    assert len(times) <= MAX_RATE * max(seconds, 1.0) + 3, f"{len(times)} updates in {seconds:.2f} s"
    assert sum(total) / len(times) > 10  # coalesced, not one signal per batch


@pytest.mark.parametrize("how", ["shutdown", "delete", "garbage"])
def test_destroy_during_training(qtbot, examples_dir, how):
    canvas = FakeCanvas()
    ctl = TrainingController(canvas)
    graph = graph_of(examples_dir, "xor_mlp", epochs=1000)
    graph.nodes["data"].params["batch_size"] = 1
    ctl.start(graph)
    thread = ctl.thread
    qtbot.wait(100)
    if how == "shutdown":
        ctl.shutdown()
        assert thread is not None and not canvas.locked
    elif how == "delete":
        ctl.deleteLater()
        qtbot.wait(50)
        del ctl
        assert thread.isFinished()
    else:  # the Python wrapper collected mid-run: no crash; stopped by the hook or at exit
        del ctl
        gc.collect()
        stop_all()
        assert thread.isFinished()
    qtbot.wait(20)


def test_a_slow_speed_waits_between_batches_and_stop_cuts_the_wait_short(qtbot, controller, examples_dir):
    """At 2 batches a second a 1000-epoch run would take hours: Stop ends it at once, and a
    change back to full speed is taken up in the middle of a wait."""
    from nodeflow.ui.training.speed import FULL, SPEEDS

    graph = load(examples_dir / "xor_mlp.nodeflow")
    graph.training["epochs"] = 1000
    controller.set_speed(next(s for s in SPEEDS if s.label == "2 batches/s"))
    batches: list[int] = []
    controller.update.connect(lambda p: p["batch"] is not None and batches.append(p["batch"]["batch"]))
    assert controller.start(graph)
    qtbot.waitUntil(lambda: bool(batches), timeout=10000)
    assert controller.worker.speed.per_batch == 0.5
    controller.set_speed(FULL)  # wakes the worker from its half-second wait
    qtbot.waitUntil(lambda: len(batches) > 3, timeout=10000)
    controller.set_speed(SPEEDS[-1])
    with qtbot.waitSignal(controller.ended, timeout=5000):
        controller.stop()  # not half a second per batch left to go: the wait ends now


def test_step_epoch_pauses_after_each_epoch(qtbot, controller, examples_dir):
    graph = load(examples_dir / "xor_mlp.nodeflow")
    graph.training["epochs"] = 3
    epochs: list[int] = []
    controller.update.connect(lambda p: epochs.extend(e["epoch"] for e in p["epochs"] if not e.get("probe_only")))
    assert controller.start(graph, step=True)
    qtbot.waitUntil(lambda: controller.state == "paused", timeout=10000)
    assert epochs == [1]
    assert controller.step_epoch() and controller.state == "running"
    qtbot.waitUntil(lambda: controller.state == "paused", timeout=10000)
    assert epochs == [1, 2]
    with qtbot.waitSignal(controller.ended, timeout=10000):
        controller.step_epoch()  # the last epoch: the run ends rather than pausing
    assert epochs == [1, 2, 3] and controller.state == "idle"
    assert not controller.step_epoch()  # nothing running


def test_signals_of_an_abandoned_run_are_dropped(qtbot, controller, examples_dir):
    """A run shut down mid-way (its document closed) must not deliver a late result."""
    graph = load(examples_dir / "xor_mlp.nodeflow")
    graph.training["epochs"] = 1000
    graph.nodes["data"].params["batch_size"] = 1
    late: list = []
    assert controller.start(graph)
    qtbot.waitUntil(lambda: controller.state == "running" and controller.worker is not None, timeout=5000)
    controller.shutdown()
    controller.finished.connect(late.append)
    controller.failed.connect(late.append)
    controller.update.connect(late.append)
    qtbot.wait(100)  # whatever the finished worker queued is delivered now
    assert late == []
