"""A lesson, as read from its file (see docs/lessons.md for the format teachers write).

Plain frozen data: the loader builds it, the checker and the Lessons panel read it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nodeflow.lessons.expr import Expression


@dataclass(frozen=True)
class Text:
    """One text in both languages of the course."""

    en: str
    ko: str

    def __call__(self, lang: str) -> str:
        """The text in `lang` ("ko" or anything else for English)."""
        return self.ko if lang == "ko" else self.en


@dataclass(frozen=True)
class Prediction:
    """A multiple-choice question answered before training: *predict, then run*."""

    question: Text
    choices: tuple[Text, ...]
    answer: int
    """0-based index of the choice the run will show (the file writes it 1-based)."""
    explain: Text | None = None


@dataclass(frozen=True)
class Hint:
    """What to try when the check fails; shown only when `when` holds (always when None)."""

    text: Text
    when: Expression | None = None


@dataclass(frozen=True)
class NamedRun:
    """A run the check compares with others: the latest run for which `where` holds."""

    name: str
    where: Expression
    todo: Text
    """What the learner does to make it ("train once with MAE as the loss")."""


@dataclass(frozen=True)
class Check:
    expect: Expression
    passed: Text
    hints: tuple[Hint, ...] = ()
    on: str = "train"
    """What the check waits for: "train" (a training run ends) or "gradcheck"."""


@dataclass(frozen=True)
class SolutionRun:
    """One run of the intended solution: settings to change from the lesson's graph
    ({"node.param": value, "node.type": "ReLU", "training.epochs": 50}), then train (or check
    gradients). Tests apply it headless: the check must pass with it and fail without it."""

    changes: dict[str, Any]
    action: str = "train"


@dataclass(frozen=True)
class Lesson:
    id: str
    path: Path
    title: Text
    goal: Text
    graph_path: Path
    steps: tuple[Text, ...]
    check: Check
    prediction: Prediction | None = None
    locked: tuple[str, ...] = ()
    """Settings the learner may not change ("data.source", "sgd.type", "training.epochs")."""
    runs: tuple[NamedRun, ...] = ()
    solution: tuple[SolutionRun, ...] = ()
    order: float = 0.0
    concepts: tuple[str, ...] = ()
    """Glossary terms (English) the lesson teaches."""
    slow: bool = False
    """Its solution trains for more than a few seconds (tests mark it slow)."""
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def named_run(self, name: str) -> NamedRun:
        for run in self.runs:
            if run.name == name:
                return run
        raise KeyError(name)
