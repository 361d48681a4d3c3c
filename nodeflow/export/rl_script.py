"""Export an agent's graph (Environment -> Dense ... -> TDLoss -> optimizer) as a script.

The script is the engine's own code, copied (`source.Collector`): the environment (the grid
world, or Gymnasium's task through the same adapter), the state encoding, the episode loop
with its replay buffer, exploration and TD targets. Only the Q-network differs by target:

- numpy: `qnetwork.DenseQNetwork`, which computes what the compiled graph computes (same
  initial weights from the same generator, same kernels and optimizers), so the script prints
  the very episode lines `nodeflow train --json` prints (the grid world's, exactly);
- torch: a `torch.nn` network started from the same initial weights and stepped by
  `torch.optim`, behind the loop's Q-network interface; its returns follow the app's closely
  but not to the last bit (float sums in another order), and it learns the same policy.

What the script can hold: Dense layers (one bias setting, `init` auto) with ReLU or Tanh
between them, a constant learning rate and no weight decay. Anything else is refused with a
message naming the node, as are `--weights` and `--no-train` (an agent's export always
learns from scratch).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from nodeflow.export.naming import comment, literal
from nodeflow.export.plan import ExportError
from nodeflow.export.source import Collector

ACTIVATIONS = {"ReLU": "relu", "Tanh": "tanh"}
OPTIMIZERS = {"SGD": "sgd", "Momentum": "momentum", "AdaGrad": "adagrad", "RMSProp": "rmsprop", "Adam": "adam"}
OPTIMIZER_KEYS = ("momentum", "nesterov", "eps", "rho", "beta1", "beta2")
TORCH_OPTIMIZERS = {
    "SGD": "torch.optim.SGD(params, lr=LR, momentum=OPT.get('momentum') or 0.0, "
           "nesterov=bool(OPT.get('nesterov')) and bool(OPT.get('momentum')))",
    "Momentum": "torch.optim.SGD(params, lr=LR, momentum=OPT['momentum'], nesterov=OPT['nesterov'])",
    "AdaGrad": "torch.optim.Adagrad(params, lr=LR, eps=OPT['eps'])",
    "RMSProp": "torch.optim.RMSprop(params, lr=LR, alpha=OPT['rho'], eps=OPT['eps'])",
    "Adam": "torch.optim.Adam(params, lr=LR, betas=(OPT['beta1'], OPT['beta2']), eps=OPT['eps'])",
}


def agent_spec(graph: Any, analysis: Any) -> dict[str, Any]:
    """What the script needs from the graph, or ExportError naming the node that does not fit."""
    from nodeflow.compute.rl.describe import SETTINGS_KEYS, environment_options
    from nodeflow.compute.rl.graph_agent import environment_node

    if not analysis.ok:
        raise ExportError(str(analysis.first_error))
    env_id = environment_node(graph)
    consumers: dict[str, list[tuple[str, str]]] = {}
    for edge in graph.edges:
        consumers.setdefault(edge.src[0], []).append(edge.dst)
    hidden: list[int] = []
    activations: set[str] = set()
    biases: set[bool] = set()
    node = env_id
    td_id = None
    while True:
        nexts = [d for d in consumers.get(node, []) if not (node == env_id and d[1] == "target")]
        if len(nexts) != 1:
            raise ExportError(f"{node}: the RL export takes one chain of layers from the Environment's state "
                              f"to the TDLoss; here {len(nexts)} wires leave {node}")
        dst, _port = nexts[0]
        kind = graph.nodes[dst].type
        params = analysis.params[dst]
        if kind == "TDLoss":
            td_id = dst
            break
        if kind == "Dense":
            if params.get("init") not in (None, "auto"):
                raise ExportError(f"{dst}: the RL export draws weights as init auto does; set init to auto")
            hidden.append(int(params["units"]))
            biases.add(bool(params.get("use_bias", True)))
        elif kind in ACTIVATIONS:
            activations.add(ACTIVATIONS[kind])
        else:
            raise ExportError(f"{dst}: the RL export holds Dense layers with ReLU or Tanh between them, "
                              f"not {kind} (train this graph in the app or with `nodeflow train`)")
        node = dst
    if not hidden:
        raise ExportError(f"{td_id}: no Dense layer gives the Q-values")
    if len(activations) > 1 or len(biases) > 1:
        raise ExportError("the RL export needs one activation (ReLU or Tanh) and one bias setting for all Dense "
                          "layers")
    opt_id = next(d[0] for d in consumers.get(td_id, []))
    opt_type = graph.nodes[opt_id].type
    opt = analysis.params[opt_id]
    if opt.get("schedule", "constant") != "constant":
        raise ExportError(f"{opt_id}: the RL export keeps the learning rate constant; set schedule to constant")
    if float(opt.get("weight_decay") or 0.0) != 0.0:
        raise ExportError(f"{opt_id}: the RL export has no weight decay; set weight_decay to 0")
    env_params = analysis.params[env_id]
    td = analysis.params[td_id]
    source, options = environment_options(env_params)
    settings = {k: env_params[k] for k in SETTINGS_KEYS}
    settings.update(gamma=float(td["gamma"]), target_every=int(td["target_every"]))
    training = dict(graph.training or {})
    if isinstance(training.get("restore_best"), bool):
        settings["restore_best"] = training["restore_best"]
    return {
        "name": str(graph.name or ""),
        "source": source,
        "options": options,
        "encoding": str(env_params.get("encoding") or "auto"),
        "hidden": hidden[:-1],
        "actions": hidden[-1],
        "activation": activations.pop() if activations else "relu",
        "use_bias": biases.pop(),
        "optimizer": opt_type,
        "lr": float(opt["lr"]),
        "optimizer_params": {k: opt[k] for k in OPTIMIZER_KEYS if k in opt},
        "loss": str(td["loss"]),
        "delta": float(td.get("delta") or 1.0),
        "settings": settings,
        "seed": int(training.get("seed") or 0),
        "dtype": str(training.get("dtype") or "float32"),
    }


def _collect(spec: Mapping[str, Any], numpy_qnet: bool) -> Collector:
    c = Collector(provided=frozenset({"REGISTRY"}))
    for name in ("json", "sys", "argparse", "math"):
        c.imports[name] = (name, None)
    c.imports["np"] = ("numpy", None)
    for module, name in (("nodeflow.compute.rl.episodes", "EpisodeRunner"),
                         ("nodeflow.compute.rl.episodes", "QLearningSettings"),
                         ("nodeflow.compute.rl.episodes", "greedy_returns"),
                         ("nodeflow.compute.rl.encoding", "Encoder")):
        c.add(module, name)
    if spec["source"] == "gridworld":
        c.add("nodeflow.compute.rl.gridworld", "GridWorld")
        c.add("nodeflow.compute.rl.gridworld", "open_layout")
    else:
        c.add("nodeflow.compute.rl.gym_tasks", "GymEnvironment")
    if numpy_qnet:
        c.add("nodeflow.compute.rl.qnetwork", "DenseQNetwork")
    return c


MAKE_ENV = '''
def make_env(rng):
    """The environment of the graph's Environment node, drawing from `rng`."""
    options = dict(ENV_OPTIONS)
    if SOURCE == "gridworld":
        size = options.pop("size", None)
        if not options.get("layout") and size:
            options["layout"] = open_layout(int(size))
        return GridWorld(rng, **options)
    max_steps = options.pop("max_steps", None)
    return GymEnvironment(SOURCE, rng, options, max_steps=max_steps)
