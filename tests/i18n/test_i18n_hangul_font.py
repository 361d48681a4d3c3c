"""No tofu: every Korean string the window can show is drawn with real glyphs. Qt falls back
from the default font to one that has Hangul (scripts/install-qt-deps.sh installs
fonts-nanum); without one, each syllable would come out as the font's empty box (glyph 0)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QRawFont, QTextLayout

from nodeflow.i18n.catalogue import read_messages, ts_path
from nodeflow.lessons.loader import load_all


def korean_strings() -> list[str]:
    texts = [m.translation for m in read_messages(ts_path("ko"))]
    lessons, _errors = load_all()
    for lesson in lessons:
        texts += [lesson.title.ko, lesson.goal.ko, *(s.ko for s in lesson.steps), lesson.check.passed.ko,
                  *(h.text.ko for h in lesson.check.hints)]
        if lesson.prediction:
            texts += [lesson.prediction.question.ko, *(c.ko for c in lesson.prediction.choices)]
    return texts


def missing_glyphs(text: str, font: QFont) -> list[tuple[str, str]]:
    """(character, font family) for every character drawn as glyph 0 (.notdef, the box)."""
    layout = QTextLayout(text.replace("\n", " "), font)
    layout.beginLayout()
    line = layout.createLine()
    while line.isValid():
        line.setLineWidth(100_000)
        line = layout.createLine()
    layout.endLayout()
    flat = text.replace("\n", " ")
    bad = []
    for run in layout.glyphRuns(-1, -1, QTextLayout.GlyphRunRetrievalFlag.RetrieveAll):
        raw = run.rawFont()
        for glyph, index in zip(run.glyphIndexes(), run.stringIndexes(), strict=False):
            char = flat[index]
            if glyph == 0 and not char.isspace():
                bad.append((char, raw.familyName()))
    return bad


def test_a_font_with_hangul_is_installed(qapp):
    families = [f for f in QFontDatabase.families(QFontDatabase.WritingSystem.Korean)]
    assert families, "no font with Hangul: run scripts/install-qt-deps.sh (fonts-nanum)"


@pytest.mark.parametrize("bold", [False, True])
def test_every_korean_string_renders_without_boxes(qapp, bold):
    font = QFont(qapp.font())
    font.setBold(bold)
    bad = {}
    for text in korean_strings():
        for char, family in missing_glyphs(text, font):
            bad.setdefault(char, family)
    shown = ", ".join(f"{c} ({f})" for c, f in list(bad.items())[:10])
    assert not bad, f"{len(bad)} characters drawn as boxes, e.g. {shown}: install fonts-nanum"


def test_hangul_comes_from_a_font_that_has_it(qapp):
    """The default Latin font has no Hangul (its glyph would be 0, a box): the syllables are
    drawn by the Hangul font Qt falls back to, which supports every one of them."""
    latin = QRawFont.fromFont(QFont("DejaVu Sans"))
    assert latin.glyphIndexesForString("학습률") == [0, 0, 0]
    assert not missing_glyphs("학습률", QFont("DejaVu Sans"))
