"""The compiled plan: the roles of a graph's nodes for training, worked out once by the analysis.

`nodeflow.graph.analysis.analyze` builds a `TrainingPlan` (as `Analysis.plan`) for every graph
that analyses cleanly; the engine (`Network.compile`), the trainer and the exporters read it
instead of finding roles again. It is plain data (node ids, tuples, dicts), so any layer may
read it and a test may compare it.

Several objectives: every optimizer node with its loss is one `Objective`. An optimizer trains
the weights upstream of its loss (following wires backwards, stopping at a `Detach`). A weight
reached by several objectives belongs to the objective whose set of reached weights is
strictly inside every other's (a GAN's discriminator: reached by D's loss alone through the
detached fake, and by G's loss together with G's weights, so it belongs to D); when no such
objective exists the analysis refuses the graph (`check` says which optimizers overlap).
A round takes, in `rounds` order (the optimizers' document order), each optimizer's `steps`
updates.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Objective:
    """One loss -> optimizer pair."""

    loss: str
    """The loss node's id."""
    optimizer: str
    """The optimizer node's id."""
    optimizer_type: str
    loss_type: str
    steps: int = 1
    """Updates this optimizer takes per round (the optimizer's `steps` parameter)."""
    trains: tuple[str, ...] = ()
    """Nodes owning the weights this optimizer updates, in run order."""
    backward: tuple[str, ...] = ()
    """Nodes backward runs through for this loss, in run order (backward runs them reversed)."""
    forward: tuple[str, ...] = ()
    """Nodes a forward pass for this objective runs, in run order: every running node except
    those only other objectives need."""


@dataclass(frozen=True)
class TrainingPlan:
    """What training a graph means, as plain data (see the module docstring)."""

    running: tuple[str, ...] = ()
    """Nodes the engine runs (kernels, data sources except the Dataset), in run order."""
    sources: tuple[str, ...] = ()
    """Data-source nodes (category "data": the Dataset, Noise, Constant), in run order."""
    dataset: str | None = None
    """The one Dataset node (its batches define the epoch), if any."""
    objectives: tuple[Objective, ...] = ()
    """The loss -> optimizer pairs in round order."""
    losses: tuple[str, ...] = ()
    """Every loss node, in run order (minimised or not)."""
    fused: dict[str, str] = field(default_factory=dict)
    """Loss id -> the Softmax/Sigmoid whose input it reads as logits."""
    inputs: dict[str, dict[str, tuple[str, str]]] = field(default_factory=dict)
    """Per running node, the output port each input port reads (after fusion)."""
    detached: tuple[str, ...] = ()
    """Detach nodes: gradients stop there."""
    shares: dict[str, str] = field(default_factory=dict)
    """Node id -> the node whose weights it uses (weight sharing)."""
    owner: dict[str, str] = field(default_factory=dict)
    """Weight-owning node id -> the optimizer that trains it (absent: no optimizer does)."""

    @property
    def optimizers(self) -> tuple[str, ...]:
        return tuple(o.optimizer for o in self.objectives)

    @property
    def rounds(self) -> tuple[tuple[str, int], ...]:
        """(optimizer id, steps) in round order."""
        return tuple((o.optimizer, o.steps) for o in self.objectives)

    @property
    def first(self) -> Objective | None:
        """The first objective: the one whose loss is `train_loss` in reports."""
        return self.objectives[0] if self.objectives else None

    def objective(self, optimizer: str) -> Objective:
        for o in self.objectives:
            if o.optimizer == optimizer:
                return o
        raise KeyError(optimizer)
