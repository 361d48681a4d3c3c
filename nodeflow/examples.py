"""Find the example graphs shipped in the repository's `examples/` folder (File ▸ Examples)."""

from __future__ import annotations

import json
from pathlib import Path

_HERE = Path(__file__).resolve().parent


LISTED_FOLDERS = ("rl",)
"""Folders under examples/ whose graphs File ▸ Examples lists too."""


def examples_dir() -> Path:
    """The `examples/` folder: beside the package in a checkout, or inside it when installed."""
    for candidate in (_HERE.parent / "examples", _HERE / "examples"):
        if candidate.is_dir():
            return candidate
    return _HERE.parent / "examples"


def list_examples() -> list[tuple[str, Path]]:
    """`(title, path)` for every `*.nodeflow` example: those in the folder sorted by title, then
    those in the LISTED_FOLDERS below it (`examples/rl/`: graphs whose data come from an
    environment, kept apart so the checks of Dataset examples need not know them), by folder and
    title. Other folders (`own_data/`, whose data a script makes first) are not listed. The
    title is the file's "name"; a file that cannot be read is listed under its file name
    (opening it shows why)."""
    folder = examples_dir()
    if not folder.is_dir():
        return []
    top = sorted((_entry(p) for p in folder.glob("*.nodeflow")), key=lambda item: item[0].lower())
    below = sorted((_entry(p) for sub in LISTED_FOLDERS for p in folder.glob(f"{sub}/*.nodeflow")),
                   key=lambda item: (item[1].parent.name, item[0].lower()))
    return top + below


def _entry(path: Path) -> tuple[str, Path]:
    try:
        title = json.loads(path.read_text(encoding="utf-8")).get("name")
    except (OSError, ValueError, AttributeError):
        title = None
    return (title if isinstance(title, str) and title.strip() else path.stem, path)
