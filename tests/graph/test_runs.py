"""The run model: recording a run, how it started and ended, differences, the runs file."""

from __future__ import annotations

import json
import os
import stat

import numpy as np
import pytest

from nodeflow.compute.trainer import Trainer
from nodeflow.graph import load
from nodeflow.graph import runs as R


@pytest.fixture
def linear(examples_dir):
    return load(examples_dir / "linear_regression.nodeflow")


def trained_run(history: R.RunHistory, graph, **kwargs) -> R.Run:
    """A run recorded from the real trainer's events, as the window records it."""
    run = history.new_run(graph, **kwargs)

    def on_event(event):
        if event["event"] == "batch":
            run.record_batches([event["loss"]])
        elif event["event"] == "epoch":
            run.record_epoch(event)
        elif event["event"] == "done":
            run.finish(event)
        elif event["event"] == "error":
            run.fail(event["message"], event.get("kind"))

    Trainer(graph, on_event=on_event).run()
    return run


def test_a_run_records_curves_settings_and_result(linear):
    linear.training["epochs"] = 4
    history = R.RunHistory()
    run = trained_run(history, linear)
    assert (run.id, run.name, run.start, run.parent) == ("run-1", "Run 1", R.FRESH, None)
    assert run.epochs == [1, 2, 3, 4] and run.x_epochs() == [1, 2, 3, 4]
    assert len(run.series("train_loss")) == 4 and run.final("train_loss") < run.series("train_loss")[0]
    assert run.series("train_acc") == [None] * 4  # regression: no accuracy
    assert run.training["epochs"] == 4
    assert {n["id"] for n in run.graph["nodes"]} == set(linear.nodes)
    assert all("pos" not in n for n in run.graph["nodes"])
    assert run.result.status == R.FINISHED and run.result.usable and run.result.epochs == 4
    assert run.result.test_loss is not None
    assert run.batches > 0 and len(run.batch_losses) == run.batches  # few batches: not downsampled
    assert run.graph_document().nodes.keys() == linear.nodes.keys()
    assert run.result.summary().startswith("4 epochs · test loss ")


def test_a_diverged_run_is_never_usable(linear):
    opt = next(n for n in linear.nodes.values() if n.spec.category == "optimizer")
    opt.params["lr"] = 50.0
    run = trained_run(R.RunHistory(), linear)
    assert run.result.status == R.DIVERGED and not run.result.usable
    assert run.result.summary().startswith("diverged at epoch ")
    run.fail("could not read houses.csv")
    assert run.result.status == R.ERROR and not run.result.usable
    assert run.result.summary() == "error: could not read houses.csv"


@pytest.mark.parametrize(("done", "status", "usable"), [
    ({"epochs": 3, "stopped": True}, R.STOPPED, True),
    ({"epochs": 3, "stopped_early": True}, R.EARLY_STOPPED, True),
    ({"epochs": 3, "test_acc": 0.5}, R.FINISHED, True),
])
def test_how_a_run_ended(done, status, usable):
    run = R.Run("run-1", "Run 1")
    run.finish({"event": "done", **done})
    assert run.result.status == status and run.result.usable == usable


def test_warnings_from_the_engine_are_kept_and_counted():
    run = R.Run("run-1", "Run 1")
    run.finish({"epochs": 2, "test_loss": 1.0, "warnings": ["the model did no better than predicting the mean"]})
    assert run.result.warnings == ["the model did no better than predicting the mean"]
    assert run.result.summary().endswith("· ⚠ the model did no better than predicting the mean")


def test_a_continued_run_counts_on_from_its_parent(linear):
    linear.training["epochs"] = 3
    history = R.RunHistory()
    first = trained_run(history, linear)
    second = trained_run(history, linear, start=R.CONTINUE, parent=first)
    assert second.parent == "run-1" and second.start == R.CONTINUE
    assert second.epoch_offset == 3 and second.x_epochs() == [4, 5, 6]
    assert second.batch_offset == first.batches
    assert second.x_batches()[0] > first.x_batches()[-1]
    assert history.changes(second) == []  # same graph, same settings


