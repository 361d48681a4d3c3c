"""TensorBoard's own reader reads the logs a run writes, and their scalars are the run's history."""

from __future__ import annotations

import numpy as np
import pytest

from nodeflow.cli import main
from nodeflow.compute.trainer import Trainer
from nodeflow.examples import examples_dir
from nodeflow.graph import io

pytest.importorskip("tensorboard", reason="TensorBoard logs need the tensorboard package (pip install 'nodeflow[interop]')")
from tensorboard.backend.event_processing.event_accumulator import EventAccumulator  # noqa: E402
from tensorboard.util.tensor_util import make_ndarray  # noqa: E402

from nodeflow.interop.tensorboard_log import attach  # noqa: E402


def read(folder):
    acc = EventAccumulator(str(folder), size_guidance={"tensors": 0})
    acc.Reload()
    return acc


def series(acc, tag):
    return [(e.step, float(make_ndarray(e.tensor_proto))) for e in acc.Tensors(tag)]


def test_scalars_equal_the_history_and_histograms_cover_every_weight(tmp_path):
    graph = io.load(examples_dir() / "moons_mlp.nodeflow")
    trainer = Trainer(graph, epochs=3)
    log = attach(trainer, tmp_path)
    history = trainer.run()
    assert log.closed and log.folder.parent == tmp_path
    acc = read(log.folder)
    rel = dict(rtol=1e-6)  # TensorBoard stores float32
    for tag, values in (("loss/train", history.train_loss), ("loss/val", history.val_loss),
                        ("accuracy/train", history.train_acc), ("accuracy/val", history.val_acc),
                        ("learning_rate", history.lr)):
        steps, got = zip(*series(acc, tag), strict=True)
        assert steps == (1, 2, 3)
        np.testing.assert_allclose(got, values, **rel)
    np.testing.assert_allclose(series(acc, "loss/test")[0][1], history.test_loss, **rel)
    np.testing.assert_allclose(series(acc, "accuracy/test")[0][1], history.test_acc, **rel)
    batch_steps = [step for step, _v in series(acc, "batch/loss")]
    assert batch_steps == list(range(1, len(batch_steps) + 1)) and len(batch_steps) % 3 == 0 and len(batch_steps) > 3
    tags = set(acc.Tags()["tensors"])
    for node, params in trainer.network.params_by_node().items():
        for name, value in params.items():
            events = acc.Tensors(f"weights/{node}/{name}")
            assert [e.step for e in events] == [1, 2, 3]
            buckets = make_ndarray(events[-1].tensor_proto)  # (buckets, 3): left, right, count
            assert buckets[:, 2].sum() == value.size
            assert buckets[0, 0] == pytest.approx(float(value.min()), rel=1e-6)
        assert f"gradients/{node}" in tags and f"gradient_mean_abs/{node}" in tags


def test_each_run_gets_its_own_folder_from_the_command_line(tmp_path, capsys):
    path = examples_dir() / "xor_mlp.nodeflow"
    for _ in range(2):
        assert main(["train", str(path), "--epochs", "2", "--json", "--tensorboard", str(tmp_path)]) == 0
    runs = sorted(p for p in tmp_path.iterdir() if p.is_dir())
    assert len(runs) == 2 and all(r.name.startswith("XOR") for r in runs)
    captured = capsys.readouterr()
    assert "TensorBoard logs:" in captured.err and all(line.startswith("{") for line in captured.out.splitlines())
    for run in runs:
        assert [s for s, _v in series(read(run), "loss/train")] == [1, 2]
