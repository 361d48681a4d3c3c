"""RunResult from what the engine and the window give: events, History, a run record."""

from __future__ import annotations

import math
from types import SimpleNamespace

import pytest

from nodeflow.compute.trainer import History
from nodeflow.lessons.result import RunResult


def test_from_events_as_the_trainer_emits_them():
    events = [
        {"event": "batch", "loss": 9.0},
        {"event": "epoch", "epoch": 1, "train_loss": 1.0, "val_loss": 1.5, "grad_stats": {"fc1": 0.1}},
        {"event": "epoch", "epoch": 2, "train_loss": 0.5, "val_loss": math.nan, "grad_stats": {"fc1": 0.01}},
        {"event": "done", "epochs": 2, "test_loss": 0.4, "stopped_early": True, "best_epoch": 1},
    ]
    r = RunResult.from_events(events)
    assert r.curves["train_loss"] == [1.0, 0.5]
    assert r.curves["val_loss"] == [1.5, None]  # a non-finite value is missing, not a number
    assert r.grads == {"fc1": 0.01}
    assert r.test_loss == 0.4 and r.stopped_early and r.best_epoch == 1 and r.epochs == 2
    assert r.field("finished") is True and r.field("diverged") is False


def test_divergence_is_told_apart_from_other_errors():
    diverged = RunResult.from_events([{"event": "error", "kind": "diverged",
                                       "message": "training diverged at epoch 3 (loss became inf); try"}])
    bad_data = RunResult.from_events([{"event": "error", "kind": "error", "message": "data.csv: line 4 is not a number"}])
    assert diverged.diverged and diverged.field("failed")
    assert not bad_data.diverged and bad_data.field("failed") and not bad_data.field("finished")
    # the marker decides, not the words: a message that merely says "diverged" is an error
    worded = RunResult.from_events([{"event": "error", "kind": "error", "message": "training diverged (a file's name)"}])
    assert not worded.diverged


def test_from_history():
    h = History(train_loss=[1.0, 0.2], val_loss=[None, None], train_acc=[0.5, 0.9], val_acc=[None, None],
                lr=[0.1, 0.1], seconds=[0.1, 0.1], test_acc=0.88)
    r = RunResult.from_history(h, grads={"fc": 1.0})
    assert r.field("train_acc")[-1] == 0.9 and r.test_acc == 0.88 and r.grads == {"fc": 1.0}


def test_from_a_run_record_by_its_fields():
    """The run model's record (nodeflow.graph.runs.Run): curves, result, graph_document()."""
    from nodeflow.graph.document import Graph

    graph = Graph()
    record = SimpleNamespace(
        curves={"train_loss": [1.0, float("inf")], "val_loss": [None, None]},
        result=SimpleNamespace(status="diverged", test_loss=None, test_acc=None, best_epoch=None, seconds=0.1,
                               message="training diverged at epoch 2 (loss became inf)"),
        graph_document=lambda: graph,
    )
    r = RunResult.from_run(record, weights={"d/W": 1})
    assert r.diverged and r.field("failed") and r.curves["train_loss"] == [1.0, None]
    assert r.weights == {"d/W": 1} and r.graph is graph
    early = SimpleNamespace(curves={"train_loss": [0.5]}, result=SimpleNamespace(status="early_stopped", test_acc=0.9),
                            graph_document=lambda: graph)
    r = RunResult.from_run(early)
    assert r.stopped_early and r.field("finished") and r.test_acc == 0.9


def test_from_the_run_model_when_it_is_there():
    runs = pytest.importorskip("nodeflow.graph.runs")
    from nodeflow.graph.io import loads

    graph = loads('{"format": "nodeflow", "version": 1, "nodes": [{"id": "data", "type": "Dataset"}], "edges": []}')
    run = runs.RunHistory().new_run(graph)
    run.record_epoch({"epoch": 1, "train_loss": 0.5, "val_loss": 0.6})
    run.finish({"epochs": 1, "test_loss": 0.7, "stopped_early": True})
    r = RunResult.from_run(run)
    assert r.curves["val_loss"] == [0.6] and r.test_loss == 0.7 and r.stopped_early
    assert r.graph.nodes["data"].type == "Dataset"
