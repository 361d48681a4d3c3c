"""Build GAN graphs the way the examples are laid out (used by the tests and to write examples/gan_*).

The shape, in three rows on the canvas:

    data.x ─ D ─ Sigmoid ─ BCE(real, 1) ─┐
                                          Add ─ d_opt          (D learns: real -> 1, fake -> 0)
    noise ─ G ─ fake ─ Detach ─ D' ─ BCE(fake, 0) ─┘
                  └──────── D'' ─ BCE(·, 1) ─ g_opt            (G learns: make D say 1)

D' and D'' are the same layers as D (their Dense nodes `share` D's weights). The Detach keeps
D's loss from training G; G's loss reaches D's weights too, but those belong to D's optimizer
(its set of weights is the narrower one), so G's optimizer trains G alone.
"""

from __future__ import annotations

from nodeflow.graph.document import Frame, Graph

Layers = list[tuple[str, dict]]
X, Y = 240, 170


def build_gan(
    name: str,
    data: dict,
    noise: dict,
    generator: Layers,
    discriminator: Layers,
    d_opt: tuple[str, dict] = ("Adam", {"lr": 0.002, "beta1": 0.5}),
    g_opt: tuple[str, dict] = ("Adam", {"lr": 0.002, "beta1": 0.5}),
    training: dict | None = None,
    real_label: float = 1.0,
    description: str = "",
    loss: str = "BCE",
) -> Graph:
    g = Graph(name)
    g.description = description
    g.training = {"epochs": 100, "seed": 0, "dtype": "float32", **(training or {})}
    g.add_node("Dataset", data, node_id="data", pos=(0, 0))
    g.add_node("Noise", noise, node_id="noise", pos=(0, 2 * Y))

    prev = ("noise", "out")
    for i, (kind, params) in enumerate(generator):
        node = f"g{i + 1}"
        g.add_node(kind, params, node_id=node, pos=(X * (i + 1), 2 * Y))
        g.connect(prev, (node, "in"))
        prev = (node, "out")
    fake = prev
    start = X * (len(generator) + 1)
    g.add_node("Detach", {}, node_id="detach", pos=(start, Y))
    g.connect(fake, ("detach", "in"))

    def judge(prefix: str, source: tuple[str, str], row: int, shift: int) -> tuple[str, str]:
        prev = source
        for i, (kind, params) in enumerate(discriminator):
            node = f"{prefix}{i + 1}"
            own = dict(params)
            if kind == "Dense" and prefix != "d":
                own["share"] = f"d{i + 1}"
            g.add_node(kind, own, node_id=node, pos=(shift + X * i, row))
            g.connect(prev, (node, "in"))
            prev = (node, "out")
        return prev

    d_start = start + X
    real_out = judge("d", ("data", "x"), 0, d_start)
    fake_out = judge("df", ("detach", "out"), Y, d_start)
    gen_out = judge("dg", fake, 3 * Y, d_start)
    end = d_start + X * len(discriminator)  # then columns: labels, losses, D's sum, optimizers
    g.add_node("Constant", {"value": real_label}, node_id="real_label", pos=(end, -Y))
    g.add_node("Constant", {"value": 0.0}, node_id="fake_label", pos=(end, 2 * Y))
    g.add_node("Constant", {"value": 1.0}, node_id="fool_label", pos=(end, 4 * Y))
    loss_type = loss
    for loss, pred, target, row in (("d_real", real_out, "real_label", 0), ("d_fake", fake_out, "fake_label", Y),
                                    ("g_loss", gen_out, "fool_label", 3 * Y)):
        g.add_node(loss_type, {}, node_id=loss, pos=(end + X, row))
        g.connect(pred, (loss, "pred"))
        g.connect((target, "out"), (loss, "target"))
    g.add_node("Add", {}, node_id="d_loss", pos=(end + 2 * X, Y // 2))
    g.connect(("d_real", "loss"), ("d_loss", "a"))
    g.connect(("d_fake", "loss"), ("d_loss", "b"))
    g.add_node(d_opt[0], d_opt[1], node_id="d_opt", pos=(end + 3 * X, Y // 2))
    g.connect(("d_loss", "out"), ("d_opt", "loss"))
    g.add_node(g_opt[0], g_opt[1], node_id="g_opt", pos=(end + 2 * X, 3 * Y))
    g.connect(("g_loss", "loss"), ("g_opt", "loss"))
    g.add_frame(Frame("generator", "Generator G", "#7b3294", "noise -> fake samples",
                      ["noise", *[f"g{i + 1}" for i in range(len(generator))]]))
    g.add_frame(Frame("discriminator", "Discriminator D", "#1a9850", "real or fake? (three uses, one set of weights)",
                      [f"{p}{i + 1}" for p in ("d", "df", "dg") for i in range(len(discriminator))]))
    return g


def mlp(hidden: list[int], out: int, act: tuple[str, dict] = ("LeakyReLU", {"alpha": 0.2}),
        last: tuple[str, dict] | None = None) -> Layers:
    layers: Layers = []
    for units in hidden:
        layers += [("Dense", {"units": units}), act]
    layers.append(("Dense", {"units": out}))
    if last is not None:
        layers.append(last)
    return layers
