"""RLPanel: watching an agent learn, fed by the episode loop's events (plain dicts and arrays).

Left: the grid (V(s) heat map, greedy arrows, last episode's path) for grid environments, or a
drawing of the task's state replaying the last episode for CartPole, MountainCar and Acrobot.
Right: the return of every episode (raw, faint, and smoothed) and the episode length. Below:
the latest episode's numbers. Events are drawn as they come; a caller on another thread must
queue them to the UI thread first (never touch a widget from the worker).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from nodeflow.compute.rl.environment import Environment
from nodeflow.ui.rl.control_view import ControlStateView
from nodeflow.ui.rl.grid_view import GridValueView

RAW = "#9db8e6"
SMOOTH = "#12306b"
STEPS = "#2e9d5b"
SMOOTHING = 0.1
"""Weight of the newest return in the smoothed curve (an exponential moving average)."""


class RLPanel(QWidget):
    """See the module docstring. `set_environment(env)` before the first event."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rlPanel")
        self.grid_view = GridValueView()
        self.state_view = ControlStateView()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.grid_view)
        self.stack.addWidget(self.state_view)
        self.status = QLabel("no episodes yet")
        self.status.setObjectName("rlStatus")
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.stack, 1)
        left_box.addWidget(self.status)

        self.plots = pg.GraphicsLayoutWidget()
        self.plots.setBackground("w")
        self.return_plot = self.plots.addPlot(row=0, col=0, title="Return per episode")
        self.return_plot.addLegend(offset=(-10, -10))
        self.return_plot.setLabel("bottom", "episode")
        self.raw_curve = self.return_plot.plot(pen=pg.mkPen(RAW, width=1), name="return")
        self.smooth_curve = self.return_plot.plot(pen=pg.mkPen(SMOOTH, width=2), name="smoothed")
        self.steps_plot = self.plots.addPlot(row=1, col=0, title="Steps per episode")
        self.steps_plot.setLabel("bottom", "episode")
        self.steps_curve = self.steps_plot.plot(pen=pg.mkPen(STEPS, width=1))
        for plot in (self.return_plot, self.steps_plot):
            plot.showGrid(x=True, y=True, alpha=0.15)
            plot.setDownsampling(auto=True, mode="peak")
            plot.setClipToView(True)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.plots)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        box = QHBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(splitter)
        self.env_name = ""
        self.reset()

    def reset(self) -> None:
        """Forget the episodes drawn so far (a new run)."""
        self.returns: list[float] = []
        self.smoothed: list[float] = []
        self.steps: list[int] = []
        for curve in (self.raw_curve, self.smooth_curve, self.steps_curve):
            curve.setData([], [])
        self.status.setText("no episodes yet")

    def set_environment(self, env: Environment) -> None:
        """Show the view that fits the environment: its grid, or a drawing of its state."""
        self.env_name = env.name
        self.reset()
        if env.grid is not None:
            self.grid_view.set_layout(env.grid)
            self.stack.setCurrentWidget(self.grid_view)
        else:
            self.state_view.set_drawing(env.drawing)
            self.stack.setCurrentWidget(self.state_view)

    def on_event(self, event: dict[str, Any]) -> None:
        kind = event.get("event")
        if kind == "episode":
            self._episode(event)
        elif kind == "error":
            self.status.setText(f"stopped: {event.get('message', '')}")
        elif kind == "done":
            stopped = " (stopped)" if event.get("stopped") else ""
            self.status.setText(f"{self.status.text()}  ·  finished {event.get('episodes', 0)} episodes{stopped}")

    def _episode(self, event: dict[str, Any]) -> None:
        ret = float(event["return"])
        self.returns.append(ret)
        last = self.smoothed[-1] if self.smoothed else ret
        self.smoothed.append(last + SMOOTHING * (ret - last))
        self.steps.append(int(event["steps"]))
        x = np.arange(1, len(self.returns) + 1)
        self.raw_curve.setData(x, np.array(self.returns))
        self.smooth_curve.setData(x, np.array(self.smoothed))
        self.steps_curve.setData(x, np.array(self.steps))
        if "q_table" in event:
            self.grid_view.set_q_table(event["q_table"])
            self.grid_view.set_path(event.get("path", []))
        elif "observations" in event:
            self.state_view.play(event["observations"], f"episode {event['episode']}: {event['steps']} steps")
        loss = event.get("loss")
        loss_text = "-" if loss is None else f"{loss:.4g}"
        self.status.setText(f"{self.env_name}  ·  episode {event['episode']}  ·  return {ret:.3g}  ·  "
                            f"steps {event['steps']}  ·  ε {event['epsilon']:.3f}  ·  TD loss {loss_text}")
