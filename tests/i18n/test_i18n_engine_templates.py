"""Every message the engine raises or records has a Korean template, and real messages from the
engine's readers, data sources and shape rules come out whole in Korean (the Qt-free path the
command line takes; the window's QTranslator answers from the same .ts)."""

from __future__ import annotations

import re

import pytest

from nodeflow import i18n
from nodeflow.i18n.engine import TEMPLATES, engine_text, untranslated_messages

HANGUL = re.compile("[\uac00-\ud7a3]")


@pytest.fixture
def korean():
    i18n.set_language("ko")
    yield
    i18n.set_language("en")


def test_no_engine_message_lacks_a_template():
    missing = [f"{file}:{line}: {text}" for file, line, text in untranslated_messages()]
    assert not missing, "add templates to nodeflow/i18n/engine.py:\n" + "\n".join(missing)


def test_the_lister_reads_text_constants_and_hints():
    """f"{LOSS_HINT}, but target gets a loss" is the constant's text; `hint = "..."` counts."""
    skeletons = {re.sub(r"\{[A-Za-z_0-9]*\}", "{}", str(t)) for t in TEMPLATES}
    assert "a loss can only go into an optimizer, but target gets a loss" in skeletons
    assert "Reshape to (C, H, W) first, or use a Dataset with as_images" in skeletons


def test_every_template_is_translated_with_its_fields(korean):
    for t in TEMPLATES:
        ko = t.translated()
        assert HANGUL.search(ko) or not re.search(r"[A-Za-z]{3}", re.sub(r"\{\w+\}", "", str(t))), str(t)
        assert sorted(re.findall(r"\{\w+\}", ko)) == sorted(re.findall(r"\{\w+\}", str(t))), str(t)


def _error(call) -> str:
    with pytest.raises(Exception) as caught:
        call()
    return str(caught.value)


def test_file_reader_messages_in_korean(korean):
    from nodeflow.graph.io import loads

    wire = '{"format": "nodeflow", "version": 1, "nodes": [], "edges": [{"from": ["a", "x"], "to": "b"}]}'
    assert engine_text(_error(lambda: loads(wire))) == (
        '연결선 #1: "to"는 [노드 id, 포트 이름]이어야 합니다 (입력: "b")')
    text = engine_text(_error(lambda: loads('{"format": "nodeflow", "version": 1, "nodes": [], "edges": [], "x": 1}')))
    assert text.startswith('알 수 없는 키 "x" (쓸 수 있는 키: ') and HANGUL.search(text)
    assert engine_text(_error(lambda: loads("[1, 2"))).startswith("nodeflow 파일이 아닙니다: 1번째 줄 ")


def test_data_and_shape_messages_in_korean(korean, tmp_path):
    from nodeflow.graph.analysis import analyze
    from nodeflow.graph.document import Graph

    g = Graph()
    g.add_node("Dataset", {"source": "digits", "as_images": False}, None, "data")
    g.add_node("Conv2D", {}, None, "c")
    g.connect(("data", "x"), ("c", "in"))
    text = engine_text(analyze(g).errors["c"])
    assert text.startswith("c: 먼저 (C, H, W)로 Reshape하거나, as_images를 켠 Dataset을 쓰세요. "), text
    assert text.endswith("(data에서 옴)")

    csv = tmp_path / "houses.csv"
    csv.write_text("rooms,price\n3,x\n")
    g = Graph()
    g.add_node("Dataset", {"source": "csv", "path": str(csv), "target": "price"}, None, "data")
    text = engine_text(analyze(g).errors.get("data", ""))
    assert HANGUL.search(text) and "'x'" in text, text


def test_a_message_about_a_loss_that_grew_is_not_split_at_from(korean):
    """"... (the loss grew from 0.5 to 9e+09) ..." is not "{message} from {source}"."""
    from nodeflow.compute.runtime.loop import grew_message

    assert engine_text(grew_message(2, 0.5, 9e9, 0.1)) == (
        "에포크 3에서 학습이 발산했습니다 (손실이 0.5에서 9e+09(으)로 커짐). 더 작은 학습률을 써 보세요 (지금 0.1)")


