"""Fuzzing the loader and `nodeflow check`: whatever the bytes, the answer is a GraphError (or a
valid graph), and the command exits 0 or 2 with one `error:` line, never a traceback."""

import json
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nodeflow.cli import main
from nodeflow.graph import GraphError, loads

EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "examples").glob("*.nodeflow"))
TEXTS = [p.read_bytes() for p in EXAMPLES]

FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**40), 10**40) | st.floats(allow_nan=False)
    | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


def paths_of(value, prefix=()):
    """Every (container, key) position in a JSON value."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield value, k
            yield from paths_of(v)
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield value, i
            yield from paths_of(v)


@st.composite
def mutated_documents(draw) -> bytes:
    raw = draw(st.sampled_from(TEXTS))
    kind = draw(st.sampled_from(["flip", "truncate", "replace", "nest", "delete"]))
    rng = random.Random(draw(st.integers(0, 2**32)))
    if kind == "flip":
        data = bytearray(raw)
        for _ in range(draw(st.integers(1, 8))):
            data[rng.randrange(len(data))] = rng.randrange(256)
        return bytes(data)
    if kind == "truncate":
        return raw[: draw(st.integers(0, len(raw) - 1))]
    data = json.loads(raw)
    spots = list(paths_of(data))
    container, key = spots[rng.randrange(len(spots))]
    if kind == "replace":
        container[key] = draw(json_values)
    elif kind == "nest":
        for _ in range(draw(st.integers(1, 50))):
            container[key] = [container[key]] if rng.random() < 0.5 else {"k": container[key]}
    else:
        del container[key]
    return json.dumps(data, ensure_ascii=False).encode("utf-8", "surrogatepass")


def assert_graph_or_graph_error(raw: bytes) -> None:
    try:
        loads(raw)
    except GraphError as exc:
        assert "\n" not in str(exc) and str(exc)


def assert_check_answers_in_one_line(tmp_path, capsys, raw: bytes) -> None:
    path = tmp_path / "fuzz.nodeflow"
    path.write_bytes(raw)
    code = main(["check", str(path)])
    out, err = capsys.readouterr()
    if code == 0:
        assert err == "" and out.splitlines()[-1].endswith("per sample")
    else:
        assert code == 2, err
        lines = err.splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: ") and "internal error" not in lines[0], err


@FUZZ
@given(raw=mutated_documents())
def test_loads_on_mutated_examples(raw):
    assert_graph_or_graph_error(raw)


@FUZZ
@given(raw=st.binary(max_size=300))
def test_loads_on_random_bytes(raw):
    assert_graph_or_graph_error(raw)
    assert_graph_or_graph_error(raw.decode("latin-1").encode("utf-8"))


@FUZZ
@given(raw=mutated_documents() | st.binary(max_size=200))
def test_check_on_mutated_examples(tmp_path, capsys, raw):
    assert_check_answers_in_one_line(tmp_path, capsys, raw)


@pytest.mark.parametrize("depth", [10, 1000, 100_000])
def test_deep_nesting(depth):
    assert_graph_or_graph_error(b"[" * depth + b"]" * depth)
