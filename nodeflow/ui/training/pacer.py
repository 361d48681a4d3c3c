"""RedrawPacer: how long to wait before the next redraw of the live training views.

Why a budget and not a fixed rate: pyqtgraph paints in Python, so every millisecond the GUI
thread spends drawing curves holds the GIL the training thread needs for its own Python glue
between NumPy calls. At a fixed 10 Hz a slow machine (or four busy plots) can eat a third of
the training speed. The pacer measures the GUI thread's CPU time since the previous redraw
(that redraw's paint plus handling the updates that came in) and aims the next interval at
what keeps it within `budget` of the wall clock: `spent / budget`, between `fastest` and
`slowest`. It moves towards that aim at most `GROWTH` times longer or `STEP` times shorter per
redraw, so one costly paint (the plots' first, a window resize) does not freeze the curves,
and a short run still reaches its spacing after a redraw or two.
"""

from __future__ import annotations

import time
from collections.abc import Callable

BUDGET = 0.04
"""Share of wall time the GUI thread may spend on the training views while a run goes."""
FASTEST = 0.1
SLOWEST = 1.0
GROWTH = 3.0
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
        if self._last is not None and now[1] > self._last[1]:
            spent = max(0.0, now[0] - self._last[0])
            self.share = spent / (now[1] - self._last[1])
            aim = spent / self.budget
            step = min(aim, self.interval * GROWTH) if aim > self.interval else max(aim, self.interval / STEP)
            self.interval = min(self.slowest, max(self.fastest, step))
        self._last = now
        return self.interval
