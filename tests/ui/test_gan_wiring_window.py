"""A GAN wired wrongly shows its one message on the card at fault, in English and in Korean
(issue 13; the analysis's own cases are in tests/gan/test_gan_wiring.py)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1]))

from gan_graphs import build_gan, mlp  # noqa: E402

from nodeflow.graph import io  # noqa: E402
from nodeflow.graph.analysis import analyze  # noqa: E402
from nodeflow.i18n.engine import engine_text  # noqa: E402
from nodeflow.ui.i18n.translator import Languages  # noqa: E402

HANGUL = re.compile("[\uac00-\ud7a3]")
DATA = {"source": "gaussian", "dims": 1, "mean": 4.0, "std": 0.5, "n_samples": 64, "batch_size": 32,
        "standardize": False, "validation_split": 0.0, "test_split": 0.0}


def gan():
    return build_gan("wiring", dict(DATA), {"shape": [1]}, mlp([4], 1), mlp([4], 1, last=("Sigmoid", {})))


def rewire(g, src, dst):
    g.disconnect(g.incoming(dst[0])[dst[1]])
    g.connect(src, dst)
    return g


def noise_target():
    g = gan()
    g.add_node("Noise", {"shape": [1]}, node_id="z2")
    return rewire(g, ("z2", "out"), ("d_real", "target"))


def two_on_d():
    g = gan()
    g.add_node("SGD", {}, node_id="d_opt2")
    g.connect(("d_loss", "out"), ("d_opt2", "loss"))
    return g


def no_g_opt():
    g = gan()
    g.remove_node("g_opt")
    return g


CASES = {
    "noise target": (noise_target, "d_real"),
    "generator detached": (lambda: rewire(gan(), ("detach", "out"), ("dg1", "in")), "g_opt"),
    "D's loss into G's optimizer": (lambda: rewire(gan(), ("d_loss", "out"), ("g_opt", "loss")), "g_opt"),
    "two optimizers on D": (two_on_d, "d_opt2"),
    "loss minimized by nothing": (no_g_opt, "g_loss"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_card_at_fault_shows_the_one_message(name, make_window, tmp_path):
    build, node = CASES[name]
    g = build()
    errors = analyze(g).errors
    assert list(errors) == [node], errors
    path = tmp_path / "bad.nodeflow"
    io.save(g, path)
    window = make_window(str(path))
    scene = window.canvas.scene()
    assert scene.analysis.errors == errors  # the canvas's own analysis (runs the pending one)
    assert scene.nodes[node].error == errors[node]
    assert [n for n, item in scene.nodes.items() if item.error] == [node]


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_message_has_korean(name, qapp):
    build, node = CASES[name]
    message = analyze(build()).errors[node]
    languages = Languages.instance()
    assert languages.switch("ko")
    try:
        text = engine_text(message)
    finally:
        languages.switch("en")
    assert text.startswith(f"{node}: ") and HANGUL.search(text), text
