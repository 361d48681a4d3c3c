"""The reference Dense Q-network: initialisation like the engine's Dense, gradients checked by
central differences in float64 and against PyTorch, the target copy."""

import numpy as np
import pytest

from nodeflow.compute.rl.qnetwork import DenseQNetwork
from nodeflow.compute.rl.td import pack_targets


def net(**kw):
    args = dict(hidden=(5, 3), activation="tanh", optimizer="sgd", lr=0.0, loss="huber", delta=0.5, dtype=np.float64)
    args.update(kw)
    return DenseQNetwork(4, 2, np.random.default_rng(0), **args)


def batch(seed=1, n=7):
    rng = np.random.default_rng(seed)
    return rng.normal(size=(n, 4)), pack_targets(rng.integers(0, 2, n), rng.normal(size=n))


@pytest.mark.parametrize("activation", ["tanh", "relu"])
@pytest.mark.parametrize("loss", ["mse", "huber"])
def test_weight_gradients_match_central_differences(activation, loss):
    q = net(activation=activation, loss=loss)
    x, target = batch()
    q.train_batch(x, target)  # lr 0: the weights stay, flat_g holds the gradient
    analytic = q.flat_g.copy()
    h = 1e-6
    numeric = np.zeros_like(analytic)
    for i in range(q.size):
        keep = q.flat_w[i]
        q.flat_w[i] = keep + h
        up = q.train_batch(x, target)[0]
        q.flat_w[i] = keep - h
        down = q.train_batch(x, target)[0]
        q.flat_w[i] = keep
        numeric[i] = (up - down) / (2 * h)
    assert np.max(np.abs(analytic - numeric)) / max(np.max(np.abs(numeric)), 1e-12) < 1e-6


def test_initialisation_follows_the_engines_dense_rule():
    q = DenseQNetwork(6, 3, np.random.default_rng(4), hidden=(8,), activation="relu", dtype=np.float64)
    rng = np.random.default_rng(4)
    W1 = rng.normal(0.0, np.sqrt(2 / 6), size=(6, 8))  # He before a ReLU
    W2 = rng.uniform(-np.sqrt(6 / 11), np.sqrt(6 / 11), size=(8, 3))  # Xavier before the loss
    (w1, b1), (w2, b2) = q.layers
    assert np.array_equal(w1, W1) and np.array_equal(w2, W2)
    assert not b1.any() and not b2.any()
    assert np.array_equal(q.target_w, q.flat_w)


def test_target_network_stays_until_synced():
    q = net(lr=0.5)
    x, target = batch()
    before = q.target_q_values(x)
    q.train_batch(x, target)
    assert np.array_equal(q.target_q_values(x), before)
    assert not np.allclose(q.q_values(x), before)
    q.sync_target()
    assert np.array_equal(q.target_q_values(x), q.q_values(x))


@pytest.mark.torch
def test_one_adam_step_matches_pytorch():
    torch = pytest.importorskip("torch")
    q = net(activation="relu", optimizer="adam", lr=0.01, loss="huber", delta=1.0)
    x, target = batch(n=16)
    layers = [(torch.tensor(W.copy(), requires_grad=True), torch.tensor(b.copy(), requires_grad=True))
              for W, b in q.layers]
    params = [p for pair in layers for p in pair]
    opt = torch.optim.Adam(params, lr=0.01)
    for _ in range(3):
        h = torch.tensor(x)
        for i, (W, b) in enumerate(layers):
            h = h @ W + b
            if i < len(layers) - 1:
                h = torch.relu(h)
        taken = h.gather(1, torch.tensor(target[:, 0].astype(np.int64)).view(-1, 1)).squeeze(1)
        loss = torch.nn.functional.huber_loss(taken, torch.tensor(target[:, 1]), delta=1.0)
        opt.zero_grad()
        loss.backward()
        opt.step()
        ours, _ = q.train_batch(x, target)
        assert ours == pytest.approx(loss.item(), rel=1e-10)
    for (W, b), (tW, tb) in zip(q.layers, layers, strict=True):
        assert np.allclose(W, tW.detach().numpy(), atol=1e-10) and np.allclose(b, tb.detach().numpy(), atol=1e-10)


def test_bad_choices_are_named():
    with pytest.raises(ValueError, match="unknown activation 'gelu'"):
        net(activation="gelu")
    with pytest.raises(ValueError, match="unknown optimizer 'lbfgs'"):
        net(optimizer="lbfgs")
