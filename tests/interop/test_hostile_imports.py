"""Malformed or hostile model files are refused with one clear line, before anything big is read."""

from __future__ import annotations

import io
import os
import pickle
import zipfile

import numpy as np
import pytest

from nodeflow.interop import ImportRefused, import_model, safe_files

onnx = pytest.importorskip("onnx", reason="ONNX import needs the onnx package (pip install 'nodeflow[interop]')")
from onnx import TensorProto, helper  # noqa: E402


def one_line(exc: pytest.ExceptionInfo) -> str:
    text = str(exc.value)
    assert "\n" not in text and text
    return text


def keras_zip(path, members: dict[str, bytes], compression=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, "w", compression) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


CONFIG = b'{"class_name": "Sequential", "config": {"name": "s", "layers": []}}'


def test_a_zip_bomb_is_refused(tmp_path):
    path = keras_zip(tmp_path / "bomb.keras", {"config.json": CONFIG, "model.weights.h5": b"\0" * (64 * 2**20)})
    assert path.stat().st_size < 2**20
    with pytest.raises(ImportRefused) as exc:
        import_model(path)
    assert "zip bomb" in one_line(exc)


def test_a_path_traversal_member_is_refused(tmp_path):
    path = keras_zip(tmp_path / "evil.keras", {"config.json": CONFIG, "../../etc/cron.d/x": b"* * * * * root id"})
    with pytest.raises(ImportRefused) as exc:
        import_model(path)
    assert "outside the archive" in one_line(exc)


def test_an_absolute_member_is_refused(tmp_path):
    path = keras_zip(tmp_path / "abs.keras", {"config.json": CONFIG, "/tmp/x": b"x"})
    with pytest.raises(ImportRefused, match="outside the archive"):
        import_model(path)


class Evil:
    def __reduce__(self):
        return (os.system, ("echo pwned",))


def test_a_pickle_is_refused_as_onnx_and_inside_a_keras_zip(tmp_path):
    pkl = tmp_path / "model.onnx"
    pkl.write_bytes(pickle.dumps(Evil()))
    with pytest.raises(ImportRefused) as exc:
        import_model(pkl)
    assert "pickle" in one_line(exc)
    path = keras_zip(tmp_path / "pickled.keras", {"config.json": CONFIG, "assets/state.pkl": pickle.dumps(Evil())})
    with pytest.raises(ImportRefused, match="pickle"):
        import_model(path)
    hidden = keras_zip(tmp_path / "hidden.keras", {"config.json": CONFIG, "model.weights.h5": pickle.dumps(Evil())})
    with pytest.raises(ImportRefused, match="pickle"):
        import_model(hidden)


def test_a_pytorch_checkpoint_renamed_onnx_is_refused(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("archive/data.pkl", pickle.dumps({"w": 1}))
    path = tmp_path / "model.onnx"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(ImportRefused, match="holds a Python pickle"):
        import_model(path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "model.onnx"
    os.mkfifo(fifo)
    with pytest.raises(ImportRefused) as exc:
        import_model(fifo)
    assert "not a regular file" in one_line(exc)


def test_oversize_files_and_too_many_members_are_refused(tmp_path, monkeypatch):
    big = tmp_path / "big.onnx"
    big.write_bytes(b"\0" * 4096)
    monkeypatch.setattr(safe_files, "MAX_FILE_BYTES", 1024)
    with pytest.raises(ImportRefused, match="larger than"):
        import_model(big)
    monkeypatch.undo()
    many = keras_zip(tmp_path / "many.keras", {f"assets/{i}": b"" for i in range(safe_files.MAX_MEMBERS + 1)})
    with pytest.raises(ImportRefused, match="lists more than"):
        import_model(many)


def test_a_folder_and_a_missing_file_are_refused(tmp_path):
    (tmp_path / "dir.onnx").mkdir()
    with pytest.raises(ImportRefused, match="folder"):
        import_model(tmp_path / "dir.onnx")
    with pytest.raises(ImportRefused, match="no such file"):
        import_model(tmp_path / "missing.keras")


def _model(initializer, op: str = "Gemm"):
    x = helper.make_tensor_value_info("x", TensorProto.FLOAT, ["N", 4])
    y = helper.make_tensor_value_info("y", TensorProto.FLOAT, ["N", 2])
    node = helper.make_node(op, ["x", initializer.name], ["y"], name="fc")
    graph = helper.make_graph([node], "g", [x], [y], initializer=[initializer])
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])


def test_a_huge_declared_tensor_is_refused_before_it_is_read(tmp_path):
    huge = TensorProto(name="W", data_type=TensorProto.FLOAT, dims=[2**20, 2**20])
    path = tmp_path / "huge.onnx"
    path.write_bytes(_model(huge).SerializeToString())
    assert path.stat().st_size < 4096
    with pytest.raises(ImportRefused) as exc:
        import_model(path)
    assert "larger than nodeflow imports" in one_line(exc)


def test_external_data_is_not_followed(tmp_path):
    tensor = TensorProto(name="W", data_type=TensorProto.FLOAT, dims=[4, 2])
    tensor.data_location = TensorProto.EXTERNAL
    entry = tensor.external_data.add()
    entry.key, entry.value = "location", "../../../../etc/passwd"
    path = tmp_path / "ext.onnx"
    path.write_bytes(_model(tensor).SerializeToString())
    with pytest.raises(ImportRefused, match="external file"):
        import_model(path)


def test_garbage_and_an_unsupported_operator_are_named(tmp_path):
    junk = tmp_path / "junk.onnx"
    junk.write_bytes(b"\xff\x00 this is not a protobuf" * 10)
    with pytest.raises(ImportRefused) as exc:
        import_model(junk)
    assert "is not an ONNX model" in one_line(exc)
    w = helper.make_tensor("W", TensorProto.FLOAT, [4, 2], np.ones(8, np.float32))
    path = tmp_path / "op.onnx"
    path.write_bytes(_model(w, op="Einsum").SerializeToString())
    with pytest.raises(ImportRefused) as exc:
        import_model(path)
    assert "operator 'Einsum' (node 'fc') is not supported" in one_line(exc)


def test_an_unknown_suffix_is_refused(tmp_path):
    path = tmp_path / "model.pt"
    path.write_bytes(b"x")
    with pytest.raises(ImportRefused, match="imports .onnx and .keras"):
        import_model(path)


def test_a_huge_declared_h5_dataset_is_refused(tmp_path):
    h5py = pytest.importorskip("h5py")
    from keras_files import input_layer, layer, sequential

    buffer = io.BytesIO()
    with h5py.File(buffer, "w") as f:
        f.create_dataset("layers/d/vars/0", shape=(2**16, 2**16), dtype="f4", chunks=(16, 16), compression="gzip")
        f.create_dataset("layers/d/vars/1", data=np.zeros(2**16, np.float32))
    import json

    config = json.dumps(sequential([input_layer([2**16]), layer("Dense", "d", units=2**16, use_bias=True)]))
    path = keras_zip(tmp_path / "huge.keras", {"config.json": config.encode(), "model.weights.h5": buffer.getvalue()})
    assert path.stat().st_size < 2**20
    with pytest.raises(ImportRefused, match="larger than nodeflow imports"):
        import_model(path)
