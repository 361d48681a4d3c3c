"""The node catalogue of DESIGN.md, one module per group; importing registers them in palette order."""

from nodeflow.nodes.catalogue import (  # noqa: F401
    data,
    layers,
    conv,
    recurrent,
    merge,
    activations,
    losses,
    optimizers,
)
