"""Wrong wiring in a GAN gets one clear message, on the node at fault (issue 13): noise wired
into a loss's target, an optimizer whose weights a Detach cuts off, the discriminator's loss
wired into the generator's optimizer, a loss that no optimizer minimizes, a weight that two
optimizers would both update. `nodeflow check` prints the same words."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1]))

from gan_graphs import build_gan, mlp  # noqa: E402

from nodeflow.cli import main  # noqa: E402
from nodeflow.graph import io  # noqa: E402
from nodeflow.graph.analysis import analyze  # noqa: E402
from nodeflow.graph.document import Graph  # noqa: E402

DATA = {"source": "gaussian", "dims": 1, "mean": 4.0, "std": 0.5, "n_samples": 64, "batch_size": 32,
        "standardize": False, "validation_split": 0.0, "test_split": 0.0}


def gan() -> Graph:
    """data.x -> d1..d3 (D) -> d_real; noise -> g1..g3 (G) -> detach -> df (D again) -> d_fake;
    G's samples -> dg (D again) -> g_loss; d_opt minimizes d_loss = d_real + d_fake, g_opt g_loss."""
    return build_gan("wiring", dict(DATA), {"shape": [1]}, mlp([4], 1), mlp([4], 1, last=("Sigmoid", {})))


def rewire(g: Graph, src: tuple[str, str], dst: tuple[str, str]) -> Graph:
    edge = g.incoming(dst[0])[dst[1]]
    g.disconnect(edge)
    g.connect(src, dst)
    return g


def only(g: Graph) -> tuple[str, str]:
    a = analyze(g)
    assert not a.graph_errors, a.graph_errors
    assert len(a.errors) == 1, a.errors  # one message, not one per consequence
    return next(iter(a.errors.items()))


def test_the_gan_itself_checks():
    a = analyze(gan())
    assert a.ok, a.errors
    assert [o.trains for o in a.plan.objectives] == [("d1", "d3"), ("g1", "g3")]


def test_noise_wired_into_a_loss_target():
    g = gan()
    g.add_node("Noise", {"shape": [1]}, node_id="z2")
    rewire(g, ("z2", "out"), ("d_real", "target"))
    assert only(g) == ("d_real", "d_real: its target is random noise from z2; wire the Dataset's y or a Constant "
                                 "(1 for real, 0 for fake) into target")


def test_noise_through_an_activation_into_a_target_is_still_noise():
    g = gan()
    g.add_node("Noise", {"shape": [1]}, node_id="z2")
    g.add_node("Sigmoid", {}, node_id="squash")
    g.connect(("z2", "out"), ("squash", "in"))
    rewire(g, ("squash", "out"), ("d_fake", "target"))
    node, message = only(g)
    assert node == "d_fake" and "random noise from z2" in message


def test_a_learned_target_fed_by_noise_is_allowed():
    """G(z) as the target of a loss is a learned target (it has weights), not noise."""
    g = gan()
    g.add_node("MSE", {}, node_id="match")
    g.add_node("SGD", {}, node_id="m_opt")
    g.connect(("data", "x"), ("match", "pred"))
    g.connect(("g3", "out"), ("match", "target"))
    g.connect(("match", "loss"), ("m_opt", "loss"))
    assert "match" not in analyze(g).errors


def test_the_generator_judged_through_the_detach_trains_nothing_of_its_own():
    """G's loss reads D(detach(G(z))): the Detach cuts G off, and what is left (D) is D's."""
    g = rewire(gan(), ("detach", "out"), ("dg1", "in"))
    assert only(g) == ("g_opt", "g_opt: trains no weights of its own: the Detach detach stops the gradient of its "
                                "loss g_loss before g1, g3, and d_opt trains what it still reaches (d1, d3); wire "
                                "g_opt's path around the Detach")


def test_an_optimizer_whose_weights_are_all_detached():
    g = Graph("cut")
    for node_id, type_name, params in [("data", "Dataset", {"source": "linear", "features": 2}),
                                       ("fc", "Dense", {"units": 1}), ("stop", "Detach", {}), ("mse", "MSE", {}),
                                       ("sgd", "SGD", {})]:
        g.add_node(type_name, params, node_id=node_id)
    for a, b in [("data.x", "fc.in"), ("fc.out", "stop.in"), ("stop.out", "mse.pred"), ("data.y", "mse.target"),
                 ("mse.loss", "sgd.loss")]:
        g.connect(tuple(a.split(".")), tuple(b.split(".")))
    assert only(g) == ("sgd", "sgd: trains no weights: the Detach stop stops the gradient of its loss mse before fc; "
                              "wire sgd's path around the Detach")


def test_the_discriminator_loss_wired_into_the_generator_optimizer():
    g = rewire(gan(), ("d_loss", "out"), ("g_opt", "loss"))
    assert only(g) == ("g_opt", "g_opt: overlaps d_opt: both minimize d_loss; wire g_loss into g_opt instead "
                                "(nothing minimizes it)")


def test_one_of_the_discriminator_losses_wired_into_the_generator_optimizer():
    g = rewire(gan(), ("d_real", "loss"), ("g_opt", "loss"))
    assert only(g) == ("g_opt", "g_opt: overlaps d_opt: both minimize d_real; wire g_loss into g_opt instead "
                                "(nothing minimizes it)")


def test_a_loss_no_optimizer_minimizes():
    g = gan()
    g.remove_node("g_opt")
    assert only(g) == ("g_loss", "g_loss: nothing minimizes this loss; wire its output into an optimizer")


def test_a_weight_two_optimizers_both_update():
    """A third optimizer on D's loss: it and d_opt would both train D; g_opt (which trains more) is not at fault."""
    g = gan()
    g.add_node("SGD", {}, node_id="d_opt2")
    g.connect(("d_loss", "out"), ("d_opt2", "loss"))
    assert only(g) == ("d_opt2", "d_opt2: overlaps d_opt: both would train d1, d3 and neither trains a narrower set "
                                 "of weights; put a Detach where d_opt2's gradient should stop, or keep one optimizer")


@pytest.mark.parametrize("case", ["noise", "detached", "wrong loss"])
def test_check_prints_the_same_message(case, tmp_path, capsys):
    g = gan()
    if case == "noise":
        g.add_node("Noise", {"shape": [1]}, node_id="z2")
        rewire(g, ("z2", "out"), ("d_real", "target"))
    elif case == "detached":
        rewire(g, ("detach", "out"), ("dg1", "in"))
    else:
        rewire(g, ("d_loss", "out"), ("g_opt", "loss"))
    _node, message = only(g)
    path = tmp_path / "bad.nodeflow"
    io.save(g, path)
    assert main(["check", str(path)]) == 2
    assert capsys.readouterr().err.strip() == f"error: {message}"

