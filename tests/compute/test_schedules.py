"""Learning-rate schedules: closed forms, and torch.optim.lr_scheduler where importable."""

from __future__ import annotations

import math

import pytest

from nodeflow.compute.schedules import learning_rate

EPOCHS = 25


def _lrs(params):
    return [learning_rate(params, e, EPOCHS) for e in range(EPOCHS)]


def test_constant():
    assert _lrs({"lr": 0.3}) == [0.3] * EPOCHS


def test_step_closed_form():
    lrs = _lrs({"lr": 0.1, "schedule": "step", "decay_rate": 0.5, "decay_epochs": 10})
    assert lrs[0] == lrs[9] == 0.1
    assert lrs[10] == pytest.approx(0.05) and lrs[19] == pytest.approx(0.05)
    assert lrs[20] == pytest.approx(0.025)


def test_exponential_closed_form():
    lrs = _lrs({"lr": 0.2, "schedule": "exponential", "decay_rate": 0.9})
    for e, lr in enumerate(lrs):
        assert lr == pytest.approx(0.2 * 0.9**e)


def test_cosine_closed_form():
    lrs = _lrs({"lr": 0.1, "schedule": "cosine"})
    assert lrs[0] == 0.1
    assert lrs[EPOCHS // 2] == pytest.approx(0.05 * (1 + math.cos(math.pi * (EPOCHS // 2) / EPOCHS)))
    assert all(a > b for a, b in zip(lrs, lrs[1:], strict=False))
    assert learning_rate({"lr": 0.1, "schedule": "cosine"}, EPOCHS, EPOCHS) == pytest.approx(0.0)


@pytest.mark.torch
@pytest.mark.parametrize(
    "params, make",
    [
        ({"schedule": "step", "decay_rate": 0.3, "decay_epochs": 7},
         lambda s, opt: s.StepLR(opt, step_size=7, gamma=0.3)),
        ({"schedule": "exponential", "decay_rate": 0.8}, lambda s, opt: s.ExponentialLR(opt, gamma=0.8)),
        ({"schedule": "cosine"}, lambda s, opt: s.CosineAnnealingLR(opt, T_max=EPOCHS, eta_min=0)),
    ],
    ids=["step", "exponential", "cosine"],
)
def test_matches_torch_schedulers(params, make):
    torch = pytest.importorskip("torch")
    opt = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.05)
    sched = make(torch.optim.lr_scheduler, opt)
    expected = []
    for _ in range(EPOCHS):
        expected.append(opt.param_groups[0]["lr"])
        opt.step()
        sched.step()
    ours = _lrs({"lr": 0.05, **params})
    assert ours == pytest.approx(expected, rel=1e-12, abs=1e-15)
