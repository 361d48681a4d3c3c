"""The training settings, declared once: name, kind, default, range and help of each.

The file format (`graph/io.py`, which validates the `training` section with them), the
inspector (which shows them like node parameters), the trainer and the exporters (which read
`TrainingSettings.read`) all take them from here, so they cannot disagree on a default.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

DTYPES = ("float32", "float64")


class SettingError(ValueError):
    """A training setting of the wrong kind or out of range; one line naming it."""


@dataclass(frozen=True)
class Setting:
    """One training setting (the same fields as a node parameter's declaration)."""

    name: str
    kind: str
    """"int", "bool" or "choice"."""
    default: Any
    help: str
    low: float | None = None
    high: float | None = None
    choices: tuple[str, ...] = ()


SETTINGS: tuple[Setting, ...] = (
    Setting("epochs", "int", 30, "Passes over the training data.", low=1, high=1_000_000),
    Setting("seed", "int", 0, "Fixes initialisation, shuffling and dropout.", low=0, high=2**32 - 1),
    Setting("dtype", "choice", "float32", "Floating-point precision.", choices=DTYPES),
    Setting("patience", "int", 0, "Epochs without a better validation loss before stopping (0: never).",
            low=0, high=1_000_000),
    Setting("restore_best", "bool", True,
            "When training stops early, go back to the weights of the epoch with the best validation loss."),
)
"""Every setting of a graph's `training` section, in the order files and the inspector show them."""

BY_NAME = {s.name: s for s in SETTINGS}


@dataclass(frozen=True)
class TrainingSettings:
    """A graph's training settings with every default filled in."""

    epochs: int = BY_NAME["epochs"].default
    seed: int = BY_NAME["seed"].default
    dtype: str = BY_NAME["dtype"].default
    patience: int = BY_NAME["patience"].default
    restore_best: bool = BY_NAME["restore_best"].default

    @classmethod
    def read(cls, training: Mapping[str, Any] | None, **overrides: Any) -> TrainingSettings:
        """The settings of a `training` section (missing or None: the default), with the
        keyword overrides that are not None (the command line's --epochs, --seed); raises
        SettingError naming a value of the wrong kind or out of range."""
        values: dict[str, Any] = {}
        source = dict(training or {})
        source.update({k: v for k, v in overrides.items() if v is not None})
        for f in fields(cls):
            value = source.get(f.name)
            values[f.name] = BY_NAME[f.name].default if value is None else check(BY_NAME[f.name], value)
        return cls(**values)


def check(setting: Setting, value: Any) -> Any:
    """`value` if it fits `setting`, else SettingError in the words the trainer always used."""
    name = setting.name
    if setting.kind == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            raise SettingError(f"training: '{name}' must be an integer, got {value!r}")
        if name == "epochs" and value < 1:  # other ranges are the file format's to enforce
            raise SettingError(f"training: 'epochs' must be at least 1, got {value}")
    elif setting.kind == "bool":
        if not isinstance(value, bool):
            raise SettingError(f"training: '{name}' must be true or false, got {value!r}")
    elif setting.kind == "choice" and value not in setting.choices:
        raise SettingError(f"training: '{name}' must be one of {', '.join(setting.choices)}, got {value!r}")
    return value
