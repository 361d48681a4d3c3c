"""The file format: round trips, deterministic output, atomic save, and every rejection."""

import json
import os

import pytest
from graphdocs import doc, mlp_doc

from nodeflow.graph import GraphError
from nodeflow.graph import io as gio


@pytest.fixture
def use_registry(registry, monkeypatch):
    """Make `loads`/`load` use the test catalogue."""
    original = gio.graph_from_dict
    monkeypatch.setattr(gio, "graph_from_dict", lambda data, registry_=None: original(data, registry=registry))


def rejected(build, data) -> str:
    with pytest.raises(GraphError) as info:
        build(data)
    message = str(info.value)
    assert "\n" not in message
    return message


# ----------------------------------------------------------------------------- round trips
def test_round_trip_is_exact(build, use_registry):
    d = mlp_doc()
    d["description"] = 'Shows "quotes",\nnew lines and unicode: Ωμέγα ✓'
    d["nodes"][1]["pos"] = [220, 0.5]
    d["training"] = {"epochs": 5, "patience": 3, "restore_best": True}
    g = build(d)
    text = gio.dumps(g)
    assert gio.dumps(gio.loads(text)) == text
    assert gio.loads(text) == g
    assert gio.loads(text).description == d["description"]
    assert "Ωμέγα" in text  # UTF-8 characters are kept, not escaped


def test_only_given_params_are_kept(build, use_registry):
    g = build(mlp_doc())
    assert g.nodes["fc1"].params == {"units": 8}
    data = json.loads(gio.dumps(g))
    assert data["nodes"][1]["params"] == {"units": 8}


def test_output_has_fixed_key_order_and_training_defaults(build):
    d = mlp_doc()
    d = {k: d[k] for k in reversed(list(d))}  # keys in another order
    data = json.loads(gio.dumps(build(d)))
    assert list(data) == ["format", "version", "name", "nodes", "edges", "training"]
    assert list(data["nodes"][0]) == ["id", "type", "params"]
    assert data["training"] == {"epochs": 30, "seed": 0, "dtype": "float32"}


def test_legacy_type_name_is_saved_under_its_new_name(build):
    g = build(doc([("r", "TRectifier")], []))
    assert g.nodes["r"].type == "TReLU"


