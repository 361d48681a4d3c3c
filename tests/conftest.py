"""Shared test set-up: headless Qt, and the repository's paths."""

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.nodeflow"))


@pytest.fixture
def examples_dir() -> Path:
    return ROOT / "examples"
