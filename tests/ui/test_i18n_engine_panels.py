"""Panels that show the engine's words show them in Korean: the RL panel's stop reason, the
data preview's error, the diagnoses tab's failure, the variants table's tooltips."""

from __future__ import annotations

import re

import pytest

from nodeflow.nodes import REGISTRY
from nodeflow.ui.i18n.translator import Languages

HANGUL = re.compile("[\uac00-\ud7a3]")


@pytest.fixture
def korean(qapp):
    languages = Languages.instance()
    assert languages.switch("ko")
    yield
    languages.switch("en")


def test_rl_panel_says_why_it_stopped_in_korean(korean):
    from nodeflow.ui.rl.rl_panel import RLPanel

    panel = RLPanel()
    panel.on_event({"event": "error", "message": "the replay buffer is empty"})
    assert "리플레이 버퍼가 비어 있습니다" in panel.status.text()


def test_data_preview_error_in_korean_and_after_a_switch(korean, qapp, tmp_path):
    from nodeflow.ui.data_preview import DataPreview

    csv = tmp_path / "houses.csv"
    csv.write_text("")
    params = {**REGISTRY.get("Dataset").defaults(), "source": "csv", "path": str(csv), "target": "price"}
    preview = DataPreview()
    preview.show_for(params, tmp_path)
    preview.refresh_now()
    english = preview.current.error
    assert english and not HANGUL.search(english)
    assert preview.message.text().startswith("houses.csv이(가) 비어 있습니다"), preview.message.text()
    Languages.instance().switch("en")
    qapp.processEvents()
    assert preview.message.text() == english


def test_diagnoses_failure_in_korean(korean):
    from nodeflow.ui.stepping.diagnoses_tab import DiagnosesTab

    tab = DiagnosesTab()
    tab._on_failed("the graph has no Dataset node to train on")
    assert tab.status.text().endswith("그래프에 학습할 Dataset 노드가 없습니다"), tab.status.text()
