"""The engine's public inspection API: what the window, the command line and the exporters may
read from a compiled `Network` without touching its private fields.

Weights and gradients per node (views, so read them between batches, never while a run is
stepping), the loss at given weights, and a probe of every node's output for some inputs.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np


def weights(network) -> dict[str, dict[str, np.ndarray]]:
    """{node: {weight name: array view}} for nodes that own weights (not those sharing them)."""
    return network.params_by_node()


def gradients(network) -> dict[str, dict[str, np.ndarray]]:
    """{node: {weight name: gradient view}} from the last backward (the objective that ran last)."""
    shares = network.plan.shares
    return {n: dict(k.g) for n, k in network.kernels.items() if k.g and n not in shares}


def all_weights(network) -> np.ndarray:
    """Every weight as one flat vector (a view of the engine's buffer; copy it to keep it)."""
    return network.flat_w


def node_weights(network, node: str) -> np.ndarray:
    """All of `node`'s weights as one flat vector (a view)."""
    a, b = network.ranges[node]
    return network.flat_w[a:b]


def node_gradients(network, node: str) -> np.ndarray:
    """All of `node`'s weight gradients as one flat vector (a view, from the last backward)."""
    a, b = network.ranges[node]
    return network.flat_g[a:b]


def weight_nodes(network) -> list[str]:
    """Nodes with weights of their own (one entry per set of weights), in run order."""
    shares = network.plan.shares
    return [n for n in network.ranges if n not in shares]


def loss_at(network, w: np.ndarray | None, x: np.ndarray, y: np.ndarray, objective: int = 0) -> float:
    """Objective `objective`'s inference-mode loss on (x, y) with the flat weights `w` (None:
    the current ones); the network's own weights are put back afterwards. NaN for a loss
    that is not finite."""
    rng = np.random.default_rng(0)  # only Noise would use it; the run's generator is untouched
    saved = network.flat_w.copy() if w is not None else None
    try:
        if w is not None:
            network.flat_w[...] = w
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            value = float(network.forward(x, y, False, rng, objective))
    finally:
        if saved is not None:
            network.flat_w[...] = saved
    return value if np.isfinite(value) else float("nan")


def probe(network, x: np.ndarray, y: np.ndarray | None = None, objective: int = 0) -> dict[str, np.ndarray]:
    """Each node's first output (copies) for inputs x in inference mode: the whole forward of
    objective `objective` when targets `y` are given, else what the prediction needs."""
    rng = np.random.default_rng(0)
    if y is not None:
        network.forward(x, y, False, rng, objective)
        ran = {step.node for step in network.passes[objective].forward}
    else:
        network.predict(x, rng)
        ran = {step.node for step in network._predict_steps}
    return {node: np.array(value, copy=True) for node, value in network.activations.items() if node in ran}


def gradient_stats(network) -> Mapping[str, float]:
    """{node: mean |gradient|} over each node's weights, from the last backward."""
    return network.grad_stats()
