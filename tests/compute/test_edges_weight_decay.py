"""Weight decay on a graph with a dead Dense branch, against torch.optim (issue 11).

torch.optim skips a parameter whose `.grad` is None, so weights no loss uses never move, weight
decay or not. The engine's decay mask must say the same: a weight no optimizer trains is not
decayed, whether the step runs on the trainer's view of the trained weights or (as the RL
agent's does) on the whole flat buffer.
"""

from __future__ import annotations

import numpy as np
import pytest

from nodeflow.compute.network import Network, resolve
from nodeflow.compute.trainer import Trainer
from nodeflow.graph.analysis import analyze
from tests.compute.graphs import build

CASES = [
    ("SGD", {"lr": 0.1}, "SGD", {"lr": 0.1}),
    ("Momentum", {"lr": 0.05, "momentum": 0.9}, "SGD", {"lr": 0.05, "momentum": 0.9}),
    ("Momentum", {"lr": 0.05, "momentum": 0.9, "nesterov": True}, "SGD",
     {"lr": 0.05, "momentum": 0.9, "nesterov": True}),
    ("AdaGrad", {"lr": 0.1, "eps": 1e-10}, "Adagrad", {"lr": 0.1, "eps": 1e-10}),
    ("RMSProp", {"lr": 0.01, "rho": 0.9, "eps": 1e-8}, "RMSprop", {"lr": 0.01, "alpha": 0.9, "eps": 1e-8}),
    ("Adam", {"lr": 0.01}, "Adam", {"lr": 0.01}),
]
WD = 0.1


def dead_branch_graph(opt_type: str, opt_params: dict):
    """data -> fc1 -> tanh -> fc2 -> MSE; fc1 also feeds `dead`, whose output nothing uses."""
    return build(
        [("data", "Dataset", {"source": "linear", "features": 3, "n_samples": 40, "batch_size": 8}),
         ("fc1", "Dense", {"units": 4}), ("act", "Tanh", {}), ("fc2", "Dense", {"units": 1}),
         ("dead", "Dense", {"units": 3}), ("mse", "MSE", {}),
         ("opt", opt_type, {**opt_params, "weight_decay": WD})],
        ["data.x -> fc1.in", "fc1.out -> act.in", "act.out -> fc2.in", "fc1.out -> dead.in",
         "fc2.out -> mse.pred", "data.y -> mse.target", "mse.loss -> opt.loss"],
    )


def _torch_steps(torch, net: Network, batches, ctor: str, kwargs: dict) -> dict[str, np.ndarray]:
    """The same model in torch: every weight in the optimizer, biases without decay."""
    params = {f"{n}.{k}": torch.nn.Parameter(torch.tensor(np.array(v), dtype=torch.float64))
              for n, kern in net.kernels.items() for k, v in kern.w.items()}
    decayed = [p for name, p in params.items() if name.endswith(".W")]
    plain = [p for name, p in params.items() if not name.endswith(".W")]
    opt = getattr(torch.optim, ctor)([{"params": decayed, "weight_decay": WD},
                                      {"params": plain, "weight_decay": 0.0}], foreach=False, **kwargs)
    for x, y in batches:
        opt.zero_grad()
        xt, yt = torch.tensor(x), torch.tensor(y).reshape(-1, 1)
        h = xt @ params["fc1.W"] + params["fc1.b"]
        _ = h @ params["dead.W"] + params["dead.b"]  # computed, never used by the loss
        pred = torch.tanh(h) @ params["fc2.W"] + params["fc2.b"]
        torch.nn.functional.mse_loss(pred, yt).backward()
        assert params["dead.W"].grad is None  # what torch.optim then skips
        opt.step()
    return {name: p.detach().numpy() for name, p in params.items()}


def _batches(seed: int = 0, steps: int = 6):
    rng = np.random.default_rng(seed)
    return [(rng.normal(size=(8, 3)), rng.normal(size=8)) for _ in range(steps)]


def _weights(net: Network) -> dict[str, np.ndarray]:
    return {f"{n}.{k}": np.array(v) for n, kern in net.kernels.items() for k, v in kern.w.items()}


def test_the_decay_mask_leaves_out_a_dead_branch():
    graph = dead_branch_graph("AdaGrad", {"lr": 0.1})
    net = Network.compile(graph, analyze(graph), "float64")
    a, b = net.ranges["dead"]
    assert b > a and not net.decay_mask[a:b].any()
    w0, w1 = net.ranges["fc1"][0], net.ranges["fc1"][0] + net.kernels["fc1"].w["W"].size
    assert net.decay_mask[w0:w1].all()  # a live weight is still decayed


@pytest.mark.torch
@pytest.mark.parametrize("case", CASES, ids=[c[0] + ("_nesterov" if c[1].get("nesterov") else "") for c in CASES])
@pytest.mark.parametrize("buffer", ["trained_view", "whole_buffer"])
def test_weight_decay_matches_torch_optim_with_a_dead_branch(case, buffer):
    torch = pytest.importorskip("torch")
    name, ours, ctor, theirs = case
    graph = dead_branch_graph(name, ours)
    analysis = analyze(graph)
    net = Network.compile(graph, analysis, "float64", seed=3)
    dead_before = _weights(net)["dead.W"].copy()
    batches = _batches()
    expected = _torch_steps(torch, net, batches, ctor, theirs)
    opt_cls = resolve(graph.nodes["opt"].spec.kernel)
    if buffer == "trained_view":  # the trainer's way
        start, stop = net.trained_range()
        w, g, mask = net.flat_w[start:stop], net.flat_g[start:stop], net.decay_mask[start:stop]
    else:  # the RL agent's way: the optimizer steps every weight of the network
        w, g, mask = net.flat_w, net.flat_g, net.decay_mask
    opt = opt_cls(analysis.params["opt"], w.size, net.dtype)
    rng = np.random.default_rng(0)
    for x, y in batches:
        net.forward(x, y, True, rng)
        net.backward()
        opt.step(w, g, float(analysis.params["opt"]["lr"]), mask)
    got = _weights(net)
    np.testing.assert_array_equal(got["dead.W"], dead_before)
    for key, value in expected.items():
        np.testing.assert_allclose(got[key], value, rtol=1e-10, atol=1e-12, err_msg=key)


def test_the_trainer_never_moves_a_dead_branch():
    graph = dead_branch_graph("AdaGrad", {"lr": 0.1})
    t = Trainer(graph, epochs=2, seed=0, dtype="float64")
    before = t.network.kernels["dead"].w["W"].copy()
    t.run()
    np.testing.assert_array_equal(t.network.kernels["dead"].w["W"], before)
