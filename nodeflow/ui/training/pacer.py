"""RedrawPacer: how long to wait before the next redraw of the live training views.

Why a budget and not a fixed rate: pyqtgraph paints in Python, so every millisecond the GUI
thread spends drawing curves holds the GIL the training thread needs for its own Python glue
between NumPy calls. At a fixed 10 Hz a slow machine (or four busy plots) can eat a third of
the training speed. The pacer measures the GUI thread's share of the wall clock since the
previous redraw (its CPU time: the last redraw's paint plus handling the updates that came in)
and stretches the interval by half when that share is over `budget`, shrinks it when well
under, between `fastest` and `slowest`. Stretching step by step (not jumping to what one
measurement implies) keeps a one-off cost, such as the plots' first paint or a window resize,
from freezing the curves for a second.
"""

from __future__ import annotations

import time
from collections.abc import Callable

BUDGET = 0.05
"""Share of wall time the GUI thread may spend on the training views while a run goes."""
FASTEST = 0.1
SLOWEST = 1.0
STEP = 1.5


class RedrawPacer:
    """Call `next_interval()` from the GUI thread at each redraw; it returns seconds to wait."""

    def __init__(
        self,
        budget: float = BUDGET,
        fastest: float = FASTEST,
        slowest: float = SLOWEST,
        *,
        cpu_clock: Callable[[], float] = time.thread_time,
        wall_clock: Callable[[], float] = time.perf_counter,
    ) -> None:
        if not 0 < budget <= 1 or not 0 < fastest <= slowest:
            raise ValueError("need 0 < budget <= 1 and 0 < fastest <= slowest")
        self.budget, self.fastest, self.slowest = budget, fastest, slowest
        self.cpu_clock, self.wall_clock = cpu_clock, wall_clock
        self._last: tuple[float, float] | None = None
        self.interval = fastest
        self.share = 0.0
        """The GUI thread's share of the wall clock over the last interval."""

    def reset(self) -> None:
        """Forget the last measurement (a new run starts at the fastest rate)."""
        self._last = None
        self.interval = self.fastest
        self.share = 0.0

    def next_interval(self) -> float:
        """Seconds until the next redraw, from the GUI CPU time spent since the previous call."""
        now = (self.cpu_clock(), self.wall_clock())
        if self._last is not None:
            wall = now[1] - self._last[1]
            if wall > 0:
                self.share = max(0.0, now[0] - self._last[0]) / wall
                if self.share > self.budget:
                    self.interval = min(self.slowest, self.interval * STEP)
                elif self.share < self.budget / 2:
                    self.interval = max(self.fastest, self.interval / STEP)
        self._last = now
        return self.interval
