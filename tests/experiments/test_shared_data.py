"""Variants share one loaded dataset: `Trainer(graph, data=DataSplits)`, `Trainer.load_data()`,
and the sweep loading its data once (an earlier hook silently did nothing, so every variant
loaded its own; these tests would have caught it)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from nodeflow.compute import datasets
from nodeflow.compute.trainer import Trainer
from nodeflow.compute.types import GraphError
from nodeflow.experiments import engine, presets
from nodeflow.experiments.spec import plan
from nodeflow.experiments.sweep import Sweep
from nodeflow.graph import io
from nodeflow.graph import runs as R
from tests.conftest import ROOT

EXAMPLES = ROOT / "examples"


def load(name: str):
    return io.load(EXAMPLES / f"{name}.nodeflow")


def test_a_trainer_given_another_trainers_data_trains_exactly_as_it_would_alone():
    graph = load("moons_mlp")
    alone = Trainer(graph, epochs=2, base_dir=str(EXAMPLES)).run()
    data = Trainer(graph, base_dir=str(EXAMPLES)).load_data()
    assert isinstance(data, datasets.DataSplits)
    given = Trainer(graph, epochs=2, base_dir=str(EXAMPLES), data=data).run()
    assert given.train_loss == alone.train_loss and given.val_loss == alone.val_loss


def test_the_given_data_are_what_the_trainer_learns_from(monkeypatch):
    graph = load("linear_regression")
    data = Trainer(graph, base_dir=str(EXAMPLES)).load_data()
    calls = []
    real = datasets.load
    monkeypatch.setattr(datasets, "load", lambda *a, **k: calls.append(1) or real(*a, **k))
    x, y = data.train
    doubled = dataclasses.replace(data, train=(x, 2 * y))
    first = []
    Trainer(graph, epochs=1, base_dir=str(EXAMPLES), data=doubled,
            on_event=lambda e: e["event"] == "batch" and first.append(e["loss"])).run()
    plain = []
    Trainer(graph, epochs=1, base_dir=str(EXAMPLES), data=data,
            on_event=lambda e: e["event"] == "batch" and plain.append(e["loss"])).run()
    assert calls == []  # never loaded its own
    assert first[0] != plain[0]  # ... and trained on the arrays it was given


def test_data_that_do_not_fit_the_dataset_are_refused():
    moons = Trainer(load("moons_mlp"), base_dir=str(EXAMPLES)).load_data()
    with pytest.raises(GraphError, match="shape"):
        Trainer(load("digits_mlp"), base_dir=str(EXAMPLES), data=moons)
    wide = dataclasses.replace(moons, train=(moons.train[0].astype(np.float64), moons.train[1]))
    with pytest.raises(GraphError, match="float64"):
        Trainer(load("moons_mlp"), base_dir=str(EXAMPLES), data=wide)


def test_splits_travel_to_a_worker_as_plain_data_and_come_back_the_same():
    data = Trainer(load("linear_regression"), base_dir=str(EXAMPLES)).load_data()
    payload = engine.splits_payload(data)

    def plain(v):
        if isinstance(v, dict):
            return all(plain(x) for x in v.values())
        if isinstance(v, (list, tuple)):
            return all(plain(x) for x in v)
        return v is None or isinstance(v, (int, float, str, np.ndarray))

    assert plain(payload)
    back = engine.splits_from(payload)
    assert back.signature == data.signature
    for name in ("train", "val", "test"):
        assert all(np.array_equal(a, b) for a, b in zip(getattr(back, name), getattr(data, name), strict=True))
    assert np.array_equal(back.target_std, data.target_std) or back.target_std is data.target_std is None


@pytest.mark.parametrize("name", ["linear_regression", "moons_mlp"])
def test_an_optimizer_race_loads_its_data_once_and_every_variant_starts_alike(name, monkeypatch):
    graph = load(name)
    calls = []
    real = datasets.load
    monkeypatch.setattr(datasets, "load", lambda *a, **k: calls.append(1) or real(*a, **k))
    race = Sweep(graph, plan(graph, presets.optimizer_race(graph)), base_dir=str(EXAMPLES), epochs=2)
    race.run_sequential()
    assert len(calls) == 1  # the sweep's one load: no variant loaded its own
    assert all(o.status == R.FINISHED for o in race.outcomes)
    firsts = [o.first_loss for o in race.outcomes]
    assert firsts[0] is not None and firsts == [firsts[0]] * 5  # same weights, same first batch
    types = [o.run.graph_document().nodes[race.variants[0].changes[0][0]].type for o in race.outcomes]
    assert types == list(presets.OPTIMIZERS)  # ... and only the optimizer differs
    documents = [io.dumps(o.run.graph_document()) for o in race.outcomes]
    assert len(set(documents)) == 5


def test_a_variant_that_changes_the_data_loads_its_own():
    graph = load("moons_mlp")
    race = Sweep(graph, plan(graph, ["data.noise=0.1,0.3"]), base_dir=str(EXAMPLES), epochs=1)
    assert all(job["data"] is None for job in race.jobs())
    race = Sweep(graph, plan(graph, ["data.batch_size=8,64"]), base_dir=str(EXAMPLES), epochs=1)
    assert all(job["data"] is not None for job in race.jobs())
