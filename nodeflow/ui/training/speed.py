"""Training speeds, from full speed to slow motion, for watching a network learn.

Most examples train in a few hundredths of a second: the live curves and the decision map are
over before the eye sees them. A `Speed` sets a minimum time per epoch or per batch; the worker
waits between batches to keep it (a per-epoch minimum is spread over the epoch's batches, so
the batch curve grows smoothly instead of in jumps). Full speed waits for nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from nodeflow.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Speed:
    """`per_epoch` / `per_batch`: minimum seconds per epoch / per batch (0: no minimum)."""

    label: str
    per_epoch: float = 0.0
    per_batch: float = 0.0
    tip: str = ""

    @property
    def paced(self) -> bool:
        return self.per_epoch > 0 or self.per_batch > 0

    def seconds_per_batch(self, batches: int) -> float:
        """The minimum time of one batch of an epoch of `batches` batches."""
        return max(self.per_batch, self.per_epoch / max(1, int(batches)))


FULL = Speed(QT_TRANSLATE_NOOP("TrainingSpeed", "Full speed"), tip=QT_TRANSLATE_NOOP("TrainingSpeed", "As fast as the machine trains"))
SPEEDS: tuple[Speed, ...] = (
    FULL,
    Speed(QT_TRANSLATE_NOOP("TrainingSpeed", "20 epochs/s"), per_epoch=0.05, tip=QT_TRANSLATE_NOOP("TrainingSpeed", "At least 0.05 s per epoch")),
    Speed(QT_TRANSLATE_NOOP("TrainingSpeed", "5 epochs/s"), per_epoch=0.2, tip=QT_TRANSLATE_NOOP("TrainingSpeed", "At least 0.2 s per epoch")),
    Speed(QT_TRANSLATE_NOOP("TrainingSpeed", "1 epoch/s"), per_epoch=1.0, tip=QT_TRANSLATE_NOOP("TrainingSpeed", "At least one second per epoch")),
    Speed(QT_TRANSLATE_NOOP("TrainingSpeed", "10 batches/s"), per_batch=0.1, tip=QT_TRANSLATE_NOOP("TrainingSpeed", "At least 0.1 s per batch: watch every weight update")),
    Speed(QT_TRANSLATE_NOOP("TrainingSpeed", "2 batches/s"), per_batch=0.5, tip=QT_TRANSLATE_NOOP("TrainingSpeed", "Slow motion: at least half a second per batch")),
)
"""What the speed control offers, fastest first."""
