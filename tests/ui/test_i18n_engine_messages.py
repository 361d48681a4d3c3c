"""The engine's English messages reach the window in Korean: the analysis's shape errors and
unconnected inputs, a parameter refused, a run that diverged. The engine itself stays Qt-free
and English; `engine_text` translates where the window shows the text."""

from __future__ import annotations

import re

import pytest

from nodeflow.compute.trainer import Trainer
from nodeflow.graph.analysis import analyze
from nodeflow.graph.document import Graph
from nodeflow.i18n.engine import TEMPLATES, engine_text
from nodeflow.nodes import REGISTRY
from nodeflow.ui.i18n.translator import Languages

HANGUL = re.compile("[\uac00-\ud7a3]")


@pytest.fixture
def korean(qapp):
    languages = Languages.instance()
    assert languages.switch("ko")
    yield
    languages.switch("en")


def _flatten_missing() -> str:
    g = Graph()
    g.add_node("Dataset", {"source": "digits", "as_images": True}, None, "data")
    g.add_node("Dense", {"units": 4}, None, "fc")
    g.connect(("data", "x"), ("fc", "in"))
    return analyze(g).errors["fc"]


def test_english_is_shown_as_the_engine_wrote_it(qapp):
    message = _flatten_missing()
    assert engine_text(message) == message


def test_a_shape_error_in_korean_keeps_node_shapes_and_source(korean):
    text = engine_text(_flatten_missing())
    assert text == ("fc: 앞에 Flatten을 끼워 넣으세요. 이 노드는 (N, F) 또는 (N, T, F)을(를) 받아야 하는데 "
                    "(N, 1, 8, 8)을(를) 받습니다 (data에서 옴)")


def test_unconnected_input_refused_parameter_and_divergence(korean):
    g = Graph()
    g.add_node("Dense", {"units": 4}, None, "fc")
    assert engine_text(analyze(g).errors["fc"]) == "fc: 입력 'in'이(가) 연결되지 않았습니다"
    with pytest.raises(ValueError) as refused:
        next(p for p in REGISTRY.get("Dense").params if p.name == "units").coerce(0)
    assert engine_text(str(refused.value)) == "매개변수 'units'에는 1에서 65536 사이의 값만 쓸 수 있습니다 (입력: 0)"
    diverged = engine_text(Trainer._diverged(2, float("nan"), 0.5))
    assert diverged == "에포크 3에서 학습이 발산했습니다 (손실이 nan이(가) 됨). 더 작은 학습률을 써 보세요 (지금 0.5)"


def test_an_unknown_message_stays_whole(korean):
    assert engine_text("fc: something new the engine says") == "fc: something new the engine says"


def test_every_template_has_a_korean_translation(korean):
    missing = [str(t) for t in TEMPLATES if not HANGUL.search(t.translated())]
    assert not missing, missing
    assert engine_text("fc2: cannot share the weights of fc1: it needs W (4, 2) but fc1 has W (3, 2)") == (
        "fc2: fc1의 가중치를 함께 쓸 수 없습니다: 이 노드에는 W (4, 2)이(가) 필요한데 fc1에는 W (3, 2)이(가) 있습니다")


def test_a_divergence_of_one_of_several_losses(korean):
    text = engine_text(Trainer._diverged(1, float("inf"), 0.5, "mse1"))
    assert text == "에포크 2에서 학습이 발산했습니다 (손실 mse1이(가) inf이(가) 됨). 더 작은 학습률을 써 보세요 (지금 0.5)"


def test_shape_rules_of_layers_and_refused_wires(korean):
    g = Graph()
    g.add_node("Dataset", {"source": "digits", "as_images": True}, None, "data")
    g.add_node("Conv2D", {"kernel_size": 9}, None, "c")
    g.connect(("data", "x"), ("c", "in"))
    assert engine_text(analyze(g).errors["c"]) == (
        "c: 9x9 커널(kernel)이(가) 맞지 않습니다 (더 작은 kernel_size나 더 큰 패딩(padding)을(를) 쓰세요): 패딩 0일 때 "
        "적어도 9x9 크기의 이미지가 필요한데 (N, 1, 8, 8)을(를) 받습니다 (data에서 옴)")
    g.add_node("Reshape", {"shape": [1, 8, 9]}, None, "r")
    g.connect(("c", "out"), ("r", "in"))
    with pytest.raises(ValueError) as refused:
        g.connect(("data", "x"), ("r", "in"))
    assert engine_text(str(refused.value)) == "r.in은(는) 이미 c.out에 연결되어 있습니다"


def test_the_report_lists_what_has_no_template():
    from nodeflow.i18n.engine import untranslated_messages

    missing = {text for _file, _line, text in untranslated_messages()}
    assert "input '{}' is not connected" not in missing  # has a template
    assert all("{}" in t or t for t in missing)