def test_a_nested_message_without_translation_keeps_the_rest(korean):
    assert engine_text("training: something new") == "학습 설정: something new"
    assert engine_text("fc: something new the engine says") == "fc: something new the engine says"
    assert engine_text("wire #2: no node named 'q'") == "연결선 #2: 이름이 'q'인 노드가 없습니다"


def test_export_messages_in_korean(korean):
    """The export dialogs show the exporters' refusals (nodeflow.export) in Korean too."""
    from nodeflow.export import export_graph
    from nodeflow.graph.document import Graph

    g = Graph()
    g.add_node("Dense", {"units": 2}, None, "fc")
    assert engine_text(_error(lambda: export_graph(g, target="java"))) == (
        "알 수 없는 내보내기 대상 'java' (numpy or torch 중에서 고르세요)")
    g.add_node("Dataset", {"source": "moons"}, None, "data")
    g.connect(("data", "x"), ("fc", "in"))
    text = engine_text(_error(lambda: export_graph(g)))
    assert text == "그래프에 데이터로 계산한 손실이 없습니다" or HANGUL.search(text), text


def test_notes_warnings_and_bad_rows_in_korean(korean):
    """What a run or a data file says besides errors: the no-better-than-a-constant warning, a
    csv's filled values, a list of bad rows (each row's problem translated), a number field that
    must not swallow a row's "line 5: " prefix."""
    from nodeflow.compute.baseline import learned_nothing

    warning = learned_nothing("CrossEntropy", 0.7, 0.69)
    assert engine_text(warning).startswith("모델이 아무것도 배우지 못했습니다: 검증 손실 0.7이(가) "), engine_text(warning)
    assert engine_text("rooms: 2 missing values filled with the median 3 (lines 4 and 9)") == (
        "rooms: 빠진 값 2개를 중앙값 3(으)로 채웠습니다 (4, 9번째 줄)")
    bad = ("houses.csv has 9 bad rows: line 3: 'x' in column 'price' is not a number; line 5: 2 values but the "
           "header names 3 columns; and 7 more (fix them, or set skip_bad_rows to leave them out)")
    assert engine_text(bad) == (
        "houses.csv에 잘못된 행이 9개 있습니다: 3번째 줄: 열 'price'의 'x'은(는) 숫자가 아닙니다; 5번째 줄: 값이 2개인데 "
        "머리글의 열은 3개입니다; 그 밖에 7개 (고치거나, skip_bad_rows를 켜서 빼세요)")


def test_the_lister_reads_both_plural_forms(tmp_path):
    """`rows = "row" if n == 1 else "rows"` in an f-string: both messages need a template."""
    engine = tmp_path / "graph"
    engine.mkdir()
    (engine / "m.py").write_text(
        "def f(n, name, lines):\n"
        "    notes = []\n"
        "    cats = 'cat' if n == 1 else 'cats'\n"
        "    notes.append(f'{n} bad {cats} left out')\n"
        "    rows = 'row' if n == 1 else 'rows'\n"
        "    notes.append(f'{name}: {n} bad {rows} left out ({lines}); training uses the other {n}')\n",
        encoding="utf-8")
    found = sorted(text for _f, _l, text in untranslated_messages(tmp_path))
    assert found == ["{} bad cat left out", "{} bad cats left out"]


def test_card_summaries_with_words_in_korean(korean):
    """A card's summary is mostly a type and numbers ("Dense 16"); the ones with words are
    translated on the card (nodeflow.ui.canvas.node_item) like any engine text."""
    from nodeflow.nodes import REGISTRY

    def card(type_name: str, **params) -> str:
        spec = REGISTRY.get(type_name)
        return engine_text(spec.describe(spec.validate_params(params)))

    assert card("Environment", episodes=200).endswith(" · 에피소드 200개")
    assert card("Concat", axis=1) == "Concat 축 1"
    assert card("Dense", units=16) == "Dense 16"
    assert card("SGD") == engine_text(REGISTRY.get("SGD").describe(REGISTRY.get("SGD").defaults()))
