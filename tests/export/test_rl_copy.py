"""The RL engine pieces copy into a standalone script (as the NumPy exporter copies engine source)
that reproduces the engine's episode returns exactly for the built-in grid world."""

import numpy as np
from conftest import run_script

from nodeflow.compute.rl.encoding import Encoder
from nodeflow.compute.rl.episodes import EpisodeRunner, QLearningSettings
from nodeflow.compute.rl.gridworld import GridWorld
from nodeflow.compute.rl.qnetwork import DenseQNetwork
from nodeflow.export.source import Collector
from nodeflow.nodes import REGISTRY

PIECES = [("nodeflow.compute.rl.gridworld", "GridWorld"), ("nodeflow.compute.rl.encoding", "Encoder"),
          ("nodeflow.compute.rl.qnetwork", "DenseQNetwork"), ("nodeflow.compute.rl.episodes", "EpisodeRunner"),
          ("nodeflow.compute.rl.episodes", "QLearningSettings")]

RUN = '''

rng = np.random.default_rng(0)
env = GridWorld(rng, slip=0.2)
enc = Encoder(env)
q = DenseQNetwork(enc.size, 4, rng, use_bias=False, optimizer="sgd", lr=0.5)
cfg = QLearningSettings(episodes=40, gamma=0.95, replay_size=100, batch_size=8, warmup=8, target_every=10)
print(repr(EpisodeRunner(env, enc, q, cfg, rng).run().returns))
'''

REGISTRY_STAND_IN = '''
class NodeDefaults:
    def __init__(self, defaults):
        self._defaults = dict(defaults)

    def defaults(self):
        return dict(self._defaults)


REGISTRY = {"SGD": NodeDefaults(%r)}
'''


def test_copied_rl_pieces_reproduce_the_engines_returns(tmp_path):
    collector = Collector(provided=frozenset({"REGISTRY"}))
    for module, name in PIECES:
        collector.add(module, name)
    script = "\n".join(collector.import_lines()) + "\n" + REGISTRY_STAND_IN % (REGISTRY.get("SGD").defaults(),)
    script += "\n\n" + collector.render() + RUN
    lines = [line.strip() for line in script.splitlines()]
    assert not [line for line in lines if line.startswith(("import nodeflow", "from nodeflow"))]
    path = tmp_path / "rl_script.py"
    path.write_text(script, encoding="utf-8")
    out = run_script(path)  # no PYTHONPATH: nodeflow cannot be imported
    assert out.returncode == 0, out.stderr

    rng = np.random.default_rng(0)
    env = GridWorld(rng, slip=0.2)
    enc = Encoder(env)
    q = DenseQNetwork(enc.size, 4, rng, use_bias=False, optimizer="sgd", lr=0.5)
    cfg = QLearningSettings(episodes=40, gamma=0.95, replay_size=100, batch_size=8, warmup=8, target_every=10)
    assert out.stdout.strip() == repr(EpisodeRunner(env, enc, q, cfg, rng).run().returns)
