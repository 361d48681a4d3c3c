"""The memory estimate: close to what training really allocates, and an oversize graph refused
the same way by check, the trainer and the canvas, naming the node, before anything is allocated."""

from __future__ import annotations

import tracemalloc

import numpy as np
import pytest

from nodeflow.cli import main
from nodeflow.compute.trainer import Trainer
from nodeflow.graph import io, memory
from nodeflow.graph.analysis import analyze
from nodeflow.graph.document import Graph, GraphError


def chain(data: dict, layers: list[tuple[str, str, dict]], loss: str = "MSE", optimizer: str = "Adam") -> Graph:
    g = Graph("memory")
    g.add_node("Dataset", data, node_id="data")
    previous = ("data", "x")
    for node_id, type_name, params in layers:
        g.add_node(type_name, params, node_id=node_id)
        g.connect(previous, (node_id, "in"))
        previous = (node_id, "out")
    g.add_node(loss, {}, node_id="loss")
    g.add_node(optimizer, {}, node_id="opt")
    g.connect(previous, ("loss", "pred"))
    g.connect(("data", "y"), ("loss", "target"))
    g.connect(("loss", "loss"), ("opt", "loss"))
    g.training["epochs"] = 1
    return g


def measured_peak(g: Graph) -> int:
    """Bytes NumPy and Python allocate at the peak of one epoch (imports done beforehand)."""
    Trainer(g.copy()).run()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        history = Trainer(g).run()
        peak = tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()
    assert history.error is None, history.error
    return peak


@pytest.mark.parametrize(
    "graph",
    [
        chain({"source": "linear", "n_samples": 5000, "features": 100},
              [("fc1", "Dense", {"units": 256}), ("act", "ReLU", {}), ("fc2", "Dense", {"units": 1})]),
        chain({"source": "sine", "n_samples": 800, "seq_len": 50, "batch_size": 64},
              [("lstm", "LSTM", {"units": 32}), ("fc", "Dense", {"units": 1})]),
        chain({"source": "digits", "as_images": True, "batch_size": 128},
              [("conv", "Conv2D", {"filters": 32, "kernel_size": 3, "padding": "same"}), ("act", "ReLU", {}),
               ("flat", "Flatten", {}), ("fc", "Dense", {"units": 10}), ("sm", "Softmax", {})],
              loss="CrossEntropy"),
    ],
    ids=["mlp", "lstm", "cnn"],
)
def test_the_estimate_is_close_to_what_training_allocates(graph):
    estimate = analyze(graph).memory
    peak = measured_peak(graph)
    assert 0.6 < estimate.total / peak < 2.5, (estimate.summary(), peak)


def test_each_kind_is_counted():
    g = chain({"source": "linear", "n_samples": 1000, "features": 10, "batch_size": 50},
              [("fc", "Dense", {"units": 100}), ("out", "Dense", {"units": 1})])
    found = analyze(g).memory
    params = 10 * 100 + 100 + 100 + 1
    assert found.weights == params * 4 * (3 + 3)  # w, grad, decay mask + Adam's m, v and a scratch buffer
    assert found.batch == 50
    assert found.data == 1000 * 11 * (8 * 3 + 4 * 2)
    g.training["dtype"] = "float64"
    assert analyze(g).memory.weights == params * 8 * 6


def test_an_oversize_network_is_refused_naming_the_layer(monkeypatch):
    monkeypatch.setenv(memory.LIMIT_ENV, "1G")
    g = chain({"source": "linear", "features": 2}, [("wide", "Dense", {"units": 4096}), ("huge", "Dense", {"units": 20000}),
                                  ("out", "Dense", {"units": 1})])
    analysis = analyze(g)
    assert not analysis.ok
    message = analysis.errors["huge"]
    assert message.startswith("huge: training needs about 1.9 GB of memory, more than the 1 GB it may use "
                              f"(the limit set by {memory.LIMIT_ENV}); the largest part is its 81,940,000 weights")
    assert message.endswith("make this layer smaller (fewer units or filters)")
    with pytest.raises(GraphError, match="huge: training needs about"):
        Trainer(g)  # refused before a single weight is allocated


def test_oversize_data_is_refused_by_check_naming_the_dataset(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv(memory.LIMIT_ENV, "16G")
    g = chain({"source": "linear", "n_samples": 1_000_000, "features": 1000}, [("fc", "Dense", {"units": 1})])
    io.save(g, tmp_path / "big.nodeflow")
    assert main(["check", str(tmp_path / "big.nodeflow")]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith("error: data: training needs about 30 GB of memory")
    assert "the data (1,000,000 samples of 1,001 values" in err[0] and err[0].endswith("use fewer samples or smaller samples")


def test_a_huge_batch_blames_the_activations(monkeypatch):
    monkeypatch.setenv(memory.LIMIT_ENV, "200M")
    g = chain({"source": "digits", "as_images": True, "batch_size": 1_000_000},
              [("conv", "Conv2D", {"filters": 512, "kernel_size": 3, "padding": "same"}), ("flat", "Flatten", {}),
               ("fc", "Dense", {"units": 10}), ("sm", "Softmax", {})], loss="CrossEntropy")
    message = analyze(g).errors["conv"]
    assert "its outputs for a batch of 1,078 samples" in message and message.endswith("use a smaller batch_size, "
                                                                                      "or make this layer's output smaller")


def test_the_limit_follows_the_machine_and_can_be_set(monkeypatch):
    monkeypatch.delenv(memory.LIMIT_ENV, raising=False)
    value, why = memory.limit()
    assert value > 2**28 and "of this computer's" in why
    for text, expected in [("8G", 8 * 2**30), ("512 MB", 512 * 2**20), ("1.5g", int(1.5 * 2**30)), ("1000", 1000)]:
        assert memory.parse_size(text) == expected
    assert memory.parse_size("lots") is None and memory.parse_size("-1G") is None
    monkeypatch.setenv(memory.LIMIT_ENV, "nonsense")
    assert memory.limit()[0] == value  # a bad setting is ignored, not a crash


def test_examples_fit_comfortably():
    from tests.conftest import EXAMPLES

    for path in EXAMPLES:
        found = analyze(io.load(path)).memory
        assert found is not None and found.total < 64 * 2**20, (path.name, found.summary())
        assert np.isfinite(found.total)
