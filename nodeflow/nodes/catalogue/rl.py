"""Node declarations: reinforcement learning. An `Environment` (data) the agent acts in, and the
`TDLoss` that teaches a Q-network from it.

A graph that learns Q-values reads: Environment.state -> Dense ... -> Q-values (one per action)
-> TDLoss.pred; Environment.target -> TDLoss.target; TDLoss.loss -> an optimizer. The episode
loop (`nodeflow.compute.rl.graph_agent`) acts with the network, stores transitions, and feeds
the network replayed states on `state` and (action, TD target) pairs on `target`.

The shape rule asks `nodeflow.compute.rl.describe` (imported lazily) what the environment gives:
the encoded state's width and the number of actions, which travels on `target` as
`TensorType((N, 2), kind="td", classes=n_actions)` so the TD loss can check the Q-network's
width. Only the TD loss takes that kind: an MSE wired to it says it expects numbers.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from nodeflow.nodes.registry import register
from nodeflow.nodes.rules import LOSS_HINT, float_input, get_input
from nodeflow.nodes.spec import LOSS, Inferred, NodeError, NodeSpec, Param, ShapeError, TensorType

SOURCES = ("gridworld", "FrozenLake-v1", "CliffWalking-v1", "CartPole-v1", "MountainCar-v0", "Acrobot-v1")
"""The built-in grid world first, then the Gymnasium tasks nodeflow supports."""
GRIDS = ("gridworld", "FrozenLake-v1", "CliffWalking-v1")
TD_KIND = "td"
"""The kind of the Environment's `target`: (action taken, TD target) per transition."""


def environment_rule(params: Mapping[str, Any], inputs: Mapping[str, TensorType]) -> Inferred:
    """No inputs -> state (N, F) float and target (N, 2) of kind "td" carrying the number of actions."""
    from nodeflow.compute.rl.describe import describe

    try:
        sig = describe(params)
    except ValueError as exc:  # a bad layout, encoding or setting; Gymnasium missing (with the install command)
        raise NodeError(str(exc)) from None
    return Inferred(
        {"state": TensorType((None, sig.features)), "target": TensorType((None, 2), kind=TD_KIND, classes=sig.actions)},
        data_values=sig.replay_values,
        notes=sig.notes,
    )


def environment_summary(params: Mapping[str, Any]) -> str:
    source = str(params.get("source"))
    return f"{source} · {params.get('episodes')} episodes"


ENVIRONMENT = register(NodeSpec(
    type="Environment",
    category="data",
    help=(
        "A world an agent learns to act in, instead of a data set: it shows a state, the agent "
        "picks an action, the world answers with a reward and the next state. The agent explores "
        "epsilon-greedily, keeps its recent steps in a replay buffer and learns from random "
        "batches of them: 'state' gives their states to the Q-network, 'target' the action taken "
        "and the TD target for the TD loss."
    ),
    inputs=(),
    outputs=("state", "target"),
    kernel=None,
    shape_rule=environment_rule,
    summary=environment_summary,
    params=(
        Param(
            "source", "choice", "gridworld",
            "Which world: the built-in grid world, or a Gymnasium task (FrozenLake, CliffWalking: "
            "grids; CartPole, MountainCar, Acrobot: control tasks with an observation vector).",
            choices=SOURCES,
        ),
        Param(
            "layout", "str", "",
            "gridworld only: the map, rows separated by '/': . floor, # wall, P pit, G goal, S start. "
            "Empty: the built-in 5x5 map (or an open map of 'size').",
            only_for={"source": ("gridworld",)},
        ),
        Param(
            "size", "int", 0,
            "gridworld only, with an empty layout: an open size x size map from the top-left "
            "corner to the bottom-right one (0: the built-in 5x5 map with walls and pits).",
            low=0, high=30,
            only_for={"source": ("gridworld",)},
        ),
        Param(
            "step_penalty", "float", 0.01,
            "gridworld only: the reward lost on every step, so shorter paths earn more.",
            low=0.0, high=100.0,
            only_for={"source": ("gridworld",)},
        ),
        Param(
            "goal_reward", "float", 1.0,
            "gridworld only: the reward for stepping onto the goal (the episode ends).",
            low=-1000.0, high=1000.0,
            only_for={"source": ("gridworld",)},
        ),
        Param(
            "pit_reward", "float", -1.0,
            "gridworld only: the reward for falling into a pit (the episode ends).",
            low=-1000.0, high=1000.0,
            only_for={"source": ("gridworld",)},
        ),
        Param(
            "slip", "float", 0.0,
            "gridworld only: the chance that the agent slides sideways instead of moving as it "
            "chose (0: deterministic; FrozenLake's ice is about 0.67).",
            low=0.0, high=1.0,
            only_for={"source": ("gridworld",)},
        ),
        Param(
            "slippery", "bool", True,
            "FrozenLake only: slippery ice (the agent moves as chosen only one time in three).",
            only_for={"source": ("FrozenLake-v1",)},
        ),
        Param(
            "map_name", "choice", "4x4",
            "FrozenLake only: the 4x4 lake or the larger 8x8 one.",
            choices=("4x4", "8x8"),
            only_for={"source": ("FrozenLake-v1",)},
        ),
        Param(
            "max_steps", "int", 0,
            "Steps after which an episode is cut short (0: the world's own limit; 100 in the grid world).",
            low=0, high=100_000,
        ),
        Param(
            "encoding", "choice", "auto",
            "What the network sees of a state: one_hot (one input per grid cell: a Dense without "
            "bias then is a Q-table), coords (row and column), observation (the task's vector). "
            "auto: one_hot for grids, observation otherwise.",
            choices=("auto", "one_hot", "coords", "observation"),
        ),
        Param(
            "episodes", "int", 300,
            "How many episodes to play and learn from (an episode runs from the start to the goal, "
            "a pit, a fall, or the step limit).",
            low=1, high=1_000_000,
        ),
        Param(
            "epsilon_start", "float", 1.0,
            "Exploration at the start: the chance of a random action instead of the best known one.",
            low=0.0, high=1.0,
        ),
        Param(
            "epsilon_end", "float", 0.05,
            "Exploration at the end of the schedule (keep a little to go on discovering).",
            low=0.0, high=1.0,
        ),
        Param(
            "epsilon_steps", "int", 1000,
            "Environment steps over which epsilon falls from its start to its end value.",
            low=0, high=100_000_000,
        ),
        Param(
            "epsilon_decay", "choice", "linear",
            "How epsilon falls: linear, or exponential (fast at first, to 1% of the gap by the end).",
            choices=("linear", "exponential"),
        ),
        Param(
            "replay_size", "int", 10000,
            "Replay buffer: how many recent steps are kept to learn from (1 with batch 1: learn "
            "from each step as it happens, textbook Q-learning).",
            low=1, high=10_000_000,
        ),
        Param(
            "batch_size", "int", 32,
            "Steps drawn at random from the replay buffer for one update (at most replay_size).",
            low=1, high=100_000,
        ),
        Param(
            "warmup", "int", 100,
            "Steps stored before learning starts, so the first batches are not all alike.",
            low=0, high=10_000_000,
        ),
        Param(
            "train_every", "int", 1,
            "Learn from one batch every this many environment steps.",
            low=1, high=10_000,
        ),
        Param(
            "eval_every", "int", 0,
            "Every this many episodes, play greedily (no exploration, no learning) and keep the "
            "best weights (0: never).",
            low=0, high=1_000_000,
        ),
        Param(
            "eval_episodes", "int", 10,
            "Greedy episodes per evaluation; their mean return is the score.",
            low=1, high=10_000,
        ),
    ),
))


