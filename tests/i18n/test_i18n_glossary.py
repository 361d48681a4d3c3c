"""Terms stay consistent: wherever a source string uses a course term, its Korean translation
uses the glossary's Korean term; lessons name the English term beside the Korean one."""

from __future__ import annotations

import pytest

from nodeflow.i18n.catalogue import read_messages, ts_path
from nodeflow.i18n.glossary import load_glossary, missing_terms, node_type_names, term, used_terms
from nodeflow.lessons.loader import load_all

BRIEF = {  # the terms the course insists on (issue 17)
    "vanishing gradient": "기울기 소실", "overfitting": "과적합", "learning rate": "학습률",
    "loss function": "손실 함수", "gradient descent": "경사하강법", "backpropagation": "역전파",
    "batch normalization": "배치 정규화", "dropout": "드롭아웃", "early stopping": "조기 종료",
}


def test_the_glossary_has_the_course_terms():
    for en, ko in BRIEF.items():
        t = term(en)
        assert t is not None and t.ko == ko and t.beside, en


def test_glossary_terms_are_unique():
    spellings = [s.lower() for t in load_glossary() for s in t.spellings]
    assert len(spellings) == len(set(spellings))


def test_matching_prefers_longer_terms_and_skips_code_and_node_names():
    names = node_type_names()
    used = [t.en for t in used_terms("Plain gradient descent on batch_size and sgd.lr; as after Softmax", names=names)]
    assert used == ["gradient descent"]
    assert [t.en for t in used_terms("the softmax of a mini-batch")] == ["mini-batch", "softmax"]
    assert [t.en for t in missing_terms("training diverged", "학습이 폭발했다")] == ["diverge"]


def test_every_translation_uses_the_glossary_terms():
    names = node_type_names()
    bad = []
    for m in read_messages(ts_path("ko")):
        for t in missing_terms(m.source, m.translation, names=names):
            bad.append(f"[{m.context}] {m.source[:60]!r}: needs {t.ko} ({t.en})")
    assert not bad, "\n".join(bad)


def _korean_text(lesson) -> str:
    texts = [lesson.title.ko, lesson.goal.ko, *(s.ko for s in lesson.steps), lesson.check.passed.ko,
             *(h.text.ko for h in lesson.check.hints)]
    p = lesson.prediction
    if p is not None:
        texts += [p.question.ko, *(c.ko for c in p.choices)] + ([p.explain.ko] if p.explain else [])
    return "\n".join(texts)


LESSONS, _ERRORS = load_all()


@pytest.mark.parametrize("lesson", LESSONS, ids=[lesson.id for lesson in LESSONS])
def test_lessons_teach_their_concepts_in_the_course_words(lesson):
    text = _korean_text(lesson)
    for concept in lesson.concepts:
        t = term(concept)
        assert t is not None, f"{concept!r} is not in the glossary"
        assert t.ko in text, f"{lesson.id}: the Korean text never says {t.ko} ({t.en})"
        if t.beside:
            assert any(s.lower() in text.lower() for s in t.spellings), \
                f"{lesson.id}: {t.ko} appears without the English term beside it: {t.ko}({t.en})"


@pytest.mark.parametrize("lesson", LESSONS, ids=[lesson.id for lesson in LESSONS])
def test_lesson_korean_uses_glossary_terms_for_its_english(lesson):
    """Each Korean text says the glossary's term wherever its English twin uses one."""
    names = node_type_names()
    pairs = [(lesson.title.en, lesson.title.ko), (lesson.goal.en, lesson.goal.ko),
             *((s.en, s.ko) for s in lesson.steps), (lesson.check.passed.en, lesson.check.passed.ko)]
    bad = [f"{en[:50]!r}: {t.ko} ({t.en})" for en, ko in pairs for t in missing_terms(en, ko, names=names)]
    assert not bad, "\n".join(bad)
