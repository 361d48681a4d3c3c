"""Which parts of a graph are a GAN's generator and discriminator (NumPy-free, no Qt).

The canvas is free-form, so nothing names "the generator": it is read off the compiled plan
(`nodeflow.compute.runtime.TrainingPlan`). The generator's optimizer is the one whose weights
all lie downstream of a `Noise` node and none downstream of the Dataset; the discriminator's
is another that trains weights the real data reach. The generator's nodes are those fed only
by the noise and the generator's own nodes (not a `Detach`, not a node using D's weights); the
port where they hand over to the rest of the graph carries the generated samples G(z).
D as a function of a sample is what the generator's loss reads (its `pred`) when that port
holds the sample: whatever path the graph gives it (shared layers, a Detach before D's own
copy), it is the D the generator is trained against.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

Port = tuple[str, str]

NOT_TWO = "the GAN views need two objectives: a discriminator's loss and a generator's"
NO_NOISE = "no Noise node: a generator turns noise into samples"
NO_GENERATOR = "no optimizer trains a generator: weights fed by the Noise and not by the real data"
NO_DISCRIMINATOR = "no optimizer trains a discriminator: weights the real data reach"
NO_PRED = "the generator's loss reads no pred"
NOT_REACHED = "the generator's samples do not reach the discriminator"
"""Why a graph is not a GAN the views can show. Each is matched by a template in
`nodeflow.i18n.engine.TEMPLATES` (the panel shows them through `engine_text`)."""


@dataclass(frozen=True)
class GanRoles:
    dataset: str | None
    noise: tuple[str, ...]
    fake: Port
    """The output port carrying the generated samples G(z)."""
    judge: Port
    """What the generator's loss reads as `pred` (D's output on generated samples)."""
    generator: tuple[str, ...]
    """Nodes from the noise to `fake`, in run order."""
    judge_path: tuple[str, ...]
    """Nodes from `fake` to `judge`, in run order (D as the generator sees it)."""
    g_loss: str
    g_optimizer: str
    d_loss: str
    d_optimizer: str
    target: str | None
    """The node giving the generator loss's target (a Constant), if any."""


def _descendants(starts: set[str], consumers: Mapping[str, set[str]]) -> set[str]:
    seen, todo = set(), list(starts)
    while todo:
        for c in consumers.get(todo.pop(), ()):
            if c not in seen:
                seen.add(c)
                todo.append(c)
    return seen


def _ancestors(node: str, inputs: Mapping[str, Mapping[str, Port]]) -> set[str]:
    seen, todo = set(), [node]
    while todo:
        for src, _port in inputs.get(todo.pop(), {}).values():
            if src not in seen:
                seen.add(src)
                todo.append(src)
    return seen


def find_roles(graph: Any, plan: Any) -> GanRoles | str:
    """The GAN roles of a graph from its compiled plan, or a sentence saying why it is not a
    GAN the views can show."""
    if plan is None or len(getattr(plan, "objectives", ())) < 2:
        return NOT_TWO
    types = {n: node.type for n, node in graph.nodes.items()}
    raw: dict[str, dict[str, Port]] = {n: {p: e.src for p, e in graph.incoming(n).items()} for n in graph.nodes}
    consumers: dict[str, set[str]] = {}
    port_consumers: dict[Port, list[str]] = {}
    for e in graph.edges:
        consumers.setdefault(e.src[0], set()).add(e.dst[0])
        port_consumers.setdefault(e.src, []).append(e.dst[0])
    noise = tuple(n for n in plan.sources if types.get(n) == "Noise")
    if not noise:
        return NO_NOISE
    from_noise = _descendants(set(noise), consumers)
    from_data = _descendants({plan.dataset}, consumers) if plan.dataset else set()

    g_obj = next((o for o in plan.objectives
                  if o.trains and all(t in from_noise and t not in from_data for t in o.trains)), None)
    if g_obj is None:
        return NO_GENERATOR
    d_obj = next((o for o in plan.objectives if o is not g_obj and any(t in from_data for t in o.trains)), None)
    if d_obj is None:
        return NO_DISCRIMINATOR

    shares = dict(plan.shares)
    d_owned = {n for n, opt in plan.owner.items() if opt == d_obj.optimizer}
    detached = set(plan.detached)
    region = set(noise)
    generator: list[str] = []
    for n in plan.running:
        if n in region or n not in from_noise or n in from_data or n in detached:
            continue
        if n in d_owned or shares.get(n) in d_owned or types.get(n) in ("Constant",):
            continue
        if graph.nodes[n].spec.category not in ("layer", "activation", "merge"):
            continue
        if raw[n] and all(src in region for src, _p in raw[n].values()):
            region.add(n)
            generator.append(n)

    if "pred" not in raw.get(g_obj.loss, {}):
        return f"{g_obj.loss}: {NO_PRED}"
    judge = raw[g_obj.loss]["pred"]
    upstream_of_judge = _ancestors(judge[0], raw) | {judge[0]}
    candidates = [
        (n, p) for n in (*noise, *generator) for p in graph.nodes[n].spec.outputs
        if any(c not in region for c in port_consumers.get((n, p), ())) and n in upstream_of_judge
    ]
    if not candidates:
        return NOT_REACHED
    fake = candidates[-1]
    below_fake = _descendants({fake[0]}, consumers)
    judge_path = tuple(n for n in plan.running if n in below_fake and n in upstream_of_judge)
    target = raw[g_obj.loss].get("target")
    return GanRoles(
        dataset=plan.dataset, noise=noise, fake=fake, judge=judge, generator=tuple(generator),
        judge_path=judge_path, g_loss=g_obj.loss, g_optimizer=g_obj.optimizer, d_loss=d_obj.loss,
        d_optimizer=d_obj.optimizer, target=target[0] if target else None,
    )


def objective_count(graph: Any) -> int:
    """How many optimizer nodes a graph holds (cheap: the GAN tab shows from two)."""
    return sum(1 for node in graph.nodes.values() if node.spec.category == "optimizer")
