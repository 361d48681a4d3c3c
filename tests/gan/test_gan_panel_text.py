"""The GAN tab says why it has no pictures in the learner's language: the probe's reasons are
engine messages (Qt-free roles.py / probe.py), shown through engine_text with a translated frame;
a path the probe cannot evaluate empties the tab but never stops the training."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1]))

from gan_graphs import build_gan, mlp  # noqa: E402

from nodeflow.compute.trainer import Trainer  # noqa: E402
from nodeflow.graph.document import Graph  # noqa: E402
from nodeflow.i18n.engine import engine_text  # noqa: E402
from nodeflow.ui.gan import roles  # noqa: E402
from nodeflow.ui.gan.panel import GanPanel  # noqa: E402
from nodeflow.ui.gan.probe import CANNOT_EVALUATE, GanProbe  # noqa: E402
from nodeflow.ui.i18n.translator import Languages  # noqa: E402

HANGUL = re.compile("[\uac00-\ud7a3]")
LATIN_WORDS = re.compile(r"\b(?!pred\b|Noise\b|GAN\b|D\b|G\b)[A-Za-z]{3,}\b")
"""English words left in a Korean text (node ids and the port name `pred` excepted)."""
TOY_2D = {"source": "mixture", "dims": 2, "components": 2, "spread": 3.0, "mean": 0.0, "std": 0.3,
          "n_samples": 64, "batch_size": 32, "standardize": False, "validation_split": 0.0, "test_split": 0.0}


@pytest.fixture
def korean(qapp):
    languages = Languages.instance()
    assert languages.switch("ko")
    yield
    languages.switch("en")


def two_regressions() -> Graph:
    """Two objectives and no Noise: not a GAN."""
    g = Graph("two")
    g.add_node("Dataset", {"source": "linear", "features": 2, "n_samples": 32}, node_id="data")
    for k in ("a", "b"):
        g.add_node("Dense", {"units": 1}, node_id=f"f{k}")
        g.add_node("MSE", {}, node_id=f"l{k}")
        g.add_node("SGD", {}, node_id=f"o{k}")
        g.connect(("data", "x"), (f"f{k}", "in"))
        g.connect((f"f{k}", "out"), (f"l{k}", "pred"))
        g.connect(("data", "y"), (f"l{k}", "target"))
        g.connect((f"l{k}", "loss"), (f"o{k}", "loss"))
    return g


def judged_with_real_data() -> Graph:
    """A GAN whose generator is judged on G(z) + x (an Add that reads the Dataset): a path the
    probe cannot feed by itself."""
    g = build_gan("mixed", dict(TOY_2D), {"shape": [2]}, mlp([8], 2, ("Tanh", {})),
                  mlp([8], 1, ("Tanh", {}), last=("Sigmoid", {})), training={"epochs": 3, "seed": 1})
    g.disconnect(g.incoming("dg1")["in"])
    g.add_node("Add", {}, node_id="mix")
    g.connect(("g3", "out"), ("mix", "a"))
    g.connect(("data", "x"), ("mix", "b"))
    g.connect(("mix", "out"), ("dg1", "in"))
    return g


def panel_with(qtbot, picture: dict) -> GanPanel:
    panel = GanPanel()
    qtbot.addWidget(panel)
    panel.add_update({"gan": picture}, redraw=False)
    panel.show_final({"gan": picture})
    return panel


@pytest.mark.parametrize("reason", [roles.NOT_TWO, roles.NO_NOISE, roles.NO_GENERATOR, roles.NO_DISCRIMINATOR,
                                    f"g_loss: {roles.NO_PRED}", roles.NOT_REACHED,
                                    "data: " + CANNOT_EVALUATE.format(node="data")])
def test_every_reason_has_korean(reason, korean):
    text = engine_text(reason)
    assert text != reason and HANGUL.search(text), text
    assert not LATIN_WORDS.search(text.replace("g_loss", "").replace("data", "")), text


def test_not_a_gan_is_said_in_english_and_in_korean(qtbot, qapp):
    trainer = Trainer(two_regressions(), epochs=1)
    probe = GanProbe.create(trainer.network)
    assert probe is not None and probe.roles is None and probe.error == roles.NO_NOISE
    picture = probe.picture(1)
    assert picture["error"] == roles.NO_NOISE and probe.numbers() == {}

    panel = panel_with(qtbot, picture)
    assert panel.summary.text() == f"No GAN pictures for this graph: {roles.NO_NOISE}"
    languages = Languages.instance()
    assert languages.switch("ko")  # the open panel retitles itself (LanguageChange)
    try:
        qtbot.waitUntil(lambda: HANGUL.search(panel.summary.text()) is not None, timeout=2000)
        korean = panel.summary.text()
        assert HANGUL.search(korean) and "Noise" in korean, korean
        assert "generator turns noise" not in korean and "No GAN pictures" not in korean, korean
    finally:
        languages.switch("en")
    qtbot.waitUntil(lambda: panel.summary.text().startswith("No GAN pictures for this graph: "), timeout=2000)


def test_a_path_the_probe_cannot_feed_empties_the_tab_not_the_run(qtbot, korean):
    """The probe finds the roles, then meets the Dataset on D's path for G(z): it gives up with
    the reason (translated in the tab), and the three epochs train to the end."""
    g = judged_with_real_data()
    epochs: list[dict] = []

    class Probing(Trainer):
        probe: GanProbe | None = None

        def _emit(self, event: dict) -> None:  # as the training worker does after every epoch
            if event["event"] == "epoch":
                if self.probe is None:
                    self.probe = GanProbe.create(self.network, self.splits, g.nodes["data"].params)
                event = {**event, "gan": self.probe.numbers()}
                epochs.append(event)
            super()._emit(event)

    trainer = Probing(g)
    assert trainer.probe is None and GanProbe.create(trainer.network).roles is not None  # it looks like a GAN
    history = trainer.run()
    assert history.error is None, history.error
    assert len(epochs) == 3 and all(e["gan"] == {} for e in epochs)
    picture = trainer.probe.picture(3)
    assert picture["error"] == "data: " + CANNOT_EVALUATE.format(node="data")
    panel = panel_with(qtbot, picture)
    text = panel.summary.text()
    assert text.count("data") == 2 and HANGUL.search(text) and "cannot evaluate" not in text, text