'''

MAIN = '''
EPISODE_KEYS = ("event", "episode", "return", "steps", "epsilon", "loss")
EVALUATION_KEYS = ("event", "episode", "mean_return")
DONE_KEYS = ("event", "episodes", "steps", "stopped", "best_episode", "greedy_return")


def emit(event, keys):
    def value(v):
        return None if isinstance(v, float) and not math.isfinite(v) else v

    print(json.dumps({k: value(event[k]) for k in keys if k in event}), flush=True)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Train the agent of " + repr(GRAPH_NAME).replace("%", "%%"))
    parser.add_argument("--episodes", type=int, default=SETTINGS["episodes"])
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    settings = QLearningSettings(**dict(SETTINGS, episodes=args.episodes))
    rng = np.random.default_rng(args.seed)
    qnet = make_qnet(rng)  # the initial weights come first from the run's generator
    env = make_env(rng)
    encoder = Encoder(env, ENCODING, DTYPE)
    eval_env = make_env(np.random.default_rng(args.seed + 500)) if settings.eval_every > 0 else None

    def on_event(event):
        kind = event["event"]
        if kind == "episode":
            emit(event, EPISODE_KEYS)
        elif kind == "evaluation":
            emit(event, EVALUATION_KEYS)
        elif kind == "error":
            emit(event, ("event", "message"))

    history = EpisodeRunner(env, encoder, qnet, settings, rng, on_event, eval_env).run()
    if history.error is not None:
        return 1
    done = {"event": "done", "episodes": history.episodes, "steps": history.total_steps,
            "stopped": history.stopped, "best_episode": history.best_episode}
    score_env = make_env(np.random.default_rng(args.seed + 1000))
    if score_env.max_steps and settings.eval_episodes:
        results = greedy_returns(score_env, encoder, qnet, settings.eval_episodes)
        done["greedy_return"] = float(np.mean([r for r, _ in results]))
    emit(done, DONE_KEYS)
    return 0


