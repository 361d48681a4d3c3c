"""RLPanel: watching an agent learn, fed by the episode loop's events (plain dicts and arrays).

Left: the grid (V(s) heat map, greedy arrows, last episode's path) for grid environments, or a
drawing of the task's state replaying the last episode for CartPole, MountainCar and Acrobot;
under it "Replay last episode" plays the latest episode again step by step (the agent walking
its path on the grid, the state drawing frame by frame). Right: the return of every episode
(raw, faint, and smoothed, with the greedy evaluations as dots), the episode length, and the
exploration rate epsilon. Below: the latest episode's numbers. Events are drawn as they come;
a caller on another thread must queue them to the UI thread first (never touch a widget from
the worker).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from nodeflow.compute.rl.environment import Environment
from nodeflow.i18n.engine import engine_text
from nodeflow.ui.rl.control_view import ControlStateView
from nodeflow.ui.rl.grid_view import GridValueView

RAW = "#9db8e6"
SMOOTH = "#12306b"
STEPS = "#2e9d5b"
EPSILON = "#b05a00"
EVALUATION = "#d64541"
SMOOTHING = 0.1
"""Weight of the newest return in the smoothed curve (an exponential moving average)."""
REPLAY_MS = 180
"""Milliseconds per step of a grid replay."""


class _Plots(pg.GraphicsLayoutWidget):
    """The plot area, telling the panel when its size changes (to arrange the plots)."""

    def __init__(self, on_resize) -> None:
        self._on_resize = None  # the base class resizes itself while it is built
        super().__init__()
        self._on_resize = on_resize

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self._on_resize is not None:  # first: the view fits the plots to the new size, and the
            self._on_resize()  # old arrangement's minimum width would keep it from shrinking
        super().resizeEvent(event)


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
        self.status = QLabel()
        self.status.setObjectName("rlStatus")
        self.status.setWordWrap(True)
        self.replay_button = QPushButton(objectName="rlReplay")
        self.replay_button.clicked.connect(self.replay)
        self.replay_button.setEnabled(False)
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.stack, 1)
        row = QHBoxLayout()
        row.addWidget(self.replay_button)
        row.addStretch(1)
        left_box.addLayout(row)
        left_box.addWidget(self.status)

        self.plots = _Plots(self._arrange)
        self.plots.setObjectName("rlPlots")
        self.plots.setBackground("w")
        self.return_plot = pg.PlotItem()
        self.raw_curve = self.return_plot.plot(pen=pg.mkPen(RAW, width=1))
        self.smooth_curve = self.return_plot.plot(pen=pg.mkPen(SMOOTH, width=2))
        self.eval_points = self.return_plot.plot(pen=None, symbol="o", symbolSize=7, symbolBrush=EVALUATION,
                                                 symbolPen=None)
        self.steps_plot = pg.PlotItem()
        self.steps_curve = self.steps_plot.plot(pen=pg.mkPen(STEPS, width=1))
        self.epsilon_plot = pg.PlotItem()
        self.epsilon_plot.setYRange(0, 1.05)
        self.arrangement = ""
        self.epsilon_curve = self.epsilon_plot.plot(pen=pg.mkPen(EPSILON, width=2))
        for plot in (self.return_plot, self.steps_plot, self.epsilon_plot):
            plot.showGrid(x=True, y=True, alpha=0.15)
            plot.setDownsampling(auto=True, mode="peak")
            plot.setClipToView(True)
        self.steps_plot.setXLink(self.return_plot)
        self.epsilon_plot.setXLink(self.return_plot)
        self._arrange()

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.plots)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        box = QHBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(splitter)
        self.env_name = ""
        self.grid = False
        self._replay = QTimer(self)
        self._replay.setInterval(REPLAY_MS)
        self._replay.timeout.connect(self._replay_step)
        self._replay_at = 0
        self.last_path: list[int] = []
        self.last_observations: np.ndarray | None = None
        self.last_caption = ""
        self.retranslate()
        self.reset()

    def _arrange(self) -> None:
        """Three plots in a column when there is height for it, in a row when the panel is wide
        and low (the dock at the bottom of the window), else returns beside steps over epsilon."""
        w, h = self.plots.width(), self.plots.height()
        how = "rows" if h >= 3 * 150 else "columns" if w >= 3 * 190 else "mixed" if w >= 420 else "single"
        if how == self.arrangement:
            return
        self.arrangement = how
        layout = self.plots.ci
        for plot in (self.return_plot, self.steps_plot, self.epsilon_plot):
            if plot in layout.items:
                layout.removeItem(plot)
        if how == "rows":
            places = ((0, 0, 1), (1, 0, 1), (2, 0, 1))
        elif how == "columns":
            places = ((0, 0, 1), (0, 1, 1), (0, 2, 1))
        elif how == "mixed":
            places = ((0, 0, 2), (0, 1, 1), (1, 1, 1))
        else:  # too narrow for three: the returns alone (steps and epsilon are in the line below)
            places = ((0, 0, 1),)
        for plot, (row, col, rowspan) in zip((self.return_plot, self.steps_plot, self.epsilon_plot), places, strict=False):
            layout.addItem(plot, row=row, col=col, rowspan=rowspan)
        for plot in (self.steps_plot, self.epsilon_plot):
            plot.setVisible(plot in layout.items)
        self._return_title()
        grid = layout.layout
        stretch = {"rows": (1, 0, 0), "columns": (3, 2, 2), "mixed": (3, 2, 0), "single": (1, 0, 0)}[how]
        for col, factor in enumerate(stretch):
            grid.setColumnStretchFactor(col, factor)
        for row in range(3):
            grid.setRowStretchFactor(row, 1 if how == "rows" or (how == "mixed" and row < 2) or row == 0 else 0)

    def _return_title(self) -> None:
        """The return plot's title, with the colours of its curves when there is room (a title
        wider than the plot would push the plot out of the panel)."""
        if self.arrangement in ("single", "mixed"):
            self.return_plot.setTitle(self.tr("Return per episode"), size="9pt")
            return
        name, each, smoothed, greedy = self.tr("Return"), self.tr("each episode"), self.tr("smoothed"), self.tr("greedy")
        self.return_plot.setTitle(
            f'{name}: <span style="color:{RAW}">{each}</span> · <span style="color:{SMOOTH}">{smoothed}</span> · '
            f'<span style="color:{EVALUATION}">● {greedy}</span>', size="9pt")

    # ------------------------------------------------------------------ text
    def retranslate(self) -> None:
        self.replay_button.setText(self.tr("Replay last episode"))
        self.replay_button.setToolTip(self.tr("Play the latest episode again, one step at a time"))
        self._return_title()
        self.return_plot.setToolTip(self.tr("Faint: the return of each episode; dark: smoothed; red dots: the mean "
                                            "return of the greedy policy at each evaluation"))
        self.steps_plot.setTitle(self.tr("Steps per episode"), size="9pt")
        self.epsilon_plot.setTitle(self.tr("Exploration ε"), size="9pt")
        self.epsilon_plot.setToolTip(self.tr("Epsilon: the chance of a random action instead of the best known one"))
        if not getattr(self, "returns", None):
            self.status.setText(self.tr("No episodes yet: press Train to let the agent learn."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------------ data
    def reset(self) -> None:
        """Forget the episodes drawn so far (a new run)."""
        self._replay.stop()
        self.returns: list[float] = []
        self.smoothed: list[float] = []
        self.steps: list[int] = []
        self.epsilons: list[float] = []
        self.evaluations: list[tuple[int, float]] = []
        for curve in (self.raw_curve, self.smooth_curve, self.steps_curve, self.epsilon_curve, self.eval_points):
            curve.setData([], [])
        self.last_path, self.last_observations = [], None
        self.replay_button.setEnabled(False)
        self.grid_view.set_agent(None)
        self.status.setText(self.tr("No episodes yet: press Train to let the agent learn."))

    def set_environment(self, env: Environment) -> None:
        """Show the view that fits the environment: its grid, or a drawing of its state."""
        self.env_name = env.name
        self.grid = env.grid is not None
        self.reset()
        if env.grid is not None:
            self.grid_view.set_layout(env.grid)
            self.stack.setCurrentWidget(self.grid_view)
        else:
            self.state_view.set_drawing(env.drawing)
            self.stack.setCurrentWidget(self.state_view)

    def add_events(self, events: list[dict[str, Any]]) -> None:
        """Many events at once (a worker update): every curve point, one redraw of the grid."""
        episodes = [e for e in events if e.get("event") == "episode"]
        for event in events:
            if event.get("event") == "evaluation":
                self.evaluations.append((int(event["episode"]), float(event["mean_return"])))
        for event in episodes:
            self._append(event)
        if episodes:
            self._show_latest(episodes[-1])
        self._redraw_curves()

    def on_event(self, event: dict[str, Any]) -> None:
        kind = event.get("event")
        if kind in ("episode", "evaluation"):
            self.add_events([event])
        elif kind == "error":
            self.status.setText(self.tr("Stopped: {message}").format(message=engine_text(event.get("message", ""))))
        elif kind == "done":
            self.on_done(event)

    def on_done(self, event: dict[str, Any]) -> None:
        """The run's end: the final Q-table and the greedy policy's score."""
        if event.get("q_table") is not None:
            self.grid_view.set_q_table(event["q_table"])
        if event.get("greedy_path"):
            self.grid_view.set_path(event["greedy_path"])
        parts = [self.tr("Finished {n} episodes").format(n=event.get("episodes", len(self.returns)))]
        if event.get("stopped"):
            parts = [self.tr("Stopped after {n} episodes").format(n=event.get("episodes", len(self.returns)))]
        if event.get("greedy_return") is not None:
            parts.append(self.tr("greedy return {value}").format(value=f"{event['greedy_return']:.3g}"))
        if event.get("greedy_path") and self.grid:
            path = event["greedy_path"]
            parts.append(self.tr("greedy path {n} steps (orange)").format(n=len(path) - 1))
        if event.get("best_episode"):
            parts.append(self.tr("weights of the best evaluation (episode {n})").format(n=event["best_episode"]))
        self.status.setText(" · ".join(parts))

    def _append(self, event: dict[str, Any]) -> None:
        ret = float(event["return"])
        self.returns.append(ret)
        last = self.smoothed[-1] if self.smoothed else ret
        self.smoothed.append(last + SMOOTHING * (ret - last))
        self.steps.append(int(event["steps"]))
        self.epsilons.append(float(event["epsilon"]))

    def _redraw_curves(self) -> None:
        x = np.arange(1, len(self.returns) + 1)
        self.raw_curve.setData(x, np.array(self.returns))
        self.smooth_curve.setData(x, np.array(self.smoothed))
        self.steps_curve.setData(x, np.array(self.steps))
        self.epsilon_curve.setData(x, np.array(self.epsilons))
        if self.evaluations:
            ex, ey = zip(*self.evaluations, strict=True)
            self.eval_points.setData(np.array(ex, float), np.array(ey, float))

    def _show_latest(self, event: dict[str, Any]) -> None:
        self._replay.stop()
        self.grid_view.set_agent(None)
        caption = self.tr("episode {k}: {n} steps").format(k=event["episode"], n=event["steps"])
        if "q_table" in event:
            self.grid_view.set_q_table(event["q_table"])
            self.last_path = [int(s) for s in event.get("path", [])]
            self.grid_view.set_path(self.last_path)
        elif "observations" in event:
            self.last_observations = np.asarray(event["observations"])
            self.state_view.play(self.last_observations, caption)
        self.last_caption = caption
        self.replay_button.setEnabled(bool(self.last_path) or self.last_observations is not None)
        loss = event.get("loss")
        loss_text = "-" if loss is None else f"{loss:.4g}"
        self.status.setText(self.tr("{env} · episode {k} · return {ret} · steps {n} · ε {eps} · TD loss {loss}").format(
            env=self.env_name, k=event["episode"], ret=f"{float(event['return']):.3g}", n=event["steps"],
            eps=f"{float(event['epsilon']):.3f}", loss=loss_text))

    # ---------------------------------------------------------------- replay
    def replay(self) -> None:
        """Play the latest episode again: the agent walks its path, or the state is drawn frame by frame."""
        if self.grid and self.last_path:
            self._replay_at = 0
            self.grid_view.set_path(self.last_path[:1])
            self.grid_view.set_agent(self.last_path[0])
            self._replay.start()
        elif self.last_observations is not None:
            self.state_view.play(self.last_observations, self.last_caption)

    @property
    def replaying(self) -> bool:
        return self._replay.isActive() or self.state_view.playing

    def _replay_step(self) -> None:
        self._replay_at += 1
        if self._replay_at >= len(self.last_path):
            self._replay.stop()
            return
        self.grid_view.set_path(self.last_path[: self._replay_at + 1])
        self.grid_view.set_agent(self.last_path[self._replay_at])

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self._replay.stop()
        super().hideEvent(event)
