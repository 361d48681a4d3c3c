"""Names and the error type shared by the experiment modules, importable without NumPy or the
node catalogue (the command line builds its parser from them before anything heavy loads)."""

from __future__ import annotations

TRAINING = "training"
"""`training.KEY=...`: a training setting rather than a node."""
TYPE = "type"
"""`NODE.type=...`: the node's type is swapped."""
FULL_BATCH = "full"
"""`data.batch_size=1,32,full`: one batch of the whole training split."""


class SpecError(ValueError):
    """A vary spec that cannot be used; the message is one line for the user."""