def test_save_and_load_file(tmp_path, build, use_registry):
    g = build(mlp_doc())
    path = tmp_path / "g.nodeflow"
    gio.save(g, path)
    assert gio.load(path) == g
    assert path.read_bytes() == gio.dumps(g).encode("utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["g.nodeflow"]


def test_failed_save_leaves_the_old_file_intact(tmp_path, build, monkeypatch):
    path = tmp_path / "g.nodeflow"
    path.write_text("old content")

    def boom(*a, **k):
        raise OSError("disk full")

    monkeypatch.setattr(gio.os, "replace", boom)
    with pytest.raises(GraphError, match="cannot save .*disk full"):
        gio.save(build(mlp_doc()), path)
    assert path.read_text() == "old content"
    assert [p.name for p in tmp_path.iterdir()] == ["g.nodeflow"]  # temporary file removed


def test_save_into_a_missing_folder_is_a_graph_error(tmp_path, build):
    with pytest.raises(GraphError, match="cannot save"):
        gio.save(build(mlp_doc()), tmp_path / "no" / "g.nodeflow")


def test_save_keeps_permissions(tmp_path, build):
    path = tmp_path / "g.nodeflow"
    gio.save(build(mlp_doc()), path)
    umask = os.umask(0)
    os.umask(umask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask  # not a temporary file's 0600
    path.chmod(0o640)
    gio.save(build(mlp_doc()), path)
    assert path.stat().st_mode & 0o777 == 0o640


def test_unserializable_graph_is_a_graph_error_and_file_untouched(tmp_path, build, monkeypatch):
    path = tmp_path / "g.nodeflow"
    path.write_text("old content")

    def boom(*a, **k):
        raise ValueError("cannot encode")

    monkeypatch.setattr(gio.json, "dumps", boom)
    with pytest.raises(GraphError, match="cannot save g.nodeflow"):
        gio.save(build(mlp_doc()), path)
    assert path.read_text() == "old content"


# ----------------------------------------------------------------------------- migrations
def test_older_version_is_migrated(build, monkeypatch):
    """A fake version -1 called the name "title"; -1 -> 0 renames it, then the real 0 -> 1
    migration rewrites version-0 wires."""
    calls = []

    def rename_title(data):
        calls.append(data["version"])
        data = dict(data)
        data["name"] = data.pop("title")
        return data

    monkeypatch.setitem(gio.MIGRATIONS, -1, rename_title)
    d = mlp_doc()
    d["version"], d["title"] = -1, "Old file"
    del d["name"]
    d["edges"] = [{"src": "data.x", "dst": "fc1.in"}]  # version 0 wires
    g = build(d)
    assert calls == [-1] and g.name == "Old file"
    assert [str(e) for e in g.edges] == ["data.x -> fc1.in"]


def test_newer_version_is_refused(build):
    from nodeflow.graph.io import VERSION

    d = mlp_doc()
    d["version"] = VERSION + 1
    assert "made by a newer nodeflow" in rejected(build, d)


def test_migration_failure_is_a_graph_error(build, monkeypatch):
    monkeypatch.setitem(gio.MIGRATIONS, -1, lambda d: 1 / 0)
    d = mlp_doc()
    d["version"] = -1
    assert rejected(build, d).startswith("cannot migrate the file from version -1")
    d["version"] = -7
    assert rejected(build, d) == "format version -7 is too old to read"


# ----------------------------------------------------------------------------- rejections
def test_invalid_json_has_line_and_column(use_registry):
    with pytest.raises(GraphError, match=r"invalid JSON at line 2, column 13"):
        gio.loads('{\n  "format": }')


@pytest.mark.parametrize(
    "text, expected",
    [
        ("[1, 2]", "expected a JSON object, got a list"),
        ('"hi"', "expected a JSON object, got a text"),
        ("", "it is empty"),
        ('{"format": "other", "version": 1}', '"format" must be "nodeflow"'),
        ('{"format": "nodeflow", "version": "1"}', '"version" must be an integer'),
        ('{"format": "nodeflow", "version": 1, "x": NaN}', "NaN is not a valid number"),
        ('{"format": "nodeflow", "version": 1, "x": 1e999}', "number too large"),
        ('{"format": "nodeflow", "version": 1, "x": ' + "9" * 5000 + "}", "number too large"),
        ('{"format": "nodeflow", "version": 1, "name": "\\ud800"}', "lone surrogate"),
        ("[" * 100000 + "]" * 100000, "nested too deeply"),
    ],
)
def test_bad_documents(use_registry, text, expected):
    with pytest.raises(GraphError) as info:
        gio.loads(text)
    assert expected in str(info.value)


def test_non_utf8_bytes(use_registry):
    with pytest.raises(GraphError, match="not UTF-8 text"):
        gio.loads(b'{"name": "\xff\xfe"}')


def test_unknown_keys(build):
    d = mlp_doc()
    d["colour"] = "red"
    assert rejected(build, d).startswith("unknown key \"colour\" (known: format, version, name")
    d = mlp_doc()
    d["nodes"][1]["size"] = 3
    assert rejected(build, d).startswith('fc1: unknown key "size"')
    d = mlp_doc()
    d["edges"][0]["bend"] = 3
    assert rejected(build, d).startswith('wire #1: unknown key "bend"')
    d = mlp_doc()
    d["training"] = {"epoch": 3}
    assert rejected(build, d).startswith('training: unknown setting "epoch"')


def test_node_problems_name_the_node(build):
    cases = [
        (lambda d: d["nodes"][2].update(type="Sparkle"), "relu: unknown node type 'Sparkle'"),
        (lambda d: d["nodes"][2].update(id="fc1"), "fc1: two nodes have this id"),
        (lambda d: d["nodes"][2].update(type=["TReLU"]), 'relu: "type" must be a node type name, got ["TReLU"]'),
        (lambda d: d["nodes"][1]["params"].update(units="many"), "fc1: parameter 'units' must be an integer, got 'many'"),
        (lambda d: d["nodes"][1]["params"].update(units=10**25), "fc1: parameter 'units' must be between 1 and 100000"),
        (lambda d: d["nodes"][1]["params"].update(bogus=1), "fc1: unknown parameter 'bogus' for TDense"),
        (lambda d: d["nodes"][1].update(params=[1]), 'fc1: "params" must be an object, got a list'),
        (lambda d: d["nodes"][1].update(pos=[1]), 'fc1: "pos" must be two numbers [x, y], got [1]'),
        (lambda d: d["nodes"][1].update(pos=[0, 1e300]), 'fc1: "pos" must be two numbers'),
        (lambda d: d["nodes"][1].update(id=""), 'node #2: "id" must not be empty, got ""'),
        (lambda d: d["nodes"][1].update(id=7), 'node #2: "id" must be a text'),
        (lambda d: d["nodes"].append(3), "node #7: expected an object, got a number"),
        (lambda d: d.update(nodes={}), '"nodes" must be a list, got an object'),
        (lambda d: d.update(name=None), '"name" must be a text, got null'),
        (lambda d: d.update(training={"epochs": 0}), "training: parameter 'epochs' must be between 1 and"),
        (lambda d: d.update(training={"dtype": "float16"}), "training: parameter 'dtype' must be one of float32"),
    ]
    for mutate, expected in cases:
        d = mlp_doc()
        mutate(d)
        message = rejected(build, d)
        assert message.startswith(expected), (expected, message)


def test_wire_problems(build):
    cases = [
        ({"from": ["ghost", "x"], "to": ["fc1", "in"]}, 'wire #7: no node named "ghost"'),
        ({"from": ["data", "z"], "to": ["fc2", "in"]}, 'data: TData has no output port "z"'),
        ({"from": ["data", "x"], "to": ["relu", "inp"]}, 'relu: TReLU has no input port "inp"'),
        ({"from": ["data", "x"], "to": ["fc1"]}, 'wire #7: "to" must be [node id, port name], got ["fc1"]'),
        ({"from": ["data", "x"], "to": ["fc2", "in"]},
         "fc2: input 'in' is connected twice (from relu.out and data.x)"),
        ([], "wire #7: expected an object, got a list"),
    ]
    for edge, expected in cases:
        d = mlp_doc()
        d["edges"].append(edge)
        assert rejected(build, d) == expected


def test_cycles_are_not_load_errors(build):
    d = mlp_doc()
    d["edges"] = [e for e in d["edges"] if e["to"] != ["fc1", "in"]] + [{"from": ["relu", "out"], "to": ["fc1", "in"]}]
    assert len(build(d).edges) == 6


def test_file_problems(tmp_path, use_registry):
    with pytest.raises(GraphError, match="no such file"):
        gio.load(tmp_path / "missing.nodeflow")
    with pytest.raises(GraphError, match="is a folder"):
        gio.load(tmp_path)
    big = tmp_path / "big.nodeflow"
    with open(big, "wb") as f:
        f.truncate(21 * 1024 * 1024)
    with pytest.raises(GraphError, match="too large"):
        gio.load(big)


def test_permission_denied(tmp_path, monkeypatch, use_registry):
    path = tmp_path / "g.nodeflow"
    path.write_text("{}")
    real_open = os.open

    def guarded(file, *a, **k):  # root reads any file, so the refusal is simulated
        if os.fspath(file) == os.fspath(path):
            raise PermissionError(13, "Permission denied")
        return real_open(file, *a, **k)

    monkeypatch.setattr(os, "open", guarded)
    with pytest.raises(GraphError, match="permission denied"):
        gio.load(path)
