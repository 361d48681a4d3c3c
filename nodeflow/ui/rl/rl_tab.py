"""The training dock's RL tab: the RLPanel, shown only while the document is an RL graph.

The dock calls `begin` when a run starts (it returns the episodes to plan the progress line
for, or None for a Dataset graph), `add_events` with each update's episode events, `finish`
and `fail` when the run ends, and `open_document` for a new or opened document.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtWidgets import QTabWidget

from nodeflow.compute.rl.describe import make_from_params
from nodeflow.compute.rl.graph_agent import environment_node
from nodeflow.i18n import translate
from nodeflow.ui.rl.rl_panel import RLPanel


class RLTab:
    """See the module docstring."""

    def __init__(self, tabs: QTabWidget) -> None:
        self.tabs = tabs
        self.panel = RLPanel()
        tabs.addTab(self.panel, translate("RLTab", "RL"))
        tabs.setTabToolTip(tabs.indexOf(self.panel),
                           translate("RLTab", "The agent: returns, exploration, its Q-values and greedy policy"))
        self._show(False)

    @property
    def visible(self) -> bool:
        return self.tabs.isTabVisible(self.tabs.indexOf(self.panel))

    def _show(self, shown: bool) -> None:
        self.tabs.setTabVisible(self.tabs.indexOf(self.panel), shown)

    def begin(self, graph: Any, analysis: Any = None) -> int | None:
        """A run starts: for an RL graph show its world on the tab and bring the tab forward;
        the Environment's episodes, or None (not an RL graph, or one that cannot be made)."""
        env_id = environment_node(graph)
        self._show(env_id is not None)
        if env_id is None:
            return None
        node = graph.nodes[env_id]
        try:
            params = (analysis.params.get(env_id) if analysis is not None else None) or \
                node.spec.validate_params(node.params)
            env, _encoder = make_from_params(params, np.random.default_rng(0))
        except ValueError:  # the trainer says what is wrong
            return None
        try:
            self.panel.set_environment(env)
        finally:
            env.close()
        self.tabs.setCurrentWidget(self.panel)
        return int(params.get("episodes") or 1)

    def add_events(self, events: list[dict]) -> None:
        self.panel.add_events(events)

    def finish(self, done: dict) -> None:
        self.panel.on_done(done)

    def fail(self, message: str) -> None:
        self.panel.on_event({"event": "error", "message": message})

    def open_document(self, graph: Any) -> None:
        """Another document: nothing of the last agent stays; the tab shows for RL graphs."""
        self.panel.reset()
        self._show(environment_node(graph) is not None)
