"""`nodeflow gradcheck`: a whole graph's backprop against central differences.

The network is compiled in float64 and run in training mode (BatchNorm uses batch statistics)
on a few samples of the training split. Every evaluation restarts the same seeded generator,
so dropout draws the same masks each time and the loss is a deterministic function of the
weights. Constant-initialised weights (biases, BatchNorm's scale) are first jittered, so no
unit sits exactly on a ReLU kink where a central difference is meaningless. For large weight
arrays a seeded sample of entries is checked (each costs two forward passes). Errors are
relative to each node's gradient scale (see `node_error`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from nodeflow.compute.network import Network
from nodeflow.graph.document import Graph, GraphError


@dataclass
class NodeCheck:
    """The result for one node: weights checked, entries compared, worst relative error.

    `error` allows for the central difference's own rounding (see `node_error`); `measured` is
    the largest relative difference before that allowance, found at entry `where` ("W[3, 1]")."""

    node: str
    weights: list[str]
    entries: int
    error: float
    measured: float = 0.0
    where: str = ""
    objective: str = ""
    """With several objectives: the loss whose gradient was checked (that of the optimizer
    training this node); empty with one."""


def check_graph(
    graph: Graph,
    *,
    samples: int = 8,
    per_array: int = 20,
    eps: float = 1e-6,
    seed: int = 0,
    analysis: Any = None,
    base_dir: str | Path | None = None,
    data: tuple[np.ndarray, np.ndarray] | None = None,
) -> dict[str, NodeCheck]:
    """{node id: NodeCheck} for every node that owns weights.

    `data` (x, y) overrides the batch taken from the graph's Dataset (its first `samples`
    training samples). Raises GraphError for a graph that cannot be compiled.
    """
    net = Network.compile(graph, analysis, "float64", seed=seed)
    if net.loss_id is None or net.loss_id not in net.kernels:
        raise GraphError("nothing to check: the graph has no loss computed from the data")
    if data is None and net.dataset_id is not None:
        from nodeflow.compute import datasets

        params = (analysis.params if analysis is not None else _params(graph))[net.dataset_id]
        base_dir = base_dir if base_dir is not None else getattr(graph, "base_dir", None)
        x, y = datasets.load(params, seed, np.float64, base_dir=base_dir).train
        data = (x[:samples], y[:samples])
    x, y = data if data is not None else (None, None)  # no Dataset: Noise gives `samples` samples

    jitter = np.random.default_rng(seed + 1)
    w = net.flat_w
    constant = net.decay_mask == 0
    w[constant] += jitter.normal(0.0, 0.1, size=int(constant.sum()))

    pick = np.random.default_rng(seed + 2)
    results: dict[str, NodeCheck] = {}
    objectives = net.plan.objectives
    if len(objectives) <= 1:  # every node with weights against the one loss
        _check_objective(net, 0, [n for n, kern in net.kernels.items() if kern.w], x, y, samples, per_array, eps, seed,
                         pick, results)
        return results
    for k, objective in enumerate(objectives):  # each objective on the weights its optimizer trains
        _check_objective(net, k, list(objective.trains), x, y, samples, per_array, eps, seed, pick, results,
                         objective.loss)
    return results


def _check_objective(net: Network, k: int, nodes: list[str], x: Any, y: Any, samples: int, per_array: int, eps: float,
                     seed: int,
                     pick: np.random.Generator, results: dict[str, NodeCheck], loss_id: str = "") -> None:
    """Objective k's backprop gradient against central differences of its own loss, on `nodes`'
    weights; one NodeCheck per node into `results`."""
    w = net.flat_w

    def loss() -> float:
        return net.forward(x, y, True, np.random.default_rng(seed), k, samples)

    base = loss()
    net.backward(k)
    analytic = net.flat_g.copy()
    # what a central difference cannot resolve: the loss's rounding error (a few hundred ulps
    # of a mean over the batch) divided by the step
    noise = NOISE_ULPS * np.finfo(np.float64).eps * max(1.0, abs(base)) / eps
    for node in nodes:
        kernel = net.kernels[node]
        if not kernel.w:
            continue
        start = net.ranges[node][0]
        picked = []
        offset = start
        for value in kernel.w.values():
            size = value.size
            picked.append(offset + np.sort(pick.choice(size, size=min(size, per_array), replace=False)))
            offset += size
        idx = np.concatenate(picked)
        numeric = np.empty(len(idx))
        for j, entry in enumerate(idx):
            old = w[entry]
            w[entry] = old + eps
            plus = loss()
            w[entry] = old - eps
            minus = loss()
            w[entry] = old
            numeric[j] = (plus - minus) / (2.0 * eps)
        diff = np.abs(analytic[idx] - numeric)
        at = int(np.argmax(diff))
        scale = max(float(np.max(np.abs(analytic[idx]) + np.abs(numeric))), np.finfo(np.float64).tiny)
        results[node] = NodeCheck(node, list(kernel.w), len(idx), node_error(analytic[idx], numeric, noise),
                                  float(diff[at] / scale), _entry(kernel.w, int(idx[at] - start)), loss_id)


def _entry(weights: dict[str, np.ndarray], offset: int) -> str:
    """The name of the `offset`-th value of a node's weights laid end to end: "W[3, 1]"."""
    for name, value in weights.items():
        if offset < value.size:
            index = np.unravel_index(offset, value.shape) if value.ndim else ()
            return f"{name}[{', '.join(str(int(i)) for i in index)}]"
        offset -= value.size
    return ""


ZERO = 1e-7
"""Below this gradient scale a node's gradient counts as zero and the absolute error is used."""

NOISE_ULPS = 100.0
"""Rounding error of one loss evaluation, in units of the last place, assumed by the check."""


def node_error(analytic: np.ndarray, numeric: np.ndarray, noise: float = 0.0) -> float:
    """Relative error over all of a node's checked entries together.

    One denominator per node (not per array, not per entry): a bias whose gradient is exactly
    zero (before BatchNorm) is then judged against the node's weights, not against rounding
    noise of order 1e-10 in the central difference. A node whose whole gradient is zero
    (below ZERO) reports the absolute difference.

    `noise` is the central difference's own resolution (absolute): disagreement up to it is not
    evidence of a wrong backward pass, so only what exceeds it counts. Without this, the early
    layers of a deep sigmoid stack, whose true gradients are ~1e-9 (vanishing), would be
    flagged for differences of ~1e-11 that are pure rounding in the loss.
    """
    if not analytic.size:
        return 0.0
    scale = float(np.max(np.abs(analytic) + np.abs(numeric)))
    beyond = max(float(np.max(np.abs(analytic - numeric))) - noise, 0.0)
    if scale < ZERO:
        return beyond
    return beyond / scale


def _params(graph: Graph) -> dict[str, dict]:
    from nodeflow.graph.analysis import analyze

    return analyze(graph).params


def worst_errors(graph: Graph, **kwargs: Any) -> dict[str, float]:
    """{node id: worst relative error} (see `check_graph`)."""
    return {n: c.error for n, c in check_graph(graph, **kwargs).items()}
