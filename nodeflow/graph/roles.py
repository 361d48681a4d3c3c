"""The graph-level training rules and the compiled plan (`nodeflow.compute.runtime.TrainingPlan`).

Called by `analyze` once every node checked: it finds the data sources, the loss -> optimizer
pairs, the fused pairs, which weights each optimizer trains and the round order, and puts
every problem on the node at fault. Because the canvas, `nodeflow check` and the trainer all
read these messages from the analysis, they say the same thing.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from nodeflow.compute.runtime.plan import Objective, TrainingPlan
from nodeflow.graph.document import Graph
from nodeflow.nodes.spec import SHARE_PARAM, NodeSpec

Sources = Mapping[str, Mapping[str, tuple[str, str]]]


def check_roles(graph: Graph, specs: Mapping[str, NodeSpec], result: Any) -> None:
    """Graph-level rules (one Dataset, every loss minimised, data when there is a loss, each
    optimizer training weights of its own); sets `result.plan` when the graph can train."""
    order = [n for n in result.order if n in specs]
    by_category: dict[str, list[str]] = {}
    for n in order:
        by_category.setdefault(specs[n].category, []).append(n)
    consumers: dict[str, set[str]] = {}
    for node_id, sources in result.sources.items():
        for src in sources.values():
            consumers.setdefault(src[0], set()).add(node_id)

    datasets = [n for n in by_category.get("data", []) if specs[n].kernel is None]
    for extra in datasets[1:]:
        result.errors.setdefault(extra, f"{extra}: the graph has more than one Dataset node; keep one")
    _check_noise_targets(specs, result, by_category.get("loss", []))
    orphans = [n for n in by_category.get("loss", [])
               if n not in result.errors and not _minimised(n, consumers, specs)]
    explained = _check_shared_losses(specs, result, by_category.get("optimizer", []), orphans)
    for loss_id in orphans:
        if loss_id not in explained:
            result.errors[loss_id] = f"{loss_id}: nothing minimizes this loss; wire its output into an optimizer"
    if by_category.get("loss") and not by_category.get("data"):
        result.graph_errors.append("the graph has a loss but no Dataset node to train on")
    _check_shares(specs, result)
    if result.errors or result.graph_errors:
        return
    result.plan = build_plan(graph, specs, result)


def _minimised(loss_id: str, consumers: Mapping[str, set[str]], specs: Mapping[str, NodeSpec]) -> bool:
    """True when an optimizer is downstream of the loss (directly, or through an Add of losses)."""
    seen, todo = {loss_id}, [loss_id]
    while todo:
        for c in consumers.get(todo.pop(), ()):
            if c in specs and specs[c].category == "optimizer":
                return True
            if c not in seen and c in specs and specs[c].category == "merge":
                seen.add(c)
                todo.append(c)
    return False


def _check_noise_targets(specs: Mapping[str, NodeSpec], result: Any, losses: list[str]) -> None:
    """A loss whose target is random noise (a Noise node, through nodes without weights and
    without data) compares its prediction with nothing to learn: say so on the loss."""
    for loss_id in losses:
        src = result.sources.get(loss_id, {}).get("target")
        if loss_id in result.errors or src is None or src[0] not in specs:
            continue
        chain = ancestors(src[0], result.sources) | {src[0]}
        noise = [n for n in result.order if n in chain and n in specs and specs[n].random]
        inferred = result.inferred
        learned = any(n in inferred and inferred[n].weights for n in chain)
        data = any(n in specs and specs[n].category == "data" and not specs[n].random for n in chain)
        if noise and not learned and not data:
            result.errors[loss_id] = (f"{loss_id}: its target is random noise from {noise[0]}; wire the Dataset's y "
                                      "or a Constant (1 for real, 0 for fake) into target")


def _minimises(opt: str, sources: Sources, specs: Mapping[str, NodeSpec]) -> list[str]:
    """The loss nodes optimizer `opt` minimizes: the one wired into it, or those summed by the
    Adds wired into it."""
    found: list[str] = []
    src = sources.get(opt, {}).get("loss")
    todo, seen = ([src[0]] if src is not None else []), set()
    while todo:
        n = todo.pop()
        if n in seen or n not in specs:
            continue
        seen.add(n)
        if specs[n].category == "loss":
            found.append(n)
        elif specs[n].category == "merge":
            todo.extend(s[0] for s in sources.get(n, {}).values())
    return found


def _check_shared_losses(specs: Mapping[str, NodeSpec], result: Any, optimizers: list[str],
                         orphans: list[str]) -> set[str]:
    """An optimizer minimizing a loss another optimizer minimizes while some loss is minimized
    by nothing was most likely wired to the wrong loss (a GAN's discriminator loss into the
    generator's optimizer): one message on that optimizer, naming the loss left over. Returns
    the left-over losses the messages name (they get no message of their own)."""
    if not orphans:
        return set()
    minimised = {o: _minimises(o, result.sources, specs) for o in optimizers if o not in result.errors}
    named: set[str] = set()
    left = list(orphans)
    seen: list[str] = []
    for opt, mine in minimised.items():
        rival = next((o for o in seen if set(minimised[o]) & set(mine)), None)
        seen.append(opt)
        if rival is None or not left:
            continue
        same = result.sources[opt].get("loss") == result.sources[rival].get("loss")
        shared = [result.sources[opt]["loss"][0]] if same else [n for n in mine if n in minimised[rival]]
        orphan = left.pop(0)
        result.errors[opt] = (f"{opt}: overlaps {rival}: both minimize {', '.join(shared)}; wire {orphan} into "
                              f"{opt} instead (nothing minimizes it)")
        named.add(orphan)
    return named


def _check_shares(specs: Mapping[str, NodeSpec], result: Any) -> None:
    """A node's `share` names another node of its type, with weights of the same shapes, that
    does not itself share."""
    for n, params in result.params.items():
        other = params.get(SHARE_PARAM) if any(p.name == SHARE_PARAM for p in specs[n].params) else None
        if not other or n in result.errors:
            continue
        if other == n:
            result.errors[n] = f"{n}: '{SHARE_PARAM}' names the node itself; name another {specs[n].type}"
        elif other not in specs or specs[other].type != specs[n].type:
            result.errors[n] = f"{n}: '{SHARE_PARAM}' must name another {specs[n].type} node, got {other!r}"
        elif result.params.get(other, {}).get(SHARE_PARAM):
            result.errors[n] = f"{n}: shares the weights of {other}, which shares another node's; name that one"
        elif other in result.inferred and n in result.inferred:
            mine = {k: w.shape for k, w in result.inferred[n].weights.items()}
            theirs = {k: w.shape for k, w in result.inferred[other].weights.items()}
            if mine != theirs:
                result.errors[n] = (f"{n}: cannot share the weights of {other}: it needs {_shapes(mine)} "
                                    f"but {other} has {_shapes(theirs)}")


def _shapes(weights: Mapping[str, tuple[int, ...]]) -> str:
    return ", ".join(f"{k} {tuple(v)}" for k, v in weights.items()) or "no weights"


def ancestors(node: str, sources: Sources, stop: frozenset[str] | set[str] = frozenset()) -> set[str]:
    """Every node upstream of `node` (not `node` itself); the inputs of nodes in `stop` are not followed."""
    seen: set[str] = set()
    todo = [node]
    while todo:
        current = todo.pop()
        if current in stop and current != node:
            continue
        for src, _port in sources.get(current, {}).values():
            if src not in seen:
                seen.add(src)
                todo.append(src)
    return seen


def build_plan(graph: Graph, specs: Mapping[str, NodeSpec], result: Any) -> TrainingPlan:
    """The roles of a graph whose nodes all checked (see `TrainingPlan`); adds errors for
    optimizers that train nothing or overlap."""
    order = [n for n in result.order if n in specs]
    sources: dict[str, dict[str, tuple[str, str]]] = {n: dict(result.sources.get(n, {})) for n in order}
    category = {n: specs[n].category for n in order}
    dataset = next((n for n in order if category[n] == "data" and specs[n].kernel is None), None)
    data_nodes = [n for n in order if category[n] == "data"]

    produced = {n for n in data_nodes}
    running: list[str] = []
    for n in order:
        spec = specs[n]
        if category[n] == "optimizer" or (category[n] == "data" and spec.kernel is None):
            continue  # the Dataset's values come from its batches, not from a kernel
        if any(p not in sources[n] or sources[n][p][0] not in produced for p in spec.inputs):
            continue
        produced.add(n)
        running.append(n)
    run_set = set(running)
    losses = [n for n in running if category[n] == "loss"]

    # Fusion: a loss reads the activation's input (logits) instead of its output.
    consumers: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for e in graph.edges:
        consumers.setdefault(e.src, []).append(e.dst)
    effective = {n: dict(sources[n]) for n in running}
    fused: dict[str, str] = {}
    for n in running:
        partner = specs[n].fuses_with
        pred = sources[n].get("pred")
        if partner is None or pred is None or pred[0] not in specs or specs[pred[0]].type != partner:
            continue
        act = pred[0]
        others = [c for c in consumers.get(pred, []) if c != (n, "pred")]
        if act not in run_set or any(_feeds_a_loss(c[0], losses, effective) for c in others):
            continue
        effective[n]["pred"] = sources[act]["in"]
        fused[n] = act

    detached = tuple(n for n in running if specs[n].stops_gradient)
    stop = set(detached)
    shares = {n: result.params[n][SHARE_PARAM] for n in running
              if any(p.name == SHARE_PARAM for p in specs[n].params) and result.params[n].get(SHARE_PARAM)}
    owns = {n: bool(result.inferred[n].weights) for n in running}

    # Objectives in round order: optimizers in document order.
    pairs: list[tuple[str, str]] = []
    for opt in graph.nodes:
        if opt in specs and category.get(opt) == "optimizer":
            src = sources[opt].get("loss")
            if src is not None and src[0] in run_set:
                pairs.append((opt, src[0]))
    needed = {loss: ancestors(loss, sources) | {loss} for _, loss in pairs}
    reach: dict[str, list[str]] = {}
    weights_of: dict[str, set[str]] = {}
    for opt, loss in pairs:
        upstream = ancestors(loss, effective, stop) | {loss}
        needs: set[str] = set()
        for n in running:  # topological: a node needs gradient if it or an input's source does
            if n in upstream and n not in stop and (owns[n] or any(s[0] in needs for s in effective[n].values())):
                needs.add(n)
        reach[opt] = [n for n in running if n in needs]
        weights_of[opt] = {shares.get(n, n) for n in needs if owns[n]}

    owner: dict[str, str] = {}
    contested: dict[str, list[str]] = {}
    for w in (n for n in running if owns[n] and n not in shares):
        claims = [opt for opt, _ in pairs if w in weights_of[opt]]
        if len(claims) == 1:
            owner[w] = claims[0]
            continue
        narrowest = [c for c in claims if all(weights_of[c] < weights_of[o] for o in claims if o != c)]
        if len(narrowest) == 1:
            owner[w] = narrowest[0]
        elif claims:  # those with no narrower rival are at fault, not one that also trains more
            contested[w] = [c for c in claims if not any(weights_of[o] < weights_of[c] for o in claims)]

    index = {o: i for i, (o, _) in enumerate(pairs)}
    overlap: dict[str, tuple[str, list[str]]] = {}
    for w, claims in contested.items():
        first, *later = sorted(claims, key=index.__getitem__)
        for opt in later:
            rival, shared = overlap.setdefault(opt, (first, []))
            if rival == first:
                shared.append(w)

    minimised = {opt: set(_minimises(opt, sources, specs)) for opt, _ in pairs}
    objectives: list[Objective] = []
    for opt, loss in pairs:
        mine = tuple(n for n in running if owner.get(n) == opt)
        message = None
        # what a Detach keeps from this optimizer: weights its loss would reach without it
        unstopped = {shares.get(n, n) for n in ancestors(loss, effective) | {loss} if n in owns and owns[n]}
        cut = [w for w in running if w in unstopped - weights_of[opt]]
        cutters = [d for d in detached if d in needed[loss]]
        rivals = [o for o, _ in pairs if o != opt and minimised[o] & minimised[opt]]
        if not weights_of[opt] and cut and cutters:
            message = (f"{opt}: trains no weights: the Detach {cutters[0]} stops the gradient of its loss {loss} "
                       f"before {', '.join(cut)}; wire {opt}'s path around the Detach")
        elif not weights_of[opt]:
            message = f"{opt}: trains no weights: nothing upstream of its loss {loss} has weights"
        elif cut and cutters and not rivals and (opt in overlap or not mine and not any(
                opt in cs for cs in contested.values())):
            taken = sorted({owner.get(w) or overlap.get(opt, (None,))[0] for w in weights_of[opt]} - {opt, None},
                           key=index.__getitem__)
            rest = [w for w in running if w in weights_of[opt]]
            message = (f"{opt}: trains no weights of its own: the Detach {cutters[0]} stops the gradient of its loss "
                       f"{loss} before {', '.join(cut)}, and {', '.join(taken)} trains what it still reaches "
                       f"({', '.join(rest)}); wire {opt}'s path around the Detach")
        elif opt in overlap:
            rival, shared = overlap[opt]
            message = (f"{opt}: overlaps {rival}: both would train {', '.join(shared)} and neither trains a "
                       f"narrower set of weights; put a Detach where {opt}'s gradient should stop, or keep one "
                       "optimizer")
        elif not mine and not any(opt in cs for cs in contested.values()):
            takers = sorted({owner[w] for w in weights_of[opt] if w in owner}, key=index.__getitem__)
            message = (f"{opt}: trains no weights: every weight upstream of its loss {loss} is trained by "
                       f"{', '.join(takers)}")
        if message is not None:
            result.errors.setdefault(opt, message)
            continue
        others = set().union(*(needed[lo] for o, lo in pairs if o != opt)) if len(pairs) > 1 else set()
        forward = tuple(n for n in running if n in needed[loss] or n not in others)
        objectives.append(Objective(
            loss=loss, optimizer=opt, optimizer_type=specs[opt].type, loss_type=specs[loss].type,
            steps=int(result.params[opt].get("steps", 1) or 1), trains=mine, backward=tuple(reach[opt]),
            forward=forward,
        ))
    return TrainingPlan(
        running=tuple(running), sources=tuple(data_nodes), dataset=dataset, objectives=tuple(objectives),
        losses=tuple(losses), fused=fused, inputs=effective, detached=detached, shares=shares, owner=owner,
    )


def _feeds_a_loss(node: str, losses: list[str], sources: Sources) -> bool:
    """True when `node` is (or is upstream of) one of `losses`."""
    return any(node == loss or node in ancestors(loss, sources) for loss in losses)