def test_batch_losses_are_downsampled_by_averaging(monkeypatch):
    run = R.Run("run-1", "Run 1", _batches=R._BatchLosses(limit=100))
    losses = np.arange(1, 1001, dtype=float)
    run.record_batches(losses[:333])
    run.record_batches(losses[333:])
    assert run.batches == 1000 and len(run.batch_losses) <= 101
    stride = run.batch_stride
    assert stride == 16
    assert run.batch_losses[0] == pytest.approx(losses[:stride].mean())
    assert sum(v * stride for v in run.batch_losses[:-1]) + run.batch_losses[-1] * (1000 % stride or stride) == (
        pytest.approx(losses.sum()))  # nothing lost, only averaged
    xs = run.x_batches()
    assert xs[0] == pytest.approx((1 + stride) / 2) and xs[-1] < 1000 and np.all(np.diff(xs) > 0)


def test_long_runs_thin_their_epochs_keeping_the_last(monkeypatch):
    monkeypatch.setattr(R, "MAX_EPOCH_POINTS", 10)
    run = R.Run("run-1", "Run 1")
    for e in range(1, 26):
        run.record_epoch({"epoch": e, "train_loss": 1.0 / e, "losses": {"a": e, "b": -e}})
    assert len(run.epochs) <= 11 and run.epochs[-1] == 25 and run.epochs[0] == 1
    assert all(len(v) == len(run.epochs) for v in (*run.curves.values(), *run.losses.values()))
    assert run.final("train_loss") == pytest.approx(1 / 25) and run.final("b") == -25


def test_differences_name_what_changed(linear):
    history = R.RunHistory()
    first = history.new_run(linear)
    opt = next(n for n in linear.nodes.values() if n.spec.category == "optimizer")
    old_lr = opt.spec.defaults()["lr"] if "lr" not in opt.params else opt.params["lr"]
    linear.set_param(opt.id, "lr", 50.0)
    linear.set_training("epochs", 5)
    second = history.new_run(linear)
    changes = history.changes(second)
    assert f"{opt.id}.lr {old_lr:g} → 50" in changes
    assert any(c.startswith("epochs ") and c.endswith("→ 5") for c in changes)
    assert history.changes(first) == []
    linear.add_node("Dropout", {}, node_id="drop1")
    assert "+ drop1" in history.changes(history.new_run(linear))


def test_runs_are_renamed_deleted_and_numbered_on(linear):
    history = R.RunHistory()
    a, b = history.new_run(linear), history.new_run(linear)
    assert history.rename(a.id, "  sigmoid  ") and a.name == "sigmoid"
    assert not history.rename(a.id, "   ")  # a name is never emptied
    history.weights_from = b.id
    history.remove(b.id)
    assert history.weights_from is None and [r.id for r in history] == ["run-1"]
    assert history.new_run(linear).id == "run-2"  # numbers go on from the largest left
    assert history.new_run(linear).name == "Run 3"


