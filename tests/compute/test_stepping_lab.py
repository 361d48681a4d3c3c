"""The difference lab's errors fall as h (forward, backward) and h² (central), and each
diagnosis is raised by a graph built to cause it and by no healthy example."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from nodeflow.compute.diagnose import diagnose
from nodeflow.compute.explain import flat_index
from nodeflow.compute.numdiff import difference_lab, slope
from nodeflow.compute.stepper import Stepper
from nodeflow.graph import io
from tests.compute.graphs import build
from tests.compute.test_stepper import bce_graph, mlp_graph

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.mark.parametrize("make,node", [(mlp_graph, "fc1"), (bce_graph, "fc")])
def test_difference_errors_fall_as_h_and_h_squared(make, node):
    stepper = Stepper(make("SGD"))
    stepper.step()
    k = flat_index(stepper.network, node, "W", (0, 0))
    lab = difference_lab(stepper, k, "float64")
    h = np.array(lab.h)
    big = h >= 1e-3  # truncation error dominates there, far above the float64 round-off
    assert slope(h[big], lab.errors("forward")[big]) == pytest.approx(1.0, abs=0.15)
    assert slope(h[big], lab.errors("backward")[big]) == pytest.approx(1.0, abs=0.15)
    assert slope(h[big], lab.errors("central")[big]) == pytest.approx(2.0, abs=0.15)
    assert lab.backprop == lab.reference
    # the reference is backprop in float64 and agrees with the best difference
    assert min(lab.errors("central")) < 1e-9 * max(1.0, abs(lab.reference))
    # at h = 1e-12 round-off has taken over: the error is far above its minimum
    assert lab.errors("forward")[-1] > 100 * min(lab.errors("forward"))


def test_float32_hits_the_round_off_floor_much_sooner():
    stepper = Stepper(mlp_graph("SGD"))
    stepper.step()
    k = flat_index(stepper.network, "fc1", "W", (1, 0))
    f32, f64 = difference_lab(stepper, k, "float32"), difference_lab(stepper, k, "float64")
    assert np.argmin(f32.errors("central")) < np.argmin(f64.errors("central"))
    assert min(f32.errors("central")) > 100 * min(f64.errors("central"))
    assert f32.backprop == pytest.approx(f64.reference, rel=1e-4)
    w = stepper.network.flat_w.copy()
    difference_lab(stepper, k, "float32")
    assert np.array_equal(stepper.network.flat_w, w)  # the lab works on a copy


def layers(data, spec, loss="ce", opt="SGD", lr=0.1, init="auto"):
    nodes, edges, prev = [("data", "Dataset", data)], [], "data.x"
    for i, (units, act) in enumerate(spec):
        nodes.append((f"fc{i}", "Dense", {"units": units, "init": init}))
        edges.append(f"{prev} -> fc{i}.in")
        prev = f"fc{i}.out"
        if act:
            nodes.append((f"a{i}", act, {}))
            edges.append(f"{prev} -> a{i}.in")
            prev = f"a{i}.out"
    if loss == "ce":
        nodes += [("sm", "Softmax", {}), ("ce", "CrossEntropy", {})]
        edges += [f"{prev} -> sm.in", "sm.out -> ce.pred", "data.y -> ce.target", "ce.loss -> opt.loss"]
    else:
        nodes.append(("mse", "MSE", {}))
        edges += [f"{prev} -> mse.pred", "data.y -> mse.target", "mse.loss -> opt.loss"]
    nodes.append(("opt", opt, {"lr": lr}))
    return build(nodes, edges, {"seed": 0})


MOONS = {"source": "moons", "n_samples": 200, "batch_size": 50}
RAW_DIGITS = {"source": "digits", "standardize": False, "batch_size": 64}


def kinds(found):
    return {(d.kind, d.node) for d in found}


@pytest.mark.parametrize("graph,epochs,expected", [
    (layers(MOONS, [(16, "ReLU"), (2, None)], lr=20), 6, ("dead_relu", "a0")),
    (layers(RAW_DIGITS, [(32, "Sigmoid"), (10, None)]), 6, ("saturated", "a0")),
    (layers(RAW_DIGITS, [(32, "Tanh"), (10, None)]), 6, ("saturated", "a0")),
    (layers(MOONS, [(16, "Sigmoid")] * 6 + [(2, None)], init="xavier"), 6, ("vanishing", "fc0")),
    (layers(MOONS, [(16, None)] * 20 + [(2, None)], init="he", lr=1e-6), 6, ("exploding", "fc0")),
    (layers({"source": "linear", "n_samples": 100, "batch_size": 1000}, [(1, None)], loss="mse", lr=1.0), 6,
     ("loss_rising", None)),
    (layers(MOONS, [(16, "ReLU"), (2, None)], lr=100), 6, ("nonfinite", None)),
    (layers({"source": "moons", "n_samples": 60, "noise": 0.35, "batch_size": 1000, "validation_split": 0.5},
            [(128, "ReLU"), (128, "ReLU"), (2, None)], opt="Adam", lr=0.02), 150, ("overfitting", None)),
], ids=["dead_relu", "saturated_sigmoid", "saturated_tanh", "vanishing", "exploding", "loss_rising", "nonfinite",
        "overfitting"])
def test_each_diagnosis_is_raised_by_a_graph_built_for_it(graph, epochs, expected):
    found = diagnose(graph, epochs=epochs)
    kind, node = expected
    hits = [d for d in found if d.kind == kind and (node is None or d.node == node)]
    assert hits, kinds(found)
    assert hits[0].message and hits[0].fix and hits[0].message != hits[0].fix
    if kind == "nonfinite":
        assert "epoch" in hits[0].message and hits[0].numbers["batch"] >= 1


def test_the_first_node_with_nan_is_named_with_its_batch():
    graph = layers(MOONS, [(16, "ReLU"), (2, None)], lr=100)
    (bad,) = [d for d in diagnose(graph, epochs=6) if d.kind == "nonfinite"]
    assert bad.node in bad.message
    replay = Stepper(graph)  # step to that batch independently: the nodes before it were finite
    while True:
        rec = replay.step()
        if (rec.epoch + 1, rec.batch + 1) == (bad.numbers["epoch"], bad.numbers["batch"]):
            break
        assert all(np.isfinite(v).all() for outs in rec.probe.outputs.values() for v in outs.values())
    order = list(rec.probe.outputs)
    before = order[:order.index(bad.node)]
    assert all(np.isfinite(rec.probe.outputs[n]["out"]).all() for n in before)
    assert not np.isfinite(rec.probe.outputs[bad.node]["out"]).all()


@pytest.mark.parametrize("path", sorted(p.name for p in EXAMPLES.glob("*.nodeflow")))
def test_no_false_alarm_on_the_examples(path):
    graph = io.load(EXAMPLES / path)
    found = diagnose(graph, epochs=6, base_dir=str(EXAMPLES), max_batches=120)
    if path == "vanishing_gradients.nodeflow":  # built to show exactly this
        assert kinds(found) == {("vanishing", "fc1")}
    else:
        assert found == [], kinds(found)
