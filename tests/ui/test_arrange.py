"""Align and distribute (pure arithmetic on card rectangles)."""

from __future__ import annotations

import pytest

from nodeflow.ui.canvas.arrange import align, distribute

RECTS = {"a": (0.0, 0.0, 160.0, 80.0), "b": (300.0, 50.0, 160.0, 120.0), "c": (100.0, 400.0, 160.0, 80.0)}


@pytest.mark.parametrize(("how", "expected"), [
    ("left", {"a": (0, 0), "b": (0, 50), "c": (0, 400)}),
    ("right", {"a": (300, 0), "b": (300, 50), "c": (300, 400)}),
    ("center", {"a": (150, 0), "b": (150, 50), "c": (150, 400)}),
    ("top", {"a": (0, 0), "b": (300, 0), "c": (100, 0)}),
    ("bottom", {"a": (0, 400), "b": (300, 360), "c": (100, 400)}),
    ("middle", {"a": (0, 200), "b": (300, 180), "c": (100, 200)}),
])
def test_align(how, expected):
    assert align(RECTS, how) == expected


def test_distribute_keeps_the_ends_and_evens_the_gaps():
    rects = {"a": (0.0, 0.0, 100.0, 50.0), "b": (120.0, 0.0, 100.0, 50.0), "c": (600.0, 0.0, 100.0, 50.0)}
    assert distribute(rects, horizontal=True) == {"a": (0, 0), "b": (300, 0), "c": (600, 0)}
    v = distribute({"a": (0.0, 0.0, 10.0, 10.0), "b": (0.0, 95.0, 10.0, 10.0), "c": (0.0, 20.0, 10.0, 10.0)}, False)
    assert v == {"a": (0, 0), "c": (0, 47.5), "b": (0, 95)}
    assert distribute({"a": (1.0, 2.0, 3.0, 4.0)}, True) == {"a": (1, 2)}