def test_round_trip_through_the_runs_file(linear, tmp_path):
    linear.training["epochs"] = 3
    history = R.RunHistory()
    first = trained_run(history, linear)
    second = trained_run(history, linear, start=R.CONTINUE, parent=first)
    second.visible = False
    history.rename(first.id, "baseline")
    history.weights_from = second.id
    graph_path = tmp_path / "net.nodeflow"
    graph_path.write_text("{}")
    os.chmod(graph_path, 0o640)
    path = R.runs_path(graph_path)
    assert path.name == "net.runs.json"
    history.save(path, mode_like=graph_path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640  # the graph file's permissions
    text = path.read_text()
    assert json.loads(text)["format"] == "nodeflow-runs"
    assert '"train_loss": [' in text  # readable: one line per curve
    again, problems = R.RunHistory.load(path)
    assert problems == [] and again.weights_from == second.id
    assert [r.to_dict() for r in again] == [r.to_dict() for r in history]
    b = again.get(second.id)
    assert b.name == "Run 2" and not b.visible and b.x_epochs() == [4, 5, 6] and b.parent == first.id
    assert b.x_batches() == second.x_batches()


def test_a_corrupt_runs_file_is_reported_in_one_line(tmp_path):
    path = tmp_path / "net.runs.json"
    for text, words in [("{not json", "not valid JSON"), ('{"format": "other"}', "not a nodeflow runs file"),
                        ('{"format": "nodeflow-runs", "version": 99, "runs": []}', "version 99"),
                        ('{"format": "nodeflow-runs", "version": 1, "runs": [NaN]}', "not valid JSON")]:
        path.write_text(text)
        with pytest.raises(R.RunsFileError) as info:
            R.RunHistory.load(path)
        assert words in str(info.value) and "\n" not in str(info.value) and "net.runs.json" in str(info.value)


def test_a_bad_run_is_skipped_and_said(linear, tmp_path):
    history = R.RunHistory()
    history.new_run(linear)
    history.new_run(linear)
    data = history.to_dict()
    data["runs"][0]["epoch_offset"] = "lots"
    data["runs"][1]["curves"] = {"train_loss": [1.0, 2.0]}  # two values for no epochs
    data["runs"].append({"id": "run-9"})
    again, problems = R.RunHistory.loads(json.dumps(data))
    assert len(again) == 0 and len(problems) == 3
    assert "epoch_offset" in problems[0] and "train_loss" in problems[1] and "missing" in problems[2]


def test_only_regular_files_of_bounded_size_are_read(tmp_path, monkeypatch):
    fifo = tmp_path / "net.runs.json"
    os.mkfifo(fifo)
    with pytest.raises(R.RunsFileError, match="not a regular file"):
        R.RunHistory.load(fifo)  # returns at once: never blocks on a FIFO
    big = tmp_path / "big.runs.json"
    big.write_text(" " * 2000)
    monkeypatch.setattr(R, "MAX_BYTES", 1000)
    with pytest.raises(R.RunsFileError, match="larger than"):
        R.RunHistory.load(big)


def test_a_run_saved_while_running_reads_back_as_stopped(linear):
    history = R.RunHistory()
    history.new_run(linear).record_epoch({"epoch": 1, "train_loss": 1.0})
    again, _ = R.RunHistory.loads(history.dumps())
    assert again.runs[0].result.status == R.STOPPED and again.runs[0].result.usable


def _reference_buckets(losses, limit):
    """The downsampling done one loss at a time, the obvious way."""
    values, stride, total, n = [], 1, 0.0, 0
    for loss in losses:
        total, n = total + loss, n + 1
        if n == stride:
            values.append(total / n)
            total, n = 0.0, 0
            if len(values) > limit:
                if len(values) % 2:
                    total, n = values.pop() * stride, stride
                values = [(a + b) / 2 for a, b in zip(values[::2], values[1::2], strict=True)]
                stride *= 2
    return values + ([total / n] if n else []), stride


@pytest.mark.parametrize("seed", range(5))
def test_batches_added_in_chunks_downsample_like_one_at_a_time(seed):
    rng = np.random.default_rng(seed)
    losses = rng.random(int(rng.integers(1, 5000)))
    batches = R._BatchLosses(limit=int(rng.integers(2, 60)))
    cuts = np.sort(rng.integers(0, len(losses), size=int(rng.integers(0, 30))))
    for chunk in np.split(losses, cuts):
        batches.extend(chunk)
    values, stride = _reference_buckets(losses, batches.limit)
    assert batches.count == len(losses) and batches.stride == stride
    np.testing.assert_allclose(batches.points(), values, rtol=1e-9)


def test_what_is_kept_between_writes_follows_every_edit(linear):
    """The file text of an ended run and the differences are reused; edits must still show."""
    history = R.RunHistory()
    first = history.new_run(linear)
    first.finish({"epochs": 0})
    history.dumps()
    history.rename(first.id, "baseline")
    first.visible = False
    again, _ = R.RunHistory.loads(history.dumps())
    assert again.runs[0].name == "baseline" and not again.runs[0].visible
    linear.set_training("epochs", 7)
    second = history.new_run(linear)
    assert history.changes(second) and history.changes(second)[0].endswith("→ 7")
    history.remove(second.id)
    linear.set_training("epochs", 30)
    third = history.new_run(linear)  # the same id again, another graph
    assert third.id == second.id and history.changes(third) == []
