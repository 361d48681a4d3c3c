"""RedrawPacer: redraws spaced so the GUI thread's share of the wall clock stays within budget."""

from __future__ import annotations

import pytest

from nodeflow.ui.training.pacer import GROWTH, STEP, RedrawPacer


class Clocks:
    """A fake GUI-thread CPU clock and wall clock."""

    def __init__(self) -> None:
        self.cpu = 0.0
        self.wall = 0.0

    def pacer(self, **kwargs) -> RedrawPacer:
        kwargs = {"budget": 0.05, "fastest": 0.1, "slowest": 1.0, **kwargs}
        return RedrawPacer(cpu_clock=lambda: self.cpu, wall_clock=lambda: self.wall, **kwargs)

    def spend(self, cpu: float, wall: float) -> None:
        self.cpu += cpu
        self.wall += wall


def test_cheap_redraws_stay_at_the_fastest_rate() -> None:
    clocks = Clocks()
    pacer = clocks.pacer()
    assert pacer.next_interval() == 0.1  # nothing measured yet
    for _ in range(10):
        clocks.spend(0.002, 0.1)  # 2 ms of GUI work per 100 ms: 2%
        assert pacer.next_interval() == pytest.approx(0.1)
    assert pacer.share == pytest.approx(0.02)


def test_expensive_redraws_are_spaced_until_the_budget_holds() -> None:
    clocks = Clocks()
    pacer = clocks.pacer()
    pacer.next_interval()
    intervals = []
    for _ in range(6):
        clocks.spend(0.02, pacer.interval)  # every redraw costs 20 ms: 5% needs 400 ms
        intervals.append(pacer.next_interval())
    assert intervals[0] == pytest.approx(0.1 * GROWTH)  # at most 3x longer per step...
    assert intervals[1:] == pytest.approx([0.4] * 5)  # ...then exactly what fits the budget
    assert pacer.share == pytest.approx(0.05)


def test_one_expensive_redraw_does_not_freeze_the_curves() -> None:
    clocks = Clocks()
    pacer = clocks.pacer()
    pacer.next_interval()
    clocks.spend(0.2, 0.1)  # the first paint lays out every plot
    assert pacer.next_interval() == pytest.approx(0.1 * GROWTH)
    for _ in range(3):
        clocks.spend(0.001, pacer.interval)
        pacer.next_interval()
    assert pacer.interval == pytest.approx(0.1)  # back to the fastest rate, STEP at a time
    assert STEP > 1


def test_interval_is_clamped_and_reset_starts_fast() -> None:
    clocks = Clocks()
    pacer = clocks.pacer()
    pacer.next_interval()
    for _ in range(20):
        clocks.spend(1.0, 1.0)  # a GUI busy all the time
        pacer.next_interval()
    assert pacer.interval == 1.0
    pacer.reset()
    assert pacer.interval == 0.1
    clocks.spend(5.0, 1.0)
    assert pacer.next_interval() == 0.1  # the first call after a reset only takes a reading


@pytest.mark.parametrize("kwargs", [{"budget": 0}, {"budget": 1.5}, {"fastest": 2.0, "slowest": 1.0}])
def test_nonsense_settings_are_refused(kwargs) -> None:
    with pytest.raises(ValueError):
        RedrawPacer(**kwargs)
