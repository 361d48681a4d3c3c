"""Every example loads, passes `nodeflow check`, round-trips exactly and says what it shows."""

import json
from pathlib import Path

import pytest

from nodeflow.cli import main
from nodeflow.examples import examples_dir, list_examples
from nodeflow.graph import analyze, dumps, load, loads

EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.nodeflow"))
NAMES = {p.stem for p in EXAMPLES}


def test_the_examples_of_the_design_are_there():
    assert {"linear_regression", "xor_mlp", "moons_mlp", "digits_mlp", "digits_cnn", "iris_softmax",
            "diabetes_regression", "sine_lstm", "residual_mlp"} <= NAMES


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_example_checks_and_round_trips(path, capsys):
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[-1].endswith("multiply-adds per sample")
    graph = load(path)
    a = analyze(graph)
    assert a.ok and a.param_count > 0
    text = path.read_text(encoding="utf-8")
    assert dumps(graph) == text  # saved by nodeflow: loading and saving changes nothing
    assert loads(dumps(graph)) == graph
    data = json.loads(text)
    assert data["name"] and len(data["description"]) > 80 and "training" in data
    # laid out so no two cards overlap (a card is 160 px wide, about 100 px tall)
    spots = [tuple(n["pos"]) for n in data["nodes"]]
    assert all(
        abs(a[0] - b[0]) >= 200 or abs(a[1] - b[1]) >= 150 for i, a in enumerate(spots) for b in spots[i + 1 :]
    )


def test_list_examples_reads_names():
    listed = list_examples()
    assert examples_dir() == EXAMPLES[0].parent
    assert len(listed) == len(EXAMPLES) + len(list(examples_dir().glob("rl/*.nodeflow")))  # + examples/rl/
    assert ("Digits CNN", examples_dir() / "digits_cnn.nodeflow") in listed
    top = [t for t, p in listed if p.parent == examples_dir()]
    assert top == sorted(top, key=str.lower) and listed[: len(top)] == [(t, p) for t, p in listed if t in top]


def test_list_examples_survives_a_broken_file(tmp_path, monkeypatch):
    (tmp_path / "bad.nodeflow").write_bytes(b"\xff not json")
    (tmp_path / "good.nodeflow").write_text('{"name": "Good one"}')
    monkeypatch.setattr("nodeflow.examples.examples_dir", lambda: tmp_path)
    assert [t for t, _ in list_examples()] == ["bad", "Good one"]