def td_loss_rule(params: Mapping[str, Any], inputs: Mapping[str, TensorType]) -> Inferred:
    """pred: Q-values (N, A); target: an Environment's target (N, 2) of A actions."""
    target = get_input(inputs, "target")
    if target.kind == "loss":
        raise ShapeError(f"{LOSS_HINT}, but target gets a loss", port="target")
    if target.kind != TD_KIND:
        raise ShapeError(f"wire an Environment's 'target' here; it expects (action, TD target) pairs but gets {target}",
                         port="target")
    pred = float_input(inputs, "pred")
    actions = target.classes
    if len(pred.shape) != 2:
        raise ShapeError(f"expects Q-values (N, {actions}), one per action, but gets {pred}", port="pred")
    if actions is not None and pred.shape[1] != actions:
        raise ShapeError(f"give the last layer {actions} units, one Q-value per action of the environment; "
                         f"it expects (N, {actions}) but gets {pred}", port="pred")
    return Inferred({"loss": LOSS})


TD_LOSS = register(NodeSpec(
    type="TDLoss",
    category="loss",
    help=(
        "The temporal-difference loss of Q-learning: moves Q(s, a) of the action taken toward "
        "r + gamma * max Q_target(s', .), the reward plus the discounted value of the best next "
        "action (the reward alone where the episode ended). Other actions get no gradient."
    ),
    inputs=("pred", "target"),
    outputs=("loss",),
    kernel="nodeflow.compute.kernels.td:TDLoss",
    shape_rule=td_loss_rule,
    summary=lambda p: f"TDLoss {p['loss']} γ={p['gamma']:g}",
    sample_inputs={"pred": TensorType((None, 4)), "target": TensorType((None, 2), kind="td", classes=4)},
    params=(
        Param(
            "gamma", "float", 0.99,
            "Discount factor gamma: what a reward one step later is worth (0: only the next reward "
            "counts; near 1: far-off rewards count almost fully).",
            low=0.0, high=1.0,
        ),
        Param(
            "loss", "choice", "mse",
            "How the TD error d = Q(s, a) - target is scored: mse (d^2 / 2) or huber (like mse "
            "for small errors, linear for large ones: steadier for deep Q-networks).",
            choices=("mse", "huber"),
        ),
        Param(
            "delta", "float", 1.0,
            "huber only: the error size where the loss turns from squared to linear.",
            low=1e-6, high=1e6,
            only_for={"loss": ("huber",)},
        ),
        Param(
            "target_every", "int", 1,
            "Refresh the target network (a frozen copy of the Q-network the targets are computed "
            "from) every this many steps. 1: no separate copy, as in textbook Q-learning.",
            low=1, high=10_000_000,
        ),
    ),
))
