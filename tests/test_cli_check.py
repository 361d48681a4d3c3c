"""`nodeflow check` and the command-line contract: exit codes and one-line errors."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from nodeflow import cli
from nodeflow.cli import main

ROOT = Path(__file__).resolve().parents[1]
LINEAR = ROOT / "examples" / "linear_regression.nodeflow"


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_error_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), err
    assert "Traceback" not in err
    return lines[0]


def test_check_prints_nodes_in_order_and_totals(capsys):
    code, out, err = run(capsys, "check", str(LINEAR))
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert [line.split()[0] for line in lines[:-2]] == ["data", "dense", "mse", "sgd"]
    assert lines[0].split(None, 2)[1:] == ["Dataset", "x (N, 1), y (N, 1)"]
    assert lines[1].split(None, 2)[1:] == ["Dense", "(N, 1)"]
    assert lines[-2].startswith("memory: about ") and "to train: weights " in lines[-2]
    assert lines[-1] == "4 nodes, 2 parameters, 1 multiply-adds per sample"


def write(tmp_path, data, name="g.nodeflow"):
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data))
    return str(path)


def linear_data():
    return json.loads(LINEAR.read_text())


@pytest.mark.parametrize(
    "mutate, expected",
    [
        (lambda d: d["nodes"][1]["params"].update(units=0), "error: dense: parameter 'units' must be"),
        (lambda d: d["nodes"][1].update(type="Dense2"), "error: dense: unknown node type 'Dense2'"),
        (lambda d: d.update(version=99), "error: this file was made by a newer nodeflow"),
        (lambda d: d.update(extra=1), 'error: unknown key "extra"'),
        (lambda d: d["nodes"][0]["params"].update(n_samples=10**40), "error: not a nodeflow file: number too large"),
        (lambda d: d["edges"].pop(), "error: mse: nothing minimizes this loss"),
        (lambda d: d["edges"].pop(0), "error: dense: input 'in' is not connected"),
    ],
)
def test_invalid_graphs_exit_2_with_one_line(tmp_path, capsys, mutate, expected):
    d = linear_data()
    mutate(d)
    code, out, err = run(capsys, "check", write(tmp_path, d))
    assert code == 2 and out == ""
    assert one_error_line(err).startswith(expected)


def test_shape_mismatch_names_the_source(tmp_path, capsys):
    d = linear_data()
    d["nodes"][1]["params"]["units"] = 3
    code, _, err = run(capsys, "check", write(tmp_path, d))
    assert code == 2
    line = one_error_line(err)
    assert line.startswith("error: mse: ") and "(N, 3)" in line and "(N, 1)" in line


def test_dataset_with_a_missing_csv_is_the_dataset_nodes_error(tmp_path, capsys):
    d = linear_data()
    d["nodes"][0]["params"] = {"source": "csv", "path": str(tmp_path / "nowhere.csv")}
    code, _, err = run(capsys, "check", write(tmp_path, d))
    assert code == 2
    line = one_error_line(err)
    assert line.startswith("error: data: ") and "nowhere.csv" in line


def test_cycle_is_reported_by_check(tmp_path, capsys):
    d = linear_data()
    d["nodes"].insert(2, {"id": "add", "type": "Add", "params": {}})
    d["edges"] = [
        {"from": ["data", "x"], "to": ["add", "a"]},
        {"from": ["add", "out"], "to": ["dense", "in"]},
        {"from": ["dense", "out"], "to": ["add", "b"]},
    ]
    code, _, err = run(capsys, "check", write(tmp_path, d))
    assert code == 2 and one_error_line(err) == "error: dense: cycle: dense -> add -> dense"


@pytest.mark.parametrize(
    "content",
    ['{"format": "nodeflow", "version": 1, "nodes": [', "not json at all", "[]", "{}", "\x00\x01\x02",
     '{"format": "nodeflow", "version": 1, "nodes": "many"}', "1e999", ""],
)
def test_junk_files(tmp_path, capsys, content):
    code, out, err = run(capsys, "check", write(tmp_path, content))
    assert code == 2 and out == ""
    one_error_line(err)


def test_binary_missing_and_directory(tmp_path, capsys):
    bad = tmp_path / "b.nodeflow"
    bad.write_bytes(bytes(range(256)))
    for target in (str(bad), str(tmp_path / "missing.nodeflow"), str(tmp_path)):
        code, _, err = run(capsys, "check", target)
        assert code == 2
        one_error_line(err)


def test_usage_errors_are_one_line(capsys):
    for argv in (["check"], ["check", "a", "b"], ["--bogus"], ["export", "x.nodeflow"], ["train", "f", "--epochs", "x"]):
        code, _, err = run(capsys, *argv)
        assert code == 2, argv
        one_error_line(err)


def test_help_and_version_exit_0(capsys):
    assert run(capsys, "--version")[0] == 0
    assert run(capsys, "check", "--help")[0] == 0


def test_unexpected_exception_is_an_internal_error_line(capsys, monkeypatch):
    def boom(graph):
        raise RuntimeError("kaboom")

    monkeypatch.setattr("nodeflow.graph.analysis.analyze", boom)
    code, _, err = run(capsys, "check", str(LINEAR))
    assert code == 2 and one_error_line(err) == "error: internal error: RuntimeError: kaboom"


def test_missing_optional_modules_say_not_available(capsys, monkeypatch):
    real = cli.importlib.import_module

    def fake(name):
        if name in ("nodeflow.cli_train", "nodeflow.export", "nodeflow.ui.app"):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return real(name)

    monkeypatch.setattr(cli.importlib, "import_module", fake)
    for argv, expected in [(["train", "f"], "train"), (["gradcheck", "f"], "gradcheck"),
                           (["export", "f", "-o", "o.py"], "export"), (["f"], "the application")]:
        code, _, err = run(capsys, *argv)
        assert code == 2 and one_error_line(err) == f"error: {expected} is not available in this build"


def test_delegated_commands_get_their_arguments(capsys, monkeypatch):
    seen = {}
    fake = type(sys)("fake")
    fake.cmd_train = lambda args: seen.setdefault("train", args) and 1
    fake.cmd_export = lambda args: seen.setdefault("export", args) and 0
    fake.run = lambda path: seen.setdefault("open", path) and 0
    monkeypatch.setattr(cli, "_optional", lambda module, function: getattr(fake, function, None))
    assert main(["train", "g.nodeflow", "--epochs", "3", "--seed", "7", "--json", "--save-weights", "w.npz"]) == 1
    t = seen["train"]
    assert (t.file, t.epochs, t.seed, t.json, t.save_weights) == ("g.nodeflow", 3, 7, True, "w.npz")
    assert main(["export", "g.nodeflow", "-o", "out.py", "--target", "torch", "--weights", "w.npz", "--no-train"]) == 0
    e = seen["export"]
    assert (e.file, e.output, e.target, e.weights, e.no_train) == ("g.nodeflow", "out.py", "torch", "w.npz", True)
    assert main(["g.nodeflow"]) == 0 and seen["open"] == "g.nodeflow"


def test_python_dash_m_nodeflow_check(tmp_path):
    ok = subprocess.run([sys.executable, "-m", "nodeflow", "check", str(LINEAR)], capture_output=True, text=True,
                        cwd=ROOT)
    assert ok.returncode == 0 and "4 nodes" in ok.stdout
    bad = subprocess.run([sys.executable, "-m", "nodeflow", "check", write(tmp_path, "{oops")],
                         capture_output=True, text=True, cwd=ROOT)
    assert bad.returncode == 2 and bad.stdout == ""
    assert one_error_line(bad.stderr).startswith("error: not a nodeflow file: invalid JSON at line 1, column 2")
