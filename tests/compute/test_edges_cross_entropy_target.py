"""CrossEntropy's float target must be class probabilities (issue 11): a float feature matrix
(N, 2) wired into it trained to a negative loss; now it is one error line naming the node.
One-hot rows, soft labels and integer labels still train."""

from __future__ import annotations

import numpy as np
import pytest

from nodeflow.cli import main
from nodeflow.compute.kernels import losses
from nodeflow.graph import io
from tests.compute.graphs import build


def _graph(target: str, source: dict):
    return build(
        [("data", "Dataset", {**source, "batch_size": 16}), ("fc", "Dense", {"units": 2}), ("sm", "Softmax", {}),
         ("xent", "CrossEntropy", {}), ("opt", "SGD", {})],
        ["data.x -> fc.in", "fc.out -> sm.in", "sm.out -> xent.pred", f"{target} -> xent.target", "xent.loss -> opt.loss"],
        training={"epochs": 2, "seed": 0},
    )


def test_a_feature_matrix_as_target_is_one_error_line_naming_the_node(capsys, tmp_path):
    path = tmp_path / "g.nodeflow"
    io.save(_graph("data.x", {"source": "linear", "features": 2, "n_samples": 64}), path)
    code = main(["train", str(path)])
    out, err = capsys.readouterr()
    assert code == 1 and "train_loss -" not in out
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: xent: its float target must hold class probabilities"), err


@pytest.mark.parametrize("fused", [True, False])
def test_probabilities_pass_and_anything_else_is_refused(fused):
    rng = np.random.default_rng(0)
    pred = rng.dirichlet(np.ones(3), 5)
    kernel = losses.CrossEntropy({}, {}, None, np.float64)
    kernel.from_logits = fused
    kernel.node_id = "ce"
    pred_in = np.log(pred) if fused else pred
    soft = rng.dirichlet(np.ones(3), 5)
    one_hot = np.eye(3)[[0, 2, 1, 1, 0]]
    for good in (soft, one_hot, soft.astype(np.float32), np.eye(3)[[0, 1, 2, 0, 1]] * (1 + 5e-4)):
        loss = float(kernel.forward({"pred": pred_in, "target": good}, True, None)["loss"])
        assert loss >= 0
    for bad in (rng.standard_normal((5, 3)), soft * 2, one_hot * 0.5, np.full((5, 3), np.nan), -one_hot + 2 / 3):
        with pytest.raises(ValueError, match=r"^ce: its float target must hold class probabilities"):
            kernel.forward({"pred": pred_in, "target": bad}, True, None)
    labels = np.array([0, 2, 1, 1, 0])
    assert float(kernel.forward({"pred": pred_in, "target": labels}, True, None)["loss"]) > 0


def test_the_message_has_a_korean_template():
    from nodeflow.i18n import engine

    message = ("xent: its float target must hold class probabilities (one-hot or soft labels: each value in [0, 1], "
               "each row summing to 1), but row 0 of the batch is [1.013, 2.23]; wire class labels into target, "
               "or use MSE to fit numbers")
    assert any(engine._pattern(str(t)).fullmatch(message.split(": ", 1)[1]) for t in engine.TEMPLATES)
