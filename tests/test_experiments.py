"""Experiments: vary specs, the shared start, the sweep (in-process and in a process pool),
the `nodeflow sweep` command line, the results table and the shared loss surface."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

from nodeflow.experiments import landscape, presets, table
from nodeflow.experiments.names import SpecError
from nodeflow.experiments.spec import FULL_BATCH_SIZE, parse_axis, plan
from nodeflow.experiments.sweep import Sweep
from nodeflow.graph import io
from nodeflow.graph import runs as R
from tests.conftest import ROOT

EXAMPLES = ROOT / "examples"


def load(name: str):
    return io.load(EXAMPLES / f"{name}.nodeflow")


def sweep(name: str, specs: list[str], epochs: int = 3, **kw) -> Sweep:
    graph = load(name)
    s = Sweep(graph, plan(graph, specs), base_dir=str(EXAMPLES), epochs=epochs, **kw)
    s.run_sequential()
    return s


# ------------------------------------------------------------------------ specs
def test_a_spec_names_node_parameter_and_values():
    graph = load("moons_mlp")
    axis = parse_axis(graph, "adam.lr=0.1, 1e-3")
    assert (axis.target, axis.key, axis.values) == ("adam", "lr", (0.1, 0.001))
    assert parse_axis(graph, "data.batch_size=1,32,full").values == (1, 32, FULL_BATCH_SIZE)
    assert parse_axis(graph, "data.batch_size=1,32,full").labels == (1, 32, "full")
    assert parse_axis(graph, "adam.type=sgd,ADAM").values == ("SGD", "Adam")
    assert parse_axis(graph, "training.epochs=2,4").values == (2, 4)


@pytest.mark.parametrize("spec, words", [
    ("nope.lr=1", "no node 'nope'"),
    ("adam.lrr=1", "no parameter 'lrr'"),
    ("adam.lr=-1", "between"),
    ("adam.lr=abc", "must be a number"),
    ("adam.type=ReLU", "is an optimizer node and ReLU is an activation node"),
    ("adam.type=Nadam", "unknown node type"),
    ("adam=1", "expected NODE.PARAM"),
    ("adam.lr=", "one or more values"),
    ("training.nope=1", "unknown training setting"),
    ("fc3.units=3", "variant fc3.units=3"),
])
def test_bad_specs_say_what_is_wrong(spec, words):
    with pytest.raises(SpecError, match=words):
        plan(load("moons_mlp"), [spec])


def test_several_specs_make_a_grid_and_a_spec_given_twice_is_refused():
    graph = load("moons_mlp")
    variants = plan(graph, ["adam.type=SGD,Adam", "data.batch_size=16,64"])
    assert [v.setting for v in variants] == [
        {"adam.type": "SGD", "data.batch_size": 16}, {"adam.type": "SGD", "data.batch_size": 64},
        {"adam.type": "Adam", "data.batch_size": 16}, {"adam.type": "Adam", "data.batch_size": 64}]
    assert variants[0].graph.nodes["adam"].type == "SGD"
    assert variants[0].graph.nodes["adam"].params["lr"] == 0.01  # kept across the swap
    assert graph.nodes["adam"].type == "Adam"  # the base graph is left as it was
    with pytest.raises(SpecError, match="twice"):
        plan(graph, ["adam.lr=0.1", "adam.lr=0.2"])


def test_presets_find_their_nodes():
    graph = load("moons_mlp")
    assert presets.optimizer_race(graph) == ["adam.type=SGD,Momentum,AdaGrad,RMSProp,Adam"]
    assert presets.batch_race(graph) == ["data.batch_size=1,32,full"]
    assert presets.lr_sweep(graph) == ["adam.lr=0.0001,0.001,0.01,0.1"]
    assert presets.activation_swap(graph) == ["tanh1+tanh2.type=ReLU,Tanh,Sigmoid,LeakyReLU,ELU"]
    with pytest.raises(SpecError, match="regression"):
        presets.loss_race(graph)
    assert presets.loss_race(load("linear_regression")) == ["mse.type=MSE,MAE,Huber"]
    swapped = plan(graph, presets.activation_swap(graph))[0].graph
    assert swapped.nodes["tanh1"].type == swapped.nodes["tanh2"].type == "ReLU"


# ------------------------------------------------------------------------ same start
@pytest.mark.parametrize("name", ["linear_regression", "moons_mlp"])
def test_optimizer_race_starts_every_variant_from_the_same_weights(name):
    race = sweep(name, presets.optimizer_race(load(name)), epochs=3)
    firsts = [o.first_loss for o in race.outcomes]
    assert all(o.status == R.FINISHED for o in race.outcomes)
    assert firsts[0] is not None and all(f == firsts[0] for f in firsts)  # the same first batch, exactly
    starts = [o.path[0] for o in race.outcomes]
    assert all(np.array_equal(s, starts[0]) for s in starts)
    finals = [o.path[-1] for o in race.outcomes]
    assert not all(np.array_equal(f, finals[0]) for f in finals)  # ... and then the optimizers differ
    types = [o.run.graph_document().nodes[race.variants[0].changes[0][0]].type for o in race.outcomes]
    assert types == list(presets.OPTIMIZERS)


def test_a_variant_with_the_base_settings_repeats_the_base_curve_exactly():
    graph = load("moons_mlp")
    race = sweep("moons_mlp", ["adam.lr=0.01,0.01,0.05"], epochs=4)
    a, b, c = (o.run for o in race.outcomes)
    assert a.series("train_loss") == b.series("train_loss")
    assert a.series("val_loss") == b.series("val_loss")
    assert a.series("train_loss") != c.series("train_loss")
    # ... and equals a plain training of the file (nodeflow train's trainer) with those settings
    from nodeflow.compute.trainer import Trainer

    plain = Trainer(graph, epochs=4, base_dir=str(EXAMPLES)).run()
    assert plain.train_loss == a.series("train_loss")


def test_a_variant_that_changes_a_shape_still_shares_the_weights_that_fit():
    race = sweep("moons_mlp", ["fc2.units=16,8"], epochs=1, path_limit=0)
    same, narrower = race.outcomes
    assert same.shared == 6 and narrower.shared == 3  # fc1 W, fc1 b and fc3 b: fc2 and fc3 W changed shape
    assert same.first_loss != narrower.first_loss


def test_a_diverging_variant_stops_alone_and_is_marked():
    race = sweep("linear_regression", ["sgd.lr=0.05,5"], epochs=5)
    good, bad = race.outcomes
    assert good.status == R.FINISHED and len(good.run.epochs) == 5
    assert bad.status == R.DIVERGED and bad.diverged and "diverged" in bad.run.result.message
    rows = table.rows(race.outcomes)
    assert [r.diverged for r in rows] == [False, True]
    assert sorted(rows, key=table.sort_key)[0].variant == "sgd.lr=0.05"
    csv_text = table.to_csv(rows)
    assert csv_text.splitlines()[0] == ",".join(table.COLUMNS)
    assert csv_text.splitlines()[2].endswith(",true")


def test_the_pool_gives_the_same_curves_as_one_after_another():
    graph = load("linear_regression")
    specs = ["sgd.type=SGD,Adam,RMSProp"]
    alone = Sweep(graph, plan(graph, specs), base_dir=str(EXAMPLES), epochs=3)
    alone.run_sequential()
    pooled = Sweep(graph, plan(graph, specs), base_dir=str(EXAMPLES), epochs=3, workers=2)
    pooled.start()
    pooled.wait()
    assert pooled.worker_count == 2
    for a, b in zip(alone.outcomes, pooled.outcomes, strict=True):
        assert b.status == R.FINISHED
        assert a.run.series("train_loss") == b.run.series("train_loss")
        assert a.first_loss == b.first_loss
        assert b.run.batches == a.run.batches == 3 * 38  # every batch loss arrived (600 / 16 batches an epoch)


def test_stop_ends_every_variant():
    graph = load("moons_mlp")
    s = Sweep(graph, plan(graph, ["adam.lr=0.01,0.02"]), base_dir=str(EXAMPLES), epochs=100_000)
    s.on_message = lambda i, kind, payload: s.stop() if kind == "epoch" else None
    s.run_sequential()
    assert s.done
    assert [o.status for o in s.outcomes] == [R.STOPPED, R.STOPPED]
    assert len(s.outcomes[0].run.epochs) < 5 and s.outcomes[1].run.epochs == []


def test_variants_are_runs_of_the_history():
    history = R.RunHistory()
    race = sweep("linear_regression", ["sgd.lr=0.05,0.1"], epochs=2, history=history)
    assert [r.name for r in history.runs] == ["sgd.lr=0.05", "sgd.lr=0.1"]
    assert history.changes(history.runs[1]) == ["sgd.lr 0.05 → 0.1"]
    assert all(o.run in history.runs for o in race.outcomes)
    again, problems = R.RunHistory.loads(history.dumps())
    assert not problems and again.runs[1].series("val_loss") == history.runs[1].series("val_loss")


# ------------------------------------------------------------------------ landscape
def test_optimizers_share_one_surface_with_five_paths_from_one_point():
    race = sweep("moons_mlp", presets.optimizer_race(load("moons_mlp")), epochs=4)
    surf = landscape.for_sweep(race, steps=9)
    assert surf.loss.shape == (9, 9) and np.isfinite(surf.loss).all()
    assert len(surf.paths) == 5 and all(p is not None and p.shape[1] == 2 and len(p) > 5 for p in surf.paths)
    assert all(np.allclose(p[0], 0.0) for p in surf.paths)  # the plane's origin is the shared start


def test_two_weights_are_drawn_on_their_own_axes():
    race = sweep("linear_regression", presets.optimizer_race(load("linear_regression")), epochs=3)
    surf = landscape.for_sweep(race, steps=7)
    assert surf.axes == ("dense W", "dense b") and surf.explained == 1.0
    w, b = surf.paths[0][-1]
    assert 1.0 < w < 3.0 and -2.0 < b < 0.0  # walking towards y = 2x - 1


def test_activation_swaps_share_no_surface():
    race = sweep("moons_mlp", presets.activation_swap(load("moons_mlp"))[:1], epochs=1, path_limit=0)
    with pytest.raises(ValueError, match="different function"):
        landscape.for_sweep(race)


# ------------------------------------------------------------------------ command line
def nodeflow(*args: str, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "nodeflow", *args], capture_output=True, text=True,
                          cwd=cwd or ROOT, timeout=300)


def test_sweep_json_lines_carry_the_variant():
    done = nodeflow("sweep", str(EXAMPLES / "linear_regression.nodeflow"), "--vary", "sgd.type=SGD,Adam",
                    "--vary", "sgd.lr=0.05,20", "--epochs", "3", "--json")
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    epochs = [line for line in lines if line["event"] == "epoch"]
    assert {tuple(sorted(line["variant"].items())) for line in epochs} >= {
        (("sgd.lr", 0.05), ("sgd.type", "SGD")), (("sgd.lr", 0.05), ("sgd.type", "Adam"))}
    ends = {(line["variant"]["sgd.type"], line["variant"]["sgd.lr"]): line for line in lines
            if line["event"] in ("done", "error")}
    assert len(ends) == 4
    assert ends[("SGD", 20.0)]["status"] == "diverged" and ends[("SGD", 20.0)]["event"] == "error"
    assert ends[("SGD", 0.05)]["status"] == "finished" and ends[("SGD", 0.05)]["epochs"] == 3
    firsts = {line["first_loss"] for line in ends.values()}
    assert len(firsts) == 1  # one shared start for all four
    summary = lines[-1]
    assert summary["event"] == "summary" and summary["variants"] == 4 and summary["diverged"] >= 1
    for line in epochs:
        assert set(line) <= {"event", "variant", "epoch", "train_loss", "val_loss", "train_acc", "val_acc",
                             "seconds", "losses"}


def test_sweep_bad_spec_is_one_error_line_and_exit_2(tmp_path):
    done = nodeflow("sweep", str(EXAMPLES / "moons_mlp.nodeflow"), "--vary", "adam.lr=0,1")
    assert done.returncode == 2
    assert done.stderr.startswith("error: --vary adam.lr=0,1: parameter 'lr' must be between")
    assert len(done.stderr.strip().splitlines()) == 1 and done.stdout == ""
    missing = nodeflow("sweep", str(tmp_path / "nope.nodeflow"), "--vary", "adam.lr=1")
    assert missing.returncode == 2 and missing.stderr.startswith("error: ") and "nope.nodeflow" in missing.stderr


def test_sweep_text_table_csv_and_record(tmp_path):
    graph_file = tmp_path / "lin.nodeflow"
    graph_file.write_text((EXAMPLES / "linear_regression.nodeflow").read_text())
    out = tmp_path / "race.csv"
    done = nodeflow("sweep", str(graph_file), "--preset", "losses", "--epochs", "2", "--sequential",
                    "--csv", str(out), "--record")
    assert done.returncode == 0, done.stderr
    assert "mse.type=Huber" in done.stdout and "one after another" in done.stdout
    assert out.read_text().splitlines()[0].startswith("variant,status,epochs")
    history, _ = R.RunHistory.load(R.runs_path(graph_file))
    assert [r.name for r in history.runs] == ["mse.type=MSE", "mse.type=MAE", "mse.type=Huber"]


def test_one_pool_serves_a_stopped_sweep_and_then_the_next():
    from nodeflow.experiments.pool import WorkerPool

    graph = load("linear_regression")
    pool = WorkerPool(2)
    try:
        first = Sweep(graph, plan(graph, ["sgd.lr=0.01,0.02,0.03"]), base_dir=str(EXAMPLES), epochs=100_000)
        first.on_message = lambda i, kind, payload: first.stop() if kind == "epoch" else None
        first.start(pool)
        first.wait()
        assert [o.status for o in first.outcomes].count(R.STOPPED) == 3
        assert pool.alive  # a borrowed pool outlives the sweep
        second = Sweep(graph, plan(graph, ["sgd.type=SGD,Adam"]), base_dir=str(EXAMPLES), epochs=2)
        second.start(pool)
        second.wait()
        alone = sweep("linear_regression", ["sgd.type=SGD,Adam"], epochs=2)
        for a, b in zip(alone.outcomes, second.outcomes, strict=True):
            assert b.status == R.FINISHED and b.run.series("val_loss") == a.run.series("val_loss")
            assert b.run.batches == a.run.batches  # nothing of the first sweep's leaked in
    finally:
        pool.shutdown()
    assert not pool.alive


def test_experiments_never_import_qt_and_the_parser_stays_light():
    code = (
        "import importlib, pkgutil, sys\n"
        "import nodeflow.cli as cli\n"
        "cli._parsers()\n"
        "assert 'numpy' not in sys.modules, 'building the parser imported numpy'\n"
        "import nodeflow.experiments as exp\n"
        "for info in pkgutil.walk_packages(exp.__path__, 'nodeflow.experiments.'):\n"
        "    importlib.import_module(info.name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6'))\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr


def test_train_again_from_an_earlier_runs_start():
    from nodeflow.experiments.sweep import replay

    history = R.RunHistory()
    first = sweep("moons_mlp", ["adam.lr=0.01"], epochs=3, history=history)
    earlier = first.outcomes[0].run
    changed = load("moons_mlp")
    changed.nodes["adam"].params["lr"] = 0.05
    again = replay(changed, earlier, base_dir=str(EXAMPLES), epochs=3, history=history)
    again.run_sequential()
    outcome = again.outcomes[0]
    assert outcome.first_loss == first.outcomes[0].first_loss  # the same weights and data order
    assert np.array_equal(outcome.path[0], first.outcomes[0].path[0])
    assert outcome.run.series("train_loss") != earlier.series("train_loss")  # ... and the change shows
    assert history.runs[-1].name == "again from adam.lr=0.01's start"
    assert history.changes(history.runs[-1]) == ["adam.lr 0.01 → 0.05"]
    # another seed would draw other weights; the replay still starts from the earlier run's
    changed.training["seed"] = 7
    reseeded = replay(changed, earlier, base_dir=str(EXAMPLES), epochs=1, history=history)
    reseeded.run_sequential()
    own = Sweep(changed, plan(changed, ["adam.lr=0.05"]), base_dir=str(EXAMPLES), epochs=1)
    own.run_sequential()
    assert np.array_equal(reseeded.outcomes[0].path[0], first.outcomes[0].path[0])
    assert not np.array_equal(own.outcomes[0].path[0], first.outcomes[0].path[0])
