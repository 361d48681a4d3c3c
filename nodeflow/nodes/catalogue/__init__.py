"""The node catalogue of DESIGN.md, one module per group; importing registers them in palette order."""

from nodeflow.nodes.catalogue import (  # noqa: F401, I001  (palette order, not alphabetical)
    data,
    layers,
    conv,
    recurrent,
    merge,
    activations,
    losses,
    optimizers,
    training,
)
