"""The trainer: determinism, divergence, events, pause/resume/stop, early stopping."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest
from graphs import build

from nodeflow.compute.trainer import Trainer
from nodeflow.graph.document import Graph


def moons(data=None, training=None, dropout=0.0, opt="Adam", opt_params=None) -> Graph:
    data_params = {"source": "moons", "n_samples": 200, "batch_size": 16, "validation_split": 0.2,
                   "test_split": 0.1, **(data or {})}
    return build(
        [("data", "Dataset", data_params), ("fc1", "Dense", {"units": 16}), ("relu", "ReLU", {}),
         ("drop", "Dropout", {"rate": dropout}), ("fc2", "Dense", {"units": 2}), ("sm", "Softmax", {}),
         ("ce", "CrossEntropy", {}), ("opt", opt, {"lr": 0.01, **(opt_params or {})})],
        ["data.x -> fc1.in", "fc1.out -> relu.in", "relu.out -> drop.in", "drop.out -> fc2.in",
         "fc2.out -> sm.in", "sm.out -> ce.pred", "data.y -> ce.target", "ce.loss -> opt.loss"],
        {"epochs": 4, "seed": 0, **(training or {})},
    )


def linear(lr: float, epochs: int = 5) -> Graph:
    return build(
        [("data", "Dataset", {"source": "linear", "n_samples": 100, "batch_size": 10}),
         ("fc", "Dense", {"units": 1}), ("mse", "MSE", {}), ("opt", "SGD", {"lr": lr})],
        ["data.x -> fc.in", "fc.out -> mse.pred", "data.y -> mse.target", "mse.loss -> opt.loss"],
        {"epochs": epochs},
    )


def test_same_seed_gives_identical_curves_and_another_seed_does_not():
    a = Trainer(moons(dropout=0.3)).run()
    b = Trainer(moons(dropout=0.3)).run()
    c = Trainer(moons(dropout=0.3), seed=1).run()
    assert a.error is None and a.epochs == 4
    assert a.train_loss == b.train_loss and a.val_loss == b.val_loss and a.test_loss == b.test_loss
    assert a.train_loss != c.train_loss


def test_training_learns_and_reports_classification_events():
    events = []
    history = Trainer(moons(), epochs=6, on_event=events.append).run()
    kinds = [e["event"] for e in events]
    batches = -(-140 // 16)
    assert kinds.count("batch") == 6 * batches and kinds.count("epoch") == 6 and kinds[-1] == "done"
    epoch = next(e for e in events if e["event"] == "epoch")
    assert {"epoch", "train_loss", "val_loss", "train_acc", "val_acc", "lr", "seconds", "grad_stats"} <= set(epoch)
    assert epoch["epoch"] == 1 and set(epoch["grad_stats"]) == {"fc1", "fc2"}
    batch = next(e for e in events if e["event"] == "batch")
    assert {"epoch", "batch", "batches", "loss", "lr", "samples_per_s"} <= set(batch)
    assert batch["batches"] == batches
    assert history.train_loss[-1] < history.train_loss[0]
    assert history.val_acc[-1] > 0.8 and 0 <= history.test_acc <= 1
    done = events[-1]
    assert done["epochs"] == 6 and done["test_acc"] == history.test_acc and not done["stopped"]
    # the run's own wall time (what in-window training is compared with) covers its epochs
    assert done["seconds"] == history.run_seconds >= sum(history.seconds) > 0


def test_regression_has_no_accuracy_and_full_batch_and_sgd_batches_work():
    for batch_size, batches in ((1, 100), (1000, 1)):
        g = linear(0.01, epochs=2)
        g.set_param("data", "batch_size", batch_size)
        g.set_param("data", "validation_split", 0.0)
        g.set_param("data", "test_split", 0.0)
        events = []
        history = Trainer(g, on_event=events.append).run()
        assert history.error is None
        assert sum(e["event"] == "batch" for e in events) == 2 * batches
        epoch = next(e for e in events if e["event"] == "epoch")
        assert "train_acc" not in epoch and epoch["val_loss"] is None
        assert "test_acc" not in events[-1] and events[-1]["test_loss"] is None


def test_divergence_stops_with_a_clear_message():
    events = []
    history = Trainer(linear(10.0), on_event=events.append).run()
    assert history.error is not None
    assert history.error.startswith("training diverged at epoch ")
    assert "(loss became inf)" in history.error or "(loss became nan)" in history.error
    assert history.error.endswith("try a smaller learning rate (now 10)")
    assert events[-1] == {"event": "error", "message": history.error, "kind": "diverged"}
    assert history.error_kind == "diverged"


def test_pause_resume_and_stop_from_another_thread():
    events = []
    started = threading.Event()
    resumed = threading.Event()

    def on_event(event):  # runs in the training thread
        events.append(event)
        if event["event"] == "batch":
            time.sleep(0.001)  # keep the run long enough to control
            started.set()
            if len(events) > paused_count + 1:
                resumed.set()

    paused_count = 10**9
    trainer = Trainer(moons(), epochs=2000, on_event=on_event)
    thread = threading.Thread(target=trainer.run)
    thread.start()
    assert started.wait(30)
    trainer.pause()
    time.sleep(0.1)  # the batch in flight finishes
    paused_count = len(events)
    time.sleep(0.3)
    assert thread.is_alive() and trainer.paused and len(events) == paused_count  # nothing while paused
    assert events[-1]["event"] in ("batch", "epoch")
    trainer.resume()
    assert resumed.wait(30)  # training goes on
    trainer.stop()
    thread.join(30)
    assert not thread.is_alive()
    done = events[-1]
    assert done["event"] == "done" and done["stopped"] and trainer.history.stopped
    assert done["epochs"] < 2000
    # Weights are those after a complete step: finite, and the network still evaluates.
    assert np.all(np.isfinite(trainer.network.flat_w))
    loss, acc = trainer.evaluate((np.zeros((4, 2), np.float32), np.zeros(4, np.int64)))
    assert np.isfinite(loss) and 0 <= acc <= 1


def test_early_stopping_restores_the_best_weights(monkeypatch):
    trainer = Trainer(moons(training={"patience": 2, "restore_best": True}), epochs=20)
    scripted = iter([0.9, 0.5, 0.7, 0.8, 0.95])
    snapshots = []
    original = trainer.evaluate

    def evaluate(split):
        value = next(scripted, None)
        if value is None:
            return original(split)
        snapshots.append(trainer.network.flat_w.copy())
        return value, 0.5

    monkeypatch.setattr(trainer, "evaluate", evaluate)
    history = trainer.run()
    assert history.stopped_early and history.epochs == 4 and history.best_epoch == 2
    assert np.array_equal(trainer.network.flat_w, snapshots[1])
    assert not np.array_equal(trainer.network.flat_w, snapshots[3])


def test_training_settings_are_checked():
    from nodeflow.graph.document import GraphError

    with pytest.raises(GraphError, match="epochs"):
        Trainer(moons(training={"epochs": 0}))
    with pytest.raises(GraphError, match="dtype"):
        Trainer(moons(training={"dtype": "float16"}))


def test_float64_training_runs():
    history = Trainer(moons(training={"dtype": "float64"}), epochs=1).run()
    assert history.error is None and np.isfinite(history.train_loss[0])