if __name__ == "__main__":
    sys.exit(main())
'''

NUMPY_QNET = '''
def make_qnet(rng):
    return DenseQNetwork(N_INPUTS, N_ACTIONS, rng, hidden=HIDDEN, activation=ACTIVATION, use_bias=USE_BIAS,
                         optimizer=OPTIMIZER, lr=LR, optimizer_params=OPT, loss=LOSS, delta=DELTA, dtype=DTYPE)
'''

TORCH_QNET = '''
class TorchQNetwork:
    """The Q-network in torch.nn, stepped by torch.optim, behind the episode loop's interface.
    Initial weights are drawn from the run's generator as nodeflow draws them (He-normal
    before a ReLU, Xavier-uniform otherwise, biases zero), so both start alike."""

    def __init__(self, rng):
        sizes = [N_INPUTS, *HIDDEN, N_ACTIONS]
        layers = []
        for i, (f, u) in enumerate(zip(sizes[:-1], sizes[1:])):
            linear = torch.nn.Linear(f, u, bias=USE_BIAS, dtype=TORCH_DTYPE)
            if i < len(sizes) - 2 and ACTIVATION == "relu":
                w = rng.normal(0.0, math.sqrt(2.0 / f), size=(f, u))
            else:
                limit = math.sqrt(6.0 / (f + u))
                w = rng.uniform(-limit, limit, size=(f, u))
            with torch.no_grad():
                linear.weight.copy_(torch.from_numpy(w.T.astype(DTYPE)))
                if USE_BIAS:
                    linear.bias.zero_()
            layers.append(linear)
            if i < len(sizes) - 2:
                layers.append(torch.nn.ReLU() if ACTIVATION == "relu" else torch.nn.Tanh())
        self.net = torch.nn.Sequential(*layers)
        self.target = copy.deepcopy(self.net)
        params = self.net.parameters()
        self.optimizer = OPTIMIZER_FACTORY(params)
        self.n_actions = N_ACTIONS

    def _q(self, net, obs):
        with torch.no_grad():
            return net(torch.from_numpy(np.asarray(obs, dtype=DTYPE))).numpy()

    def q_values(self, obs):
        return self._q(self.net, obs)

    def target_q_values(self, obs):
        return self._q(self.target, obs)

    def train_batch(self, obs, target):
        q = self.net(torch.from_numpy(np.asarray(obs, dtype=DTYPE)))
        actions = torch.from_numpy(target[:, 0].astype(np.int64))
        y = torch.from_numpy(target[:, 1].astype(DTYPE))
        taken = q.gather(1, actions[:, None])[:, 0]
        if LOSS == "huber":
            loss = torch.nn.functional.huber_loss(taken, y, delta=DELTA)
        else:
            loss = 0.5 * torch.mean((taken - y) ** 2)  # nodeflow's TD loss: (1/2) d^2
        self.optimizer.zero_grad()
        loss.backward()
        self.optimizer.step()
        return float(loss.detach()), q.detach().numpy()

    def sync_target(self):
        self.target.load_state_dict(self.net.state_dict())

    def get_weights(self):
        return copy.deepcopy(self.net.state_dict())

    def set_weights(self, weights):
        self.net.load_state_dict(weights)
        self.sync_target()


def make_qnet(rng):
    return TorchQNetwork(rng)
'''


def rl_script(graph: Any, target: str, weights: str | None = None, train: bool = True) -> str:
    """The script's source text for an agent's graph (`target` "numpy" or "torch")."""
    from nodeflow.compute.rl.describe import describe
    from nodeflow.graph.analysis import analyze

    if weights is not None:
        raise ExportError("an agent's export learns from scratch; it takes no --weights")
    if not train:
        raise ExportError("an agent's export always trains (it has no prediction-only form); drop --no-train")
    analysis = analyze(graph)
    spec = agent_spec(graph, analysis)
    from nodeflow.compute.rl.graph_agent import environment_node

    signature = describe(analysis.params[environment_node(graph)])
    collector = _collect(spec, numpy_qnet=target == "numpy")
    if target == "torch":
        collector.imports["torch"] = ("torch", None)
        collector.imports["copy"] = ("copy", None)
    head = [
        '"""' + ("NumPy" if target == "numpy" else "PyTorch") + " script exported by nodeflow: an agent learning "
        "in its environment.",
        "",
        "Prints one JSON line per episode, as `nodeflow train --json` does:",
        "    python THIS.py [--episodes N] [--seed S]",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        *collector.import_lines(),
    ]
    settings = [
        f"# graph: {comment(spec['name'])}",
        f"GRAPH_NAME = {literal(spec['name'])}",
        f"SOURCE = {literal(spec['source'])}",
        f"ENV_OPTIONS = {literal(spec['options'])}",
        f"ENCODING = {literal(spec['encoding'])}",
        f"DTYPE = np.dtype({literal(spec['dtype'])})",
        f"SEED = {spec['seed']}",
        f"N_INPUTS = {signature.features}",
        f"N_ACTIONS = {spec['actions']}",
        f"HIDDEN = {literal(tuple(spec['hidden']))}",
        f"ACTIVATION = {literal(spec['activation'])}",
        f"USE_BIAS = {literal(spec['use_bias'])}",
        f"OPTIMIZER = {literal(OPTIMIZERS[spec['optimizer']])}",
        f"LR = {literal(spec['lr'])}",
        f"OPT = {literal(spec['optimizer_params'])}",
        f"LOSS = {literal(spec['loss'])}",
        f"DELTA = {literal(spec['delta'])}",
        f"SETTINGS = {literal(spec['settings'])}",
    ]
    if target == "numpy":
        from nodeflow.nodes import REGISTRY

        defaults = literal(REGISTRY.get(spec["optimizer"]).defaults())
        settings += [
            "",
            "",
            "class NodeDefaults:",
            '    """Stands in for nodeflow\'s node registry: the parameter defaults of one node type."""',
            "",
            "    def __init__(self, defaults: dict) -> None:",
            "        self._defaults = dict(defaults)",
            "",
            "    def defaults(self) -> dict:",
            "        return dict(self._defaults)",
            "",
            "",
            f"REGISTRY = {{{literal(spec['optimizer'])}: NodeDefaults({defaults})}}",
        ]
    if target == "torch":
        settings += [
            "TORCH_DTYPE = torch.float64 if DTYPE == np.float64 else torch.float32",
            f"OPTIMIZER_FACTORY = lambda params: {TORCH_OPTIMIZERS[spec['optimizer']]}  # noqa: E731",
        ]
    body = [collector.render(), "\n".join(settings), MAKE_ENV, NUMPY_QNET if target == "numpy" else TORCH_QNET, MAIN]
    return "\n".join(head) + "\n\n\n" + "\n\n".join(part.strip("\n") + "\n" for part in body)
